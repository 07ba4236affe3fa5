//! How a disagreement is written for a reader, for the window and every report alike: one
//! line per disagreement of a claim group, however its pairs write the values, and the forms
//! and disagreements of a name.

use crate::compare::{Comparison, Conflict, ConflictKind};

/// The distinct disagreements of a claim group, one line each ("dead: three vs four"),
/// however many member pairs show them, in whichever order a pair names the values and
/// however each writes them ("3:30 AM" / "3:30 a.m."). A detail that names its slot is shown
/// as it is; a bare one gets its kind ("name: Paige vs Page").
pub fn distinct_conflicts(conflicts: &[Conflict]) -> Vec<String> {
    sure_conflicts(conflicts).into_iter().map(|(line, _)| line).collect()
}

/// As [`distinct_conflicts`], each line with how sure it is: the confidence of the surest
/// pair that shows it (a weaker pair showing the same disagreement makes it no less sure).
pub fn sure_conflicts(conflicts: &[Conflict]) -> Vec<(String, f64)> {
    let mut seen: Vec<(ConflictKind, String, String, String)> = Vec::new();
    let mut out: Vec<(String, f64)> = Vec::new();
    for c in conflicts {
        let (a, b) = c.detail.split_once(" vs ").unwrap_or((c.detail.as_str(), ""));
        let (slot, a) = a.rsplit_once(": ").unwrap_or(("", a));
        let (a, b) = (value_key(a), value_key(b));
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let key = (c.kind, slot_key(slot), a, b);
        match seen.iter().position(|k| *k == key) {
            Some(at) => out[at].1 = out[at].1.max(c.confidence),
            None => {
                seen.push(key);
                let line = if slot.is_empty() { format!("{}: {}", c.kind.name(), c.detail) } else { c.detail.clone() };
                out.push((line, c.confidence));
            }
        }
    }
    out
}

/// A value as compared for sameness: its letters and digits, lower-cased, without a unit
/// glued to its figure ("33km" is "33", as its slot names the unit).
fn value_key(v: &str) -> String {
    let key: String = v.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let bare = key.trim_end_matches(|c: char| c.is_alphabetic());
    // "3:30 a.m." and "3:30 p.m." are two times.
    let meridiem = matches!(&key[bare.len()..], "am" | "pm");
    if bare.ends_with(|c: char| c.is_ascii_digit()) && !meridiem { bare.to_string() } else { key }
}

/// A slot as compared for sameness: lower-cased, with the American "-ter" of a measure
/// written the British way ("kilometers from Ambon" is "kilometres from Ambon").
fn slot_key(slot: &str) -> String {
    slot.to_lowercase()
        .split(' ')
        .map(|w| match w.strip_suffix("ters").or_else(|| w.strip_suffix("ter")) {
            Some(stem) if w.ends_with('s') => format!("{stem}tres"),
            Some(stem) => format!("{stem}tre"),
            None => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One way the articles write a name: the words, the title given with them, and the
/// articles that write it so.
#[derive(Debug, Clone, PartialEq)]
pub struct NameForm<'a> {
    /// The name as written.
    pub text: &'a str,
    /// The title written with it, if any.
    pub title: Option<&'a str>,
    /// Indices into `Comparison::docs`, each once, in the order they first write it.
    pub articles: Vec<usize>,
}

/// The distinct forms of entity `e`'s name, in the order they first appear.
pub fn name_forms(cmp: &Comparison, e: usize) -> Vec<NameForm<'_>> {
    let mut forms: Vec<NameForm> = Vec::new();
    for m in &cmp.entities[e].mentions {
        let mention = &cmp.docs[m.article].analysis.mentions[m.mention];
        let (text, title) = (mention.text.as_str(), mention.title.as_deref());
        match forms.iter_mut().find(|f| f.text == text && f.title == title) {
            Some(f) if !f.articles.contains(&m.article) => f.articles.push(m.article),
            Some(_) => {}
            None => forms.push(NameForm { text, title, articles: vec![m.article] }),
        }
    }
    forms
}

/// The entities whose names conflict, in the comparison's order.
pub fn name_conflicts(cmp: &Comparison) -> Vec<usize> {
    (0..cmp.entities.len()).filter(|&e| cmp.entities[e].conflict).collect()
}

/// The disagreements about entity `e`'s name, one line each ("name: Hegseth vs Hegeth").
pub fn name_conflict_lines(cmp: &Comparison, e: usize) -> Vec<String> {
    cmp.entities[e].conflicts.iter().map(|c| format!("{}: {}", c.kind.name(), c.detail)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(kind: ConflictKind, detail: &str) -> Conflict {
        Conflict { kind, members: (0, 1), detail: detail.into(), confidence: 0.9 }
    }

    #[test]
    fn one_disagreement_is_one_line_however_its_pairs_write_it() {
        let lines = distinct_conflicts(&[
            conflict(ConflictKind::Date, "time of fire: 3:30 AM vs 3:33 a.m."),
            conflict(ConflictKind::Date, "time of fire: 3:30 a.m. vs 3:33 a.m."),
            conflict(ConflictKind::Date, "time of fire: 3:33 a.m. vs 3:30 a.m."),
            conflict(ConflictKind::Name, "Paige vs Page"),
            conflict(ConflictKind::Name, "Page vs Paige"),
            conflict(ConflictKind::Number, "dead: three vs four"),
            conflict(ConflictKind::Number, "injured: three vs four"),
            conflict(ConflictKind::Number, "kilometres from Ambon: 33km vs 37kms"),
            conflict(ConflictKind::Number, "kilometers from Ambon: 33 vs 37"),
            conflict(ConflictKind::Date, "time of fire: 3:30 p.m. vs 3:33 a.m."),
        ]);
        // A detail that names its slot is not prefixed with the kind again.
        assert_eq!(
            lines,
            [
                "time of fire: 3:30 AM vs 3:33 a.m.",
                "name: Paige vs Page",
                "dead: three vs four",
                "injured: three vs four",
                "kilometres from Ambon: 33km vs 37kms",
                "time of fire: 3:30 p.m. vs 3:33 a.m."
            ]
        );
    }

    #[test]
    fn a_disagreement_is_as_sure_as_its_surest_pair() {
        let at = |detail: &str, confidence| Conflict { confidence, ..conflict(ConflictKind::Number, detail) };
        let sure = sure_conflicts(&[
            at("pounds: 47.5 vs nearly 60", 0.73),
            at("pounds: nearly 60 vs 47.5", 0.92),
            at("dead: three vs four", 0.8),
        ]);
        assert_eq!(sure, [("pounds: 47.5 vs nearly 60".to_string(), 0.92), ("dead: three vs four".to_string(), 0.8)]);
    }
}
