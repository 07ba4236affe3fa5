//! The HTML report: one self-contained file (inline CSS, no scripts, no external resources)
//! that reads and prints on its own. Every piece of article text is escaped.

use super::present::{self, Group, Meaning, NameForm, Words, article_label};
use super::summary::{Counts, counts, summarises};
use crate::compare::{Comparison, DiffOp, OpKind};
use std::fmt::Write;

/// The look of the report; its colours come from [`present`] (see [`css`]).
const CSS: &str = r#"
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 36px; } h3 { font-size: 16px; margin: 20px 0 6px; }
.meta { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
code, .hash { font: 11px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; }
.chip { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: baseline; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff; }
.group { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 10px 0; page-break-inside: avoid; }
.conflict-detail { color: var(--conflict); font-weight: 600; }
.bar { display: flex; height: 16px; border-radius: 3px; overflow: hidden; min-width: 200px; }
.bar span { display: block; height: 100%; }
.legend span { margin-right: 14px; font-size: 13px; }
details > summary { cursor: pointer; font-weight: 600; }
.omitted { color: var(--muted); font-size: 13px; }
.hm { height: 2px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.heat-map { border: 1px solid var(--line); } .chip { border: 1px solid rgba(0,0,0,.15); }
.ids { color: var(--muted); font-size: 13px; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2 { page-break-before: always; } h2.first { page-break-before: avoid; } details { display: block; } details > summary { list-style: none; } .group { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
"#;

/// The style sheet: [`CSS`] after the palette's colours as CSS variables and rules.
fn css() -> String {
    let vars: String = Meaning::ALL.iter().map(|m| format!("--{}:{}; ", m.name(), m.color().hex())).collect();
    // Badges (`s-`) and bars (`b-`) by meaning.
    let fills: String = Meaning::ALL
        .iter()
        .map(|m| format!(".s-{0}, .b-{0} {{ background: var(--{0}); }} ", m.name()))
        .collect::<String>()
        .trim_end()
        .to_string();
    let diff = |op: OpKind| {
        let hex = |c: Option<present::Rgb>| c.map(present::Rgb::hex).unwrap_or_default();
        (hex(present::diff_background(op, false)), hex(present::diff_ink(op)))
    };
    let ((del_bg, del_ink), (ins_bg, ins_ink)) = (diff(OpKind::Delete), diff(OpKind::Insert));
    format!(
        "\n:root {{ {vars}--ink:#1d1d1f; --muted:#5f6368; --line:#d9dce1; }}{CSS}{fills}\ndel {{ background: {del_bg}; color: {del_ink}; text-decoration: line-through; }} ins {{ background: {ins_bg}; color: {ins_ink}; text-decoration: underline; }}\n"
    )
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A status in words on the colour of its meaning.
fn badge(word: &str, meaning: Meaning) -> String {
    format!("<span class=\"badge s-{}\">{word}</span>", meaning.name())
}

fn chip(i: usize) -> String {
    format!("<span class=\"chip\" style=\"background:{}\"></span>", present::article_color(i).hex())
}

fn ops_html(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|o| match o.op {
            OpKind::Equal => esc(&o.text),
            OpKind::Delete => format!("<del title=\"missing here\">{}</del>", esc(&o.text)),
            OpKind::Insert => format!("<ins title=\"only here\">{}</ins>", esc(&o.text)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A row's words: escaped, with a diff's changes marked.
fn words_html(words: &Words) -> String {
    match words {
        Words::Plain(t) => esc(t),
        Words::Diff(ops) => ops_html(ops),
    }
}

fn label(cmp: &Comparison, i: usize) -> String {
    format!("{}{}", chip(i), esc(&article_label(cmp, i)))
}

/// Renders the whole report (a summary above [`super::summary::DETAILED_MAX_ARTICLES`]).
pub fn render(cmp: &Comparison, created: &str) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>Crosscheck report</title>\n<style>{}</style>\n</head>\n<body>\n",
        css()
    );
    let _ = writeln!(h, "<h1>Crosscheck report</h1>");
    let _ = writeln!(
        h,
        "<p class=\"meta\">Made {} by {} · {}{}</p>",
        esc(created),
        present::generator(),
        present::settings_line(&cmp.settings),
        cmp.reference.map(|r| format!(" · reference: {}", esc(&article_label(cmp, r)))).unwrap_or_default()
    );
    // Doubts about the set come first: a reader must know them before trusting any group.
    for w in &cmp.warnings {
        let names: Vec<String> = w.articles.iter().map(|&a| esc(&article_label(cmp, a))).collect();
        let _ = writeln!(
            h,
            "<p class=\"warning\" style=\"border-left:4px solid {};padding:.3em .7em\"><strong>{}:</strong> {} — {}.</p>",
            present::WARNING.hex(),
            present::warning_title(w.kind),
            names.join(", "),
            esc(&w.detail)
        );
    }
    super::decisions::html_section(&mut h, cmp);
    if summarises(cmp) {
        scale::body(&mut h, cmp);
        h.push_str("</body>\n</html>\n");
        return h;
    }
    articles_section(&mut h, cmp);
    summary_section(&mut h, cmp);
    quotes_section(&mut h, cmp);
    claims_section(&mut h, cmp);
    names_section(&mut h, cmp);
    if cmp.reference.is_some() {
        reference_section(&mut h, cmp);
    }
    h.push_str("</body>\n</html>\n");
    h
}

fn articles_section(h: &mut String, cmp: &Comparison) {
    let _ = writeln!(
        h,
        "<h2 class=\"first\">What was compared</h2>\n<table>\n<tr><th>Article</th><th>Title</th><th>Byline</th><th>Date</th><th>Words</th><th>File</th><th>SHA-256</th></tr>"
    );
    for (i, d) in cmp.docs.iter().enumerate() {
        let a = &d.article;
        let _ = writeln!(
            h,
            "<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"hash\">{}</td></tr>",
            label(cmp, i),
            if cmp.reference == Some(i) { " <strong>(reference)</strong>" } else { "" },
            esc(a.display_title()),
            esc(a.byline.as_deref().unwrap_or("—")),
            esc(a.published.as_deref().unwrap_or("—")),
            a.word_count(),
            esc(&a.file_name),
            esc(&a.sha256)
        );
    }
    h.push_str("</table>\n");
}

/// The counts of groups by status, as two rows of badges and numbers each.
fn counts_table(h: &mut String, c: &Counts, claims: &str, quotes: &str) {
    let _ = write!(h, "<table>\n<tr><th>{claims}</th>");
    for (s, _) in c.claims {
        let _ = write!(h, "<th>{}</th>", badge(s.name(), Meaning::of_claim(s)));
    }
    h.push_str("</tr>\n<tr><td>groups</td>");
    for (_, n) in c.claims {
        let _ = write!(h, "<td>{n}</td>");
    }
    let _ = write!(h, "</tr>\n<tr><th>{quotes}</th>");
    for (s, _) in c.quotes {
        let _ = write!(h, "<th>{}</th>", badge(s.name(), Meaning::of_quote(s)));
    }
    h.push_str("</tr>\n<tr><td>groups</td>");
    for (_, n) in c.quotes {
        let _ = write!(h, "<td>{n}</td>");
    }
    let _ = writeln!(
        h,
        "</tr>\n</table>\n<p>Names: {} people, organisations and places; {} with conflicting spellings or titles.</p>",
        c.entities, c.entity_conflicts
    );
}

fn summary_section(h: &mut String, cmp: &Comparison) {
    h.push_str("<h2>Summary</h2>\n");
    counts_table(h, &counts(cmp), "Claims", "Quotes");
    h.push_str("<h3>Claims per article</h3>\n<p class=\"legend\"><span><span class=\"chip b-agree\"></span>agree</span><span><span class=\"chip b-reworded\"></span>reworded</span><span><span class=\"chip b-conflict\"></span>conflict</span><span><span class=\"chip b-unique\"></span>unique</span></p>\n<table>\n<tr><th>Article</th><th>Agree</th><th>Reworded</th><th>Conflict</th><th>Unique</th><th style=\"width:40%\">Share</th></tr>\n");
    for (i, cov) in cmp.coverage.iter().enumerate() {
        let total = (cov.agree + cov.reworded + cov.conflict + cov.unique).max(1) as f64;
        let pct = |n: usize| n as f64 * 100.0 / total;
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><div class=\"bar\"><span class=\"b-agree\" style=\"width:{:.1}%\"></span><span class=\"b-reworded\" style=\"width:{:.1}%\"></span><span class=\"b-conflict\" style=\"width:{:.1}%\"></span><span class=\"b-unique\" style=\"width:{:.1}%\"></span></div></td></tr>",
            label(cmp, i),
            cov.agree,
            cov.reworded,
            cov.conflict,
            cov.unique,
            pct(cov.agree),
            pct(cov.reworded),
            pct(cov.conflict),
            pct(cov.unique)
        );
    }
    h.push_str("</table>\n<h3>Similarity between articles</h3>\n<table>\n<tr><th></th>");
    for i in 0..cmp.docs.len() {
        let _ = write!(h, "<th>{}</th>", label(cmp, i));
    }
    h.push_str("</tr>\n");
    let present::Rgb(r, g, b) = present::SIMILARITY;
    for (i, row) in cmp.similarity.iter().enumerate() {
        let _ = write!(h, "<tr><th>{}</th>", label(cmp, i));
        for v in row {
            // Darker for more similar; the number is always written too.
            let alpha = present::similarity_alpha(*v);
            let ink = if alpha > 0.45 { "#fff" } else { "inherit" };
            let _ = write!(h, "<td style=\"background:rgba({r},{g},{b},{alpha:.2});color:{ink}\">{v:.2}</td>");
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
}

fn quotes_section(h: &mut String, cmp: &Comparison) {
    h.push_str("<h2>Quotes</h2>\n");
    if cmp.quote_groups.is_empty() {
        h.push_str("<p>No direct quotes were found.</p>\n");
        return;
    }
    for speaker in present::speakers(cmp) {
        let _ = writeln!(h, "<h3>{}</h3>", esc(speaker.label));
        for g in speaker.groups {
            group_html(h, cmp, &present::quote_group(cmp, g));
        }
    }
}

/// One group: its badge and disagreements, a row per article, and who leaves it out.
fn group_html(h: &mut String, cmp: &Comparison, g: &Group) {
    let _ = writeln!(h, "<div class=\"group\">{}", badge(g.status, g.meaning));
    super::decisions::html_group_mark(h, g);
    for line in &g.conflicts {
        let _ = writeln!(h, " <span class=\"conflict-detail\">{}</span>", esc(line));
    }
    h.push_str("<table>\n");
    let (open, close) = g.marks();
    for row in &g.rows {
        let note = if row.canonical { " <span class=\"meta\">(compared against)</span>" } else { "" };
        let _ = writeln!(
            h,
            "<tr><td style=\"width:22%\">{}{note}</td><td>{open}{}{close}</td></tr>",
            label(cmp, row.article),
            words_html(&row.words)
        );
    }
    h.push_str("</table>\n");
    if !g.omitted_by.is_empty() {
        let missing: Vec<String> = g.omitted_by.iter().map(|&a| esc(&article_label(cmp, a))).collect();
        let _ = writeln!(h, "<p class=\"omitted\">Not in: {}</p>", missing.join(", "));
    }
    h.push_str("</div>\n");
}

fn claims_section(h: &mut String, cmp: &Comparison) {
    let sections = present::claim_sections(cmp);
    h.push_str("<h2>Claims</h2>\n<h3>Conflicts</h3>\n");
    if sections.conflicts.is_empty() {
        h.push_str("<p>No conflicting facts were found.</p>\n");
    }
    for &g in &sections.conflicts {
        group_html(h, cmp, &present::claim_group(cmp, g));
    }
    h.push_str("<h3>Reported by one article only</h3>\n");
    for (a, uniques) in sections.unique_by_article.iter().enumerate() {
        let _ = writeln!(h, "<details><summary>{} — {} claims</summary>\n<ul>", label(cmp, a), uniques.len());
        for &g in uniques {
            for row in present::claim_group(cmp, g).rows {
                let _ = writeln!(h, "<li>{}</li>", words_html(&row.words));
            }
        }
        h.push_str("</ul>\n</details>\n");
    }
    for (groups, title) in [(&sections.reworded, "Reworded"), (&sections.agree, "Agreeing")] {
        let _ = writeln!(h, "<h3>{title}</h3>\n<details><summary>{} groups</summary>", groups.len());
        for &g in groups {
            group_html(h, cmp, &present::claim_group(cmp, g));
        }
        h.push_str("</details>\n");
    }
}

/// One way of writing a name, escaped: "Hegseth (Defense Secretary)".
fn name_form(f: &NameForm) -> String {
    format!("{}{}", esc(f.text), f.title.map(|t| format!(" ({})", esc(t))).unwrap_or_default())
}

fn names_section(h: &mut String, cmp: &Comparison) {
    h.push_str("<h2>Names</h2>\n");
    names_table(h, cmp, "How each article names it", |f| {
        format!("{} {}", f.articles.iter().map(|&a| chip(a)).collect::<String>(), name_form(f))
    });
}

/// The names whose spelling or title conflicts, with every form the articles use, each form
/// shown by `form` (with colour chips here, with article ids in the large report).
pub(super) fn names_table(h: &mut String, cmp: &Comparison, forms_title: &str, form: impl Fn(&NameForm) -> String) {
    let conflicts = present::name_conflicts(cmp);
    if conflicts.is_empty() {
        h.push_str("<p>Every name is spelled and titled the same way in all articles.</p>\n");
        return;
    }
    let _ = writeln!(h, "<table>\n<tr><th>Name</th><th>Conflict</th><th>{forms_title}</th></tr>");
    for e in conflicts {
        let details: Vec<String> = present::name_conflict_lines(cmp, e).iter().map(|l| esc(l)).collect();
        let forms: Vec<String> = present::name_forms(cmp, e).iter().map(&form).collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"conflict-detail\">{}</td><td>{}</td></tr>",
            esc(&cmp.entities[e].name),
            details.join("<br>"),
            forms.join("<br>")
        );
    }
    h.push_str("</table>\n");
}

fn reference_section(h: &mut String, cmp: &Comparison) {
    h.push_str("<h2>Quotes checked against the reference</h2>\n<table>\n<tr><th>Article</th><th>Quote</th><th>Verdict</th></tr>\n");
    for &(item, verdict) in &cmp.reference_check {
        let q = &cmp.quote_items[item];
        let v = badge(present::verdict_word(verdict), Meaning::of_verdict(verdict));
        let _ = writeln!(h, "<tr><td>{}</td><td>“{}”</td><td>{v}</td></tr>", label(cmp, q.article), esc(&q.text));
    }
    h.push_str("</table>\n");
}

/// The report above [`super::summary::DETAILED_MAX_ARTICLES`] articles (its own file).
#[path = "html_scale.rs"]
mod scale;
