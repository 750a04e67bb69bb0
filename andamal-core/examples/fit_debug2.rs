#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/fit.rs"]
mod fit;
fn main() {
    let feat = std::env::args().nth(1).unwrap();
    let mut fx = corpus::load();
    fx.extend(corpus::clauses());
    let names = andamal_core::finder::features::names();
    let k = names.iter().position(|n| *n == feat).unwrap();
    for e in fit::examples(&fx) {
        for (c, x, y) in &e.candidates {
            if x.values[k] > 0.0 {
                let f = &fx[e.fixture_index];
                let on: Vec<String> = names.iter().zip(x.values).filter(|(n, v)| *v > 0.0 && !n.contains('×') && *n != "position").map(|(n, _)| n.clone()).collect();
                println!("{} {:40} {:?} [{}]", if *y { "YES" } else { "no " }, f.name.chars().take(40).collect::<String>(), c.heading.as_deref().map(|h| h.chars().take(30).collect::<String>()), on.join(" "));
            }
        }
    }
}
