//! Properties of `extract` over generated texts: it never panics, every evidence span lies
//! inside the input on UTF-16 code-point boundaries, the output is deterministic, and the
//! report survives a JSON round trip.
//!
//! The texts mix what trips up extractors: titles, names and country names next to accents,
//! emoji (surrogate pairs in UTF-16), CJK, typographic quotes, HTML fragments, runs of
//! periods and newlines. PROPTEST_CASES raises the case count for a longer run.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use summit_cards::{Options, Report, extract};

/// Pieces of text, from the vocabulary of a summit report and from its troublemakers.
const PIECES: &[&str] = &[
    // Titles, names, countries and places.
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Chancellor",
    "King",
    "the Russian leader",
    "his counterpart",
    "Vladimir Putin",
    "Kim Jong Un",
    "Xi Jinping",
    "Luiz Inácio Lula da Silva",
    "Recep Tayyip Erdoğan",
    "Emmanuel Macron",
    "Putin",
    "Kim",
    "Russia",
    "North Korea",
    "Côte d'Ivoire",
    "the United States",
    "China",
    "Brazil",
    "Moscow",
    "Beijing",
    "the White House",
    "the Kremlin",
    "Interfax",
    "Reuters",
    // Words that make a meeting, a date, an agenda, a duration.
    "met",
    "held talks with",
    "will meet",
    "in",
    "at",
    "on Wednesday",
    "this Tuesday",
    "September 13, 2023",
    "for almost an hour and a half",
    "one-on-one",
    "expanded format",
    "trade and economic ties",
    "said",
    "according to",
    "and",
    "the",
    // The same in Spanish, which the options below read as Spanish half of the time.
    "el presidente ruso,",
    "la canciller mexicana",
    "su homólogo",
    "se reunió con",
    "se reunirán",
    "mantuvieron un encuentro",
    "este miércoles",
    "el pasado 13 de septiembre de 2023",
    "durante casi una hora",
    "a solas",
    "abordaron",
    "según",
    "informó EFE",
    "y",
    "de",
    "«",
    // Accents, emoji, CJK, scripts written right to left.
    "São Paulo",
    "Zürich",
    "naïve",
    "👋",
    "🇷🇺🇰🇵",
    "👨‍👩‍👧",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "習近平",
    "金正恩",
    "Путин",
    "مرحبا",
    // Quotes, HTML, punctuation.
    "\"",
    "“",
    "”",
    "«",
    "»",
    "'",
    "’",
    "<p>",
    "</p>",
    "<a href=\"x\">",
    "&amp;",
    "&nbsp;",
    ".",
    "...",
    ".........",
    "?",
    "—",
    ",",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
];

/// A text: pieces from the list and arbitrary characters, joined by nothing, a space or a
/// newline.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Z][a-z]{0,10}",
    ];
    let separator = prop::sample::select(&["", " ", " ", " ", "\n", ". "][..]);
    prop::collection::vec((piece, separator), 1..80).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(piece, sep)| [piece, sep.to_string()])
            .collect()
    })
}

fn options() -> impl Strategy<Value = Options> {
    let lang = prop::sample::select(&["auto", "en", "es"][..]);
    prop_oneof![
        lang.clone()
            .prop_map(|lang| Options::new().lang(lang).unwrap()),
        (1990i32..2040, 1u32..13, 1u32..29, lang).prop_map(|(y, m, d, lang)| {
            Options::new()
                .published(&format!("{y:04}-{m:02}-{d:02}"))
                .unwrap()
                .lang(lang)
                .unwrap()
        }),
    ]
}

/// Every `{start, end}` object of the report's JSON is an evidence span (participants'
/// evidence and mentions, the event's location, date and evidence, sessions, durations,
/// agenda, interests, quotes, sources, previous meetings): walking the JSON finds them all,
/// including those of fields added later.
fn spans(value: &Value, out: &mut Vec<(u64, u64)>) {
    match value {
        Value::Object(map) if map.len() == 2 && map.contains_key("start") => {
            out.push((map["start"].as_u64().unwrap(), map["end"].as_u64().unwrap()));
        }
        Value::Object(map) => map.values().for_each(|v| spans(v, out)),
        Value::Array(items) => items.iter().for_each(|v| spans(v, out)),
        _ => {}
    }
}

fn check(text: &str, options: &Options) -> Result<(), TestCaseError> {
    let Ok(report) = extract(text, options) else {
        // The only error generated texts can give.
        prop_assert!(text.trim().is_empty());
        return Ok(());
    };

    let utf16: Vec<u16> = text.encode_utf16().collect();
    let json = serde_json::to_value(&report).unwrap();
    let mut found = Vec::new();
    spans(&json, &mut found);
    for &(start, end) in &found {
        prop_assert!(start <= end, "span {}..{} is reversed", start, end);
        prop_assert!(
            end as usize <= utf16.len(),
            "span {}..{} ends past the text ({} UTF-16 units)",
            start,
            end,
            utf16.len()
        );
        for offset in [start as usize, end as usize] {
            // A low surrogate right after the offset means the offset cuts a pair in two.
            let splits = offset < utf16.len() && (0xDC00..0xE000).contains(&utf16[offset]);
            prop_assert!(!splits, "span {}..{} splits a surrogate pair", start, end);
        }
    }

    prop_assert_eq!(
        &extract(text, options).unwrap(),
        &report,
        "not deterministic"
    );

    let string = serde_json::to_string(&report).unwrap();
    prop_assert_eq!(
        report.to_json(),
        string.clone(),
        "the WebAssembly module's JSON differs from serde's"
    );
    let back: Report = serde_json::from_str(&string).unwrap();
    prop_assert_eq!(&back, &report, "changed by a JSON round trip");
    Ok(())
}

/// 200 cases per property keeps `cargo test` fast; PROPTEST_CASES, when set, decides instead.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        200
    };
    ProptestConfig { cases, ..default }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reports_keep_their_invariants(text in text(), options in options()) {
        check(&text, &options)?;
    }

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in any::<String>(), options in options()) {
        check(&text, &options)?;
    }
}

/// The generators reach the extractor's interesting paths: without this, generators that
/// only ever made empty reports would pass every property above.
#[test]
fn generated_texts_sometimes_describe_meetings() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = text();
    let (mut meetings, mut spans_seen) = (0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let Ok(report) = extract(&text, &Options::new()) else {
            continue;
        };
        if !report.participants.is_empty() {
            meetings += 1;
        }
        let mut found = Vec::new();
        spans(&serde_json::to_value(&report).unwrap(), &mut found);
        spans_seen += found.len();
    }
    assert!(
        meetings >= 5,
        "only {meetings} of 200 texts had participants"
    );
    assert!(spans_seen >= 50, "only {spans_seen} spans in 200 reports");
}
