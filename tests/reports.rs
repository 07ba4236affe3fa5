//! Reports: golden HTML and Markdown over fixture articles (reviewed by hand; refresh with
//! UPDATE_GOLDEN=1), escaping of hostile article text, atomic saves.

use crosscheck::compare::{Comparison, Loaded, Settings, compare};
use crosscheck::report::{self, Format};
use std::path::{Path, PathBuf};

const CREATED: &str = "2026-01-01T00:00:00Z";

fn path(dir: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name)
}

fn load(p: &Path) -> Loaded {
    crosscheck::worker::load_one(p).unwrap_or_else(|e| panic!("{e}"))
}

fn examples() -> Comparison {
    let names = ["01_lunar_dispatch.txt", "02_evening_courier.html", "03_science_review.md", "04_stargazer_blog.txt"];
    let mut docs: Vec<Loaded> = names.iter().map(|n| load(&path("assets/example", n))).collect();
    // Paths differ between machines; the report shows them, so fix them for the golden files.
    for (d, n) in docs.iter_mut().zip(names) {
        let mut a = (*d.article).clone();
        a.path = Some(PathBuf::from(format!("assets/example/{n}")));
        d.article = std::sync::Arc::new(a);
    }
    compare(docs, Settings::default(), None)
}

fn golden(name: &str, actual: &str) {
    let file = path("tests/golden", name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&file, actual).expect("write golden");
        return;
    }
    let expected =
        std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("missing {name}; run with UPDATE_GOLDEN=1"));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}\nReview, then refresh with UPDATE_GOLDEN=1.",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn golden_html_report() {
    golden("examples.html", &report::render_at(&examples(), Format::Html, CREATED));
}

#[test]
fn golden_markdown_report() {
    golden("examples.md", &report::render_at(&examples(), Format::Markdown, CREATED));
}

#[test]
fn json_report_is_deterministic_apart_from_the_time() {
    let a = report::render_at(&examples(), Format::Json, CREATED);
    let b = report::render_at(&examples(), Format::Json, CREATED);
    assert_eq!(a, b);
    let v: serde_json::Value = serde_json::from_str(&a).expect("valid json");
    assert_eq!(v["created"], CREATED);
}

#[test]
fn html_report_stands_alone() {
    let html = report::render_at(&examples(), Format::Html, CREATED);
    for needle in ["<script", "http://", "https://", "<link", "@import", "url(", "<img"] {
        assert!(!html.contains(needle), "the report must not contain {needle:?}");
    }
    for section in ["What was compared", "Summary", "Quotes", "Claims", "Names"] {
        assert!(html.contains(&format!(">{section}</h2>")), "section {section}");
    }
    assert!(html.contains("@media print"));
    // Meaning is carried by more than colour: words are struck through or underlined.
    assert!(html.contains("<del") && html.contains("<ins"));
    assert!(html.contains("text-decoration: line-through") && html.contains("text-decoration: underline"));
}

fn hostile() -> Comparison {
    let docs = vec![load(&path("tests/fixtures", "hostile_a.txt")), load(&path("tests/fixtures", "hostile_b.txt"))];
    compare(docs, Settings::default(), None)
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let cmp = hostile();
    assert!(cmp.docs[0].article.text.contains("<script>"), "the fixture really carries markup");
    let html = report::render_at(&cmp, Format::Html, CREATED);
    assert!(!html.contains("<script"), "no script tag survives");
    assert!(!html.contains("<img"), "no image tag survives");
    assert!(!html.contains("<b>anyone"), "no markup from the article survives");
    assert!(!html.contains("<a "), "no link from the article survives");
    assert!(!html.contains("href=\""), "no link attribute at all (escaped quotes are text)");
    assert!(html.contains("&lt;script&gt;"), "the script shows as text");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the image tag shows as text");
}

#[test]
fn hostile_text_is_escaped_in_markdown() {
    let md = report::render_at(&hostile(), Format::Markdown, CREATED);
    assert!(!md.contains("<script") && !md.contains("<img") && !md.contains("<a "));
    assert!(md.contains("&lt;script&gt;"));
    let live_links = md.match_indices("](javascript:").filter(|(i, _)| !md[..*i].ends_with('\\')).count();
    assert_eq!(live_links, 0, "no live Markdown link: brackets from the article are escaped");
    // Table rows keep their columns: every pipe from article text is escaped.
    for line in md.lines().filter(|l| l.starts_with("| ") && l.contains("Pipe")) {
        assert!(line.contains("\\| Pipe \\|"), "{line}");
    }
    assert!(md.contains("\\*\\*reckless\\*\\*"), "Markdown emphasis in the article is shown as typed");
}

#[test]
fn saves_are_atomic_and_never_over_an_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "Title\n\nThe council voted on Tuesday.").expect("write");
    let out = dir.path().join("report.md");
    std::fs::write(&out, "old report").expect("write");
    let cmp = hostile();
    report::save_report(&cmp, Format::Markdown, &out, &[input.as_path()]).expect("saved");
    let text = std::fs::read_to_string(&out).expect("read");
    assert!(text.starts_with("# Crosscheck report"), "the old report was replaced whole");
    let e = report::save_report(&cmp, Format::Markdown, &input, &[input.as_path()]).expect_err("refused");
    assert!(e.contains("refusing to write over an input file"), "{e}");
    assert_eq!(std::fs::read_to_string(&input).expect("read"), "Title\n\nThe council voted on Tuesday.");
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_failed_save_leaves_the_old_file_and_says_why() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("report.html");
    std::fs::write(&out, "old").expect("write");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500)).expect("chmod");
    let result = report::save_report(&hostile(), Format::Html, &out, &[]);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).expect("chmod back");
    // Root may write anyway; then the save simply succeeded whole.
    match result {
        Err(e) => {
            assert!(e.contains("report.html"), "{e}");
            assert_eq!(std::fs::read_to_string(&out).expect("read"), "old");
        }
        Ok(()) => assert!(std::fs::read_to_string(&out).expect("read").starts_with("<!DOCTYPE html>")),
    }
    // An injected writer error (a full disk, say): the target is untouched, no temporary
    // file is left behind, and the reason is given.
    let before = std::fs::read(&out).expect("read");
    let e = report::save_atomic_with(&out, &[], |_| Err(std::io::Error::other("disk full"))).expect_err("fails");
    assert!(e.contains("disk full"), "{e}");
    assert_eq!(std::fs::read(&out).expect("read"), before);
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1, "only the report is in the folder");
}
