//! Windows: the stretch of time ahead a claim gives for what it announces ("will receive the
//! patch over the next 24 hours", "will be applied over the next few days", "within two
//! weeks"). Two claims of one announcement that give windows which cannot meet disagree.

use super::claims::{SparseVec, cosine};
use crate::analyze::lexicon as lx;

/// One window ahead as written, and the days it may span: "over the next few days" is 2 to 5
/// days; "within the next 24 hours" anything up to one.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Window {
    pub text: String,
    pub days: (f64, f64),
    /// Told as the stretch the thing takes ("over", "during"), not as a deadline ("within",
    /// "in"): a release due within a day and a roll-out over a few days are both true.
    pub span: bool,
}

/// Word similarity two claims need before their windows pair them: the same announcement
/// told with some of the same words ("automatic updates"). A window is rarer than a pinned
/// count but also less tied to one fact (a story may give a patch's window and a review's).
const WINDOW_SIMILARITY: f64 = 0.2;

/// A cheap first look: most sentences give no window ahead.
pub(super) fn may_give_a_window(text: &str) -> bool {
    text.contains(" next ") || text.contains(" coming ")
}

/// The windows ahead a text gives: "over|within|in|during the next|coming [about] N units".
pub(super) fn windows(text: &str) -> Vec<Window> {
    if !may_give_a_window(text) {
        return Vec::new();
    }
    let raw: Vec<&str> = text.split_whitespace().collect();
    let ws: Vec<String> = raw.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let word = |k: usize| ws.get(k).map_or("", String::as_str);
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let open = matches!(word(i), "over" | "within" | "in" | "during");
        if !(open && word(i + 1) == "the" && matches!(word(i + 2), "next" | "coming")) {
            continue;
        }
        let mut j = i + 3;
        // "about", "roughly": the count is an estimate either way.
        let about = matches!(word(j), "about" | "roughly" | "approximately" | "around");
        j += usize::from(about);
        // The count: a figure, a number word, or a vague one ("few", "several", "couple of").
        let count = match word(j) {
            "few" => Some((2.0, 5.0)),
            "several" => Some((3.0, 9.0)),
            "couple" if word(j + 1) == "of" => {
                j += 1;
                Some((2.0, 3.0))
            }
            w => {
                let n = if w.len() <= 4 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
                    w.parse::<f64>().ok()
                } else {
                    lx::number_word(w)
                };
                n.map(|n| if about { (n * 0.75, n * 1.25) } else { (n, n) })
            }
        };
        let at_unit = if count.is_some() { j + 1 } else { j };
        let Some(unit) = super::slots::time_unit(word(at_unit)) else { continue };
        // "in the next month": one; "in the coming days" says no count at all.
        let count = match count {
            Some(c) => c,
            None if !word(at_unit).ends_with('s') => (1.0, 1.0),
            None => continue,
        };
        let (lo, hi) = super::slots::unit_days(unit);
        // "within" and "in" the next day set only an end: anything up to it.
        let span = matches!(word(i), "over" | "during");
        let from = if span { count.0 * lo } else { 0.0 };
        out.push(Window {
            text: raw[i..=at_unit].join(" ").trim_end_matches([',', '.', ';']).to_string(),
            days: (from, count.1 * hi),
            span,
        });
    }
    out
}

/// The one window each of two texts gives, when both are stretches and cannot meet: (window
/// of `a`, window of `b`). A text that gives two windows tells of two things; a deadline meets
/// any stretch that could follow it.
pub(super) fn window_conflict(a: &str, b: &str) -> Option<(Window, Window)> {
    let (wa, wb) = (windows(a), windows(b));
    let ([x], [y]) = (wa.as_slice(), wb.as_slice()) else { return None };
    let meet = x.days.0 <= y.days.1 && y.days.0 <= x.days.1;
    (x.span && y.span && !meet).then(|| (x.clone(), y.clone()))
}

/// Pairs of claims of different articles that each give one window ahead, two that cannot
/// meet, with words alike enough to be one announcement: ranked as a match at the
/// `threshold` plus their words' similarity (as `count_edges` ranks a toll told two ways).
pub(super) fn window_edges(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&SparseVec],
    quoted: &[bool],
    threshold: f64,
) -> Vec<(f64, usize, usize)> {
    let claim = |i: usize| &docs[claims[i].article].analysis.claims[claims[i].claim];
    let given: Vec<usize> = (0..claims.len()).filter(|&i| may_give_a_window(&claim(i).text)).collect();
    let mut edges = Vec::new();
    // Every pair is read: past a few hundred such claims (a large set of many events) the
    // windows pair nothing rather than cost quadratic time.
    if given.len() > 200 {
        return edges;
    }
    for (x, &i) in given.iter().enumerate() {
        for &j in &given[x + 1..] {
            if claims[i].article == claims[j].article || quoted[i] != quoted[j] {
                continue;
            }
            let sim = cosine(vectors[i], vectors[j]);
            if sim >= WINDOW_SIMILARITY
                && window_conflict(&claim(i).text, &claim(j).text).is_some()
                && super::count_edges::of_one_event(docs, &claims[i], &claims[j])
            {
                edges.push((threshold + sim, i.min(j), i.max(j)));
            }
        }
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_ahead_is_read_with_its_span() {
        let w = windows("Users will receive the patch over the next 24 hours, the company said.");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].text, "over the next 24 hours");
        assert_eq!(w[0].days, (1.0, 1.0));
        let w = windows("The fix will reach customers over the next few days.");
        assert_eq!((w[0].text.as_str(), w[0].days), ("over the next few days", (2.0, 5.0)));
        // "within" sets only an end; "in the coming days" gives no count.
        let within = windows("Results are due within the next two weeks.");
        assert_eq!((within[0].days, within[0].span), ((0.0, 14.0), false));
        assert!(windows("More details will come in the coming days.").is_empty());
        assert!(windows("The next 24 hours are crucial.").is_empty());
    }

    #[test]
    fn windows_that_cannot_meet_conflict_and_others_do_not() {
        let a = "This update will be applied to millions of customers over the next few days.";
        let b = "Users who have automatic updates on will receive the patch over the next 24 hours.";
        let (x, y) = window_conflict(a, b).expect("few days against one day");
        assert_eq!((x.text.as_str(), y.text.as_str()), ("over the next few days", "over the next 24 hours"));
        // "within two weeks" allows a few days; 48 hours is two days, one of a few.
        assert!(window_conflict(a, "Customers get it within the next two weeks.").is_none());
        assert!(window_conflict(a, "Customers get it over the next 48 hours.").is_none());
        // A deadline is no stretch: released within a day, rolled out over a few days.
        assert!(window_conflict(a, "The update will be released within the next 24 hours.").is_none());
        // A sentence with two windows tells of two things.
        let two = "It ships over the next 24 hours and a review follows over the next three months.";
        assert!(window_conflict(a, two).is_none());
    }

    #[test]
    fn one_announcement_given_two_windows_is_grouped_as_a_conflict() {
        use crate::compare::{ClaimStatus, Loaded, Settings, compare};
        let docs = vec![
            Loaded::pasted(
                "a.txt",
                "Browser maker patches flaw\n\nThe browser maker released an emergency fix for the flaw on Wednesday.\n\n\
                 The fix will reach millions of home computers through automatic updates over the next few days.\n\n\
                 Computers with automatic updates switched on should check that the fix arrived.\n\n\
                 Security firms had warned about the flaw for a week.",
            ),
            Loaded::pasted(
                "b.txt",
                "Emergency patch\n\nAn emergency fix for the browser flaw came out on Wednesday.\n\n\
                 Computers with automatic updates switched on will get the fix over the next 24 hours.\n\n\
                 Others can download it from the company's site.",
            ),
        ];
        // Without the window's edge the 24-hour sentence would join the closer-worded
        // "should check that the fix arrived" and the two windows would never meet.
        let cmp = compare(docs, Settings::default(), None);
        let group = cmp
            .claim_groups
            .iter()
            .find(|g| g.members.iter().any(|&m| cmp.claim(m).text.contains("next few days")))
            .expect("group");
        assert_eq!(group.status, ClaimStatus::Conflict, "{:#?}", cmp.claim_groups);
        assert!(group.members.iter().any(|&m| cmp.claim(m).text.contains("next 24 hours")));
        assert!(
            group.conflicts.iter().any(|c| c.detail == "time ahead: over the next few days vs over the next 24 hours"),
            "{:?}",
            group.conflicts
        );
    }
}
