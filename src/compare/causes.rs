//! A cause told in one claim and withheld in another ("died of heart disease" / "the cause
//! of death was not announced"): a disagreement about what is known, which no number,
//! date or negation word of the predicate shows.

/// What a sentence says of the cause of one thing (`of`: "death", "fire", "crash"): the
/// cause as written, or how it is withheld ("not announced", "unknown").
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cause {
    Stated { of: String, cause: String },
    Withheld { of: String, how: String },
}

/// Words that make a cause a guess, not a finding: a guess beside "the cause is not known"
/// is no disagreement ("could have been caused by a rail fracture").
const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "possibly",
    "probably",
    "likely",
    "believed",
    "suspected",
    "perhaps",
    "thought",
    "feared",
    "presumably",
    "speculated",
    "whether",
    "if",
];

/// Words after "the cause of X" that withhold it by themselves.
const WITHHELD: &[&str] = &["unknown", "unclear", "undetermined", "undisclosed", "unexplained", "pending"];

/// Participles that, after "not" (or "yet to be"), withhold a cause: "was not announced".
const KNOWN: &[&str] = &[
    "known",
    "clear",
    "released",
    "disclosed",
    "announced",
    "determined",
    "given",
    "provided",
    "confirmed",
    "revealed",
    "public",
    "established",
    "ascertained",
    "identified",
    "specified",
];

/// Verbs that, negated before "the cause of X", withhold it ("did not provide the cause of
/// death"), with the participle the report shows.
const TELL: &[(&str, &str)] = &[
    ("provide", "provided"),
    ("give", "given"),
    ("release", "released"),
    ("disclose", "disclosed"),
    ("announce", "announced"),
    ("reveal", "revealed"),
    ("say", "said"),
    ("specify", "specified"),
    ("confirm", "confirmed"),
    ("determine", "determined"),
    ("offer", "offered"),
    ("identify", "identified"),
];

/// Words that end the phrase naming a cause.
const PHRASE_END: &[&str] = &[
    "at",
    "in",
    "on",
    "after",
    "while",
    "when",
    "and",
    "but",
    "said",
    "says",
    "according",
    "as",
    "the",
    "that",
    "which",
    "who",
    "where",
    "last",
    "this",
    "early",
    "late",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
];

/// Words before "died" in its clause that make the death another's than the story's own:
/// a relative clause, one of several, a speaker's relative.
const OTHER_DEATH: &[&str] = &[
    "where", "who", "whose", "when", "whom", "another", "one", "two", "three", "most", "some", "many", "several",
    "each", "both", "all", "my", "our", "your",
];

const DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "this", "that", "a", "an"];

/// The cause each clause of a sentence tells or withholds, one per thing caused; none from a
/// sentence that both tells and withholds one ("though the cause was not known, sources
/// said it was caused by …"): the sentence settles nothing.
pub(super) fn causes(text: &str) -> Vec<Cause> {
    if !may_tell_cause(text) {
        return Vec::new();
    }
    let mut out: Vec<Cause> = Vec::new();
    for clause in clauses(text) {
        let w: Vec<String> = clause
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|s| !s.is_empty())
            .map(|s| s.to_lowercase().replace('’', "'"))
            .collect();
        if let Some(c) = withheld_in(&w) {
            out.push(c);
        } else if !w.iter().any(|x| HEDGES.contains(&x.as_str()))
            && let Some(c) = stated_in(&w)
        {
            out.push(c);
        }
    }
    // A sentence that withholds one cause and tells another ("though the cause of the
    // derailment was not known, sources said the accident was caused by …") names one
    // thing two ways more often than two things: it settles nothing.
    let withheld = out.iter().any(|c| matches!(c, Cause::Withheld { .. }));
    let stated = out.iter().any(|c| matches!(c, Cause::Stated { .. }));
    if withheld && stated {
        return Vec::new();
    }
    let mut kept: Vec<Cause> = Vec::new();
    for c in out {
        if !kept.iter().any(|k| k.of() == c.of()) {
            kept.push(c);
        }
    }
    kept
}

impl Cause {
    /// The thing caused.
    fn of(&self) -> &str {
        match self {
            Cause::Stated { of, .. } | Cause::Withheld { of, .. } => of,
        }
    }
}

/// Whether a text may tell or withhold a cause at all: most sentences are passed over
/// without being cut into words.
pub(super) fn may_tell_cause(text: &str) -> bool {
    // Asked of every member of every group: the std substring search first (most texts
    // hold none of these), then the words.
    let near = ["ause", "ied", "ies", "AUSE", "IED", "IES"].iter().any(|x| text.contains(x));
    near && text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        (4..=6).contains(&w.len())
            && matches!(w.as_bytes()[0] | 0x20, b'c' | b'd')
            && ["cause", "caused", "died", "dies"].iter().any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// The disagreement of two claims about one cause: the thing caused, the cause one tells,
/// and how the other withholds it.
pub(super) fn cause_conflict(a: &[Cause], b: &[Cause]) -> Option<(String, String, String)> {
    for x in a {
        for y in b {
            match (x, y) {
                (Cause::Stated { of, cause }, Cause::Withheld { of: o, how })
                | (Cause::Withheld { of: o, how }, Cause::Stated { of, cause })
                    if of == o =>
                {
                    let (first, second) = if matches!(x, Cause::Stated { .. }) { (cause, how) } else { (how, cause) };
                    return Some((of.clone(), first.clone(), second.clone()));
                }
                _ => {}
            }
        }
    }
    None
}

/// The clauses of a sentence: cut at commas, semicolons, colons, dashes, brackets and " but ".
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in text.split([',', ';', ':', '(', ')', '—', '–']) {
        let mut rest = part;
        while let Some(at) = find_word(rest, "but") {
            out.push(&rest[..at]);
            rest = &rest[at + 3..];
        }
        out.push(rest);
    }
    out
}

/// Where `word` stands in `text` as a whole word, any case.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(word.len() - 1)).find(|&i| {
        b[i..i + word.len()].eq_ignore_ascii_case(word.as_bytes())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + word.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// The thing caused, from the words after "cause of": "death" of "the cause of his death".
fn topic_at(w: &[String], at: usize) -> Option<(String, usize)> {
    let mut k = at;
    while k < w.len() && DETERMINERS.contains(&w[k].as_str()) {
        k += 1;
    }
    let word = w.get(k)?;
    if word.len() < 3 || !word.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    Some((singular(word), k))
}

fn singular(word: &str) -> String {
    word.strip_suffix('s').filter(|s| s.len() >= 3 && !s.ends_with('s')).unwrap_or(word).to_string()
}

/// "the cause of death was not announced", "no cause of death was given", "did not provide
/// the cause of death", "the cause of the fire is under investigation".
fn withheld_in(w: &[String]) -> Option<Cause> {
    let i = (0..w.len().saturating_sub(1)).find(|&i| w[i] == "cause" && w[i + 1] == "of")?;
    let (of, end) = topic_at(w, i + 2)?;
    let after = &w[end + 1..w.len().min(end + 9)];
    let is = |k: usize, s: &str| after.get(k).is_some_and(|x| x == s);
    for (k, x) in after.iter().enumerate() {
        if WITHHELD.contains(&x.as_str()) {
            return Some(Cause::Withheld { of, how: x.clone() });
        }
        if x == "not" || x == "never" {
            // "not immediately known", "not yet released".
            if let Some(p) = after[k + 1..after.len().min(k + 4)].iter().find(|p| KNOWN.contains(&p.as_str())) {
                return Some(Cause::Withheld { of, how: format!("not {p}") });
            }
        }
        if x == "under" && is(k + 1, "investigation") {
            return Some(Cause::Withheld { of, how: "under investigation".into() });
        }
        if x == "yet"
            && is(k + 1, "to")
            && is(k + 2, "be")
            && let Some(p) = after.get(k + 3).filter(|p| KNOWN.contains(&p.as_str()))
        {
            return Some(Cause::Withheld { of, how: format!("not yet {p}") });
        }
    }
    // Before: "no cause of death", "did not give a cause of death", "declined to release
    // the cause of death".
    if i > 0 && w[i - 1] == "no" {
        return Some(Cause::Withheld { of, how: "none given".into() });
    }
    let before = &w[i.saturating_sub(6)..i];
    let negated =
        before.iter().any(|x| matches!(x.as_str(), "not" | "never" | "declined" | "refused") || x.ends_with("n't"));
    if negated && let Some((_, told)) = before.iter().rev().find_map(|x| TELL.iter().find(|(v, _)| v == x)) {
        return Some(Cause::Withheld { of, how: format!("not {told}") });
    }
    None
}

/// "died early Monday of apparent heart disease", "the fire was caused by faulty wiring",
/// "the cause of the crash was pilot error".
fn stated_in(w: &[String]) -> Option<Cause> {
    // The words naming the cause, up to five, from `from` to a word that ends the phrase;
    // "died of a heart attack": a leading article is part of it, not its end.
    let phrase = |from: usize| -> Option<String> {
        let lead = usize::from(w.get(from).is_some_and(|x| x == "a" || x == "an"));
        let body: Vec<&str> = w[(from + lead).min(w.len())..]
            .iter()
            .take_while(|x| !PHRASE_END.contains(&x.as_str()))
            .take(5)
            .map(String::as_str)
            .collect();
        (!body.is_empty())
            .then(|| w[from..from + lead].iter().map(String::as_str).chain(body).collect::<Vec<_>>().join(" "))
    };
    for (j, x) in w.iter().enumerate() {
        // A death told in a relative clause ("the prison where Gotti died of cancer") is
        // another person's, told as background; so is one of several ("another victim died
        // of a heart attack", "most victims died of …") or a speaker's own ("my mother").
        if (x == "died" || x == "dies") && !w[..j].iter().any(|p| OTHER_DEATH.contains(&p.as_str())) {
            for (k, after) in w.iter().enumerate().take(j + 5).skip(j + 1) {
                if after == "of" || after == "from" {
                    if let Some(cause) = phrase(k + 1) {
                        return Some(Cause::Stated { of: "death".into(), cause });
                    }
                    break;
                }
                if matches!(after.as_str(), "and" | "after" | "before" | "when" | "while" | "because" | "at" | "in") {
                    break;
                }
            }
        }
        if x == "caused" && w.get(j + 1).is_some_and(|b| b == "by") {
            let mut k = j;
            while k > 0 && matches!(w[k - 1].as_str(), "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had")
            {
                k -= 1;
            }
            if k == j || k == 0 {
                continue;
            }
            let of = &w[k - 1];
            if of.len() >= 3
                && of.chars().all(|c| c.is_alphabetic())
                && let Some(cause) = phrase(j + 2)
            {
                return Some(Cause::Stated { of: singular(of), cause });
            }
        }
        if x == "cause"
            && w.get(j + 1).is_some_and(|o| o == "of")
            && let Some((of, end)) = topic_at(w, j + 2)
            && w.get(end + 1).is_some_and(|v| v == "was" || v == "is")
            && let Some(cause) = phrase(end + 2)
            // "… before the cause of the fires is known": no cause told.
            && !cause.split(' ').next().is_some_and(|f| {
                KNOWN.contains(&f) || WITHHELD.contains(&f) || matches!(f, "still" | "being" | "expected" | "not")
            })
        {
            return Some(Cause::Stated { of, cause });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(of: &str, cause: &str) -> Cause {
        Cause::Stated { of: of.into(), cause: cause.into() }
    }
    fn withheld(of: &str, how: &str) -> Cause {
        Cause::Withheld { of: of.into(), how: how.into() }
    }

    #[test]
    fn a_death_told_with_its_cause() {
        assert_eq!(
            causes("Prison officials said Ames died early Monday of apparent heart failure at a medical center."),
            vec![stated("death", "apparent heart failure")]
        );
        assert_eq!(causes("The singer died of a heart attack Sunday."), vec![stated("death", "a heart attack")]);
        assert_eq!(
            causes("Investigators said the blaze was caused by faulty wiring in the attic."),
            vec![stated("blaze", "faulty wiring")]
        );
        assert_eq!(
            causes("The cause of the crash was pilot error, the board found."),
            vec![stated("crash", "pilot error")]
        );
    }

    #[test]
    fn a_cause_withheld() {
        assert_eq!(
            causes("The cause of death was not immediately known, but his lawyer said he had a weak heart."),
            vec![withheld("death", "not known")]
        );
        assert_eq!(
            causes("Officials at the hospital where he died did not provide the cause of death."),
            vec![withheld("death", "not provided")]
        );
        assert_eq!(causes("No cause of death was given."), vec![withheld("death", "none given")]);
        assert_eq!(
            causes("The cause of the fires is under investigation."),
            vec![withheld("fire", "under investigation")]
        );
        assert_eq!(
            causes("The cause of the accident was not immediately clear."),
            vec![withheld("accident", "not clear")]
        );
    }

    #[test]
    fn guesses_background_and_mixed_sentences_tell_nothing() {
        // A guess is no finding.
        assert!(causes("The derailment could have been caused by a rail fracture.").is_empty());
        // Another person's death, told as background.
        assert!(causes("It is the prison where Ruiz died of cancer in 2002.").is_empty());
        // Withheld and told in one sentence: it settles nothing.
        assert!(causes("Though the cause of the derailment was not known, officials said the derailment was caused by a broken rail.").is_empty());
        assert!(
            causes("Though the cause of the derailment was not known, sources said the accident was caused by a broken rail.")
                .is_empty()
        );
        assert!(causes("It was the same place where rival mob boss Ruiz died of cancer in 2002.").is_empty());
        // One of several deaths, and a speaker's relative.
        assert!(causes("Another victim died of a heart attack as the tremor hit.").is_empty());
        assert!(causes("My mother died of lung cancer.").is_empty());
        // "Is known" tells no cause.
        assert!(causes("It will be a month before the cause of the fires is known.").is_empty());
        // No cause at all.
        assert!(causes("He died in prison on Monday.").is_empty());
        assert!(causes("She left because of the cost.").is_empty());
    }

    #[test]
    fn a_told_cause_against_a_withheld_one_of_the_same_thing() {
        let a = causes("Ames died Monday of apparent heart failure, a spokesman said.");
        let b = causes("The cause of death was not announced.");
        assert_eq!(
            cause_conflict(&a, &b),
            Some(("death".into(), "apparent heart failure".into(), "not announced".into()))
        );
        assert_eq!(
            cause_conflict(&b, &a),
            Some(("death".into(), "not announced".into(), "apparent heart failure".into()))
        );
        // The cause of another thing is no answer to it.
        let fire = causes("The cause of the fire is under investigation.");
        assert_eq!(cause_conflict(&a, &fire), None);
        assert_eq!(cause_conflict(&a, &a), None);
    }
}
