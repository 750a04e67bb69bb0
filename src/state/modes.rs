//! What fills the page: the work with its editors, the share panel, the
//! help, or presentation mode, where one comparison fills the screen in large
//! type for a room. One [`Mode`] at a time, so a presentation's matrix or
//! black screen cannot be left on outside a presentation.

use super::reducer::Reduced;
use super::{Action, State};

/// What the page shows besides the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The texts and their comparison.
    #[default]
    Working,
    /// The share panel is open.
    Sharing,
    /// The help panel is open.
    Help,
    /// Presentation mode: one comparison fills the screen, in large type.
    Presenting(Presentation),
}

/// What a presentation shows; all off when it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presentation {
    /// The theme matrix instead of the sentences.
    pub matrix: bool,
    /// A black screen (B on a clicker).
    pub blackout: bool,
    /// The link's QR code fills the screen.
    pub qr: bool,
}

impl Mode {
    #[must_use]
    pub fn sharing(self) -> bool {
        self == Mode::Sharing
    }

    #[must_use]
    pub fn helping(self) -> bool {
        self == Mode::Help
    }

    #[must_use]
    pub fn presenting(self) -> bool {
        matches!(self, Mode::Presenting(_))
    }

    /// What the presentation shows; all off outside one.
    #[must_use]
    pub fn presentation(self) -> Presentation {
        match self {
            Mode::Presenting(shown) => shown,
            _ => Presentation::default(),
        }
    }

    /// A presentation goes back from the matrix to the sentences.
    pub(super) fn show_sentences(&mut self) {
        if let Mode::Presenting(shown) = self {
            shown.matrix = false;
        }
    }
}

pub(super) fn reduce(next: &mut State, action: Action) -> Reduced {
    let mode = next.mode;
    next.mode = match action {
        Action::Share(true) => Mode::Sharing,
        Action::Help(true) => Mode::Help,
        Action::Share(false) if mode.sharing() => Mode::Working,
        Action::Help(false) if mode.helping() => Mode::Working,
        Action::Share(false) | Action::Help(false) => return Reduced::Same,
        Action::Present(on) => {
            next.draft = None;
            if on { Mode::Presenting(Presentation::default()) } else { Mode::Working }
        }
        Action::ToggleMatrix | Action::ToggleBlackout | Action::ToggleQr => {
            let Mode::Presenting(mut shown) = mode else { return Reduced::Same };
            let flag = match action {
                Action::ToggleMatrix => &mut shown.matrix,
                Action::ToggleBlackout => &mut shown.blackout,
                _ => &mut shown.qr,
            };
            *flag = !*flag;
            Mode::Presenting(shown)
        }
        other => return Reduced::Pass(other),
    };
    Reduced::Changed
}
