//! Unit tests of sentence splitting and quote finding over small fixtures written for them
//! (speakers, claims and the property test are in `tests_speech`).

use super::*;
use crate::model::{Format, Span};

/// An article whose body is these paragraphs, joined the way ingest joins them.
pub(super) fn article(paragraphs: &[&str]) -> Article {
    let mut text = String::new();
    let mut spans = Vec::new();
    for p in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        spans.push(Span::new(start, text.len()));
    }
    Article {
        path: None,
        file_name: "fixture.txt".into(),
        sha256: String::new(),
        format: Format::Text,
        encoding: "UTF-8".into(),
        title: None,
        outlet: None,
        byline: None,
        published: None,
        text,
        paragraphs: spans,
        dropped: Vec::new(),
        warnings: Vec::new(),
    }
}

pub(super) fn run(paragraphs: &[&str]) -> Analysis {
    analyze(&article(paragraphs))
}

fn sentence_texts(paragraphs: &[&str]) -> Vec<String> {
    run(paragraphs).sentences.into_iter().map(|s| s.text).collect()
}

fn quote_texts(a: &Analysis) -> Vec<&str> {
    a.quotes.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let s = sentence_texts(&[
        "Dr. Maria Olsen met Gen. Tom Baker on Feb. 3 at 3 p.m. in the U.S. capital. They spoke for an hour.",
    ]);
    assert_eq!(
        s,
        ["Dr. Maria Olsen met Gen. Tom Baker on Feb. 3 at 3 p.m. in the U.S. capital.", "They spoke for an hour."]
    );
}

#[test]
fn numbered_and_initials_do_not_end_sentences() {
    let s = sentence_texts(&[
        "The letter reached No. 10 Downing Street late. Staff read it.",
        "Senator J. D. Marsh landed in Oslo. He waved.",
    ]);
    assert_eq!(
        s,
        [
            "The letter reached No. 10 Downing Street late.",
            "Staff read it.",
            "Senator J. D. Marsh landed in Oslo.",
            "He waved."
        ]
    );
}

#[test]
fn decimals_and_ellipses_stay_inside() {
    let s = sentence_texts(&["Growth reached 2.5 percent in spring. We waited... and waited. Then it rained."]);
    assert_eq!(s, ["Growth reached 2.5 percent in spring.", "We waited... and waited.", "Then it rained."]);
}

#[test]
fn a_lost_currency_sign_read_as_a_question_mark_does_not_end_the_sentence() {
    let s = sentence_texts(&["The city agreed a? 40-million loan for the port. A real question? Nobody knows."]);
    assert_eq!(s, ["The city agreed a? 40-million loan for the port.", "A real question?", "Nobody knows."]);
}

#[test]
fn initialism_at_sentence_end_still_splits_before_a_new_sentence() {
    let s = sentence_texts(&["The troops flew back to the U.S. The base closed a week later."]);
    assert_eq!(s, ["The troops flew back to the U.S.", "The base closed a week later."]);
}

#[test]
fn quote_keeps_its_attribution_in_the_sentence() {
    let s = sentence_texts(&[
        "“We will stay until the job is done,” Mara Quist stated. Aides nodded.",
        "“Are we finished?” she asked. Nobody answered.",
    ]);
    assert_eq!(
        s,
        [
            "“We will stay until the job is done,” Mara Quist stated.",
            "Aides nodded.",
            "“Are we finished?” she asked.",
            "Nobody answered."
        ]
    );
}

#[test]
fn sentence_spans_point_into_the_text() {
    let a = article(&["First one here. Second one there.", "Third paragraph, one sentence."]);
    let an = analyze(&a);
    assert_eq!(an.sentences.len(), 3);
    for s in &an.sentences {
        assert_eq!(&a.text[s.start..s.end], s.text);
    }
    assert_eq!(an.sentences[2].paragraph, 1);
}

#[test]
fn curly_straight_and_single_quotes_are_found() {
    let a = run(&[
        "“The harbour reopens today,” port chief Ines Tal said.",
        "\"Ships are already waiting,\" Tal added.",
        "A banner read ‘Welcome Back’ above the gate.",
    ]);
    assert_eq!(quote_texts(&a), ["The harbour reopens today,", "Ships are already waiting,", "Welcome Back"]);
}

#[test]
fn quote_text_excludes_marks_and_span_covers_them() {
    let a = article(&["He said: “Enough is enough.”"]);
    let an = analyze(&a);
    let q = &an.quotes[0];
    assert_eq!(q.text, "Enough is enough.");
    assert_eq!(&a.text[q.start..q.end], "“Enough is enough.”");
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let a = run(&[
        "Norway’s fleet recalls the ’90s boom and rock ’n’ roll tours. The crew's mood and the sailors' pay improved.",
    ]);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn apostrophes_inside_single_quotes_do_not_close_them() {
    let a = run(&["‘Norway’s rock ’n’ roll era is over,’ the critic Eva Lund wrote."]);
    assert_eq!(quote_texts(&a), ["Norway’s rock ’n’ roll era is over,"]);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Eva Lund"));
}

#[test]
fn single_quotes_inside_double_belong_to_the_outer_quote() {
    let a = run(&["“He told me ‘never again’ and walked out,” Ana Ruiz said."]);
    assert_eq!(quote_texts(&a), ["He told me ‘never again’ and walked out,"]);
}

#[test]
fn headline_quoted_in_single_marks() {
    let a = run(&["The paper’s front page said ‘Harbour Deal Collapses’ in large type."]);
    assert_eq!(quote_texts(&a), ["Harbour Deal Collapses"]);
}

#[test]
fn unclosed_quote_runs_to_the_paragraph_end() {
    let a =
        run(&["Mayor Ola Berg said: “The budget is settled and nothing more will change", "Councillors left early."]);
    assert_eq!(quote_texts(&a), ["The budget is settled and nothing more will change"]);
}

#[test]
fn quote_running_over_paragraphs_is_one_quote() {
    let a = article(&[
        "Lena Moss opened the session. “We have rebuilt the bridge ahead of time.",
        "“The next task is the railway, and it will be harder,” she said.",
    ]);
    let an = analyze(&a);
    assert_eq!(
        quote_texts(&an),
        ["We have rebuilt the bridge ahead of time. The next task is the railway, and it will be harder,"]
    );
    let q = &an.quotes[0];
    assert!(a.text[q.start..q.end].starts_with("“We have") && a.text[q.start..q.end].ends_with("harder,”"));
    assert_eq!(q.speaker.as_deref(), Some("Lena Moss"));
}

#[test]
fn quote_split_by_attribution_with_comma_is_one_quote() {
    let a = article(&["Ana Ruiz spoke last. “We are ready,” she said, “and we will not wait for anyone.”"]);
    let an = analyze(&a);
    assert_eq!(quote_texts(&an), ["We are ready, and we will not wait for anyone."]);
    let q = &an.quotes[0];
    assert_eq!(&a.text[q.start..q.end], "“We are ready,” she said, “and we will not wait for anyone.”");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn quote_split_by_attribution_sentence_keeps_both_parts_with_one_speaker() {
    // Two printed sentences: kept as two quotes (as outlets' truth lists them), same speaker.
    let a = run(&["“We are ready,” Ana Ruiz said. “The rest is up to the council.”"]);
    assert_eq!(quote_texts(&a), ["We are ready,", "The rest is up to the council."]);
    assert!(a.quotes.iter().all(|q| q.speaker.as_deref() == Some("Ana Ruiz")));
}

#[test]
fn fragments_and_scare_quotes_are_flagged() {
    let a = run(&[
        "Harbour director Ana Ruiz dismissed the plan, calling it a “reckless gamble with public money.”",
        "Critics mocked the so-called “peace dividend” all week.",
        "“We will rebuild,” Ruiz said.",
    ]);
    let flags: Vec<(bool, bool)> = a.quotes.iter().map(|q| (q.fragment, q.scare)).collect();
    assert_eq!(flags, [(true, false), (true, true), (false, false)]);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn straight_quotes_pair_in_order() {
    let a = run(&["\"First,\" she said, and later \"second\" and \"third\" came."]);
    assert_eq!(quote_texts(&a), ["First,", "second", "third"]);
}

#[test]
fn quote_sentence_index_points_to_its_sentence() {
    let a = run(&["Nothing was said at first. Then Ola Berg said: “We go on.”"]);
    assert_eq!(a.quotes[0].sentence, 1);
}

#[test]
fn three_words_that_state_a_figure_are_a_claim() {
    let a = run(&["The singer died on Sunday in Lyon after a long illness. She was 85.", "Updated 5:10 PM"]);
    let texts: Vec<&str> = a.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"She was 85."), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Updated")), "{texts:?}");
}

#[test]
fn a_sentence_that_opens_with_by_is_prose_unless_it_names_someone() {
    use super::doc::{is_byline, is_heading};
    for byline in ["By Tomas Verhoeven, Meridian Wire", "By JANE DOE and JOHN ROE", "by the Associated Press"] {
        assert!(is_byline(byline) && is_heading(byline), "{byline}");
    }
    for prose in [
        "By 6:40 a.m. the fire was under control, Owen said.",
        "By Tuesday, crews had contained the fire.",
        "By the time police arrived, the house was ablaze.",
    ] {
        assert!(!is_byline(prose) && !is_heading(prose), "{prose}");
    }
    let a = analyze(&article(&["Fire in Palmer", "By 6:40 a.m. the fire was under control, Owen said."]));
    assert!(a.claims.iter().any(|c| c.text.starts_with("By 6:40")), "{:?}", a.claims);
}
