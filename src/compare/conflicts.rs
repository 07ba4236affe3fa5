//! Whether two claims of one group disagree: the counted things and figures they give (as
//! ranges, so a bound and a figure inside it agree), weekdays, negation and speaker, each
//! disagreement with how sure it is.

use super::ConflictKind;
use super::quotes::surname;
use super::text::{stem, words};
use crate::analyze::lexicon as lx;
use crate::analyze::{Claim, Quantity};

/// (unit class, value) of each counted thing in a claim; years are dates, not counts.
pub(super) fn unit_values(c: &Claim) -> Vec<(String, f64)> {
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
    // Only inside a sentence: a capital that opens it says nothing.
    prev.len() > word.len()
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !is_month
}

/// Times of day written in a claim, as minutes after midnight with the text: "3:33 a.m.",
/// "2:15 p.m.", "14:05".
pub(super) fn times_of_day(text: &str) -> Vec<(u32, String)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b':' && i > 0 && b[i - 1].is_ascii_digit() && i + 2 < b.len() {
            let start = if i >= 2 && b[i - 2].is_ascii_digit() { i - 2 } else { i - 1 };
            let ok_start = start == 0 || !b[start - 1].is_ascii_digit();
            if ok_start
                && b[i + 1].is_ascii_digit()
                && b[i + 2].is_ascii_digit()
                && (i + 3 >= b.len() || !b[i + 3].is_ascii_digit())
            {
                let h: u32 = text[start..i].parse().unwrap_or(99);
                let m: u32 = text[i + 1..i + 3].parse().unwrap_or(99);
                let rest = text[i + 3..].trim_start().to_lowercase();
                let pm = rest.starts_with("p.m") || rest.starts_with("pm");
                let am = rest.starts_with("a.m") || rest.starts_with("am");
                if h < 24 && m < 60 {
                    let h24 = if pm && h < 12 {
                        h + 12
                    } else if am && h == 12 {
                        0
                    } else {
                        h
                    };
                    let mut written = text[start..i + 3].to_string();
                    if pm || am {
                        written.push_str(if pm { " p.m." } else { " a.m." });
                    }
                    out.push((h24 * 60 + m, written));
                }
            }
        }
        i += 1;
    }
    out
}

/// The kind of thing a number counts, folded so that synonyms meet ("states", "nations",
/// "countries" → "country").
pub(super) fn unit_class(text: &str, q: &Quantity) -> String {
    if let Some(age) = age_of(text, q) {
        return age;
    }
    let class = unit_word(text, q).map(|u| fold_unit(&u)).unwrap_or_default();
    // People counted in a role are counted for that role: "killed four and wounded five
    // people" gives four deaths and five injured, not four and five people.
    if matches!(class.as_str(), "" | "people" | "deaths")
        && let Some(role) = count_role(text, q)
    {
        return role.to_string();
    }
    // A price of one thing is not a sum: "$196 per share" against "$26.2 billion" or a
    // share's closing price of "$131" counts another thing.
    if matches!(class.as_str(), "dollars" | "euros" | "pounds")
        && let Some(pos) = text.find(&q.text)
    {
        let mut next = words(&text[pos + q.text.len()..]);
        if let (Some(link), Some(thing)) = (next.next(), next.next())
            && (link == "per" || ((link == "a" || link == "an") && is_rate_base(&thing)))
        {
            return format!("{class} per {}", stem(&thing));
        }
    }
    class
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

/// A person's age given after the name ("Andreas Lubitz, 27, was …"): the class "age
/// lubitz", so that ages of two people ("Ruiz, 24" / "Hale, 16") are two slots. Ages told
/// otherwise ("aged 56", "He was 56.") keep the class their words give.
fn age_of(text: &str, q: &Quantity) -> Option<String> {
    if q.value.fract() != 0.0 || !(1.0..=120.0).contains(&q.value) || q.text.contains(['%', '$', '€', '£']) {
        return None;
    }
    let pos = text.find(&q.text)?;
    let (before, after) = (&text[..pos], &text[pos + q.text.len()..]);
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

/// The part the people a figure counts played, when the words next to it say: killed or
/// dead, wounded, missing, rescued, aboard, taken to hospital, arrested. The word before
/// the figure ("killing at least five", "carrying 462") or after its counted word ("five
/// people were killed", "300 people missing", "459 on board").
fn count_role(text: &str, q: &Quantity) -> Option<&'static str> {
    let pos = text.find(&q.text)?;
    let role = |w: &str| -> Option<&'static str> {
        Some(match w {
            "killed" | "killing" | "kills" | "dead" | "died" | "dying" | "slain" | "perished" => "deaths",
            "wounded" | "wounding" | "injured" | "injuring" | "hurt" | "hurting" => "injured",
            "missing" | "unaccounted" => "missing",
            "rescued" | "rescuing" | "saved" => "rescued",
            "aboard" | "onboard" | "carrying" | "carried" => "aboard",
            "hospitalized" | "hospitalised" => "hospitalized",
            "arrested" | "detained" => "arrested",
            _ => return None,
        })
    };
    let before: Vec<String> = words(&text[..pos]).collect();
    if let Some(w) = before.last()
        && let Some(r) = role(w)
    {
        return Some(r);
    }
    let mut after = words(&text[pos + q.text.len()..]).peekable();
    // The counted word itself, then words that only link it to its role.
    if after.peek().is_some_and(|w| matches!(w.as_str(), "people" | "persons" | "others" | "more" | "of" | "them")) {
        after.next();
    }
    let mut prev_on = false;
    for w in after.take(4) {
        if let Some(r) = role(&w) {
            return Some(r);
        }
        if prev_on && w == "board" {
            return Some("aboard");
        }
        prev_on = w == "on";
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

/// The slot's name for a reader: the counted word as the article writes it ("interfaces"),
/// or the folded class where one was folded ("deaths" for "killed").
fn unit_label(text: &str, q: &Quantity) -> String {
    let class = unit_class(text, q);
    if let Some(who) = class.strip_prefix("age ") {
        let mut name = who.chars();
        return format!(
            "age of {}{}",
            name.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default(),
            name.as_str()
        );
    }
    let Some(word) = unit_word(text, q) else { return class };
    if class == stem(&word) { word } else { class }
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

/// A counted word's class: synonyms folded ("killed", "dead" → "deaths"), other words stemmed.
fn fold_unit(u: &str) -> String {
    let folded = match u {
        "%" | "percent" | "per" | "pct" => "percent",
        "country" | "countries" | "nation" | "nations" | "state" | "states" => "country",
        "people" | "persons" | "person" | "civilians" | "residents" | "individuals" => "people",
        "troops" | "soldiers" | "personnel" | "servicemen" => "troops",
        "dead" | "killed" | "deaths" | "fatalities" => "deaths",
        "$" | "dollars" | "usd" => "dollars",
        "€" | "euros" | "eur" => "euros",
        "£" | "pounds" => "pounds",
        other => return stem(other),
    };
    folded.to_string()
}

/// A number written in figures or as a small number word.
fn is_number_word(w: &str) -> bool {
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
pub(super) fn count_conflict(a: &[(String, f64)], b: &[(String, f64)]) -> Option<(String, f64, f64)> {
    for (ua, va) in a {
        // Nothing to compare unless the other claim counts the same thing (checked first: this
        // runs for every pair of members of every group).
        if ua.is_empty() || !b.iter().any(|(u, _)| u == ua) {
            continue;
        }
        // Durations and shares legitimately differ between two sentences of one story
        // ("three years" of one thing, "eight years" of another); counts of things do not.
        // Unless the two claims pin the slot by sharing the other end of a range: "7 to 75
        // years" against "six to 75 years".
        if lx::is_not_count(ua) && !anchored(a, b, ua) {
            continue;
        }
        let mut same_unit_b: Vec<f64> = b.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
        let mut same_unit_a: Vec<f64> = a.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
        if anchored(a, b, ua) {
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
        if let Some(&vb) = same_unit_b.first() {
            let ratio = va.max(vb) / va.min(vb).max(f64::MIN_POSITIVE);
            if ratio <= 3.0 {
                return Some((ua.clone(), *va, vb));
            }
        }
    }
    None
}

/// Two values each of `unit` in both claims, one of them equal: the two claims give one
/// range, and its other end can be compared.
fn anchored(a: &[(String, f64)], b: &[(String, f64)], unit: &str) -> bool {
    let count = |x: &[(String, f64)]| x.iter().filter(|(u, _)| u == unit).count();
    count(a) == 2
        && count(b) == 2
        && a.iter().filter(|(u, x)| u == unit && b.iter().any(|(w, y)| w == unit && y == x)).count() == 1
}

/// Below this a possible disagreement is not shown: a wrong alarm costs a reader more than a
/// missed one.
pub(super) const MIN_CONFLICT_CONFIDENCE: f64 = 0.75;

/// The range a quantity as written allows. A writer who knows 50 does not write "more than
/// 40": a bound sits close below (or above) the figure, so "more than 400" allows 401 to 460
/// and "up to 10" allows 8.5 to 10; "about 30" allows 28 to 32. Two figures disagree only
/// when their ranges do not meet.
pub(super) fn range(text: &str, v: f64) -> (f64, f64) {
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
    let states = (super::opposites::state_words(&a.text), super::opposites::state_words(&b.text));
    pair_conflicts_with(a, b, ua, ub, sim, (&sa, &sb), states)
}

/// [`pair_conflicts`], handed the time slots both claims fill and the state words both
/// hold (a group works them out once per member, not once per pair).
pub(super) fn pair_conflicts_with(
    a: &Claim,
    b: &Claim,
    ua: &[(String, f64)],
    ub: &[(String, f64)],
    sim: f64,
    (sa, sb): (&[super::slots::Slot], &[super::slots::Slot]),
    states: (u32, u32),
) -> Vec<(ConflictKind, String, f64)> {
    let mut out = Vec::new();
    let same_fact = (sim / 0.6).min(1.0);
    if let Some((unit, va, vb)) = count_conflict(ua, ub).or_else(|| unitless_conflict(ua, ub)) {
        // The figure as written, of the compared unit ("7" of "7 to 75 years", not the
        // "Seven" of "Seven of the men").
        let quantity = |c: &Claim, v: f64| {
            let same = |q: &&Quantity| q.value == v;
            let of_unit = c.numbers.iter().filter(same).find(|q| unit_class(&c.text, q) == unit);
            of_unit.or_else(|| c.numbers.iter().find(same)).map(|q| q.text.clone())
        };
        let (ta, tb) =
            (quantity(a, va).unwrap_or_else(|| format!("{va}")), quantity(b, vb).unwrap_or_else(|| format!("{vb}")));
        let ((la, ha), (lb, hb)) = (range(&ta, va), range(&tb, vb));
        if ha < lb || hb < la {
            // A number with what it counts names its slot ("country: more than 40 vs roughly
            // 50"), which is evidence of one fact by itself; a bare number might count anything.
            let (detail, confidence) = if unit.is_empty() {
                (format!("{ta} vs {tb}"), 0.3 + 0.6 * same_fact)
            } else {
                let label = a
                    .numbers
                    .iter()
                    .find(|q| q.value == va && unit_class(&a.text, q) == unit)
                    .map(|q| unit_label(&a.text, q))
                    .unwrap_or_else(|| unit.clone());
                (format!("{label}: {ta} vs {tb}"), 0.6 + 0.4 * same_fact)
            };
            out.push((ConflictKind::Number, detail, confidence));
        }
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
    if a.text.contains(':')
        && b.text.contains(':')
        && let Some(detail) = time_conflict(&a.text, &b.text)
    {
        // Times of day, like weekdays, date many things in one story.
        out.push((ConflictKind::Date, detail, 0.2 + 0.6 * same_fact));
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
    // Only two confident attributions of one claim disagree about who made it; a pronoun
    // resolved far back or a body named near the remark is too weak to accuse an outlet.
    // Only words quoted in both: outlets name different sources for one fact all the time
    // ("police said" / "the mayor said"); the same words put in two mouths is a disagreement.
    let sure = |c: &Claim| c.speaker_confidence.is_some_and(|x| x >= SURE_SPEAKER) && has_quotation(&c.text);
    if let (Some(sa), Some(sb)) = (&a.speaker, &b.speaker)
        && surname(sa) != surname(sb)
        && sure(a)
        && sure(b)
    {
        let confidence = f64::from(a.speaker_confidence.unwrap_or(0.0).min(b.speaker_confidence.unwrap_or(0.0)));
        out.push((ConflictKind::Speaker, format!("{sa} vs {sb}"), confidence * same_fact.max(0.8)));
    }
    out
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

/// Whether a sentence quotes words: a double quotation mark of any style.
fn has_quotation(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„'])
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

/// One time of day in each claim, and they differ: "3:33 a.m. vs 3:30 a.m.".
pub(super) fn time_conflict(a: &str, b: &str) -> Option<String> {
    match (times_of_day(a).as_slice(), times_of_day(b).as_slice()) {
        ([(ma, ta)], [(mb, tb)]) if ma != mb => Some(format!("time: {ta} vs {tb}")),
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
            let content: Vec<String> = words(cl)
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
