//! Person names by their parts (honorific, given name, middle names or initials, surname,
//! suffix), parsed by the `human_name` crate, and the rules that say whether two written
//! names can be one person and whether they then disagree.

use super::text::levenshtein;
use human_name::Name;

/// The parts of one written person name that the comparison needs, lowercase.
#[derive(Debug, Clone)]
pub struct Parts {
    /// The given name as written ("bill", "giannis"), `None` when only an initial or nothing
    /// stands before the surname.
    pub given: Option<String>,
    /// The first initial, from the given name or a lone initial ("j" of "J. Smith").
    pub initial: Option<char>,
    /// The surname, without suffixes ("pritchard" of "John S. Pritchard 3rd").
    pub surname: String,
    /// Every word written before the surname, lowercase ("recep", "tayyip"): a writer may
    /// give a person by a middle name alone ("Tayyip Erdogan").
    forenames: Vec<String>,
    parsed: Option<Name>,
}

impl Parts {
    /// Parses a person's name as an article writes it; titles are already split off.
    pub fn parse(name: &str) -> Parts {
        let parsed = Name::parse(name);
        let words: Vec<String> = name
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let surname = match &parsed {
            Some(n) => n.surname().to_lowercase(),
            None => crate::analyze::lexicon::surname_key(name),
        };
        let given = parsed.as_ref().and_then(|n| n.given_name().map(str::to_lowercase)).or_else(|| {
            // One-word names have no given name; human_name needs two words to parse.
            (words.len() >= 2 && words[0].chars().count() > 1 && words[0] != surname).then(|| words[0].clone())
        });
        let initial = given
            .as_ref()
            .and_then(|g| g.chars().next())
            .or_else(|| parsed.as_ref().map(Name::first_initial).map(|c| c.to_lowercase().next().unwrap_or(c)));
        let initial = if words.len() >= 2 { initial } else { None };
        let surname_words: Vec<&str> = surname.split_whitespace().collect();
        let forenames = words
            .iter()
            .take_while(|w| !surname_words.contains(&w.as_str()))
            .filter(|w| w.chars().count() > 1)
            .cloned()
            .collect();
        Parts { given, initial, surname, forenames, parsed }
    }

    /// Two names that can stand for one person: the same surname and given names that do not
    /// exclude each other ("J. Smith" / "John Smith", "Bill" / "William" by the nickname
    /// tables of `human_name`, a one-letter slip "Giannis" / "Yiannis"). "Rob Jones" and
    /// "Nick Jones" cannot.
    pub fn compatible(&self, other: &Parts) -> bool {
        if self.surname != other.surname {
            return false;
        }
        match (&self.given, &other.given) {
            (Some(a), Some(b)) if a == b => true,
            (Some(a), Some(b)) => {
                let nick = matches!((&self.parsed, &other.parsed), (Some(x), Some(y)) if x.consistent_with(y));
                nick || near_given(a, b) || self.forenames.contains(b) || other.forenames.contains(a)
            }
            // An initial against a given name, or a bare surname: compatible when the
            // initials agree (or one side has none).
            _ => match (self.initial, other.initial) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            },
        }
    }

    /// The given names differ although the names stand for one person: a changed or
    /// misspelt first name ("Bill vs William", "Giannis vs Yiannis"); an initial, a missing
    /// given name or a fuller form are not disagreements.
    pub fn given_conflict<'a>(&'a self, other: &'a Parts) -> Option<(&'a str, &'a str)> {
        match (&self.given, &other.given) {
            // "Tayyip Erdogan" / "Recep Tayyip Erdogan": one writes a middle name alone.
            (Some(a), Some(b)) if self.forenames.contains(b) || other.forenames.contains(a) => None,
            (Some(a), Some(b)) if a != b && !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()) => {
                Some((a.as_str(), b.as_str()))
            }
            _ => None,
        }
    }
}

/// Two spellings of one given name: one letter apart in a name of five letters or more, or a
/// letter doubled in one of four or more ("Teri" / "Terri", "Philip" / "Phillip").
fn near_given(a: &str, b: &str) -> bool {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    (ca.len().min(cb.len()) >= 5 && levenshtein(&ca, &cb) == 1) || (ca.len().min(cb.len()) >= 4 && doubled(&ca, &cb))
}

/// Whether one word is the other with one of its letters written twice.
fn doubled(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && (1..long.len()).any(|k| long[k] == long[k - 1] && long[..k] == short[..k] && long[k + 1..] == short[k..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Parts {
        Parts::parse(s)
    }

    #[test]
    fn initials_and_suffixes_are_parts_not_surnames() {
        assert_eq!(p("John S. Pritchard 3rd").surname, "pritchard");
        assert_eq!(p("Roland L. Butler Jr.").surname, "butler");
        assert_eq!(p("Kenneth J. Mercer").given.as_deref(), Some("kenneth"));
        assert_eq!(p("J. Smith").given, None);
        assert_eq!(p("J. Smith").initial, Some('j'));
    }

    #[test]
    fn one_person_by_parts() {
        assert!(p("J. Smith").compatible(&p("John Smith")));
        assert!(p("Roland L. Butler Jr.").compatible(&p("Roland Butler")));
        assert!(p("Bill Olson").compatible(&p("William Olson")));
        assert!(p("Giannis Panagopoulos").compatible(&p("Yiannis Panagopoulos")));
        assert!(p("Smith").compatible(&p("John Smith")));
    }

    #[test]
    fn a_middle_name_written_alone_is_no_other_given_name() {
        assert!(p("Tayyip Erdogan").given_conflict(&p("Recep Tayyip Erdogan")).is_none());
        assert!(p("Recep Tayyip Erdogan").given_conflict(&p("Tayyip Erdogan")).is_none());
        assert!(p("Tayyip Erdogan").compatible(&p("Recep Tayyip Erdogan")));
        // Another given name still is.
        assert_eq!(p("Recep Erdogan").given_conflict(&p("Ahmet Erdogan")), Some(("recep", "ahmet")));
    }

    #[test]
    fn a_doubled_letter_is_one_given_name_misspelt() {
        assert!(p("Teri Hernandez").compatible(&p("Terri Hernandez")));
        assert_eq!(p("Teri Hernandez").given_conflict(&p("Terri Hernandez")), Some(("teri", "terri")));
        assert!(p("Philip Reyes").compatible(&p("Phillip Reyes")));
        // Short names and other changes stay apart.
        assert!(!p("Ann Hale").compatible(&p("Anne Hale")) || p("Ann Hale").given_conflict(&p("Anne Hale")).is_none());
        assert!(!p("Tina Hale").compatible(&p("Gina Hale")));
    }

    #[test]
    fn same_surname_different_people() {
        assert!(!p("Rob Jones").compatible(&p("Nick Jones")));
        assert!(!p("Anne Hale").compatible(&p("Joan Hale")));
        assert!(!p("Anne Hale").compatible(&p("Mark Hale")));
        assert!(!p("K. Hale").compatible(&p("Mark Hale")));
    }

    #[test]
    fn changed_given_name_is_a_conflict_but_an_initial_is_not() {
        assert_eq!(p("Bill Olson").given_conflict(&p("William Olson")), Some(("bill", "william")));
        assert_eq!(p("Giannis Pana").given_conflict(&p("Yiannis Pana")), Some(("giannis", "yiannis")));
        assert_eq!(p("J. Olson").given_conflict(&p("John Olson")), None);
        assert_eq!(p("Olson").given_conflict(&p("John Olson")), None);
    }
}
