//! Deterministic statute-like texts for benchmarks: a long ändamål section
//! and a revised version of it (changed, moved, added and removed sentences).
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
