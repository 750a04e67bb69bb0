#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/damage.rs"]
mod damage;
use andamal_core::statute::finder::find;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&a[2]).unwrap();
    if a[1] == "none" {
        dump(&text);
        return;
    }
    let owned;
    let dt: &str = if a[1] == "find" {
        &text
    } else {
        owned = damage::apply(&a[1], &text);
        &owned.text
    };
    struct D<'a> {
        text: &'a str,
    }
    let d = D { text: dt };
    std::fs::write("/tmp/dd/damaged.txt", d.text).unwrap();
    if std::env::var("DUMP").is_ok() {
        dump(d.text);
    }
    let folds = andamal_core::Folds { ocr: a[1] == "ocr", ..andamal_core::Folds::default() };
    let f = find(d.text, folds);
    println!("found {} {:?}", f.found, f.confidence);
    for c in f.candidates.iter().take(4) {
        if std::env::var("NOTEXT").is_ok() {
            println!("{}..{} score {:.3} sure {:.3}", c.start, c.end, c.score, c.sure);
            continue;
        }
        println!(
            "{:?} {}..{} score {:.3} sure {:.3} | {:?}",
            c.heading,
            c.start,
            c.end,
            c.score,
            c.sure,
            &d.text[c.start..c.end.min(c.start + 120)]
        );
        println!("   ...{:?}", &d.text[c.end.saturating_sub(80).max(c.start)..c.end]);
    }
}
#[allow(dead_code)]
fn dump(t: &str) {
    let d = andamal_core::statute::structure::Document::parse(t, false);
    println!("furniture: {:?}", d.furniture.iter().map(|f| &t[f.start..f.end]).collect::<Vec<_>>());
    for s in &d.sections {
        println!("# {:?}", s.heading.as_ref().map(|h| &t[h.span.start..h.span.end]));
        for st in &s.stycken {
            for se in &st.sentences {
                println!("   [{}]", &t[se.start..se.end].chars().take(80).collect::<String>().replace('\n', "⏎"));
            }
            println!("   --");
        }
    }
}
