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
