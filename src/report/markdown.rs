//! The Markdown report: the same sections as the HTML one, as headings, tables and lists;
//! deleted words ~~struck~~, inserted words **bold**. Article text is escaped.

use super::summary::{article_label, counts, summarises};
use crate::compare::{ClaimStatus, Comparison, DiffOp, OpKind, ReferenceVerdict};
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

fn label(cmp: &Comparison, i: usize) -> String {
    format!("{} (a{})", esc(&article_label(cmp, i)), i + 1)
}

pub fn render(cmp: &Comparison, created: &str) -> String {
    let mut m = String::with_capacity(32 * 1024);
    let _ = writeln!(m, "# Crosscheck report\n");
    let _ = writeln!(
        m,
        "Made {created} by crosscheck {} · match threshold {:.2} · ignore case: {} · ignore punctuation: {}{}\n",
        env!("CARGO_PKG_VERSION"),
        cmp.settings.threshold,
        if cmp.settings.ignore_case { "yes" } else { "no" },
        if cmp.settings.ignore_punctuation { "yes" } else { "no" },
        cmp.reference.map(|r| format!(" · reference: {}", label(cmp, r))).unwrap_or_default()
    );
    // Doubts about the set come first: a reader must know them before trusting any group.
    for w in &cmp.warnings {
        let names: Vec<String> = w.articles.iter().map(|&a| label(cmp, a)).collect();
        let head = match w.kind {
            crate::compare::WarningKind::DifferentEvent => "Another event",
        };
        let _ = writeln!(m, "> **{head}:** {} — {}.\n", names.join(", "), esc(&w.detail));
    }
    super::decisions::md_section(&mut m, cmp);
    if summarises(cmp) {
        scale::body(&mut m, cmp);
        return m;
    }
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
    let c = counts(cmp);
    m.push_str("\n## Summary\n\n| | ");
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

    m.push_str("\n## Quotes\n");
    let mut order: Vec<String> = Vec::new();
    for g in &cmp.quote_groups {
        let s = g.speaker.clone().unwrap_or_else(|| "Unknown speaker".into());
        if !order.contains(&s) {
            order.push(s);
        }
    }
    if order.is_empty() {
        m.push_str("\nNo direct quotes were found.\n");
    }
    for speaker in order {
        let _ = writeln!(m, "\n### {}\n", esc(&speaker));
        for g in cmp.quote_groups.iter().filter(|g| g.speaker.as_deref().unwrap_or("Unknown speaker") == speaker) {
            let _ = write!(m, "**{}**", g.status.name().to_uppercase());
            super::decisions::md_quote_mark(&mut m, cmp, g);
            let _ = writeln!(m, "\n\n| Article | Wording |\n|---|---|");
            for (k, q) in g.members.iter().enumerate() {
                let quote = &cmp.docs[q.0].analysis.quotes[q.1];
                let words =
                    if k == g.canonical || g.members.len() == 1 { esc(&quote.text) } else { ops_md(&g.diffs[k]) };
                let _ = writeln!(m, "| {} | “{}” |", label(cmp, q.0), words);
            }
            m.push('\n');
        }
    }

    m.push_str("\n## Claims\n\n### Conflicts\n\n");
    let conflicts: Vec<_> = cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Conflict).collect();
    if conflicts.is_empty() {
        m.push_str("No conflicting facts were found.\n\n");
    }
    for g in conflicts {
        claim_group_md(&mut m, cmp, g);
    }
    m.push_str("### Reported by one article only\n\n");
    for a in 0..cmp.docs.len() {
        let _ = writeln!(m, "#### {}\n", label(cmp, a));
        for g in
            cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Unique && cmp.claims[g.members[0]].article == a)
        {
            let _ = writeln!(m, "- {}", esc(&cmp.claim(g.members[0]).text));
        }
        m.push('\n');
    }
    for (status, title) in [(ClaimStatus::Reworded, "Reworded"), (ClaimStatus::Agree, "Agreeing")] {
        let _ = writeln!(m, "### {title}\n");
        for g in cmp.claim_groups.iter().filter(|g| g.status == status) {
            claim_group_md(&mut m, cmp, g);
        }
    }

    m.push_str("## Names\n\n");
    let ents: Vec<_> = cmp.entities.iter().filter(|e| e.conflict).collect();
    if ents.is_empty() {
        m.push_str("Every name is spelled and titled the same way in all articles.\n");
    } else {
        m.push_str("| Name | Conflict | Forms |\n|---|---|---|\n");
        for e in ents {
            let details: Vec<String> =
                e.conflicts.iter().map(|c| format!("{}: {}", c.kind.name(), esc(&c.detail))).collect();
            let mut forms: Vec<String> = Vec::new();
            for mm in &e.mentions {
                let x = &cmp.docs[mm.article].analysis.mentions[mm.mention];
                let f = format!(
                    "a{}: {}{}",
                    mm.article + 1,
                    esc(&x.text),
                    x.title.as_ref().map(|t| format!(" ({})", esc(t))).unwrap_or_default()
                );
                if !forms.contains(&f) {
                    forms.push(f);
                }
            }
            let _ = writeln!(m, "| {} | {} | {} |", esc(&e.name), details.join("; "), forms.join("; "));
        }
    }
    if cmp.reference.is_some() {
        m.push_str("\n## Quotes checked against the reference\n\n| Article | Quote | Verdict |\n|---|---|---|\n");
        for &(item, verdict) in &cmp.reference_check {
            let q = &cmp.quote_items[item];
            let v = match verdict {
                ReferenceVerdict::Verbatim => "verbatim",
                ReferenceVerdict::Partial => "partial",
                ReferenceVerdict::Altered => "altered",
                ReferenceVerdict::NotInReference => "not in reference",
            };
            let _ = writeln!(m, "| {} | “{}” | {v} |", label(cmp, q.article), esc(&q.text));
        }
    }
    m
}

fn claim_group_md(m: &mut String, cmp: &Comparison, g: &crate::compare::ClaimGroup) {
    let _ = write!(m, "**{}**", g.status.name().to_uppercase());
    super::decisions::md_claim_mark(m, cmp, g);
    for line in super::summary::distinct_conflicts(&g.conflicts) {
        let _ = write!(m, " — {}", esc(&line));
    }
    m.push_str("\n\n| Article | Claim |\n|---|---|\n");
    for (k, &mem) in g.members.iter().enumerate() {
        let words =
            if k == g.canonical || g.members.len() == 1 { esc(&cmp.claim(mem).text) } else { ops_md(&g.diffs[k]) };
        let _ = writeln!(m, "| {} | {} |", label(cmp, cmp.claims[mem].article), words);
    }
    let present: Vec<usize> = g.members.iter().map(|&mem| cmp.claims[mem].article).collect();
    let omitted: Vec<String> = (0..cmp.docs.len()).filter(|a| !present.contains(a)).map(|a| label(cmp, a)).collect();
    if !omitted.is_empty() && g.members.len() > 1 {
        let _ = writeln!(m, "\nNot in: {}", omitted.join(", "));
    }
    m.push('\n');
}

/// The report above [`super::summary::DETAILED_MAX_ARTICLES`] articles, as in the HTML one:
/// counts, the similarity matrix in clustered order, every conflict and altered quote, each
/// article's unique claims; agreeing and reworded groups are counted, not listed.
mod scale {
    use super::{esc, label, ops_md};
    use crate::compare::{ClaimStatus, Comparison, DiffOp, QuoteStatus, ReferenceVerdict};
    use crate::report::json::differs;
    use crate::report::summary::{CLUSTER_CUT, cluster, counts, distinct_conflicts, id_list, mean_similarity};
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
        let c = counts(cmp);
        let _ = writeln!(
            m,
            "## Summary\n\n{n} articles, {} claims in {} groups, {} quotes in {} groups.\n",
            cmp.claims.len(),
            cmp.claim_groups.len(),
            cmp.quote_items.len(),
            cmp.quote_groups.len()
        );
        m.push_str("| | ");
        m.push_str(&c.claims.iter().map(|(s, _)| s.name()).collect::<Vec<_>>().join(" | "));
        m.push_str(" |\n|---|---:|---:|---:|---:|\n| Claim groups | ");
        m.push_str(&c.claims.iter().map(|(_, k)| k.to_string()).collect::<Vec<_>>().join(" | "));
        m.push_str(" |\n\n| | ");
        m.push_str(&c.quotes.iter().map(|(s, _)| s.name()).collect::<Vec<_>>().join(" | "));
        m.push_str(" |\n|---|---:|---:|---:|---:|\n| Quote groups | ");
        m.push_str(&c.quotes.iter().map(|(_, k)| k.to_string()).collect::<Vec<_>>().join(" | "));
        let _ = writeln!(
            m,
            " |\n\nNames: {} people, organisations and places; {} with conflicting spellings or titles.\n",
            c.entities, c.entity_conflicts
        );
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
        for (k, members) in cl.clusters.iter().enumerate() {
            let within = mean_similarity(&cmp.similarity, members, members)
                .map(|v| format!("{v:.2}"))
                .unwrap_or_else(|| "—".into());
            let closest = cl
                .clusters
                .iter()
                .enumerate()
                .filter(|(o, _)| *o != k)
                .filter_map(|(o, other)| mean_similarity(&cmp.similarity, members, other).map(|v| (o, v)))
                .fold(None, |best: Option<(usize, f64)>, (o, v)| match best {
                    Some((_, b)) if b >= v => best,
                    _ => Some((o, v)),
                })
                .map(|(o, v)| format!("{} ({v:.2})", o + 1))
                .unwrap_or_else(|| "—".into());
            let about = members.first().map(|&a| esc(cmp.docs[a].article.display_title())).unwrap_or_default();
            let _ = writeln!(m, "| {} | {} | {about} | {within} | {closest} |", k + 1, id_list(members, IDS));
        }
        m.push('\n');
    }

    /// The distinct wordings of a group: the canonical one with the articles that share its
    /// words, then each differing one with the articles that print it.
    fn wordings<'a>(
        m: &mut String,
        canonical: String,
        rows: impl Iterator<Item = (usize, Option<&'a [DiffOp]>)>,
        q: &str,
    ) {
        let mut out: Vec<(String, Vec<usize>)> = vec![(canonical, Vec::new())];
        for (article, ops) in rows {
            match ops {
                None => out[0].1.push(article),
                Some(ops) => {
                    let w = ops_md(ops);
                    match out.iter_mut().skip(1).find(|(x, _)| *x == w) {
                        Some((_, ids)) => ids.push(article),
                        None => out.push((w, vec![article])),
                    }
                }
            }
        }
        m.push_str("| Articles | Wording |\n|---|---|\n");
        for (k, (words, ids)) in out.iter().enumerate() {
            let note = if k == 0 { " (compared against)" } else { "" };
            let _ = writeln!(
                m,
                "| {}{note} | {q}{words}{q2} |",
                id_list(ids, IDS),
                q2 = if q.is_empty() { "" } else { "”" }
            );
        }
        m.push('\n');
    }

    fn conflicts(m: &mut String, cmp: &Comparison) {
        let groups: Vec<_> = cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Conflict).collect();
        let _ = writeln!(m, "## Claims\n\n### Conflicts ({})\n", groups.len());
        if groups.is_empty() {
            m.push_str("No conflicting facts were found.\n\n");
        }
        for g in groups {
            let _ = write!(m, "**CONFLICT** in {} articles", g.members.len());
            for line in distinct_conflicts(&g.conflicts) {
                let _ = write!(m, " — {}", esc(&line));
            }
            m.push_str("\n\n");
            let canonical = esc(&cmp.claim(g.members[g.canonical]).text);
            wordings(
                m,
                canonical,
                g.members.iter().enumerate().map(|(k, &mem)| {
                    let a = cmp.claims[mem].article;
                    if k == g.canonical || !differs(&g.diffs[k]) { (a, None) } else { (a, Some(&g.diffs[k][..])) }
                }),
                "",
            );
        }
    }

    fn quotes(m: &mut String, cmp: &Comparison) {
        let groups: Vec<_> = cmp.quote_groups.iter().filter(|g| g.status == QuoteStatus::Altered).collect();
        let _ = writeln!(m, "## Quotes\n\n### Altered quotes ({})\n", groups.len());
        if groups.is_empty() {
            m.push_str("No quote is printed with different words.\n\n");
        }
        for g in groups {
            let _ = writeln!(m, "**ALTERED** — {}\n", esc(g.speaker.as_deref().unwrap_or("Unknown speaker")));
            let (ca, cq) = g.members[g.canonical];
            let canonical = esc(&cmp.docs[ca].analysis.quotes[cq].text);
            wordings(
                m,
                canonical,
                g.members.iter().enumerate().map(|(k, &(a, _))| {
                    if k == g.canonical || !differs(&g.diffs[k]) { (a, None) } else { (a, Some(&g.diffs[k][..])) }
                }),
                "“",
            );
        }
    }

    fn uniques(m: &mut String, cmp: &Comparison) {
        let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); cmp.docs.len()];
        for g in cmp.claim_groups.iter().filter(|g| g.status == ClaimStatus::Unique) {
            if let Some(&mem) = g.members.first() {
                by_article[cmp.claims[mem].article].push(mem);
            }
        }
        let with = by_article.iter().filter(|u| !u.is_empty()).count();
        let _ = writeln!(
            m,
            "### Reported by one article only\n\n{with} of {} articles carry claims no other article has.\n",
            cmp.docs.len()
        );
        for (a, claims) in by_article.iter().enumerate().filter(|(_, u)| !u.is_empty()) {
            let _ = writeln!(m, "#### {} — {} claims\n", label(cmp, a), claims.len());
            for &mem in claims {
                let _ = writeln!(m, "- {}", esc(&cmp.claim(mem).text));
            }
            m.push('\n');
        }
    }

    fn names(m: &mut String, cmp: &Comparison) {
        let ents: Vec<_> = cmp.entities.iter().filter(|e| e.conflict).collect();
        let _ = writeln!(m, "## Names\n\n### Conflicting names ({})\n", ents.len());
        if ents.is_empty() {
            m.push_str("Every name is spelled and titled the same way in all articles.\n\n");
            return;
        }
        m.push_str("| Name | Conflict | Forms |\n|---|---|---|\n");
        for e in ents {
            let details: Vec<String> =
                e.conflicts.iter().map(|c| format!("{}: {}", c.kind.name(), esc(&c.detail))).collect();
            let mut forms: Vec<(String, Vec<usize>)> = Vec::new();
            for mm in &e.mentions {
                let x = &cmp.docs[mm.article].analysis.mentions[mm.mention];
                let f = format!(
                    "{}{}",
                    esc(&x.text),
                    x.title.as_ref().map(|t| format!(" ({})", esc(t))).unwrap_or_default()
                );
                match forms.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, ids)) => {
                        if !ids.contains(&mm.article) {
                            ids.push(mm.article);
                        }
                    }
                    None => forms.push((f, vec![mm.article])),
                }
            }
            let forms: Vec<String> = forms.iter().map(|(f, ids)| format!("{f} ({})", id_list(ids, 12))).collect();
            let _ = writeln!(m, "| {} | {} | {} |", esc(&e.name), details.join("; "), forms.join("; "));
        }
        m.push('\n');
    }

    fn reference(m: &mut String, cmp: &Comparison) {
        let count = |v: ReferenceVerdict| cmp.reference_check.iter().filter(|(_, x)| *x == v).count();
        let _ = writeln!(
            m,
            "## Quotes checked against the reference\n\n{} verbatim, {} partial, {} altered, {} not in the reference. The altered ones:\n\n| Article | Quote |\n|---|---|",
            count(ReferenceVerdict::Verbatim),
            count(ReferenceVerdict::Partial),
            count(ReferenceVerdict::Altered),
            count(ReferenceVerdict::NotInReference)
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
