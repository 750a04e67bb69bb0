//! The comparison as a web worker task, so that whole documents (up to 1 MB
//! a side) are aligned without freezing the page.
//!
//! The worker is a second wasm binary (`src/bin/worker.rs`) built by Trunk
//! with a loader shim; the page spawns it on first use. Small comparisons
//! stay on the main thread: spinning up a worker would cost more than it saves.
//!
//! The worker also reads and writes the file formats the page offers on a
//! click (Web Annotation JSON, the Markdown handout, the CSV table): their
//! JSON parser and writers would not fit the page's size budget, and they
//! are needed only when asked for. They cross as strings: the share link's
//! `v1.…` payload in, the file's text out (or, importing, the other way).

use andamal_core::align::{Alignment, align_numbered};
use andamal_core::export::csv::pair_table;
use andamal_core::export::markdown::handout;
use andamal_core::export::web_annotation::{export_web_annotation, import_web_annotation};
use andamal_core::qr::qr_symbol;
use andamal_core::share;
use andamal_core::{Folds, Span};
use std::cell::RefCell;

use gloo_worker::Spawnable;
use gloo_worker::oneshot::{OneshotBridge, oneshot};
use serde::{Deserialize, Serialize};

/// Everything a comparison needs, owned so it can cross to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareInput {
    pub a: String,
    pub span_a: Span,
    pub number_a: Option<String>,
    pub b: String,
    pub span_b: Span,
    pub number_b: Option<String>,
    pub folds: Folds,
}

/// What a comparison depends on, cheap to clone and compare on every render
/// (the texts are shared, not copied).
#[derive(Debug, Clone, PartialEq)]
pub struct CompareKey {
    pub a: std::rc::Rc<str>,
    pub span_a: Span,
    pub number_a: Option<String>,
    pub b: std::rc::Rc<str>,
    pub span_b: Span,
    pub number_b: Option<String>,
    pub folds: Folds,
}

impl CompareKey {
    /// The owned input the worker needs.
    #[must_use]
    pub fn to_input(&self) -> CompareInput {
        CompareInput {
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

    /// Runs the alignment on this thread, borrowing the shared texts (small
    /// comparisons: no copy is needed).
    #[must_use]
    pub fn run(&self) -> Alignment {
        align_numbered(
            &self.a,
            self.span_a,
            self.number_a.as_deref(),
            &self.b,
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

impl CompareInput {
    /// Runs the alignment in the worker.
    #[must_use]
    pub fn run(&self) -> Alignment {
        align_numbered(
            &self.a,
            self.span_a,
            self.number_a.as_deref(),
            &self.b,
            self.span_b,
            self.number_b.as_deref(),
            self.folds,
            Some(DIFF_BUDGET),
        )
    }
}

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
    /// Writes a file from a comparison given as its `v1.…` payload.
    Write(FileKind, String),
    /// Reads a Web Annotation file into a `v1.…` payload.
    Read(String),
    /// Draws a share link as a QR code (the encoder stays out of the page's wasm).
    Qr(String),
}

/// The worker's answer to a [`Job`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Done {
    Compared(Alignment),
    /// The file's text (or, reading, the payload), or the Swedish sentence saying why not.
    File(Result<String, String>),
    /// The QR code's size in modules (quiet zone included) and its SVG path;
    /// `None` when the link is too long for one.
    Qr(Option<(usize, String)>),
}

impl Job {
    /// Does the job (in the worker; natively in tests).
    #[must_use]
    pub fn run(&self) -> Done {
        match self {
            Job::Compare(input) => Done::Compared(input.run()),
            Job::Write(kind, payload) => {
                Done::File(share::decode(payload).map_err(|e| e.message().to_owned()).map(|shared| match kind {
                    FileKind::WebAnnotation => export_web_annotation(&shared),
                    FileKind::Markdown => handout(&shared, &shared.compare()),
                    FileKind::Csv => pair_table(&shared, &shared.compare()),
                }))
            }
            Job::Read(json) => {
                Done::File(import_web_annotation(json).map(|s| share::encode(&s)).map_err(|e| e.message()))
            }
            Job::Qr(link) => Done::Qr(qr_symbol(link).map(|code| (code.size, code.path))),
        }
    }
}

/// The worker's task: one job, one answer.
#[oneshot]
pub async fn WorkerTask(job: Job) -> Done {
    job.run()
}

/// The worker's loader script, next to the page (respecting `<base>`, so the
/// app works under a sub-path such as /andamal/).
#[must_use]
pub fn loader_path() -> String {
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_else(|| "./".to_owned());
    let base = base.split(['?', '#']).next().unwrap_or("./");
    let dir = &base[..base.rfind('/').map_or(0, |i| i + 1)];
    format!("{dir}worker_loader.js")
}

thread_local! {
    /// The page's long-lived worker, for small jobs: they do not pay for
    /// starting one. (Large comparisons start their own, so that a stale one
    /// never holds up the next.)
    static SHARED: RefCell<Option<OneshotBridge<WorkerTask>>> = const { RefCell::new(None) };
}

/// A bridge to the long-lived worker, started on first use.
#[must_use]
pub fn shared_bridge() -> OneshotBridge<WorkerTask> {
    SHARED.with(|shared| {
        shared.borrow_mut().get_or_insert_with(|| WorkerTask::spawner().spawn_with_loader(&loader_path())).fork()
    })
}

/// Draws `link` as a QR code in a worker and hands it to `done` on this thread.
pub fn qr_in_worker(link: String, done: impl FnOnce(Option<(usize, String)>) + 'static) {
    let mut bridge = shared_bridge();
    wasm_bindgen_futures::spawn_local(async move {
        if let Done::Qr(code) = bridge.run(Job::Qr(link)).await {
            done(code);
        }
    });
}

/// Runs a file job in a worker and hands its result to `done` on this thread.
pub fn in_worker(job: Job, done: impl FnOnce(Result<String, String>) + 'static) {
    let mut bridge = shared_bridge();
    wasm_bindgen_futures::spawn_local(async move {
        if let Done::File(result) = bridge.run(job).await {
            done(result);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use andamal_core::share::{Shared, SharedSide};

    #[test]
    fn files_are_written_from_a_payload_and_read_back_into_one() {
        let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
        let shared = Shared {
            sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
            ..Shared::default()
        };
        let payload = share::encode(&shared);
        let Done::File(Ok(json)) = Job::Write(FileKind::WebAnnotation, payload.clone()).run() else { panic!() };
        assert_eq!(Job::Read(json).run(), Done::File(Ok(payload.clone())));
        let Done::File(Ok(csv)) = Job::Write(FileKind::Csv, payload).run() else { panic!() };
        assert!(csv.starts_with('\u{feff}'));
        let Done::File(Err(message)) = Job::Read("{".into()).run() else { panic!() };
        assert_eq!(message, "Filen är inte en JSON-fil och kan inte öppnas.");
    }

    #[test]
    fn qr_codes_are_drawn_in_the_worker_or_refused_when_too_long() {
        let Done::Qr(Some((size, path))) = Job::Qr("https://exempel.se/andamal/#v1.abc".into()).run() else { panic!() };
        assert!(size > 21 && path.starts_with('M'));
        assert_eq!(Job::Qr("x".repeat(3_000)).run(), Done::Qr(None));
    }
}
