//! Joining and separating members: the groups a reader's join or separation leaves,
//! worked out as the engine works out its own (diffs against a canonical member, conflicts,
//! status).

use super::super::conflicts::{MIN_CONFLICT_CONFIDENCE, pair_conflicts, unit_values};
use super::super::diff::{DiffOp, OpKind, word_diff};
use super::super::{ClaimGroup, ClaimStatus, Comparison, Conflict, QuoteGroup};
use super::{claim_group_of, plain_status, quote_group_of};
use std::collections::HashMap;

pub(super) fn join_claims(cmp: &mut Comparison, a: usize, b: usize) -> Result<(), String> {
    let ga = claim_group_of(cmp, a).ok_or("the claim is in no group")?;
    let gb = claim_group_of(cmp, b).ok_or("the claim is in no group")?;
    if ga == gb {
        return Ok(());
    }
    let article = |m: usize| cmp.claims[m].article;
    let in_a: Vec<usize> = cmp.claim_groups[ga].members.iter().map(|&m| article(m)).collect();
    let clash = cmp.claim_groups[gb].members.iter().any(|&m| in_a.contains(&article(m)));
    let moved: Vec<usize> = if !clash {
        cmp.claim_groups[gb].members.clone()
    } else if !in_a.contains(&article(b)) {
        vec![b]
    } else {
        return Err(format!("{} already has a claim in that group", cmp.docs[article(b)].article.file_name));
    };
    let mut members = cmp.claim_groups[ga].members.clone();
    members.extend(&moved);
    members.sort_by_key(|&m| (article(m), m));
    let canon = cmp.claim_groups[ga].members[cmp.claim_groups[ga].canonical];
    let joined = rebuild_claim(cmp, members, &[ga, gb], canon);
    let rest: Vec<usize> = cmp.claim_groups[gb].members.iter().copied().filter(|m| !moved.contains(m)).collect();
    let rest_group = if rest.is_empty() {
        None
    } else {
        let old = &cmp.claim_groups[gb];
        let canon = old.members[old.canonical];
        let canon = if rest.contains(&canon) { canon } else { rest[0] };
        Some(rebuild_claim(cmp, rest, &[gb], canon))
    };
    cmp.claim_groups[ga] = joined;
    match rest_group {
        Some(g) => cmp.claim_groups[gb] = g,
        // Emptied; removed once every regrouping decision is applied (indices stay put).
        None => cmp.claim_groups[gb].members.clear(),
    }
    Ok(())
}

pub(super) fn separate_claim(cmp: &mut Comparison, m: usize) {
    let Some(g) = claim_group_of(cmp, m) else { return };
    let old = &cmp.claim_groups[g];
    if old.members.len() < 2 {
        return;
    }
    let rest: Vec<usize> = old.members.iter().copied().filter(|&x| x != m).collect();
    let canon = old.members[old.canonical];
    let canon = if canon == m { rest[0] } else { canon };
    let kept = rebuild_claim(cmp, rest, &[g], canon);
    let alone = rebuild_claim(cmp, vec![m], &[], m);
    cmp.claim_groups[g] = kept;
    cmp.claim_groups.push(alone);
}

/// A claim group with these members, keeping what the engine found between members that
/// were already together in one of `from` (their conflicts) and checking the new pairs as
/// claims of one fact (the reader said they are).
fn rebuild_claim(cmp: &Comparison, members: Vec<usize>, from: &[usize], canon: usize) -> ClaimGroup {
    let article = |m: usize| cmp.claims[m].article;
    let canonical = members
        .iter()
        .position(|&m| Some(article(m)) == cmp.reference)
        .or_else(|| members.iter().position(|&m| m == canon))
        .unwrap_or(0);
    let opts = cmp.settings.key_options();
    let canon_text = &cmp.claim(members[canonical]).text;
    let diffs: Vec<Vec<DiffOp>> = members
        .iter()
        .enumerate()
        .map(|(k, &m)| {
            if k == canonical {
                vec![DiffOp { op: OpKind::Equal, text: canon_text.clone() }]
            } else {
                word_diff(canon_text, &cmp.claim(m).text, opts)
            }
        })
        .collect();
    // Where each member was before: (old group, position in it).
    let origin: HashMap<usize, (usize, usize)> = from
        .iter()
        .flat_map(|&g| cmp.claim_groups[g].members.iter().enumerate().map(move |(k, &m)| (m, (g, k))))
        .collect();
    let mut conflicts = Vec::new();
    for x in 0..members.len() {
        for y in x + 1..members.len() {
            let (i, j) = (members[x], members[y]);
            match (origin.get(&i), origin.get(&j)) {
                (Some(&(gi, ki)), Some(&(gj, kj))) if gi == gj => {
                    for c in &cmp.claim_groups[gi].conflicts {
                        if c.members == (ki, kj) || c.members == (kj, ki) {
                            conflicts.push(Conflict { members: (x, y), ..c.clone() });
                        }
                    }
                }
                // One article's two wordings of a claim are not a disagreement.
                _ if article(i) == article(j) => {}
                _ => {
                    let (ci, cj) = (cmp.claim(i), cmp.claim(j));
                    for (kind, detail, confidence) in pair_conflicts(ci, cj, &unit_values(ci), &unit_values(cj), 1.0) {
                        if confidence >= MIN_CONFLICT_CONFIDENCE {
                            conflicts.push(Conflict { kind, members: (x, y), detail, confidence });
                        }
                    }
                }
            }
        }
    }
    let old: Vec<&ClaimGroup> = from.iter().map(|&g| &cmp.claim_groups[g]).collect();
    let similarity = if members.len() > 1 { old.iter().map(|g| g.similarity).fold(1.0, f64::min) } else { 1.0 };
    // What every member still shares of what the old groups shared.
    let texts: Vec<String> = members.iter().map(|&m| cmp.claim(m).text.to_lowercase()).collect();
    let mut evidence: Vec<String> = Vec::new();
    if members.len() > 1 {
        for e in old.iter().flat_map(|g| g.evidence.iter()) {
            if !evidence.contains(e) && texts.iter().all(|t| t.contains(&e.to_lowercase())) {
                evidence.push(e.clone());
            }
        }
    }
    let mut group = ClaimGroup {
        status: ClaimStatus::Unique,
        members,
        canonical,
        conflicts,
        diffs,
        similarity,
        // The reader decided these members belong together.
        confidence: 1.0,
        evidence,
    };
    group.status = if group.members.len() > 1 && !group.conflicts.is_empty() {
        ClaimStatus::Conflict
    } else {
        plain_status(&group, &cmp.claims)
    };
    group
}

pub(super) fn join_quotes(cmp: &mut Comparison, a: (usize, usize), b: (usize, usize)) -> Result<(), String> {
    let ga = quote_group_of(cmp, a).ok_or("the quote is in no group")?;
    let gb = quote_group_of(cmp, b).ok_or("the quote is in no group")?;
    if ga == gb {
        return Ok(());
    }
    let mut members = cmp.quote_groups[ga].members.clone();
    members.extend(cmp.quote_groups[gb].members.iter().copied());
    members.sort();
    let speaker = cmp.quote_groups[ga].speaker.clone().or_else(|| cmp.quote_groups[gb].speaker.clone());
    cmp.quote_groups[ga] = rebuild_quote(cmp, members, speaker);
    cmp.quote_groups[gb].members.clear();
    Ok(())
}

pub(super) fn separate_quote(cmp: &mut Comparison, m: (usize, usize)) {
    let Some(g) = quote_group_of(cmp, m) else { return };
    let old = &cmp.quote_groups[g];
    if old.members.len() < 2 {
        return;
    }
    let rest: Vec<(usize, usize)> = old.members.iter().copied().filter(|&x| x != m).collect();
    let speaker = old.speaker.clone();
    let kept = rebuild_quote(cmp, rest, speaker);
    let alone = rebuild_quote(cmp, vec![m], None);
    cmp.quote_groups[g] = kept;
    cmp.quote_groups.push(alone);
}

/// A quote group with these members, worked out as the engine works out its own groups.
pub(super) fn rebuild_quote(cmp: &Comparison, members: Vec<(usize, usize)>, speaker: Option<String>) -> QuoteGroup {
    let items = cmp
        .quote_items
        .iter()
        .enumerate()
        .filter(|(_, it)| members.contains(&(it.article, it.quote)))
        .map(|(i, _)| i)
        .collect();
    super::super::quotes::group_of(&cmp.docs, &cmp.settings, cmp.reference, members, items, speaker)
}
