//! The small closed word classes of names: connectors inside a name, words that open or
//! close a place name, and the prepositions before a place.

/// Lowercase connectors allowed inside a name ("Secretary of State", "Ludwig van Beethoven").
pub(super) fn is_connector(l: &str) -> bool {
    matches!(
        l,
        "of" | "de"
            | "del"
            | "da"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "al"
            | "bin"
            | "ibn"
            | "el"
    )
}

/// Words that open place names ("San", "Fort", "Upper") and are nobody's given name.
pub(super) fn opens_place_name(l: &str) -> bool {
    matches!(
        l,
        "san"
            | "santa"
            | "los"
            | "las"
            | "fort"
            | "port"
            | "mount"
            | "lake"
            | "cape"
            | "point"
            | "upper"
            | "lower"
            | "east"
            | "west"
            | "north"
            | "south"
            | "central"
            | "new"
            | "old"
            | "great"
            | "greater"
    )
}

/// Words that mark a run ending in them as a place ("Andrews Air Base").
pub(super) fn is_place_suffix(l: &str) -> bool {
    matches!(
        l,
        "base"
            | "airport"
            | "street"
            | "square"
            | "sea"
            | "river"
            | "island"
            | "islands"
            | "province"
            | "region"
            | "oblast"
            | "county"
            | "city"
            | "bay"
            | "strait"
            | "peninsula"
            | "mountains"
            | "valley"
            | "district"
            | "headquarters"
            | "ocean"
            | "gulf"
            | "coast"
            | "avenue"
            | "road"
            | "bridge"
            | "tunnel"
            | "dam"
            | "building"
            | "tower"
            | "hospital"
            | "school"
            | "church"
            | "cathedral"
            | "ranch"
            | "farm"
            | "park"
            | "stadium"
            | "arena"
            | "hall"
            | "plaza"
            | "mall"
            | "station"
            | "harbor"
            | "harbour"
            | "lake"
            | "canyon"
            | "creek"
            | "beach"
            | "forest"
            | "township"
            | "village"
            | "prison"
            | "jail"
            | "courthouse"
            | "hotel"
            | "museum"
            | "library"
            | "theater"
            | "theatre"
    )
}

/// Prepositions after which a lone capitalised word is a place.
pub(super) fn is_place_preposition(l: &str) -> bool {
    matches!(
        l,
        "in" | "at" | "from" | "near" | "across" | "throughout" | "inside" | "outside" | "toward" | "towards" | "into"
    )
}
