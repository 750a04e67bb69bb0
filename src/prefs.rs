//! Small preferences kept on this device: the user's initials, asked once.

use gloo::storage::{LocalStorage, Storage};

const INITIALS: &str = "andamal.initials";

/// The initials saved earlier, or empty.
#[must_use]
pub fn initials() -> String {
    LocalStorage::raw().get_item(INITIALS).ok().flatten().unwrap_or_default()
}

/// Remembers the initials for the next visit; blocked storage only forgets them.
pub fn set_initials(initials: &str) {
    let _ = LocalStorage::raw().set_item(INITIALS, initials);
}
