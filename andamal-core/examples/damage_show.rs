#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/damage.rs"]
mod damage;
fn main() {
    let kind = std::env::args().nth(1).unwrap();
    let name = std::env::args().nth(2).unwrap();
    let f = corpus::load().into_iter().find(|f| f.name.starts_with(&name)).unwrap();
    assert_eq!(f.part(), "tuning");
    let d = damage::apply(&kind, &f.input);
    let mut folds = f.folds;
    folds.ocr |= kind == "ocr";
    let found = andamal_core::finder::find(&d.text, folds);
    println!("found {} {:?}", found.found, found.confidence);
    for c in found.candidates.iter().take(4) {
        let t = &d.text[c.start..c.end];
        let tail: String = t.chars().rev().take(80).collect::<Vec<_>>().into_iter().rev().collect();
        println!("{:.3} {:?} {}..{} {:?} … {:?}", c.score, c.heading, c.start, c.end, t.chars().take(60).collect::<String>(), tail);
        if let Some(rest) = d.text.get(c.end..(c.end + 200).min(d.text.len())) { if d.text.is_char_boundary(c.end) { println!("   AFTER: {:?}", rest.chars().take(150).collect::<String>()); } }
    }
}
