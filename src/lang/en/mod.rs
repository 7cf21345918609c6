//! English: its tables (`data/en/`) and the grammar that is English's own: the summary a
//! reader would write and the warnings' messages.

use std::sync::OnceLock;

use crate::lang::{Language, Notice};
use crate::report::Report;
use crate::tables::lexicon::Lexicon;

mod messages;
mod summary;

/// The English reader.
pub struct English;

/// English's tables over the shared ones, read once.
pub fn lexicon() -> &'static Lexicon {
    static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Lexicon::from_tables(
            table!("en/countries.tsv"),
            table!("en/words.tsv"),
            table!("en/roles.tsv"),
            plural,
        )
    })
}

/// The plural of a title: its last word made plural ("deputy prime ministers",
/// "secretaries", "spokesmen"), or with a complement the word before it ("heads of state",
/// "secretaries of state").
fn plural(phrase: &str) -> String {
    // Concatenated rather than formatted: this runs for every title at the first extraction.
    let mut plural = String::with_capacity(phrase.len() + 2);
    let mut words = phrase.split(' ').peekable();
    let mut head_done = false;
    while let Some(word) = words.next() {
        if !plural.is_empty() {
            plural.push(' ');
        }
        let head = !head_done && words.peek().is_none_or(|&next| next == "of");
        if head {
            push_plural(&mut plural, word);
            head_done = true;
        } else {
            plural.push_str(word);
        }
    }
    plural
}

/// Writes the plural of `word`: "minister", "secretary", "spokesman" made plural.
fn push_plural(out: &mut String, word: &str) {
    let (stem, ending) = if let Some(stem) = word.strip_suffix("man") {
        (stem, "men")
    } else if let Some(stem) = word
        .strip_suffix('y')
        // Last bytes tested, not chars: a char pattern is searcher code of its own.
        .filter(|s| !matches!(s.as_bytes().last(), Some(b'a' | b'e' | b'o' | b'u')))
    {
        (stem, "ies")
    } else if matches!(word.as_bytes().last(), Some(b's' | b'.')) {
        (word, "")
    } else {
        (word, "s")
    };
    out.push_str(stem);
    out.push_str(ending);
}

impl Language for English {
    fn code(&self) -> &'static str {
        "en"
    }

    fn lexicon(&self) -> &'static Lexicon {
        lexicon()
    }

    fn summary(&self, report: &Report) -> Option<String> {
        summary::write(report)
    }

    fn message(&self, notice: &Notice) -> String {
        messages::message(notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_made_plural() {
        for (title, expected) in [
            ("minister", "ministers"),
            ("deputy prime minister", "deputy prime ministers"),
            ("secretary", "secretaries"),
            ("envoy", "envoys"),
            ("spokesman", "spokesmen"),
            ("chairwoman", "chairwomen"),
            (
                "head of state and government",
                "heads of state and government",
            ),
            ("secretary of state", "secretaries of state"),
            ("u.s.", "u.s."),
        ] {
            assert_eq!(plural(title), expected, "{title}");
        }
        assert_eq!(
            lexicon().singular_of("deputy prime ministers"),
            Some("deputy prime minister")
        );
    }
}
