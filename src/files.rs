//! Files the user asks for: downloads (a Blob behind an object URL, clicked
//! through a temporary `<a download>`), file names made from the work's
//! title, the text of an opened or dropped document, and printing.
//!
//! A download is a navigation to a `blob:` URL, which the page's Content
//! Security Policy allows; nothing is fetched and nothing leaves the device.
//!
//! ```ignore
//! files::download(&files::file_name(&state.work.title, &state.work.names, "csv"), "text/csv", &csv);
//! ```

use andamal_core::formats::session::Scope;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{File, HtmlElement, HtmlInputElement};
use yew::{Callback, Event, MouseEvent, NodeRef, TargetCast};

use crate::state::State;
use crate::worker::{self, FileKind, Job};
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
    let work = storage::shared(&state.work);
    let name = file_name(&state.work.title, &state.work.names, extension);
    let mime = match kind {
        FileKind::WebAnnotation => JSON,
        FileKind::Markdown => "text/markdown;charset=utf-8",
        FileKind::Csv => "text/csv;charset=utf-8",
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = worker::text(Job::Write(kind, work, scope)).await {
            download(&name, mime, &text);
        }
    });
}

/// Offers `content` as a file called `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&content.into());
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
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
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// A button's click that opens the file dialog of a hidden `<input type=file>`.
#[must_use]
pub fn opener(input: &NodeRef) -> Callback<MouseEvent> {
    let input = input.clone();
    Callback::from(move |_| {
        if let Some(input) = input.cast::<HtmlInputElement>() {
            input.click();
        }
    })
}

/// The file chosen in a file input's `change` event; the input is cleared,
/// so that the same file can be chosen again (after a fix, or to reload it).
#[must_use]
pub fn take_chosen(e: &Event) -> Option<File> {
    let input: HtmlInputElement = e.target_unchecked_into();
    let file = input.files().and_then(|list| list.get(0));
    input.set_value("");
    file
}

/// What the "Öppna fil" inputs offer: text, PDF, Word (.docx), OpenDocument
/// (.odt), web pages and RTF. Phones' file pickers map the extensions to types.
pub const DOCUMENT_TYPES: &str = ".txt,.pdf,.docx,.odt,.html,.htm,.rtf,text/plain,application/pdf";

// The PDF reader (static/pdf/pdf-text.js, with pdf.js beside it in dist/pdf/)
// is JavaScript loaded only when a PDF is opened, outside the page's wasm and
// its first load. Its Swedish messages live with it (the command line prints
// them too); the one for a reader that could not be fetched lives here.
#[wasm_bindgen(inline_js = r#"
const UNAVAILABLE = "PDF-läsaren kunde inte hämtas. Anslut till internet och försök igen – efter första gången läses PDF:er även utan nät.";
export function pdf_text(file) {
  if (!/\.pdf$/i.test(file.name) && file.type !== "application/pdf") return null;
  return import(new URL("pdf/pdf-text.js", document.baseURI).href)
    .then((reader) => reader.readPdf(file))
    .catch((message) => Promise.reject(typeof message === "string" ? message : UNAVAILABLE));
}"#)]
extern "C" {
    /// When `file` is a PDF (by name or type), starts reading its text: a
    /// promise of the text, or of the Swedish sentence saying why not. `None`
    /// for any other file.
    pub fn pdf_text(file: &File) -> Option<js_sys::Promise>;
}

/// The text of a document the user opened or dropped, or the Swedish sentence
/// saying why not: a PDF through pdf.js (`pdf`, from [`pdf_text`]), anything
/// else in the worker (`andamal_core::formats::textfile`: text in its encodings, Word).
pub async fn read_document(file: &File, pdf: Option<js_sys::Promise>) -> Result<String, String> {
    if let Some(pdf) = pdf {
        let text = wasm_bindgen_futures::JsFuture::from(pdf).await;
        return text.map(|t| t.as_string().unwrap_or_default()).map_err(|m| m.as_string().unwrap_or_default());
    }
    match read_bytes(file).await {
        Some(bytes) => worker::text(Job::FileText(file.name(), bytes)).await,
        None => Err(texts::FILE_UNREADABLE.to_owned()),
    }
}

/// The bytes of a file the user chose or dropped; `None` if it cannot be read.
pub async fn read_bytes(file: &File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text of a file (UTF-8) the user chose; `None` if it cannot be read.
pub async fn read_text(file: &File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()
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
