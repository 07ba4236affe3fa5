//! Unit tests of speakers, claims, numbers, dates and mentions over fixtures written for
//! them, and the property test that analysis never panics and keeps spans on char boundaries.

use super::tests::{article, run};
use super::*;
use crate::model::Span;
use proptest::prelude::*;

fn speakers(a: &Analysis) -> Vec<Option<&str>> {
    a.quotes.iter().map(|q| q.speaker.as_deref()).collect()
}

#[test]
fn said_after_and_before_the_quote() {
    let a = run(&[
        "“Taxes will fall next year,” said Finance Minister Karl Ode.",
        "Mayor Ola Berg said: “We will hold him to it.”",
        "Ode said that “every promise will be kept.”",
        "“The vote is final,” according to Berg.",
    ]);
    assert_eq!(speakers(&a), [Some("Karl Ode"), Some("Ola Berg"), Some("Karl Ode"), Some("Ola Berg")]);
    assert_eq!(a.quotes[0].role.as_deref(), Some("Finance Minister"));
    assert_eq!(a.quotes[1].role.as_deref(), Some("Mayor"));
}

#[test]
fn two_single_marks_close_a_double_quote() {
    let a = run(&[
        "\"The temblor was so strong, causing us to pour into the streets,'' said Musa, an Ambon resident.",
        "''We will rebuild,'' Mayor Ola Berg said.",
        "The pupils' teachers' union did not comment.",
    ]);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["The temblor was so strong, causing us to pour into the streets,", "We will rebuild,"]);
    assert_eq!(speakers(&a), [Some("Musa"), Some("Ola Berg")]);
}

#[test]
fn title_abbreviation_joins_the_name() {
    let a = run(&["Inspectors said the pipes were vented, “so they cannot burst,” Mr. Dahl said after the survey."]);
    assert_eq!(speakers(&a), [Some("Dahl")]);
    assert_eq!(a.quotes[0].role.as_deref(), Some("Mr"));
}

#[test]
fn caption_without_final_stop_is_still_prose() {
    let a = run(&["“The river rose overnight and the pumps held,” said Tora Vik of the water board. Photo Lars Eng"]);
    assert_eq!(speakers(&a), [Some("Tora Vik")]);
}

#[test]
fn reporting_verbs_attribute() {
    let a = run(&[
        "Karl Ode and Ola Berg met on Monday.",
        "“The deal is dead,” Berg warned.",
        "“It is not,” Ode insisted.",
        "“We shall see,” Berg wrote.",
    ]);
    assert_eq!(speakers(&a), [Some("Ola Berg"), Some("Karl Ode"), Some("Ola Berg")]);
}

#[test]
fn pronoun_resolves_to_the_last_named_speaker() {
    let a = run(&["Finance Minister Karl Ode spoke first.", "“Taxes will fall,” he added. “Spending will not.”"]);
    assert_eq!(speakers(&a), [Some("Karl Ode"), Some("Karl Ode")]);
}

#[test]
fn pronoun_skips_names_inside_quotes() {
    let a = run(&["“Taxes will fall,” Karl Ode said.", "“President Lia Rand agrees with me,” he said."]);
    assert_eq!(speakers(&a), [Some("Karl Ode"), Some("Karl Ode")]);
}

#[test]
fn role_resolves_to_the_person_with_that_title() {
    let a =
        run(&["Finance Minister Karl Ode met Mayor Ola Berg on Friday.", "“Nothing was agreed,” the minister said."]);
    assert_eq!(speakers(&a), [Some("Karl Ode")]);
    assert_eq!(a.quotes[0].role.as_deref(), Some("Finance Minister"));
}

#[test]
fn surname_resolves_to_the_full_name() {
    let a = run(&["Harbour director Ines Tal opened the gates.", "“It is a new start,” Tal said."]);
    assert_eq!(speakers(&a), [Some("Ines Tal")]);
    let tal: Vec<&str> = a.mentions.iter().filter(|m| m.text == "Tal").map(|m| m.name.as_str()).collect();
    assert_eq!(tal, ["Ines Tal"]);
}

#[test]
fn subject_of_the_sentence_owns_a_fragment() {
    let a = run(&[
        "Karl Ode kept pressing, telling reporters that President Lia Rand would never let the city become a “piggy bank” for anyone.",
        "Ode further rejected the offer, describing it as “an insult to the city.”",
    ]);
    assert_eq!(speakers(&a), [Some("Karl Ode"), Some("Karl Ode")]);
}

#[test]
fn quote_without_attribution_takes_the_previous_speaker() {
    let a = run(&["Ola Berg was blunt about the talks.", "“We will not pay for this.”"]);
    assert_eq!(speakers(&a), [Some("Ola Berg")]);
}

#[test]
fn unnamed_speakers_stay_unknown() {
    let a = run(&["Karl Ode left early.", "Several residents said the plan was a “disaster” for the town."]);
    assert_eq!(speakers(&a), [None]);
}

#[test]
fn indirect_speech_is_a_claim_with_a_speaker() {
    let a = run(&["Finance Minister Karl Ode said the government would not raise taxes this year."]);
    let c = &a.claims[0];
    assert_eq!(c.speaker.as_deref(), Some("Karl Ode"));
    assert!(c.negated);
    assert!(c.dates.is_empty() || c.dates == ["this year"]);
}

#[test]
fn numbers_with_qualifiers_scales_percentages_and_money() {
    let a = run(&[
        "More than 40 nations and roughly 3 million people joined, spending $2.5 billion, or 12% of the budget, with forty volunteers and a fifth of the staff.",
    ]);
    let got: Vec<(&str, f64, Option<&str>)> =
        a.claims[0].numbers.iter().map(|q| (q.text.as_str(), q.value, q.unit.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("More than 40", 40.0, Some("nations")),
            ("roughly 3 million", 3e6, Some("people")),
            ("$2.5 billion", 2.5e9, Some("$")),
            ("12%", 12.0, Some("%")),
            ("forty", 40.0, Some("volunteers")),
            ("a fifth", 0.2, None),
        ]
    );
}

#[test]
fn a_number_written_in_words_past_its_hundreds_is_one_number() {
    let a = run(&["One hundred forty-one passengers and two hundred and five others were aboard, with 300 crew."]);
    let got: Vec<(&str, f64)> = a.claims[0].numbers.iter().map(|q| (q.text.as_str(), q.value)).collect();
    assert_eq!(got, [("One hundred forty-one", 141.0), ("two hundred and five", 205.0), ("300", 300.0)]);
    // A list is not one number: "a hundred, fifty" stays apart.
    let b = run(&["They counted three hundred, forty of them injured."]);
    let got: Vec<f64> = b.claims[0].numbers.iter().map(|q| q.value).collect();
    assert_eq!(got, [300.0, 40.0]);
}

#[test]
fn an_age_glued_to_its_figure_is_read() {
    let a = run(&["A 60-year-old man and a six-year-old girl were hurt, and the 51-year-old bridge fell."]);
    let got: Vec<(&str, f64, Option<&str>)> =
        a.claims[0].numbers.iter().map(|q| (q.text.as_str(), q.value, q.unit.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("60-year-old", 60.0, Some(AGE_UNIT)),
            ("six-year-old", 6.0, Some(AGE_UNIT)),
            ("51-year-old", 51.0, Some(AGE_UNIT))
        ]
    );
}

#[test]
fn a_magnitude_glued_to_its_figure_is_read() {
    for text in
        ["A 6.4-magnitude earthquake struck off the coast on Sunday.", "The magnitude-6.4 quake struck the coast."]
    {
        let a = run(&[text]);
        let got: Vec<(f64, Option<&str>)> = a.claims[0].numbers.iter().map(|q| (q.value, q.unit.as_deref())).collect();
        assert_eq!(got, [(6.4, Some("magnitude"))], "{text}");
    }
}

#[test]
fn percent_words_and_years_are_kept_apart() {
    let a = run(&["Spending rose to 2 per cent in 2019 and five percent by 2024."]);
    let c = &a.claims[0];
    let nums: Vec<(f64, Option<&str>)> = c.numbers.iter().map(|q| (q.value, q.unit.as_deref())).collect();
    assert_eq!(nums, [(2.0, Some("%")), (5.0, Some("%"))]);
    assert_eq!(c.dates, ["2019", "2024"]);
}

#[test]
fn dates_weekdays_months_years_and_relative() {
    let a = run(&[
        "On Tuesday, February 4, 2025, the council met again, as it had on 12 March 2019, in April 2022 and last month.",
    ]);
    assert_eq!(a.claims[0].dates, ["Tuesday", "February 4, 2025", "12 March 2019", "April 2022", "last month"]);
}

#[test]
fn negation_and_hedges() {
    let cases = [
        ("The council won't meet before the vote.", true, false),
        ("She never signed the letter in the end.", true, false),
        ("Neither side nor the mediators commented today.", true, false),
        ("The minister ruled out new taxes for now.", true, false),
        ("The port could reopen by the summer.", false, true),
        ("The ship was reportedly seized at dawn.", false, true),
        ("The port reopened in May after repairs.", false, false),
        // "No." marks a number.
        ("Amtrak said the No. 188 train carried five crew members.", false, false),
        ("There was no 911 call before the fire spread.", true, false),
        // Figures of emphasis affirm.
        ("Nothing less than the future of the union is at stake, she said.", false, false),
        ("The crash killed no fewer than 40 people on board.", false, false),
        ("The storm not only flooded the town but cut its power.", false, false),
        ("The plan was nothing short of a rescue for the port.", false, false),
        ("There was nothing left of the old mill.", true, false),
    ];
    for (text, neg, hedge) in cases {
        let a = run(&[text]);
        assert_eq!((a.claims[0].negated, a.claims[0].hedged), (neg, hedge), "{text}");
    }
}

#[test]
fn headings_bylines_and_fragments_are_not_claims() {
    let a = run(&[
        "Council Votes On Harbour Budget",
        "By Ana Ruiz",
        "Too short.",
        "The council approved the harbour budget on Monday.",
    ]);
    let texts: Vec<&str> = a.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["The council approved the harbour budget on Monday."]);
}

#[test]
fn mentions_have_kinds_titles_and_full_names() {
    let a = run(&[
        "U.S. Trade Representative Jan Holm met the Finance Ministry in Oslo before talks at NATO.",
        "Officials said Holm left for Kyiv on Friday.",
        "Former minister Per Lind stayed behind with Russian President Ivan Sokol.",
    ]);
    let find = |t: &str| a.mentions.iter().find(|m| m.text == t);
    let holm = find("Jan Holm").expect("Jan Holm");
    assert_eq!((holm.kind, holm.title.as_deref()), (EntityKind::Person, Some("U.S. Trade Representative")));
    assert_eq!(find("Finance Ministry").map(|m| m.kind), Some(EntityKind::Organization));
    assert_eq!(find("Oslo").map(|m| m.kind), Some(EntityKind::Place));
    assert_eq!(find("NATO").map(|m| m.kind), Some(EntityKind::Organization));
    assert_eq!(find("Kyiv").map(|m| m.kind), Some(EntityKind::Place));
    assert_eq!(find("Holm").map(|m| m.name.as_str()), Some("Jan Holm"));
    assert_eq!(find("Ivan Sokol").and_then(|m| m.title.as_deref()), Some("Russian President"));
    assert_eq!(find("Per Lind").and_then(|m| m.title.as_deref()), Some("Former minister"));
    assert!(find("Officials").is_none() && find("Former").is_none());
    let entities = &a.claims[0].entities;
    assert!(entities.contains(&"Jan Holm".to_string()) && entities.contains(&"NATO".to_string()));
}

#[test]
fn an_office_of_a_body_names_no_person() {
    let a = run(&[
        "Tom Hale, co-founder and former Chief Executive of Quarrylink, has died aged 61.",
        "The Mayor of Harbourton praised him on Friday.",
        "Chief Executive Officer Lena Hart spoke next.",
    ]);
    let people: Vec<&str> =
        a.mentions.iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.name.as_str()).collect();
    assert!(people.iter().all(|p| !p.contains("Quarrylink") && !p.contains("Harbourton")), "{people:?}");
    assert!(people.contains(&"Tom Hale") && people.contains(&"Lena Hart"), "{people:?}");
}

#[test]
fn an_office_of_two_portfolios_is_one_title() {
    let a = run(&[
        "Deputy Infrastructure and Transport Minister Ivo Marlo visited the site.",
        "Health and Social Care Secretary Ana Ruiz spoke later.",
    ]);
    let title = |t: &str| a.mentions.iter().find(|m| m.text == t).and_then(|m| m.title.clone());
    assert_eq!(title("Ivo Marlo").as_deref(), Some("Deputy Infrastructure and Transport Minister"));
    assert_eq!(title("Ana Ruiz").as_deref(), Some("Health and Social Care Secretary"));
}

#[test]
fn possessive_and_lowercase_titles() {
    let a = run(&["Norway’s defence minister, Siv Aune, called the drill “regrettable” on Monday."]);
    let m = a.mentions.iter().find(|m| m.text == "Siv Aune").expect("Siv Aune");
    assert_eq!(m.title.as_deref(), Some("defence minister"));
    assert!(a.mentions.iter().any(|m| m.text == "Norway" && m.kind == EntityKind::Place));
    assert_eq!(speakers(&a), [Some("Siv Aune")]);
}

/// Checks every span of an analysis against its text.
fn check_spans(a: &Article, an: &Analysis) -> Result<(), TestCaseError> {
    let t = &a.text;
    let ok = |s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
    for s in &an.sentences {
        prop_assert!(ok(s.start, s.end));
        prop_assert_eq!(&t[s.start..s.end], s.text.as_str());
    }
    for q in &an.quotes {
        prop_assert!(ok(q.start, q.end));
        prop_assert!(q.sentence < an.sentences.len().max(1));
    }
    for c in &an.claims {
        prop_assert!(ok(c.start, c.end));
        prop_assert!(c.sentence < an.sentences.len());
    }
    for m in &an.mentions {
        prop_assert!(ok(m.start, m.end));
        prop_assert_eq!(&t[m.start..m.end], m.text.as_str());
    }
    Ok(())
}

/// Text made mostly of the characters the rules look at.
fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(vec![
                "He", " said", " U.S.", " Dr.", " “", "”", "\"", "'", "’", "‘", ", ", ". ", "... ", "\n\n",
                " Karl Ode", " 40", " million", "%", " $", " not", " May", " 2019", " é", "—", ":", "?", "!",
                " the minister", " according to", " calling it", " 3.5", " Feb.", " No.", "(", ")",
            ])
            .prop_map(str::to_string),
            1 => any::<String>(),
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn analysis_never_panics_and_spans_stay_on_char_boundaries(text in newsy()) {
        let paras: Vec<&str> = text.split("\n\n").collect();
        let a = article(&paras);
        let an = analyze(&a);
        check_spans(&a, &an)?;
    }

    #[test]
    fn arbitrary_paragraph_spans_are_tolerated(text in any::<String>(), cuts in proptest::collection::vec((0usize..300, 0usize..300), 0..6)) {
        let mut a = article(&[text.as_str()]);
        a.paragraphs = cuts.into_iter().map(|(s, e)| Span::new(s, e)).collect();
        let an = analyze(&a);
        check_spans(&a, &an)?;
    }
}
