//! The window, driven as a user would with egui_kittest: queries by label need no GPU;
//! the snapshot tests render on the CPU (WGPU_BACKEND=gl, llvmpipe).
#![cfg(feature = "gui")]

use crosscheck::compare::ClaimStatus;
use crosscheck::gui::dialogs::ScriptedDialogs;
use crosscheck::gui::{CrosscheckApp, NoDialogs, Selection, StartOptions, View};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example").join(name)
}

fn harness(start: StartOptions, dialogs: Box<dyn crosscheck::gui::Dialogs>) -> Harness<'static, CrosscheckApp> {
    let mut h =
        Harness::builder().with_size([1280.0, 800.0]).build_eframe(move |cc| CrosscheckApp::new(cc, start, dialogs));
    settle(&mut h);
    h
}

/// Waits for the worker, then lets the window draw what it brought.
fn settle(h: &mut Harness<'static, CrosscheckApp>) {
    h.run_steps(2);
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(60)), "loading and comparing finished");
    h.run_steps(3);
}

fn examples() -> Harness<'static, CrosscheckApp> {
    harness(StartOptions { files: vec![], examples: true, ..Default::default() }, Box::new(NoDialogs))
}

#[test]
fn lists_loaded_articles_and_a_failed_files_reason() {
    let files = vec![fixture("wire_report.txt"), fixture("page.html"), fixture("noise.bin")];
    let mut h = harness(StartOptions { files, examples: false, ..Default::default() }, Box::new(NoDialogs));
    h.get_by_label("Read").click();
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("Harbour bridge reopens after two-year repair").count() >= 1);
    assert!(h.query_all_by_label_contains("Bridge reopens after repair").count() >= 1);
    h.get_by_label_contains("Coastal Times · March 4, 2024");
    h.get_by_label_contains("Failed: binary data, not text");
    h.get_by_label_contains("2 articles loaded");
}

#[test]
fn opens_the_bundled_examples_by_default() {
    let h = examples();
    h.get_by_label_contains("4 articles loaded");
    assert!(h.query_all_by_label_contains("Apollo 11 crew lands on the Moon").count() >= 1);
    assert!(h.state().comparison.is_some(), "the examples are compared at once");
}

#[test]
fn open_dialog_adds_files_and_remove_takes_one_away() {
    let mut dialogs = ScriptedDialogs::default();
    dialogs.picks.push_back(vec![fixture("wire_report.txt"), fixture("notes.md")]);
    let mut h = harness(StartOptions::default(), Box::new(dialogs));
    h.get_by_label_contains("No articles yet");
    h.get_by_label("Open…").click();
    settle(&mut h);
    h.get_by_label_contains("2 articles loaded");
    // The second article in the list is notes.md.
    h.get_all_by_label("Remove").nth(1).expect("two Remove buttons").click();
    settle(&mut h);
    h.get_by_label_contains("1 articles loaded");
}

#[test]
fn views_switch_and_show_their_content() {
    let mut h = examples();
    for (view, expect) in [
        ("Overview", "Claims per article"),
        ("Quotes", "altered quote of Neil Armstrong"),
        ("Names", "names ·"),
        ("Claims", "claim:"),
    ] {
        h.get_by_label(view).click();
        h.run_steps(3);
        assert!(h.query_all_by_label_contains(expect).count() >= 1, "{view} shows {expect:?}");
    }
    assert_eq!(h.state().view, View::Claims);
}

#[test]
fn status_filter_hides_groups() {
    let mut h = examples();
    h.get_by_label("Claims").click();
    h.run_steps(2);
    let before = h.state().derived.claim_rows.len();
    let uniques = h
        .state()
        .comparison
        .as_ref()
        .map(|c| c.claim_groups.iter().filter(|g| g.status == ClaimStatus::Unique).count());
    h.get_by_label_contains("Unique (").click();
    h.run_steps(3);
    let after = h.state().derived.claim_rows.len();
    assert_eq!(Some(before - after), uniques, "unticking Unique hides exactly the unique groups");
    assert!(h.query_all_by_label_contains("unique claim:").next().is_none());
}

#[test]
fn f7_steps_through_divergences() {
    let mut h = examples();
    assert!(h.state().selection.is_none());
    h.key_press(egui::Key::F7);
    h.run_steps(3);
    let first = h.state().selection.expect("F7 selects the first divergence");
    assert_eq!(Some(&first), h.state().derived.divergences.first());
    h.key_press(egui::Key::F7);
    h.run_steps(3);
    let second = h.state().selection.expect("selected");
    assert_ne!(first, second);
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F7);
    h.run_steps(3);
    assert_eq!(h.state().selection, Some(first), "Shift+F7 goes back");
    // The details panel shows the selected group.
    h.get_by_label("Details");
    h.get_by_label("Next").click();
    h.run_steps(3);
    assert_eq!(h.state().selection, Some(second));
}

#[test]
fn changing_the_threshold_recompares() {
    let mut h = examples();
    let groups =
        |h: &Harness<'static, CrosscheckApp>| h.state().comparison.as_ref().map(|c| c.claim_groups.len()).unwrap_or(0);
    let before = groups(&h);
    // As assistive technology (and a keyboard) sets a slider.
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Match threshold").set_value_accesskit(0.9);
    settle(&mut h);
    let after = groups(&h);
    assert!(after > before, "a stricter threshold splits groups: {before} → {after}");
    assert_eq!(h.state().comparison.as_ref().map(|c| c.settings.threshold), Some(0.9));
    // A change of the settings is undone like any other change of the comparison.
    h.get_by_label("Undo").click();
    settle(&mut h);
    assert_eq!(h.state().comparison.as_ref().map(|c| c.settings.threshold), Some(0.25));
    assert_eq!(groups(&h), before);
    h.get_by_label_contains("Undone: Change the settings");
}

#[test]
fn saving_a_report_writes_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("report.html");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.saves.push_back(out.clone());
    let mut h = harness(StartOptions { files: vec![], examples: true, ..Default::default() }, Box::new(dialogs));
    h.get_by_label("Save report…").click();
    h.run_steps(1);
    // The report is written on a thread of its own; the window waits for nothing.
    settle(&mut h);
    let html = std::fs::read_to_string(&out).expect("the report was written");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Crosscheck report"));
    h.get_by_label_contains("Report saved to");
}

#[test]
fn a_report_that_cannot_be_saved_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("no such folder").join("report.md");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.saves.push_back(out.clone());
    let mut h = harness(StartOptions { files: vec![], examples: true, ..Default::default() }, Box::new(dialogs));
    settle(&mut h);
    h.get_by_label("Save report…").click();
    h.run_steps(1);
    settle(&mut h);
    assert!(!out.exists());
    h.get_by_label_contains("Report not saved");
    // The window goes on: the next save still works.
    assert!(h.state().comparison.is_some());
}

#[test]
fn a_comparison_file_round_trips_and_reports_missing_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::copy(example("01_lunar_dispatch.txt"), &a).expect("copy");
    std::fs::copy(example("04_stargazer_blog.txt"), &b).expect("copy");
    let saved = dir.path().join("set.crosscheck");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.saves.push_back(saved.clone());
    let mut h = harness(
        StartOptions { files: vec![a.clone(), b.clone()], examples: false, ..Default::default() },
        Box::new(dialogs),
    );
    h.get_all_by_label("Reference").next().expect("a reference box").click();
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::S);
    h.run_steps(3);
    assert!(saved.exists(), "Ctrl+Shift+S saved the comparison file");
    std::fs::remove_file(&b).expect("remove");
    let mut h2 =
        harness(StartOptions { files: vec![saved], examples: false, ..Default::default() }, Box::new(NoDialogs));
    h2.get_by_label_contains("1 articles loaded");
    h2.get_by_label_contains("Failed: file not found");
    assert!(h2.state().reference.is_some(), "the reference is restored");
    h2.run_steps(1);
}

#[test]
fn clicking_a_sentence_in_read_selects_its_group() {
    let mut h = examples();
    h.get_by_label("Read").click();
    h.run_steps(3);
    assert!(h.state().selection.is_none());
    // The first paragraph of the body of the first article, clicked where a person would.
    let cmp = h.state().comparison.clone().expect("compared");
    let doc = &cmp.docs[0].article;
    let para = doc.paragraphs.iter().map(|p| doc.slice(*p)).find(|t| t.len() > 80).expect("a paragraph").to_string();
    h.get_by_label(&para).click();
    h.run_steps(3);
    let Some(Selection::Claim(g)) = h.state().selection else { panic!("a claim group is selected") };
    let start = doc.text.find(&para).expect("in the text");
    let group = &cmp.claim_groups[g];
    assert!(
        group.members.iter().any(|&m| cmp.claims[m].article == 0
            && cmp.claim(m).start >= start
            && cmp.claim(m).end <= start + para.len()),
        "the selected group holds a sentence of the clicked paragraph"
    );
    h.get_by_label("Details");
}

#[test]
fn snapshots_of_each_view() {
    let mut h = examples();
    h.key_press(egui::Key::F7);
    h.run_steps(3);
    for view in [View::Claims, View::Quotes, View::Read, View::Names, View::Overview] {
        h.state_mut().apply(crosscheck::gui::Action::SetView(view));
        h.run_steps(4);
        h.snapshot(format!("view_{}", view.label().to_lowercase()));
    }
}

#[test]
fn a_running_comparison_can_be_cancelled() {
    use crosscheck::worker::{Event, Job, Worker};
    // The engine gives up when asked: with the flag set the worker answers Cancelled, never
    // a comparison (the window alone could hide an engine that ignores the flag).
    let worker = Worker::spawn(|| {}).expect("a worker");
    let docs: Vec<_> = ["01_lunar_dispatch.txt", "04_stargazer_blog.txt"]
        .iter()
        .map(|n| crosscheck::worker::load_one(&example(n)).expect("loads"))
        .collect();
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let settings = crosscheck::compare::Settings::default();
    assert!(worker.send(Job::Compare { generation: 7, docs, settings, reference: None, cancel }));
    match worker.recv_timeout(Duration::from_secs(60)) {
        Some(Event::Cancelled { generation: 7 }) => {}
        other => panic!("the comparison was not cancelled: {other:?}"),
    }
    // The window: Cancel in the status bar stops the running comparison and says so. The
    // articles are many and alike, so that the comparison is still running when the click
    // lands (on the examples alone it could finish first, and the click would find nothing).
    let dir = tempfile::tempdir().expect("tempdir");
    let files = alike_articles(dir.path(), 150);
    let start = StartOptions { files, examples: false, ..Default::default() };
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(0)
        .build_eframe(move |cc| CrosscheckApp::new(cc, start, Box::new(NoDialogs)));
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !h.state().comparing && std::time::Instant::now() < deadline {
        h.run_steps(1);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(h.state().comparing, "the comparison started");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().comparing, "the click stopped the comparison");
    assert!(h.state_mut().wait_until_idle(Duration::from_secs(60)));
    h.run_steps(3);
    assert!(!h.state().comparing);
    assert!(h.state().comparison.is_none(), "the cancelled result never lands");
    h.get_by_label_contains("Comparison cancelled");
}

/// `n` articles about one council vote, alike in most words and different in their numbers
/// and names: enough work to keep a comparison busy for a while.
fn alike_articles(dir: &Path, n: usize) -> Vec<PathBuf> {
    const WHO: [&str; 6] = ["Ana Lopez", "Ben Okafor", "Chen Wei", "Dora Blum", "Eli Sato", "Fay Moreau"];
    const WHAT: [&str; 6] =
        ["harbour plan", "rail depot", "school budget", "bridge repair", "water tariff", "bus lanes"];
    (0..n)
        .map(|i| {
            let mut text = format!("Council vote {i}\n\n");
            for k in 0..40 {
                let (who, what) = (WHO[(i + k) % 6], WHAT[(i * 7 + k) % 6]);
                text.push_str(&format!(
                    "The council voted {} to {} on the {what} on Monday, and {who} said the cost was {} million.\n\n",
                    5 + (i + k) % 4,
                    2 + k % 3,
                    10 + (i * k) % 17
                ));
            }
            let path = dir.join(format!("{i:03}.txt"));
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect()
}

#[test]
fn the_window_survives_bad_inputs_and_lists_each_failure() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    };
    let mut noise = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        noise.push((x >> 16) as u8);
    }
    let files = vec![
        write("empty.txt", b""),
        write("blank.txt", b"   \n\t\n"),
        write("noise.bin", &noise),
        write("picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        write("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog"),
        write("broken.docx", b"PK\x03\x04garbage"),
        write(
            "scripts.html",
            b"<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>",
        ),
        dir.path().join("missing.txt"),
        dir.path().to_path_buf(),
        example("01_lunar_dispatch.txt"),
        example("04_stargazer_blog.txt"),
    ];
    let bad = files.len() - 2;
    // Tall enough for all eleven entries: the panel draws only the entries in view.
    let start = StartOptions { files, examples: false, ..Default::default() };
    let mut h = Harness::builder()
        .with_size([1280.0, 2000.0])
        .build_eframe(move |cc| CrosscheckApp::new(cc, start, Box::new(NoDialogs)));
    settle(&mut h);
    h.get_by_label_contains("2 articles loaded");
    h.get_by_label_contains(&format!("{bad} failed"));
    assert_eq!(h.query_all_by_label_contains("Failed:").count(), bad, "every failure is listed with its reason");
    assert!(h.state().comparison.as_ref().is_some_and(|c| c.docs.len() == 2), "the good files are compared");
    h.get_by_label("Claims").click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Claims);
    assert!(h.query_all_by_label_contains(" claim: ").count() >= 1, "the two good articles' claims are listed");
}

#[test]
fn a_pasted_article_is_added() {
    let mut h = harness(StartOptions::default(), Box::new(NoDialogs));
    h.get_by_label("Paste article…").click();
    h.run_steps(3);
    assert!(h.state().paste.open, "the paste window opens");
    h.get_by_label("Add article");
    h.get_by_label("Paste the article's text below (Ctrl+V):");
    h.query_all_by_role(egui::accesskit::Role::MultilineTextInput).next().expect("the text box").click();
    h.run_steps(2);
    h.query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
        .expect("the text box")
        .type_text("Bridge reopens\n\nThe mayor reopened the harbour bridge on Monday.");
    h.run_steps(2);
    h.get_by_label("Add article").click();
    settle(&mut h);
    h.get_by_label_contains("1 articles loaded");
    assert!(h.query_all_by_label_contains("Bridge reopens").count() >= 1);
    assert!(!h.state().paste.open, "the paste window closes");
}

#[test]
fn articles_of_another_event_are_named_in_a_warning_bar() {
    let files = vec![
        fixture("events/quake_vella_1.txt"),
        fixture("events/quake_kord_1.txt"),
        fixture("events/quake_vella_2.txt"),
    ];
    let mut h = harness(StartOptions { files, examples: false, ..Default::default() }, Box::new(NoDialogs));
    h.get_by_label("Claims").click();
    h.run_steps(3);
    h.get_by_label_contains("Another event:");
    h.get_by_label_contains("their claims are not grouped with the others");
    // The Kord Ridge report is named once more than a Port Vella one (the articles panel and
    // the grid name them all; the warning bar only the other event).
    let count = |h: &Harness<'static, CrosscheckApp>, title: &str| h.query_all_by_label(title).count();
    assert_eq!(
        count(&h, "Mountain town of Kord Ridge hit by quake"),
        count(&h, "Quake shakes Port Vella") + 1,
        "the warning names the article of the other event"
    );
}

#[test]
fn details_say_why_members_were_matched_and_how_sure() {
    let mut h = examples();
    h.get_by_label("Claims").click();
    h.run_steps(3);
    // The first divergence is a conflict of several articles; the reader steps onto it.
    h.key_press(egui::Key::F7);
    h.run_steps(3);
    h.get_by_label_contains("Matched with confidence");
    h.get_by_label_contains("disagreement confidence");
    h.get_by_label_contains("shared:");
}

#[test]
fn read_shows_what_was_dropped_as_clutter_dimmed_and_folded() {
    let files = vec![fixture("browser_saved.txt")];
    let mut h = harness(StartOptions { files, examples: false, ..Default::default() }, Box::new(NoDialogs));
    h.get_by_label("Read").click();
    h.run_steps(3);
    // Folded at first: the reader opens it to check nothing real was lost.
    assert!(h.query_by_label("Tags: ferry, islands, storm, transport").is_none());
    h.get_by_label_contains("Dropped as page clutter (").click();
    h.run_steps(3);
    h.get_by_label("Tags: ferry, islands, storm, transport");
    h.get_by_label("Image 1 of 6");
}

/// The labels of the nodes whose label contains `part`, in the order the window lays them out.
fn labels_containing(h: &Harness<'static, CrosscheckApp>, part: &str) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    // A button carries its text as its label, a text label as its value.
    h.query_all_by_label_contains(part)
        .filter_map(|n| n.accesskit_node().label().or_else(|| n.accesskit_node().value()))
        .collect()
}

/// The quote groups of a Markdown report, in order: (status, speaker, rows' article labels,
/// the "Not in" line).
fn quotes_in_markdown(md: &str) -> Vec<(String, String, Vec<String>, Option<String>)> {
    let quotes = md.split("\n## Quotes\n").nth(1).expect("a Quotes section");
    let quotes = quotes.split("\n## ").next().unwrap_or_default();
    let mut out: Vec<(String, String, Vec<String>, Option<String>)> = Vec::new();
    let mut speaker = String::new();
    for line in quotes.lines() {
        if let Some(s) = line.strip_prefix("### ") {
            speaker = s.to_string();
        } else if let Some(rest) = line.strip_prefix("**") {
            let status = rest.split("**").next().unwrap_or_default().to_lowercase();
            out.push((status, speaker.clone(), Vec::new(), None));
        } else if let Some(row) = line.strip_prefix("| ")
            && !row.starts_with("Article")
            && let Some(last) = out.last_mut()
        {
            let article = row.split(" | ").next().unwrap_or_default().replace(" (compared against)", "");
            last.2.push(article);
        } else if let Some(names) = line.strip_prefix("Not in: ")
            && let Some(last) = out.last_mut()
        {
            last.3 = Some(names.to_string());
        }
    }
    out
}

/// The article labels Details shows, top to bottom (below its heading: the article list may
/// show a title too).
fn rows_in_details(h: &Harness<'static, CrosscheckApp>, labels: &[String]) -> Vec<String> {
    let top = h.get_by_label("Details").rect().min.y;
    let mut in_order: Vec<(f32, String)> = Vec::new();
    for l in labels {
        for n in h.query_all_by_label(l).filter(|n| n.rect().min.y > top) {
            in_order.push((n.rect().min.y, l.clone()));
        }
    }
    in_order.sort_by(|a, b| a.0.total_cmp(&b.0));
    in_order.into_iter().map(|(_, l)| l).collect()
}

/// Markdown labels an article "Outlet (a2)"; the window "Outlet".
fn without_ids(labels: &str) -> String {
    labels.split(", ").map(|l| l.rsplit_once(" (a").map_or(l, |(name, _)| name)).collect::<Vec<_>>().join(", ")
}

#[test]
fn the_window_and_the_reports_list_the_same_quotes_in_the_same_order() {
    use crosscheck::report::{self, Format, present};
    let mut h = examples();
    // Tall enough for every row of the grid to be laid out.
    h.set_size(egui::vec2(1280.0, 2400.0));
    h.get_by_label("Quotes").click();
    h.run_steps(4);
    let cmp = h.state().comparison.clone().expect("compared");
    let md = report::render_at(&cmp, Format::Markdown, "2026-01-01T00:00:00Z").expect("renders");
    let reported = quotes_in_markdown(&md);
    assert_eq!(reported.len(), cmp.quote_groups.len(), "the report lists every quote group");

    // The grid's rows: "altered quote of Neil Armstrong: …", in the report's order.
    let rows = labels_containing(&h, " quote of ");
    let listed: Vec<(String, String)> = rows
        .iter()
        .map(|l| {
            let (status, rest) = l.split_once(" quote of ").expect("status and speaker");
            (status.to_string(), rest.split_once(": ").map_or(rest, |(s, _)| s).to_string())
        })
        .collect();
    let expected: Vec<(String, String)> = reported.iter().map(|(st, sp, _, _)| (st.clone(), sp.clone())).collect();
    assert_eq!(listed, expected, "the Quotes view lists the report's groups in its order");
    let mut speakers: Vec<&str> = listed.iter().map(|(_, s)| s.as_str()).collect();
    speakers.dedup();
    let presented: Vec<&str> = present::speakers(&cmp).iter().map(|s| s.label).collect();
    assert_eq!(speakers, presented, "speakers in the one order");

    // Each group in Details: the report's rows (article labels, in order) and who leaves it out.
    let labels: Vec<String> = (0..cmp.docs.len()).map(|d| present::article_label(&cmp, d)).collect();
    for (k, (_, _, articles, not_in)) in reported.iter().enumerate() {
        let row = rows[k].clone();
        h.get_by_label(&row).click();
        h.run_steps(4);
        let in_details = rows_in_details(&h, &labels);
        let in_report: Vec<String> = articles.iter().map(|a| without_ids(a)).collect();
        assert_eq!(in_details, in_report, "Details shows the report's rows for {row}");
        let omitted = labels_containing(&h, "Not in: ");
        let expected: Vec<String> = not_in.iter().map(|n| format!("Not in: {}", without_ids(n))).collect();
        assert_eq!(omitted, expected, "who leaves out {row}");
    }
}

#[test]
fn details_shows_each_claim_group_as_presented() {
    use crosscheck::report::present;
    let mut h = examples();
    h.set_size(egui::vec2(1280.0, 2400.0));
    h.get_by_label("Claims").click();
    h.run_steps(4);
    let cmp = h.state().comparison.clone().expect("compared");
    let labels: Vec<String> = (0..cmp.docs.len()).map(|d| present::article_label(&cmp, d)).collect();
    let rows = labels_containing(&h, " claim: ");
    assert_eq!(rows.len(), cmp.claim_groups.len(), "every claim group has a row");
    // The rows stand in the reports' order: conflicts, each article's unique claims,
    // reworded, agreeing; each row shows its group's canonical words.
    let canonical = |g: usize| -> String {
        let shown = present::claim_group(&cmp, g);
        match &shown.rows.iter().find(|r| r.canonical).unwrap_or(&shown.rows[0]).words {
            present::Words::Plain(t) => format!("{} claim: {t}", shown.status),
            present::Words::Diff(_) => format!("{} claim: ", shown.status),
        }
    };
    let order = present::claim_sections(&cmp).order();
    for (row, &g) in rows.iter().zip(&order) {
        let expected = canonical(g);
        let head: String = expected.chars().take(40).collect();
        assert!(row.starts_with(&head), "row {row:?} should be group {g}: {expected:?}");
    }
    for g in h.state().derived.claim_rows.clone() {
        let shown = present::claim_group(&cmp, g);
        let row = rows.iter().find(|r| {
            r.starts_with(&format!("{} claim: ", shown.status)) && {
                let text = match &shown.rows.iter().find(|r| r.canonical).unwrap_or(&shown.rows[0]).words {
                    present::Words::Plain(t) => t.to_string(),
                    present::Words::Diff(_) => String::new(),
                };
                r.contains(&text)
            }
        });
        let row = row.expect("the group's row").clone();
        h.get_by_label(&row).click();
        h.run_steps(4);
        assert_eq!(h.state().selection, Some(crosscheck::gui::Selection::Claim(g)), "{row}");
        let expected: Vec<String> = shown.rows.iter().map(|r| labels[r.article].clone()).collect();
        assert_eq!(rows_in_details(&h, &labels), expected, "Details shows the presented rows of {row}");
        let omitted: Vec<String> = shown.omitted_by.iter().map(|&a| labels[a].clone()).collect();
        let expected: Vec<String> =
            if omitted.is_empty() { Vec::new() } else { vec![format!("Not in: {}", omitted.join(", "))] };
        assert_eq!(labels_containing(&h, "Not in: "), expected, "who leaves out {row}");
    }
}
