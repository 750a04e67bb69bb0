//! A name for each side, suggested from the text: "Umeåregionen 2019".
//!
//! Workshops talk about förbund by name, so the page, the matrix, exports and
//! links use names rather than "A" and "B". The suggestion is the förbund's
//! name after "Samordningsförbundet" and the latest year the text mentions
//! (not a law's year: "(2003:1210)" is the Finsam act, not the statute's).
//!
//! ```
//! use andamal_core::statute::naming::suggest_name;
//! let text = "Förbundsordning för Samordningsförbundet Umeåregionen\nAntagen 2019-05-21.\nLag (2003:1210).";
//! assert_eq!(suggest_name(text).as_deref(), Some("Umeåregionen 2019"));
//! assert_eq!(suggest_name("Förbundet ska stödja samverkan."), None);
//! ```

/// How far into a text the name is looked for: it stands at the top.
const LOOK_AT: usize = 20_000;

/// Words that may continue a name although written in lower case.
const JOINERS: &[&str] = &["i", "och", "län", "läns", "kommun", "kommuner", "stad"];

/// The förbund's name and the statute's year, if the text names a förbund.
#[must_use]
pub fn suggest_name(text: &str) -> Option<String> {
    let mut end = text.len().min(LOOK_AT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let name = forbund_name(head)?;
    Some(match latest_year(head) {
        Some(year) => format!("{name} {year}"),
        None => name,
    })
}

fn forbund_name(text: &str) -> Option<String> {
    let lower = crate::text::case::lowercase(text);
    for marker in ["samordningsförbundet ", "samordningsförbund "] {
        let mut from = 0;
        while let Some(found) = lower[from..].find(marker) {
            let at = from + found + marker.len();
            from = at;
            // `lowercase` keeps every letter's length, so offsets carry over.
            let Some(rest) = text.get(at..) else { break };
            let rest = rest.lines().next().unwrap_or("");
            let mut words = Vec::new();
            for word in rest.split([' ', '\u{a0}']) {
                let clean = word.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
                let capital = clean.chars().next().is_some_and(char::is_uppercase);
                // Shouted headings run on ("VÄST SAMT REVIDERING"); org. numbers follow names.
                let shouted = !words.is_empty() && clean.chars().count() > 3 && !clean.chars().any(char::is_lowercase);
                if shouted || clean.starts_with("Org") || clean.chars().any(|c| c.is_ascii_digit()) {
                    break;
                }
                let joiner = JOINERS.contains(&clean) && !words.is_empty();
                let leading_i = clean == "i" && words.is_empty();
                if clean.is_empty() || !(capital || joiner || leading_i) {
                    break;
                }
                if !leading_i {
                    words.push(clean);
                }
                if clean.len() != word.len() || words.len() == 4 {
                    break;
                }
            }
            while words.last().is_some_and(|w| ["i", "och"].contains(w)) {
                words.pop();
            }
            if !words.is_empty() {
                return Some(words.join(" "));
            }
        }
    }
    None
}

/// The latest plausible year, skipping law numbers ("2003:1210").
fn latest_year(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut best = None;
    for i in 0..bytes.len().saturating_sub(3) {
        let digits = &bytes[i..i + 4];
        if !digits.iter().all(u8::is_ascii_digit) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i + 4).copied();
        if before.is_some_and(|b| b.is_ascii_digit()) || after.is_some_and(|b| b.is_ascii_digit() || b == b':') {
            continue;
        }
        let year: u32 = std::str::from_utf8(digits).ok()?.parse().ok()?;
        if (1990..=2099).contains(&year) {
            best = best.max(Some(year));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_many_shapes() {
        let cases = [
            ("FÖRBUNDSORDNING för Samordningsförbundet Östra Östergötland\nReviderad 2017", "Östra Östergötland 2017"),
            ("Samordningsförbundet i Kalmar län har till ändamål", "Kalmar län"),
            (
                "Förbundsordning Samordningsförbundet Centrala Östergötland, antagen 2021-11-30",
                "Centrala Östergötland 2021",
            ),
            ("Medlemmar i samordningsförbundet Sydnärke är kommunerna", "Sydnärke"),
            ("Samordningsförbundet Norra Bohuslän Org.nr 222000-1234, 2010", "Norra Bohuslän 2010"),
            ("SAMORDNINGSFÖRBUNDET VÄST SAMT REVIDERING 2015", "VÄST 2015"),
        ];
        for (text, name) in cases {
            assert_eq!(suggest_name(text).as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn law_numbers_are_not_years() {
        assert_eq!(latest_year("lagen (2003:1210) om finansiell samordning"), None);
        assert_eq!(latest_year("SFS 2003:1210, ändrad 2012"), Some(2012));
        assert_eq!(latest_year("telefon 013-123456"), None);
    }

    #[test]
    fn nothing_to_name() {
        assert_eq!(suggest_name("Förbundet ska främja samverkan mellan huvudmännen."), None);
        assert_eq!(suggest_name("samordningsförbundet ska"), None);
    }
}
