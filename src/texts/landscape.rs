//! The Swedish sentences of "Många förbund", the landscape (see
//! `crate::components::landscape`).

use super::percent;

pub const LANDSCAPE_TITLE: &str = "Många förbund";
pub const LANDSCAPE_INTRO: &str = "Öppna eller klistra in upp till 100 förbundsordningar. Ändamålet hittas i varje dokument, och meningarna grupperas i formuleringar: vad som är gemensam mall och vad som är eget.";
pub const OPEN_FILES: &str = "Öppna filer";
pub const OPEN_FILES_HINT: &str = "Välj flera filer på en gång: text, PDF, Word, OpenDocument, webbsida eller RTF";
pub const ADD_BOX: &str = "Klistra in ett dokument till";
pub const PASTE_HERE: &str = "Klistra in en förbundsordning här";
pub const DOCUMENT_NAME: &str = "Namn";
pub const REMOVE_DOCUMENT: &str = "Ta bort";
pub const REMOVE_ALL: &str = "Töm landskapet";
pub const HIDE_TEXT: &str = "Dölj text";
pub const TOO_MANY_DOCUMENTS: &str = "Ett landskap rymmer högst 100 dokument.";
pub const FOUND_SURE: &str = "Ändamål hittat";
pub const FOUND_UNSURE: &str = "Osäkert – välj rätt paragraf";
pub const FOUND_NONE: &str = "Inget ändamål hittat – välj bland förslagen eller markera det i texten";
pub const FOUND_PICKED: &str = "Valt av dig";
pub const FINDING: &str = "Söker ändamålet …";
pub const EMPTY_BOX: &str = "Tom – klistra in en text";
pub const CHOOSE_CLAUSE: &str = "Ändamålet är";
pub const NO_CLAUSE: &str = "Inget av förslagen";
pub const FORMULATIONS: &str = "Formuleringar";
pub const CHAIN_TITLE: &str = "Steg för steg längs ordningen";
pub const THEME_MATRIX_TITLE: &str = "Teman i varje dokument";
pub const LIKENESS_TREE_TITLE: &str = "Likhetsträd";
pub const LIKENESS_TREE_HINT: &str = "Förbund vars linjer möts längre till vänster har fler formuleringar gemensamt.";
pub const ORDER_TITLE: &str = "Dokumenten, mest lika intill varandra";
pub const OPEN_PAIR: &str = "Jämför två";
pub const OPEN_PAIR_BUTTON: &str = "Öppna som par";
pub const COMPARE_WITH_NEXT: &str = "Jämför med nästa";
pub const SAME_WORDING: &str = "Samma lydelse";
pub const ONLY_OWN: &str = "Visa bara egna meningar";
pub const UPDATING: &str = "Uppdaterar …";
pub const SAVE_LANDSCAPE: &str = "Spara landskapet som fil";
pub const OPEN_LANDSCAPE: &str = "Öppna landskap";
pub const OPEN_LANDSCAPE_HINT: &str = "Öppna ett sparat landskap eller en sparad jämförelse (.andamal.json)";
pub const LANDSCAPE_NOT_SAVED: &str = "Landskapet kunde inte sparas i webbläsaren (lagringen är full eller avstängd). Inget är borttaget här: spara det som fil för att behålla det.";
pub const LANDSCAPE_FILE_NAME: &str = "landskap";
pub const NOT_IN_LANDSCAPE: &str = "ingår inte – inget ändamål";

/// "Läser filer: 3 av 12".
#[must_use]
pub fn reading_files(done: usize, total: usize) -> String {
    format!("Läser filer: {done} av {total} …")
}

/// "Söker ändamålet: 37 av 100 dokument".
#[must_use]
pub fn finding_progress(done: usize, total: usize) -> String {
    format!("Söker ändamålet: {done} av {total} dokument …")
}

/// While the worker groups the sentences.
#[must_use]
pub fn grouping(documents: usize) -> String {
    format!("Grupperar meningarna i {documents} dokument …")
}

/// Files past the hundredth are not added; the message names them.
#[must_use]
pub fn left_outside(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
    let more = if names.len() > 5 { format!(" och {} till", names.len() - 5) } else { String::new() };
    let n = names.len();
    let files = if n == 1 { "1 fil" } else { "filer" };
    let them = if n == 1 { "den" } else { "dem" };
    format!(
        "Ett landskap rymmer högst 100 dokument, så {files} lades inte till: {}{more}. Ta bort några dokument och öppna {them} igen – inget annat har ändrats.",
        shown.join(", ")
    )
}

/// "Umeå.pdf: PDF-filen är skannad …".
#[must_use]
pub fn unreadable(name: &str, why: &str) -> String {
    format!("{name}: {why}")
}

/// "12 dokument · 38 formuleringar · 9 egna meningar".
#[must_use]
pub fn landscape_summary(documents: usize, found: usize, groups: usize, own: usize) -> String {
    let own = if own == 1 {
        "1 mening som bara ett dokument har".to_owned()
    } else {
        format!("{own} meningar som bara ett dokument har")
    };
    format!("{found} av {documents} dokument med ändamål · {groups} formuleringar · {own}")
}

/// How many documents use a formulation.
#[must_use]
pub fn used_by(count: usize, of: usize) -> String {
    if count == 1 { "Bara i ett dokument".to_owned() } else { format!("I {count} av {of} dokument") }
}

/// "Gemensamma formuleringar med nästa: 82 %" (likeness: shared groups).
#[must_use]
pub fn likeness_to_next(likeness: f64) -> String {
    format!("Gemensamma formuleringar med nästa: {}", percent(likeness))
}

/// A document without a name.
#[must_use]
pub fn document_label(index: usize, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() { format!("Dokument {}", index + 1) } else { name.to_owned() }
}

/// The likeness tree's accessible name.
#[must_use]
pub fn likeness_tree_label(documents: usize, lowest: f64) -> String {
    format!(
        "Likhetsträd över {documents} förbund: de mest lika möts först, alla möts vid {} gemensamma formuleringar. Ordningen i listan ovan följer samma likhet.",
        percent(lowest)
    )
}

/// A clause the user marked in a document's text: "Markerat av dig: …" and its first words.
#[must_use]
pub fn marked_by_hand(clause: &str) -> String {
    let words: Vec<&str> = clause.split_whitespace().take(8).collect();
    let more = if clause.split_whitespace().nth(8).is_some() { " …" } else { "" };
    format!("Markerat av dig: {}{more}", words.join(" "))
}
pub const EXAMPLE: &str = "Visa ett exempel";
pub const EXAMPLE_HINT: &str = "Ändamålen hos åtta samordningsförbund, som deras förbundsordningar skriver dem";
