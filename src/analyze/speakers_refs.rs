//! Who "he", "she" and "the minister" are: pronouns and roles resolved to the nearest
//! fitting named person, and the person and title a mention stands for.

use super::{Ctx, Found, Who};
use crate::analyze::EntityKind;
use crate::analyze::gender::{first_name_gender, pronoun_gender};

impl Ctx<'_, '_> {
    /// "he"/"she" at byte `pos`: a person named earlier in the sentence, else the nearest
    /// sentence before that has a person as its actor.
    pub(super) fn pronoun(&self, pos: usize) -> Found {
        let si = self.doc.sentence_at(pos);
        // "she" is never a man the article calls "he".
        let wanted = pronoun_gender(self.w(self.doc.word_at(pos)));
        let fits = |name: &str| {
            let gender = self.gender.get(name).copied().or_else(|| first_name_gender(name));
            gender.is_none_or(|g| Some(g) == wanted || wanted.is_none())
        };
        if let Some(s) = self.doc.sents.get(si) {
            let narr = self.narration(si, s.start, pos);
            let persons: Vec<usize> = narr
                .iter()
                .filter_map(|i| self.by_first.get(i).copied())
                .filter(|&mi| self.ments[mi].kind == EntityKind::Person)
                .collect();
            // Only a person who opens the sentence or a clause of it can be what the pronoun
            // refers to ("Karl Ode spoke, and he added"); one inside a subordinate clause
            // ("certain that Dr. Benjamin had chances, he said") is not.
            let subj = persons.iter().filter(|&&mi| fits(&self.ments[mi].name)).find(|&&mi| {
                let m = &self.ments[mi];
                m.title_word.checked_sub(1).is_none_or(|p| {
                    p < s.words.0
                        || self
                            .doc
                            .slice(self.doc.words[p].end, self.doc.words[m.title_word].start)
                            .contains([',', ';'])
                            && !matches!(self.w(p), "that" | "as" | "when" | "while" | "if" | "because")
                })
            });
            if let Some(&mi) = subj {
                return match self.who_of(mi) {
                    Found::Who(w) => Found::Who(w.scaled(0.9)),
                    f => f,
                };
            }
        }
        for k in (si.saturating_sub(8)..si).rev() {
            if let Some(w) = self.actors.get(k).cloned().flatten()
                && w.kind == EntityKind::Person
                && fits(&w.name)
            {
                // The further back the antecedent, the likelier another person came between.
                let distance = (si - k - 1) as f32;
                let sure = (0.88 - 0.06 * distance).min(w.confidence);
                return Found::Who(Who { confidence: sure, ..w });
            }
        }
        Found::Unknown
    }

    /// "the minister" at byte `pos`: the nearest person before whose title holds the word.
    pub(super) fn role(&self, noun: &str, pos: usize) -> Found {
        for m in self.ments.iter().rev().filter(|m| m.start < pos && m.kind == EntityKind::Person) {
            let has =
                self.titles.get(&m.name).is_some_and(|ts| ts.iter().any(|(_, t)| t.to_lowercase().contains(noun)));
            if has {
                return Found::Who(Who {
                    name: m.name.clone(),
                    role: self.title_of(&m.name, pos),
                    kind: EntityKind::Person,
                    confidence: 0.8,
                });
            }
        }
        Found::Unknown
    }

    pub(super) fn who_of(&self, mi: usize) -> Found {
        let m = &self.ments[mi];
        // An outlet, a place or a thing never speaks; a body does, through a statement, but
        // a person named with it is likelier the speaker, so it is less sure.
        let confidence = match m.kind {
            EntityKind::Person => 1.0,
            EntityKind::Organization => 0.6,
            EntityKind::Outlet | EntityKind::Place | EntityKind::Other => return Found::Unknown,
        };
        let role = m.title.clone().or_else(|| self.title_of(&m.name, m.start));
        Found::Who(Who { name: m.name.clone(), role, kind: m.kind, confidence })
    }

    /// The title last given to `name` before `pos`, else the first given after it.
    pub(super) fn title_of(&self, name: &str, pos: usize) -> Option<String> {
        let ts = self.titles.get(name)?;
        ts.iter().rev().find(|(p, _)| *p <= pos).or(ts.first()).map(|(_, t)| t.clone())
    }
}
