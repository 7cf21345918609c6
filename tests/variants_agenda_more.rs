//! More agenda constructions, in English and Spanish: an adverbial quoted between a verb and
//! its object ("agreed to resume “without delay” the talks on X"). Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::check_in;

/// The meeting every English row reports first: two invented leaders of a regional group.
const MEETING_EN: &str = "Leaders of the Danube Group, among them Austrian Chancellor Otto Brenner \
                          and Slovak Prime Minister Ivo Kral, met in Graz on Tuesday.";

/// The meeting every Spanish row reports first: two invented presidents at a regional summit.
const MEETING_ES: &str = "El presidente paraguayo, Tomás Benítez, y su homólogo uruguayo, Raúl \
                          Sosa, se reunieron el martes en Asunción en la cumbre del bloque.";

/// Checks each `(text, expected)` row read in `lang` after `meeting`, published on 2023-04-14.
fn check_after(lang: &str, meeting: &str, table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| (format!("{meeting} {text}"), "2023-04-14", expected))
        .collect();
    check_in(lang, &rows);
}

/// A word or two quoted between a verb and its object is an adverbial: the topic is the
/// object after it, whatever the tense, the mood or the verb that governs the infinitive;
/// the quoted words are never a topic.
#[test]
fn an_adverbial_quoted_before_the_object_is_looked_through() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They agreed to resume \"without delay\" the talks on river tolls.",
                "agenda = talks on river tolls",
            ),
            (
                "Brenner and Kral pledged to \"swiftly\" settle the dispute over fishing rights.",
                "agenda = dispute over fishing rights",
            ),
            (
                "The two leaders will try to \"gradually\" expand the barge traffic.",
                "agenda = barge traffic",
            ),
            (
                "They had decided to make efforts to \"calmly\" resolve the quarrel over dams.",
                "agenda = quarrel over dams",
            ),
            (
                "Kral was keen to \"quickly\" conclude the rail freight pact, Brenner said.",
                "agenda = rail freight pact",
            ),
            (
                "The leaders discussed \"flood relief\" and rail freight.",
                "agenda = flood relief; rail freight",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Ambos se mostraron favorables a reanudar \"cuanto antes\" las obras del puente.",
                "agenda = obras del puente",
            ),
            (
                "Acordaron ampliar \"sin demora\" el dragado de la hidrovía.",
                "agenda = dragado de la hidrovía",
            ),
            (
                "Los dos presidentes se comprometieron a reforzar «de inmediato» los controles \
                 aduaneros.",
                "agenda = controles aduaneros",
            ),
            (
                "Benítez y Sosa decidieron impulsar \"con urgencia\" el corredor ferroviario.",
                "agenda = corredor ferroviario",
            ),
            (
                "Sosa estaría dispuesto a revisar \"pronto\" las tarifas portuarias, dijo Benítez.",
                "agenda = tarifas portuarias",
            ),
        ],
    );
}
