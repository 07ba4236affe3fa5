//! Lone claims that give a group's figure: after grouping, a claim left alone joins the one
//! group whose every member gives a figure it gives, counting the same thing, with the rest
//! of a member's words shared too ("He was 77." / "Gigante, who died in prison at 77, …").

use super::*;
use crate::compare::propositions::shared_terms;

/// Lone claims joined to the one group whose figure they give (see [`lone_attachments`]); a group
/// that would show a disagreement with them is left as it was.
pub(super) fn attach_lone_claims(
    mut groups: Vec<ClaimGroup>,
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
    let mut gone = vec![false; groups.len()];
    for (g, lone) in &joining {
        let g = *g;
        let extra: Vec<usize> = lone.iter().map(|&l| groups[l].members[0]).collect();
        // Two lone claims of one article cannot both join: neither does.
        let articles: Vec<usize> = extra.iter().map(|&m| claims[m].article).collect();
        let keep: Vec<usize> =
            (0..extra.len()).filter(|&k| articles.iter().filter(|&&a| a == articles[k]).count() == 1).collect();
        if keep.is_empty() {
            continue;
        }
        let joined: Vec<usize> = keep.iter().map(|&k| extra[k]).collect();
        let mut members = groups[g].members.clone();
        members.extend(&joined);
        members.sort_unstable();
        let rebuilt = build(members, &joined);
        if rebuilt.status != ClaimStatus::Conflict {
            groups[g] = rebuilt;
            for &k in &keep {
                gone[lone[k]] = true;
            }
        }
    }
    groups.into_iter().zip(gone).filter(|(_, gone)| !gone).map(|(g, _)| g).collect()
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
