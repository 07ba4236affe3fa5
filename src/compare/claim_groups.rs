//! One claim group built from its members: the canonical wording, each member's word diff,
//! the disagreements between members with their confidence, and the evidence they share;
//! and which members the words hardly hold in a group.

use super::*;

/// The most a group that holds two sentences of one article is sure of being one fact.
pub const TWO_SENTENCES_CONFIDENCE: f64 = 0.65;

/// Builds the group of `members` (indices into `claims`) with the disagreements
/// [`member_conflicts`] found between them.
pub(super) fn build_group(
    docs: &[Loaded],
    claims: &[ClaimRef],
    f: &[Features],
    settings: &Settings,
    reference: Option<usize>,
    members: Vec<usize>,
    conflicts: Vec<Conflict>,
) -> ClaimGroup {
    let claim = |m: usize| &docs[claims[m].article].analysis.claims[claims[m].claim];
    // Every pair's cosine once (the medoid and the similarity read them; a cosine is the
    // same either way round).
    let size = members.len();
    let mut cosines = vec![0f64; size * size];
    for x in 0..size {
        for y in x..size {
            let c = cosine(&f[members[x]].vector, &f[members[y]].vector);
            cosines[x * size + y] = c;
            cosines[y * size + x] = c;
        }
    }
    let cos = |x: usize, y: usize| cosines[x * size + y];
    let canonical = members.iter().position(|&m| Some(claims[m].article) == reference).unwrap_or_else(|| {
        // The member closest to all others (the medoid); ties go to the first. Sums that
        // differ only by rounding are ties (two members are always tied).
        let closeness: Vec<f64> = (0..size).map(|x| (0..size).map(|o| cos(x, o)).sum()).collect();
        let mut best = 0;
        for (k, &c) in closeness.iter().enumerate().skip(1) {
            if c > closeness[best] + 1e-6 {
                best = k;
            }
        }
        best
    });
    let opts = settings.key_options();
    let canon = claim(members[canonical]);
    let canon_words = crate::compare::text::KeyedWords::new(&canon.text, opts);
    let mut diffs: Vec<Vec<crate::compare::DiffOp>> = Vec::with_capacity(members.len());
    for (k, &m) in members.iter().enumerate() {
        let text = &claim(m).text;
        let diff = if k == canonical {
            // The canonical wording against itself: one run of equal words.
            vec![crate::compare::DiffOp { op: crate::compare::OpKind::Equal, text: canon.text.clone() }]
        } else if let Some(same) = (0..k).find(|&e| e != canonical && claim(members[e]).text == *text) {
            // A wording printed by several members is diffed once.
            diffs[same].clone()
        } else {
            word_diff_from(&canon.text, &canon_words, text, opts)
        };
        diffs.push(diff);
    }
    let similarity = if members.len() > 1 {
        (0..size).filter(|&x| x != canonical).map(|x| cos(canonical, x)).sum::<f64>() / (members.len() - 1) as f64
    } else {
        1.0
    };
    let status = if crate::compare::article_count(claims, &members) < 2 {
        ClaimStatus::Unique
    } else if !conflicts.is_empty() {
        ClaimStatus::Conflict
    } else if diffs.iter().all(|d| is_equal(d)) {
        ClaimStatus::Agree
    } else {
        ClaimStatus::Reworded
    };
    // Sure of a match in proportion to how much of their weighted words the members share;
    // a similarity of 0.6 or more is as sure as words can make it. A group that holds two
    // sentences of one article is less sure: read on unseen coverage, about a third of
    // them joined two facts (ordinary groups: one in twenty).
    let confidence = if members.len() > 1 { (0.4 + similarity).min(1.0) } else { 1.0 };
    let confidence = if crate::compare::article_count(claims, &members) < members.len() {
        confidence.min(TWO_SENTENCES_CONFIDENCE)
    } else {
        confidence
    };
    let evidence = if members.len() > 1 {
        shared_evidence(&members.iter().map(|&m| claim(m)).collect::<Vec<_>>())
    } else {
        Vec::new()
    };
    ClaimGroup { status, members, canonical, conflicts, diffs, similarity, confidence, evidence }
}

/// The disagreements between members of a group (indices into `claims`), as pairs of
/// positions in `members`: looked for between members of different articles that `compared`
/// pairs.
pub(super) fn member_conflicts(
    docs: &[Loaded],
    claims: &[ClaimRef],
    f: &[Features],
    members: &[usize],
    compared: impl Fn(usize, usize) -> bool,
) -> Vec<Conflict> {
    let claim = |m: usize| &docs[claims[m].article].analysis.claims[claims[m].claim];
    let size = members.len();
    let mut conflicts = Vec::new();
    // "Last year" read against each article's own date.
    let dated: Vec<_> = members
        .iter()
        .map(|&m| with_absolute_years(claim(m), docs[claims[m].article].article.published.as_deref()))
        .collect();
    // Members printed alike with the same attribution (syndicated copy) disagree with any
    // other member in the same way at the same similarity: each such pair is checked once.
    let rep: Vec<usize> =
        (0..members.len()).map(|x| (0..x).find(|&y| same_statement(&dated[y], &dated[x])).unwrap_or(x)).collect();
    // A lone member has no pair to check.
    let slots: Vec<Vec<crate::compare::slots::Slot>> =
        if size > 1 { dated.iter().map(|c| crate::compare::slots::slots(c)).collect() } else { Vec::new() };
    let cues: Vec<crate::compare::conflicts::Cues> = if size > 1 {
        dated.iter().map(|c| crate::compare::conflicts::Cues::of(&c.text)).collect()
    } else {
        Vec::new()
    };
    type Found = Vec<(crate::compare::ConflictKind, String, f64)>;
    let mut checked: HashMap<(usize, usize, u64, bool), Found> = HashMap::default();
    for x in 0..members.len() {
        for y in x + 1..members.len() {
            let (i, j) = (members[x], members[y]);
            // Two claims of one article are one outlet's words twice; members matched in
            // different cores of the group were never put side by side as one claim.
            if claims[i].article == claims[j].article {
                continue;
            }
            // A cause told and a cause withheld name their slot in both sentences ("died of
            // …" / "the cause of death was not announced"): two members of one group that
            // do so disagree whichever pairs first joined them.
            if !compared(i, j) {
                if cues[x].may_tell_cause() && cues[y].may_tell_cause() {
                    let sim = cosine(&f[i].vector, &f[j].vector);
                    if let Some((kind, detail, confidence)) =
                        crate::compare::conflicts::cause_conflict_of(&dated[x], &dated[y], sim)
                        && confidence >= MIN_CONFLICT_CONFIDENCE
                    {
                        conflicts.push(Conflict { kind, members: (x, y), detail, confidence });
                    }
                }
                continue;
            }
            let sim = cosine(&f[i].vector, &f[j].vector);
            // Whether a count both give may be the event's own (read only where both give a
            // pinned count of one class; it looks the pair's places up in the articles).
            let pinned_in_both = f[i]
                .units
                .iter()
                .any(|(u, _)| crate::compare::conflicts::is_pinned(u) && f[j].units.iter().any(|(w, _)| w == u));
            let tallies = cues[x].may_score() && cues[y].may_score();
            let one_event =
                (pinned_in_both || tallies) && crate::compare::count_edges::of_one_event(docs, &claims[i], &claims[j]);
            let found = checked.entry((rep[x], rep[y], sim.to_bits(), one_event)).or_insert_with(|| {
                let slots = (slots[x].as_slice(), slots[y].as_slice());
                let cues = (cues[x], cues[y]);
                let between = crate::compare::conflicts::Between { sim, one_event };
                pair_conflicts_with(&dated[x], &dated[y], &f[i].units, &f[j].units, between, slots, cues)
            });
            for (kind, detail, confidence) in found.iter().cloned() {
                if confidence >= MIN_CONFLICT_CONFIDENCE {
                    conflicts.push(Conflict { kind, members: (x, y), detail, confidence });
                }
            }
        }
    }
    conflicts
}

/// Whole-sentence similarity a member of a group needs with at least one other member,
/// unless the group shows a disagreement: below it the two sentences share a name or a figure
/// and little else (measured on the real clusters, most such pairs were two different facts).
const MIN_MEMBER_SIMILARITY: f64 = 0.15;

/// The members of a group without a conflict that no other member resembles as a whole
/// sentence (see [`MIN_MEMBER_SIMILARITY`]), or shares only one word with: in a short
/// sentence one word makes a high cosine ("There were no bids." / "No arrests were made in
/// that fire."). The same wording and a figure both give ("She was 85." / "died at age 85")
/// still hold a member; "77 people" does not hold "He was 77.".
pub(super) fn weakly_held(group: &ClaimGroup, f: &[Features]) -> Vec<usize> {
    if group.members.len() < 2 {
        return Vec::new();
    }
    let members = &group.members;
    // A member that disagrees with another is held by the disagreement; one that a conflict
    // group only carries along ("at least 117 buildings were damaged" beside two magnitudes)
    // is held by its words or not at all.
    let in_a_conflict =
        |m: usize| group.conflicts.iter().any(|c| members[c.members.0] == m || members[c.members.1] == m);
    members
        .iter()
        .copied()
        .filter(|&m| !in_a_conflict(m))
        .filter(|&m| {
            members.iter().all(|&o| {
                // One walk gives both the shared terms and the cosine (the vectors are unit).
                let (shared, cosine) = super::propositions::shared_terms(&f[m].vector, &f[o].vector);
                o == m
                    || cosine < MIN_MEMBER_SIMILARITY
                    || (f[m].vector != f[o].vector
                        && !f[m]
                            .units
                            .iter()
                            .any(|(u, v)| *v >= 2.0 && f[o].units.iter().any(|x| x.0 == *u && x.1 == *v))
                        && shared <= 1)
            })
        })
        .collect()
}

/// Two claims that state the same thing in the same words with the same attribution: what
/// the conflict checks read of a claim is equal (only where it stands differs).
fn same_statement(a: &Claim, b: &Claim) -> bool {
    a.text == b.text
        && a.speaker == b.speaker
        && a.speaker_confidence == b.speaker_confidence
        && a.numbers == b.numbers
        && a.dates == b.dates
        && a.negated == b.negated
        && a.hedged == b.hedged
        && a.entities == b.entities
}

/// What the members of a group share: the names all of them carry, then the content words
/// common to all, in the first member's order. (Words as written, lower-cased: stemming every
/// member of every group cost more than the rest of building the groups.)
fn shared_evidence(members: &[&Claim]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some((first, rest)) = members.split_first() else { return out };
    // What is in `out`, lower-cased once: every word of the first member is looked for in
    // it (lower-casing it per word cost more than the rest of this function).
    let mut lowered: Vec<String> = Vec::new();
    for e in &first.entities {
        if rest.iter().all(|c| c.entities.contains(e)) && !out.contains(e) {
            out.push(e.clone());
            lowered.push(e.to_lowercase());
        }
    }
    // The first member's content words, each once, in order; then which of them every other
    // member also has (a bit each), found word by word without copying the other texts.
    let mut candidates: Vec<String> = Vec::new();
    for w in words(&first.text).filter(|w| !is_stop_word(w) && w.chars().count() > 2) {
        if candidates.len() == 64 {
            break;
        }
        if !candidates.contains(&w) {
            candidates.push(w);
        }
    }
    let mut held_by_all: u64 = if candidates.len() == 64 { u64::MAX } else { (1u64 << candidates.len()) - 1 };
    for c in rest {
        let mut held = 0u64;
        super::super::text::for_each_word(&c.text, |w| {
            if let Some(k) = candidates.iter().position(|x| x == w) {
                held |= 1 << k;
            }
        });
        held_by_all &= held;
        if held_by_all == 0 {
            break;
        }
    }
    for (k, w) in candidates.into_iter().enumerate() {
        if out.len() >= 8 {
            break;
        }
        let in_names = lowered.iter().any(|o| o.split_whitespace().any(|x| x == w));
        if !in_names && held_by_all & (1 << k) != 0 && !out.contains(&w) {
            lowered.push(w.to_lowercase());
            out.push(w);
        }
    }
    out
}
