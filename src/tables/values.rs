//! The values of word classes that more than one stage reads: what a value of a class means is
//! the table's schema (`data/classes.tsv`), and the stages that read it agree on it here.

/// The `complement_marker` value of a topic's preposition, which also opens what a person
/// verb's object did ("thanked X for coming").
pub const TOPIC_PREPOSITION: i32 = 1;

/// The `complement_marker` value of the infinitive's marker ("to"; Spanish "a", "para").
pub const INFINITIVE_MARKER: i32 = 2;

/// The `future_marker` value of the phrases that put their verb in the future ("will",
/// "is scheduled to"; "está previsto que").
pub const FUTURE_TENSE: i32 = 1;

/// The `determiner` value of a possessive ("its", "their"; "su", "sus").
pub const POSSESSIVE: i32 = 2;

/// The `plural_side` value of the words that join two sides ("and").
pub const JOINER: i32 = 1;

/// The `place_preposition` value of the prepositions of where something is ("at", "in").
pub const WHERE: i32 = 0;

/// The `place_preposition` value of the prepositions of a place's surroundings ("outside the
/// palace", "on the outskirts of").
pub const SURROUNDINGS: i32 = 4;

/// The `place_preposition` value of the phrases that place something at the margins of a
/// meeting ("on the sidelines of").
pub const MARGINS: i32 = 5;

/// The kinds of `word_ending`, bits of its value: the endings a word class is told by.
pub mod ending {
    /// Adjectives ("regional", "economic"; "económico").
    pub const ADJECTIVE: i32 = 1;
    /// Adjectives of places and peoples ("Siberian", "Northern").
    pub const PLACE_ADJECTIVE: i32 = 2;
    /// Verbs in the past and past participles ("discussed"; "abordaron", "tratado").
    pub const PAST_VERB: i32 = 4;
    /// Gerunds ("discussing"; "abordando").
    pub const GERUND: i32 = 8;
    /// Adverbs of manner ("privately"; "brevemente").
    pub const ADVERB: i32 = 16;
}
