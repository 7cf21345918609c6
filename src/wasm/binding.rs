//! The `wasm-bindgen` functions: `extract(text, options?)` and `version()`.
//!
//! A thin layer: options come in as a plain object, the report goes out as a plain object
//! (absent facts are `null`, never `undefined`), and every failure is a thrown `Error` with
//! a message a developer can act on, never a trap.

use wasm_bindgen::prelude::*;

use crate::{Options, extract as extract_report};

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &str = include_str!("../../types/report.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const OPTION_TYPES: &str = r#"
/** Options of `extract`. */
export type ExtractOptions = {
  /** Publication date, `YYYY-MM-DD` (or an ISO timestamp), to resolve "this Wednesday". */
  publishedAt?: string | null,
  /** Language of the text: `"en"` (or a locale tag such as `"en-GB"`, read as its language), or `"auto"` (the default) to detect it. */
  lang?: string | null,
  /** Largest text accepted, in UTF-8 bytes (default 2 MB). */
  maxBytes?: number | null,
};
"#;

/// One option, read off the options object: `None` when absent, `null` or `undefined`.
fn option(options: &JsValue, name: &str) -> Result<Option<JsValue>, JsError> {
    let value = js_sys::Reflect::get(options, &JsValue::from_str(name)).map_err(|_| {
        error(&format!(
            "extract(text, options): cannot read options.{name}"
        ))
    })?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

fn string_option(options: &JsValue, name: &str) -> Result<Option<String>, JsError> {
    option(options, name)?
        .map(|v| {
            v.as_string().ok_or_else(|| {
                error(&format!(
                    "extract(text, options): options.{name} must be a string"
                ))
            })
        })
        .transpose()
}

fn error(message: &str) -> JsError {
    JsError::new(message)
}

/// The error of the extractor as thrown: its message.
fn failure(e: crate::Error) -> JsError {
    error(&e.to_string())
}

/// Reads an article and returns its summit report.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Report")]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| error("extract(text, options): text must be a string"))?;
    // The options are read by hand: serde's deserializer would add a sixth to the module for
    // three fields.
    let mut opts = Options::new();
    if !options.is_undefined() && !options.is_null() {
        if !options.is_object() {
            return Err(error(
                "extract(text, options): bad options: expected an object",
            ));
        }
        if let Some(date) = string_option(&options, "publishedAt")?.filter(|d| !d.is_empty()) {
            opts = opts.published(&date).map_err(failure)?;
        }
        if let Some(lang) = string_option(&options, "lang")? {
            opts = opts.lang(&lang).map_err(failure)?;
        }
        if let Some(limit) = option(&options, "maxBytes")? {
            let limit = limit.as_f64().filter(|l| l.is_finite() && *l >= 0.0);
            let limit = limit.ok_or_else(|| {
                error("extract(text, options): maxBytes must be a non-negative number")
            })?;
            opts = opts.max_bytes(limit as usize);
        }
    }
    let report = extract_report(&text, &opts).map_err(failure)?;
    // Written as JSON text and turned into objects by the browser's JSON.parse: smaller and
    // faster than serde's serializer building them property by property (see `crate::report::json`).
    js_sys::JSON::parse(&report.to_json())
        .map_err(|_| error("extract(text, options): the report could not be read back"))
}

/// The extractor's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
