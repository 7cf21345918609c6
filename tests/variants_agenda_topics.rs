//! Agenda topics, in English and Spanish: what a later meeting, a source, the holding of the
//! meeting and a signed document put in a sentence, and which of them names a topic. Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// A verb of meeting after a verb of agreement or decision is a later meeting of the same
/// sides, whatever its place, time or manner: no topic of this one.
#[test]
fn a_later_meeting_agreed_on_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The two leaders reviewed the river tolls and agreed to meet in person in Vienna in March.",
                "agenda = river tolls",
            ),
            (
                "Brenner and Kral have decided to meet face to face in Vienna next spring.",
                "agenda =",
            ),
            (
                "They will agree to gather in Vienna later this year, aides said.",
                "agenda =",
            ),
            (
                "The leaders discussed barge traffic; they agreed to meet again in Vienna on 14/06/2023.",
                "agenda = barge traffic",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios repasaron el comercio fluvial y acordaron reunirse en persona en Montevideo en marzo.",
                "agenda = comercio fluvial",
            ),
            (
                "Benítez y Sosa decidieron reunirse de nuevo en Montevideo el próximo año.",
                "agenda =",
            ),
            (
                "Los ministros acordaron realizar un segundo encuentro en Montevideo.",
                "agenda =",
            ),
            (
                "Benítez y Sosa acordaron ampliar la pesca y celebrar una nueva cumbre en marzo.",
                "agenda = pesca",
            ),
        ],
    );
}

/// A phrase of attribution after a comma names the source of what was said: it ends the list
/// before it, and a document it names ("un comunicado") is no topic.
#[test]
fn an_attribution_ends_the_list() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La reunión se centró en la pesca y el turismo, de acuerdo con un comunicado conjunto.",
                "agenda = pesca; turismo",
            ),
            (
                "Los mandatarios abordaron la pesca y el turismo, de acuerdo a fuentes oficiales.",
                "agenda = pesca; turismo",
            ),
            (
                "El encuentro estará centrado en la pesca y la energía, de acuerdo con la cancillería paraguaya.",
                "agenda = pesca; energía",
            ),
            (
                "Benítez y Sosa discutieron la energía, conforme a lo informado por la presidencia.",
                "agenda = energía",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[(
            "The talks focused on river tolls and fishing rights, according to a joint statement.",
            "agenda = river tolls; fishing rights",
        )],
    );
}

/// Holding the meeting names the meeting, not a topic, with its date (in figures or words)
/// and place between the verb and its object.
#[test]
fn holding_the_meeting_names_no_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Ambos celebraron el 14/04/2023 en Asunción el Foro Fluvial de Alto Nivel, en el que repasaron la pesca, el turismo y la energía.",
                "agenda = pesca; turismo; energía",
            ),
            (
                "Los mandatarios celebraron el 14 de abril en Asunción un encuentro bilateral, en el que abordaron la pesca.",
                "agenda = pesca",
            ),
            (
                "Benítez y Sosa celebrarán este viernes en Asunción el Diálogo Fluvial.",
                "agenda =",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They hailed on Friday in Vienna the Danube Forum.",
                "agenda =",
            ),
            (
                "The two leaders held on 14/04/2023 in Vienna the High-Level Danube Dialogue, where they reviewed barge traffic.",
                "agenda = barge traffic",
            ),
        ],
    );
}

/// A document a verb of signing takes is a topic when a noun before it or a genitive after it
/// names it, in any tense, mood or frame of expectation, with a date and a place between the
/// verb and its object; "the agreement" or "a joint agreement" names none, and "a pact on X"
/// gives X.
#[test]
fn a_signed_document_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders are expected to sign a river tolls agreement and discuss flood relief.",
                "agenda = river tolls agreement; flood relief",
            ),
            (
                "They will sign a rail freight pact on Wednesday.",
                "agenda = rail freight pact",
            ),
            (
                "Brenner and Kral were due to sign a fishing rights treaty, Kral's office said.",
                "agenda = fishing rights treaty",
            ),
            (
                "They signed on Friday in Vienna a barge safety accord.",
                "agenda = barge safety accord",
            ),
            ("Brenner and Kral signed the agreement.", "agenda ="),
            (
                "The two leaders had planned to sign a joint agreement.",
                "agenda =",
            ),
            (
                "Brenner and Kral signed a memorandum on dam safety.",
                "agenda = dam safety",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios firmarán un acuerdo de pesca y discutirán la energía.",
                "agenda = acuerdo de pesca; energía",
            ),
            (
                "Firmaron el 14/04/2023 en Asunción un «tratado de amistad y cooperación», que eleva las relaciones.",
                "agenda = tratado de amistad y cooperación",
            ),
            (
                "Se espera que firmen cerca de 12 acuerdos de cooperación con Uruguay.",
                "agenda = acuerdos de cooperación",
            ),
            ("Ambos firmaron el acuerdo.", "agenda ="),
        ],
    );
}

/// A single word right after a verb of policy in a list of verb phrases is the verb's object,
/// a topic, in any tense or frame ("to boost trade"); a verb alone, or an aim, names none.
#[test]
fn a_one_word_object_of_a_verb_of_policy_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            ("They agreed to boost tourism.", "agenda = tourism"),
            (
                "Brenner and Kral pledged to expand shipping and deepen cooperation.",
                "agenda = shipping; cooperation",
            ),
            (
                "The two leaders will try to restart the ferries.",
                "agenda = ferries",
            ),
            ("They agreed to overcome.", "agenda ="),
            ("Brenner and Kral vowed to reach the targets.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios acordaron ampliar la pesca.",
                "agenda = pesca",
            ),
            (
                "Benítez y Sosa se comprometieron a impulsar el turismo.",
                "agenda = turismo",
            ),
            ("Los mandatarios acordaron alcanzar la meta.", "agenda ="),
        ],
    );
}

/// Touching on a topic names it, in any tense and as a gerund opening the sentence.
#[test]
fn touching_on_a_topic_names_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Touching on the dispute over dams, Kral commended both sides.",
                "agenda = dispute over dams",
            ),
            (
                "Brenner will touch on the river tolls.",
                "agenda = river tolls",
            ),
            (
                "The two leaders are expected to touch upon barge traffic and flood relief.",
                "agenda = barge traffic; flood relief",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Tocando el conflicto por las represas, Sosa elogió a ambos países.",
                "agenda = conflicto por las represas",
            ),
            (
                "Los mandatarios tocaron temas como la pesca y la energía.",
                "agenda = pesca; energía",
            ),
            (
                "Benítez y Sosa tocarán la cuestión fluvial.",
                "agenda = cuestión fluvial",
            ),
        ],
    );
}

/// A preposition left right before "and" shares an object with the phrase after it; a topic
/// cut from that object is half a phrase and names none.
#[test]
fn a_preposition_cut_from_its_shared_object_names_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders voiced concern over the impacts of and growing threat posed by floods.",
                "agenda !~ impacts of and",
            ),
            (
                "Brenner and Kral will discuss the effects of and risks created by the dams.",
                "agenda !~ effects of and",
            ),
            (
                "They raised the causes of and damage done by the floods.",
                "agenda !~ causes of and",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios abordaron las causas de y los daños provocados por las inundaciones.",
                "agenda !~ causas de y",
            ),
            (
                "Benítez y Sosa discutieron los efectos de y riesgos creados por las represas.",
                "agenda !~ efectos de y",
            ),
        ],
    );
}

/// A date, in figures or in words, and a place are circumstances of what was done: cut from
/// the end of a topic and passed over between a verb and its object.
#[test]
fn a_date_and_a_place_are_no_part_of_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed flood relief on 14/04/2023.",
                "agenda = flood relief",
            ),
            (
                "They will discuss on 14/04/2023 in Vienna the river tolls.",
                "agenda = river tolls",
            ),
            (
                "Brenner and Kral agreed to expand barge traffic on April 14 in Vienna.",
                "agenda = barge traffic",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron ampliar la pesca el 14/04/2023 en Asunción.",
                "agenda = pesca",
            ),
            (
                "Los mandatarios abordaron el 14/04/2023 en Asunción la pesca artesanal.",
                "agenda = pesca artesanal",
            ),
            (
                "Benítez y Sosa discutirán la pesca el próximo 14 de abril.",
                "agenda = pesca",
            ),
        ],
    );
}

/// A pair's preposition ("between", "entre") takes the first "and" after it only while it
/// waits for its second side: "between the two countries", "between Chad and Sudan" are
/// whole, and the next "and" is the list's. A place's name before "and" does not join a
/// common noun after it ("the situation in Libya and cooperation within the AU").
#[test]
fn a_pair_and_a_name_inside_a_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They reviewed customs, power links between the two countries and a joint bid \
                 for the Cup.",
                "agenda = customs; power links between the two countries; joint bid for the Cup",
            ),
            (
                "Power links between both nations and a joint bid for the Cup will be on the \
                 agenda.",
                "agenda = power links between both nations; joint bid for the Cup",
            ),
            (
                "The leaders are to discuss the peace process between Chad and Sudan and the \
                 dam on the Nile.",
                "agenda = peace process between Chad and Sudan; dam on the Nile",
            ),
            (
                "The situation in Libya and cooperation within the African Union were \
                 discussed.",
                "agenda = Libya; cooperation within the African Union",
            ),
            (
                "They discussed trade between Chad and Sudan.",
                "agenda = trade between Chad and Sudan",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Repasaron las aduanas, la interconexión eléctrica entre ambos países y la \
                 candidatura conjunta al Mundial.",
                "agenda = aduanas; interconexión eléctrica entre ambos países; candidatura \
                 conjunta al Mundial",
            ),
            (
                "Abordarán el proceso de paz entre Chad y Sudán y la presa del Nilo.",
                "agenda = proceso de paz entre Chad y Sudán; presa del Nilo",
            ),
            (
                "Los mandatarios analizaron el comercio entre los dos países.",
                "agenda = comercio entre los dos países",
            ),
        ],
    );
}

/// A colon that ends its sentence after a cue, an object that only counts the topics or the
/// agenda's own verb ("discussed the following issues:", "The agenda included:", "On the agenda
/// were:", "En la agenda figuran los siguientes puntos:", "Se abordaron los siguientes
/// asuntos:") lists the lines after it, bulleted or numbered; the counting words are no topic.
#[test]
fn a_colon_before_lines_lists_them() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They will discuss the following issues:\n- river tolls;\n- barge traffic;\n- flood control.",
                "agenda = river tolls; barge traffic; flood control",
            ),
            (
                "The agenda included:\n• river tolls\n• barge traffic",
                "agenda = river tolls; barge traffic",
            ),
            (
                "On the agenda were:\n1. river tolls;\n2. barge traffic.",
                "agenda = river tolls; barge traffic",
            ),
            (
                "The leaders focused on three issues:\n- river tolls;\n- barge traffic;\n- flood control.",
                "agenda = river tolls; barge traffic; flood control",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "En la agenda figuran los siguientes puntos:\n- los peajes fluviales;\n- el tráfico de barcazas.",
                "agenda = peajes fluviales; tráfico de barcazas",
            ),
            (
                "Se abordaron los siguientes asuntos:\n1) los peajes fluviales;\n2) el tráfico de barcazas.",
                "agenda = peajes fluviales; tráfico de barcazas",
            ),
            (
                "La agenda incluyó:\n- los peajes fluviales;\n- el tráfico de barcazas.",
                "agenda = peajes fluviales; tráfico de barcazas",
            ),
        ],
    );
}

/// A collective number counts as a numeral does ("una docena de acuerdos en materia de X",
/// "a dozen agreements on X"): the count is no topic, the fields after it are; and a
/// preposition before a head that only points at the topics goes with it ("including in the
/// areas of X and Y", "incluidos los ámbitos de X").
#[test]
fn collective_numbers_and_pointing_heads_after_a_preposition() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They signed a dozen agreements on river tolls, barge traffic and flood control.",
                "agenda = river tolls; barge traffic; flood control",
            ),
            (
                "They reviewed the partnership, including in the areas of tolls, barge traffic and flood control.",
                "agenda = partnership; tolls; barge traffic; flood control",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los dos gobiernos han firmado una quincena de acuerdos en materia de peajes, pesca y control de crecidas.",
                "agenda = peajes; pesca; control de crecidas",
            ),
            (
                "Firmarán una decena de convenios en materia de peajes, pesca y control de crecidas.",
                "agenda = peajes; pesca; control de crecidas",
            ),
            (
                "Ambos gobiernos esperan firmar una docena de acuerdos.",
                "agenda =",
            ),
        ],
    );
}

/// What the sides disagreed over is on the agenda ("disagreed over X", "differed over X",
/// "clashed over X"), and so is what a letter of intent is on.
#[test]
fn disagreements_and_letters_of_intent_name_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders disagreed over the river tolls.",
                "agenda = river tolls",
            ),
            (
                "Brenner and Kral have differed over barge traffic for years.",
                "agenda = barge traffic",
            ),
            (
                "They signed a letter of intent on flood control.",
                "agenda = flood control",
            ),
        ],
    );
}
