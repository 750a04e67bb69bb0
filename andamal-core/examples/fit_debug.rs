#[path = "../tests/support/corpus.rs"]
mod corpus;
use andamal_core::finder::Confidence;
fn main() {
    let part = std::env::args().nth(1).unwrap_or("tuning".into());
    let mut fx = corpus::load();
    fx.extend(corpus::clauses());
    let mut m = std::collections::BTreeMap::new();
    for f in fx.iter().filter(|f| f.part() == part) {
        let finding = f.find();
        let want = if !f.positive() { "none" } else if f.expected["confidence"].as_str() == Some("low") { "low" } else { "high" };
        let got = match (finding.found, finding.confidence) { (true, Confidence::High) => "high", (true, _) => "low", _ => "none" };
        let mut ff = finding.clone();
        ff.found = true;
        ff.confidence = if want == "low" { Confidence::Low } else { Confidence::High };
        let r1 = f.positive() && corpus::check(&f.input, &ff, &f.expected).is_ok();
        *m.entry((want, got, r1)).or_insert(0) += 1;
    }
    for ((w, g, r), n) in m { println!("want {w:5} got {g:5} rank1-right {r:5}: {n}"); }
}
