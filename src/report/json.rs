//! The JSON report, schema `crosscheck.report/2` (documented in docs/report-schema.md).
//!
//! Ids are stable for the same inputs: articles a1…, quotes q1…, quote groups qg1…,
//! claims c1…, claim groups g1…, entities e1…. Within one schema version fields are only
//! ever added; `/2` removed `claim_groups[].omitted_by` and lists only the `diffs` of
//! members whose words differ from the canonical one.

use super::present;
use crate::compare::{Comparison, DiffOp};
use crate::error::ReportError;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;

#[path = "json_compact.rs"]
mod compact;

/// The schema string every JSON report carries.
pub const SCHEMA: &str = "crosscheck.report/2";

/// The whole JSON report; its fields are described in docs/report-schema.md.
#[derive(Serialize)]
pub struct Report<'a> {
    schema: &'static str,
    generator: Generator,
    /// When the report was made (UTC, RFC 3339): the one field that differs between runs.
    created: String,
    settings: Settings,
    /// Doubts about the comparison as a whole (`different_event`: these articles report
    /// another event than the rest).
    warnings: Vec<WarningOut>,
    articles: Vec<ArticleOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    quote_groups: Vec<QuoteGroupOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
    claim_groups: Vec<ClaimGroupOut<'a>>,
    entities: Vec<EntityOut<'a>>,
    coverage: Vec<CoverageOut>,
    similarity: SimilarityOut,
    /// Present when a reference article was set: what each other article did to its quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    reference_check: Option<Vec<ReferenceCheckOut>>,
    /// The reader's decisions applied to this report (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    decisions: Vec<super::decisions::DecisionOut<'a>>,
}

/// Which program wrote the report.
#[derive(Serialize)]
pub struct Generator {
    name: &'static str,
    version: &'static str,
}

/// The comparison's knobs and reference article.
#[derive(Serialize)]
pub struct Settings {
    threshold: f64,
    ignore_case: bool,
    ignore_punctuation: bool,
    reference: Option<String>,
}

/// One doubt about the comparison as a whole, with a one-line `detail`.
#[derive(Serialize)]
pub struct WarningOut {
    kind: &'static str,
    articles: Vec<String>,
    detail: String,
}

/// One compared article (`articles[]`).
#[derive(Serialize)]
pub struct ArticleOut<'a> {
    id: String,
    path: String,
    file_name: &'a str,
    sha256: &'a str,
    format: &'static str,
    encoding: &'a str,
    title: &'a Option<String>,
    outlet: &'a Option<String>,
    byline: &'a Option<String>,
    published: &'a Option<String>,
    word_count: usize,
    reference: bool,
}

/// One direct quote (`quotes[]`).
#[derive(Serialize)]
pub struct QuoteOut<'a> {
    id: String,
    article: String,
    text: &'a str,
    speaker: &'a Option<String>,
    /// How sure the attribution is (0–1); null with a null speaker.
    speaker_confidence: Option<f32>,
    /// Left out when the article gives the speaker no title.
    #[serde(skip_serializing_if = "Option::is_none")]
    role: &'a Option<String>,
    fragment: bool,
    /// Quotes that are parts of one utterance (split by its attribution) share this id.
    utterance: String,
    start: usize,
    end: usize,
    /// A decision of the reader changed the group this quote is in (left out when false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    decided: bool,
}

/// One quote group (`quote_groups[]`).
#[derive(Serialize)]
pub struct QuoteGroupOut<'a> {
    id: String,
    speaker: Option<String>,
    status: &'static str,
    quotes: Vec<String>,
    canonical: String,
    articles: Vec<String>,
    diffs: Vec<QuoteDiffOut<'a>>,
    #[serde(flatten)]
    reader: super::decisions::MarksOut<'a>,
}

/// A quote member's words against the canonical ones.
#[derive(Serialize)]
pub struct QuoteDiffOut<'a> {
    quote: String,
    status: &'static str,
    ops: &'a [DiffOp],
}

/// A claim member's words against the canonical ones.
#[derive(Serialize)]
pub struct ClaimDiffOut<'a> {
    claim: String,
    ops: &'a [DiffOp],
}

/// One claim (`claims[]`).
#[derive(Serialize)]
pub struct ClaimOut<'a> {
    id: String,
    article: String,
    text: &'a str,
    start: usize,
    end: usize,
    /// Left out when nobody is quoted as saying the claim (most narration): at 500 articles
    /// the nulls and falses of these two fields were 1.3 MB of the report.
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: &'a Option<String>,
    numbers: Vec<&'a str>,
    dates: &'a [String],
    entities: &'a [String],
    negated: bool,
    /// Left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    hedged: bool,
}

/// One disagreement inside a claim group.
#[derive(Serialize)]
pub struct ConflictOut {
    kind: &'static str,
    claims: [String; 2],
    detail: String,
    /// How sure the disagreement is (0–1); only confident ones are reported.
    confidence: f64,
    /// A decision of the reader changed the group of this disagreement (left out when false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    decided: bool,
}

/// One claim group (`claim_groups[]`).
#[derive(Serialize)]
pub struct ClaimGroupOut<'a> {
    id: String,
    status: &'static str,
    claims: Ids<'a>,
    canonical: String,
    conflicts: Vec<ConflictOut>,
    similarity: f64,
    /// How sure the engine is that the members state one claim (0–1).
    confidence: f64,
    /// What the members share: names, counted things, words.
    evidence: &'a [String],
    /// Left out when every member has the canonical words (every unique claim).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diffs: Vec<ClaimDiffOut<'a>>,
    #[serde(flatten)]
    reader: super::decisions::MarksOut<'a>,
}

/// One mention of an entity.
#[derive(Serialize)]
pub struct MentionOut<'a> {
    article: String,
    text: &'a str,
    title: &'a Option<String>,
    start: usize,
    end: usize,
}

/// One disagreement about a name.
#[derive(Serialize)]
pub struct EntityConflictOut {
    kind: &'static str,
    detail: String,
}

/// One entity (`entities[]`).
#[derive(Serialize)]
pub struct EntityOut<'a> {
    id: String,
    name: String,
    kind: crate::analyze::EntityKind,
    status: &'static str,
    mentions: Vec<MentionOut<'a>>,
    conflicts: Vec<EntityConflictOut>,
}

/// One article's claims by status (`coverage[]`).
#[derive(Serialize)]
pub struct CoverageOut {
    article: String,
    agree: usize,
    reworded: usize,
    conflict: usize,
    unique: usize,
}

/// The article × article similarity matrix.
#[derive(Serialize)]
pub struct SimilarityOut {
    articles: Vec<String>,
    matrix: Vec<Vec<f64>>,
}

/// What the reference did with one quote.
#[derive(Serialize)]
pub struct ReferenceCheckOut {
    quote: String,
    verdict: crate::compare::ReferenceVerdict,
}

/// A list of ids ("a1", "a2" …) written straight from the indices, so a large report does
/// not hold millions of small strings at once.
pub struct Ids<'a>(&'a [usize], char);

impl Serialize for Ids<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        let mut buf = String::with_capacity(12);
        for &i in self.0 {
            buf.clear();
            use std::fmt::Write as _;
            let _ = write!(buf, "{}{}", self.1, i + 1);
            seq.serialize_element(buf.as_str())?;
        }
        seq.end()
    }
}

fn aid(i: usize) -> String {
    format!("a{}", i + 1)
}

/// Builds the report structure (ids assigned in order; groups in the order the window and
/// the other reports show them, see [`present`]).
pub fn build<'a>(cmp: &'a Comparison, created: &str) -> Report<'a> {
    // The long lists side by side.
    let ((quotes, quote_groups), ((claims, claim_groups), entities)) = rayon::join(
        || (quotes(cmp), quote_groups(cmp)),
        || rayon::join(|| rayon::join(|| claims(cmp), || claim_groups(cmp)), || entities(cmp)),
    );
    Report {
        schema: SCHEMA,
        generator: Generator { name: "crosscheck", version: env!("CARGO_PKG_VERSION") },
        created: created.to_string(),
        settings: Settings {
            threshold: cmp.settings.threshold,
            ignore_case: cmp.settings.ignore_case,
            ignore_punctuation: cmp.settings.ignore_punctuation,
            reference: cmp.reference.map(aid),
        },
        warnings: cmp
            .warnings
            .iter()
            .map(|w| WarningOut {
                kind: w.kind.name(),
                articles: w.articles.iter().map(|&a| aid(a)).collect(),
                detail: w.detail.clone(),
            })
            .collect(),
        articles: articles(cmp),
        quotes,
        quote_groups,
        claims,
        claim_groups,
        entities,
        coverage: cmp
            .coverage
            .iter()
            .enumerate()
            .map(|(i, c)| CoverageOut {
                article: aid(i),
                agree: c.agree,
                reworded: c.reworded,
                conflict: c.conflict,
                unique: c.unique,
            })
            .collect(),
        similarity: SimilarityOut { articles: (0..cmp.docs.len()).map(aid).collect(), matrix: cmp.similarity.clone() },
        reference_check: cmp.reference.map(|_| {
            cmp.reference_check
                .iter()
                .map(|&(item, verdict)| ReferenceCheckOut { quote: format!("q{}", item + 1), verdict })
                .collect()
        }),
        decisions: super::decisions::decisions_out(cmp),
    }
}

fn articles(cmp: &Comparison) -> Vec<ArticleOut<'_>> {
    use rayon::prelude::*;
    // Side by side: counting the words of every article is a pass over all the text.
    cmp.docs
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let a = &d.article;
            ArticleOut {
                id: aid(i),
                path: a.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                file_name: &a.file_name,
                sha256: &a.sha256,
                format: a.format.name(),
                encoding: &a.encoding,
                title: &a.title,
                outlet: &a.outlet,
                byline: &a.byline,
                published: &a.published,
                word_count: a.word_count(),
                reference: cmp.reference == Some(i),
            }
        })
        .collect()
}

fn quotes(cmp: &Comparison) -> Vec<QuoteOut<'_>> {
    // Utterance ids: one per (article, analysis quote), in item order.
    let mut utterance_ids = HashMap::new();
    // The quote items of every quote group a decision changed.
    let decided: std::collections::HashSet<usize> = cmp
        .quote_groups
        .iter()
        .enumerate()
        .filter(|(g, _)| cmp.decided.quote(*g).is_some_and(|m| m.decided))
        .flat_map(|(_, group)| group.items.iter().copied())
        .collect();
    cmp.quote_items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let n = utterance_ids.len() + 1;
            let u = utterance_ids.entry((item.article, item.quote)).or_insert(n);
            let q = &cmp.docs[item.article].analysis.quotes[item.quote];
            QuoteOut {
                id: format!("q{}", i + 1),
                article: aid(item.article),
                text: &item.text,
                speaker: &q.speaker,
                speaker_confidence: q.speaker_confidence,
                role: &q.role,
                fragment: q.fragment,
                utterance: format!("u{u}"),
                start: item.start,
                end: item.end,
                decided: decided.contains(&i),
            }
        })
        .collect()
}

fn quote_groups(cmp: &Comparison) -> Vec<QuoteGroupOut<'_>> {
    let mut first_item: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, item) in cmp.quote_items.iter().enumerate() {
        first_item.entry((item.article, item.quote)).or_insert(i);
    }
    let qid = |m: &(usize, usize)| first_item.get(m).map(|i| format!("q{}", i + 1)).unwrap_or_default();
    present::quote_order(cmp)
        .into_iter()
        .enumerate()
        .map(|(n, g)| {
            let group = &cmp.quote_groups[g];
            QuoteGroupOut {
                id: format!("qg{}", n + 1),
                speaker: group.speaker.clone(),
                status: group.status.name(),
                quotes: group.items.iter().map(|i| format!("q{}", i + 1)).collect(),
                canonical: qid(&group.members[group.canonical]),
                articles: present::quote_group(cmp, g).rows.iter().map(|r| aid(r.article)).collect(),
                diffs: group
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != group.canonical && present::differs(&group.diffs[*k]))
                    .map(|(k, m)| QuoteDiffOut {
                        quote: qid(m),
                        status: group.member_status[k].name(),
                        ops: &group.diffs[k],
                    })
                    .collect(),
                reader: super::decisions::marks_out(cmp.decided.quote(g)),
            }
        })
        .collect()
}

fn claims(cmp: &Comparison) -> Vec<ClaimOut<'_>> {
    use rayon::prelude::*;
    cmp.claims
        .par_iter()
        .enumerate()
        .map(|(i, r)| {
            let c = &cmp.docs[r.article].analysis.claims[r.claim];
            ClaimOut {
                id: format!("c{}", i + 1),
                article: aid(r.article),
                text: &c.text,
                start: c.start,
                end: c.end,
                speaker: &c.speaker,
                numbers: c.numbers.iter().map(|q| q.text.as_str()).collect(),
                dates: &c.dates,
                entities: &c.entities,
                negated: c.negated,
                hedged: c.hedged,
            }
        })
        .collect()
}

fn claim_groups(cmp: &Comparison) -> Vec<ClaimGroupOut<'_>> {
    let cid = |m: usize| format!("c{}", m + 1);
    use rayon::prelude::*;
    present::claim_sections(cmp)
        .order()
        .into_par_iter()
        .enumerate()
        .map(|(n, g)| {
            let group = &cmp.claim_groups[g];
            ClaimGroupOut {
                id: format!("g{}", n + 1),
                status: group.status.name(),
                claims: Ids(&group.members, 'c'),
                canonical: cid(group.members[group.canonical]),
                conflicts: group
                    .conflicts
                    .iter()
                    .map(|c| ConflictOut {
                        kind: c.kind.name(),
                        claims: [cid(group.members[c.members.0]), cid(group.members[c.members.1])],
                        detail: c.detail.clone(),
                        confidence: (c.confidence * 100.0).round() / 100.0,
                        decided: cmp.decided.claim(g).is_some_and(|m| m.decided),
                    })
                    .collect(),
                confidence: (group.confidence * 100.0).round() / 100.0,
                evidence: &group.evidence,
                similarity: (group.similarity * 1000.0).round() / 1000.0,
                diffs: group
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != group.canonical && present::differs(&group.diffs[*k]))
                    .map(|(k, &m)| ClaimDiffOut { claim: cid(m), ops: &group.diffs[k] })
                    .collect(),
                reader: super::decisions::marks_out(cmp.decided.claim(g)),
            }
        })
        .collect()
}

fn entities(cmp: &Comparison) -> Vec<EntityOut<'_>> {
    cmp.entities
        .iter()
        .enumerate()
        .map(|(e, ent)| EntityOut {
            id: format!("e{}", e + 1),
            name: ent.name.clone(),
            kind: ent.kind,
            status: if ent.conflict { "conflict" } else { "consistent" },
            mentions: ent
                .mentions
                .iter()
                .map(|m| {
                    let mm = &cmp.docs[m.article].analysis.mentions[m.mention];
                    MentionOut {
                        article: aid(m.article),
                        text: &mm.text,
                        title: &mm.title,
                        start: mm.start,
                        end: mm.end,
                    }
                })
                .collect(),
            conflicts: ent
                .conflicts
                .iter()
                .map(|c| EntityConflictOut { kind: c.kind.name(), detail: c.detail.clone() })
                .collect(),
        })
        .collect()
}

/// Reports of more articles than this are written compactly (one line): pretty-printing
/// puts every id of every list on a line of its own, which multiplies a large report's size.
pub const PRETTY_MAX_ARTICLES: usize = 50;

/// Streams the report to `w`.
pub fn write(cmp: &Comparison, created: &str, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let t = std::time::Instant::now();
    let report = build(cmp, created);
    crate::timings::stage("report: rows", t);
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    if cmp.docs.len() <= PRETTY_MAX_ARTICLES {
        serde_json::to_writer_pretty(&mut w, &report)?;
    } else {
        compact::write_compact(&report, &mut w)?;
    }
    w.write_all(b"\n")?;
    w.flush()
}

/// The report as a string (pretty-printed up to [`PRETTY_MAX_ARTICLES`] articles).
pub fn to_string(cmp: &Comparison, created: &str) -> Result<String, ReportError> {
    let report = build(cmp, created);
    let mut out = if cmp.docs.len() <= PRETTY_MAX_ARTICLES {
        serde_json::to_string_pretty(&report)?
    } else {
        serde_json::to_string(&report)?
    };
    out.push('\n');
    Ok(out)
}

/// The current time as RFC 3339 UTC, without a date library.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Days since 1970-01-01 → (year, month, day), Howard Hinnant's algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_131), (2025, 2, 12));
    }
}
