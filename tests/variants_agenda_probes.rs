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

/// "energy (gas transit and power lines) and migration": what a bracket inside a list says of
/// an item is no item of its own, and the list goes on after it.
#[test]
fn a_list_goes_on_past_a_bracket() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders talked about energy (gas transit and power lines) and migration.",
                "agenda = energy; migration",
            ),
            (
                "They discussed trade (including barge tolls), tourism and education.",
                "agenda = trade; tourism; education",
            ),
            (
                "The agenda included the Danube Commission (DC) and flood control.",
                "agenda = Danube Commission; flood control",
            ),
            (
                "Barge tolls (a sore point for Bratislava) and ferry subsidies were discussed.",
                "agenda = barge tolls; ferry subsidies",
            ),
            (
                "Brenner and Kral will discuss energy (notably gas), migration and tourism.",
                "agenda = energy; migration; tourism",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios hablaron de energía (tránsito de gas y líneas eléctricas) y migración.",
                "agenda = energía; migración",
            ),
            (
                "Discutieron el comercio (incluidos los peajes fluviales), el turismo y la educación.",
                "agenda = comercio; turismo; educación",
            ),
            (
                "La agenda incluyó la Comisión del Paraná (CP) y el control de inundaciones.",
                "agenda = Comisión del Paraná; control de inundaciones",
            ),
            (
                "Benítez y Sosa abordarán la energía (sobre todo el gas), la migración y el turismo.",
                "agenda = energía; migración; turismo",
            ),
        ],
    );
}

/// "several issues, including X and Y", "varios temas, entre ellos X e Y": the members named
/// after a comma are a list of their own, its "and" between two of them.
#[test]
fn members_named_after_a_comma_are_a_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed a number of regional issues, including flood control and grain quotas.",
                "agenda = flood control; grain quotas",
            ),
            (
                "Brenner and Kral will discuss regional issues, including flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "The talks covered several topics, among them flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "The leaders are expected to discuss several issues, among them barge tolls and grain quotas.",
                "agenda = barge tolls; grain quotas",
            ),
            (
                "They had discussed many issues, including flood control, tourism and grain quotas.",
                "agenda = flood control; tourism; grain quotas",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Trataron varios temas regionales, entre ellos el control de inundaciones y las cuotas de grano.",
                "agenda = control de inundaciones; cuotas de grano",
            ),
            (
                "Abordarán diversos asuntos, entre ellas la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
            (
                "Trataron varios temas, incluidos el control de inundaciones y el turismo.",
                "agenda = control de inundaciones; turismo",
            ),
        ],
    );
}

/// "se espera que X estén en la agenda", "se prevé que las conversaciones se centren en X": the
/// subjunctive of the copula and of the verbs of focus after a clause of expectation, and "en
/// torno al" with its article joined, read as their indicative forms are.
#[test]
fn the_subjunctive_of_expectation_reads_as_the_indicative() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Se espera que los peajes fluviales y los controles fronterizos estén en la agenda.",
                "agenda = peajes fluviales; controles fronterizos",
            ),
            (
                "Se prevé que las conversaciones se centren en la seguridad energética y el corredor de granos.",
                "agenda = seguridad energética; corredor de granos",
            ),
            (
                "Se espera que la migración figure en la agenda.",
                "agenda = migración",
            ),
            (
                "Es probable que el encuentro se centre en el comercio fluvial.",
                "agenda = comercio fluvial",
            ),
            (
                "Se espera que la pesca siga en la agenda.",
                "agenda = pesca",
            ),
            (
                "Las conversaciones giraron en torno al comercio.",
                "agenda = comercio",
            ),
            (
                "La reunión girará en torno al comercio y la energía.",
                "agenda = comercio; energía",
            ),
        ],
    );
}

/// "On the agenda: X, Y and Z", "En la agenda: X": a heading of the agenda, its colon before
/// the list, names the topics after it, and fronts none of its own ("agenda: X").
#[test]
fn a_colon_after_the_agenda_lists_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "On the agenda: flood control, tourism and grain quotas.",
                "agenda = flood control; tourism; grain quotas",
            ),
            (
                "Also on the agenda: flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "The agenda: flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            ("Next on the agenda: barge tolls.", "agenda = barge tolls"),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "En la agenda: el control de inundaciones, el turismo y las cuotas de grano.",
                "agenda = control de inundaciones; turismo; cuotas de grano",
            ),
            (
                "También en la agenda: el control de inundaciones y el turismo.",
                "agenda = control de inundaciones; turismo",
            ),
            (
                "La agenda: los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
        ],
    );
}

/// "agreed to discuss X, Y and Z", "pledged to boost trade and tourism": the items after the
/// first of a list a verb opens are its objects, each a topic, not verbs left alone; a lone
/// adjective is still none, and a later verb in the first item takes the items after it.
#[test]
fn the_objects_of_a_verb_in_a_list_of_verb_phrases_are_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders plan to discuss flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "The leaders agreed to discuss flood control, tourism and grain quotas.",
                "agenda = flood control; tourism; grain quotas",
            ),
            (
                "They will try to address flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "They pledged to boost trade and tourism.",
                "agenda = trade; tourism",
            ),
            (
                "Brenner and Kral have vowed to promote shipping, tourism and trade.",
                "agenda = shipping; tourism; trade",
            ),
            (
                "They agreed to pursue closer shipping, economic and river co-operation.",
                "agenda !~ economic;",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron mejorar la navegación, el turismo y la pesca.",
                "agenda = navegación; turismo; pesca",
            ),
            (
                "Se comprometieron a reforzar el comercio y la energía.",
                "agenda = comercio; energía",
            ),
        ],
    );
}

/// "political, trade and cultural relations", "political and trade relations": an adjective
/// standing alone at the head of a list (first, or after an article or a verb) is no topic; it
/// shares the head the list ends in.
#[test]
fn a_lone_adjective_shares_the_head_after_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed political, trade and cultural relations.",
                "agenda = political, trade and cultural relations",
            ),
            (
                "They agreed to deepen their political, trade and cultural relations.",
                "agenda = political, trade and cultural relations",
            ),
            (
                "They agreed to further deepen political and trade relations.",
                "agenda = political and trade relations",
            ),
            (
                "The leaders reviewed bilateral and river transport ties.",
                "agenda = bilateral and river transport ties",
            ),
            (
                "Brenner and Kral will discuss the regional, energy and water agenda.",
                "agenda !~ regional;",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron la cooperación económica y el comercio exterior.",
                "agenda = cooperación económica; comercio exterior",
            ),
            (
                "Abordaron las relaciones políticas, comerciales y culturales.",
                "agenda = relaciones políticas, comerciales y culturales",
            ),
        ],
    );
}

/// "…, Reuters reported, citing a source": the attribution ends the list even when a comma
/// follows it; "según un comunicado conjunto": a statement named in more than one word is a
/// source.
#[test]
fn an_attribution_ends_the_list_and_a_statement_is_a_source() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders discussed flood control, Reuters reported, citing a source.",
                "agenda = flood control\nsources = Reuters",
            ),
            (
                "They talked about barge tolls and tourism, the Kremlin said, adding that more talks would follow.",
                "agenda = barge tolls; tourism",
            ),
            (
                "Flood control was discussed, Reuters reported on Tuesday, quoting an aide.",
                "agenda = flood control",
            ),
            (
                "The talks focused on trade, according to a joint statement.",
                "agenda = trade\nsources = joint statement",
            ),
            (
                "Brenner and Kral will discuss tourism, the Kremlin said, citing the schedule.",
                "agenda = tourism",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Según un comunicado conjunto, las conversaciones se centraron en el comercio.",
                "agenda = comercio\nsources = comunicado conjunto",
            ),
            (
                "Abordaron el turismo, informó Reuters, citando a un asesor.",
                "agenda = turismo\nsources = Reuters",
            ),
        ],
    );
}

/// "Bratislava hopes to secure X", "Sosa reclamó Y": a hope with its infinitive, and the past of
/// the verbs of wanting and asking, say what a side wants.
#[test]
fn hopes_and_past_demands_are_interests() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Bratislava hopes to secure a share of the power project.",
                "interests = Slovakia: secure a share of the power project (-)",
            ),
            (
                "Slovakia hoped to win lower barge tolls.",
                "interests = Slovakia: win lower barge tolls (-)",
            ),
            (
                "Austria is hoping to attract Slovak investment.",
                "interests = Austria: attract Slovak investment (-)",
            ),
            (
                "Kral said Slovakia hopes to attract more Austrian investment.",
                "interests = Slovakia: attract more Austrian investment (-)",
            ),
            ("They hope to meet again.", "interests ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Sosa reclamó peajes más bajos.",
                "interests = Uruguay: peajes más bajos (-)",
            ),
            (
                "Los uruguayos exigieron peajes más bajos.",
                "interests = Uruguay: peajes más bajos (-)",
            ),
            (
                "Paraguay buscó controles fronterizos más rápidos.",
                "interests = Paraguay: controles fronterizos más rápidos (-)",
            ),
        ],
    );
}

/// "También figuraron en la agenda X y Y": a clause that opens with its verb has its subject
/// after the place on the agenda.
#[test]
fn a_subject_after_the_place_on_the_agenda_is_a_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "También figuraron en la agenda el control de inundaciones y el turismo.",
                "agenda = control de inundaciones; turismo",
            ),
            (
                "Figuran en la agenda la pesca y la energía.",
                "agenda = pesca; energía",
            ),
            (
                "Estuvieron sobre la mesa los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "Estarán en la agenda de la reunión el comercio y la migración.",
                "agenda = comercio; migración",
            ),
            (
                "Siguen en la agenda los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Also on the agenda were flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "High on the agenda will be flood control.",
                "agenda = flood control",
            ),
        ],
    );
}

/// "intend to take up X": the particle of a phrasal verb of policy goes with the verb, not with
/// its object.
#[test]
fn the_particle_of_a_phrasal_verb_is_no_part_of_the_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders intend to take up flood control.",
                "agenda = flood control",
            ),
            (
                "They agreed to take up barge tolls and ferry subsidies.",
                "agenda = barge tolls; ferry subsidies",
            ),
            (
                "Brenner and Kral pledged to take up the grain quotas.",
                "agenda = grain quotas",
            ),
            (
                "They agreed to step up border checks.",
                "agenda = border checks",
            ),
            (
                "They vowed to take up river pollution at the next round.",
                "agenda ~ river pollution",
            ),
        ],
    );
}

/// "expected to center on X": the other forms of a cue the tables knew in one ("centered on").
#[test]
fn every_form_of_a_cue_reads_its_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Discussions are expected to center on flood control.",
                "agenda = flood control",
            ),
            ("The talks centre on barge tolls.", "agenda = barge tolls"),
            (
                "The talks will center on flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "Talks centering on barge tolls ended on Tuesday.",
                "agenda ~ barge tolls",
            ),
            (
                "The meeting centres on grain quotas, Kral said.",
                "agenda = grain quotas",
            ),
        ],
    );
}

/// "X was one of the issues discussed", "X fue el tema principal": a head of topics, picked out
/// by a qualifier, "one of", a participle or a complement, that a copula links to its subject
/// makes the subject a topic; a denied link, a pronoun or the meeting makes none.
#[test]
fn the_subject_of_a_head_of_topics_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Flood control was one of the issues discussed.",
                "agenda = flood control",
            ),
            (
                "Flood control will be one of the main topics.",
                "agenda = flood control",
            ),
            (
                "Flood control was the main topic.",
                "agenda = flood control",
            ),
            (
                "Flood control and tourism were the main topics of the talks.",
                "agenda = flood control; tourism",
            ),
            (
                "Flood control is expected to be one of the topics on the agenda.",
                "agenda = flood control",
            ),
            ("Flood control was not one of the topics.", "agenda ="),
            ("This is a key issue for both countries.", "agenda ="),
            ("The meeting was the main issue.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("La pesca fue uno de los temas abordados.", "agenda = pesca"),
            ("La migración fue el tema principal.", "agenda = migración"),
            (
                "La pesca y el turismo fueron los temas principales del encuentro.",
                "agenda = pesca; turismo",
            ),
            (
                "La pesca será uno de los asuntos a tratar.",
                "agenda = pesca",
            ),
            (
                "La pesca y el turismo serán los ejes del encuentro.",
                "agenda = pesca; turismo",
            ),
            ("La pesca no fue uno de los temas tratados.", "agenda ="),
        ],
    );
}

/// "a number of issues such as X and Y": a preposition in the head before the examples does not
/// join the examples into one phrase.
#[test]
fn examples_after_a_head_with_a_preposition_are_a_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed a number of issues such as flood control and grain quotas.",
                "agenda = flood control; grain quotas",
            ),
            (
                "Brenner and Kral will discuss a range of topics such as barge tolls and tourism.",
                "agenda = barge tolls; tourism",
            ),
            (
                "The leaders reviewed a host of issues such as flood control and tourism.",
                "agenda = flood control; tourism",
            ),
            (
                "A number of issues such as barge tolls and grain quotas were discussed.",
                "agenda ~ barge tolls",
            ),
            (
                "They discussed areas of cooperation such as flood control and tourism.",
                "agenda = flood control; tourism",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Trataron una serie de temas como el control de inundaciones y el turismo.",
            "agenda = control de inundaciones; turismo",
        )],
    );
}

/// "discussed the issue at length", "discutieron el tema a fondo": an adverbial phrase of the
/// verb is no complement of a vague head ("length", "fondo" were chips) and no part of a topic
/// ("trade in detail").
#[test]
fn an_adverbial_phrase_after_the_object_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The two leaders discussed the issue at length for an hour.",
                "agenda =",
            ),
            ("They discussed the issue in detail.", "agenda ="),
            (
                "They discussed the question behind closed doors.",
                "agenda =",
            ),
            ("They discussed trade in detail.", "agenda = trade"),
            (
                "They discussed barge tolls at length on Tuesday.",
                "agenda = barge tolls",
            ),
            (
                "Brenner and Kral will discuss flood control in depth.",
                "agenda = flood control",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("Discutieron el tema a fondo durante una hora.", "agenda ="),
            ("Abordaron el asunto en detalle.", "agenda ="),
            ("Discutieron la pesca a fondo.", "agenda = pesca"),
            (
                "Abordaron el comercio fluvial en profundidad.",
                "agenda = comercio fluvial",
            ),
        ],
    );
}

/// "According to Kral, “…”", "Según Sosa, «…»": the person a phrase of attribution names is the
/// speaker of the quotation after it.
#[test]
fn a_phrase_of_attribution_names_the_speaker() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "\"We agreed to cut barge tolls,\" Kral said.",
                "quotes = Ivo Kral: We agreed to cut barge tolls,",
            ),
            (
                "\"We will meet again in May,\" said Brenner.",
                "quotes = Otto Brenner: We will meet again in May,",
            ),
            (
                "According to Kral, \"the river must unite us.\"",
                "quotes = Ivo Kral: the river must unite us.",
            ),
            (
                "According to Brenner, \"the tolls will have to go.\"",
                "quotes = Otto Brenner: the tolls will have to go.",
            ),
            (
                "Kral said: \"We agreed to cut barge tolls.\"",
                "quotes = Ivo Kral: We agreed to cut barge tolls.",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Según Sosa, \"el río debe unirnos\".",
                "quotes = Raúl Sosa: el río debe unirnos",
            ),
            (
                "De acuerdo con Benítez, «el puente estará listo en mayo».",
                "quotes = Tomás Benítez: el puente estará listo en mayo",
            ),
        ],
    );
}
