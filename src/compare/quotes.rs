//! Quote groups: the same utterance as printed by several articles, and how each differs.

use super::diff::word_diff_from;
use super::text::{KeyedWords, is_stop_word, near_word, word_keys};
use super::{Loaded, QuoteGroup, QuoteItem, QuoteStatus, ReferenceVerdict, Settings, UnionFind};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Longest quote (in words) aligned word by word; longer ones are cut for matching only.
const MAX_MATCH_WORDS: usize = 150;

struct Utterance {
    article: usize,
    quote: usize,
    keys: Vec<String>,
    surname: Option<String>,
}

/// The quote items, the quote groups and the reference check, as `Comparison` holds them.
pub type QuoteOutput = (Vec<QuoteItem>, Vec<QuoteGroup>, Vec<(usize, ReferenceVerdict)>);

/// Groups the quotes of `docs` into utterances, with statuses, diffs and (when `reference` is set) the reference check.
pub fn group_quotes(docs: &[Loaded], settings: &Settings, reference: Option<usize>) -> QuoteOutput {
    let opts = settings.key_options();
    let mut utts = Vec::new();
    for (a, doc) in docs.iter().enumerate() {
        for (q, quote) in doc.analysis.quotes.iter().enumerate() {
            let keys: Vec<String> = word_keys(&quote.text, opts);
            if keys.is_empty() {
                continue;
            }
            utts.push(Utterance { article: a, quote: q, keys, surname: quote.speaker.as_deref().and_then(surname) });
        }
    }
    let pairs = candidate_pairs(&utts);
    // A remark printed word for word under one name by several articles (syndicated copy)
    // scores the same against any other: each pair of distinct wordings is aligned once, by
    // the first utterance of each wording.
    let wordings: Vec<(&[String], Option<&str>)> =
        utts.iter().map(|u| (u.keys.as_slice(), u.surname.as_deref())).collect();
    let first = super::claims::first_copies(&wordings);
    let mut class_pairs: Vec<(usize, usize)> = pairs.iter().map(|&(i, j)| (first[i], first[j])).collect();
    class_pairs.sort_unstable();
    class_pairs.dedup();
    // Each key as a number (equal keys, equal numbers): the alignments compare numbers, not
    // strings.
    let ids: Vec<Vec<u32>> = {
        let mut of: HashMap<&str, u32> = HashMap::default();
        utts.iter().map(|u| key_ids(&u.keys, &mut of)).collect()
    };
    let scores: rustc_hash::FxHashMap<(usize, usize), f64> = class_pairs
        .into_par_iter()
        .filter_map(|(x, y)| match_score_ids(&utts[x], &ids[x], &utts[y], &ids[y]).map(|s| ((x, y), s)))
        .collect();
    let mut scored: Vec<(f64, usize, usize)> =
        pairs.into_iter().filter_map(|(i, j)| scores.get(&(first[i], first[j])).map(|&s| (s, i, j))).collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    // A group keeps one utterance per article, but for the halves of one split quote.
    let keys: Vec<(usize, usize)> = utts.iter().map(|u| (u.article, u.quote)).collect();
    let sets = UnionFind::greedy_groups(&keys, scored.into_iter().map(|(_, i, j)| (i, j)), |(a, q), (b, r)| {
        a == b && !split_parts_of_one(docs, a, q, r)
    });

    let mut items = Vec::new();
    let mut items_of: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (a, doc) in docs.iter().enumerate() {
        for (q, quote) in doc.analysis.quotes.iter().enumerate() {
            for (start, end) in quote_parts(&doc.article.text, quote.start, quote.end, &quote.text) {
                items_of.entry((a, q)).or_default().push(items.len());
                items.push(QuoteItem {
                    article: a,
                    quote: q,
                    text: doc.article.text[start..end].to_string(),
                    start,
                    end,
                    speaker: quote.speaker.clone(),
                });
            }
        }
    }

    let mut groups: Vec<QuoteGroup> = sets
        .into_par_iter()
        .map(|set| {
            let mut members: Vec<(usize, usize)> = set.iter().map(|&u| (utts[u].article, utts[u].quote)).collect();
            members.sort_unstable();
            build_group(docs, settings, reference, members, &items_of)
        })
        .collect();
    // Altered first, then partial, verbatim, unique; inside a status, in reading order.
    groups.sort_by(|a, b| a.status.cmp(&b.status).then(a.members[0].cmp(&b.members[0])));

    let mut check = Vec::new();
    if let Some(r) = reference {
        for g in &groups {
            let ref_member = g.members.iter().position(|m| m.0 == r);
            for (k, m) in g.members.iter().enumerate() {
                if m.0 == r {
                    continue;
                }
                let verdict = match ref_member {
                    None => ReferenceVerdict::NotInReference,
                    Some(_) => match g.member_status[k] {
                        QuoteStatus::Verbatim | QuoteStatus::Unique => ReferenceVerdict::Verbatim,
                        QuoteStatus::Partial => ReferenceVerdict::Partial,
                        QuoteStatus::Altered => ReferenceVerdict::Altered,
                    },
                };
                for &item in items_of.get(m).map(Vec::as_slice).unwrap_or(&[]) {
                    check.push((item, verdict));
                }
            }
        }
        check.sort_unstable_by_key(|c| c.0);
    }
    (items, groups, check)
}

fn build_group(
    docs: &[Loaded],
    settings: &Settings,
    reference: Option<usize>,
    members: Vec<(usize, usize)>,
    items_of: &HashMap<(usize, usize), Vec<usize>>,
) -> QuoteGroup {
    let items = members.iter().flat_map(|m| items_of.get(m).cloned().unwrap_or_default()).collect();
    group_of(docs, settings, reference, members, items, None)
}

/// The quote group these members make: canonical wording, status per member and for the
/// group, word diffs, and the speaker (`speaker`, else the fullest one the members have).
/// The engine's grouping and the reader's joins and separations both build groups here.
pub(crate) fn group_of(
    docs: &[Loaded],
    settings: &Settings,
    reference: Option<usize>,
    members: Vec<(usize, usize)>,
    items: Vec<usize>,
    speaker: Option<String>,
) -> QuoteGroup {
    let opts = settings.key_options();
    // An article that split one utterance into two quotes is one wording: its parts joined.
    let wording_of = |article: usize| -> String {
        members
            .iter()
            .filter(|m| m.0 == article)
            .map(|m| docs[m.0].analysis.quotes[m.1].text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let wordings: Vec<String> = members.iter().map(|m| wording_of(m.0)).collect();
    let keys: Vec<Vec<String>> = wordings.iter().map(|w| word_keys(w, opts)).collect();
    let articles: std::collections::BTreeSet<usize> = members.iter().map(|m| m.0).collect();
    let canonical = members.iter().position(|m| Some(m.0) == reference).unwrap_or_else(|| {
        // The most common wording; ties go to the fullest, then the first.
        (0..members.len())
            .max_by(|&x, &y| {
                let cx = keys.iter().filter(|k| **k == keys[x]).count();
                let cy = keys.iter().filter(|k| **k == keys[y]).count();
                cx.cmp(&cy).then(keys[x].len().cmp(&keys[y].len())).then(y.cmp(&x))
            })
            .unwrap_or(0)
    });
    // A fragment is only "partial" when the shorter wording marks what it leaves out with an
    // ellipsis; words dropped silently change the quotation ("This place is bugged." printed
    // for "Don't talk. This place is bugged.").
    let marks_omission = |w: &str| w.contains('…') || w.contains("...") || w.contains(". . .");
    let member_status: Vec<QuoteStatus> = keys
        .iter()
        .enumerate()
        .map(|(x, k)| {
            let c = &keys[canonical];
            let shorter = if k.len() <= c.len() { &wordings[x] } else { &wordings[canonical] };
            if articles.len() == 1 {
                QuoteStatus::Unique
            } else if k == c {
                QuoteStatus::Verbatim
            } else if (is_contiguous(k, c) || is_contiguous(c, k)) && marks_omission(shorter) {
                QuoteStatus::Partial
            } else {
                QuoteStatus::Altered
            }
        })
        .collect();
    let status = if articles.len() == 1 {
        QuoteStatus::Unique
    } else if member_status.contains(&QuoteStatus::Altered) {
        QuoteStatus::Altered
    } else if member_status.contains(&QuoteStatus::Partial) {
        QuoteStatus::Partial
    } else {
        QuoteStatus::Verbatim
    };
    // The canonical wording cut into words once, for all the members that differ from it.
    let mut canon_words: Option<KeyedWords> = None;
    let diffs = wordings
        .iter()
        .enumerate()
        .map(|(k, w)| {
            if k == canonical || wordings[k] == wordings[canonical] {
                vec![super::DiffOp { op: super::OpKind::Equal, text: w.clone() }]
            } else {
                let cw = canon_words.get_or_insert_with(|| KeyedWords::new(&wordings[canonical], opts));
                word_diff_from(&wordings[canonical], cw, w, opts)
            }
        })
        .collect();
    let speaker = speaker.or_else(|| {
        members.iter().filter_map(|m| docs[m.0].analysis.quotes[m.1].speaker.clone()).max_by_key(|s| s.len())
    });
    QuoteGroup { speaker, status, members, items, canonical, diffs, member_status }
}

/// The last word of a name, lower-case: what decides whether two speakers are one person.
pub fn surname(name: &str) -> Option<String> {
    name.split_whitespace()
        .rev()
        .find(|w| !crate::analyze::lexicon::is_name_suffix(&w.trim_end_matches('.').to_lowercase()))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|s| !s.is_empty())
}

/// Two quotes of one article that are the two halves of an utterance it split.
fn split_parts_of_one(docs: &[Loaded], article: usize, q: usize, r: usize) -> bool {
    let quotes = &docs[article].analysis.quotes;
    q.abs_diff(r) == 1 && quotes[q].speaker == quotes[r].speaker && {
        let (a, b) = if q < r { (&quotes[q], &quotes[r]) } else { (&quotes[r], &quotes[q]) };
        b.start.saturating_sub(a.end) < 200
    }
}

fn candidate_pairs(utts: &[Utterance]) -> Vec<(usize, usize)> {
    // Each utterance's distinct keys as ids, and for each key the utterances that have it
    // (in order, each once).
    let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let mut postings: Vec<Vec<usize>> = Vec::new();
    let mut keys_of: Vec<Vec<u32>> = Vec::with_capacity(utts.len());
    for (i, u) in utts.iter().enumerate() {
        let mut mine: Vec<u32> = Vec::new();
        for k in &u.keys {
            if k.chars().count() < 3 || is_stop_word(k) {
                continue;
            }
            // The first five letters find changed forms of a word too ("illusory", "illusionary").
            let cut = k.char_indices().nth(5).map_or(k.len(), |(at, _)| at);
            let next = ids.len() as u32;
            let id = *ids.entry(&k[..cut]).or_insert(next);
            if id as usize == postings.len() {
                postings.push(Vec::new());
            }
            if !mine.contains(&id) {
                mine.push(id);
                postings[id as usize].push(i);
            }
        }
        keys_of.push(mine);
    }
    // Pairs that share enough words to be worth aligning: two keys, or one for a quote
    // of three words or fewer. Counted per utterance in a dense table (a map of pairs
    // was most of the cost at scale).
    let n = utts.len();
    let mut pairs: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0u32; n], Vec::<usize>::new()),
            |(shared, touched), i| {
                for &id in &keys_of[i] {
                    let posting = &postings[id as usize];
                    if posting.len() > 200 {
                        continue;
                    }
                    for &j in posting.iter().filter(|&&j| j > i && utts[j].article != utts[i].article) {
                        if shared[j] == 0 {
                            touched.push(j);
                        }
                        shared[j] += 1;
                    }
                }
                let mut out = Vec::new();
                for &j in touched.iter() {
                    let count = std::mem::take(&mut shared[j]);
                    // A match covers most of the shorter quote, so it shares most of its words
                    // (allowing for changed words, which share their first letters anyway).
                    let fewer = keys_of[i].len().min(keys_of[j].len()) as u32;
                    if (count >= 2 && count * 5 >= fewer * 2) || utts[i].keys.len().min(utts[j].keys.len()) <= 3 {
                        out.push((i, j));
                    }
                }
                touched.clear();
                out
            },
        )
        .flatten()
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Keys as numbers, from (and added to) one numbering of all keys.
fn key_ids<'k>(keys: &'k [String], of: &mut HashMap<&'k str, u32>) -> Vec<u32> {
    keys.iter()
        .map(|k| {
            let next = of.len() as u32;
            *of.entry(k.as_str()).or_insert(next)
        })
        .collect()
}

/// How well two utterances match (0–1), or `None` when they are not the same utterance.
#[cfg(test)]
fn match_score(a: &Utterance, b: &Utterance) -> Option<f64> {
    let mut of = HashMap::default();
    let (ia, ib) = (key_ids(&a.keys, &mut of), key_ids(&b.keys, &mut of));
    match_score_ids(a, &ia, b, &ib)
}

/// How well two utterances match (0–1), or `None` when they are not the same utterance;
/// `ia` and `ib` are their keys as numbers of one numbering.
fn match_score_ids(a: &Utterance, ia: &[u32], b: &Utterance, ib: &[u32]) -> Option<f64> {
    let speakers_differ = matches!((&a.surname, &b.surname), (Some(x), Some(y)) if x != y);
    // A short quote ("the Oracle", a book's title) carries too few words to be known by them:
    // it joins another only under the same named speaker.
    let same_speaker = matches!((&a.surname, &b.surname), (Some(x), Some(y)) if x == y);
    // The same few words printed alone by two articles ("magnificent desolation") are one
    // quoted phrase; it is a longer remark they must not be pulled into.
    let same_words = !speakers_differ && a.keys == b.keys;
    let ka = &a.keys[..a.keys.len().min(MAX_MATCH_WORDS)];
    let kb = &b.keys[..b.keys.len().min(MAX_MATCH_WORDS)];
    let (ia, ib) = (&ia[..ka.len()], &ib[..kb.len()]);
    let (short, long) = if ka.len() <= kb.len() { (ka, kb) } else { (kb, ka) };
    let (short_ids, long_ids) = if ka.len() <= kb.len() { (ia, ib) } else { (ib, ia) };
    let accept = |lcs: usize| {
        let coverage = lcs as f64 / short.len() as f64;
        let ok = match short.len() {
            0 => false,
            1 => {
                (same_speaker || same_words)
                    && short[0].chars().count() >= 6
                    && !is_stop_word(&short[0])
                    && long.contains(&short[0])
            }
            2 | 3 => {
                (same_speaker || same_words)
                    && lcs == short.len()
                    && short.iter().any(|w| w.chars().count() >= 4 && !is_stop_word(w))
            }
            // The same words under two names is worth showing, but only when nearly identical.
            _ if speakers_differ => coverage >= 0.9 && short.len() >= 8,
            // Up to five words without a common speaker, the words must stand together.
            4 | 5 if !same_speaker => lcs == short.len() && is_contiguous(short, long),
            _ => coverage >= 0.6 && lcs >= 3,
        };
        ok.then_some(coverage + 0.001 * lcs.min(100) as f64)
    };
    // Most matches are the same words: try exact equality first, which is much cheaper than
    // looking for changed forms of each word.
    let exact = lcs_by(short.len(), long.len(), |x, y| short_ids[x] == long_ids[y]);
    if exact == short.len() {
        return accept(exact);
    }
    // Equal numbers are equal words, which are near words too; two different words are near
    // only when both have four bytes or more and the same first byte, which is checked here
    // before the call (most word pairs fail it).
    let fuzzy = lcs_by(short.len(), long.len(), |x, y| {
        let (a, b) = (short[x].as_bytes(), long[y].as_bytes());
        short_ids[x] == long_ids[y] || (a.len() >= 4 && b.len() >= 4 && a[0] == b[0] && near_word(&short[x], &long[y]))
    });
    accept(fuzzy)
}

/// Longest common subsequence of two word lists of `n` and `m` words, under an equivalence
/// of word `x` of the first and word `y` of the second.
fn lcs_by(n: usize, m: usize, same: impl Fn(usize, usize) -> bool) -> usize {
    let mut prev = vec![0usize; m + 1];
    let mut cur = vec![0usize; m + 1];
    for x in 0..n {
        for y in 0..m {
            cur[y + 1] = if same(x, y) { prev[y] + 1 } else { prev[y + 1].max(cur[y]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// True when `part` occurs as a contiguous run inside `whole`.
fn is_contiguous(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
}

/// The span without the quotation marks (and a trailing attribution comma) around it.
fn inner_span(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let Some(span) = text.get(start..end) else { return (start, end) };
    if let Some(c) = span.chars().next().filter(|c| matches!(c, '\u{201C}' | '"' | '\u{2018}' | '\'' | '\u{00AB}')) {
        start += c.len_utf8();
    }
    if let Some(c) =
        text[start..end].chars().next_back().filter(|c| matches!(c, '\u{201D}' | '"' | '\u{2019}' | '\'' | '\u{00BB}'))
    {
        end -= c.len_utf8();
    }
    if start > end { (end, end) } else { (start, end) }
}

/// Splits a quote's span into the pieces inside quotation marks (an utterance broken by
/// its attribution has two or more); a quote in one piece gives itself.
pub fn quote_parts(text: &str, start: usize, end: usize, quote_text: &str) -> Vec<(usize, usize)> {
    let whole = vec![inner_span(text, start, end)];
    let Some(span) = text.get(start..end) else { return whole };
    let opening = |c: char| matches!(c, '\u{201C}' | '"' | '\u{00AB}');
    let closing = |c: char| matches!(c, '\u{201D}' | '"' | '\u{00BB}');
    let mut parts = Vec::new();
    let mut inside = !span.starts_with(opening);
    let mut part_start = start;
    for (i, c) in span.char_indices() {
        let at = start + i;
        if inside && closing(c) && i > 0 {
            parts.push((part_start, at));
            inside = false;
        } else if !inside && opening(c) {
            inside = true;
            part_start = at + c.len_utf8();
        }
    }
    if inside {
        parts.push((part_start, end));
    }
    parts.retain(|&(s, e)| text[s..e].chars().any(char::is_alphanumeric));
    if parts.len() < 2 {
        return whole;
    }
    // Only trust the split when the pieces put together are the quote's words.
    let opts = super::text::KeyOptions::default();
    let joined: Vec<String> = parts.iter().flat_map(|&(s, e)| word_keys(&text[s..e], opts)).collect();
    let expected: Vec<String> = word_keys(quote_text, opts);
    if joined == expected { parts } else { whole }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        word_keys(s, Default::default())
    }

    #[test]
    fn fragment_with_changed_word_matches() {
        let a = Utterance {
            article: 0,
            quote: 0,
            keys: keys("Chasing this illusionary goal will only prolong the war"),
            surname: Some("hegseth".into()),
        };
        let b = Utterance { article: 1, quote: 0, keys: keys("illusory goal"), surname: Some("hegseth".into()) };
        assert!(match_score(&a, &b).is_some());
        let c = Utterance { article: 1, quote: 0, keys: keys("the war"), surname: None };
        assert!(match_score(&a, &c).is_none(), "two stop words are no match");
    }

    #[test]
    fn different_speakers_need_near_identical_words() {
        let a = Utterance {
            article: 0,
            quote: 0,
            keys: keys("we will defend every inch of our land and our sea"),
            surname: Some("smith".into()),
        };
        let b = Utterance {
            article: 1,
            quote: 0,
            keys: keys("we will defend every inch of the land and our sea"),
            surname: Some("jones".into()),
        };
        assert!(match_score(&a, &b).is_some());
        let c =
            Utterance { article: 1, quote: 0, keys: keys("we will defend our land"), surname: Some("jones".into()) };
        assert!(match_score(&a, &c).is_none());
    }

    #[test]
    fn split_quote_parts() {
        let text = "He spoke. “Safety first,” she said. “Then speed.” The end.";
        let start = text.find("Safety").expect("present");
        let end = text.find("speed.").expect("present") + "speed.".len();
        let parts = quote_parts(text, start, end, "Safety first, Then speed.");
        let got: Vec<&str> = parts.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["Safety first,", "Then speed."]);
    }

    #[test]
    fn a_short_quoted_term_joins_only_under_the_same_named_speaker() {
        let long = |surname: Option<&str>| Utterance {
            article: 0,
            quote: 0,
            keys: keys("with deep sadness I announce that my friend the Oracle passed away tonight"),
            surname: surname.map(str::to_string),
        };
        let term = |surname: Option<&str>| Utterance {
            article: 1,
            quote: 0,
            keys: keys("the Oracle"),
            surname: surname.map(str::to_string),
        };
        assert!(match_score(&long(None), &term(None)).is_none(), "a nickname alone is no remark");
        assert!(match_score(&long(Some("vale")), &term(None)).is_none());
        assert!(match_score(&long(Some("vale")), &term(Some("vale"))).is_some());
        // The same short phrase printed alone by two articles is one quoted phrase.
        assert!(match_score(&term(None), &Utterance { article: 2, ..term(None) }).is_some());
        // Four or five words without a common speaker must stand together in the other.
        let title = Utterance { article: 1, quote: 0, keys: keys("In Search of the Oracle"), surname: None };
        assert!(match_score(&long(None), &title).is_none());
    }

    #[test]
    fn contiguity() {
        assert!(is_contiguous(&keys("b c"), &keys("a b c d")));
        assert!(!is_contiguous(&keys("b d"), &keys("a b c d")));
    }
}
