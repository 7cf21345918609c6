//! The warnings' messages, in English.

use crate::lang::Notice;

/// The sentence a reader of the report is shown for `notice`.
pub fn message(notice: &Notice) -> String {
    match notice {
        Notice::CountryInferred { name, country } => [
            name,
            " is shown for ",
            country,
            ", which the article does not state but suggests.",
        ]
        .concat(),
        Notice::DateUnresolved => {
            "The meeting date is relative; give the publication date to resolve it.".into()
        }
        Notice::NoMeeting => "No meeting of leaders was found in this text.".into(),
        Notice::UnsupportedLanguage { language, readable } => {
            let mut names: Vec<String> = Vec::new();
            for code in readable.iter() {
                names.push(crate::lang::name_of(code).unwrap_or(code).to_string());
            }
            let name = crate::lang::name_of(language).unwrap_or(language);
            [
                "The text seems to be in ",
                name,
                "; only ",
                &crate::lang::summary::listed(&names, " and "),
                " articles are read so far.",
            ]
            .concat()
        }
    }
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
