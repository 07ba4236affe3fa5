//! Articles that report another event than the rest: two bank bombings two years apart, an
//! older hearing among reports of a trial. Articles are linked when they share wording or
//! the people, bodies and places they name; sets of articles with no link between them report
//! different events, and the comparison then groups no claim across them.

use super::Loaded;
use crate::analyze::EntityKind;
use std::collections::BTreeSet;

/// Whole-article similarity (TF-IDF cosine) at which two articles surely share their event.
const SAME_WORDING: f64 = 0.12;
/// Whole-article similarity at which two articles share their event even when they share
/// no name: below it, wording alone ties two stories of one kind (two court cases, two
/// storms tell of juries and winds) and a link needs a name both give too.
const STRONG_WORDING: f64 = 0.2;
/// Share of the names of the article that names fewer that the other names too.
const SAME_NAMES: f64 = 0.25;
/// Fewer names than this say too little about an article's event to set it apart.
const MIN_NAMES: usize = 4;
/// Days between one article and every other that make it another occasion, when it stands
/// alone in time (an extradition hearing a year before a trial, an indictment a year after a
/// fire), unless its wording ties it to the others.
const FAR_APART_DAYS: i64 = 180;
/// Whole-article similarity at which an article far apart in time is still the same story.
const SAME_STORY: f64 = 0.3;
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
    /// When an article was set apart by its date: the fewest days between it and another.
    pub days_apart: Option<i64>,
    /// Per article, the set its claims may be grouped within. An article set apart only by
    /// its date reports another occasion of the same story (an earlier hearing of one case):
    /// the facts it shares with the others are still compared. Articles of unrelated events
    /// (few shared names, little shared wording) are never grouped together.
    pub grouping: Vec<usize>,
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
        let common = a.intersection(b).count();
        let shared = common as f64 / a.len().min(b.len()) as f64;
        let sim = similarity[i][j];
        sim >= STRONG_WORDING || (sim >= SAME_WORDING && common > 0) || shared >= SAME_NAMES
    };
    // An article published alone, half a year or more from every other dated one, reports
    // another occasion unless its wording ties it to the rest. (Several articles together
    // months after the others are follow-up coverage of the same case: they are not cut.)
    let days: Vec<Option<i64>> = docs.iter().map(|d| d.article.published.as_deref().and_then(day_number)).collect();
    let dated = days.iter().flatten().count();
    let alone_in_time = |i: usize| -> Option<i64> {
        let di = days[i]?;
        let nearest = (0..n).filter(|&j| j != i).filter_map(|j| days[j].map(|dj| (dj - di).abs())).min()?;
        let loosely_tied = (0..n).filter(|&j| j != i).all(|j| similarity[i][j] < SAME_STORY);
        (dated >= 3 && nearest >= FAR_APART_DAYS && loosely_tied).then_some(nearest)
    };
    let apart: Vec<Option<i64>> = (0..n).map(alone_in_time).collect();
    let mut uf = super::UnionFind::new(n);
    let mut related = super::UnionFind::new(n);
    for i in 0..n {
        for j in i + 1..n {
            if linked(i, j) {
                related.union(i, j);
                if apart[i].is_none() && apart[j].is_none() {
                    uf.union(i, j);
                }
            }
        }
    }
    let grouping: Vec<usize> = (0..n).map(|i| related.find(i)).collect();
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
    let days_apart = apart.iter().flatten().min().copied();
    Some(EventSplit { event_of, strongest_cross_link, days_apart, grouping })
}

/// The four-digit year a publication date gives ("August 7, 2012-5:46 pm" → 2012); none
/// for a two-digit one ("05/02/07"), which could be read more than one way.
pub(super) fn publication_year(published: &str) -> Option<i32> {
    published
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse::<i32>().ok())
        .find(|y| (1900..=2100).contains(y))
}

/// The day a publication date names, counted from a fixed origin: "Wednesday, Sept. 08,
/// 2010", "August 7, 2012-5:46 pm", "Thu 6 May 2010, 9:03am AEST", "5/5/2010 1:41 PM",
/// "2025-02-12T09:30:00Z". `None` when no year, month and day can be read.
pub fn day_number(published: &str) -> Option<i64> {
    // Runs of letters and runs of figures ("09T10" is "09", "T", "10").
    let mut tokens: Vec<&str> = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in published.char_indices().chain(std::iter::once((published.len(), ' '))) {
        let kind = c.is_alphanumeric().then(|| c.is_ascii_digit());
        match (start, kind) {
            (Some((_, d)), Some(k)) if d == k => {}
            (Some((s, _)), k) => {
                tokens.push(&published[s..i]);
                start = k.map(|k| (i, k));
            }
            (None, k) => start = k.map(|k| (i, k)),
        }
    }
    let number = |t: &str| t.parse::<i64>().ok();
    let year = i64::from(publication_year(published)?);
    let month_at = tokens.iter().position(|t| crate::analyze::lexicon::month_index(&t.to_lowercase()).is_some());
    let (month, day) = if let Some(m) = month_at {
        let month = crate::analyze::lexicon::month_index(&tokens[m].to_lowercase())? as i64 + 1;
        let is_day =
            |k: usize| tokens.get(k).and_then(|t| number(t)).filter(|d| (1..=31).contains(d) && tokens[k].len() <= 2);
        let day = is_day(m + 1).or_else(|| m.checked_sub(1).and_then(is_day))?;
        (month, day)
    } else {
        // Figures only: year first ("2025-02-12"), or month first as US outlets write it
        // ("5/5/2010"), or day first when the first figure cannot be a month ("19/12/2005").
        let figures: Vec<i64> = tokens.iter().filter_map(|t| number(t)).collect();
        let y = figures.iter().position(|&f| f == year)?;
        let (a, b) = if y == 0 {
            (*figures.get(1)?, *figures.get(2)?)
        } else {
            (*figures.get(y.checked_sub(2)?)?, figures[y - 1])
        };
        if y == 0 || a <= 12 { (a, b) } else { (b, a) }
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from 1 March of year 0 (the usual civil-calendar count), close enough for gaps.
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day)
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

    const TRIAL_A: &str = "A jury in Harlow County convicted Mirek Sand of murder on Tuesday. \
        Prosecutor Lena Ortt told the jury that Sand fired the shot. The defence argued that \
        other men were equally responsible, and Judge Tomas Veil will sentence him in Carver City.";
    const TRIAL_A2: &str = "Mirek Sand was convicted of murder by a Harlow County jury on Tuesday. \
        Lena Ortt, the prosecutor, said the jury saw through the defence. Judge Tomas Veil will sentence \
        Sand in Carver City.";
    const TRIAL_B: &str = "Ruben Kell, who feigned illness for years to avoid trial, died in a federal prison in \
        Weston. His lawyers argued at trial that other men were responsible, but a jury convicted \
        him and Judge Ivo Brandt sentenced him to twelve years in Eastgate. Doctor Ada Pim said he had \
        heart disease.";
    const TRIAL_B2: &str = "Ruben Kell died on Monday at the Weston prison hospital, Doctor Ada Pim said. \
        Kell was convicted by a jury in Eastgate and sentenced by Judge Ivo Brandt to twelve years.";

    #[test]
    fn two_trials_that_share_only_the_words_of_courts_are_told_apart() {
        let docs = vec![doc(TRIAL_A), doc(TRIAL_B), doc(TRIAL_A2), doc(TRIAL_B2)];
        let sim = super::super::similarity::article_similarity(&docs);
        // Juries, judges and sentences tie the two stories in wording, and no name does.
        assert!(sim[0][1] >= SAME_WORDING && sim[0][1] < STRONG_WORDING, "{:?}", sim[0]);
        let split = split(&docs, &sim).expect("two events");
        assert_eq!(split.event_of[0], split.event_of[2]);
        assert_eq!(split.event_of[1], split.event_of[3]);
        assert_ne!(split.event_of[0], split.event_of[1]);
    }

    #[test]
    fn publication_dates_are_read_as_written() {
        let d = |s: &str| day_number(s).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(d("Wednesday, Sept. 08, 2010") + 1, d("2010-09-09T10:00:00Z"));
        assert_eq!(d("August 7, 2012-5:46 pm"), d("Tue 7 Aug 2012, 9:03am AEST"));
        assert_eq!(d("5/5/2010 1:41 PM"), d("May 05, 2010"));
        assert_eq!(d("First Posted 23:37:00 05/05/2010"), d("May 5, 2010"));
        assert_eq!(d("19/12/2005"), d("Dec. 19, 2005 at 9:44 PM"));
        assert_eq!(d("March 1, 2024") - d("February 28, 2024"), 2);
        assert_eq!(day_number("Updated yesterday"), None);
    }

    fn dated(text: &str, published: &str) -> Loaded {
        let mut article = crate::ingest::ingest_pasted("x.txt", text).expect("article");
        article.published = Some(published.to_string());
        let analysis = analyze(&article);
        Loaded::new(article, analysis)
    }

    #[test]
    fn a_lone_article_a_year_apart_reports_another_occasion() {
        let later = "A federal grand jury indicted Ana Reyes, the former mayor of Port Vella, on fraud charges. \
            Prosecutors said Reyes hid losses at the Vella Seismic Institute for years.";
        let docs = vec![
            dated(QUAKE_A, "June 3, 2024"),
            dated(QUAKE_A2, "June 4, 2024"),
            dated(QUAKE_A, "June 3, 2024"),
            dated(later, "August 20, 2025"),
        ];
        let sim = super::super::similarity::article_similarity(&docs);
        let split = split(&docs, &sim).expect("two occasions");
        assert_eq!(split.event_of, vec![0, 0, 0, 1]);
        assert!(split.days_apart.is_some_and(|d| d > 400));
        // It names the same people: what it shares with the others is still compared.
        assert!(split.grouping.iter().all(|&g| g == split.grouping[0]));
        // Two articles together a year later are follow-up coverage: not cut.
        let docs = vec![
            dated(QUAKE_A, "June 3, 2024"),
            dated(QUAKE_A2, "June 4, 2024"),
            dated(later, "August 20, 2025"),
            dated(later, "August 21, 2025"),
        ];
        let sim = super::super::similarity::article_similarity(&docs);
        assert_eq!(super::split(&docs, &sim), None);
    }

    #[test]
    fn one_event_is_not_split() {
        let docs = vec![doc(QUAKE_A), doc(QUAKE_A2), doc(QUAKE_A)];
        let sim = super::super::similarity::article_similarity(&docs);
        assert_eq!(split(&docs, &sim), None);
    }
}
