//! The warnings' messages, in Spanish.

use crate::lang::{MessageWords, Notice};

/// Spanish's words for the messages.
const SPANISH: MessageWords = MessageWords {
    country_inferred: [" aparece con ", ", que el artículo no indica pero sugiere."],
    date_unresolved: "La fecha de la reunión es relativa: indique la fecha de publicación para resolverla.",
    no_meeting: "No se ha encontrado ninguna reunión de líderes en este texto.",
    unsupported: [
        "El texto parece estar en ",
        "; por ahora solo se leen artículos en ",
        ".",
    ],
    country_name: super::country_name,
    language_name,
    join: super::summary::join,
};

/// The Spanish names of the languages of `data/languages.tsv`.
const LANGUAGE_NAMES: [(&str, &str); 6] = [
    ("en", "inglés"),
    ("es", "español"),
    ("fr", "francés"),
    ("de", "alemán"),
    ("pt", "portugués"),
    ("it", "italiano"),
];

/// The Spanish name of a language; for one this list lacks, the English name of
/// `data/languages.tsv`, which the reader can still tell apart.
fn language_name(code: &str) -> &str {
    for (c, name) in LANGUAGE_NAMES {
        if c == code {
            return name;
        }
    }
    crate::lang::name_of(code).unwrap_or(code)
}

/// The sentence a reader of the report is shown for `notice`.
pub fn message(notice: &Notice) -> String {
    notice.message_in(&SPANISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_countries_and_languages_in_spanish() {
        let inferred = Notice::CountryInferred {
            name: "Ana Berg",
            country: "North Korea",
        };
        assert_eq!(
            message(&inferred),
            "Ana Berg aparece con Corea del Norte, que el artículo no indica pero sugiere."
        );
        let unsupported = Notice::UnsupportedLanguage {
            language: "fr",
            readable: &["en", "es"],
        };
        assert_eq!(
            message(&unsupported),
            "El texto parece estar en francés; por ahora solo se leen artículos en inglés y español."
        );
    }
}
