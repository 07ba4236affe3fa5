//! Named people, organisations and places: capitalised word runs with their titles
//! ("U.S. Defense Secretary" + "Pete Hegseth"), a kind, and the fullest name the article
//! gives them ("Hegseth" → "Pete Hegseth").

use super::EntityKind;
use super::doc::Doc;
pub(super) use super::entity_words::is_connector;
use super::entity_words::{is_place_preposition, is_place_suffix, opens_place_name};
use super::fullnames::{attributes_quote, followed_by_verb, resolve};
use super::lexicon as lx;
use super::text::{is_all_caps, is_capitalised, norm, strip_possessive};
use super::titles::{appositive_title, lower_title, split_title};

/// A mention found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Ment {
    /// Span of the name as written (no title, no possessive ending).
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Fullest form in the article.
    pub name: String,
    pub title: Option<String>,
    pub kind: EntityKind,
    pub sentence: usize,
    pub in_quote: bool,
    /// Word indices of the name's first and last word.
    pub first_word: usize,
    pub last_word: usize,
    /// Word index where the title starts (the first name word when there is none).
    pub title_word: usize,
}

/// How an article writes its words where grammar does not capitalise them.
struct Seen<'d> {
    /// Capitalised other than at a sentence start: evidence that a sentence-initial capital
    /// is a name, not grammar.
    mid: rustc_hash::FxHashSet<Key<'d>>,
    /// Written in lower case somewhere: a common word. (Borrowed from the document's
    /// lookup forms: copying each distinct word cost more than the rest of this pass.)
    lower: rustc_hash::FxHashSet<Key<'d>>,
}

/// A word of the document as a key of [`Seen`]'s sets: hashed as the string is, but compared
/// in place, byte by byte. Nearly every word of an article goes into a set, most of them
/// words already there, and a call of `memcmp` for each match of a few bytes cost more
/// than the comparison.
#[derive(Clone, Copy, Eq)]
struct Key<'d>(&'d str);

impl PartialEq for Key<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
    }
}

impl std::hash::Hash for Key<'_> {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// Finds every mention in the prose (headings are skipped: their title case says nothing).
pub fn find(doc: &Doc) -> Vec<Ment> {
    // Sized once for the article (at most one entry a word): growing a set rehashes it.
    let set = |n: usize| rustc_hash::FxHashSet::with_capacity_and_hasher(n, Default::default());
    let mut seen = Seen { mid: set(doc.words.len() / 8), lower: set(doc.words.len() / 2) };
    for s in &doc.sents {
        for i in s.words.0..s.words.1 {
            let t = doc.word(i);
            if t.starts_with(|c: char| c.is_lowercase()) {
                seen.lower.insert(Key(doc.low(i)));
            } else if i > s.words.0 && is_capitalised(t) && !starts_clause(doc, i) {
                seen.mid.insert(Key(doc.low(i)));
            }
        }
    }
    let mut out = Vec::new();
    for (si, s) in doc.sents.iter().enumerate() {
        if doc.is_heading_sentence(si) {
            continue;
        }
        let (a, b) = s.words;
        let mut i = a;
        while i < b {
            if !is_name_word_at(doc, i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < b && joins(doc, j, j + 1) {
                j += 1;
            }
            // A connector may not end a run.
            while j > i && !is_capitalised(doc.word(j)) && !lx::is_name_suffix(doc.low(j)) {
                j -= 1;
            }
            if let Some(c) = person_of_cut(doc, i, j) {
                if let Some(m) = make(doc, si, i, c - 1, &seen) {
                    out.push(m);
                }
                i = c + 1;
                continue;
            }
            if let Some(m) = make(doc, si, i, j, &seen) {
                out.push(m);
            }
            i = j + 1;
        }
    }
    resolve(doc, &mut out);
    mark_affiliations(&mut out);
    out
}

/// "Harbor Builders spokesman Tom Alvarez": a name that stands in another's title is the body
/// that person works for, not a person.
fn mark_affiliations(ments: &mut [Ment]) {
    let mut bodies = rustc_hash::FxHashSet::default();
    for k in 1..ments.len() {
        let (m, n) = (&ments[k - 1], &ments[k]);
        if m.sentence == n.sentence
            && matches!(m.kind, EntityKind::Person | EntityKind::Other)
            && n.kind == EntityKind::Person
            && n.title.as_deref().is_some_and(|t| t.contains(m.text.as_str()))
        {
            bodies.insert(m.name.clone());
        }
    }
    // The same name elsewhere in the article is that body too.
    for m in ments.iter_mut().filter(|m| bodies.contains(&m.name) && m.kind != EntityKind::Place) {
        m.kind = EntityKind::Organization;
    }
}

/// Words `a..=b` read as a person's name: one to four capitalised words, initials or a
/// suffix, none of them an office, a body or a place word, not opening with a connector.
pub(super) fn is_name_tail(doc: &Doc, a: usize, b: usize) -> bool {
    if a > b || b - a >= 5 || is_connector(doc.low(a)) {
        return false;
    }
    (a..=b).all(|x| {
        let l = doc.low(x);
        let t = doc.word(x);
        (is_name_word_at(doc, x) || lx::is_name_suffix(l) || is_connector(l))
            && !lx::is_title_word(l)
            && !lx::is_org_word(l)
            && !lx::is_org_acronym(strip_possessive(t))
            && !lx::is_place(l)
            && !is_place_suffix(l)
            && !is_demonym_form(l)
    })
}

/// A single capital letter: an initial ("J" of "Kenneth J. Mercer").
fn is_initial(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// Where the run `i..=j` must be cut at an "of": after a person's name, "of" says whom they
/// work for ("Dana Cole of Citizens Watch"), while after an office or a body it is part of
/// the name ("Secretary of State", "Bank of England").
fn person_of_cut(doc: &Doc, i: usize, j: usize) -> Option<usize> {
    let c = (i + 1..j).find(|&c| doc.low(c) == "of")?;
    // A title may open the run: "Analyst Rob Enderle of Enderle Group".
    let first = (i..c).find(|&x| !(lx::is_title_word(doc.low(x)) || lx::is_title_modifier(doc.low(x))))?;
    let before: Vec<usize> = (first..c).collect();
    let plain = before.iter().all(|&x| {
        let l = doc.low(x);
        is_name_word_at(doc, x)
            && !lx::is_title_word(l)
            && !lx::is_title_modifier(l)
            && !lx::is_org_word(l)
            && !lx::is_place(l)
            && !is_place_suffix(l)
    });
    (plain && (2..=4).contains(&before.len())).then_some(c)
}

pub(super) fn is_name_word(t: &str) -> bool {
    is_capitalised(t) && is_name_form(t, &norm(t))
}

/// [`is_name_word`] for word `i` of the document, with the lookup form it already holds
/// (no lowering again: this is asked of every word of every sentence).
fn is_name_word_at(doc: &Doc, i: usize) -> bool {
    let t = doc.word(i);
    is_capitalised(t) && is_name_form(t, doc.low(i))
}

/// The tests of [`is_name_word`] after the capital: `l` is the word's lookup form.
fn is_name_form(t: &str, l: &str) -> bool {
    l != "i" && !lx::MONTHS.contains(&l) && !lx::is_weekday(l) && !is_shouted_small_word(t, l)
}

/// "OF", "TO", "THE" in capitals: emphasis or a headline's case, never part of a name (an
/// acronym is never one of these words).
fn is_shouted_small_word(t: &str, l: &str) -> bool {
    t.len() > 1
        && t.chars().all(|c| c.is_uppercase())
        && matches!(
            l,
            "a" | "an"
                | "the"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "and"
                | "or"
                | "but"
                | "as"
                | "is"
                | "was"
        )
}

/// "Russian", and its plural "Ukrainians".
fn is_demonym_form(l: &str) -> bool {
    lx::is_demonym(l) || l.strip_suffix('s').is_some_and(lx::is_demonym)
}

/// Capitalised words that take a number as part of their name ("Article 5").
fn takes_number(l: &str) -> bool {
    matches!(
        l,
        "article" | "section" | "chapter" | "resolution" | "flight" | "route" | "highway" | "title" | "phase" | "minsk"
    )
}

/// True when word `i` opens a sentence or a clause-like stretch (after a quote mark,
/// a colon or a dash), where a capital says nothing about names.
pub(super) fn starts_clause(doc: &Doc, i: usize) -> bool {
    let si = doc.sentence_at(doc.words[i].start);
    let Some(s) = doc.sents.get(si) else {
        return true;
    };
    if i == 0 || s.words.0 >= i {
        return true;
    }
    let prev_end = doc.words[i - 1].end;
    let gap = doc.slice(prev_end, doc.words[i].start);
    if gap == " " {
        // The usual gap, none of the marks below (a search for ". " costs more than a word).
        return doc.in_quote[i] && !doc.in_quote[i - 1];
    }
    gap.contains(['“', '"', ':', '—', '–', '‘', '(']) || gap.contains(". ") || (doc.in_quote[i] && !doc.in_quote[i - 1])
}

/// Whether words `j` and `k = j + 1` belong to one name.
fn joins(doc: &Doc, j: usize, k: usize) -> bool {
    let gap = doc.slice(doc.words[j].end, doc.words[k].start);
    let prev = doc.word(j);
    // "Mr. McHugh", "Gen. Tom Baker": a title abbreviation's dot stays inside the name.
    let abbrev_dot = gap == ". " && lx::is_prefix_abbreviation(doc.low(j)) && lx::is_title_word(doc.low(j));
    // "Kenneth J. Mercer": a middle initial's dot stays inside the name too.
    let initial_dot = gap == ". " && is_initial(prev) && is_name_word_at(doc, k);
    // "John S. Pritchard 3rd", "Roland Butler, Jr.": a generational suffix ends the name.
    let suffix = matches!(gap, " " | ", ") && lx::is_name_suffix(doc.low(k)) && is_capitalised(prev);
    if suffix && doc.in_quote[j] == doc.in_quote[k] {
        return true;
    }
    if !(abbrev_dot || initial_dot || gap.chars().all(|c| c == ' ')) || doc.in_quote[j] != doc.in_quote[k] {
        return false;
    }
    if strip_possessive(prev).len() < prev.len() {
        return false; // "Ukraine’s NATO bid": two names
    }
    let t = doc.word(k);
    if is_name_word_at(doc, k) {
        return true;
    }
    if t.starts_with(|c: char| c.is_ascii_digit()) && takes_number(&norm(prev)) {
        return true;
    }
    // "Church of the Latter Day Saints", "Bank of the West": after a body's word, "of the"
    // and a capitalised word go on with the name.
    let of_the = |o: usize| {
        doc.low(o) == "of"
            && o + 2 < doc.words.len()
            && doc.low(o + 1) == "the"
            && is_name_word_at(doc, o + 2)
            && doc.slice(doc.words[o].end, doc.words[o + 2].start) == " the "
    };
    if (of_the(k) && lx::is_org_word(&norm(prev))) || (doc.low(k) == "the" && k > 0 && of_the(k - 1)) {
        return true;
    }
    // A connector joins when a capitalised word follows it.
    is_connector(&norm(t))
        && k + 1 < doc.words.len()
        && is_name_word_at(doc, k + 1)
        && doc.slice(doc.words[k].end, doc.words[k + 1].start) == " "
}

/// Whether the single word `n0..=j` of a run is a name: not an adjective ("Russian"), and at a
/// clause start only if the article capitalises it elsewhere too, it is a known place or
/// body, a reporting verb or a quote it attributes stands next to it ("Grant said …"), or a
/// nickname word introduces it.
fn lone_word_is_name(doc: &Doc, n0: usize, j: usize, titled: bool, seen: &Seen<'_>) -> bool {
    let (t, l) = (doc.word(n0), doc.low(n0));
    let known = lx::is_place(l) || lx::is_org_word(l) || lx::is_org_acronym(t);
    if is_demonym_form(l) || (lx::is_title_modifier(l) && !known) {
        return false;
    }
    // "Authorities said", "Prosecutors argued": a word the article writes in lower case
    // elsewhere is a common noun at the head of its sentence.
    let at_clause = starts_clause(doc, n0);
    let common = at_clause && seen.lower.contains(&Key(l));
    !at_clause
        || titled
        || known
        || seen.mid.contains(&Key(l))
        || (!common && (followed_by_verb(doc, j) || attributes_quote(doc, n0, j)))
        || after_nickname_word(doc, n0)
}

/// Leading demonyms or modifiers of an untitled run are adjectives ("Russian", "European"),
/// unless the run names a body ("White House", "European Commission"); an acronym alone does
/// not make a body of the adjective ("European NATO members"). Returns where the name starts.
fn skip_adjectives(doc: &Doc, i: usize, mut n0: usize, j: usize, seen: &Seen<'_>) -> usize {
    // "Larkhall-born Hugh Grant", "Utah-based Fundamentalist LDS Church": where someone is
    // from or something is based describes it, and is no part of any name.
    while n0 < j && is_origin_compound(doc.low(n0)) {
        n0 += 1;
    }
    let known = |l: &str, t: &str| lx::is_place(l) || lx::is_org_word(l) || lx::is_org_acronym(t);
    let body = (n0..=j).any(|x| lx::is_org_word(doc.low(x)) && !is_all_caps(doc.word(x)));
    while !body && n0 < j {
        let t = doc.word(n0);
        let l = doc.low(n0);
        let adjective = is_demonym_form(l) || (lx::is_title_modifier(l) && !known(l, t));
        // A sentence-initial verb form before an adjective: "Safeguarding European …".
        let verb_form = n0 == i
            && starts_clause(doc, n0)
            && !seen.mid.contains(&Key(l))
            && (l.ends_with("ing") || l.ends_with("ed") || l.ends_with("ly"));
        if !(adjective || verb_form) {
            break;
        }
        n0 += 1;
    }
    n0
}

/// "Larkhall-born", "Germany-based", "state-run": a place or owner joined to a participle.
fn is_origin_compound(l: &str) -> bool {
    l.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && matches!(
                tail,
                "born" | "based" | "bred" | "raised" | "headquartered" | "owned" | "run" | "led" | "backed"
            )
    })
}

fn make(doc: &Doc, si: usize, mut i: usize, j: usize, seen: &Seen<'_>) -> Option<Ment> {
    // Sentence-initial function words are not names ("The", "But", "He"), nor a function
    // word right after one ("Image A water main …").
    let mut dropped = false;
    while i <= j && (dropped || starts_clause(doc, i)) && lx::is_common_capitalised(doc.low(i)) {
        i += 1;
        dropped = true;
    }
    if i > j || first_portfolio(doc, si, i, j) {
        return None;
    }
    // Split a title off the front: "U.S. Defense Secretary" + "Pete Hegseth".
    let (mut n0, mut title) = split_title(doc, si, i, j)?;
    if title.is_none() {
        n0 = skip_adjectives(doc, i, n0, j, seen);
    }
    if n0 > j {
        return None;
    }
    // "the District Attorney said": a run that ends in an office word names the office, and
    // the reader resolves it to its holder as a role.
    if title.is_none() && lx::is_title_word(doc.low(j)) && !lx::is_org_word(doc.low(j)) {
        return None;
    }
    let name_words: Vec<&str> = (n0..=j).map(|x| doc.word(x)).collect();
    // ", MD," after a name: letters of a degree, not a name or a place.
    if name_words.len() == 1
        && lx::is_credential(name_words[0])
        && n0 > 0
        && doc.slice(doc.words[n0 - 1].end, doc.words[n0].start).contains(',')
    {
        return None;
    }
    // The words' lookup forms, as the document holds them (not lowered again).
    let lows: Vec<&str> = (n0..=j).map(|x| doc.low(x)).collect();
    if name_words.len() == 1 && !lone_word_is_name(doc, n0, j, title.is_some(), seen) {
        return None;
    }
    // "223rd Street", "East 77th Street": what is left of a numbered street, county or base
    // after its figure is a common noun, which two unrelated stories would share as a name.
    if name_words.len() == 1 && is_place_suffix(lows[0]) {
        return None;
    }
    let start = doc.words[n0].start;
    let last = doc.word(j);
    let end = doc.words[j].start + strip_possessive(last).len();
    let text = doc.slice(start, end).to_string();
    // "BRUSSELS (Wire) —": a dateline in capitals names the same place as "Brussels".
    let name = if text.len() > 4 && is_all_caps(&text) && lx::is_place(&text.to_lowercase()) {
        let mut cs = text.chars();
        cs.next().map(|c| c.to_string() + &cs.as_str().to_lowercase()).unwrap_or_default()
    } else {
        text.clone()
    };
    if title.is_none() {
        title = lower_title(doc, si, i, j);
    }
    let mut kind = classify(doc, &lows, &name_words, title.is_some(), n0, seen);
    // "known by the nickname “Sepy”": a nickname names a person.
    if name_words.len() == 1 && kind == EntityKind::Other && after_nickname_word(doc, n0) {
        kind = EntityKind::Person;
    }
    // "Christopher Budd, Microsoft security lead, said": a person's title may follow the name.
    if title.is_none() && kind == EntityKind::Person {
        title = appositive_title(doc, si, j);
    }
    Some(Ment {
        start,
        end,
        name,
        text,
        title,
        kind,
        sentence: si,
        in_quote: doc.in_quote[n0],
        first_word: n0,
        last_word: j,
        title_word: i,
    })
}

/// Whether the run `i..=j` is the first portfolio of an office of two ("The Deputy
/// Infrastructure and Transport Minister spoke"): it opens with a title word and "and" joins
/// it to capitalised words that end in one. It names no one.
fn first_portfolio(doc: &Doc, si: usize, i: usize, j: usize) -> bool {
    let end = doc.sents[si].words.1;
    let titled = |k: usize| lx::is_title_word(doc.low(k)) || lx::is_title_modifier(doc.low(k));
    if !titled(i) || j + 2 >= end || doc.low(j + 1) != "and" {
        return false;
    }
    // The second portfolio stands between "and" and the office ("and Transport Minister");
    // a title right after "and" opens another person ("Director Smith and Chief Jones").
    let capital = |k: usize| doc.word(k).chars().next().is_some_and(char::is_uppercase);
    !lx::is_title_word(doc.low(j + 2))
        && (j + 3..end.min(j + 5)).take_while(|&k| capital(k)).any(|k| lx::is_title_word(doc.low(k)))
}

/// Word `n` follows words that introduce another name of someone ("the street moniker of
/// Sepe", "nicknamed “Chin”", "short for “Vincenzo”", "a diminutive of Vincente", "addressed
/// him as “Cenzo”", "Born Vincenzo"), at most three words back in its sentence.
fn after_nickname_word(doc: &Doc, n: usize) -> bool {
    let Some(s) = doc.sents.get(doc.sentence_at(doc.words[n].start)) else { return false };
    let from = n.saturating_sub(3).max(s.words.0);
    let pair = |k: usize| (k > s.words.0).then(|| (doc.low(k - 1), doc.low(k)));
    (from..n).any(|k| {
        matches!(doc.low(k), "nickname" | "nicknamed" | "moniker" | "alias" | "dubbed" | "aka")
            // A birth name right after "born" ("Born Vincenzo, he …"; not "born in 1928").
            || (k + 1 == n && doc.low(k) == "born")
            || matches!(
                pair(k),
                Some(("short", "for") | ("diminutive", "of") | ("him" | "her", "as") | ("known", "as"))
            )
    })
}

fn classify(doc: &Doc, lows: &[&str], words: &[&str], titled: bool, n0: usize, seen: &Seen<'_>) -> EntityKind {
    let whole = lows.join(" ");
    if lx::is_place(&whole) {
        return EntityKind::Place;
    }
    if !titled && lx::is_outlet_name(words) {
        return EntityKind::Outlet;
    }
    if lows.iter().any(|l| lx::is_org_word(l)) || words.iter().any(|w| lx::is_org_acronym(strip_possessive(w))) {
        return EntityKind::Organization;
    }
    if lows.last().is_some_and(|l| is_place_suffix(l)) {
        return EntityKind::Place;
    }
    if titled {
        return EntityKind::Person;
    }
    // "Hurricane Katrina", "Operation Desert Storm", "World War II": events, not people.
    if lows.iter().any(|l| {
        matches!(*l, "hurricane" | "typhoon" | "cyclone" | "storm" | "operation" | "war" | "battle" | "earthquake")
    }) {
        return EntityKind::Other;
    }
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'' || c == '’')
            || lx::is_name_suffix(&norm(w))
    };
    // "20th Century Fox", "3 Doors Down": a figure right before the name belongs to it, and
    // no person's name opens with one.
    let after_figure = n0.checked_sub(1).is_some_and(|p| {
        let prev = doc.low(p);
        let digits = prev.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(&prev[digits.len()..], "" | "st" | "nd" | "rd" | "th")
            && doc.slice(doc.words[p].end, doc.words[n0].start) == " "
    });
    if words.len() >= 2
        && words.len() <= 4
        && !after_figure
        && words.iter().all(plain)
        && !words.iter().any(|w| w.len() > 2 && is_all_caps(w))
    {
        if lows.iter().any(|l| lx::is_place(l) || lx::is_demonym(l)) {
            return EntityKind::Other;
        }
        // "San Angelo", "Las Vegas", "Fort Worth", "East Harlem", "New Jersey": words that
        // open place names and no given name; a place after "in", "at", "near" …
        if opens_place_name(lows[0]) {
            let prev = n0.checked_sub(1).map(|p| doc.low(p));
            return if prev.is_some_and(is_place_preposition) { EntityKind::Place } else { EntityKind::Other };
        }
        // "Valley Dairy", "Emergency Response", "Rural Health": a run whose first word the
        // article also writes in lower case names a thing, unless that word is a given name
        // ("Mark Roesler" in an article that says "marks").
        if seen.lower.contains(&Key(lows[0])) && !super::gender::is_given_name(lows[0]) {
            return EntityKind::Other;
        }
        return EntityKind::Person;
    }
    if words.len() == 1 {
        // Only a preposition right before it: "walked inside,” Yeager said" has none.
        let prev = n0
            .checked_sub(1)
            .filter(|&p| doc.slice(doc.words[p].end, doc.words[n0].start).trim().is_empty())
            .map(|p| doc.low(p));
        if prev.is_some_and(is_place_preposition) {
            return EntityKind::Place;
        }
    }
    EntityKind::Other
}
