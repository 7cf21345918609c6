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
            let mut read = String::new();
            for (n, code) in readable.iter().enumerate() {
                if n > 0 {
                    read.push_str(if n + 1 == readable.len() {
                        " and "
                    } else {
                        ", "
                    });
                }
                read.push_str(crate::lang::name_of(code).unwrap_or(code));
            }
            let name = crate::lang::name_of(language).unwrap_or(language);
            [
                "The text seems to be in ",
                name,
                "; only ",
                &read,
                " articles are read so far.",
            ]
            .concat()
        }
    }
}
