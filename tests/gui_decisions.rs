//! The reader's decisions in the window, made as a person makes them: clicks and keys on
//! labelled widgets (link two claims, separate one, set a speaker, undo and redo, mark
//! reviewed, note, save and reopen, recover after a crash).
#![cfg(feature = "gui")]

use crosscheck::compare::decisions::DecisionKind;
use crosscheck::compare::{ClaimStatus, Comparison};
use crosscheck::gui::dialogs::ScriptedDialogs;
use crosscheck::gui::{CrosscheckApp, NoDialogs, Selection, StartOptions, View};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::time::Duration;

type H = Harness<'static, CrosscheckApp>;

const EXAMPLES: [&str; 4] =
    ["01_lunar_dispatch.txt", "02_evening_courier.html", "03_science_review.md", "04_stargazer_blog.txt"];

fn harness(start: StartOptions, dialogs: Box<dyn crosscheck::gui::Dialogs>) -> H {
    let mut h =
        Harness::builder().with_size([1280.0, 900.0]).build_eframe(move |cc| CrosscheckApp::new(cc, start, dialogs));
    settle(&mut h);
    h
}

fn settle(h: &mut H) {
    h.run_steps(2);
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(60)), "loading and comparing finished");
    h.run_steps(3);
}

fn step(h: &mut H) {
    h.run_steps(3);
}

/// The example articles copied into `dir` (a comparison file needs files on disk).
fn copies(dir: &Path) -> Vec<PathBuf> {
    EXAMPLES
        .iter()
        .map(|n| {
            let to = dir.join(n);
            std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example").join(n), &to).expect("copy");
            to
        })
        .collect()
}

fn opened(files: Vec<PathBuf>, recovery: Option<PathBuf>, dialogs: Box<dyn crosscheck::gui::Dialogs>) -> H {
    harness(StartOptions { files, examples: false, recovery }, dialogs)
}

fn examples() -> H {
    harness(StartOptions { examples: true, ..Default::default() }, Box::new(NoDialogs))
}

fn cmp(h: &H) -> std::sync::Arc<Comparison> {
    h.state().comparison.clone().expect("compared")
}

/// The group of claim `text` (of any article).
fn group_of_claim(c: &Comparison, text: &str) -> usize {
    c.claim_groups.iter().position(|g| g.members.iter().any(|&m| c.claim(m).text == text)).expect("grouped")
}

/// Two claims the engine left alone, from different articles.
fn two_lone_claims(c: &Comparison) -> (String, String) {
    let lone: Vec<usize> = c
        .claims
        .iter()
        .enumerate()
        .map(|(i, _)| i)
        .filter(|&i| c.claim_groups.iter().any(|g| g.status == ClaimStatus::Unique && g.members == [i]))
        .collect();
    let a = lone[0];
    let b = *lone.iter().find(|&&i| c.claims[i].article != c.claims[a].article).expect("two articles");
    (c.claim(a).text.clone(), c.claim(b).text.clone())
}

/// Clicks into the text field labelled `label` and types `text`.
fn type_into(h: &mut H, label: &str, text: &str) {
    h.get_by_label(label).click();
    step(h);
    h.get_by_label(label).type_text(text);
    step(h);
}

/// Finds a row of the Claims grid by typing into Find, and clicks it.
fn click_claim_row(h: &mut H, text: &str) {
    type_into(h, "Find", text);
    h.get_by_label(&format!("unique claim: {text}")).click();
    step(h);
}

fn clear_find(h: &mut H) {
    h.get_by_label("Clear").click();
    step(h);
}

/// Link with…, then pick: the two claims end up in one group.
fn link(h: &mut H, a: &str, b: &str) {
    h.get_by_label("Claims").click();
    step(h);
    click_claim_row(h, a);
    clear_find(h);
    h.get_by_label("Link with…").click();
    step(h);
    h.get_by_label_contains("Pick the claim or quote to link with");
    click_claim_row(h, b);
    clear_find(h);
}

#[test]
fn link_two_claims_then_undo_and_redo() {
    let mut h = examples();
    let (a, b) = two_lone_claims(&cmp(&h));
    link(&mut h, &a, &b);
    let c = cmp(&h);
    let g = group_of_claim(&c, &a);
    assert_eq!(g, group_of_claim(&c, &b), "linked");
    assert_ne!(c.claim_groups[g].status, ClaimStatus::Unique);
    assert_eq!(h.state().selection, Some(Selection::Claim(g)), "the joined group is selected");
    h.get_by_label_contains("Link (Ctrl+Z undoes it)");
    h.get_by_label_contains("Your decision");

    // Undo by key: apart again, and the status bar names what was undone.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    step(&mut h);
    let c = cmp(&h);
    assert_ne!(group_of_claim(&c, &a), group_of_claim(&c, &b), "undone");
    assert!(h.state().decisions.is_empty());
    h.get_by_label_contains("Undone: Link");
    // Redo.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    step(&mut h);
    let c = cmp(&h);
    assert_eq!(group_of_claim(&c, &a), group_of_claim(&c, &b), "redone");
    h.get_by_label_contains("Redone: Link");
    // The undo button says what it would undo.
    h.get_by_label("Undo").click();
    step(&mut h);
    assert!(h.state().decisions.is_empty());
}

#[test]
fn separate_a_member_from_its_group() {
    let mut h = examples();
    h.get_by_label("Claims").click();
    step(&mut h);
    // F7: the first divergence, a conflict of several articles.
    h.key_press(Key::F7);
    step(&mut h);
    let Some(Selection::Claim(g)) = h.state().selection else { panic!("a claim group") };
    let c = cmp(&h);
    let before = c.claim_groups[g].members.len();
    assert!(before >= 2);
    let first = c.claim(c.claim_groups[g].members[0]).text.clone();
    h.get_all_by_label("Separate").next().expect("a Separate button per member").click();
    step(&mut h);
    let c = cmp(&h);
    let alone = group_of_claim(&c, &first);
    assert_eq!(c.claim_groups[alone].members.len(), 1, "separated");
    assert_eq!(c.claim_groups[alone].status, ClaimStatus::Unique);
    let total: usize = c.claim_groups.iter().map(|g| g.members.len()).sum();
    assert_eq!(total, c.claims.len());
    assert_eq!(h.state().decisions.len(), 1);
    assert_eq!(h.state().decisions[0].kind, DecisionKind::Separate);
    h.get_by_label_contains("Separate (Ctrl+Z undoes it)");
}

#[test]
fn an_article_that_gives_a_claim_twice_shows_both_and_each_separates_alone() {
    let mut h = examples();
    let c = cmp(&h);
    // The engine put two sentences of one article in one group (its lead and its body).
    let (g, first, second) = c
        .claim_groups
        .iter()
        .enumerate()
        .find_map(|(g, grp)| {
            let m = &grp.members;
            (0..m.len()).find_map(|k| {
                m[k + 1..].iter().find(|&&o| c.claims[o].article == c.claims[m[k]].article).map(|&o| (g, m[k], o))
            })
        })
        .expect("a group with two claims of one article");
    let canonical = c.claim(c.claim_groups[g].members[c.claim_groups[g].canonical]).text.clone();
    let (first, second) = (c.claim(first).text.clone(), c.claim(second).text.clone());
    h.get_by_label("Claims").click();
    step(&mut h);
    type_into(&mut h, "Find", &canonical);
    let status = c.claim_groups[g].status.name();
    h.get_by_label(&format!("{status} claim: {canonical}")).click();
    step(&mut h);
    clear_find(&mut h);
    assert_eq!(h.state().selection, Some(Selection::Claim(g)));
    // Details says the row is less sure, and why.
    h.get_by_label_contains("an article gives two sentences");
    // Details: a row (with its own Separate) for each member, the article's two included.
    let buttons = h.get_all_by_label("Separate").count();
    assert_eq!(buttons, c.claim_groups[g].members.len(), "one Separate per member");
    // The second of the article's two rows goes alone; the first stays.
    let k = c.claim_groups[g].members.iter().position(|&m| c.claim(m).text == second).expect("a member");
    h.get_all_by_label("Separate").nth(k).expect("its button").scroll_to_me();
    step(&mut h);
    h.get_all_by_label("Separate").nth(k).expect("its button").click();
    step(&mut h);
    let c = cmp(&h);
    let alone = group_of_claim(&c, &second);
    assert_eq!(c.claim_groups[alone].members.len(), 1, "the second wording separated");
    assert_eq!(c.claim_groups[alone].status, ClaimStatus::Unique);
    let kept = group_of_claim(&c, &first);
    assert!(c.claim_groups[kept].members.len() >= 2, "the first wording stays in the group");
}

#[test]
fn set_the_speaker_of_a_quote() {
    let mut h = examples();
    h.get_by_label("Quotes").click();
    step(&mut h);
    h.get_all_by_label_contains("altered quote of Neil Armstrong").next().expect("a quote row").click();
    step(&mut h);
    let Some(Selection::Quote(g)) = h.state().selection else { panic!("a quote group") };
    type_into(&mut h, "or", "Buzz Aldrin");
    h.get_by_label("Set speaker").click();
    step(&mut h);
    let c = cmp(&h);
    let g2 = c.quote_groups.iter().position(|q| q.members == c.quote_groups[g].members).expect("same group");
    assert_eq!(c.quote_groups[g2].speaker.as_deref(), Some("Buzz Aldrin"));
    assert!(c.decided.quote(g2).is_some_and(|m| m.decided));
    h.get_by_label_contains("Set the speaker to Buzz Aldrin (Ctrl+Z undoes it)");
    h.get_all_by_label_contains("quote of Buzz Aldrin").next().expect("the grid shows the new speaker");
    h.get_by_label("Undo").click();
    step(&mut h);
    assert_eq!(cmp(&h).quote_groups[g].speaker.as_deref(), Some("Neil Armstrong"), "undone");
    // Or one of the people the articles name, from the list.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Speaker").click();
    step(&mut h);
    h.get_by_label("Charles Duke").click();
    step(&mut h);
    assert_eq!(cmp(&h).quote_groups[g].speaker.as_deref(), Some("Charles Duke"));
    h.get_by_label_contains("Set the speaker to Charles Duke");
}

#[test]
fn reviewed_divergences_are_counted_filtered_and_skipped() {
    let mut h = examples();
    h.get_by_label("Claims").click();
    step(&mut h);
    let all = h.state().derived.review_progress().1;
    h.get_by_label_contains(&format!("0 of {all} divergences reviewed"));
    h.key_press(Key::F7);
    step(&mut h);
    let first = h.state().selection.expect("F7 selects");
    h.get_by_label("Reviewed").click();
    step(&mut h);
    h.get_by_label_contains(&format!("1 of {all} divergences reviewed"));
    // F7 from the start skips the reviewed one; Ctrl+F7 visits it.
    h.key_press(Key::Escape);
    step(&mut h);
    h.key_press(Key::F7);
    step(&mut h);
    assert_ne!(h.state().selection, Some(first), "F7 skips what was reviewed");
    h.key_press(Key::Escape);
    step(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F7);
    step(&mut h);
    assert_eq!(h.state().selection, Some(first), "Ctrl+F7 visits reviewed ones too");
    // The filter shows only what is left to check.
    h.get_by_label("Unreviewed only").click();
    step(&mut h);
    let Selection::Claim(g) = first else { panic!("a claim") };
    assert!(!h.state().derived.claim_rows.contains(&g), "the reviewed group is hidden");
    assert!(h.state().derived.claim_rows.iter().all(|r| {
        let st = cmp(&h).claim_groups[*r].status;
        st == ClaimStatus::Conflict || st == ClaimStatus::Unique
    }));
}

#[test]
fn decisions_are_saved_and_reopened_with_the_same_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = copies(dir.path());
    let saved = dir.path().join("set.crosscheck");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.saves.push_back(saved.clone());
    let mut h = opened(files, None, Box::new(dialogs));
    let (a, b) = two_lone_claims(&cmp(&h));
    link(&mut h, &a, &b);
    h.get_by_label("Reviewed").click();
    step(&mut h);
    type_into(&mut h, "Note", "Checked against the NASA transcript");
    h.get_by_label("Save note").click();
    step(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    step(&mut h);
    h.get_by_label_contains("Comparison saved to");
    let text = std::fs::read_to_string(&saved).expect("saved");
    assert!(text.contains("crosscheck.comparison/2") && text.contains("\"decisions\""), "{text}");
    let before = cmp(&h);

    let mut h2 = opened(vec![saved], None, Box::new(NoDialogs));
    let after = cmp(&h2);
    assert_eq!(h2.state().decisions, h.state().decisions);
    let members = |c: &Comparison| c.claim_groups.iter().map(|g| g.members.clone()).collect::<Vec<_>>();
    assert_eq!(members(&after), members(&before), "the same groups");
    assert_eq!(after.decided.claims, before.decided.claims, "the same marks and notes");
    assert_eq!(h2.state().derived.review_progress(), h.state().derived.review_progress());
    // The note shows in the Read view beside its sentence.
    h2.get_by_label("Read").click();
    step(&mut h2);
    h2.get_by_label("Note: Checked against the NASA transcript");
    // On the grid row too (selected, so the grid scrolls to it).
    let g = group_of_claim(&after, &a);
    h2.state_mut().apply(crosscheck::gui::Action::Select(Some(Selection::Claim(g))));
    h2.state_mut().apply(crosscheck::gui::Action::SetView(View::Claims));
    step(&mut h2);
    h2.get_all_by_label_contains("note: Checked against the NASA transcript").next().expect("the row shows the note");
}

#[test]
fn a_decision_whose_file_changed_is_listed_as_not_applied() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = copies(dir.path());
    let saved = dir.path().join("set.crosscheck");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.saves.push_back(saved.clone());
    let mut h = opened(files.clone(), None, Box::new(dialogs));
    let (a, b) = two_lone_claims(&cmp(&h));
    link(&mut h, &a, &b);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    step(&mut h);
    // Someone edits one of the linked sentences.
    let mut edited = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        for claim in [&a, &b] {
            if text.contains(claim.as_str()) {
                std::fs::write(f, text.replacen(claim.as_str(), &format!("Update: {claim}"), 1)).expect("write");
                edited += 1;
                break;
            }
        }
    }
    assert!(edited > 0, "a linked sentence was edited");
    let mut h2 = opened(vec![saved], None, Box::new(NoDialogs));
    h2.get_by_label("Could not be applied:");
    h2.get_by_label_contains("the text there changed");
    assert_eq!(h2.state().decisions.len(), 1, "kept, not dropped");
    // The reader can let it go, and take that back.
    h2.get_by_label("Forget").click();
    step(&mut h2);
    assert!(h2.state().decisions.is_empty());
    assert!(h2.query_by_label("Could not be applied:").is_none());
    h2.get_by_label("Undo").click();
    step(&mut h2);
    assert_eq!(h2.state().decisions.len(), 1);
}

#[test]
fn after_a_crash_the_decisions_are_offered_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = copies(dir.path());
    let recovery = dir.path().join("recovery.crosscheck");
    let mut h = opened(files.clone(), Some(recovery.clone()), Box::new(NoDialogs));
    h.get_by_label("Claims").click();
    step(&mut h);
    h.key_press(Key::F7);
    step(&mut h);
    h.get_by_label("Reviewed").click();
    step(&mut h);
    assert!(recovery.exists(), "the decision was autosaved");
    let decisions = h.state().decisions.clone();
    // The process dies: no clean exit removes the recovery file.
    drop(h);
    let mut h2 = opened(vec![], Some(recovery.clone()), Box::new(NoDialogs));
    h2.get_by_label("Restore decisions?");
    h2.get_by_label_contains("1 decision about 4 articles can be restored");
    h2.get_by_label("Restore").click();
    settle(&mut h2);
    assert_eq!(h2.state().decisions, decisions);
    assert_eq!(h2.state().derived.review_progress().0, 1);
    h2.get_by_label_contains("Restored 1 decisions");
}

#[test]
fn a_note_on_a_sentence_made_in_read() {
    let mut h = examples();
    h.get_by_label("Read").click();
    step(&mut h);
    let c = cmp(&h);
    let doc = &c.docs[0].article;
    let para = doc.paragraphs.iter().map(|p| doc.slice(*p)).find(|t| t.len() > 80).expect("a paragraph").to_string();
    h.get_by_label(&para).click_secondary();
    step(&mut h);
    type_into(&mut h, "Note on this sentence", "Time checked against the mission log");
    h.get_by_label("Save sentence note").click();
    step(&mut h);
    h.get_by_label("Note: Time checked against the mission log");
    h.get_by_label_contains("Note (Ctrl+Z undoes it)");
    let d = &h.state().decisions;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].kind, DecisionKind::Note);
    assert_eq!(d[0].anchors[0].file, doc.file_name);
    let start = doc.text.find(&para).expect("in the text");
    assert!(d[0].anchors[0].start >= start && d[0].anchors[0].end <= start + para.len(), "the clicked sentence");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    step(&mut h);
    assert!(h.query_by_label("Note: Time checked against the mission log").is_none(), "undone");
}

#[test]
fn a_link_the_engine_cannot_make_is_refused_not_stored() {
    let mut h = examples();
    let c = cmp(&h);
    // Two lone claims of one article: a group holds one claim per article.
    let lone: Vec<usize> = (0..c.claims.len())
        .filter(|&i| c.claim_groups.iter().any(|g| g.status == ClaimStatus::Unique && g.members == [i]))
        .collect();
    let a = lone[0];
    let b = *lone.iter().skip(1).find(|&&i| c.claims[i].article == c.claims[a].article).expect("two in one article");
    link(&mut h, &c.claim(a).text.clone(), &c.claim(b).text.clone());
    h.get_by_label_contains("Not done:");
    h.get_by_label_contains("already has a claim in that group");
    assert!(h.state().decisions.is_empty(), "nothing stored");
    assert!(h.query_by_label("Could not be applied:").is_none());
}

#[test]
fn the_selection_follows_its_group_when_a_decision_moves_it() {
    let mut h = examples();
    h.get_by_label("Claims").click();
    step(&mut h);
    h.key_press(Key::F7);
    step(&mut h);
    let Some(Selection::Claim(g)) = h.state().selection else { panic!("a conflict") };
    let c = cmp(&h);
    let first = c.claim(c.claim_groups[g].members[0]).text.clone();
    assert_eq!(c.claim_groups[g].status, ClaimStatus::Conflict);
    h.get_by_label("Not a conflict").click();
    step(&mut h);
    let c = cmp(&h);
    let now = group_of_claim(&c, &first);
    assert_ne!(c.claim_groups[now].status, ClaimStatus::Conflict, "no longer a conflict");
    assert_eq!(h.state().selection, Some(Selection::Claim(now)), "still the same group selected");
    h.get_by_label_contains("Mark not a conflict (Ctrl+Z undoes it)");
}
