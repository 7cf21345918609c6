//! The meeting, its kind, status, sessions and duration on wording the rules were not written
//! on, found by probing the reader with short team-written articles: the date of a meeting to
//! come, a day kept for another event, a relative clause's tense, possessive countries before
//! titles, verbs of meeting whose object is a thing. Each table has meetings that must be read
//! and sentences that report none. Every sentence is written by the team; the names are
//! invented.

mod common;

use common::NO_MEETING;

/// Checks each `(lang, text, expected)` row, published on 2026-03-10.
fn check_rows(table: &[(&str, &str, &str)]) {
    common::check_lang_rows("2026-03-10", table);
}

/// "se reunirán en abril", "will meet in 2027": a later month or year after a verb in the
/// future dates the meeting the text first reports; in the past, or after the meeting is
/// reported, it dates another meeting.
#[test]
fn later_month_dates_a_meeting_to_come() {
    check_rows(&[
        (
            "es",
            "Los presidentes de Ecuador y Colombia, Marta Cedeño y Tulio Arango, se reunirán en abril en Quito.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "La presidenta hondureña, Lidia Zelaya, celebrará en junio una cumbre con su homólogo salvadoreño, Rafael Quintanilla.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "Está previsto que el canciller uruguayo, Tomás Bordaberry, se reúna en mayo con el presidente paraguayo, Hugo Benítez.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Prime Minister Olaf Brandt of Denmark will meet President Ana Sousa of Portugal in May in Lisbon.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "President Hanna Kivi of Estonia is scheduled to hold talks with Latvian President Juris Ozols in 2027, officials said.",
            "kind = bilateral\nstatus = planned",
        ),
        // a past month long before the page recalls another meeting
        (
            "en",
            "Prime Minister Olaf Brandt of Denmark met President Ana Sousa of Portugal in October in Lisbon.",
            NO_MEETING,
        ),
        (
            "es",
            "Los presidentes de Ecuador y Colombia, Marta Cedeño y Tulio Arango, se reunieron en octubre en Quito.",
            NO_MEETING,
        ),
    ]);
}

/// "en el cuarto aniversario de la invasión rusa": a day kept for an event that is no meeting
/// dates the meeting it is told with; the anniversary of a meeting recalls that meeting.
#[test]
fn anniversary_of_an_event_dates_the_meeting() {
    check_rows(&[
        (
            "es",
            "El presidente ucraniano, Bohdan Lysenko, se reunió con el primer ministro polaco, Marek Zielin, en el cuarto aniversario de la invasión rusa.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "En el décimo aniversario del terremoto, la presidenta chilena, Inés Araya, recibió en Santiago al presidente peruano, Óscar Salas.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "Con motivo del aniversario de la independencia, el rey Felipe de Arandia se reunirá con el presidente mexicano, Raúl Cota.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Ukrainian President Bohdan Lysenko met Polish Prime Minister Marek Zielin on the fourth anniversary of the Russian invasion.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "On the tenth anniversary of the earthquake, Chilean President Ines Araya hosted Peruvian President Oscar Salas in Santiago.",
            "kind = bilateral\nstatus = held",
        ),
        // the anniversary of a meeting recalls it
        (
            "es",
            "En el décimo aniversario de la cumbre de Arica, la presidenta chilena, Inés Araya, y el presidente peruano, Óscar Salas, recordaron el acuerdo.",
            NO_MEETING,
        ),
    ]);
}

/// "se celebrará … la semana que viene", "tendrá lugar": a verb of taking place in the future
/// has the meeting for its subject, however long the subject.
#[test]
fn future_verb_of_taking_place_plans_the_meeting() {
    check_rows(&[
        (
            "es",
            "La cumbre entre los presidentes de Ecuador y Perú, Marta Cedeño y Óscar Salas, se celebrará en Quito la semana que viene.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "La reunión de los cancilleres de Bolivia y Paraguay, Carla Quispe y Hugo Benítez, tendrá lugar la semana que viene en Asunción.",
            "kind = ministerial\nstatus = planned",
        ),
        (
            "es",
            "El encuentro entre el presidente argentino, Julián Ferraro, y su par uruguayo, Tomás Bordaberry, se realizará el mes que viene.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "La cumbre entre los presidentes de Ecuador y Perú, Marta Cedeño y Óscar Salas, se celebró en Quito la semana pasada.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "The summit between the presidents of Ecuador and Peru, Marta Cedeno and Oscar Salas, will take place in Quito next week.",
            "kind = bilateral\nstatus = planned",
        ),
    ]);
}

/// "X, who took office in January, will meet Y": the verb of a relative clause set off by
/// commas tells of its antecedent; the main verb gives the meeting's tense.
#[test]
fn relative_clause_tense_is_not_the_meeting_tense() {
    check_rows(&[
        (
            "en",
            "Chancellor Karl Weber, who took office in January, will meet President Anna Novak of Slovenia on Thursday.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Slovenian President Anna Novak, who was elected last year, is scheduled to hold talks with Chancellor Karl Weber in Vienna.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "El canciller austriaco, Karl Weber, que asumió el cargo en enero, se reunirá el jueves con la presidenta eslovena, Anna Novak.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "La presidenta eslovena, Anna Novak, quien fue elegida el año pasado, recibirá en Liubliana al presidente croata, Ivo Maric.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Chancellor Karl Weber, who will step down in May, met President Anna Novak of Slovenia on Thursday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Chancellor Karl Weber met President Anna Novak of Slovenia, who took office in January, in Ljubljana.",
            "kind = bilateral\nstatus = held",
        ),
    ]);
}

/// "speaking alongside X at the White House, Y said", "compareció junto a X": a joint
/// appearance of two leaders tells of their meeting; alone, or beside one's own people, none.
#[test]
fn joint_appearance_is_a_meeting() {
    check_rows(&[
        (
            "en",
            "Speaking alongside President Rosa Lopez of Chile at La Moneda, Prime Minister Kenji Tanaka of Japan said the talks were useful.",
            "kind = bilateral\nprincipals = Rosa Lopez | President | Chile; Kenji Tanaka | Prime Minister | Japan",
        ),
        (
            "en",
            "Prime Minister Kenji Tanaka of Japan appeared alongside President Rosa Lopez of Chile at a news conference in Santiago on Monday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Standing alongside Chilean President Rosa Lopez, Japanese Prime Minister Kenji Tanaka announced a new trade deal.",
            "kind = bilateral",
        ),
        (
            "es",
            "Hablando junto a la presidenta chilena, Rosa López, en el Palacio de La Moneda, el primer ministro japonés, Kenji Tanaka, dijo que las conversaciones fueron útiles.",
            "kind = bilateral",
        ),
        (
            "es",
            "El primer ministro japonés, Kenji Tanaka, compareció junto a la presidenta chilena, Rosa López, en Santiago.",
            "kind = bilateral",
        ),
        (
            "en",
            "Prime Minister Kenji Tanaka of Japan spoke to reporters in Tokyo on Monday.",
            NO_MEETING,
        ),
    ]);
}

/// "welcomed the ceasefire between Israel and Hamas", "acogió con satisfacción la decisión": a
/// verb of hosting whose object is a thing (an event, a decision, a deal) reports no meeting;
/// a person, a title or a visit after it does.
#[test]
fn hosting_a_thing_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "President Vesna Horvat of Slovenia welcomed the ceasefire between Israel and Hamas on Monday.",
            NO_MEETING,
        ),
        (
            "en",
            "Croatian President Ivo Maric welcomed the agreement between Serbia and Kosovo, his office said.",
            NO_MEETING,
        ),
        (
            "en",
            "Chancellor Karl Weber has welcomed the decision of the court in Luxembourg.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta eslovena, Vesna Horvat, acogió con satisfacción el alto el fuego entre Israel y Hamás.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente croata, Ivo Maric, recibió con beneplácito el acuerdo entre Serbia y Kosovo.",
            NO_MEETING,
        ),
        // a person, a visit or a time after the verb: a meeting
        (
            "en",
            "President Ivo Maric of Croatia welcomed the visiting president of Slovenia, Vesna Horvat, in Zagreb.",
            "kind = bilateral",
        ),
        (
            "es",
            "El presidente croata, Ivo Maric, recibió este martes a la presidenta eslovena, Vesna Horvat.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "El presidente croata, Ivo Maric, recibió la visita de la presidenta eslovena, Vesna Horvat.",
            "kind = bilateral",
        ),
    ]);
}

/// "La Asamblea Nacional de Panamá se reunió": a meeting's name, with its capitalised
/// adjectives after the noun, that names one country is that country's own body, which meets
/// at home with its one officer: no meeting of sides. A gathering named so with two sides is
/// still a meeting.
#[test]
fn country_own_body_meeting_is_no_meeting() {
    check_rows(&[
        (
            "es",
            "La Asamblea Nacional de Panamá se reunió el lunes en sesión extraordinaria. El presidente de la Asamblea, Jorge Herrera, abrió la sesión.",
            NO_MEETING,
        ),
        (
            "es",
            "La Asamblea Nacional de Panamá se reunió el lunes para debatir el presupuesto, según su presidente, Jorge Herrera.",
            NO_MEETING,
        ),
        (
            "es",
            "El Congreso Nacional de Honduras se reunió el martes en Tegucigalpa; su presidente, Luis Zelaya, dirigió el debate.",
            NO_MEETING,
        ),
        (
            "es",
            "La Asamblea Legislativa de Costa Rica se reunirá el jueves. Su presidenta, Ana Mora, convocó la sesión.",
            NO_MEETING,
        ),
        (
            "en",
            "The National Congress of Chile met on Tuesday. Its president, Pedro Lagos, opened the session.",
            NO_MEETING,
        ),
        (
            "es",
            "La Cumbre Andina de Quito reunió el lunes al presidente ecuatoriano, Luis Páez, y a su homólogo colombiano, Iván Mejía.",
            "kind = bilateral\nname = Cumbre Andina de Quito",
        ),
    ]);
}

/// "Foreign Minister X met her Hungarian counterpart, Y": a counterpart holds the title of the
/// person named just before it, a delegation member's counterpart a member's title, not the
/// first principal's.
#[test]
fn counterpart_takes_the_title_of_whom_it_is_counterpart() {
    check_rows(&[
        (
            "en",
            "President Vera Kranjc of Slovenia met Hungarian President Laszlo Kovacs in Ljubljana on Monday. Slovenian Foreign Minister Maja Zupan met her Hungarian counterpart, Peter Szabo.",
            "members = Maja Zupan | Foreign Minister | Slovenia",
        ),
        (
            "en",
            "President Vera Kranjc of Slovenia met Hungarian President Laszlo Kovacs in Ljubljana. Slovenian Foreign Minister Maja Zupan held talks with her Hungarian counterpart Peter Szabo.",
            "members = Maja Zupan | Foreign Minister | Slovenia",
        ),
        (
            "es",
            "El presidente esloveno, Anton Kranjc, recibió al presidente húngaro, Laszlo Kovacs. La canciller eslovena, Maja Zupan, se reunió con su homólogo húngaro, Peter Szabo.",
            "principals = Anton Kranjc | Presidente | Slovenia; Laszlo Kovacs | Presidente | Hungary; Peter Szabo | Canciller | Hungary",
        ),
        (
            "es",
            "El presidente esloveno, Anton Kranjc, recibió en Liubliana al presidente húngaro, Laszlo Kovacs. Por su parte, el ministro de Defensa esloveno, Marko Zupan, se reunió con su homólogo húngaro, Peter Szabo.",
            "principals = Anton Kranjc | Presidente | Slovenia; Laszlo Kovacs | Presidente | Hungary; Peter Szabo | Ministro de Defensa | Hungary",
        ),
        // with no one named before it, the counterpart is of the first principal
        (
            "en",
            "Hungarian President Laszlo Kovacs met his Slovenian counterpart, Vera Kranjc, in Budapest on Monday.",
            "principals = Laszlo Kovacs | President | Hungary; Vera Kranjc | President | Slovenia",
        ),
    ]);
}

/// Sessions and their lengths: "cerca de 40 minutos" is about 40 minutes; verbs of lasting
/// ("se prolongó", "duraron") time the talks; a meal timed in the sentence after the report is
/// a session of its own; the length of a thing that is no meeting ("after a two-hour flight")
/// and a span up to now ("gobierna desde hace 20 años") time nothing.
#[test]
fn sessions_and_their_lengths() {
    let es = "El presidente croata, Ivo Maric, recibió a la presidenta eslovena, Vesna Horvat, en Zagreb.";
    let en = "President Ivo Maric of Croatia met President Vesna Horvat of Slovenia in Zagreb on Monday.";
    let rows_es = [
        (
            format!("{es} La reunión a solas duró cerca de 40 minutos."),
            "sessions = oneonone 40 min",
        ),
        (
            format!("{es} El encuentro se prolongó dos horas."),
            "sessions = talks 120 min",
        ),
        (
            format!("{es} Las conversaciones duraron una hora y media."),
            "sessions = talks 90 min",
        ),
        (
            format!(
                "{es} El almuerzo de trabajo, que duró una hora, fue seguido de una conferencia de prensa."
            ),
            "sessions = meal 60 min",
        ),
        (
            format!(
                "{es} Maric, que gobierna desde hace 20 años, dijo que la reunión de dos horas fue productiva."
            ),
            "kind = bilateral\nsessions = talks 120 min",
        ),
        (
            format!(
                "{es} Conversaron durante casi una hora y luego compartieron un almuerzo de trabajo."
            ),
            "sessions = talks 60 min; meal",
        ),
    ];
    let rows_en = [
        (
            format!("{en} After a two-hour flight, Horvat was greeted at the airport."),
            "sessions =",
        ),
        (
            format!("{en} The tête-à-tête lasted about 40 minutes, and a working lunch followed."),
            "sessions = oneonone 40 min; meal",
        ),
        (
            format!("{en} They held a one-on-one meeting followed by talks in an expanded format."),
            "sessions = oneonone; expanded",
        ),
        (
            format!("{en} The talks lasted into the evening."),
            "sessions =",
        ),
        (
            format!("{en} The working dinner, which lasted two hours, ended with a toast."),
            "sessions = meal 120 min",
        ),
    ];
    for (lang, rows) in [("es", &rows_es[..]), ("en", &rows_en[..])] {
        let rows: Vec<(String, &str, &str)> = (rows.iter())
            .map(|(text, expected)| (text.clone(), "2026-03-10", *expected))
            .collect();
        common::check_in(lang, &rows);
    }
}

/// "declined an invitation to meet X", "rechazó reunirse con X": a verb of refusing that governs
/// a meeting word close after it refuses the meeting, whatever date follows; a refusal of
/// something at the meeting leaves the meeting reported.
#[test]
fn meeting_refused_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Kenyan President Ruto Wafula declined an invitation to meet Ugandan President Amos Okello.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula rejected a meeting with Ugandan President Amos Okello, his office said.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula has refused to meet Ugandan President Amos Okello on Friday.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, rechazó reunirse con su homólogo ugandés, Amos Okello.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, se negó a recibir el lunes a su homólogo ugandés, Amos Okello.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula met Ugandan President Amos Okello in Kampala and rejected the proposal at the meeting.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, se reunió con su homólogo ugandés, Amos Okello, y rechazó la propuesta en la reunión.",
            "kind = bilateral\nstatus = held",
        ),
    ]);
}

/// "talks are under way", "the two leaders are meeting in Kampala today": the progressive of a
/// meeting reports it under way (a later date plans it); "met with business leaders and
/// investors": a group of one side's own people is no second side.
#[test]
fn meeting_under_way_and_own_people() {
    check_rows(&[
        (
            "en",
            "Talks between Kenyan President Ruto Wafula and Ugandan President Amos Okello are under way in Kampala.",
            "kind = bilateral\nstatus = ongoing",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula and Ugandan President Amos Okello are meeting in Kampala today.",
            "kind = bilateral\nstatus = ongoing",
        ),
        (
            "en",
            "The foreign ministers of Kenya and Uganda, Joy Mutua and Sam Kato, are holding talks in Entebbe.",
            "kind = ministerial\nstatus = ongoing",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula is meeting Ugandan President Amos Okello in Kampala on March 20.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula met with business leaders and investors in London.",
            NO_MEETING,
        ),
        (
            "en",
            "In Berlin, Kenyan President Ruto Wafula held talks with German business leaders on Tuesday.",
            NO_MEETING,
        ),
    ]);
}

/// "spoke by phone with X", "phoned X": a call told by its verb is a meeting held at a
/// distance; speaking to reporters on the phone is none.
#[test]
fn call_told_by_its_verb() {
    check_rows(&[
        (
            "en",
            "Kenyan President Ruto Wafula spoke by phone with Ugandan President Amos Okello on Monday.",
            "kind = bilateral\nstatus = held\nvirtual = true",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula phoned Ugandan President Amos Okello on Monday to discuss the border.",
            "kind = bilateral\nstatus = held\nvirtual = true",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula talked by phone with Ugandan President Amos Okello, the presidency said.",
            "kind = bilateral\nstatus = held\nvirtual = true",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula will speak by phone with Ugandan President Amos Okello on Friday.",
            "kind = bilateral\nstatus = planned\nvirtual = true",
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, conversó por teléfono con su homólogo ugandés, Amos Okello.",
            "kind = bilateral\nstatus = held\nvirtual = true",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula spoke to reporters on the phone.",
            NO_MEETING,
        ),
    ]);
}

/// "lunched with X", "almorzó con X": a meal shared, told by its verb, is a meeting held.
#[test]
fn meal_told_by_its_verb() {
    check_rows(&[
        (
            "en",
            "Chilean President Ines Barcala lunched with Peruvian President Ramiro Tello in Lima on Monday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Chilean President Ines Barcala had dinner with Peruvian President Ramiro Tello in Lima on Monday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Ines Barcala, the Chilean president, dined with Peruvian President Ramiro Tello at the palace.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "La presidenta chilena, Inés Barcala, almorzó el lunes en Lima con su homólogo peruano, Ramiro Tello.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "La presidenta chilena, Inés Barcala, cenará el jueves con su homólogo peruano, Ramiro Tello.",
            "kind = bilateral\nstatus = planned",
        ),
    ]);
}

/// "met for the first time since 2019", "por primera vez desde 2019": a year after a time not
/// counted and "since" starts the span up to this meeting; "have met three times since 2019"
/// tells of other meetings.
#[test]
fn first_time_since_a_year_is_this_meeting() {
    check_rows(&[
        (
            "en",
            "Kenyan President Ruto Wafula and Ugandan President Amos Okello met for the first time since 2019 in Kampala on Monday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula met Ugandan President Amos Okello on Monday, for the first time since 2021.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "Los presidentes de Kenia y Uganda, Ruto Wafula y Amos Okello, se reunieron por primera vez desde 2019 en Kampala.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, recibió por primera vez desde 2020 a su homólogo ugandés, Amos Okello.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula and Ugandan President Amos Okello have met three times since 2019.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula and Ugandan President Amos Okello have met twice since 2019.",
            NO_MEETING,
        ),
    ]);
}

/// "recibió al equipo nacional de fútbol en Nairobi", "met the governors of all 47 counties in
/// Nairobi": one participant meeting at home, with no other country and no group of sides
/// named, meets no second side; a group of sides named ("los cancilleres de la Celac") keeps
/// the meeting.
#[test]
fn one_participant_at_home_is_no_meeting() {
    check_rows(&[
        (
            "es",
            "El presidente keniano, Ruto Wafula, recibió al equipo nacional de fútbol en Nairobi.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, se reunió con los gobernadores del país en Nairobi.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula met the governors of all 47 counties in Nairobi.",
            NO_MEETING,
        ),
        (
            "en",
            "Kenyan President Ruto Wafula hosted the winners of the national science fair at State House in Nairobi on Friday.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, recibirá el lunes en Mombasa a los alcaldes de la costa.",
            NO_MEETING,
        ),
        (
            "es",
            "Los cancilleres de la Comunidad Andina se reunieron en Lima, donde el canciller peruano, Tomás Quiroga, abrió la sesión.",
            "kind = ministerial",
        ),
    ]);
}

/// A participle set off by a comma with its agent ("…, attended by X", "…, hosted by X",
/// "…, presidida por X") describes the meeting, as a relative clause does: the main verb's
/// tense gives the status.
#[test]
fn a_participle_set_off_has_no_tense() {
    check_rows(&[
        (
            "en",
            "Prime Minister Ravi Mehta will chair the Quad summit in New Delhi on Thursday, \
             attended by U.S. President Joe Ward and Japanese Prime Minister Ken Sato.",
            "status = planned\ndate = on Thursday = 2026-03-12",
        ),
        (
            "en",
            "The summit, hosted by Prime Minister Ravi Mehta, will open in New Delhi on Friday \
             with U.S. President Joe Ward.",
            "status = planned",
        ),
        (
            "en",
            "Prime Minister Ravi Mehta chaired the Quad summit in New Delhi on Thursday, attended \
             by U.S. President Joe Ward and Japanese Prime Minister Ken Sato.",
            "status = held\ndate = on Thursday = 2026-03-05",
        ),
        (
            "es",
            "El primer ministro indio, Ravi Mehta, presidirá la cumbre del Quad el jueves en \
             Nueva Delhi, acompañado por el presidente estadounidense, Joe Ward.",
            "status = planned\ndate = el jueves = 2026-03-12",
        ),
    ]);
}

/// One leader and a meeting noun in passing, with neither a tense of the meeting, nor its
/// time, nor a verb of meeting ("dijo en su conferencia matutina", "warned, after last year's
/// G20 summit, that …"), attest no meeting of sides; a verb of hosting or meeting does ("Fiji
/// hosts a meeting of trade ministers").
#[test]
fn a_meeting_word_in_passing_by_one_leader_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "FRANKFURT — ECB President Anne Roux warned, after last year's G20 summit, that \
             tariffs slow growth in the euro area.",
            NO_MEETING,
        ),
        (
            "en",
            "WELLINGTON — Prime Minister Ann Cole spoke about the Pacific summit in her weekly \
             address from Wellington.",
            NO_MEETING,
        ),
        (
            "es",
            "CIUDAD DE MÉXICO, 9 Mar (EFE).- La presidenta Ana Lima dijo este lunes en su \
             conferencia matutina que el país no es colonia de nadie.",
            NO_MEETING,
        ),
        (
            "es",
            "FRÁNCFORT, 9 Mar (EFE).- La presidenta del BCE, Ana Roux, advirtió este lunes, tras \
             la cumbre del G20 del año pasado, que los aranceles frenan el crecimiento.",
            NO_MEETING,
        ),
        (
            "en",
            "Fiji hosts a meeting of the bloc's trade ministers, chaired by Minister Ratu Vosa, on \
             fishing quotas with Tonga.",
            "kind = ministerial",
        ),
    ]);
}

/// A meeting someone prepares for is still to come ("as she prepares for a summit with X",
/// "is preparing for talks with X", "se prepara para la cumbre con X"), whatever the tense of
/// the clause around it.
#[test]
fn a_meeting_prepared_for_is_to_come() {
    check_rows(&[
        (
            "en",
            "Japanese Prime Minister Emi Sato reshuffled her cabinet as she prepares for a summit \
             with U.S. President Joe Ward later this month.",
            "status = planned",
        ),
        (
            "en",
            "Canadian Prime Minister Paul Roy is preparing for talks with Mexican President Ana \
             Lima in Ottawa.",
            "status = planned",
        ),
        (
            "es",
            "El presidente argentino, Luis Paz, se prepara para la cumbre con su homólogo \
             brasileño, Paulo Reis, en Brasilia.",
            "status = planned",
        ),
    ]);
}

/// A call of courtesy on a host, as the diplomatic press writes it, is a meeting of its two
/// sides, paid or received, past or to come ("paid a courtesy call on X", "received a courtesy
/// call from X", "will pay a courtesy call on X", "during the courtesy call").
#[test]
fn a_courtesy_call_is_a_meeting() {
    let both = "kind = bilateral\nprincipals ~ Luong Cuong | President | Vietnam\nprincipals ~ \
                Anwar Ibrahim | Prime Minister | Malaysia";
    check_rows(&[
        (
            "en",
            "Malaysian Prime Minister Anwar Ibrahim on Monday received a courtesy call from \
             Vietnamese President Luong Cuong at Seri Perdana.",
            both,
        ),
        (
            "en",
            "Vietnamese President Luong Cuong paid a courtesy call on Malaysian Prime Minister \
             Anwar Ibrahim at Seri Perdana on Monday.",
            both,
        ),
        (
            "en",
            "Vietnamese President Luong Cuong will pay a courtesy call on Malaysian Prime \
             Minister Anwar Ibrahim in Putrajaya on Friday.",
            "kind = bilateral\nstatus = planned\ndate ~ 2026-03-13",
        ),
        (
            "en",
            "During the courtesy call, Vietnamese President Luong Cuong and Malaysian Prime \
             Minister Anwar Ibrahim discussed trade.",
            both,
        ),
    ]);
}

/// "will welcome X", "is set to welcome X": the base form of the verb of welcoming reports a
/// meeting to come, and a past verb in a clause about something else ("since he took office")
/// does not make it held.
#[test]
fn a_welcome_to_come_is_planned() {
    check_rows(&[
        (
            "en",
            "President Ana Lopes will welcome Chilean President Luis Prado to the presidential \
             palace on Thursday, March 19, their first meeting since he took office.",
            "kind = bilateral\nstatus = planned\ndate ~ 2026-03-19",
        ),
        (
            "en",
            "President Ana Lopes is set to welcome Chilean President Luis Prado in Lisbon next \
             Tuesday.",
            "kind = bilateral\nstatus = planned\ncity = Lisbon",
        ),
        (
            "en",
            "Chilean President Luis Prado, who took office in January, met Portuguese President \
             Ana Lopes in Lisbon on Monday.",
            "kind = bilateral\nstatus = held\ndate ~ 2026-03-09",
        ),
    ]);
}

/// "A and B signed a deal on Monday. The two leaders then held talks": a meeting sentence whose
/// subject is a plural anaphor takes its sides, and the date, from the sentence before it.
#[test]
fn a_plural_anaphor_takes_the_sides_of_the_sentence_before() {
    check_rows(&[
        (
            "en",
            "Kenya's President Samuel Otieno and his Tanzanian counterpart Grace Mwakalinga agreed \
             on Saturday to build a railway. The two leaders met at State House in Nairobi.",
            "kind = bilateral\nstatus = held\nprincipals = Samuel Otieno | President | Kenya; Grace \
             Mwakalinga | President | Tanzania\ndate = on Saturday = 2026-03-07",
        ),
        (
            "en",
            "Kenya's President Samuel Otieno and Tanzania's President Grace Mwakalinga agreed on \
             Saturday to build a railway. They met at State House in Nairobi.",
            "kind = bilateral\nprincipals ~ Grace Mwakalinga | President | Tanzania",
        ),
        (
            "en",
            "Chile's President Ana Vidal and Peru's President Raul Quispe opened a border crossing \
             on Monday. Both leaders then held talks in Tacna.",
            "kind = bilateral\ncity = Tacna\ndate = on Monday = 2026-03-09",
        ),
        (
            "es",
            "El presidente de Kenia, Samuel Otieno, y su homóloga de Tanzania, Grace Mwakalinga, \
             acordaron el sábado construir un ferrocarril. Los dos mandatarios se reunieron en la \
             Casa de Estado en Nairobi.",
            "kind = bilateral\nprincipals ~ Samuel Otieno | Presidente | Kenya",
        ),
        (
            "es",
            "La presidenta de Chile, Ana Vidal, y el presidente de Perú, Raúl Quispe, inauguraron \
             el lunes un paso fronterizo. Los dos presidentes mantuvieron luego un encuentro en \
             Tacna.",
            "kind = bilateral\ndate = el lunes = 2026-03-09",
        ),
        (
            "es",
            "El presidente de Kenia, Samuel Otieno, y su homóloga de Tanzania, Grace Mwakalinga, \
             firmaron el sábado un acuerdo ferroviario. Ambos se reunieron después durante dos \
             horas en Nairobi.",
            "kind = bilateral\nsessions ~ 120 min",
        ),
    ]);
}

/// "presidieron la Reunión de Alto Nivel", "han copresidido", "co-chaired the meeting": chairing
/// a meeting in the past, or in the present perfect, tells it held; "will co-chair", planned.
#[test]
fn chairing_a_meeting_tells_its_status() {
    let es = |verb: &str| {
        format!(
            "El presidente del Gobierno español, Pedro Ruiz, y el jefe del Gobierno marroquí, Aziz \
             Alami, {verb} este lunes en Rabat la Reunión de Alto Nivel entre ambos países."
        )
    };
    let en = |verb: &str| {
        format!(
            "Spanish Prime Minister Pedro Ruiz and Moroccan Head of Government Aziz Alami {verb} \
             the High-Level Meeting in Rabat on Monday."
        )
    };
    let rows = [
        ("es", es("presidieron"), "status = held"),
        ("es", es("han copresidido"), "status = held"),
        ("es", es("encabezaron"), "status = held"),
        ("en", en("co-chaired"), "status = held"),
        ("en", en("presided over"), "status = held"),
        ("en", en("will co-chair"), "status = planned"),
    ];
    let table: Vec<(&str, &str, &str)> =
        rows.iter().map(|(l, t, e)| (*l, t.as_str(), *e)).collect();
    check_rows(&table);
}

/// "is due to visit a university in Manchester", "visitó una fábrica": visiting a thing is no
/// meeting word, and its place no place of the meeting; two who visit it together still meet
/// ("A and B visited a factory", "visitó una fábrica junto al presidente de Togo").
#[test]
fn visiting_a_thing_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Prime Minister Daniel Ashcombe met President Marta Quintero of Ghana at Downing Street \
             on Monday. The President is due to visit a university in Manchester before returning \
             home.",
            "kind = bilateral\ncity =",
        ),
        (
            "en",
            "Ghana's President Marta Quintero visited a cocoa factory in Kumasi on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta de Ghana, Marta Quintero, visitó el lunes una fábrica de cacao en \
             Kumasi.",
            NO_MEETING,
        ),
        (
            "en",
            "Ghana's President Marta Quintero and Togo's President Koffi Dogbe visited a cocoa \
             factory in Kumasi on Monday.",
            "kind = bilateral\ndate = on Monday = 2026-03-09",
        ),
        (
            "es",
            "La presidenta de Ghana, Marta Quintero, visitó una fábrica de cacao en Kumasi junto \
             al presidente de Togo, Koffi Dogbe.",
            "kind = bilateral",
        ),
        (
            "en",
            "Ghana's President Marta Quintero will visit the White House on Friday to meet \
             President Tom Ashby.",
            "kind = bilateral\nstatus = planned",
        ),
    ]);
}

/// "Ahead of his meeting with X on Friday, Y told parliament on Monday …", "remodeló el lunes
/// su gabinete antes de la cumbre con X": a meeting named after a word that puts it after the
/// clause's time is still to come, whatever the clause's own verb did; its own date dates it,
/// the clause's date never does. A meeting held before another gathering stays held.
#[test]
fn a_meeting_ahead_of_which_something_is_done_is_to_come() {
    check_rows(&[
        (
            "en",
            "Ahead of his meeting with Tanzanian President Neema Juma on Friday, Kenyan President \
             Samuel Otieno told parliament on Monday that the border would reopen.",
            "kind = bilateral\nstatus = planned\ndate = on Friday = 2026-03-13",
        ),
        (
            "en",
            "Kenyan President Samuel Otieno on Monday reshuffled his cabinet ahead of a summit \
             with Tanzanian President Neema Juma.",
            "kind = bilateral\nstatus = planned\ndate =",
        ),
        (
            "en",
            "In the run-up to next week's talks with Tanzanian President Neema Juma, Kenyan \
             President Samuel Otieno visited the border town of Namanga.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Kenyan President Samuel Otieno met Tanzanian President Neema Juma on Monday ahead of \
             the regional summit.",
            "kind = bilateral\nstatus = held\ndate = on Monday = 2026-03-09",
        ),
        (
            "es",
            "En vísperas de su reunión del viernes con la presidenta de Tanzania, Neema Juma, el \
             presidente de Kenia, Samuel Otieno, dijo el lunes ante el Parlamento que la frontera \
             se reabrirá.",
            "kind = bilateral\nstatus = planned\ndate ~ 2026-03-13",
        ),
        (
            "es",
            "El presidente de Kenia, Samuel Otieno, remodeló el lunes su gabinete antes de la \
             cumbre con la presidenta de Tanzania, Neema Juma.",
            "kind = bilateral\nstatus = planned\ndate =",
        ),
    ]);
}

/// "met X in Brussels in 2011", "En 1991, X participó en la cumbre": a year before the
/// publication's dates the meeting it follows, past the names of its sides, or the sentence
/// it opens, as another meeting; a year that dates something else in the clause ("to discuss
/// the treaty signed in 2011") leaves the meeting the article's.
#[test]
fn a_year_long_past_dates_another_meeting() {
    check_rows(&[
        (
            "en",
            "Former Dutch prime minister Hendrik Vos met German Chancellor Anna Brandt in \
             Brussels in 2011.",
            NO_MEETING,
        ),
        (
            "en",
            "In 2011, Dutch Prime Minister Hendrik Vos met German Chancellor Anna Brandt in \
             Brussels.",
            NO_MEETING,
        ),
        (
            "en",
            "Dutch Prime Minister Hendrik Vos met German Chancellor Anna Brandt in Brussels on \
             Monday to discuss the treaty signed in 2011.",
            "kind = bilateral\nstatus = held\ndate = on Monday = 2026-03-09",
        ),
        (
            "es",
            "El presidente uruguayo Washington Ferreira se reunió con el presidente paraguayo \
             Andrés Rodríguez en Asunción en 1991.",
            NO_MEETING,
        ),
        (
            "es",
            "El expresidente uruguayo Washington Ferreira falleció este domingo. En 1991, Ferreira \
             participó en la cumbre de Asunción junto a los presidentes de Argentina, Brasil y \
             Paraguay.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente uruguayo Washington Ferreira se reunió el lunes en Asunción con el \
             presidente paraguayo Andrés Rodríguez para revisar el tratado firmado en 1991.",
            "kind = bilateral\nstatus = held\ndate ~ 2026-03-09",
        ),
    ]);
}

/// "A and B signed an agreement in Abidjan on Friday", "El presidente X y la presidenta Y
/// firmaron este lunes en Quito un acuerdo": two people joined by "and" as the subject of a
/// verb of acting together (signing, agreeing, inaugurating, co-chairing) were together, a
/// meeting; two firms, or people of other trades, acting together meet no side, nor do two
/// countries with no one named.
#[test]
fn two_leaders_acting_together_meet() {
    check_rows(&[
        (
            "en",
            "President Amara Kone of Ivory Coast and President Jonas Mensah of Ghana signed a free \
             trade agreement in Abidjan on Friday.",
            "kind = bilateral\nstatus = held\ncity = Abidjan\nprincipals ~ Amara Kone\nprincipals ~ Jonas Mensah",
        ),
        (
            "en",
            "Prime Minister Lena Holt and her Estonian counterpart Kaarel Tamm signed a defence \
             pact in Tallinn on Monday.",
            "kind = bilateral\nprincipals ~ Lena Holt\nprincipals ~ Kaarel Tamm",
        ),
        (
            "en",
            "Kenya's President Samuel Otieno and Tanzania's President Neema Juma on Monday \
             co-chaired the annual joint commission in Arusha.",
            "kind = bilateral\nstatus = held\ncity = Arusha",
        ),
        (
            "en",
            "Indonesian President Bambang Wirawan and Malaysian Prime Minister Hafiz Rahman agreed \
             on Monday in Jakarta to finish the boundary talks.",
            "kind = bilateral\nstatus = held\ncity = Jakarta",
        ),
        (
            "en",
            "Brazil and Argentina signed a customs protocol on Monday, the foreign ministry said.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Ecuador, Santiago Cevallos, y la presidenta de Perú, Rosa Huamán, \
             firmaron este lunes en Quito un acuerdo de interconexión eléctrica.",
            "kind = bilateral\nstatus = held\ncity = Quito\nprincipals ~ Santiago Cevallos\nprincipals ~ Rosa Huamán",
        ),
        (
            "es",
            "Los presidentes Santiago Cevallos y Rosa Huamán inauguraron el lunes un puente sobre \
             el río Zarumilla.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "La petrolera española Atlántica y la brasileña Litoral firmaron este lunes en Río de \
             Janeiro un acuerdo de exploración, que rubricaron el consejero delegado de Atlántica, \
             Jorge Imaz, y la presidenta de Litoral, Marta Chamorro.",
            NO_MEETING,
        ),
    ]);
}

/// "remembered his walks with the French president and a summit with the Russian leader",
/// "evoca noches con sus colegas y una reunión con el mandatario venezolano": a meeting noun
/// among the things a verb of recalling takes, with no verb of meeting between, is of the
/// past; a meeting verb after the things recalled still reports the meeting.
#[test]
fn a_meeting_among_things_recalled_is_of_the_past() {
    check_rows(&[
        (
            "en",
            "In an interview, former chancellor Otto Berg remembered his walks with the French \
             president and a summit with the Russian leader in Sochi.",
            NO_MEETING,
        ),
        (
            "en",
            "Former prime minister Tan Wei Ming recalled long evenings with his Malaysian \
             counterpart and a summit with the Chinese premier in Beijing.",
            NO_MEETING,
        ),
        (
            "en",
            "Peruvian President Rosa Quispe recalled the victims of the floods and met Chilean \
             President Tomas Ibarra in Lima on Monday.",
            "kind = bilateral\nstatus = held\ncity = Lima",
        ),
        (
            "en",
            "Chancellor Otto Berg likes to recall a summit with the French president in Paris.",
            NO_MEETING,
        ),
        // Meetings with every holder of an office, counted, are of the past.
        (
            "en",
            "German Chancellor Otto Berg met every Soviet leader of his time in Moscow.",
            NO_MEETING,
        ),
        (
            "es",
            "Evoca noches con sus colegas de Argentina y Brasil, y una reunión con el mandatario \
             venezolano.",
            NO_MEETING,
        ),
        (
            "es",
            "Al canciller Otto Berg le gusta recordar una cumbre con el presidente francés en \
             París.",
            NO_MEETING,
        ),
        (
            "es",
            "En una entrevista, el expresidente Tomás Riera recordó sus cenas con el mandatario \
             brasileño y una cumbre con la presidenta chilena en Santiago.",
            NO_MEETING,
        ),
    ]);
}

/// A meeting word of its own held at a distance ("a phone conversation", "phone talks",
/// "video talks", "una conversación telefónica") makes the first report of the meeting one
/// held at a distance, with no place, as "by phone" does.
#[test]
fn a_remote_meeting_noun_is_held_at_a_distance() {
    check_rows(&[
        (
            "en",
            "Kenyan President Ruto Wafula had a phone conversation with Ugandan President Amos Okello on Monday.",
            "kind = bilateral\nstatus = held\nvirtual = true\ncity =",
        ),
        (
            "en",
            "KAMPALA (Reuters) - Kenyan President Ruto Wafula and Ugandan President Amos Okello held phone talks on Monday.",
            "kind = bilateral\nvirtual = true\ncity =",
        ),
        (
            "en",
            "Kenyan President Ruto Wafula will hold video talks with Ugandan President Amos Okello on Friday.",
            "kind = bilateral\nstatus = planned\nvirtual = true",
        ),
        (
            "es",
            "El presidente keniano, Ruto Wafula, mantuvo este lunes una conversación telefónica con su homólogo ugandés, Amos Okello.",
            "kind = bilateral\nvirtual = true",
        ),
    ]);
}

/// A verb of travel in the future tense of its ending tells of a meeting to come where it
/// goes ("viajará la próxima semana a Bogotá, donde se reunirá con X"), as "will travel" does;
/// and "dos años después de su último encuentro" measures the time since another meeting,
/// which leaves this one held ("se reunieron este lunes en Madrid, dos años después de …").
#[test]
fn a_trip_to_come_and_the_years_since_another_meeting() {
    check_rows(&[
        (
            "es",
            "El presidente de Perú, Luis Mamani, viajará la próxima semana a Bogotá, donde se reunirá con su homólogo colombiano, Gustavo Ríos.",
            "kind = bilateral\nstatus = planned\ncity = Bogotá",
        ),
        (
            "es",
            "La canciller chilena, Ana Soto, viajará el jueves a Quito, donde mantendrá una reunión con su homólogo ecuatoriano, Luis Vera.",
            "kind = ministerial\nstatus = planned",
        ),
        (
            "es",
            "Los presidentes de España y México, Pedro Ruiz y Ana Soto, se reunieron este lunes en Madrid, casi dos años después de su último encuentro, celebrado en Ciudad de México en abril de 2024.",
            "kind = bilateral\nstatus = held\ncity = Madrid",
        ),
        (
            "es",
            "Los presidentes de España y México, Pedro Ruiz y Ana Soto, se reunirán el lunes en Madrid, tres años después de la cumbre de Lima.",
            "kind = bilateral\nstatus = planned\ncity = Madrid",
        ),
        (
            "en",
            "The presidents of Spain and Mexico, Pedro Ruiz and Ana Soto, met in Madrid on Monday, almost two years after their last meeting.",
            "kind = bilateral\nstatus = held\ncity = Madrid",
        ),
    ]);
}

/// "spoke with X", "spoke to President X": readouts tell talks with "spoke" and its partner, in
/// the past, the present or the future; an audience ("spoke to reporters", "the nation") is no
/// partner.
#[test]
fn spoke_with_a_leader_is_a_meeting() {
    common::check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Austrian Chancellor Lena Huber spoke with Czech Prime Minister Jan Novak on \
                 Monday about transit fees.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "Czech Prime Minister Jan Novak spoke to Austrian Chancellor Lena Huber on Friday, \
                 his office said.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "Austrian Chancellor Lena Huber will speak with Czech Prime Minister Jan Novak on \
                 Thursday.",
                "kind = bilateral\nstatus = planned",
            ),
            (
                "Austrian Chancellor Lena Huber spoke to reporters in Vienna on Monday.",
                "kind = other",
            ),
            (
                "Czech Prime Minister Jan Novak spoke to the nation on television.",
                "kind = other",
            ),
        ],
    );
}

/// A year long past dates the meeting noun it follows past the sides after its link ("the
/// summit between A and B held in Brno in 2019", "la cumbre entre la UE y la CELAC celebrada en
/// Bruselas en 2023"): another meeting, recalled; a later year plans one.
#[test]
fn a_year_after_the_sides_of_a_meeting_noun_dates_it() {
    common::check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Austrian Chancellor Lena Huber praised Czech Prime Minister Jan Novak, whom she \
                 saw at the summit between Austria and Czechia held in Brno in 2019.",
                "kind = other",
            ),
            (
                "The summit between Austrian Chancellor Lena Huber and Czech Prime Minister Jan \
                 Novak will be held in Brno in 2027.",
                "kind = bilateral\nstatus = planned",
            ),
        ],
    );
    common::check_rows(
        "es",
        "2026-03-10",
        "",
        &[(
            "La canciller austriaca, Lena Huber, elogió al primer ministro checo, Jan Novak, con \
             quien coincidió en la cumbre entre la UE y la CELAC celebrada en Bruselas en 2023.",
            "kind = other",
        )],
    );
}

/// "spoke on Tuesday with X", "habló este lunes con X": a verb of talking whose partner
/// follows a time between them tells talks as "spoke with X" does, in either tense; without
/// the preposition of company, or with no time between, the words tell no talks ("spoke at
/// length with reporters", a speech to the press).
#[test]
fn talks_with_a_time_between_verb_and_partner() {
    let talks = "kind = bilateral\nprincipals = Gabriel Soto | President | Chile; Raúl Medina | President | Argentina";
    let charla = "kind = bilateral\nprincipals = Gabriel Soto | Presidente | Chile; Raúl Medina | Presidente | Argentina";
    check_rows(&[
        (
            "en",
            "Chilean President Gabriel Soto spoke on Monday with his Argentine counterpart Raúl Medina about lithium.",
            talks,
        ),
        (
            "en",
            "Chilean President Gabriel Soto spoke Monday with Argentine President Raúl Medina.",
            talks,
        ),
        (
            "en",
            "Chilean President Gabriel Soto will speak on Friday with Argentine President Raúl Medina.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Chilean President Gabriel Soto spoke on 4 March with Argentine President Raúl Medina.",
            talks,
        ),
        (
            "es",
            "El presidente de Chile, Gabriel Soto, habló este lunes con su homólogo argentino, Raúl Medina, sobre el litio.",
            charla,
        ),
        (
            "es",
            "El presidente de Chile, Gabriel Soto, habló el pasado lunes con su homólogo argentino, Raúl Medina.",
            charla,
        ),
        (
            "es",
            "La canciller peruana, Ana Ruiz, hablará el 3 de abril con su par boliviano, Luis Quispe.",
            "kind = ministerial\nstatus = planned",
        ),
        (
            "en",
            "Chilean President Gabriel Soto spoke on Monday with reporters in Santiago.",
            NO_MEETING,
        ),
        (
            "en",
            "Chilean President Gabriel Soto spoke at length with reporters in Santiago on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta peruana, Ana Ruiz, habló este lunes ante la prensa en Lima.",
            NO_MEETING,
        ),
    ]);
}
