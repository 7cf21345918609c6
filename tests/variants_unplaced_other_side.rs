//! A named person of no country the text gives, who meets a leader of one side in the lead
//! sentence ("Foreign Minister X met Fijian Prime Minister Y", "Y met Foreign Minister X"), is
//! the other side, not a member of the leader's delegation with the leader's country; one who
//! only reports the meeting, or accompanies a side, is not. Every sentence here is written by
//! the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_person_of_no_country_met_is_the_other_side() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Foreign Minister Anna Berg met Fijian Prime Minister Josefa Tui in Suva on Friday.",
                "principals = Anna Berg | Foreign Minister | -; Josefa Tui | Prime Minister | Fiji",
            ),
            (
                "Fijian Prime Minister Josefa Tui received Trade Minister Anna Berg in Suva on \
                 Friday.",
                "principals = Josefa Tui | Prime Minister | Fiji; Anna Berg | Trade Minister | -",
            ),
            (
                "Fijian Prime Minister Josefa Tui, accompanied by Foreign Minister Lisi Vaka, met \
                 Australian Prime Minister Tom Hale in Suva on Friday.",
                "principals = Josefa Tui | Prime Minister | Fiji; Tom Hale | Prime Minister | \
                 Australia\nmembers ~ Lisi Vaka",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La canciller Ana Berg se reunió este viernes en Suva con el primer ministro de Fiyi, \
             Josefa Tui.",
            "principals = Ana Berg | Canciller | -; Josefa Tui | Primer ministro | Fiji",
        )],
    );
}

/// A minister known only by the title of a country's office, joined by a conjunction or a verb
/// of meeting to a named minister of another country, is the other side: "X and the Mexican
/// foreign minister met" gave "X held talks".
#[test]
fn a_minister_met_by_title_is_the_other_side() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "German Foreign Minister Anna Berg and the Mexican foreign minister met in \
                 Berlin on Monday.",
                "kind = ministerial\nprincipals = Anna Berg | Foreign Minister | Germany; - | \
                 Foreign minister | Mexico",
            ),
            (
                "en",
                "German Foreign Minister Anna Berg will meet Mexico's foreign minister in Berlin \
                 next week.",
                "principals ~ - | Foreign minister | Mexico",
            ),
            (
                "es",
                "La ministra de Exteriores alemana, Anna Berg, y el canciller mexicano se \
                 reunieron el lunes en Berlín.",
                "principals = Anna Berg | Ministra de Exteriores | Germany; - | Canciller | \
                 Mexico",
            ),
            (
                "es",
                "La ministra de Asuntos Exteriores de Alemania, Anna Berg, recibió el lunes en \
                 Berlín a la secretaria de Relaciones Exteriores de México.",
                "principals ~ - | Secretaria de Relaciones Exteriores | Mexico",
            ),
            // A minister of the named one's own country is a member, no side.
            (
                "en",
                "German Foreign Minister Anna Berg met French Foreign Minister Paul Durand in \
                 Berlin on Monday, with the German defence minister.",
                "principals = Anna Berg | Foreign Minister | Germany; Paul Durand | Foreign \
                 Minister | France",
            ),
        ],
    );
}
