//! Unit tests of claim grouping: counts, dates, attributions.

use super::*;
use crate::compare::ConflictKind;
use crate::compare::conflicts::{count_conflict, date_conflict, pair_conflicts};

fn claim(text: &str, numbers: &[(&str, f64)]) -> Claim {
    Claim::with_numbers(text, numbers)
}

#[test]
fn counts_of_synonymous_things_conflict() {
    let a = claim("The talks drew more than 40 countries.", &[("more than 40", 40.0)]);
    let b = claim("Delegations from roughly 50 nations attended.", &[("roughly 50", 50.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_some());
    let c = claim("Delegations from 40 countries attended.", &[("40", 40.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&c)).is_none());
}

#[test]
fn years_are_not_counts() {
    let a = claim("The war began in 2014.", &[("2014", 2014.0)]);
    assert!(unit_values(&a).is_empty());
}

#[test]
fn weekdays_conflict() {
    assert!(date_conflict(&["Tuesday".into()], &["Wednesday".into()]).is_some());
    assert!(date_conflict(&["Tuesday".into()], &["tuesday".into(), "Friday".into()]).is_none());
}

#[test]
fn an_attribution_is_only_who_spoke() {
    assert!(is_attribution([" said Defence Secretary John Healey."].into_iter()));
    assert!(is_attribution([", he added."].into_iter()));
    assert!(is_attribution(["Hegseth told reporters: "].into_iter()));
    assert!(is_attribution([", Healey said in a statement."].into_iter()));
    // Lower-case content words make it a claim of its own.
    assert!(!is_attribution(["President Richard Nixon phoned the astronauts, saying that "].into_iter()));
    // No reporting verb: not an attribution.
    assert!(!is_attribution([" — Healey."].into_iter()));
}

fn loaded(name: &str, text: &str) -> Loaded {
    Loaded::pasted(name, text)
}

/// The index of the group holding the claim whose text contains `needle`.
fn group_with(docs: &[Loaded], claims: &[ClaimRef], groups: &[ClaimGroup], needle: &str) -> usize {
    let c = claims
        .iter()
        .position(|r| docs[r.article].analysis.claims[r.claim].text.contains(needle))
        .expect("claim found");
    groups.iter().position(|g| g.members.contains(&c)).expect("grouped")
}

#[test]
fn one_speaker_named_in_two_sentences_does_not_make_them_one_claim() {
    let a = loaded(
        "a.txt",
        "Talks in Brussels\n\nFor the first time, the meeting was chaired by Britain, with Defence Secretary \
         John Healey presiding over the session.\n\nOfficials met for four hours.",
    );
    let b = loaded(
        "b.txt",
        "Allies answer Washington\n\n\u{201c}Secretary Hegseth, we hear you,\u{201d} said Defence Secretary \
         John Healey.\n\nThe ministers left without a statement.",
    );
    let docs = vec![a, b];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let group_of = |needle: &str| group_with(&docs, &claims, &groups, needle);
    assert_ne!(group_of("chaired by Britain"), group_of("we hear you"));
}

#[test]
fn a_bound_and_a_figure_inside_it_agree() {
    let a = claim("More than 400 children were taken into care.", &[("more than 400", 400.0)]);
    let b = claim("Officials took 401 children into care.", &[("401", 401.0)]);
    let (ua, ub) = (unit_values(&a), unit_values(&b));
    assert!(pair_conflicts(&a, &b, &ua, &ub, 0.9).iter().all(|c| c.0 != ConflictKind::Number));
    let c = claim("The quake was about 8.7 in magnitude.", &[("about 8.7", 8.7)]);
    let d = claim("The quake was nine in magnitude.", &[("nine", 9.0)]);
    let (uc, ud) = (unit_values(&c), unit_values(&d));
    assert!(pair_conflicts(&c, &d, &uc, &ud, 0.9).is_empty());
}

#[test]
fn figures_whose_ranges_do_not_meet_conflict_and_name_their_slot() {
    let a = claim("Four workers died in the fire.", &[("Four", 4.0)]);
    let b = claim("Three workers died in the fire.", &[("Three", 3.0)]);
    let (ua, ub) = (unit_values(&a), unit_values(&b));
    let found = pair_conflicts(&a, &b, &ua, &ub, 0.8);
    let number = found.iter().find(|c| c.0 == ConflictKind::Number).expect("a number conflict");
    assert!(number.1.contains("Four") && number.1.contains("Three"), "{}", number.1);
    assert!(number.1.starts_with("worker"), "the slot is named: {}", number.1);
    assert!(number.2 >= MIN_CONFLICT_CONFIDENCE);
}

#[test]
fn a_count_named_by_what_it_counts_is_shown_from_a_cosine_of_a_fifth() {
    let a = claim("The ruling means the remaining 14 states must stop enforcing their bans.", &[("14", 14.0)]);
    let b = claim("Before the ruling the practice was banned in 13 states.", &[("13", 13.0)]);
    let (ua, ub) = (unit_values(&a), unit_values(&b));
    let shown = |sim| pair_conflicts(&a, &b, &ua, &ub, sim).iter().any(|c| c.2 >= MIN_CONFLICT_CONFIDENCE);
    assert!(shown(0.2), "{:?}", pair_conflicts(&a, &b, &ua, &ub, 0.2));
    assert!(pair_conflicts(&a, &b, &ua, &ub, 0.2)[0].1.starts_with("states: "), "the word as written");
    assert!(!shown(0.15));
}

#[test]
fn a_figure_its_own_sentence_calls_a_first_estimate_is_not_disputed() {
    let a = claim("The quake, initially measured at a magnitude of 6.8, woke Ambon.", &[("6.8", 6.8)]);
    let b = claim("The magnitude 6.5 quake woke Ambon.", &[("6.5", 6.5)]);
    let c = claim("The quake, measured at a magnitude of 6.8, woke Ambon.", &[("6.8", 6.8)]);
    let (ua, ub, uc) = (unit_values(&a), unit_values(&b), unit_values(&c));
    let numbers = |x: &Claim, ux, y: &Claim, uy| {
        pair_conflicts(x, y, ux, uy, 0.8).into_iter().filter(|c| c.0 == ConflictKind::Number).count()
    };
    assert_eq!(numbers(&a, &ua, &b, &ub), 0);
    assert_eq!(numbers(&b, &ub, &a, &ua), 0);
    assert_eq!(numbers(&c, &uc, &b, &ub), 1);
    let d = claim("Bayer originally offered $122 a share in May.", &[("$122", 122.0)]);
    let e = claim("Bayer will pay $128 a share.", &[("$128", 128.0)]);
    let (ud, ue) = (unit_values(&d), unit_values(&e));
    assert_eq!(numbers(&d, &ud, &e, &ue), 0);
    let f = claim("Bayer offered $122 a share in May.", &[("$122", 122.0)]);
    assert_eq!(numbers(&f, &unit_values(&f), &e, &ue), 1);
}

#[test]
fn a_weak_match_does_not_make_a_weekday_conflict() {
    let mut a = claim("The bridge was closed on Tuesday.", &[]);
    let mut b = claim("The mayor spoke to reporters on Thursday.", &[]);
    a.dates = vec!["Tuesday".into()];
    b.dates = vec!["Thursday".into()];
    let weak = pair_conflicts(&a, &b, &[], &[], 0.3);
    assert!(weak.iter().all(|c| c.2 < MIN_CONFLICT_CONFIDENCE));
    let strong = pair_conflicts(&a, &b, &[], &[], 0.95);
    assert!(strong.iter().any(|c| c.0 == ConflictKind::Date && c.2 >= MIN_CONFLICT_CONFIDENCE));
}

/// Two claims of one text told on two speakers' authority, with how sure each attribution is.
fn told_by_two(text: &str, sure_a: f32, sure_b: f32) -> (Claim, Claim) {
    let mut a = claim(&format!("{text} Ana Ruiz said."), &[]);
    let mut b = claim(&format!("{text} Tom Hale said."), &[]);
    (a.speaker, b.speaker) = (Some("Ana Ruiz".into()), Some("Tom Hale".into()));
    (a.speaker_confidence, b.speaker_confidence) = (Some(sure_a), Some(sure_b));
    (a, b)
}

#[test]
fn speakers_conflict_only_when_both_attributions_are_sure() {
    let speaker =
        |(a, b): (Claim, Claim)| pair_conflicts(&a, &b, &[], &[], 0.9).iter().any(|c| c.0 == ConflictKind::Speaker);
    assert!(!speaker(told_by_two("“The plan failed,”", 0.97, 0.6)));
    assert!(speaker(told_by_two("“The plan failed,”", 0.97, 0.95)));
    // Outlets cite different sources for one fact; only quoted words have one speaker.
    assert!(!speaker(told_by_two("The plan failed,", 0.97, 0.95)));
    // Two remarks of two people are not one remark put in two mouths.
    let (mut a, b) = told_by_two("“The plan failed,”", 0.97, 0.95);
    a.text = "“We will never get our brother back,” Ana Ruiz said.".into();
    assert!(!speaker((a, b)));
}

#[test]
fn people_counted_in_different_roles_do_not_conflict() {
    // Four killed and five wounded against four killed: no disagreement about five.
    let a =
        claim("A gunman killed four and wounded five people in the town on Friday.", &[("four", 4.0), ("five", 5.0)]);
    let b = claim("A gunman killed at least four people in the town on Friday.", &[("at least four", 4.0)]);
    let c = claim("A gunman killed at least six people in the town on Friday.", &[("at least six", 6.0)]);
    let (ua, ub, uc) = (unit_values(&a), unit_values(&b), unit_values(&c));
    assert!(count_conflict(&ua, &ub).is_none(), "{ua:?} {ub:?}");
    assert_eq!(count_conflict(&ua, &uc), Some(("deaths".into(), 4.0, 6.0)));
    // Aboard, missing and rescued are three slots, not one count of people.
    let d = claim(
        "A ferry carrying 462 people sank, leaving nearly 300 people missing.",
        &[("462", 462.0), ("nearly 300", 300.0)],
    );
    let e = claim("The ferry sank with 459 on board and 368 people were rescued.", &[("459", 459.0), ("368", 368.0)]);
    let found = count_conflict(&unit_values(&d), &unit_values(&e));
    assert_eq!(found, Some(("aboard".into(), 462.0, 459.0)));
}

proptest::proptest! {
    /// Every conflict of a group names two different members of it and both values.
    #[test]
    fn a_conflict_names_two_members_and_both_values(x in 2u32..900, y in 2u32..900, day in 0usize..7) {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        let a = format!("Crews repaired {x} bridges in Riverton on {}, officials said.", days[day]);
        let b = format!("Crews repaired {y} bridges in Riverton on {}, officials said.", days[(day + 1) % 7]);
        let docs = vec![loaded("a.txt", &a), loaded("b.txt", &b)];
        let (_, groups) = group_claims(&docs, &Settings::default(), None, None);
        for g in &groups {
            for c in &g.conflicts {
                proptest::prop_assert!(c.members.0 != c.members.1);
                proptest::prop_assert!(c.members.0 < g.members.len() && c.members.1 < g.members.len());
                proptest::prop_assert!(c.detail.contains(" vs "));
                let (l, r) = c.detail.rsplit_once(" vs ").unwrap_or_default();
                proptest::prop_assert!(!l.trim().is_empty() && !r.trim().is_empty());
                if c.kind == ConflictKind::Number {
                    proptest::prop_assert!(c.detail.contains(&x.to_string()) && c.detail.contains(&y.to_string()));
                }
            }
        }
    }
}

#[test]
fn version_numbers_and_pieces_of_times_are_not_counts() {
    let a = claim("Mozilla released Firefox 3.05 to users.", &[("3.05", 3.05)]);
    assert!(unit_values(&a).is_empty());
    let b = claim("A caller reported the fire at 3:33 a.m.", &[("3", 3.0), ("33", 33.0)]);
    assert!(unit_values(&b).is_empty());
    // A count after a lowercase word still counts.
    let c = claim("Police said 12 people were hurt.", &[("12", 12.0)]);
    assert_eq!(unit_values(&c).len(), 1);
}

#[test]
fn times_of_day_conflict_only_in_a_close_match() {
    use crate::compare::clock::time_conflict;
    assert_eq!(
        time_conflict("The alarm sounded at 3:33 a.m.", "The alarm sounded at 3:30 a.m.").map(|c| c.0).as_deref(),
        Some("time of alarm: 3:33 a.m. vs 3:30 a.m.")
    );
    assert!(time_conflict("It began at 2:15 p.m.", "It began at 14:15.").is_none());
    let a = claim("The call came at 3:33 a.m.", &[]);
    let b = claim("Firefighters arrived at 3:50 a.m.", &[]);
    assert!(pair_conflicts(&a, &b, &[], &[], 0.3).iter().all(|c| c.2 < MIN_CONFLICT_CONFIDENCE));
}

#[test]
fn the_other_end_of_a_shared_range_is_compared() {
    let a = claim("The men received sentences ranging from 7 to 75 years.", &[("7", 7.0), ("75", 75.0)]);
    let b = claim("The men received sentences of between six and 75 years.", &[("six", 6.0), ("75", 75.0)]);
    let (ua, ub) = (unit_values(&a), unit_values(&b));
    let found = pair_conflicts(&a, &b, &ua, &ub, 0.6);
    assert!(found.iter().any(|c| c.0 == ConflictKind::Number && c.1.contains('7') && c.1.contains("six")), "{found:?}");
    // Two durations without a shared end may be two facts.
    let c = claim("He served three years in prison.", &[("three", 3.0)]);
    let d = claim("He served eight years in the army.", &[("eight", 8.0)]);
    let (uc, ud) = (unit_values(&c), unit_values(&d));
    assert!(pair_conflicts(&c, &d, &uc, &ud, 0.6).iter().all(|c| c.0 != ConflictKind::Number));
}

#[test]
fn a_year_a_little_off_is_a_slip_but_decades_apart_are_two_events() {
    let mut a = claim("In 1969, he was indicted for bribing the town police.", &[]);
    let mut b = claim("In 1970, he was indicted for bribing the police force.", &[]);
    a.dates = vec!["1969".into()];
    b.dates = vec!["1970".into()];
    assert!(pair_conflicts(&a, &b, &[], &[], 0.4).iter().any(|c| c.0 == ConflictKind::Date));
    b.dates = vec!["1997".into()];
    assert!(pair_conflicts(&a, &b, &[], &[], 0.4).iter().all(|c| c.0 != ConflictKind::Date));
}

#[test]
fn a_negation_in_a_clause_the_other_claim_lacks_is_no_conflict() {
    use crate::compare::conflicts::negation_aligned;
    let mut a = claim("A sign warned: “This place is bugged.”", &[]);
    let mut b = claim("A sign warned, “Don't talk. This place is bugged.”", &[]);
    b.negated = true;
    assert!(!negation_aligned(&b.text, &a.text));
    assert!(pair_conflicts(&a, &b, &[], &[], 0.9).iter().all(|c| c.0 != ConflictKind::Negation));
    a = claim("The rifle was loaded when officers found it.", &[]);
    b = claim("Officers said the rifle was not loaded when they found it.", &[]);
    b.negated = true;
    assert!(pair_conflicts(&a, &b, &[], &[], 0.9).iter().any(|c| c.0 == ConflictKind::Negation));
}

#[test]
fn a_sentence_printed_twice_is_worked_out_from_its_first_copy() {
    assert_eq!(first_copies(&["The bridge fell.", "It rained.", "The bridge fell."]), [0, 1, 0]);
}

#[test]
fn a_number_conflict_names_its_slot_as_written() {
    let a = claim("The team rewrote 3 interfaces last year.", &[("3", 3.0)]);
    let b = claim("The team rewrote 4 interfaces last year.", &[("4", 4.0)]);
    let found = crate::compare::conflicts::pair_conflicts(&a, &b, &unit_values(&a), &unit_values(&b), 0.9);
    let details: Vec<&str> = found.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(details, ["interfaces: 3 vs 4"]);
    // A folded class keeps its class name: "killed" and "dead" are both deaths.
    let c = claim("The storm left 3 dead in the valley.", &[("3", 3.0)]);
    let d = claim("The storm left 5 killed in the valley.", &[("5", 5.0)]);
    let found = crate::compare::conflicts::pair_conflicts(&c, &d, &unit_values(&c), &unit_values(&d), 0.9);
    let details: Vec<&str> = found.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(details, ["deaths: 3 vs 5"]);
}

#[test]
fn a_figure_followed_by_a_function_word_has_no_slot() {
    // "(default value 200) and …" once gave the slot "and: 200 vs 202".
    let a = claim("The field holds an integer (default value 200) and a label.", &[("200", 200.0)]);
    let b = claim("The field holds an integer (default value 202) and a label.", &[("202", 202.0)]);
    let found = crate::compare::conflicts::pair_conflicts(&a, &b, &unit_values(&a), &unit_values(&b), 0.9);
    assert!(found.iter().all(|c| !c.1.starts_with("and:")), "{found:?}");
    assert!(found.iter().any(|c| c.1 == "200 vs 202"), "{found:?}");
    // Nor does a figure that closes a phrase: "Bug" does not count the 7 and the 8.
    let a = claim("It prints page ranges (e.g. 1-3, 6, 7) – Bug 4996", &[("7", 7.0)]);
    let b = claim("It prints page ranges (e.g. 1-3, 6, 8) – Bug 4996", &[("8", 8.0)]);
    let found = crate::compare::conflicts::pair_conflicts(&a, &b, &unit_values(&a), &unit_values(&b), 0.9);
    assert!(found.iter().all(|c| !c.1.starts_with("bug:")), "{found:?}");
}

#[test]
fn last_year_is_read_against_the_articles_date() {
    use crate::compare::conflicts::with_absolute_years;
    let mut a = claim("Voters in 2016 approved a bond for the new library.", &[]);
    let mut b = claim("Last year, voters approved a bond for the new library.", &[]);
    a.dates = vec!["2016".into()];
    b.dates = vec!["Last year".into()];
    // Without the article's date "last year" pins no year.
    assert!(pair_conflicts(&a, &b, &[], &[], 0.5).iter().all(|c| c.0 != ConflictKind::Date));
    let dated = with_absolute_years(&b, Some("March 3, 2018 - 4:05 pm"));
    assert!(
        pair_conflicts(&a, &dated, &[], &[], 0.5).iter().any(|c| c.0 == ConflictKind::Date && c.1 == "2016 vs 2017")
    );
    // A story of 2017 agrees with 2016; a two-digit year is not read.
    let agreed = with_absolute_years(&b, Some("June 1, 2017"));
    assert!(pair_conflicts(&a, &agreed, &[], &[], 0.5).iter().all(|c| c.0 != ConflictKind::Date));
    assert_eq!(with_absolute_years(&b, Some("03/03/18")).dates, b.dates);
}

#[test]
fn a_compound_modifier_gives_its_figure() {
    assert_eq!(compound_numbers("The 15-year veteran and a three-day trial, a 2-1 vote"), [15.0, 3.0]);
    assert!(compound_numbers("a well-known long-time resident").is_empty());
    let c = Claim::bare("The 55-year-old leader stood still.");
    assert!(anchor_terms(&c).iter().any(|(t, _)| t == "#55"));
}

#[test]
fn an_acronym_shares_the_terms_of_its_expansion_in_another_article() {
    let texts = ["The Regional Water Authority voted on Monday.", "The RWA voted to raise tariffs."];
    let acronyms = super::super::acronyms::Acronyms::collect(&texts);
    let terms: Vec<String> =
        claim_terms(&[("The RWA voted to raise tariffs.", false)], &acronyms).into_iter().map(|t| t.0).collect();
    for w in ["regional", "water", "authority"] {
        assert!(terms.contains(&stem(w)), "{w}: {terms:?}");
    }
}

#[test]
fn two_sentences_sharing_only_a_kind_of_figure_are_not_one_claim() {
    // Two sums of state money, of two different transactions: the sentences were paired to
    // look for a disagreement about the amount, found none they could be sure of, and share
    // almost no other word.
    let a = loaded(
        "a.txt",
        "Dairy loan case\n\nThe charges allege Olson obtained a $430,000 state loan to keep the dairy \
         afloat by hiding its finances.\n\nThe hearing lasted two hours.",
    );
    let b = loaded(
        "b.txt",
        "Creamery history\n\nThe state pumped another $600,000 into the creamery, but it did not help.\n\n\
         The building stood for decades.",
    );
    let docs = vec![a, b];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    assert_eq!(claims.len(), 4);
    assert!(groups.iter().all(|g| g.members.len() == 1 && g.status == ClaimStatus::Unique), "{groups:?}");
}

#[test]
fn short_sentences_that_share_one_word_are_not_one_claim() {
    // One shared word makes a high cosine between short sentences; it is not one fact.
    let a = loaded(
        "a.txt",
        "Warehouse fire\n\nNo arrests were made in that fire.\n\nThe roof fell at dawn.\n\n\
         He was 77.",
    );
    let b = loaded(
        "b.txt",
        "Sale of the lot\n\nThere were no bids.\n\nCrews cleared the lot.\n\n\
         Ruben Kell died in prison at 77.",
    );
    let docs = vec![a, b];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let group_of = |needle: &str| group_with(&docs, &claims, &groups, needle);
    assert_ne!(group_of("No arrests"), group_of("no bids"), "{groups:?}");
    // A figure both give still holds two short sentences together.
    assert_eq!(group_of("He was 77"), group_of("died in prison at 77"), "{groups:?}");
}

#[test]
fn an_adjective_after_a_figure_is_not_what_it_counts() {
    let a = claim("Protections were created for over 24 different partners.", &[("over 24", 24.0)]);
    let b = claim("Protections were created for over 24 partners.", &[("over 24", 24.0)]);
    assert_eq!(unit_values(&a), unit_values(&b));
    assert_eq!(unit_values(&a)[0].0, "partner");
}

#[test]
fn one_named_thing_told_two_ways_conflicts() {
    use crate::compare::conflicts::named_thing_conflict;
    let with = |text: &str, names: &[&str]| Claim {
        entities: names.iter().map(|n| (*n).to_string()).collect(),
        ..Claim::bare(text)
    };
    let a = with("Last year, Ruiz won the department's Medal of Honor after a rescue.", &["Ruiz", "Medal of Honor"]);
    let b = with("Last year, she was awarded the city's Medal of Valor after a rescue.", &["Medal of Valor"]);
    assert_eq!(named_thing_conflict(&a, &b), Some(("Medal of Honor".into(), "Medal of Valor".into())));
    // A spelling is the name checks' to report; two-word names sharing a word are often two
    // members of a list; a name the text does not write is the resolver's guess.
    let c = with("The Bureau of Prisions confirmed the death.", &["Bureau of Prisions"]);
    let d = with("The Bureau of Prisons confirmed the death.", &["Bureau of Prisons"]);
    assert_eq!(named_thing_conflict(&c, &d), None);
    let e = with("The draft was written by M. Jones.", &["M. Jones"]);
    let f = with("The draft was written by M. Hardt.", &["M. Hardt"]);
    assert_eq!(named_thing_conflict(&e, &f), None);
    let g = with("Gigante was arrested in 1957.", &["Vincent Gigante"]);
    let h = with("Gigante was arrested in 1957.", &["Louis Gigante"]);
    assert_eq!(named_thing_conflict(&g, &h), None);
}

#[test]
fn a_lone_sentence_giving_a_short_groups_figure_joins_it() {
    let a = loaded("a.txt", "Dock boss dies\n\nFlags flew at half mast in the port.\n\nHe was 77.");
    let b = loaded("b.txt", "Kell dead\n\nFishermen gathered at the pier.\n\nHe was 77.");
    let c = loaded(
        "c.txt",
        "Ostend mourns\n\nRuben Kell, who ran the harbour gangs for three decades and died in a prison \
         hospital on Sunday at 77, was buried in a quiet ceremony.\n\nPolice arrested 77 people at the docks.",
    );
    let docs = vec![a, b, c];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let group_of = |needle: &str| group_with(&docs, &claims, &groups, needle);
    assert_eq!(group_of("He was 77"), group_of("buried in a quiet ceremony"), "{groups:?}");
    // The same figure counting something else is another fact.
    assert_ne!(group_of("He was 77"), group_of("arrested 77 people"), "{groups:?}");
}

#[test]
fn full_dates_given_two_ways_conflict() {
    use crate::compare::conflicts::full_date_conflict;
    let d = |xs: &[&str]| xs.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
    assert_eq!(
        full_date_conflict(&d(&["June 20, 2005"]), &d(&["June 21, 2005"])),
        Some("June 20, 2005 vs June 21, 2005".into())
    );
    assert!(full_date_conflict(&d(&["12 February 2011"]), &d(&["12 February 2012"])).is_some());
    assert!(full_date_conflict(&d(&["March 2"]), &d(&["April 2"])).is_some());
    // The same date written two ways, a date with only part given, and dates years apart
    // (two events) do not conflict.
    assert!(full_date_conflict(&d(&["June 20, 2005"]), &d(&["20 June 2005"])).is_none());
    assert!(full_date_conflict(&d(&["June 20, 2005"]), &d(&["June 2005"])).is_none());
    assert!(full_date_conflict(&d(&["June 20, 2005"]), &d(&["June 21, 2011"])).is_none());
    // Two dates in one claim: which one the other gives is not known.
    assert!(full_date_conflict(&d(&["June 20, 2005", "July 1, 2005"]), &d(&["June 21, 2005"])).is_none());
    // Weekdays and bare years are `date_conflict`'s.
    assert!(full_date_conflict(&d(&["Tuesday"]), &d(&["Wednesday"])).is_none());
}

#[test]
fn nearly_identical_claims_with_two_dates_are_a_conflict() {
    let a = claim("Crews reopened the Elm Street bridge on June 20, 2005, officials said.", &[]);
    let b = claim("Crews reopened the Elm Street bridge on June 21, 2005, officials said.", &[]);
    let (a, b) =
        (Claim { dates: vec!["June 20, 2005".into()], ..a }, Claim { dates: vec!["June 21, 2005".into()], ..b });
    let found = pair_conflicts(&a, &b, &[], &[], 0.9);
    assert!(
        found.iter().any(|c| c.0 == ConflictKind::Date
            && c.1 == "June 20, 2005 vs June 21, 2005"
            && c.2 >= MIN_CONFLICT_CONFIDENCE),
        "{found:?}"
    );
    // Loosely matched claims: a date is one of many moments of the story.
    let found = pair_conflicts(&a, &b, &[], &[], 0.3);
    assert!(found.iter().all(|c| c.0 != ConflictKind::Date || c.2 < MIN_CONFLICT_CONFIDENCE), "{found:?}");
}

#[test]
fn nearly_equal_wordings_share_their_word_pair_sketch() {
    let terms = |words: &str| {
        let mut t = Terms::default();
        for w in words.split(' ') {
            t.push(w, 1.0);
        }
        t
    };
    let a = shingles(&terms("the board said it would meet again next week to decide the matter"));
    let b = shingles(&terms("the board said it would meet again next week to settle the matter"));
    let other = shingles(&terms("a storm closed the roads and schools across the county on monday"));
    assert_eq!(a.len(), SKETCH);
    // One word changed spoils two of eleven pairs: most of the smallest hashes are shared.
    assert!(a.iter().filter(|h| b.contains(h)).count() >= 2, "{a:?} {b:?}");
    assert!(!a.iter().any(|h| other.contains(h)));
    // One word has no pair; the same word twice in a row is one pair.
    assert!(shingles(&terms("alone")).is_empty());
    assert_eq!(shingles(&terms("go go")).len(), 1);
}

#[test]
fn syndicated_copy_is_chained_to_its_previous_printing_in_another_article() {
    let f = bare_features;
    let same = [(3, 0.6), (9, 0.8)];
    let features = vec![f(&same), f(&[(4, 1.0)]), f(&same), f(&same)];
    let refs = |articles: &[usize]| -> Vec<ClaimRef> {
        articles.iter().enumerate().map(|(c, &article)| ClaimRef { article, claim: c }).collect()
    };
    // Claims 2 and 3 print claim 0 word for word: a chain 0–2–3, not every pair.
    let edges = copy_edges(&refs(&[0, 0, 1, 2]), &[0, 1, 0, 0], &features, 0.25);
    let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.1, e.2)).collect();
    assert_eq!(pairs, vec![(0, 2), (2, 3)]);
    assert!(edges.iter().all(|e| (e.0 - 1.0).abs() < 1e-6));
    // A copy in the article of the previous one is not joined to it (one claim per article).
    let edges = copy_edges(&refs(&[0, 1, 1]), &[0, 0, 0], &[f(&same), f(&same), f(&same)], 0.25);
    assert_eq!(edges.iter().map(|e| (e.1, e.2)).collect::<Vec<_>>(), vec![(0, 1)]);
}

#[test]
fn ages_are_bound_to_the_person_they_follow() {
    let a = claim("The co-pilot was identified as Andreas Lubitz, 28, by the prosecutor.", &[("28", 28.0)]);
    let b = claim("The prosecutor says the co-pilot, Andreas Lubitz, 27, was alone at the controls.", &[("27", 27.0)]);
    let found = count_conflict(&unit_values(&a), &unit_values(&b));
    assert_eq!(found, Some(("age lubitz".into(), 28.0, 27.0)));
    // The ages of two people are two slots.
    let c = claim("The driver, Ana Ruiz, 24, was unhurt.", &[("24", 24.0)]);
    let d = claim("The driver, Tom Hale, 16, was unhurt.", &[("16", 16.0)]);
    assert!(count_conflict(&unit_values(&c), &unit_values(&d)).is_none());
    // A weekday before a figure is no name.
    let e = claim("On Monday, 12 people were arrested.", &[("12", 12.0)]);
    assert!(unit_values(&e).iter().all(|(u, _)| !u.starts_with("age")));
}

#[test]
fn a_denial_is_read_without_its_frame() {
    use crate::compare::conflicts::negation_aligned;
    // The day and the reporting verb are shared; what is denied (buying it for money) is not told.
    let negated = "He also said on Thursday he did not buy the paper to make more money but to help readers.";
    let other = "On Thursday, Ruiz said he would buy the paper to help its readers.";
    assert!(!negation_aligned(negated, other));
    // The names are the same; what is denied (a three-peat) is not told by the other.
    assert!(!negation_aligned(
        "There would be no three-peat for Kosuke Kitajima of Japan, who was attempting to win at three Olympics.",
        "Japan's Kosuke Kitajima was bidding to win the same event at three Games but finished fifth."
    ));
    // What is denied is told: a disagreement.
    assert!(negation_aligned(
        "Officials did not release the cause of death.",
        "Officials released the cause of death."
    ));
}

#[test]
fn nearly_falls_short_of_its_figure() {
    use crate::compare::conflicts::range;
    let (lo, hi) = range("nearly 27", 27.0);
    assert!(lo < 27.0 && hi == 27.0);
    // "about 30" (28 to 32) and "nearly 27" do not meet; "nearly 30" and "about 30" do.
    assert!(range("about 30", 30.0).0 > hi);
    assert!(range("nearly 30", 30.0).1 >= range("about 30", 30.0).0);
}

#[test]
fn a_figure_the_other_claim_gives_as_part_of_a_set_is_no_disagreement() {
    let a = claim("The airport closed, though two runways later reopened.", &[("two", 2.0)]);
    let b = claim("Only two of its four runways were operating when it reopened.", &[("two", 2.0), ("four", 4.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_none(), "{:?}", unit_values(&b));
    // A figure the other claim gives for another part ("12 arrested") does not hide one.
    let c = claim("Police said 12 people were injured in the riots.", &[("12", 12.0)]);
    let d = claim("Police said 18 people had been injured and 12 arrested.", &[("18", 18.0), ("12", 12.0)]);
    assert!(count_conflict(&unit_values(&c), &unit_values(&d)).is_some());
}

#[test]
fn a_count_of_two_things_together_is_not_a_count_of_one() {
    let a = claim("The plane had been carrying 189 passengers and crew.", &[("189", 189.0)]);
    let b = claim("The plane was carrying 178 passengers.", &[("178", 178.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_none());
    let c = claim("The plane was carrying 181 passengers and crew.", &[("181", 181.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&c)).is_some());
}

#[path = "claims_tests_twice.rs"]
mod twice;

#[path = "claims_tests_causes.rs"]
mod causes;

#[path = "claims_tests_pinned.rs"]
mod pinned;

#[path = "claims_tests_lone.rs"]
mod lone;

/// The features of a narrated claim that has only the vector `v`.
fn bare_features(v: &[(u32, f32)]) -> Features {
    Features {
        vector: v.to_vec(),
        units: Vec::new(),
        quoted: false,
        surname: None,
        shingles: Vec::new(),
        events: Vec::new(),
    }
}
