//! The comparison as a web worker task, so that whole documents (up to 1 MB
//! a side) are aligned without freezing the page.
//!
//! The worker is a second wasm binary (`src/bin/worker.rs`) built by Trunk
//! with a loader shim; the page spawns it on first use. Small comparisons
//! stay on the main thread: spinning up a worker would cost more than it saves.
//!
//! The worker also does everything else that needs code the page's wasm
//! should not carry: the share link codec (deflate, base64, the `v1` wire
//! format), the text of opened files (`.txt` in any common encoding,
//! `.docx`, `.odt`, `.html`, `.rtf`), the file formats (Web Annotation JSON,
//! the Markdown handout, the CSV table) and QR codes. The page sends a [`Job`]
//! and awaits its [`Done`]; see [`run`].

use andamal_core::diff::align::{Alignment, align_numbered};
use andamal_core::formats::export::csv::pair_table;
use andamal_core::formats::export::landscape_file::LandscapeWork;
#[cfg(feature = "documents")]
use andamal_core::formats::export::landscape_file::{read_landscape, write_landscape};
use andamal_core::formats::export::markdown::handout;
use andamal_core::formats::export::web_annotation::export_web_annotation;
#[cfg(feature = "documents")]
use andamal_core::formats::export::web_annotation::import_web_annotation;
use andamal_core::formats::qr::qr_symbol;
use andamal_core::formats::session::{Packed, Scope, narrow};
use andamal_core::formats::share::{self, MAX_TEXT_BYTES, Shared};
#[cfg(feature = "documents")]
use andamal_core::formats::textfile::file_text;
use andamal_core::statute::finder::find;
use andamal_core::statute::found::Found;
use andamal_core::{Folds, Span};
use std::cell::RefCell;

use gloo_worker::oneshot::{OneshotBridge, oneshot};
use gloo_worker::{Codec, Registrable, Spawnable};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// How jobs and answers cross between the page and the worker: postcard
/// instead of gloo-worker's default, bincode. Smaller in both wasm binaries,
/// and its errors carry no formatted message, which keeps serde's error text
/// (and with it float formatting) out of the page.
#[derive(Debug)]
pub struct Postcard;

impl Codec for Postcard {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let bytes = postcard::to_allocvec(&input).unwrap_or_else(|_| wasm_bindgen::throw_str("worker message"));
        js_sys::Uint8Array::from(bytes.as_slice()).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::from(input).to_vec();
        postcard::from_bytes(&bytes).unwrap_or_else(|_| wasm_bindgen::throw_str("worker message"))
    }
}

/// Everything a comparison needs: the two texts (`T`: shared on the page,
/// owned when it crosses to the worker), the compared ranges, their section
/// numbers, and the folds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compare<T> {
    pub a: T,
    pub span_a: Span,
    pub number_a: Option<String>,
    pub b: T,
    pub span_b: Span,
    pub number_b: Option<String>,
    pub folds: Folds,
}

/// What a comparison depends on, cheap to clone and compare on every render
/// (the texts are shared, not copied).
pub type CompareKey = Compare<std::rc::Rc<str>>;

/// A comparison owned, so it can cross to the worker.
pub type CompareInput = Compare<String>;

impl CompareKey {
    /// The owned input the worker needs.
    #[must_use]
    pub fn to_input(&self) -> CompareInput {
        Compare {
            a: self.a.to_string(),
            span_a: self.span_a,
            number_a: self.number_a.clone(),
            b: self.b.to_string(),
            span_b: self.span_b,
            number_b: self.number_b.clone(),
            folds: self.folds,
        }
    }

    /// Whether the compared ranges are large enough for a worker of their own.
    #[must_use]
    pub fn is_heavy(&self) -> bool {
        self.span_a.len() + self.span_b.len() > WORKER_THRESHOLD
    }
}

impl<T: AsRef<str>> Compare<T> {
    /// Runs the alignment: in the worker, or on this thread for small
    /// comparisons (borrowing the page's texts, no copy).
    #[must_use]
    pub fn run(&self) -> Alignment {
        align_numbered(
            self.a.as_ref(),
            self.span_a,
            self.number_a.as_deref(),
            self.b.as_ref(),
            self.span_b,
            self.number_b.as_deref(),
            self.folds,
            Some(DIFF_BUDGET),
        )
    }
}

/// How long one word diff may take before it falls back to sentence level.
pub const DIFF_BUDGET: std::time::Duration = std::time::Duration::from_millis(200);

/// Compared ranges this large (bytes, both sides) get a worker of their own
/// (smaller ones share the page's long-lived worker).
pub const WORKER_THRESHOLD: usize = 60_000;

/// A file the worker writes from a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileKind {
    /// W3C Web Annotation JSON with the texts beside it (`.andamal.json`, read back by "Öppna fil").
    WebAnnotation,
    /// The Markdown handout.
    Markdown,
    /// The CSV table for Excel.
    Csv,
}

/// What the page asks of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Job {
    Compare(CompareInput),
    /// Finds the ändamål section of a text (the finder stays out of the page's wasm).
    Find(String, Folds),
    /// Crops packed work to its sections (see [`andamal_core::formats::session::narrow`])
    /// and encodes it as a link's `v1.…` payload, unless it is too large for one.
    Link(Packed, Scope),
    /// Encodes a comparison as its `v1.…` payload (share links, saved work).
    Encode(Shared),
    /// Decodes a share link (at most 2 MB of text).
    DecodeLink(String),
    /// Decodes a saved comparison's payload (the whole documents, up to 5 MB a side).
    DecodeSaved(String),
    /// Which of these saved payloads decode (the saved list leaves out the others).
    Check(Vec<String>),
    /// Gives the comparison in a saved payload a new title.
    Retitle(String, String),
    /// Writes a file from a comparison (the whole documents, cropped to the sections first for `Scope::Sections`).
    Write(FileKind, Shared, Scope),
    /// Reads a Web Annotation file.
    Read(String),
    /// The text of a chosen or dropped file (.txt in any common encoding,
    /// .docx, .odt, .html, .rtf), by name and bytes; the core decides the
    /// format by its first bytes and name (`textfile::file_text`).
    FileText(String, Vec<u8>),
    /// Draws a share link as a QR code (the encoder stays out of the page's wasm).
    Qr(String),
    /// Compares two whole statutes § by § (see [`crate::statute_view`]).
    Statute(crate::statute_view::StatuteInput),
    /// Reads a landscape file, or a comparison file as a landscape of two
    /// (in the document reader, like [`Job::Read`]; for the landscape's app).
    ReadLandscape(String),
    /// Writes a landscape file (`.andamal.json`; in the document reader too,
    /// whose JSON code the landscape's own wasm then need not carry).
    WriteLandscape(LandscapeWork),
}

/// The worker's answer to a [`Job`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Done {
    Compared(Alignment),
    Found(Found),
    /// What a link carries, and its payload (`None`: more than a link carries).
    Link(Packed, Option<String>),
    /// A payload or a file's text, or the Swedish sentence saying why not.
    Text(Result<String, String>),
    /// A comparison read from a payload or a file, or why not.
    Opened(Result<Shared, String>),
    /// For each payload of a [`Job::Check`], whether it decodes.
    Checked(Vec<bool>),
    /// The QR code's size in modules (quiet zone included) and its SVG path;
    /// `None` when the link is too long for one.
    Qr(Option<(usize, String)>),
    /// Two statutes compared § by §, or the Swedish sentence saying why not.
    Statute(Result<crate::statute_view::StatuteView, String>),
    /// A landscape file read back, or the Swedish sentence saying why not.
    Work(Result<LandscapeWork, String>),
}

impl Job {
    /// Does the job (in the worker; natively in tests).
    #[must_use]
    pub fn run(self) -> Done {
        let saved = |payload: &str| share::decode_saved(payload).map_err(|e| e.message().to_owned());
        match self {
            Job::Compare(input) => Done::Compared(input.run()),
            Job::Find(text, folds) => Done::Found(Found::of(&find(&text, folds))),
            Job::Link(packed, scope) => {
                let packed = narrowed(packed, scope);
                let bytes: usize = packed.shared.sides.iter().map(|s| s.text.len()).sum();
                let payload = (bytes <= MAX_TEXT_BYTES).then(|| share::encode(&packed.shared));
                Done::Link(packed, payload)
            }
            Job::Encode(shared) => Done::Text(Ok(share::encode(&shared))),
            Job::DecodeLink(link) => Done::Opened(share::decode(&link).map_err(|e| e.message().to_owned())),
            Job::DecodeSaved(payload) => Done::Opened(saved(&payload)),
            Job::Check(payloads) => Done::Checked(payloads.iter().map(|p| share::decode_saved(p).is_ok()).collect()),
            Job::Retitle(payload, title) => Done::Text(saved(&payload).map(|mut shared| {
                shared.title = title;
                share::encode(&shared)
            })),
            Job::Write(kind, shared, scope) => {
                let whole = Packed { shared, whole: true, widened: false, left_out: 0 };
                let shared = narrowed(whole, scope).shared;
                Done::Text(Ok(match kind {
                    FileKind::WebAnnotation => export_web_annotation(&shared),
                    FileKind::Markdown => handout(&shared, &shared.compare()),
                    FileKind::Csv => pair_table(&shared, &shared.compare()),
                }))
            }
            Job::Read(json) => Done::Opened(read_comparison(&json)),
            Job::FileText(name, bytes) => Done::Text(read_file(&name, &bytes)),
            Job::Qr(link) => Done::Qr(qr_symbol(&link).map(|code| (code.size, code.path))),
            Job::Statute(input) => Done::Statute(statute(&input)),
            Job::ReadLandscape(json) => Done::Work(read_work(&json)),
            Job::WriteLandscape(work) => Done::Text(write_work(&work)),
        }
    }
}

/// Two whole statutes § by §, natively and in the component tests. In the
/// page's wasm workers it is not computed here: the precached worker hands
/// [`Job::Statute`] to the landscape's worker (see [`WorkerTask`]), so
/// `compare_statutes` is no part of the first visit.
#[cfg(any(not(target_arch = "wasm32"), feature = "inline-compare"))]
fn statute(input: &crate::statute_view::StatuteInput) -> Result<crate::statute_view::StatuteView, String> {
    crate::statute_view::statute_view(input).map_err(crate::texts::statute_problem)
}

/// In the wasm workers: never asked here (see above).
#[cfg(all(target_arch = "wasm32", not(feature = "inline-compare")))]
fn statute(_input: &crate::statute_view::StatuteInput) -> Result<crate::statute_view::StatuteView, String> {
    Err(crate::texts::WORKER_FAILED.to_owned())
}

/// Packed whole documents, cropped to their sections when that is the scope.
fn narrowed(packed: Packed, scope: Scope) -> Packed {
    match scope {
        Scope::Whole => packed,
        Scope::Sections => narrow(packed),
    }
}

/// The text of an opened file, or the Swedish sentence saying why not.
#[cfg(feature = "documents")]
fn read_file(name: &str, bytes: &[u8]) -> Result<String, String> {
    file_text(name, bytes).map_err(|e| e.message().to_owned())
}

/// Without the readers (the precached `worker`): files go to the `reader`.
#[cfg(not(feature = "documents"))]
fn read_file(_name: &str, _bytes: &[u8]) -> Result<String, String> {
    Err(crate::texts::WORKER_FAILED.to_owned())
}

/// A comparison file (`.andamal.json`, Web Annotation JSON) read back. Like
/// any opened file it is read by the document reader, so JSON parsing (serde's
/// deserializers) is no part of the precached worker either.
#[cfg(feature = "documents")]
fn read_comparison(json: &str) -> Result<Shared, String> {
    import_web_annotation(json).map_err(|e| e.message())
}

/// Without the readers (the precached `worker`): comparison files go to the `reader`.
#[cfg(not(feature = "documents"))]
fn read_comparison(_json: &str) -> Result<Shared, String> {
    Err(crate::texts::WORKER_FAILED.to_owned())
}

/// A landscape file read back (serde's JSON deserializers live in the reader).
#[cfg(feature = "documents")]
fn read_work(json: &str) -> Result<LandscapeWork, String> {
    read_landscape(json).map_err(|e| e.message())
}

/// Without the readers (the precached `worker`): landscape files go to the `reader`.
#[cfg(not(feature = "documents"))]
fn read_work(_json: &str) -> Result<LandscapeWork, String> {
    Err(crate::texts::WORKER_FAILED.to_owned())
}

/// A landscape file's JSON (written in the reader, beside the reading).
#[cfg(feature = "documents")]
#[allow(clippy::unnecessary_wraps)] // the same shape as without the readers
fn write_work(work: &LandscapeWork) -> Result<String, String> {
    Ok(write_landscape(work))
}

/// Without the readers (the precached `worker`): landscape files go to the `reader`.
#[cfg(not(feature = "documents"))]
fn write_work(_work: &LandscapeWork) -> Result<String, String> {
    Err(crate::texts::WORKER_FAILED.to_owned())
}

/// The worker's task: one job, one answer. Built without the readers (the
/// precached worker), it hands an opened file (a document or a comparison
/// file) on to the document reader, and two statutes to compare § by § on to
/// the landscape's worker ([`crate::landscape_worker::statute`]), workers of
/// their own that it starts then; the page's code is the same either way.
#[oneshot]
pub async fn WorkerTask(job: Job) -> Done {
    // The § by § comparison runs in the landscape's wasm, fetched (and then
    // cached for offline use) the first time a view needs it.
    #[cfg(all(target_arch = "wasm32", not(feature = "inline-compare"), not(feature = "documents")))]
    if let Job::Statute(input) = job {
        return Done::Statute(crate::landscape_worker::statute(input).await);
    }
    #[cfg(not(feature = "documents"))]
    if matches!(job, Job::FileText(..) | Job::Read(..) | Job::ReadLandscape(..) | Job::WriteLandscape(..)) {
        let mut reader = READER.with(|reader| {
            reader
                .borrow_mut()
                .get_or_insert_with(|| WorkerTask::spawner().encoding::<Postcard>().spawn_with_loader(READER_LOADER))
                .fork()
        });
        return reader.run(job).await;
    }
    job.run()
}

/// Registers the task in a worker's own wasm: the entry point of both the
/// `worker` and the `reader` binaries.
pub fn register() {
    WorkerTask::registrar().encoding::<Postcard>().register();
}

/// The worker's loader script, next to the page. Relative: `new Worker`
/// resolves it against the document's base URL, which `<base>` sets to the
/// public URL, so the app works under a sub-path such as /andamal/.
pub const LOADER: &str = "worker_loader.js";

/// The document reader's loader, next to the worker's (a relative URL
/// resolves against the worker's own): the same task built with the
/// `documents` feature, a wasm of its own that the long-lived worker starts
/// when a file is first opened and the service worker caches then, so the
/// readers are no part of the first visit.
pub const READER_LOADER: &str = "reader_loader.js";

thread_local! {
    /// The page's long-lived worker, for small jobs: they do not pay for
    /// starting one. (Large comparisons start their own, so that a stale one
    /// never holds up the next.)
    static SHARED: RefCell<Option<OneshotBridge<WorkerTask>>> = const { RefCell::new(None) };
    /// In the long-lived worker: the document reader, started by the first
    /// file opened.
    #[cfg(not(feature = "documents"))]
    static READER: RefCell<Option<OneshotBridge<WorkerTask>>> = const { RefCell::new(None) };
}

/// A bridge to the long-lived worker, started on first use.
#[must_use]
pub fn shared_bridge() -> OneshotBridge<WorkerTask> {
    SHARED.with(|shared| {
        shared
            .borrow_mut()
            .get_or_insert_with(|| WorkerTask::spawner().encoding::<Postcard>().spawn_with_loader(LOADER))
            .fork()
    })
}

/// Runs a job in the page's long-lived worker and returns its answer (in
/// the component tests, built with `inline-compare`, on this thread).
pub async fn run(job: Job) -> Done {
    if cfg!(feature = "inline-compare") {
        return job.run();
    }
    shared_bridge().run(job).await
}

/// Runs a job whose answer is a text (a payload, a file).
pub async fn text(job: Job) -> Result<String, String> {
    match run(job).await {
        Done::Text(result) => result,
        _ => Err(crate::texts::WORKER_FAILED.to_owned()),
    }
}

/// Runs a job whose answer is a comparison (a decoded payload, a read file).
pub async fn opened(job: Job) -> Result<Shared, String> {
    match run(job).await {
        Done::Opened(result) => result,
        _ => Err(crate::texts::WORKER_FAILED.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use andamal_core::formats::share::{Shared, SharedSide};

    fn shared() -> Shared {
        let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
        Shared {
            sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
            ..Shared::default()
        }
    }

    #[test]
    fn files_are_written_from_a_comparison_and_read_back() {
        let Done::Text(Ok(json)) = Job::Write(FileKind::WebAnnotation, shared(), Scope::Whole).run() else { panic!() };
        assert_eq!(Job::Read(json).run(), Done::Opened(Ok(shared())));
        let Done::Text(Ok(csv)) = Job::Write(FileKind::Csv, shared(), Scope::Sections).run() else { panic!() };
        assert!(csv.starts_with('\u{feff}'));
        let Done::Opened(Err(message)) = Job::Read("{".into()).run() else { panic!() };
        assert_eq!(message, "Filen är inte en JSON-fil och kan inte öppnas.");
    }

    #[test]
    fn payloads_are_encoded_decoded_checked_and_retitled() {
        let Done::Text(Ok(payload)) = Job::Encode(shared()).run() else { panic!() };
        assert!(payload.starts_with("v1."));
        assert_eq!(Job::DecodeLink(payload.clone()).run(), Done::Opened(Ok(shared())));
        assert_eq!(Job::DecodeSaved(payload.clone()).run(), Done::Opened(Ok(shared())));
        let Done::Opened(Err(message)) = Job::DecodeLink("v1.inte-en-länk".into()).run() else { panic!() };
        assert!(message.contains("skadad") || message.contains("avkortad"), "{message}");
        assert_eq!(Job::Check(vec![payload.clone(), "v1.x".into()]).run(), Done::Checked(vec![true, false]));
        let Done::Text(Ok(renamed)) = Job::Retitle(payload, "Workshop".into()).run() else { panic!() };
        assert_eq!(share::decode(&renamed).map(|s| s.title), Ok("Workshop".to_owned()));
    }

    #[test]
    fn file_texts_are_read_in_the_worker() {
        assert_eq!(Job::FileText("a.txt".into(), "4 § Ändamål".into()).run(), Done::Text(Ok("4 § Ändamål".into())));
        let Done::Text(Err(message)) = Job::FileText("a.pdf".into(), b"%PDF-1.7".to_vec()).run() else { panic!() };
        assert!(message.starts_with("PDF-filer"), "{message}");
        let rtf = br"{\rtf1\ansi 4 \'a7 \'c4ndam\'e5l}".to_vec();
        assert_eq!(Job::FileText("a.rtf".into(), rtf).run(), Done::Text(Ok("4 § Ändamål".into())));
        let html = b"<html><body><p>4 &sect; &Auml;ndam&aring;l</p><script>x</script></body></html>".to_vec();
        assert_eq!(Job::FileText("a.html".into(), html).run(), Done::Text(Ok("4 § Ändamål".into())));
        let Done::Text(Err(message)) = Job::FileText("a.odt".into(), b"PK\x03\x04".to_vec()).run() else { panic!() };
        assert!(message.starts_with("OpenDocument-dokumentet är skadat"), "{message}");
    }

    #[test]
    fn every_answer_crosses_the_worker_boundary_intact() {
        // The page and the worker exchange these through postcard (see `Postcard`).
        let mut annotated = andamal_core::sample::annotated();
        annotated.hidden.push("arena");
        for done in [Done::Opened(Ok(annotated)), Done::Text(Err("skadad".into())), Done::Checked(vec![true])] {
            let bytes = postcard::to_allocvec(&done).unwrap();
            assert_eq!(postcard::from_bytes::<Done>(&bytes).unwrap(), done);
        }
        let job = Job::FileText("a.docx".into(), vec![0, 1, 2]);
        assert_eq!(postcard::from_bytes::<Job>(&postcard::to_allocvec(&job).unwrap()).unwrap(), job);
        let compared = Job::Compare(Compare {
            a: "4 § Ändamål\nFörbundet ska stödja.".into(),
            span_a: Span::new(0, 40),
            number_a: Some("4".into()),
            b: "4 § Ändamål\nFörbundet ska främja.".into(),
            span_b: Span::new(0, 39),
            number_b: None,
            folds: Folds::default(),
        })
        .run();
        assert_eq!(postcard::from_bytes::<Done>(&postcard::to_allocvec(&compared).unwrap()).unwrap(), compared);
    }

    #[test]
    fn qr_codes_are_drawn_in_the_worker_or_refused_when_too_long() {
        let Done::Qr(Some((size, path))) = Job::Qr("https://exempel.se/andamal/#v1.abc".into()).run() else { panic!() };
        assert!(size > 21 && path.starts_with('M'));
        assert_eq!(Job::Qr("x".repeat(3_000)).run(), Done::Qr(None));
    }
}
