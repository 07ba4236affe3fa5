//! The compact JSON report written with its long lists serialised side by side.

use super::Report;
use serde::Serialize;

/// The report on one line, the same bytes as `serde_json::to_writer` gives, with the long
/// lists turned into JSON side by side (writing a large report was a sequential tail).
pub(super) fn write_compact(r: &Report, w: &mut impl std::io::Write) -> std::io::Result<()> {
    fn json<T: Serialize + ?Sized>(value: &T) -> std::io::Result<Vec<u8>> {
        serde_json::to_vec(value).map_err(std::io::Error::other)
    }
    let field = |w: &mut dyn std::io::Write, first: bool, name: &str, value: &[u8]| -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        write!(w, "\"{name}\":")?;
        w.write_all(value)
    };
    // In the order of `Report`'s fields, with the same ones left out.
    w.write_all(b"{")?;
    field(w, true, "schema", &json(&r.schema)?)?;
    field(w, false, "generator", &json(&r.generator)?)?;
    field(w, false, "created", &json(&r.created)?)?;
    field(w, false, "settings", &json(&r.settings)?)?;
    field(w, false, "warnings", &json(&r.warnings)?)?;
    field(w, false, "articles", &json(&r.articles)?)?;
    // Each long list is made in pieces side by side and written before the next is made:
    // all the lists held at once were the peak memory of a 500-article comparison.
    list(w, "quotes", &r.quotes)?;
    list(w, "quote_groups", &r.quote_groups)?;
    list(w, "claims", &r.claims)?;
    list(w, "claim_groups", &r.claim_groups)?;
    list(w, "entities", &r.entities)?;
    field(w, false, "coverage", &json(&r.coverage)?)?;
    field(w, false, "similarity", &json(&r.similarity)?)?;
    if let Some(check) = &r.reference_check {
        field(w, false, "reference_check", &json(check)?)?;
    }
    if !r.decisions.is_empty() {
        field(w, false, "decisions", &json(&r.decisions)?)?;
    }
    w.write_all(b"}")
}

/// `,"name":[…]`, the list as `serde_json` writes it, its items turned into JSON in pieces
/// side by side and written in order.
fn list<T: Serialize + Sync>(w: &mut impl std::io::Write, name: &str, items: &[T]) -> std::io::Result<()> {
    use rayon::prelude::*;
    // Pieces big enough that handing them out costs nothing beside making them.
    const PIECE: usize = 256;
    let pieces: Vec<Vec<u8>> = items
        .par_chunks(PIECE)
        .map(|chunk| {
            let mut out = Vec::new();
            for (i, item) in chunk.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut out, item).map_err(std::io::Error::other)?;
            }
            Ok(out)
        })
        .collect::<std::io::Result<_>>()?;
    write!(w, ",\"{name}\":[")?;
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        w.write_all(p)?;
    }
    w.write_all(b"]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_report_is_written_as_serde_would_write_it() {
        use super::super::{PRETTY_MAX_ARTICLES, build};
        use crate::compare::{Loaded, Settings, compare};
        // Past the pretty-printing size, with quotes, numbers and a reference article.
        let docs: Vec<Loaded> = (0..=PRETTY_MAX_ARTICLES)
            .map(|i| {
                let text = format!(
                    "Report {i}\n\nThe council approved {} new buses on Monday, the mayor said.\n\n\
                     \u{201c}We waited {} years for this,\u{201d} said Ana Ruiz.",
                    40 + i % 3,
                    i % 2 + 2
                );
                let article = crate::ingest::ingest_pasted(&format!("{i}.txt"), &text).expect("article");
                let analysis = crate::analyze::analyze(&article);
                Loaded::new(article, analysis)
            })
            .collect();
        let cmp = compare(docs, Settings::default(), Some(1));
        let report = build(&cmp, "2026-12-02T00:00:00Z");
        let mut ours = Vec::new();
        write_compact(&report, &mut ours).expect("written to memory");
        assert_eq!(String::from_utf8(ours).expect("utf-8"), serde_json::to_string(&report).expect("serde"));
    }
}
