//! A topic predicate after a subordinator ("met amid tensions over X", "en medio de tensiones
//! por X") is the setting of the talks, no topic, while the same words discussed are one.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn tensions_as_the_setting_are_no_topic() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The defence ministers of Greece and Turkey met in Athens on Monday amid tensions \
                 over the Aegean.",
                "kind = ministerial\nagenda = ",
            ),
            (
                "The defence ministers of Greece and Turkey met in Athens on Monday. They \
                 discussed tensions over the Aegean.",
                "agenda = tensions over the Aegean",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "Los ministros de Defensa de Grecia y Turquía se reunieron el lunes en Atenas en medio \
             de tensiones por el mar Egeo.",
            "agenda = ",
        )],
    );
}
