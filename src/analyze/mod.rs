//! Analysis of one article: sentences, direct quotes with speakers, claims and name mentions.
//!
//! Every item carries byte offsets into the article's `text`, always on char boundaries.
//!
//! The passes, in order: `sentences` (sentencex plus news-text fixes), `quotes` (mark
//! pairing, joining), `entities` (names, titles, kinds, fullest forms), `speakers`
//! (attribution, pronouns and roles), then `claims` and `numbers` for the claim features.

mod claims;
mod doc;
mod entities;
mod entity_words;
mod fullnames;
mod gender;
pub(crate) mod lexicon;
mod numbers;
pub use numbers::AGE_UNIT;
mod quotes;
mod sentences;
mod speakers;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_attribution;
#[cfg(test)]
mod tests_speech;
mod text;
mod titles;
mod wordset;

use crate::model::Article;
use serde::{Deserialize, Serialize};

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence as written.
    pub text: String,
    /// Byte offset of its start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// Index of the paragraph it stands in.
    pub paragraph: usize,
}

/// A direct quote: the words inside the quotation marks (an utterance split by its
/// attribution is one quote; `start`/`end` then cover both parts and the text joins them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks; the parts joined when the attribution splits them.
    pub text: String,
    /// Byte offset of its start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// Full name of who said it, when found ("Pete Hegseth").
    pub speaker: Option<String>,
    /// The speaker's title or role as the article gives it ("U.S. Defense Secretary").
    pub role: Option<String>,
    /// How sure the attribution is (0–1); `None` when there is no speaker.
    #[serde(default)]
    pub speaker_confidence: Option<f32>,
    /// A quoted piece inside a sentence of the writer's own (`calling it an “unrealistic aspiration.”`).
    pub fragment: bool,
    /// One or two quoted words used as a title or scare quote, not an utterance.
    pub scare: bool,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
}

/// A number as written and its value ("more than 40" → 40, "3 million" → 3e6, "40%").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number as written ("more than 40").
    pub text: String,
    /// Its value (40 for "more than 40", 3e6 for "3 million").
    pub value: f64,
    /// "%", "$", "€", "£", or a following unit word ("troops", "nations") when clear.
    pub unit: Option<String>,
}

/// A sentence that asserts something, with the features compared across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The sentence as written.
    pub text: String,
    /// Byte offset of its start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// Index into `Analysis::sentences`.
    pub sentence: usize,
    /// Who the claim is attributed to (direct or indirect speech), full name when known.
    pub speaker: Option<String>,
    /// How sure that attribution is (0–1).
    #[serde(default)]
    pub speaker_confidence: Option<f32>,
    /// The numbers it states, in reading order.
    pub numbers: Vec<Quantity>,
    /// Dates, weekdays, months and years as written ("Wednesday", "February 12, 2025").
    pub dates: Vec<String>,
    /// Named people, places and organisations (full names where resolved).
    pub entities: Vec<String>,
    /// Whether it carries a negation ("not", "never", "n't", "rules out").
    pub negated: bool,
    /// Whether it is hedged ("could", "may", "reportedly", "allegedly").
    pub hedged: bool,
}

#[cfg(test)]
impl Claim {
    /// A claim of `text` alone, with nothing found in it: for tests to fill in what they need.
    pub(crate) fn bare(text: &str) -> Claim {
        Claim {
            text: text.into(),
            start: 0,
            end: text.len(),
            sentence: 0,
            speaker: None,
            speaker_confidence: None,
            numbers: vec![],
            dates: vec![],
            entities: vec![],
            negated: false,
            hedged: false,
        }
    }

    /// A claim of `text` giving the figures `numbers` (as written, value), nothing else.
    pub(crate) fn with_numbers(text: &str, numbers: &[(&str, f64)]) -> Claim {
        Claim {
            numbers: numbers.iter().map(|(t, v)| Quantity { text: (*t).into(), value: *v, unit: None }).collect(),
            ..Claim::bare(text)
        }
    }
}

/// What sort of thing a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party or other body.
    Organization,
    /// A country, city or other place.
    Place,
    /// A news organisation the articles cite ("told the Associated Press"): never a speaker.
    Outlet,
    /// A name of none of the kinds above.
    Other,
}

/// One mention of a named person, organisation or place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written here ("Hegseth", "Pete Hegeth").
    pub text: String,
    /// The fullest form of the name this article gives for it ("Pete Hegseth").
    pub name: String,
    /// A title or role written with it ("U.S. Defense Secretary"), if any.
    pub title: Option<String>,
    /// What sort of thing the name stands for.
    pub kind: EntityKind,
    /// Byte offset of the mention's start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
}

/// Everything found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The sentences, in reading order.
    pub sentences: Vec<Sentence>,
    /// The direct quotes, in reading order.
    pub quotes: Vec<Quote>,
    /// The sentences that assert something, in reading order.
    pub claims: Vec<Claim>,
    /// Names of people, organisations, places and outlets, in reading order (`Other` names are dropped).
    pub mentions: Vec<Mention>,
}

impl Analysis {
    /// The indices of the mentions that start inside `start..end` (a claim's or a
    /// sentence's span), found by binary search: mentions are in text order.
    pub fn mentions_within(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.mentions.partition_point(|m| m.start < start);
        first..first + self.mentions[first..].partition_point(|m| m.start < end)
    }
}

/// Analyzes one article.
pub fn analyze(article: &Article) -> Analysis {
    let text = article.text.as_str();
    let paras = paragraph_spans(article);
    let mut sent_spans = Vec::new();
    for (pi, &(s, e)) in paras.iter().enumerate() {
        for (a, b) in sentences::split_paragraph(text, s, e) {
            sent_spans.push((a, b, pi));
        }
    }
    let raw_quotes = quotes::find(text, &paras);
    let doc = doc::Doc::new(text, &paras, sent_spans, raw_quotes);
    let ments = entities::find(&doc);
    let attribution = speakers::attribute(&doc, &ments);
    let sentences: Vec<Sentence> = doc
        .sents
        .iter()
        .map(|s| Sentence {
            text: doc.slice(s.start, s.end).to_string(),
            start: s.start,
            end: s.end,
            paragraph: s.paragraph,
        })
        .collect();
    let quotes = quotes_of(&doc, &attribution);
    let claims = claims_of(&doc, &ments, &attribution);
    let mentions = ments
        .into_iter()
        .filter(|m| m.kind != EntityKind::Other)
        .map(|m| Mention { text: m.text, name: m.name, title: m.title, kind: m.kind, start: m.start, end: m.end })
        .collect();
    Analysis { sentences, quotes, claims, mentions }
}

/// Paragraph spans clamped to the text and to char boundaries, in order and without
/// overlap, so that nothing later can slice outside the text whatever the article carries.
fn paragraph_spans(article: &Article) -> Vec<(usize, usize)> {
    let text = article.text.as_str();
    let mut prev_end = 0;
    article
        .paragraphs
        .iter()
        .map(|p| {
            let s = text::floor_boundary(text, p.start.min(text.len()).max(prev_end));
            let e = text::floor_boundary(text, p.end.min(text.len())).max(s);
            prev_end = e;
            (s, e)
        })
        .collect()
}

/// The quotes with their speakers and whether each is a fragment or a scare quote.
fn quotes_of(doc: &doc::Doc, attribution: &speakers::Attribution) -> Vec<Quote> {
    doc.quotes
        .iter()
        .zip(&attribution.quotes)
        .map(|(q, who)| {
            let si = doc.sentence_at(q.start());
            let se = doc.sentence_at(q.end().saturating_sub(1));
            let before = doc.sents.get(si).map_or("", |s| doc.slice(s.start.min(q.start()), q.start()));
            let after = doc.sents.get(se).map_or("", |s| doc.slice(q.end(), s.end.max(q.end())));
            let text = q.text(doc.text);
            let (fragment, scare) = quotes::flags(&text, before, after);
            Quote {
                text,
                start: q.start(),
                end: q.end(),
                speaker: who.as_ref().map(|w| w.name.clone()),
                role: who.as_ref().and_then(|w| w.role.clone()),
                speaker_confidence: who.as_ref().map(|w| (w.confidence * 100.0).round() / 100.0),
                fragment,
                scare,
                sentence: si,
            }
        })
        .collect()
}

/// The sentences that assert something, with their numbers, dates, names and attribution.
fn claims_of(doc: &doc::Doc, ments: &[entities::Ment], attribution: &speakers::Attribution) -> Vec<Claim> {
    let text = doc.text;
    // Mentions by sentence, built once (a scan of all mentions per claim is quadratic).
    let mut ments_of: Vec<Vec<usize>> = vec![Vec::new(); doc.sents.len()];
    for (mi, m) in ments.iter().enumerate() {
        if let Some(v) = ments_of.get_mut(m.sentence) {
            v.push(mi);
        }
    }
    (0..doc.sents.len())
        .filter(|&si| claims::is_claim(doc, si))
        .map(|si| {
            let s = doc.sents[si];
            let words = &doc.words[s.words.0..s.words.1];
            let low = &doc.low[s.words.0..s.words.1];
            let mut entities: Vec<String> = Vec::new();
            for m in ments_of[si].iter().map(|&mi| &ments[mi]) {
                if !entities.contains(&m.name) {
                    entities.push(m.name.clone());
                }
            }
            let who = attribution.sentences.get(si).cloned().flatten();
            Claim {
                text: doc.slice(s.start, s.end).to_string(),
                start: s.start,
                end: s.end,
                sentence: si,
                speaker_confidence: who.as_ref().map(|w| w.confidence),
                speaker: who.map(|w| w.name),
                numbers: numbers::find(text, words, low),
                dates: claims::dates(text, words, low),
                entities,
                negated: claims::negated(text, words, low),
                hedged: claims::hedged(text, words, low),
            }
        })
        .collect()
}
