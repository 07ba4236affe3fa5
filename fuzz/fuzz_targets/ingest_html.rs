//! Bytes → `ingest_bytes` as a `.html` file → `analyze`; every span must stay on char
//! boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = crosscheck::ingest::ingest_bytes(Path::new("fuzz.html"), data) {
        let analysis = crosscheck::analyze::analyze(&article);
        check(&article, &analysis);
    }
});

fn check(article: &crosscheck::model::Article, analysis: &crosscheck::analyze::Analysis) {
    let t = article.text.as_str();
    let ok = |s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
    assert!(article.paragraphs.iter().all(|p| ok(p.start, p.end)), "paragraph span");
    assert!(analysis.sentences.iter().all(|x| ok(x.start, x.end)), "sentence span");
    assert!(analysis.quotes.iter().all(|x| ok(x.start, x.end)), "quote span");
    assert!(analysis.claims.iter().all(|x| ok(x.start, x.end)), "claim span");
    assert!(analysis.mentions.iter().all(|x| ok(x.start, x.end)), "mention span");
}
