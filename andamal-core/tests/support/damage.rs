#![allow(dead_code)]
//! Damage the way real pastes arrive, with a map back to the original.
//!
//! Each kind of damage rewrites a document the way one real channel does
//! (a PDF's hard wraps, page furniture, OCR, invisible characters, a table of
//! contents, a transcript on one line) and keeps, for every byte of the
//! damaged copy, the original byte it came from, so a clause found in the
//! damaged copy can be compared with the one found in the original.
//! Deterministic: the same input always gives the same copy.

use andamal_core::statute::finder::{Confidence, Finding, find};

use super::corpus::{self, Fixture};

/// A damaged copy and, for each of its bytes (plus one past the end), the
/// original offset it came from (inserted bytes map to the next original byte).
#[allow(dead_code)]
pub struct Damaged {
    pub text: String,
    origin: Vec<usize>,
}

impl Damaged {
    /// The original range a damaged range came from.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin[start];
        let e = if end > start { self.origin[end - 1] + 1 } else { s };
        (s, e.max(s))
    }
}

/// The kinds of damage, by name.
pub const KINDS: &[&str] = &["hardwrap", "furniture", "ocr", "invisible", "toc", "oneline"];

/// Applies the damage `kind` to `text`.
pub fn apply(kind: &str, text: &str) -> Damaged {
    match kind {
        "hardwrap" => hard_wrap(text),
        "furniture" => furniture(text),
        "ocr" => ocr(text),
        "invisible" => invisible(text),
        "toc" => toc(text),
        "oneline" => one_line(text),
        _ => panic!("unknown damage {kind}"),
    }
}

struct Writer {
    text: String,
    origin: Vec<usize>,
}

impl Writer {
    fn new(len: usize) -> Writer {
        Writer { text: String::with_capacity(len * 2), origin: Vec::with_capacity(len * 2) }
    }
    /// Copies `s`, which starts at original offset `at`.
    fn copy(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.origin.extend(at..at + s.len());
    }
    /// Inserts `s`, which has no original; it maps to `at`.
    fn insert(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.origin.extend(std::iter::repeat_n(at, s.len()));
    }
    fn finish(mut self, end: usize) -> Damaged {
        self.origin.push(end);
        Damaged { text: self.text, origin: self.origin }
    }
}

/// Lines with their start offsets (the line ending excluded).
fn lines_of(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push((start, text[start..i].trim_end_matches('\r')));
            start = i + 1;
        }
    }
    out.push((start, &text[start..]));
    out
}

/// Every line longer than 72 characters broken at spaces before that width,
/// CRLF line ends; about every third long word that reaches the margin is
/// hyphenated across the break ("samord-" / "ning").
fn hard_wrap(text: &str) -> Damaged {
    let mut w = Writer::new(text.len());
    let mut counter = 0usize;
    for (at, line) in lines_of(text) {
        let mut col = 0usize;
        let mut pos = 0usize;
        for word in line.split(' ') {
            let len = word.chars().count();
            let word_at = at + pos;
            if col > 0 && col + 1 + len > 72 {
                counter += 1;
                let letters = word.chars().all(char::is_alphabetic);
                if letters && len >= 10 && counter % 3 == 0 {
                    // Hyphenate: the first part on this line.
                    let cut = word.char_indices().nth(len / 2).map_or(word.len(), |(i, _)| i);
                    w.copy(" ", word_at - 1);
                    w.copy(&word[..cut], word_at);
                    w.insert("-\r\n", word_at + cut);
                    w.copy(&word[cut..], word_at + cut);
                    col = len - len / 2;
                } else {
                    w.copy_as("\r\n", word_at - 1, 1);
                    w.copy(word, word_at);
                    col = len;
                }
            } else {
                if pos > 0 {
                    w.copy(" ", word_at - 1);
                    col += 1;
                }
                w.copy(word, word_at);
                col += len;
            }
            pos += word.len() + 1;
        }
        let end = at + line.len();
        if end < text.len() {
            w.insert("\r\n", end);
        }
    }
    w.finish(text.len())
}

/// Page furniture: a running header (the title), "Sida N av M" and a bare page number
/// every ~1,200 bytes, at a line break or, inside long lines, at a sentence end.
fn furniture(text: &str) -> Damaged {
    let breaks = page_breaks(text, 1200);
    let pages = breaks.len() + 1;
    // The running header repeats the document's title, as PDFs print it.
    let title: String = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").chars().take(60).collect();
    let header = format!("{title} – 2024-01-01");
    let mut w = Writer::new(text.len());
    w.insert(&format!("{header}\n\n"), 0);
    let mut last = 0;
    for (n, &b) in breaks.iter().enumerate() {
        w.copy(&text[last..b], last);
        let page = n + 1;
        w.insert(&format!("\n\nSida {page} av {pages}\n{page}\n\u{c}{header}\n\n"), b);
        last = b;
    }
    w.copy(&text[last..], last);
    w.insert(&format!("\n\nSida {pages} av {pages}\n"), text.len());
    w.finish(text.len())
}

/// Offsets after which a page ends: the first line break (or, failing that,
/// sentence end ". " followed by a capital) after every `every` bytes.
fn page_breaks(text: &str, every: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = every;
    while from < text.len() {
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let rest = &text[from..];
        let at = rest.find('\n').filter(|&i| i < every).or_else(|| {
            rest.match_indices(". ").map(|(i, _)| i + 1).find(|&i| rest[i + 1..].starts_with(char::is_uppercase))
        });
        let Some(at) = at else { break };
        let b = from + at;
        let mut b = b.min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        out.push(b);
        from = b + every;
    }
    out
}

/// OCR confusions of å, ä and ö (one character for one, as in the seeds' OCR
/// report): ä → a or d, å → a or d, ö → o, 6 or é; capitals lose their dots.
fn ocr(text: &str) -> Damaged {
    let mut w = Writer::new(text.len());
    let (mut na, mut nr, mut no) = (0usize, 0usize, 0usize);
    for (i, c) in text.char_indices() {
        let replaced = match c {
            'ä' => {
                na += 1;
                Some(if na % 5 == 2 { "d" } else { "a" })
            }
            'å' => {
                nr += 1;
                Some(if nr % 4 == 1 { "d" } else { "a" })
            }
            'ö' => {
                no += 1;
                Some(match no % 6 {
                    3 => "6",
                    5 => "é",
                    _ => "o",
                })
            }
            'Ä' | 'Å' => Some("A"),
            'Ö' => Some("O"),
            _ => None,
        };
        match replaced {
            Some(r) => w.copy_as(r, i, c.len_utf8()),
            None => w.copy(&text[i..i + c.len_utf8()], i),
        }
    }
    w.finish(text.len())
}

impl Writer {
    /// Writes `s` in place of the `len` original bytes at `at`.
    fn copy_as(&mut self, s: &str, at: usize, len: usize) {
        self.text.push_str(s);
        for k in 0..s.len() {
            self.origin.push(at + k.min(len - 1));
        }
    }
}

/// Invisible characters where copies from PDFs and web pages leave them: a
/// soft hyphen or a zero-width space inside every fifth long word, every
/// fourth space a no-break space, a byte order mark first.
fn invisible(text: &str) -> Damaged {
    let mut w = Writer::new(text.len());
    w.insert("\u{feff}", 0);
    let mut spaces = 0usize;
    let mut words = 0usize;
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            if word_start.is_none() {
                word_start = Some(i);
                words += 1;
            }
            // Inside a word of at least 6 letters so far, after the 3rd letter.
            let start = word_start.unwrap_or(i);
            let letters_before = text[start..i].chars().count();
            if letters_before == 3 && words % 5 == 0 && text[i..].chars().take_while(|c| c.is_alphabetic()).count() >= 3
            {
                w.insert(if words % 10 == 0 { "\u{200b}" } else { "\u{ad}" }, i);
            }
            w.copy(&text[i..i + c.len_utf8()], i);
            continue;
        }
        word_start = None;
        if c == ' ' {
            spaces += 1;
            if spaces % 4 == 0 {
                w.copy_as("\u{a0}", i, 1);
                continue;
            }
        }
        w.copy(&text[i..i + c.len_utf8()], i);
    }
    w.finish(text.len())
}

/// A table of contents before the text, as word processors make it: the
/// usual sections of a förbundsordning with dot leaders and page numbers.
fn toc(text: &str) -> Damaged {
    const TOC: &str = "Innehållsförteckning\n\n1 § Namn och säte ........................ 2\n2 § Medlemmar ............................ 2\n3 § Ändamål .............................. 2\n4 § Förbundets uppgifter ................. 3\n5 § Organisation ......................... 3\n6 § Styrelse ............................. 3\n7 § Revision ............................. 4\n8 § Utträde och likvidation .............. 5\n\n";
    let mut w = Writer::new(text.len());
    w.insert(TOC, 0);
    w.copy(text, 0);
    w.finish(text.len())
}

/// The whole text on one line: every line break (and run of them) one space,
/// as a PDF transcript on a web page gives it.
fn one_line(text: &str) -> Damaged {
    let mut w = Writer::new(text.len());
    let mut pending: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\r' || c == '\u{c}' {
            pending.get_or_insert(i);
            continue;
        }
        if let Some(at) = pending.take() {
            if !w.text.is_empty() && !w.text.ends_with(' ') && c != ' ' {
                w.copy_as(" ", at, 1);
            }
        }
        w.copy(&text[i..i + c.len_utf8()], i);
    }
    w.finish(text.len())
}

/// How far (in bytes of the original) a clause found in a damaged copy may
/// start or end from the one found in the original.
const DAMAGE_TOLERANCE: usize = 6;

/// The span a finding offers for a fixture's expectation (the chosen one, or
/// for a "low" expectation the first offered).
pub fn offered(finding: &Finding, low: bool) -> Option<(usize, usize)> {
    finding.chosen().or_else(|| if low { finding.candidates.first() } else { None }).map(|c| (c.start, c.end))
}

pub fn tier(finding: &Finding) -> &'static str {
    match (finding.found, finding.confidence) {
        (true, Confidence::High) => "high",
        (true, Confidence::Low) => "low",
        _ => "none",
    }
}

/// Whether a fixture's damaged copy gives the clause its original gives (see
/// `tests/find_fixtures.rs`), or why not.
pub fn survives(f: &Fixture, kind: &str) -> Result<(), String> {
    let original = f.find();
    corpus::check(&f.input, &original, &f.expected).map_err(|e| format!("undamaged fails already: {e}"))?;
    let damaged = apply(kind, &f.input);
    let mut folds = f.folds;
    if kind == "ocr" {
        folds.ocr = true;
    }
    let found = find(&damaged.text, folds);
    if !f.positive() {
        return match found.chosen() {
            None => Ok(()),
            Some(c) => Err(format!("found in damaged copy: {:?} at {} ({})", c.heading, c.start, tier(&found))),
        };
    }
    let low = f.expected["confidence"].as_str() == Some("low");
    let want = offered(&original, low).expect("checked above");
    let Some((s, e)) = offered(&found, low) else {
        return Err(format!("nothing in damaged copy: (of {} candidates)", found.candidates.len()));
    };
    let got = damaged.original(s, e);
    let near = |a: usize, b: usize| a.abs_diff(b) <= DAMAGE_TOLERANCE;
    if !near(got.0, want.0) || !near(got.1, want.1) {
        let show = |(a, b): (usize, usize)| {
            let t = &f.input[a..b];
            let head: String = t.chars().take(40).collect();
            let tail: String = t.chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
            format!("{a}..{b} {head:?} … {tail:?}")
        };
        return Err(format!("range: want {}\n got {}", show(want), show(got)));
    }
    // Tiers as the label tells them apart: a "low" label asks for the
    // clause to be offered, whether it is found unsure or only proposed.
    let as_labelled = |t: &'static str| if low && t == "none" { "low" } else { t };
    let (was, is) = (as_labelled(tier(&original)), as_labelled(tier(&found)));
    // Joined into one line, a clause shows its borders only by quotation
    // marks, and the finder may lose its sureness; never gain it.
    let lost = kind == "oneline" && was == "high" && is == "low";
    if is != was && !lost {
        return Err(format!("confidence: {is} instead of {was}"));
    }
    Ok(())
}
