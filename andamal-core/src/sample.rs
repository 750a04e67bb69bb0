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
