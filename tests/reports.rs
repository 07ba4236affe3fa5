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
    golden("examples.html", &report::render_at(&examples(), Format::Html, CREATED).expect("renders"));
}

#[test]
fn golden_markdown_report() {
    golden("examples.md", &report::render_at(&examples(), Format::Markdown, CREATED).expect("renders"));
}

#[test]
fn golden_json_report() {
    golden("examples.json", &report::render_at(&examples(), Format::Json, CREATED).expect("renders"));
}

#[test]
fn json_report_is_deterministic_apart_from_the_time() {
    let a = report::render_at(&examples(), Format::Json, CREATED).expect("renders");
    let b = report::render_at(&examples(), Format::Json, CREATED).expect("renders");
    assert_eq!(a, b);
    let v: serde_json::Value = serde_json::from_str(&a).expect("valid json");
    assert_eq!(v["created"], CREATED);
}

#[test]
fn html_report_stands_alone() {
    let html = report::render_at(&examples(), Format::Html, CREATED).expect("renders");
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
    let html = report::render_at(&cmp, Format::Html, CREATED).expect("renders");
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
    let md = report::render_at(&hostile(), Format::Markdown, CREATED).expect("renders");
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
    assert!(e.to_string().contains("refusing to write over an input file"), "{e}");
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
            assert!(e.to_string().contains("report.html"), "{e}");
            assert_eq!(std::fs::read_to_string(&out).expect("read"), "old");
        }
        Ok(()) => assert!(std::fs::read_to_string(&out).expect("read").starts_with("<!DOCTYPE html>")),
    }
    // An injected writer error (a full disk, say): the target is untouched, no temporary
    // file is left behind, and the reason is given.
    let before = std::fs::read(&out).expect("read");
    let e =
        report::save_atomic_with(&out, &[], report::Durability::Synced, |_| Err(std::io::Error::other("disk full")))
            .expect_err("fails");
    assert!(e.to_string().contains("disk full"), "{e}");
    assert_eq!(std::fs::read(&out).expect("read"), before);
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1, "only the report is in the folder");
}

/// 36 articles: six stories told by six outlets each, with a changed number, an altered
/// quote and a claim of its own in some of them.
fn many() -> Comparison {
    many_with(Vec::new(), None)
}

fn many_with(mut docs: Vec<Loaded>, reference: Option<usize>) -> Comparison {
    // (headline, the claim with a number, another claim, the quote, who said it, its altered form)
    let stories = [
        (
            "Harbour bridge reopens",
            "The harbour bridge reopened on Monday after {n} months of repairs to its steel cables.",
            "Engineers from three countries inspected the bridge before it opened.",
            "We rebuilt every cable by hand",
            "Mayor Ada Lindqvist",
            "We rebuilt each cable by hand",
        ),
        (
            "Valley floods",
            "Flooding closed {n} schools across the northern valley as the river burst its banks.",
            "Emergency shelters opened in the town hall and two gymnasiums.",
            "The water rose faster than anyone expected",
            "Fire Chief Omar Haddad",
            "The water rose faster than we expected",
        ),
        (
            "Orchestra tour",
            "The national orchestra announced a winter tour of {n} concerts in seven countries.",
            "Tickets for the opening night in Vienna sold out within an hour.",
            "Music travels where politics cannot",
            "conductor Lena Park",
            "Music goes where politics cannot",
        ),
        (
            "Turtle season",
            "Scientists counted {n} nesting turtles on the southern beaches this spring.",
            "Volunteers fenced off the nests to keep dogs and tourists away.",
            "Every hatchling matters for this fragile population",
            "biologist Mei Tanaka",
            "Every hatchling counts for this fragile population",
        ),
        (
            "Airline grounded",
            "The airline cancelled {n} flights after a software fault grounded its fleet.",
            "Thousands of travellers slept in the terminal at Dublin airport.",
            "Passengers deserve a full refund and an apology",
            "Minister Raul Ortega",
            "Passengers deserve a refund and an apology",
        ),
        (
            "Record harvest",
            "Farmers harvested a record {n} tonnes of wheat despite the dry summer.",
            "Grain prices fell slightly on the commodity markets after the news.",
            "The new seeds survived the heat remarkably well",
            "agronomist Ivan Petrov",
            "The new seeds survived the heat surprisingly well",
        ),
    ];
    let own = [
        "A local bakery handed out free bread to the workers.",
        "Critics questioned the cost of the temporary shelters.",
        "The regional museum will exhibit photographs of the event.",
        "Insurance companies expect claims to rise sharply.",
        "Tourists filmed the scene from a nearby hilltop.",
        "Parliament will debate new safety rules next week.",
        "A charity concert raised money for the affected villages.",
        "Engineers published a detailed technical report online.",
        "Students organised a volunteer cleanup on Saturday.",
        "The opposition demanded an independent inquiry.",
        "Shops near the coast reported unusually busy weekends.",
        "Veterinarians treated several injured dogs and horses.",
    ];
    for (s, (headline, numbered, other, quote, speaker, altered)) in stories.iter().enumerate() {
        for v in 0..6 {
            let n = if v == 2 { 19 + s } else { 14 + s };
            let q = if v == 4 { altered } else { quote };
            let mut text = format!(
                "{headline}\n\n{}\n\n{other}\n\n\"{q},\" said {speaker}.\n",
                numbered.replace("{n}", &n.to_string())
            );
            if v % 3 == 0 {
                text.push_str(&format!("\n{}\n", own[s * 2 + v / 3]));
            }
            let name = format!("story{s}_outlet{v}.txt");
            let mut a = crosscheck::ingest::ingest_pasted(&name, &text).unwrap_or_else(|e| panic!("{e}"));
            a.outlet = Some(format!("Outlet {v}"));
            let analysis = crosscheck::analyze::analyze(&a);
            docs.push(Loaded::new(a, analysis));
        }
    }
    compare(docs, Settings::default(), reference)
}

#[test]
fn large_reports_summarise_instead_of_a_grid() {
    use crosscheck::compare::{ClaimStatus, QuoteStatus};
    let cmp = many();
    assert_eq!(cmp.docs.len(), 36);
    let conflicts: Vec<_> = cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Conflict).collect();
    let altered: Vec<_> = cmp.quote_groups.iter().filter(|g| g.status == QuoteStatus::Altered).collect();
    let uniques: Vec<_> = cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Unique).collect();
    assert!(
        !conflicts.is_empty() && !altered.is_empty() && !uniques.is_empty(),
        "the set has all three: {} {} {}",
        conflicts.len(),
        altered.len(),
        uniques.len()
    );

    let html = report::render_at(&cmp, Format::Html, CREATED).expect("renders");
    for needle in ["<script", "http://", "https://", "<link", "@import", "url(", "<img"] {
        assert!(!html.contains(needle), "the report must not contain {needle:?}");
    }
    for section in ["Summary", "Similarity between articles", "Claims", "Quotes", "Names", "What was compared"] {
        assert!(html.contains(&format!(">{section}</h2>")), "section {section}");
    }
    // The matrix is one element per row, not a 36-column table; agreeing groups are counted.
    assert_eq!(html.matches("<div class=\"hm\"").count(), 36);
    assert!(!html.contains(">Agreeing</h3>"));
    assert!(html.contains(&format!("Conflicts ({})", conflicts.len())));
    assert!(html.contains(&format!("Altered quotes ({})", altered.len())));
    assert_eq!(html.matches("<div class=\"group\">").count(), conflicts.len() + altered.len());
    for g in &uniques {
        let text = crosscheck::report::html::esc(&cmp.claim(g.members[0]).text);
        assert!(html.contains(&text), "unique claim {text}");
    }
    // Six stories, six clusters, each contiguous in the matrix order.
    let clusters = crosscheck::report::summary::cluster(&cmp.similarity, crosscheck::report::summary::CLUSTER_CUT);
    assert_eq!(clusters.clusters.len(), 6, "{:?}", clusters.clusters);
    for c in &clusters.clusters {
        let story = c[0] / 6;
        assert!(c.iter().all(|a| a / 6 == story), "one story per cluster: {c:?}");
    }
    assert!(html.contains("6 clusters of articles"));

    let md = report::render_at(&cmp, Format::Markdown, CREATED).expect("renders");
    for section in ["## Summary", "## Similarity between articles", "### Clusters", "## Claims", "## Quotes"] {
        assert!(md.contains(section), "section {section}");
    }
    assert!(md.contains(&format!("### Conflicts ({})", conflicts.len())));
    assert!(md.contains(&format!("### Altered quotes ({})", altered.len())));
    assert!(!md.contains("### Agreeing"));
    assert!(!md.lines().any(|l| l.matches(" | ").count() > 20), "no table as wide as the article list");
}

#[test]
fn json_report_2_is_compact() {
    let cmp = many();
    let v: serde_json::Value =
        serde_json::from_str(&report::render_at(&cmp, Format::Json, CREATED).expect("renders")).expect("valid json");
    assert_eq!(v["schema"], "crosscheck.report/2");
    assert_eq!(v["warnings"], serde_json::json!([]));
    let mut listed = 0;
    for g in v["claim_groups"].as_array().expect("groups").iter().chain(v["quote_groups"].as_array().expect("groups")) {
        assert!(g.get("omitted_by").is_none());
        // A claim group whose members all have the canonical words leaves `diffs` out.
        let none = Vec::new();
        let diffs = if g["diffs"].is_null() && g.get("claims").is_some() {
            &none
        } else {
            g["diffs"].as_array().expect("diffs")
        };
        for d in diffs {
            listed += 1;
            assert!(d["ops"].as_array().expect("ops").iter().any(|o| o["op"] != "equal"), "{d}");
            assert_ne!(d.get("claim").or(d.get("quote")), Some(&g["canonical"]), "never the canonical member");
        }
    }
    assert!(listed > 0, "the members that differ are still listed");
}

#[test]
fn large_reports_escape_article_text_and_check_the_reference() {
    let hostile = load(&path("tests/fixtures", "hostile_a.txt"));
    let cmp = many_with(vec![hostile], Some(0));
    assert_eq!(cmp.docs.len(), 37);
    let html = report::render_at(&cmp, Format::Html, CREATED).expect("renders");
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<a "), "no markup survives");
    assert!(html.contains("&lt;script&gt;"), "the hostile text is there, as text");
    assert!(html.contains(">Quotes checked against the reference</h2>"));
    assert!(html.contains("(reference)"));
    let md = report::render_at(&cmp, Format::Markdown, CREATED).expect("renders");
    assert!(!md.contains("<script") && !md.contains("<img"));
    assert!(md.contains("## Quotes checked against the reference"));
    assert!(md.contains("**reference**"));
}

/// A group as one output lists it: its status and the articles of its rows, in order.
type Listed = Vec<(String, Vec<usize>)>;

/// The quote and claim groups the presentation layer gives, in its order.
fn presented(cmp: &Comparison) -> (Listed, Listed) {
    use crosscheck::report::present;
    let rows = |g: present::Group| (g.status.to_string(), g.rows.iter().map(|r| r.article).collect());
    let quotes = present::quote_order(cmp).into_iter().map(|g| rows(present::quote_group(cmp, g))).collect();
    let claims = present::claim_sections(cmp).order().into_iter().map(|g| rows(present::claim_group(cmp, g))).collect();
    (quotes, claims)
}

/// The groups of the HTML report: each `group` box with the labels of its rows, and each
/// unique claim listed under its article.
fn listed_in_html(cmp: &Comparison, html: &str) -> (Listed, Listed) {
    let labels: Vec<String> =
        (0..cmp.docs.len()).map(|i| report::html::esc(&crosscheck::report::present::article_label(cmp, i))).collect();
    let article_of = |cell: &str| {
        let after_chip = cell.split("</span>").nth(1).unwrap_or_default();
        let name = after_chip.split(" <span").next().unwrap_or_default().split("</td>").next().unwrap_or_default();
        labels.iter().position(|l| l == name).unwrap_or_else(|| panic!("unknown article label {name:?}"))
    };
    let (mut quotes, mut claims): (Listed, Listed) = (Vec::new(), Vec::new());
    let mut section = "";
    let mut unique_article = None;
    for line in html.lines() {
        if line.starts_with("<h2") {
            section = if line.contains(">Quotes<") {
                "quotes"
            } else if line.contains(">Claims<") {
                "claims"
            } else {
                ""
            };
            continue;
        }
        let list = match section {
            "quotes" => &mut quotes,
            "claims" => &mut claims,
            _ => continue,
        };
        if let Some(rest) = line.strip_prefix("<div class=\"group\"><span class=\"badge ") {
            let word = rest.split_once('>').and_then(|(_, r)| r.split('<').next()).unwrap_or_default();
            list.push((word.to_string(), Vec::new()));
        } else if let Some(cell) = line.strip_prefix("<tr><td style=\"width:22%\">") {
            list.last_mut().expect("a row inside a group").1.push(article_of(cell));
        } else if let Some(summary) = line.strip_prefix("<details><summary><span class=\"chip\"") {
            unique_article = Some(article_of(&format!("<span{summary}").replace(" — ", " <span")));
        } else if line.starts_with("<li>") {
            list.push(("unique".into(), vec![unique_article.expect("a unique claim under its article")]));
        }
    }
    (quotes, claims)
}

/// The groups of the Markdown report: each bold status with the article ids of its table,
/// and each unique claim listed under its article.
fn listed_in_markdown(md: &str) -> (Listed, Listed) {
    let id_in = |s: &str| -> Option<usize> {
        let start = s.rfind("(a")? + 2;
        s[start..].split(')').next()?.parse::<usize>().ok().map(|n| n - 1)
    };
    let (mut quotes, mut claims): (Listed, Listed) = (Vec::new(), Vec::new());
    let mut section = "";
    let mut unique_article = None;
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = match h {
                "Quotes" => "quotes",
                "Claims" => "claims",
                _ => "",
            };
            continue;
        }
        let list = match section {
            "quotes" => &mut quotes,
            "claims" => &mut claims,
            _ => continue,
        };
        if let Some(rest) = line.strip_prefix("**") {
            list.push((rest.split("**").next().unwrap_or_default().to_lowercase(), Vec::new()));
        } else if let Some(row) = line.strip_prefix("| ") {
            let first = row.split(" | ").next().unwrap_or_default();
            if let Some(a) = id_in(first) {
                list.last_mut().expect("a row inside a group").1.push(a);
            }
        } else if let Some(h) = line.strip_prefix("#### ") {
            unique_article = id_in(h);
        } else if line.starts_with("- ") {
            list.push(("unique".into(), vec![unique_article.expect("a unique claim under its article")]));
        }
    }
    (quotes, claims)
}

/// The groups of the JSON report, with the articles of their members.
fn listed_in_json(json: &str) -> (Listed, Listed) {
    let v: serde_json::Value = serde_json::from_str(json).expect("valid json");
    let index = |id: &serde_json::Value| -> usize {
        id.as_str().and_then(|s| s[1..].parse::<usize>().ok()).map(|n| n - 1).expect("an id")
    };
    let claim_article: Vec<usize> =
        v["claims"].as_array().expect("claims").iter().map(|c| index(&c["article"])).collect();
    let status = |g: &serde_json::Value| g["status"].as_str().expect("status").to_string();
    let quotes = v["quote_groups"]
        .as_array()
        .expect("quote groups")
        .iter()
        .map(|g| (status(g), g["articles"].as_array().expect("articles").iter().map(index).collect()))
        .collect();
    let claims = v["claim_groups"]
        .as_array()
        .expect("claim groups")
        .iter()
        .map(|g| (status(g), g["claims"].as_array().expect("claims").iter().map(|c| claim_article[index(c)]).collect()))
        .collect();
    (quotes, claims)
}

fn assert_outputs_agree(cmp: &Comparison) {
    let expected = presented(cmp);
    assert!(!expected.0.is_empty() && !expected.1.is_empty(), "the comparison has quotes and claims");
    let html = report::render_at(cmp, Format::Html, CREATED).expect("renders");
    let md = report::render_at(cmp, Format::Markdown, CREATED).expect("renders");
    let json = report::render_at(cmp, Format::Json, CREATED).expect("renders");
    assert_eq!(listed_in_html(cmp, &html), expected, "HTML lists the presented groups and rows");
    assert_eq!(listed_in_markdown(&md), expected, "Markdown lists the presented groups and rows");
    assert_eq!(listed_in_json(&json), expected, "JSON lists the presented groups and rows");
}

#[test]
fn html_markdown_and_json_list_the_same_groups_and_rows() {
    assert_outputs_agree(&examples());
}

#[test]
fn a_split_utterance_is_one_row_everywhere() {
    let texts = [
        (
            "a.txt",
            "Bridge to reopen\n\n\"We rebuilt every cable by hand,\" Mayor Ada Lindqvist said on Monday. \"The bridge opens again on Friday.\"\n\nThe harbour bridge was closed for nine months.\n",
        ),
        (
            "b.txt",
            "Harbour bridge reopens\n\n\"We rebuilt every cable by hand. The bridge opens again on Friday,\" said Mayor Ada Lindqvist.\n\nThe harbour bridge was closed for nine months of repairs.\n",
        ),
    ];
    let docs: Vec<Loaded> = texts
        .iter()
        .map(|(name, text)| {
            let a = crosscheck::ingest::ingest_pasted(name, text).unwrap_or_else(|e| panic!("{e}"));
            let analysis = crosscheck::analyze::analyze(&a);
            Loaded::new(a, analysis)
        })
        .collect();
    let cmp = compare(docs, Settings::default(), None);
    let split =
        cmp.quote_groups.iter().position(|g| g.members.len() == 3).expect("article a's two parts join b's quote");
    let g = crosscheck::report::present::quote_group(&cmp, split);
    assert_eq!(g.rows.iter().map(|r| r.article).collect::<Vec<_>>(), vec![0, 1], "one row per article");
    assert_outputs_agree(&cmp);
}

#[test]
fn quotes_are_read_by_speaker_with_altered_ones_first() {
    use crosscheck::compare::QuoteStatus;
    use crosscheck::report::present;
    let cmp = examples();
    let speakers = present::speakers(&cmp);
    let labels: Vec<&str> = speakers.iter().map(|s| s.label).collect();
    let mut unique = labels.clone();
    unique.dedup();
    assert_eq!(unique, labels, "each speaker once: {labels:?}");
    let altered = |s: &present::Speaker| s.groups.iter().any(|&g| cmp.quote_groups[g].status == QuoteStatus::Altered);
    let first_plain = speakers.iter().position(|s| !altered(s)).unwrap_or(speakers.len());
    assert!(speakers[first_plain..].iter().all(|s| !altered(s)), "speakers with an altered quote come first");
    assert_eq!(labels.last().copied(), Some(present::UNKNOWN_SPEAKER), "the unknown speaker last");
    for s in &speakers {
        let statuses: Vec<QuoteStatus> = s.groups.iter().map(|&g| cmp.quote_groups[g].status).collect();
        assert!(statuses.is_sorted(), "altered first within {}: {statuses:?}", s.label);
    }
    let order: Vec<usize> = speakers.iter().flat_map(|s| s.groups.clone()).collect();
    assert_eq!(order, present::quote_order(&cmp), "sections follow the one order");
}

#[test]
fn rows_show_plain_words_in_article_order_and_who_leaves_a_group_out() {
    use crosscheck::report::present::{self, Words};
    let cmp = examples();
    for id in (0..cmp.claim_groups.len())
        .map(present::GroupId::Claim)
        .chain((0..cmp.quote_groups.len()).map(present::GroupId::Quote))
    {
        let g = present::group(&cmp, id);
        let mut articles: Vec<usize> = g.rows.iter().map(|r| r.article).collect();
        assert!(articles.is_sorted(), "{id:?}: rows in article order");
        // A claim group may hold an article's lead and its body (two rows); a quote group
        // shows an article's parts of one utterance as one row.
        let most = if matches!(id, present::GroupId::Claim(_)) { 2 } else { 1 };
        assert!(articles.windows(most + 1).all(|w| w[0] != w[most]), "{id:?}: at most {most} rows per article");
        articles.dedup();
        if g.rows.len() == 1 {
            assert!(matches!(g.rows[0].words, Words::Plain(_)) && !g.rows[0].canonical, "{id:?}: alone, plain");
            assert!(g.omitted_by.is_empty(), "{id:?}: 'unique' already says the others leave it out");
        } else {
            assert_eq!(g.rows.iter().filter(|r| r.canonical).count(), 1, "{id:?}: one canonical row");
            for r in &g.rows {
                assert_eq!(
                    r.canonical,
                    matches!(r.words, Words::Plain(_)),
                    "{id:?}: plain words only for the canonical row"
                );
            }
            let mut all: Vec<usize> = articles.iter().chain(&g.omitted_by).copied().collect();
            all.sort_unstable();
            assert_eq!(
                all,
                (0..cmp.docs.len()).collect::<Vec<_>>(),
                "{id:?}: every article carries it or leaves it out"
            );
        }
    }
}
