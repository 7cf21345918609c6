//! Agenda constructions of issue #12 (items 2 and 4) in their variants, in English and
//! Spanish: the setting and the time that trail a topic, one after the other, and the list
//! after "including" that goes back to a head described by a participle. Every sentence here
//! is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// Where and when a topic is handled is no part of it, however many such tails follow it:
/// a city, the meeting itself, a date or a time, in any order and tense.
#[test]
fn settings_and_times_are_cut_one_after_the_other() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed river tolls in Vienna on Tuesday.",
                "agenda = river tolls",
            ),
            (
                "Brenner and Kral will discuss barge traffic at the summit in Salzburg next month.",
                "agenda = barge traffic",
            ),
            (
                "River tolls were discussed in Bratislava last week.",
                "agenda = river tolls",
            ),
            (
                "The leaders talked about dam safety at the meeting in Graz on 12 May.",
                "agenda = dam safety",
            ),
            (
                "On the agenda are river tolls and dam safety at the upcoming summit.",
                "agenda = river tolls; dam safety",
            ),
            (
                "They discussed the war in Moldavia in Vienna on Monday.",
                "agenda = war in Moldavia",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron los peajes fluviales en Montevideo el martes.",
                "agenda = peajes fluviales",
            ),
            (
                "Discutirán el tráfico de barcazas en la reunión el próximo mes.",
                "agenda = tráfico de barcazas",
            ),
            (
                "Hablaron sobre la seguridad de las represas en la reunión en Montevideo el 12 de mayo.",
                "agenda = seguridad de las represas",
            ),
        ],
    );
}

/// A head described by a participle, regular or not, ends before it; the list "including"
/// brings after it goes back to the head, quoted or not, whoever the agent.
#[test]
fn a_list_after_including_goes_back_past_the_participle() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Kral stressed the deals struck at the summit, including on river tolls and dam safety.",
                "agenda = deals; river tolls and dam safety",
            ),
            (
                "Brenner praised the accords signed by the two governments in May, \"including on barge traffic and dam safety,\" the statement said.",
                "agenda ~ barge traffic",
            ),
            (
                "Brenner stressed the deals made by Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral.",
                "agenda = deals",
            ),
            (
                "Kral noted the progress on the plans drawn up in March, including the canal link.",
                "agenda ~ canal link",
            ),
            (
                "They reviewed the projects launched last year, including the river port and the rail spur.",
                "agenda ~ river port",
            ),
            (
                "Brenner hailed the agreements reached at the talks, including on flood defence.",
                "agenda ~ flood defence",
            ),
        ],
    );
}

/// A passive in a relative or infinitive clause: the noun a clause set off by commas is said
/// of, and the list the main verb after a restrictive clause gives ("the issues to be tackled
/// include X"), in any tense; in Spanish, the participles of the verbs of discussion make
/// passives of their own.
#[test]
fn a_passive_in_a_relative_or_infinitive_clause_gives_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Energy, which was discussed at length, remains a sore point.",
                "agenda = energy",
            ),
            (
                "Topics to be discussed include water pricing and flood defence.",
                "agenda = water pricing; flood defence",
            ),
            (
                "River tolls, which will be raised by Kral, are a sore point.",
                "agenda = river tolls",
            ),
            (
                "The issues to be tackled include dam safety and barge traffic.",
                "agenda = dam safety; barge traffic",
            ),
            (
                "Dam safety, which was also stressed by Brenner, will be reviewed in May.",
                "agenda = dam safety",
            ),
            ("Kral, who was praised by Brenner, left early.", "agenda = "),
            (
                "The dredging of the canal will be debated.",
                "agenda = dredging of the canal",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los temas que fueron abordados incluyen los peajes fluviales y la seguridad de las represas.",
                "agenda = peajes fluviales; seguridad de las represas",
            ),
            (
                "Los peajes fluviales, que fueron abordados en detalle, siguen siendo un problema.",
                "agenda = peajes fluviales",
            ),
            (
                "Entre los temas que serán discutidos figuran los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "Los peajes fluviales fueron analizados la semana pasada.",
                "agenda = peajes fluviales",
            ),
            (
                "El dragado del canal será debatido en mayo.",
                "agenda = dragado del canal",
            ),
        ],
    );
}

/// A verb of expression names a topic through an attitude that points at it ("expressed
/// support for X", "voiced concern over Y"), in any tense and with a possessive; an
/// expression of thanks or satisfaction names none.
#[test]
fn an_attitude_expressed_points_at_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner expressed his support for the canal project.",
                "agenda = canal project",
            ),
            (
                "Kral voiced concern over the dredging of the canal.",
                "agenda = dredging of the canal",
            ),
            (
                "The two leaders will express their concern about river pollution.",
                "agenda = river pollution",
            ),
            (
                "Kral has shown support for the enlargement of the group.",
                "agenda = enlargement of the group",
            ),
            (
                "Brenner expressed thanks to Kral for the warm welcome.",
                "agenda = ",
            ),
            ("Kral expressed satisfaction with the talks.", "agenda = "),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Benítez expresó su preocupación por el dragado del canal.",
                "agenda = dragado del canal",
            ),
            (
                "Sosa manifestó preocupación por la contaminación del río.",
                "agenda = contaminación del río",
            ),
            (
                "Sosa expresó su apoyo a la ampliación del bloque.",
                "agenda = ampliación del bloque",
            ),
            ("Benítez expresó su agradecimiento a Sosa.", "agenda = "),
            (
                "Benítez manifestó su satisfacción por la cumbre.",
                "agenda = ",
            ),
        ],
    );
}

/// "The signing of X" points at the document signed, after any verb; "cover" takes its
/// topics in every form, after a raising verb too.
#[test]
fn a_signing_points_at_its_document_and_cover_takes_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders hailed the signing of the river treaty.",
                "agenda = river treaty",
            ),
            (
                "Brenner noted the signing of the dam accord.",
                "agenda = dam accord",
            ),
            (
                "They discussed the planned signing of a canal pact.",
                "agenda = canal pact",
            ),
            (
                "Discussions were expected to cover tolls, canal dredging and barge traffic.",
                "agenda = tolls; canal dredging; barge traffic",
            ),
            (
                "The talks will cover dam safety and river pollution.",
                "agenda = dam safety; river pollution",
            ),
            (
                "The summit is set to cover canal tolls.",
                "agenda = canal tolls",
            ),
        ],
    );
}

/// What a denied verb of discussion names was not raised, whatever its tense; a negation
/// in an earlier clause denies nothing.
#[test]
fn a_denied_cue_names_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            ("They did not discuss canal tolls.", "agenda = "),
            ("The talks will not cover dam safety.", "agenda = "),
            (
                "Brenner and Kral never discussed the river treaty.",
                "agenda = ",
            ),
            (
                "As members not yet admitted, they discussed canal tolls.",
                "agenda = canal tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("No abordaron los peajes fluviales.", "agenda = "),
            (
                "Los presidentes no discutirán el dragado del canal.",
                "agenda = ",
            ),
            (
                "Como miembros no permanentes, abordaron los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
        ],
    );
}

/// A head that only points at a topic through a relative clause: the object of the clause's
/// verb of policy is the topic, whatever the modal, the relative word or the cue before.
#[test]
fn a_pointing_head_is_looked_through_its_relative_clause() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders discussed measures that could boost barge traffic.",
                "agenda = barge traffic",
            ),
            (
                "They discussed steps that would strengthen dam safety.",
                "agenda = dam safety",
            ),
            (
                "They reviewed ways that might expand canal tolls.",
                "agenda = canal tolls",
            ),
            (
                "The talks focused on steps that would cut river pollution.",
                "agenda = river pollution",
            ),
            (
                "Kral stressed the measures that could help the river economy.",
                "agenda = river economy",
            ),
            (
                "They will discuss means that can curb river pollution.",
                "agenda = river pollution",
            ),
        ],
    );
}

/// "Welcomed" names a topic through what points at it ("welcomed the progress made in X"),
/// never a welcomed guest; in Spanish, a pointing head's infinitive after "de" or "a" is
/// looked through to its object ("la necesidad de proteger X").
#[test]
fn welcomed_progress_and_a_needed_infinitive_point_at_their_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Kral welcomed the progress made in the canal talks.",
                "agenda = canal talks",
            ),
            (
                "The leaders will welcome the progress on dam safety.",
                "agenda = dam safety",
            ),
            (
                "Brenner welcomed the support for the canal project.",
                "agenda = canal project",
            ),
            (
                "Both sides welcomed efforts to curb river pollution.",
                "agenda = river pollution",
            ),
            (
                "Kral has welcomed the steps toward barge traffic reform.",
                "agenda = barge traffic reform",
            ),
            ("Brenner welcomed Kral to Graz.", "agenda = "),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Subrayaron la necesidad de proteger la cuenca del río.",
                "agenda = cuenca del río",
            ),
            (
                "Sosa expresó su voluntad de ampliar el tráfico de barcazas.",
                "agenda = tráfico de barcazas",
            ),
            (
                "Ambos destacaron la importancia de reforzar la seguridad de las represas.",
                "agenda = seguridad de las represas",
            ),
            (
                "Benítez reiteró su disposición a reducir los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "Los presidentes subrayaron la voluntad de ampliar el puerto fluvial.",
                "agenda = puerto fluvial",
            ),
        ],
    );
}

/// The agenda lists its topics with a verb of inclusion after a modal or a raising verb, or
/// in the subjunctive, as with the verb alone.
#[test]
fn the_agenda_includes_its_topics_after_a_modal_or_raising_verb() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The agenda is expected to include canal tolls.",
                "agenda = canal tolls",
            ),
            (
                "The agenda is likely to feature dam safety and canal tolls.",
                "agenda = dam safety; canal tolls",
            ),
            (
                "The agenda of the talks was set to cover barge traffic.",
                "agenda = barge traffic",
            ),
            (
                "The agenda is due to comprise canal tolls and dam safety.",
                "agenda = canal tolls; dam safety",
            ),
            ("The agenda is expected to be tight.", "agenda = "),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Se espera que la agenda incluya los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "La agenda debería incluir el dragado del canal.",
                "agenda = dragado del canal",
            ),
            (
                "La agenda podría abarcar el tráfico de barcazas.",
                "agenda = tráfico de barcazas",
            ),
        ],
    );
}

/// Words quoted inside a topic keep the noun they qualify ("the 'canal first' policy"); a
/// quotation closed before what reports it ends the topic.
#[test]
fn a_quoted_qualifier_keeps_its_noun() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the \"canal first\" policy.",
                "agenda = canal first policy",
            ),
            (
                "Brenner raised the \"blue corridor\" plan and dam safety.",
                "agenda = blue corridor plan; dam safety",
            ),
            (
                "The talks will cover \"green shipping\" initiatives.",
                "agenda = green shipping initiatives",
            ),
            (
                "They discussed \"flood relief\" and rail freight.",
                "agenda = flood relief; rail freight",
            ),
            (
                "They discussed \"river justice,\" Kral said.",
                "agenda = river justice",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Abordaron el plan «canal primero» y la seguridad de las represas.",
            "agenda = plan canal primero; seguridad de las represas",
        )],
    );
}

/// Working together toward an aim: the verb after "to" opens the topic, with adverbials
/// after the first word ("work closely to"), alone or after another cue ("agreed to work
/// together to fight X"), in any tense.
#[test]
fn working_together_to_an_aim_gives_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders agreed to work together to fight river pollution.",
                "agenda = river pollution",
            ),
            (
                "They will join forces to curb barge traffic accidents.",
                "agenda = barge traffic accidents",
            ),
            (
                "Brenner and Kral pledged to work closely to expand canal tolls.",
                "agenda = canal tolls",
            ),
            (
                "Both countries have worked together to protect the fish stocks.",
                "agenda = fish stocks",
            ),
            (
                "They vowed to cooperate to reduce dam risks.",
                "agenda = dam risks",
            ),
            (
                "The two leaders are working jointly to protect fish stocks.",
                "agenda = fish stocks",
            ),
        ],
    );
}

/// A lone word after "the agenda is" describes the agenda and is no topic on it, in any
/// tense; a list or a noun phrase after it is.
#[test]
fn a_word_describing_the_agenda_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            ("The agenda was busy.", "agenda = "),
            ("The agenda is full.", "agenda = "),
            ("The agenda will be packed.", "agenda = "),
            (
                "The agenda was dam safety and barge traffic.",
                "agenda = dam safety; barge traffic",
            ),
            ("The agenda is canal tolls.", "agenda = canal tolls"),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("La agenda es amplia.", "agenda = "),
            ("La agenda fue intensa.", "agenda = "),
            (
                "La agenda es el dragado del canal.",
                "agenda = dragado del canal",
            ),
        ],
    );
}

/// A range of topics names each of its ends and steps, after a head that names nothing
/// ("issues ranging from X to Y") or none; Spanish marks its steps with "hasta".
#[test]
fn a_range_names_each_end() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed issues ranging from canal tolls to dam safety.",
                "agenda = canal tolls; dam safety",
            ),
            (
                "They will discuss topics that range from canal tolls to dam safety.",
                "agenda = canal tolls; dam safety",
            ),
            (
                "The talks covered everything from canal tolls to dam safety to barge traffic.",
                "agenda = canal tolls; dam safety; barge traffic",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Discutieron desde los peajes fluviales hasta el dragado del canal.",
                "agenda = peajes fluviales; dragado del canal",
            ),
            (
                "Abordaron temas desde los peajes fluviales hasta el dragado del canal.",
                "agenda = peajes fluviales; dragado del canal",
            ),
            (
                "Analizarán cuestiones desde la seguridad de las represas hasta el tráfico de barcazas.",
                "agenda = seguridad de las represas; tráfico de barcazas",
            ),
        ],
    );
}
