//! Files the user asks for: downloads (a Blob behind an object URL, clicked
//! through a temporary `<a download>`), file names made from the work's
//! title, and printing.
//!
//! A download is a navigation to a `blob:` URL, which the page's Content
//! Security Policy allows; nothing is fetched and nothing leaves the device.
//!
//! ```ignore
//! files::download(&files::file_name(&state.title, &state.names, "csv"), "text/csv", &csv);
//! ```

use andamal_core::session::Scope;
use andamal_core::share;
use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::state::State;
use crate::worker::{FileKind, Job, in_worker};
use crate::{storage, texts};

/// The MIME type of the comparison files ("Spara som fil", the backup).
pub const JSON: &str = "application/json";

/// Downloads the whole work as `<title or names>.andamal.json`: the Web
/// Annotation export with the whole texts beside it, which "Öppna fil" reads.
pub fn save_work(state: &State) {
    export(state, Scope::Whole, FileKind::WebAnnotation, "andamal.json");
}

/// Downloads a file of the work, written in the worker (see [`crate::worker`]),
/// as `<title or names>.<extension>`.
pub fn export(state: &State, scope: Scope, kind: FileKind, extension: &str) {
    let payload = share::encode(&storage::shared(state, scope));
    let name = file_name(&state.title, &state.names, extension);
    let mime = match kind {
        FileKind::WebAnnotation => JSON,
        FileKind::Markdown => "text/markdown;charset=utf-8",
        FileKind::Csv => "text/csv;charset=utf-8",
    };
    in_worker(Job::Write(kind, payload), move |written| {
        // The payload was made here a moment ago; it always decodes.
        if let Ok(text) = written {
            download(&name, mime, &text);
        }
    });
}

/// Offers `content` as a file called `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    let document = gloo::utils::document();
    let Ok(link) = document.create_element("a") else { return };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    let _ = link.set_attribute("hidden", "");
    let body = gloo::utils::body();
    let _ = body.append_child(&link);
    if let Some(link) = link.dyn_ref::<HtmlElement>() {
        link.click();
    }
    link.remove();
    // The browser reads the blob after the click returns; revoke it later.
    Timeout::new(60_000, move || drop(url)).forget();
}

/// Opens the browser's print dialog (the print stylesheet makes the handout).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// "Workshop 15 juni.andamal.json": the title, else the sides' names, with
/// characters that file systems refuse replaced.
#[must_use]
pub fn file_name(title: &str, names: &[String; 2], extension: &str) -> String {
    let base = if title.trim().is_empty() && names.iter().all(|n| n.trim().is_empty()) {
        texts::DEFAULT_FILE_NAME.to_owned()
    } else {
        texts::saved_label(title, names)
    };
    let clean: String =
        base.chars().map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '-' } else { c }).take(80).collect();
    let clean = clean.trim().trim_matches('.');
    let clean = if clean.is_empty() { texts::DEFAULT_FILE_NAME } else { clean };
    format!("{clean}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_named_for_the_work() {
        let names = ["Umeå".to_owned(), "Östra".to_owned()];
        assert_eq!(file_name("", &names, "csv"), "Umeå – Östra.csv");
        assert_eq!(file_name("Möte 1/2: \"ja\"", &names, "andamal.json"), "Möte 1-2- -ja-.andamal.json");
        assert_eq!(file_name("", &[String::new(), String::new()], "md"), "jämförelse.md");
        assert_eq!(file_name("..", &names, "md"), "jämförelse.md");
    }
}
