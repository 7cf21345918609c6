//! A meeting noun that a verb of wanting or calling for governs ("is seeking talks with X",
//! "called for negotiations", "busca un diálogo con X", "pidió negociaciones") is only wished
//! for: no meeting. A verb of hosting whose object is a bare plural of things ("recibió duras
//! críticas de Argentina") receives nobody. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_meeting_only_wished_for_is_none() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Bolivian President Ana Quispe is seeking talks with the United States.",
                "kind = other",
            ),
            (
                "Bolivian President Ana Quispe called for negotiations with Chile over access to \
                 the sea.",
                "kind = other",
            ),
            (
                "Bolivian President Ana Quispe wants a summit with her Peruvian counterpart.",
                "kind = other",
            ),
            (
                "Bolivian President Ana Quispe met Paraguayan President Luis Benitez in La Paz on \
                 Monday. Bolivia is also seeking talks with Chile.",
                "kind = bilateral\nprincipals = Ana Quispe | President | Bolivia; Luis Benitez | \
                 President | Paraguay",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La presidenta de Bolivia, Ana Quispe, busca un diálogo con Estados Unidos.",
                "kind = other",
            ),
            (
                "La presidenta de Bolivia, Ana Quispe, pidió negociaciones con Chile.",
                "kind = other",
            ),
            (
                "La presidenta de Bolivia, Ana Quispe, quiere una reunión con su homólogo peruano.",
                "kind = other",
            ),
        ],
    );
}

#[test]
fn hosting_things_receives_nobody() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La presidenta de Bolivia, Ana Quispe, recibió duras críticas de Argentina.",
                "kind = other",
            ),
            (
                "La presidenta de Bolivia, Ana Quispe, recibió este lunes en La Paz a su homólogo \
                 de Paraguay, Luis Benítez.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "Bolivian President Ana Quispe received warm praise from Argentina on Monday.",
            "kind = other",
        )],
    );
}

/// A meeting someone is urged to hold ("urged X to hold talks with Y", "called on X to meet Y
/// on Thursday", "instó a X a reunirse con Y", "pidió a X que se reúna con Y") is only wished
/// for, whatever date it names; a meeting the clause reports before the urging stays ("met X
/// and urged him to meet Y").
#[test]
fn a_meeting_urged_on_others_is_only_wished_for() {
    let no_meeting = "kind = other";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Opposition leader Tom Hale urged Prime Minister Ann Cole to hold urgent talks with \
                 U.S. President Joe Ward.",
                no_meeting,
            ),
            // Quoted, in the first person, the meeting after a second infinitive.
            (
                "\"I call on Prime Minister Ann Cole and President Joe Ward to exercise maximum \
                 restraint and to engage in direct talks,\" the UN chief told reporters in New \
                 York on Monday.",
                no_meeting,
            ),
            (
                "Ukrainian President Ivan Koval called on Russian President Oleg Sokolov to meet \
                 him in Istanbul on Thursday.",
                no_meeting,
            ),
            (
                "French President Anne Roux met Chinese President Wei Lan in Beijing on Monday and \
                 urged him to meet Ukrainian President Ivan Koval.",
                "status = held\nprincipals ~ Anne Roux\nprincipals ~ Wei Lan",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El líder opositor, Tomás Vidal, instó al presidente del Gobierno, Pablo Ruiz, a \
                 reunirse con el rey Hassan.",
                no_meeting,
            ),
            (
                "El expresidente Juan Mora pidió al presidente boliviano, Luis Arce, que se reúna \
                 el lunes con su homólogo chileno, Tomás Vidal.",
                no_meeting,
            ),
        ],
    );
}

/// A meeting offered or proposed ("offered to host a summit with X", "proposed talks",
/// "propuso una cumbre", "se ofreció a acoger una reunión") is only wished for, in any tense
/// and voice of the report; a meeting held before the offer in the same clause stays held.
#[test]
fn a_meeting_offered_or_proposed_is_only_wished_for() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Turkish President Emre Kaya offered to host a three-way summit with Chilean \
                 President Luis Benitez.",
                "kind = other",
            ),
            (
                "Turkish President Emre Kaya has proposed talks with Chilean President Luis \
                 Benitez, a newspaper reported.",
                "kind = other",
            ),
            (
                "A newspaper reported that Turkish President Emre Kaya suggested a meeting with \
                 Chilean President Luis Benitez.",
                "kind = other",
            ),
            (
                "Turkish President Emre Kaya met Chilean President Luis Benitez in Ankara on \
                 Monday and offered to host the next summit.",
                "kind = bilateral\nprincipals = Emre Kaya | President | Turkey; Luis Benitez | \
                 President | Chile",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente turco, Emre Kaya, propuso una cumbre con el presidente chileno, \
                 Luis Benítez.",
                "kind = other",
            ),
            (
                "El presidente turco, Emre Kaya, ofreció una reunión a tres bandas con el \
                 presidente chileno, Luis Benítez, según informó un diario.",
                "kind = other",
            ),
        ],
    );
}

/// "hoped he could one day meet X", "ojalá algún día pueda reunirse con X": a meeting verb a
/// few words after a wish, its subject and a modal between, is only wished for; a meeting
/// only possible is still to come (`variants_possible_and_denied_meetings.rs`).
#[test]
fn a_meeting_hoped_for_some_words_after_the_wish_is_none() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Cuban President Ernesto Valdes said on Monday that he hoped he could one day meet \
                 US President Harold Brennan.",
                "kind = other",
            ),
            (
                "Cuban President Ernesto Valdes said he wished they would soon meet US President \
                 Harold Brennan's envoy.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente cubano, Ernesto Valdés, afirmó este lunes que ojalá algún día pueda \
                 reunirse con el mandatario estadounidense, Harold Brennan.",
                "kind = other",
            ),
            (
                "El presidente cubano, Ernesto Valdés, dijo que espera que algún día ambos puedan \
                 reunirse con el mandatario estadounidense, Harold Brennan.",
                "kind = other",
            ),
            (
                "El presidente cubano, Ernesto Valdés, dijo que «ojalá algún día» pueda reunirse \
                 con el mandatario estadounidense, Harold Brennan.",
                "kind = other",
            ),
        ],
    );
}
