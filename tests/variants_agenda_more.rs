//! More agenda constructions, in English and Spanish: adverbials quoted between a verb and its
//! object, lists and where they end or part, places on the agenda, clauses of obligation,
//! mentions, impetus, and the phrases that name no topic. Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

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
                "They agreed to resume \"as soon as possible\" the talks on river tolls.",
                "agenda = talks on river tolls",
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
                "Ambos se mostraron favorables a reanudar \"lo antes posible\" las obras del puente.",
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
            (
                "Acordaron reanudar \"a la mayor brevedad posible\" las obras del puente.",
                "agenda = obras del puente",
            ),
        ],
    );
}

/// "And" before a clitic, a modal or a subject pronoun opens a new clause: the list of topics
/// before it ends there, and the new clause's own topics are read on their own.
#[test]
fn and_before_a_new_clause_ends_the_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the dredging of the river and they will sign a pact on ferry \
                 links.",
                "agenda = dredging of the river; ferry links",
            ),
            (
                "The leaders reviewed the toll on barges and will hold talks on flood defences \
                 next spring.",
                "agenda = toll on barges; flood defences",
            ),
            (
                "Brenner raised the rail freight quotas and he urged Kral to ease border checks.",
                "agenda = rail freight quotas; border checks",
            ),
            (
                "Kral had discussed the dam project and she would push for a joint water board.",
                "agenda ~ dam project",
            ),
            (
                "The talks covered the ferry tariffs and they could lead to a deal.",
                "agenda = ferry tariffs",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los presidentes abordarán el dragado de la hidrovía y se firmará un acuerdo \
                 sobre energía solar.",
                "agenda = dragado de la hidrovía; energía solar",
            ),
            (
                "Abordaron el peaje fluvial y se comprometieron a reforzar los controles \
                 aduaneros.",
                "agenda = peaje fluvial; controles aduaneros",
            ),
            (
                "Benítez y Sosa trataron la deuda binacional y nos reuniremos de nuevo en \
                 mayo, dijo Sosa.",
                "agenda = deuda binacional",
            ),
            (
                "Se analizó el corredor ferroviario y se emitió una declaración sobre la sequía.",
                "agenda = corredor ferroviario; sequía",
            ),
            (
                "Discutieron la represa binacional y deberán revisar las tarifas portuarias.",
                "agenda ~ represa binacional",
            ),
        ],
    );
}

/// A head that points at a place only a common noun names ("the situation in the region")
/// is not looked through: "region" alone is no topic; a place with a name or a qualifier is.
#[test]
fn a_place_named_by_a_common_noun_alone_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The ministers talked about peace in the region.",
                "agenda = peace",
            ),
            (
                "They will address the situation in the region, officials said.",
                "agenda =",
            ),
            (
                "They had exchanged views on the situation in the province and agreed to meet \
                 again.",
                "agenda =",
            ),
            (
                "Stability in the region was focused on.",
                "agenda !~ region",
            ),
            (
                "They discussed the situation in the Danube region.",
                "agenda ~ Danube region",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("Conversaron sobre la paz en la región.", "agenda = paz"),
            (
                "Abordarán la situación en la región, dijeron fuentes oficiales.",
                "agenda =",
            ),
            (
                "Habían analizado la situación de la provincia y acordaron volver a reunirse.",
                "agenda !~ provincia",
            ),
            ("Se trató la situación en la región.", "agenda !~ región"),
            (
                "Analizaron la situación en la región andina.",
                "agenda ~ región andina",
            ),
        ],
    );
}

/// A verb with only adverbs after it ("agreed to meet again") names no topic, whatever the
/// verb that governs it and the adverb's kind.
#[test]
fn a_verb_with_only_adverbs_after_it_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            ("They agreed to meet again.", "agenda ="),
            (
                "Brenner and Kral have vowed to consult frequently.",
                "agenda =",
            ),
            ("The two leaders will try to talk regularly.", "agenda ="),
            ("They decided to work together, Kral said.", "agenda ="),
            (
                "They pledged to meet again and to ease the river tolls.",
                "agenda = river tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("Acordaron reunirse nuevamente.", "agenda ="),
            ("Se comprometieron a consultarse regularmente.", "agenda ="),
            (
                "Benítez y Sosa decidieron trabajar conjuntamente.",
                "agenda =",
            ),
            ("Han prometido dialogar francamente, dijo Sosa.", "agenda ="),
            (
                "Acordaron reunirse de nuevo y revisar las tarifas portuarias.",
                "agenda = tarifas portuarias",
            ),
        ],
    );
}

/// A verb of mention names a topic raised as its object, in any tense; a denied one ("did not
/// mention X") names none.
#[test]
fn a_mention_raises_its_object_and_a_denied_one_does_not() {
    check_after(
        "en",
        MEETING_EN,
        &[
            ("Brenner mentioned the river tolls.", "agenda = river tolls"),
            (
                "Kral will mention the dam project, an aide said.",
                "agenda = dam project",
            ),
            (
                "Mentioning the barge quotas, Kral called for calm.",
                "agenda ~ barge quotas",
            ),
            ("Brenner didn't mention the river tolls.", "agenda ="),
            ("Kral did not mention the dam project at all.", "agenda ="),
            ("Brenner never mentioned the barge quotas.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Benítez mencionó las tarifas portuarias.",
                "agenda = tarifas portuarias",
            ),
            (
                "Ambos mencionaron el dragado de la hidrovía, según fuentes oficiales.",
                "agenda = dragado de la hidrovía",
            ),
            (
                "Sosa menciona la deuda binacional.",
                "agenda = deuda binacional",
            ),
            ("Benítez no mencionó las tarifas portuarias.", "agenda ="),
            ("Sosa nunca mencionó la deuda binacional.", "agenda ="),
        ],
    );
}

/// A place on the agenda of a meeting named with a possessor ("the theme of this year's
/// summit", "at the heart of the group's talks") puts its subject there as one named with an
/// article does; a subject quoted whole (a theme's motto) is the topic without its marks.
#[test]
fn the_theme_of_a_meeting_with_a_possessor_or_a_quoted_subject() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Flood relief is the theme of this year's summit.",
                "agenda = flood relief",
            ),
            (
                "River transport was at the heart of the group's talks.",
                "agenda = river transport",
            ),
            (
                "Dam safety will be the main theme of next year's Danube summit.",
                "agenda = dam safety",
            ),
            (
                "“Safer river crossings” is the theme of this year's summit.",
                "agenda = Safer river crossings",
            ),
            (
                "\"Rivers of Peace\" will be the main theme of the group's summit.",
                "agenda = Rivers of Peace",
            ),
            (
                "Flood relief, \"the river's curse\", was on the agenda.",
                "agenda !~ curse",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La hidrovía fue el tema central de la cumbre.",
                "agenda = hidrovía",
            ),
            (
                "«Ríos de paz» es el lema de la cumbre.",
                "agenda = Ríos de paz",
            ),
            (
                "\"Puentes para el desarrollo\" será el tema principal de la cumbre.",
                "agenda = Puentes para el desarrollo",
            ),
            (
                "“Energía limpia” fue el eje de la reunión.",
                "agenda = Energía limpia",
            ),
            (
                "La deuda binacional estuvo en el centro de la cumbre.",
                "agenda = deuda binacional",
            ),
        ],
    );
}

/// After a phrase with a preposition, "and" and a gerund with its object start a new item
/// ("the protection of wetlands and restoring the dams"); a gerund without an object, or with
/// a preposition after it, stays in the phrase ("smuggling and trafficking in persons").
#[test]
fn and_with_a_gerund_and_its_object_starts_a_new_item() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks focused on the protection of wetlands and restoring the old dams.",
                "agenda = protection of wetlands; restoring the old dams",
            ),
            (
                "They will discuss the funding of ports and improving the barge fleet.",
                "agenda = funding of ports; improving the barge fleet",
            ),
            (
                "Kral raised the question of flood relief and sharing the costs.",
                "agenda = flood relief; sharing the costs",
            ),
            (
                "They had exchanged views on the reform of customs and simplifying border \
                 checks.",
                "agenda = reform of customs; simplifying border checks",
            ),
            (
                "They talked about the upkeep of locks and dredging the main channel.",
                "agenda = upkeep of locks; dredging the main channel",
            ),
            (
                "They discussed the fight against smuggling and trafficking in persons.",
                "agenda = fight against smuggling and trafficking in persons",
            ),
        ],
    );
}

/// "With" and a subject before a non-finite copula ("being", "expected to be", "siendo") put
/// only that subject on the agenda, not the list of guests before "with".
#[test]
fn with_and_a_non_finite_copula_put_only_their_subject_on_the_agenda() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Graz hosted Austria, Slovakia and Hungary, with river tolls being high on the \
                 agenda.",
                "agenda = river tolls",
            ),
            (
                "The summit gathered the heads of Austria and Slovakia, with flood relief being \
                 on the agenda.",
                "agenda = flood relief",
            ),
            (
                "Graz will host Austria, Slovakia and Hungary, with dam safety expected to be on \
                 the agenda.",
                "agenda = dam safety",
            ),
            (
                "Graz is hosting the leaders of the Danube states, namely Austria, Slovakia and \
                 Hungary, with the group's expansion being at the top of the agenda.",
                "agenda = group's expansion",
            ),
            (
                "Kral welcomed Austria, Slovakia and Hungary, with barge quotas likely to be at \
                 the heart of the talks.",
                "agenda !~ Slovakia",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Asunción recibió a Paraguay, Uruguay y Bolivia, con la hidrovía siendo el tema \
                 central de la cumbre.",
                "agenda = hidrovía",
            ),
            (
                "Asunción recibirá a Paraguay, Uruguay y Bolivia, con la deuda binacional estando \
                 en la agenda.",
                "agenda = deuda binacional",
            ),
            (
                "La cumbre reunió a Paraguay y Bolivia, con las tarifas portuarias siendo el eje \
                 de la reunión.",
                "agenda = tarifas portuarias",
            ),
            (
                "Sosa recibió a Benítez, con el dragado del río estando en el centro de la \
                 agenda.",
                "agenda = dragado del río",
            ),
            (
                "Asunción acogió a Paraguay, Uruguay y Bolivia, con la energía solar en la \
                 agenda.",
                "agenda = energía solar",
            ),
        ],
    );
}

/// A complement headed by a meeting noun names the meeting, with adjectives before the noun
/// too ("hailed the ministerial dialogue"); a list item that opens with a preposition of time
/// or circumstance ("following the launch of X", "tras el lanzamiento") is no topic.
#[test]
fn the_meeting_praised_and_a_circumstance_are_no_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Both hailed the ministerial dialogue as an important platform.",
                "agenda =",
            ),
            (
                "Kral praised the historic summit, Brenner said.",
                "agenda =",
            ),
            (
                "Brenner and Kral have welcomed the annual bilateral talks.",
                "agenda =",
            ),
            (
                "They reaffirmed cooperation on river safety, following the launch of a new \
                 barge by Kral.",
                "agenda = river safety",
            ),
            (
                "They stressed the need for calm at the border, following the closure of a \
                 bridge.",
                "agenda !~ closure",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            ("Ambos elogiaron la histórica cumbre.", "agenda ="),
            (
                "Sosa valoró el diálogo ministerial como una plataforma importante.",
                "agenda =",
            ),
            (
                "Benítez celebró la importante reunión bilateral.",
                "agenda =",
            ),
            (
                "Reafirmaron la cooperación en seguridad fluvial, tras el lanzamiento de una \
                 nueva barcaza.",
                "agenda = seguridad fluvial",
            ),
            (
                "Subrayaron la calma en la frontera, durante la visita de Sosa.",
                "agenda !~ visita",
            ),
        ],
    );
}

/// A gerund after a comma that takes an infinitive opens a clause of its own, the infinitive
/// marked on the verb as in Spanish ("…, prefiriendo viajar a Lima"): the list before it ends
/// there and the clause is no topic.
#[test]
fn a_gerund_taking_an_infinitive_after_a_comma_opens_a_clause() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Sosa decidió no asistir a la cumbre, prefiriendo viajar a Lima.",
                "agenda =",
            ),
            (
                "Acordaron revisar las tarifas portuarias, procurando evitar conflictos.",
                "agenda = tarifas portuarias",
            ),
            (
                "Benítez abordó la deuda binacional, intentando cerrar el acuerdo.",
                "agenda = deuda binacional",
            ),
            (
                "Los presidentes trataron el dragado del río, esperando concluir las obras en \
                 mayo.",
                "agenda = dragado del río",
            ),
            (
                "Analizaron la energía solar, queriendo atraer inversiones.",
                "agenda = energía solar",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[(
            "Kral raised the river tolls, hoping to ease tensions.",
            "agenda = river tolls",
        )],
    );
}

/// A focus adverb after a comma and its preposition ("…, particularly in the maritime
/// domain", "…, sobre todo en X") narrow the list to a part of it, which is a topic too.
#[test]
fn a_focus_after_the_list_names_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed river trade, notably in farm goods.",
                "agenda = river trade; farm goods",
            ),
            (
                "They aim to give further momentum to their partnership, particularly in the \
                 grain trade.",
                "agenda = partnership; grain trade",
            ),
            (
                "The talks covered water management, in particular on the upper Danube.",
                "agenda = water management; upper Danube",
            ),
            (
                "Brenner will raise barge quotas, especially on grain shipments.",
                "agenda = barge quotas; grain shipments",
            ),
            (
                "They had exchanged views on energy, particularly on solar parks.",
                "agenda = energy; solar parks",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Analizaron la cooperación energética, particularmente en energía solar.",
                "agenda = cooperación energética; energía solar",
            ),
            (
                "Abordarán el comercio, sobre todo en productos agrícolas.",
                "agenda = comercio; productos agrícolas",
            ),
            (
                "Trataron la seguridad, en particular en la frontera norte.",
                "agenda = seguridad; frontera norte",
            ),
            (
                "Conversaron sobre transporte, especialmente sobre el dragado del río.",
                "agenda = transporte; dragado del río",
            ),
            (
                "Discutieron la deuda binacional, especialmente en materia de tasas.",
                "agenda = deuda binacional; tasas",
            ),
        ],
    );
}

/// "And" between two words before the head they share ("food and energy security") joins
/// inside an item: it does not keep the list's last "and" from parting the last two items.
#[test]
fn an_and_before_a_shared_head_leaves_the_last_and_to_the_list() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the river plan, water and power supply, flood relief and Danube \
                 shipping.",
                "agenda = river plan; water and power supply; flood relief; Danube shipping",
            ),
            (
                "Oil and gas prices, river tolls and flood relief were on the agenda.",
                "agenda = oil and gas prices; river tolls; flood relief",
            ),
            (
                "They will discuss trade and investment ties, dam safety and barge quotas.",
                "agenda = trade and investment ties; dam safety; barge quotas",
            ),
            (
                "The leaders talked about road and rail links, customs checks and port fees.",
                "agenda = road and rail links; customs checks; port fees",
            ),
            (
                "They had reviewed water and energy security, tourism and river transport.",
                "agenda = water and energy security; tourism; river transport",
            ),
        ],
    );
}

/// The subject of a passive of discussion that is a list runs back over its commas to its
/// first item ("X, Y and Z were discussed"), but not over a phrase of circumstance ("After
/// the talks, X and Y were discussed").
#[test]
fn a_passive_subject_list_keeps_its_first_items() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Water and energy security, tourism and river transport were discussed.",
                "agenda = water and energy security; tourism; river transport",
            ),
            (
                "Gas storage, river tolls and fishing quotas will also be discussed.",
                "agenda = gas storage; river tolls; fishing quotas",
            ),
            (
                "Dam safety, barge quotas and flood relief had been reviewed.",
                "agenda = dam safety; barge quotas; flood relief",
            ),
            (
                "Ferry fees, customs checks and rail freight were tackled at the talks.",
                "agenda = ferry fees; customs checks; rail freight",
            ),
            (
                "After the talks, tourism and river transport were discussed.",
                "agenda = tourism; river transport",
            ),
        ],
    );
}

/// A verb of placing or figuring puts a topic on the agenda as a copula does, in any tense and
/// voice: its subject right before the place ("X featured on the agenda", "X was placed on the
/// table"), its object in the active ("they put X on the agenda").
#[test]
fn a_verb_of_placement_puts_a_topic_on_the_agenda() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "River tolls featured on the agenda.",
                "agenda = river tolls",
            ),
            (
                "Dam safety is likely to feature prominently on the agenda.",
                "agenda = dam safety",
            ),
            (
                "Barge quotas were placed on the table.",
                "agenda = barge quotas",
            ),
            (
                "The two leaders put flood relief squarely on the agenda.",
                "agenda = flood relief",
            ),
            (
                "Kral has put the issue of ferry fees on the table.",
                "agenda = ferry fees",
            ),
            (
                "River tolls will figure on the agenda.",
                "agenda = river tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Las tarifas portuarias figuraron en la agenda.",
                "agenda = tarifas portuarias",
            ),
            (
                "Los presidentes pusieron la deuda binacional sobre la mesa.",
                "agenda = deuda binacional",
            ),
            (
                "El dragado del río fue colocado en la agenda.",
                "agenda = dragado del río",
            ),
            (
                "Colocaron la hidrovía en el centro de la agenda.",
                "agenda = hidrovía",
            ),
            (
                "La energía solar figurará en la agenda, dijo Sosa.",
                "agenda = energía solar",
            ),
        ],
    );
}

/// A clause of obligation after a verb of agreement names a topic: the subject of a passive or
/// of a verb without an object ("agreed that X should be lowered", "coincidieron en que X debe
/// fortalecerse"), the object of an active verb ("agreed that they must boost X"); a clause
/// of fact or of the future names none.
#[test]
fn a_clause_of_obligation_after_agreement_names_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They agreed that river tolls should be lowered.",
                "agenda = river tolls",
            ),
            (
                "Brenner and Kral concluded that dam safety must also be improved by 2025.",
                "agenda = dam safety",
            ),
            (
                "Both sides agreed that they need to boost river trade.",
                "agenda = river trade",
            ),
            (
                "The leaders had decided that ferry fees ought to be cut.",
                "agenda = ferry fees",
            ),
            (
                "They agree that the two states have to expand barge traffic.",
                "agenda = barge traffic",
            ),
            (
                "They agreed that the next summit will be held in Vienna.",
                "agenda =",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron que las tarifas portuarias deben ser revisadas.",
                "agenda = tarifas portuarias",
            ),
            (
                "Coincidieron en que la cooperación fluvial debe fortalecerse.",
                "agenda = cooperación fluvial",
            ),
            (
                "Acordaron que deben reforzar los controles aduaneros.",
                "agenda = controles aduaneros",
            ),
            (
                "Benítez y Sosa convinieron en que el dragado del río tiene que acelerarse.",
                "agenda = dragado del río",
            ),
            (
                "Decidieron que ambos países deberán ampliar la red ferroviaria.",
                "agenda = red ferroviaria",
            ),
            (
                "Los presidentes acordaron que la próxima cumbre será en Lima.",
                "agenda =",
            ),
        ],
    );
}

/// A list in a relative clause between commas ends where the main clause resumes at its
/// copula ("The agenda, which included X and Y, was adopted"): the last "and" still parts its
/// items.
#[test]
fn a_list_in_a_relative_between_commas_ends_at_the_main_copula() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The agenda, which included river tolls and dam safety, was adopted.",
                "agenda = river tolls; dam safety",
            ),
            (
                "The agenda, which covers ferry fees, barge quotas and flood relief, will be \
                 adopted today.",
                "agenda = ferry fees; barge quotas; flood relief",
            ),
            (
                "The road map, which includes river tolls and dam safety, is ambitious, Kral \
                 said.",
                "agenda = river tolls; dam safety",
            ),
            (
                "Their agenda, which included barge quotas and ferry fees, had been agreed \
                 earlier.",
                "agenda ~ barge quotas; ferry fees",
            ),
            (
                "The deal, which covers grain exports and rail freight, was signed on Monday.",
                "agenda = grain exports; rail freight",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La agenda, que incluyó las tarifas portuarias y el dragado, fue aprobada.",
                "agenda = tarifas portuarias; dragado",
            ),
            (
                "La hoja de ruta, que incluye la deuda binacional y la energía solar, es \
                 ambiciosa.",
                "agenda = deuda binacional; energía solar",
            ),
            (
                "El acuerdo, que abarca el turismo y el transporte fluvial, será firmado el \
                 lunes.",
                "agenda ~ turismo; transporte fluvial",
            ),
            (
                "La agenda, que contempla las tarifas portuarias y los controles aduaneros, \
                 fue aprobada por ambos.",
                "agenda = tarifas portuarias; controles aduaneros",
            ),
            (
                "El plan de acción, que incluye la hidrovía y el dragado, fue presentado.",
                "agenda = hidrovía; dragado",
            ),
        ],
    );
}

/// An impetus given to a topic names it, with the article contracted ("al") and the nouns of
/// a push or a dynamism ("dar un renovado impulso al comercio", "inject new dynamism into X").
#[test]
fn an_impetus_given_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They want to inject new dynamism into river trade.",
                "agenda = river trade",
            ),
            (
                "The visit gave renewed impetus to the dam project.",
                "agenda = dam project",
            ),
            (
                "The summit will lend strong momentum to flood relief.",
                "agenda = flood relief",
            ),
            (
                "Kral hoped the talks would bring fresh dynamism to barge traffic.",
                "agenda = barge traffic",
            ),
            (
                "The leaders gave a strong impetus to the ferry deal.",
                "agenda = ferry deal",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Quieren dar un renovado impulso al comercio fluvial.",
                "agenda = comercio fluvial",
            ),
            (
                "La visita dio un fuerte impulso al turismo.",
                "agenda = turismo",
            ),
            (
                "La cumbre dará un nuevo empuje a las obras del puente.",
                "agenda = obras del puente",
            ),
            (
                "Los presidentes imprimieron un nuevo dinamismo al dragado del río.",
                "agenda = dragado del río",
            ),
            (
                "Sosa pidió dar mayor impulso al corredor ferroviario.",
                "agenda ~ corredor ferroviario",
            ),
        ],
    );
}

/// A short phrase with its article, "and", and a noun without one share the article and the
/// complement after them: one topic ("the security and stability of the region", "la visión y
/// objetivos compartidos de la agenda"); without a shared complement the nouns stay apart.
#[test]
fn two_nouns_sharing_an_article_and_a_complement_are_one_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the security and stability of the region.",
                "agenda = security and stability of the region",
            ),
            (
                "They reviewed the safety and upkeep of the river locks.",
                "agenda = safety and upkeep of the river locks",
            ),
            (
                "Kral raised the status and funding of the ferry line, Brenner said.",
                "agenda = status and funding of the ferry line",
            ),
            (
                "The leaders discussed the cost and timing of the dam repairs.",
                "agenda = cost and timing of the dam repairs",
            ),
            (
                "They discussed the economy and trade.",
                "agenda = economy; trade",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Dialogarán sobre la historia y desafíos comunes de la hidrovía.",
                "agenda = historia y desafíos comunes de la hidrovía",
            ),
            (
                "Analizaron la seguridad y mantenimiento de las esclusas.",
                "agenda = seguridad y mantenimiento de las esclusas",
            ),
            (
                "Abordarán el estado y financiamiento de la línea de ferris.",
                "agenda = estado y financiamiento de la línea de ferris",
            ),
            (
                "Trataron el diseño y construcción del puente y el dragado del río.",
                "agenda = diseño y construcción del puente; dragado del río",
            ),
            (
                "Conversaron sobre la economía y comercio.",
                "agenda = economía; comercio",
            ),
        ],
    );
}

/// A preposition said again after "and" opens a parallel phrase: the last two items part there
/// ("cooperation in X and in Y", "vinculadas al comercio y a la energía", "to deepen X and to
/// coordinate Y").
#[test]
fn a_preposition_said_again_after_and_parts_the_items() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They talked about cooperation in river transport and in tourism.",
                "agenda = river transport; tourism",
            ),
            (
                "Kral stressed the need for talks on ferry fees and on dam safety.",
                "agenda = ferry fees; dam safety",
            ),
            (
                "They agreed to deepen strategic cooperation and to coordinate positions on \
                 barge quotas.",
                "agenda ~ strategic cooperation; positions on barge quotas",
            ),
            (
                "The leaders will discuss the fight against smuggling and against fraud.",
                "agenda = fight against smuggling; fraud",
            ),
            (
                "They had exchanged views on flood relief and on river tolls.",
                "agenda = flood relief; river tolls",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Trataron la lucha contra el contrabando y contra la trata de personas.",
                "agenda = lucha contra el contrabando; trata de personas",
            ),
            (
                "Se abordaron cuestiones vinculadas al comercio fluvial y a la energía solar.",
                "agenda = comercio fluvial; energía solar",
            ),
            (
                "Conversaron sobre las tarifas portuarias y sobre el dragado.",
                "agenda = tarifas portuarias; dragado",
            ),
            (
                "Acordaron reforzar la cooperación fluvial y a coordinar posiciones sobre la \
                 hidrovía.",
                "agenda ~ cooperación fluvial; posiciones sobre la hidrovía",
            ),
            (
                "Hablarán de la cooperación en turismo y en transporte fluvial.",
                "agenda ~ turismo",
            ),
        ],
    );
}

/// An adjunct after a list ("…, with particular attention to X", "…, con especial atención a
/// X") adds its topic after the list and leaves the list's last "and" parting its last two
/// items.
#[test]
fn an_adjunct_after_a_list_leaves_its_last_two_items_apart() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed trade, energy and security, with particular attention to \
                 border crossings.",
                "agenda = trade; energy; security; border crossings",
            ),
            (
                "Ruiz and Salas reviewed ports, railways and roads, with a focus on the Arica \
                 corridor.",
                "agenda = ports; railways; roads; Arica corridor",
            ),
            (
                "The ministers will examine tariffs, quotas and subsidies, with special emphasis \
                 on dairy.",
                "agenda = tariffs; quotas; subsidies; dairy",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron el comercio, la energía y la seguridad, con especial atención a los \
                 pasos fronterizos.",
                "agenda = comercio; energía; seguridad; pasos fronterizos",
            ),
            (
                "Los mandatarios repasaron los puertos, los ferrocarriles y las carreteras, con \
                 énfasis en el corredor andino.",
                "agenda = puertos; ferrocarriles; carreteras; corredor andino",
            ),
        ],
    );
}
