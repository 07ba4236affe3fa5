//! The fullest name an article gives each mention ("Hegseth" → "Pete Hegseth", "Chela" →
//! "Chela Ortiz"), and the reporting verbs next to a lone name that make it a person.

use super::EntityKind;
use super::doc::Doc;
use super::entities::Ment;
use super::lexicon as lx;
use super::text::norm;
use rustc_hash::FxHashMap as HashMap;

/// Gives every mention the fullest name the article has for it: a lone surname or a
/// shorter form takes the nearest full name ending in it (earlier ones first).
pub(super) fn resolve(doc: &Doc, ments: &mut [Ment]) {
    let mut by_surname: HashMap<String, Vec<(usize, String)>> = HashMap::default();
    let mut by_given: HashMap<String, Vec<String>> = HashMap::default();
    for (idx, m) in ments.iter().enumerate() {
        if m.kind == EntityKind::Person && m.text.split_whitespace().count() >= 2 {
            by_surname.entry(lx::surname_key(&m.text)).or_default().push((idx, m.text.clone()));
            let given = m.text.split_whitespace().next().map(norm).unwrap_or_default();
            let full = by_given.entry(given).or_default();
            if !full.contains(&m.text) {
                full.push(m.text.clone());
            }
        }
    }
    // Who a lone surname stands for once it is taken: "Martin Shkreli … Shkreli said … His
    // father, Pashko Shkreli, …": a person introduced with the surname after the article
    // already used it alone for someone else is written in full, and the lone surname stays
    // with the first ("Shkreli called the trial …" later is still Martin).
    let taken: HashMap<String, String> = by_surname
        .iter()
        .filter_map(|(sur, cands)| {
            let (first, name) = cands.first()?;
            let next = cands.iter().find(|(_, n)| !one_person(n, name))?.0;
            let lone_between = ments[*first + 1..next].iter().any(|m| {
                matches!(m.kind, EntityKind::Person | EntityKind::Other)
                    && m.text.split_whitespace().count() == 1
                    && lx::surname_key(&m.text) == *sur
            });
            lone_between.then(|| (sur.clone(), name.clone()))
        })
        .collect();
    for (idx, m) in ments.iter_mut().enumerate() {
        let words: Vec<&str> = m.text.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let sur = lx::surname_key(&m.text);
        let Some(cands) = by_surname.get(&sur) else {
            // "Chela said" after "Chela Ortiz": a lone given name of one full name is that person.
            if words.len() == 1
                && matches!(m.kind, EntityKind::Person | EntityKind::Other)
                && let Some([full]) = by_given.get(&sur).map(Vec::as_slice)
            {
                m.name = full.clone();
                m.kind = EntityKind::Person;
                continue;
            }
            // "Olsen" in an article about "Karen Olson": a lone name one letter from the
            // surname of exactly one person the article names in full is that person, misspelt.
            if words.len() == 1
                && m.kind == EntityKind::Other
                && let Some(full) = misspelt_surname(doc, &sur, &by_surname)
            {
                m.name = full;
                m.kind = EntityKind::Person;
                continue;
            }
            // A lone name right before or after a reporting verb is a person ("Hegseth said",
            // "said Ortiz").
            if m.kind == EntityKind::Other
                && words.len() == 1
                && (followed_by_verb(doc, m.last_word)
                    || preceded_by_verb(doc, m.title_word)
                    || attributes_quote(doc, m.first_word, m.last_word))
            {
                m.kind = EntityKind::Person;
            }
            continue;
        };
        if words.len() >= 2 && m.kind == EntityKind::Person && cands.iter().any(|(_, n)| *n == m.text) {
            continue;
        }
        if !matches!(m.kind, EntityKind::Person | EntityKind::Other) {
            continue;
        }
        // The full name must contain every word of the short one ("President Trump" ⊂ …).
        let fits = |n: &String| {
            // (Initials and suffixes of the short form must stand in the full one too.)
            let full: Vec<String> = n.split_whitespace().map(norm).collect();
            words.iter().all(|w| full.contains(&norm(w)))
        };
        // A lone surname that is taken is one of its owner's forms.
        let owner = (words.len() == 1).then(|| taken.get(&sur)).flatten();
        let fits = |n: &String| fits(n) && owner.is_none_or(|o| one_person(o, n));
        let before = cands.iter().rev().find(|(ci, n)| *ci < idx && fits(n));
        let chosen = before.or_else(|| cands.iter().find(|(_, n)| fits(n)));
        if let Some((_, full)) = chosen {
            m.name = full.clone();
            m.kind = EntityKind::Person;
        }
    }
}

/// Two full names of one surname that may be one person: one holds the other's first word
/// ("Warren Jeffs" / "Warren Steed Jeffs"), where "Pashko Shkreli" and "Martin Shkreli" are two.
fn one_person(a: &str, b: &str) -> bool {
    let first = |n: &str| n.split_whitespace().next().map(norm).unwrap_or_default();
    let holds = |n: &str, w: &str| n.split_whitespace().any(|x| norm(x) == w);
    holds(a, &first(b)) || holds(b, &first(a))
}

/// The full name whose surname `word` misspells: one letter apart, the same first letter,
/// neither a plural or a possessive of the other, five letters or more, the only such
/// surname, and `word` never written in lower case in the article (then it is a word).
fn misspelt_surname(doc: &Doc, word: &str, by_surname: &HashMap<String, Vec<(usize, String)>>) -> Option<String> {
    if word.chars().count() < 5 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let near: Vec<&Vec<(usize, String)>> = by_surname
        .iter()
        .filter(|(s, _)| {
            s.chars().next() == word.chars().next()
                && !(s.starts_with(word) || word.starts_with(s.as_str()))
                && strsim::levenshtein(s, word) == 1
        })
        .map(|(_, v)| v)
        .collect();
    let [fulls] = near.as_slice() else { return None };
    let mut names: Vec<&String> = fulls.iter().map(|(_, n)| n).collect();
    names.dedup();
    let lower_too = doc.text.split(|c: char| !c.is_alphanumeric()).any(|w| w == word);
    (!lower_too).then(|| names.last().map(|n| (*n).clone())).flatten()
}

/// `“Was it safe?” Marsh questioned`: a lone name right after a closing mark and before a
/// verb form is the speaker of that quote.
pub(super) fn attributes_quote(doc: &Doc, first: usize, last: usize) -> bool {
    first > 0
        && doc.slice(doc.words[first - 1].end, doc.words[first].start).contains(['”', '"'])
        && last + 1 < doc.words.len()
        && lx::is_speech_verb_form(doc.low(last + 1))
}

fn preceded_by_verb(doc: &Doc, w: usize) -> bool {
    // The name must close the clause ("said Ortiz.", "said Ortiz to Reuters"): in "said
    // Anchorage businessman Andrew Halcro" the lone capital only qualifies what follows.
    let closes = w + 1 >= doc.words.len()
        || doc.slice(doc.words[w].end, doc.words[w + 1].start).contains([',', '.', ';', '(', '—'])
        || doc.low(w + 1) == "to";
    closes
        && w > 0
        && doc.slice(doc.words[w - 1].end, doc.words[w].start) == " "
        && lx::is_reporting_verb(doc.low(w - 1))
        && !lx::is_participle(doc.low(w - 1))
        && !lx::is_weak_reporting_verb(doc.low(w - 1))
}

pub(super) fn followed_by_verb(doc: &Doc, w: usize) -> bool {
    let mut k = w + 1;
    // Skip an adverb ("Hegseth also said").
    if k < doc.words.len()
        && matches!(doc.low(k), "also" | "further" | "then" | "later" | "again" | "had" | "has" | "have")
    {
        k += 1;
    }
    k < doc.words.len() && lx::is_reporting_verb(doc.low(k)) && !lx::is_weak_reporting_verb(doc.low(k))
}
