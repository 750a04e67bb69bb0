//! Normalisation for matching: a cleaned copy of a text that remembers where
//! every byte came from.
//!
//! Pasted statutes arrive with PDF line wraps, words hyphenated at line ends,
//! non-breaking spaces, soft hyphens, ligatures, typographic quotes and NFD
//! accents. None of that should count as a difference, yet nothing of it may be
//! lost for display. [`Normalized`] is therefore a *copy* used only for matching,
//! with a compact origin map back to the pasted text.
//!
//! ```
//! use andamal_core::text::normalize::Normalized;
//! let pasted = "samord-\nning  av\u{a0}ﬁnansiering";
//! let norm = Normalized::new(pasted, &[]);
//! assert_eq!(norm.text(), "samordning av finansiering");
//! // "av" in the copy maps back to "av" in the pasted text.
//! let at = norm.text().find("av").unwrap();
//! let span = norm.original_span(at, at + 2);
//! assert_eq!(span.slice(pasted), "av");
//! ```

use crate::text::latin::{canonical, compose, is_combining_mark};

use crate::Span;

/// A normalised copy of (parts of) an original text.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    segments: Vec<Segment>,
}

/// A run of the normalised text and the original bytes it came from.
///
/// `identity` runs are byte-for-byte copies, so offsets inside them map
/// linearly; other runs map as a whole.
#[derive(Debug, Clone, Copy)]
struct Segment {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
    identity: bool,
}

impl Normalized {
    /// Normalises the whole of `text`, skipping the `excluded` spans (page
    /// furniture), which must be sorted and disjoint.
    #[must_use]
    pub fn new(text: &str, excluded: &[Span]) -> Normalized {
        Normalized::of_range(text, Span::new(0, text.len()), excluded)
    }

    /// Normalises `range` of `text`, skipping the `excluded` spans.
    #[must_use]
    pub fn of_range(text: &str, range: Span, excluded: &[Span]) -> Normalized {
        let range = clamp_to_chars(text, range);
        // The copy is at most about as long as the range: one allocation.
        let mut builder = Builder { text: String::with_capacity(range.len()), ..Builder::default() };
        let mut pos = range.start;
        let mut excluded = excluded.iter().copied().filter(|s| s.end > range.start && s.start < range.end).peekable();
        while pos < range.end {
            if let Some(ex) = excluded.peek().copied() {
                if ex.start <= pos {
                    // Furniture separates like white space does.
                    builder.space(pos, ex.end.min(range.end).max(pos) - pos);
                    pos = ex.end.max(pos);
                    excluded.next();
                    continue;
                }
            }
            let limit = excluded.peek().map_or(range.end, |ex| ex.start.min(range.end));
            pos = builder.push_run(text, pos, limit);
        }
        builder.finish()
    }

    /// The normalised text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the normalised text back to the original text.
    ///
    /// The result covers every original byte that contributed to the range.
    #[must_use]
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        self.original_span_from(start, end, &mut 0)
    }

    /// [`Normalized::original_span`] for ranges visited in increasing order:
    /// `cursor` remembers the segment reached, so a whole text maps in one pass.
    #[must_use]
    pub fn original_span_from(&self, start: usize, end: usize, cursor: &mut usize) -> Span {
        if self.segments.is_empty() {
            return Span::default();
        }
        let end = end.max(start);
        let first = self.segment_from(start, cursor);
        let orig_start =
            if first.identity { first.orig + (start - first.norm).min(first.orig_len) } else { first.orig };
        let last_pos = end.saturating_sub(1).max(start);
        // Most ranges (a token) lie inside one segment: no second search.
        let last = if last_pos < first.norm + first.norm_len {
            first
        } else {
            let mut last_cursor = *cursor;
            self.segment_from(last_pos, &mut last_cursor)
        };
        let orig_end =
            if last.identity { last.orig + (end - last.norm).min(last.orig_len) } else { last.orig + last.orig_len };
        Span::new(orig_start, orig_end.max(orig_start))
    }

    /// Maps a position in the normalised text to the original text.
    #[must_use]
    pub fn original_offset(&self, pos: usize) -> usize {
        self.original_span(pos, pos).start
    }

    /// The segment holding `pos`, searching forward from `cursor` (a few steps
    /// when positions increase; a binary search otherwise).
    fn segment_from(&self, pos: usize, cursor: &mut usize) -> Segment {
        let n = self.segments.len();
        let mut idx = (*cursor).min(n - 1);
        if self.segments[idx].norm > pos {
            idx = self.segments.partition_point(|s| s.norm + s.norm_len <= pos);
        } else {
            let mut steps = 0;
            while idx + 1 < n && self.segments[idx].norm + self.segments[idx].norm_len <= pos {
                idx += 1;
                steps += 1;
                if steps == 8 {
                    idx = self.segments.partition_point(|s| s.norm + s.norm_len <= pos);
                    break;
                }
            }
        }
        let idx = idx.min(n - 1);
        *cursor = idx;
        self.segments[idx]
    }
}

fn clamp_to_chars(text: &str, range: Span) -> Span {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.min(text.len()).max(start);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Characters that are invisible by definition and must never make two texts
/// differ: soft hyphen, zero-width characters, bidi controls, BOM.
#[must_use]
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Line breaks in every form a paste can carry them.
#[must_use]
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Typographic variants folded to their plain ASCII form.
fn typographic_fold(c: char) -> Option<char> {
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2033}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{B4}' | '`' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{2022}' | '\u{25CF}' | '\u{25AA}' | '\u{25E6}' | '\u{2023}' | '\u{2043}' | '\u{F0B7}' => '-',
        _ => return None,
    })
}

/// Compatibility forms that occur in copied statute text: ligatures from PDF
/// fonts, spaces of other widths, full-width ASCII, superscript digits.
#[must_use]
pub fn compatibility_fold(c: char) -> Option<&'static str> {
    const FULLWIDTH: &str =
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    Some(match c {
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'ŉ' => "'n",
        '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{A0}' | '\u{1680}' => " ",
        '…' => "...",
        '‥' => "..",
        '¹' => "1",
        '²' => "2",
        '³' => "3",
        '⁰' | '₀' => "0",
        '⁴' | '₄' => "4",
        '⁵' | '₅' => "5",
        '⁶' | '₆' => "6",
        '⁷' | '₇' => "7",
        '⁸' | '₈' => "8",
        '⁹' | '₉' => "9",
        '₁' => "1",
        '₂' => "2",
        '₃' => "3",
        '⁻' | '₋' => "-",
        '\u{FF01}'..='\u{FF5E}' => {
            let i = (c as usize) - 0xFF01;
            &FULLWIDTH[i..=i]
        }
        _ => return None,
    })
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{AD}')
}

#[derive(Default)]
struct Builder {
    text: String,
    segments: Vec<Segment>,
    /// A space is owed before the next visible character.
    pending_space: Option<(usize, usize)>,
}

impl Builder {
    fn emit(&mut self, orig: usize, orig_len: usize, out: &str, identity: bool) {
        if let Some((sp_orig, sp_len)) = self.pending_space.take() {
            if !self.text.is_empty() {
                self.emit_raw(sp_orig, sp_len, " ", sp_len == 1);
            }
        }
        self.emit_raw(orig, orig_len, out, identity);
    }

    fn emit_raw(&mut self, orig: usize, orig_len: usize, out: &str, identity: bool) {
        let norm = self.text.len();
        self.text.push_str(out);
        if let Some(last) = self.segments.last_mut() {
            if identity && last.identity && last.orig + last.orig_len == orig && last.norm + last.norm_len == norm {
                last.norm_len += out.len();
                last.orig_len += orig_len;
                return;
            }
        }
        self.segments.push(Segment { norm, orig, norm_len: out.len(), orig_len, identity });
    }

    fn space(&mut self, orig: usize, orig_len: usize) {
        match &mut self.pending_space {
            Some((start, len)) => *len = orig + orig_len - *start,
            None => self.pending_space = Some((orig, orig_len)),
        }
    }

    /// Normalises `text[pos..limit]` and returns where it stopped (always `limit`).
    fn push_run(&mut self, text: &str, mut pos: usize, limit: usize) -> usize {
        let mut cluster = String::new();
        let bytes = text.as_bytes();
        while pos < limit {
            // Fast path: a run of plain ASCII and precomposed Latin-1 letters
            // (å, ä, ö, é) copies through unchanged. It stops before a
            // character that a following combining mark may modify.
            if plain_len(bytes, pos, limit) > 0 {
                let (mut end, mut last) = (pos, pos);
                loop {
                    let n = plain_len(bytes, end, limit);
                    // A single space between plain characters is already normal.
                    let single_space = end < limit
                        && bytes[end] == b' '
                        && bytes[end - 1] != b' '
                        && plain_len(bytes, end + 1, limit) > 0;
                    if n == 0 && !single_space {
                        break;
                    }
                    last = end;
                    end += n.max(1);
                }
                if end < limit && bytes[end] >= 0x80 {
                    end = last;
                    // A space before that character is left to the slow path too.
                    if end > pos && bytes[end - 1] == b' ' {
                        end -= 1;
                    }
                }
                if end > pos {
                    self.emit(pos, end - pos, &text[pos..end], true);
                    pos = end;
                    continue;
                }
            }
            let rest = &text[pos..limit];
            let mut chars = rest.char_indices();
            let Some((_, c)) = chars.next() else { break };
            let c_len = c.len_utf8();
            if is_ignorable(c) && !(c == '\u{AD}' && ends_line(rest, c_len)) {
                pos += c_len;
                continue;
            }
            if c.is_whitespace() || is_line_break(c) {
                self.space(pos, c_len);
                pos += c_len;
                continue;
            }
            if is_hyphen(c) && self.text.chars().next_back().is_some_and(char::is_alphabetic) {
                if let Some(join_len) = hyphenation_join(rest, c_len) {
                    // "samord-\nning": drop the hyphen and the line break.
                    pos += join_len;
                    continue;
                }
            }
            if let Some(folded) = typographic_fold(c) {
                let mut buf = [0u8; 4];
                self.emit(pos, c_len, folded.encode_utf8(&mut buf), false);
                pos += c_len;
                continue;
            }
            // A base character and its combining marks, normalised together (NFC),
            // so that NFD "a\u{308}" and NFC "ä" compare equal.
            let mut end = c_len;
            for (i, next) in chars {
                if is_combining_mark(next) || is_ignorable(next) && next != '\u{AD}' {
                    end = i + next.len_utf8();
                } else {
                    break;
                }
            }
            let original = &rest[..end];
            // ASCII and precomposed Latin-1 letters (å, ä, ö, é) are already NFC.
            if end == c_len && (c.is_ascii() || matches!(c, 'À'..='ÿ') && c != '×' && c != '÷') {
                self.emit(pos, end, original, true);
            } else {
                cluster.clear();
                // NFC, then the few compatibility folds that matter in pasted
                // statutes (ligatures, odd spaces, full-width forms); full NFKC
                // tables would cost the page tens of kilobytes.
                let mut composed: Vec<char> = Vec::with_capacity(2);
                // The Ångström, Kelvin and Ohm signs are canonically Å, K and Ω.
                for ch in original.chars().filter(|&ch| !is_ignorable(ch)).map(canonical) {
                    match composed.last_mut() {
                        // NFD "a" + U+0308 becomes NFC "ä".
                        Some(last) if is_combining_mark(ch) => match compose(*last, ch) {
                            Some(c) => *last = c,
                            None => composed.push(ch),
                        },
                        _ => composed.push(ch),
                    }
                }
                for ch in composed {
                    match compatibility_fold(ch) {
                        Some(folded) => cluster.push_str(folded),
                        None => cluster.push(typographic_fold(ch).unwrap_or(ch)),
                    }
                }
                let identity = cluster == original;
                // A compatibility form may expand to white space (U+2007), or
                // start with it (U+00A8 is a space and a combining diaeresis).
                let visible = cluster.trim_start();
                if visible.trim_end().is_empty() {
                    self.space(pos, end);
                } else {
                    if visible.len() < cluster.len() {
                        self.space(pos, 0);
                    }
                    let visible = visible.to_owned();
                    self.emit(pos, end, &visible, identity && visible.len() == cluster.len());
                }
            }
            pos += end;
        }
        pos.max(limit)
    }

    fn finish(self) -> Normalized {
        Normalized { text: self.text, segments: self.segments }
    }
}

/// The length of a character at `at` that is already normal next to plain
/// text: 1 for ASCII other than white space, '-' and '`'; 2 for À–ÿ except ×
/// and ÷; 0 for anything else. `limit` is a character boundary.
#[inline(always)]
fn plain_len(bytes: &[u8], at: usize, limit: usize) -> usize {
    if at >= limit {
        return 0;
    }
    match bytes[at] {
        b'-' | b'`' => 0,
        b if b.is_ascii_graphic() => 1,
        0xC3 if !matches!(bytes[at + 1], 0x97 | 0xB7) => 2,
        _ => 0,
    }
}

fn ends_line(rest: &str, c_len: usize) -> bool {
    rest[c_len..].chars().find(|ch| !matches!(ch, ' ' | '\t')).is_none_or(is_line_break)
}

/// If a hyphen at `rest[0]` ends a line and the next line continues the word
/// in lower case, returns how many bytes to drop.
fn hyphenation_join(rest: &str, hyphen_len: usize) -> Option<usize> {
    let after = &rest[hyphen_len..];
    let mut consumed = hyphen_len;
    let mut saw_break = false;
    for (i, ch) in after.char_indices() {
        if is_line_break(ch) {
            saw_break = true;
        } else if !(ch == ' ' || ch == '\t' || is_ignorable(ch)) {
            consumed = hyphen_len + i;
            return (saw_break && ch.is_lowercase()).then_some(consumed);
        }
    }
    let _ = consumed;
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s, &[]).text().to_owned()
    }

    #[test]
    fn folds_invisible_and_spacing() {
        assert_eq!(norm("  a\u{a0}\u{200b}b\r\n\r\nc\u{2028}d  "), "a b c d");
        assert_eq!(norm("sam\u{ad}ordning"), "samordning");
        assert_eq!(norm("\u{202e}abc\u{202c}"), "abc");
    }

    #[test]
    fn nfd_equals_nfc() {
        assert_eq!(norm("a\u{308}ndama\u{30a}l"), norm("ändamål"));
    }

    #[test]
    fn ligatures_and_quotes() {
        assert_eq!(norm("ﬁnansiell ”samordning” – bra"), "finansiell \"samordning\" - bra");
    }

    #[test]
    fn hyphenation_joins_only_lowercase_continuations() {
        assert_eq!(norm("samord-\nning"), "samordning");
        assert_eq!(norm("samord-  \r\n  ning"), "samordning");
        assert_eq!(norm("ESF-\nMedel"), "ESF- Medel");
        assert_eq!(norm("a - b"), "a - b");
    }

    #[test]
    fn maps_back_to_original() {
        let text = "Förbundets\u{a0}\u{a0}ändamål  är";
        let n = Normalized::new(text, &[]);
        assert_eq!(n.text(), "Förbundets ändamål är");
        let at = n.text().find("ändamål").unwrap();
        let sp = n.original_span(at, at + "ändamål".len());
        assert_eq!(sp.slice(text), "ändamål");
        let sp = n.original_span(0, n.text().len());
        assert_eq!(sp, Span::new(0, text.len()));
    }

    #[test]
    fn excluded_spans_are_skipped() {
        let text = "ett två\nSida 2 av 5\ntre";
        let ex = [Span::new(8, 20)];
        let n = Normalized::new(text, &ex);
        assert_eq!(n.text(), "ett två tre");
        let at = n.text().find("tre").unwrap();
        assert_eq!(n.original_span(at, at + 3).slice(text), "tre");
    }

    #[test]
    fn idempotent() {
        for s in ["a\u{308}b -\nc  d", "ﬁ\u{ad}\n\nx", "“x” — y"] {
            let once = norm(s);
            assert_eq!(norm(&once), once);
        }
    }
}
