//! What a figure measures where the words around it name one slot of the story, whatever
//! word follows it: a quake's magnitude and depth, a prison term, a crowd, a price the market
//! paid. Two claims that fill such a slot with different figures disagree.

use super::text::words;

/// Words before a term that make it a possible term, not the one given: "faces up to 25
/// years", "a maximum of 10 years", "could get 20 years".
const POSSIBLE: [&str; 8] = ["up to", "maximum", "faces", "facing", "could", "possible", "as much as", "as many as"];

/// The slot a figure fills by the words around it (`before`: the last few words before it;
/// `unit`: the unit the figure was read with; `class`: the class its counted word gives).
pub(crate) fn measure(before: &str, after: &str, unit: Option<&str>, class: &str) -> Option<String> {
    // Every figure of every claim is read here: the words are looked for in place, and
    // lowered copies made only for the few figures that may measure something.
    let b = before.trim_end();
    let ends = |w: &str| {
        b.len() >= w.len() && b.is_char_boundary(b.len() - w.len()) && b[b.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    let mut end = after.len().min(40);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let after_t = after[..end].trim_start();
    let starts = |w: &str| {
        after_t.len() >= w.len() && after_t.is_char_boundary(w.len()) && after_t[..w.len()].eq_ignore_ascii_case(w)
    };
    // "magnitude 6.1", "a 6.4-magnitude quake", "measuring 6.1", "6.1 on the Richter scale".
    let magnitude = unit == Some("magnitude")
        || ends("magnitude")
        || ends("magnitude of")
        || ends("measuring")
        || ends("measured")
        || starts("on the richter")
        || starts("magnitude");
    if magnitude {
        // An aftershock is another quake.
        let mentions = |w: &str| before.to_lowercase().contains(w) || after[..end].to_lowercase().contains(w);
        return Some(if mentions("aftershock") { "aftershock magnitude" } else { "magnitude" }.into());
    }
    // "at a depth of 35 kilometres", "10 km deep", "10 kilometres below the seabed".
    if matches!(class, "kilometr" | "km" | "mile" | "metr" | "feet" | "foot") {
        let rest = after_t.split_whitespace().nth(1).unwrap_or("");
        if ends("depth of") || matches!(rest, "deep" | "below" | "beneath" | "underground" | "underwater") {
            return Some(format!("depth {class}"));
        }
    }
    // "sentenced to 10 years in prison", "a sentence of 12 years", "jailed for six months".
    if matches!(class, "year" | "month") {
        let before_l = before.to_lowercase();
        let after_l = after_t.to_lowercase();
        // A term of two units ("22 years and six months", "22 ½ years") is read as neither.
        let compound = after_l.starts_with('½')
            || after_l.split_whitespace().nth(1).is_some_and(|w| w == "and")
                && after_l.split_whitespace().nth(3).is_some_and(|w| w.starts_with("month"));
        let given = ["sentenced to", "sentence of", "jailed for", "imprisoned for", "prison term of"]
            .iter()
            .any(|w| before_l.contains(w));
        if given && !compound && !POSSIBLE.iter().any(|w| before_l.contains(w)) {
            return Some(format!("prison {class}"));
        }
    }
    None
}

/// The place a distance is measured from: "240 kilometres (150 miles) away from Beirut",
/// "20 miles north of Waco", or "Cyprus, 240 kilometres away" (the place before the figure).
pub(crate) fn distance_from(before: &str, after: &str) -> Option<String> {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1;
    // After the unit, a converted figure in brackets is skipped ("(150 miles)").
    let mut rest = after.split_whitespace().skip(1).peekable();
    while rest.peek().is_some_and(|w| w.starts_with('(') || w.ends_with(')')) {
        rest.next();
    }
    let after: Vec<&str> = rest.take(4).collect();
    let direction = |w: &str| {
        matches!(
            bare(w).to_lowercase().as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "away"
                | "outside"
        )
    };
    let mut k = 0;
    while k < after.len() && direction(after[k]) {
        k += 1;
    }
    // "40 miles from the capital", "50 miles northwest of the capital of Kathmandu", "50
    // miles north of Nepal's capital": a country has one capital, however it is named.
    if k > 0 || after.first().is_some_and(|w| bare(w).eq_ignore_ascii_case("from")) {
        let from = k + usize::from(k < after.len() && matches!(bare(after[k]).as_str(), "from" | "of"));
        if after.get(from..(from + 2).min(after.len())).is_some_and(|ws| ws.iter().any(|w| bare(w) == "capital")) {
            return Some("capital".into());
        }
    }
    if k + 1 < after.len() && matches!(bare(after[k]).as_str(), "from" | "of") && capitalised(after[k + 1]) {
        return Some(bare(after[k + 1]).to_lowercase());
    }
    // "Cyprus, 240 kilometres away".
    if after.first().is_some_and(|w| bare(w).eq_ignore_ascii_case("away")) {
        let place = before.strip_suffix(", ")?.rsplit(' ').next()?;
        if capitalised(place) {
            return Some(bare(place).to_lowercase());
        }
    }
    None
}

/// The words that open the class of a distance counted in buildings or in blocks (see
/// [`buildings_away`]).
pub(crate) const BUILDINGS_AWAY: &str = "buildings away, ";
pub(crate) const BLOCKS_AWAY: &str = "blocks away, ";

/// How far from the scene something happened, counted in buildings or blocks and tied to
/// the verb it tells of: "was arrested five buildings away" and "was arrested …, three
/// houses from the scene" give one distance ("buildings away, arrested"); "lived two doors
/// down" is another (a story counts houses for many things). `unit` is the counted word, in
/// lower case; `before` the sentence before the figure, `after` the text from the unit on.
pub(crate) fn buildings_away(before: &str, after: &str, unit: &str) -> Option<String> {
    let scale = match unit {
        "building" | "buildings" | "house" | "houses" | "home" | "homes" | "door" | "doors" => "buildings",
        "block" | "blocks" => "blocks",
        _ => return None,
    };
    let next = words(after).nth(1)?;
    if !matches!(next.as_str(), "away" | "from" | "down") {
        return None;
    }
    // The nearest verb of an event before the figure, a dozen words back at most, written
    // in lower case (a capitalised word is a name).
    let verb = before
        .split_whitespace()
        .rev()
        .take(12)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.starts_with(|c: char| c.is_lowercase()) && super::slots::is_predicate(w))?;
    // Things are found, seen and left at many distances in one story (a gun, a car, a
    // witness): only a verb of the event itself ("arrested", "shot", "crashed") pins one.
    if matches!(
        verb,
        "found"
            | "discovered"
            | "recovered"
            | "located"
            | "seen"
            | "spotted"
            | "parked"
            | "left"
            | "abandoned"
            | "dumped"
            | "lived"
            | "stayed"
    ) {
        return None;
    }
    let prefix = if scale == "buildings" { BUILDINGS_AWAY } else { BLOCKS_AWAY };
    Some(format!("{prefix}{verb}"))
}

/// A crowd counted by the words before the figure: "a crowd of 30,000", "the rally drew
/// 5,000", "Police put the march, …, at roughly 30,000" (a word of the gathering a few words
/// back, then the word that gives its size).
pub(crate) fn crowd_before(before: &str) -> Option<&'static str> {
    let mut start = before.len().saturating_sub(90);
    while !before.is_char_boundary(start) {
        start -= 1;
    }
    let before: Vec<String> = words(&before[start..]).collect();
    let mut sized = before.iter().rev().skip_while(|w| {
        matches!(
            w.as_str(),
            "roughly" | "about" | "around" | "some" | "nearly" | "almost" | "estimated" | "an" | "approximately"
        )
    });
    let link = sized.next()?;
    if !matches!(link.as_str(), "of" | "at" | "drew" | "attracted" | "numbered" | "numbering") {
        return None;
    }
    let gathering = |w: &String| {
        matches!(
            w.as_str(),
            "crowd" | "crowds" | "march" | "rally" | "protest" | "demonstration" | "turnout" | "gathering" | "vigil"
        )
    };
    sized.take(12).any(gathering).then_some("crowd")
}

/// Whether a price stands among the words of trading: "was trading at", "closed at",
/// "shares rose to", "in pre-market trading".
pub(crate) fn is_market_price(tail: &str, after: &str) -> bool {
    let mut end = after.len().min(40);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    words(tail).chain(words(&after[..end])).any(|w| {
        matches!(
            w.as_str(),
            "trading"
                | "traded"
                | "trades"
                | "closed"
                | "closing"
                | "opened"
                | "opening"
                | "premarket"
                | "pre"
                | "market"
                | "rose"
                | "fell"
                | "jumped"
                | "surged"
                | "dropped"
                | "climbed"
                | "slipped"
                | "tumbled"
                | "soared"
        )
    })
}

/// The scores and tallies a text gives (see [`scores_of`]).
#[cfg(test)]
pub(crate) fn scores(text: &str) -> Vec<((u32, u32), String)> {
    scores_of(text).into_iter().map(|(score, written, _)| (score, written)).collect()
}

/// The tallies of a vote a text gives ("deadlocked 9-3", "a 5-4 ruling", "voted 52-48"):
/// a jury, a court or a chamber votes once on one question, where a team plays many games.
pub(crate) fn tallies(text: &str) -> Vec<((u32, u32), String)> {
    scores_of(text).into_iter().filter(|s| s.2).map(|(score, written, _)| (score, written)).collect()
}

/// Words beside a pair of figures that make it the tally of a vote.
fn is_vote_word(w: &str) -> bool {
    matches!(w, "split" | "deadlocked" | "divided" | "voted" | "vote" | "ruling" | "decision" | "verdict")
}

/// The scores and tallies a text gives, as (higher, lower), as written, and whether each
/// tallies a vote: "won 3-1", "beat Dunmore 3-2", "a 5-4 ruling", "by a 3-1 margin". A pair of
/// figures counts as a score only beside a word of winning, losing or voting, so ranges
/// ("30-40 people") and dates are not read as scores.
fn scores_of(text: &str) -> Vec<((u32, u32), String, bool)> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let low = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let mut out = Vec::new();
    for (i, raw) in ws.iter().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_ascii_digit());
        let Some((a, b)) = w.split_once(['-', '–']) else { continue };
        let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) else { continue };
        if a.len() > 3 || b.len() > 3 || x > 200 || y > 200 {
            continue;
        }
        let near_before = ws[i.saturating_sub(3)..i].iter().any(|p| {
            matches!(
                low(p).as_str(),
                "won"
                    | "beat"
                    | "beating"
                    | "defeated"
                    | "lost"
                    | "drew"
                    | "tied"
                    | "edged"
                    | "routed"
                    | "trailed"
                    | "led"
                    | "leading"
                    | "score"
                    | "scored"
                    | "thrashed"
                    | "downed"
                    | "split"
                    | "deadlocked"
                    | "divided"
                    | "voted"
                    | "vote"
            )
        });
        let next = ws.get(i + 1).map(|n| low(n)).unwrap_or_default();
        let near_after = matches!(
            next.as_str(),
            "win"
                | "victory"
                | "defeat"
                | "loss"
                | "lead"
                | "vote"
                | "decision"
                | "ruling"
                | "draw"
                | "tie"
                | "margin"
                | "verdict"
                | "triumph"
                | "rout"
        );
        if near_before || near_after {
            let vote = ws[i.saturating_sub(3)..i].iter().any(|p| is_vote_word(&low(p))) || is_vote_word(&next);
            out.push(((x.max(y), x.min(y)), w.to_string(), vote));
        }
    }
    out
}

/// A cheap first look, read once per claim (`conflicts::Cues`): a digit, a dash, a digit.
pub(crate) fn may_score(t: &str) -> bool {
    let b = t.as_bytes();
    b.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit()) || t.contains('–')
}

/// One score in each text, and they differ: "score: 3-1 vs 3-2"; and whether both are the
/// tallies of a vote.
pub(crate) fn score_conflict(a: &str, b: &str) -> Option<(String, bool)> {
    match (scores_of(a).as_slice(), scores_of(b).as_slice()) {
        ([(x, ta, va)], [(y, tb, vb)]) if x != y => {
            let vote = *va && *vb;
            Some((format!("{}: {ta} vs {tb}", if vote { "vote" } else { "score" }), vote))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::{Claim, Quantity};
    use crate::compare::conflicts::{count_conflict, unit_values};

    fn claim(text: &str, numbers: &[(&str, f64, Option<&str>)]) -> Claim {
        Claim {
            numbers: numbers
                .iter()
                .map(|(t, v, u)| Quantity { text: (*t).into(), value: *v, unit: u.map(Into::into) })
                .collect(),
            ..Claim::bare(text)
        }
    }

    fn conflict(a: &Claim, b: &Claim) -> Option<(String, f64, f64)> {
        count_conflict(&unit_values(a), &unit_values(b))
    }

    #[test]
    fn a_quake_is_measured_by_its_magnitude_and_depth() {
        let a = claim("A magnitude 6.1 earthquake struck the coast.", &[("6.1", 6.1, Some("earthquake"))]);
        let b = claim("A 6.4-magnitude earthquake struck the coast.", &[("6.4-magnitude", 6.4, Some("magnitude"))]);
        assert_eq!(conflict(&a, &b), Some(("magnitude".into(), 6.1, 6.4)));
        // Depths are one slot however far apart (10 and 35 are more than three times apart).
        let c = claim("The quake was centred 10 kilometres below the seabed.", &[("10", 10.0, Some("kilometres"))]);
        let d = claim("It struck at a depth of 35 kilometres.", &[("35", 35.0, Some("kilometres"))]);
        assert_eq!(conflict(&c, &d), Some(("depth kilometr".into(), 10.0, 35.0)));
        // A distance from a town is no depth.
        let e = claim("It struck 35 kilometres north of the town.", &[("35", 35.0, Some("kilometres"))]);
        assert!(unit_values(&e).iter().all(|u| !u.0.starts_with("depth")), "{:?}", unit_values(&e));
        // A shock and its aftershock are two quakes: named so, or a point apart.
        let f = claim("A magnitude 5.3 aftershock shook the capital.", &[("5.3", 5.3, Some("aftershock"))]);
        assert!(conflict(&a, &f).is_none());
        let g = claim("A magnitude 5.3 quake shook the capital.", &[("5.3", 5.3, Some("quake"))]);
        assert!(conflict(&b, &g).is_none());
    }

    #[test]
    fn a_prison_term_given_is_a_slot_and_a_possible_one_is_not() {
        let a = claim("Hollis was sentenced to 10 years in prison.", &[("10", 10.0, Some("years"))]);
        let b = claim("Hollis was sentenced to 12 years in prison.", &[("12", 12.0, Some("years"))]);
        assert_eq!(conflict(&a, &b), Some(("prison year".into(), 10.0, 12.0)));
        let c = claim("Hollis faces up to 25 years in prison.", &[("25", 25.0, Some("years"))]);
        assert!(conflict(&a, &c).is_none());
        // Years of something else stay durations, compared with nothing.
        let d = claim("Hollis served eight years in the army.", &[("eight", 8.0, Some("years"))]);
        assert!(conflict(&a, &d).is_none());
        // A term of two units is not the whole term.
        let e = claim("Hollis was sentenced to 10 years and six months.", &[("10", 10.0, Some("years"))]);
        assert!(conflict(&e, &b).is_none());
    }

    #[test]
    fn a_distance_in_buildings_is_one_slot_of_the_verb_it_tells_of() {
        let a = claim("The defendant was arrested five buildings away on Elm Street.", &[("five", 5.0, None)]);
        let b = claim(
            "Vega was arrested around midnight by a SWAT team, three houses from the scene of the shooting.",
            &[("three", 3.0, None)],
        );
        assert_eq!(conflict(&a, &b), Some(("buildings away, arrested".into(), 5.0, 3.0)));
        // Houses counted for another verb are another distance; houses counted as houses
        // ("three houses burned") are no distance at all.
        let c = claim("The gunman lived three doors down from the victim.", &[("three", 3.0, None)]);
        assert!(conflict(&a, &c).is_none());
        let d = claim("The fire destroyed three houses on the street.", &[("three", 3.0, None)]);
        assert!(unit_values(&d).iter().all(|u| !u.0.contains("away")), "{:?}", unit_values(&d));
        // Blocks are not buildings.
        let e = claim("The defendant was arrested two blocks away.", &[("two", 2.0, None)]);
        assert!(conflict(&a, &e).is_none());
        // Things found at two distances may be two things: no slot of the event pairs them.
        let gun = claim("The gun was found two blocks away, police said.", &[("two", 2.0, None)]);
        assert!(unit_values(&gun).iter().all(|u| !u.0.contains("away")), "{:?}", unit_values(&gun));
    }

    #[test]
    fn scores_and_tallies_beside_a_word_of_winning_or_voting() {
        assert_eq!(
            score_conflict("The Rovers won 3-1 on Saturday.", "The Rovers beat Dunmore 3-2."),
            Some(("score: 3-1 vs 3-2".into(), false))
        );
        assert_eq!(score_conflict("in a 5-4 ruling", "in a 6-3 decision"), Some(("vote: 5-4 vs 6-3".into(), true)));
        assert_eq!(
            score_conflict("The jury was deadlocked 9-3 on the sentence.", "The jury said it was divided 6-3."),
            Some(("vote: 9-3 vs 6-3".into(), true))
        );
        // The same score told from the loser's side agrees.
        assert!(score_conflict("The Rovers won 3-1.", "Dunmore lost 1-3 to the Rovers.").is_none());
        // Ranges, dates and two scores are not one score.
        assert!(scores("Some 30-40 people gathered.").is_empty());
        assert!(scores("the 2009-10 season").is_empty());
        assert!(score_conflict("They won 2-0 and 3-1 in two legs.", "They won 3-2.").is_none());
    }
}
