#[path = "../tests/support/corpus.rs"]
mod corpus;
fn main() {
    let mut fx = corpus::load();
    fx.extend(corpus::clauses());
    let mut rows = vec![];
    for f in fx.iter().filter(|f| f.part() == "tuning") {
        let finding = f.find();
        let some: f64 = finding.candidates.iter().map(|c| c.score).sum();
        let best = finding.candidates.first().map_or(0.0, |c| c.score);
        let want = if !f.positive() { "none" } else if f.expected["confidence"].as_str() == Some("low") { "low" } else { "high" };
        // is rank 1 right?
        let mut ff = finding.clone();
        ff.found = true;
        ff.confidence = if want == "low" { andamal_core::finder::Confidence::Low } else { andamal_core::finder::Confidence::High };
        let r1 = corpus::check(&f.input, &ff, &f.expected).is_ok();
        rows.push((want, some, best, r1, f.name.clone()));
    }
    rows.sort_by(|a, b| a.0.cmp(b.0).then(a.1.total_cmp(&b.1)));
    for r in rows { println!("{:5} some {:.2} best {:.2} rank1 {} {}", r.0, r.1, r.2, r.3, r.4); }
}
