//! Component tests: the real [`andamal::App`] mounted into a fresh `<div>` in
//! headless Chromium (wasm-bindgen-test; see `scripts/test`).
//!
//! They wait for rendering by yielding to the browser's event loop and
//! polling for a selector until a deadline, never by sleeping a fixed time.
//! Native builds skip this file.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use andamal::texts;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Longer than any debounce or diff the app may do; only reached on failure.
const DEADLINE_MS: f64 = 10_000.0;

/// A mounted app and the `<div>` it lives in; removed again on drop.
struct Mounted<C: yew::BaseComponent<Properties = ()> = andamal::App> {
    root: Element,
    handle: Option<yew::AppHandle<C>>,
}

impl Mounted {
    async fn new() -> Self {
        // Every test starts without saved work (the app restores the latest).
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.clear();
        }
        Self::mount(None).await
    }

    /// What a sighted reader sees: the text without `.sr-only` labels
    /// (such as the "tillagt: " read out before each insertion).
    fn visible_text(element: &Element) -> String {
        let copy: Element = element.clone_node_with_deep(true).expect("clone").unchecked_into();
        let hidden = copy.query_selector_all(".sr-only").expect("valid selector");
        for i in 0..hidden.length() {
            if let Some(node) = hidden.item(i) {
                node.unchecked_into::<Element>().remove();
            }
        }
        copy.text_content().unwrap_or_default()
    }
}

impl Mounted<andamal::components::LandscapeApp> {
    /// The landscape app in `<div id="landscape-root">`, beside the page's
    /// app, as the `landscape` wasm mounts it when the page has fetched it
    /// (the test runner serves no build, so the test mounts it itself).
    async fn landscape() -> Self {
        Self::mount(Some(andamal::hooks::LANDSCAPE_ROOT)).await
    }
}

impl<C: yew::BaseComponent<Properties = ()>> Mounted<C> {
    async fn mount(id: Option<&str>) -> Self {
        let document = gloo::utils::document();
        let root = document.create_element("div").expect("create div");
        if let Some(id) = id {
            root.set_id(id);
        }
        gloo::utils::body().append_child(&root).expect("append div");
        let handle = yew::Renderer::<C>::with_root(root.clone()).render();
        let mounted = Self { root, handle: Some(handle) };
        mounted.settle().await;
        mounted
    }

    /// Lets Yew's scheduler run everything queued so far.
    async fn settle(&self) {
        yew::platform::time::sleep(Duration::ZERO).await;
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).expect("valid selector")
    }

    fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into::<Element>().ok()).collect()
    }

    /// Yields to the event loop (timers, renders) until `selector` matches.
    async fn wait_for(&self, selector: &str) -> Element {
        let start = js_sys::Date::now();
        loop {
            if let Some(found) = self.find(selector) {
                return found;
            }
            assert!(
                js_sys::Date::now() - start < DEADLINE_MS,
                "`{selector}` did not appear within {DEADLINE_MS} ms; page: {}",
                self.root.inner_html()
            );
            self.settle().await;
        }
    }

    fn button(&self, label: &str) -> HtmlElement {
        self.find_all("button")
            .into_iter()
            .find(|button| button.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no button labelled {label:?}"))
            .unchecked_into()
    }

    /// Types `text` into a textarea the way a browser reports it: value, then an `input` event.
    fn type_into(&self, selector: &str, text: &str) {
        let area: HtmlTextAreaElement = self.find(selector).unwrap_or_else(|| panic!("no {selector}")).unchecked_into();
        area.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).expect("input event");
        area.dispatch_event(&event).expect("dispatch input");
    }
}

impl<C: yew::BaseComponent<Properties = ()>> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn empty_page_shows_both_editors_and_the_hint() {
    let app = Mounted::new().await;
    assert!(app.find("#text-a").is_some(), "editor A");
    assert!(app.find("#text-b").is_some(), "editor B");
    let hint = app.wait_for(".comparison .empty-hint").await;
    assert_eq!(hint.text_content().as_deref(), Some(texts::EMPTY_HINT));
    assert!(app.find(".redline").is_none());
}

#[wasm_bindgen_test]
async fn load_example_shows_deletions_insertions_and_a_summary() {
    let app = Mounted::new().await;
    app.button(texts::LOAD_EXAMPLE).click();
    app.settle().await;

    // The comparison follows the texts after a debounce; wait for its result.
    let first_insertion = app.wait_for(".comparison ins.diff-ins").await;
    assert!(!Mounted::visible_text(&first_insertion).trim().is_empty());
    assert!(app.find(".comparison del.diff-del").is_some(), "deletions shown");
    let summary = app.wait_for(".comparison .summary").await;
    assert!(summary.text_content().is_some_and(|s| !s.trim().is_empty()), "summary: {}", summary.inner_html());

    app.button(texts::VIEW_REDLINE).click();
    let redline = app.wait_for(".comparison .redline").await;
    assert!(redline.query_selector("del.diff-del").expect("selector").is_some(), "deletions in the redline");
    assert!(redline.query_selector("ins.diff-ins").expect("selector").is_some(), "insertions in the redline");
}

#[wasm_bindgen_test]
async fn typing_in_both_editors_compares_after_a_pause() {
    let app = Mounted::new().await;
    app.type_into("#text-a", "Förbundet ska främja turism.");
    app.type_into("#text-b", "Förbundet ska främja hållbar turism.");
    app.settle().await;

    let inserted = app.wait_for(".comparison ins.diff-ins").await;
    assert_eq!(Mounted::visible_text(&inserted), "hållbar");
    assert!(app.find(".comparison del.diff-del").is_none(), "nothing was deleted");
}

#[wasm_bindgen_test]
async fn the_whole_statutes_open_section_by_section_with_the_andamal_first() {
    let app = Mounted::new().await;
    let a = "1 § Medlemmar\nMedlemmar är Motala kommun.\n\n2 § Ändamål\nFörbundet ska stödja samverkan.";
    let b = "1 § Medlemmar\nMedlemmar är Motala kommun.\n\n2 § Förbundets ändamål\nFörbundet ska främja samverkan.\n\n3 § Arvoden\nArvoden betalas.";
    app.type_into("#text-a", a);
    app.type_into("#text-b", b);
    app.button(texts::PAGE_STATUTE).click();
    app.wait_for(".statute .sec-list").await;
    let rows = app.find_all(".sec-list > .sec");
    let badges: Vec<String> = rows
        .iter()
        .map(|r| r.query_selector(".sec-badge").unwrap().and_then(|b| b.text_content()).unwrap_or_default())
        .collect();
    assert_eq!(badges, ["oförändrad", "ändrad", "ny"]);
    // The ändamål is marked and open, its word diff drawn by the pair view's rows.
    assert!(rows[1].class_list().contains("sec-open") && rows[1].query_selector(".sec-mark").unwrap().is_some());
    let inserted = app.wait_for(".sec-open .pair-row ins.diff-ins").await;
    assert_eq!(Mounted::visible_text(&inserted), "främja");
    // Another section opens in its place; back in the pair view nothing of it remains.
    rows[2].query_selector(".sec-head").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    app.wait_for(".sec-added.sec-open .pair-row").await;
    assert_eq!(app.find_all(".sec-open").len(), 1);
    app.button(texts::PAGE_PAIR).click();
    app.wait_for(".comparison ins.diff-ins").await;
    assert!(app.find(".sec-list").is_none());

    // A side without § headings: said in Swedish, the text kept.
    app.button(texts::PAGE_STATUTE).click();
    app.type_into("#text-a", "Förbundet ska stödja samverkan.");
    let notice = app.wait_for(".statute .notice-warning").await;
    assert!(notice.text_content().unwrap().starts_with("Inga paragrafrubriker"), "{}", notice.inner_html());
    let area: HtmlTextAreaElement = app.find("#text-a").unwrap().unchecked_into();
    assert_eq!(area.value(), "Förbundet ska stödja samverkan.");
}

#[wasm_bindgen_test]
async fn the_landscape_groups_pasted_documents_and_opens_a_pair() {
    let page = Mounted::new().await;
    let app = Mounted::landscape().await;
    page.button(texts::PAGE_LANDSCAPE).click();
    page.settle().await;
    assert!(!app.root.has_attribute("hidden"), "the landscape shows");
    assert!(page.find(".editors").is_none(), "instead of the pair view");
    for text in [andamal_core::sample::OSTRA_OSTERGOTLAND_2017, andamal_core::sample::UMEAREGIONEN_2019] {
        app.button(texts::ADD_BOX).click();
        app.settle().await;
        let n = app.find_all(".landscape-doc").len();
        app.type_into(&format!(".landscape-doc:nth-child({n}) textarea"), text);
        app.settle().await;
    }
    let summary = app.wait_for(".landscape-summary").await;
    assert!(summary.text_content().unwrap_or_default().starts_with("2 av 2 dokument med ändamål"));
    let shared = app.find_all(".formulation:not(.formulation-own)");
    assert!(!shared.is_empty(), "formulations both use");
    assert!(!app.find_all(".formulation-own").is_empty(), "sentences only one has");
    assert!(app.find(".variant .diff-ins").is_some(), "variants are diffed against the wording");
    // The pair opens in the page's app, as a share link does.
    app.find(".order-open").expect("Jämför med nästa").unchecked_into::<HtmlElement>().click();
    page.wait_for(".pair-row").await;
    assert!(app.root.has_attribute("hidden"), "the landscape is hidden");
    assert!(app.find(".landscape").is_some(), "and keeps its documents");
    assert_eq!(page.button(texts::PAGE_PAIR).get_attribute("aria-pressed").as_deref(), Some("true"));
}
