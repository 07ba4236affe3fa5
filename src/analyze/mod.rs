//! Analysis of one article: sentences, direct quotes with speakers, claims and name mentions.
//!
//! Every item carries a byte [`Span`] into the article's `text`.

use crate::model::{Article, Span};
use serde::{Deserialize, Serialize};

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph it stands in.
    pub paragraph: usize,
}

/// A direct quote: the words inside the quotation marks (an utterance split by its
/// attribution is one quote; `start`/`end` then cover both parts and the text joins them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Full name of who said it, when found ("Pete Hegseth").
    pub speaker: Option<String>,
    /// The speaker's title or role as the article gives it ("U.S. Defense Secretary").
    pub role: Option<String>,
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
    pub text: String,
    pub value: f64,
    /// "%", "$", "€", "£", or a following unit word ("troops", "nations") when clear.
    pub unit: Option<String>,
}

/// A sentence that asserts something, with the features compared across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index into `Analysis::sentences`.
    pub sentence: usize,
    /// Who the claim is attributed to (direct or indirect speech), full name when known.
    pub speaker: Option<String>,
    pub numbers: Vec<Quantity>,
    /// Dates, weekdays, months and years as written ("Wednesday", "February 12, 2025").
    pub dates: Vec<String>,
    /// Named people, places and organisations (full names where resolved).
    pub entities: Vec<String>,
    pub negated: bool,
    pub hedged: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
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
    pub kind: EntityKind,
    pub start: usize,
    pub end: usize,
}

/// Everything found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub mentions: Vec<Mention>,
}

/// Analyzes one article.
pub fn analyze(article: &Article) -> Analysis {
    let sentences = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| Sentence { text: article.slice(*p).to_string(), start: p.start, end: p.end, paragraph: i })
        .collect();
    let _ = Span::default();
    Analysis { sentences, ..Analysis::default() }
}
