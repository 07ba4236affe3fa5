//! What a figure counts: the counted thing after it, folded to a class ("nations" and
//! "countries" are one), the part the people it counts played ("killed four and wounded
//! five"), whose age it gives, a price per thing, and the range its qualifier allows
//! ("more than 40", "nearly 27").

use super::super::text::{stem, words};
use crate::analyze::lexicon as lx;
use crate::analyze::{Claim, Quantity};
use crate::compare::measures;
use roles::{age_of, aged_one, count_role, others_of_another_role, role_of_word};

/// (unit class, value) of each counted thing in a claim; years are dates, not counts.
pub(in crate::compare) fn unit_values(c: &Claim) -> Vec<(String, f64)> {
    c.numbers
        .iter()
        .filter(|q| !part_of_name_or_time(&c.text, q))
        .filter_map(|q| {
            let unit = unit_class(&c.text, q);
            let is_year = unit.is_empty() && q.value.fract() == 0.0 && (1900.0..=2100.0).contains(&q.value);
            (!is_year).then_some((unit, q.value))
        })
        .collect()
}

/// A number that counts nothing: a piece of a time of day ("3:33 a.m.") or the number of a
/// name it follows ("Firefox 3.05", "Route 66", "Boeing 737").
fn part_of_name_or_time(text: &str, q: &Quantity) -> bool {
    let Some(pos) = text.find(&q.text) else { return false };
    let (before, after) = (&text[..pos], &text[pos + q.text.len()..]);
    let digit_after_colon = |s: &str| s.strip_prefix(':').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if before.ends_with(':') || digit_after_colon(after) {
        return true;
    }
    let Some(prev) = before.strip_suffix(' ') else { return false };
    let word = prev.rsplit(' ').next().unwrap_or("");
    let is_month = crate::analyze::lexicon::MONTHS.contains(&word.to_lowercase().as_str())
        || crate::analyze::lexicon::is_weekday(&word.to_lowercase());
    // "on April 25, killing hundreds": the day of a date counts nothing.
    if word.starts_with(|c: char| c.is_uppercase())
        && crate::analyze::lexicon::month_index(&word.trim_end_matches('.').to_lowercase()).is_some()
        && q.value.fract() == 0.0
        && q.value <= 31.0
    {
        return true;
    }
    // Only inside a sentence: a capital that opens it says nothing.
    prev.len() > word.len()
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !is_month
}

/// The kind of thing a number counts, folded so that synonyms meet ("states", "nations",
/// "countries" → "country").
pub(in crate::compare) fn unit_class(text: &str, q: &Quantity) -> String {
    let word = unit_word(text, q);
    let class = word.as_deref().map(fold_unit).unwrap_or_default();
    // The figure is found once; every reading below looks at the words around it.
    let Some(pos) = text.find(&q.text) else { return class };
    // The readings below find a measure's unit as the word after its figure: a unit glued
    // to the figure ("33km northeast of Ambon") is put back in that place.
    let glued: String;
    let after = &text[pos + q.text.len()..];
    let after = match q.unit.as_deref() {
        Some(unit) if glued_to_a_figure(&q.text) && !q.text.ends_with(unit) => {
            glued = format!(" {unit}{after}");
            glued.as_str()
        }
        _ => after,
    };
    let at = Around { before: &text[..pos], after };
    if let Some(age) = age_of(q, &at) {
        return age;
    }
    // "a 60-year-old man", "the 27-year-old Lubitz": the age of whoever the next word names.
    if q.unit.as_deref() == Some(crate::analyze::AGE_UNIT) {
        return aged_one(at.after);
    }
    // One measure of the event whatever the word after it: a quake's magnitude and depth, a
    // prison term.
    if let Some(measure) = measures::measure(at.tail(), at.after, q.unit.as_deref(), &class) {
        return measure;
    }
    // People counted in a role are counted for that role: "killed four and wounded five
    // people" gives four deaths and five injured, not four and five people.
    // "15 injured", "three missing": the counted word is the part they played; "injuring
    // 16 others" counts people too.
    let role_word = word.as_deref().and_then(role_of_word);
    // "200 miners trapped", "12 passengers were killed": people counted by what they are,
    // in the part the next words give.
    // ("189 passengers and crew" counts both: see `counted_with` below.)
    let people = word
        .as_deref()
        .is_some_and(|w| crate::analyze::lexicon::counts_people(&w.to_lowercase()) && counted_with(&at, w).is_none());
    // A count of no particular kind of person.
    let plain = matches!(class.as_str(), "" | "people" | "deaths" | "other");
    if (plain || role_word.is_some() || people)
        && let Some(role) = count_role(&at).or(role_word)
    {
        // What they are stays in the class: "two women died" may be a part of "three people
        // died" (a man and two women), and passengers are not all aboard.
        let role = if people && role_word.is_none() && !plain { format!("{role} {class}") } else { role.to_string() };
        return if is_partial(&at) && !others_of_another_role(&at, &role) { format!("{PART}{role}") } else { role };
    }
    if !class.is_empty() && is_partial(&at) {
        return format!("{PART}{class}");
    }
    // "189 passengers and crew" counts both: not the passengers alone.
    if let Some(unit) = word.as_deref()
        && let Some(with) = counted_with(&at, unit)
    {
        return format!("{class} and {with}");
    }
    // "three counts of wire fraud and one count of conspiracy": a part of the total, which
    // the sentence adds up from pieces ("one" is no figure the reader takes).
    if !class.is_empty() && one_more_of(at.after, &class) {
        return format!("{PART}{class}");
    }
    // "arrested five buildings away" / "three houses from the scene": one distance of the
    // event, in buildings.
    if let Some(unit) = word.as_deref()
        && let Some(away) = measures::buildings_away(at.before, at.after, unit)
    {
        return away;
    }
    // A distance from a named place is that distance: "Cyprus, 240 kilometres away" and
    // "felt in Cyprus, 180 kilometres away" give one; other distances of a story are many.
    if matches!(class.as_str(), "kilometr" | "km" | "mile" | "metr" | "feet" | "foot")
        && let Some(place) = measures::distance_from(at.before, at.after)
    {
        return format!("{class} from {place}");
    }
    // A price of one thing is not a sum: "$196 per share" against "$26.2 billion" or a
    // share's closing price of "$131" counts another thing.
    if matches!(class.as_str(), "dollars" | "euros" | "pounds") {
        let mut next = words(at.after);
        if let (Some(link), Some(thing)) = (next.next(), next.next())
            && (link == "per" || ((link == "a" || link == "an") && is_rate_base(&thing)))
        {
            // What the market paid ("trading at $32.77 a share", "closed at $131 per share")
            // is not what a buyer offers ("values the stock at $42 a share").
            let market = if measures::is_market_price(at.tail(), at.after) { " traded" } else { "" };
            return format!("{class} per {}{market}", stem(&thing));
        }
    }
    class
}

/// The figure of claim `c` that gives `value` counting `class`, as written ("7" of "7 to 75
/// years", not the "Seven" of "Seven of the men").
pub(in crate::compare) fn written_as<'a>(c: &'a Claim, value: f64, class: &str) -> Option<&'a Quantity> {
    c.numbers.iter().find(|q| q.value == value && unit_class(&c.text, q) == class)
}

/// Classes that say what is counted well enough to pair sentences by them alone: the parts
/// people play (`count_role`), a crowd, a quake's magnitude, a person's age (`age_of`), a
/// distance from a place (`measures::distance_from`).
pub(in crate::compare) fn is_pinned(class: &str) -> bool {
    // "trapped miner": the part, played by people counted by what they are.
    let part = class.split_once(' ').filter(|(_, noun)| !noun.contains(' ')).map_or(class, |(part, _)| part);
    matches!(
        part,
        "deaths"
            | "injured"
            | "missing"
            | "trapped"
            | "rescued"
            | "survivors"
            | "aboard"
            | "hospitalized"
            | "arrested"
            | "crowd"
            | "magnitude"
    ) || class.starts_with("age ")
        || class.contains(" from ")
        || class.starts_with(measures::BUILDINGS_AWAY)
        || class.starts_with(measures::BLOCKS_AWAY)
}

/// How many times apart two estimates of one crowd may be: "30,000, police said" against
/// "an estimated 100,000" is the usual dispute, not two crowds.
const CROWD_RATIO: f64 = 5.0;

/// How far apart two magnitudes of one quake may be read: agencies differ by a few tenths.
const MAGNITUDE_SPREAD: f64 = 0.5;

/// Whether two values of one class can be one fact told two ways. Figures more than three
/// times apart count different things, except a measure of the event (its depth), which is
/// one slot however far apart, and the size of a crowd, which police and organisers are
/// known to put several times apart; magnitudes a point apart are two quakes (a shock and
/// its aftershock).
pub(in crate::compare) fn one_fact(class: &str, a: f64, b: f64) -> bool {
    if class == "magnitude" {
        return (a - b).abs() <= MAGNITUDE_SPREAD;
    }
    let ratio = a.max(b) / a.min(b).max(f64::MIN_POSITIVE);
    let apart = if class == "crowd" { CROWD_RATIO } else { 3.0 };
    ratio <= apart || class.starts_with("depth ")
}

/// The class prefix of a count of some of a set ("three others", "another 20,000", "seven
/// of the men"): its total is not told, so it is compared with nothing.
pub(in crate::compare) const PART: &str = "part of ";

/// A figure in its sentence: the text before it and the text after it.
struct Around<'a> {
    before: &'a str,
    after: &'a str,
}

impl Around<'_> {
    /// The last few words before the figure (all a rule here reads), without scanning the
    /// sentence from its start; the first word of the piece may be cut.
    fn tail(&self) -> &str {
        let mut start = self.before.len().saturating_sub(40);
        while !self.before.is_char_boundary(start) {
            start -= 1;
        }
        &self.before[start..]
    }
}

/// Whether a figure counts part of a set: "other" or "another" before it, "other(s)" or
/// "of" after it.
fn is_partial(at: &Around) -> bool {
    let before = words(at.tail()).last();
    let after = words(at.after).next();
    // "a further 34 fatalities", "an additional 20": more beyond a count told before.
    matches!(before.as_deref(), Some("other" | "another" | "further" | "additional"))
        || matches!(after.as_deref(), Some("other" | "others" | "of"))
}

/// Whether the words after a figure add one more of its class: "… and one count of …".
fn one_more_of(after: &str, class: &str) -> bool {
    let ws: Vec<String> = words(after).take(16).collect();
    ws.windows(3).any(|w| w[0] == "and" && w[1] == "one" && fold_unit(&w[2]) == class)
}

/// The second thing a figure counts together with the first (its counted word `unit`):
/// "crew" in "189 passengers and crew", "teachers" in "300 students and teachers".
fn counted_with(at: &Around, unit: &str) -> Option<String> {
    let mut after = words(at.after).skip_while(|w| w != unit).skip(1);
    if after.next().as_deref() != Some("and") {
        return None;
    }
    let w = after.next()?;
    let noun = w.chars().all(|c| c.is_ascii_lowercase())
        && !super::super::text::is_stop_word(&w)
        && !is_number_word(&w)
        && !w.ends_with("ed")
        && !w.ends_with("ing");
    noun.then(|| stem(&w))
}

/// Things a price is quoted for ("$12 a share", "€40 an hour").
fn is_rate_base(w: &str) -> bool {
    matches!(
        w,
        "share"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
            | "barrel"
            | "gallon"
            | "litre"
            | "liter"
            | "person"
            | "head"
            | "ton"
            | "tonne"
            | "ounce"
            | "night"
            | "ticket"
            | "piece"
            | "unit"
            | "seat"
            | "mile"
            | "kilometre"
            | "kilometer"
    )
}

/// The slot's name for a reader: the counted word as the article writes it ("interfaces"),
/// or the folded class where one was folded ("deaths" for "killed").
pub(super) fn unit_label(text: &str, q: &Quantity) -> String {
    let class = unit_class(text, q);
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    };
    if let Some(who) = class.strip_prefix("age ") {
        // "a 60-year-old man": the man as written, not his stem.
        if q.unit.as_deref() == Some(crate::analyze::AGE_UNIT)
            && let Some(pos) = text.find(&q.text)
            && let Some(word) = words(&text[pos + q.text.len()..]).next()
            && who.starts_with(|c: char| c.is_lowercase())
            && !text[pos + q.text.len()..].trim_start().starts_with(char::is_uppercase)
        {
            return format!("age of the {word}");
        }
        return format!("age of {}", capital(who));
    }
    let Some(word) = unit_word(text, q) else { return class };
    if class.starts_with("depth ") {
        return format!("depth in {word}");
    }
    if let Some((_, verb)) = class.split_once(" away, ") {
        return format!("{verb}, {word} away");
    }
    if class.starts_with("prison ") {
        return format!("prison {word}");
    }
    // "trapped miner": "miners trapped", the word as written after its part.
    if let Some((part, noun)) = class.split_once(' ')
        && is_pinned(&class)
        && !noun.contains(' ')
        && fold_unit(&word.to_lowercase()) == noun
    {
        let part = match part {
            "deaths" => "dead",
            "survivors" => "surviving",
            "hospitalized" => "in hospital",
            other => other,
        };
        return format!("{word} {part}");
    }
    if let Some((_, place)) = class.split_once(" from ") {
        let place = if place == "capital" { "the capital".to_string() } else { capital(place) };
        return format!("{word} from {place}");
    }
    // "states" for the class "country": the word as written when it is one of the class's;
    // a part people played keeps its name ("dead" and "killed" are both deaths).
    let spelled =
        word.chars().all(char::is_alphabetic) && fold_unit(&word.to_lowercase()) == class && !is_pinned(&class);
    if class == stem(&word) || spelled { word } else { class }
}

/// The word after a figure that says what it counts, lower-case.
fn unit_word(text: &str, q: &Quantity) -> Option<String> {
    let raw = q.unit.clone().filter(|u| !u.is_empty()).or_else(|| {
        let pos = text.find(&q.text)? + q.text.len();
        // A figure that closes a phrase ("pages 1-3, 6, 7) – Bug 499640", "aged 7, the")
        // counts nothing named after it.
        if text[pos..].trim_start().starts_with([')', ']', ',', ';', ':', '–', '—']) {
            return None;
        }
        // "from 7 to 75 years", "between six and 75 years": the lower bound counts what the
        // upper one does.
        let mut next = words(&text[pos..]);
        if let (Some(link), Some(bound), Some(unit)) = (next.next(), next.next(), next.next())
            && matches!(link.as_str(), "to" | "and" | "or")
            && is_number_word(&bound)
        {
            return Some(unit);
        }
        let word = words(&text[pos..]).find(|w| {
            !matches!(
                w.as_str(),
                "more"
                    | "than"
                    | "of"
                    | "the"
                    | "new"
                    | "other"
                    | "additional"
                    | "foreign"
                    // "24 different partners": how the counted things relate, not what they are.
                    | "different"
                    | "separate"
                    | "distinct"
                    | "further"
                    | "extra"
                    | "consecutive"
                    | "straight"
                    | "successive"
            )
        })?;
        // A figure followed by a function word ("default value 200) and …", "3 to 4") names
        // no counted thing: a slot called "and" would compare figures of anything.
        (word == "per" || !lx::is_stop_word(&word)).then_some(word)
    });
    raw.map(|u| u.to_lowercase())
}

/// Whether a figure as written ends in letters glued to its digits ("33km", "about 37kms").
fn glued_to_a_figure(text: &str) -> bool {
    let letters = text.trim_end_matches(|c: char| c.is_alphabetic());
    letters.len() < text.len() && letters.ends_with(|c: char| c.is_ascii_digit())
}

/// A counted word's class: synonyms folded ("killed", "dead" → "deaths"), other words stemmed.
fn fold_unit(u: &str) -> String {
    let folded = match u {
        "%" | "percent" | "per" | "pct" => "percent",
        "country" | "countries" | "nation" | "nations" | "state" | "states" => "country",
        "people" | "persons" | "person" | "civilians" | "residents" | "individuals" => "people",
        "troops" | "soldiers" | "personnel" | "servicemen" => "troops",
        "protesters" | "protestors" | "demonstrators" | "marchers" => "crowd",
        "dead" | "killed" | "deaths" | "fatalities" => "deaths",
        "$" | "dollars" | "usd" => "dollars",
        "€" | "euros" | "eur" => "euros",
        "£" | "pounds" => "pounds",
        // One distance however it is spelled or shortened.
        "km" | "kms" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "kilometr",
        "miles" | "mile" => "mile",
        "metres" | "meters" | "metre" | "meter" => "metr",
        other => return stem(other),
    };
    folded.to_string()
}

/// A number written in figures or as a small number word.
pub(super) fn is_number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') && w.chars().any(|c| c.is_ascii_digit())
        || matches!(
            w,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "hundred"
                | "dozen"
        )
}

/// A counted thing with different values in two claims: ("more than 40", "roughly 50").
pub(in crate::compare) fn count_conflict(a: &[(String, f64)], b: &[(String, f64)]) -> Option<(String, f64, f64)> {
    let mut found = None;
    each_count_conflict(a, b, |c| {
        found = Some(c);
        true
    });
    found
}

/// Every counted thing with different values in two claims, one value pair per class ("65
/// injured and 169 arrested" / "100 injured and 288 arrested" gives two).
pub(in crate::compare) fn count_conflicts(a: &[(String, f64)], b: &[(String, f64)]) -> Vec<(String, f64, f64)> {
    let mut found: Vec<(String, f64, f64)> = Vec::new();
    each_count_conflict(a, b, |c| {
        if !found.iter().any(|f| f.0 == c.0) {
            found.push(c);
        }
        false
    });
    found
}

/// Calls `take` with each counted thing that has different values in two claims, until it
/// returns true.
fn each_count_conflict(a: &[(String, f64)], b: &[(String, f64)], mut take: impl FnMut((String, f64, f64)) -> bool) {
    for (ua, va) in a {
        // Nothing to compare unless the other claim counts the same thing (checked first: this
        // runs for every pair of members of every group).
        if ua.is_empty() || ua.starts_with(PART) || !b.iter().any(|(u, _)| u == ua) {
            continue;
        }
        // Durations and shares legitimately differ between two sentences of one story
        // ("three years" of one thing, "eight years" of another); counts of things do not.
        // Unless the two claims pin the slot by sharing the other end of a range: "7 to 75
        // years" against "six to 75 years".
        let anchored = anchored(a, b, ua);
        if lx::is_not_count(ua) && !anchored {
            continue;
        }
        let mut same_unit_b: Vec<f64> = b.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
        let mut same_unit_a: Vec<f64> = a.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
        // The figure stands in the other claim as a bare figure or a part of a set ("two
        // runways reopened" / "two of its four runways"): the differing figure counts
        // something else. (A figure that counts another thing, "12 arrested", says nothing.)
        let elsewhere =
            |v: f64, x: &[(String, f64)]| x.iter().any(|e| e.1 == v && (e.0.is_empty() || e.0.starts_with(PART)));
        if !anchored && (elsewhere(*va, b) || same_unit_b.first().is_some_and(|&vb| elsewhere(vb, a))) {
            continue;
        }
        if anchored {
            // The shared end of the range agrees; the other ends are what to compare.
            let (xa, xb) = (same_unit_a.clone(), same_unit_b.clone());
            same_unit_a.retain(|x| !xb.contains(x));
            same_unit_b.retain(|x| !xa.contains(x));
            if !same_unit_a.contains(va) {
                continue;
            }
        }
        if same_unit_b.is_empty() || same_unit_a.iter().any(|x| same_unit_b.contains(x)) {
            continue;
        }
        // "three counts of wire fraud and one count of conspiracy" against "four counts":
        // parts that add up to the other's total agree.
        let sum = |x: &[f64]| x.iter().sum::<f64>();
        if (same_unit_a.len() > 1 && same_unit_b.len() == 1 && sum(&same_unit_a) == same_unit_b[0])
            || (same_unit_b.len() > 1 && same_unit_a.len() == 1 && sum(&same_unit_b) == same_unit_a[0])
        {
            continue;
        }
        if let Some(&vb) = same_unit_b.first()
            && one_fact(ua, *va, vb)
            && take((ua.clone(), *va, vb))
        {
            return;
        }
    }
}

/// Two values each of `unit` in both claims, one of them equal: the two claims give one
/// range, and its other end can be compared.
fn anchored(a: &[(String, f64)], b: &[(String, f64)], unit: &str) -> bool {
    let count = |x: &[(String, f64)]| x.iter().filter(|(u, _)| u == unit).count();
    count(a) == 2
        && count(b) == 2
        && a.iter().filter(|(u, x)| u == unit && b.iter().any(|(w, y)| w == unit && y == x)).count() == 1
}

/// The range a quantity as written allows. A writer who knows 50 does not write "more than
/// 40": a bound sits close below (or above) the figure, so "more than 400" allows 401 to 460
/// and "up to 10" allows 8.5 to 10; "about 30" allows 28 to 32. Two figures disagree only
/// when their ranges do not meet.
pub(in crate::compare) fn range(text: &str, v: f64) -> (f64, f64) {
    let t = text.to_lowercase();
    // A qualifier opens the figure or stands as words of its own inside it (" q "); none of
    // them overlaps itself, so the plain left-to-right matches find every place.
    let b = t.as_bytes();
    let spaced =
        |q: &str| t.match_indices(q).any(|(i, _)| i > 0 && b[i - 1] == b' ' && b.get(i + q.len()) == Some(&b' '));
    let has = |qs: &[&str]| qs.iter().any(|q| t.starts_with(q) || spaced(q));
    if has(&[
        "more than",
        "over",
        "at least",
        "upwards of",
        "upward of",
        "well over",
        "just over",
        "no fewer than",
        "above",
        "in excess of",
        "north of",
    ]) {
        (v, v * 1.15)
    } else if has(&[
        "less than",
        "fewer than",
        "under",
        "up to",
        "at most",
        "no more than",
        "just under",
        "below",
        "as many as",
        "as much as",
        "south of",
        "shy of",
    ]) {
        (v * 0.85, v)
    } else if has(&["nearly", "almost", "close to"]) {
        // Short of the figure: "nearly 27 hours" is not 28.
        (v * 0.93, v)
    } else if has(&["about", "around", "roughly", "some", "approximately", "an estimated", "estimated"]) {
        (v * 0.93, v * 1.07)
    } else {
        (v, v)
    }
}

#[path = "count_roles.rs"]
mod roles;
