//! Snapshots of alignments of real pairs (old and new statute of one förbund,
//! two förbund sharing a template), so every change to alignment is reviewed.

use std::fmt::Write;

use andamal_core::Folds;
use andamal_core::cli::compare;
use andamal_core::diff::align::Alignment;

fn render(a: &str, b: &str) -> String {
    let (found_a, _, found_b, _, al): (bool, _, bool, _, Alignment) = compare(a, b, Folds::default());
    let mut out = format!("found: {found_a}/{found_b}, similarity {:.3}\n", al.similarity);
    let first_words =
        |text: &str, s: andamal_core::Span| s.slice(text).split_whitespace().take(5).collect::<Vec<_>>().join(" ");
    for p in &al.pairs {
        let left =
            p.a.first()
                .map(|&i| format!("{} «{}»", al.a[i].address.short(), first_words(a, al.a[i].span)))
                .unwrap_or_default();
        let right =
            p.b.first()
                .map(|&j| format!("{} «{}»", al.b[j].address.short(), first_words(b, al.b[j].span)))
                .unwrap_or_default();
        let _ = writeln!(out, "{:?} {:.2} | {left} | {right} | {}+{}", p.kind, p.similarity, p.a.len(), p.b.len());
    }
    out
}

macro_rules! pair {
    ($name:ident, $dir:literal) => {
        #[test]
        fn $name() {
            let a = include_str!(concat!("fixtures/pairs/", $dir, "/a.txt"));
            let b = include_str!(concat!("fixtures/pairs/", $dir, "/b.txt"));
            insta::assert_snapshot!(render(a, b));
        }
    };
}

pair!(template_vasteras_vs_norra_vastmanland, "vastmanland_template_vasteras_vs_norra_vastmanland");
pair!(template_halland_vs_trollhattan, "finsam_template_halland_vs_trollhattan");
pair!(extended_vastra_vs_ostra_ostergotland, "extended_template_vastra_vs_ostra_ostergotland");
pair!(extended_ostra_ostergotland_vs_umearegionen, "extended_template_ostra_ostergotland_vs_umearegionen");
pair!(old_new_kalmarsund_2004_vs_2022, "old_new_kalmarsunds_gymnasieforbund_2004_vs_2022");
