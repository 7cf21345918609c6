//! The WebAssembly module writes the report with `summit_cards::json`, the command line with
//! serde: both must give the same JSON, byte for byte, or the browser and the command line
//! would disagree about the contract.

use summit_cards::{Options, extract};

/// Texts whose reports have every kind of field, and strings that need escaping.
fn texts() -> Vec<String> {
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
    let mut texts: Vec<String> = std::fs::read_dir(samples)
        .expect("the demo's samples")
        .map(|entry| std::fs::read_to_string(entry.expect("a sample").path()).expect("text"))
        .collect();
    assert!(texts.len() >= 5, "the samples are missing");
    texts.push(
        "President Anna Berg met Prime Minister Jon Hale in Oslo on Monday.\t\u{1}\u{1f} \
         \"We agreed on \\ everything,\" Berg said.\r\nHale added: \"\u{8}Trade \u{c}first.\""
            .to_string(),
    );
    texts
}

#[test]
fn the_modules_json_is_serdes() {
    let options = Options::new().published("2023-09-13").expect("a date");
    for text in texts() {
        let report = extract(&text, &options).expect("a report");
        let serde = serde_json::to_string(&report).expect("serde writes the report");
        assert_eq!(report.to_json(), serde, "{}", &text[..text.len().min(60)]);
    }
}
