//! The JSON report, schema `crosscheck.report/2` (documented in docs/report-schema.md).
//!
//! Ids are stable for the same inputs: articles a1…, quotes q1…, quote groups qg1…,
//! claims c1…, claim groups g1…, entities e1…. Within one schema version fields are only
//! ever added; `/2` removed `claim_groups[].omitted_by` and lists only the `diffs` of
//! members whose words differ from the canonical one.

use crate::compare::{Comparison, DiffOp};
use serde::Serialize;
use std::io::Write;

pub const SCHEMA: &str = "crosscheck.report/2";

#[derive(Serialize)]
pub struct Report<'a> {
    pub schema: &'static str,
    pub generator: Generator,
    /// When the report was made (UTC, RFC 3339): the one field that differs between runs.
    pub created: String,
    pub settings: Settings,
    /// Doubts about the comparison as a whole (`different_event`: these articles report
    /// another event than the rest).
    pub warnings: Vec<WarningOut>,
    pub articles: Vec<ArticleOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub quote_groups: Vec<QuoteGroupOut<'a>>,
    pub claims: Vec<ClaimOut<'a>>,
    pub claim_groups: Vec<ClaimGroupOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
    pub coverage: Vec<CoverageOut>,
    pub similarity: SimilarityOut,
    /// Present when a reference article was set: what each other article did to its quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_check: Option<Vec<ReferenceCheckOut>>,
    /// The reader's decisions applied to this report (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<super::decisions::DecisionOut<'a>>,
}

#[derive(Serialize)]
pub struct Generator {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct Settings {
    pub threshold: f64,
    pub ignore_case: bool,
    pub ignore_punctuation: bool,
    pub reference: Option<String>,
}

/// One doubt about the comparison as a whole, with a one-line `detail`.
#[derive(Serialize)]
pub struct WarningOut {
    pub kind: &'static str,
    pub articles: Vec<String>,
    pub detail: String,
}

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub id: String,
    pub path: String,
    pub file_name: &'a str,
    pub sha256: &'a str,
    pub format: &'static str,
    pub encoding: &'a str,
    pub title: &'a Option<String>,
    pub outlet: &'a Option<String>,
    pub byline: &'a Option<String>,
    pub published: &'a Option<String>,
    pub word_count: usize,
    pub reference: bool,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub id: String,
    pub article: String,
    pub text: &'a str,
    pub speaker: &'a Option<String>,
    /// How sure the attribution is (0–1); null with a null speaker.
    pub speaker_confidence: Option<f32>,
    pub role: &'a Option<String>,
    pub fragment: bool,
    /// Quotes that are parts of one utterance (split by its attribution) share this id.
    pub utterance: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct QuoteGroupOut<'a> {
    pub id: String,
    pub speaker: Option<String>,
    pub status: &'static str,
    pub quotes: Vec<String>,
    pub canonical: String,
    pub articles: Vec<String>,
    pub diffs: Vec<QuoteDiffOut<'a>>,
    #[serde(flatten)]
    pub reader: super::decisions::MarksOut<'a>,
}

#[derive(Serialize)]
pub struct QuoteDiffOut<'a> {
    pub quote: String,
    pub status: &'static str,
    pub ops: &'a [DiffOp],
}

#[derive(Serialize)]
pub struct ClaimDiffOut<'a> {
    pub claim: String,
    pub ops: &'a [DiffOp],
}

#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub id: String,
    pub article: String,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub speaker: &'a Option<String>,
    pub numbers: Vec<&'a str>,
    pub dates: &'a [String],
    pub entities: &'a [String],
    pub negated: bool,
    pub hedged: bool,
}

#[derive(Serialize)]
pub struct ConflictOut {
    pub kind: &'static str,
    pub claims: [String; 2],
    pub detail: String,
    /// How sure the disagreement is (0–1); only confident ones are reported.
    pub confidence: f64,
}

#[derive(Serialize)]
pub struct ClaimGroupOut<'a> {
    pub id: String,
    pub status: &'static str,
    pub claims: Ids<'a>,
    pub canonical: String,
    pub conflicts: Vec<ConflictOut>,
    pub similarity: f64,
    /// How sure the engine is that the members state one claim (0–1).
    pub confidence: f64,
    /// What the members share: names, counted things, words.
    pub evidence: &'a [String],
    pub diffs: Vec<ClaimDiffOut<'a>>,
    #[serde(flatten)]
    pub reader: super::decisions::MarksOut<'a>,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    pub article: String,
    pub text: &'a str,
    pub title: &'a Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct EntityConflictOut {
    pub kind: &'static str,
    pub detail: String,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub id: String,
    pub name: String,
    pub kind: crate::analyze::EntityKind,
    pub status: &'static str,
    pub mentions: Vec<MentionOut<'a>>,
    pub conflicts: Vec<EntityConflictOut>,
}

#[derive(Serialize)]
pub struct CoverageOut {
    pub article: String,
    pub agree: usize,
    pub reworded: usize,
    pub conflict: usize,
    pub unique: usize,
}

#[derive(Serialize)]
pub struct SimilarityOut {
    pub articles: Vec<String>,
    pub matrix: Vec<Vec<f64>>,
}

#[derive(Serialize)]
pub struct ReferenceCheckOut {
    pub quote: String,
    pub verdict: crate::compare::ReferenceVerdict,
}

/// A list of ids ("a1", "a2" …) written straight from the indices, so a large report does
/// not hold millions of small strings at once.
pub struct Ids<'a>(pub &'a [usize], pub char);

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

/// Whether a member's words differ from the canonical ones (an all-`equal` diff says
/// nothing the member's own text does not, so `/2` leaves it out).
pub fn differs(ops: &[DiffOp]) -> bool {
    ops.iter().any(|o| o.op != crate::compare::OpKind::Equal)
}

fn aid(i: usize) -> String {
    format!("a{}", i + 1)
}

/// Builds the report structure (ids assigned in order).
pub fn build<'a>(cmp: &'a Comparison, created: &str) -> Report<'a> {
    let docs = &cmp.docs;
    let articles = docs
        .iter()
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
        .collect();
    // Utterance ids: one per (article, analysis quote), in item order.
    let mut utterance_ids = std::collections::HashMap::new();
    let quotes: Vec<QuoteOut> = cmp
        .quote_items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let n = utterance_ids.len() + 1;
            let u = utterance_ids.entry((item.article, item.quote)).or_insert(n);
            let q = &docs[item.article].analysis.quotes[item.quote];
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
            }
        })
        .collect();
    let first_item: std::collections::HashMap<(usize, usize), usize> = {
        let mut m = std::collections::HashMap::new();
        for (i, item) in cmp.quote_items.iter().enumerate() {
            m.entry((item.article, item.quote)).or_insert(i);
        }
        m
    };
    let qid = |m: &(usize, usize)| first_item.get(m).map(|i| format!("q{}", i + 1)).unwrap_or_default();
    let quote_groups = cmp
        .quote_groups
        .iter()
        .enumerate()
        .map(|(g, group)| QuoteGroupOut {
            id: format!("qg{}", g + 1),
            speaker: group.speaker.clone(),
            status: group.status.name(),
            quotes: group.items.iter().map(|i| format!("q{}", i + 1)).collect(),
            canonical: qid(&group.members[group.canonical]),
            articles: group.members.iter().map(|m| aid(m.0)).collect(),
            diffs: group
                .members
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != group.canonical && differs(&group.diffs[*k]))
                .map(|(k, m)| QuoteDiffOut {
                    quote: qid(m),
                    status: group.member_status[k].name(),
                    ops: &group.diffs[k],
                })
                .collect(),
            reader: super::decisions::marks_out(cmp.decided.quote(g)),
        })
        .collect();
    let claims = cmp
        .claims
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let c = &docs[r.article].analysis.claims[r.claim];
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
        .collect();
    let cid = |m: usize| format!("c{}", m + 1);
    let claim_groups = cmp
        .claim_groups
        .iter()
        .enumerate()
        .map(|(g, group)| ClaimGroupOut {
            id: format!("g{}", g + 1),
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
                })
                .collect(),
            confidence: (group.confidence * 100.0).round() / 100.0,
            evidence: &group.evidence,
            similarity: (group.similarity * 1000.0).round() / 1000.0,
            diffs: group
                .members
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != group.canonical && differs(&group.diffs[*k]))
                .map(|(k, &m)| ClaimDiffOut { claim: cid(m), ops: &group.diffs[k] })
                .collect(),
            reader: super::decisions::marks_out(cmp.decided.claim(g)),
        })
        .collect();
    let entities = cmp
        .entities
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
                    let mm = &docs[m.article].analysis.mentions[m.mention];
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
        .collect();
    let coverage = cmp
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
        .collect();
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
        articles,
        quotes,
        quote_groups,
        claims,
        claim_groups,
        entities,
        coverage,
        similarity: SimilarityOut { articles: (0..docs.len()).map(aid).collect(), matrix: cmp.similarity.clone() },
        reference_check: cmp.reference.map(|_| {
            cmp.reference_check
                .iter()
                .map(|&(item, verdict)| ReferenceCheckOut { quote: format!("q{}", item + 1), verdict })
                .collect()
        }),
        decisions: super::decisions::decisions_out(cmp),
    }
}

/// Reports of more articles than this are written compactly (one line): pretty-printing
/// puts every id of every list on a line of its own, which multiplies a large report's size.
pub const PRETTY_MAX_ARTICLES: usize = 50;

/// Streams the report to `w`.
pub fn write(cmp: &Comparison, created: &str, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let report = build(cmp, created);
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    if cmp.docs.len() <= PRETTY_MAX_ARTICLES {
        serde_json::to_writer_pretty(&mut w, &report)?;
    } else {
        serde_json::to_writer(&mut w, &report)?;
    }
    w.write_all(b"\n")?;
    w.flush()
}

pub fn to_string(cmp: &Comparison, created: &str) -> String {
    let mut out = Vec::new();
    if let Err(e) = write(cmp, created, &mut out) {
        return format!("{{\"error\": \"{e}\"}}\n");
    }
    String::from_utf8(out).unwrap_or_default()
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
