//! The compact JSON report written with its long lists serialised side by side.

use super::Report;
use serde::Serialize;

/// The report on one line, the same bytes as `serde_json::to_writer` gives, with the long
/// lists turned into JSON side by side (writing a large report was a sequential tail).
pub(super) fn write_compact(r: &Report, w: &mut impl std::io::Write) -> std::io::Result<()> {
    fn json<T: Serialize + ?Sized>(value: &T) -> std::io::Result<Vec<u8>> {
        serde_json::to_vec(value).map_err(std::io::Error::other)
    }
    let ((quotes, quote_groups), ((claims, claim_groups), (entities, similarity))) = rayon::join(
        || (json(&r.quotes), json(&r.quote_groups)),
        || {
            rayon::join(
                || rayon::join(|| json(&r.claims), || json(&r.claim_groups)),
                || (json(&r.entities), json(&r.similarity)),
            )
        },
    );
    // In the order of `Report`'s fields, with the same ones left out.
    let mut fields: Vec<(&str, Vec<u8>)> = vec![
        ("schema", json(&r.schema)?),
        ("generator", json(&r.generator)?),
        ("created", json(&r.created)?),
        ("settings", json(&r.settings)?),
        ("warnings", json(&r.warnings)?),
        ("articles", json(&r.articles)?),
        ("quotes", quotes?),
        ("quote_groups", quote_groups?),
        ("claims", claims?),
        ("claim_groups", claim_groups?),
        ("entities", entities?),
        ("coverage", json(&r.coverage)?),
        ("similarity", similarity?),
    ];
    if let Some(check) = &r.reference_check {
        fields.push(("reference_check", json(check)?));
    }
    if !r.decisions.is_empty() {
        fields.push(("decisions", json(&r.decisions)?));
    }
    w.write_all(b"{")?;
    for (k, (name, value)) in fields.iter().enumerate() {
        if k > 0 {
            w.write_all(b",")?;
        }
        write!(w, "\"{name}\":")?;
        w.write_all(value)?;
    }
    w.write_all(b"}")
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
