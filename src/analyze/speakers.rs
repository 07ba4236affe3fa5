//! Who said it: attribution of quotes (`“…,” X said`, `said X`, `X said: “…”`, `according to
//! X`, participles like `calling it “…”`), indirect speech in claims, and resolution of
//! pronouns and roles ("he", "the minister") to the nearest fitting named speaker.

use super::EntityKind;
use super::doc::Doc;
use super::entities::Ment;
use super::gender::{Gender, genders};
use super::lexicon as lx;
use super::lexicon::is_adverb;
use super::quotes::RawQuote;
use rustc_hash::FxHashMap as HashMap;

#[path = "speakers_refs.rs"]
mod refs;
#[path = "speakers_subjects.rs"]
mod subjects;

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Who {
    pub name: String,
    pub role: Option<String>,
    pub kind: EntityKind,
    /// How sure the attribution is (0–1): a name next to the reporting verb is near certain,
    /// a pronoun or a quote that only continues the paragraph before is less so.
    pub confidence: f32,
}

impl Who {
    fn scaled(mut self, factor: f32) -> Who {
        self.confidence *= factor;
        self
    }
}

/// Below this confidence a quote's speaker is left unknown rather than guessed.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// Confidence of each way of finding a speaker, before the subject's own (a named person 1.0,
/// a pronoun or role less, an organisation less still).
const NEXT_TO_QUOTE: f32 = 0.97;
const BEFORE_QUOTE: f32 = 0.92;
const REPORTED_IN_SENTENCE: f32 = 0.75;
const SUBJECT_OF_SENTENCE: f32 = 0.7;
const CONTINUES_PARAGRAPH: f32 = 0.7;

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
    by_last: ByWord,
    by_first: ByWord,
    /// Titles given to each full name, in text order.
    titles: HashMap<String, Vec<(usize, String)>>,
    /// Per sentence: the person or body the sentence is about or reports (for pronouns).
    actors: Vec<Option<Who>>,
    /// The grammatical gender the article gives each person's name, where it shows one.
    gender: HashMap<String, Gender>,
    /// The narration words of every whole sentence, one after another, and where each
    /// sentence's are (worked out once: several rules read them for every sentence).
    narr_words: Vec<usize>,
    narr_at: Vec<(usize, usize)>,
}

pub fn attribute(doc: &Doc, ments: &[Ment]) -> Attribution {
    let mut by_last = ByWord::new(doc.words.len());
    let mut by_first = ByWord::new(doc.words.len());
    let mut titles: HashMap<String, Vec<(usize, String)>> = HashMap::default();
    for (i, m) in ments.iter().enumerate() {
        if let Some(t) = &m.title {
            titles.entry(m.name.clone()).or_default().push((m.start, t.clone()));
        }
        if m.in_quote
            || !matches!(m.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place | EntityKind::Outlet)
        {
            continue;
        }
        by_last.insert(m.last_word, i);
        by_first.insert(m.first_word, i);
        by_first.insert(m.title_word, i);
    }
    let gender = genders(doc, ments);
    let mut narr_words = Vec::with_capacity(doc.words.len());
    let mut narr_at = Vec::with_capacity(doc.sents.len());
    for s in &doc.sents {
        let at = narr_words.len();
        narr_words.extend(
            (s.words.0..s.words.1)
                .filter(|&i| !doc.in_quote[i] && doc.words[i].start >= s.start && doc.words[i].end <= s.end),
        );
        narr_at.push((at, narr_words.len()));
    }
    let actors = vec![None; doc.sents.len()];
    let mut cx = Ctx { doc, ments, by_last, by_first, titles, actors, gender, narr_words, narr_at };
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
            let who = cx.quote(&doc.quotes[qi]).filter(|w| w.confidence >= MIN_CONFIDENCE);
            if first_quote_who.is_none() {
                first_quote_who.clone_from(&who);
            }
            quote_who[qi] = who;
        }
        let indirect = cx.indirect(si);
        sent_who[si] = first_quote_who.clone().or_else(|| indirect.clone());
        cx.actors[si] = first_quote_who.or(indirect).or_else(|| cx.subject(si, usize::MAX).who());
    }
    // The same words quoted twice are one remark: a headline's or a fragment's unattributed
    // copy takes the speaker of the attributed one.
    let key = |q: &RawQuote| -> String {
        q.text(doc.text).chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).collect::<String>().to_lowercase()
    };
    let keys: Vec<String> = doc.quotes.iter().map(key).collect();
    let mut attributed: HashMap<&str, usize> = HashMap::default();
    for (qi, k) in keys.iter().enumerate() {
        if quote_who[qi].is_some() {
            attributed.entry(k.as_str()).or_insert(qi);
        }
    }
    for qi in 0..quote_who.len() {
        if quote_who[qi].is_some() || keys[qi].split_whitespace().count() < 2 {
            continue;
        }
        if let Some(&o) = attributed.get(keys[qi].as_str()) {
            quote_who[qi] = quote_who[o].clone().map(|w| w.scaled(0.85));
        }
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

/// Mentions by a word index: a table as long as the words (the rules look up most narration
/// words of every sentence, and a hash map cost more than the rest of each lookup). The table
/// holds 4-byte slots into a list of the mentions entered, 0 for none: it is zeroed for every
/// article, and at 16 bytes a word (an `Option<usize>`) that zeroing cost more than its use.
struct ByWord {
    slot: Vec<u32>,
    mentions: Vec<usize>,
}

impl ByWord {
    fn new(words: usize) -> Self {
        ByWord { slot: vec![0; words], mentions: Vec::new() }
    }

    fn insert(&mut self, word: usize, mention: usize) {
        if word >= self.slot.len() {
            self.slot.resize(word + 1, 0);
        }
        match self.slot[word] {
            0 => {
                self.mentions.push(mention);
                self.slot[word] = self.mentions.len() as u32;
            }
            k => self.mentions[k as usize - 1] = mention,
        }
    }

    fn get(&self, word: &usize) -> Option<&usize> {
        match self.slot.get(*word) {
            Some(&k) if k > 0 => self.mentions.get(k as usize - 1),
            _ => None,
        }
    }

    fn contains_key(&self, word: &usize) -> bool {
        self.get(word).is_some()
    }
}

impl std::ops::Index<&usize> for ByWord {
    type Output = usize;

    fn index(&self, word: &usize) -> &usize {
        self.get(word).expect("a mention at this word")
    }
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

    /// Narration word indices of all of sentence `si` (as `narration` over its whole span).
    fn sentence_narration(&self, si: usize) -> &[usize] {
        self.narr_at.get(si).map_or(&[], |&(from, to)| &self.narr_words[from..to])
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
        // 0. Opened inside a reported clause: `X said Monday that “…,” Gigante had suffered …`
        // belongs to who reported it, whatever verb follows its close.
        if let Some(s) = doc.sents.get(ss)
            && self.narration(ss, s.start, q.start()).last().is_some_and(|&i| self.w(i) == "that")
            && let Found::Who(w) = self.before(ss, q.start())
        {
            return Some(w.scaled(BEFORE_QUOTE));
        }
        // 1. After a part: `“…,” X said`, `“…,” said X`, `…, according to X`.
        for p in &q.parts {
            let si = doc.sentence_at(p.close_end.saturating_sub(1));
            // `“…,” Marsh questioned`: a comma, question or exclamation mark closing the words
            // says an attribution follows, so any verb form there reports the speech.
            let open_ended = doc.slice(p.inner_start, p.inner_end).trim_end().ends_with([',', '?', '!', '—', '–']);
            match self.after(si, p.close_end, open_ended) {
                Found::Who(w) => return Some(w.scaled(NEXT_TO_QUOTE)),
                Found::Unknown => return None,
                Found::No => {}
            }
        }
        // 2. Before it in its sentence: `X said: “…”`, `X said that “…”`, `calling it “…”`.
        match self.before(ss, q.start()) {
            Found::Who(w) => return Some(w.scaled(BEFORE_QUOTE)),
            Found::Unknown => return None,
            Found::No => {}
        }
        // 3. The sentence reports someone's speech elsewhere (`After a “…” call, Trump said …`).
        let se = doc.sentence_at(q.end().saturating_sub(1));
        for si in [ss, se] {
            if let Some(w) = self.indirect(si) {
                return Some(w.scaled(REPORTED_IN_SENTENCE));
            }
        }
        // 4. A quote standing alone continues the speaker of the sentences before, unless it
        // names that person the way others do ("“Dr. Collins is one of the top scientists”"
        // after "Obama lauded Dr. Collins"): people rarely speak of themselves by surname.
        let named_inside = |w: &Who| {
            let surname = w.name.split_whitespace().last().unwrap_or("");
            let inner = q.text(doc.text);
            !surname.is_empty()
                && inner
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|x| x == surname || super::text::strip_possessive(x) == surname)
        };
        let sent = doc.sents.get(ss)?;
        let narr = self.sentence_narration(ss);
        if narr
            .iter()
            .any(|&i| self.by_first.contains_key(&i) && self.ments[self.by_first[&i]].kind == EntityKind::Person)
        {
            let first_in_quote = doc.word_at(q.start());
            return self
                .subject(ss, first_in_quote)
                .who()
                .filter(|w| !named_inside(w))
                .map(|w| w.scaled(SUBJECT_OF_SENTENCE));
        }
        // A quote standing alone continues the speaker of the paragraph before; further back
        // the thread is too thin to follow. A quote introduced by a sentence of its own that
        // names no person ("Quarrylink released a statement this morning: “…”") does not
        // stand alone: its speaker is that sentence's subject, whom it does not name.
        if narr.len() >= 3 && doc.slice(doc.sents[ss].start, q.start()).trim_end().ends_with(':') {
            return None;
        }
        let para = sent.paragraph;
        (ss.saturating_sub(3)..ss)
            .rev()
            .filter(|&k| doc.sents[k].paragraph + 1 >= para)
            .find_map(|k| self.actors.get(k).cloned().flatten())
            .filter(|w| w.kind == EntityKind::Person && !named_inside(w))
            .map(|w| Who { confidence: w.confidence.min(CONTINUES_PARAGRAPH + 0.05) - 0.05, ..w })
    }

    /// Attribution right after a closing mark at byte `pos`, in sentence `si`.
    fn after(&self, si: usize, pos: usize, open_ended: bool) -> Found {
        let Some(s) = self.doc.sents.get(si) else {
            return Found::No;
        };
        let mut ws = Vec::new();
        let first = self.doc.word_at(pos);
        for i in first..s.words.1 {
            if self.doc.in_quote[i] || ws.len() >= 24 {
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
        // `said X`, `added the minister`, `chimed in Janet Olsen`.
        let inverted = lx::is_reporting_verb(l0) && !lx::is_participle(l0) && !lx::is_weak_reporting_verb(l0)
            || open_ended && lx::is_speech_verb_form(l0) && !self.by_first.contains_key(&w0);
        if inverted {
            return self.inverted_subject(&ws[1..]);
        }
        // `X said`, `he added`, `the minister said`.
        let (f, next) = self.subject_span(w0, &ws);
        if f == Found::No {
            return Found::No;
        }
        let mut k = next;
        // "Karen Olson, president and CEO of Valley Dairy, notified": skip the appositive.
        let gap_before = |k: usize| {
            k > 0
                && k < ws.len()
                && self.doc.slice(self.doc.words[ws[k - 1]].end, self.doc.words[ws[k]].start).contains(',')
        };
        if gap_before(k) {
            match (k + 1..ws.len().min(k + 16)).find(|&x| gap_before(x)) {
                Some(close) => k = close,
                // "Robert McFarlane, an assistant attorney general said", "James Swanson,
                // co-author of “…,” said": the appositive's closing comma is missing or
                // inside a title's marks; the first reporting verb of the sentence decides.
                None => {
                    let from = ws[k];
                    let verb = (from..s.words.1.min(from + 20))
                        .filter(|&i| !self.doc.in_quote[i])
                        .find(|&i| lx::is_reporting_verb(self.w(i)) && !lx::is_participle(self.w(i)));
                    return if verb.is_some() { f } else { Found::No };
                }
            }
        }
        while k < ws.len() && is_adverb(self.w(ws[k])) {
            k += 1;
        }
        match ws.get(k) {
            // `“…,” Gravano quoted Gotti as saying`: the words are the second person's.
            Some(&v) if matches!(self.w(v), "quoted" | "quotes" | "cited" | "cites") => {
                let quoted = self.by_first.get(&(v + 1)).map(|&mi| &self.ments[mi]).filter(|m| {
                    let a = m.last_word + 1;
                    a + 1 < s.words.1
                        && self.w(a) == "as"
                        && matches!(self.w(a + 1), "saying" | "telling" | "having" | "writing")
                });
                match quoted {
                    Some(m) if m.kind == EntityKind::Person => self.who_of(self.by_first[&(v + 1)]),
                    _ => f,
                }
            }
            Some(&v) if lx::is_reporting_verb(self.w(v)) && !lx::is_participle(self.w(v)) => f,
            Some(&v) if open_ended && lx::is_speech_verb_form(self.w(v)) => f,
            _ => Found::No,
        }
    }

    /// The speaker named after an inverted verb (`said Redwood spokesman Tom Alvarez`, `said
    /// Ortiz to Reuters`): the first person in the clause; the one after "to" or "told" is
    /// whom they spoke to. A body or an outlet speaks only when no person is named there.
    fn inverted_subject(&self, ws: &[usize]) -> Found {
        let mut body = Found::No;
        for (k, &i) in ws.iter().enumerate().take(8) {
            let prev = k.checked_sub(1).map(|p| self.w(ws[p]));
            if prev.is_some_and(|p| matches!(p, "to" | "told" | "by" | "with")) {
                break;
            }
            if let Some(&mi) = self.by_first.get(&i) {
                match self.ments[mi].kind {
                    EntityKind::Person => return self.who_of(mi),
                    EntityKind::Organization if body == Found::No => body = self.who_of(mi),
                    _ => {}
                }
                continue;
            }
            if k < 4 {
                let f = self.subject_at(i);
                if matches!(f, Found::Who(_)) && body == Found::No {
                    return f;
                }
            }
            if k > 0 && self.doc.slice(self.doc.words[ws[k - 1]].end, self.doc.words[i].start).contains(',') {
                break;
            }
        }
        body
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
                // "the company said", "the ministry said", "the statement said": a body or a
                // text speaks, and no person is to be guessed for it.
                if lx::is_org_word(lk) || matches!(lk, "statement" | "release" | "report") {
                    return (Found::Unknown, k + 1);
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
        // (No words for a sentence that is not there: nothing is found.)
        let narr = self.sentence_narration(si);
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
            // "…, said Sean Tipton, spokesman for …": after a comma the subject follows the verb.
            let after_comma =
                k > 0 && self.doc.slice(self.doc.words[narr[k - 1]].end, self.doc.words[v].start).contains(',');
            let f = if lx::is_participle(l) {
                self.subject(si, v)
            } else if after_comma && matches!(self.inverted_subject(&narr[k + 1..]), Found::Who(_)) {
                self.inverted_subject(&narr[k + 1..])
            } else {
                self.subject_before(si, v)
            };
            if let Found::Who(w) = f {
                return Some(w);
            }
        }
        None
    }
}
