//! Undo and redo as two stacks of earlier values.
//!
//! The app keeps its annotations and themes as one immutable value (a
//! [`crate::notes::notebook::Notebook`] behind an `Rc`), so a history entry is the
//! whole value: simple to reason about, cheap to keep.
//!
//! ```
//! use andamal_core::notes::history::History;
//! let mut history = History::default();
//! let mut now = 1;
//! history.record(now);
//! now = 2;
//! now = history.undo(now).unwrap();
//! assert_eq!(now, 1);
//! now = history.redo(now).unwrap();
//! assert_eq!(now, 2);
//! assert_eq!(history.redo(now), None);
//! ```

/// At most this many steps can be undone.
pub const DEPTH: usize = 200;

/// Earlier and undone values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
}

impl<T> Default for History<T> {
    fn default() -> History<T> {
        History { past: Vec::new(), future: Vec::new() }
    }
}

impl<T> History<T> {
    /// Remembers `before`, the value about to be replaced; a new change
    /// forgets what was undone.
    pub fn record(&mut self, before: T) {
        if self.past.len() == DEPTH {
            self.past.remove(0);
        }
        self.past.push(before);
        self.future.clear();
    }

    /// The value before `now`, keeping `now` for redo.
    pub fn undo(&mut self, now: T) -> Option<T> {
        let before = self.past.pop()?;
        self.future.push(now);
        Some(before)
    }

    /// The value undone last, keeping `now` for undo.
    pub fn redo(&mut self, now: T) -> Option<T> {
        let after = self.future.pop()?;
        self.past.push(now);
        Some(after)
    }

    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_change_forgets_the_undone() {
        let mut h = History::default();
        h.record(1);
        let now = h.undo(2).unwrap();
        assert!(h.can_redo());
        h.record(now);
        assert!(!h.can_redo());
        assert_eq!(h.undo(3), Some(1));
        assert!(!h.can_undo());
        assert_eq!(h.undo(1), None);
    }

    #[test]
    fn depth_is_bounded() {
        let mut h = History::default();
        for i in 0..DEPTH + 10 {
            h.record(i);
        }
        let mut now = usize::MAX;
        let mut steps = 0;
        while let Some(before) = h.undo(now) {
            now = before;
            steps += 1;
        }
        assert_eq!((steps, now), (DEPTH, 10));
    }
}
