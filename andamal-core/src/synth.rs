//! Deterministic statute-like texts for benchmarks and tests: a long ändamål
//! section and a revised version of it (changed, moved, added and removed
//! sentences); whole förbundsordningar ([`statute`]) and a revision of one
//! that renumbers, renames, moves, merges, splits, adds and removes sections
//! ([`statute_revision`]); and a family of förbund whose ändamål clauses
//! descend from one another, as wordings travel between förbund
//! ([`landscape`]).
//!
//! Built from the real seed clauses' sentences with words swapped from a
//! statute vocabulary by a small linear congruential generator, so the same
//! seed always gives the same pair, on every platform, without `rand`.
//!
//! ```
//! let (a, b) = andamal_core::synth::statute_pair(7, 5_000);
//! assert!(a.len() >= 5_000 && b.len() >= 4_000);
//! assert_ne!(a, b);
//! assert_eq!(andamal_core::synth::statute_pair(7, 5_000), (a, b));
//! ```

use crate::sample;

const VOCABULARY: &[&str] = &[
    "samverkan",
    "medlemmarna",
    "rehabilitering",
    "insatser",
    "kommunerna",
    "regionen",
    "styrelsen",
    "individer",
    "arbetsförmågan",
    "resurser",
    "utveckling",
    "strukturer",
    "kunskap",
    "verksamheten",
    "målgruppen",
    "parterna",
    "finansiering",
    "uppföljning",
    "samordning",
    "stöd",
    "försörjning",
    "behov",
    "metoder",
    "myndigheterna",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next()).unwrap_or(0) % n.max(1)
    }
}

fn template_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for text in [sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019] {
        for line in text.lines().filter(|l| l.ends_with('.')) {
            for s in line.split_inclusive(". ") {
                out.push(s.trim().to_owned());
            }
        }
    }
    out
}

fn vary(sentence: &str, rng: &mut Lcg, swaps: usize) -> String {
    let mut words: Vec<String> = sentence.split(' ').map(str::to_owned).collect();
    for _ in 0..swaps {
        let i = 1 + rng.below(words.len().saturating_sub(2).max(1));
        if i < words.len() - 1 {
            words[i] = VOCABULARY[rng.below(VOCABULARY.len())].to_owned();
        }
    }
    words.join(" ")
}

/// Two versions of a `4 § Förbundets ändamål` section of about `bytes`
/// bytes each: B changes about a quarter of A's sentences, moves two,
/// removes and adds a few.
#[must_use]
pub fn statute_pair(seed: u64, bytes: usize) -> (String, String) {
    let templates = template_sentences();
    let mut rng = Lcg(seed);
    let mut stycken: Vec<Vec<String>> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let n = 2 + rng.below(3);
        let stycke: Vec<String> = (0..n).map(|_| vary(&templates[rng.below(templates.len())], &mut rng, 3)).collect();
        size += stycke.iter().map(|s| s.len() + 1).sum::<usize>() + 2;
        stycken.push(stycke);
    }
    let mut revised: Vec<Vec<String>> = stycken
        .iter()
        .map(|st| {
            let mut out = Vec::new();
            for s in st {
                match rng.below(20) {
                    0 => {} // removed
                    1 => {
                        out.push(s.clone());
                        out.push(vary(&templates[rng.below(templates.len())], &mut rng, 4)); // added
                    }
                    2..=6 => out.push(vary(s, &mut rng, 2)), // changed
                    _ => out.push(s.clone()),
                }
            }
            out
        })
        .collect();
    // Two moves: a sentence taken from late in the text to early on.
    for _ in 0..2 {
        let from = revised.len() - 1 - rng.below(revised.len() / 3 + 1);
        if let Some(s) = revised[from].pop() {
            let to = rng.below(revised.len() / 3 + 1);
            revised[to].insert(0, s);
        }
    }
    (render(&stycken), render(&revised))
}

fn render(stycken: &[Vec<String>]) -> String {
    let mut out = String::from("4 § Förbundets ändamål\n\n");
    for st in stycken.iter().filter(|s| !s.is_empty()) {
        out.push_str(&st.join(" "));
        out.push_str("\n\n");
    }
    out
}

/// Sentences of the other sections of a förbundsordning.
const BOILERPLATE: &[&str] = &[
    "Förbundet ska ledas av en styrelse som består av en ledamot och en ersättare från varje medlem.",
    "Styrelsen utser inom sig en ordförande och en vice ordförande för den tid som styrelsen bestämmer.",
    "Ersättarna har närvaro- och yttranderätt vid styrelsens sammanträden.",
    "Förbundets räkenskaper och verksamhet ska granskas av revisorer som utses av medlemmarna.",
    "Revisorerna ska lämna en revisionsberättelse till var och en av förbundsmedlemmarna.",
    "Styrelsen ska varje år fastställa en budget för förbundet före utgången av november.",
    "Budgeten ska innehålla en plan för verksamheten och ekonomin för de kommande tre åren.",
    "Medlemmarnas andelar i tillgångar och skulder bestäms av fördelningen av bidragen.",
    "Försäkringskassan bidrar med hälften av medlen och regionen och kommunerna med en fjärdedel var.",
    "Förbundets kungörelser och tillkännagivanden ska anslås på förbundets anslagstavla.",
    "En medlem kan begära utträde ur förbundet genom en skriftlig uppsägning till styrelsen.",
    "Uppsägningstiden är ett år räknat från utgången av det kalenderår då uppsägningen gjordes.",
    "När förbundet upplöses ska styrelsen genomföra likvidationen och redovisa den till medlemmarna.",
    "Tvister mellan förbundet och medlemmarna ska i första hand lösas genom förhandlingar.",
    "Arvoden och ersättningar till ledamöter betalas enligt de regler som gäller hos respektive medlem.",
    "Förbundets arkiv ska vårdas enligt arkivlagen och det arkivreglemente som styrelsen antar.",
    "Ändringar i förbundsordningen ska antas av samtliga medlemmar för att gälla.",
    "Styrelsen ska varje år lämna en årsredovisning och en verksamhetsberättelse till medlemmarna.",
];

/// Titles of the sections around the ändamål.
const TITLES: &[&str] = &[
    "Förbundets namn",
    "Förbundets säte",
    "Förbundets medlemmar",
    "Styrelse",
    "Mandattid",
    "Revision",
    "Budget",
    "Andel i tillgångar och skulder",
    "Kostnadsfördelning",
    "Kungörelser",
    "Utträde",
    "Uppsägning",
    "Likvidation och upplösning",
    "Tvister",
    "Arvoden",
    "Arkiv",
    "Ändringar i förbundsordningen",
    "Årsredovisning",
];

/// One section of a generated förbundsordning: its title and stycken.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    title: String,
    stycken: Vec<Vec<String>>,
}

/// The ändamål clause's template sentences, the defining one first.
fn andamal_templates() -> Vec<String> {
    template_sentences()
}

/// A förbundsordning's sections of about `bytes` bytes in all, with the
/// `andamal` clause under "Förbundets ändamål" as § 4.
fn statute_parts(rng: &mut Lcg, bytes: usize, andamal: Vec<Vec<String>>) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut size: usize = andamal.iter().flatten().map(|s| s.len() + 1).sum();
    let mut k = 0;
    while size < bytes || parts.len() < 6 {
        let mut title = TITLES[k % TITLES.len()].to_owned();
        if k >= TITLES.len() {
            title = format!("{title} {}", k / TITLES.len() + 1);
        }
        // About 900 bytes a section, so that 50 KB has some fifty sections
        // (numbers past 99 are not read as headings, and no statute has them).
        let stycken: Vec<Vec<String>> = (0..2 + rng.below(4))
            .map(|_| (0..1 + rng.below(4)).map(|_| vary(BOILERPLATE[rng.below(BOILERPLATE.len())], rng, 4)).collect())
            .collect();
        size += title.len() + stycken.iter().flatten().map(|s| s.len() + 1).sum::<usize>() + 8;
        parts.push(Part { title, stycken });
        k += 1;
    }
    parts.insert(3, Part { title: "Förbundets ändamål".to_owned(), stycken: andamal });
    parts
}

fn render_statute(name: &str, parts: &[Part]) -> String {
    let mut out = format!("Förbundsordning för {name}\n\n");
    for (n, part) in parts.iter().enumerate() {
        out.push_str(&format!("{} § {}\n\n", n + 1, part.title));
        for st in part.stycken.iter().filter(|s| !s.is_empty()) {
            out.push_str(&st.join(" "));
            out.push_str("\n\n");
        }
    }
    out
}

/// An ändamål clause: the defining sentence (its opening words kept) and
/// `n - 1` more template sentences, lightly varied, in stycken of one to three.
fn andamal_clause(rng: &mut Lcg, n: usize) -> Vec<Vec<String>> {
    let templates = andamal_templates();
    let mut sentences = vec![templates[0].clone()];
    for _ in 1..n {
        sentences.push(vary(&templates[1 + rng.below(templates.len() - 1)], rng, 1));
    }
    let mut stycken = Vec::new();
    while !sentences.is_empty() {
        let take = (1 + rng.below(3)).min(sentences.len());
        stycken.push(sentences.drain(..take).collect());
    }
    stycken
}

/// A whole förbundsordning of about `bytes` bytes: a title, numbered
/// sections, the ändamål as § 4.
///
/// ```
/// let text = andamal_core::synth::statute(3, 20_000);
/// assert!(text.len() >= 20_000);
/// assert!(text.contains("4 § Förbundets ändamål\n\nFörbundets ändamål är att"));
/// ```
#[must_use]
pub fn statute(seed: u64, bytes: usize) -> String {
    let mut rng = Lcg(seed);
    let clause = andamal_clause(&mut rng, 8);
    render_statute("Samordningsförbundet Exempel", &statute_parts(&mut rng, bytes, clause))
}

/// A förbundsordning of about `bytes` bytes and a revision of it: a new § 2
/// (every later section renumbered), the ändamål renamed "Ändamål", the last
/// section moved to the front half, two adjacent sections merged under a
/// joined title, one section split in two, one removed, and a sentence
/// changed in every fifth section.
///
/// ```
/// let (a, b) = andamal_core::synth::statute_revision(5, 10_000);
/// assert!(a.contains("4 § Förbundets ändamål") && b.contains("6 § Ändamål"));
/// ```
#[must_use]
pub fn statute_revision(seed: u64, bytes: usize) -> (String, String) {
    let mut rng = Lcg(seed);
    let clause = andamal_clause(&mut rng, 10);
    let parts = statute_parts(&mut rng, bytes, clause);
    let mut revised = parts.clone();
    for (k, part) in revised.iter_mut().enumerate() {
        if k % 5 == 2
            && let Some(s) = part.stycken.last_mut().and_then(|st| st.last_mut())
        {
            *s = vary(s, &mut rng, 2);
        }
    }
    revised[3].title = "Ändamål".to_owned();
    // Merge §§ 6 and 7 (after the ändamål) under a joined title.
    let second = revised.remove(6);
    revised[5].title = format!("{} och {}", revised[5].title, second.title.to_lowercase());
    revised[5].stycken.extend(second.stycken);
    // Split the first section with two stycken or more.
    if let Some(at) = revised.iter().skip(6).position(|p| p.stycken.len() >= 2).map(|p| p + 6) {
        let tail = revised[at].stycken.split_off(1);
        let title = format!("{} (forts.)", revised[at].title);
        revised.insert(at + 1, Part { title, stycken: tail });
    }
    // Remove one near the end, move the last to the front half.
    let n = revised.len();
    revised.remove(n - 3);
    if let Some(last) = revised.pop() {
        revised.insert(2, last);
    }
    revised.insert(
        1,
        Part {
            title: "Ändamålets omfattning".to_owned(),
            stycken: vec![vec![
                "Förbundet får inte bedriva verksamhet som ligger utanför medlemmarnas ansvarsområden.".to_owned(),
            ]],
        },
    );
    (render_statute("Samordningsförbundet Exempel", &parts), render_statute("Samordningsförbundet Exempel", &revised))
}

/// `n` förbundsordningar of about `bytes` bytes each whose ändamål clauses
/// descend from one another: each copies an earlier one's clause (its
/// parent), keeping most sentences, rewording a few words of some, dropping
/// some and adding new ones; the rest of each statute is its own.
///
/// ```
/// let docs = andamal_core::synth::landscape(1, 5, 4_000);
/// assert_eq!(docs.len(), 5);
/// assert!(docs.iter().all(|d| d.contains("§ Förbundets ändamål")));
/// ```
#[must_use]
pub fn landscape(seed: u64, n: usize, bytes: usize) -> Vec<String> {
    let mut rng = Lcg(seed);
    let templates = andamal_templates();
    let mut clauses: Vec<Vec<String>> = Vec::with_capacity(n);
    for k in 0..n {
        let clause: Vec<String> = if k == 0 {
            andamal_clause(&mut rng, 10).concat()
        } else {
            let parent = clauses[rng.below(k)].clone();
            let mut out = Vec::with_capacity(parent.len() + 2);
            for (i, s) in parent.iter().enumerate() {
                match rng.below(20) {
                    0 if i > 0 => {} // dropped
                    1..=3 if i > 0 => out.push(vary(s, &mut rng, 2)),
                    4 => {
                        out.push(s.clone());
                        out.push(vary(&templates[1 + rng.below(templates.len() - 1)], &mut rng, 5));
                    }
                    _ => out.push(s.clone()),
                }
            }
            out
        };
        clauses.push(clause);
    }
    clauses
        .into_iter()
        .enumerate()
        .map(|(k, clause)| {
            let mut stycken = Vec::new();
            let mut sentences = clause;
            while !sentences.is_empty() {
                let take = (1 + rng.below(3)).min(sentences.len());
                stycken.push(sentences.drain(..take).collect());
            }
            let parts = statute_parts(&mut rng, bytes, stycken);
            render_statute(&format!("Samordningsförbundet nr {}", k + 1), &parts)
        })
        .collect()
}
