//! The Markdown report: the same sections as the HTML one, as headings, tables and lists;
//! deleted words ~~struck~~, inserted words **bold**. Article text is escaped.

use super::summary::{article_label, counts};
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
            let _ = writeln!(m, "**{}**\n\n| Article | Wording |\n|---|---|", g.status.name().to_uppercase());
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
    for line in super::summary::distinct_conflicts(&g.conflicts) {
        let _ = write!(m, " — {}", esc(&line));
    }
    m.push_str("\n\n| Article | Claim |\n|---|---|\n");
    for (k, &mem) in g.members.iter().enumerate() {
        let words =
            if k == g.canonical || g.members.len() == 1 { esc(&cmp.claim(mem).text) } else { ops_md(&g.diffs[k]) };
        let _ = writeln!(m, "| {} | {} |", label(cmp, cmp.claims[mem].article), words);
    }
    if !g.omitted_by.is_empty() && g.members.len() > 1 {
        let _ = writeln!(m, "\nNot in: {}", g.omitted_by.iter().map(|&a| label(cmp, a)).collect::<Vec<_>>().join(", "));
    }
    m.push('\n');
}
