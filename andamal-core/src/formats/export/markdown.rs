//! A Markdown handout of an annotated comparison: the title, the two compared
//! sections, every sentence pair with its themes and notes, and the notes that
//! belong to no pair. For printing or pasting into a wiki after a workshop.
//!
//! User text is escaped, so a note saying `*viktigt*` or `# 1` prints as
//! written instead of becoming emphasis or a heading; line breaks are kept.
//!
//! ```
//! use andamal_core::formats::export::markdown::{escape, handout};
//! use andamal_core::formats::share::{Shared, SharedSide};
//! let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
//! let shared = Shared {
//!     title: "Workshop *juni*".into(),
//!     sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
//!     ..Shared::default()
//! };
//! let md = handout(&shared, &shared.compare());
//! assert!(md.starts_with("# Workshop \\*juni\\*\n"));
//! assert!(md.contains("### 1. ändrad: 4 § st. 1 m. 1 ↔ 4 § st. 1 m. 1\n"));
//! assert_eq!(escape("- [x] 1 < 2"), "\\- \\[x\\] 1 \\< 2");
//! ```

use std::fmt::Write as _;

use super::{PairRow, pair_rows, side_name, signed_note, theme_label};
use crate::diff::comparison::Comparison;
use crate::formats::share::Shared;

/// The handout for `shared` and its comparison (normally `shared.compare()`).
#[must_use]
pub fn handout(shared: &Shared, comparison: &Comparison) -> String {
    let rows = pair_rows(shared, comparison);
    let names = [side_name(shared, 0), side_name(shared, 1)];
    let title = if shared.title.trim().is_empty() { "Jämförelse av ändamål" } else { shared.title.trim() };
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "# {}\n\n- A: {}\n- B: {}\n\n## Jämförda avsnitt",
        escape(title),
        escape(&names[0]),
        escape(&names[1])
    );
    for (side, letter) in ["A", "B"].into_iter().enumerate() {
        let text = &shared.sides[side].text;
        let selection = &comparison.selections[side];
        let _ = writeln!(out, "\n### {letter}: {}\n", escape(&names[side]));
        if let Some(heading) = &selection.heading {
            let _ = writeln!(out, "**{}**\n", escape(heading));
        }
        let _ = writeln!(out, "{}", quote(selection.span.slice(text)));
    }
    out.push_str("\n## Meningspar\n");
    for row in &rows {
        write_row(&mut out, shared, row);
    }
    write_loose_notes(&mut out, shared, &rows, &names);
    out
}

fn write_row(out: &mut String, shared: &Shared, row: &PairRow<'_>) {
    let address = |side: usize| row.sides[side].as_ref().map_or("–", |p| p.address.as_str());
    let _ = writeln!(out, "\n### {}. {}: {} ↔ {}\n", row.number, row.kind, address(0), address(1));
    for (side, letter) in ["A", "B"].into_iter().enumerate() {
        if let Some(passage) = &row.sides[side] {
            let _ = writeln!(out, "- **{letter}:** {}", item(passage.text));
        }
    }
    let themes = row.theme_labels(shared);
    if !themes.is_empty() {
        let labels: Vec<String> = themes.iter().map(|t| escape(t)).collect();
        let _ = writeln!(out, "- **Teman:** {}", labels.join(", "));
    }
    for note in row.notes(shared) {
        let _ = writeln!(out, "- **Anteckning:** {}", item(&note));
    }
}

/// Annotations and pair notes outside every pair (on a heading, say), so the
/// handout loses nothing the link carries.
fn write_loose_notes(out: &mut String, shared: &Shared, rows: &[PairRow<'_>], names: &[String; 2]) {
    let annotations: Vec<_> = (0..shared.annotations.len())
        .filter(|k| !rows.iter().any(|r| r.annotations.contains(k)))
        .map(|k| &shared.annotations[k])
        .filter(|a| !a.note.trim().is_empty() || !a.themes.is_empty())
        .collect();
    let pair_notes: Vec<_> = (0..shared.pair_notes.len())
        .filter(|k| !rows.iter().any(|r| r.pair_notes.contains(k)))
        .map(|k| &shared.pair_notes[k])
        .collect();
    if annotations.is_empty() && pair_notes.is_empty() {
        return;
    }
    out.push_str("\n## Övriga anteckningar\n\n");
    for a in annotations {
        let side = usize::from(a.side.min(1));
        let themes: Vec<String> = a.themes.iter().map(|t| escape(&theme_label(shared, t))).collect();
        let mut line = format!("- **{}**, ”{}”", escape(&names[side]), item(a.span.slice(&shared.sides[side].text)));
        if !themes.is_empty() {
            let _ = write!(line, " – {}", themes.join(", "));
        }
        if !a.note.trim().is_empty() {
            let _ = write!(line, ": {}", item(&signed_note(&a.note, &a.author)));
        }
        let _ = writeln!(out, "{line}");
    }
    for p in pair_notes {
        let quote = |side: usize, span: crate::Span| item(span.slice(&shared.sides[side].text));
        let note = item(&signed_note(&p.note, &p.author));
        let _ = writeln!(out, "- ”{}” ↔ ”{}”: {note}", quote(0, p.a), quote(1, p.b));
    }
}

/// Escapes one line of user text so that Markdown shows it as written.
#[must_use]
pub fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!') {
            out.push('\\');
        }
        out.push(c);
    }
    // What only means something at the start of a line: a list item ("- ",
    // "+ ", "1. ", "1) ") or a setext underline ("===").
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// Escaped text as the content of a list item: later lines indented so they
/// stay in the item, each line trimmed (leading spaces would make code).
fn item(text: &str) -> String {
    text.trim().lines().map(|line| escape(line.trim())).collect::<Vec<_>>().join("\n  ")
}

/// Escaped text as a block quote, blank lines kept.
fn quote(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| if line.trim().is_empty() { ">".to_owned() } else { format!("> {}", escape(line.trim())) })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::export::tests::annotated_seed;

    #[test]
    fn the_seed_handout_has_every_part() {
        let shared = annotated_seed();
        let md = handout(&shared, &shared.compare());
        assert!(md.starts_with("# Workshop 15 juni\n\n- A: Östra Östergötland 2017\n- B: Umeåregionen 2019\n"), "{md}");
        assert!(
            md.contains("\n### A: Östra Östergötland 2017\n\n**4§ Förbundets ändamål**\n\n> Förbundets ändamål"),
            "{md}"
        );
        assert!(md.contains("\n### 2. flyttad: 4 § st. 3 m. 1 ↔ 4 § st. 1 m. 2\n"), "{md}");
        assert!(md.contains("\n### 8. tillagd: – ↔ 4 § st. "), "{md}");
        assert!(md.contains("- **Teman:** Arena, Politisk \\*samordning\\*\n"), "{md}");
        assert!(md.contains("- **Anteckning:** AB: =SUMMA(A1) är en arena?\n"), "{md}");
        assert!(md.contains("- **Anteckning:** CD: Flyttad; samma ord.\n"), "{md}");
        assert!(!md.contains("Övriga anteckningar"), "every note belongs to a pair");
    }

    #[test]
    fn notes_outside_every_pair_are_kept() {
        let mut shared = annotated_seed();
        shared.annotations[0].span = crate::Span::new(0, "4§".len());
        shared.annotations[0].note = "Rubriken\n# inte en rubrik".into();
        let md = handout(&shared, &shared.compare());
        assert!(
            md.contains("\n## Övriga anteckningar\n\n- **Östra Östergötland 2017**, ”4§” – Arena, Politisk \\*samordning\\*: AB: Rubriken\n  \\# inte en rubrik\n"),
            "{md}"
        );
    }

    #[test]
    fn line_starts_that_mean_something_are_escaped() {
        assert_eq!(escape("1. punkt"), "1\\. punkt");
        assert_eq!(escape("12) punkt"), "12\\) punkt");
        assert_eq!(escape("+ och ="), "\\+ och =");
        assert_eq!(escape("2 § 1."), "2 § 1.");
        assert_eq!(
            escape("a_b `c` <d> |e| ~f~ &amp; ![g]"),
            "a\\_b \\`c\\` \\<d\\> \\|e\\| \\~f\\~ \\&amp; \\!\\[g\\]"
        );
        assert_eq!(quote("första\n\n- andra"), "> första\n>\n> \\- andra");
    }
}
