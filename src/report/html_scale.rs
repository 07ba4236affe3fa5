//! The HTML report above [`crate::report::summary::DETAILED_MAX_ARTICLES`] articles: counts, the
//! similarity matrix in clustered order, every conflict and altered quote, each article's
//! unique claims; agreeing and reworded groups are counted, not listed.

use super::{badge, counts_table, esc, name_form, words_html};
use crate::compare::{Comparison, QuoteStatus, ReferenceVerdict};
use crate::report::present::{self, Group, article_label};
use crate::report::summary::{CLUSTER_CUT, cluster, cluster_rows, counts, id_list};
use std::fmt::Write;

/// Ids listed in full up to this many, then "and N more".
const IDS: usize = 40;

fn aref(cmp: &Comparison, i: usize) -> String {
    format!("<strong>a{}</strong> {}", i + 1, esc(&article_label(cmp, i)))
}

pub(super) fn body(h: &mut String, cmp: &Comparison) {
    let n = cmp.docs.len();
    let _ = writeln!(
        h,
        "<p>{n} articles, so this report summarises: the counts, the similarity matrix with related articles side by side, every conflict and altered quote, and each article's unique claims. Agreeing and reworded claims are counted, not listed (the JSON report has every group). Articles are named by id (a1…a{n}); the table at the end says which is which.</p>"
    );
    counts_section(h, cmp);
    similarity_section(h, cmp);
    conflicts_section(h, cmp);
    quotes_section(h, cmp);
    unique_section(h, cmp);
    names_section(h, cmp);
    if cmp.reference.is_some() {
        reference_section(h, cmp);
    }
    articles_section(h, cmp);
}

fn counts_section(h: &mut String, cmp: &Comparison) {
    let _ = writeln!(
        h,
        "<h2 class=\"first\">Summary</h2>\n<p>{} articles, {} claims in {} groups, {} quotes in {} groups.</p>",
        cmp.docs.len(),
        cmp.claims.len(),
        cmp.claim_groups.len(),
        cmp.quote_items.len(),
        cmp.quote_groups.len()
    );
    counts_table(h, &counts(cmp), "Claim groups", "Quote groups");
}

/// The heat-map colour of a similarity: the palette's over white, in 20 steps.
fn tint(v: f64) -> String {
    let v = if v.is_finite() { (v.clamp(0.0, 1.0) * 20.0).round() / 20.0 } else { 0.0 };
    let alpha = present::similarity_alpha(v);
    let mix = |c: u8| (255.0 + (f64::from(c) - 255.0) * alpha).round() as u8;
    let present::Rgb(r, g, b) = present::SIMILARITY;
    present::Rgb(mix(r), mix(g), mix(b)).hex()
}

fn similarity_section(h: &mut String, cmp: &Comparison) {
    let n = cmp.docs.len();
    let cl = cluster(&cmp.similarity, CLUSTER_CUT);
    let cell = (1100 / n.max(1)).clamp(1, 12);
    let at = |i: usize, j: usize| cmp.similarity.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0);
    let _ = writeln!(
        h,
        "<h2>Similarity between articles</h2>\n<p>Every pair of articles, one square each (row and column in the same order), darker for more similar; related articles are ordered side by side, so each story shows as a dark block on the diagonal. The table below names the articles of each block, with the numbers.</p>\n<p class=\"legend\"><span><span class=\"chip\" style=\"background:{}\"></span>0</span><span><span class=\"chip\" style=\"background:{}\"></span>0.5</span><span><span class=\"chip\" style=\"background:{}\"></span>1</span></p>\n<div class=\"heat-map\" role=\"img\" aria-label=\"similarity matrix of {n} articles in clustered order\" style=\"width:{}px\">",
        tint(0.0),
        tint(0.5),
        tint(1.0),
        n * cell + 2
    );
    for &i in &cl.order {
        // One element per row: runs of one colour as hard stops of a gradient.
        let mut stops: Vec<String> = Vec::new();
        let mut run_start = 0;
        let mut run_tint = String::new();
        for (col, &j) in cl.order.iter().enumerate() {
            let t = tint(at(i, j));
            if t != run_tint {
                if col > 0 {
                    stops.push(format!("{run_tint} {}px {}px", run_start * cell, col * cell));
                }
                run_tint = t;
                run_start = col;
            }
        }
        stops.push(format!("{run_tint} {}px {}px", run_start * cell, n * cell));
        let _ = writeln!(
            h,
            "<div class=\"hm\" style=\"height:{cell}px;background:linear-gradient(to right,{})\"></div>",
            stops.join(",")
        );
    }
    h.push_str("</div>\n");
    let _ = writeln!(
        h,
        "<h3>Clusters</h3>\n<p>{} clusters of articles whose average similarity is at least {CLUSTER_CUT:.2}, in the order of the matrix.</p>\n<table>\n<tr><th>Cluster</th><th>Rows</th><th>Articles</th><th>Similarity within</th><th>Closest other cluster</th></tr>",
        cl.clusters.len()
    );
    let mut row = 1;
    for (k, c) in cluster_rows(&cmp.similarity, &cl).iter().enumerate() {
        let first = c.members.first().map(|&a| esc(cmp.docs[a].article.display_title())).unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}–{}</td><td>{}<br><span class=\"ids\">{first}</span></td><td>{}</td><td>{}</td></tr>",
            k + 1,
            row,
            row + c.members.len() - 1,
            id_list(c.members, IDS),
            c.within_text(),
            c.closest_text()
        );
        row += c.members.len();
    }
    h.push_str("</table>\n");
}

/// A group's distinct wordings, one row each with the articles that print it; the
/// canonical one first.
fn wordings_table(h: &mut String, g: &Group) {
    let (open, close) = g.marks();
    h.push_str("<table>\n");
    for (k, (words, ids)) in present::wordings(g).iter().enumerate() {
        let note = if k == 0 { " <span class=\"meta\">(compared against)</span>" } else { "" };
        let _ = writeln!(
            h,
            "<tr><td style=\"width:22%\">{}{note}</td><td>{open}{}{close}</td></tr>",
            id_list(ids, IDS),
            words_html(words)
        );
    }
    h.push_str("</table>\n");
}

fn conflicts_section(h: &mut String, cmp: &Comparison) {
    let conflicts = present::claim_sections(cmp).conflicts;
    let _ = writeln!(h, "<h2>Claims</h2>\n<h3>Conflicts ({})</h3>", conflicts.len());
    if conflicts.is_empty() {
        h.push_str("<p>No conflicting facts were found.</p>\n");
    }
    for g in conflicts {
        let g = present::claim_group(cmp, g);
        let _ = writeln!(
            h,
            "<div class=\"group\">{} <span class=\"ids\">in {} articles</span>",
            badge(g.status, g.meaning),
            g.articles()
        );
        let lines: Vec<String> = g.conflicts.iter().map(|l| esc(l)).collect();
        let _ = writeln!(h, " <span class=\"conflict-detail\">{}</span>", lines.join(" · "));
        // The claim as the canonical member words it; every other wording folded, so
        // that a thousand conflicts still lay out quickly.
        let rows = present::wordings(&g);
        if let Some((words, ids)) = rows.first() {
            let _ = writeln!(h, "<p>{} <span class=\"ids\">({})</span></p>", words_html(words), id_list(ids, IDS));
        }
        if rows.len() > 1 {
            let _ = writeln!(h, "<details><summary>{} other wordings</summary>", rows.len() - 1);
            wordings_table(h, &g);
            h.push_str("</details>\n");
        }
        h.push_str("</div>\n");
    }
}

fn quotes_section(h: &mut String, cmp: &Comparison) {
    let altered: Vec<usize> =
        present::quote_order(cmp).into_iter().filter(|&g| cmp.quote_groups[g].status == QuoteStatus::Altered).collect();
    let _ = writeln!(h, "<h2>Quotes</h2>\n<h3>Altered quotes ({})</h3>", altered.len());
    if altered.is_empty() {
        h.push_str("<p>No quote is printed with different words.</p>\n");
    }
    for g in altered {
        let g = present::quote_group(cmp, g);
        let _ = writeln!(
            h,
            "<div class=\"group\">{} <strong>{}</strong>",
            badge(g.status, g.meaning),
            esc(g.speaker.unwrap_or_default())
        );
        wordings_table(h, &g);
        h.push_str("</div>\n");
    }
}

fn unique_section(h: &mut String, cmp: &Comparison) {
    let by_article = present::claim_sections(cmp).unique_by_article;
    let with = by_article.iter().filter(|u| !u.is_empty()).count();
    let _ = writeln!(
        h,
        "<h3>Reported by one article only</h3>\n<p>{with} of {} articles carry claims no other article has (open one to read them).</p>",
        cmp.docs.len()
    );
    for (a, groups) in by_article.iter().enumerate().filter(|(_, u)| !u.is_empty()) {
        let _ = writeln!(h, "<details><summary>{} — {} claims</summary>\n<ul>", aref(cmp, a), groups.len());
        for &g in groups {
            for row in present::claim_group(cmp, g).rows {
                let _ = writeln!(h, "<li>{}</li>", words_html(&row.words));
            }
        }
        h.push_str("</ul>\n</details>\n");
    }
}

fn names_section(h: &mut String, cmp: &Comparison) {
    let _ = writeln!(h, "<h2>Names</h2>\n<h3>Conflicting names ({})</h3>", present::name_conflicts(cmp).len());
    super::names_table(h, cmp, "How the articles name it", |f| {
        format!("{} <span class=\"ids\">{}</span>", name_form(f), id_list(&f.articles, 12))
    });
}

fn reference_section(h: &mut String, cmp: &Comparison) {
    let counts = present::reference_counts(cmp).map(|(v, n)| format!("{n} {}", present::verdict_word(v)));
    let _ = writeln!(
        h,
        "<h2>Quotes checked against the reference</h2>\n<p>{}. The altered ones:</p>\n<table>\n<tr><th>Article</th><th>Quote</th></tr>",
        counts.join(", ")
    );
    for &(item, _) in cmp.reference_check.iter().filter(|(_, v)| *v == ReferenceVerdict::Altered) {
        let q = &cmp.quote_items[item];
        let _ = writeln!(h, "<tr><td>{}</td><td>“{}”</td></tr>", aref(cmp, q.article), esc(&q.text));
    }
    h.push_str("</table>\n");
}

fn articles_section(h: &mut String, cmp: &Comparison) {
    let _ = writeln!(
        h,
        "<h2>What was compared</h2>\n<details><summary>{} articles: title, date, words, claims by status, file, SHA-256</summary>\n<table>\n<tr><th>Article</th><th>Title</th><th>Date</th><th>Words</th><th>Agree</th><th>Reworded</th><th>Conflict</th><th>Unique</th><th>File</th><th>SHA-256</th></tr>",
        cmp.docs.len()
    );
    for (i, d) in cmp.docs.iter().enumerate() {
        let a = &d.article;
        let cov = cmp.coverage.get(i).copied().unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"hash\">{}</td></tr>",
            aref(cmp, i),
            if cmp.reference == Some(i) { " (reference)" } else { "" },
            esc(a.display_title()),
            esc(a.published.as_deref().unwrap_or("—")),
            a.word_count(),
            cov.agree,
            cov.reworded,
            cov.conflict,
            cov.unique,
            esc(&a.file_name),
            esc(&a.sha256)
        );
    }
    h.push_str("</table>\n</details>\n");
}
