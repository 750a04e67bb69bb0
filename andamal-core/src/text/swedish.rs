//! Swedish alphabetical order: å, ä and ö come last, after z, in that order;
//! case and other accents do not count ("é" sorts as "e", "ü" as "y").
//!
//! ```
//! use andamal_core::text::swedish::sort;
//! let mut names = vec!["Örebro", "Arboga", "Älmhult", "Åre", "Eda", "Zinkgruvan", "Ödeshög", "Énköping"];
//! sort(&mut names);
//! assert_eq!(names, ["Arboga", "Eda", "Énköping", "Zinkgruvan", "Åre", "Älmhult", "Ödeshög", "Örebro"]);
//! ```

/// A key that orders strings as a Swedish list does.
#[must_use]
pub fn collation_key(text: &str) -> Vec<u32> {
    text.chars()
        .map(crate::text::case::lower)
        .map(|c| match c {
            'å' => u32::from('z') + 1,
            'ä' | 'æ' => u32::from('z') + 2,
            'ö' | 'ø' => u32::from('z') + 3,
            'ü' => u32::from('y'),
            'é' | 'è' | 'ê' | 'ë' => u32::from('e'),
            'á' | 'à' | 'â' => u32::from('a'),
            'í' | 'ì' | 'î' | 'ï' => u32::from('i'),
            'ó' | 'ò' | 'ô' => u32::from('o'),
            'ú' | 'ù' | 'û' => u32::from('u'),
            other => u32::from(other),
        })
        .collect()
}

/// Sorts in Swedish order, stable (equal keys keep their order).
pub fn sort<S: AsRef<str>>(items: &mut Vec<S>) {
    crate::text::order::sort_by_cached_key(items, |s| collation_key(s.as_ref()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_does_not_count_and_w_is_not_v() {
        let mut names = vec!["västerås", "Vallentuna", "Waxholm", "ystad", "Umeå"];
        sort(&mut names);
        assert_eq!(names, ["Umeå", "Vallentuna", "västerås", "Waxholm", "ystad"]);
    }
}
