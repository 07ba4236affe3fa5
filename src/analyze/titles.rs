//! Titles written with a name: before it in capitals ("U.S. Defense Secretary Pete
//! Hegseth"), before it in lower case ("armed forces minister Sébastien Lecornu"), or after
//! it in an appositive ("Christopher Budd, Microsoft security lead,").

use super::doc::Doc;
use super::entities::{is_connector, is_name_tail, is_name_word, starts_clause};
use super::lexicon as lx;
use super::text::strip_possessive;

/// Splits a title off the front of the run `i..=j`: where the name starts, and the title.
/// `None` when the run is only a title ("the Defense Secretary").
pub(super) fn split_title(doc: &Doc, si: usize, i: usize, j: usize) -> Option<(usize, Option<String>)> {
    let mut last_title: Option<usize> = None;
    let mut k = i;
    while k <= j {
        let t = strip_possessive(doc.word(k));
        let l = doc.low(k);
        let titleish = lx::is_title_word(l)
            || lx::is_title_modifier(l)
            || lx::is_demonym(l)
            || (k < j && (lx::is_place(l) || lx::is_org_acronym(t)))
            || (l == "of" && k > i);
        if !titleish {
            break;
        }
        if lx::is_title_word(l) {
            last_title = Some(k);
        }
        k += 1;
    }
    // "Redwood Public Safety Director Kenneth Mercer", "Quarry CTO Lena Hart": an office word
    // further in, followed by nothing but a person's name, ends a title the scan above did not
    // reach (it stops at words it does not know, such as a town or a company).
    if let Some(k) = (i..j).rev().find(|&k| lx::is_title_word(doc.low(k)) && is_name_tail(doc, k + 1, j))
        && last_title.is_none_or(|lt| lt < k)
    {
        last_title = Some(k);
    }
    let mut n0 = i;
    let mut title: Option<String> = None;
    if let Some(mut lt) = last_title {
        if lt >= j {
            return None; // only a title ("the Defense Secretary")
        }
        // "Secretary of State Mike Vance": connectors and modifiers after the office word
        // still belong to the title while a name follows them.
        while lt + 1 < j && !is_name_tail(doc, lt + 1, j) {
            let l = doc.low(lt + 1);
            if !(is_connector(l) || lx::is_title_modifier(l) || lx::is_place(l) || lx::is_title_word(l)) {
                break;
            }
            lt += 1;
        }
        n0 = lt + 1;
        // "Chief Executive of Apple", "Mayor of London": the office and the body or place it
        // belongs to; no person is named.
        if doc.low(lt) == "of" {
            return None;
        }
        // "former U.S. President …": the lowercase qualifier is part of the title.
        let from = match i.checked_sub(1) {
            Some(p)
                if p >= doc.sents[si].words.0
                    && doc.slice(doc.words[p].end, doc.words[i].start) == " "
                    && matches!(
                        doc.word(p),
                        "former" | "then" | "acting" | "late" | "outgoing" | "incoming" | "interim" | "deputy" | "ex"
                    ) =>
            {
                p
            }
            _ => portfolios_before(doc, si, i).unwrap_or(i),
        };
        title = Some(doc.slice(doc.words[from].start, doc.words[lt].end).to_string());
    }
    Some((n0, title))
}

/// The first word of an office's portfolios before "and" ("Deputy Infrastructure and
/// Transport Minister", "Health and Social Care Secretary"): capitalised words up to three
/// back, reaching a title word or modifier ("Deputy", "Health").
fn portfolios_before(doc: &Doc, si: usize, i: usize) -> Option<usize> {
    let first = doc.sents[si].words.0;
    let and = i.checked_sub(1).filter(|&p| p > first && doc.low(p) == "and")?;
    let capital = |k: usize| doc.word(k).chars().next().is_some_and(char::is_uppercase);
    let mut k = and;
    let mut start = None;
    while k > first && and - k < 3 && capital(k - 1) && doc.slice(doc.words[k - 1].end, doc.words[k].start) == " " {
        k -= 1;
        // "Deputy Director Sam Hale and Chief Ann Ross": a given name before "and" is a
        // person's, not a portfolio.
        if super::gender::is_given_name(doc.low(k)) {
            return None;
        }
        if lx::is_title_word(doc.low(k)) || lx::is_title_modifier(doc.low(k)) {
            start = Some(k);
        }
    }
    start
}

/// A title written in lowercase before the name: "armed forces minister Sébastien Lecornu",
/// "Germany’s defence minister, Boris Pistorius".
pub(super) fn lower_title(doc: &Doc, si: usize, i: usize, j: usize) -> Option<String> {
    let s = doc.sents.get(si)?;
    if i == s.words.0 {
        return None;
    }
    let head = i - 1;
    let gap = doc.slice(doc.words[head].end, doc.words[i].start);
    // An appositive title must be closed after the name too: ", Boris Pistorius,".
    let closed = doc.text.get(doc.words[j].end..).is_some_and(|r| r.starts_with(','));
    if !(gap == " " || (gap == ", " && closed)) || !lx::is_lower_title_head(doc.low(head)) {
        return None;
    }
    let mut first = head;
    while first > s.words.0 && head - first < 5 {
        let p = first - 1;
        let t = doc.word(p);
        let l = doc.low(p);
        let gap = doc.slice(doc.words[p].end, doc.words[first].start);
        // Lowercase modifiers ("armed forces minister") and the body the office belongs to
        // ("Citizens Watch director", "Quarry CTO"), but never the verb before them.
        let is_modifier = t.chars().next().is_some_and(char::is_lowercase) && head - first < 3
            || lx::is_title_modifier(l)
            || is_name_word(t);
        if gap != " "
            || !is_modifier
            || (lx::is_common_capitalised(l) && (starts_clause(doc, p) || !is_name_word(t)))
            || lx::is_reporting_verb(l)
            || doc.in_quote[p]
            || strip_possessive(t).len() < t.len()
        {
            break;
        }
        first = p;
    }
    Some(doc.slice(doc.words[first].start, doc.words[head].end).to_string())
}

/// The title in an appositive after the name: ", Microsoft security response lead," or ", a
/// spokesman for the ministry,". The office word ends the appositive or comes before "of",
/// "for" or "at" and its complement; no verb stands in it.
pub(super) fn appositive_title(doc: &Doc, si: usize, j: usize) -> Option<String> {
    let end = doc.sents.get(si)?.words.1;
    if j + 1 >= end || doc.slice(doc.words[j].end, doc.words[j + 1].start) != ", " {
        return None;
    }
    let mut first = j + 1;
    if matches!(doc.low(first), "a" | "an" | "the") {
        first += 1;
    }
    // The appositive runs to the next comma or the sentence end, eight words at most.
    let mut last = first;
    while last < end && last - first < 8 {
        let gap = doc.text.get(doc.words[last].end..).unwrap_or("");
        if gap.starts_with([',', '.', ';']) {
            break;
        }
        last += 1;
    }
    if last >= end || last - first >= 8 || (first..=last).any(|k| doc.in_quote[k]) {
        return None;
    }
    let words: Vec<&str> = (first..=last).map(|k| doc.low(k)).collect();
    if words.iter().any(|w| lx::is_reporting_verb(w) || matches!(*w, "who" | "which" | "whose" | "is" | "was")) {
        return None;
    }
    let is_head = |w: &str| lx::is_lower_title_head(w) || lx::is_title_word(w);
    let head = words.iter().rposition(|w| is_head(w))?;
    let tail_ok = head + 1 == words.len() || matches!(words[head + 1], "of" | "for" | "at");
    tail_ok.then(|| doc.slice(doc.words[first].start, doc.words[last].end).to_string())
}
