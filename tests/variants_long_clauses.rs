//! Long clauses: a subject whose two sides start more than twenty words before the meeting word
//! ("A and B agreed on Thursday to deepen cooperation on X and Y at a summit in Z") still
//! meets; a date or a place between a verb of topics and its complement ("agreed on Thursday
//! to", "acordaron este lunes ampliar") leaves the complement the verb's; and "between X and to
//! Y" closes the pair at the infinitive or the preposition said again. Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// The sides of a long subject meet at the summit named at the end of its clause.
#[test]
fn a_long_subject_still_meets() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "European Commission President Ursula Keller and Japanese Prime Minister Kenji Sato \
                 agreed on Thursday to deepen cooperation on semiconductors and critical minerals at \
                 a summit in Brussels, the first since 2023.",
                "kind = bilateral\ncity = Brussels\nagenda = cooperation on semiconductors and \
                 critical minerals",
            ),
            (
                "Chancellor Klaus Weber and Prime Minister Adam Nowak of Poland agreed on Friday in \
                 Warsaw to build a new rail link between their capitals and to share radar data at \
                 a summit.",
                "kind = bilateral\nagenda = new rail link between their capitals; share radar data",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente chileno, Mario Soto, y su homólogo peruano, Andrés Quiroga, acordaron \
             este lunes ampliar la cooperación en minería, pesca, energía y turismo durante una \
             cumbre en Lima.",
            "kind = bilateral\ncity = Lima\nagenda = cooperación en minería; pesca; energía; turismo",
        )],
    );
}

/// A date or a place between the verb and its complement, in either language.
#[test]
fn a_date_or_a_place_between_the_verb_and_its_complement() {
    check_rows(
        "en",
        PUBLISHED,
        "French President Anne Martin and Japanese Prime Minister Kenji Sato met in Oslo on Friday.",
        &[
            (
                "They agreed in Oslo to build a toll road.",
                "agenda = toll road",
            ),
            (
                "They agreed on Friday on a toll road.",
                "agenda = toll road",
            ),
            (
                "They discussed on Friday the toll road and the port.",
                "agenda = toll road; port",
            ),
            (
                "Trade was discussed on Friday by the two leaders.",
                "agenda = trade",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "El presidente chileno, Mario Soto, y su homólogo peruano, Andrés Quiroga, se reunieron el \
         lunes en Lima",
        &[(
            "y acordaron este lunes ampliar la cooperación en pesca, energía y turismo.",
            "agenda = cooperación en pesca; energía; turismo",
        )],
    );
}

/// "between X and Y" keeps its pair, but not across an infinitive or a preposition said again.
#[test]
fn a_pair_closes_before_an_infinitive() {
    check_rows(
        "en",
        PUBLISHED,
        "Chancellor Klaus Weber and Prime Minister Adam Nowak of Poland met in Warsaw on Friday and \
         agreed",
        &[
            (
                "to build a new rail link between their capitals and to share radar data.",
                "agenda = new rail link between their capitals; share radar data",
            ),
            (
                "on cooperation between their ports and on a new toll road.",
                "agenda = cooperation between their ports; new toll road",
            ),
            (
                "to improve ties between Warsaw and Berlin.",
                "agenda = ties between Warsaw and Berlin",
            ),
        ],
    );
}
