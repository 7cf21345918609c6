//! Agenda topics, in English and Spanish: the complement patterns of the verbs and nouns that
//! introduce a topic (outcome, stance and speech-act verbs). Every sentence here is written by
//! the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// The complement of a topic predicate may stand in quotation marks: the topic is what they
/// quote, read as the complement would be read without them (pointing heads looked through,
/// a denied predicate naming nothing).
#[test]
fn a_quoted_complement_is_read_as_the_complement() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner called for “closer barge cooperation”.",
                "agenda = closer barge cooperation",
            ),
            (
                "Kral has repeatedly called for \"a common flood relief fund\" and \"lower river tolls\".",
                "agenda = common flood relief fund; lower river tolls",
            ),
            (
                "Both leaders stressed “the need for joint dredging of the channel”.",
                "agenda = joint dredging of the channel",
            ),
            (
                "“Fair barge quotas” were not mentioned, but Kral highlighted \"the upkeep of the locks\".",
                "agenda = upkeep of the locks",
            ),
            (
                "The two prime ministers reaffirmed “their commitment to the Danube charter”.",
                "agenda = Danube charter",
            ),
            ("Brenner did not mention \"the toll dispute\".", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Benítez pidió «una mayor cooperación fluvial».",
                "agenda = mayor cooperación fluvial",
            ),
            (
                "Ambos presidentes destacaron \"la importancia del dragado del canal\".",
                "agenda = dragado del canal",
            ),
            (
                "Los cancilleres subrayaron «la necesidad de un fondo común contra las inundaciones».",
                "agenda = fondo común contra las inundaciones",
            ),
            (
                "Sosa reiteró «su compromiso con el tratado del río».",
                "agenda = compromiso con el tratado del río",
            ),
            (
                "Benítez no mencionó «la disputa de los peajes».",
                "agenda =",
            ),
        ],
    );
}

/// A verb form after an article modifies the noun after it ("the agreed plan", "the
/// announced cuts"): it is no verb of a clause the topic ran into, and the topic keeps it.
#[test]
fn a_participle_after_an_article_is_part_of_the_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Kral stressed the importance of swift implementation of the agreed dredging plan.",
                "agenda = swift implementation of the agreed dredging plan",
            ),
            (
                "Both sides noted delays in the announced rail freight corridor.",
                "agenda = delays in the announced rail freight corridor",
            ),
            (
                "Financing of the agreed dredging plan was on the agenda.",
                "agenda = financing of the agreed dredging plan",
            ),
            (
                "They assessed the cost of the announced toll cuts.",
                "agenda = cost of the announced toll cuts",
            ),
            (
                "The leaders will focus on financing for the proposed dredging works.",
                "agenda = financing for the proposed dredging works",
            ),
        ],
    );
}

/// An adjective after a pointing head qualifies it, and the head then names the topic itself
/// ("los aspectos económicos de X" is no more "X" than "economic aspects" is "aspects"); an
/// adjective that only weighs the head ("temas cruciales como X") leaves it pointing.
#[test]
fn an_adjective_after_a_pointing_head_keeps_the_head() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Revisaron los aspectos económicos de la relación fluvial.",
                "agenda = aspectos económicos de la relación fluvial",
            ),
            (
                "Se analizarán asuntos de la agenda energética del bloque.",
                "agenda = agenda energética del bloque",
            ),
            (
                "Ambos abordaron las cuestiones migratorias en la frontera común.",
                "agenda = cuestiones migratorias en la frontera común",
            ),
            (
                "Sosa destacó los avances logísticos en la hidrovía.",
                "agenda = avances logísticos en la hidrovía",
            ),
            (
                "Discutieron temas cruciales como los peajes de la hidrovía.",
                "agenda = peajes de la hidrovía",
            ),
            (
                "Analizarán cuestiones prioritarias como el dragado del canal.",
                "agenda = dragado del canal",
            ),
        ],
    );
}

/// A subject that names the topics, with a verb of inclusion, lists them as "the agenda
/// includes" does: whatever its tense, its qualifiers, or a participle of discussion after
/// its noun.
#[test]
fn the_topics_include_their_members() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The topics included river tolls and barge safety.",
                "agenda = river tolls; barge safety",
            ),
            (
                "Other topics included river tolls and barge safety.",
                "agenda = river tolls; barge safety",
            ),
            (
                "Issues discussed included river tolls and barge safety.",
                "agenda = river tolls; barge safety",
            ),
            (
                "The main issues will include river tolls and the dredging plan.",
                "agenda = river tolls; dredging plan",
            ),
            (
                "Key themes covered barge safety, flood relief and rail freight.",
                "agenda = barge safety; flood relief; rail freight",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los temas abordados incluyeron los peajes fluviales y la seguridad de las barcazas.",
                "agenda = peajes fluviales; seguridad de las barcazas",
            ),
            (
                "Otros asuntos incluyeron el dragado del canal.",
                "agenda = dragado del canal",
            ),
            (
                "Los principales temas incluirán los peajes fluviales.",
                "agenda = peajes fluviales",
            ),
            (
                "Las cuestiones tratadas abarcaron la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
            (
                "Los asuntos pendientes incluyen el dragado del canal.",
                "agenda = dragado del canal",
            ),
        ],
    );
}

/// A head of topics picked out by a qualifier or a complement, a copula after it: what the
/// copula says it is is a topic ("the main topic of the talks was X"), in any tense; not when
/// the copula is denied, nor when no qualifier picks it out ("the issues are complex").
#[test]
fn the_main_topic_is_what_the_copula_names() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The main topic of the talks was barge safety.",
                "agenda = barge safety",
            ),
            (
                "The focus of the meeting will be river tolls and the dredging plan.",
                "agenda = river tolls; dredging plan",
            ),
            (
                "A key issue is the river tolls dispute.",
                "agenda = river tolls dispute",
            ),
            (
                "The main topic of the talks had been flood relief.",
                "agenda = flood relief",
            ),
            (
                "The top priority for both leaders was rail freight.",
                "agenda = rail freight",
            ),
            ("The issues are complex.", "agenda ="),
            (
                "The main theme of the talks was not river tolls.",
                "agenda =",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "El tema principal de la reunión fue la seguridad de las barcazas.",
                "agenda = seguridad de las barcazas",
            ),
            (
                "El foco de las conversaciones serán los peajes fluviales y el dragado.",
                "agenda = peajes fluviales; dragado",
            ),
            (
                "La principal prioridad es el dragado del canal.",
                "agenda = dragado del canal",
            ),
            (
                "Un asunto clave es la disputa por los peajes fluviales.",
                "agenda = disputa por los peajes fluviales",
            ),
            (
                "Los principales temas de las conversaciones serán la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
            ("El asunto es complejo.", "agenda ="),
            ("El tema principal no será el dragado.", "agenda ="),
        ],
    );
}

/// Sharing views is exchanging them: what the views are shared on is a topic, in any tense,
/// fronted or after a pointing head.
#[test]
fn views_shared_on_a_topic_name_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The two leaders also shared views on barge safety.",
                "agenda = barge safety",
            ),
            (
                "Brenner and Kral will share views on river tolls and the dredging plan.",
                "agenda = river tolls; dredging plan",
            ),
            (
                "Sharing views on flood relief, the ministers agreed to meet again.",
                "agenda = flood relief",
            ),
            (
                "The ministers are expected to share views on rail freight.",
                "agenda = rail freight",
            ),
            (
                "The sides shared views on issues related to barge quotas.",
                "agenda = barge quotas",
            ),
        ],
    );
}

/// The subject of a passive of discussion is a topic with its complement ("the safety of
/// barges was discussed"), not only the complement's noun; in Spanish the participle agrees
/// with it ("fueron abordados"), and the invariable participle of a compound tense ("han
/// debatido sobre X") is no passive.
#[test]
fn a_passive_subject_keeps_its_complement() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The safety of barges was discussed.",
                "agenda = safety of barges",
            ),
            (
                "The financing of the dredging plan will be discussed on Wednesday.",
                "agenda = financing of the dredging plan",
            ),
            (
                "The future of the river tolls accord is expected to be discussed.",
                "agenda = future of the river tolls accord",
            ),
            (
                "The question of river tolls could be discussed again in May.",
                "agenda = river tolls",
            ),
            (
                "Plans for a rail freight corridor have been reviewed.",
                "agenda = rail freight corridor",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La seguridad de las barcazas fue abordada.",
                "agenda = seguridad de las barcazas",
            ),
            (
                "La seguridad de las barcazas será debatida el miércoles.",
                "agenda = seguridad de las barcazas",
            ),
            (
                "Los costos de los peajes también fueron analizados.",
                "agenda = costos de los peajes",
            ),
            (
                "La financiación del dragado será examinada el jueves.",
                "agenda = financiación del dragado",
            ),
            (
                "La cuestión de los peajes fluviales fue debatida.",
                "agenda = peajes fluviales",
            ),
            (
                "También fueron analizados la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
        ],
    );
}

/// An object runs up to a passive verb group, auxiliaries and modals included: "the issue
/// of X had been raised" names X, not "X had".
#[test]
fn an_object_ends_before_its_passive_verb_group() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The issue of barge quotas had been raised by Kral.",
                "agenda = barge quotas",
            ),
            (
                "Talks on barge quotas will be reviewed by the ministers.",
                "agenda = barge quotas",
            ),
            (
                "The question of river tolls could be discussed again in May.",
                "agenda = river tolls",
            ),
            (
                "Steps on flood relief were also examined.",
                "agenda = flood relief",
            ),
            (
                "The issue of lock fees would have been raised earlier.",
                "agenda = lock fees",
            ),
        ],
    );
}

/// "On the agenda" after a modal and an infinitive of "to be" ("podrían estar en la
/// agenda"), and views exchanged or shared on a topic ("intercambiaron puntos de vista sobre
/// X"), in Spanish.
#[test]
fn spanish_agenda_in_any_mood_and_views_on_a_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los peajes fluviales podrían estar en la agenda.",
                "agenda = peajes fluviales",
            ),
            (
                "El dragado del canal debería estar también en la agenda.",
                "agenda = dragado del canal",
            ),
            (
                "Los peajes fluviales pueden estar en la agenda del encuentro.",
                "agenda = peajes fluviales",
            ),
            (
                "La pesca artesanal deberá estar en la agenda.",
                "agenda = pesca artesanal",
            ),
            (
                "El turismo fluvial podrá estar en la agenda de la próxima semana.",
                "agenda = turismo fluvial",
            ),
            (
                "Intercambiaron puntos de vista sobre la pesca.",
                "agenda = pesca",
            ),
            (
                "Benítez y Sosa intercambiarán puntos de vista sobre los peajes fluviales y el dragado.",
                "agenda = peajes fluviales; dragado",
            ),
            (
                "Los cancilleres compartieron opiniones sobre la seguridad de las barcazas.",
                "agenda = seguridad de las barcazas",
            ),
            (
                "Sosa dijo que intercambiaron ideas sobre el turismo fluvial.",
                "agenda = turismo fluvial",
            ),
            (
                "También intercambiaron impresiones sobre la pesca artesanal.",
                "agenda = pesca artesanal",
            ),
        ],
    );
}

/// A preposition said again after "y" opens the next item, a contraction ("al", "del") as
/// much as a plain one, and a name after it as much as a common noun: "al" ends as
/// "regional" does but is no adjective joining the items.
#[test]
fn a_repeated_contraction_parts_the_items_before_a_name() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Se abordaron cuestiones vinculadas a los peajes fluviales y al Pacto Andino.",
                "agenda = peajes fluviales; Pacto Andino",
            ),
            (
                "Hablaron de la pesca fluvial y del Pacto Andino.",
                "agenda = pesca fluvial; Pacto Andino",
            ),
            (
                "Analizaron temas relacionados con la energía solar y con el Tratado del Plata.",
                "agenda = energía solar; Tratado del Plata",
            ),
            (
                "Trataron asuntos vinculados al comercio fluvial y al Foro del Río.",
                "agenda = comercio fluvial; Foro del Río",
            ),
            (
                "Conversaron sobre los peajes fluviales y sobre el Consejo Andino.",
                "agenda = peajes fluviales; Consejo Andino",
            ),
        ],
    );
}

/// "On the agenda today: X", "Among the topics discussed were: X", "Entre los temas abordados
/// estuvieron: X", "Sobre la mesa: X": a colon lists the agenda after its noun, past a time, a
/// participle and a copula; not after a word of content ("The agenda remains secret: …").
#[test]
fn a_colon_after_the_agenda_and_its_time_or_copula() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "On the agenda today: barge quotas, flood relief and river tolls.",
                "agenda = barge quotas; flood relief; river tolls",
            ),
            (
                "Among the topics discussed were: barge quotas and flood relief.",
                "agenda = barge quotas; flood relief",
            ),
            (
                "The agenda remains secret: officials declined to comment.",
                "agenda =",
            ),
            (
                "On the table: barge quotas and flood relief.",
                "agenda = barge quotas; flood relief",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Entre los temas abordados estuvieron: la hidrovía, la pesca artesanal y el \
                 control fronterizo.",
                "agenda = hidrovía; pesca artesanal; control fronterizo",
            ),
            (
                "En la agenda de hoy: la hidrovía y la pesca artesanal.",
                "agenda = hidrovía; pesca artesanal",
            ),
            (
                "Sobre la mesa: la hidrovía y la pesca artesanal.",
                "agenda = hidrovía; pesca artesanal",
            ),
        ],
    );
}

/// "The talks focused on: X, Y and Z", "Discussions centred on:" and a line per item: a cue
/// that a colon ends lists the items after it, on its line or on the lines marked as a list's
/// below it, by a bullet, a dash or a number.
#[test]
fn a_cue_closed_by_a_colon_and_its_list_lines() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks focused on: barge quotas, flood relief and river tolls.",
                "agenda = barge quotas; flood relief; river tolls",
            ),
            (
                "Discussions centred on:\n• barge quotas;\n• flood relief;\n• river tolls.",
                "agenda = barge quotas; flood relief; river tolls",
            ),
            (
                "They discussed:\n- barge quotas;\n- flood relief.\nThe leaders will meet again \
                 in May.",
                "agenda = barge quotas; flood relief",
            ),
            (
                "They discussed:\n1. barge quotas;\n2. flood relief;\n3) river tolls.\nThe \
                 leaders will meet again in May.",
                "agenda = barge quotas; flood relief; river tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los presidentes abordaron:\n- la hidrovía;\n- la pesca artesanal.",
                "agenda = hidrovía; pesca artesanal",
            ),
            (
                "Los presidentes abordaron:\n1. la hidrovía;\n2. la pesca artesanal.",
                "agenda = hidrovía; pesca artesanal",
            ),
        ],
    );
}
