//! Lone claims that give a group's figure: after grouping, a claim left alone joins the one
//! group whose every member gives a figure it gives, counting the same thing, with the rest
//! of a member's words shared too ("He was 77." / "Gigante, who died in prison at 77, …").

use super::*;
use crate::compare::propositions::shared_terms;

/// Similarity a lone claim needs with some member of the group it joins by its words, with two
/// terms shared, for its words to hold it there (see [`attach_by_words`]).
const LONE_MEAN: f64 = 0.15;

/// Lone claims joined to the group of their best match: a claim left alone though its
/// wording matches a member of a group (it lost that member to a pair ranked first, then
/// was let go) joins the group when its article has no member there, it resembles the
/// members on average, and the group shows no disagreement with it.
pub(super) fn attach_by_words(
    groups: Vec<ClaimGroup>,
    claims: &[ClaimRef],
    f: &[Features],
    edges: &[(f64, usize, usize)],
    threshold: f64,
    same_event: impl Fn(usize, usize) -> bool,
    build: impl Fn(Vec<usize>, &[usize]) -> ClaimGroup,
) -> Vec<ClaimGroup> {
    let mut group_of = vec![usize::MAX; claims.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            group_of[m] = g;
        }
    }
    let lone = |m: usize| groups[group_of[m]].members.len() == 1;
    // Each lone claim's best group, best match first.
    let mut best: HashMap<usize, (f64, usize)> = HashMap::default();
    for &(_, i, j) in edges {
        for (m, o) in [(i, j), (j, i)] {
            if !lone(m) || lone(o) || best.contains_key(&m) {
                continue;
            }
            let g = group_of[o];
            let group = &groups[g];
            let sim = cosine(&f[m].vector, &f[o].vector);
            if sim < threshold || group.status == ClaimStatus::Conflict {
                continue;
            }
            let article = claims[m].article;
            let fits = group.members.iter().all(|&x| {
                claims[x].article != article && same_event(claims[x].article, article) && f[x].quoted == f[m].quoted
            });
            let mean = group.members.iter().map(|&x| cosine(&f[m].vector, &f[x].vector)).sum::<f64>()
                / group.members.len() as f64;
            // Held by its words as any member must be (see `weakly_held`): "There were no
            // bids." shares one word with "No arrests were made in that fire.".
            let held = group.members.iter().any(|&x| {
                let (shared, sim) = shared_terms(&f[m].vector, &f[x].vector);
                shared >= 2 && sim >= LONE_MEAN
            });
            // On average as close to the members as a match: a lone claim that met one member
            // through a shared attribution ("…, Palmer public safety director Jon Owen said")
            // is not close to the rest.
            if fits && held && mean >= threshold {
                best.insert(m, (sim, g));
            }
        }
    }
    let mut by_group: std::collections::BTreeMap<usize, Vec<(f64, usize)>> = Default::default();
    for (m, (sim, g)) in best {
        by_group.entry(g).or_default().push((sim, m));
    }
    let mut joining: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (g, mut lone) in by_group {
        // One claim per article joins: the closest.
        lone.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut joined: Vec<usize> = Vec::new();
        for (_, m) in lone {
            if joined.iter().all(|&x| claims[x].article != claims[m].article) {
                joined.push(m);
            }
        }
        joining.insert(g, joined.iter().map(|&m| group_of[m]).collect());
    }
    join_lone(groups, joining, build, |rebuilt, joined| {
        let weak = weakly_held(rebuilt, f);
        joined.iter().all(|m| !weak.contains(m))
    })
}

/// Each group rebuilt with the lone groups chosen for it (`joining`: group → lone groups, in
/// group order), and the lone groups that joined dropped. A rebuilt group that shows a
/// disagreement, or that `accept` refuses (given it and the joined claims), stays as it was.
fn join_lone(
    mut groups: Vec<ClaimGroup>,
    joining: std::collections::BTreeMap<usize, Vec<usize>>,
    build: impl Fn(Vec<usize>, &[usize]) -> ClaimGroup,
    accept: impl Fn(&ClaimGroup, &[usize]) -> bool,
) -> Vec<ClaimGroup> {
    let mut gone = vec![false; groups.len()];
    for (g, lone) in joining {
        if lone.is_empty() {
            continue;
        }
        let joined: Vec<usize> = lone.iter().map(|&l| groups[l].members[0]).collect();
        let mut members = groups[g].members.clone();
        members.extend(&joined);
        members.sort_unstable();
        let rebuilt = build(members, &joined);
        if rebuilt.status != ClaimStatus::Conflict && accept(&rebuilt, &joined) {
            groups[g] = rebuilt;
            for &l in &lone {
                gone[l] = true;
            }
        }
    }
    groups.into_iter().zip(gone).filter(|(_, gone)| !gone).map(|(g, _)| g).collect()
}

/// Lone claims joined to the one group whose figure they give (see [`lone_attachments`]); a group
/// that would show a disagreement with them is left as it was.
pub(super) fn attach_lone_claims(
    groups: Vec<ClaimGroup>,
    claims: &[ClaimRef],
    f: &[Features],
    same_event: impl Fn(usize, usize) -> bool,
    build: impl Fn(Vec<usize>, &[usize]) -> ClaimGroup,
) -> Vec<ClaimGroup> {
    // By group, in group order.
    let mut joining: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (lone, g) in lone_attachments(&groups, claims, f, same_event) {
        joining.entry(g).or_default().push(lone);
    }
    // Two lone claims of one article cannot both join: neither does.
    for lone in joining.values_mut() {
        let articles: Vec<usize> = lone.iter().map(|&l| claims[groups[l].members[0]].article).collect();
        let mut k = 0;
        lone.retain(|_| {
            k += 1;
            articles.iter().filter(|&&a| a == articles[k - 1]).count() == 1
        });
    }
    join_lone(groups, joining, build, |_, _| true)
}

/// For each lone claim (a group of one), the one group it joins, as (lone group, group)
/// indices into `groups`: none where two groups would take it, where its article already has
/// a member there, or where the article reports another event.
fn lone_attachments(
    groups: &[ClaimGroup],
    claims: &[ClaimRef],
    f: &[Features],
    same_event: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    // Groups by each figure all their members give (the figure's bits and what it counts).
    let mut by_figure: HashMap<(u64, &str), Vec<usize>> = HashMap::default();
    for (g, group) in groups.iter().enumerate() {
        if group.members.len() < 2 || group.status == ClaimStatus::Conflict {
            continue;
        }
        let first = &f[group.members[0]];
        for (unit, v) in &first.units {
            let everyone = group.members[1..].iter().all(|&m| f[m].units.iter().any(|(u, w)| u == unit && w == v));
            // A figure under 2 ("one of them", "a") is in every other sentence.
            if *v >= 2.0 && everyone {
                let list = by_figure.entry((v.to_bits(), unit.as_str())).or_default();
                if list.last() != Some(&g) {
                    list.push(g);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (l, lone) in groups.iter().enumerate() {
        if lone.members.len() != 1 {
            continue;
        }
        let m = lone.members[0];
        let article = claims[m].article;
        let mut found: Vec<usize> = Vec::new();
        for (unit, v) in &f[m].units {
            for &g in by_figure.get(&(v.to_bits(), unit.as_str())).into_iter().flatten() {
                let group = &groups[g];
                let fits = !found.contains(&g)
                    && group.members.iter().all(|&o| claims[o].article != article && same_event(claims[o].article, article))
                    && group.members.iter().all(|&o| f[o].quoted == f[m].quoted)
                    // Besides the figure, the words of some member are all in the lone claim
                    // but one: a short statement of the figure ("She was 85."), or the figure
                    // and what else it says.
                    && group.members.iter().any(|&o| {
                        let (shared, _) = shared_terms(&f[o].vector, &f[m].vector);
                        shared >= 1 && shared + 1 >= f[o].vector.len().max(2)
                    });
                if fits {
                    found.push(g);
                }
            }
        }
        if let [g] = found[..] {
            out.push((l, g));
        }
    }
    out
}
