//! Words of news reporting that name one thing or one act ("blaze" / "fire", "attorney" /
//! "lawyer", "slain" / "killed"), folded to one term so that two wordings of a fact meet;
//! and the irregular past forms of common verbs, which a suffix stemmer cannot bring back to
//! their lemma ("built" / "build", "fled" / "flee").
//! General vocabulary of reports only: never the words of one story.

/// The shared term of a word and its synonyms, when it has any.
pub fn fold(word: &str) -> Option<&'static str> {
    Some(match word {
        "blaze" | "blazes" | "fire" | "fires" | "flames" | "inferno" => "fire",
        "lawyer" | "lawyers" | "attorney" | "attorneys" => "lawyer",
        "killed" | "slain" | "murdered" | "slaying" | "killing" | "murder" | "murdering" => "kill",
        "died" | "dies" | "dead" | "death" | "deaths" | "dying" => "die",
        "convicted" | "conviction" | "guilty" => "convict",
        "arrested" | "arrest" | "detained" | "apprehended" => "arrest",
        "injured" | "wounded" | "hurt" | "injuries" | "injury" => "injur",
        "building" | "buildings" | "structure" | "structures" => "build",
        "website" | "websites" | "site" | "sites" => "site",
        "physician" | "physicians" | "doctor" | "doctors" => "doctor",
        "vehicle" | "vehicles" | "car" | "cars" => "car",
        "blast" | "explosion" | "exploded" => "explos",
        // A quake or a storm striking a place.
        "hit" | "hits" | "rocked" | "jolted" => "strike",
        "destroyed" | "demolished" | "razed" | "leveled" | "levelled" => "destroy",
        "began" | "started" | "begun" => "start",
        "revealed" | "disclosed" => "reveal",
        "probe" | "investigation" | "inquiry" => "investig",
        "jail" | "jailed" | "prison" | "prisons" | "penitentiary" | "imprisoned" | "imprisonment" => "prison",
        // Closing a place or a service.
        "closed" | "shut" | "shuttered" | "halted" | "suspended" | "closure" | "shutdown" => "close",
        // Putting out a product or a document.
        "issued" | "released" | "issuing" | "releasing" => "releas",
        "tried" | "attempted" | "attempt" | "attempts" | "attempting" | "trying" => "tri",
        "hurled" | "threw" | "thrown" | "throwing" | "hurling" => "throw",
        "protester" | "protesters" | "protestor" | "protestors" | "demonstrator" | "demonstrators" => "protest",
        "jury" | "juries" | "juror" | "jurors" => "juri",
        "outcome" | "outcomes" | "result" | "results" => "result",
        "bought" | "purchased" | "purchase" | "acquired" => "buy",
        "owner" | "owners" | "owned" | "ownership" => "own",
        "flaw" | "flaws" | "vulnerability" | "vulnerabilities" => "flaw",
        _ => return lemma(word),
    })
}

/// The lemma of an irregular past form of a common verb.
fn lemma(word: &str) -> Option<&'static str> {
    Some(match word {
        "built" => "build",
        "rebuilt" => "rebuild",
        "took" | "taken" => "take",
        "fled" => "flee",
        "fought" => "fight",
        "held" => "hold",
        "brought" => "bring",
        "caught" => "catch",
        "sent" => "send",
        "gave" | "given" => "give",
        "won" => "win",
        "lost" => "lose",
        "fell" | "fallen" => "fall",
        "rose" | "risen" => "rise",
        "broke" | "broken" => "break",
        "spoke" | "spoken" => "speak",
        "wrote" | "written" => "write",
        "drove" | "driven" => "drive",
        "stole" | "stolen" => "steal",
        "sold" => "sell",
        "paid" => "pay",
        "met" => "meet",
        "led" => "lead",
        "struck" | "stricken" => "strike",
        "shot" => "shoot",
        "hid" | "hidden" => "hide",
        "sought" => "seek",
        "chose" | "chosen" => "choos",
        "froze" | "frozen" => "freez",
        "swore" | "sworn" => "swear",
        "grew" | "grown" => "grow",
        "knew" | "known" => "know",
        "ran" => "run",
        "became" => "becom",
        "came" => "come",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::text::stem;

    #[test]
    fn an_irregular_past_form_meets_its_lemma() {
        let pairs = [
            ("built", "build"),
            ("rebuilt", "rebuild"),
            ("took", "take"),
            ("fled", "flee"),
            ("fought", "fight"),
            ("held", "hold"),
            ("brought", "bring"),
            ("caught", "catch"),
            ("sent", "send"),
            ("gave", "give"),
            ("won", "win"),
            ("lost", "lose"),
            ("fell", "fall"),
            ("rose", "rise"),
            ("broke", "break"),
            ("spoke", "speak"),
            ("wrote", "write"),
            ("drove", "drive"),
            ("stole", "steal"),
            ("sold", "sell"),
            ("paid", "pay"),
            ("met", "meet"),
            ("led", "lead"),
            ("struck", "strike"),
            ("shot", "shoot"),
            ("hid", "hide"),
            ("sought", "seek"),
            ("chose", "choose"),
            ("froze", "freeze"),
            ("swore", "swear"),
            ("grew", "grow"),
            ("knew", "know"),
            ("ran", "run"),
            ("became", "become"),
            ("came", "come"),
        ];
        for (past, base) in pairs {
            assert_eq!(stem(past), stem(base), "{past} / {base}");
        }
        // The present and other regular forms still stem together.
        assert_eq!(stem("builds"), stem("build"));
    }

    #[test]
    fn news_verbs_of_one_act_meet() {
        for (a, b) in [
            ("closed", "halted"),
            ("shut", "closed"),
            ("issued", "released"),
            ("tried", "attempted"),
            ("hurled", "threw"),
            ("protesters", "demonstrators"),
            ("jurors", "jury"),
            ("outcome", "result"),
            ("bought", "purchased"),
            ("flaw", "vulnerability"),
            ("jailed", "imprisoned"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        // Different acts stay apart.
        assert_ne!(stem("killed"), stem("died"));
        assert_ne!(stem("closed"), stem("released"));
    }
}
