//! The Markdown report: the same sections as the HTML one, as headings, tables and lists;
//! deleted words ~~struck~~, inserted words **bold**. Article text is escaped.

use super::present::{self, Group, NameForm, Words, article_label};
use super::summary::{Counts, counts, id_list, summarises};
use crate::compare::{Comparison, DiffOp, OpKind};
use std::fmt::Write;

/// Escapes Markdown syntax (and HTML) in article text so it reads as written; table cells
/// also lose their line breaks.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn ops_md(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|o| match o.op {
            OpKind::Equal => esc(&o.text),
            OpKind::Delete => format!("~~{}~~", esc(&o.text)),
            OpKind::Insert => format!("**{}**", esc(&o.text)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A row's words: escaped, with a diff's changes marked.
fn words_md(words: &Words) -> String {
    match words {
        Words::Plain(t) => esc(t),
        Words::Diff(ops) => ops_md(ops),
    }
}

fn label(cmp: &Comparison, i: usize) -> String {
    format!("{} (a{})", esc(&article_label(cmp, i)), i + 1)
}

/// Renders the whole report (a summary above [`super::summary::DETAILED_MAX_ARTICLES`]).
pub fn render(cmp: &Comparison, created: &str) -> String {
    let mut m = String::with_capacity(32 * 1024);
    header(&mut m, cmp, created);
    if summarises(cmp) {
        scale::body(&mut m, cmp);
        return m;
    }
    articles(&mut m, cmp);
    summary(&mut m, cmp);
    quotes(&mut m, cmp);
    claims(&mut m, cmp);
    names(&mut m, cmp);
    if cmp.reference.is_some() {
        reference(&mut m, cmp);
    }
    m
}

/// The title, who made the report with which settings, and the warnings about the set.
fn header(m: &mut String, cmp: &Comparison, created: &str) {
    let _ = writeln!(m, "# Crosscheck report\n");
    let _ = writeln!(
        m,
        "Made {created} by {} · {}{}\n",
        present::generator(),
        present::settings_line(&cmp.settings),
        cmp.reference.map(|r| format!(" · reference: {}", label(cmp, r))).unwrap_or_default()
    );
    // Doubts about the set come first: a reader must know them before trusting any group.
    for w in &cmp.warnings {
        let names: Vec<String> = w.articles.iter().map(|&a| label(cmp, a)).collect();
        let _ = writeln!(m, "> **{}:** {} — {}.\n", present::warning_title(w.kind), names.join(", "), esc(&w.detail));
    }
    super::decisions::md_section(m, cmp);
}

fn articles(m: &mut String, cmp: &Comparison) {
    m.push_str("## What was compared\n\n| Article | Title | Byline | Date | Words | File | SHA-256 |\n|---|---|---|---|---:|---|---|\n");
    for (i, d) in cmp.docs.iter().enumerate() {
        let a = &d.article;
        let _ = writeln!(
            m,
            "| {}{} | {} | {} | {} | {} | {} | `{}` |",
            label(cmp, i),
            if cmp.reference == Some(i) { " **reference**" } else { "" },
            esc(a.display_title()),
            esc(a.byline.as_deref().unwrap_or("—")),
            esc(a.published.as_deref().unwrap_or("—")),
            a.word_count(),
            esc(&a.file_name),
            a.sha256
        );
    }
}

/// The counts of groups by status, one table for claims and one for quotes, and the names.
fn counts_tables(m: &mut String, c: &Counts) {
    m.push_str("| | ");
    m.push_str(&c.claims.iter().map(|(s, _)| s.name()).collect::<Vec<_>>().join(" | "));
    m.push_str(" |\n|---|---:|---:|---:|---:|\n| Claim groups | ");
    m.push_str(&c.claims.iter().map(|(_, n)| n.to_string()).collect::<Vec<_>>().join(" | "));
    m.push_str(" |\n\n| | ");
    m.push_str(&c.quotes.iter().map(|(s, _)| s.name()).collect::<Vec<_>>().join(" | "));
    m.push_str(" |\n|---|---:|---:|---:|---:|\n| Quote groups | ");
    m.push_str(&c.quotes.iter().map(|(_, n)| n.to_string()).collect::<Vec<_>>().join(" | "));
    let _ = writeln!(
        m,
        " |\n\nNames: {} people, organisations and places; {} with conflicting spellings or titles.\n",
        c.entities, c.entity_conflicts
    );
}

fn summary(m: &mut String, cmp: &Comparison) {
    m.push_str("\n## Summary\n\n");
    counts_tables(m, &counts(cmp));
    m.push_str(
        "### Claims per article\n\n| Article | agree | reworded | conflict | unique |\n|---|---:|---:|---:|---:|\n",
    );
    for (i, cov) in cmp.coverage.iter().enumerate() {
        let _ =
            writeln!(m, "| {} | {} | {} | {} | {} |", label(cmp, i), cov.agree, cov.reworded, cov.conflict, cov.unique);
    }
    m.push_str("\n### Similarity between articles\n\n| |");
    for i in 0..cmp.docs.len() {
        let _ = write!(m, " a{} |", i + 1);
    }
    m.push_str("\n|---|");
    m.push_str(&"---:|".repeat(cmp.docs.len()));
    m.push('\n');
    for (i, row) in cmp.similarity.iter().enumerate() {
        let _ = write!(m, "| a{} |", i + 1);
        for v in row {
            let _ = write!(m, " {v:.2} |");
        }
        m.push('\n');
    }
}

fn quotes(m: &mut String, cmp: &Comparison) {
    m.push_str("\n## Quotes\n");
    let speakers = present::speakers(cmp);
    if speakers.is_empty() {
        m.push_str("\nNo direct quotes were found.\n");
    }
    for speaker in speakers {
        let _ = writeln!(m, "\n### {}\n", esc(speaker.label));
        for g in speaker.groups {
            group_md(m, cmp, &present::quote_group(cmp, g));
        }
    }
}

/// One group: its status and disagreements, a row per article, and who leaves it out.
fn group_md(m: &mut String, cmp: &Comparison, g: &Group) {
    let _ = write!(m, "**{}**", g.status.to_uppercase());
    super::decisions::md_group_mark(m, g);
    for line in &g.conflicts {
        let _ = write!(m, " — {}", esc(line));
    }
    let (open, close) = g.marks();
    let column = if g.speaker.is_some() { "Wording" } else { "Claim" };
    let _ = writeln!(m, "\n\n| Article | {column} |\n|---|---|");
    for row in &g.rows {
        let note = if row.canonical { " (compared against)" } else { "" };
        let _ = writeln!(m, "| {}{note} | {open}{}{close} |", label(cmp, row.article), words_md(&row.words));
    }
    if !g.omitted_by.is_empty() {
        let omitted: Vec<String> = g.omitted_by.iter().map(|&a| label(cmp, a)).collect();
        let _ = writeln!(m, "\nNot in: {}", omitted.join(", "));
    }
    m.push('\n');
}

fn claims(m: &mut String, cmp: &Comparison) {
    let sections = present::claim_sections(cmp);
    m.push_str("\n## Claims\n\n### Conflicts\n\n");
    if sections.conflicts.is_empty() {
        m.push_str("No conflicting facts were found.\n\n");
    }
    for &g in &sections.conflicts {
        group_md(m, cmp, &present::claim_group(cmp, g));
    }
    m.push_str("### Reported by one article only\n\n");
    for (a, uniques) in sections.unique_by_article.iter().enumerate() {
        let _ = writeln!(m, "#### {}\n", label(cmp, a));
        unique_list(m, cmp, uniques);
        m.push('\n');
    }
    for (groups, title) in [(&sections.reworded, "Reworded"), (&sections.agree, "Agreeing")] {
        let _ = writeln!(m, "### {title}\n");
        for &g in groups {
            group_md(m, cmp, &present::claim_group(cmp, g));
        }
    }
}

/// Claims only one article carries, one list item each.
fn unique_list(m: &mut String, cmp: &Comparison, groups: &[usize]) {
    for &g in groups {
        for row in present::claim_group(cmp, g).rows {
            let _ = writeln!(m, "- {}", words_md(&row.words));
        }
    }
}

/// One way of writing a name, escaped, with the articles that write it so:
/// "Hegseth (Defense Secretary) (a1, a3)".
fn name_form(f: &NameForm) -> String {
    format!(
        "{}{} ({})",
        esc(f.text),
        f.title.map(|t| format!(" ({})", esc(t))).unwrap_or_default(),
        id_list(&f.articles, NAME_IDS)
    )
}

/// Article ids listed with one form of a name before "and N more".
const NAME_IDS: usize = 12;

fn names(m: &mut String, cmp: &Comparison) {
    m.push_str("## Names\n\n");
    names_table(m, cmp);
}

/// The names whose spelling or title conflicts, with every form the articles use.
fn names_table(m: &mut String, cmp: &Comparison) {
    let conflicts = present::name_conflicts(cmp);
    if conflicts.is_empty() {
        m.push_str("Every name is spelled and titled the same way in all articles.\n");
        return;
    }
    m.push_str("| Name | Conflict | Forms |\n|---|---|---|\n");
    for e in conflicts {
        let details: Vec<String> = present::name_conflict_lines(cmp, e).iter().map(|l| esc(l)).collect();
        let forms: Vec<String> = present::name_forms(cmp, e).iter().map(name_form).collect();
        let _ = writeln!(m, "| {} | {} | {} |", esc(&cmp.entities[e].name), details.join("; "), forms.join("; "));
    }
}

fn reference(m: &mut String, cmp: &Comparison) {
    m.push_str("\n## Quotes checked against the reference\n\n| Article | Quote | Verdict |\n|---|---|---|\n");
    for &(item, verdict) in &cmp.reference_check {
        let q = &cmp.quote_items[item];
        let _ = writeln!(m, "| {} | “{}” | {} |", label(cmp, q.article), esc(&q.text), present::verdict_word(verdict));
    }
}

/// The report above [`super::summary::DETAILED_MAX_ARTICLES`] articles, as in the HTML one:
/// counts, the similarity matrix in clustered order, every conflict and altered quote, each
/// article's unique claims; agreeing and reworded groups are counted, not listed.
mod scale {
    use super::{counts_tables, esc, label, names_table, unique_list, words_md};
    use crate::compare::{Comparison, QuoteStatus, ReferenceVerdict};
    use crate::report::present::{self, Group};
    use crate::report::summary::{CLUSTER_CUT, cluster, cluster_rows, counts, id_list};
    use std::fmt::Write;

    const IDS: usize = 40;
    /// One character per pair, lightest to darkest, in tenths of similarity.
    const SHADES: &[u8] = b" .:-=+*#%@";

    pub(super) fn body(m: &mut String, cmp: &Comparison) {
        let n = cmp.docs.len();
        let _ = writeln!(
            m,
            "{n} articles, so this report summarises: the counts, the similarity matrix with related articles side by side, every conflict and altered quote, and each article's unique claims. Agreeing and reworded claims are counted, not listed (the JSON report has every group). Articles are named by id (a1…a{n}); the table at the end says which is which.\n"
        );
        let _ = writeln!(
            m,
            "## Summary\n\n{n} articles, {} claims in {} groups, {} quotes in {} groups.\n",
            cmp.claims.len(),
            cmp.claim_groups.len(),
            cmp.quote_items.len(),
            cmp.quote_groups.len()
        );
        counts_tables(m, &counts(cmp));
        similarity(m, cmp);
        conflicts(m, cmp);
        quotes(m, cmp);
        uniques(m, cmp);
        names(m, cmp);
        if cmp.reference.is_some() {
            reference(m, cmp);
        }
        articles(m, cmp);
    }

    fn similarity(m: &mut String, cmp: &Comparison) {
        let cl = cluster(&cmp.similarity, CLUSTER_CUT);
        let at = |i: usize, j: usize| cmp.similarity.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0);
        let _ = writeln!(
            m,
            "## Similarity between articles\n\nEvery pair of articles, one character each (row and column in the same order), related articles side by side so each story shows as a dark block on the diagonal. Shades from 0 to 1 in tenths: `{}`.\n\n```text",
            std::str::from_utf8(SHADES).unwrap_or_default()
        );
        let width = cl.order.iter().map(|&i| format!("a{}", i + 1).len()).max().unwrap_or(2);
        for &i in &cl.order {
            let _ = write!(m, "{:>width$} ", format!("a{}", i + 1));
            for &j in &cl.order {
                let v = at(i, j);
                let v = if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 };
                m.push(SHADES[((v * 10.0) as usize).min(SHADES.len() - 1)] as char);
            }
            m.push('\n');
        }
        let _ = writeln!(
            m,
            "```\n\n### Clusters\n\n{} clusters of articles whose average similarity is at least {CLUSTER_CUT:.2}, in the order of the matrix.\n\n| Cluster | Articles | About | Similarity within | Closest other cluster |\n|---:|---|---|---:|---|",
            cl.clusters.len()
        );
        for (k, c) in cluster_rows(&cmp.similarity, &cl).iter().enumerate() {
            let about = c.members.first().map(|&a| esc(cmp.docs[a].article.display_title())).unwrap_or_default();
            let _ = writeln!(
                m,
                "| {} | {} | {about} | {} | {} |",
                k + 1,
                id_list(c.members, IDS),
                c.within_text(),
                c.closest_text()
            );
        }
        m.push('\n');
    }

    /// A group's distinct wordings, one row each with the articles that print it; the
    /// canonical one first.
    fn wordings(m: &mut String, g: &Group) {
        let (open, close) = g.marks();
        m.push_str("| Articles | Wording |\n|---|---|\n");
        for (k, (words, ids)) in present::wordings(g).iter().enumerate() {
            let note = if k == 0 { " (compared against)" } else { "" };
            let _ = writeln!(m, "| {}{note} | {open}{}{close} |", id_list(ids, IDS), words_md(words));
        }
        m.push('\n');
    }

    fn conflicts(m: &mut String, cmp: &Comparison) {
        let groups = present::claim_sections(cmp).conflicts;
        let _ = writeln!(m, "## Claims\n\n### Conflicts ({})\n", groups.len());
        if groups.is_empty() {
            m.push_str("No conflicting facts were found.\n\n");
        }
        for g in groups {
            let g = present::claim_group(cmp, g);
            let _ = write!(m, "**{}** in {} articles", g.status.to_uppercase(), g.articles());
            for line in &g.conflicts {
                let _ = write!(m, " — {}", esc(line));
            }
            m.push_str("\n\n");
            wordings(m, &g);
        }
    }

    fn quotes(m: &mut String, cmp: &Comparison) {
        let groups: Vec<usize> = present::quote_order(cmp)
            .into_iter()
            .filter(|&g| cmp.quote_groups[g].status == QuoteStatus::Altered)
            .collect();
        let _ = writeln!(m, "## Quotes\n\n### Altered quotes ({})\n", groups.len());
        if groups.is_empty() {
            m.push_str("No quote is printed with different words.\n\n");
        }
        for g in groups {
            let g = present::quote_group(cmp, g);
            let _ = writeln!(m, "**{}** — {}\n", g.status.to_uppercase(), esc(g.speaker.unwrap_or_default()));
            wordings(m, &g);
        }
    }

    fn uniques(m: &mut String, cmp: &Comparison) {
        let by_article = present::claim_sections(cmp).unique_by_article;
        let with = by_article.iter().filter(|u| !u.is_empty()).count();
        let _ = writeln!(
            m,
            "### Reported by one article only\n\n{with} of {} articles carry claims no other article has.\n",
            cmp.docs.len()
        );
        for (a, groups) in by_article.iter().enumerate().filter(|(_, u)| !u.is_empty()) {
            let _ = writeln!(m, "#### {} — {} claims\n", label(cmp, a), groups.len());
            unique_list(m, cmp, groups);
            m.push('\n');
        }
    }

    fn names(m: &mut String, cmp: &Comparison) {
        let _ = writeln!(m, "## Names\n\n### Conflicting names ({})\n", present::name_conflicts(cmp).len());
        names_table(m, cmp);
        m.push('\n');
    }

    fn reference(m: &mut String, cmp: &Comparison) {
        let counts = present::reference_counts(cmp).map(|(v, n)| format!("{n} {}", present::verdict_word(v)));
        let _ = writeln!(
            m,
            "## Quotes checked against the reference\n\n{}. The altered ones:\n\n| Article | Quote |\n|---|---|",
            counts.join(", ")
        );
        for &(item, _) in cmp.reference_check.iter().filter(|(_, v)| *v == ReferenceVerdict::Altered) {
            let q = &cmp.quote_items[item];
            let _ = writeln!(m, "| {} | “{}” |", label(cmp, q.article), esc(&q.text));
        }
        m.push('\n');
    }

    fn articles(m: &mut String, cmp: &Comparison) {
        m.push_str("## What was compared\n\n| Article | Title | Date | Words | agree | reworded | conflict | unique | File | SHA-256 |\n|---|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (i, d) in cmp.docs.iter().enumerate() {
            let a = &d.article;
            let cov = cmp.coverage.get(i).copied().unwrap_or_default();
            let _ = writeln!(
                m,
                "| {}{} | {} | {} | {} | {} | {} | {} | {} | {} | `{}` |",
                label(cmp, i),
                if cmp.reference == Some(i) { " **reference**" } else { "" },
                esc(a.display_title()),
                esc(a.published.as_deref().unwrap_or("—")),
                a.word_count(),
                cov.agree,
                cov.reworded,
                cov.conflict,
                cov.unique,
                esc(&a.file_name),
                a.sha256
            );
        }
    }
}
