//! The comparison as a web worker task, so that whole documents (up to 1 MB
//! a side) are aligned without freezing the page.
//!
//! The worker is a second wasm binary (`src/bin/worker.rs`) built by Trunk
//! with a loader shim; the page spawns it on first use. Small comparisons
//! stay on the main thread: spinning up a worker would cost more than it saves.

use andamal_core::align::{Alignment, Side, align_sides};
use andamal_core::{Folds, Span};
use gloo_worker::oneshot::oneshot;
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

    /// Whether the compared ranges are large enough for the worker.
    #[must_use]
    pub fn is_heavy(&self) -> bool {
        self.span_a.len() + self.span_b.len() > WORKER_THRESHOLD
    }

    /// Runs the alignment on this thread, borrowing the shared texts (small
    /// comparisons: no copy is needed).
    #[must_use]
    pub fn run(&self) -> Alignment {
        align_pair(
            &self.a,
            self.span_a,
            self.number_a.as_deref(),
            &self.b,
            self.span_b,
            self.number_b.as_deref(),
            self.folds,
        )
    }
}

/// How long one word diff may take before it falls back to sentence level.
pub const DIFF_BUDGET: std::time::Duration = std::time::Duration::from_millis(200);

/// Compared ranges this large (bytes, both sides) go to the worker.
pub const WORKER_THRESHOLD: usize = 60_000;

impl CompareInput {
    /// Runs the alignment in the worker.
    #[must_use]
    pub fn run(&self) -> Alignment {
        align_pair(
            &self.a,
            self.span_a,
            self.number_a.as_deref(),
            &self.b,
            self.span_b,
            self.number_b.as_deref(),
            self.folds,
        )
    }
}

/// The one alignment call both threads make.
fn align_pair(
    a: &str,
    span_a: Span,
    number_a: Option<&str>,
    b: &str,
    span_b: Span,
    number_b: Option<&str>,
    folds: Folds,
) -> Alignment {
    let a = Side { text: a, span: span_a, number: number_a, document: None };
    let b = Side { text: b, span: span_b, number: number_b, document: None };
    align_sides(a, b, folds, Some(DIFF_BUDGET))
}

/// The worker's task: one input, one alignment.
#[oneshot]
pub async fn CompareTask(input: CompareInput) -> Alignment {
    input.run()
}
