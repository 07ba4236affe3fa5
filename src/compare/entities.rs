//! Names across articles: each person, organisation and place, how every article spells
//! and titles it, and where they disagree.

use super::names::Parts;
use super::orgnames::{acronym_at, content_words, shortened};
use super::text::levenshtein;
use super::{ConflictKind, EntityConflict, EntityGroup, EntityMention, Loaded, UnionFind};
use crate::analyze::EntityKind;
use crate::analyze::lexicon as lx;
use std::collections::{BTreeMap, BTreeSet};

struct Item {
    article: usize,
    mention: usize,
    kind: EntityKind,
    /// Words of the fullest name, lower-case, without initials and suffixes.
    name_words: Vec<String>,
    key: String,
    /// The acronym this mention spells out in its article ("… Loan Fund (ARLF)").
    acronym: Option<String>,
}

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
                        (Some(fx), Some(fy)) => fx.intersection(fy).next().is_some(),
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
        // Spelling: words of the names that are near but not equal, across articles. Each
        // distinct way of writing the name is compared once, not each pair of mentions.
        let mut forms: BTreeMap<&[String], (BTreeSet<usize>, &str)> = BTreeMap::new();
        for &m in &members {
            let e = forms
                .entry(items[m].name_words.as_slice())
                .or_insert_with(|| (BTreeSet::new(), &mention(&items[m]).name));
            e.0.insert(items[m].article);
        }
        let forms: Vec<_> = forms.into_iter().collect();
        let mut spellings: BTreeSet<(String, String)> = BTreeSet::new();
        for (x, (wx_list, (ax, name_x))) in forms.iter().enumerate() {
            for (wy_list, (ay, name_y)) in &forms[x + 1..] {
                // Only a difference between two articles is a disagreement.
                if ax.len() == 1 && ax == ay {
                    continue;
                }
                for wx in wx_list.iter() {
                    for wy in wy_list.iter() {
                        if wx != wy && near_surname(wx, wy) && !wx_list.contains(wy) && !wy_list.contains(wx) {
                            spellings.insert((original_word(name_x, wx), original_word(name_y, wy)));
                        }
                    }
                }
            }
        }
        // An article that wrote the name wrong where it mentions it alone ("Olsen" for its own
        // "Karen Olson"): the word as written against the names the other articles give.
        for &m in &members {
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
        // A changed given name of one person ("Bill vs William", "Giannis vs Yiannis").
        if kind == EntityKind::Person {
            let parts: Vec<Parts> = forms.iter().map(|(_, (_, name))| Parts::parse(name)).collect();
            for (x, (_, (ax, name_x))) in forms.iter().enumerate() {
                for (y, (_, (ay, name_y))) in forms.iter().enumerate().skip(x + 1) {
                    if ax.len() == 1 && ax == ay {
                        continue;
                    }
                    let (px, py) = (&parts[x], &parts[y]);
                    if let Some((a, b)) = px.given_conflict(py) {
                        spellings.insert((original_word(name_x, a), original_word(name_y, b)));
                    }
                }
            }
        }
        // One body named two ways (joined by `join_body_names`): the names themselves differ.
        if is_body(kind) {
            let words: Vec<Vec<String>> = forms.iter().map(|(_, (_, name))| content_words(name)).collect();
            // Forms that differ only in a hyphen or in case are one way of writing the name.
            let mut said: BTreeSet<(&[String], &[String])> = BTreeSet::new();
            for (x, (_, (ax, name_x))) in forms.iter().enumerate() {
                for (y, (_, (ay, name_y))) in forms.iter().enumerate().skip(x + 1) {
                    if !(ax.len() == 1 && ax == ay)
                        && words[x] != words[y]
                        && said.insert((words[x].as_slice(), words[y].as_slice()))
                        && said.insert((words[y].as_slice(), words[x].as_slice()))
                    {
                        spellings.insert((name_x.to_string(), name_y.to_string()));
                    }
                }
            }
        }
        for (a, b) in spellings {
            conflicts.push(EntityConflict { kind: ConflictKind::Name, detail: format!("{a} vs {b}") });
        }
        // Titles: each article's set of titles, compared across articles; articles that
        // give the same set need no comparing with each other.
        let mut titles: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        for &m in &members {
            if let Some(t) = &mention(&items[m]).title {
                titles.entry(items[m].article).or_default().insert(t.clone());
            }
        }
        let distinct: BTreeSet<Vec<String>> = titles.into_values().map(|t| t.into_iter().collect()).collect();
        let distinct: Vec<Vec<String>> = distinct.into_iter().collect();
        let mut seen = BTreeSet::new();
        for (x, tx) in distinct.iter().enumerate() {
            for ty in &distinct[x + 1..] {
                // Articles that give one another's title somewhere do not disagree.
                if tx.iter().any(|a| ty.iter().any(|b| !titles_conflict(a, b))) {
                    continue;
                }
                if let (Some(a), Some(b)) = (tx.first(), ty.first())
                    && seen.insert((a.clone(), b.clone()))
                {
                    conflicts.push(EntityConflict { kind: ConflictKind::Title, detail: format!("{a} vs {b}") });
                }
            }
        }
    }
    let mut mentions: Vec<EntityMention> =
        members.iter().map(|&m| EntityMention { article: items[m].article, mention: items[m].mention }).collect();
    mentions.sort_by_key(|m| (m.article, m.mention));
    EntityGroup { name, kind, conflict: !conflicts.is_empty(), mentions, conflicts }
}

/// Organisations and unnamed kinds of things: the names `join_body_names` may join.
fn is_body(kind: EntityKind) -> bool {
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
    // (first word, last word) → the names that begin and end so, with their words.
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
    let d = levenshtein(&ca, &cb);
    d == 1 || (d == 2 && shorter >= 6) || (d == 2 && is_transposition(&ca, &cb))
}

fn is_transposition(a: &[char], b: &[char]) -> bool {
    a.len() == b.len() && {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
    }
}

/// Head nouns that name one office: "IMF chief" and "IMF head" are one title.
fn same_office(head: &str) -> &str {
    match head {
        "chief" | "head" | "leader" | "boss" | "chairman" | "chairwoman" | "chair" => "head",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "lawyer" | "attorney" => "lawyer",
        "adviser" | "advisor" => "adviser",
        other => other,
    }
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
    if mods(&wa) != mods(&wb) {
        return true;
    }
    let heads = |w: &[String]| -> BTreeSet<String> { w.iter().filter(|x| lx::is_title_head(x)).cloned().collect() };
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
    let mut entity_of: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
    for (e, ent) in entities.iter().enumerate() {
        for m in &ent.mentions {
            entity_of.insert((m.article, m.mention), e);
        }
    }
    // Mentions of people inside a claim, found by binary search (mentions are in text order).
    let mentions_in = |article: usize, start: usize, end: usize| -> Vec<usize> {
        let ms = &docs[article].analysis.mentions;
        let first = ms.partition_point(|m| m.start < start);
        (first..ms.len()).take_while(|&i| ms[i].start < end).filter(|&i| ms[i].kind == EntityKind::Person).collect()
    };
    for group in groups.iter_mut().filter(|g| g.members.len() > 1) {
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
                for &mx in &found[x] {
                    for &my in &found[y] {
                        let (ex, ey) = (entity_of.get(&(ax, mx)), entity_of.get(&(ay, my)));
                        if ex.is_none() || ex != ey {
                            continue;
                        }
                        let (a, b) = (&docs[ax].analysis.mentions[mx], &docs[ay].analysis.mentions[my]);
                        let (wa, wb) = (name_words(&a.name), name_words(&b.name));
                        for p in &wa {
                            for q in &wb {
                                if p != q && near_surname(p, q) && !wa.contains(q) && !wb.contains(p) {
                                    let detail =
                                        format!("{} vs {}", original_word(&a.name, p), original_word(&b.name, q));
                                    added.push(Conflict {
                                        kind: ConflictKind::Name,
                                        members: (x, y),
                                        detail,
                                        confidence: 0.9,
                                    });
                                }
                            }
                        }
                        // One person's given name changed ("Bill" / "William", "Giannis" / "Yiannis").
                        if a.kind == EntityKind::Person
                            && let Some((ga, gb)) = Parts::parse(&a.name).given_conflict(&Parts::parse(&b.name))
                        {
                            added.push(Conflict {
                                kind: ConflictKind::Name,
                                members: (x, y),
                                detail: format!("{} vs {}", original_word(&a.name, ga), original_word(&b.name, gb)),
                                confidence: 0.85,
                            });
                        }
                        if let (Some(ta), Some(tb)) = (&a.title, &b.title)
                            && titles_conflict(ta, tb)
                        {
                            added.push(Conflict {
                                kind: ConflictKind::Title,
                                members: (x, y),
                                detail: format!("{ta} vs {tb}"),
                                confidence: 0.8,
                            });
                        }
                    }
                }
            }
        }
        added.dedup_by(|a, b| a.kind == b.kind && a.detail == b.detail && a.members == b.members);
        if !added.is_empty() {
            group.conflicts.extend(added);
            group.status = ClaimStatus::Conflict;
        }
    }
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
    }

    #[test]
    fn misspelt_surnames() {
        assert!(near_surname("hegseth", "hegeth"));
        assert!(near_surname("michael", "micheal"));
        assert!(!near_surname("smith", "smyth_x"));
        assert!(!near_surname("lee", "leo"));
    }
}
