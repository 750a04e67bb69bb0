//! The text of a Rich Text Format file (`.rtf`), read in the worker.
//!
//! RTF is what WordPad and many older Swedish municipal systems save; it is
//! plain ASCII with control words. This keeps the text of its runs and drops
//! everything else: the font, colour and style tables, document information,
//! pictures and objects, headers and footers, footnotes, field instructions
//! (their results stay), and groups marked ignorable (`{\*…}`). Paragraphs,
//! line breaks, table cells and tabs keep their places; `\uN` escapes give
//! any character (their fallback bytes are skipped as `\ucN` says), and
//! `\'hh` bytes are read in the declared code page (`\ansicpgN`: Windows-1252,
//! Mac Roman for `\mac`/10000, UTF-8 for 65001; other code pages as
//! Windows-1252). Text marked deleted by tracked changes (`\deleted`) and
//! hidden text (`\v`) are left out.
//!
//! ```
//! let rtf = br"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\pard 4 \'a7 F\'f6rbundets \u228?ndam\u229?l\par}";
//! assert_eq!(andamal_core::formats::rtf::text(rtf).unwrap(), "4 § Förbundets ändamål");
//! ```

use crate::formats::textfile::{FileError, Format, mac_roman, windows_1252};

/// Destinations whose content is not part of the text.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "fldinst",
    "listtable",
    "listoverridetable",
    "revtbl",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "pgdsctbl",
    "pn",
    "annotation",
    "atnid",
    "atnauthor",
    "nonshppict",
    "filetbl",
    "mmathPr",
    "template",
    "fchars",
    "lchars",
    "xe",
    "tc",
];

/// What a group sets, undone when it ends.
#[derive(Debug, Clone, Copy)]
struct Group {
    skip: bool,
    /// Fallback characters after a `\uN`.
    unicode_skip: usize,
    deleted: bool,
    hidden: bool,
}

/// The text of an RTF file, one line per paragraph.
///
/// # Errors
/// [`FileError::NotA`] when the bytes are not RTF, [`FileError::Damaged`] when
/// nothing can be read from them.
pub fn text(bytes: &[u8]) -> Result<String, FileError> {
    if !bytes.starts_with(b"{\\rtf") {
        return Err(FileError::NotA(Format::Rtf));
    }
    let mut reader = Reader { out: String::new(), code_page: 1252, pending_bytes: Vec::new(), high_surrogate: None };
    let mut stack: Vec<Group> = Vec::new();
    let mut group = Group { skip: false, unicode_skip: 1, deleted: false, hidden: false };
    // Fallback characters still to skip after a \uN.
    let mut to_skip = 0usize;
    let mut closed = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b'{' => {
                stack.push(group);
                to_skip = 0;
            }
            b'}' => {
                to_skip = 0;
                reader.flush();
                match stack.pop() {
                    Some(outer) => group = outer,
                    None => break,
                }
                if stack.is_empty() {
                    closed = true;
                    break;
                }
            }
            b'\\' => {
                let Some(&next) = bytes.get(at) else { break };
                if next.is_ascii_alphabetic() {
                    let start = at;
                    while bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
                        at += 1;
                    }
                    let word = std::str::from_utf8(&bytes[start..at]).unwrap_or("");
                    let number_start = at;
                    if bytes.get(at) == Some(&b'-') {
                        at += 1;
                    }
                    while bytes.get(at).is_some_and(u8::is_ascii_digit) && at - number_start < 12 {
                        at += 1;
                    }
                    let parameter =
                        std::str::from_utf8(&bytes[number_start..at]).ok().and_then(|p| p.parse::<i64>().ok());
                    if bytes.get(at) == Some(&b' ') {
                        at += 1;
                    }
                    if word == "bin" {
                        // Raw binary data of this many bytes.
                        let length = usize::try_from(parameter.unwrap_or(0).max(0)).unwrap_or(usize::MAX);
                        at = at.saturating_add(length);
                        continue;
                    }
                    if to_skip > 0 {
                        to_skip -= 1;
                        continue;
                    }
                    control_word(word, parameter, &mut group, &mut reader, &mut to_skip);
                } else {
                    at += 1;
                    if next == b'\'' {
                        let hex = bytes.get(at..at + 2).and_then(|h| std::str::from_utf8(h).ok());
                        let value = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                        at += 2;
                        if to_skip > 0 {
                            to_skip -= 1;
                        } else if let Some(value) = value.filter(|_| group.visible()) {
                            reader.byte(value);
                        }
                        continue;
                    }
                    if to_skip > 0 {
                        to_skip -= 1;
                        continue;
                    }
                    match next {
                        b'*' => group.skip = true,
                        b'\r' | b'\n' if group.visible() => reader.push('\n'),
                        b'~' if group.visible() => reader.push('\u{a0}'),
                        b'_' if group.visible() => reader.push('-'),
                        b'{' | b'}' | b'\\' if group.visible() => reader.push(char::from(next)),
                        _ => {}
                    }
                }
            }
            b'\r' | b'\n' => {}
            _ => {
                if to_skip > 0 {
                    to_skip -= 1;
                } else if group.visible() {
                    if byte.is_ascii() {
                        reader.push(char::from(byte));
                    } else {
                        reader.byte(byte);
                    }
                }
            }
        }
    }
    reader.flush();
    let text: Vec<&str> = reader.out.lines().map(str::trim_end).collect();
    let text = text.join("\n").trim().to_owned();
    if !closed && text.is_empty() {
        return Err(FileError::Damaged(Format::Rtf));
    }
    Ok(text)
}

impl Group {
    fn visible(self) -> bool {
        !self.skip && !self.deleted && !self.hidden
    }
}

/// The text being written, with the code page's bytes and UTF-16
/// surrogates waiting to become characters.
struct Reader {
    out: String,
    code_page: i64,
    pending_bytes: Vec<u8>,
    high_surrogate: Option<u16>,
}

impl Reader {
    fn push(&mut self, c: char) {
        self.flush();
        self.out.push(c);
    }

    fn byte(&mut self, byte: u8) {
        match self.code_page {
            65001 => self.pending_bytes.push(byte),
            10000 => self.push(mac_roman(byte)),
            _ => self.push(windows_1252(byte)),
        }
    }

    fn unicode(&mut self, unit: u16) {
        if (0xd800..0xdc00).contains(&unit) {
            self.flush();
            self.high_surrogate = Some(unit);
            return;
        }
        let units = match self.high_surrogate.take() {
            Some(high) => vec![high, unit],
            None => vec![unit],
        };
        for c in char::decode_utf16(units) {
            self.push(c.unwrap_or('\u{fffd}'));
        }
    }

    /// Writes what waits: UTF-8 bytes, an unpaired surrogate.
    fn flush(&mut self) {
        if !self.pending_bytes.is_empty() {
            let bytes = std::mem::take(&mut self.pending_bytes);
            self.out.push_str(&String::from_utf8_lossy(&bytes));
        }
        if self.high_surrogate.take().is_some() {
            self.out.push('\u{fffd}');
        }
    }
}

fn control_word(word: &str, parameter: Option<i64>, group: &mut Group, reader: &mut Reader, to_skip: &mut usize) {
    let on = parameter != Some(0);
    match word {
        "ansicpg" => reader.code_page = parameter.unwrap_or(1252),
        "mac" => reader.code_page = 10000,
        "uc" => group.unicode_skip = usize::try_from(parameter.unwrap_or(1).clamp(0, 10)).unwrap_or(1),
        "deleted" => group.deleted = on,
        "v" => group.hidden = on,
        "plain" => {
            group.deleted = false;
            group.hidden = false;
        }
        _ if SKIPPED.contains(&word) => group.skip = true,
        _ if !group.visible() => {}
        "u" => {
            // A signed 16-bit value; its fallback characters follow.
            let value = parameter.unwrap_or(0);
            let unit = if value < 0 { value + 65_536 } else { value };
            reader.unicode(u16::try_from(unit).unwrap_or(0xfffd));
            *to_skip = group.unicode_skip;
        }
        "par" | "line" | "sect" | "page" | "cell" | "nestcell" | "column" => reader.push('\n'),
        "tab" => reader.push('\t'),
        "emdash" => reader.push('—'),
        "endash" => reader.push('–'),
        "bullet" => reader.push('•'),
        "lquote" => reader.push('‘'),
        "rquote" => reader.push('’'),
        "ldblquote" => reader.push('“'),
        "rdblquote" => reader.push('”'),
        "emspace" | "enspace" | "qmspace" => reader.push(' '),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_rtf_file() {
        // As Word writes it: tables, fields, \u escapes with fallbacks, list
        // numbers in \listtext, an ignorable destination, a deletion.
        let rtf = br"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}
{\colortbl;\red0\green0\blue0;}{\stylesheet{\ql Normal;}}{\info{\author A}{\title Titel}}{\*\rsidtbl \rsid1}
{\header \pard Sidhuvud\par}
\pard\plain 4 \u167\'a7 F\u246\'f6rbundets \u228\'e4ndam\u229\'e5l\par
\pard F\'f6rbundet ska {\deleted st\'f6dja }fr\'e4mja samverkan{\*\bkmkstart x}{\*\bkmkend x}.\line Ny rad\tab EU\_st\'f6d och sam\-verkan\~\endash{} \ldblquote citat\rdblquote\par
{\listtext\pard\plain 1.\tab}\pard F\'f6rsta\par
\trowd\cellx1000\cellx2000\pard\intbl A1\cell B1\cell\row
{\field{\*\fldinst { PAGE }}{\fldrslt {3}}}\par
{\pict\pngblip 89504e47}\par
\u55357\'3f\u56832\'3f {\v dold}synlig\par
}";
        assert_eq!(
            text(rtf).unwrap(),
            "4 § Förbundets ändamål\nFörbundet ska främja samverkan.\nNy rad\tEU-stöd och samverkan\u{a0}– “citat”\n\
             1.\tFörsta\nA1\nB1\n3\n\n😀 synlig"
        );
    }

    #[test]
    fn mac_and_utf8_code_pages_and_damage() {
        assert_eq!(text(br"{\rtf1\mac F\'9arbundets \'8andam\'8cl}").unwrap(), "Förbundets ändamål");
        assert_eq!(text(br"{\rtf1\ansi\ansicpg65001 \'c3\'a5\'c3\'a4}").unwrap(), "åä");
        assert_eq!(text(b"not rtf"), Err(FileError::NotA(Format::Rtf)));
        assert_eq!(text(br"{\rtf1{\fonttbl"), Err(FileError::Damaged(Format::Rtf)));
        assert_eq!(text(br"{\rtf1\bin999999 x}"), Err(FileError::Damaged(Format::Rtf)));
        let damaged = br"{\rtf1\ansi\u-3913?\'e4{\*\x y}\bin3 abc}\par text}";
        for cut in 5..=damaged.len() {
            let _ = text(&damaged[..cut]);
        }
    }
}
