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
pub const DEADLINE: &str = "Några meningar är för olika för att jämföras ord för ord inom rimlig tid. De visas därför som hela meningar, utan markeringar inom meningen.";
pub const LEGEND: &str = "Understruket = tillagt i B. Genomstruket = borttaget från A.";

pub const SURE: &str = "Säker träff";
pub const UNSURE: &str = "Osäker – kontrollera";
pub const PICKED: &str = "Valt av dig";
pub const MANUAL: &str = "Du har markerat ändamålet själv.";
pub const NOT_FOUND: &str = "Ingen ändamålsparagraf hittades – hela texten jämförs. Markera ändamålet i texten och tryck ”Använd markerad text” om det behövs.";
pub const WRONG_SECTION: &str = "Fel avsnitt? Välj ett annat:";
pub const USE_FINDER: &str = "Använd det hittade avsnittet";
pub const MARK: &str = "Använd markerad text som ändamål";
pub const MARK_HINT: &str = "Markera ändamålsparagrafen i rutan ovan och tryck här.";

/// "Hittade: 4 § Förbundets ändamål".
#[must_use]
pub fn found(heading: Option<&str>, text: &str) -> String {
    format!("Hittade: {}", heading.map_or_else(|| opening(text), str::to_owned))
}

/// "Valt: 4 § Förbundets ändamål".
#[must_use]
pub fn picked(heading: Option<&str>, text: &str) -> String {
    format!("Valt: {}", heading.map_or_else(|| opening(text), str::to_owned))
}

/// A candidate in the picker: its heading and first words.
#[must_use]
pub fn candidate_label(heading: Option<&str>, text: &str) -> String {
    match heading {
        Some(h) => format!("{h} – {}", opening(text)),
        None => opening(text),
    }
}

/// The first words of a text, for labels.
#[must_use]
pub fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(7).collect();
    let more = text.split_whitespace().nth(7).is_some();
    format!("”{}{}”", words.join(" "), if more { " …" } else { "" })
}

/// "eftersom rubriken nämner ändamål och texten börjar som en ändamålsparagraf".
#[must_use]
pub fn because(reasons: &[&str]) -> String {
    match reasons {
        [] => String::new(),
        [one] => format!("Eftersom {one}."),
        [init @ .., last] => format!("Eftersom {} och {last}.", init.join(", ")),
    }
}

#[must_use]
pub fn outline_toggle(open: bool, count: usize) -> String {
    let noun = if count == 1 { "rubrik" } else { "rubriker" };
    if open { format!("Dölj dokumentets {noun}") } else { format!("Visa dokumentets {noun} ({count})") }
}

#[must_use]
pub fn more_headings(n: usize) -> String {
    format!("… och {n} till")
}

pub const VIEW_SIDE_BY_SIDE: &str = "Sida vid sida";
pub const VIEW_REDLINE: &str = "Ändringsmarkerad text";
pub const ONLY_CHANGES: &str = "Bara ändringar";
pub const PREV_CHANGE: &str = "Föregående ändring";
pub const NEXT_CHANGE: &str = "Nästa ändring";
pub const NAV_HINT: &str = "Tangenter: n = nästa, p = föregående ändring";
pub const MISSING_IN_A: &str = "Finns inte i A";
pub const MISSING_IN_B: &str = "Finns inte i B";
pub const MOVED: &str = "flyttat";
pub const UNRELATED: &str = "Texterna verkar inte handla om samma sak – ingen mening i A motsvarar någon i B.";
pub const SPLIT_NOTE: &str = "delad i två meningar";
pub const MERGED_NOTE: &str = "två meningar sammanslagna";
pub const SIDE_SHORT: [&str; 2] = ["A", "B"];

pub const FOLDS_LEGEND: &str = "Räkna som lika";
pub const FOLD_CASE: &str = "Stora och små bokstäver";
pub const FOLD_CASE_HINT: &str = "”Förbundet” och ”förbundet” räknas som samma ord.";
pub const FOLD_SKALL: &str = "”skall” och ”ska”";
pub const FOLD_SKALL_HINT: &str = "Äldre förbundsordningar skriver ”skall”; det räknas som ”ska”.";
pub const FOLD_OCR: &str = "Skanningsfel i å, ä och ö";
pub const FOLD_OCR_HINT: &str =
    "För inskannade (OCR-lästa) texter: ”forbundets dndamal” räknas som ”förbundets ändamål”.";

/// "flyttad från st. 3" (B's side) or "flyttad till st. 1" (A's side).
#[must_use]
pub fn moved_from(stycke: &str) -> String {
    format!("flyttad från {stycke}")
}

#[must_use]
pub fn moved_to(stycke: &str) -> String {
    format!("flyttad till {stycke}")
}

/// "4 ändrade meningar, 1 flyttad, 1 tillagd".
#[must_use]
pub fn pair_summary(changed: usize, moved: usize, added: usize, removed: usize) -> String {
    let mut parts = Vec::new();
    if changed > 0 {
        parts.push(if changed == 1 { "1 ändrad mening".to_owned() } else { format!("{changed} ändrade meningar") });
    }
    if moved > 0 {
        parts.push(if moved == 1 { "1 flyttad".to_owned() } else { format!("{moved} flyttade") });
    }
    if added > 0 {
        parts.push(if added == 1 { "1 tillagd".to_owned() } else { format!("{added} tillagda") });
    }
    if removed > 0 {
        parts.push(if removed == 1 { "1 borttagen".to_owned() } else { format!("{removed} borttagna") });
    }
    parts.join(", ")
}

/// "Visa fler (1 200 rader kvar)".
#[must_use]
pub fn more_rows(hidden: usize) -> String {
    if hidden == 1 { "Visa en rad till".to_owned() } else { format!("Visa fler ({hidden} rader kvar)") }
}

/// "Likhet 79 %".
#[must_use]
pub fn likeness(similarity: f64) -> String {
    format!("Likhet {}", percent(similarity))
}

/// "Ändring 2 av 6".
#[must_use]
pub fn change_position(at: usize, of: usize) -> String {
    format!("Ändring {at} av {of}")
}

/// "78 %" with a Swedish non-breaking space.
#[must_use]
pub fn percent(ratio: f64) -> String {
    // Whole percent, formatted as an integer: float formatting would add
    // kilobytes to the page for one number.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = (ratio.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{whole}\u{a0}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_summaries() {
        assert_eq!(pair_summary(4, 1, 1, 0), "4 ändrade meningar, 1 flyttad, 1 tillagd");
        assert_eq!(pair_summary(1, 2, 2, 1), "1 ändrad mening, 2 flyttade, 2 tillagda, 1 borttagen");
        assert_eq!(pair_summary(0, 0, 0, 3), "3 borttagna");
        assert_eq!(likeness(0.794), "Likhet 79\u{a0}%");
    }

    #[test]
    fn finder_sentences() {
        assert_eq!(found(Some("4 § Ändamål"), ""), "Hittade: 4 § Ändamål");
        assert_eq!(found(None, "Förbundets ändamål är att"), "Hittade: ”Förbundets ändamål är att”");
        assert_eq!(because(&["a", "b", "c"]), "Eftersom a, b och c.");
        assert_eq!(outline_toggle(false, 1), "Visa dokumentets rubrik (1)");
    }

    #[test]
    fn swedish_number_forms() {
        assert_eq!(percent(0.784), "78\u{a0}%");
    }
}
