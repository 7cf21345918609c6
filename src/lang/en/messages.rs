//! The warnings' messages, in English.

use crate::lang::{MessageWords, Notice};

/// English's words for the messages.
const ENGLISH: MessageWords = MessageWords {
    country_inferred: [
        " is shown for ",
        ", which the article does not state but suggests.",
    ],
    date_unresolved: "The meeting date is relative; give the publication date to resolve it.",
    no_meeting: "No meeting of leaders was found in this text.",
    unsupported: [
        "The text seems to be in ",
        "; only ",
        " articles are read so far.",
    ],
    country_name: super::summary::same_name,
    language_name,
    join: super::summary::join,
};

/// The English name of a language, from `data/languages.tsv`; its code for one the table lacks.
fn language_name(code: &str) -> &str {
    crate::lang::name_of(code).unwrap_or(code)
}

/// The sentence a reader of the report is shown for `notice`.
pub fn message(notice: &Notice) -> String {
    notice.message_in(&ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_language_names_the_readable_ones() {
        let unsupported = Notice::UnsupportedLanguage {
            language: "fr",
            readable: &["en", "es", "de"],
        };
        assert_eq!(
            message(&unsupported),
            "The text seems to be in French; only English, Spanish and German articles are read so far."
        );
    }
}
