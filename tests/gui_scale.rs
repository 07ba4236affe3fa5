//! The window with many articles, driven as a user would with egui_kittest: it shows before
//! the files are read, says how far reading and comparing have come, keeps the search quick,
//! and draws only the articles in view (frame times themselves are measured by
//! `examples/bench_gui.rs`, never by a test).
#![cfg(feature = "gui")]

use crosscheck::gui::{CrosscheckApp, NoDialogs, StartOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::time::Duration;

const EXAMPLES: [&str; 4] =
    ["01_lunar_dispatch.txt", "02_evening_courier.html", "03_science_review.md", "04_stargazer_blog.txt"];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example").join(name)
}

/// The window on `files` as `crosscheck open` starts it, after its first frames only: no
/// waiting for the worker (`max_steps(0)`: the harness's own frame and one step).
fn window(files: Vec<PathBuf>, size: [f32; 2]) -> Harness<'static, CrosscheckApp> {
    let start = StartOptions { files, examples: false, ..Default::default() };
    Harness::builder()
        .with_size(size)
        .with_max_steps(0)
        .build_eframe(move |cc| CrosscheckApp::new(cc, start, Box::new(NoDialogs)))
}

/// Waits for the worker, then lets the window draw what it brought.
fn settle(h: &mut Harness<'static, CrosscheckApp>) {
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(60)), "loading and comparing finished");
    h.run_steps(4);
}

fn count(h: &Harness<'static, CrosscheckApp>, part: &str) -> usize {
    h.query_all_by_label_contains(part).count()
}

#[test]
fn the_window_shows_progress_before_the_rows_then_the_rows() {
    let files: Vec<PathBuf> = EXAMPLES.iter().map(|n| example(n)).collect();
    let mut h = window(files, [1280.0, 800.0]);
    // The first frames: the files are named in the panel, reading or comparing is under way,
    // and no row is there yet (the window did not wait for them).
    assert_eq!(count(&h, "01_lunar_dispatch.txt"), 1, "the panel lists the files at once");
    let progress = count(&h, "Reading the articles…") + count(&h, "Comparing 4 articles…");
    assert_eq!(progress, 1, "the view says what is under way");
    assert_eq!(count(&h, " claim: "), 0, "no rows before the comparison");
    assert!(h.state().comparison.is_none());
    settle(&mut h);
    assert!(count(&h, " claim: ") > 0, "the rows once compared");
    assert_eq!(count(&h, "Reading the articles…") + count(&h, "Comparing 4 articles…"), 0, "the progress is gone");
    h.get_by_label_contains("4 articles loaded");
}

#[test]
fn typing_in_find_keeps_the_groups_with_those_words_in_any_case() {
    let files: Vec<PathBuf> = EXAMPLES.iter().map(|n| example(n)).collect();
    let mut h = window(files, [1280.0, 800.0]);
    settle(&mut h);
    let all = h.state().derived.claim_rows.len();
    h.get_by_label("Find").click();
    h.run_steps(2);
    h.get_by_label("Find").type_text("NIXON");
    h.run_steps(3);
    let rows = h.state().derived.claim_rows.clone();
    assert!(!rows.is_empty() && rows.len() < all, "some groups, not all: {} of {all}", rows.len());
    let cmp = h.state().comparison.clone().expect("compared");
    for g in &rows {
        let texts: Vec<String> = cmp.claim_groups[*g].members.iter().map(|&m| cmp.claim(m).text.clone()).collect();
        assert!(texts.iter().any(|t| t.contains("Nixon")), "a kept group names Nixon: {texts:?}");
    }
    let named = cmp.claim_groups.iter().filter(|g| g.members.iter().any(|&m| cmp.claim(m).text.contains("Nixon")));
    assert_eq!(rows.len(), named.count(), "every group naming Nixon is kept");
    h.get_by_label_contains(&format!("{} of {all} groups", rows.len()));
    h.get_by_label("Clear").click();
    h.run_steps(3);
    assert_eq!(h.state().derived.claim_rows.len(), all, "clearing the search brings every group back");
}

#[test]
fn articles_below_the_panel_are_drawn_once_scrolled_to() {
    let files: Vec<PathBuf> = EXAMPLES.iter().map(|n| example(n)).collect();
    // A short window: the panel has room for about two of the four articles.
    let mut h = window(files, [1280.0, 420.0]);
    settle(&mut h);
    let last = "One Giant Leap: Humanity Reaches the Moon";
    assert_eq!(count(&h, last), 0, "the last article is out of view, so not drawn");
    h.get_by_label_contains("Apollo 11 crew lands on the Moon").hover();
    h.run_steps(2);
    wheel_down(&mut h, 20);
    h.run_steps(3);
    assert!(count(&h, last) >= 1, "scrolled to, the last article is there");
    h.get_all_by_label("Remove").last().expect("a Remove button").click();
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label_contains("3 articles loaded");
    assert_eq!(count(&h, last), 0, "the last article's Remove removed it");
}

/// Clicks into the text field labelled `label`, types `text`, lets the window draw it.
fn type_into(h: &mut Harness<'static, CrosscheckApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(3);
    h.get_by_label(label).type_text(text);
    h.run_steps(3);
}

/// Finds a unique claim's row by typing into Find, clicks it, clears Find.
fn click_claim_row(h: &mut Harness<'static, CrosscheckApp>, text: &str) {
    type_into(h, "Find", text);
    h.get_by_label(&format!("unique claim: {text}")).click();
    h.run_steps(3);
    h.get_by_label("Clear").click();
    h.run_steps(3);
}

#[test]
fn a_large_comparison_applies_decisions_off_the_frame_and_still_refuses_an_impossible_one() {
    use crosscheck::compare::ClaimStatus;
    use crosscheck::gui::Selection;
    let files: Vec<PathBuf> = EXAMPLES.iter().map(|n| example(n)).collect();
    let mut h = window(files, [1280.0, 900.0]);
    settle(&mut h);
    // As if the four articles were five hundred: decisions go to the derive thread.
    h.state_mut().decide_in_frame_up_to = 0;
    h.get_by_label("Claims").click();
    h.run_steps(3);
    h.key_press(egui::Key::F7);
    h.run_steps(3);
    let Some(Selection::Claim(g)) = h.state().selection else { panic!("F7 selects a conflict") };
    let c = h.state().comparison.clone().expect("compared");
    let first = c.claim(c.claim_groups[g].members[0]).text.clone();
    h.get_by_label("Not a conflict").click();
    h.step();
    assert_eq!(h.state().decisions.len(), 1, "the decision is kept at once");
    settle(&mut h);
    let c = h.state().comparison.clone().expect("compared");
    let Some(Selection::Claim(now)) = h.state().selection else { panic!("the selection stays on a claim") };
    assert!(c.claim_groups[now].members.iter().any(|&m| c.claim(m).text == first), "it follows its group");
    assert_ne!(c.claim_groups[now].status, ClaimStatus::Conflict, "no longer a conflict once applied");
    h.get_by_label_contains("Mark not a conflict (Ctrl+Z undoes it)");
    // Two lone claims of one article cannot be one group: refused when the result lands.
    let lone: Vec<usize> = (0..c.claims.len())
        .filter(|&i| c.claim_groups.iter().any(|g| g.status == ClaimStatus::Unique && g.members == [i]))
        .collect();
    let a = lone[0];
    let b = *lone.iter().skip(1).find(|&&i| c.claims[i].article == c.claims[a].article).expect("two in one article");
    click_claim_row(&mut h, &c.claim(a).text.clone());
    h.get_by_label("Link with…").click();
    h.run_steps(3);
    click_claim_row(&mut h, &c.claim(b).text.clone());
    settle(&mut h);
    h.get_by_label_contains("Not done:");
    assert_eq!(h.state().decisions.len(), 1, "the refused link is not stored");
    assert!(h.query_by_label("Could not be applied:").is_none());
}

#[test]
fn read_lays_out_the_paragraphs_in_view_and_the_rest_when_scrolled_to() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Two long articles of sixty short paragraphs: a column shows a few of them.
    let files: Vec<PathBuf> = ["one", "two"]
        .iter()
        .map(|name| {
            let body: Vec<String> = (1..=60)
                .map(|i| format!("In item {i} the {name} council voted {} to {} on the harbour plan.", i + 3, i))
                .collect();
            let path = dir.path().join(format!("{name}.txt"));
            std::fs::write(&path, format!("The {name} harbour vote\n\n{}\n", body.join("\n\n"))).expect("write");
            path
        })
        .collect();
    let mut h = window(files, [1280.0, 600.0]);
    settle(&mut h);
    h.get_by_label("Read").click();
    h.run_steps(4);
    let far = "In item 58 the one council";
    assert!(count(&h, "In item 1 the one council") >= 1, "the top of the column is drawn");
    assert_eq!(count(&h, far), 0, "a paragraph far below the view is not laid out");
    h.get_by_label_contains("In item 2 the one council").hover();
    h.run_steps(2);
    wheel_down(&mut h, 120);
    h.run_steps(3);
    assert!(count(&h, far) >= 1, "scrolled to, the paragraph is there");
    assert_eq!(count(&h, "In item 1 the one council"), 0, "and the top is no longer laid out");
    // The other column scrolled along with it.
    assert!(count(&h, "In item 58 the two council") >= 1, "the columns scroll together");
    h.get_by_label_contains(far).click();
    h.run_steps(3);
    assert!(h.state().selection.is_some(), "a click on a far sentence selects its group");
}

#[test]
fn the_heat_map_of_many_articles_names_the_cell_under_the_pointer_and_opens_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Fourteen articles: past a dozen the heat map is one image with one hover area.
    let mut h = window(fourteen(dir.path()), [1280.0, 900.0]);
    settle(&mut h);
    h.get_by_label("Overview").click();
    h.run_steps(4);
    let map = h.get_by_label_contains("Similarity between articles").rect();
    // The cell of the second row and the third column (cells are 600 / 14 points square).
    let cell = 600.0 / 14.0;
    let below = map.bottom() + 40.0;
    let at = egui::pos2(map.left() + 2.5 * cell, below + 1.5 * cell);
    h.event(egui::Event::PointerMoved(at));
    h.run_steps(3);
    let tips: Vec<String> = {
        use egui_kittest::kittest::NodeT;
        h.query_all_by_label_contains(" / ")
            .filter_map(|n| n.accesskit_node().label().or_else(|| n.accesskit_node().value()))
            .collect()
    };
    let named = tips.iter().any(|t| t.contains(" / ") && t.contains("Harbour vote"));
    assert!(named, "hovering a cell names both articles and their similarity: {tips:?}");
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(3);
    assert_eq!(h.state().view, crosscheck::gui::View::Read, "a cell opens the Read view");
}

/// Fourteen short articles about one vote, written into `dir`; the last one misspells the
/// mayor's name.
fn fourteen(dir: &Path) -> Vec<PathBuf> {
    (0..14)
        .map(|i| {
            let path = dir.join(format!("{i:02}.txt"));
            let mayor = if i == 13 { "Ana Lopes" } else { "Ana Lopez" };
            let text = format!(
                "Harbour vote {i}\n\nThe council voted {} to 3 on the harbour plan, Mayor {mayor} said on Monday.\n\nWork starts in spring.\n",
                5 + i % 3
            );
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect()
}

#[test]
fn names_of_many_articles_are_rows_of_the_grid_and_a_click_selects_one() {
    use crosscheck::gui::Selection;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = window(fourteen(dir.path()), [1280.0, 900.0]);
    settle(&mut h);
    h.get_by_label("Names").click();
    h.run_steps(4);
    h.get_by_label_contains("names ·");
    let row = "name: Ana Lopez";
    assert!(count(&h, row) >= 1, "the mayor is a row of the grid");
    h.get_all_by_label_contains(row).next().expect("the row").click();
    h.run_steps(3);
    let Some(Selection::Entity(e)) = h.state().selection else { panic!("a click selects the name") };
    let cmp = h.state().comparison.clone().expect("compared");
    assert!(cmp.entities[e].name.contains("Lopez"), "the clicked name is selected: {}", cmp.entities[e].name);
}

/// Turns the mouse wheel down `notches` times over whatever the pointer hovers, a frame each.
fn wheel_down(h: &mut Harness<'static, CrosscheckApp>, notches: usize) {
    for _ in 0..notches {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        h.run_steps(1);
    }
}
