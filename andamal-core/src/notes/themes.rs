//! The theme catalogue and the lexicon that suggests themed spans.
//!
//! Workshops argue about what a clause is *about*: systemutveckling, being an
//! arena, the ekonomisk ram, and so on. The built-in ids are part of the share
//! format and the command line, so they never change; user themes get ids
//! `u1`, `u2`, … so they never collide with future built-ins.
//!
//! Suggestions come from a Swedish lexicon matched on accent-folded, lower-case
//! word tokens (stems, inflections, compounds), with guards for false friends:
//! "inom ramen för" is no ekonomisk ram, "Arena" inside a name is no arena.
//!
//! ```
//! use andamal_core::notes::themes::{suggest, theme};
//! let text = "Förbundet ska bidra till systemutveckling och vara en arena för kunskapsutbyte.";
//! let ids: Vec<&str> = suggest(text, andamal_core::Span::new(0, text.len())).iter().map(|s| s.theme).collect();
//! assert_eq!(ids, ["systemutveckling", "arena", "kunskapsutbyte"]);
//! assert_eq!(theme("arena").unwrap().label, "Arena");
//! ```

use serde::Serialize;

use crate::Span;
use crate::statute::vocab::match_key;
use crate::text::normalize::Normalized;
use crate::text::token::{TokenKind, tokenize};

/// A built-in theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Theme {
    /// Stable id (share format, command line).
    pub id: &'static str,
    /// Swedish label.
    pub label: &'static str,
    /// A short symbol, so themes stay apart in greyscale.
    pub symbol: &'static str,
    /// One line on what the theme covers.
    pub description: &'static str,
    /// Index into the accessible palette (CSS class `theme-c{n}`).
    pub colour: u8,
}

/// The built-in catalogue, in display order.
pub const CATALOGUE: &[Theme] = &[
    Theme {
        id: "systemutveckling",
        label: "Systemutveckling",
        symbol: "SU",
        description: "Att utveckla strukturer och arbetssätt mellan myndigheterna, inte bara finansiera insatser.",
        colour: 0,
    },
    Theme {
        id: "arena",
        label: "Arena",
        symbol: "AR",
        description: "Förbundet som arena eller mötesplats för huvudmännen.",
        colour: 1,
    },
    Theme {
        id: "kunskapsutbyte",
        label: "Kunskapsutbyte",
        symbol: "KU",
        description: "Utbyte av kunskap och erfarenheter mellan parterna.",
        colour: 2,
    },
    Theme {
        id: "ekonomisk-ram",
        label: "Ekonomisk ram",
        symbol: "ER",
        description: "Om budgeten begränsar arbetet, eller uttryckligen inte gör det.",
        colour: 3,
    },
    Theme {
        id: "finansiell-samordning",
        label: "Finansiell samordning",
        symbol: "FS",
        description: "Samordning av parternas pengar enligt lagen (2003:1210).",
        colour: 4,
    },
    Theme {
        id: "rehabilitering",
        label: "Rehabilitering",
        symbol: "RE",
        description: "Rehabilitering, förvärvsarbete och egen försörjning.",
        colour: 5,
    },
    Theme {
        id: "malgrupp",
        label: "Målgrupp",
        symbol: "MG",
        description: "Vilka människor förbundets insatser är till för.",
        colour: 6,
    },
    Theme {
        id: "samverkan",
        label: "Samverkan",
        symbol: "SA",
        description: "Samverkan, gemensam plattform och samverkansformer.",
        colour: 7,
    },
    Theme {
        id: "ordinarie-strukturer",
        label: "Ordinarie strukturer",
        symbol: "OS",
        description: "Förbättringar i huvudmännens ordinarie verksamhetsstrukturer.",
        colour: 8,
    },
    Theme {
        id: "geografi",
        label: "Geografi",
        symbol: "GE",
        description: "Området förbundet verkar i: kommunerna, länet, det geografiska området.",
        colour: 9,
    },
    Theme {
        id: "likabehandling",
        label: "Likabehandling",
        symbol: "LB",
        description: "Lika rättigheter och möjligheter, att motverka diskriminering.",
        colour: 10,
    },
    Theme {
        id: "resursanvandning",
        label: "Resursanvändning",
        symbol: "RA",
        description: "Effektiv användning av gemensamma resurser.",
        colour: 11,
    },
];

/// A built-in theme by id.
#[must_use]
pub fn theme(id: &str) -> Option<&'static Theme> {
    CATALOGUE.iter().find(|t| t.id == id)
}

/// One suggested span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub theme: &'static str,
    pub start: usize,
    pub end: usize,
}

/// A word of a lexicon phrase: an exact word, or a stem (prefix).
#[derive(Debug, Clone, Copy)]
enum W {
    Is(&'static str),
    Stem(&'static str),
    /// Any of these exact words or stems ("*" suffix marks a stem).
    Any(&'static [&'static str]),
    /// Up to this many arbitrary words.
    Gap(usize),
}

use W::{Any, Gap, Is, Stem};

/// The lexicon: for each theme, phrases of word matchers (on match keys).
const LEXICON: &[(&str, &[&[W]])] = &[
    (
        "systemutveckling",
        &[
            &[Stem("systemutveckl")],
            &[Stem("systemforandr")],
            &[Stem("systempaverk")],
            &[Stem("strukturovergrip")],
            &[Stem("strukturinriktad")],
            &[Stem("utveckl"), Gap(2), Any(&["system*", "strukturer", "arbetssatt", "samverkansformer", "former"])],
        ],
    ),
    ("arena", &[&[Any(&["arena", "arenan", "arenor", "arenorna", "motesplats*", "forum"])]]),
    (
        "kunskapsutbyte",
        &[
            &[Stem("kunskapsutbyte")],
            &[Stem("erfarenhetsutbyte")],
            &[Stem("kunskapsutveckl")],
            &[Is("kunskap"), Is("om"), Stem("varandra")],
            &[Any(&["utbyta", "utbyte", "sprida", "spridning"]), Gap(1), Any(&["kunskap*", "erfarenhet*"])],
            &[Any(&["kunskap*", "erfarenhet*"]), Gap(2), Any(&["utbyte*", "sprid*"])],
        ],
    ),
    (
        "ekonomisk-ram",
        &[
            &[Stem("ekonomisk"), Stem("ram")],
            &[Is("budget"), Gap(2), Any(&["ram", "ramar", "ramarna", "begransning"])],
            &[Any(&["ram", "ramar", "ramarna"]), Is("och"), Stem("begransning")],
            &[Is("begransas"), Gap(3), Any(&["ram", "ramar", "ramarna"])],
            &[Stem("budgetram")],
        ],
    ),
    (
        "finansiell-samordning",
        &[
            &[Stem("finansiell"), Gap(1), Stem("samordning")],
            &[Is("finsam")],
            &[Stem("samordna"), Any(&["resurser", "medel", "budget"])],
            &[Any(&["gemensam", "gemensamma"]), Any(&["budget", "medel"])],
        ],
    ),
    (
        "rehabilitering",
        &[
            &[Stem("rehabilitering")],
            &[Stem("forvarvsarbet")],
            &[Is("egen"), Stem("forsorjning")],
            &[Stem("sjalvforsorj")],
            &[Stem("arbetsformag")],
            &[Stem("arbetslivsinriktad")],
            &[Any(&["komma", "aterga", "atergang"]), Gap(2), Any(&["arbete", "arbetslivet", "sysselsattning"])],
        ],
    ),
    (
        "malgrupp",
        &[
            &[Stem("malgrupp")],
            &[
                Any(&["personer", "individer", "manniskor", "medborgare", "invanare", "enskilda"]),
                Gap(3),
                Any(&["behov", "behover"]),
            ],
            &[Any(&["personer", "individer", "manniskor"]), Gap(1), Is("i"), Is("aldern")],
            &[Is("behov"), Is("av"), Stem("samordnad")],
        ],
    ),
    (
        "samverkan",
        &[
            &[Stem("samverk")],
            &[Stem("samarbet")],
            &[Any(&["gemensam", "gemensamma"]), Stem("plattform")],
            &[Stem("samordnade"), Any(&["insatser", "bedomningar"])],
            &[Stem("samordna"), Any(&["insatser", "verksamhet*"])],
        ],
    ),
    (
        "ordinarie-strukturer",
        &[&[Is("ordinarie"), Any(&["verksamhet*", "struktur*", "organisation*", "arbete"])], &[Stem("implementer")]],
    ),
    (
        "geografi",
        &[
            &[Stem("geografisk")],
            &[Any(&["lan", "lans"])],
            &[Any(&["kommun", "kommuns", "kommuners", "kommunerna"])],
            &[Is("inom"), Gap(2), Any(&["region", "regionen", "regionens"])],
        ],
    ),
    (
        "likabehandling",
        &[
            &[Is("lika"), Any(&["rattigheter", "mojligheter", "villkor"])],
            &[Stem("likabehandl")],
            &[Stem("diskriminer")],
            &[Stem("jamstalld")],
            &[Stem("jamlik")],
            &[Stem("manskliga"), Stem("rattighet")],
        ],
    ),
    (
        "resursanvandning",
        &[
            &[Stem("resursanvandning")],
            &[Stem("resursutnyttj")],
            &[Stem("effektiv"), Gap(2), Any(&["anvandning", "resurs*", "utnyttj*", "resursanvandning"])],
            &[Stem("kostnadseffektiv")],
            &[Any(&["effektivt", "effektivare"]), Any(&["utnyttja*", "anvanda", "anvands"])],
        ],
    ),
];

/// One word of the text as the lexicon sees it.
struct Word {
    key: String,
    span: Span,
    /// Written with a capital letter, not at a sentence start.
    name_like: bool,
}

fn words(text: &str, range: Span) -> Vec<Word> {
    let norm = Normalized::of_range(text, range, &[]);
    let tokens = tokenize(&norm);
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut sentence_start = true;
    for t in &tokens {
        let word = t.norm.slice(norm.text());
        if t.kind == TokenKind::Punct {
            sentence_start = matches!(word, "." | "!" | "?" | ":" | "\"");
            continue;
        }
        let name_like = !sentence_start && word.chars().next().is_some_and(char::is_uppercase);
        out.push(Word { key: match_key(word, false), span: t.span, name_like });
        sentence_start = false;
    }
    out
}

fn word_matches(pattern: &str, key: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => key.starts_with(stem),
        None => key == pattern,
    }
}

/// Matches `phrase` starting at word `i`; returns the index after its last word.
fn match_phrase(phrase: &[W], words: &[Word], i: usize) -> Option<usize> {
    let mut at = i;
    let mut k = 0;
    while k < phrase.len() {
        match phrase[k] {
            Gap(n) => {
                // Try the rest of the phrase after 0..=n skipped words.
                return (0..=n).find_map(|skip| match_phrase(&phrase[k + 1..], words, at + skip));
            }
            w => {
                let word = words.get(at)?;
                let ok = match w {
                    Is(x) => word.key == x,
                    Stem(x) => word.key.starts_with(x),
                    Any(list) => list.iter().any(|p| word_matches(p, &word.key)),
                    Gap(_) => unreachable!(),
                };
                if !ok {
                    return None;
                }
                at += 1;
            }
        }
        k += 1;
    }
    Some(at)
}

/// Whether a match is a known false friend.
fn false_friend(theme: &str, words: &[Word], start: usize, end: usize) -> bool {
    let key = |i: usize| words.get(i).map_or("", |w| w.key.as_str());
    match theme {
        // "inom ramen för": a frame of reference, not a budget.
        "ekonomisk-ram" => (start..end).any(|i| key(i) == "ramen" && key(i + 1) == "for"),
        // "Arena Skövde": a name.
        "arena" => words[start].name_like,
        // "Region Östergötland" as a member is not the area; "regionen" is.
        "geografi" => false,
        _ => false,
    }
}

/// Suggests themed spans inside `range` of `text`, sorted by start, then
/// theme id. Spans of different themes may overlap; each span is the matched
/// lexicon phrase.
#[must_use]
pub fn suggest(text: &str, range: Span) -> Vec<Suggestion> {
    let words = words(text, range);
    let mut out = Vec::new();
    for (theme, phrases) in LEXICON {
        let mut covered_until = 0;
        for i in 0..words.len() {
            if i < covered_until {
                continue;
            }
            let best = phrases.iter().filter_map(|p| match_phrase(p, &words, i)).max();
            if let Some(end) = best.filter(|&end| end > i) {
                if false_friend(theme, &words, i, end) {
                    continue;
                }
                out.push(Suggestion { theme, start: words[i].span.start, end: words[end - 1].span.end });
                covered_until = end;
            }
        }
    }
    crate::text::order::sort_by(&mut out, |a, b| (a.start, a.theme).cmp(&(b.start, b.theme)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes_of(text: &str) -> Vec<&'static str> {
        let mut t: Vec<&str> = suggest(text, Span::new(0, text.len())).iter().map(|s| s.theme).collect();
        t.sort_unstable();
        t.dedup();
        t
    }

    #[test]
    fn catalogue_ids_are_fixed() {
        let ids: Vec<&str> = CATALOGUE.iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            [
                "systemutveckling",
                "arena",
                "kunskapsutbyte",
                "ekonomisk-ram",
                "finansiell-samordning",
                "rehabilitering",
                "malgrupp",
                "samverkan",
                "ordinarie-strukturer",
                "geografi",
                "likabehandling",
                "resursanvandning"
            ]
        );
        assert!(LEXICON.iter().all(|(id, _)| theme(id).is_some()));
    }

    #[test]
    fn false_friends() {
        assert!(!themes_of("Arbetet sker inom ramen för samverkan.").contains(&"ekonomisk-ram"));
        assert!(
            themes_of("Budgeten utgör ram och begränsning för vad som kan finansieras.").contains(&"ekonomisk-ram")
        );
        assert!(!themes_of("Projektet drivs av föreningen Arena Skövde.").contains(&"arena"));
        assert!(themes_of("Förbundet utgör en arena för huvudmännen.").contains(&"arena"));
        // A theme word inside an unrelated compound.
        assert!(!themes_of("Ramavtalet gäller.").contains(&"ekonomisk-ram"));
    }

    #[test]
    fn spans_are_the_matched_phrase() {
        let text = "i syfte att uppnå en effektiv resursanvändning.";
        let s = suggest(text, Span::new(0, text.len()));
        let spans: Vec<(&str, &str)> = s.iter().map(|s| (s.theme, &text[s.start..s.end])).collect();
        assert_eq!(spans, [("resursanvandning", "effektiv resursanvändning")]);
    }
}
