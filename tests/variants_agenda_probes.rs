//! Agenda constructions found by probing the stage with team-written sentences: a topic that is
//! the subject of a clause with its own verb. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// "The talks on X lasted three hours": the topic after a noun of talks ends at the clause's own
/// verb in the past, with its object; it does not run on into it.
#[test]
fn a_topic_ends_at_the_verb_of_its_clause() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks on cross-border rail links lasted three hours.",
                "agenda = cross-border rail links",
            ),
            (
                "Discussions on ferry subsidies lasted an hour.",
                "agenda = ferry subsidies",
            ),
            (
                "The talks about river pollution occupied the whole morning.",
                "agenda = river pollution",
            ),
            (
                "Talks on barge tolls and grain quotas filled the second day.",
                "agenda = barge tolls; grain quotas",
            ),
            (
                "The dispute over barge tolls dominated the talks.",
                "agenda = dispute over barge tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Las conversaciones sobre los enlaces ferroviarios duraron tres horas.",
                "agenda = enlaces ferroviarios",
            ),
            (
                "Las conversaciones sobre el comercio ocuparon una hora.",
                "agenda = comercio",
            ),
            (
                "La disputa por los peajes fluviales dominó las conversaciones.",
                "agenda = disputa por los peajes fluviales",
            ),
        ],
    );
}
