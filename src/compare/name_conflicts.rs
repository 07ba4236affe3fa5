//! Where the articles disagree about a name: the same person or body spelt, named or titled
//! differently across articles, on the entity and on the claims that mention it.

use super::entities::{Item, is_body, name_words, near_surname, original_word};
use super::names::Parts;
use super::orgnames::content_words;
use super::{ConflictKind, EntityConflict, EntityGroup, Loaded};
use crate::analyze::EntityKind;
use crate::analyze::lexicon as lx;
use std::collections::{BTreeMap, BTreeSet};

/// Each distinct way the group writes the name (its words), with the articles that write it
/// so and the name as written.
type Forms<'a> = Vec<(&'a [String], (BTreeSet<usize>, &'a str))>;

/// The name and title conflicts of one entity group found in more than one article.
pub(super) fn of_group(docs: &[Loaded], items: &[Item], members: &[usize], kind: EntityKind) -> Vec<EntityConflict> {
    let mention = |i: &Item| &docs[i.article].analysis.mentions[i.mention];
    // Each distinct way of writing the name is compared once, not each pair of mentions.
    let mut by_words: BTreeMap<&[String], (BTreeSet<usize>, &str)> = BTreeMap::new();
    for &m in members {
        let e = by_words
            .entry(items[m].name_words.as_slice())
            .or_insert_with(|| (BTreeSet::new(), &mention(&items[m]).name));
        e.0.insert(items[m].article);
    }
    let forms: Forms = by_words.into_iter().collect();
    let mut spellings = spelling(&forms);
    // An article that wrote the name wrong where it mentions it alone ("Olsen" for its own
    // "Karen Olson"): the word as written against the names the other articles give.
    for &m in members {
        let written = &mention(&items[m]).text;
        let [odd]: [String; 1] = name_words(written).try_into().unwrap_or_default();
        if odd.is_empty() || items[m].name_words.contains(&odd) {
            continue;
        }
        for (wy_list, (ay, name_y)) in &forms {
            if ay.iter().any(|&a| a != items[m].article) {
                for wy in wy_list.iter().filter(|wy| near_surname(&odd, wy)) {
                    spellings.insert((original_word(written, &odd), original_word(name_y, wy)));
                }
            }
        }
    }
    if kind == EntityKind::Person {
        spellings.extend(given_names(&forms));
    }
    if is_body(kind) {
        spellings.extend(body_names(&forms));
    }
    let mut conflicts: Vec<EntityConflict> = spellings
        .into_iter()
        .map(|(a, b)| EntityConflict { kind: ConflictKind::Name, detail: format!("{a} vs {b}") })
        .collect();
    // Titles: each article's set of titles, compared across articles.
    let mut titles: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for &m in members {
        // "Ms. Holmes": a courtesy title says nothing of an office.
        if let Some(t) = &mention(&items[m]).title
            && !is_courtesy(t)
        {
            titles.entry(items[m].article).or_default().insert(t.clone());
        }
    }
    conflicts.extend(title_conflicts(titles));
    conflicts
}

/// A title that is only a form of address: "Ms.", "Mr", "Mrs.", "Miss", "Mx".
fn is_courtesy(title: &str) -> bool {
    matches!(title.trim().trim_end_matches('.').to_lowercase().as_str(), "ms" | "mr" | "mrs" | "miss" | "mx" | "madam")
}

/// Only a difference between two articles is a disagreement: two forms one single article
/// writes both of are not compared.
fn one_article(ax: &BTreeSet<usize>, ay: &BTreeSet<usize>) -> bool {
    ax.len() == 1 && ax == ay
}

/// Words of the names that are near but not equal, across articles ("Hegseth" / "Hegeth").
fn spelling(forms: &Forms) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (x, (wx_list, (ax, name_x))) in forms.iter().enumerate() {
        for (wy_list, (ay, name_y)) in &forms[x + 1..] {
            if one_article(ax, ay) {
                continue;
            }
            for wx in wx_list.iter() {
                for wy in wy_list.iter() {
                    if wx != wy && near_surname(wx, wy) && !wx_list.contains(wy) && !wy_list.contains(wx) {
                        out.insert((original_word(name_x, wx), original_word(name_y, wy)));
                    }
                }
            }
        }
    }
    out
}

/// A changed given name of one person ("Bill vs William", "Giannis vs Yiannis").
fn given_names(forms: &Forms) -> BTreeSet<(String, String)> {
    let parts: Vec<Parts> = forms.iter().map(|(_, (_, name))| Parts::parse(name)).collect();
    let fuller = fuller_forms(forms.iter().map(|(_, (_, name))| *name));
    // The articles that write each given name: one article that writes both ("born David
    // Robert Jones" … "confused with The Monkees singer Davy Jones") tells of two people.
    let mut writers: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (p, (_, (articles, _))) in parts.iter().zip(forms) {
        if let Some(g) = &p.given {
            writers.entry(g.as_str()).or_default().extend(articles.iter().copied());
        }
    }
    let both_in_one = |a: &str, b: &str| match (writers.get(a), writers.get(b)) {
        (Some(x), Some(y)) => !x.is_disjoint(y),
        _ => false,
    };
    let mut out = BTreeSet::new();
    for (x, (_, (ax, name_x))) in forms.iter().enumerate() {
        for (y, (_, (ay, name_y))) in forms.iter().enumerate().skip(x + 1) {
            if !one_article(ax, ay)
                && let Some((a, b)) = parts[x].given_conflict(&parts[y])
                && !explained(a, b, &fuller)
                && !both_in_one(a, b)
            {
                out.insert((original_word(name_x, a), original_word(name_y, b)));
            }
        }
    }
    out
}

/// The words of each name written with two or more given names ("Alexander Dale Oen"),
/// lowercase: such a form explains shorter ones that keep either ("Alexander Oen", "Dale
/// Oen").
fn fuller_forms<'a>(names: impl Iterator<Item = &'a str>) -> Vec<Vec<String>> {
    names
        .map(|n| {
            n.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .filter(|w| !w.is_empty())
                .collect::<Vec<String>>()
        })
        .filter(|ws| ws.len() >= 3)
        .collect()
}

/// Two given names that one fuller form of the name holds both of.
fn explained(a: &str, b: &str, fuller: &[Vec<String>]) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    fuller.iter().any(|ws| ws[..ws.len() - 1].contains(&a) && ws[..ws.len() - 1].contains(&b))
}

/// One body named two ways (joined by `join_body_names`): the names themselves differ. Forms
/// that differ only in a hyphen or in case are one way of writing the name.
fn body_names(forms: &Forms) -> BTreeSet<(String, String)> {
    let words: Vec<Vec<String>> = forms.iter().map(|(_, (_, name))| content_words(name)).collect();
    let mut said: BTreeSet<(&[String], &[String])> = BTreeSet::new();
    let mut out = BTreeSet::new();
    for (x, (_, (ax, name_x))) in forms.iter().enumerate() {
        for (y, (_, (ay, name_y))) in forms.iter().enumerate().skip(x + 1) {
            if !one_article(ax, ay)
                && words[x] != words[y]
                && said.insert((words[x].as_slice(), words[y].as_slice()))
                && said.insert((words[y].as_slice(), words[x].as_slice()))
            {
                out.insert((name_x.to_string(), name_y.to_string()));
            }
        }
    }
    out
}

/// Each article's set of titles, compared across articles; articles that give the same set
/// need no comparing, and articles that give one another's title somewhere do not disagree.
fn title_conflicts(titles: BTreeMap<usize, BTreeSet<String>>) -> Vec<EntityConflict> {
    let distinct: BTreeSet<Vec<String>> = titles.into_values().map(|t| t.into_iter().collect()).collect();
    let distinct: Vec<Vec<String>> = distinct.into_iter().collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (x, tx) in distinct.iter().enumerate() {
        for ty in &distinct[x + 1..] {
            if tx.iter().any(|a| ty.iter().any(|b| !titles_conflict(a, b))) {
                continue;
            }
            if let (Some(a), Some(b)) = (tx.first(), ty.first())
                && seen.insert((a.clone(), b.clone()))
            {
                out.push(EntityConflict { kind: ConflictKind::Title, detail: format!("{a} vs {b}") });
            }
        }
    }
    out
}

/// Head nouns that name one office: "IMF chief" and "IMF head" are one title.
/// (The news words that name one thing, such as "lawyer" / "attorney", are one office too.)
fn same_office(head: &str) -> &str {
    match head {
        "chief" | "head" | "leader" | "boss" | "chairman" | "chairwoman" | "chair" | "ceo" => "head",
        "premier" => "minister",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "adviser" | "advisor" => "adviser",
        other => super::synonyms::fold(other).unwrap_or(other),
    }
}

/// Words that say when an office was held ("former", "outgoing"), not which office it is
/// ("vice", "deputy").
fn is_time_changer(w: &str) -> bool {
    matches!(w, "former" | "ex" | "late" | "outgoing" | "acting" | "interim")
}

/// Two titles of one person disagree when one adds a word like "former" or "vice", or
/// their head nouns differ ("Secretary of State" / "Vice President").
pub fn titles_conflict(a: &str, b: &str) -> bool {
    let norm = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_lowercase())
            .filter(|w| !w.is_empty() && !lx::is_country_qualifier(w))
            .collect()
    };
    let (wa, wb) = (norm(a), norm(b));
    if wa == wb {
        return false;
    }
    let mods = |w: &[String]| -> BTreeSet<String> { w.iter().filter(|x| lx::is_title_changer(x)).cloned().collect() };
    let (ma, mb) = (mods(&wa), mods(&wb));
    if ma != mb {
        // "former CEO" against "chairman": having left one office says nothing against
        // holding another; only the same office told as held and as left disagrees.
        let raw_heads = |w: &[String]| -> BTreeSet<String> {
            w.iter().filter(|x| lx::is_title_head(x) || lx::is_lower_title_head(x)).cloned().collect()
        };
        let (ra, rb) = (raw_heads(&wa), raw_heads(&wb));
        let in_time_only = ma.symmetric_difference(&mb).all(|m| is_time_changer(m));
        let two_offices = in_time_only && !ra.is_empty() && !rb.is_empty() && ra.is_disjoint(&rb);
        return !two_offices;
    }
    // Head nouns that name one office ("spokesman" / "spokesperson") are one head.
    let heads = |w: &[String]| -> BTreeSet<String> {
        w.iter().filter(|x| lx::is_title_head(x)).map(|x| same_office(x).to_string()).collect()
    };
    let (ha, hb) = (heads(&wa), heads(&wb));
    if !ha.is_empty() && !hb.is_empty() && ha.is_disjoint(&hb) {
        return true;
    }
    // The same office words with another head noun last: "security communications head" /
    // "security communications lead".
    let is_head = crate::analyze::lexicon::is_lower_title_head;
    match (wa.split_last(), wb.split_last()) {
        (Some((la, ra)), Some((lb, rb))) => {
            ra == rb && !ra.is_empty() && same_office(la) != same_office(lb) && is_head(la) && is_head(lb)
        }
        _ => false,
    }
}

/// Name and title disagreements between the members of each claim group: two members that
/// mention the same person (one entity group) but spell or title them differently. Added to
/// the groups' conflicts, so "President" / "Vice President" shows on the claim itself.
pub fn claim_name_conflicts(
    docs: &[Loaded],
    claims: &[super::ClaimRef],
    groups: &mut [super::ClaimGroup],
    entities: &[EntityGroup],
) {
    use super::{ClaimStatus, Conflict};
    // (article, mention) → entity group.
    let mut entity_of: rustc_hash::FxHashMap<(usize, usize), usize> = rustc_hash::FxHashMap::default();
    for (e, ent) in entities.iter().enumerate() {
        for m in &ent.mentions {
            entity_of.insert((m.article, m.mention), e);
        }
    }
    // Each entity's fuller forms (see `fuller_forms`), each written form once.
    let fuller_of: Vec<Vec<Vec<String>>> = entities
        .iter()
        .map(|ent| {
            let mut texts: Vec<&str> =
                ent.mentions.iter().map(|m| docs[m.article].analysis.mentions[m.mention].text.as_str()).collect();
            texts.sort_unstable();
            texts.dedup();
            fuller_forms(texts.into_iter())
        })
        .collect();
    // Mentions of people inside a claim.
    let mentions_in = |article: usize, start: usize, end: usize| -> Vec<usize> {
        let analysis = &docs[article].analysis;
        analysis.mentions_within(start, end).filter(|&i| analysis.mentions[i].kind == EntityKind::Person).collect()
    };
    // Each group on its own: side by side (this runs after the rest of the comparison).
    use rayon::prelude::*;
    groups.par_iter_mut().filter(|g| g.members.len() > 1).for_each(|group| {
        let found: Vec<Vec<usize>> = group
            .members
            .iter()
            .map(|&m| {
                let c = &docs[claims[m].article].analysis.claims[claims[m].claim];
                mentions_in(claims[m].article, c.start, c.end)
            })
            .collect();
        let mut added = Vec::new();
        for x in 0..group.members.len() {
            for y in x + 1..group.members.len() {
                let (ax, ay) = (claims[group.members[x]].article, claims[group.members[y]].article);
                // One article's two sentences of a claim name its people as it does.
                if ax == ay {
                    continue;
                }
                for &mx in &found[x] {
                    for &my in &found[y] {
                        let (ex, ey) = (entity_of.get(&(ax, mx)), entity_of.get(&(ay, my)));
                        let (a, b) = (&docs[ax].analysis.mentions[mx], &docs[ay].analysis.mentions[my]);
                        if ex.is_none() || ey.is_none() {
                            continue;
                        }
                        if ex != ey {
                            // Two people to the name grouping ("Sheriff Joe Olson" / "Sheriff
                            // Jim Olson"), one person to the sentence that says one thing of them
                            // with one office: the given names disagree.
                            if let Some(detail) = same_office_other_given(a, b) {
                                added.push(Conflict {
                                    kind: ConflictKind::Name,
                                    members: (x, y),
                                    detail,
                                    confidence: 0.8,
                                });
                            }
                            continue;
                        }
                        let fuller = ex.map_or(&[][..], |&e| fuller_of[e].as_slice());
                        added.extend(
                            mention_conflicts(a, b, fuller).into_iter().map(|(kind, detail, confidence)| Conflict {
                                kind,
                                members: (x, y),
                                detail,
                                confidence,
                            }),
                        );
                    }
                }
            }
        }
        added.dedup_by(|a, b| a.kind == b.kind && a.detail == b.detail && a.members == b.members);
        if !added.is_empty() {
            group.conflicts.extend(added);
            group.status = ClaimStatus::Conflict;
        }
    });
}

/// "Sheriff Joe Olson" / "Sheriff Jim Olson": one surname, one office, two given names.
fn same_office_other_given(a: &crate::analyze::Mention, b: &crate::analyze::Mention) -> Option<String> {
    let (ta, tb) = (a.title.as_deref()?, b.title.as_deref()?);
    let (pa, pb) = (Parts::parse(&a.text), Parts::parse(&b.text));
    if pa.surname.is_empty() || pa.surname != pb.surname || titles_conflict(ta, tb) {
        return None;
    }
    let (ga, gb) = pa.given_conflict(&pb)?;
    Some(format!("{} vs {}", original_word(&a.text, ga), original_word(&b.text, gb)))
}

/// How two mentions of one person in two members of a claim group disagree: a misspelt
/// word of the name, a changed given name ("Bill" / "William"), or another title, each with
/// how sure it is.
fn mention_conflicts(
    a: &crate::analyze::Mention,
    b: &crate::analyze::Mention,
    fuller: &[Vec<String>],
) -> Vec<(ConflictKind, String, f64)> {
    let mut out = Vec::new();
    // The same name with the same title: nothing can differ (and in a large group most pairs
    // of mentions are such, so the parsing below is spared).
    if a.name == b.name && a.title == b.title {
        return out;
    }
    // The names as these two sentences write them: an article that misspells a name once
    // ("Harvey Weinsten") resolves its later, rightly spelt "Weinstein" to that full name,
    // and the later sentence is no misspelling.
    let (wa, wb) = (name_words(&a.text), name_words(&b.text));
    for p in &wa {
        for q in &wb {
            if p != q && near_surname(p, q) && !wa.contains(q) && !wb.contains(p) {
                let detail = format!("{} vs {}", original_word(&a.text, p), original_word(&b.text, q));
                out.push((ConflictKind::Name, detail, 0.9));
            }
        }
    }
    if a.kind == EntityKind::Person
        && let Some((ga, gb)) = Parts::parse(&a.text).given_conflict(&Parts::parse(&b.text))
        && !explained(ga, gb, fuller)
    {
        let detail = format!("{} vs {}", original_word(&a.text, ga), original_word(&b.text, gb));
        out.push((ConflictKind::Name, detail, 0.85));
    }
    if let (Some(ta), Some(tb)) = (&a.title, &b.title)
        && titles_conflict(ta, tb)
    {
        out.push((ConflictKind::Title, format!("{ta} vs {tb}"), 0.8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_rules() {
        assert!(titles_conflict("President", "former U.S. President"));
        assert!(titles_conflict("Vice President", "Secretary of State"));
        assert!(titles_conflict("President", "Vice President"));
        assert!(!titles_conflict("U.S. Defense Secretary", "Defense Secretary"));
        assert!(!titles_conflict("Defense Secretary", "Secretary"));
        assert!(titles_conflict(
            "Harbor Labs security communications head",
            "Harbor Labs security communications lead"
        ));
        assert!(!titles_conflict("Harbor Labs security head", "Harbor Labs security head"));
        assert!(!titles_conflict("security head", "communications head"));
        assert!(!titles_conflict("Harbor Fund chief", "Harbor Fund head"));
        // One office in other words, or told with more of it.
        assert!(!titles_conflict("spokesman", "prosecution spokesperson"));
        assert!(!titles_conflict("former CEO of", "former Chief"));
        assert!(!titles_conflict("chief executive", "CEO"));
        assert!(!titles_conflict("Premier", "Prime Minister"));
        // A former office and a present one are two offices, not a disagreement.
        assert!(!titles_conflict("former CEO of Harbor Labs", "Harbor Labs chairman"));
        assert!(titles_conflict("former CEO of Harbor Labs", "Harbor Labs CEO"));
        assert!(titles_conflict("deputy director", "director"));
        assert!(is_courtesy("Ms.") && is_courtesy("Mr") && !is_courtesy("Dr."));
    }

    fn mention(text: &str, name: &str, title: Option<&str>) -> crate::analyze::Mention {
        crate::analyze::Mention {
            text: text.into(),
            name: name.into(),
            title: title.map(Into::into),
            kind: EntityKind::Person,
            start: 0,
            end: text.len(),
        }
    }

    #[test]
    fn a_name_conflicts_where_the_sentences_write_it_differently() {
        // The article misspelt the full name once; this sentence spells the surname right.
        let right = mention("Weinstein", "Harvey Weinsten", None);
        let other = mention("Weinstein", "Harvey Weinstein", None);
        assert!(mention_conflicts(&right, &other, &[]).is_empty());
        let wrong = mention("Harvey Weinsten", "Harvey Weinsten", None);
        let found = mention_conflicts(&wrong, &other, &[]);
        assert!(found.iter().any(|c| c.0 == ConflictKind::Name && c.1 == "Weinsten vs Weinstein"), "{found:?}");
    }

    #[test]
    fn two_given_names_of_one_fuller_form_do_not_conflict() {
        // "Alexander Dale Oen" written as "Alexander Oen" in one article and "Dale Oen" in
        // another: both keep a given name of the full form.
        let a = mention("Alexander Oen", "Alexander Oen", None);
        let b = mention("Dale Oen", "Dale Oen", None);
        let fuller = fuller_forms(["Alexander Dale Oen", "Dale Oen"].into_iter());
        assert!(mention_conflicts(&a, &b, &fuller).is_empty());
        // Without the fuller form they are two given names.
        assert!(mention_conflicts(&a, &b, &[]).iter().any(|c| c.1 == "Alexander vs Dale"));
    }

    #[test]
    fn an_article_that_writes_both_given_names_tells_of_two_people() {
        let words: Vec<String> = Vec::new();
        let set = |a: &[usize]| a.iter().copied().collect::<BTreeSet<usize>>();
        // Article 0 writes "David Robert Jones" and "Davy Jones" (the singer he was not);
        // article 1 writes "David Jones".
        let forms: Forms = vec![
            (&words, (set(&[0]), "David Robert Jones")),
            (&words, (set(&[0]), "Davy Jones")),
            (&words, (set(&[1]), "David Jones")),
        ];
        assert!(given_names(&forms).is_empty(), "{:?}", given_names(&forms));
        // Each article writing one form: a changed given name.
        let forms: Forms = vec![(&words, (set(&[0]), "Bill Ingaldson")), (&words, (set(&[1]), "William Ingaldson"))];
        assert_eq!(given_names(&forms).len(), 1);
    }

    #[test]
    fn one_office_two_given_names() {
        let a = mention("Joe Olson", "Joe Olson", Some("Carver County Sheriff"));
        let b = mention("Jim Olson", "Jim Olson", Some("Carver County Sheriff"));
        assert_eq!(same_office_other_given(&a, &b).as_deref(), Some("Joe vs Jim"));
        // Without an office in common, two people of one family may share a surname.
        let c = mention("Jane Olson", "Jane Olson", None);
        assert!(same_office_other_given(&a, &c).is_none());
        let d = mention("Jane Olson", "Jane Olson", Some("deputy mayor"));
        assert!(same_office_other_given(&a, &d).is_none());
    }
}
