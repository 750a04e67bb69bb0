//! Headings in markup run into a line: LaTeX's "\\section{Syfte}", Typst's
//! "#heading[…]" and "= Syfte", Markdown's "## Syfte" and bold "**§ 1 …**".
//!
//! Why apart: markup says where a heading starts and (in braces or
//! brackets) where it ends, so these readings need none of the word rules
//! the plain shapes in [`super`] use, only the title's own parse.

use super::before::ends_with_stop;
use super::starts_sentence;
use crate::statute::heading::{LineHeading, Strength, parse_line, skip_ws};

/// LaTeX commands that open a section ("\\section{Syfte}", and the
/// "\\paragraf{1.2}{Ändamål}" of Swedish student sections' class files).
const SECTIONING: [&str; 7] = ["section", "subsection", "subsubsection", "chapter", "paragraph", "paragraf", "kapitel"];

/// A heading in markup at `at` inside a line: a LaTeX sectioning command
/// with its braces, Typst's "#heading[…]", or Markdown's "## " or Typst's
/// "= " before a title with no number (numbered ones are read below). The
/// markup says where it starts; a title in braces or brackets ends with them,
/// one after "## " or "= " at the next word that starts a sentence.
pub(super) fn markup_heading(line: &str, at: usize, ocr: bool) -> Option<LineHeading> {
    let rest = &line[at..];
    let end = if let Some(command) = rest.strip_prefix('\\') {
        let name = command.bytes().take_while(u8::is_ascii_alphabetic).count();
        if !SECTIONING.contains(&&command[..name]) {
            return None;
        }
        let mut end = 1 + name + usize::from(command[name..].starts_with('*'));
        while rest[end..].starts_with('{') {
            end += rest[end..].find('}')? + 1;
        }
        (rest[end - 1..].starts_with('}')).then_some(end)?
    } else if rest.starts_with("#heading") {
        rest.find(']')? + 1
    } else {
        let marks = rest.bytes().take_while(|&b| b == b'#' || b == b'=').count();
        let mark = rest.as_bytes()[0];
        if !(1..=6).contains(&marks)
            || rest.as_bytes()[..marks].iter().any(|&b| b != mark)
            || rest.as_bytes().get(marks) != Some(&b' ')
        {
            return None;
        }
        // After a finished sentence or other markup, not inside one ("x = Summa").
        let after_end = ends_with_stop(line, at) || line[..at].trim_end().ends_with(['}', ']', '>', '!', '?']);
        let title = rest[marks..].trim_start();
        if !after_end || !title.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // The title goes on to the word that starts the text, within a few words.
        let title_at = rest.len() - title.len();
        let mut end = None;
        for (k, word) in title.split(' ').enumerate().take(9) {
            if k > 0 && starts_sentence(word) {
                break;
            }
            end = (k < 8).then(|| title_at + (word.as_ptr() as usize - title.as_ptr() as usize) + word.len());
        }
        end.filter(|&e| starts_sentence(rest[e..].trim_start()))?
    };
    let h = parse_line(&rest[..end], ocr)?;
    let shift = |(s, e): (usize, usize)| (at + s, at + e);
    Some(LineHeading {
        start: at,
        number: h.number,
        title: h.title.map(shift),
        end: at + end,
        text_start: Some(skip_ws(line, at + end)),
        strength: h.strength.max(Strength::Vocabulary),
    })
}

/// The length of a Markdown heading mark and its space ("### ") or of bold
/// marks before a heading ("**"), or 0.
pub(super) fn markdown_marks(s: &str) -> usize {
    // Bold around a heading: "… scoutlöfte. **§ 1.3 Grunder** Scouterna …".
    if (s.starts_with("**") || s.starts_with("__")) && s.as_bytes().get(2).is_some_and(|b| !b.is_ascii_whitespace()) {
        return 2;
    }
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && s.as_bytes().get(hashes) == Some(&b' ') { hashes + 1 } else { 0 }
}
