//! The sentence pairs as a spreadsheet: one row per pair with its addresses,
//! texts, themes and notes, in the form Swedish Excel opens with a double
//! click: UTF-8 with a byte order mark, `;` between cells, CRLF line ends,
//! quoting per RFC 4180.
//!
//! A cell that a spreadsheet would read as a formula (starting with `=`, `+`,
//! `-`, `@`, a tab or a carriage return) gets a leading `'`, so a pasted
//! statute or a note can never run as one (OWASP's "CSV injection").
//!
//! ```
//! use andamal_core::formats::export::csv::{cell, pair_table};
//! use andamal_core::formats::share::{Shared, SharedSide};
//! let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
//! let shared = Shared {
//!     sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
//!     ..Shared::default()
//! };
//! let csv = pair_table(&shared, &shared.compare());
//! assert!(csv.starts_with("\u{feff}Par;Typ;Adress A;Text A;Adress B;Text B;Teman;Anteckningar\r\n"));
//! assert!(csv.contains("\r\n1;ändrad;4 § st. 1 m. 1;Förbundet ska stödja.;"));
//! assert_eq!(cell("=1+1"), "'=1+1");
//! assert_eq!(cell("sa \"ja\"; nej"), "\"sa \"\"ja\"\"; nej\"");
//! ```

use super::pair_rows;
use crate::diff::comparison::Comparison;
use crate::formats::share::Shared;

/// The column headings, in order.
pub const COLUMNS: [&str; 8] = ["Par", "Typ", "Adress A", "Text A", "Adress B", "Text B", "Teman", "Anteckningar"];

/// The table for `shared` and its comparison (normally `shared.compare()`).
#[must_use]
pub fn pair_table(shared: &Shared, comparison: &Comparison) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, COLUMNS.iter().map(|c| (*c).to_owned()));
    for row in pair_rows(shared, comparison) {
        let side = |s: usize| {
            row.sides[s].as_ref().map_or((String::new(), String::new()), |p| (p.address.clone(), p.text.to_owned()))
        };
        let ((address_a, text_a), (address_b, text_b)) = (side(0), side(1));
        push_row(
            &mut out,
            [
                row.number.to_string(),
                row.kind.clone(),
                address_a,
                text_a,
                address_b,
                text_b,
                row.theme_labels(shared).join(", "),
                // One note a line; CRLF inside a quoted cell is a line break in the cell.
                row.notes(shared).join("\r\n"),
            ],
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().map(|c| cell(&c)).collect();
    out.push_str(&cells.join(";"));
    out.push_str("\r\n");
}

/// One cell: neutralised if a spreadsheet would take it for a formula, then
/// quoted if it holds a separator, a quote or a line break.
#[must_use]
pub fn cell(value: &str) -> String {
    let neutral =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if neutral.contains([';', '"', '\r', '\n']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::export::tests::annotated_seed;

    /// Splits a table made by [`pair_table`] back into rows of cells (RFC 4180).
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![Vec::new()];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = csv.strip_prefix('\u{feff}').expect("a byte order mark").chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (_, '"') => quoted = !quoted,
                (false, ';') => rows.last_mut().unwrap().push(std::mem::take(&mut cell)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CRLF");
                    rows.last_mut().unwrap().push(std::mem::take(&mut cell));
                    rows.push(Vec::new());
                }
                (false, '\n') => panic!("a bare LF outside quotes"),
                _ => cell.push(c),
            }
        }
        assert!(rows.pop().unwrap().is_empty(), "the table ends with CRLF");
        rows
    }

    #[test]
    fn the_seed_table_reads_back() {
        let shared = annotated_seed();
        let rows = parse(&pair_table(&shared, &shared.compare()));
        assert_eq!(rows[0], COLUMNS);
        assert_eq!(rows.len(), 9);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        assert_eq!(rows[2][..3], ["2", "flyttad", "4 § st. 3 m. 1"]);
        assert_eq!(rows[2][7], "CD: Flyttad; samma ord.");
        assert_eq!(rows[8][1..4], ["tillagd", "", ""]);
        let arena = rows.iter().find(|r| r[6].contains("Arena")).unwrap();
        assert_eq!(arena[6], "Arena, Politisk *samordning*");
        assert_eq!(arena[7], "AB: =SUMMA(A1) är en arena?");
        let text_b = &shared.sides[1].text;
        assert!(rows[1..].iter().all(|r| text_b.contains(r[5].as_str())), "texts are slices of the stored text");
    }

    #[test]
    fn formulas_are_neutralised_and_notes_keep_their_lines() {
        let mut shared = annotated_seed();
        shared.annotations[0].author = String::new();
        shared.annotations[0].note = "@SUM(1)\nandra raden".into();
        shared.pair_notes[0].author = String::new();
        shared.pair_notes[0].note = "-1".into();
        let rows = parse(&pair_table(&shared, &shared.compare()));
        assert_eq!(rows[2][7], "'-1");
        assert!(rows.iter().any(|r| r[7] == "'@SUM(1)\nandra raden"));
        for value in ["=A1", "+A1", "-A1", "@A1", "\tA1", "\rA1"] {
            assert!(cell(value).trim_start_matches('"').starts_with('\''), "{value:?}");
        }
        assert_eq!(cell("A-1"), "A-1");
    }
}
