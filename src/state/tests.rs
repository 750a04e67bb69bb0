use andamal_core::notes::theme_ref::ThemeRef;
use andamal_core::statute::selection::Choice;
use andamal_core::text::wordwise::Edge;
use andamal_core::{Folds, Span, sample};
use yew::Reducible;

use super::*;

fn reduce(state: State, action: Action) -> Rc<State> {
    Rc::new(state).reduce(action)
}

#[test]
fn set_text_changes_one_side() {
    let s = reduce(State::default(), Action::SetText(Side::B, "b".into()));
    assert_eq!(&*s.work.texts[1], "b");
    assert_eq!(&*s.work.texts[0], "");
}

#[test]
fn unchanged_text_keeps_the_same_state() {
    let s = Rc::new(State::default());
    let same = s.clone().reduce(Action::SetText(Side::A, String::new()));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn load_example_fills_both_and_clear_empties_one() {
    let s = reduce(State::default(), Action::LoadExample);
    assert!(s.work.texts[0].contains("Östergötland"));
    assert!(s.work.texts[1].contains("Umeå"));
    let s = s.reduce(Action::Clear(Side::A));
    assert!(s.work.texts[0].is_empty());
    assert!(!s.work.texts[1].is_empty());
}

#[test]
fn choices_are_set_and_reset_by_edits() {
    let s = reduce(State::default(), Action::SetText(Side::A, "abc".into()));
    let s = s.reduce(Action::PickCandidate(Side::A, 1));
    assert_eq!(s.work.choices[0], Choice::Candidate(1));
    let s = s.reduce(Action::MarkManually(Side::B, Span::new(0, 2)));
    assert_eq!(s.work.choices[1], Choice::Manual(Span::new(0, 2)));
    let s = s.reduce(Action::UseFinder(Side::B));
    assert_eq!(s.work.choices[1], Choice::Auto);
    let s = s.reduce(Action::SetText(Side::A, "abcd".into()));
    assert_eq!(s.work.choices[0], Choice::Auto);
}

#[test]
fn view_options() {
    let s = reduce(State::default(), Action::SetView(View::Redline));
    assert_eq!(s.view, View::Redline);
    let s = s.reduce(Action::SetOnlyChanges(true));
    assert!(s.only_changes);
    let s = s.reduce(Action::Focus(Some(3)));
    assert_eq!(s.focus, Some(3));
    let same = s.clone().reduce(Action::Focus(Some(3)));
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::Hover(Some(1)));
    assert_eq!((s.focus, s.hover), (Some(3), Some(1)));
    let s = s.reduce(Action::SetText(Side::A, "x".into()));
    assert_eq!((s.focus, s.hover), (None, None));
}

#[test]
fn jumps_focus_and_count_even_to_the_same_row() {
    let s = reduce(State::default(), Action::Jump(2));
    let s = s.reduce(Action::Jump(2));
    assert_eq!((s.focus, s.jumps), (Some(2), 2));
    let s = s.reduce(Action::Focus(Some(4)));
    assert_eq!((s.focus, s.jumps), (Some(4), 2), "a click focuses without a jump");
}

#[test]
fn folds_are_set() {
    let s = reduce(State::default(), Action::SetFolds(Folds::ALL));
    assert_eq!(s.work.folds, Folds::ALL);
}

fn with_text() -> Rc<State> {
    reduce(State::default(), Action::LoadExample)
}

fn span_of(state: &State, side: Side, word: &str) -> Span {
    let at = state.work.texts[side.index()].find(word).unwrap();
    Span::new(at, at + word.len())
}

fn arena() -> Vec<ThemeRef> {
    vec![ThemeRef::BuiltIn("arena")]
}

#[test]
fn a_draft_is_opened_stepped_saved_and_closed() {
    let s = with_text();
    let span = span_of(&s, Side::A, "plattform");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
    let first = s.draft.unwrap().serial;
    let s = s.reduce(Action::StepDraft(Edge::End, true));
    let Some(Draft { target: Target::Span(Side::A, wider), editing: None, .. }) = s.draft else { panic!() };
    assert!(wider.end > span.end && wider.start == span.start);
    let s = s.reduce(Action::StepDraft(Edge::End, false));
    assert_eq!(s.draft.unwrap().target, Target::Span(Side::A, span));
    let s = s.reduce(Action::SaveDraft(arena(), " Viktig ".into()));
    assert_eq!(s.draft, None);
    let a = &s.work.notebook.annotations[0];
    assert_eq!((a.anchor.exact.as_str(), a.note.as_str(), a.side), ("plattform", "Viktig", Side::A));
    let b_span = span_of(&s, Side::B, "plattform");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::B, b_span)));
    assert!(s.draft.unwrap().serial > first);
    let s = s.reduce(Action::CloseDraft);
    assert_eq!((s.draft, s.work.notebook.annotations.len()), (None, 1));
}

#[test]
fn an_empty_draft_saves_nothing_and_an_emptied_one_deletes() {
    let s = with_text();
    let span = span_of(&s, Side::A, "samverkan");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
    let s = s.reduce(Action::SaveDraft(vec![], "  ".into()));
    assert!(s.work.notebook.annotations.is_empty() && !s.history.can_undo());
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
    let id = s.work.notebook.annotations[0].id;
    let s = s.reduce(Action::EditNote(id, Target::Span(Side::A, span)));
    assert_eq!(s.draft.unwrap().editing, Some(id));
    let s = s.reduce(Action::SaveDraft(vec![], String::new()));
    assert!(s.work.notebook.annotations.is_empty());
}

#[test]
fn editing_changes_themes_note_and_span() {
    let s = with_text();
    let span = span_of(&s, Side::A, "samverkan");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
    let id = s.work.notebook.annotations[0].id;
    let s = s.reduce(Action::EditNote(id, Target::Span(Side::A, span))).reduce(Action::StepDraft(Edge::Start, true));
    let unchanged = s.clone().reduce(Action::SaveDraft(arena(), String::new()));
    assert_ne!(unchanged.work.notebook.annotations[0].anchor.position, span, "a moved span is a change");
    let s = s.reduce(Action::SaveDraft(vec![ThemeRef::BuiltIn("samverkan")], "Ny".into()));
    let a = &s.work.notebook.annotations[0];
    assert_eq!((a.id, a.themes.clone(), a.note.as_str()), (id, vec![ThemeRef::BuiltIn("samverkan")], "Ny"));
    assert!(a.anchor.exact.ends_with("samverkan") && a.anchor.exact.len() > "samverkan".len());
}

#[test]
fn pair_notes_are_saved_edited_and_deleted() {
    let s = with_text();
    let spans = [span_of(&s, Side::A, "samverkan"), span_of(&s, Side::B, "samverkan")];
    let s = s.reduce(Action::OpenDraft(Target::Pair(spans))).reduce(Action::SaveDraft(arena(), "Om paret".into()));
    let p = &s.work.notebook.pair_notes[0];
    assert_eq!((p.note.as_str(), p.a.position, p.b.position), ("Om paret", spans[0], spans[1]));
    let id = p.id;
    let s = s.reduce(Action::EditNote(id, Target::Pair(spans))).reduce(Action::SaveDraft(vec![], "Ändrad".into()));
    assert_eq!(s.work.notebook.pair_notes[0].note, "Ändrad");
    let s = s.reduce(Action::EditNote(id, Target::Pair(spans))).reduce(Action::DeleteNote(id));
    assert!(s.work.notebook.pair_notes.is_empty());
    assert_eq!(s.draft, None, "the editor of a deleted note closes");
}

#[test]
fn suggestions_are_accepted_and_rejected() {
    let s = with_text();
    let p = |word: &str, theme| Proposal { side: Side::B, theme, span: span_of(&s, Side::B, word) };
    let accepted = vec![p("samverkan", "samverkan"), p("arena", "arena")];
    let rejected = vec![p("rehabilitering", "rehabilitering")];
    let s = s.clone().reduce(Action::Accept(accepted)).reduce(Action::Reject(rejected));
    let themes: Vec<_> = s.work.notebook.annotations.iter().map(|a| a.themes[0].clone()).collect();
    assert_eq!(themes, [ThemeRef::BuiltIn("samverkan"), ThemeRef::BuiltIn("arena")]);
    assert_eq!(s.work.notebook.rejected[0].theme, "rehabilitering");
    let same = s.clone().reduce(Action::Accept(vec![]));
    assert!(Rc::ptr_eq(&s.work.notebook, &same.work.notebook), "nothing accepted, nothing recorded");
}

#[test]
fn themes_are_added_renamed_hidden_and_deleted() {
    let s = reduce(State::default(), Action::AddTheme("Unga".into(), 2));
    assert_eq!(s.work.notebook.custom[0].number, 1);
    let s = s.reduce(Action::RenameTheme(1, "Unga vuxna".into(), 5));
    assert_eq!((s.work.notebook.custom[0].name.as_str(), s.work.notebook.custom[0].colour), ("Unga vuxna", 5));
    let s = s.reduce(Action::HideTheme("arena", true));
    assert_eq!(s.work.notebook.hidden, ["arena"]);
    let same = s.clone().reduce(Action::HideTheme("arena", true));
    assert!(Rc::ptr_eq(&s.work.notebook, &same.work.notebook));
    let s = s.reduce(Action::DeleteTheme(1));
    assert!(s.work.notebook.custom.is_empty());
}

#[test]
fn undo_and_redo_walk_the_notebook_history() {
    let s = reduce(State::default(), Action::AddTheme("Ett".into(), 0)).reduce(Action::AddTheme("Två".into(), 1));
    let s = s.reduce(Action::Undo);
    assert_eq!(s.work.notebook.custom.len(), 1);
    let s = s.reduce(Action::Undo);
    assert!(s.work.notebook.custom.is_empty());
    let same = s.clone().reduce(Action::Undo);
    assert!(Rc::ptr_eq(&s, &same), "nothing to undo");
    let s = s.reduce(Action::Redo).reduce(Action::Redo);
    assert_eq!(s.work.notebook.custom.len(), 2);
    let same = s.clone().reduce(Action::Redo);
    assert!(Rc::ptr_eq(&s, &same), "nothing to redo");
    let s = s.reduce(Action::Undo).reduce(Action::AddTheme("Tre".into(), 2));
    assert!(!s.history.can_redo(), "a new change forgets what was undone");
}

#[test]
fn text_edits_keep_annotations() {
    let s = with_text();
    let span = span_of(&s, Side::A, "samverkan");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
    let edited = format!("Inledning.\n{}", s.work.texts[0]);
    let s = s.reduce(Action::SetText(Side::A, edited)).reduce(Action::Clear(Side::A));
    assert_eq!(s.work.notebook.annotations.len(), 1, "loose, not lost");
}

#[test]
fn opening_a_link_replaces_the_work_and_its_history() {
    use andamal_core::formats::session::{Scope, pack, unpack};
    let s = with_text().reduce(Action::AddTheme("Unga".into(), 1));
    let span = span_of(&s, Side::B, "arena");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::B, span))).reduce(Action::SaveDraft(arena(), "x".into()));
    let work = Work { names: ["Ett".into(), "Två".into()], title: "Möte".into(), ..s.work.clone() };
    let opened = unpack(&pack(&work, Scope::Sections, true).shared);
    let o =
        reduce(State::default(), Action::SetText(Side::A, "gammalt".into())).reduce(Action::AddTheme("x".into(), 0));
    let o = o.reduce(Action::Open(Rc::new(opened)));
    assert_eq!((o.work.names[1].as_str(), o.work.title.as_str()), ("Två", "Möte"));
    assert_eq!(&*o.work.texts[1], s.work.texts[1].trim());
    assert_eq!(o.work.notebook.annotations[0].anchor.exact, "arena");
    assert_eq!(o.work.notebook.custom[0].name, "Unga");
    assert!(!o.history.can_undo(), "an opened comparison starts a new history");
    let again = unpack(&pack(&work, Scope::Sections, true).shared);
    assert!(o.holds(&again), "the same link twice changes nothing");
    assert!(!s.holds(&again));
}

#[test]
fn names_title_notices_and_the_share_panel() {
    let s = reduce(State::default(), Action::SetName(Side::B, "Umeå".into())).reduce(Action::SetTitle("Möte".into()));
    assert_eq!((s.work.names[1].as_str(), s.work.title.as_str()), ("Umeå", "Möte"));
    let notice = Notice { text: "Hej".into(), error: true };
    let s = s.reduce(Action::Notify(Some(notice.clone()))).reduce(Action::Share(true));
    assert_eq!((s.notice.clone(), s.mode.sharing()), (Some(notice), true));
    let s = s.reduce(Action::Notify(None)).reduce(Action::Share(false));
    assert_eq!((s.notice.clone(), s.mode.sharing()), (None, false));
    let s = s.reduce(Action::Help(true));
    assert!(s.mode.helping());
    assert!(!s.reduce(Action::Help(false)).mode.helping());
}

#[test]
fn names_follow_the_text_until_the_user_types_one() {
    let s = reduce(State::default(), Action::SetText(Side::A, "Samordningsförbundet Sydnärke, antagen 2020".into()));
    assert_eq!(s.work.names[0], "Sydnärke 2020");
    let s = s.reduce(Action::SetName(Side::A, "Vårt förbund".into()));
    let s = s.reduce(Action::SetText(Side::A, "Samordningsförbundet Annat".into()));
    assert_eq!(s.work.names[0], "Vårt förbund");
    let s = s.reduce(Action::SetName(Side::A, String::new())).reduce(Action::SetText(Side::A, "Ingen rubrik".into()));
    assert_eq!(s.work.names[0], "");
}

#[test]
fn swap_exchanges_everything_and_swapping_back_restores_it() {
    let s = with_text();
    let span = span_of(&s, Side::B, "arena");
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::B, span))).reduce(Action::SaveDraft(arena(), String::new()));
    let swapped = s.clone().reduce(Action::Swap);
    assert_eq!(swapped.work.texts[0], s.work.texts[1]);
    assert_eq!(swapped.work.names[1], s.work.names[0]);
    assert_eq!(swapped.work.notebook.annotations[0].side, Side::A);
    let back = swapped.reduce(Action::Swap);
    assert_eq!(
        (&back.work.texts, &back.work.names, &*back.work.notebook),
        (&s.work.texts, &s.work.names, &*s.work.notebook)
    );
}

#[test]
fn a_new_comparison_can_be_undone() {
    let s = with_text().reduce(Action::AddTheme("Unga".into(), 0));
    let empty = s.clone().reduce(Action::NewComparison);
    assert!(empty.work.texts.iter().all(|t| t.is_empty()) && empty.work.notebook.custom.is_empty());
    assert!(empty.notice.is_some());
    let back = empty.reduce(Action::UndoNew);
    assert_eq!((&back.work.texts, &back.work.notebook), (&s.work.texts, &s.work.notebook));
    assert!(back.before_new.is_none() && back.notice.is_none());
    let same = back.clone().reduce(Action::UndoNew);
    assert!(Rc::ptr_eq(&back, &same));
}

#[test]
fn presentation_mode_has_a_matrix_and_a_black_screen() {
    let s = reduce(State::default(), Action::ToggleBlackout);
    assert!(!s.mode.presentation().blackout, "only while presenting");
    let s = s.reduce(Action::Share(true)).reduce(Action::Present(true));
    assert!(s.mode.presenting() && !s.mode.sharing());
    let s = s.reduce(Action::ToggleMatrix).reduce(Action::ToggleBlackout);
    assert!(s.mode.presentation().matrix && s.mode.presentation().blackout);
    let s = s.reduce(Action::ToggleBlackout);
    assert!(!s.mode.presentation().blackout);
    let s = s.reduce(Action::Present(false));
    assert!(!s.mode.presenting() && !s.mode.presentation().matrix && !s.mode.presentation().blackout);
}

#[test]
fn presentation_shows_the_qr_code_only_while_presenting() {
    let s = reduce(State::default(), Action::ToggleQr);
    assert!(!s.mode.presentation().qr, "only while presenting");
    let s = s.reduce(Action::Present(true)).reduce(Action::ToggleQr);
    assert!(s.mode.presentation().qr);
    let s = s.reduce(Action::Present(false));
    assert!(!s.mode.presentation().qr);
}

#[test]
fn opened_work_is_folded_until_a_side_is_unfolded_or_texts_are_loaded() {
    let opened = andamal_core::formats::session::unpack(&sample::annotated());
    let s = reduce(State::default(), Action::Open(Rc::new(opened)));
    assert_eq!(s.folded, [true, true]);
    let s = s.reduce(Action::Unfold(Side::B));
    assert_eq!(s.folded, [true, false]);
    let s = s.reduce(Action::LoadExample);
    assert_eq!(s.folded, [false, false]);
}

#[test]
fn a_tapped_sentence_is_annotated_by_its_first_theme_and_undone_in_one_step() {
    let s = with_text();
    let span = span_of(&s, Side::A, "plattform");
    let s = s.reduce(Action::TapSentence(Side::A, span));
    assert!(s.draft.is_some_and(|d| d.quick && d.editing.is_none()));
    let s = s.reduce(Action::QuickTheme(arena()[0].clone()));
    let id = s.work.notebook.annotations[0].id;
    assert_eq!(s.draft.and_then(|d| d.editing), Some(id), "the editor stays open on it, for a note");
    assert_eq!(s.work.notebook.annotations[0].themes, arena());
    // A second theme tapped now is a change of the form, not another annotation.
    let same = s.clone().reduce(Action::QuickTheme(ThemeRef::BuiltIn("samverkan")));
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::SaveDraft(arena(), "Och en anteckning".into()));
    assert_eq!(
        (s.work.notebook.annotations.len(), s.work.notebook.annotations[0].note.as_str()),
        (1, "Och en anteckning")
    );
    let s = s.reduce(Action::Undo).reduce(Action::Undo);
    assert!(s.work.notebook.annotations.is_empty());
    // An ordinary draft is not saved by a theme.
    let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
    let same = s.clone().reduce(Action::QuickTheme(arena()[0].clone()));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn a_carried_theme_is_confirmed_or_turned_down() {
    let s = with_text();
    let span = span_of(&s, Side::A, "arena");
    let confirmed = s.clone().reduce(Action::Carry(Side::A, arena()[0].clone(), span, true));
    assert_eq!(confirmed.work.notebook.annotations[0].anchor.exact, "arena");
    assert_eq!(confirmed.work.notebook.annotations[0].side, Side::A);
    let rejected = s.clone().reduce(Action::Carry(Side::A, arena()[0].clone(), span, false));
    let placed = rejected.work.notebook.place([&rejected.work.texts[0], &rejected.work.texts[1]]);
    assert!(placed.is_rejected(Side::A, "arena", span));
    let mine = s.reduce(Action::AddTheme("Unga".into(), 1));
    let custom = ThemeRef::Custom(mine.work.notebook.custom[0].number);
    let same = mine.clone().reduce(Action::Carry(Side::A, custom, span, false));
    assert!(Rc::ptr_eq(&mine.work.notebook, &same.work.notebook), "a user's theme cannot be turned down");
}

#[test]
fn initials_sign_new_notes_and_a_rooms_links_are_collected() {
    use andamal_core::formats::session::{Scope, pack};
    let s = with_text().reduce(Action::SetInitials("  KLM  ".into()));
    assert_eq!(s.initials, "KLM");
    let span = span_of(&s, Side::B, "arena");
    let participant = s
        .clone()
        .reduce(Action::OpenDraft(Target::Span(Side::B, span)))
        .reduce(Action::SaveDraft(arena(), "Deras".into()));
    assert_eq!(participant.work.notebook.annotations[0].author, "KLM");
    let link = Rc::new(pack(&participant.work, Scope::Sections, true).shared);
    let moderator = with_text().reduce(Action::Collect(link.clone()));
    assert_eq!(moderator.work.notebook.annotations[0].note, "Deras");
    assert!(!moderator.notice.as_ref().unwrap().error);
    let again = moderator.reduce(Action::Collect(link.clone()));
    assert_eq!(again.work.notebook.annotations.len(), 1, "duplicates collapse");
    let undone = again.reduce(Action::Undo);
    assert!(undone.work.notebook.annotations.is_empty());
    let other = reduce(State::default(), Action::SetText(Side::A, "annat".into())).reduce(Action::Collect(link));
    assert!(other.notice.as_ref().unwrap().error);
}

#[test]
fn panels_are_switched() {
    let s = reduce(State::default(), Action::ShowPanel(Panel::Matrix));
    assert_eq!(s.panel, Panel::Matrix);
}

#[test]
fn the_work_id_is_kept_until_another_comparison_opens() {
    let s = reduce(State::default(), Action::SetWorkId("abc".into()));
    assert_eq!(s.work_id.as_deref(), Some("abc"));
    let same = s.clone().reduce(Action::SetWorkId("abc".into()));
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::LoadExample).reduce(Action::AddTheme("Unga".into(), 1));
    assert_eq!(s.work_id.as_deref(), Some("abc"), "edits keep saving to the same place");
    let opened = andamal_core::formats::session::unpack(&andamal_core::formats::share::Shared::default());
    let s = s.reduce(Action::Open(Rc::new(opened)));
    assert_eq!(s.work_id, None, "an opened link or file is saved as a new comparison");
}

#[test]
fn the_title_is_set_as_typed() {
    let s = reduce(State::default(), Action::SetTitle("Workshop 15 ".into()));
    assert_eq!(s.work.title, "Workshop 15 ", "a space typed at the end stays, so the next word can follow");
}

#[test]
fn one_mode_at_a_time() {
    let s = reduce(State::default(), Action::Help(true)).reduce(Action::Share(true));
    assert_eq!(s.mode, Mode::Sharing, "the share panel takes the help's place");
    let same = s.clone().reduce(Action::Help(false));
    assert!(Rc::ptr_eq(&s, &same), "closing a panel that is not open changes nothing");
    let s = s.reduce(Action::Present(true)).reduce(Action::ToggleMatrix).reduce(Action::ToggleQr);
    assert_eq!(s.mode, Mode::Presenting(Presentation { matrix: true, blackout: false, qr: true }));
    let s = s.reduce(Action::Jump(1));
    assert_eq!(
        s.mode,
        Mode::Presenting(Presentation { qr: true, ..Presentation::default() }),
        "a jump shows the sentences"
    );
    let s = s.reduce(Action::Jump(2)).reduce(Action::Present(false));
    assert_eq!((s.mode, s.focus), (Mode::Working, Some(2)));
}
