//! The subject of a reporting verb: the words right before it, a person who opens the
//! sentence before an appositive, or the sentence's first named person.

use super::{Ctx, Found};
use crate::analyze::EntityKind;
use crate::analyze::lexicon as lx;
use crate::analyze::lexicon::{is_adverb, is_preposition};

impl Ctx<'_, '_> {
    /// The subject of the reporting verb at word `v`: the words right before it.
    pub(super) fn subject_before(&self, si: usize, v: usize) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        let mut k = v;
        let mut commas = 0;
        loop {
            if k <= s.words.0 {
                return Found::Unknown;
            }
            k -= 1;
            if self.doc.in_quote[k] {
                return Found::Unknown;
            }
            let gap = self.doc.slice(self.doc.words[k].end, self.doc.words[k + 1].start);
            let l = self.w(k);
            if let Some(&mi) = self.by_last.get(&k) {
                // "a message from Brussels suggests": a name after a preposition is no subject.
                let m = &self.ments[mi];
                let prev = m.title_word.checked_sub(1).filter(|&p| p >= s.words.0).map(|p| self.w(p));
                if prev.is_some_and(is_preposition) {
                    // "Jerry Strickland, a spokesman for Attorney General Greg Abbott, told":
                    // the name after "for" is not the subject; the person who opens the
                    // sentence is.
                    return self.opening_person(s.words.0, v).unwrap_or(Found::Unknown);
                }
                return self.who_of(mi);
            }
            if gap.contains(',') && commas == 0 {
                // "William Hurlbut, MD, a professor at … Council on Bioethics, said": however
                // long the appositive, a sentence that opens with a person and a comma has that
                // person as the subject of its verb.
                if let Some(f) = self.opening_person(s.words.0, v) {
                    return f;
                }
            }
            if gap.contains(',') && commas < 2 {
                // An appositive between subject and verb: "Pistorius, the minister, said".
                commas += 1;
                while k > s.words.0 && !self.doc.slice(self.doc.words[k - 1].end, self.doc.words[k].start).contains(',')
                {
                    k -= 1;
                }
                continue;
            }
            if lx::is_person_pronoun(l) {
                return self.pronoun(self.doc.words[k].start);
            }
            if (lx::is_role_noun(l) || lx::is_title_word(l)) && k > s.words.0 {
                return self.role(l, self.doc.words[k].start);
            }
            if is_adverb(l) && !gap.contains(',') {
                continue;
            }
            return Found::Unknown;
        }
    }

    /// A person named at word `first` (a sentence or clause opening) and set off by a comma
    /// before word `limit`: the subject of a verb that follows its appositive.
    pub(super) fn opening_person(&self, first: usize, limit: usize) -> Option<Found> {
        let &mi = self.by_first.get(&first)?;
        let m = &self.ments[mi];
        let after = m.last_word + 1;
        let comma =
            after < limit && self.doc.slice(self.doc.words[m.last_word].end, self.doc.words[after].start).contains(',');
        (m.kind == EntityKind::Person && comma).then(|| self.who_of(mi))
    }

    /// The subject of sentence `si` before word `limit`: its first named person not after a
    /// preposition, else a pronoun, else any named person or body.
    pub(super) fn subject(&self, si: usize, limit: usize) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        // The narration words before `limit` (they are in order).
        let all = self.sentence_narration(si);
        let narr = &all[..all.partition_point(|&i| i < limit)];
        let mut fallback = None;
        for &i in narr {
            if let Some(&mi) = self.by_first.get(&i) {
                let m = &self.ments[mi];
                if m.kind != EntityKind::Person || m.first_word != i && m.title_word != i {
                    continue;
                }
                let prev = m.title_word.checked_sub(1).filter(|&p| p >= s.words.0).map(|p| self.w(p));
                if prev.is_none_or(|p| !is_preposition(p)) {
                    return self.who_of(mi);
                }
                fallback.get_or_insert(mi);
            } else if lx::is_person_pronoun(self.w(i)) {
                return self.pronoun(self.doc.words[i].start);
            }
        }
        fallback.map_or(Found::No, |mi| self.who_of(mi))
    }
}
