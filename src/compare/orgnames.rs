//! When two differently written organisation names are one body: an acronym each article
//! spells out ("Agriculture Revolving Loan Fund (ARLF)" / "ARLF (Alaska Revolving Loan
//! Fund)"), or a long name with words left out ("Church of the Latter Day Saints" / "Church of
//! Jesus Christ of Latter-day Saints"). Either way the articles disagree about the name.

/// Small words that do not count in a name's initials or its comparison.
fn is_filler(w: &str) -> bool {
    matches!(w, "of" | "the" | "and" | "for" | "on" | "in" | "at" | "to" | "a" | "an" | "&")
}

/// The words of a name that carry meaning: lower case, hyphenated words split, fillers out.
pub(crate) fn content_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '‑')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty() && !is_filler(w))
        .collect()
}

/// True when `acr`'s letters are the initials of the name's content words, in order, each
/// word giving one letter ("ARLF" ← Agriculture Revolving Loan Fund).
pub(crate) fn initials_fit(acr: &str, name: &str) -> bool {
    // "DoD": where an acronym mixes cases, only its capitals are initials.
    let mixed = acr.chars().any(|c| c.is_lowercase());
    let letters: Vec<char> = acr
        .chars()
        .filter(|c| c.is_alphabetic() && (!mixed || c.is_uppercase()))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let words = content_words(name);
    if letters.len() < 2 || words.len() < 2 {
        return false;
    }
    let mut li = 0;
    for w in &words {
        let Some(first) = w.chars().next() else { continue };
        if li < letters.len() && first == letters[li] {
            li += 1;
        } else {
            return false;
        }
    }
    li == letters.len()
}

/// The acronym a mention spells out, written around it: "Name (ACR)" or "ACR (Name)".
pub(crate) fn acronym_at(text: &str, start: usize, end: usize, name: &str) -> Option<String> {
    let is_acr = |s: &str| {
        (2..=8).contains(&s.chars().count())
            && s.chars().all(|c| c.is_ascii_alphabetic() || c == '&')
            && s.chars().filter(char::is_ascii_uppercase).count() >= 2
    };
    let after = text.get(end..)?;
    if let Some(rest) = after.strip_prefix(" (")
        && let Some(close) = rest.find(')')
    {
        let acr = &rest[..close];
        if is_acr(acr) && initials_fit(acr, name) {
            return Some(acr.to_string());
        }
    }
    let before = text.get(..start)?;
    if after.starts_with(')')
        && let Some(head) = before.strip_suffix(" (")
    {
        let acr = head.rsplit(|c: char| !c.is_alphanumeric() && c != '&').next().unwrap_or("");
        if is_acr(acr) && initials_fit(acr, name) {
            return Some(acr.to_string());
        }
    }
    None
}

/// A long name and the same name with words left out: both of four meaning words or more,
/// the same first and last word, and every word of the shorter in the longer, in order.
/// ("University of California" / "University of Southern California" are too short to say.)
pub(crate) fn shortened(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 4 || short.len() == long.len() || short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        content_words(s)
    }

    #[test]
    fn acronyms_spelt_out_either_way() {
        let t = "a loan from the Farm Relief Credit Fund (FRCF) last year";
        let s = t.find("Farm").expect("in the text");
        let e = t.find(" (").expect("in the text");
        assert_eq!(acronym_at(t, s, e, "Farm Relief Credit Fund").as_deref(), Some("FRCF"));
        let t = "a loan from the FRCF (Federal Relief Credit Fund) to keep it";
        let s = t.find("Federal").expect("in the text");
        let e = t.find(')').expect("in the text");
        assert_eq!(acronym_at(t, s, e, "Federal Relief Credit Fund").as_deref(), Some("FRCF"));
        // Letters that are not the name's initials are something else in brackets.
        let t = "the Harbor Authority (AP) said";
        let s = t.find("Harbor").expect("in the text");
        assert_eq!(acronym_at(t, s, t.find(" (").expect("in the text"), "Harbor Authority"), None);
        assert!(initials_fit("NRA", "National Rifle Association"));
        assert!(initials_fit("DoD", "Department of Defense"));
        assert!(!initials_fit("NRA", "National Rifle"));
    }

    #[test]
    fn long_names_with_words_left_out() {
        assert!(shortened(
            &words("Reformed Church of the Holy Latter Saints"),
            &words("Reformed Church of Saint Paul of the Holy Latter Saints")
        ));
        // Spelling of a hyphen is no difference; short names say too little.
        assert!(!shortened(&words("Church of Latter-day Saints Reform"), &words("Church of Latter Day Saints Reform")));
        assert!(!shortened(&words("University of California"), &words("University of Southern California")));
        // A different last word is a different body.
        assert!(!shortened(
            &words("National Guard Bureau Office East"),
            &words("National Guard Bureau Office Pacific West")
        ));
    }
}
