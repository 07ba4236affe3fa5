//! What a reader sees of a comparison, decided once for the window and every report: the
//! rows of a group (article, plain words or a word diff, who leaves it out), the article
//! label, the settings line, the order of speakers and groups, and the palette (meanings
//! mapped to colours). HTML, Markdown, JSON and the views only format what this returns;
//! nothing here knows about markup or egui.

use crate::compare::{ClaimStatus, Comparison, DiffOp, OpKind, QuoteStatus, ReferenceVerdict, Settings, WarningKind};
use std::borrow::Cow;

#[path = "present_lines.rs"]
mod lines;
pub use lines::{NameForm, distinct_conflicts, name_conflict_lines, name_conflicts, name_forms, sure_conflicts};

/// The speaker of a quote nobody could attribute with confidence.
pub const UNKNOWN_SPEAKER: &str = "Unknown speaker";

/// Between the parts of one utterance that an article split with its attribution.
pub const PART_SEPARATOR: &str = " … ";

/// A short label for an article: its outlet, else its title, else its file name.
pub fn article_label(cmp: &Comparison, i: usize) -> String {
    let a = &cmp.docs[i].article;
    a.outlet.clone().unwrap_or_else(|| a.display_title().to_string())
}

/// How a quote group's speaker is shown (the unknown one included).
pub fn speaker_label(speaker: Option<&str>) -> &str {
    speaker.unwrap_or(UNKNOWN_SPEAKER)
}

/// The knobs of the comparison in one line, as every report prints them
/// ("match threshold 0.25 · ignore case: yes · ignore punctuation: yes").
pub fn settings_line(s: &Settings) -> String {
    let yes = |b: bool| if b { "yes" } else { "no" };
    format!(
        "match threshold {:.2} · ignore case: {} · ignore punctuation: {}",
        s.threshold,
        yes(s.ignore_case),
        yes(s.ignore_punctuation)
    )
}

/// Who made a report: "crosscheck 0.1.0".
pub fn generator() -> String {
    format!("crosscheck {}", env!("CARGO_PKG_VERSION"))
}

/// The heading of a warning about the set as a whole.
pub fn warning_title(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::DifferentEvent => "Another event",
    }
}

/// What the reference did with a quote, in words.
pub fn verdict_word(v: ReferenceVerdict) -> &'static str {
    match v {
        ReferenceVerdict::Verbatim => "verbatim",
        ReferenceVerdict::Partial => "partial",
        ReferenceVerdict::Altered => "altered",
        ReferenceVerdict::NotInReference => "not in reference",
    }
}

/// The words of one row: the article's own words, or its words against the canonical ones.
#[derive(Debug, Clone, PartialEq)]
pub enum Words<'a> {
    /// The words as printed (the canonical row, or a group of one article).
    Plain(Cow<'a, str>),
    /// The words against the canonical ones: equal, missing here, only here.
    Diff(&'a [DiffOp]),
}

impl Words<'_> {
    /// Whether these words differ from the canonical ones (a diff with a change in it).
    pub fn differs(&self) -> bool {
        match self {
            Words::Plain(_) => false,
            Words::Diff(ops) => differs(ops),
        }
    }
}

/// Whether a member's words differ from the canonical ones (an all-`equal` diff says
/// nothing the member's own text does not).
pub fn differs(ops: &[DiffOp]) -> bool {
    ops.iter().any(|o| o.op != OpKind::Equal)
}

/// One article's line in a group.
///
/// A reader's decision about this row (issue 12: "decided", a note) belongs here too, so
/// that every output gains the column at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// Index into `Comparison::docs`.
    pub article: usize,
    /// Its words, plain or as a diff.
    pub words: Words<'a>,
    /// The wording the others are compared against (only marked when there are others).
    pub canonical: bool,
}

/// Which group of the comparison a [`Group`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupId {
    /// Index into `Comparison::claim_groups`.
    Claim(usize),
    /// Index into `Comparison::quote_groups`.
    Quote(usize),
}

/// A group as a reader sees it, whatever draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// Which group it is.
    pub id: GroupId,
    /// The status in words ("conflict", "altered" …).
    pub status: &'static str,
    /// The status as a meaning, for its colour.
    pub meaning: Meaning,
    /// The speaker label of a quote group; `None` for a claim group.
    pub speaker: Option<&'a str>,
    /// The distinct disagreements, one line each ("country: 40 vs 50", "name: Paige vs Page").
    pub conflicts: Vec<String>,
    /// One row per article that carries the group, in article order.
    pub rows: Vec<Row<'a>>,
    /// The articles that leave it out; empty for a group of one article, whose status
    /// ("unique") already says that every other article leaves it out.
    pub omitted_by: Vec<usize>,
    /// The reader's marks on it, as words: "reader's decision", "reviewed", "reason: …",
    /// "note: …" (empty when the reader decided nothing about it).
    pub marks: Vec<String>,
}

impl Group<'_> {
    /// How many articles carry it (an article may give a claim twice: two rows).
    pub fn articles(&self) -> usize {
        let mut seen: Vec<usize> = self.rows.iter().map(|r| r.article).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }

    /// The quotation marks its words are shown in: curly quotes for a quote group, none for
    /// a claim (a claim is the article's own sentence).
    pub fn marks(&self) -> (&'static str, &'static str) {
        match self.id {
            GroupId::Quote(_) => ("“", "”"),
            GroupId::Claim(_) => ("", ""),
        }
    }
}

fn omitted(cmp: &Comparison, rows: &[Row]) -> Vec<usize> {
    if rows.iter().all(|r| r.article == rows[0].article) {
        return Vec::new();
    }
    (0..cmp.docs.len()).filter(|a| !rows.iter().any(|r| r.article == *a)).collect()
}

/// The claim group `g` as rows.
pub fn claim_group(cmp: &Comparison, g: usize) -> Group<'_> {
    let group = &cmp.claim_groups[g];
    let single = group.members.len() == 1;
    let rows: Vec<Row> = group
        .members
        .iter()
        .enumerate()
        .map(|(k, &m)| {
            let canonical = k == group.canonical;
            let words = if canonical || single {
                Words::Plain(Cow::Borrowed(cmp.claim(m).text.as_str()))
            } else {
                Words::Diff(&group.diffs[k])
            };
            Row { article: cmp.claims[m].article, words, canonical: canonical && !single }
        })
        .collect();
    Group {
        id: GroupId::Claim(g),
        status: group.status.name(),
        meaning: Meaning::of_claim(group.status),
        speaker: None,
        conflicts: distinct_conflicts(&group.conflicts),
        omitted_by: omitted(cmp, &rows),
        rows,
        marks: cmp.decided.claim(g).map(mark_words).unwrap_or_default(),
    }
}

/// The quote group `g` as rows: one per article, the parts of an utterance an article
/// split with its attribution shown as one wording.
pub fn quote_group(cmp: &Comparison, g: usize) -> Group<'_> {
    let group = &cmp.quote_groups[g];
    let single = group.status == QuoteStatus::Unique;
    let canonical_article = group.members[group.canonical].0;
    let mut rows: Vec<Row> = Vec::new();
    for (k, &(a, _)) in group.members.iter().enumerate() {
        if rows.iter().any(|r| r.article == a) {
            continue;
        }
        let canonical = a == canonical_article;
        let words = if canonical || single {
            let parts: Vec<&str> = group
                .members
                .iter()
                .filter(|m| m.0 == a)
                .map(|m| cmp.docs[m.0].analysis.quotes[m.1].text.as_str())
                .collect();
            Words::Plain(if parts.len() == 1 {
                Cow::Borrowed(parts[0])
            } else {
                Cow::Owned(parts.join(PART_SEPARATOR))
            })
        } else {
            Words::Diff(&group.diffs[k])
        };
        rows.push(Row { article: a, words, canonical: canonical && !single });
    }
    Group {
        id: GroupId::Quote(g),
        status: group.status.name(),
        meaning: Meaning::of_quote(group.status),
        speaker: Some(speaker_label(group.speaker.as_deref())),
        conflicts: Vec::new(),
        omitted_by: omitted(cmp, &rows),
        rows,
        marks: cmp.decided.quote(g).map(mark_words).unwrap_or_default(),
    }
}

/// The reader's marks on a group as words, in the order every presentation shows them.
pub fn mark_words(m: &crate::compare::decisions::Marks) -> Vec<String> {
    let mut out = Vec::new();
    if m.decided {
        out.push("reader's decision".to_string());
    }
    if m.reviewed {
        out.push("reviewed".to_string());
    }
    if let Some(r) = &m.reason {
        out.push(format!("reason: {r}"));
    }
    out.extend(m.notes.iter().map(|n| format!("note: {}", n.text)));
    out
}

/// Any group as rows.
pub fn group(cmp: &Comparison, id: GroupId) -> Group<'_> {
    match id {
        GroupId::Claim(g) => claim_group(cmp, g),
        GroupId::Quote(g) => quote_group(cmp, g),
    }
}

/// The distinct wordings of a group: the canonical one (with every article whose words do
/// not differ from it), then each differing one with the articles that print it. The
/// summaries of large comparisons list these instead of one row per article.
pub fn wordings<'g, 'a>(group: &'g Group<'a>) -> Vec<(&'g Words<'a>, Vec<usize>)> {
    let Some(canonical) = group.rows.iter().find(|r| r.canonical).or(group.rows.first()) else {
        return Vec::new();
    };
    let mut out: Vec<(&Words, Vec<usize>)> = vec![(&canonical.words, Vec::new())];
    for row in &group.rows {
        if row.canonical || !row.words.differs() {
            out[0].1.push(row.article);
        } else {
            match out.iter_mut().skip(1).find(|(w, _)| **w == row.words) {
                Some((_, ids)) => ids.push(row.article),
                None => out.push((&row.words, vec![row.article])),
            }
        }
    }
    out
}

/// The order quotes are read in, by the window and every report: grouped by speaker
/// (speakers with an altered quote first, then by name, the unknown speaker last), altered
/// first within a speaker, then in reading order. Sorts any subset of the quote groups.
pub fn sort_quotes(cmp: &Comparison, groups: &mut [usize]) {
    let altered: std::collections::HashSet<Option<&str>> =
        cmp.quote_groups.iter().filter(|g| g.status == QuoteStatus::Altered).map(|g| g.speaker.as_deref()).collect();
    groups.sort_by_cached_key(|&i| {
        let g = &cmp.quote_groups[i];
        let speaker = g.speaker.as_deref();
        (!altered.contains(&speaker), speaker.is_none(), speaker.map(str::to_owned), g.status, i)
    });
}

/// Every quote group in reading order (see [`sort_quotes`]).
pub fn quote_order(cmp: &Comparison) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cmp.quote_groups.len()).collect();
    sort_quotes(cmp, &mut order);
    order
}

/// One speaker's quote groups, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker<'a> {
    /// The speaker as shown ("Unknown speaker" when none).
    pub label: &'a str,
    /// Indices into `Comparison::quote_groups`.
    pub groups: Vec<usize>,
}

/// The quote groups by speaker, speakers and groups in reading order (see [`sort_quotes`]).
pub fn speakers(cmp: &Comparison) -> Vec<Speaker<'_>> {
    let mut out: Vec<Speaker> = Vec::new();
    for g in quote_order(cmp) {
        let label = speaker_label(cmp.quote_groups[g].speaker.as_deref());
        match out.last_mut() {
            Some(s) if s.label == label => s.groups.push(g),
            _ => out.push(Speaker { label, groups: vec![g] }),
        }
    }
    out
}

/// The claim groups in the sections every report lists them in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimSections {
    /// The conflicting groups.
    pub conflicts: Vec<usize>,
    /// For each article, the groups only it carries.
    pub unique_by_article: Vec<Vec<usize>>,
    /// The reworded groups.
    pub reworded: Vec<usize>,
    /// The agreeing groups.
    pub agree: Vec<usize>,
}

impl ClaimSections {
    /// Every claim group once, in the order the sections list them.
    pub fn order(&self) -> Vec<usize> {
        let mut out = self.conflicts.clone();
        out.extend(self.unique_by_article.iter().flatten());
        out.extend(&self.reworded);
        out.extend(&self.agree);
        out
    }
}

/// The claim groups by section: conflicts, each article's unique claims, reworded, agreeing.
pub fn claim_sections(cmp: &Comparison) -> ClaimSections {
    let mut s = ClaimSections { unique_by_article: vec![Vec::new(); cmp.docs.len()], ..Default::default() };
    for (i, g) in cmp.claim_groups.iter().enumerate() {
        match g.status {
            ClaimStatus::Conflict => s.conflicts.push(i),
            ClaimStatus::Unique => {
                if let Some(&m) = g.members.first() {
                    s.unique_by_article[cmp.claims[m].article].push(i);
                }
            }
            ClaimStatus::Reworded => s.reworded.push(i),
            ClaimStatus::Agree => s.agree.push(i),
        }
    }
    s
}

/// How many quotes of the other articles the reference prints verbatim, in part, altered,
/// or not at all.
pub fn reference_counts(cmp: &Comparison) -> [(ReferenceVerdict, usize); 4] {
    [ReferenceVerdict::Verbatim, ReferenceVerdict::Partial, ReferenceVerdict::Altered, ReferenceVerdict::NotInReference]
        .map(|v| (v, cmp.reference_check.iter().filter(|(_, x)| *x == v).count()))
}

// The palette: every colour a reader sees, in one place. The window (gui/theme.rs) and the
// HTML report map meanings to these; Markdown carries meanings in words alone.

/// A colour, sRGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// As CSS hex ("#0072b2").
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// What a colour means: the statuses of groups, as the reader tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    /// Agreeing claims, verbatim quotes, consistent names.
    Agree,
    /// Claims in other words, without conflicting facts.
    Reworded,
    /// Conflicting claims or names, altered quotes.
    Conflict,
    /// What only one article has.
    Unique,
    /// A quote printed in part.
    Partial,
}

impl Meaning {
    /// Every meaning, in the order a legend lists them.
    pub const ALL: [Meaning; 5] =
        [Meaning::Agree, Meaning::Reworded, Meaning::Conflict, Meaning::Unique, Meaning::Partial];

    /// The meaning of a claim group's status.
    pub fn of_claim(s: ClaimStatus) -> Meaning {
        match s {
            ClaimStatus::Agree => Meaning::Agree,
            ClaimStatus::Reworded => Meaning::Reworded,
            ClaimStatus::Conflict => Meaning::Conflict,
            ClaimStatus::Unique => Meaning::Unique,
        }
    }

    /// The meaning of a quote group's status.
    pub fn of_quote(s: QuoteStatus) -> Meaning {
        match s {
            QuoteStatus::Verbatim => Meaning::Agree,
            QuoteStatus::Partial => Meaning::Partial,
            QuoteStatus::Altered => Meaning::Conflict,
            QuoteStatus::Unique => Meaning::Unique,
        }
    }

    /// The meaning of what the reference did with a quote.
    pub fn of_verdict(v: ReferenceVerdict) -> Meaning {
        match v {
            ReferenceVerdict::Verbatim => Meaning::Agree,
            ReferenceVerdict::Partial => Meaning::Partial,
            ReferenceVerdict::Altered => Meaning::Conflict,
            ReferenceVerdict::NotInReference => Meaning::Unique,
        }
    }

    /// The meaning of a name's status (conflicting or consistent).
    pub fn of_name(conflict: bool) -> Meaning {
        if conflict { Meaning::Conflict } else { Meaning::Agree }
    }

    /// A short name ("agree", "conflict" …), e.g. for a CSS variable.
    pub fn name(self) -> &'static str {
        match self {
            Meaning::Agree => "agree",
            Meaning::Reworded => "reworded",
            Meaning::Conflict => "conflict",
            Meaning::Unique => "unique",
            Meaning::Partial => "partial",
        }
    }

    /// The colour of the meaning (badges, bars, tints).
    pub fn color(self) -> Rgb {
        match self {
            Meaning::Agree => Rgb(46, 125, 50),
            Meaning::Reworded => Rgb(21, 101, 192),
            Meaning::Conflict => Rgb(198, 40, 40),
            Meaning::Unique => Rgb(106, 27, 154),
            Meaning::Partial => Rgb(239, 108, 0),
        }
    }
}

/// Colour-blind-safe hues (Okabe–Ito), one per article, repeating after eight.
pub const ARTICLE_COLORS: [Rgb; 8] = [
    Rgb(0, 114, 178),
    Rgb(213, 94, 0),
    Rgb(0, 158, 115),
    Rgb(204, 121, 167),
    Rgb(230, 159, 0),
    Rgb(86, 180, 233),
    Rgb(120, 94, 240),
    Rgb(150, 150, 150),
];

/// The colour of the article at `index` (by its place in the list).
pub fn article_color(index: usize) -> Rgb {
    ARTICLE_COLORS[index % ARTICLE_COLORS.len()]
}

/// The similarity heat map: this colour over white, stronger for more similar.
pub const SIMILARITY: Rgb = Rgb(21, 101, 192);

/// How strongly a similarity (0–1) is drawn over white: 0 to 0.85.
pub fn similarity_alpha(v: f64) -> f64 {
    if v.is_finite() { (v * 0.85).clamp(0.0, 0.85) } else { 0.0 }
}

/// The edge of a warning about the set as a whole.
pub const WARNING: Rgb = Rgb(213, 94, 0);

/// The background of a word in a diff (none for equal words); inserted words are also
/// underlined and deleted ones struck through, so colour is never the only carrier.
pub fn diff_background(op: OpKind, dark: bool) -> Option<Rgb> {
    match (op, dark) {
        (OpKind::Equal, _) => None,
        (OpKind::Insert, false) => Some(Rgb(200, 240, 205)),
        (OpKind::Insert, true) => Some(Rgb(30, 90, 45)),
        (OpKind::Delete, false) => Some(Rgb(252, 215, 213)),
        (OpKind::Delete, true) => Some(Rgb(100, 35, 35)),
    }
}

/// The ink of a changed word on a light page (print and HTML).
pub fn diff_ink(op: OpKind) -> Option<Rgb> {
    match op {
        OpKind::Equal => None,
        OpKind::Insert => Some(Rgb(20, 83, 45)),
        OpKind::Delete => Some(Rgb(138, 28, 28)),
    }
}
