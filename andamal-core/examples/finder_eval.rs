//! The finder's figures on the labelled corpus, per part and per kind of
//! trap, as Markdown (the tables in README come from here).
//!
//! ```sh
//! cargo run --release -p andamal-core --example finder_eval            # both parts
//! cargo run --release -p andamal-core --example finder_eval validation # one part, per document
//! FINDER_EVAL_SCORES=1 cargo run …                                      # and each choice's scores on stderr
//! ```
//!
//! The scores (part, document, right, score, sureness, tier, label, has a
//! heading) show where "Säker träff" could be drawn.
//!
//! Validation documents are listed by name and outcome only: what went wrong
//! is a category, never their text.

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/damage.rs"]
mod damage;

use std::collections::BTreeMap;

use andamal_core::statute::finder::Confidence;

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn cell(self) -> String {
        if self.total == 0 {
            return "–".into();
        }
        format!("{}/{} ({:.0} %)", self.right, self.total, 100.0 * self.right as f64 / self.total as f64)
    }
}

fn main() {
    let only = std::env::args().nth(1);
    let fixtures = corpus::load();
    for part in ["tuning", "validation"] {
        if only.as_deref().is_some_and(|o| o != part) {
            continue;
        }
        let docs: Vec<&corpus::Fixture> = fixtures.iter().filter(|f| f.part() == part).collect();
        let mut all = Tally::default();
        let mut by_trap: BTreeMap<String, Tally> = BTreeMap::new();
        let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
        let mut damage_tally: BTreeMap<&str, Tally> = BTreeMap::new();
        let (mut high, mut high_right, mut negatives_high) = (0, 0, 0);
        let mut rows = Vec::new();
        for f in &docs {
            let finding = f.find();
            let result = corpus::check(&f.input, &finding, &f.expected);
            let ok = result.is_ok();
            all.add(ok);
            by_kind.entry(f.kind().to_owned()).or_default().add(ok);
            by_trap.entry(if f.positive() { "(positive)" } else { "(negative)" }.into()).or_default().add(ok);
            for t in f.traps() {
                by_trap.entry(t).or_default().add(ok);
            }
            if std::env::var_os("FINDER_EVAL_SCORES").is_some() {
                if let Some(c) = finding.chosen() {
                    let conf = if finding.confidence == Confidence::High { "high" } else { "low" };
                    let want = f.expected["confidence"].as_str().unwrap_or("none");
                    eprintln!(
                        "{part}\t{}\t{}\t{:.3}\t{:.3}\t{conf}\t{want}\t{}",
                        f.name,
                        ok,
                        c.score,
                        c.sure,
                        c.heading.is_some()
                    );
                }
            }
            if finding.found && finding.confidence == Confidence::High {
                high += 1;
                let chosen_right = f.positive() && (ok || result.as_ref().is_err_and(|e| e.starts_with("confidence")));
                high_right += usize::from(chosen_right);
                negatives_high += usize::from(!f.positive());
            }
            // Judged as the damage tests judge it (`damage::survives`).
            for &kind in damage::KINDS {
                damage_tally.entry(kind).or_default().add(damage::survives(f, kind).is_ok());
            }
            let outcome = match &result {
                Ok(()) => "right".to_owned(),
                Err(e) => format!("{} {}", e.split(':').next().unwrap_or("wrong"), overlap(f, &finding)),
            };
            rows.push(format!("| {} | {} | {} | {} |", f.name, f.kind(), f.traps().join(", "), outcome));
        }
        println!("## {part}: {} documents, {}", docs.len(), all.cell());
        println!();
        println!(
            "\"Säker träff\" (high): {high} documents, {high_right} of them the right section ({}); negatives at high: {negatives_high}",
            if high == 0 {
                "–".to_owned()
            } else {
                format!("{:.1} % precision", 100.0 * high_right as f64 / high as f64)
            }
        );
        println!();
        println!("| kind of trap | right |");
        println!("|---|---|");
        for (t, tally) in &by_trap {
            println!("| {t} | {} |", tally.cell());
        }
        println!();
        println!("| kind of document | right |");
        println!("|---|---|");
        for (k, tally) in &by_kind {
            println!("| {k} | {} |", tally.cell());
        }
        println!();
        println!("| damage (every document) | same clause as undamaged and right |");
        println!("|---|---|");
        for (k, tally) in &damage_tally {
            println!("| {k} | {} |", tally.cell());
        }
        println!();
        if only.is_some() {
            println!("| document | kind | traps | outcome |");
            println!("|---|---|---|---|");
            for r in &rows {
                println!("{r}");
            }
            println!();
        }
    }
}

/// How the offered range relates to the expected one, in numbers only:
/// "(overlap 0.80; start +0, end -312; tier high; offered 3rd)".
fn overlap(f: &corpus::Fixture, finding: &andamal_core::statute::finder::Finding) -> String {
    let (Some(s), Some(e)) = (f.expected["starts_with"].as_str(), f.expected["ends_with"].as_str()) else {
        return match finding.candidates.first() {
            Some(c) => format!("(negative; chosen features: {})", features_on(f, c)),
            None => String::new(),
        };
    };
    let Some(a) = f.input.find(s) else { return String::new() };
    let Some(b) = f.input[a..].find(e).map(|i| a + i + e.len()) else { return String::new() };
    let tier = match (finding.found, finding.confidence) {
        (true, Confidence::High) => "high",
        (true, Confidence::Low) => "low",
        _ => "none",
    };
    let rank = finding.candidates.iter().position(|c| c.start.abs_diff(a) <= 6 && c.end.abs_diff(b) <= 6);
    let Some(c) = finding.candidates.first() else {
        return format!("(no candidate; tier {tier})");
    };
    let inter = c.end.min(b).saturating_sub(c.start.max(a));
    let union = c.end.max(b) - c.start.min(a);
    let on = features_on(f, c);
    format!(
        "(overlap {:.2}; start {:+}, end {:+}; tier {tier}; right one at rank {}; chosen: {on})",
        inter as f64 / union.max(1) as f64,
        c.start as i64 - a as i64,
        c.end as i64 - b as i64,
        rank.map_or("–".to_owned(), |r| (r + 1).to_string()),
    )
}

fn features_on(f: &corpus::Fixture, c: &andamal_core::statute::finder::Candidate) -> String {
    andamal_core::statute::finder::candidates_with_features(&f.input, f.folds)
        .into_iter()
        .find(|(x, _)| x.start == c.start && x.end == c.end)
        .map(|(_, fs)| {
            andamal_core::statute::finder::features::names()
                .into_iter()
                .zip(fs.values)
                .filter(|(n, v)| *v > 0.0 && n != "position" && !n.contains('×'))
                .map(|(n, v)| if v < 1.0 { format!("{n}={v:.2}") } else { n })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}
