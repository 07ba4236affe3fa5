//! Names across articles: each person, organisation and place, how every article spells
//! and titles it, and where they disagree.

use super::names::Parts;
use super::orgnames::{acronym_at, content_words, shortened};
use super::text::levenshtein;
use super::{EntityGroup, EntityMention, Loaded, UnionFind};
use crate::analyze::EntityKind;
use crate::analyze::lexicon as lx;
use std::collections::{BTreeMap, BTreeSet};

/// One mention of a name, with what the grouping works out for it.
pub(super) struct Item {
    pub(super) article: usize,
    pub(super) mention: usize,
    pub(super) kind: EntityKind,
    /// Words of the fullest name, lower-case, without initials and suffixes.
    pub(super) name_words: Vec<String>,
    key: String,
    /// The acronym this mention spells out in its article ("… Loan Fund (ARLF)").
    acronym: Option<String>,
}

/// Groups every mention of every article into people, bodies and places, each with how
/// the articles name and title it and where they disagree.
pub fn group_entities(docs: &[Loaded]) -> Vec<EntityGroup> {
    let mut items = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        for (m, mention) in d.analysis.mentions.iter().enumerate() {
            let name_words = name_words(&mention.name);
            if name_words.is_empty() {
                continue;
            }
            let key = name_words.join(" ");
            let acronym = is_body(mention.kind)
                .then(|| acronym_at(&d.article.text, mention.start, mention.end, &mention.text))
                .flatten();
            items.push(Item { article: a, mention: m, kind: mention.kind, name_words, key, acronym });
        }
    }
    person_keys(docs, &mut items);
    // One node per distinct (kind, key); misspelt surnames join the right person.
    let mut keys: Vec<(EntityKind, String)> =
        items.iter().map(|i| (i.kind, i.key.clone())).collect::<BTreeSet<_>>().into_iter().collect();
    keys.dedup();
    let index: BTreeMap<(EntityKind, String), usize> = keys.iter().cloned().enumerate().map(|(i, k)| (k, i)).collect();
    let mut uf = UnionFind::new(keys.len());
    // The first names each person key is written with, gathered once.
    let mut firsts: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in items.iter().filter(|i| i.kind == EntityKind::Person && i.name_words.len() > 1) {
        firsts.entry(i.key.as_str()).or_default().insert(i.name_words[0].as_str());
    }
    // Misspellings share a first letter and differ in length by at most two: compare only
    // within such buckets, not every name with every other.
    let mut buckets: BTreeMap<(char, usize), Vec<usize>> = BTreeMap::new();
    for (x, (kind, key)) in keys.iter().enumerate() {
        if *kind == EntityKind::Person
            && let Some(c) = key.chars().next()
        {
            buckets.entry((c, surname_part(key).chars().count())).or_default().push(x);
        }
    }
    for (&(c, len), xs) in &buckets {
        for dl in 0..=2 {
            let Some(ys) = buckets.get(&(c, len + dl)) else { continue };
            for &x in xs {
                for &y in ys {
                    if (dl == 0 && y <= x) || !near_surname(surname_part(&keys[x].1), surname_part(&keys[y].1)) {
                        continue;
                    }
                    // Only people who share a first name are taken to be one misspelt person.
                    let (fx, fy) = (firsts.get(keys[x].1.as_str()), firsts.get(keys[y].1.as_str()));
                    let one_letter = || {
                        let (a, b) = (surname_part(&keys[x].1), surname_part(&keys[y].1));
                        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                        levenshtein(&ca, &cb) == 1 && !(a.starts_with(b) || b.starts_with(a))
                    };
                    let joined = match (fx, fy) {
                        // One first name, or one first name misspelt too ("Sarah Danils" /
                        // "Sara Danius"): two near names twice over are one person.
                        (Some(fx), Some(fy)) => fx.iter().any(|a| fy.iter().any(|b| a == b || near_given(a, b))),
                        // Two names no article gives a first name for ("Sepe", "Sepy"): one
                        // letter apart, and neither a plural of the other, is one name misspelt.
                        (None, None) => one_letter(),
                        _ => false,
                    };
                    if joined {
                        uf.union(x, y);
                    }
                }
            }
        }
    }
    join_body_names(&items, &keys, &index, &mut uf);
    join_misspelt_places(&keys, &mut uf);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, item) in items.iter().enumerate() {
        let root = uf.find(index[&(item.kind, item.key.clone())]);
        groups.entry(root).or_default().push(n);
    }
    let mut out: Vec<EntityGroup> = groups.into_values().map(|members| build(docs, &items, members)).collect();
    out.sort_by(|a, b| {
        b.conflict.cmp(&a.conflict).then(b.mentions.len().cmp(&a.mentions.len())).then(a.name.cmp(&b.name))
    });
    out
}

fn build(docs: &[Loaded], items: &[Item], members: Vec<usize>) -> EntityGroup {
    let mention = |i: &Item| &docs[i.article].analysis.mentions[i.mention];
    // The fullest name any article gives, the most common among equals.
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for &m in &members {
        *counts.entry(mention(&items[m]).name.clone()).or_default() += 1;
    }
    let name = counts
        .iter()
        .max_by(|a, b| {
            a.0.split_whitespace().count().cmp(&b.0.split_whitespace().count()).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))
        })
        .map(|e| e.0.clone())
        .unwrap_or_default();
    let kind = items[members[0]].kind;
    let mut conflicts = Vec::new();
    let articles: BTreeSet<usize> = members.iter().map(|&m| items[m].article).collect();
    if articles.len() > 1 {
        conflicts = super::name_conflicts::of_group(docs, items, &members, kind);
    }
    let mut mentions: Vec<EntityMention> =
        members.iter().map(|&m| EntityMention { article: items[m].article, mention: items[m].mention }).collect();
    mentions.sort_by_key(|m| (m.article, m.mention));
    EntityGroup { name, kind, conflict: !conflicts.is_empty(), mentions, conflicts }
}

/// Organisations and unnamed kinds of things: the names `join_body_names` may join.
pub(super) fn is_body(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Organization | EntityKind::Other)
}

/// Joins the names of one body written two ways: the same acronym spelt out differently, or a
/// long name and the same name with words left out. Compares only names that share their
/// first and last meaning word, not every name with every other.
fn join_body_names(
    items: &[Item],
    keys: &[(EntityKind, String)],
    index: &BTreeMap<(EntityKind, String), usize>,
    uf: &mut UnionFind,
) {
    let mut by_acronym: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for item in items {
        if let Some(acr) = &item.acronym {
            by_acronym.entry(acr.as_str()).or_default().push(index[&(item.kind, item.key.clone())]);
        }
    }
    for xs in by_acronym.values() {
        for &x in &xs[1..] {
            uf.union(xs[0], x);
        }
    }
    // (first word, last word) → the names that start and end so, with their words.
    type Ends = BTreeMap<(String, String), Vec<(usize, Vec<String>)>>;
    let mut ends: Ends = BTreeMap::new();
    for (x, (kind, key)) in keys.iter().enumerate() {
        let words = content_words(key);
        if is_body(*kind) && words.len() >= 4 {
            ends.entry((words[0].clone(), words[words.len() - 1].clone())).or_default().push((x, words));
        }
    }
    for names in ends.values() {
        for (i, (x, wx)) in names.iter().enumerate() {
            for (y, wy) in &names[i + 1..] {
                if shortened(wx, wy) {
                    uf.union(*x, *y);
                }
            }
        }
    }
}

/// Letters a place's word needs before one letter more or less is taken for a misspelling
/// ("Sheremetevo" / "Sheremetyevo"), not another place ("Iran" / "Iraq").
const PLACE_WORD_LETTERS: usize = 7;

/// Joins the names of one place written two ways: the same words but one, and that one a
/// letter apart ("Sheremetevo Airport" / "Sheremetyevo Airport"). Places are gathered by
/// their word count and first letter, not compared every one with every other.
fn join_misspelt_places(keys: &[(EntityKind, String)], uf: &mut UnionFind) {
    // (word count, first letter) → the places so written, with their words.
    type Buckets<'a> = BTreeMap<(usize, char), Vec<(usize, Vec<&'a str>)>>;
    let mut buckets: Buckets = BTreeMap::new();
    for (x, (kind, key)) in keys.iter().enumerate() {
        if *kind == EntityKind::Place
            && let Some(c) = key.chars().next()
        {
            let words: Vec<&str> = key.split(' ').collect();
            buckets.entry((words.len(), c)).or_default().push((x, words));
        }
    }
    let misspelt = |a: &str, b: &str| {
        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        // "Terminal 2" / "Terminal 3", "FFF-255" / "FFF-256": figures number places apart.
        let letters = |w: &[char]| w.iter().all(|c| !c.is_ascii_digit());
        ca.len().min(cb.len()) >= PLACE_WORD_LETTERS
            && letters(&ca)
            && letters(&cb)
            && ca[0] == cb[0]
            && !a.starts_with(b)
            && !b.starts_with(a)
            && levenshtein(&ca, &cb) == 1
    };
    for names in buckets.values() {
        for (i, (x, wx)) in names.iter().enumerate() {
            for (y, wy) in &names[i + 1..] {
                let differ: Vec<usize> = (0..wx.len()).filter(|&k| wx[k] != wy[k]).collect();
                if let [k] = differ[..]
                    && misspelt(wx[k], wy[k])
                {
                    uf.union(*x, *y);
                }
            }
        }
    }
}

/// The surname a person key starts with (keys are "surname" or "surname\u{1}given").
fn surname_part(key: &str) -> &str {
    key.split('\u{1}').next().unwrap_or(key)
}

/// Gives every person item its key: the surname, then which of the people with that surname
/// it is. Full names with that surname are one person when their given names can be one
/// ("J. Smith" / "John Smith", "Bill" / "William"), unless an article names both with
/// different given names (then they are two people: "Anne Hale" and "Mark Hale"). A bare
/// surname joins the person with that surname whom the articles name most.
fn person_keys(docs: &[Loaded], items: &mut [Item]) {
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut parts: Vec<Option<Parts>> = vec![None; items.len()];
    // One parse per distinct name: a person is mentioned many times under few names.
    let mut parsed: BTreeMap<&str, Parts> = BTreeMap::new();
    for (n, item) in items.iter().enumerate() {
        if item.kind != EntityKind::Person {
            continue;
        }
        let name = docs[item.article].analysis.mentions[item.mention].name.as_str();
        let p = parsed.entry(name).or_insert_with(|| Parts::parse(name)).clone();
        if p.surname.is_empty() {
            continue;
        }
        by_surname.entry(p.surname.clone()).or_default().push(n);
        parts[n] = Some(p);
    }
    for (surname, members) in by_surname {
        // Distinct written forms with a given name or an initial, and the articles of each.
        let mut forms: BTreeMap<String, (Parts, BTreeSet<usize>, usize)> = BTreeMap::new();
        for &n in &members {
            let Some(p) = &parts[n] else { continue };
            if p.given.is_none() && p.initial.is_none() {
                continue;
            }
            let name = docs[items[n].article].analysis.mentions[items[n].mention].name.to_lowercase();
            let e = forms.entry(name).or_insert_with(|| (p.clone(), BTreeSet::new(), 0));
            e.1.insert(items[n].article);
            e.2 += 1;
        }
        let names: Vec<&String> = forms.keys().collect();
        let mut uf = UnionFind::new(names.len());
        for x in 0..names.len() {
            for y in x + 1..names.len() {
                let (px, ax, _) = &forms[names[x]];
                let (py, ay, _) = &forms[names[y]];
                let together = ax.intersection(ay).next().is_some();
                if px.compatible(py) && !(together && px.given_conflict(py).is_some()) {
                    uf.union(x, y);
                }
            }
        }
        // Each person's key: the surname and the given name of its most named form.
        let mut count: BTreeMap<usize, usize> = BTreeMap::new();
        for (x, name) in names.iter().enumerate() {
            *count.entry(uf.find(x)).or_default() += forms[*name].2;
        }
        let top = count.iter().max_by_key(|(_, c)| **c).map(|(r, _)| *r);
        let key_of = |root: usize| -> String {
            if Some(root) == top { surname.clone() } else { format!("{surname}\u{1}{}", names[root]) }
        };
        for &n in &members {
            let name = docs[items[n].article].analysis.mentions[items[n].mention].name.to_lowercase();
            items[n].key = match names.iter().position(|f| **f == name) {
                Some(x) => key_of(uf.find(x)),
                None => surname.clone(),
            };
        }
    }
}

pub(crate) fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| w.chars().count() > 1 && !lx::is_name_suffix(w))
        .collect()
}

pub(crate) fn original_word(name: &str, lower: &str) -> String {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.to_lowercase() == lower)
        .unwrap_or(lower)
        .to_string()
}

/// Two spellings of one name: a small edit apart, long enough that it is not chance.
pub(crate) fn near_surname(a: &str, b: &str) -> bool {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = ca.len().min(cb.len());
    if a == b || shorter < 4 || ca[0] != cb[0] {
        return false;
    }
    // "Super Bowls" / "Super Bowl": a plural is the same word, not another spelling.
    let plural = |x: &str, y: &str| x.strip_suffix('s').is_some_and(|r| r == y || r.strip_suffix('e') == Some(y));
    if plural(a, b) || plural(b, a) {
        return false;
    }
    let d = levenshtein(&ca, &cb);
    d == 1 || (d == 2 && shorter >= 6) || (d == 2 && is_transposition(&ca, &cb))
}

/// Two spellings of one first name: one letter apart ("Sara" / "Sarah", "Jon" / "John"),
/// same first letter, neither an initial.
fn near_given(a: &str, b: &str) -> bool {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    ca.len().min(cb.len()) >= 3 && ca[0] == cb[0] && levenshtein(&ca, &cb) == 1
}

fn is_transposition(a: &[char], b: &[char]) -> bool {
    a.len() == b.len() && {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_surnames() {
        assert!(near_surname("hegseth", "hegeth"));
        assert!(near_surname("michael", "micheal"));
        assert!(!near_surname("smith", "smyth_x"));
        assert!(!near_surname("lee", "leo"));
        assert!(!near_surname("bowls", "bowl"));
        assert!(!near_surname("churches", "church"));
    }

    #[test]
    fn a_name_misspelt_in_both_parts_is_one_person_spelt_two_ways() {
        let docs = [
            Loaded::pasted("a", "Prize\n\nSarah Danils, permanent secretary of the academy, said the choice was easy."),
            Loaded::pasted(
                "b",
                "Prize\n\nSara Danius, the academy's permanent secretary, said she hoped for little criticism.",
            ),
            Loaded::pasted("c", "Prize\n\nThe academy's secretary, Sara Danius, announced the prize in Stockholm."),
        ];
        let groups = group_entities(&docs);
        let person = groups.iter().find(|g| g.name.contains("Dani")).expect("the secretary");
        let details: Vec<&str> = person.conflicts.iter().map(|c| c.detail.as_str()).collect();
        assert!(details.contains(&"Danius vs Danils"), "{details:?}");
        assert_eq!(groups.iter().filter(|g| g.name.contains("Dani")).count(), 1);
        // First names a letter apart are one spelt two ways; more than a letter, two names.
        assert!(near_given("sara", "sarah") && near_given("jon", "john"));
        assert!(!near_given("jo", "joe") && !near_given("sarah", "susan"));
    }

    #[test]
    fn a_place_misspelt_in_one_word_is_one_place() {
        let place = |k: &str| (EntityKind::Place, k.to_string());
        let keys = [
            place("sheremetevo airport"),
            place("sheremetyevo airport"),
            place("iran"),
            place("iraq"),
            place("pukhrayan"),
            place("pukharayan"),
            place("new hampshire"),
            place("new hampshires"),
            place("west bengal"),
            place("east bengal"),
            place("route-255"),
            place("route-256"),
        ];
        let mut uf = UnionFind::new(keys.len());
        join_misspelt_places(&keys, &mut uf);
        let mut same = |x: usize, y: usize| uf.find(x) == uf.find(y);
        assert!(same(0, 1));
        assert!(same(4, 5));
        // Short names one letter apart are two places; so are a word and its plural, and two
        // names that differ in a whole word.
        assert!(!same(2, 3));
        assert!(!same(6, 7));
        assert!(!same(8, 9));
        assert!(!same(10, 11));
    }
}
