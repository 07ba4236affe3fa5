//! Articles that report another event than the rest: two bank bombings two years apart, an
//! older hearing among reports of a trial. Articles are linked when they share wording or
//! the people, bodies and places they name; sets of articles with no link between them report
//! different events, and the comparison then groups no claim across them.

use super::Loaded;
use crate::analyze::EntityKind;
use std::collections::BTreeSet;

/// Whole-article similarity (TF-IDF cosine) at which two articles surely share their event.
const SAME_WORDING: f64 = 0.12;
/// Share of the names of the article that names fewer that the other names too.
const SAME_NAMES: f64 = 0.25;
/// Fewer names than this say too little about an article's event to set it apart.
const MIN_NAMES: usize = 4;
/// Past this many articles the check is not made: a large set is a collection, not one event.
pub const MAX_ARTICLES: usize = 60;

/// One side of a set that mixes events.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSplit {
    /// Per article (index into the docs), the event it reports; the event reported by the
    /// most articles is 0.
    pub event_of: Vec<usize>,
    /// The strongest link between two articles of different events (their similarity).
    pub strongest_cross_link: f64,
}

impl EventSplit {
    /// Number of events.
    pub fn count(&self) -> usize {
        self.event_of.iter().max().map_or(1, |m| m + 1)
    }

    /// The articles of event `e`.
    pub fn articles(&self, e: usize) -> Vec<usize> {
        (0..self.event_of.len()).filter(|&a| self.event_of[a] == e).collect()
    }
}

/// The names an article gives people, bodies and places, lowercase.
fn names(d: &Loaded) -> BTreeSet<String> {
    d.analysis
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place))
        .map(|m| m.name.to_lowercase())
        .collect()
}

/// Splits the articles by event, or `None` when they all report one (or the evidence is too
/// thin to say otherwise: a wrong split would hide real agreement, so it is only made when
/// no pair across the sides shares wording or names).
pub fn split(docs: &[Loaded], similarity: &[Vec<f64>]) -> Option<EventSplit> {
    let n = docs.len();
    if !(3..=MAX_ARTICLES).contains(&n) || similarity.len() != n {
        return None;
    }
    let names: Vec<BTreeSet<String>> = docs.iter().map(names).collect();
    let linked = |i: usize, j: usize| {
        let (a, b) = (&names[i], &names[j]);
        if a.len() < MIN_NAMES || b.len() < MIN_NAMES {
            return true;
        }
        let shared = a.intersection(b).count() as f64 / a.len().min(b.len()) as f64;
        similarity[i][j] >= SAME_WORDING || shared >= SAME_NAMES
    };
    let mut uf = super::UnionFind::new(n);
    for i in 0..n {
        for j in i + 1..n {
            if linked(i, j) {
                uf.union(i, j);
            }
        }
    }
    let mut groups = uf.groups();
    if groups.len() < 2 {
        return None;
    }
    // The largest event first; ties by the first article.
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    let mut event_of = vec![0; n];
    for (e, g) in groups.iter().enumerate() {
        for &a in g {
            event_of[a] = e;
        }
    }
    let mut strongest_cross_link = 0.0f64;
    for i in 0..n {
        for j in i + 1..n {
            if event_of[i] != event_of[j] {
                strongest_cross_link = strongest_cross_link.max(similarity[i][j]);
            }
        }
    }
    Some(EventSplit { event_of, strongest_cross_link })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::analyze;

    fn doc(text: &str) -> Loaded {
        let article = crate::ingest::ingest_pasted("x.txt", text).expect("article");
        let analysis = analyze(&article);
        Loaded::new(article, analysis)
    }

    const QUAKE_A: &str = "A strong earthquake struck near Port Vella on Monday, said Mayor Ana Reyes. \
        The Vella Seismic Institute measured the quake at a depth of 10 kilometres. \
        Rescue teams from the Red Cross searched the harbour district, said Chief Tomas Lin.";
    const QUAKE_A2: &str = "An earthquake hit Port Vella on Monday and shook the harbour district. \
        Mayor Ana Reyes said rescue teams from the Red Cross were searching the old town. \
        The Vella Seismic Institute gave the depth as 12 kilometres, and Chief Tomas Lin said more help was coming.";
    const QUAKE_B: &str = "A quake rattled the mountain town of Kord Ridge on Saturday, Governor Ilse Brandt said. \
        The Northern Geological Survey put its depth at 40 kilometres below Lake Asper. \
        Officials at Kord Ridge Hospital treated dozens, said Doctor Piet Olm.";
    const QUAKE_B2: &str = "Governor Ilse Brandt visited Kord Ridge on Saturday after the quake. \
        The Northern Geological Survey said the quake was 38 kilometres deep under Lake Asper. \
        Doctor Piet Olm of Kord Ridge Hospital said dozens were treated.";

    #[test]
    fn two_events_of_one_kind_are_told_apart() {
        let docs = vec![doc(QUAKE_A), doc(QUAKE_B), doc(QUAKE_A2), doc(QUAKE_B2)];
        let sim = super::super::similarity::article_similarity(&docs);
        let split = split(&docs, &sim).expect("two events");
        assert_eq!(split.count(), 2);
        assert_eq!(split.event_of[0], split.event_of[2]);
        assert_eq!(split.event_of[1], split.event_of[3]);
        assert_ne!(split.event_of[0], split.event_of[1]);
    }

    #[test]
    fn one_event_is_not_split() {
        let docs = vec![doc(QUAKE_A), doc(QUAKE_A2), doc(QUAKE_A)];
        let sim = super::super::similarity::article_similarity(&docs);
        assert_eq!(split(&docs, &sim), None);
    }
}
