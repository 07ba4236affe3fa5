//! The gender an article gives each person, from the pronouns that follow the name and from
//! gendered titles, so that "she" is never resolved to a man the article calls "he".

use super::EntityKind;
use super::doc::Doc;
use super::entities::Ment;
use super::lexicon as lx;
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

pub(super) fn pronoun_gender(l: &str) -> Option<Gender> {
    match l {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender each person takes in the article: the pronoun that follows a sentence opening
/// with the person ("Hefner … his magazine"), and gendered titles ("Mrs.", "Sister"). A name
/// with both is left open.
pub(super) fn genders(doc: &Doc, ments: &[Ment]) -> HashMap<String, Gender> {
    let mut votes: HashMap<String, (u32, u32)> = HashMap::default();
    let mut vote = |name: &str, g: Gender| {
        let v = votes.entry(name.to_string()).or_default();
        match g {
            Gender::Male => v.0 += 1,
            Gender::Female => v.1 += 1,
        }
    };
    let mut opening: HashMap<usize, usize> = HashMap::default();
    for (mi, m) in ments.iter().enumerate() {
        if m.kind != EntityKind::Person || m.in_quote {
            continue;
        }
        if let Some(t) = &m.title {
            let t = t.to_lowercase();
            let first = t.split_whitespace().next().unwrap_or("").trim_end_matches('.');
            // "spokesman", "chairwoman" (but not "German").
            let ends =
                |suffix: &str| t.split_whitespace().any(|w| w.ends_with(suffix) && w.len() > 5 && !lx::is_demonym(w));
            if lx::is_male_title(first) || ends("man") && !ends("woman") {
                vote(&m.name, Gender::Male);
            } else if lx::is_female_title(first) || ends("woman") {
                vote(&m.name, Gender::Female);
            }
        }
        // The first person of a sentence, within its first words ("Film producer Otto Brand").
        if doc.sents.get(m.sentence).is_some_and(|s| m.first_word < s.words.0 + 4) {
            opening.entry(m.sentence).or_insert(mi);
        }
    }
    for (&si, &mi) in &opening {
        let m = &ments[mi];
        // Only pronouns that cannot well mean anyone else: a possessive in the person's own
        // sentence before any other name ("Hefner … his magazine"), or the next sentence's
        // subject ("He").
        let s = doc.sents[si];
        // (Mentions are in text order: the next one is the next name.)
        let other = ments.get(mi + 1).filter(|o| o.sentence == si).map_or(s.words.1, |o| o.first_word);
        let own = (m.last_word + 1..other)
            .filter(|&i| !doc.in_quote[i] && matches!(doc.low(i), "his" | "himself" | "herself"))
            .find_map(|i| pronoun_gender(doc.low(i)));
        let next = doc.sents.get(si + 1).filter(|n| n.paragraph <= s.paragraph + 1).and_then(|n| {
            (n.words.0 < n.words.1 && !doc.in_quote[n.words.0]).then(|| pronoun_gender(doc.low(n.words.0))).flatten()
        });
        if let Some(g) = own.or(next) {
            vote(&m.name, g);
        }
    }
    votes
        .into_iter()
        .filter_map(|(n, (m, f))| match (m, f) {
            (m, 0) if m > 0 => Some((n, Gender::Male)),
            (0, f) if f > 0 => Some((n, Gender::Female)),
            _ => None,
        })
        .collect()
}

/// A common given name, of either gender or of both, including those that are also common
/// words ("Mark", "Bill", "Rose", "Art", "Dawn"): a capitalised run opened by one is a person
/// even where the article writes the word in lower case.
pub(super) fn is_given_name(l: &str) -> bool {
    first_name_gender(l).is_some()
        || matches!(
            l,
            "art"
                | "dawn"
                | "ray"
                | "rob"
                | "don"
                | "will"
                | "hope"
                | "faith"
                | "joy"
                | "pat"
                | "sue"
                | "bud"
                | "chip"
                | "guy"
                | "miles"
                | "grant"
                | "glen"
                | "dale"
                | "rusty"
                | "wade"
                | "drew"
                | "reed"
                | "mason"
                | "hunter"
                | "chase"
                | "cliff"
                | "gene"
                | "herb"
                | "jay"
                | "ken"
                | "ted"
                | "sam"
                | "jordan"
                | "kelly"
                | "leslie"
                | "lee"
                | "max"
                | "rich"
                | "earl"
                | "major"
                | "sterling"
                | "king"
                | "young"
                | "june"
                | "april"
                | "may"
                | "summer"
                | "autumn"
                | "robin"
                | "amber"
                | "ruby"
                | "pearl"
                | "iris"
                | "holly"
                | "ivy"
                | "violet"
                | "daisy"
                | "lily"
                | "angel"
                | "destiny"
                | "harmony"
                | "honor"
                | "patience"
                | "sunny"
                | "christian"
        )
}

/// The gender a common English first name carries when the article shows none ("Howard
/// Hughes" is never the "she" of the next sentence). Names given to both (Jordan, Kelly,
/// Leslie, Sam …) are left out, and the article's own pronouns and titles always come first.
pub(super) fn first_name_gender(name: &str) -> Option<Gender> {
    const MALE: &[&str] = &[
        "aaron",
        "adam",
        "alan",
        "albert",
        "alexander",
        "andrew",
        "anthony",
        "antonio",
        "arthur",
        "benjamin",
        "bernard",
        "bill",
        "billy",
        "bob",
        "bobby",
        "boris",
        "brandon",
        "brian",
        "bruce",
        "carl",
        "carlos",
        "charles",
        "christopher",
        "colin",
        "craig",
        "daniel",
        "david",
        "dennis",
        "donald",
        "douglas",
        "edward",
        "emmanuel",
        "eric",
        "eugene",
        "frank",
        "fred",
        "frederick",
        "gary",
        "george",
        "gerald",
        "gordon",
        "greg",
        "gregory",
        "harold",
        "harry",
        "henry",
        "howard",
        "hugh",
        "ian",
        "jack",
        "jacob",
        "james",
        "jason",
        "jeff",
        "jeffrey",
        "jerry",
        "jim",
        "jimmy",
        "joe",
        "john",
        "jonathan",
        "jose",
        "joseph",
        "joshua",
        "juan",
        "keith",
        "kenneth",
        "kevin",
        "larry",
        "lawrence",
        "louis",
        "mark",
        "martin",
        "matthew",
        "michael",
        "mike",
        "mohammed",
        "muhammad",
        "nicholas",
        "paul",
        "peter",
        "philip",
        "phillip",
        "ralph",
        "raymond",
        "richard",
        "robert",
        "roger",
        "ronald",
        "roy",
        "russell",
        "samuel",
        "scott",
        "sean",
        "stanley",
        "stephen",
        "steve",
        "steven",
        "thomas",
        "timothy",
        "tom",
        "tony",
        "victor",
        "vincent",
        "vladimir",
        "walter",
        "wayne",
        "william",
    ];
    const FEMALE: &[&str] = &[
        "alice",
        "amanda",
        "amy",
        "andrea",
        "angela",
        "ann",
        "anna",
        "anne",
        "barbara",
        "betty",
        "beverly",
        "brenda",
        "carol",
        "carolyn",
        "catherine",
        "cheryl",
        "christina",
        "christine",
        "cynthia",
        "deborah",
        "debra",
        "diana",
        "diane",
        "donna",
        "doris",
        "dorothy",
        "elizabeth",
        "ellen",
        "emily",
        "emma",
        "evelyn",
        "frances",
        "gloria",
        "grace",
        "hannah",
        "heather",
        "helen",
        "hillary",
        "irene",
        "jacqueline",
        "jane",
        "janet",
        "janice",
        "jean",
        "jennifer",
        "jessica",
        "joan",
        "joyce",
        "judith",
        "judy",
        "julia",
        "julie",
        "karen",
        "katherine",
        "kathleen",
        "laura",
        "linda",
        "lisa",
        "louise",
        "margaret",
        "maria",
        "marie",
        "marilyn",
        "martha",
        "mary",
        "melissa",
        "michelle",
        "nancy",
        "nicole",
        "olivia",
        "pamela",
        "patricia",
        "rachel",
        "rebecca",
        "rose",
        "ruth",
        "sandra",
        "sara",
        "sarah",
        "sharon",
        "shirley",
        "sophie",
        "stephanie",
        "susan",
        "teresa",
        "theresa",
        "ursula",
        "virginia",
    ];
    let first = name.split_whitespace().next()?.to_lowercase();
    if MALE.contains(&first.as_str()) {
        Some(Gender::Male)
    } else if FEMALE.contains(&first.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}
