//! Who said it: attribution of quotes (`“…,” X said`, `said X`, `X said: “…”`, `according to
//! X`, participles like `calling it “…”`), indirect speech in claims, and resolution of
//! pronouns and roles ("he", "the minister") to the nearest fitting named speaker.

use super::EntityKind;
use super::doc::Doc;
use super::entities::Ment;
use super::lexicon as lx;
use super::quotes::RawQuote;
use std::collections::HashMap;

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Who {
    pub name: String,
    pub role: Option<String>,
    pub kind: EntityKind,
}

/// The outcome of one attribution rule.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    /// A speaker was named and resolved.
    Who(Who),
    /// The rule matched but the speaker cannot be named ("allied leaders said").
    Unknown,
    /// The rule did not match.
    No,
}

/// Speakers of every quote (same order as `doc.quotes`) and of every sentence (claims).
pub struct Attribution {
    pub quotes: Vec<Option<Who>>,
    pub sentences: Vec<Option<Who>>,
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    ments: &'d [Ment],
    /// Mentions outside quotes by their last and first word.
    by_last: HashMap<usize, usize>,
    by_first: HashMap<usize, usize>,
    /// Titles given to each full name, in text order.
    titles: HashMap<String, Vec<(usize, String)>>,
    /// Per sentence: the person or body the sentence is about or reports (for pronouns).
    actors: Vec<Option<Who>>,
}

/// Words skipped between a subject and its verb ("Hegseth also said", "he later added").
fn is_adverb(l: &str) -> bool {
    matches!(
        l,
        "also"
            | "further"
            | "then"
            | "later"
            | "again"
            | "had"
            | "has"
            | "have"
            | "did"
            | "does"
            | "do"
            | "would"
            | "will"
            | "once"
            | "earlier"
            | "previously"
            | "today"
            | "yesterday"
            | "simply"
            | "just"
            | "even"
            | "still"
            | "himself"
            | "herself"
            | "went"
            | "on"
            | "recently"
            | "separately"
    ) || (l.ends_with("ly") && l.len() > 4)
        || lx::is_weekday(l)
}

fn is_preposition(l: &str) -> bool {
    matches!(
        l,
        "with"
            | "by"
            | "to"
            | "from"
            | "of"
            | "for"
            | "against"
            | "about"
            | "on"
            | "at"
            | "into"
            | "in"
            | "toward"
            | "towards"
            | "between"
            | "among"
            | "like"
            | "than"
            | "over"
            | "under"
            | "after"
            | "before"
            | "via"
    )
}

pub fn attribute(doc: &Doc, ments: &[Ment]) -> Attribution {
    let mut by_last = HashMap::new();
    let mut by_first = HashMap::new();
    let mut titles: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (i, m) in ments.iter().enumerate() {
        if let Some(t) = &m.title {
            titles.entry(m.name.clone()).or_default().push((m.start, t.clone()));
        }
        if m.in_quote || !matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place) {
            continue;
        }
        by_last.insert(m.last_word, i);
        by_first.insert(m.first_word, i);
        by_first.insert(m.title_word, i);
    }
    let mut cx = Ctx { doc, ments, by_last, by_first, titles, actors: vec![None; doc.sents.len()] };
    // Quotes grouped by the sentence where they end: they are attributed there, once the
    // sentences before are known.
    let mut ending: Vec<Vec<usize>> = vec![Vec::new(); doc.sents.len()];
    for (qi, q) in doc.quotes.iter().enumerate() {
        let se = doc.sentence_at(q.end().saturating_sub(1));
        if let Some(v) = ending.get_mut(se) {
            v.push(qi);
        }
    }
    let mut quote_who: Vec<Option<Who>> = vec![None; doc.quotes.len()];
    let mut sent_who: Vec<Option<Who>> = vec![None; doc.sents.len()];
    for si in 0..doc.sents.len() {
        let mut first_quote_who = None;
        for &qi in &ending[si] {
            let who = cx.quote(&doc.quotes[qi]);
            if first_quote_who.is_none() {
                first_quote_who.clone_from(&who);
            }
            quote_who[qi] = who;
        }
        let indirect = cx.indirect(si);
        sent_who[si] = first_quote_who.clone().or_else(|| indirect.clone());
        cx.actors[si] = first_quote_who.or(indirect).or_else(|| cx.subject(si, usize::MAX).who());
    }
    // A sentence with a quote that ends later still reports that quote's speaker.
    for (qi, q) in doc.quotes.iter().enumerate() {
        let ss = doc.sentence_at(q.start());
        if let Some(slot) = sent_who.get_mut(ss)
            && slot.is_none()
        {
            slot.clone_from(&quote_who[qi]);
        }
    }
    Attribution { quotes: quote_who, sentences: sent_who }
}

impl Found {
    fn who(self) -> Option<Who> {
        match self {
            Found::Who(w) => Some(w),
            _ => None,
        }
    }
}

impl Ctx<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.doc.low(i)
    }

    /// Narration word indices of sentence `si` between byte offsets `[from, to)`.
    fn narration(&self, si: usize, from: usize, to: usize) -> Vec<usize> {
        let Some(s) = self.doc.sents.get(si) else {
            return Vec::new();
        };
        (s.words.0..s.words.1)
            .filter(|&i| !self.doc.in_quote[i] && self.doc.words[i].start >= from && self.doc.words[i].end <= to)
            .collect()
    }

    fn quote(&self, q: &RawQuote) -> Option<Who> {
        let doc = self.doc;
        let ss = doc.sentence_at(q.start());
        // 1. After a part: `“…,” X said`, `“…,” said X`, `…, according to X`.
        for p in &q.parts {
            let si = doc.sentence_at(p.close_end.saturating_sub(1));
            match self.after(si, p.close_end) {
                Found::Who(w) => return Some(w),
                Found::Unknown => return None,
                Found::No => {}
            }
        }
        // 2. Before it in its sentence: `X said: “…”`, `X said that “…”`, `calling it “…”`.
        match self.before(ss, q.start()) {
            Found::Who(w) => return Some(w),
            Found::Unknown => return None,
            Found::No => {}
        }
        // 3. The sentence reports someone's speech elsewhere (`After a “…” call, Trump said …`).
        let se = doc.sentence_at(q.end().saturating_sub(1));
        for si in [ss, se] {
            if let Some(w) = self.indirect(si) {
                return Some(w);
            }
        }
        // 4. A quote standing alone continues the speaker of the sentences before.
        let sent = doc.sents.get(ss)?;
        let narr = self.narration(ss, sent.start, sent.end);
        if narr
            .iter()
            .any(|&i| self.by_first.contains_key(&i) && self.ments[self.by_first[&i]].kind == EntityKind::Person)
        {
            return self.subject(ss, usize::MAX).who();
        }
        (ss.saturating_sub(3)..ss).rev().find_map(|k| self.actors.get(k).cloned().flatten())
    }

    /// Attribution right after a closing mark at byte `pos`, in sentence `si`.
    fn after(&self, si: usize, pos: usize) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        let mut ws = Vec::new();
        let first = self.doc.word_at(pos);
        for i in first..s.words.1 {
            if self.doc.in_quote[i] || ws.len() >= 10 {
                break;
            }
            ws.push(i);
        }
        let Some(&w0) = ws.first() else {
            return Found::No;
        };
        // Nothing but a comma or spaces may stand between the mark and the attribution.
        let gap = self.doc.slice(pos, self.doc.words[w0].start);
        if gap.contains(['.', ';', '(', '—', '–']) && !gap.contains(',') {
            return Found::No;
        }
        let l0 = self.w(w0);
        if l0 == "according" && ws.get(1).is_some_and(|&i| self.w(i) == "to") {
            return ws.get(2).map_or(Found::No, |&i| match self.subject_at(i) {
                Found::Who(w) => Found::Who(w),
                _ => Found::No,
            });
        }
        // `said X`, `added the minister`.
        if lx::is_reporting_verb(l0) && !lx::is_participle(l0) && !lx::is_weak_reporting_verb(l0) {
            for &i in ws.iter().skip(1).take(4) {
                let f = self.subject_at(i);
                if f != Found::No {
                    return f;
                }
            }
            return Found::No;
        }
        // `X said`, `he added`, `the minister said`.
        let (f, next) = self.subject_span(w0, &ws);
        if f == Found::No {
            return Found::No;
        }
        let mut k = next;
        while k < ws.len() && is_adverb(self.w(ws[k])) {
            k += 1;
        }
        match ws.get(k) {
            Some(&v) if lx::is_reporting_verb(self.w(v)) && !lx::is_participle(self.w(v)) => f,
            _ => Found::No,
        }
    }

    /// A subject starting at word `i`: a mention, a pronoun or "the <role>". Returns the
    /// outcome and the position in `ws` just after the subject.
    fn subject_span(&self, i: usize, ws: &[usize]) -> (Found, usize) {
        if let Some(&mi) = self.by_first.get(&i) {
            let m = &self.ments[mi];
            let after = ws.iter().position(|&x| x > m.last_word).unwrap_or(ws.len());
            return (self.who_of(mi), after);
        }
        let l = self.w(i);
        if lx::is_person_pronoun(l) {
            return (self.pronoun(self.doc.words[i].start), 1);
        }
        if l == "the" {
            for (k, &x) in ws.iter().enumerate().skip(1).take(3) {
                let lk = self.w(x);
                if lx::is_role_noun(lk) {
                    return (self.role(lk, self.doc.words[i].start), k + 1);
                }
            }
        }
        (Found::No, 0)
    }

    /// A subject starting at word `i` (mention, pronoun or role).
    fn subject_at(&self, i: usize) -> Found {
        let s = self.doc.sentence_at(self.doc.words[i].start);
        let ws: Vec<usize> = self.doc.sents.get(s).map_or(Vec::new(), |s| (i..s.words.1.min(i + 5)).collect());
        self.subject_span(i, &ws).0
    }

    /// Attribution before the opening mark at byte `pos` in sentence `si`.
    fn before(&self, si: usize, pos: usize) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        let narr = self.narration(si, s.start, pos);
        // `According to X, “…”`.
        if let Some(k) = narr.windows(2).position(|p| self.w(p[0]) == "according" && self.w(p[1]) == "to")
            && let Some(&i) = narr.get(k + 2)
            && let f @ Found::Who(_) = self.subject_at(i)
        {
            return f;
        }
        let near = narr.len().saturating_sub(3);
        for (k, &v) in narr.iter().enumerate().rev() {
            let l = self.w(v);
            if !lx::is_reporting_verb(l) {
                continue;
            }
            let next = narr.get(k + 1).map(|&n| self.w(n));
            let weak = lx::is_weak_reporting_verb(l);
            if weak && k < near && !matches!(next, Some("that" | "for" | "out" | "it")) {
                continue;
            }
            if lx::is_participle(l) {
                return self.subject(si, v);
            }
            return self.subject_before(si, v);
        }
        Found::No
    }

    /// Speech reported in sentence `si` outside quotes: `Hegseth said the U.S. would …`.
    fn indirect(&self, si: usize) -> Option<Who> {
        let s = self.doc.sents.get(si)?;
        let narr = self.narration(si, s.start, s.end);
        if let Some(k) = narr.windows(2).position(|p| self.w(p[0]) == "according" && self.w(p[1]) == "to")
            && let Some(&i) = narr.get(k + 2)
            && let Found::Who(w) = self.subject_at(i)
        {
            return Some(w);
        }
        for (k, &v) in narr.iter().enumerate() {
            let l = self.w(v);
            if !lx::is_reporting_verb(l) {
                continue;
            }
            let next = narr.get(k + 1).map(|&n| self.w(n));
            if lx::is_weak_reporting_verb(l) && !matches!(next, Some("that" | "for" | "out")) {
                continue;
            }
            let f = if lx::is_participle(l) { self.subject(si, v) } else { self.subject_before(si, v) };
            if let Found::Who(w) = f {
                return Some(w);
            }
        }
        None
    }

    /// The subject of the reporting verb at word `v`: the words right before it.
    fn subject_before(&self, si: usize, v: usize) -> Found {
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
                if prev.is_some_and(is_preposition) && m.kind != EntityKind::Person {
                    return Found::Unknown;
                }
                return self.who_of(mi);
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
            if lx::is_role_noun(l) && k > s.words.0 {
                return self.role(l, self.doc.words[k].start);
            }
            if is_adverb(l) && !gap.contains(',') {
                continue;
            }
            return Found::Unknown;
        }
    }

    /// The subject of sentence `si` before word `limit`: its first named person not after a
    /// preposition, else a pronoun, else any named person or body.
    fn subject(&self, si: usize, limit: usize) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        let narr: Vec<usize> = self.narration(si, s.start, s.end).into_iter().filter(|&i| i < limit).collect();
        let mut fallback = None;
        for &i in &narr {
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

    /// "he"/"she" at byte `pos`: a person named earlier in the sentence, else the nearest
    /// sentence before that has a person as its actor.
    fn pronoun(&self, pos: usize) -> Found {
        let si = self.doc.sentence_at(pos);
        if let Some(s) = self.doc.sents.get(si) {
            let narr = self.narration(si, s.start, pos);
            let persons: Vec<usize> = narr
                .iter()
                .filter_map(|i| self.by_first.get(i).copied())
                .filter(|&mi| self.ments[mi].kind == EntityKind::Person)
                .collect();
            let subj = persons.iter().find(|&&mi| {
                let m = &self.ments[mi];
                m.title_word.checked_sub(1).is_none_or(|p| p < s.words.0 || !is_preposition(self.w(p)))
            });
            if let Some(&mi) = subj.or(persons.first()) {
                return self.who_of(mi);
            }
        }
        for k in (si.saturating_sub(8)..si).rev() {
            if let Some(w) = self.actors.get(k).cloned().flatten()
                && w.kind == EntityKind::Person
            {
                return Found::Who(w);
            }
        }
        Found::Unknown
    }

    /// "the minister" at byte `pos`: the nearest person before whose title holds the word.
    fn role(&self, noun: &str, pos: usize) -> Found {
        for m in self.ments.iter().rev().filter(|m| m.start < pos && m.kind == EntityKind::Person) {
            let has =
                self.titles.get(&m.name).is_some_and(|ts| ts.iter().any(|(_, t)| t.to_lowercase().contains(noun)));
            if has {
                return Found::Who(Who {
                    name: m.name.clone(),
                    role: self.title_of(&m.name, pos),
                    kind: EntityKind::Person,
                });
            }
        }
        Found::Unknown
    }

    fn who_of(&self, mi: usize) -> Found {
        let m = &self.ments[mi];
        let role = m.title.clone().or_else(|| self.title_of(&m.name, m.start));
        Found::Who(Who { name: m.name.clone(), role, kind: m.kind })
    }

    /// The title last given to `name` before `pos`, else the first given after it.
    fn title_of(&self, name: &str, pos: usize) -> Option<String> {
        let ts = self.titles.get(name)?;
        ts.iter().rev().find(|(p, _)| *p <= pos).or(ts.first()).map(|(_, t)| t.clone())
    }
}
