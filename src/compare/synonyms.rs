//! Words of news reporting that name one thing or one act ("blaze" / "fire", "attorney" /
//! "lawyer", "slain" / "killed"), folded to one term so that two wordings of a fact meet.
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
        "destroyed" | "demolished" | "razed" | "leveled" | "levelled" => "destroy",
        "began" | "started" | "begun" => "start",
        "revealed" | "disclosed" => "reveal",
        "probe" | "investigation" | "inquiry" => "investig",
        "jail" | "prison" | "penitentiary" => "prison",
        _ => return None,
    })
}
