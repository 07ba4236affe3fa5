//! Property tests over ingest → analyze → compare → JSON report (issue 7), on arbitrary text
//! and on generated news-like text: never a panic; every span on char boundaries inside its
//! article's text; grouping deterministic; the report valid against docs/report-schema.md.

use crosscheck::analyze::{self, Analysis};
use crosscheck::compare::{self, Loaded, Settings};
use crosscheck::model::Article;
use crosscheck::report::{self, Format};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

const CREATED: &str = "2026-01-01T00:00:00Z";

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

/// Checks the report against docs/report-schema.md: every field and type, ids in order,
/// every referenced id defined, spans on char boundaries of the articles' texts.
fn check_report(v: &Value, docs: &[Loaded], reference: Option<usize>) -> Result<(), String> {
    let obj = |v: &Value, what: &str| v.as_object().cloned().ok_or(format!("{what}: not an object"));
    let arr = |v: &Value, what: &str| v.as_array().cloned().ok_or(format!("{what}: not an array"));
    let s = |v: &Value, what: &str| v.as_str().map(str::to_string).ok_or(format!("{what}: not a string: {v}"));
    let opt_s = |v: &Value, what: &str| {
        if v.is_null() || v.is_string() { Ok(()) } else { Err(format!("{what}: not a string or null: {v}")) }
    };
    let b = |v: &Value, what: &str| v.as_bool().ok_or(format!("{what}: not a boolean: {v}"));
    let u = |v: &Value, what: &str| v.as_u64().ok_or(format!("{what}: not a count: {v}"));
    let num = |v: &Value, what: &str| v.as_f64().ok_or(format!("{what}: not a number: {v}"));
    let one_of = |v: &Value, what: &str, allowed: &[&str]| {
        let x = v.as_str().ok_or(format!("{what}: not a string"))?;
        if allowed.contains(&x) { Ok(()) } else { Err(format!("{what}: {x:?} is not one of {allowed:?}")) }
    };
    let strings =
        |v: &Value, what: &str| -> Result<Vec<String>, String> { arr(v, what)?.iter().map(|x| s(x, what)).collect() };
    let top = obj(v, "report")?;
    for key in [
        "schema",
        "generator",
        "created",
        "settings",
        "warnings",
        "articles",
        "quotes",
        "quote_groups",
        "claims",
        "claim_groups",
        "entities",
        "coverage",
        "similarity",
    ] {
        if !top.contains_key(key) {
            return Err(format!("missing top-level field {key}"));
        }
    }
    if v["schema"] != "crosscheck.report/2" {
        return Err(format!("schema is {}", v["schema"]));
    }
    if v["generator"]["name"] != "crosscheck" {
        return Err("generator.name".into());
    }
    s(&v["generator"]["version"], "generator.version")?;
    if v["created"] != CREATED {
        return Err("created".into());
    }
    let settings = &v["settings"];
    let th = num(&settings["threshold"], "settings.threshold")?;
    if !(0.0..=1.0).contains(&th) {
        return Err(format!("threshold {th}"));
    }
    b(&settings["ignore_case"], "settings.ignore_case")?;
    b(&settings["ignore_punctuation"], "settings.ignore_punctuation")?;

    // Articles a1… in input order.
    let articles = arr(&v["articles"], "articles")?;
    if articles.len() != docs.len() {
        return Err(format!("{} articles for {} inputs", articles.len(), docs.len()));
    }
    let mut text_of: HashMap<String, &str> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        let id = s(&a["id"], "article.id")?;
        if id != format!("a{}", i + 1) {
            return Err(format!("article id {id} at {i}"));
        }
        s(&a["path"], "article.path")?;
        if s(&a["file_name"], "article.file_name")? != docs[i].article.file_name {
            return Err("article.file_name".into());
        }
        let sha = s(&a["sha256"], "article.sha256")?;
        if sha.len() != 64 || !sha.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("sha256 {sha}"));
        }
        one_of(&a["format"], "article.format", &["text", "html", "markdown", "pdf", "docx"])?;
        s(&a["encoding"], "article.encoding")?;
        for k in ["title", "outlet", "byline", "published"] {
            opt_s(&a[k], k)?;
        }
        u(&a["word_count"], "article.word_count")?;
        if b(&a["reference"], "article.reference")? != (reference == Some(i)) {
            return Err("article.reference".into());
        }
        text_of.insert(id, docs[i].article.text.as_str());
    }
    match (&settings["reference"], reference) {
        (Value::Null, None) => {}
        (Value::String(r), Some(i)) if *r == format!("a{}", i + 1) => {}
        (other, _) => return Err(format!("settings.reference {other} for {reference:?}")),
    }
    let article_id = |v: &Value, what: &str| -> Result<String, String> {
        let id = s(v, what)?;
        if text_of.contains_key(&id) { Ok(id) } else { Err(format!("{what}: unknown article {id}")) }
    };
    let span = |item: &Value, what: &str| -> Result<(), String> {
        let art = article_id(&item["article"], what)?;
        let (st, en) = (u(&item["start"], what)? as usize, u(&item["end"], what)? as usize);
        let t = text_of[&art];
        if st <= en && en <= t.len() && t.is_char_boundary(st) && t.is_char_boundary(en) {
            Ok(())
        } else {
            Err(format!("{what} span {st}..{en} not on char boundaries of {art} ({} bytes)", t.len()))
        }
    };
    // `/2` lists only the diffs of members whose words differ from the canonical one.
    let ops = |v: &Value, what: &str| -> Result<(), String> {
        let list = arr(v, what)?;
        for op in &list {
            one_of(&op["op"], what, &["equal", "delete", "insert"])?;
            s(&op["text"], what)?;
        }
        if list.iter().all(|op| op["op"] == "equal") {
            return Err(format!("{what}: a diff that changes no word"));
        }
        Ok(())
    };

    // Quotes q1…
    let quotes = arr(&v["quotes"], "quotes")?;
    let mut quote_ids = HashSet::new();
    for (i, q) in quotes.iter().enumerate() {
        let id = s(&q["id"], "quote.id")?;
        if id != format!("q{}", i + 1) {
            return Err(format!("quote id {id} at {i}"));
        }
        s(&q["text"], "quote.text")?;
        opt_s(&q["speaker"], "quote.speaker")?;
        opt_s(&q["role"], "quote.role")?;
        b(&q["fragment"], "quote.fragment")?;
        if !s(&q["utterance"], "quote.utterance")?.starts_with('u') {
            return Err("quote.utterance".into());
        }
        span(q, "quote")?;
        quote_ids.insert(id);
    }
    let quote_id = |v: &Value, what: &str| -> Result<String, String> {
        let id = s(v, what)?;
        if quote_ids.contains(&id) { Ok(id) } else { Err(format!("{what}: unknown quote {id:?}")) }
    };
    for (i, g) in arr(&v["quote_groups"], "quote_groups")?.iter().enumerate() {
        if s(&g["id"], "quote_group.id")? != format!("qg{}", i + 1) {
            return Err(format!("quote group id at {i}"));
        }
        opt_s(&g["speaker"], "quote_group.speaker")?;
        one_of(&g["status"], "quote_group.status", &["verbatim", "partial", "altered", "unique"])?;
        let members = arr(&g["quotes"], "quote_group.quotes")?;
        if members.is_empty() {
            return Err("empty quote group".into());
        }
        for m in &members {
            quote_id(m, "quote_group.quotes")?;
        }
        quote_id(&g["canonical"], "quote_group.canonical")?;
        for a in arr(&g["articles"], "quote_group.articles")? {
            article_id(&a, "quote_group.articles")?;
        }
        for d in arr(&g["diffs"], "quote_group.diffs")? {
            quote_id(&d["quote"], "quote_group.diffs.quote")?;
            s(&d["status"], "quote_group.diffs.status")?;
            ops(&d["ops"], "quote_group.diffs.ops")?;
        }
    }

    // Claims c1…
    let claims = arr(&v["claims"], "claims")?;
    let mut claim_article = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        let id = s(&c["id"], "claim.id")?;
        if id != format!("c{}", i + 1) {
            return Err(format!("claim id {id} at {i}"));
        }
        span(c, "claim")?;
        let art = article_id(&c["article"], "claim.article")?;
        let (st, en) = (u(&c["start"], "claim")? as usize, u(&c["end"], "claim")? as usize);
        if s(&c["text"], "claim.text")? != text_of[&art][st..en] {
            return Err(format!("claim {id}: text is not its span"));
        }
        opt_s(&c["speaker"], "claim.speaker")?;
        strings(&c["numbers"], "claim.numbers")?;
        strings(&c["dates"], "claim.dates")?;
        strings(&c["entities"], "claim.entities")?;
        b(&c["negated"], "claim.negated")?;
        // Left out when false (report /2, within).
        if !c["hedged"].is_null() {
            b(&c["hedged"], "claim.hedged")?;
        }
        claim_article.insert(id, art);
    }
    let claim_id = |v: &Value, what: &str| -> Result<String, String> {
        let id = s(v, what)?;
        if claim_article.contains_key(&id) { Ok(id) } else { Err(format!("{what}: unknown claim {id:?}")) }
    };
    for (i, g) in arr(&v["claim_groups"], "claim_groups")?.iter().enumerate() {
        if s(&g["id"], "claim_group.id")? != format!("g{}", i + 1) {
            return Err(format!("claim group id at {i}"));
        }
        one_of(&g["status"], "claim_group.status", &["agree", "reworded", "conflict", "unique"])?;
        let members: Vec<String> = arr(&g["claims"], "claim_group.claims")?
            .iter()
            .map(|m| claim_id(m, "claim_group.claims"))
            .collect::<Result<_, _>>()?;
        if members.is_empty() {
            return Err("empty claim group".into());
        }
        let arts: HashSet<&String> = members.iter().map(|m| &claim_article[m]).collect();
        if arts.len() != members.len() {
            return Err(format!("claim group g{}: two claims of one article", i + 1));
        }
        let canonical = claim_id(&g["canonical"], "claim_group.canonical")?;
        if !members.contains(&canonical) {
            return Err("claim_group.canonical is not a member".into());
        }
        for c in arr(&g["conflicts"], "claim_group.conflicts")? {
            one_of(&c["kind"], "conflict.kind", &["number", "date", "negation", "name", "title", "speaker"])?;
            let pair = arr(&c["claims"], "conflict.claims")?;
            if pair.len() != 2 {
                return Err("conflict.claims is not a pair".into());
            }
            for m in &pair {
                claim_id(m, "conflict.claims")?;
            }
            s(&c["detail"], "conflict.detail")?;
        }
        if g.get("omitted_by").is_some() {
            return Err("claim_group.omitted_by is gone in /2".into());
        }
        num(&g["similarity"], "claim_group.similarity")?;
        // Left out when no member differs.
        let diffs = if g["diffs"].is_null() { Vec::new() } else { arr(&g["diffs"], "claim_group.diffs")? };
        for d in diffs {
            claim_id(&d["claim"], "claim_group.diffs.claim")?;
            ops(&d["ops"], "claim_group.diffs.ops")?;
        }
    }

    // Entities e1…
    for (i, e) in arr(&v["entities"], "entities")?.iter().enumerate() {
        if s(&e["id"], "entity.id")? != format!("e{}", i + 1) {
            return Err(format!("entity id at {i}"));
        }
        s(&e["name"], "entity.name")?;
        one_of(&e["kind"], "entity.kind", &["person", "organization", "place", "outlet", "other"])?;
        one_of(&e["status"], "entity.status", &["consistent", "conflict"])?;
        for m in arr(&e["mentions"], "entity.mentions")? {
            s(&m["text"], "mention.text")?;
            opt_s(&m["title"], "mention.title")?;
            span(&m, "mention")?;
        }
        for c in arr(&e["conflicts"], "entity.conflicts")? {
            one_of(&c["kind"], "entity.conflicts.kind", &["name", "title"])?;
            s(&c["detail"], "entity.conflicts.detail")?;
        }
    }

    // Coverage: one row per article.
    let coverage = arr(&v["coverage"], "coverage")?;
    if coverage.len() != articles.len() {
        return Err(format!("{} coverage rows for {} articles", coverage.len(), articles.len()));
    }
    for c in &coverage {
        let art = article_id(&c["article"], "coverage.article")?;
        let mut total = 0;
        for k in ["agree", "reworded", "conflict", "unique"] {
            total += u(&c[k], "coverage count")?;
        }
        let own = claim_article.values().filter(|a| **a == art).count() as u64;
        if total > own {
            return Err(format!("coverage of {art}: {total} claims counted, it has {own}"));
        }
    }

    // Similarity: the article ids and an n × n matrix of numbers in 0–1.
    let sim_ids = strings(&v["similarity"]["articles"], "similarity.articles")?;
    if sim_ids.len() != articles.len() {
        return Err("similarity.articles".into());
    }
    for id in &sim_ids {
        article_id(&Value::String(id.clone()), "similarity.articles")?;
    }
    let matrix = arr(&v["similarity"]["matrix"], "similarity.matrix")?;
    if matrix.len() != sim_ids.len() {
        return Err("similarity.matrix rows".into());
    }
    for (r, row) in matrix.iter().enumerate() {
        let row = arr(row, "similarity.matrix row")?;
        if row.len() != sim_ids.len() {
            return Err("similarity.matrix columns".into());
        }
        for (c, x) in row.iter().enumerate() {
            let x = num(x, "similarity value")?;
            if !(0.0..=1.0).contains(&x) {
                return Err(format!("similarity[{r}][{c}] = {x}"));
            }
            if (x - num(&matrix[c][r], "similarity value")?).abs() > 1e-9 {
                return Err(format!("similarity is not symmetric at {r},{c}"));
            }
        }
    }

    // Reference check: present exactly when a reference is set.
    match (top.get("reference_check"), reference) {
        (None, None) => {}
        (Some(rc), Some(_)) => {
            for r in arr(rc, "reference_check")? {
                quote_id(&r["quote"], "reference_check.quote")?;
                one_of(
                    &r["verdict"],
                    "reference_check.verdict",
                    &["verbatim", "partial", "altered", "not_in_reference"],
                )?;
            }
        }
        (rc, _) => return Err(format!("reference_check {rc:?} with reference {reference:?}")),
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
