//! Every Swedish sentence the interface shows, in one place, so that wording
//! can be reviewed together.

pub const APP_TITLE: &str = "Ändamålsjämföraren";
pub const TAGLINE: &str = "Jämför ändamålsparagrafen i två förbundsordningar";
pub const SIDE_LABELS: [&str; 2] = ["Förbundsordning A", "Förbundsordning B"];
pub const SIDE_HINT: &str = "Klistra in hela förbundsordningen eller bara ändamålsparagrafen.";
pub const LOAD_EXAMPLE: &str = "Ladda exempel";
pub const CLEAR: &str = "Töm";
pub const COMPARISON: &str = "Jämförelse";
pub const EMPTY_HINT: &str =
    "Klistra in text i båda fälten, eller tryck på ”Ladda exempel”, så visas skillnaderna här.";
pub const COMPARING: &str = "Jämför …";
pub const INSERTED: &str = "tillagt";
pub const DELETED: &str = "borttaget";
pub const IDENTICAL: &str = "Texterna är identiska.";
pub const DEADLINE: &str = "Texterna är för olika för att jämföras ord för ord inom rimlig tid. Skillnaden visas därför stycke för stycke.";
pub const LEGEND: &str = "Understruket = tillagt i B. Genomstruket = borttaget från A.";

/// "78 %" with a Swedish non-breaking space.
#[must_use]
pub fn percent(ratio: f64) -> String {
    let clamped = ratio.clamp(0.0, 1.0) * 100.0;
    format!("{clamped:.0}\u{a0}%")
}

/// "1 ändring", "2 ändringar".
#[must_use]
pub fn changes(n: usize) -> String {
    if n == 1 {
        "1 ändring".to_owned()
    } else {
        format!("{n} ändringar")
    }
}

/// The summary line under the comparison.
#[must_use]
pub fn summary(changes_count: usize, similarity: f64) -> String {
    format!("{} · {} lika", changes(changes_count), percent(similarity))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_number_forms() {
        assert_eq!(percent(0.784), "78\u{a0}%");
        assert_eq!(changes(1), "1 ändring");
        assert_eq!(changes(0), "0 ändringar");
        assert_eq!(summary(3, 1.0), "3 ändringar · 100\u{a0}% lika");
    }
}
