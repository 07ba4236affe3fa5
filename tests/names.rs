//! Names across articles, end to end on made-up coverage: how each article writes a body's
//! name, a person's surname, a nickname and a title, and which differences are conflicts.

use crosscheck::compare::{Comparison, Loaded, Settings, compare};
use crosscheck::ingest;

fn load(name: &str, text: &str) -> Loaded {
    let article = ingest::ingest_pasted(name, text).expect("ingests");
    let analysis = crosscheck::analyze::analyze(&article);
    Loaded::new(article, analysis)
}

fn run(a: &str, b: &str) -> Comparison {
    compare(vec![load("a.txt", a), load("b.txt", b)], Settings::default(), None)
}

/// Every conflict detail of every entity, "A vs B".
fn entity_conflicts(c: &Comparison) -> Vec<String> {
    c.entities.iter().flat_map(|e| e.conflicts.iter().map(|x| x.detail.clone())).collect()
}

#[test]
fn an_acronym_spelt_out_two_ways_is_a_name_conflict() {
    let c = run(
        "Farm loans\n\nThe dairy stopped paying the Farm Relief Credit Fund (FRCF) in March. \
         The owners met with bankers on Monday.\n",
        "Dairy case\n\nProsecutors said the owner hid losses to get a loan from the FRCF (Federal Relief \
         Credit Fund) last spring. The case goes to trial in June.\n",
    );
    let found = entity_conflicts(&c);
    assert!(
        found.iter().any(|d| d.contains("Farm Relief Credit Fund") && d.contains("Federal Relief Credit Fund")),
        "{found:?}"
    );
}

#[test]
fn the_same_acronym_spelt_out_alike_is_no_conflict() {
    let c = run(
        "Farm loans\n\nThe dairy stopped paying the Farm Relief Credit Fund (FRCF) in March.\n",
        "Dairy case\n\nThe owner got a loan from the Farm Relief Credit Fund (FRCF) last spring.\n",
    );
    assert!(entity_conflicts(&c).is_empty(), "{:?}", entity_conflicts(&c));
}

#[test]
fn a_long_body_name_with_words_left_out_is_a_name_conflict() {
    let c = run(
        "Verdict\n\nThe leader of the Reformed Church of Mount Carmel of Holy Latter Saints was \
         convicted on Tuesday.\n",
        "Verdict\n\nMembers of the Reformed Church of the Holy Latter Saints wept in court on Tuesday.\n",
    );
    let found = entity_conflicts(&c);
    assert!(found.iter().any(|d| d.contains("Mount Carmel") && d.contains(" vs ")), "{found:?}");
}

#[test]
fn a_lone_surname_one_letter_off_is_the_person_misspelt() {
    let c = run(
        "Creamery\n\n“We will stop payments,” said Karen Olson, the dairy's chief executive. \
         Olson met the board in May.\n",
        "Blog\n\nThe dairy's chief executive Karen Olson was indicted. It seems that Olsen has every reason \
         to cooperate with prosecutors.\n",
    );
    let found = entity_conflicts(&c);
    assert!(found.iter().any(|d| d == "Olsen vs Olson"), "{found:?}");
}

#[test]
fn different_people_with_one_surname_stay_apart() {
    let c = run(
        "Race\n\nAnne Hale won the race, and her brother Mark Hale finished third.\n",
        "Race\n\nAnne Hale won on Sunday. Her brother Mark Hale was third.\n",
    );
    assert!(entity_conflicts(&c).is_empty(), "{:?}", entity_conflicts(&c));
}

#[test]
fn a_nickname_spelt_two_ways_is_a_name_conflict() {
    let c = run(
        "Arrest\n\nThe suspect, known by the street moniker of Vexo, was held on Friday.\n",
        "Arrest\n\nPolice said he is a gang member known by the nickname “Vexi.”\n",
    );
    let found = entity_conflicts(&c);
    assert!(found.iter().any(|d| d == "Vexo vs Vexi" || d == "Vexi vs Vexo"), "{found:?}");
}

#[test]
fn a_given_name_told_as_a_diminutive_or_birth_name_is_compared() {
    let c = run(
        "Boss\n\nHis mother called him “Tonzo,” short for “Lorenzo,” as a boy.\n",
        "Boss\n\nBorn Lorenza, he was called “Tonzo” by his mother.\n",
    );
    let found = entity_conflicts(&c);
    assert!(found.iter().any(|d| d == "Lorenzo vs Lorenza" || d == "Lorenza vs Lorenzo"), "{found:?}");
}

#[test]
fn a_title_after_the_name_is_compared_with_the_title_before_it() {
    let c = run(
        "Patch\n\n“Install the update now,” said Quarrylab security communications head Tom Reyes.\n",
        "Patch\n\n“We know of few attacks,” said Tom Reyes, Quarrylab security communications lead, \
         in a statement.\n",
    );
    let found = entity_conflicts(&c);
    assert!(found.iter().any(|d| d.contains("head") && d.contains("lead")), "{found:?}");
    // A synonym of the same office is not a conflict.
    let c = run(
        "Patch\n\n“Install the update now,” said Quarrylab security chief Tom Reyes.\n",
        "Patch\n\n“We know of few attacks,” said Tom Reyes, Quarrylab security head, in a statement.\n",
    );
    assert!(entity_conflicts(&c).is_empty(), "{:?}", entity_conflicts(&c));
}
