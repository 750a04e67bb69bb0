//! `andamal`: the native command line over the same core the app uses.
//!
//! ```text
//! cargo run --release --example andamal -- find FILE [--fold case,skall,ocr]
//! cargo run --release --example andamal -- compare A B [--fold case,skall,ocr]
//! ```

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = andamal_core::cli::run(&args, &|path| std::fs::read(path));
    // A closed pipe is not worth a panic.
    let _ = std::io::stdout().write_all(out.stdout.as_bytes());
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    ExitCode::from(u8::try_from(out.code).unwrap_or(2))
}
