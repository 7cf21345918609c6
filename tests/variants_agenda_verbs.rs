//! Agenda topics given by verbs and nouns and the complements they take, in English and
//! Spanish: an office handed over at the meeting ("handed over the rotating presidency to
//! X", "traspasó la presidencia pro témpore a Y"). Every sentence here is written by the team;
//! the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// An office handed over is a topic, whatever the verb's tense or voice, with its possessor
/// and modifiers, without who gives it or takes it, nor for how long.
#[test]
fn an_office_handed_over_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner handed over the rotating presidency of the group to Kral.",
                "agenda = rotating presidency of the group",
            ),
            (
                "Kral will take over the chairmanship of the river commission from Brenner.",
                "agenda = chairmanship of the river commission",
            ),
            (
                "The talks ended with the hand-over of the bloc's presidency to Slovakia.",
                "agenda = bloc's presidency",
            ),
            (
                "Slovakia assumed the pro-tem presidency for the next semester.",
                "agenda = pro-tem presidency",
            ),
            (
                "Brenner is handing over the presidency of the council to Kral on Friday.",
                "agenda = presidency of the council",
            ),
            (
                "Kral is expected to take over the presidency of the group, officials said.",
                "agenda = presidency of the group",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Benítez traspasó la presidencia pro témpore del bloque a Sosa.",
                "agenda = presidencia pro témpore del bloque",
            ),
            (
                "Sosa recibirá la presidencia rotatoria del grupo por parte de Benítez.",
                "agenda = presidencia rotatoria del grupo",
            ),
            (
                "Al cierre, Benítez entregó formalmente a Sosa la presidencia del foro regional.",
                "agenda = presidencia del foro regional",
            ),
            (
                "Uruguay asumió la Presidencia Pro Tempore (PPT) del organismo.",
                "agenda = Presidencia Pro Tempore",
            ),
            (
                "La cita concluyó con el traspaso de la presidencia del bloque a Uruguay.",
                "agenda = presidencia del bloque",
            ),
            (
                "Benítez recibió a Sosa en el palacio de gobierno.",
                "agenda =",
            ),
        ],
    );
}

/// ", including on X": members added to talks by the topic's preposition, inside a quotation
/// or not, after any tense of the talks.
#[test]
fn talks_including_on_a_topic_name_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They held long talks, including on rail freight and gas storage.",
                "agenda = rail freight; gas storage",
            ),
            (
                "The two leaders will hold talks on Friday, including on flood relief.",
                "agenda = flood relief",
            ),
            (
                "Brenner and Kral spoke for an hour, “including on river shipping and \
                 hydropower,” a spokesman said.",
                "agenda = river shipping; hydropower",
            ),
            (
                "The leaders had exchanged views, including about border controls, the \
                 spokeswoman said.",
                "agenda = border controls",
            ),
            (
                "Talks are expected to range widely, including on motorway tolls, gas storage \
                 and river shipping.",
                "agenda = motorway tolls; gas storage; river shipping",
            ),
        ],
    );
}

/// "recognised the importance of X": a verb of stance whose object points at its topic, in
/// any tense, as a participle clause or in the passive.
#[test]
fn a_recognised_importance_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner and Kral recognised the importance of river shipping.",
                "agenda = river shipping",
            ),
            (
                "Both leaders recognize the need for closer energy links.",
                "agenda = closer energy links",
            ),
            (
                "Recognizing the importance of flood defence, the leaders agreed to meet again.",
                "agenda = flood defence",
            ),
            (
                "The importance of rail freight was recognized by both sides.",
                "agenda = rail freight",
            ),
            (
                "The two will recognise the value of cross-border policing.",
                "agenda ~ cross-border policing",
            ),
        ],
    );
}

/// The aim of a meeting and its infinitive: "the aim of the talks was to boost X", in any tense,
/// with the aim's owner, a list of verb phrases, and in Spanish an infinitive without a marker.
#[test]
fn the_aim_of_a_meeting_names_its_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The aim of the talks was to boost rail freight.",
                "agenda = rail freight",
            ),
            (
                "Their goal is to expand river shipping and improve flood defence.",
                "agenda = river shipping; flood defence",
            ),
            (
                "The main objective of Tuesday's meeting will be to strengthen energy links.",
                "agenda = energy links",
            ),
            (
                "The leaders' aims include to restore river trade.",
                "agenda = river trade",
            ),
            ("The aim is to reach the target by 2030.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "El encuentro tuvo como objetivo impulsar el comercio fluvial.",
                "agenda = comercio fluvial",
            ),
            (
                "El propósito de la visita es ampliar la cooperación minera.",
                "agenda = cooperación minera",
            ),
            (
                "Los dos mandatarios conversaron en el palacio, con el objetivo de relanzar la \
                 integración eléctrica.",
                "agenda = integración eléctrica",
            ),
            (
                "La meta de ambos gobiernos será ampliar el intercambio comercial y mejorar los \
                 pasos fronterizos.",
                "agenda = intercambio comercial; pasos fronterizos",
            ),
            (
                "Según la cancillería, la finalidad del viaje fue estrechar la cooperación \
                 pesquera.",
                "agenda = cooperación pesquera",
            ),
        ],
    );
}

/// The last item of a list parted at an "and" that an article and a common noun follow ("…
/// and the sports exchange"), in any list shape and tense, but not a pair ("between Graz and
/// the Slovak border") nor a name ("y El Salvador").
#[test]
fn an_and_with_an_article_parts_the_last_item() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They will discuss tourism, forestry and the renewal of cooperation on \
                 development and the sports exchange.",
                "agenda = tourism; forestry; renewal of cooperation on development; sports exchange",
            ),
            (
                "Tourism and the reform of the port authority and the rail timetable were on the \
                 agenda.",
                "agenda = tourism; reform of the port authority; rail timetable",
            ),
            (
                "They discussed trade, security and the future of the bridge between Graz and the \
                 Slovak border.",
                "agenda = trade; security; future of the bridge between Graz and the Slovak border",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordarán la pesca, la minería y la renovación de la cooperación al desarrollo y \
                 el deporte.",
                "agenda = pesca; minería; renovación de la cooperación al desarrollo; deporte",
            ),
            (
                "Entre los temas figuraron la pesca, la minería y la ampliación del puerto de Arica \
                 y la integración eléctrica.",
                "agenda = pesca; minería; ampliación del puerto de Arica; integración eléctrica",
            ),
            (
                "Los acuerdos firmados se refieren a la salud, la educación y la reforma del \
                 sistema aduanero y el turismo.",
                "agenda = salud; educación; reforma del sistema aduanero; turismo",
            ),
            (
                "Analizaron la pesca, la minería y la frontera entre Paraguay y el Uruguay.",
                "agenda = pesca; minería; frontera entre Paraguay y el Uruguay",
            ),
        ],
    );
}

/// A run of short nouns is one topic each, after any cue, on the agenda or as examples; a run
/// of adjectives keeps its head and names no topic of its own.
#[test]
fn a_run_of_short_nouns_is_a_topic_each() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed trade, tourism, energy, forestry, water and rail links.",
                "agenda = trade; tourism; energy; forestry; water; rail links",
            ),
            (
                "Energy, tourism, forestry, health and education were on the agenda.",
                "agenda = energy; tourism; forestry; health; education",
            ),
            (
                "They will sign deals on energy, tourism, forestry, health and food safety.",
                "agenda = energy; tourism; forestry; health; food safety",
            ),
            (
                "They discussed cooperation in areas such as energy, tourism, forestry, health \
                 and culture.",
                "agenda = energy; tourism; forestry; health; culture",
            ),
            (
                "The talks covered bilateral, regional, European and global issues.",
                "agenda !~ bilateral",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron temas como pesca, salud, comercio, cultura y turismo.",
                "agenda = pesca; salud; comercio; cultura; turismo",
            ),
            (
                "Firmarán acuerdos en materia de pesca, salud, minería, cultura y deporte.",
                "agenda = pesca; salud; minería; cultura; deporte",
            ),
            (
                "En la agenda figuran la pesca, la salud, la minería, la cultura y el deporte.",
                "agenda = pesca; salud; minería; cultura; deporte",
            ),
        ],
    );
}

/// A session of the meeting on its programme (a meal, a ceremony, a private or expanded round)
/// or the place it is held in is no topic of it, whatever the list's shape.
#[test]
fn a_session_on_the_programme_is_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The agenda includes a working lunch and rail freight.",
                "agenda = rail freight",
            ),
            (
                "The programme featured a welcoming ceremony, a state dinner and talks on river \
                 shipping.",
                "agenda = river shipping",
            ),
            (
                "On the agenda are a private meeting, flood relief and gas storage.",
                "agenda = flood relief; gas storage",
            ),
            (
                "The agenda included an official ceremony, gas storage and a state banquet.",
                "agenda = gas storage",
            ),
            (
                "They will sign cooperation agreements in the Blue Room, the seat of the \
                 government.",
                "agenda =",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La agenda contempla la pesca artesanal, una reunión privada y una cena de gala.",
                "agenda = pesca artesanal",
            ),
            (
                "La agenda incluye un almuerzo de trabajo, una ceremonia de bienvenida y la \
                 integración eléctrica.",
                "agenda = integración eléctrica",
            ),
            (
                "Luego firmará acuerdos de cooperación en la Casa Verde.",
                "agenda =",
            ),
            (
                "Firmaron acuerdos de cooperación en el Palacio de Gobierno.",
                "agenda =",
            ),
            (
                "Abordaron la ampliación del puerto de Arica en el Palacio de Gobierno.",
                "agenda = ampliación del puerto de Arica",
            ),
        ],
    );
}

/// Verbs of attempt and their infinitive: the infinitive's object is a topic, in any tense or
/// aspect; a list of infinitives is a topic each ("captar X y estrechar Y").
#[test]
fn an_attempt_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Leaders will try to hash out a common position on the river dispute.",
                "agenda = common position on the river dispute",
            ),
            (
                "Brenner and Kral tried to narrow differences over gas storage.",
                "agenda = differences over gas storage",
            ),
            (
                "The two leaders are trying to revive rail freight.",
                "agenda = rail freight",
            ),
            (
                "Both sides strove to restore river trade.",
                "agenda = river trade",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios procuran fortalecer la integración eléctrica.",
                "agenda = integración eléctrica",
            ),
            (
                "Benítez intentó relanzar el corredor bioceánico.",
                "agenda = corredor bioceánico",
            ),
            (
                "Sosa buscará ampliar la cooperación energética.",
                "agenda = cooperación energética",
            ),
            (
                "La visita busca captar inversiones mineras y estrechar lazos fluviales.",
                "agenda = captar inversiones mineras; lazos fluviales",
            ),
        ],
    );
}

/// A document signed on a topic and a meeting given over to one, active or passive, and a
/// topic raised with a person, who is no part of it.
#[test]
fn documents_and_dedications_name_their_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The meeting was devoted to river shipping.",
                "agenda = river shipping",
            ),
            (
                "Talks will be dedicated to flood relief and gas storage.",
                "agenda = flood relief; gas storage",
            ),
            (
                "The two sides signed a joint declaration on rail freight.",
                "agenda = rail freight",
            ),
            (
                "A protocol on hydropower was also signed.",
                "agenda = hydropower",
            ),
            (
                "Their talks revolved around energy prices.",
                "agenda = energy prices",
            ),
            (
                "Brenner will raise gas storage with the Slovak prime minister.",
                "agenda = gas storage",
            ),
            (
                "Brenner raised the issue of gas storage with Kral.",
                "agenda = gas storage",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La reunión estuvo dedicada a la pesca artesanal.",
                "agenda = pesca artesanal",
            ),
            (
                "Firmaron un memorando sobre cooperación minera.",
                "agenda = cooperación minera",
            ),
            (
                "La conversación giró en torno a la integración eléctrica.",
                "agenda = integración eléctrica",
            ),
            (
                "Ambos suscribieron una declaración conjunta sobre el corredor bioceánico.",
                "agenda = corredor bioceánico",
            ),
            (
                "Benítez abordó la pesca artesanal con Sosa.",
                "agenda = pesca artesanal",
            ),
        ],
    );
}

/// A pointing head with an adjective of its kind before it ("concrete steps to X", "posibles
/// vías de Y") still only points: the topic is what it points at.
#[test]
fn a_qualified_pointing_head_is_looked_through() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They agreed to take concrete steps to benefit from Austrian forestry expertise.",
                "agenda = Austrian forestry expertise",
            ),
            (
                "They discussed practical measures for flood defence.",
                "agenda = flood defence",
            ),
            (
                "Joint efforts to protect the river basin were discussed.",
                "agenda = river basin",
            ),
            (
                "They will discuss concrete ways of expanding rail freight.",
                "agenda = expanding rail freight",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Debatieron posibles vías de cooperación minera.",
            "agenda = cooperación minera",
        )],
    );
}

/// A topic at the middle of the talks ("at the heart of the talks", "the main theme of the
/// summit"): a place of which a meeting is the complement, in any tense.
#[test]
fn a_topic_at_the_heart_of_the_talks() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The river dispute was also at the focus of the talks.",
                "agenda = river dispute",
            ),
            (
                "Gas storage will be at the heart of the summit.",
                "agenda = gas storage",
            ),
            (
                "Flood defence is the main theme of the summit.",
                "agenda = flood defence",
            ),
            (
                "Flood defence and river trade were the focus of the meeting.",
                "agenda = flood defence; river trade",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La pesca artesanal estuvo en el centro de las conversaciones.",
                "agenda = pesca artesanal",
            ),
            (
                "La integración eléctrica fue el eje de la reunión.",
                "agenda = integración eléctrica",
            ),
            (
                "La pesca artesanal será el tema central de la reunión.",
                "agenda = pesca artesanal",
            ),
        ],
    );
}

/// "reviewed X with a focus on Y": the focus after "with" names topics of its own, after a
/// comma or not, in any tense.
#[test]
fn a_focus_after_with_names_its_own_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They will review relations with a focus on tourism and rail links.",
                "agenda = tourism; rail links",
            ),
            (
                "The two reviewed the bilateral agenda, with a focus on energy.",
                "agenda = bilateral agenda; energy",
            ),
            (
                "Talks covered trade ties with a special focus on farm exports.",
                "agenda = trade ties; farm exports",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Repasaron la agenda bilateral con foco en la minería del litio.",
                "agenda = agenda bilateral; minería del litio",
            ),
            (
                "Analizarán la relación comercial, con el foco sobre la pesca artesanal.",
                "agenda = relación comercial; pesca artesanal",
            ),
        ],
    );
}

/// "X and prospects for Y": a pointing head after "and" opens an item of its own, looked
/// through to its topic, after any cue and in the subject of the agenda.
#[test]
fn a_pointing_head_after_and_opens_an_item() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed Austrian-Slovak cooperation and prospects for closer rail links.",
                "agenda = Austrian-Slovak cooperation; closer rail links",
            ),
            (
                "Rail freight and ways of expanding river trade were on the agenda.",
                "agenda = rail freight; expanding river trade",
            ),
            (
                "They will discuss energy security and steps toward a joint gas reserve.",
                "agenda = energy security; joint gas reserve",
            ),
            (
                "Kral stressed regional stability and the need for closer police cooperation.",
                "agenda = regional stability; closer police cooperation",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Analizaron la cooperación minera y perspectivas de una integración eléctrica.",
            "agenda = cooperación minera; integración eléctrica",
        )],
    );
}

/// "thanked X for opening Y": what a gerund with its own object names is a topic, in any tense
/// or aspect; thanks for a welcome, for hosting the meeting or for a person are none.
#[test]
fn thanks_for_an_act_name_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner thanked Kral for opening the Slovak market for Austrian timber.",
                "agenda = opening the Slovak market for Austrian timber",
            ),
            (
                "Brenner thanked the Slovak government for approving the new rail tender.",
                "agenda = approving the new rail tender",
            ),
            (
                "Kral thanks Austria for backing the Danube strategy.",
                "agenda = backing the Danube strategy",
            ),
            (
                "Brenner is thanking Kral for easing the border checks.",
                "agenda = easing the border checks",
            ),
            ("Kral thanked Brenner for the warm welcome.", "agenda ="),
            ("Kral thanked Brenner for hosting the summit.", "agenda ="),
            ("Kral thanked Brenner for inviting him to Graz.", "agenda ="),
        ],
    );
}

/// A lead cut off in mid-word: the topic that runs into the cut ends before its broken phrase
/// (or its broken word), after any cue.
#[test]
fn a_topic_cut_off_with_its_lead_keeps_its_whole_words() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed rail links and the expansion of river shipping on the upper stre",
                "agenda = rail links; expansion of river shipping",
            ),
            (
                "Brenner called for closer cooperation on flood defence along the riv",
                "agenda = flood defence",
            ),
            ("They discussed trade and ener", "agenda = trade"),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "En esta cumbre, los aliados darán su apoyo a Paraguay frente a la crisis de \
                 abastecimie",
                "agenda = Paraguay frente a la crisis",
            ),
            (
                "Ambos reiteraron su apoyo al corredor bioceánico frente a las demoras de la obr",
                "agenda = apoyo al corredor bioceánico frente a las demoras",
            ),
        ],
    );
}

/// A clause in a perfect tense is no topic, whichever list it ends ("concretar los acuerdos ha
/// sido un reto").
#[test]
fn a_clause_in_the_perfect_is_no_topic() {
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Abordaron la pesca artesanal, y concretar los acuerdos ha sido un reto.",
                "agenda = pesca artesanal",
            ),
            (
                "Analizaron el litio y cerrar el acuerdo ha sido difícil.",
                "agenda = litio",
            ),
        ],
    );
    check_after(
        "en",
        MEETING_EN,
        &[(
            "They discussed rail freight, and closing the deal has been a challenge.",
            "agenda = rail freight",
        )],
    );
}

/// An intention and its infinitive name a topic as an aim does ("expressed the intention to
/// expand X"), and an object that runs into its clause's verb ends before it.
#[test]
fn an_intention_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Both leaders expressed the intention to expand river shipping.",
                "agenda = river shipping",
            ),
            (
                "Kral signalled his willingness to revive rail freight.",
                "agenda = rail freight",
            ),
            ("I will do my best to bring peace.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Una declaración que expresa la voluntad de fortalecer los lazos comerciales \
                 firmaron hoy ambos presidentes.",
                "agenda = lazos comerciales",
            ),
            (
                "Ambos mostraron su disposición a ampliar la cooperación minera.",
                "agenda = cooperación minera",
            ),
            (
                "El documento destaca el interés de ambos gobiernos de potenciar el turismo \
                 rural.",
                "agenda = turismo rural",
            ),
            (
                "Una declaración que expresa la voluntad de consolidar la pesca artesanal \
                 firmaron hoy el presidente paraguayo, Tomás Benítez, y Raúl Sosa.",
                "agenda = pesca artesanal",
            ),
        ],
    );
}

/// A document of the meeting and what it includes ("the agreement covers X", "la hoja de ruta
/// contempla Y"), in any tense and in a relative clause; what it is said to be, or not to
/// include, is no topic.
#[test]
fn what_a_document_includes_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The agreement also covers river shipping and flood relief.",
                "agenda = river shipping; flood relief",
            ),
            (
                "They signed a road map that includes a joint rail tender.",
                "agenda = joint rail tender",
            ),
            (
                "The joint declaration will include gas storage.",
                "agenda = gas storage",
            ),
            ("The deal was a success.", "agenda ="),
            ("The agreement does not cover river shipping.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Asimismo, el acuerdo incluye la reanudación de las conexiones fluviales.",
                "agenda = reanudación de las conexiones fluviales",
            ),
            (
                "La hoja de ruta contempla la reapertura de los pasos fronterizos.",
                "agenda = reapertura de los pasos fronterizos",
            ),
            (
                "El acuerdo no incluye ninguna mención a la frontera marítima.",
                "agenda =",
            ),
        ],
    );
}

/// When a topic is to be settled is no part of it, whether the tail names a time or a point
/// of a period before its time ("by the end of the year", "a finales de año").
#[test]
fn a_point_of_a_period_is_cut_with_its_time() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The two sides agreed to conclude a river shipping treaty by the end of the year.",
                "agenda = river shipping treaty",
            ),
            (
                "The leaders agreed to sign a gas storage accord at the start of next month.",
                "agenda = gas storage accord",
            ),
            (
                "Brenner and Kral agreed to finalise the rail tender before the end of 2025.",
                "agenda = rail tender",
            ),
            (
                "The sides have agreed to launch a joint flood relief fund by the middle of next year.",
                "agenda = joint flood relief fund",
            ),
            (
                "The leaders discussed the end of the border dispute.",
                "agenda = end of the border dispute",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios acordaron firmar un tratado de navegación fluvial a finales de año.",
                "agenda = tratado de navegación fluvial",
            ),
            (
                "Ambos acordaron concluir la interconexión eléctrica a mediados de 2025.",
                "agenda = interconexión eléctrica",
            ),
        ],
    );
}

/// "with X at the top of the agenda": a clause without a verb after "with" puts its subject,
/// a list or one topic, where the agenda position says.
#[test]
fn a_topic_with_its_place_on_the_agenda_after_with() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They sat down with river shipping, flood relief and rail links at the top of \
                 the agenda.",
                "agenda = river shipping; flood relief; rail links",
            ),
            (
                "The talks opened on Tuesday, with gas storage high on the agenda.",
                "agenda = gas storage",
            ),
            (
                "Brenner arrived with the joint rail tender and border checks on the agenda.",
                "agenda = joint rail tender; border checks",
            ),
            (
                "The leaders met again with flood relief at the heart of the talks.",
                "agenda = flood relief",
            ),
            (
                "With the Danube ports at the centre of the agenda, the talks ran late.",
                "agenda = Danube ports",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "La reunión transcurrió con la hidrovía y el gas en el centro de la agenda.",
            "agenda = hidrovía; gas",
        )],
    );
}

/// People are no topics: a verb's object that opens with a person lists people ("stressed
/// Brenner and his Slovak peer"), and a phrase after a phrasal verb's particle names no topic
/// ("to get off the summit").
#[test]
fn people_and_particles_name_no_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The aim of the talks, stressed Brenner and his Slovak peer in the morning, is \
                 still unclear.",
                "agenda =",
            ),
            (
                "The aim, stressed Kral and his host, was a secret.",
                "agenda =",
            ),
            ("Kral decided to get off the summit early.", "agenda ="),
            ("Brenner chose to call off the summit.", "agenda ="),
            ("They agreed to back out of the summit.", "agenda ="),
        ],
    );
}

/// A later meeting is agreed or prepared at this one: its sentence keeps its topics, and the
/// meeting that dates them is cut like a time ("before the next summit"). A sentence about an
/// earlier meeting names none of this one's topics.
#[test]
fn another_meeting_rules_out_only_an_earlier_one() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They also agreed to hold two expert meetings on river shipping before the \
                 next summit.",
                "agenda = two expert meetings on river shipping",
            ),
            (
                "Brenner and Kral discussed rail links before the next summit in Bratislava.",
                "agenda = rail links",
            ),
            (
                "The leaders agreed to launch a joint rail tender before their next meeting in \
                 June.",
                "agenda = joint rail tender",
            ),
            (
                "The sides agreed to set up a gas storage fund, which the next summit will \
                 review.",
                "agenda = gas storage fund",
            ),
            (
                "The two leaders last met in Vienna in May, where they discussed border checks.",
                "agenda =",
            ),
            (
                "At their previous summit in 2021, the leaders discussed the Danube ports.",
                "agenda =",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Acordaron impulsar la navegación fluvial antes de la próxima cumbre.",
                "agenda = navegación fluvial",
            ),
            (
                "En su cumbre anterior, en 2021, los mandatarios abordaron la navegación fluvial.",
                "agenda =",
            ),
        ],
    );
}

/// Single words before a pointing head they share ("spheres", "sectors", "areas") name a
/// topic each, in a list with or without "and" before the last, in any tense.
#[test]
fn modifiers_of_a_pointing_head_name_a_topic_each() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed cooperation in the political, trade-economic and cultural \
                 spheres.",
                "agenda = political; trade-economic; cultural spheres",
            ),
            (
                "The sides reviewed ties in the energy, transport, water and farming sectors.",
                "agenda = energy; transport; water; farming sectors",
            ),
            (
                "Kral stressed the importance of work in the legal, fiscal and customs areas.",
                "agenda = legal; fiscal; customs areas",
            ),
            (
                "The leaders will discuss links in the rail, river, postal fields and tourism.",
                "agenda = rail; river; postal fields; tourism",
            ),
            (
                "Brenner and Kral have discussed the scientific, cultural, youth spheres.",
                "agenda = scientific; cultural; youth spheres",
            ),
        ],
    );
}

/// An impetus given to a topic names it, whatever gives it: a meeting, a visit, its aim
/// ("an aim to give further momentum to X", "un renovado impulso a Y").
#[test]
fn an_impetus_given_to_a_topic_names_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The talks were held with an aim to give further momentum to river shipping.",
                "agenda = river shipping",
            ),
            (
                "Brenner said the visit had lent new impetus to the rail partnership.",
                "agenda = rail partnership",
            ),
            (
                "The leaders hope to give fresh impetus to flood relief.",
                "agenda = flood relief",
            ),
            (
                "Kral called the summit a boost to cross-border trade.",
                "agenda = cross-border trade",
            ),
            (
                "The meeting gave momentum to the joint gas storage plan.",
                "agenda = joint gas storage plan",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "La reunión supuso un renovado impulso a la navegación fluvial.",
                "agenda = navegación fluvial",
            ),
            (
                "La cumbre dio mayor dinamismo a la integración energética.",
                "agenda = integración energética",
            ),
        ],
    );
}

/// ", with X calling for Y": "with", a subject and a gerund after a comma open a clause of
/// their own, whose verb gives its own topics; "with attention to" goes on with the list.
#[test]
fn a_clause_after_with_and_a_gerund_gives_its_own_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They met after months of tension over border checks, with Austria calling \
                 for the neighbours to deepen river shipping.",
                "agenda = border checks; river shipping",
            ),
            (
                "The leaders discussed gas storage, with Kral urging Vienna to expand rail links.",
                "agenda = gas storage; rail links",
            ),
            (
                "Brenner raised flood relief, with Slovakia pressing for a joint rail tender.",
                "agenda = flood relief; joint rail tender",
            ),
            (
                "The two discussed the Danube ports, with Austria pushing for a free trade zone.",
                "agenda = Danube ports; free trade zone",
            ),
            (
                "The leaders discussed energy, with particular attention to improving grid \
                 links.",
                "agenda = energy; improving grid links",
            ),
        ],
    );
}

/// Nouns of thanks take a topic as the verbs of thanks do: an act with its own object, not a
/// welcome nor the meeting.
#[test]
fn gratitude_for_an_act_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner extended gratitude to Kral for opening the gas market to Austrian firms.",
                "agenda = opening the gas market to Austrian firms",
            ),
            (
                "Kral expressed his gratitude to Brenner for reopening the river port of Komarno.",
                "agenda = reopening the river port of Komarno",
            ),
            (
                "Brenner conveyed his thankfulness to Kral for easing the border checks.",
                "agenda = easing the border checks",
            ),
            (
                "Kral will express gratitude to Austria for funding the new rail bridge.",
                "agenda = funding the new rail bridge",
            ),
            (
                "Brenner expressed gratitude for the warm welcome.",
                "agenda =",
            ),
            (
                "Kral voiced his gratitude to Brenner for hosting the summit.",
                "agenda =",
            ),
        ],
    );
}

/// A commitment and its infinitive name a topic as an aim does ("expressed his commitment to
/// expand X", "el compromiso de ampliar Y"); a commitment to a body names none.
#[test]
fn a_commitment_and_its_infinitive_name_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner expressed his government's commitment to expand river shipping.",
                "agenda = river shipping",
            ),
            (
                "Kral reaffirmed his commitment to boost rail links.",
                "agenda = rail links",
            ),
            (
                "The leaders restated their commitment to strengthen flood relief.",
                "agenda = flood relief",
            ),
            (
                "Brenner voiced a firm commitment to resolve the gas storage dispute.",
                "agenda = gas storage dispute",
            ),
            (
                "The commitment of both leaders is to deepen cross-border trade.",
                "agenda = cross-border trade",
            ),
            ("Kral kept his commitment to the group.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Ambos expresaron el compromiso de ampliar la integración energética.",
            "agenda = integración energética",
        )],
    );
}
