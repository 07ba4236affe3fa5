//! The window, driven as a user would with egui_kittest (queries by label need no GPU).

use crosscheck::gui::dialogs::ScriptedDialogs;
use crosscheck::gui::{CrosscheckApp, NoDialogs, StartOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn harness(start: StartOptions, dialogs: Box<dyn crosscheck::gui::Dialogs>) -> Harness<'static, CrosscheckApp> {
    let mut h =
        Harness::builder().with_size([1200.0, 800.0]).build_eframe(move |cc| CrosscheckApp::new(cc, start, dialogs));
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(30)), "loading finished");
    h.run();
    h
}

#[test]
fn lists_loaded_articles_and_a_failed_files_reason() {
    let files = vec![fixture("wire_report.txt"), fixture("page.html"), fixture("noise.bin")];
    let h = harness(StartOptions { files, examples: false }, Box::new(NoDialogs));
    // The side panel and the Read view both show the titles.
    assert!(h.query_all_by_label_contains("Harbour bridge reopens after two-year repair").count() >= 1);
    assert!(h.query_all_by_label_contains("Bridge reopens after repair").count() >= 1);
    h.get_by_label_contains("Coastal Times · March 4, 2024");
    h.get_by_label_contains("Failed: binary data, not text");
    h.get_by_label_contains("2 articles loaded");
}

#[test]
fn opens_the_bundled_examples_by_default() {
    let h = harness(StartOptions { files: vec![], examples: true }, Box::new(NoDialogs));
    h.get_by_label_contains("4 articles loaded");
    assert!(h.query_all_by_label_contains("Apollo 11 crew lands on the Moon").count() >= 1);
}

#[test]
fn open_dialog_adds_files_and_remove_takes_one_away() {
    let mut dialogs = ScriptedDialogs::default();
    dialogs.picks.push_back(vec![fixture("wire_report.txt"), fixture("notes.md")]);
    let mut h = harness(StartOptions::default(), Box::new(dialogs));
    h.get_by_label_contains("No articles yet");
    h.get_by_label("Open…").click();
    h.run();
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(30)));
    h.run();
    h.get_by_label_contains("2 articles loaded");
    // The second article in the list is notes.md.
    h.get_all_by_label("Remove").nth(1).expect("two Remove buttons").click();
    h.run();
    h.get_by_label_contains("1 articles loaded");
}
