//! The landscape's example: the ändamål of eight samordningsförbund, as their
//! förbundsordningar word them, so a workshop can see the landscape before
//! anyone has a file at hand (and, offline, without one).
//!
//! Why these: they are real clauses with their sources in
//! `andamal-core/tests/fixtures/clauses/SOURCES.md`, and among them is the
//! chain the issue names, Västra Östergötland 2015 → Östra Östergötland 2017
//! → Umeåregionen 2019. The texts live in the landscape's own wasm, fetched on
//! demand, never in the page's.
//!
//! ```
//! let docs = andamal::landscape_example::documents();
//! assert_eq!(docs.len(), 8);
//! assert!(docs.iter().all(|(_, text)| text.as_ref().is_ok_and(|t| t.contains("ändamål"))));
//! ```

macro_rules! clause {
    ($name:literal, $file:literal) => {
        ($name, include_str!(concat!("../andamal-core/tests/fixtures/clauses/", $file, ".txt")))
    };
}

const CLAUSES: [(&str, &str); 8] = [
    clause!("Västra Östergötland 2015", "05_vastra_ostergotland"),
    clause!("Östra Östergötland 2017", "08_ostra_ostergotland"),
    clause!("Umeåregionen 2019", "09_umearegionen"),
    clause!("Norra Västmanland", "01_nvsam_norra_vastmanland"),
    clause!("Västerås", "02_vasteras"),
    clause!("Halland", "03_halland"),
    clause!("Trollhättan, Lilla Edet och Grästorp", "04_trollhattan_lilla_edet_grastorp"),
    clause!("Skellefteå och Norsjö", "06_skelleftea_norsjo"),
];

/// The example's documents, as opened files are given to the landscape.
#[must_use]
pub fn documents() -> Vec<(String, Result<String, String>)> {
    CLAUSES.iter().map(|(name, text)| ((*name).to_owned(), Ok((*text).to_owned()))).collect()
}
