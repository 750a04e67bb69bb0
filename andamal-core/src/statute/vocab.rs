//! Matching keys and the words statutes use for their sections.
//!
//! Heading and wording detection compares *keys*: lower case, diacritics
//! stripped (so "Forbundets andamal" from an ASCII-only copy matches), and
//! under the OCR fold the confusion classes collapsed too.
//!
//! ```
//! use andamal_core::statute::vocab::match_key;
//! assert_eq!(match_key("Förbundets Ändamål", false), "forbundets andamal");
//! assert_eq!(match_key("Forbundets dndamdl", true), match_key("Förbundets ändamål", true));
//! ```

use crate::text::latin::{is_combining_mark, strip};

use crate::text::normalize::is_ignorable;

/// Lower case, diacritics stripped, white space collapsed; with `ocr`, å/ä/ö
/// confusions collapsed as well ("d" and "i" for "å"/"ä", "6" and "é" for "ö").
#[must_use]
pub fn match_key(text: &str, ocr: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        // ASCII is never ignorable, and lowers to itself without a diacritic.
        if c.is_ascii() {
            push_key_char(&mut out, &mut space, c.to_ascii_lowercase(), ocr);
        } else if ocr && matches!(c, 'é' | 'É') {
            // OCR reads the dots of "ö" as an accent: "féremål".
            push_key_char(&mut out, &mut space, 'o', ocr);
        } else if !is_ignorable(c) {
            push_key_char(&mut out, &mut space, strip(crate::text::case::lower(c)), ocr);
        }
    }
    out
}

/// Appends one lowered, stripped character to a key; white space collapses
/// into a single space before the next visible character.
#[inline(always)]
fn push_key_char(out: &mut String, space: &mut bool, c: char, ocr: bool) {
    if is_combining_mark(c) {
        return;
    }
    if c.is_whitespace() {
        *space = !out.is_empty();
        return;
    }
    if *space {
        out.push(' ');
        *space = false;
    }
    out.push(match c {
        '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}' => '-',
        'd' | 'i' | '@' if ocr => 'a',
        '6' if ocr => 'o',
        other => other,
    });
}

/// The key of a vocabulary phrase under the same folds as [`match_key`].
#[must_use]
pub fn phrase_key(phrase: &str, ocr: bool) -> String {
    match_key(phrase, ocr)
}

/// Words that open the titles of förbundsordning sections (as keys without
/// OCR folding). A numbered line whose title starts with one of these is a
/// heading even in run-together PDF text.
pub const SECTION_TITLES: &[&str] = &[
    "namn",
    "benamning",
    "organisationsform",
    "fullmaktige",
    "direktion",
    "direktionen",
    "forbundsdirektion",
    "forbundsdirektionen",
    "sate",
    "medlemmar",
    "forbundsmedlemmar",
    "andamal",
    "syfte",
    "uppdrag",
    "uppgift",
    "uppgifter",
    "verksamhet",
    "organisation",
    "styrelse",
    "styrelsen",
    "forbundsstyrelse",
    "forbundsstyrelsen",
    "forbundsfullmaktige",
    "ledamoter",
    "ersattare",
    "mandattid",
    "ordforande",
    "presidium",
    "revision",
    "revisorer",
    "revisor",
    "initiativratt",
    "tillkannagivanden",
    "kungorelser",
    "anslag",
    "andel",
    "andelar",
    "kostnadsfordelning",
    "finansiering",
    "budget",
    "budgetprocess",
    "styrning",
    "insyn",
    "utratte",
    "uttrade",
    "likvidation",
    "upplosning",
    "tvister",
    "tvist",
    "arvoden",
    "ersattning",
    "ersattningar",
    "andringar",
    "andring",
    "arkiv",
    "arkivvard",
    "arkivbildning",
    "personal",
    "firmateckning",
    "rakenskaper",
    "beslutsforhet",
    "beslutanderatt",
    "ikrafttradande",
    "samrad",
    "verksamhetsplan",
    "kansli",
    "sekretariat",
    "forvaltning",
    "forbundschef",
    "medelsforvaltning",
    "placering",
    "formoegenhet",
    "lan",
    "borgen",
    "avtal",
    "delegation",
    "utskott",
    "protokoll",
    "justering",
    "reglemente",
    "varaktighet",
    "bildande",
    "inledning",
    "inledande",
    "allmanna",
    "overgangsbestammelser",
    "sarskilda",
    "malgrupp",
    "mal",
    "malsattning",
    "tolkning",
    "pension",
    "uppfoljning",
    "utvardering",
    "medlemsavgift",
    "kostnader",
    "tillgangar",
    "skulder",
    "jav",
    "sammantraden",
    "sammantrade",
    // Stadgar of ideella and ekonomiska föreningar.
    "firma",
    "medlemskap",
    "medlem",
    "intrade",
    "uteslutning",
    "avgift",
    "avgifter",
    "arsavgift",
    "insats",
    "insatser",
    "stamma",
    "foreningsstamma",
    "arsmote",
    "arsmotet",
    "kallelse",
    "motioner",
    "motionsratt",
    "rostratt",
    "valberedning",
    "rakenskapsar",
    "verksamhetsar",
    "vinst",
    "vinstfordelning",
    "overskott",
    "fonder",
    "stadgeandring",
    "stadgeandringar",
    "hedersledamot",
    "hedersmedlem",
    "sektioner",
    "distrikt",
    "beslutsordning",
    "omrostning",
    "tolkning",
    // Bolagsordningar.
    "aktiekapital",
    "aktier",
    "aktiebolag",
    "antal",
    "bolagsstamma",
    "arsstamma",
    "stamman",
    "revisorer",
    "lekmannarevisor",
    "lekmannarevisorer",
    "hembud",
    "forkop",
    "forkopsforbehall",
    "inspektionsratt",
    "fullmaktiges",
    "godkannande",
    "foremal",
    "syftet",
    "agardirektiv",
    "avstamningsforbehall",
];

/// Prefixes a title may carry before its key word ("Förbundets ändamål").
pub const TITLE_OWNERS: &[&str] = &[
    "forbundets",
    "samordningsforbundets",
    "kommunalforbundets",
    "forbundet",
    "forbundsmedlemmarnas",
    "medlemmarnas",
    "styrelsens",
    "foreningens",
    "bolagets",
    "stiftelsens",
];

/// Whether a title opens with a known section word ("Förbundets ändamål",
/// "Medlemmar", "Namn och säte").
#[must_use]
pub fn is_section_title(title: &str, ocr: bool) -> bool {
    let key = match_key(title, ocr);
    let mut words = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let Some(mut first) = words.next() else {
        return false;
    };
    let is = |list: &[&str], w: &str| list.iter().any(|v| if ocr { match_key(v, true) == w } else { *v == w });
    // Any owner in the genitive ("Hembygdsföreningens ändamål", "KFs ÄNDAMÅL",
    // "Sektionens syfte") before a section word.
    let genitive = first.len() >= 3 && first.ends_with('s') && !is(SECTION_TITLES, first);
    // An abbreviation's genitive ("SISU:s ändamål", "KF:s uppgifter").
    let abbreviation = title.split_whitespace().next().is_some_and(|w| w.len() > 3 && w.ends_with(":s"));
    if abbreviation {
        words.next();
    }
    if is(TITLE_OWNERS, first) || genitive || abbreviation {
        match words.next() {
            Some(next) => first = next,
            None => return false,
        }
    }
    // Compounds of a known word name sections too ("Verksamhetsområde",
    // "Medlemsavgifter", "Styrelseledamöter"); short words must match whole.
    let compound = |list: &[&str], w: &str| {
        list.iter().any(|v| v.len() >= 6 && if ocr { w.starts_with(&match_key(v, true)) } else { w.starts_with(v) })
    };
    is(SECTION_TITLES, first) || compound(SECTION_TITLES, first) || first.starts_with(&match_key("andamal", ocr))
}

/// Whether a text names the ändamål anywhere ("Firma och ändamål"), under
/// the same folds as [`match_key`] ("Andamdl och verksamhet" with OCR).
pub(crate) fn names_andamal(text: &str, ocr: bool) -> bool {
    match_key(text, ocr).contains(&match_key("andamal", ocr))
}

/// Swedish abbreviations that end with a period but not a sentence (keys,
/// without the final period).
pub const ABBREVIATIONS: &[&str] = &[
    "t.ex", "bl.a", "m.m", "s.k", "enl", "kap", "p", "resp", "fr.o.m", "t.o.m", "o.s.v", "osv", "dvs", "d.v.s", "m.fl",
    "mfl", "ca", "jfr", "nr", "st", "s", "f.d", "t.v", "p.g.a", "pga", "bl", "a", "m", "fr", "o", "t", "e.d", "ev",
    "inkl", "exkl", "tel", "mom", "prop", "sfs", "sou", "ds", "ang", "avd", "dnr", "f", "ff", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "kl", "ung", "u.p.a", "e.kr", "f.kr", "forts",
    "mkr", "tkr", "milj", "kr", "bil", "ref", "red", "uppl", "vol", "obs", "exv", "ex",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_fast_path_agrees_with_nfd() {
        for s in ["Förbundets ÄNDAMÅL är", "Émile Ñandú Ü ÿ Ø æ ß × ÷", "  a  b  "] {
            let fast = match_key(s, false);
            // An invisible character (word joiner) changes nothing.
            let slow = match_key(&format!("{s}\u{2060}"), false);
            assert_eq!(fast, slow, "{s}");
        }
    }

    #[test]
    fn ocr_reads_the_dots_of_o_as_an_accent() {
        let key = |s: &str| match_key(s, true);
        assert_eq!(key("Féremålet för bolagets verksamhet"), key("Föremålet för bolagets verksamhet"));
        assert_eq!(key("FÉREMÅL"), key("föremål"));
        // Without the OCR fold an accent is only stripped.
        assert_eq!(match_key("idé", false), "ide");
        assert!(names_andamal("Andamdl och verksamhet", true));
        assert!(!names_andamal("Andamdl och verksamhet", false));
    }
}
