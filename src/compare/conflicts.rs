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
        .filter_map(|q| {
            let unit = unit_class(&c.text, q);
            let is_year = unit.is_empty() && q.value.fract() == 0.0 && (1900.0..=2100.0).contains(&q.value);
            (!is_year).then_some((unit, q.value))
        })
        .collect()
}

/// The kind of thing a number counts, folded so that synonyms meet ("states", "nations",
/// "countries" → "country").
pub(super) fn unit_class(text: &str, q: &Quantity) -> String {
    let raw = q.unit.clone().filter(|u| !u.is_empty()).or_else(|| {
        let pos = text.find(&q.text)? + q.text.len();
        words(&text[pos..]).find(|w| {
            !matches!(w.as_str(), "more" | "than" | "of" | "the" | "new" | "other" | "additional" | "foreign")
        })
    });
    let Some(u) = raw else { return String::new() };
    let u = u.to_lowercase();
    let folded = match u.as_str() {
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

/// A counted thing with different values in two claims: ("more than 40", "roughly 50").
pub(super) fn count_conflict(a: &[(String, f64)], b: &[(String, f64)]) -> Option<(String, f64, f64)> {
    for (ua, va) in a {
        // Durations and shares legitimately differ between two sentences of one story
        // ("three years" of one thing, "eight years" of another); counts of things do not.
        if ua.is_empty() || lx::is_not_count(ua) {
            continue;
        }
        let same_unit_b: Vec<f64> = b.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
        let same_unit_a: Vec<f64> = a.iter().filter(|(u, _)| u == ua).map(|e| e.1).collect();
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

/// Below this a possible disagreement is not shown: a wrong alarm costs a reader more than a
/// missed one.
pub(super) const MIN_CONFLICT_CONFIDENCE: f64 = 0.75;

/// The range a quantity as written allows. A writer who knows 50 does not write "more than
/// 40": a bound sits close below (or above) the figure, so "more than 400" allows 401 to 460
/// and "up to 10" allows 8.5 to 10; "about 30" allows 28 to 32. Two figures disagree only
/// when their ranges do not meet.
pub(super) fn range(text: &str, v: f64) -> (f64, f64) {
    let t = text.to_lowercase();
    let has = |qs: &[&str]| qs.iter().any(|q| t.starts_with(q) || t.contains(&format!(" {q} ")));
    if has(&["more than", "over", "at least", "upwards of", "well over", "just over", "no fewer than", "above"]) {
        (v, v * 1.15)
    } else if has(&["less than", "fewer than", "under", "up to", "at most", "no more than", "just under", "below"]) {
        (v * 0.85, v)
    } else if has(&[
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "some",
        "approximately",
        "close to",
        "an estimated",
        "estimated",
    ]) {
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
    let mut out = Vec::new();
    let same_fact = (sim / 0.6).min(1.0);
    if let Some((unit, va, vb)) = count_conflict(ua, ub).or_else(|| unitless_conflict(ua, ub)) {
        let quantity = |c: &Claim, v: f64| c.numbers.iter().find(|q| q.value == v).map(|q| q.text.clone());
        let (ta, tb) =
            (quantity(a, va).unwrap_or_else(|| format!("{va}")), quantity(b, vb).unwrap_or_else(|| format!("{vb}")));
        let ((la, ha), (lb, hb)) = (range(&ta, va), range(&tb, vb));
        if ha < lb || hb < la {
            // A number with what it counts names its slot ("country: more than 40 vs roughly
            // 50"), which is evidence of one fact by itself; a bare number might count anything.
            let (detail, confidence) = if unit.is_empty() {
                (format!("{ta} vs {tb}"), 0.3 + 0.6 * same_fact)
            } else {
                (format!("{unit}: {ta} vs {tb}"), 0.6 + 0.4 * same_fact)
            };
            out.push((ConflictKind::Number, detail, confidence));
        }
    }
    if let Some(detail) = date_conflict(&a.dates, &b.dates) {
        // Weekdays date many things in one story; only near-identical claims pin one event.
        out.push((ConflictKind::Date, detail, 0.2 + 0.6 * same_fact));
    }
    if a.negated != b.negated && sim >= 0.5 {
        let (yes, no) = if a.negated { ("negated", "affirmed") } else { ("affirmed", "negated") };
        out.push((ConflictKind::Negation, format!("{yes} vs {no}"), 0.4 + 0.5 * same_fact));
    }
    // Only two confident attributions of one claim disagree about who made it; a pronoun
    // resolved far back or a body named near the remark is too weak to accuse an outlet.
    let sure = |c: &Claim| c.speaker_confidence.is_some_and(|x| x >= SURE_SPEAKER);
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

/// The attribution confidence both claims need before their speakers can conflict.
pub(super) const SURE_SPEAKER: f32 = 0.85;

/// Numbers without a unit conflict when each claim has exactly one and they differ.
pub(super) fn unitless_conflict(a: &[(String, f64)], b: &[(String, f64)]) -> Option<(String, f64, f64)> {
    let pa: Vec<f64> = a.iter().filter(|e| e.0.is_empty()).map(|e| e.1).collect();
    let pb: Vec<f64> = b.iter().filter(|e| e.0.is_empty()).map(|e| e.1).collect();
    (pa.len() == 1 && pb.len() == 1 && pa[0] != pb[0] && a.len() == 1 && b.len() == 1)
        .then(|| (String::new(), pa[0], pb[0]))
}

/// Two claims of one fact that name different weekdays.
pub(super) fn date_conflict(a: &[String], b: &[String]) -> Option<String> {
    let days =
        |d: &[String]| -> Vec<String> { d.iter().filter(|x| lx::is_weekday(&x.to_lowercase())).cloned().collect() };
    let (da, db) = (days(a), days(b));
    if !da.is_empty() && !db.is_empty() && !da.iter().any(|x| db.iter().any(|y| x.eq_ignore_ascii_case(y))) {
        return Some(format!("{} vs {}", da.join(", "), db.join(", ")));
    }
    None
}
