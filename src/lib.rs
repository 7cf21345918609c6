//! summit-cards reads a news article about a meeting of leaders and extracts the summit at a
//! glance (who met whom, where, when, for how long, in what format), the participants
//! (names, roles, countries, delegations, people named only by role) and the agenda (topics,
//! what each side wants, quotes, cited sources). Every fact carries the evidence span it came
//! from, in UTF-16 offsets so JavaScript can highlight it.
//!
//! The core is pure Rust with no JavaScript or WebAssembly dependency; the `wasm` module (built
//! only for `wasm32`) exposes it to JavaScript, and the `summit-cards` binary to the shell.
//!
//! # Extracting a report
//!
//! ```
//! use summit_cards::{extract, EventKind, Options};
//!
//! let text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the \
//!             Vostochny cosmodrome on Wednesday. Foreign Minister Sergei Lavrov joined the talks.";
//! let options = Options::new().published("2023-09-13")?;
//! let report = extract(text, &options)?;
//!
//! assert_eq!(report.event.kind, EventKind::Bilateral);
//! let principals: Vec<_> = report.participants.iter().filter(|p| p.principal).collect();
//! assert_eq!(principals[0].name.as_deref(), Some("Vladimir Putin"));
//! assert_eq!(principals[1].country.as_deref(), Some("North Korea"));
//! assert_eq!(report.event.date.as_ref().and_then(|d| d.iso.as_deref()), Some("2023-09-13"));
//! # Ok::<(), summit_cards::Error>(())
//! ```
//!
//! # Evidence spans
//!
//! Spans are UTF-16 offsets into the text as given, so they stay right after non-ASCII text:
//!
//! ```
//! use summit_cards::{extract, Options};
//!
//! let text = "« Bienvenue » — President Luiz Inácio Lula da Silva met President Joe Biden at the White House.";
//! let report = extract(text, &Options::new())?;
//! let lula = &report.participants[0];
//! let utf16: Vec<u16> = text.encode_utf16().collect();
//! let named = String::from_utf16_lossy(&utf16[lula.mentions[0].start as usize..lula.mentions[0].end as usize]);
//! assert_eq!(named, "Luiz Inácio Lula da Silva");
//! # Ok::<(), summit_cards::Error>(())
//! ```
//!
//! # Errors and honest empty reports
//!
//! Empty text, text over the size limit and malformed options are errors; text that is no
//! meeting report gives a report of kind `other` with no participants and a warning:
//!
//! ```
//! use summit_cards::{extract, Error, EventKind, Options};
//!
//! assert!(matches!(extract("   ", &Options::new()), Err(Error::EmptyText)));
//! let report = extract("Southampton scored two goals in two minutes to beat Crystal Palace.", &Options::new())?;
//! assert_eq!(report.event.kind, EventKind::Other);
//! assert!(report.participants.is_empty());
//! assert_eq!(report.warnings[0].code, "no-meeting");
//! # Ok::<(), summit_cards::Error>(())
//! ```
#![deny(missing_docs)]

/// A table of `data/`, compiled in without its comment lines (see `build.rs`).
macro_rules! table {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

mod doc;
mod lang;
mod pipeline;
mod report;
mod stages;
mod tables;
mod text;
#[cfg(any(target_arch = "wasm32", test))]
pub mod wasm;

use std::fmt;

pub use lang::{Language, Notice};
pub use report::*;
pub use tables::lexicon::Lexicon;
pub use text::calendar::Date;

/// The default limit on the input: 2 MB of text, far above any article.
pub const DEFAULT_MAX_BYTES: usize = 2 * 1024 * 1024;

/// How to read a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    published: Option<Date>,
    lang: Option<String>,
    language: Option<&'static dyn Language>,
    max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            published: None,
            lang: None,
            language: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

impl Options {
    /// No publication date, language detected, the default size limit.
    pub fn new() -> Self {
        Options::default()
    }

    /// The publication date (`YYYY-MM-DD`, or a timestamp starting with one), used to resolve
    /// relative dates such as "this Wednesday".
    pub fn published(mut self, iso: &str) -> Result<Self, Error> {
        self.published = Some(Date::parse_iso(iso).ok_or_else(|| Error::BadDate(iso.to_string()))?);
        Ok(self)
    }

    /// The language of the text (`"en"`, or a locale tag such as `"en-GB"`, which is read as
    /// its language, as a page's `<html lang>` gives it), or `"auto"` to detect it. Languages
    /// the extractor knows but does not read yet give an empty report with a warning.
    pub fn lang(mut self, code: &str) -> Result<Self, Error> {
        let code = code.trim().to_ascii_lowercase();
        let mut subtags = code.split(['-', '_']);
        let language = subtags.next().unwrap_or_default();
        // Region, script and variant subtags are 1 to 8 letters or digits; a one-letter
        // subtag (an extension's singleton) needs one after it.
        let mut last = 2;
        let well_formed = subtags.all(|s| {
            last = s.len();
            (1..=8).contains(&last) && s.bytes().all(|c| c.is_ascii_alphanumeric())
        }) && last > 1;
        if code != "auto" && !(well_formed && lang::is_language_code(language)) {
            return Err(Error::BadLanguage(code));
        }
        self.lang = (code != "auto").then(|| language.to_string());
        Ok(self)
    }

    /// Reads the text in `language`, a language of your own rather than one of the build's
    /// (`docs/adding-a-language.md`); it takes precedence over [`Options::lang`].
    pub fn language(mut self, language: &'static dyn Language) -> Self {
        self.language = Some(language);
        self
    }

    /// The largest text accepted, in bytes of UTF-8.
    pub fn max_bytes(mut self, limit: usize) -> Self {
        self.max_bytes = limit;
        self
    }
}

/// Why a text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is empty or only whitespace.
    EmptyText,
    /// The text is longer than the limit.
    TooLong {
        /// Its length in bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The publication date is not a `YYYY-MM-DD` date.
    BadDate(String),
    /// The language option is not a language code.
    BadLanguage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyText => write!(f, "the article text is empty"),
            Error::TooLong { bytes, limit } => {
                write!(
                    f,
                    "the article text is {bytes} bytes, over the limit of {limit} bytes"
                )
            }
            Error::BadDate(s) => {
                f.write_str("the publication date ")?;
                write_quoted(f, s)?;
                f.write_str(" is not a date of the form YYYY-MM-DD")
            }
            Error::BadLanguage(s) => {
                write_quoted(f, s)?;
                f.write_str(" is not a language code such as \"en\" or \"auto\"")
            }
        }
    }
}

/// Writes `s` as `{:?}` writes a string: in double quotes, each character escaped as
/// `char::escape_debug` escapes it but for the single quote, which a string leaves as it is.
/// The string's own `Debug` brings more code into the WebAssembly module than the character's
/// escape (docs/performance.md, "The budget and the builds").
fn write_quoted(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        if c == '\'' {
            f.write_str("'")?;
        } else {
            fmt::Display::fmt(&c.escape_debug(), f)?;
        }
    }
    f.write_str("\"")
}

impl std::error::Error for Error {}

/// Reads `text` and reports the meeting it describes.
pub fn extract(text: &str, options: &Options) -> Result<Report, Error> {
    if text.trim().is_empty() {
        return Err(Error::EmptyText);
    }
    if text.len() > options.max_bytes {
        return Err(Error::TooLong {
            bytes: text.len(),
            limit: options.max_bytes,
        });
    }
    let code = match (&options.language, &options.lang) {
        (Some(language), _) => language.code(),
        (None, Some(code)) => code,
        (None, None) => lang::language_of(text),
    };
    let Some(language) = options.language.or_else(|| lang::reader(code)) else {
        return Ok(lang::unsupported(code));
    };
    let context = pipeline::Context {
        language,
        published: options.published,
    };
    Ok(pipeline::run(text, &context))
}

/// The extractor's version.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_are_read_as_their_language() {
        for (tag, language) in [
            ("en-GB", "en"),
            ("EN_us", "en"),
            ("es-MX", "es"),
            ("pt-Latn-BR", "pt"),
            ("en-x-house", "en"),
        ] {
            let options = Options::new()
                .lang(tag)
                .unwrap_or_else(|e| panic!("{tag}: {e}"));
            assert_eq!(options.lang.as_deref(), Some(language), "{tag}");
        }
        for tag in [
            "en-",
            "en-US-x",
            "en-toolongsubtag",
            "xx-GB",
            "-GB",
            "en GB",
        ] {
            assert!(
                matches!(Options::new().lang(tag), Err(Error::BadLanguage(_))),
                "{tag}"
            );
        }
    }

    #[test]
    fn bad_options_are_quoted_as_debug_formatting_quotes_them() {
        for bad in [
            "xx",
            "en GB",
            "say \"hi\"",
            "back\\slash",
            "tab\tline\nreturn\r",
            "nul\0bell\u{7}del\u{7f}next\u{85}",
            "it's",
            "Ünïcödé 北京 😀",
            "\u{301}mark\u{200b}space\u{feff}",
        ] {
            let language = Error::BadLanguage(bad.to_string()).to_string();
            assert_eq!(
                language,
                format!("{bad:?} is not a language code such as \"en\" or \"auto\""),
            );
            let date = Error::BadDate(bad.to_string()).to_string();
            assert_eq!(
                date,
                format!("the publication date {bad:?} is not a date of the form YYYY-MM-DD")
            );
        }
    }
}
