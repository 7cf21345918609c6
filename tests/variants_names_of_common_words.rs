//! Names whose words are also words of the language: a surname that is a month ("May") and a
//! first name that is a pronoun ("He"). A month right after a name's word, with no day or year
//! after it, is a surname, and no modal either; a function word written with a capital right
//! after a title, inside a sentence, opens a name. A month before a number still dates. Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_month_after_a_first_name_is_a_surname() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Prime Minister Julia May met German Chancellor Eva Roth in Berlin on Tuesday.",
                "kind = bilateral\nprincipals = Julia May | Prime Minister | -; Eva Roth | \
                 Chancellor | Germany\ndate = on Tuesday = 2026-03-10",
            ),
            // A possessive country before the name, no title.
            (
                "Britain's Julia May held talks with German Chancellor Eva Roth in Berlin.",
                "principals = Julia May | - | United Kingdom; Eva Roth | Chancellor | Germany",
            ),
            // Future, with a modal of its own after the surname.
            (
                "Foreign Secretary Tom April may meet French Foreign Minister Paul Durand in \
                 Paris next week.",
                "principals = Tom April | Foreign Secretary | -; Paul Durand | Foreign Minister \
                 | France\nstatus = planned",
            ),
            // A month that dates: before a number, or after a preposition.
            (
                "President Ana Lund met President Joe Brandt May 5 in Oslo.",
                "principals = Ana Lund | President | -; Joe Brandt | President | -\ndate = May 5 = \
                 2025-05-05",
            ),
            (
                "President Ana Lund will meet President Joe Brandt in Oslo in May.",
                "principals = Ana Lund | President | -; Joe Brandt | President | -\nstatus = \
                 planned",
            ),
        ],
    );
}

#[test]
fn a_capitalised_function_word_after_a_title_opens_a_name() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "US Treasury Secretary Mark Dale met Chinese Vice Premier He Wenbo in Geneva on \
                 Saturday.",
                "kind = ministerial\nprincipals = Mark Dale | Treasury Secretary | United \
                 States; He Wenbo | Vice Premier | China",
            ),
            // The name first, and the pronoun after it in the next sentence.
            (
                "Chinese Vice Premier He Wenbo held talks with US Treasury Secretary Mark Dale \
                 in Geneva. He said the talks were candid.",
                "principals = He Wenbo | Vice Premier | China; Mark Dale | Treasury Secretary | \
                 United States",
            ),
        ],
    );
}

/// "Edgar Reyes Monterroso", "Ana Reyes Soto": a title's plural between two words of a name is
/// a surname (no name follows a plural title as one follows "Minister"), in either language.
#[test]
fn a_plural_title_between_words_of_a_name_is_a_surname() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Honduras, Juan Pérez, recibió el lunes en Tegucigalpa al \
                 canciller guatemalteco, Edgar Reyes Monterroso.",
                "principals = Juan Pérez | Presidente | Honduras; Edgar Reyes Monterroso | \
                 Canciller | Guatemala",
            ),
            (
                "La ministra Ana Reyes Soto se reunió el martes en Quito con su homólogo peruano, \
                 Raúl Quispe.",
                "kind = ministerial\nprincipals ~ Ana Reyes Soto | Ministra",
            ),
            (
                "Al encuentro asistieron el canciller guatemalteco, Edgar Reyes Monterroso, y la \
                 secretaria de Gobernación de México, Lorena Zepeda Cruz.",
                "principals ~ Edgar Reyes Monterroso | Canciller | Guatemala",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Guatemala's Foreign Minister Edgar Reyes Monterroso met Honduran President Juan \
                 Perez in Tegucigalpa on Monday.",
                "principals ~ Edgar Reyes Monterroso | Foreign Minister | Guatemala",
            ),
            (
                "Foreign Minister Ana Reyes Soto of Chile held talks with Honduran President Juan \
                 Perez in Tegucigalpa on Monday.",
                "principals ~ Ana Reyes Soto | Foreign Minister | Chile",
            ),
        ],
    );
}

/// "María del Pilar de la Torre", "Ana del Castillo": after a name's particles, a word of a
/// body or a place that ends the name (or one word of a name after it does) is a surname; a
/// body after a comma stays the body ("Juan Pérez, de la Casa Blanca").
#[test]
fn a_body_word_after_particles_is_a_surname() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller argentina, María del Pilar de la Torre, se reunió el lunes en \
                 Asunción con su homólogo paraguayo, Raúl Benítez.",
                "principals ~ María del Pilar de la Torre | Canciller | Argentina",
            ),
            (
                "La canciller argentina, Ana del Castillo, se reunió el lunes en Asunción con su \
                 homólogo paraguayo, Raúl Benítez.",
                "principals ~ Ana del Castillo | Canciller | Argentina",
            ),
            (
                "La canciller argentina, María de la Torre Santamaría, recibió el lunes en Buenos \
                 Aires a su homólogo paraguayo, Raúl Benítez.",
                "principals ~ María de la Torre Santamaría | Canciller | Argentina",
            ),
            (
                "El embajador Juan Pérez, de la Casa Blanca, se reunió con el canciller paraguayo \
                 Raúl Benítez en Asunción.",
                "principals ~ Juan Pérez | Embajador",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "Argentine Foreign Minister Luis de la Iglesia met Paraguayan Foreign Minister Raul \
             Benitez in Asuncion on Monday.",
            "principals ~ Luis de la Iglesia | Foreign Minister | Argentina",
        )],
    );
}

/// In the headline in title case that opens an article, a capitalised word the article
/// capitalises nowhere else is a headline's word, no name ("Leaders Split Over …", "Talks
/// Stall As …"), and a verb of meeting ends an event's name ("Manila Hosts Summit"); the
/// names the lead repeats stay names.
#[test]
fn words_capitalised_only_in_the_opening_headline_are_no_names() {
    let lead = "\n\nMANILA, March 10 (Reuters) - Philippine President Ramon Cruz and Indonesian President Bima Santo met in Manila on Tuesday.";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                &format!("Southeast Asian Leaders Split Over Myanmar as Manila Hosts Summit{lead}"),
                "principals = Ramon Cruz | President | Philippines; Bima Santo | President | Indonesia
                 name = ",
            ),
            (
                &format!("Cruz, Santo Vow Closer Ties as Fishing Talks Stall{lead}"),
                "principals = Ramon Cruz | President | Philippines; Bima Santo | President | Indonesia",
            ),
        ],
    );
}
