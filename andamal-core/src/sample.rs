//! Real example texts, shipped so that "Ladda exempel" and the tests use the
//! same public statute text.
//!
//! ```
//! assert!(andamal_core::sample::OSTRA_OSTERGOTLAND_2017.contains("systemutveckling"));
//! ```

/// Samordningsförbundet Östra Östergötland, förbundsordning 2017, 4 §.
pub const OSTRA_OSTERGOTLAND_2017: &str = include_str!("../fixtures/seed/ostra_ostergotland_2017.txt");

/// Samordningsförbundet Umeåregionen, förbundsordning 2019, 4 §.
pub const UMEAREGIONEN_2019: &str = include_str!("../fixtures/seed/umearegionen_2019.txt");

/// The names the example's two sides are shown under.
pub const NAMES: [&str; 2] = ["Östra Östergötland 2017", "Umeåregionen 2019"];

/// The example with a few annotations and a pair note, as a workshop might
/// leave it: what "Visa ett färdigt exempel" opens.
#[must_use]
pub fn annotated() -> crate::formats::share::Shared {
    use crate::Span;
    use crate::diff::side::Side;
    use crate::formats::session::pack_whole;
    use crate::notes::notebook::Notebook;
    use crate::notes::theme_ref::ThemeRef;
    use crate::notes::work::Work;

    // Trimmed, as a link of the sections carries them.
    let texts = [OSTRA_OSTERGOTLAND_2017.trim_end(), UMEAREGIONEN_2019.trim_end()];
    let find = |side: usize, phrase: &str| {
        let at = texts[side].find(phrase).unwrap_or(0);
        Span::new(at, at + phrase.len())
    };
    let mut book = Notebook::default();
    let notes: [(usize, &str, &str, &str); 4] = [
        (0, "bidra till systemutveckling", "systemutveckling", "Systemutveckling är ett eget stycke i A."),
        (
            1,
            "I detta ligger att bidra till systemutveckling",
            "systemutveckling",
            "B gör systemutvecklingen till en del av den finansiella samordningen.",
        ),
        (1, "arena för huvudmännens kunskapsutbyte", "arena", "Samma formulering i båda."),
        (
            1,
            "vilket inte begränsas av de ekonomiska ramarna",
            "ekonomisk-ram",
            "Arbetet som arena begränsas inte av budgeten.",
        ),
    ];
    for (side, phrase, theme, note) in notes {
        let on = if side == 0 { Side::A } else { Side::B };
        book.annotate(on, texts[side], find(side, phrase), vec![ThemeRef::BuiltIn(theme)], note.to_owned());
    }
    book.note_pair(
        texts,
        [
            find(0, "Samordningsförbundets målgrupp är personer"),
            find(1, "Samverkan inom Samordningsförbundet är för människor"),
        ],
        "”Målgrupp” blev ”samverkan … för människor”: vidare eller bara omformulerat?".to_owned(),
    );
    let work = Work {
        texts: texts.map(Into::into),
        names: NAMES.map(str::to_owned),
        title: "Exempel: två ändamålsparagrafer".to_owned(),
        notebook: std::rc::Rc::new(book),
        ..Work::default()
    };
    // The samples are the sections themselves: packing them whole crops
    // nothing (the test below checks it), and keeps the finder out of the page.
    pack_whole(&work, true).shared
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_finished_example_carries_its_notes_and_fits_a_link() {
        let shared = annotated();
        assert_eq!(shared.annotations.len(), 4);
        assert_eq!(shared.pair_notes.len(), 1);
        let quotes: Vec<&str> =
            shared.annotations.iter().map(|a| a.span.slice(&shared.sides[usize::from(a.side)].text)).collect();
        assert_eq!(quotes[2], "arena för huvudmännens kunskapsutbyte");
        assert!(crate::formats::share::encode(&shared).len() < 2_000);
    }

    #[test]
    fn the_finished_example_is_its_sections() {
        let shared = annotated();
        let whole =
            crate::formats::session::Packed { shared: shared.clone(), whole: true, widened: false, left_out: 0 };
        assert_eq!(crate::formats::session::narrow(whole).shared, shared);
    }
}
