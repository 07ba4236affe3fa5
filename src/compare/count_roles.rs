//! Whose a figure is and what part the people it counts played: an age after a name or
//! written as one word ("Lubitz, 27", "a 60-year-old man"), the dead, the injured, the
//! missing, a crowd ("killing four and wounding five", "15 injured", "the death toll …
//! increased to 274").

use super::super::super::text::{stem, words};
use super::{Around, Quantity, is_number_word, lx, measures};

/// How many words before "to 274" a "toll" may stand and still be what the figure gives.
const TOLL_REACH: usize = 14;

/// "killing at least 26 people and injuring 16 others": the others are others than the dead
/// of the same sentence, and 16 is every injured person it tells of. (A lone "arrested five
/// others" is some of the arrested.)
pub(super) fn others_of_another_role(at: &Around, role: &str) -> bool {
    let mut before = words(at.before).collect::<Vec<String>>();
    let verb = before.pop();
    matches!(words(at.after).next().as_deref(), Some("others"))
        && verb.is_some_and(|v| role_of_word(&v) == Some(role))
        && before.iter().any(|w| role_of_word(w).is_some_and(|r| r != role))
}

/// A person's age given after the name ("Andreas Lubitz, 27, was …"): the class "age
/// lubitz", so that ages of two people ("Ruiz, 24" / "Hale, 16") are two slots. Ages told
/// otherwise ("aged 56", "He was 56.") keep the class their words give.
pub(super) fn age_of(q: &Quantity, at: &Around) -> Option<String> {
    if q.value.fract() != 0.0 || !(1.0..=120.0).contains(&q.value) || q.text.contains(['%', '$', '€', '£']) {
        return None;
    }
    let (before, after) = (at.before, at.after);
    // "Name, 27," : a capitalised word, a comma, the figure, and punctuation after it.
    let closes = after.is_empty() || after.starts_with([',', '.', ';', ')']);
    let name = before.strip_suffix(", ")?;
    let last = name.rsplit([' ', '(']).next()?;
    let lower = last.to_lowercase();
    let capitalised = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().count() > 1
        && last.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    let time_word = lx::MONTHS.contains(&lower.as_str()) || lx::is_weekday(&lower);
    (closes && capitalised && !time_word).then(|| format!("age {}", lower.trim_end_matches("'s")))
}

/// The class of an age written as one word with its figure: "age man" of "a 60-year-old
/// man", "age lubitz" of "the 27-year-old Lubitz" (as an age after a name is classed), "age"
/// when nothing names whose it is.
pub(super) fn aged_one(after: &str) -> String {
    let Some(raw) = after.split_whitespace().next() else { return "age".into() };
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    if word.is_empty() || raw.starts_with([',', '.', ';', ':']) {
        return "age".into();
    }
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches("'s");
    if word.starts_with(char::is_uppercase) { format!("age {lower}") } else { format!("age {}", stem(lower)) }
}

/// The part a word counts people for: the dead, the injured, the missing …
pub(super) fn role_of_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "killing" | "kills" | "dead" | "died" | "dying" | "slain" | "perished" | "drowned" => "deaths",
        "wounded" | "wounding" | "injured" | "injuring" | "hurt" | "hurting" => "injured",
        "missing" | "unaccounted" => "missing",
        // Under rubble or underground: not yet missing, not yet rescued.
        "trapped" | "stranded" => "trapped",
        "rescued" | "rescuing" | "saved" => "rescued",
        "survived" | "surviving" | "survivors" | "survivor" => "survivors",
        "aboard" | "onboard" | "carrying" | "carried" => "aboard",
        "hospitalized" | "hospitalised" => "hospitalized",
        "arrested" | "detained" => "arrested",
        "marched" | "marching" | "protested" | "protesting" | "rallied" | "demonstrated" | "demonstrating" => "crowd",
        _ => return None,
    })
}

/// The part the people a figure counts played, when the words next to it say: killed or
/// dead, wounded, missing, rescued, aboard, taken to hospital, arrested. The word before
/// the figure ("killing at least five", "carrying 462") or after its counted word ("five
/// people were killed", "300 people missing", "459 on board").
pub(super) fn count_role(at: &Around) -> Option<&'static str> {
    let before: Vec<String> = words(at.tail()).collect();
    if let Some(crowd) = measures::crowd_before(at.before) {
        return Some(crowd);
    }
    if let Some(w) = before.last()
        && let Some(r) = role_of_word(w)
    {
        return Some(r);
    }
    // "the death toll rose to 14", "a death toll of 14": the toll is the dead.
    let n = before.len();
    if n >= 2
        && before[n - 3.min(n)..].iter().any(|w| w == "toll")
        && matches!(before[n - 1].as_str(), "to" | "of" | "at" | "is" | "was" | "stood" | "reached" | "hit")
    {
        return Some("deaths");
    }
    // "The death toll in a coal mine disaster in western Turkey increased to 274", "raising
    // the death toll in the country's worst accident to 282": the toll, however far before
    // in the clause.
    if matches!(before.last().map(String::as_str), Some("to" | "at")) {
        let clause = at.before.rsplit([',', ';', ':', '(', '—', '–']).next().unwrap_or("");
        let ws: Vec<String> = words(clause).collect();
        if ws.iter().rev().take(TOLL_REACH).any(|w| w == "toll") {
            return Some("deaths");
        }
    }
    let mut after: Vec<String> = words(at.after).take(7).collect();
    // "20 to 23 people were killed": the lower end of a range counts what the upper does.
    if after.len() > 2 && matches!(after[0].as_str(), "to" | "or" | "and") && is_number_word(&after[1]) {
        after.drain(..2);
    }
    after.truncate(5);
    // The counted word itself, then words that only link it to its role.
    if after.first().is_some_and(|w| {
        matches!(w.as_str(), "people" | "persons" | "others" | "more" | "of" | "them") || lx::counts_people(w)
    }) {
        after.remove(0);
    }
    // "100,000 people took to the streets".
    if after.len() >= 4 && after[0] == "took" && after[1] == "to" && after[3] == "streets" {
        return Some("crowd");
    }
    let (mut prev_on, mut prev_into) = (false, false);
    for w in after.into_iter().take(4) {
        if let Some(r) = role_of_word(&w) {
            return Some(r);
        }
        if prev_on && w == "board" {
            return Some("aboard");
        }
        // "Five people are in hospital", "six were taken to hospital".
        if prev_into && w == "hospital" {
            return Some("hospitalized");
        }
        prev_on = w == "on";
        prev_into = matches!(w.as_str(), "in" | "to");
        if prev_into || w == "taken" {
            continue;
        }
        if !matches!(
            w.as_str(),
            "were"
                | "was"
                | "are"
                | "is"
                | "have"
                | "has"
                | "had"
                | "been"
                | "being"
                | "remain"
                | "remained"
                | "remains"
                | "still"
                | "reportedly"
                | "confirmed"
                | "on"
                | "later"
                | "now"
        ) {
            break;
        }
    }
    None
}
