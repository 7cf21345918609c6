//! The JavaScript API in real headless Chromium: `extract` and `version` as JavaScript sees
//! them (plain objects, `null` for absent facts, thrown `Error`s), and evidence offsets
//! checked against the browser's own strings and DOM ranges.
//!
//! Run by `scripts/test-wasm.sh` (`cargo test --target wasm32-unknown-unknown --test
//! wasm_browser`, with wasm-bindgen's test runner and ChromeDriver).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use summit_cards::wasm::{extract, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "The meeting between the leaders of Russia, Vladimir Putin, and North Korea, Kim Jong-un, \
at the Russian Vostochny cosmodrome concluded this Wednesday after almost an hour of talks, the Kremlin reported.\n\n\
On the Russian side, Foreign and Defense Ministers Sergei Lavrov and Sergei Shoigu took part in the meeting.";

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(index) => Reflect::get_u32(&v, index).unwrap(),
            Err(_) => Reflect::get(&v, &JsValue::from_str(key)).unwrap(),
        })
}

fn options(published: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"publishedAt".into(), &published.into()).unwrap();
    o.into()
}

#[wasm_bindgen_test]
fn extract_returns_a_plain_report_object() {
    let report = extract(ARTICLE.into(), options("2023-09-13")).expect("a report");
    assert!(report.is_object());
    assert_eq!(get(&report, "schemaVersion"), "1.1");
    assert_eq!(get(&report, "event.kind"), "bilateral");
    assert_eq!(get(&report, "event.date.iso"), "2023-09-13");
    assert_eq!(get(&report, "participants.0.name"), "Vladimir Putin");
    assert_eq!(get(&report, "participants.1.country"), "North Korea");
    assert_eq!(get(&report, "participants.2.role"), "Foreign Minister");
    assert!(Array::is_array(&get(&report, "agenda")));
    // Absent facts are null, never undefined, so `report.event.location.city === null`.
    assert!(get(&report, "event.location.city").is_null());
    assert!(get(&report, "event.name").is_null());
    assert!(!version().is_empty());
}

#[wasm_bindgen_test]
fn failures_are_thrown_errors_with_a_message() {
    let cases: [(JsValue, JsValue, &str); 4] = [
        ("   ".into(), JsValue::UNDEFINED, "empty"),
        (ARTICLE.into(), options("13/09/2023"), "YYYY-MM-DD"),
        (
            JsValue::from_f64(42.0),
            JsValue::UNDEFINED,
            "text must be a string",
        ),
        (
            ARTICLE.into(),
            JsValue::from_str("not options"),
            "bad options",
        ),
    ];
    for (text, opts, needle) in cases {
        let error = extract(text, opts).expect_err("an error");
        let error: JsValue = error.into();
        let error: js_sys::Error = error.dyn_into().expect("a JavaScript Error");
        let message = String::from(error.message());
        assert!(
            message.contains(needle),
            "{message:?} should mention {needle:?}"
        );
    }
    let too_long = Object::new();
    Reflect::set(&too_long, &"maxBytes".into(), &JsValue::from_f64(10.0)).unwrap();
    assert!(extract(ARTICLE.into(), too_long.into()).is_err());
}

/// Evidence offsets index the very string JavaScript passed in, even with emoji and lone
/// surrogates before the name (which Rust sees as U+FFFD: one UTF-16 unit either way).
#[wasm_bindgen_test]
fn evidence_offsets_slice_the_javascript_string() {
    let prefix = JsString::from_char_code1(0xD800); // a lone surrogate
    let emoji = JsString::from("🛰️ «");
    let text = prefix.concat(&emoji).concat(&JsString::from(ARTICLE));
    let report = extract(text.clone().into(), JsValue::UNDEFINED).expect("a report");
    let span = get(&report, "participants.0.mentions.0");
    let start = get(&span, "start").as_f64().unwrap() as u32;
    let end = get(&span, "end").as_f64().unwrap() as u32;
    assert_eq!(String::from(text.slice(start, end)), "Vladimir Putin");

    // And as a DOM range over a text node, the way the widget highlights it.
    let document = web_sys::window().unwrap().document().unwrap();
    let node = document.create_text_node("");
    // The node holds the JavaScript string itself, lone surrogate included.
    Reflect::set(&node, &"data".into(), &text).unwrap();
    let body = document.body().unwrap();
    body.append_child(&node).unwrap();
    let range = document.create_range().unwrap();
    range.set_start(&node, start).unwrap();
    range.set_end(&node, end).unwrap();
    assert_eq!(String::from(range.to_string()), "Vladimir Putin");
    body.remove_child(&node).unwrap();
}

#[wasm_bindgen_test]
fn text_is_never_markup() {
    let hostile = "<img src=x onerror=\"window.__pwned = 1\"> Russian President Vladimir Putin met \
                   Chinese President Xi Jinping <script>window.__pwned = 2</script> in Moscow.";
    let report = extract(hostile.into(), JsValue::UNDEFINED).expect("a report");
    assert_eq!(get(&report, "participants.0.name"), "Vladimir Putin");
    let window = web_sys::window().unwrap();
    assert!(
        Reflect::get(&window, &"__pwned".into())
            .unwrap()
            .is_undefined()
    );
}

/// The module's own allocator (src/wasm/heap.rs) under load: a long article, a million allocations
/// and reallocations, is read; reading it again reuses the memory freed by the first reading
/// instead of growing the WebAssembly memory.
#[wasm_bindgen_test]
fn a_long_article_is_read_and_its_memory_reused() {
    let long = ARTICLE.repeat(1_000_000 / ARTICLE.len());
    let memory_size = || {
        let buffer = Reflect::get(&wasm_bindgen::memory(), &"buffer".into()).unwrap();
        get(&buffer, "byteLength").as_f64().unwrap()
    };
    let report = extract(long.as_str().into(), options("2023-09-13")).expect("a report");
    assert_eq!(get(&report, "participants.0.name"), "Vladimir Putin");
    let after_first = memory_size();
    let again = extract(long.as_str().into(), options("2023-09-13")).expect("a report");
    assert_eq!(get(&again, "participants.0.name"), "Vladimir Putin");
    assert_eq!(
        memory_size(),
        after_first,
        "the second reading needed no new memory"
    );
}
