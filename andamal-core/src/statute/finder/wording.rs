//! The wording that tells a purpose clause from text about one.
//!
//! Statutes state their purpose in a few grammatical shapes whatever the
//! organisation is called: "<subject> har till ändamål att", "<subject>s
//! ändamål är att", "Ändamålet med <subject> är", "Föremålet för bolagets
//! verksamhet är", "<subject> har till uppgift att", "<subject> ska …". This
//! module recognises those shapes on match keys (lower case, no diacritics,
//! OCR classes folded when asked), word by word, so that a new förening or
//! bolag needs no new entry. It only reports what it sees; weighing it is
//! [`super::features`]'s job.
//!
//! ```
//! use andamal_core::statute::finder::wording::{Opening, opening};
//! use andamal_core::statute::vocab::match_key;
//! let key = match_key("2 Föreningen har till ändamål att främja medlemmarnas intressen", false);
//! assert!(opening(&key, false).andamal);
//! let key = match_key("Styrelsen ska se över ändamålsparagrafen", false);
//! assert_eq!(opening(&key, false), Opening::default());
//! ```

use crate::statute::vocab::match_key;

/// The shapes of purpose wording found at the start of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Opening {
    /// "har till/som ändamål", "ändamål(et) … är/ska", "ändamål:".
    pub andamal: bool,
    /// "Föremålet för verksamheten är", "har till föremål".
    pub foremal: bool,
    /// "har till uppgift", "uppgift(er) är".
    pub uppgift: bool,
    /// "har till syfte", "syftet (med …) är": a paraphrase in a statute's place.
    pub syfte: bool,
    /// "<organisation> ska …": a mandate.
    pub mandate: bool,
    /// The subject is indefinite ("En förening har till ändamål", "Ett
    /// samordningsförbund ska"): a law or a guide speaking of any
    /// organisation, not a statute of one.
    pub generic: bool,
}

/// How many words from the start of a sentence the shape must begin within:
/// the subject may be a long name ("Samordningsförbundet i Norra Västmanland").
const REACH: usize = 9;

/// The words of a key, punctuation trimmed, at most `max`.
fn words(key: &str, max: usize) -> Vec<&str> {
    key.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '(' | ')' | '”' | '“' | '»' | '«'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != ':'))
        .filter(|w| !w.is_empty())
        .take(max)
        .collect()
}

/// A leading section number, list mark or page number ("2", "§ 3", "3 §",
/// "4.", "a)") is not part of the sentence's wording.
fn skip_numbering<'a>(w: &'a [&'a str]) -> &'a [&'a str] {
    let mut i = 0;
    while i < w.len().min(3) {
        let t = w[i].trim_end_matches([':', '.']);
        let numbering = t == "§"
            || (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
            || (t.len() == 1 && i == 0 && w.get(1).is_some_and(|n| !n.is_empty()) && w[i].ends_with(')'));
        if !numbering {
            break;
        }
        i += 1;
    }
    &w[i..]
}

/// Folds one vocabulary word the way keys of OCR text are folded.
struct Vocab {
    andamal: [String; 3],
    foremal: [String; 2],
    uppgift: [String; 3],
    syfte: [String; 4],
    har: String,
    ha: String,
    till: String,
    som: String,
    sitt: String,
    ar: String,
    ska: [String; 2],
    verksamhet: [String; 2],
    subjects: [String; 8],
}

impl Vocab {
    fn new(ocr: bool) -> Vocab {
        let k = |s: &str| match_key(s, ocr);
        Vocab {
            andamal: [k("andamal"), k("andamalet"), k("andamalen")],
            foremal: [k("foremal"), k("foremalet")],
            uppgift: [k("uppgift"), k("uppgifter"), k("uppdrag")],
            // "har till syftemål att": the older word, still in use.
            syfte: [k("syfte"), k("syftet"), k("syftemal"), k("syftemalet")],
            har: k("har"),
            ha: k("ha"),
            till: k("till"),
            som: k("som"),
            sitt: k("sitt"),
            ar: k("ar"),
            ska: [k("ska"), k("skall")],
            verksamhet: [k("verksamhet"), k("verksamheten")],
            subjects: [
                k("forbundet"),
                k("foreningen"),
                k("bolaget"),
                k("stiftelsen"),
                k("organisationen"),
                k("natverket"),
                k("forbund"),
                k("kommunalforbund"),
            ],
        }
    }
}

impl Vocab {
    /// "har", or "ha" after "ska"/"skall" ("Stiftelsen skall ha till ändamål").
    fn has(&self, word: &str, before: Option<&str>) -> bool {
        word == self.har || (word == self.ha && before.is_some_and(|b| is(b, &self.ska)))
    }
}

fn is(word: &str, list: &[String]) -> bool {
    list.iter().any(|v| v == word)
}

/// The purpose shapes at the start of a sentence, given its key (see
/// [`match_key`]; only its first few words are read).
#[must_use]
pub fn opening(key: &str, ocr: bool) -> Opening {
    let v = Vocab::new(ocr);
    opening_with(&v, key)
}

fn opening_with(v: &Vocab, key: &str) -> Opening {
    // The key's parts around a clause inserted after the subject, read as one.
    let parts = match inserted_clause(key) {
        Some((open, close)) => [&key[..open], &key[close..]],
        None => [key, ""],
    };
    let mut all = words(parts[0], REACH + 8);
    all.extend(words(parts[1], REACH + 8 - all.len()));
    let w = skip_numbering(&all);
    let generic = w.first().is_some_and(|first| {
        matches!(*first, "en" | "ett" | "varje" | "alla" | "om")
            || ["forbund", "foreningar", "bolag", "forbunden", "kommunalforbund"]
                .iter()
                .any(|g| first.ends_with(g) && !first.ends_with("forbundet"))
    });
    let mut o = Opening { generic, ..Opening::default() };
    // A question states no purpose ("Föreningens ändamål (vad är den till för?)").
    if parts.iter().flat_map(|p| p.split_whitespace()).take(REACH + 8).any(|w| w.contains('?')) {
        return o;
    }
    let reach = w.len().min(REACH);
    // What follows a noun of purpose: "är", "ska", "skall", or a colon.
    let states = |i: usize, noun: &[String]| -> bool {
        let word = w[i].trim_end_matches(':');
        if !is(word, noun) {
            return false;
        }
        if w[i].ends_with(':') {
            return true;
        }
        // "ändamål är", "ändamålet med förbundet är", "ändamål och uppgift är".
        w[i + 1..w.len().min(i + 6)].iter().any(|n| *n == v.ar || is(n, &v.ska))
    };
    for i in 0..w.len() {
        let word = w[i].trim_end_matches(':');
        // "har till ändamål", "har som (sitt) ändamål", "har till huvudsakligt
        // ändamål", "skall ha till ändamål"; further on, in a relative clause
        // after a long subject ("X, stiftadt år 1808, är ett samfund i
        // Stockholm, som har till syftemål att").
        let has = v.has(word, i.checked_sub(1).map(|p| w[p]));
        let relative = i > 0 && w[i - 1] == v.som;
        if i >= reach && !(has && relative) {
            continue;
        }
        if has && w.get(i + 1).is_some_and(|n| *n == v.till || *n == v.som) {
            let rest = &w[i + 2..w.len().min(i + 5)];
            let hit = |noun: &[String]| rest.iter().any(|n| is(n.trim_end_matches(':'), noun));
            o.andamal |= hit(&v.andamal);
            o.foremal |= hit(&v.foremal);
            o.uppgift |= hit(&v.uppgift);
            o.syfte |= hit(&v.syfte);
            let _ = &v.sitt;
        }
        o.andamal |= states(i, &v.andamal);
        o.uppgift |= states(i, &v.uppgift);
        o.syfte |= states(i, &v.syfte);
        // "Föremålet för bolagets verksamhet är", "Föremål för verksamheten".
        if is(word, &v.foremal) && w[i + 1..w.len().min(i + 5)].iter().any(|n| is(n, &v.verksamhet)) {
            o.foremal = true;
        }
        // "<subject> ska …" within the first words.
        if is(word, &v.ska)
            && i > 0
            && i <= 5
            && w[..i].iter().any(|s| v.subjects.iter().any(|t| s.ends_with(t.as_str())))
        {
            o.mandate = true;
        }
    }
    o
}

/// Reads many sentence openings with one vocabulary.
pub struct Reader {
    vocab: Vocab,
    ocr: bool,
}

impl Reader {
    #[must_use]
    pub fn new(ocr: bool) -> Reader {
        Reader { vocab: Vocab::new(ocr), ocr }
    }

    /// Whether `sentence` opens with "ändamål" or "föremål" wording.
    #[must_use]
    pub fn opens_with_purpose(&self, sentence: &str) -> bool {
        if !self.ocr && !names_purpose(prefix(sentence, 160)) {
            return false;
        }
        let o = self.opening(sentence);
        o.andamal || o.foremal
    }

    /// The shapes at the start of `sentence` (raw text; its first 160 bytes are read).
    #[must_use]
    pub fn opening(&self, sentence: &str) -> Opening {
        opening_with(&self.vocab, &match_key(prefix(sentence, 160), self.ocr))
    }
}

/// Where a clause inserted after a short subject stands in the key
/// ("föreningen, vars firma är x nr 3, har till ändamål", "förbundet, i
/// dessa stadgar benämnt förbundet, är"), from its first comma to the word
/// after its last: it stands between the subject and its verb, and its
/// words take nothing from the reach of the verb.
fn inserted_clause(key: &str) -> Option<(usize, usize)> {
    let open = key.find(", ")?;
    let inside = &key[open + 2..];
    let close = inside.find(", ")?;
    let subject_words = key[..open].split_whitespace().count();
    let clause_words = inside[..close].split_whitespace().count();
    let verb = inside[close + 2..].split_whitespace().next().unwrap_or("");
    let goes_on = verb.starts_with(char::is_lowercase) && !matches!(verb, "och" | "samt" | "eller");
    ((1..=4).contains(&subject_words) && (1..=12).contains(&clause_words) && goes_on)
        .then_some((open, open + 2 + close + 2))
}

/// A statement of purpose inside a sentence ("… Ändamål och verksamhet
/// Föreningen har till ändamål att …" in a transcript that lost its
/// numbers): where its subject starts, and the heading words right before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement {
    /// Byte offset of the subject in the sentence.
    pub at: usize,
    /// Byte range of a heading run together before it ("Ändamål och verksamhet"), if any.
    pub heading: Option<(usize, usize)>,
    pub shape: Opening,
}

impl Reader {
    /// The first statement of purpose ("<Subject> har till ändamål att",
    /// "<Subject>s ändamål är", "Föremålet för verksamheten är") anywhere in
    /// `sentence`, with a capitalised subject: "en förening har till ändamål"
    /// in a law or a guide is prose about purposes, not a clause.
    #[must_use]
    pub fn statement(&self, sentence: &str) -> Option<Statement> {
        if !self.ocr && !names_purpose(sentence) {
            return None;
        }
        let v = &self.vocab;
        let words: Vec<(usize, &str, String)> = raw_words(sentence)
            .map(|(at, w)| (at, w, match_key(w.trim_matches(|c: char| !c.is_alphanumeric()), self.ocr)))
            .collect();
        let key = |i: usize| words.get(i).map_or("", |w| w.2.as_str());
        for j in 0..words.len() {
            // Where the subject ends (exclusive) and whether it is the purpose noun itself.
            let has = v.has(key(j), j.checked_sub(1).map(key));
            let subject_end = if has && (key(j + 1) == v.till || key(j + 1) == v.som) {
                let rest = (j + 2..(j + 5).min(words.len())).any(|k| is(key(k), &v.andamal) || is(key(k), &v.foremal));
                if !rest {
                    continue;
                }
                // "Stiftelsen skall ha till ändamål": the subject ends before "skall".
                if key(j) == v.ha { j - 1 } else { j }
            } else if is(key(j), &v.andamal) || is(key(j), &v.foremal) || is(key(j), &v.syfte) {
                // "Föreningens syfte är att …" states a purpose; "Syftet med
                // lagen är …" speaks about one.
                let owner = j > 0
                    && key(j - 1).ends_with('s')
                    && starts_upper(words[j - 1].1)
                    && !is_heading_word(words[j - 1].1, self.ocr);
                if is(key(j), &v.syfte) && !owner {
                    continue;
                }
                let states = words[j].1.ends_with(':')
                    || (j + 1..(j + 6).min(words.len())).any(|k| key(k) == v.ar || is(key(k), &v.ska))
                    || (is(key(j), &v.foremal) && (j + 1..(j + 5).min(words.len())).any(|k| is(key(k), &v.verksamhet)));
                if !states {
                    continue;
                }
                // "Föreningens ändamål är": the owner belongs to the subject.
                if j > 0
                    && key(j - 1).ends_with('s')
                    && starts_upper(words[j - 1].1)
                    && !is_heading_word(words[j - 1].1, self.ocr)
                {
                    j
                } else if starts_upper(words[j].1) || j == 0 || words[j - 1].1.ends_with(['.', ':', ';']) {
                    // "Ändamålet med förbundet är …" opening a statement; a
                    // lower-case "… för ett visst ändamål, skall …" is prose.
                    let at = words[j].0;
                    let heading = heading_before(&words[..j], self.ocr);
                    return Some(Statement {
                        at,
                        heading,
                        shape: opening_with(v, &match_key(prefix(&sentence[at..], 160), self.ocr)),
                    });
                } else {
                    continue;
                }
            } else {
                continue;
            };
            // An apposition between subject and verb ("Klubben X, stiftad den
            // 9 juli 1956, har till ändamål"): the subject ends at its first comma.
            let subject_end = apposition_start(&words, subject_end).unwrap_or(subject_end);
            // The subject: capitalised words (and the small words of names) before it.
            let mut start = subject_end;
            while start > 0 && subject_end - start < 6 {
                let w = words[start - 1].1;
                let small = matches!(key(start - 1), "i" | "for" | "och" | "av" | "pa");
                // A blank line between: a title above, not the subject's first word.
                let gap = &sentence[words[start - 1].0 + w.len()..words[start].0];
                // "X (FTK) X, stiftad …": an abbreviation in brackets closes a
                // title; the subject is the name after it.
                let closes_title = w.ends_with(')') && start < subject_end;
                if is_heading_word(w, self.ocr)
                    || w.ends_with(['.', ':', ';', '!', '?'])
                    || gap.matches('\n').count() > 1
                    || closes_title
                {
                    break;
                }
                if starts_upper(w) || (small && start >= 2 && starts_upper(words[start - 2].1)) {
                    start -= 1;
                } else {
                    break;
                }
            }
            // No capitalised subject: prose about purposes.
            while start < subject_end && !starts_upper(words[start].1) {
                start += 1;
            }
            if start == subject_end {
                continue;
            }
            let at = words[start].0;
            let heading = heading_before(&words[..start], self.ocr);
            return Some(Statement {
                at,
                heading,
                shape: opening_with(v, &match_key(prefix(&sentence[at..], 160), self.ocr)),
            });
        }
        None
    }
}

/// Where an apposition that ends just before `end` begins: the word after
/// the nearest earlier comma, within a few words ("X, stiftad den 9 juli
/// 1956, har …"), when the word before that comma is capitalised (a name).
fn apposition_start(words: &[(usize, &str, String)], end: usize) -> Option<usize> {
    if end < 3 || !words[end - 1].1.ends_with(',') {
        return None;
    }
    let comma = (end.saturating_sub(8)..end - 1).rev().find(|&k| words[k].1.ends_with(','))?;
    (starts_upper(words[comma].1) && words[comma + 1..end].iter().all(|w| !w.1.ends_with(['.', ':', ';'])))
        .then_some(comma + 1)
}

/// Whether `s` may hold "ändamål" or "föremål" (every statement of purpose
/// does): a byte search that passes most sentences over cheaply. Not for OCR
/// text, whose letters may be anything.
fn names_purpose(s: &str) -> bool {
    let b = s.as_bytes();
    let has = |needle: &[u8]| b.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    has(b"ndam") || has("remål".as_bytes()) || has("REMÅL".as_bytes()) || has(b"remal") || has(b"syfte")
}

/// Words of a sentence with their byte offsets.
fn raw_words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

fn starts_upper(w: &str) -> bool {
    w.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// A word that opens section titles ("Ändamål", "Verksamhet", "Firma").
fn is_heading_word(w: &str, ocr: bool) -> bool {
    starts_upper(w) && crate::statute::vocab::is_section_title(w.trim_matches(|c: char| !c.is_alphanumeric()), ocr)
}

/// A title run together just before `words`' end: up to six words whose
/// first is a section word ("Ändamål och verksamhet", "Namn och ändamål").
fn heading_before(words: &[(usize, &str, String)], ocr: bool) -> Option<(usize, usize)> {
    let end_word = words.last()?;
    let end = end_word.0 + end_word.1.len();
    for back in 1..=words.len().min(6) {
        let first = &words[words.len() - back];
        if first.1.ends_with(['.', ':', ';']) && back > 1 {
            return None;
        }
        if is_heading_word(first.1, ocr) {
            let rest_lower = words[words.len() - back + 1..].iter().all(|w| !starts_upper(w.1) || w.1.len() <= 3);
            if rest_lower {
                return Some((first.0, end));
            }
        }
    }
    None
}

/// Whether a sentence names the association ("Föreningens firma är …",
/// "Förbundets namn är …", "Föreningen heter …"), as a statute's first
/// section opens before it states the purpose.
#[must_use]
pub fn names_the_body(sentence: &str, ocr: bool) -> bool {
    match_key(prefix(sentence, 120), ocr).split_whitespace().any(|w| matches!(w, "firma" | "namn" | "heter"))
}

/// At most `max` bytes of `s`, cut at a char boundary.
#[must_use]
pub fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Words of text *about* statutes: proposals, decisions, revisions. Statutes
/// rarely use them of themselves.
pub const DISCUSSION: &[&str] = &[
    "andamalsparagraf",
    "forbundsordningen",
    "foreslar",
    "foreslas",
    "forslag",
    "revidering",
    "reviderad",
    "motion",
    "remiss",
    "yttrande",
    "tjansteutlatande",
    "utredning",
    "arbetsgrupp",
    "diskuter",
    "beslutade",
    "pressmeddelande",
];

/// Words of minutes and decisions.
pub const PROTOCOL: &[&str] = &[
    "protokoll",
    "sammantradesdatum",
    "sammantrade",
    "justerare",
    "justerandes",
    "justering",
    "beslutsunderlag",
    "arendet",
    "arendebeskrivning",
    "yrkande",
    "narvarande",
    "paragrafer",
];

/// Words of annual reports and plans.
pub const REPORT: &[&str] = &[
    "arsredovisning",
    "verksamhetsberattelse",
    "resultatrakning",
    "balansrakning",
    "forvaltningsberattelse",
    "revisionsberattelse",
    "delarsrapport",
    "verksamhetsplan",
    "uppfoljning",
    "ekonomisk hushallning",
];

/// How many of `words` occur in `key` (as word prefixes).
#[must_use]
pub fn count_words(key: &str, words: &[&str], ocr: bool) -> usize {
    let padded = format!(" {key}");
    words.iter().filter(|w| padded.contains(&format!(" {}", match_key(w, ocr)))).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(s: &str) -> Opening {
        opening(&match_key(s, false), false)
    }

    #[test]
    fn purpose_shapes_whatever_the_subject() {
        for s in [
            "Förbundet har till ändamål att stödja",
            "Samordningsförbundet Västerås har till ändamål att",
            "2 Föreningen har till ändamål att",
            "§ 3 Stiftelsen har som sitt ändamål att",
            "Förbundets ändamål är att",
            "Ändamålet med förbundet är att",
            "Föreningens ändamål skall vara att",
            "Ändamål: att främja",
            "Stiftelsen skall ha till ändamål att",
            "Föreningen ska ha som ändamål att",
        ] {
            assert!(shapes(s).andamal, "{s}");
        }
        assert!(!shapes("Styrelsen ska ha till uppgift att").andamal);
        let statement =
            Reader::new(false).statement("Enligt stadgarna: Stiftelsen skall ha till ändamål att dela ut bidrag.");
        assert_eq!(statement.map(|s| s.at), Some("Enligt stadgarna: ".len()));
        assert!(shapes("Föremålet för bolagets verksamhet är att").foremal);
        assert!(shapes("Bolaget har till föremål för sin verksamhet att").foremal);
        assert!(shapes("Förbundet har till uppgift att").uppgift);
        assert!(shapes("Förbundets uppgifter är att").uppgift);
        assert!(shapes("Syftet med förbundet är att").syfte);
        assert!(shapes("Kalmarsunds gymnasieförbund ska vara huvudman").mandate);
    }

    #[test]
    fn an_apposition_between_subject_and_verb() {
        let reader = Reader::new(false);
        let s = "Stadgar för klubben Klubben X, Byn, stiftad den 9 juli 1956, har till ändamål att spela.";
        assert_eq!(reader.statement(s).map(|s| s.at), s.find("Klubben X"));
        assert!(reader.statement(s).is_some_and(|s| s.shape.andamal));
        let titled = "Klubben X\n\nKlubben X, stiftad 1956, har till ändamål att spela.";
        assert_eq!(reader.statement(titled).map(|s| s.at), Some("Klubben X\n\n".len()));
        // Prose with commas and no name before them states nothing.
        assert_eq!(reader.statement("Det är så, enligt lagen, att en förening har till ändamål att spela."), None);
        // A title with its abbreviation run into the subject.
        let run_in = "Klubben X (KX) Klubben X, stiftad 1956, har till ändamål att spela.";
        assert_eq!(reader.statement(run_in).map(|s| s.at), Some("Klubben X (KX) ".len()));
        // An abbreviation that ends the subject belongs to it.
        let own = "Svenska Rockarkivet (SRA) har till ändamål att samla.";
        assert_eq!(reader.statement(own).map(|s| s.at), Some(0));
        // An inserted clause takes nothing from the verb's reach, however long.
        assert!(shapes("1 Föreningen, vars firma är Riksbyggens Bostadsrättsförening Solnahus nr 3, har till ändamål att främja").andamal);
        assert!(
            shapes("Förbundet, som i dessa stadgar benämns förbundet och bildades år 1998, ska ha till uppgift att")
                .uppgift
        );
        // Without one the reach holds: words far into a sentence state nothing.
        assert!(
            !shapes("Det var en gång för länge sedan i ett land långt borta och förbundet har till ändamål att")
                .andamal
        );
        // Nor is a long opening before the first comma a subject.
        assert!(
            !shapes("Det var en gång för länge sedan i ett land, långt borta, där förbundet har till ändamål att")
                .andamal
        );
    }

    #[test]
    fn a_relative_clause_after_a_long_subject_states_a_purpose() {
        let long = "Svenska Läkaresällskapet, stiftadt år 1808, är ett vetenskapligt samfund i Stockholm, som har till syftemål att främja";
        assert!(shapes(long).syfte);
        assert!(
            shapes("Klubben X är en ideell förening med säte i Byn i Norra länet som har till ändamål att").andamal
        );
        // Only "som har till …": other words that far in state nothing.
        assert!(
            !shapes("Klubben X är en ideell förening med säte i Byn i Norra länet och har till ändamål att").andamal
        );
        assert_eq!(
            shapes("Klubben X är en ideell förening med säte i Byn i Norra länet som har till vana att"),
            Opening::default()
        );
    }

    #[test]
    fn talk_about_purpose_is_not_a_shape() {
        for s in [
            "Styrelsen ska se över ändamålsparagrafen",
            "Revidering av ändamålsparagrafen",
            "Ändamålsenlighet och god ekonomisk hushållning",
            "I förbundsordningen anges förbundets ändamål och organisation",
        ] {
            assert_eq!(shapes(s), Opening::default(), "{s}");
        }
    }

    #[test]
    fn ocr_damage_in_the_phrase() {
        let key = match_key("F6rbundets ändamål ar att", true);
        assert!(opening(&key, true).andamal);
    }
}
