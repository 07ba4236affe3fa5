//! Word lists the analysis rules consult: abbreviations, titles, reporting verbs, places,
//! organisation markers, number words, months and weekdays, negation and hedge cues.
//!
//! All lookups are on lowercase words (possessive `'s` already removed) unless noted.

use super::wordset::WordSet;
use std::sync::LazyLock;

/// A lookup set from a `|`-separated list (built once, on first use).
fn set(list: &'static str) -> WordSet {
    WordSet::new(list.split('|').map(str::trim).filter(|w| !w.is_empty()))
}

/// Abbreviations that take a full stop without ending a sentence (lowercase, without the
/// final dot). Multi-dot forms like "u.s" or "p.m" are caught by the dotted-initials rule.
static ABBREVIATIONS: LazyLock<WordSet> = LazyLock::new(|| {
    set("mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|cmdr|adm|sgt|cpl|pvt|gov|sen|rep|reps|sens|pres|msgr|\
     rev|hon|st|mt|ft|jr|sr|no|nos|vs|v|etc|approx|inc|ltd|corp|co|dept|est|fig|vol|ch|art|\
     sec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|\
     sat|sun|al|ave|blvd|rd|mln|bn|tn|gov't|e.g|i.e|cf|op|pp|ca|govt|supt|insp|det|amb|atty|\
     messrs|mme")
});

/// Abbreviations after which a capitalised word still continues the sentence (titles that
/// precede a name, "No. 10", "Feb. 12").
static PREFIX_ABBREVIATIONS: LazyLock<WordSet> = LazyLock::new(|| {
    set("mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|cmdr|adm|sgt|cpl|pvt|gov|sen|rep|rev|hon|st|mt|no|msgr|\
     nos|vs|v|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|supt|insp|det|amb|atty|messrs|\
     mme|fig|art|sec|ch|vol")
});

pub fn is_abbreviation(word_lower: &str) -> bool {
    ABBREVIATIONS.contains(word_lower)
}

pub fn is_prefix_abbreviation(word_lower: &str) -> bool {
    PREFIX_ABBREVIATIONS.contains(word_lower)
}

/// Words that name an office; the capitalised words up to the last of them form a title
/// ("U.S. Defense Secretary", "Russian President").
static TITLE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    set("president|vice|secretary|minister|chancellor|premier|senator|sen|representative|rep|\
     congressman|congresswoman|governor|gov|mayor|ambassador|envoy|general|gen|admiral|adm|\
     colonel|col|lieutenant|lt|major|maj|captain|capt|sergeant|sgt|commander|chief|director|\
     spokesman|spokeswoman|spokesperson|commissioner|chairman|chairwoman|chair|speaker|king|\
     queen|prince|princess|pope|judge|justice|attorney|dr|mr|mrs|ms|prof|professor|sheikh|\
     emir|sultan|leader|head|officer|official|adviser|advisor|deputy|undersecretary|marshal|\
     rev|reverend|bishop|cardinal|archbishop|ceo|pm|ministre|mp|lord|lady|sir|dame|councillor|\
     councilman|councilwoman|cto|cfo|coo|cio|supt|superintendent|insp|inspector|det|detective|\
     sheriff|deputy|coroner|prosecutor|supervisor|manager|president-elect|pastor|rabbi|imam|\
     father|sister|coach|provost|trooper|constable|corporal|cpl|lawyer|analyst|undersheriff|\
     pvt|sgt|amb|atty|gov|surgeon|msgr|monsignor|fr|sr|executive")
});

/// Title words that, written in lowercase right before a name, still make a title
/// ("armed forces minister Sébastien Lecornu").
static LOWER_TITLE_HEADS: LazyLock<WordSet> = LazyLock::new(|| {
    set("president|secretary|minister|chancellor|premier|senator|governor|mayor|ambassador|envoy|\
     general|admiral|commander|chief|director|spokesman|spokeswoman|spokesperson|commissioner|\
     chairman|chairwoman|speaker|leader|official|adviser|advisor|representative|judge|justice|\
     colonel|captain|ceo|counterpart|negotiator|diplomat|lawmaker|analyst|economist|professor|\
     researcher|activist|lawyer|attorney|cto|cfo|coo|head|lead|manager|supervisor|founder|\
     owner|president-elect|coordinator|inspector|superintendent|sheriff|prosecutor|detective|\
     investigator|coroner|pastor|editor|publisher|producer|engineer|scientist|consultant")
});

pub fn is_title_word(word_lower: &str) -> bool {
    TITLE_WORDS.contains(word_lower)
}

pub fn is_lower_title_head(word_lower: &str) -> bool {
    LOWER_TITLE_HEADS.contains(word_lower)
}

/// Capitalised words that can stand inside a title before its office word
/// ("Defense", "Foreign", "Deputy", "Prime", "Armed Forces").
pub fn is_title_modifier(word_lower: &str) -> bool {
    MODS.contains(word_lower)
}

/// Reporting verbs and the participles that introduce or attribute speech.
static REPORTING_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    set("say|says|said|saying|state|states|stated|stating|tell|tells|told|telling|add|adds|added|\
     adding|assert|asserts|asserted|asserting|warn|warns|warned|warning|urge|urges|urged|\
     urging|argue|argues|argued|arguing|note|notes|noted|noting|insist|insists|insisted|\
     insisting|write|writes|wrote|writing|declare|declares|declared|declaring|announce|\
     announces|announced|announcing|clarify|clarifies|clarified|clarifying|emphasize|\
     emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising|stress|\
     stresses|stressed|stressing|dismiss|dismisses|dismissed|dismissing|criticize|criticizes|\
     criticized|criticizing|criticise|criticises|criticised|criticising|call|calls|called|\
     calling|describe|describes|described|describing|explain|explains|explained|explaining|\
     claim|claims|claimed|claiming|reply|replies|replied|replying|respond|responds|responded|\
     responding|answer|answered|ask|asks|asked|asking|remark|remarked|observe|observed|admit|\
     admits|admitted|admitting|acknowledge|acknowledged|acknowledging|concede|conceded|\
     conceding|suggest|suggests|suggested|suggesting|predict|predicted|caution|cautions|\
     cautioned|cautioning|vow|vowed|vowing|pledge|pledged|pledging|promise|promised|promising|\
     reveal|revealed|revealing|confirm|confirms|confirmed|confirming|deny|denies|denied|\
     denying|tweet|tweeted|post|posted|recall|recalled|quip|quipped|joke|joked|complain|\
     complained|complaining|contend|contended|maintain|maintained|maintaining|reiterate|\
     reiterated|reiterating|repeat|repeated|testify|testified|conclude|concluded|continue|\
     continued|brand|branded|branding|label|labelled|labeled|term|termed|dub|dubbed|hail|\
     hailed|praise|praised|praising|condemn|condemned|condemning|reject|rejected|rejecting|\
     rule|ruled|ruling|point|pointed|pointing|agree|agreed|agrees|scoff|scoffed|shout|shouted|\
     exclaim|exclaimed|wonder|wondered|boast|boasted|lament|lamented|plead|pleaded|demand|\
     demanded|demanding|express|expressed|expressing|accuse|accused|accusing|recount|\
     recounted|mention|mentioned|assure|assured|assuring|signal|signalled|signaled|signaling|\
     signalling|propose|proposed|proposing|predicts")
});

pub fn is_reporting_verb(word_lower: &str) -> bool {
    REPORTING_VERBS.contains(word_lower)
}

/// Reporting forms that need no subject of their own: they take the subject of the clause
/// they hang off ("Hegseth went further, saying that …").
pub fn is_participle(word_lower: &str) -> bool {
    word_lower.ends_with("ing")
}

/// Verbs that only attribute when they stand right next to a quote or a clause
/// ("calling it …", "wrote that …"), never on their own as "X called".
pub fn is_weak_reporting_verb(word_lower: &str) -> bool {
    WEAK.contains(word_lower)
}

/// Pronouns that stand for a person speaking.
pub fn is_person_pronoun(word_lower: &str) -> bool {
    // Two words: compared directly, cheaper than any set.
    matches!(word_lower, "he" | "she")
}

/// Role nouns that stand for a person already named ("the minister said").
pub fn is_role_noun(word_lower: &str) -> bool {
    ROLES.contains(word_lower)
}

/// Function words that are capitalised only because they start a sentence.
pub fn is_common_capitalised(word_lower: &str) -> bool {
    COMMON.contains(word_lower)
}

/// Words that mark a capitalised sequence as an organisation.
pub fn is_org_word(word_lower: &str) -> bool {
    ORG.contains(word_lower)
}

/// Acronyms that are known organisations even without an organisation word.
pub fn is_org_acronym(word: &str) -> bool {
    ACR.contains(word)
}

/// Known places: countries, regions, capitals and large cities (lowercase).
pub fn is_place(word_lower: &str) -> bool {
    PLACES.contains(word_lower)
}

/// Nationality adjectives: capitalised but not names by themselves.
pub fn is_demonym(word_lower: &str) -> bool {
    DEM.contains(word_lower)
}

pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub fn month_index(word_lower: &str) -> Option<usize> {
    const SHORT: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    MONTHS
        .iter()
        .position(|m| *m == word_lower)
        .or_else(|| SHORT.iter().position(|m| *m == word_lower))
        .or_else(|| (word_lower == "sept").then_some(8))
}

// The three small lists below are `match`es rather than hash sets: they are asked of every
// word of every claim, and a match turns most words away on their length alone.

pub fn is_weekday(word_lower: &str) -> bool {
    matches!(word_lower, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Words that negate the clause they stand in.
pub fn is_negation(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "not" | "no" | "never" | "nor" | "neither" | "none" | "nobody" | "nothing" | "cannot" | "nowhere" | "without"
    ) || word_lower.ends_with("n't")
        || word_lower.ends_with("n’t")
}

/// Words that soften a claim into a possibility or a report.
pub fn is_hedge(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "could"
            | "may"
            | "might"
            | "reportedly"
            | "allegedly"
            | "possibly"
            | "perhaps"
            | "apparently"
            | "purportedly"
            | "likely"
            | "unlikely"
            | "probably"
            | "seemingly"
            | "supposedly"
            | "rumoured"
            | "rumored"
            | "unconfirmed"
            | "maybe"
    )
}

#[path = "lexicon_number_words.rs"]
mod number_words;
pub use number_words::{NUMBER_QUALIFIERS, number_word, scale_word};

static MODS: LazyLock<WordSet> = LazyLock::new(|| {
    set("defense|defence|foreign|prime|deputy|vice|state|interior|finance|home|health|justice|\
     treasury|armed|forces|energy|trade|economy|economic|commerce|education|transport|\
     agriculture|labor|labour|environment|culture|security|national|federal|chief|first|\
     acting|former|general|attorney|supreme|senior|press|white|house|top|army|navy|air|force|\
     joint|staff|executive|managing|foreign affairs|affairs|war|intelligence|homeland|\
     immigration|development|digital|european|un|eu")
});

static WEAK: LazyLock<WordSet> = LazyLock::new(|| {
    set("call|calls|called|rule|ruled|ruling|point|pointed|pointing|continue|continued|agree|\
     agreed|agrees|post|posted|note|notes|term|state|states|express|expressed|expressing|\
     signal|signaled|signalled|signaling|signalling|promise|promising|propose|proposing")
});

static ROLES: LazyLock<WordSet> = LazyLock::new(|| {
    set("president|secretary|minister|chancellor|premier|senator|governor|mayor|ambassador|envoy|\
     general|admiral|commander|chief|director|spokesman|spokeswoman|spokesperson|commissioner|\
     chairman|chairwoman|leader|official|adviser|advisor|diplomat|lawmaker|judge|pontiff|king|\
     queen|prince|ceo|executive|negotiator|counterpart")
});

/// Plural nouns that count people by what they are (their work, their place, their age):
/// "200 miners trapped", "12 passengers killed" count people in a part as "200 people
/// trapped" does.
static PEOPLE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    set("miners|workers|passengers|employees|staff|crew|crewmen|residents|villagers|civilians|\
     tourists|visitors|migrants|refugees|pilgrims|students|pupils|children|adults|men|women|\
     boys|girls|fishermen|firefighters|officers|policemen|soldiers|troops|sailors|climbers|\
     hikers|swimmers|victims|inmates|prisoners|patients|worshippers|spectators|fans|shoppers|\
     customers|guests|delegates|journalists|protesters|demonstrators|marchers|militants|\
     rebels|fighters|gunmen|survivors|occupants|motorists|drivers|pedestrians|commuters|\
     travellers|travelers|teenagers|infants|babies|nationals|citizens|americans|britons")
});

/// Whether a plural noun counts people (see `PEOPLE_NOUNS`).
pub fn counts_people(word_lower: &str) -> bool {
    PEOPLE_NOUNS.contains(word_lower)
}

static COMMON: LazyLock<WordSet> = LazyLock::new(|| {
    set("the|a|an|in|on|at|for|but|and|or|nor|neither|either|so|yet|he|she|it|they|we|i|you|this|that|these|\
     those|there|here|his|her|its|their|our|my|your|as|after|before|when|while|if|although|\
     though|because|since|until|with|without|from|by|to|of|about|over|under|during|despite|\
     amid|among|all|some|many|most|few|no|not|none|both|each|every|one|two|three|later|\
     earlier|then|now|still|also|even|only|just|what|which|who|whom|whose|where|why|how|\
     whether|instead|however|meanwhile|yes|read|taken|such|more|less|other|another|any|\
     several|much|very|once|again|already|asked|speaking|according|following|analysis|update|\
     editor|note|comments|post|share|photo|video|image|listen|watch|see|like|unlike|nearly|\
     almost|around|last|next|first|second|third|new|old|top|it's|that's|we're|i'm|don't|we've|\
     let|let's|do|does|did|is|are|was|were|be|been|has|have|had|will|would|could|should|may|\
     might|must|can|shall|what's|there's|here's|thus|yesterday|today|tomorrow|tonight|\
     officials|supporters|critics|nobody|everyone|everything|something|nothing|someone|\
     against|into|onto|within|toward|towards|through|across|beyond|between|behind|above|below|\
     near|off|up|down|out|whoever|whatever|ever|never|always|often|perhaps|maybe|indeed|\
     rather|together|overall|finally|secondly|born")
});

static ORG: LazyLock<WordSet> = LazyLock::new(|| {
    set("ministry|group|alliance|nato|eu|un|pentagon|council|party|agency|department|commission|\
     committee|union|organization|organisation|association|institute|university|college|bank|\
     corporation|corp|inc|ltd|llc|company|army|navy|force|forces|parliament|congress|senate|\
     court|office|kremlin|federation|fund|foundation|bureau|administration|government|cabinet|\
     assembly|secretariat|command|guard|police|service|services|authority|board|network|times|\
     news|post|journal|press|reuters|bloomberg|wire|courier|observer|tribune|herald|gazette|church|\
     telegraph|guardian|bbc|cnn|ap|afp|dpa|white house|house|downing|elysee|élysée|bundestag|\
     duma|knesset|commons|lords|club|society|center|centre|coalition|movement|front|brigade|\
     battalion|regiment|division|corps|hamas|hezbollah|taliban|wagner|opec|imf|who|wto|osce|\
     fbi|cia|nsa|fsb|gru|mi6|mi5|unesco|unicef|g7|g20|asean|brics|iaea|interpol|europol|\
     frontex|icc|icj|ecb|fed|treasury|nasa|sec|ftc|doj|dod|dhs|state department|airlines|\
     motors|industries|holdings|systems|technologies|labs|media|channel|summit|conference|\
     forum|initiative|mission|programme|program|plan|pact|treaty|accord|\
     agreement|agreements|convention|charter|protocol")
});

static ACR: LazyLock<WordSet> = LazyLock::new(|| {
    set("NATO|EU|UN|IMF|WHO|WTO|OSCE|FBI|CIA|NSA|FSB|GRU|OPEC|UNESCO|UNICEF|G7|G20|ASEAN|BRICS|\
     IAEA|ICC|ICJ|ECB|BBC|CNN|AP|AFP|DPA|NASA|SEC|DOJ|DOD|DHS|UNHCR|OECD|AU|ANC|CDU|SPD|AfD|\
     GOP|MI6|MI5|NHS|IDF|KGB|SBU|ISW")
});

static PLACES: LazyLock<WordSet> = LazyLock::new(|| {
    set("u.s|u.s.|us|usa|u.s.a.|u.k.|uk|america|united states|united kingdom|britain|\
     great britain|england|scotland|wales|ireland|northern ireland|europe|asia|africa|pacific|\
     atlantic|arctic|middle east|latin america|south america|north america|ukraine|russia|\
     belarus|poland|germany|france|italy|spain|portugal|netherlands|belgium|luxembourg|\
     denmark|norway|sweden|finland|estonia|latvia|lithuania|czech republic|czechia|slovakia|\
     hungary|romania|bulgaria|greece|turkey|türkiye|cyprus|malta|austria|switzerland|slovenia|\
     croatia|serbia|bosnia|montenegro|albania|kosovo|north macedonia|moldova|georgia|armenia|\
     azerbaijan|kazakhstan|uzbekistan|iran|iraq|syria|lebanon|israel|gaza|west bank|jordan|\
     egypt|libya|tunisia|algeria|morocco|sudan|ethiopia|somalia|kenya|nigeria|ghana|\
     south africa|saudi arabia|yemen|qatar|kuwait|bahrain|oman|uae|united arab emirates|\
     afghanistan|pakistan|india|china|taiwan|japan|korea|north korea|south korea|mongolia|\
     vietnam|thailand|myanmar|cambodia|laos|malaysia|singapore|indonesia|philippines|\
     australia|new zealand|canada|mexico|cuba|venezuela|colombia|brazil|argentina|chile|peru|\
     ecuador|bolivia|iceland|greenland|crimea|donbas|donbass|donetsk|luhansk|kharkiv|kherson|\
     zaporizhzhia|odesa|odessa|mariupol|bakhmut|kursk|lviv|dnipro|kyiv|kiev|moscow|\
     st. petersburg|minsk|warsaw|berlin|paris|london|rome|madrid|lisbon|amsterdam|the hague|\
     hague|brussels|copenhagen|oslo|stockholm|helsinki|tallinn|riga|vilnius|prague|bratislava|\
     budapest|bucharest|sofia|athens|ankara|istanbul|vienna|bern|geneva|zurich|munich|\
     frankfurt|hamburg|washington|new york|los angeles|chicago|beijing|shanghai|\
     hong kong|tokyo|seoul|pyongyang|delhi|new delhi|mumbai|islamabad|kabul|tehran|baghdad|\
     damascus|beirut|jerusalem|tel aviv|cairo|riyadh|doha|dubai|abu dhabi|ottawa|toronto|\
     mexico city|havana|caracas|bogota|brasilia|buenos aires|canberra|sydney|wellington|\
     nairobi|lagos|johannesburg|pretoria|addis ababa|dublin|edinburgh|strasbourg|milan|\
     barcelona|tbilisi|yerevan|baku|astana|sevastopol|belgorod|florida|texas|california|\
     virginia|alaska|hawaii|sahel|balkans|baltics|scandinavia|caucasus|siberia|black sea|\
     baltic sea|red sea|south china sea|mediterranean|indo-pacific")
});

static DEM: LazyLock<WordSet> = LazyLock::new(|| {
    set("american|russian|ukrainian|european|british|french|german|italian|spanish|polish|chinese|\
     japanese|korean|indian|israeli|palestinian|iranian|turkish|dutch|belgian|danish|swedish|\
     norwegian|finnish|estonian|latvian|lithuanian|czech|slovak|hungarian|romanian|bulgarian|\
     greek|austrian|swiss|canadian|mexican|brazilian|australian|african|asian|arab|western|\
     eastern|northern|southern|atlantic|transatlantic|soviet|nordic|baltic|belarusian|\
     georgian|syrian|iraqi|afghan|pakistani|saudi|egyptian|irish|scottish|english|welsh|\
     taiwanese|non-european|pan-european|euro-atlantic|crimean|portuguese")
});

/// Generational suffixes that end a person's name ("Jr", "III", "3rd").
pub fn is_name_suffix(word_lower: &str) -> bool {
    NAME_SUFFIXES.contains(word_lower)
}

/// Words that name a news organisation when a name ends in them ("The Times", "Associated
/// Press", "Daily News"): such a name is an outlet, which the articles cite but which never
/// speaks a quote itself.
static OUTLET: LazyLock<WordSet> = LazyLock::new(|| {
    set("times|post|journal|press|news|tribune|herald|gazette|telegraph|guardian|reuters|\
     bloomberg|wire|courier|observer|chronicle|magazine|daily|examiner|inquirer|dispatch|\
     independent|economist|bulletin|register|radio|television|tv|broadcasting|\
     broadcast|newswire|newspaper|online|blog|today|review")
});
static OUTLET_ACR: LazyLock<WordSet> = LazyLock::new(|| {
    set("AP|AFP|BBC|CNN|NPR|ABC|NBC|CBS|MSNBC|PBS|CNBC|DPA|UPI|ANSA|EFE|CBC|RTE|ITV|NHK|KTVA|KTUU|CNA")
});

/// A name that reads as a news outlet: it ends in an outlet word or is a broadcaster's acronym.
pub fn is_outlet_name(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let l = last.trim_end_matches(['.', ',']).to_lowercase();
    (words.len() >= 2 && OUTLET.contains(l.as_str()))
        || OUTLET_ACR.contains(last.trim_end_matches(['.', ',']))
        || matches!(l.as_str(), "reuters" | "bloomberg")
}

/// Irregular past forms of verbs that can report speech ("spoke", "wrote"): with the regular
/// "-ed" forms they let an unknown verb attribute a quote right after its closing mark.
fn is_irregular_past(word_lower: &str) -> bool {
    IRREGULAR_PAST.contains(word_lower)
}

/// A verb form that can attribute a quote it follows (`“…,” Marsh questioned`): a listed
/// reporting verb, or any past-tense looking word. Only used next to a closing mark.
pub fn is_speech_verb_form(word_lower: &str) -> bool {
    (is_reporting_verb(word_lower) && !is_participle(word_lower))
        || is_irregular_past(word_lower)
        || (word_lower.len() > 4 && word_lower.ends_with("ed") && word_lower.chars().all(char::is_alphabetic))
}

/// Degrees and post-nominal letters set off after a name ("Carol Keehan, DC,", "William
/// Hurlbut, MD"): never a name of their own.
pub fn is_credential(word: &str) -> bool {
    CREDENTIALS.contains(word.trim_end_matches('.'))
}

/// The surname of a written name, lowercase: its last word that is not a suffix or an initial
/// ("John S. Pritchard 3rd" → "pritchard", "Hegseth’s" → "hegseth").
pub fn surname_key(name: &str) -> String {
    // From the last word back, each made into its key only when reached: the last word is
    // nearly always the surname. With none fit, the last word that is not empty.
    let mut last: Option<String> = None;
    for w in name.split_whitespace().rev() {
        let w = w.replace('’', "'").to_lowercase();
        let w = w.strip_suffix("'s").map(str::to_string).unwrap_or(w);
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if w.is_empty() {
            continue;
        }
        if !is_name_suffix(&w) && w.chars().count() > 1 {
            return w;
        }
        last.get_or_insert(w);
    }
    last.unwrap_or_default()
}

/// Words skipped between a subject and its verb ("Hegseth also said", "he later added").
pub fn is_adverb(l: &str) -> bool {
    ADVERBS.contains(l) || (l.ends_with("ly") && l.len() > 4) || is_weekday(l)
}

pub fn is_preposition(l: &str) -> bool {
    PREPOSITIONS.contains(l)
}

// Sets behind the predicates above (each built once, on first use).

static NAME_SUFFIXES: LazyLock<WordSet> = LazyLock::new(|| set("jr|sr|ii|iii|iv|2nd|3rd|4th"));

static IRREGULAR_PAST: LazyLock<WordSet> = LazyLock::new(|| {
    set("said|told|wrote|spoke|thought|sang|swore|read|began|went|shot|fought|cried|sighed|replied|\
     quipped|chimed|chipped|put|broke|gave|let|held|struck")
});

static CREDENTIALS: LazyLock<WordSet> =
    LazyLock::new(|| set("MD|M.D|DC|PhD|Ph.D|RN|Esq|DDS|JD|DO|MBA|CPA|DMD|DVM|OBE|MBE|CBE|QC|KC"));

static ADVERBS: LazyLock<WordSet> = LazyLock::new(|| {
    set("also|further|then|later|again|had|has|have|did|does|do|would|will|once|earlier|previously|\
     today|yesterday|simply|just|even|still|himself|herself|went|on|recently|separately")
});

static PREPOSITIONS: LazyLock<WordSet> = LazyLock::new(|| {
    set("with|by|to|from|of|for|against|about|on|at|into|in|toward|towards|between|among|like|than|\
     over|under|after|before|via")
});

/// Words that carry no meaning of their own for matching claims and quotes.
pub fn is_stop_word(word_lower: &str) -> bool {
    STOP_WORDS.contains(word_lower)
}

static STOP_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    set("a|about|above|after|again|against|all|also|am|an|and|any|are|as|at|be|because|been|before|\
     being|below|between|both|but|by|can|could|did|do|does|doing|down|during|each|either|even|\
     every|few|for|from|further|had|has|have|having|he|her|here|hers|herself|him|himself|his|\
     how|i|if|in|into|is|it|its|itself|just|last|like|may|me|might|more|most|much|must|my|\
     myself|new|now|of|off|on|once|one|only|or|other|our|ours|ourselves|out|over|own|per|said|\
     same|say|says|saying|she|should|since|so|some|still|such|than|that|the|their|theirs|them|\
     themselves|then|there|these|they|this|those|through|to|told|too|under|until|up|upon|\
     very|was|we|were|what|when|where|whether|which|while|who|whom|whose|why|will|with|would|\
     yet|you|your|yours|added|stated|according|its|told|mr|mrs|ms|de|la|le|s|t")
});

/// Words of a title that change who someone is ("former President" is not "President").
pub fn is_title_changer(word_lower: &str) -> bool {
    TITLE_CHANGERS.contains(word_lower)
}

static TITLE_CHANGERS: LazyLock<WordSet> = LazyLock::new(|| {
    set("former|vice|deputy|acting|ex|assistant|interim|under|late|\
     outgoing")
});

/// Words of a title that only say which country someone serves; they do not change the role.
pub fn is_country_qualifier(word_lower: &str) -> bool {
    COUNTRY_QUALIFIERS.contains(word_lower)
}

static COUNTRY_QUALIFIERS: LazyLock<WordSet> = LazyLock::new(|| {
    set("u.s.|us|u.s|american|united|states|the|of|uk|british|french|german|russian|ukrainian|\
     chinese|european|eu|then")
});

/// Nouns that head a formal title ("president", "minister").
pub fn is_title_head(word_lower: &str) -> bool {
    TITLE_HEADS.contains(word_lower)
}

static TITLE_HEADS: LazyLock<WordSet> = LazyLock::new(|| {
    set("president|secretary|minister|senator|governor|chancellor|general|ambassador|mayor|king|\
     queen|prince|director|spokesman|spokeswoman|spokesperson|commander|admiral|representative|\
     speaker|judge|justice|pope|premier|colonel|captain|sheriff|chairman|chairwoman|chair|\
     commissioner|attorney")
});

/// Units (stemmed) whose numbers are not counts of things: durations, shares, measures.
pub fn is_not_count(unit_stem: &str) -> bool {
    NOT_COUNTS.contains(unit_stem)
}

static NOT_COUNTS: LazyLock<WordSet> = LazyLock::new(|| {
    set("percent|year|month|week|day|hour|minut|second|time|decad|centuri|per|point|mile|kilometr|\
     km|metr|feet|foot|inch|kilogram|kg|pound|ton|tonn|degre")
});

/// Nouns of the setting of a statement ("told reporters", "in a statement").
pub fn is_attribution_noun(word_lower: &str) -> bool {
    ATTRIBUTION_NOUNS.contains(word_lower)
}

static ATTRIBUTION_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    set("reporters|journalists|statement|interview|briefing|\
     conference|press|news")
});

/// Words that never name a unit after a number ("40 and", "3 per cent").
pub fn is_unit_stop_word(word_lower: &str) -> bool {
    UNIT_STOP_WORDS.contains(word_lower)
}

static UNIT_STOP_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| set("per|percent|cent|pct|and|or|to|of|in|on|at|a|an|the"));

/// Titles that say a person is a man ("Mr", "Sir", "King").
pub fn is_male_title(word_lower: &str) -> bool {
    MALE_TITLES.contains(word_lower)
}

static MALE_TITLES: LazyLock<WordSet> = LazyLock::new(|| set("mr|sir|father|king|prince|lord|msgr|monsignor"));

/// Titles that say a person is a woman ("Mrs", "Ms", "Queen").
pub fn is_female_title(word_lower: &str) -> bool {
    FEMALE_TITLES.contains(word_lower)
}

static FEMALE_TITLES: LazyLock<WordSet> = LazyLock::new(|| set("mrs|ms|miss|sister|queen|princess|lady|dame"));

/// Words written after an apostrophe of elision ("’em", "’til", "’n’").
pub fn is_elided_word(word_lower: &str) -> bool {
    ELIDED.contains(word_lower)
}

static ELIDED: LazyLock<WordSet> = LazyLock::new(|| set("em|til|tis|twas|n|cause|bout|round|nuff"));
