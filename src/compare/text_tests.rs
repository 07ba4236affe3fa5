//! Unit tests of word normalisation: keys, keyed words, raw words, near words, stems.

use super::*;

#[test]
fn keys_ignore_case_and_punctuation() {
    let t = tokens("“To be clear, there will not be U.S. troops,”", KeyOptions::default());
    let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["to", "be", "clear", "there", "will", "not", "be", "us", "troops"]);
}

#[test]
fn keyed_words_are_the_tokens() {
    let strict = KeyOptions { ignore_case: false, ignore_punctuation: false };
    let loose = KeyOptions { ignore_case: true, ignore_punctuation: false };
    for text in [
        "",
        "“To be clear, there will not be U.S. troops,”",
        "peace... with a — “ ” ,\" x",
        "Ça ’va’ `ok´",
        "\"To be clear,\" the U.S. -- said: peace...with a....b ... x... ...y .. - `ok' A1\tb\x0Bc\x0C\r\n\x1Fd",
        "  lead and trail  ",
    ] {
        let cased = KeyOptions { ignore_case: false, ignore_punctuation: true };
        for opts in [KeyOptions::default(), strict, loose, cased] {
            let t = tokens(text, opts);
            let k = KeyedWords::new(text, opts);
            assert_eq!(k.len(), t.len(), "{text}");
            for ((i, t), key) in t.iter().enumerate().zip(k.keys()) {
                assert_eq!((key, k.span(i)), (t.key.as_str(), (t.start, t.end)), "{text}");
            }
        }
    }
}

#[test]
fn ellipses_and_dashes_separate_words() {
    let t = tokens("peace... with a — realistic", KeyOptions::default());
    let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["peace", "with", "a", "realistic"]);
}

#[test]
fn raw_words_split_and_trim_as_a_split_by_predicate_would() {
    // The reference: split at characters that cannot be in a word, trim what is not a
    // letter or digit, drop what is left empty.
    let reference = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '.' || c == '-'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    for text in [
        "",
        "  ",
        "The U.S. said -- 'non-lethal' aid, Ukraine’s “peace”... (2024) ",
        "...'-.",
        "Žluťoučký kůň úpěl ďábelské ódy—naïve café №5 ½ x²",
        "end'",
        "a",
        "’tis o’clock 3.5% $40-50 e-mail@host.com",
    ] {
        let got: Vec<String> = raw_words(text).map(str::to_string).collect();
        assert_eq!(got, reference(text), "{text}");
    }
}

#[test]
fn near_words() {
    assert!(near_word("illusionary", "illusory"));
    assert!(near_word("recognizing", "recognising"));
    assert!(!near_word("to", "in"));
    assert!(!near_word("troops", "forces"));
}

#[test]
fn demonyms_fold() {
    assert_eq!(stem("ukrainian"), stem("ukraine"));
    assert_eq!(stem("american"), "us");
}

#[test]
fn word_similarity_of_ascii_words_is_that_of_their_chars() {
    for (a, b) in [("illusionary", "illusory"), ("kitten", "sitting"), ("", "ab"), ("abc", ""), ("same", "same")] {
        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let n = ca.len().max(cb.len()).max(1) as f64;
        let want = if a == b { 1.0 } else { 1.0 - levenshtein(&ca, &cb) as f64 / n };
        assert_eq!(word_similarity(a, b), want, "{a} {b}");
    }
}
