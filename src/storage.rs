//! Saved comparisons in the browser's `localStorage`: the one module that
//! touches it.
//!
//! Each comparison lives under two keys: `andamal.work.<id>` holds the share
//! link's payload (`v1.…`, compressed, the whole documents so nothing is
//! cropped) and `andamal.meta.<id>` a small JSON entry for the list (title,
//! side names, when it was saved). Separate keys per comparison mean two tabs
//! never rewrite a shared index. Before writing, [`save`] checks that nobody
//! else (another tab) saved the same id since this tab last read or wrote it;
//! if someone did, this tab's work goes to a new id instead, so neither is
//! overwritten.
//!
//! The payloads are encoded and decoded in the worker (the codec is not in
//! the page's wasm), so saving and opening are `async`; the save is prepared
//! synchronously, so it saves the work as it was when it was asked for.
//!
//! The landscape ("Många förbund") is kept apart, one at a time, under
//! `andamal.landscape` ([`save_landscape`], [`saved_landscape`]): its
//! documents, names, chosen clauses, title and folds as postcard bytes, one
//! character per byte, so that its own wasm, which has neither the link
//! codec nor JSON, can write and read it synchronously.
//!
//! ```ignore
//! let id = storage::save(&storage::new_id(), &state.work).await?; // the id actually used
//! let entries = storage::list();                               // newest first
//! let verdicts = storage::decodable(&entries).await;           // which ones open
//! let opened = storage::load(&id).await?;                      // dispatch Action::Open
//! ```

use std::cell::RefCell;

use andamal_core::formats::export::landscape_file::LandscapeWork;
use andamal_core::formats::session::{pack_whole, unpack};
use andamal_core::formats::share::Shared;
use andamal_core::notes::work::Work;
use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::state::State;
use crate::worker::{self, Job};

const WORK_PREFIX: &str = "andamal.work.";
const META_PREFIX: &str = "andamal.meta.";

/// What the list shows of a saved comparison, without opening it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Meta {
    title: String,
    names: [String; 2],
    /// Milliseconds since 1970 (`Date.now()`).
    updated: u64,
}

/// A saved comparison, as "Mina jämförelser" lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub names: [String; 2],
    /// Milliseconds since 1970.
    pub updated: u64,
    /// Its stored payload does not decode: it is listed only so it can be deleted.
    pub damaged: bool,
}

/// Why the work could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this page is full.
    Full,
    /// There is no storage (blocked, private mode, disabled).
    Unavailable,
}

/// A deleted comparison's stored values, to put back on "Ångra".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub id: String,
    work: String,
    meta: String,
}

thread_local! {
    /// For each id: the `updated` this tab last wrote or read. A different
    /// value in storage means another tab has saved since.
    static KNOWN: RefCell<Known> = const { RefCell::new(Known(Vec::new())) };
    /// The work this tab last saved, and under which id: what [`flush`] need not write again.
    static LAST_SAVED: RefCell<Option<(String, Shared)>> = const { RefCell::new(None) };
}

/// `KNOWN`'s map, a short list (a tab touches few comparisons); no hash map
/// needed in the page.
struct Known(Vec<(String, u64)>);

impl Known {
    fn get(&self, id: &str) -> Option<&u64> {
        self.0.iter().find(|(of, _)| of == id).map(|(_, updated)| updated)
    }

    fn insert(&mut self, id: String, updated: u64) {
        self.remove(&id);
        self.0.push((id, updated));
    }

    fn remove(&mut self, id: &str) {
        self.0.retain(|(of, _)| of != id);
    }
}

/// What a saved comparison, a file or an export carries of the work: the
/// whole documents (the worker crops an export to the sections).
#[must_use]
pub fn shared(work: &Work) -> Shared {
    pack_whole(work, true).shared
}

/// A fresh id for a new comparison: the time and a random part, base 36.
#[must_use]
pub fn new_id() -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{}{}", base36(now()), base36(random))
}

/// Saves the work under `id`, or under a new id if another tab saved `id`
/// since this tab last did; returns the id used. An empty work is not
/// saved (and returns `id`). Unchanged work is not written again. The work
/// is taken now; it is encoded in the worker and written when that is done.
pub fn save(id: &str, work: &Work) -> impl Future<Output = Result<String, SaveError>> + 'static {
    let id = id.to_owned();
    let (title, names) = (work.title.clone(), work.names.clone());
    let work = (!work.is_empty()).then(|| shared(work));
    async move {
        let Some(work) = work else { return Ok(id) };
        local_storage().ok_or(SaveError::Unavailable)?;
        let payload = worker::text(Job::Encode(work.clone())).await.map_err(|_| SaveError::Unavailable)?;
        let used = write(id, &payload, Meta { title, names, updated: now() })?;
        LAST_SAVED.with(|last| *last.borrow_mut() = Some((used.clone(), work)));
        Ok(used)
    }
}

/// Saves the work synchronously, as the page is hidden or closed, unless it
/// is what this tab last saved: a save through the worker might not finish
/// before the page is gone. It is written in the plain format
/// ([`andamal_core::formats::share::encode_plain`], uncompressed), which the next
/// autosave replaces. Failures are ignored (the last autosave stays).
pub fn flush(state: &State) {
    if state.work.is_empty() {
        return;
    }
    let id = state.work_id.as_deref().map_or_else(new_id, str::to_owned);
    let work = shared(&state.work);
    let saved = LAST_SAVED.with(|last| last.borrow().as_ref().is_some_and(|(of, saved)| *of == id && *saved == work));
    if saved {
        return;
    }
    let payload = andamal_core::formats::share::encode_plain(&work);
    let _ =
        write(id, &payload, Meta { title: state.work.title.clone(), names: state.work.names.clone(), updated: now() });
}

/// Writes a payload and its list entry under `id`, or under a new id if
/// another tab saved `id` since this tab last read or wrote it; returns the
/// id used. An unchanged payload and entry are not written again.
fn write(mut id: String, payload: &str, meta: Meta) -> Result<String, SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let stored = read_meta(&storage, &id);
    if let Some(stored) = &stored {
        if KNOWN.with(|k| k.borrow().get(&id).copied()) != Some(stored.updated) {
            id = new_id();
        }
    }
    let unchanged = stored.as_ref().is_some_and(|m| m.title == meta.title && m.names == meta.names)
        && storage.get_item(&work_key(&id)).ok().flatten().as_deref() == Some(payload);
    if unchanged {
        return Ok(id);
    }
    set(&storage, &work_key(&id), payload)?;
    set(&storage, &meta_key(&id), &meta.to_json())?;
    KNOWN.with(|k| k.borrow_mut().insert(id.clone(), meta.updated));
    Ok(id)
}

/// Saves the current work (before a link or file replaces it), under its id
/// or a new one. Failures are ignored here: the autosave banner reports them.
pub fn keep_draft(state: &State) {
    let id = state.work_id.as_deref().map_or_else(new_id, str::to_owned);
    let saving = save(&id, &state.work);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = saving.await;
    });
}

/// Every saved comparison, newest first; those without a readable entry or
/// payload are marked damaged (see [`decodable`] for the payloads' contents).
#[must_use]
pub fn list() -> Vec<Entry> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let mut entries: Vec<Entry> = keys(&storage)
        .into_iter()
        .filter_map(|key| {
            let id = key.strip_prefix(META_PREFIX)?.to_owned();
            let stored = storage.get_item(&work_key(&id)).ok().flatten().is_some();
            Some(match read_meta(&storage, &id) {
                Some(m) => Entry { id, title: m.title, names: m.names, updated: m.updated, damaged: !stored },
                None => Entry { id, title: String::new(), names: Default::default(), updated: 0, damaged: true },
            })
        })
        .collect();
    andamal_core::text::order::sort_by(&mut entries, |a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    entries
}

/// For each entry's id, whether its payload decodes (checked in the worker).
pub async fn decodable(entries: &[Entry]) -> Vec<(String, bool)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let payloads = entries.iter().map(|e| storage.get_item(&work_key(&e.id)).ok().flatten().unwrap_or_default());
    match worker::run(Job::Check(payloads.collect())).await {
        worker::Done::Checked(decodes) => entries.iter().map(|e| e.id.clone()).zip(decodes).collect(),
        _ => Vec::new(),
    }
}

/// Opens a saved comparison; the error is the Swedish sentence to show.
pub async fn load(id: &str) -> Result<Work, String> {
    let storage = local_storage().ok_or_else(|| crate::texts::STORAGE_UNAVAILABLE_LIST.to_owned())?;
    let payload = storage.get_item(&work_key(id)).ok().flatten().ok_or(crate::texts::DAMAGED_ENTRY)?;
    let shared = worker::opened(Job::DecodeSaved(payload)).await?;
    if let Some(meta) = read_meta(&storage, id) {
        KNOWN.with(|k| k.borrow_mut().insert(id.to_owned(), meta.updated));
    }
    Ok(unpack(&shared))
}

/// The most recently saved comparison that opens, with its id.
pub async fn latest() -> Option<(String, Work)> {
    for entry in list().into_iter().filter(|e| !e.damaged) {
        if let Ok(opened) = load(&entry.id).await {
            return Some((entry.id, opened));
        }
    }
    None
}

/// Deletes a saved comparison; the returned values put it back ([`undelete`]).
pub fn delete(id: &str) -> Option<Deleted> {
    let storage = local_storage()?;
    let work = storage.get_item(&work_key(id)).ok().flatten().unwrap_or_default();
    let meta = storage.get_item(&meta_key(id)).ok().flatten().unwrap_or_default();
    let _ = storage.remove_item(&work_key(id));
    let _ = storage.remove_item(&meta_key(id));
    KNOWN.with(|k| k.borrow_mut().remove(id));
    Some(Deleted { id: id.to_owned(), work, meta })
}

/// Puts a deleted comparison back.
pub fn undelete(deleted: &Deleted) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    set(&storage, &work_key(&deleted.id), &deleted.work)?;
    set(&storage, &meta_key(&deleted.id), &deleted.meta)?;
    if let Some(meta) = read_meta(&storage, &deleted.id) {
        KNOWN.with(|k| k.borrow_mut().insert(deleted.id.clone(), meta.updated));
    }
    Ok(())
}

/// Renames a saved comparison (in its list entry and, through the worker,
/// in its payload).
pub async fn rename(id: &str, title: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let title = title.trim().to_owned();
    if let Some(payload) = storage.get_item(&work_key(id)).ok().flatten() {
        if let Ok(renamed) = worker::text(Job::Retitle(payload, title.clone())).await {
            set(&storage, &work_key(id), &renamed)?;
        }
    }
    let mut meta =
        read_meta(&storage, id).unwrap_or(Meta { title: String::new(), names: Default::default(), updated: 0 });
    meta.title = title;
    let known = KNOWN.with(|k| k.borrow().get(id).copied());
    let ours = known == Some(meta.updated);
    meta.updated = now();
    set(&storage, &meta_key(id), &meta.to_json())?;
    if ours {
        KNOWN.with(|k| k.borrow_mut().insert(id.to_owned(), meta.updated));
    }
    Ok(())
}

/// Whether a `storage` event's key is the list entry of comparison `id`.
#[must_use]
pub fn is_entry_of(key: &str, id: &str) -> bool {
    key.strip_prefix(META_PREFIX) == Some(id)
}

/// Asks the browser to keep this page's storage when space runs low;
/// refusals and missing support are ignored.
pub fn ask_to_persist() {
    let Ok(promise) = gloo::utils::window().navigator().storage().persist() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// "23 nov. 2026 14:05" in the browser's time zone.
#[must_use]
pub fn format_time(millis: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    crate::texts::saved_at(
        date.get_full_year(),
        date.get_month() as usize,
        date.get_date(),
        date.get_hours(),
        date.get_minutes(),
    )
}

fn local_storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether the browser lets the page store anything at all (not in some
/// private modes, or with storage switched off).
#[must_use]
pub fn available() -> bool {
    local_storage().is_some()
}

fn set(storage: &Storage, key: &str, value: &str) -> Result<(), SaveError> {
    storage.set_item(key, value).map_err(|error| {
        let name = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
        if name.contains("Quota") { SaveError::Full } else { SaveError::Unavailable }
    })
}

fn keys(storage: &Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
}

fn read_meta(storage: &Storage, id: &str) -> Option<Meta> {
    Meta::from_json(&storage.get_item(&meta_key(id)).ok().flatten()?)
}

impl Meta {
    /// `{"title": …, "names": […, …], "updated": …}`, written by the
    /// browser's own JSON (a JSON library would not fit the page's size budget).
    fn to_json(&self) -> String {
        use js_sys::{Array, Object, Reflect};
        use wasm_bindgen::JsValue;
        let object = Object::new();
        let names = Array::of2(&JsValue::from_str(&self.names[0]), &JsValue::from_str(&self.names[1]));
        #[allow(clippy::cast_precision_loss)]
        let updated = JsValue::from_f64(self.updated as f64);
        let _ = Reflect::set(&object, &"title".into(), &JsValue::from_str(&self.title));
        let _ = Reflect::set(&object, &"names".into(), &names);
        let _ = Reflect::set(&object, &"updated".into(), &updated);
        js_sys::JSON::stringify(&object).ok().and_then(|s| s.as_string()).unwrap_or_default()
    }

    fn from_json(json: &str) -> Option<Meta> {
        use js_sys::{Array, Reflect};
        let object = js_sys::JSON::parse(json).ok()?;
        let field = |name: &str| Reflect::get(&object, &name.into()).ok();
        let names = field("names")?.dyn_into::<Array>().ok()?;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let updated = field("updated")?.as_f64()? as u64;
        Some(Meta {
            title: field("title")?.as_string()?,
            names: [names.get(0).as_string()?, names.get(1).as_string()?],
            updated,
        })
    }
}

fn work_key(id: &str) -> String {
    format!("{WORK_PREFIX}{id}")
}

fn meta_key(id: &str) -> String {
    format!("{META_PREFIX}{id}")
}

fn now() -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let now = js_sys::Date::now() as u64;
    now
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The landscape, on this device: the latest one.
const LANDSCAPE: &str = "andamal.landscape";
/// Its format: this prefix, then postcard bytes as U+0000–U+00FF.
const LANDSCAPE_FORMAT: &str = "l1.";

/// Saves the landscape (an empty one removes the saved one); false when
/// storage refused (full, blocked).
pub fn save_landscape(work: &LandscapeWork) -> bool {
    let Some(storage) = local_storage() else { return false };
    if work.documents.is_empty() {
        return storage.remove_item(LANDSCAPE).is_ok();
    }
    encode_landscape(work).is_some_and(|payload| storage.set_item(LANDSCAPE, &payload).is_ok())
}

/// The saved landscape, if there is one and it reads.
#[must_use]
pub fn saved_landscape() -> Option<LandscapeWork> {
    decode_landscape(&local_storage()?.get_item(LANDSCAPE).ok()??)
}

fn encode_landscape(work: &LandscapeWork) -> Option<String> {
    let bytes = postcard::to_allocvec(work).ok()?;
    let mut payload = String::with_capacity(LANDSCAPE_FORMAT.len() + 2 * bytes.len());
    payload.push_str(LANDSCAPE_FORMAT);
    payload.extend(bytes.iter().map(|&b| char::from(b)));
    Some(payload)
}

fn decode_landscape(payload: &str) -> Option<LandscapeWork> {
    let bytes: Option<Vec<u8>> =
        payload.strip_prefix(LANDSCAPE_FORMAT)?.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    postcard::from_bytes(&bytes?).ok()
}

const INITIALS: &str = "andamal.initials";

/// The user's initials, asked once and kept on this device; empty if never given.
#[must_use]
pub fn initials() -> String {
    local_storage().and_then(|s| s.get_item(INITIALS).ok().flatten()).unwrap_or_default()
}

/// Remembers the initials for the next visit; blocked storage only forgets them.
pub fn set_initials(initials: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(INITIALS, initials);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_base36() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36 * 36), "100");
    }

    #[test]
    fn entry_keys_are_recognised() {
        assert!(is_entry_of("andamal.meta.abc", "abc"));
        assert!(!is_entry_of("andamal.work.abc", "abc"));
        assert!(!is_entry_of("andamal.meta.abcd", "abc"));
    }

    #[test]
    fn a_landscape_is_kept_whole_and_a_damaged_one_is_not_read() {
        use andamal_core::formats::export::landscape_file::WorkDocument;
        use andamal_core::statute::selection::Choice;
        let document = |name: &str, text: &str, choice| WorkDocument { name: name.into(), text: text.into(), choice };
        let work = LandscapeWork {
            title: "Nätverket".into(),
            documents: vec![
                document("Umeå", andamal_core::sample::UMEAREGIONEN_2019, Choice::Auto),
                document("Östra", "4 § Ändamål\nFörbundet ska stödja – även ”så”. 🙂", Choice::Candidate(3)),
            ],
            ..LandscapeWork::default()
        };
        let payload = encode_landscape(&work).unwrap();
        assert!(payload.starts_with("l1."));
        assert!(payload.chars().all(|c| u32::from(c) < 256), "one character per byte");
        assert_eq!(decode_landscape(&payload), Some(work));
        let half: String = payload.chars().take(payload.chars().count() / 2).collect();
        assert_eq!(decode_landscape(&half), None, "cut short");
        assert_eq!(decode_landscape("v1.abc"), None, "another format");
        assert_eq!(decode_landscape("l1.ā"), None, "not bytes");
    }
}
