//! Property tests over ingest → analyze → compare → JSON report (issue 7), on arbitrary text
//! and on generated news-like text: never a panic; every span on char boundaries inside its
//! article's text; grouping deterministic; the report valid against docs/report-schema.md.

use crosscheck::analyze::{self, Analysis};
use crosscheck::compare::{self, Loaded, Settings};
use crosscheck::model::Article;
use crosscheck::report::{self, Format};
use proptest::prelude::*;
use serde_json::Value;
mod schema;
use schema::check_report;

use schema::CREATED;

// ---------------------------------------------------------------------------------------
// Inputs.

/// Text that stresses the readers: quotation marks of every kind, apostrophes, dots,
/// line ends, bidi controls, right-to-left letters, markup characters.
fn odd_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        "[ \n\r\t\"'“”‘’«»„‹›.,;:!?()A-Za-z0-9$%—–\u{202E}\u{202B}\u{2066}\u{2069}\u{200F}\u{05D0}-\u{05EA}\u{0627}-\u{064A}<>/&#]{0,400}",
        "(<(p|div|b|script|article|h1|meta)>|</(p|div|b|script|article|h1)>|[A-Za-z .\"“”]{0,20}){0,60}",
    ]
}

const PEOPLE: &[&str] = &[
    "Pete Hegseth",
    "Defense Secretary Pete Hegseth",
    "Hegeth",
    "Dr. Ann Lee",
    "President Donald Trump",
    "former U.S. President Donald Trump",
    "J. D. Vance",
    "Mayor Lena Ortiz",
    "Roland L. Butler Jr.",
    "NATO",
    "the U.N.",
];
const NUMBERS: &[&str] =
    &["40", "more than 40", "roughly 50", "3 million", "40%", "$12.5 billion", "No. 10", "1,200", "two"];
const DATES: &[&str] = &["Wednesday", "February 12, 2025", "Feb. 12", "at 3 p.m.", "in 2024", "last week", "Sept. 11"];
const VERBS: &[&str] = &["said", "added", "told reporters", "wrote", "insisted", "said on Tuesday"];

/// One sentence of news-like text.
fn sentence() -> impl Strategy<Value = String> {
    (0..6usize, 0..PEOPLE.len(), 0..NUMBERS.len(), 0..DATES.len(), 0..VERBS.len(), any::<bool>()).prop_map(
        |(shape, p, n, d, v, neg)| {
            let (who, num, date, verb) = (PEOPLE[p], NUMBERS[n], DATES[d], VERBS[v]);
            let not = if neg { " not" } else { "" };
            match shape {
                0 => format!("\u{201C}We will{not} send {num} troops {date},\u{201D} {who} {verb}."),
                1 => format!("{who} {verb} that {num} nations had{not} agreed {date}."),
                2 => format!("\"It is an unrealistic aspiration,\" {verb} {who}. \"We are done.\""),
                3 => format!("According to {who}, the U.S. spent {num} on the plan {date}."),
                4 => format!("The talks, {who} {verb}, were {not}called \u{2018}a success\u{2019} by {num} people."),
                _ => format!("{who} calling it an \u{201C}unrealistic {num}\u{201D} {date}"),
            }
        },
    )
}

/// A news-like article: a headline, maybe a byline and date, several paragraphs.
fn news_article() -> impl Strategy<Value = String> {
    (
        "[A-Z][a-z]{2,10}( [a-z]{2,8}){1,5}",
        proptest::option::of(0..PEOPLE.len()),
        proptest::option::of(0..DATES.len()),
        proptest::collection::vec(proptest::collection::vec(sentence(), 1..4), 1..6),
        any::<bool>(),
    )
        .prop_map(|(headline, by, date, paras, crlf)| {
            let mut out = format!("{headline}\n");
            if let Some(b) = by {
                out.push_str(&format!("By {}, Coastal Times\n", PEOPLE[b]));
            }
            if let Some(d) = date {
                out.push_str(&format!("{}\n", DATES[d]));
            }
            for p in paras {
                out.push('\n');
                out.push_str(&p.join(" "));
                out.push('\n');
            }
            if crlf { out.replace('\n', "\r\n") } else { out }
        })
}

/// 2–3 inputs, each named with an extension that picks a reader.
fn inputs() -> impl Strategy<Value = Vec<(String, String)>> {
    let one = (prop_oneof![4 => news_article(), 3 => odd_text()], prop_oneof!["txt", "html", "md", "htm"]);
    proptest::collection::vec(one, 2..=3).prop_map(|v| {
        v.into_iter().enumerate().map(|(i, (text, ext))| (format!("article{}.{ext}", i + 1), text)).collect()
    })
}

// ---------------------------------------------------------------------------------------
// Checks.

/// Loads what can be loaded; refusals must be one line naming the input.
fn load(inputs: &[(String, String)]) -> Result<Vec<Loaded>, TestCaseError> {
    let mut docs = Vec::new();
    for (name, text) in inputs {
        match crosscheck::ingest::ingest_pasted(name, text) {
            Ok(article) => {
                let analysis = analyze::analyze(&article);
                check_spans(&article, &analysis)?;
                prop_assert_eq!(&analysis, &analyze::analyze(&article), "analysis is deterministic");
                docs.push(Loaded::new(article, analysis));
            }
            Err(e) => {
                let line = e.to_string();
                prop_assert!(!line.contains('\n') && line.contains(name.as_str()), "bad reason: {:?}", line);
            }
        }
    }
    Ok(docs)
}

fn on_boundaries(text: &str, start: usize, end: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end),
        "{} span {}..{} is not on char boundaries inside a text of {} bytes",
        what,
        start,
        end,
        text.len()
    );
    Ok(())
}

fn check_spans(a: &Article, an: &Analysis) -> Result<(), TestCaseError> {
    let t = a.text.as_str();
    for p in &a.paragraphs {
        on_boundaries(t, p.start, p.end, "paragraph")?;
    }
    for s in &an.sentences {
        on_boundaries(t, s.start, s.end, "sentence")?;
        prop_assert_eq!(&t[s.start..s.end], s.text.as_str(), "sentence text is its span");
        prop_assert!(s.paragraph < a.paragraphs.len());
    }
    for q in &an.quotes {
        on_boundaries(t, q.start, q.end, "quote")?;
        prop_assert!(q.sentence < an.sentences.len().max(1));
    }
    for c in &an.claims {
        on_boundaries(t, c.start, c.end, "claim")?;
        prop_assert_eq!(&t[c.start..c.end], c.text.as_str(), "claim text is its span");
        prop_assert!(c.sentence < an.sentences.len());
    }
    for m in &an.mentions {
        on_boundaries(t, m.start, m.end, "mention")?;
    }
    Ok(())
}

/// Compares twice and checks the report both times is the same, valid JSON.
fn compare_and_check(docs: Vec<Loaded>, reference: Option<usize>) -> Result<(), TestCaseError> {
    let reference = reference.filter(|&r| r < docs.len());
    let first =
        report::render_at(&compare::compare(docs.clone(), Settings::default(), reference), Format::Json, CREATED)
            .expect("renders");
    let second =
        report::render_at(&compare::compare(docs.clone(), Settings::default(), reference), Format::Json, CREATED)
            .expect("renders");
    prop_assert!(first == second, "the same inputs gave two different reports");
    let v: Value = serde_json::from_str(&first).map_err(|e| TestCaseError::fail(format!("invalid JSON: {e}")))?;
    if let Err(e) = check_report(&v, &docs, reference) {
        return Err(TestCaseError::fail(format!("report does not match the schema: {e}")));
    }
    // The other formats render without a panic too.
    let _ = report::render_at(&compare::compare(docs, Settings::default(), reference), Format::Html, CREATED)
        .expect("renders");
    Ok(())
}

/// The schema checker itself, on the bundled example set (rich groups, conflicts, diffs),
/// with and without a reference.
#[test]
fn example_reports_match_the_schema() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/example");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("examples").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    let docs: Vec<Loaded> = paths.iter().map(|p| crosscheck::worker::load_one(p).expect("example loads")).collect();
    for reference in [None, Some(0), Some(2)] {
        let cmp = compare::compare(docs.clone(), Settings::default(), reference);
        let v: Value =
            serde_json::from_str(&report::render_at(&cmp, Format::Json, CREATED).expect("renders")).expect("JSON");
        for key in ["quote_groups", "claim_groups", "entities"] {
            assert!(v[key].as_array().is_some_and(|a| !a.is_empty()), "the example has {key}");
        }
        assert!(
            v["claim_groups"]
                .as_array()
                .expect("groups")
                .iter()
                .any(|g| g["claims"].as_array().expect("claims").len() > 1)
        );
        if let Err(e) = check_report(&v, &docs, reference) {
            panic!("example report (reference {reference:?}) does not match the schema: {e}");
        }
    }
}

proptest! {
    // 64 cases each by default; PROPTEST_CASES=5000 for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    /// Arbitrary and news-like text through the whole pipeline.
    #[test]
    fn pipeline_never_panics_and_report_is_valid(inputs in inputs(), reference in proptest::option::of(0..3usize)) {
        let docs = load(&inputs)?;
        compare_and_check(docs, reference)?;
    }

    /// Variants of one article (the same sentences, some changed, dropped or reordered): the
    /// case where grouping has the most to do.
    #[test]
    fn variants_group_deterministically(
        base in proptest::collection::vec(sentence(), 3..12),
        edits in proptest::collection::vec((0..12usize, sentence(), 0..3u8), 0..8),
        n in 2..=3usize,
        reference in proptest::option::of(0..3usize),
    ) {
        let mut inputs = Vec::new();
        for k in 0..n {
            let mut sents = base.clone();
            for (i, (at, s, op)) in edits.iter().enumerate() {
                if i % n != k || sents.len() < 2 {
                    continue;
                }
                let at = at % sents.len();
                match op {
                    0 => sents[at] = s.clone(),
                    1 => { sents.remove(at); }
                    _ => {
                        let len = sents.len();
                        sents.swap(at, (at + 1) % len);
                    }
                }
            }
            let body: Vec<String> = sents.chunks(2).map(|c| c.join(" ")).collect();
            inputs.push((format!("v{k}.txt"), format!("Talks end\nBy Ann Lee, Outlet {k}\n\n{}\n", body.join("\n\n"))));
        }
        let docs = load(&inputs)?;
        prop_assert_eq!(docs.len(), n, "news-like text always loads");
        compare_and_check(docs, reference)?;
    }

    /// Arbitrary bytes (not only valid text) through ingest_bytes with every reader.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), ext in prop_oneof!["txt", "html", "md", "pdf", "docx", ""]) {
        let name = std::path::PathBuf::from(format!("input.{ext}"));
        if let Ok(article) = crosscheck::ingest::ingest_bytes(&name, &bytes) {
            let analysis = analyze::analyze(&article);
            check_spans(&article, &analysis)?;
        }
    }
}

/// Replays what the fuzz targets found (fuzz/corpus/* and fuzz/artifacts/*, when a fuzzing
/// run left them) through the same entry points, on stable Rust:
/// `cargo test --test properties replay_fuzz_corpus -- --ignored`.
#[test]
#[ignore = "needs a fuzz corpus (see fuzz/README.md)"]
fn replay_fuzz_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for (target, ext) in [("ingest_text", "txt"), ("ingest_html", "html")] {
        for dir in [root.join("corpus").join(target), root.join("artifacts").join(target)] {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries {
                let path = entry.expect("entry").path();
                let bytes = std::fs::read(&path).expect("read");
                if let Ok(article) =
                    crosscheck::ingest::ingest_bytes(std::path::Path::new(&format!("fuzz.{ext}")), &bytes)
                {
                    let analysis = analyze::analyze(&article);
                    if let Err(e) = check_spans(&article, &analysis) {
                        panic!("{}: {e}", path.display());
                    }
                }
                n += 1;
            }
        }
    }
    println!("replayed {n} inputs");
}
