//! A past holder of a leader's office met in the lead sentence's meeting clause is the other
//! side when the principals hold one side only, whether the text gives the past holder a
//! country or none ("Former President John Carter met with President X of Mexico"); one who
//! only attends a later event, or a country the principals share, is not. Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_former_leader_met_is_the_other_side() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Former President John Carter met with President Maria Lopez of Mexico in Mexico \
                 City on Tuesday.",
                "principals = John Carter | Former President | -; Maria Lopez | President | Mexico",
            ),
            (
                "President Maria Lopez of Mexico met former President John Carter in Mexico City \
                 on Tuesday to discuss migration.",
                "principals = Maria Lopez | President | Mexico; John Carter | Former President | -\nagenda = \
                 migration",
            ),
            (
                "Former President John Carter met with President Maria Lopez in Mexico City on \
                 Tuesday.",
                "principals = John Carter | Former President | -; Maria Lopez | President | -",
            ),
            (
                "President Maria Lopez of Mexico met former Canadian Prime Minister Paul Roy in \
                 Mexico City on Tuesday.",
                "principals = Maria Lopez | President | Mexico; Paul Roy | Former Prime Minister | Canada",
            ),
            (
                "President Maria Lopez of Mexico met Prime Minister Adam Nowak of Poland in Mexico \
                 City on Tuesday. Former President John Carter attended the dinner that followed.",
                "principals = Maria Lopez | President | Mexico; Adam Nowak | Prime Minister | Poland",
            ),
        ],
    );
}
