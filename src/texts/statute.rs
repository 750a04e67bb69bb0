//! The Swedish sentences of "Hela förbundsordningen", the whole
//! förbundsordningar § by § (see `crate::statute_view`), and the view switch.

pub const PAGES: &str = "Vad jämförs";
pub const PAGE_PAIR: &str = "Två ändamål";
pub const PAGE_STATUTE: &str = "Hela förbundsordningen";
pub const PAGE_LANDSCAPE: &str = "Många förbund";
pub const STATUTE_TITLE: &str = "Hela förbundsordningen, paragraf för paragraf";
pub const STATUTE_HINT: &str = "Tryck på en paragraf för att se ändringarna mening för mening.";
/// The change badges of the outline: equal, changed, moved, added, removed.
pub const SECTION_KINDS: [&str; 5] = ["oförändrad", "ändrad", "flyttad", "ny", "borttagen"];
pub const ANDAMAL_MARK: &str = "Ändamål";
pub const PREAMBLE: &str = "Inledning";
pub const WAS: &str = "Förut:";
/// The § by § comparison runs in the landscape's wasm, fetched when first needed: offline before that.
pub const VIEWS_UNAVAILABLE: &str = "Jämförelsen paragraf för paragraf kunde inte hämtas, eftersom sidan är utan nät och vyn inte har använts här förut. Inget har ändrats. Anslut till internet och öppna vyn igen – efter första gången fungerar den även utan nät.";
pub const SECTION_WITHOUT_TEXT: &str = "Paragrafen har ingen text utöver rubriken.";

/// "text A", "text B" or "båda texterna" (capitalised: "Text A" …), for a per-side message.
fn sides_named(sides: [bool; 2], capital: bool) -> &'static str {
    match (sides, capital) {
        ([true, true], false) => "båda texterna",
        ([true, true], true) => "Båda texterna",
        ([true, false], false) => "text A",
        ([true, false], true) => "Text A",
        (_, false) => "text B",
        (_, true) => "Text B",
    }
}

/// Why the texts cannot be compared § by § (nothing is changed or lost).
#[must_use]
pub fn statute_problem(problem: crate::statute_view::StatuteProblem) -> String {
    use crate::statute_view::StatuteProblem;
    match problem {
        StatuteProblem::Empty(sides) => format!(
            "Klistra in hela förbundsordningen i {} för att jämföra paragraf för paragraf.",
            if sides == [true, true] { "båda fälten" } else { sides_named(sides, false) }
        ),
        StatuteProblem::TooLarge(sides) => format!(
            "{} är för {} (över 1 MB) för att jämföras paragraf för paragraf. Inget har tagits bort: klistra in en kortare text, eller jämför ändamålen i vyn ”{PAGE_PAIR}”.",
            sides_named(sides, true),
            if sides == [true, true] { "stora" } else { "stor" }
        ),
        StatuteProblem::NoSections(sides) => format!(
            "Inga paragrafrubriker (som ”4 § Ändamål”) hittades i {}, så texterna kan inte jämföras paragraf för paragraf. Inget har tagits bort: klistra in hela förbundsordningen, eller jämför ändamålen i vyn ”{PAGE_PAIR}”.",
            sides_named(sides, false)
        ),
    }
}

/// "12 paragrafer: 8 oförändrade, 3 ändrade, 1 ny", from counts per kind
/// (equal, changed, moved, added, removed).
#[must_use]
pub fn statute_summary(counts: [usize; 5]) -> String {
    const PLURAL: [&str; 5] = ["oförändrade", "ändrade", "flyttade", "nya", "borttagna"];
    let total: usize = counts.iter().sum();
    let parts: Vec<String> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, &n)| format!("{n} {}", if n == 1 { SECTION_KINDS[k] } else { PLURAL[k] }))
        .collect();
    format!("{total} {}: {}", if total == 1 { "paragraf" } else { "paragrafer" }, parts.join(", "))
}
