//! What every fuzz target checks: bytes read as a file of the given name, then analyzed;
//! nothing panics and every span stays on char boundaries inside the text.

use std::path::Path;

pub fn ingest_and_check(file_name: &str, data: &[u8]) {
    let Ok(article) = crosscheck::ingest::ingest_bytes(Path::new(file_name), data) else { return };
    let analysis = crosscheck::analyze::analyze(&article);
    let t = article.text.as_str();
    let ok = |s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
    assert!(article.paragraphs.iter().all(|p| ok(p.start, p.end)), "paragraph span");
    assert!(analysis.sentences.iter().all(|x| ok(x.start, x.end)), "sentence span");
    assert!(analysis.quotes.iter().all(|x| ok(x.start, x.end)), "quote span");
    assert!(analysis.claims.iter().all(|x| ok(x.start, x.end)), "claim span");
    assert!(analysis.mentions.iter().all(|x| ok(x.start, x.end)), "mention span");
}
