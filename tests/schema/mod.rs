//! The JSON report checked against docs/report-schema.md, field by field: shared by the
//! property tests.

use crosscheck::compare::Loaded;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The creation time every report of these tests is stamped with.
pub const CREATED: &str = "2026-01-01T00:00:00Z";

/// Checks the report against docs/report-schema.md: every field and type, ids in order,
/// every referenced id defined, spans on char boundaries of the articles' texts.
pub fn check_report(v: &Value, docs: &[Loaded], reference: Option<usize>) -> Result<(), String> {
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
        if members.iter().collect::<HashSet<_>>().len() != members.len() {
            return Err(format!("claim group g{}: a claim twice", i + 1));
        }
        // An article may state a claim twice (its lead and its body), no more.
        let mut per_article: HashMap<&String, usize> = HashMap::new();
        for m in &members {
            *per_article.entry(&claim_article[m]).or_default() += 1;
        }
        if per_article.values().any(|&n| n > 2) {
            return Err(format!("claim group g{}: more than two claims of one article", i + 1));
        }
        // Unique exactly when one article carries it.
        if (per_article.len() == 1) != (g["status"] == "unique") {
            return Err(format!("claim group g{}: status {} with {} articles", i + 1, g["status"], per_article.len()));
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
            let ids: Vec<String> = pair.iter().map(|m| claim_id(m, "conflict.claims")).collect::<Result<_, _>>()?;
            if claim_article[&ids[0]] == claim_article[&ids[1]] {
                return Err(format!("claim group g{}: a conflict within one article", i + 1));
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
