//! The reader's decisions: applied after the automatic grouping, kept across a threshold
//! change, reported when their anchor no longer matches, saved in `/2` comparison files.

use crosscheck::compare::decisions::{self, Anchor, Decision, DecisionKind};
use crosscheck::compare::{ClaimStatus, Comparison, Loaded, QuoteStatus, Settings, compare};
use std::path::{Path, PathBuf};

const EXAMPLES: [&str; 4] =
    ["01_lunar_dispatch.txt", "02_evening_courier.html", "03_science_review.md", "04_stargazer_blog.txt"];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example").join(name)
}

fn docs() -> Vec<Loaded> {
    EXAMPLES.iter().map(|n| crosscheck::worker::load_one(&example(n)).unwrap_or_else(|e| panic!("{e}"))).collect()
}

fn decided(settings: Settings, ds: &[Decision]) -> Comparison {
    let mut cmp = compare(docs(), settings, None);
    decisions::apply(&mut cmp, ds);
    cmp
}

/// The anchor of claim group `g`'s member `k`.
fn claim_anchor(cmp: &Comparison, g: usize, k: usize) -> Anchor {
    let id = cmp.claim_groups[g].members[k];
    let c = cmp.claim(id);
    Anchor::new(&cmp.docs[cmp.claims[id].article], c.start, c.end)
}

fn group_with(cmp: &Comparison, a: &Anchor) -> usize {
    cmp.claim_groups
        .iter()
        .position(|g| {
            g.members.iter().any(|&m| {
                let c = cmp.claim(m);
                cmp.docs[cmp.claims[m].article].article.file_name == a.file && c.start == a.start && c.end == a.end
            })
        })
        .expect("the anchored claim is in a group")
}

/// Two unique claims of different articles (the engine left them apart).
fn two_lone_claims(cmp: &Comparison) -> (Anchor, Anchor) {
    let lone: Vec<usize> =
        (0..cmp.claim_groups.len()).filter(|&g| cmp.claim_groups[g].status == ClaimStatus::Unique).collect();
    let first = lone[0];
    let art = cmp.claims[cmp.claim_groups[first].members[0]].article;
    let second = *lone
        .iter()
        .find(|&&g| cmp.claims[cmp.claim_groups[g].members[0]].article != art)
        .expect("unique claims in two articles");
    (claim_anchor(cmp, first, 0), claim_anchor(cmp, second, 0))
}

#[test]
fn a_join_is_applied_after_grouping_and_survives_a_threshold_change() {
    let plain = compare(docs(), Settings::default(), None);
    let (a, b) = two_lone_claims(&plain);
    assert_ne!(group_with(&plain, &a), group_with(&plain, &b), "the engine left them apart");
    let join = Decision::new(DecisionKind::Join, vec![a.clone(), b.clone()]);
    for threshold in [0.25, 0.6, 0.9] {
        let cmp = decided(Settings { threshold, ..Settings::default() }, std::slice::from_ref(&join));
        let g = group_with(&cmp, &a);
        assert_eq!(g, group_with(&cmp, &b), "joined at threshold {threshold}");
        assert_ne!(cmp.claim_groups[g].status, ClaimStatus::Unique);
        assert!(cmp.decided.claim(g).is_some_and(|m| m.decided), "the group is marked decided");
        assert!(cmp.decided.outcomes.iter().all(|o| o.applied));
        let total: usize = cmp.claim_groups.iter().map(|g| g.members.len()).sum();
        assert_eq!(total, cmp.claims.len(), "every claim is in exactly one group");
    }
}

#[test]
fn a_separated_member_stands_alone() {
    let plain = compare(docs(), Settings::default(), None);
    let g = plain.claim_groups.iter().position(|g| g.members.len() >= 2).expect("a shared claim");
    let before = plain.claim_groups[g].members.len();
    let a = claim_anchor(&plain, g, 1);
    let cmp = decided(Settings::default(), &[Decision::new(DecisionKind::Separate, vec![a.clone()])]);
    let alone = group_with(&cmp, &a);
    assert_eq!(cmp.claim_groups[alone].members.len(), 1);
    assert_eq!(cmp.claim_groups[alone].status, ClaimStatus::Unique);
    let rest = group_with(&cmp, &claim_anchor(&plain, g, 0));
    assert_eq!(cmp.claim_groups[rest].members.len(), before - 1);
}

#[test]
fn status_note_and_reviewed_marks() {
    let plain = compare(docs(), Settings::default(), None);
    let g = plain.claim_groups.iter().position(|g| g.status == ClaimStatus::Conflict).expect("a conflict");
    let a = claim_anchor(&plain, g, 0);
    let ds = [
        Decision::new(DecisionKind::Status, vec![a.clone()]).with_value(decisions::NOT_CONFLICT),
        Decision::new(DecisionKind::Note, vec![a.clone()]).with_note("Both figures are from the same briefing."),
        Decision::new(DecisionKind::Reviewed, vec![a.clone()]),
    ];
    let cmp = decided(Settings::default(), &ds);
    let g = group_with(&cmp, &a);
    assert_ne!(cmp.claim_groups[g].status, ClaimStatus::Conflict);
    assert!(cmp.claim_groups[g].conflicts.is_empty());
    assert!(cmp.claim_groups.windows(2).all(|w| w[0].status <= w[1].status), "still in the engine's order");
    let marks = cmp.decided.claim(g).expect("marks");
    assert!(marks.decided && marks.reviewed);
    assert_eq!(marks.notes[0].text, "Both figures are from the same briefing.");
}

#[test]
fn a_speaker_set_by_the_reader_replaces_the_engines() {
    let plain = compare(docs(), Settings::default(), None);
    let g = plain.quote_groups.iter().position(|g| g.members.len() >= 2).expect("a shared quote");
    let (art, q) = plain.quote_groups[g].members[0];
    let quote = &plain.docs[art].analysis.quotes[q];
    let a = Anchor::new(&plain.docs[art], quote.start, quote.end);
    let cmp = decided(Settings::default(), &[Decision::new(DecisionKind::Speaker, vec![a]).with_value("Jane Roe")]);
    let g = cmp.quote_groups.iter().position(|g| g.members.contains(&(art, q))).expect("still grouped");
    assert_eq!(cmp.quote_groups[g].speaker.as_deref(), Some("Jane Roe"));
    assert!(cmp.quote_groups[g].items.iter().all(|&i| cmp.quote_items[i].speaker.as_deref() == Some("Jane Roe")));
    assert!(cmp.decided.quote(g).is_some_and(|m| m.decided));
    assert_ne!(cmp.quote_groups[g].status, QuoteStatus::Unique);
    // The report marks the group's quotes as decided, and only those.
    let json = crosscheck::report::json::to_string(&cmp, "2026-01-01T00:00:00Z").expect("renders");
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let decided: Vec<String> = report["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .filter(|q| q["decided"] == serde_json::Value::Bool(true))
        .map(|q| q["id"].as_str().unwrap_or_default().to_string())
        .collect();
    let expected: Vec<String> = cmp.quote_groups[g].items.iter().map(|i| format!("q{}", i + 1)).collect();
    let mut sorted = expected.clone();
    sorted.sort();
    let mut got = decided.clone();
    got.sort();
    assert_eq!(got, sorted, "quotes[] marks exactly the decided group's quotes");
}

#[test]
fn a_stale_anchor_is_reported_never_dropped() {
    let plain = compare(docs(), Settings::default(), None);
    let (a, b) = two_lone_claims(&plain);
    let mut edited = a.clone();
    edited.text_sha256 = "0".repeat(64);
    let mut gone = b.clone();
    gone.file = "not-here.txt".into();
    let ds = [
        Decision::new(DecisionKind::Join, vec![edited, b.clone()]),
        Decision::new(DecisionKind::Note, vec![gone]).with_note("lost"),
        Decision::new(DecisionKind::Reviewed, vec![a.clone()]),
    ];
    let cmp = decided(Settings::default(), &ds);
    let stale: Vec<_> = cmp.decided.stale().collect();
    assert_eq!(stale.len(), 2, "{stale:?}");
    assert!(stale[0].reason.as_deref().is_some_and(|r| r.contains("changed")), "{:?}", stale[0].reason);
    assert!(stale[1].reason.as_deref().is_some_and(|r| r.contains("not in this comparison")));
    assert_eq!(cmp.decided.outcomes.len(), 3);
    assert_ne!(group_with(&cmp, &a), group_with(&cmp, &b), "the stale join changed nothing");
}

#[test]
fn compare_of_a_saved_comparison_reports_its_decisions() {
    use crosscheck::session::ComparisonFile;
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = compare(docs(), Settings::default(), None);
    let (a, b) = two_lone_claims(&plain);
    let mut stale = b.clone();
    stale.text_sha256 = "f".repeat(64);
    let files: Vec<PathBuf> = EXAMPLES.iter().map(|n| example(n)).collect();
    let set = dir.path().join("set.crosscheck");
    ComparisonFile::new(files, Settings::default(), None, vec![])
        .with_decisions(vec![
            Decision::new(DecisionKind::Join, vec![a.clone(), b.clone()]),
            Decision::new(DecisionKind::Note, vec![a.clone()]).with_note("same briefing, two wordings"),
            Decision::new(DecisionKind::Reviewed, vec![stale]),
        ])
        .save(&set)
        .expect("saved");
    let run = |format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["compare", set.to_str().expect("utf-8 path"), "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("json");
    let decisions = json["decisions"].as_array().expect("decisions[]");
    assert_eq!(decisions.len(), 3);
    assert_eq!(decisions[0]["kind"], "join");
    assert_eq!(decisions[0]["applied"], true);
    assert_eq!(decisions[2]["applied"], false);
    assert!(decisions[2]["reason"].as_str().is_some_and(|r| r.contains("changed")));
    let decided: Vec<&serde_json::Value> =
        json["claim_groups"].as_array().expect("groups").iter().filter(|g| g["decided"] == true).collect();
    assert_eq!(decided.len(), 1, "the joined group is marked decided");
    assert_eq!(decided[0]["claims"].as_array().map(Vec::len), Some(2));
    assert_eq!(decided[0]["notes"][0], "same briefing, two wordings");
    let md = run("md");
    assert!(md.contains("## Your decisions") && md.contains("**Could not be applied:**"), "{md}");
    assert!(md.contains("*note: same briefing, two wordings*"));
    let html = run("html");
    assert!(html.contains("<h2>Your decisions</h2>"), "{html}");
    assert!(html.contains("reader&#39;s decision") || html.contains("reader's decision"));
}

#[test]
fn a_report_without_decisions_has_no_decision_fields() {
    let cmp = compare(docs(), Settings::default(), None);
    let json = crosscheck::report::json::to_string(&cmp, "2026-01-01T00:00:00Z").expect("renders");
    assert!(!json.contains("\"decisions\"") && !json.contains("\"decided\""));
}
