//! Fuzzes `summit_cards::extract` on arbitrary text, with and without a publication date and
//! with a small size limit, and checks the invariants every report must keep: evidence spans
//! inside the text and on UTF-16 code-point boundaries, and the WebAssembly module's JSON
//! (`summit_cards::json`) the same as serde's. A panic, an abort, a hang (libFuzzer's
//! -timeout) or a broken invariant is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use summit_cards::{Error, Options, extract};

fuzz_target!(|data: &[u8]| {
    // The first byte chooses the options, so one corpus explores all of them; the rest is the
    // text, decoded lossily so that every input reaches the extractor.
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut options = Options::new();
    if flags & 1 != 0 {
        options = options.published("2023-09-13").unwrap();
    }
    if flags & 2 != 0 {
        // A limit near the input's size, to exercise the boundary of the size check.
        options = options.max_bytes(usize::from(flags >> 2) * 128);
    }
    if flags & 0x80 != 0 && flags & 2 == 0 {
        options = options.lang("en").unwrap();
    }
    match extract(&text, &options) {
        Ok(report) => {
            let json = serde_json::to_string(&report).unwrap();
            assert_eq!(summit_cards::json::to_json(&report), json, "the module's JSON");
            check_spans(&text, &serde_json::from_str(&json).unwrap());
        }
        Err(Error::EmptyText) => assert!(text.trim().is_empty()),
        Err(Error::TooLong { bytes, limit }) => assert!(bytes > limit),
        Err(e) => panic!("unexpected error {e:?}"),
    }
});

/// Every `{start, end}` object in the report is a span: inside the text, ordered, and not
/// splitting a surrogate pair.
fn check_spans(text: &str, value: &Value) {
    match value {
        Value::Object(map) if map.len() == 2 && map.contains_key("start") => {
            let utf16: Vec<u16> = text.encode_utf16().collect();
            let start = map["start"].as_u64().unwrap() as usize;
            let end = map["end"].as_u64().unwrap() as usize;
            assert!(
                start <= end && end <= utf16.len(),
                "span {start}..{end} of {}",
                utf16.len()
            );
            for offset in [start, end] {
                let splits =
                    offset > 0 && offset < utf16.len() && (0xDC00..0xE000).contains(&utf16[offset]);
                assert!(!splits, "span {start}..{end} splits a surrogate pair");
            }
        }
        Value::Object(map) => map.values().for_each(|v| check_spans(text, v)),
        Value::Array(items) => items.iter().for_each(|v| check_spans(text, v)),
        _ => {}
    }
}
