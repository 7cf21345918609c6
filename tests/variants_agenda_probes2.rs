//! Agenda constructions found by a second round of probes with team-written sentences. Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// "agreed to scale up X and Y": a phrasal verb of increase is a verb of policy, so each item
/// of its object is a topic and the verb is none.
#[test]
fn a_phrasal_verb_of_increase_opens_a_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They agreed to scale up trade and investment.",
                "agenda = trade; investment",
            ),
            (
                "They agreed to ramp up grain exports and barge traffic.",
                "agenda = grain exports; barge traffic",
            ),
            (
                "Both sides pledged to beef up border patrols and customs checks.",
                "agenda = border patrols; customs checks",
            ),
            (
                "They decided to shore up the ferry link and river dredging.",
                "agenda = ferry link; river dredging",
            ),
            (
                "The leaders vowed to build up rail freight and port capacity.",
                "agenda = rail freight; port capacity",
            ),
            (
                "The two sides have agreed to scale up joint patrols and flood warnings.",
                "agenda = joint patrols; flood warnings",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron redoblar los esfuerzos contra el contrabando y la pesca ilegal.",
                "agenda = esfuerzos contra el contrabando; pesca ilegal",
            ),
            (
                "Decidieron multiplicar los vuelos directos y el comercio fluvial.",
                "agenda = vuelos directos; comercio fluvial",
            ),
        ],
    );
}

/// "X took centre stage at the talks", "X ocupó un lugar destacado en la agenda": a predicate of
/// prominence on the agenda or the talks, like "topped", makes its subject a topic.
#[test]
fn a_predicate_of_prominence_puts_its_subject_on_the_agenda() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "River pollution featured prominently in the talks.",
                "agenda = river pollution",
            ),
            (
                "Migration took centre stage at the talks.",
                "agenda = migration",
            ),
            (
                "Barge tolls and grain quotas took center stage in the discussions.",
                "agenda = barge tolls; grain quotas",
            ),
            (
                "Flood control will take centre stage at the summit.",
                "agenda = flood control",
            ),
            (
                "Grain quotas took centre stage on the agenda.",
                "agenda = grain quotas",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La migración ocupó un lugar destacado en la agenda.",
                "agenda = migración",
            ),
            (
                "La pesca ilegal ocupó un lugar central en las conversaciones.",
                "agenda = pesca ilegal",
            ),
            (
                "Los peajes fluviales y la energía ocuparon un lugar destacado en la agenda.",
                "agenda = peajes fluviales; energía",
            ),
            (
                "La pesca ilegal ocupará un lugar prioritario en la reunión.",
                "agenda = pesca ilegal",
            ),
            (
                "La deuda externa ocupa un lugar destacado en la agenda de la cumbre.",
                "agenda = deuda externa",
            ),
        ],
    );
}

/// "X occupied a prominent place on the agenda", "X loomed large at the talks", "X acaparó la
/// agenda": more predicates of prominence, each a verb of the agenda's position (never a chip
/// "X occupied a prominent").
#[test]
fn more_predicates_of_prominence() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Migration occupied a prominent place on the agenda.",
                "agenda = migration",
            ),
            (
                "River pollution was prominent on the agenda.",
                "agenda = river pollution",
            ),
            (
                "Ferry subsidies loomed large at the talks.",
                "agenda = ferry subsidies",
            ),
            (
                "Barge tolls and flood control loomed large in the discussions.",
                "agenda = barge tolls; flood control",
            ),
            (
                "The grain quota occupies a central place in the talks.",
                "agenda = grain quota",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La migración tuvo un lugar destacado en la agenda.",
                "agenda = migración",
            ),
            (
                "La pesca ilegal tuvo un papel central en las conversaciones.",
                "agenda = pesca ilegal",
            ),
            (
                "La deuda externa cobró protagonismo en la cumbre.",
                "agenda = deuda externa",
            ),
            (
                "El comercio fluvial ocupó el centro de las conversaciones.",
                "agenda = comercio fluvial",
            ),
            (
                "Los peajes fluviales acapararon las conversaciones.",
                "agenda = peajes fluviales",
            ),
        ],
    );
}

/// "exchanged opinions on X", "intercambiaron opiniones sobre X": exchanging opinions, like
/// exchanging views, is talking about its object.
#[test]
fn exchanging_opinions_is_discussing() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The presidents exchanged opinions on river pollution.",
                "agenda = river pollution",
            ),
            (
                "They will exchange opinions on barge tolls and grain quotas.",
                "agenda = barge tolls; grain quotas",
            ),
            (
                "The ministers exchanged opinions on the ferry subsidies, officials said.",
                "agenda = ferry subsidies",
            ),
            (
                "Kral and Brenner also exchanged opinions on flood control.",
                "agenda = flood control",
            ),
            (
                "Both leaders were exchanging opinions on cross-border rail links.",
                "agenda = cross-border rail links",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los cancilleres intercambiaron opiniones sobre la pesca ilegal.",
                "agenda = pesca ilegal",
            ),
            (
                "Intercambiarán puntos de vista sobre los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "Benítez y Sosa intercambiaron opiniones sobre el comercio fluvial y la energía.",
                "agenda = comercio fluvial; energía",
            ),
            (
                "También intercambiaron opiniones sobre la deuda externa, dijeron fuentes oficiales.",
                "agenda = deuda externa",
            ),
            (
                "Ambos presidentes intercambiaron opiniones sobre los vuelos directos.",
                "agenda = vuelos directos",
            ),
        ],
    );
}

/// "the review scheduled for July": a participle and the time it is planned for describe the
/// topic, which ends before them; a participle with no time keeps its complement.
#[test]
fn the_time_a_topic_is_planned_for_is_no_part_of_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed energy and the review of the river treaty scheduled for July.",
                "agenda = energy; review of the river treaty",
            ),
            (
                "On the agenda was the grain corridor planned for next year.",
                "agenda = grain corridor",
            ),
            (
                "They discussed the funds earmarked for flood defences.",
                "agenda = funds earmarked for flood defences",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron la energía y la revisión del tratado programada para julio.",
                "agenda = energía; revisión del tratado",
            ),
            (
                "Analizaron el corredor fluvial planificado para el próximo año.",
                "agenda = corredor fluvial",
            ),
        ],
    );
}

/// "materias primas", "asuntos pendientes": a vague head followed by a word of content heads a
/// phrase and stays in the topic; before a function word it only leads the list ("temas como").
#[test]
fn a_vague_head_with_a_word_of_content_after_it_heads_the_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Hablaron de materias primas y de energía.",
                "agenda = materias primas; energía",
            ),
            (
                "En la agenda estarán las materias primas.",
                "agenda = materias primas",
            ),
            (
                "Abordaron temas como el comercio y la energía.",
                "agenda = comercio; energía",
            ),
            ("Abordaron asuntos como la pesca.", "agenda = pesca"),
            (
                "Las materias primas y el litio fueron abordados en la reunión.",
                "agenda = materias primas; litio",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed issues such as trade and energy.",
                "agenda = trade; energy",
            ),
            ("They will discuss matters of fishing.", "agenda = fishing"),
        ],
    );
}

/// Spanish adjectives in "-izo" ("fronterizo", "movedizo") qualify the head before them, which
/// then names the topic itself: "los pasos fronterizos de la cordillera" is about the border
/// crossings, not "la cordillera".
#[test]
fn an_adjective_in_izo_qualifies_its_head() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron los pasos fronterizos de la cordillera.",
                "agenda = pasos fronterizos de la cordillera",
            ),
            (
                "Analizaron los pasos fronterizos cerrados por la nieve y el comercio.",
                "agenda ~ pasos fronterizos",
            ),
            (
                "Hablaron de medidas concretas para el paso fronterizo.",
                "agenda = paso fronterizo",
            ),
        ],
    );
}

/// The place of the topics put first, then its copula and the list: "Also on the table were
/// X", "Sobre la mesa estuvieron X", "Sobre la mesa estará también Y", as "On the agenda were
/// X" is read.
#[test]
fn the_table_put_first_then_its_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Also on the table were fisheries, haze and border demarcation.",
                "agenda = fisheries; haze; border demarcation",
            ),
            (
                "On the table were river dredging and barge tolls.",
                "agenda = river dredging; barge tolls",
            ),
            ("The table was set for a working dinner.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Sobre la mesa estuvieron la pesca, la bruma y la demarcación fronteriza.",
                "agenda = pesca; bruma; demarcación fronteriza",
            ),
            (
                "Sobre la mesa estará también el comercio de aceite de palma.",
                "agenda = comercio de aceite de palma",
            ),
        ],
    );
}

/// "issues of mutual concern", "matters of common interest": interest and concern with no
/// qualifier but a vague one are filler, no topic; what they point at is ("such as
/// fisheries"), and a word of content keeps them ("security concerns", "interest rates").
#[test]
fn interest_and_concern_alone_are_filler() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed trade and issues of mutual concern.",
                "agenda = trade",
            ),
            (
                "They discussed matters of common interest such as fisheries.",
                "agenda = fisheries",
            ),
            (
                "They discussed security concerns and interest rates.",
                "agenda = security concerns; interest rates",
            ),
            (
                "Regional and international issues of mutual interest were also on the agenda.",
                "agenda =",
            ),
        ],
    );
}

/// A word of degree leaves a vague head vague ("grave concern", "deep concerns": what the
/// concern is over is the topic), and a text or a document named alone is no topic.
#[test]
fn degrees_of_concern_and_bare_documents_are_filler() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The communique expressed grave concern over the floods.",
                "agenda = floods",
            ),
            (
                "They discussed river pollution and voiced deep concerns.",
                "agenda = river pollution",
            ),
            (
                "\"We are ready to discuss the text,\" the chancellor said.",
                "agenda =",
            ),
            (
                "They discussed the documents and grain exports.",
                "agenda = grain exports",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los líderes abordaron el texto y la pesca fluvial.",
                "agenda = pesca fluvial",
            ),
            (
                "Los líderes abordaron la pesca fluvial y una grave preocupación.",
                "agenda = pesca fluvial",
            ),
        ],
    );
}

/// A clause of obligation reported ("argued that X should Y"): a verb whose complement opens
/// with a preposition has no object to name the topic, its subject does ("ASEAN money", not
/// "go to the border"); an object does name it ("must boost fisheries cooperation").
#[test]
fn an_obligation_without_an_object_is_about_its_subject() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Vienna has argued that EU money should go to the border regions.",
                "agenda = EU money",
            ),
            (
                "They agreed that Danube shipping fees should return to their 2020 level.",
                "agenda = Danube shipping fees",
            ),
            (
                "They agreed that both sides must boost fisheries cooperation.",
                "agenda = fisheries cooperation",
            ),
        ],
    );
}

/// An item that opens with an indefinite article after a comma is an item of the list when
/// another is joined after it ("energy, a trade corridor and migration"); with none after it,
/// it describes the item before ("a pact on ports, a step hailed as historic").
#[test]
fn an_indefinite_item_inside_a_list_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Topics included energy supplies, a trade corridor and the welfare of workers.",
                "agenda = energy supplies; trade corridor; welfare of workers",
            ),
            (
                "They discussed fishing rights, a new ferry link and an airport.",
                "agenda = fishing rights; new ferry link; airport",
            ),
            (
                "They will discuss tariffs, a joint coast guard, and grain exports.",
                "agenda ~ joint coast guard",
            ),
            (
                "They signed a pact on ports, a step hailed as historic.",
                "agenda = ports",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron la energía, un acuerdo de libre comercio y el empleo.",
                "agenda = energía; acuerdo de libre comercio; empleo",
            ),
            (
                "Trataron la pesca, una nueva línea de ferris y un aeropuerto regional.",
                "agenda = pesca; nueva línea de ferris; aeropuerto regional",
            ),
        ],
    );
}

/// A side's positions or stance, and a country named as such, are filler, no topic on their
/// own ("coordinate their positions", "la disposición de su país", "la posición de ambos
/// países"); with a content after them they point at it ("positions on the trade pact").
#[test]
fn positions_and_countries_alone_are_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They met to coordinate their positions ahead of a review of the trade pact.",
                "agenda =",
            ),
            (
                "They compared their stances and discussed grain exports.",
                "agenda = grain exports",
            ),
            (
                "They discussed their positions on the ferry link.",
                "agenda ~ ferry link",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Benítez destacó la disposición de su país a negociar.",
                "agenda =",
            ),
            (
                "Abordaron la posición de ambos países y el comercio de cereales.",
                "agenda = comercio de cereales",
            ),
            (
                "Coordinaron sus posturas sobre el enlace ferroviario.",
                "agenda ~ enlace ferroviario",
            ),
        ],
    );
}

/// A preposition with a noun of manner and its adjective, in either order, is an adverbial of
/// the verb, no part of its topic ("reducir de forma gradual los aranceles", "ampliar de modo
/// significativo el comercio", "cut in a gradual way the tariffs", "cut tariffs in a phased
/// manner").
#[test]
fn an_adverbial_of_manner_is_no_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron reducir de forma gradual los aranceles al acero.",
                "agenda = aranceles al acero",
            ),
            (
                "Se comprometieron a ampliar de modo significativo el comercio fronterizo.",
                "agenda = comercio fronterizo",
            ),
            (
                "Acordaron reforzar de modo progresivo los controles aduaneros.",
                "agenda = controles aduaneros",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They agreed to cut in a gradual way the tariffs on steel.",
                "agenda = tariffs on steel",
            ),
            (
                "They agreed to cut tariffs on steel in a phased manner.",
                "agenda = tariffs on steel",
            ),
        ],
    );
}

/// An attribution closing the sentence after a list ends it there, not at the list's first
/// comma ("focused on X, Y and Z, officials said", "abordaron X, Y y Z, dijo un portavoz");
/// an attribution right after the first item still ends it there.
#[test]
fn a_closing_attribution_keeps_the_whole_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks focused on river dredging, rail freight and border checks, officials said.",
                "agenda = river dredging; rail freight; border checks",
            ),
            (
                "They discussed river dredging, rail freight and border checks, two aides told reporters.",
                "agenda = river dredging; rail freight; border checks",
            ),
            (
                "The talks focused on river dredging, the chancellery said.",
                "agenda = river dredging",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Abordaron el dragado del río, el transporte ferroviario y los controles fronterizos, informó la Presidencia.",
            "agenda = dragado del río; transporte ferroviario; controles fronterizos",
        )],
    );
}

/// The agenda's noun with a day's possessive in its phrase still lists its items ("the agenda
/// of Monday's talks included X and Y", "the agenda of Tuesday's summit will include X").
#[test]
fn the_agenda_of_a_days_talks() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The agenda of Tuesday's talks included river dredging and rail freight.",
                "agenda = river dredging; rail freight",
            ),
            (
                "The agenda of Friday's summit will include river dredging and rail freight.",
                "agenda = river dredging; rail freight",
            ),
        ],
    );
}

/// "addressed X": a verb of speech that is also one of topics. Its object is the topics
/// ("the communique addressed X, Y and Z") unless it names an audience: people ("reporters",
/// "lawmakers", "the nation"), a body or a gathering ("a joint session of parliament", "the
/// African Union Assembly"). The noun "an address" opens nothing.
#[test]
fn addressed_names_topics_or_an_audience() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The joint communique addressed fisheries, port fees and visa rules.",
                "agenda = fisheries; port fees; visa rules",
            ),
            (
                "The two leaders also addressed climate finance.",
                "agenda = climate finance",
            ),
            (
                "The talks are addressing debt relief and grain exports.",
                "agenda = debt relief; grain exports",
            ),
            (
                "Later that day the president addressed reporters.",
                "agenda =",
            ),
            (
                "The visiting president addressed a joint session of parliament.",
                "agenda =",
            ),
            (
                "He addressed the nation on television that night.",
                "agenda =",
            ),
            ("He then addressed the African Union Assembly.", "agenda ="),
            (
                "In an address to students, the president praised the exchange programme.",
                "agenda =",
            ),
        ],
    );
}

/// A list's last item after a serial comma ("X, Y, and Z") is kept whatever names it holds: a
/// capitalised word that is also a verb of saying ("the United States") is no attribution,
/// which is written in lowercase ("…, officials said").
#[test]
fn a_serial_comma_before_a_name_keeps_the_last_item() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed fisheries, river ports, and a rail link with the United States.",
                "agenda = fisheries; river ports; rail link with the United States",
            ),
            (
                "The talks focused on flood control, grain exports, and transit through the United States.",
                "agenda = flood control; grain exports; transit through the United States",
            ),
            (
                "They discussed fisheries, river ports and a rail link, officials said.",
                "agenda = fisheries; river ports; rail link",
            ),
        ],
    );
}

/// A question of manner with a clause of its own ("underscored how their interests are
/// converging") names no topic, and the commas inside it ("separate, rising debts") list
/// nothing; with a verb phrase ("discussed how to expand X") it names one.
#[test]
fn a_question_of_manner_with_its_own_clause_lists_nothing() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The visit underscored how their interests are converging in the face of separate, rising debts.",
                "agenda =",
            ),
            (
                "The summit showed how their economies depend on each other, on shipping and on tourism.",
                "agenda =",
            ),
            (
                "They discussed how to expand ferry links.",
                "agenda = ferry links",
            ),
        ],
    );
}

/// A relative clause between commas inside a list's item leaves the list going on after it,
/// up to a last item joined by a conjunction ("the ferry deal, which X threatened to leave, river
/// dredging and a new bridge"); a verb after it resumes the main clause instead, and an
/// attribution ends the list.
#[test]
fn a_list_goes_on_after_a_relative_clause_inside_an_item() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the ferry deal, which Brenner has threatened to abandon, river dredging and a new bridge.",
                "agenda = ferry deal; river dredging; new bridge",
            ),
            (
                "They discussed the ferry deal, which Brenner signed in 2019, river dredging and a new bridge.",
                "agenda = ferry deal; river dredging; new bridge",
            ),
            (
                "Among the issues discussed were the transit permit, which lets 5,000 drivers cross each day, congestion at the border and power imports.",
                "agenda = transit permit; congestion at the border; power imports",
            ),
            (
                "They discussed the ferry deal, which Brenner signed, officials said.",
                "agenda = ferry deal",
            ),
            (
                "They discussed the ferry deal, which Brenner signed, and was praised by farmers and shippers.",
                "agenda = ferry deal",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Los líderes abordaron el acuerdo pesquero, que Sosa firmó en 2020, el dragado del río y un nuevo puente.",
            "agenda = acuerdo pesquero; dragado del río; nuevo puente",
        )],
    );
}

/// "concentrated on X" names topics as "focused on X" does, in any tense and with the
/// talks or a person for its subject.
#[test]
fn concentrating_on_is_focusing_on() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks concentrated on barge tolls, river dredging and flood warnings.",
                "agenda = barge tolls; river dredging; flood warnings",
            ),
            (
                "Brenner said the talks had concentrated on three areas: rail freight, tourism and fisheries.",
                "agenda = rail freight; tourism; fisheries",
            ),
            (
                "The next round will concentrate on port fees.",
                "agenda = port fees",
            ),
        ],
    );
}

/// A predicate of prominence whose subject is people ("Los mandatarios encabezaron el
/// encuentro", "The two leaders dominated the talks") puts no topic on the agenda: they lead
/// the meeting; a subject of content does ("La migración encabezó la agenda").
#[test]
fn people_who_lead_a_meeting_are_no_topic_of_it() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios encabezaron un encuentro ampliado con sus delegaciones.",
                "agenda =",
            ),
            (
                "La pesca fluvial encabezó la agenda.",
                "agenda = pesca fluvial",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[
            ("The two leaders dominated the talks.", "agenda ="),
            (
                "River pollution dominated the talks.",
                "agenda = river pollution",
            ),
        ],
    );
}

/// A head that only counts or points to the topics ("four issues", "los siguientes temas",
/// "tres ámbitos") opens the list after it: after a colon, or through "such as", "como". A
/// function word as the subject of "there are many issues" names no topic.
#[test]
fn a_head_of_areas_or_the_following_topics_opens_its_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They focused on four issues: rail freight, fisheries and tourism.",
                "agenda = rail freight; fisheries; tourism",
            ),
            (
                "We have strong ties, a warm friendship, and there are many issues where we can do more.",
                "agenda = ",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Dialogaron sobre los siguientes temas: transporte ferroviario, pesca y turismo.",
                "agenda = transporte ferroviario; pesca; turismo",
            ),
            (
                "Se centraron en tres ámbitos: transporte ferroviario, pesca y turismo.",
                "agenda = transporte ferroviario; pesca; turismo",
            ),
        ],
    );
}

/// Spanish "intercambiar criterios sobre" is "intercambiar opiniones sobre", and memoranda and
/// conventions "en materia de" X name their fields as agreements do, in either voice.
#[test]
fn criteria_exchanged_and_conventions_in_matters_of() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Intercambiaron criterios sobre la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
            (
                "Se firmaron cinco acuerdos y memorandos en materia de pesca, salud y turismo.",
                "agenda = pesca; salud; turismo",
            ),
            (
                "Suscribieron tres convenios en materia de pesca y turismo.",
                "agenda = pesca; turismo",
            ),
        ],
    );
}
