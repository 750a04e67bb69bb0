//! A QR code for a share link, as one SVG path, so a phone in the room can
//! open the comparison shown on the projector.
//!
//! The page draws `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`
//! from a [`QrSymbol`] with ordinary attributes: no markup is generated here
//! and nothing goes through raw HTML. Dark modules of a row are merged into
//! runs, one rectangle each, which keeps the path short.
//!
//! ```
//! use andamal_core::formats::qr::{Level, QUIET_ZONE, qr_symbol};
//! let symbol = qr_symbol("https://exempel.se/andamal/#v1.abc").unwrap();
//! assert_eq!(symbol.level, Level::M);
//! assert_eq!(symbol.size, symbol.modules + 2 * QUIET_ZONE);
//! assert!(symbol.path.starts_with("M4 4h7v1h-7z"), "the finder pattern's top row");
//! assert!(qr_symbol(&"x".repeat(3000)).is_none(), "more than a QR code holds");
//! ```

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, in modules; the standard asks for four.
pub const QUIET_ZONE: usize = 4;

/// How much of the code may be damaged and still read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// About 7 %: only for links too long for [`Level::M`].
    L,
    /// About 15 %: enough for a screen or a printed handout, and the code
    /// stays coarse enough to scan from a distance.
    M,
}

/// A QR code ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSymbol {
    /// Modules along one side of the code itself (21 for version 1, 177 for 40).
    pub modules: usize,
    /// Side of the view box: the modules plus the quiet zone on both sides.
    pub size: usize,
    /// Every dark module, in view-box units, as an SVG path `d`.
    pub path: String,
    pub level: Level,
}

/// The QR code for `data`, at the highest level that fits (M, else L); `None`
/// when even level L cannot hold it (in byte mode, more than 2,953 bytes).
#[must_use]
pub fn qr_symbol(data: &str) -> Option<QrSymbol> {
    [(Level::M, EcLevel::M), (Level::L, EcLevel::L)].into_iter().find_map(|(level, ec)| {
        let code = QrCode::with_error_correction_level(data.as_bytes(), ec).ok()?;
        let modules = code.width();
        let dark: Vec<bool> = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(QrSymbol { modules, size: modules + 2 * QUIET_ZONE, path: path_of(&dark, modules), level })
    })
}

/// One closed rectangle per run of dark modules in a row, each starting with a
/// move relative to the previous one's start (where `z` leaves the pen).
fn path_of(dark: &[bool], width: usize) -> String {
    use std::fmt::Write as _;
    let mut path = String::new();
    let mut pen: Option<(usize, usize)> = None;
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|d| **d).count();
            let (px, py) = (x + QUIET_ZONE, y + QUIET_ZONE);
            // Writing to a String cannot fail.
            let _ = match pen {
                None => write!(path, "M{px} {py}"),
                Some((cx, cy)) => write!(path, "m{} {}", signed(px, cx), py - cy),
            };
            let _ = write!(path, "h{run}v1h-{run}z");
            pen = Some((px, py));
            x += run;
        }
    }
    path
}

/// `to - from` as text, which may be negative (a run further left on a later row).
fn signed(to: usize, from: usize) -> String {
    if to >= from { (to - from).to_string() } else { format!("-{}", from - to) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws a path made by [`path_of`] (absolute or relative moves, then
    /// `h v h z` rectangles) back into a grid of modules, quiet zone included.
    fn modules_of(symbol: &QrSymbol) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; symbol.size]; symbol.size];
        let (mut x, mut y) = (0i64, 0i64);
        let mut numbers = Vec::new();
        let mut command = ' ';
        let mut rectangle = Vec::new();
        let mut flush = |command: char, numbers: &mut Vec<i64>, x: &mut i64, y: &mut i64| {
            match (command, numbers.as_slice()) {
                ('M', [nx, ny]) => (*x, *y) = (*nx, *ny),
                ('m', [dx, dy]) => (*x, *y) = (*x + dx, *y + dy),
                ('h' | 'v', [d]) => rectangle.push((command, *d)),
                ('z', []) => {
                    assert_eq!(rectangle.len(), 3, "each subpath is one rectangle");
                    let ('h', run) = rectangle[0] else { panic!("{rectangle:?}") };
                    assert_eq!(&rectangle[1..], [('v', 1), ('h', -run)]);
                    for dx in 0..run {
                        grid[usize::try_from(*y).unwrap()][usize::try_from(*x + dx).unwrap()] = true;
                    }
                    rectangle.clear();
                }
                (' ', []) => {}
                other => panic!("unexpected {other:?}"),
            }
            numbers.clear();
        };
        let mut digits = String::new();
        for c in symbol.path.chars().chain([' ']) {
            if c.is_ascii_digit() || (c == '-' && digits.is_empty()) {
                digits.push(c);
                continue;
            }
            if !digits.is_empty() {
                numbers.push(digits.parse().unwrap());
                digits.clear();
            }
            if c.is_ascii_alphabetic() {
                flush(command, &mut numbers, &mut x, &mut y);
                command = c;
            }
        }
        flush(command, &mut numbers, &mut x, &mut y);
        grid
    }

    /// Rasterises the path at 4 pixels a module and reads it with `rqrr`.
    fn read_back(symbol: &QrSymbol) -> String {
        const SCALE: usize = 4;
        let grid = modules_of(symbol);
        let side = symbol.size * SCALE;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(
                side,
                side,
                |x, y| {
                    if grid[y / SCALE][x / SCALE] { 0 } else { 255 }
                },
            );
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("the code reads").1
    }

    fn link(length: usize) -> String {
        let prefix = "https://exempel.se/andamal/#v1.";
        let payload: String = (0..length - prefix.len())
            .map(|i| b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(i * 37 + i / 7) % 64] as char)
            .collect();
        format!("{prefix}{payload}")
    }

    #[test]
    fn short_and_long_links_read_back() {
        for (length, level) in [(40, Level::M), (1400, Level::M), (2500, Level::L)] {
            let data = link(length);
            let symbol = qr_symbol(&data).unwrap();
            assert_eq!(symbol.level, level, "{length}");
            assert_eq!(read_back(&symbol), data, "{length}");
            println!(
                "{length} characters: {} modules, level {:?}, path {} bytes",
                symbol.modules,
                level,
                symbol.path.len()
            );
        }
    }

    #[test]
    fn the_quiet_zone_is_light() {
        let symbol = qr_symbol(&link(300)).unwrap();
        let grid = modules_of(&symbol);
        for (y, row) in grid.iter().enumerate() {
            for (x, dark) in row.iter().enumerate() {
                let inside = (QUIET_ZONE..symbol.size - QUIET_ZONE).contains(&x)
                    && (QUIET_ZONE..symbol.size - QUIET_ZONE).contains(&y);
                assert!(inside || !dark, "({x}, {y})");
            }
        }
    }

    #[test]
    fn capacity_is_that_of_byte_mode_at_level_l() {
        assert_eq!(qr_symbol(&"x".repeat(2953)).map(|s| (s.modules, s.level)), Some((177, Level::L)));
        assert_eq!(qr_symbol(&"x".repeat(2954)), None);
    }
}
