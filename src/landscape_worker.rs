//! The landscape's own worker: grouping the sentences of many documents
//! (`andamal_core::diff::landscape`) and drawing the result
//! ([`crate::landscape_tree`]), and comparing two whole statutes § by §
//! ([`crate::statute_view`], for the page's "Hela förbundsordningen", which
//! the page's precached worker hands on here: [`statute`]).
//! It runs in the landscape's wasm
//! (`src/bin/landscape.rs`), which the page fetches when the landscape is
//! first opened: on the main thread that wasm is the landscape's app, in a
//! worker it registers [`LandscapeTask`] (Trunk's loader shim,
//! `landscape_loader.js`). So this code is neither in the page's wasm nor in
//! the precached worker or the document reader, and neither view costs the
//! first visit anything: the wasm is fetched the first time either is opened,
//! and the service worker caches it then. Finding each document's ändamål stays a
//! `worker::Job::Find` in the page's long-lived worker, one document a job,
//! so progress shows; landscape files are read and written in the document
//! reader (`worker::Job::ReadLandscape`, `WriteLandscape`), which has the
//! JSON code for comparison files already.
//!
//! ```
//! use andamal::landscape_worker::{LandscapeDone, LandscapeJob};
//! let texts = vec!["4 § Ändamål\nFörbundet ska stödja samverkan.".to_owned()];
//! let LandscapeDone::Grouped(Ok(drawn)) = LandscapeJob::Group(texts, vec![], vec![], Default::default()).run() else {
//!     panic!()
//! };
//! assert_eq!(drawn.found, [true]);
//! ```

use std::cell::RefCell;

use andamal_core::Folds;
use andamal_core::diff::landscape::landscape_with;
use andamal_core::statute::selection::Choice;
use gloo_worker::oneshot::{OneshotBridge, oneshot};
use gloo_worker::{Registrable, Spawnable};
use serde::{Deserialize, Serialize};

use crate::landscape_tree::LandscapeTree;
use crate::statute_view::{StatuteInput, StatuteView, statute_view};
use crate::worker::Postcard;

/// What the landscape asks of its worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LandscapeJob {
    /// Groups the ändamål sentences of many documents, each document's clause
    /// as chosen (`Choice::Auto`: the finder's), and draws the result: texts,
    /// choices, names.
    Group(Vec<String>, Vec<Choice>, Vec<String>, Folds),
    /// Compares two whole statutes § by § (see [`crate::statute_view`]).
    Statute(StatuteInput),
}

/// The worker's answer to a [`LandscapeJob`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LandscapeDone {
    /// The grouped documents, drawn, or why not.
    Grouped(Result<LandscapeTree, String>),
    /// Two statutes compared § by §, or the Swedish sentence saying why not.
    Statute(Result<StatuteView, String>),
}

impl LandscapeJob {
    /// Does the job (in the worker, or on this thread in the component tests).
    #[must_use]
    pub fn run(self) -> LandscapeDone {
        match self {
            LandscapeJob::Group(texts, choices, names, folds) => {
                let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                LandscapeDone::Grouped(
                    landscape_with(&refs, &choices, folds)
                        .map(|l| crate::landscape_tree::tree(&l, &texts, &names, folds))
                        .map_err(|_| crate::texts::TOO_MANY_DOCUMENTS.to_owned()),
                )
            }
            LandscapeJob::Statute(input) => {
                LandscapeDone::Statute(statute_view(&input).map_err(crate::texts::statute_problem))
            }
        }
    }
}

/// The landscape worker's task: one job, one answer.
#[oneshot]
pub async fn LandscapeTask(job: LandscapeJob) -> LandscapeDone {
    job.run()
}

/// Registers the task: the landscape wasm's entry point in a worker.
pub fn register() {
    LandscapeTask::registrar().encoding::<Postcard>().register();
}

/// The landscape worker's loader script (Trunk's shim for the landscape
/// wasm), next to the page: relative, like `worker::LOADER`.
pub const LOADER: &str = "landscape_loader.js";

thread_local! {
    /// The landscape's worker, started by its first job.
    static BRIDGE: RefCell<Option<OneshotBridge<LandscapeTask>>> = const { RefCell::new(None) };
}

/// Runs a job in the landscape's worker and returns its answer (in the
/// component tests, built with `inline-compare`, on this thread).
pub async fn run(job: LandscapeJob) -> LandscapeDone {
    if cfg!(feature = "inline-compare") {
        return job.run();
    }
    let mut bridge = BRIDGE.with(|bridge| {
        bridge
            .borrow_mut()
            .get_or_insert_with(|| LandscapeTask::spawner().encoding::<Postcard>().spawn_with_loader(LOADER))
            .fork()
    });
    bridge.run(job).await
}

/// Two whole statutes compared § by § in the landscape's worker, for the
/// page's precached worker (a nested worker, like the document reader), or
/// the Swedish sentence saying why not: offline before the wasm was ever
/// fetched, that it could not be (nothing the user has is touched; opening
/// the view again online fetches it, and from then on it works offline).
pub async fn statute(input: StatuteInput) -> Result<StatuteView, String> {
    if !reachable().await {
        return Err(crate::texts::VIEWS_UNAVAILABLE.to_owned());
    }
    match run(LandscapeJob::Statute(input)).await {
        LandscapeDone::Statute(result) => result,
        LandscapeDone::Grouped(_) => Err(crate::texts::WORKER_FAILED.to_owned()),
    }
}

/// Whether the landscape's wasm can be started: its loader answers (from
/// the network, or from the service worker's cache after its first use).
/// Starting a worker whose script cannot be fetched would never answer.
async fn reachable() -> bool {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let Ok(fetch) = js_sys::Reflect::get(&global, &"fetch".into()) else { return false };
    let Ok(promise) = fetch.unchecked_into::<js_sys::Function>().call1(&global, &LOADER.into()) else { return false };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(response) => js_sys::Reflect::get(&response, &"ok".into()).is_ok_and(|ok| ok.is_truthy()),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use andamal_core::formats::export::landscape_file::{LandscapeWork, WorkDocument};
    use andamal_core::formats::session::Scope;

    use super::*;
    use crate::worker::{Done, FileKind, Job};

    /// Every answer as it crosses from a worker: through postcard.
    fn crossed<T: Serialize + for<'de> Deserialize<'de>>(done: &T) -> T {
        postcard::from_bytes(&postcard::to_allocvec(done).unwrap()).unwrap()
    }

    #[test]
    fn landscapes_are_grouped_in_their_worker() {
        let (a, b) = (andamal_core::sample::OSTRA_OSTERGOTLAND_2017, andamal_core::sample::UMEAREGIONEN_2019);
        let job = LandscapeJob::Group(vec![a.into(), b.into(), "inget här".into()], vec![], vec![], Folds::default());
        let LandscapeDone::Grouped(Ok(l)) = crossed(&job.run()) else { panic!() };
        assert_eq!(l.found, [true, true, false]);
        assert!(l.summary.starts_with("2 av 3 dokument med ändamål"), "{}", l.summary);
        let texts: Vec<String> = (0..101).map(|_| String::new()).collect();
        let too_many = LandscapeJob::Group(texts, vec![], vec![], Folds::default()).run();
        let LandscapeDone::Grouped(Err(message)) = crossed(&too_many) else { panic!() };
        assert_eq!(message, crate::texts::TOO_MANY_DOCUMENTS);
    }

    #[test]
    fn landscape_files_are_written_and_read_in_the_reader() {
        let b = andamal_core::sample::UMEAREGIONEN_2019;
        let work = LandscapeWork {
            title: "Nätverket".into(),
            documents: vec![WorkDocument { name: "Umeå".into(), text: b.into(), choice: Choice::Candidate(3) }],
            ..LandscapeWork::default()
        };
        let Done::Text(Ok(json)) = crossed(&Job::WriteLandscape(work.clone()).run()) else { panic!() };
        assert_eq!(crossed(&Job::ReadLandscape(json).run()), Done::Work(Ok(work)));
        let comparison = Job::Write(FileKind::WebAnnotation, shared(), Scope::Whole).run();
        let Done::Text(Ok(comparison)) = comparison else { panic!("{comparison:?}") };
        let Done::Work(Ok(two)) = crossed(&Job::ReadLandscape(comparison).run()) else { panic!() };
        assert_eq!(two.documents.len(), 2);
        let Done::Work(Err(message)) = crossed(&Job::ReadLandscape("[1]".into()).run()) else { panic!() };
        assert!(message.contains("varken ett landskap"), "{message}");
    }

    fn shared() -> andamal_core::formats::share::Shared {
        use andamal_core::formats::share::{Shared, SharedSide};
        let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
        Shared {
            sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
            ..Shared::default()
        }
    }
}
