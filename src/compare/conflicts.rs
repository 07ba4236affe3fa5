//! Whether two claims of one group disagree: the counted things and figures they give (as
//! ranges, so a bound and a figure inside it agree), weekdays, negation and speaker, each
//! disagreement with how sure it is.

use super::ConflictKind;
use super::quotes::surname;
use super::text::{stem, words};
use crate::analyze::Claim;
use crate::analyze::lexicon as lx;

#[path = "counts.rs"]
mod counts;
use counts::unit_label;
pub(super) use counts::{count_conflict, count_conflicts, is_pinned, one_fact, range, unit_values, written_as};

/// Below this a possible disagreement is not shown: a wrong alarm costs a reader more than a
/// missed one.
pub(super) const MIN_CONFLICT_CONFIDENCE: f64 = 0.73;

/// Possible disagreements between two claims of one group, each with how sure it is: the
/// surer the two state one fact (their similarity), the surer a differing value is a real
/// disagreement rather than two facts.
pub(super) fn pair_conflicts(
    a: &Claim,
    b: &Claim,
    ua: &[(String, f64)],
    ub: &[(String, f64)],
    sim: f64,
) -> Vec<(ConflictKind, String, f64)> {
    let (sa, sb) = (super::slots::slots(a), super::slots::slots(b));
    let between = Between { sim, one_event: false };
    pair_conflicts_with(a, b, ua, ub, between, (&sa, &sb), (Cues::of(&a.text), Cues::of(&b.text)))
}

/// What two claims of a group share: the similarity of their words, and whether a count
/// both give may be their event's own (`count_edges::of_one_event`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Between {
    pub sim: f64,
    pub one_event: bool,
}

/// What a pair check needs to know of each claim's words, read once per claim rather than
/// once per pair: its state words, and whether it may tell a time of day, name a place
/// after a word of place, or give a score.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cues {
    states: u32,
    bits: u8,
}

impl Cues {
    pub(super) fn of(text: &str) -> Cues {
        let bits = u8::from(super::clock::may_tell_time(text))
            | u8::from(super::places::may_place(text)) << 1
            | u8::from(super::measures::may_score(text)) << 2
            | u8::from(super::causes::may_tell_cause(text)) << 3;
        Cues { states: super::opposites::state_words(text), bits }
    }

    /// Whether the text may tell or withhold a cause.
    pub(super) fn may_tell_cause(self) -> bool {
        self.bits & 8 != 0
    }

    /// Whether the text may give a score or a tally.
    pub(super) fn may_score(self) -> bool {
        self.bits & 4 != 0
    }
}

/// [`pair_conflicts`], handed the time slots both claims fill and the state words both
/// hold (a group works them out once per member, not once per pair).
pub(super) fn pair_conflicts_with(
    a: &Claim,
    b: &Claim,
    ua: &[(String, f64)],
    ub: &[(String, f64)],
    Between { sim, one_event }: Between,
    (sa, sb): (&[super::slots::Slot], &[super::slots::Slot]),
    cues: (Cues, Cues),
) -> Vec<(ConflictKind, String, f64)> {
    let both = |bit: u8| cues.0.bits & cues.1.bits & bit != 0;
    let states = (cues.0.states, cues.1.states);
    let mut out = Vec::new();
    let same_fact = (sim / 0.6).min(1.0);
    // Every counted thing the two give differently ("65 injured and 169 arrested" / "100
    // injured and 288 arrested"): a first one whose wordings still meet ("about 8.7" /
    // "nine") hides no other.
    let mut counted = count_conflicts(ua, ub);
    if counted.is_empty() {
        counted.extend(unitless_conflict(ua, ub));
    }
    for (unit, va, vb) in counted {
        // The figure as written, of the compared unit ("7" of "7 to 75 years", not the
        // "Seven" of "Seven of the men").
        let quantity = |c: &Claim, v: f64| {
            let of_unit = written_as(c, v, &unit);
            of_unit.or_else(|| c.numbers.iter().find(|q| q.value == v)).map(|q| q.text.clone())
        };
        let (ta, tb) =
            (quantity(a, va).unwrap_or_else(|| format!("{va}")), quantity(b, vb).unwrap_or_else(|| format!("{vb}")));
        let ((la, ha), (lb, hb)) = (range(&ta, va), range(&tb, vb));
        // "initially measured at a magnitude of 6.8": the sentence itself says the figure was
        // since replaced, so another article's later one is no disagreement.
        if superseded(a, &ta) || superseded(b, &tb) {
            continue;
        }
        if ha < lb || hb < la {
            // A number with what it counts names its slot ("country: more than 40 vs roughly
            // 50"), which is evidence of one fact by itself; a bare number might count anything.
            let (detail, confidence) = if unit.is_empty() {
                (format!("{ta} vs {tb}"), 0.3 + 0.6 * same_fact)
            } else {
                let label = written_as(a, va, &unit).map(|q| unit_label(&a.text, q)).unwrap_or_else(|| unit.clone());
                // A part people played, counted once in each sentence ("injuring 16 others" /
                // "Fourteen people have been injured"), in two articles of one event, is the
                // event's toll: a slot however differently the sentences run, as sure as a
                // predicate dated two ways. Only where neither names a year or place of another
                // event (`one_event`): a toll told as background is another event's.
                let single = |u: &[(String, f64)]| u.iter().filter(|(x, _)| *x == unit).count() == 1;
                let pinned = one_event && is_pinned(&unit) && single(ua) && single(ub);
                let floor = if pinned { SLOT_CONFIDENCE } else { 0.0 };
                (format!("{label}: {ta} vs {tb}"), (0.6 + 0.4 * same_fact).max(floor))
            };
            out.push((ConflictKind::Number, detail, confidence));
        }
    }
    // "won 3-1" / "beat them 3-2": a score or a tally, which states its own slot. A jury or a
    // court votes once on a question, so a tally of one event told two ways is as sure as a
    // slot however the sentences run; a team plays many games.
    if both(4)
        && let Some((detail, vote)) = super::measures::score_conflict(&a.text, &b.text)
    {
        let floor = if vote && one_event { SLOT_CONFIDENCE } else { 0.0 };
        out.push((ConflictKind::Number, detail, (0.6 + 0.4 * same_fact).max(floor)));
    }
    // One predicate dated two ways ("married two weeks ago" / "married three weeks before"):
    // the predicate and a shared participant pin the fact, whatever else the words say.
    let slot = super::slots::conflict_of(a, sa, b, sb, true);
    if let Some((x, y)) = &slot
        && x.kind != "year"
        && !out.iter().any(|c| c.0 == ConflictKind::Number)
    {
        let detail = format!("{}: {} vs {}", x.verb, x.text, y.text);
        out.push((ConflictKind::Number, detail, SLOT_CONFIDENCE + (1.0 - SLOT_CONFIDENCE) * same_fact));
    }
    if let Some(detail) = date_conflict(&a.dates, &b.dates) {
        // Weekdays date many things in one story; only near-identical claims pin one event.
        // A year a year or two off in two claims matched as one is a slip more often than
        // two events.
        let year = detail.starts_with(|c: char| c.is_ascii_digit());
        let confidence = if year { 0.45 + 0.5 * same_fact } else { 0.2 + 0.6 * same_fact };
        match &slot {
            // The year of one predicate: as sure as the slot.
            Some((x, _)) if year && x.kind == "year" => {
                let confidence = confidence.max(SLOT_CONFIDENCE + (1.0 - SLOT_CONFIDENCE) * same_fact);
                out.push((ConflictKind::Date, format!("{}: {detail}", x.verb), confidence));
            }
            _ => out.push((ConflictKind::Date, detail, confidence)),
        }
    }
    if !out.iter().any(|c| c.0 == ConflictKind::Date)
        && let Some(detail) = full_date_conflict(&a.dates, &b.dates)
    {
        // Dates, like weekdays, mark many moments of one story.
        out.push((ConflictKind::Date, detail, 0.2 + 0.6 * same_fact));
    }
    if both(1)
        && let Some((detail, one_moment)) = super::clock::time_conflict(&a.text, &b.text)
    {
        // Times of day, like weekdays, date many things in one story; two that date one
        // moment (a word of it in both clauses) are as sure as a slot filled two ways.
        let confidence =
            if one_moment { SLOT_CONFIDENCE + (1.0 - SLOT_CONFIDENCE) * same_fact } else { 0.2 + 0.6 * same_fact };
        out.push((ConflictKind::Date, detail, confidence));
    }
    // "over the next few days" / "over the next 24 hours": one announcement given two
    // windows that cannot meet, in claims matched as one.
    if let Some((x, y)) = super::windows::window_conflict(&a.text, &b.text) {
        out.push((ConflictKind::Number, format!("time ahead: {} vs {}", x.text, y.text), 0.6 + 0.4 * same_fact));
    }
    let (negated, other) = if a.negated { (a, b) } else { (b, a) };
    if a.negated != b.negated && sim >= 0.5 && negation_aligned(&negated.text, &other.text) {
        let (yes, no) = if a.negated { ("negated", "affirmed") } else { ("affirmed", "negated") };
        out.push((ConflictKind::Negation, format!("{yes} vs {no}"), 0.4 + 0.5 * same_fact));
    }
    // "found him fully clothed" / "found him naked": one scene told in opposite states.
    // The state words are rarer than negations and their clause must be told in both, so a
    // looser wording match than a negation's suffices.
    if sim >= 0.4
        && super::opposites::may_oppose(states.0, states.1)
        && let Some((x, y)) = super::opposites::opposite_states(&a.text, &b.text)
    {
        out.push((ConflictKind::Negation, format!("{x} vs {y}"), 0.4 + 0.5 * same_fact));
    }
    // "the department's Medal of Honor" / "the city's Medal of Valor": one named thing, named
    // two ways in what is otherwise one statement.
    if let Some((x, y)) = named_thing_conflict(a, b) {
        out.push((ConflictKind::Name, format!("{x} vs {y}"), 0.3 + 0.6 * same_fact));
    }
    // "died of heart failure" / "the cause of death was not announced": one outlet tells a
    // cause another says is not known. The thing caused is named in both, so the pair of
    // a group that holds the two is as sure as a slot filled two ways.
    if both(8) {
        out.extend(cause_conflict_of(a, b, sim));
    }
    // "in Palmer" / "in Wasilla": one statement placed two ways.
    if sim >= 0.4
        && both(2)
        && let Some((x, y)) = super::places::place_conflict(&a.text, &b.text)
    {
        out.push((ConflictKind::Name, format!("place: {x} vs {y}"), 0.3 + 0.6 * same_fact));
    }
    // Only two confident attributions of one claim disagree about who made it; a pronoun
    // resolved far back or a body named near the remark is too weak to accuse an outlet.
    // Only words quoted in both: outlets name different sources for one fact all the time
    // ("police said" / "the mayor said"); the same words put in two mouths is a disagreement.
    let sure = |c: &Claim| c.speaker_confidence.is_some_and(|x| x >= SURE_SPEAKER) && has_quotation(&c.text);
    if let (Some(sa), Some(sb)) = (&a.speaker, &b.speaker)
        && surname(sa) != surname(sb)
        && sure(a)
        && sure(b)
        && same_words_quoted(&a.text, &b.text)
    {
        let confidence = f64::from(a.speaker_confidence.unwrap_or(0.0).min(b.speaker_confidence.unwrap_or(0.0)));
        out.push((ConflictKind::Speaker, format!("{sa} vs {sb}"), confidence * same_fact.max(0.8)));
    }
    out
}

/// One outlet tells a cause another says is not known ("died of heart failure" / "the cause
/// of death was not announced"), with how sure it is: the thing caused is named in both, so
/// two claims of one group that do so are as sure as a slot filled two ways.
pub(super) fn cause_conflict_of(a: &Claim, b: &Claim, sim: f64) -> Option<(ConflictKind, String, f64)> {
    let (of, x, y) = super::causes::cause_conflict(&super::causes::causes(&a.text), &super::causes::causes(&b.text))?;
    let same_fact = (sim / 0.6).min(1.0);
    let confidence = SLOT_CONFIDENCE + (1.0 - SLOT_CONFIDENCE) * same_fact;
    Some((ConflictKind::Negation, format!("cause of {of}: {x} vs {y}"), confidence))
}

/// Two names as written, one in each claim only, alike but for one capitalised word after
/// the first that is no spelling of the other ("Medal of Honor" / "Medal of Valor"): the same
/// kind of named thing, told two ways. Spellings ("Hefner" / "Heffner")
/// are the name checks' to report.
pub(super) fn named_thing_conflict(a: &Claim, b: &Claim) -> Option<(String, String)> {
    let only = |x: &Claim, y: &Claim| -> Vec<String> {
        x.entities.iter().filter(|e| !y.entities.contains(e)).cloned().collect()
    };
    let (oa, ob) = (only(a, b), only(b, a));
    let mut found = None;
    for x in &oa {
        for y in &ob {
            let (wx, wy): (Vec<&str>, Vec<&str>) = (x.split_whitespace().collect(), y.split_whitespace().collect());
            // Both as the texts write them (a surname resolved to two full names is the
            // resolver's guess, not the writers'), the same first word.
            // Three words at least: two-word names that share a word are as often two members
            // of a list ("M. Jones" / "M. Hardt", "Arduino LLC" / "Arduino IDE").
            if wx.len() != wy.len()
                || wx.len() < 3
                || wx[0] != wy[0]
                || !a.text.contains(x.as_str())
                || !b.text.contains(y.as_str())
            {
                continue;
            }
            let differ: Vec<(&str, &str)> = wx.iter().zip(&wy).filter(|(p, q)| p != q).map(|(p, q)| (*p, *q)).collect();
            let [(p, q)] = differ.as_slice() else { continue };
            let proper = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 2;
            let (pc, qc): (Vec<char>, Vec<char>) =
                (p.to_lowercase().chars().collect(), q.to_lowercase().chars().collect());
            let spelling = super::text::levenshtein(&pc, &qc) <= 2 || pc.starts_with(&qc) || qc.starts_with(&pc);
            if proper(p) && proper(q) && !spelling {
                if found.is_some() {
                    // Two such pairs: the claims name different things, not one thing two ways.
                    return None;
                }
                found = Some((x.clone(), y.clone()));
            }
        }
    }
    found
}

/// Whether two sentences quote the same words, in half of the shorter quotation's content
/// words at least: two remarks of two people ("“I want to give my condolences,” Chauvin
/// said" / "“We will never get George back,” said his brother") are not one remark put in
/// two mouths.
fn same_words_quoted(a: &str, b: &str) -> bool {
    let quoted = |t: &str| -> std::collections::HashSet<String> {
        t.split(['"', '“', '”', '«', '»', '„'])
            .skip(1)
            .step_by(2)
            .flat_map(words)
            .filter(|w| !super::text::is_stop_word(w))
            .map(|w| stem(&w))
            .collect()
    };
    let (qa, qb) = (quoted(a), quoted(b));
    let shorter = qa.len().min(qb.len());
    shorter > 0 && qa.intersection(&qb).count() * 2 >= shorter
}

/// Whether a sentence quotes words: a double quotation mark of any style.
fn has_quotation(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„'])
}

/// Words that mark a figure as a first estimate since replaced.
const SUPERSEDED: [&str; 4] = ["initially", "originally", "preliminary", "provisional"];

/// How many words before a figure may mark it as a first estimate ("initially measured at a
/// magnitude of 6.8").
const SUPERSEDED_REACH: usize = 6;

/// Whether the figure written `figure` stands in its claim as a first estimate since replaced.
fn superseded(c: &Claim, figure: &str) -> bool {
    let Some(at) = c.text.find(figure) else { return false };
    let before: Vec<&str> = c.text[..at].split_whitespace().rev().take(SUPERSEDED_REACH).collect();
    before.iter().any(|w| {
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase();
        SUPERSEDED.contains(&w.as_str())
    })
}

/// How sure a slot filled two ways is a disagreement, before the claims' similarity adds.
const SLOT_CONFIDENCE: f64 = 0.8;

/// The attribution confidence both claims need before their speakers can conflict.
pub(super) const SURE_SPEAKER: f32 = 0.85;

/// Numbers without a unit conflict when each claim has exactly one and they differ.
pub(super) fn unitless_conflict(a: &[(String, f64)], b: &[(String, f64)]) -> Option<(String, f64, f64)> {
    match (a, b) {
        ([(ua, va)], [(ub, vb)]) if ua.is_empty() && ub.is_empty() && va != vb => Some((String::new(), *va, *vb)),
        _ => None,
    }
}

/// Whether the negation of `negated` stands in a clause the other claim also states: "did
/// not provide the cause of death" against "the cause of death was heart disease" is a
/// disagreement; "“Don't talk. This place is bugged.”" against "“This place is bugged.”"
/// is not (the negated clause has no counterpart).
pub(super) fn negation_aligned(negated: &str, other: &str) -> bool {
    let other_words = stems(other);
    negated
        .split(CLAUSE_MARKS)
        // "did not buy it to make money but to help": the denial ends where "but" turns.
        .flat_map(|cl| cl.split(" but "))
        .filter(|cl| {
            words(cl).any(|w| crate::analyze::lexicon::is_negation(&w) && w != "without" || is_negative_contraction(&w))
        })
        .any(|cl| {
            // Names frame whom the statement is about, not what it denies ("There would be
            // no three-peat for Kosuke Kitajima of Japan" denies a three-peat).
            let lower = cl
                .split_whitespace()
                .filter(|raw| !raw.trim_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase));
            let content: Vec<String> = lower
                .flat_map(words)
                .filter(|w| {
                    !super::text::is_stop_word(w)
                        && !crate::analyze::lexicon::is_negation(w)
                        && !is_negative_contraction(w)
                        // Who said it and on which day frame the statement; they are not
                        // what it denies ("He said on Thursday he did not buy it to make money").
                        && !crate::analyze::lexicon::is_reporting_verb(w)
                        && !crate::analyze::lexicon::is_weekday(w)
                })
                .map(|w| stem(&w))
                .collect();
            clause_told(&content, &other_words, usize::MAX)
        })
}

/// The marks that end a clause, for reading which clause a word stands in.
pub(super) const CLAUSE_MARKS: [char; 10] = [',', ';', ':', '.', '“', '”', '"', '—', '?', '!'];

/// The stems of a text's words.
pub(super) fn stems(text: &str) -> std::collections::HashSet<String> {
    words(text).map(|w| stem(&w)).collect()
}

/// Whether a clause, given by its stemmed content words, is told by another claim (`other`,
/// its stems): at least two words, and three in five of them found there — or three in five
/// of `at_most`, when the other claim has fewer content words to give.
pub(super) fn clause_told(content: &[String], other: &std::collections::HashSet<String>, at_most: usize) -> bool {
    let shared = content.iter().filter(|w| other.contains(*w)).count();
    content.len() >= 2 && shared * 5 >= content.len().min(at_most) * 3
}

/// "don't", "wasn't" as `words` gives them (apostrophe dropped).
fn is_negative_contraction(w: &str) -> bool {
    w.len() > 3
        && w.ends_with("nt")
        && matches!(
            w,
            "dont"
                | "doesnt"
                | "didnt"
                | "isnt"
                | "wasnt"
                | "arent"
                | "werent"
                | "wont"
                | "cant"
                | "couldnt"
                | "wouldnt"
                | "shouldnt"
                | "hasnt"
                | "havent"
                | "hadnt"
                | "aint"
                | "neednt"
                | "mustnt"
        )
}

/// A full date's month, and its day and year where given.
type FullDate = (usize, Option<u32>, Option<i32>);

/// A full date as written ("12 February 2011", "June 20, 2005", "March 3").
fn full_date(d: &str) -> Option<FullDate> {
    let words: Vec<&str> = d.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let month = words.iter().find_map(|w| lx::month_index(w.to_lowercase().trim_end_matches('.')))?;
    let day = words.iter().find_map(|w| w.parse().ok().filter(|d| w.len() <= 2 && (1..=31).contains(d)));
    let year = words.iter().find_map(|w| w.parse().ok().filter(|_| w.len() == 4));
    (day.is_some() || year.is_some()).then_some((month, day, year))
}

/// One full date each that the two claims give differently: the day, the month, or a year
/// a year or two apart ("June 20, 2005" / "June 21, 2005"). Like weekdays, dates mark many
/// moments of one story: only near-identical claims pin one.
pub(super) fn full_date_conflict(a: &[String], b: &[String]) -> Option<String> {
    let one = |d: &[String]| -> Option<(String, FullDate)> {
        let mut found = d.iter().filter_map(|x| full_date(x).map(|p| (x.clone(), p)));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let ((ta, (ma, da, ya)), (tb, (mb, db, yb))) = (one(a)?, one(b)?);
    let day_differs = matches!((da, db), (Some(x), Some(y)) if x != y);
    let year_differs = matches!((ya, yb), (Some(x), Some(y)) if x != y && (x - y).abs() <= 2);
    let years_apart = matches!((ya, yb), (Some(x), Some(y)) if (x - y).abs() > 2);
    (!years_apart && (ma != mb || day_differs || year_differs)).then(|| format!("{ta} vs {tb}"))
}

/// Two claims of one fact that name different weekdays, or years a little apart.
pub(super) fn date_conflict(a: &[String], b: &[String]) -> Option<String> {
    let days =
        |d: &[String]| -> Vec<String> { d.iter().filter(|x| lx::is_weekday(&x.to_lowercase())).cloned().collect() };
    let (da, db) = (days(a), days(b));
    if !da.is_empty() && !db.is_empty() && !da.iter().any(|x| db.iter().any(|y| x.eq_ignore_ascii_case(y))) {
        return Some(format!("{} vs {}", da.join(", "), db.join(", ")));
    }
    // One year each, a year or two apart: a slip ("In 1969, he was indicted" / "In 1970, he
    // was indicted"). Years further apart in like sentences are more often two events.
    let years = |d: &[String]| -> Vec<i32> {
        d.iter().filter(|x| x.len() == 4).filter_map(|x| x.parse().ok()).filter(|y| (1000..=2100).contains(y)).collect()
    };
    if let ([ya], [yb]) = (years(a).as_slice(), years(b).as_slice())
        && ya != yb
        && (ya - yb).abs() <= 2
    {
        return Some(format!("{ya} vs {yb}"));
    }
    None
}

/// The claim with its relative years made absolute against the year its article was
/// published ("Last year" in a story of August 2012 also reads "2011"), so that "in 2010"
/// and "last year" can disagree; unchanged (borrowed) when there is nothing to resolve.
pub(super) fn with_absolute_years<'a>(c: &'a Claim, published: Option<&str>) -> std::borrow::Cow<'a, Claim> {
    let relative = |d: &String| match d.to_lowercase().as_str() {
        "last year" => Some(-1),
        "this year" => Some(0),
        "next year" => Some(1),
        _ => None,
    };
    let Some(offset) = c.dates.iter().find_map(relative) else { return std::borrow::Cow::Borrowed(c) };
    let Some(year) = published.and_then(super::events::publication_year) else { return std::borrow::Cow::Borrowed(c) };
    let mut out = c.clone();
    let resolved = (year + offset).to_string();
    if !out.dates.contains(&resolved) {
        out.dates.push(resolved);
    }
    std::borrow::Cow::Owned(out)
}
