//! Rule-family tests for the meeting in Spanish: its date (weekdays with the marker before or
//! after them, days of the month with the year after "de", numeric dates day first, "ayer",
//! "mañana"), its status (the tense is the verb's ending: "recibió", "recibe", "recibirá"; the
//! periphrases "tiene previsto", "prevista para") and its sessions ("a solas", "en formato
//! ampliado", "un almuerzo de trabajo", "media hora", "una hora y media"). Every sentence is
//! written for these tests.

mod common;
use common::check_in;

/// The host and guest of the rows, in a sentence that a date or a session completes.
const RECEIVED: &str = "El primer ministro Pedro Sánchez recibió al presidente Luis Arce en Madrid";

/// Weekdays: the marker before ("este", "el pasado", "el próximo") or after ("el miércoles
/// pasado", "el lunes próximo"), and a part of the day after ("el martes por la mañana").
/// Published on Wednesday 13 September 2023.
#[test]
fn weekdays() {
    let w = "2023-09-13";
    check_in("es", &[
        (format!("{RECEIVED} este miércoles."), w, "date = este miércoles = 2023-09-13"),
        (format!("{RECEIVED} el pasado lunes."), w, "date = el pasado lunes = 2023-09-11"),
        (format!("{RECEIVED} el lunes pasado."), w, "date = el lunes pasado = 2023-09-11"),
        (format!("{RECEIVED} el miércoles pasado."), w, "date = el miércoles pasado = 2023-09-06"),
        (
            format!("{RECEIVED} el martes por la mañana."),
            w,
            "date = el martes por la mañana = 2023-09-12",
        ),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid el lunes próximo."
                .to_string(),
            w,
            "date = el lunes próximo = 2023-09-18\nstatus = planned",
        ),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid este viernes."
                .to_string(),
            w,
            "date = este viernes = 2023-09-15",
        ),
        // A plan's periphrasis puts the weekday ahead; the preterite behind.
        (
            "El primer ministro Pedro Sánchez tiene previsto recibir al presidente Luis Arce en Madrid el lunes."
                .to_string(),
            w,
            "date = el lunes = 2023-09-18\nstatus = planned",
        ),
        (format!("{RECEIVED} el lunes."), w, "date = el lunes = 2023-09-11\nstatus = held"),
        (
            "El presidente Luis Arce fue recibido por el primer ministro Pedro Sánchez el viernes pasado."
                .to_string(),
            w,
            "date = el viernes pasado = 2023-09-08",
        ),
    ]);
}

/// What a date hangs on: a date in a relative clause set off by commas dates the aside, and a
/// weekday inside a name written in capitals ("SANTO DOMINGO") is no day.
#[test]
fn what_a_date_hangs_on() {
    let w = "2023-09-13";
    check_in("es", &[
        (
            "El primer ministro Pedro Sánchez se estrenó este lunes en el cargo. Sánchez, que recorrió \
             Toledo el pasado sábado, recibió al presidente Luis Arce en Madrid."
                .to_string(),
            w,
            "date = este lunes = 2023-09-11",
        ),
        (
            "El presidente Luis Arce, quien llegó a España el pasado domingo, fue recibido por el \
             primer ministro Pedro Sánchez. La visita comenzó este martes."
                .to_string(),
            w,
            "date !~ domingo",
        ),
        (
            format!("SANTO DOMINGO, 13 sep.- {RECEIVED} esta tarde."),
            w,
            "date = esta tarde = 2023-09-13",
        ),
        (
            format!("PUERTO DOMINGO.- {RECEIVED} ayer."),
            w,
            "date = ayer = 2023-09-12",
        ),
        (
            format!("SAN SALVADOR.- {RECEIVED} el DOMINGO."),
            w,
            "date ~ 2023-09-10",
        ),
    ]);
}

/// Days of the month: "13 de septiembre" with the year after "de", a range "del 11 al 13 de
/// septiembre", "el pasado 30 de agosto", "el próximo 2 de octubre", day-first numbers.
#[test]
fn days_of_the_month() {
    let w = "2023-09-13";
    check_in("es", &[
        (
            format!("{RECEIVED} el 13 de septiembre de 2023."),
            "",
            "date = 13 de septiembre de 2023 = 2023-09-13",
        ),
        (
            format!("{RECEIVED} el 4 de julio de 2022, durante su gira europea."),
            w,
            "date = 4 de julio de 2022 = 2022-07-04",
        ),
        (
            format!("{RECEIVED} el pasado 30 de agosto."),
            w,
            "date = el pasado 30 de agosto = 2023-08-30",
        ),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid el próximo 2 de octubre."
                .to_string(),
            w,
            "date = el próximo 2 de octubre = 2023-10-02",
        ),
        (
            format!("{RECEIVED} del 11 al 13 de septiembre."),
            w,
            "date = 11 al 13 de septiembre = 2023-09-11",
        ),
        (format!("{RECEIVED} el 30/08/2023."), "", "date = 30/08/2023 = 2023-08-30"),
        // The first of the month with its ordinal indicator, or the degree sign typed for it.
        (format!("{RECEIVED} el 1º de septiembre."), w, "date = 1º de septiembre = 2023-09-01"),
        (format!("{RECEIVED} el 1° de septiembre."), w, "date = 1° de septiembre = 2023-09-01"),
        (
            format!("{RECEIVED} los días 11 y 12 de septiembre."),
            w,
            "date = 11 y 12 de septiembre = 2023-09-11",
        ),
        (format!("{RECEIVED} el 12/9/2023."), "", "date ~ 12/9/2023"),
        // A day and month in digits with no year, the day first, after a marker: the year
        // nearest the day of writing that the tense allows.
        (format!("{RECEIVED} el 11/09."), w, "date = el 11/09 = 2023-09-11"),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid el 2/10."
                .to_string(),
            w,
            "date = el 2/10 = 2023-10-02",
        ),
        (format!("{RECEIVED} el día 30/8, en su gira."), w, "date = el día 30/8 = 2023-08-30"),
        (
            format!("{RECEIVED} el 28/12, tras su gira europea."),
            w,
            "date = el 28/12 = 2022-12-28",
        ),
        // A fraction is no date.
        (format!("{RECEIVED}. El 3/4 de los votos fue para Arce."), w, "date ="),
    ]);
}

/// Days named from the day of writing: "ayer", "hoy", "ayer martes" (the weekday settles which
/// day, as a text may be dated the day after it was written), and "mañana", which is
/// tomorrow only with no article or preposition before it.
#[test]
fn days_from_the_day_of_writing() {
    let w = "2023-09-13";
    check_in("es", &[
        (format!("{RECEIVED} ayer."), w, "date = ayer = 2023-09-12"),
        (format!("{RECEIVED} hoy."), w, "date = hoy = 2023-09-13"),
        (format!("{RECEIVED} anteayer."), w, "date = anteayer = 2023-09-11"),
        // Written on Monday, published on Wednesday.
        (format!("{RECEIVED} ayer domingo."), w, "date = ayer domingo = 2023-09-10"),
        (
            "Mañana el primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid."
                .to_string(),
            w,
            "date = Mañana = 2023-09-14\nstatus = planned",
        ),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid. El encuentro será mañana."
                .to_string(),
            w,
            "date = mañana = 2023-09-14",
        ),
        // "por la mañana" is the morning: the weekday dates the meeting.
        (
            format!("{RECEIVED} el lunes por la mañana."),
            w,
            "date = el lunes por la mañana = 2023-09-11",
        ),
        (
            format!("{RECEIVED} esta mañana."),
            w,
            "date = esta mañana = 2023-09-13",
        ),
        // The dateline's day is the day of writing, its month maybe short and lowercase
        // ("mar", "jun", words of their own elsewhere), with the agency after it.
        (
            format!("MADRID, 12 sep (EFE).- {RECEIVED} hoy."),
            w,
            "date = hoy = 2023-09-12",
        ),
        (
            "LIMA, 5 jun (Xinhua) -- El presidente peruano, José Rivas, recibió hoy a su \
             homólogo boliviano, Luis Arce."
                .to_string(),
            "2023-06-06",
            "date = hoy = 2023-06-05",
        ),
        (
            "BOGOTÁ, 7 Mar (ANSA) - El presidente colombiano, Iván Mora, se reunió ayer con el \
             presidente de Ecuador, Daniel Paz."
                .to_string(),
            "2023-03-08",
            "date = ayer = 2023-03-06",
        ),
        (
            "QUITO, 2 may. (Europa Press) - El presidente ecuatoriano, Daniel Paz, recibirá mañana \
             a su homólogo peruano, José Rivas."
                .to_string(),
            "2023-05-03",
            "date = mañana = 2023-05-03\nstatus = planned",
        ),
    ]);
}

/// The status from the verb's tense: the preterite is held, the future ("-rá", "-rán") and the
/// periphrases of a plan are planned, the present is under way.
#[test]
fn status_from_the_tense() {
    check_in("es", &[
        (format!("{RECEIVED}."), "", "status = held"),
        (
            "El primer ministro Pedro Sánchez recibirá al presidente Luis Arce en Madrid.".to_string(),
            "",
            "status = planned",
        ),
        (
            "El primer ministro Pedro Sánchez recibe al presidente Luis Arce en Madrid.".to_string(),
            "",
            "status = ongoing",
        ),
        (
            "El presidente Luis Arce será recibido por el primer ministro Pedro Sánchez en Madrid."
                .to_string(),
            "",
            "status = planned",
        ),
        // The perfect of the press of Spain is held too.
        (
            "El primer ministro Pedro Sánchez ha recibido al presidente Luis Arce en Madrid.".to_string(),
            "",
            "status = held",
        ),
        (
            format!("{RECEIVED}. Ambos clausuraron después una cumbre de inversores."),
            "",
            "status = held",
        ),
        (
            "El primer ministro Pedro Sánchez tiene previsto recibir al presidente Luis Arce en Madrid."
                .to_string(),
            "",
            "status = planned",
        ),
        (
            "La reunión entre el primer ministro Pedro Sánchez y el presidente Luis Arce, prevista para el jueves, \
             se celebrará en Madrid. El primer ministro Pedro Sánchez recibirá al presidente Luis Arce."
                .to_string(),
            "2023-09-13",
            "status = planned\ndate = el jueves = 2023-09-14",
        ),
    ]);
}

/// Sessions: formats after the verb ("se reunieron a solas", "en formato ampliado"), meals,
/// and durations hedged and in words: "media hora", "una hora y media", "unos 50 minutos",
/// "más de dos horas", "casi una hora", "una reunión de dos horas".
#[test]
fn sessions_and_durations() {
    check_in(
        "es",
        &[
            (
                format!(
                    "{RECEIVED}. Ambos se reunieron a solas durante media hora y luego en formato \
                 ampliado durante más de dos horas."
                ),
                "",
                "sessions = oneonone 30 min; expanded 120 min",
            ),
            (
                format!("{RECEIVED}. La reunión a solas duró una hora y media."),
                "",
                "sessions = oneonone 90 min",
            ),
            (
                format!("{RECEIVED}. Mantuvieron una reunión de unos 50 minutos."),
                "",
                "sessions = talks 50 min",
            ),
            (
                format!("{RECEIVED}. El encuentro duró casi una hora."),
                "",
                "sessions = talks 60 min",
            ),
            (
                format!("{RECEIVED} y ambos compartieron después un almuerzo de trabajo."),
                "",
                "sessions = meal",
            ),
            (
                format!("{RECEIVED}. Las conversaciones se prolongaron durante más de tres horas."),
                "",
                "sessions = talks 180 min",
            ),
            // A unit with no number before its fraction; quarters of an hour; the length set off
            // by commas after the meeting word.
            (
                format!("{RECEIVED}. Ambos conversaron después durante casi hora y media."),
                "",
                "sessions = talks 90 min",
            ),
            (
                format!("{RECEIVED}. La reunión duró tres cuartos de hora."),
                "",
                "sessions = talks 45 min",
            ),
            (
                format!("{RECEIVED}. El encuentro, de 45 minutos, fue cordial."),
                "",
                "sessions = talks 45 min",
            ),
            // The same length said again is the same session.
            (
                format!(
                    "{RECEIVED}. Las conversaciones duraron dos horas. Ambos conversaron durante dos \
                 horas sobre el litio."
                ),
                "",
                "sessions = talks 120 min",
            ),
        ],
    );
}

/// The name of a gathering after its noun ("la Cumbre de las Américas"); a meeting on the
/// margins of a gathering ("al margen de", "en el marco de") is not the gathering.
#[test]
fn names_of_gatherings() {
    let host = "El primer ministro Pedro Sánchez recibió al presidente Luis Arce";
    check_in(
        "es",
        &[
            (
                format!("{host} en la Cumbre de las Américas."),
                "",
                "name = Cumbre de las Américas",
            ),
            (
                format!("{host} en la VIII Cumbre del Mercosur, en Asunción."),
                "",
                "name = VIII Cumbre del Mercosur",
            ),
            (
                format!("{host} durante el Foro de la Franja y la Ruta."),
                "",
                "name = Foro de la Franja y la Ruta",
            ),
            (
                format!("{host} al margen de la Cumbre de las Américas."),
                "",
                "name =",
            ),
            (
                format!("{host} en el marco del Foro de Davos."),
                "",
                "name =",
            ),
            (
                format!("{host} al margen de la cumbre del G20 en Nueva Delhi."),
                "",
                "name =",
            ),
        ],
    );
}

/// Other meetings: the qualifier after the noun ("la cumbre anterior", "una reunión
/// separada"), and a verb of holding with no meeting as its object ("mantuvo su postura")
/// reports no meeting.
#[test]
fn other_meetings() {
    check_in("es", &[
        (
            format!(
                "La cumbre anterior, el 3 de marzo, terminó sin acuerdo. {RECEIVED} este miércoles."
            ),
            "2023-09-13",
            "date = este miércoles = 2023-09-13",
        ),
        (
            format!("Una reunión separada, el 2 de agosto, trató el litio. {RECEIVED} ayer."),
            "2023-09-13",
            "date = ayer = 2023-09-12",
        ),
        // Recalled with the qualifier after the noun: an earlier meeting, with its year and place.
        (
            format!("{RECEIVED}. La cumbre anterior se celebró en Lima en 2021."),
            "",
            "previous = Some(2021) Some(\"Lima\") None",
        ),
        (
            format!("{RECEIVED}. El encuentro previo entre ambos duró una hora, en Quito en 2020."),
            "",
            "previous = Some(2020) Some(\"Quito\") Some(60)",
        ),
        (
            format!("{RECEIVED}. Ambos se reunieron por última vez en Lima en 2021."),
            "",
            "previous = Some(2021) Some(\"Lima\") None",
        ),
        // "verse" (to see each other) is a verb of meeting too, and the place of the earlier
        // meeting is not this one's.
        (
            format!("{RECEIVED}. Los dos se vieron por última vez en Lima en 2021, donde hablaron durante dos horas."),
            "",
            "previous = Some(2021) Some(\"Lima\") Some(120)\n city !~ Lima",
        ),
        // The final part of this meeting is no earlier one.
        (
            format!("{RECEIVED}. Ambos abordarán después la última sesión de la cumbre."),
            "",
            "previous =",
        ),
        (
            format!("{RECEIVED}. La última reunión del encuentro fue a solas."),
            "",
            "previous =",
        ),
        // Dated by its own genitive ("la reunión de 2019", "la cumbre de marzo"): another meeting.
        (
            format!("{RECEIVED} este miércoles. La reunión de 2019 terminó sin acuerdo el 3 de marzo."),
            "2023-09-13",
            "date = este miércoles = 2023-09-13",
        ),
        (
            format!("La cumbre de marzo, el 3 de marzo, terminó sin acuerdo. {RECEIVED} ayer."),
            "2023-09-13",
            "date = ayer = 2023-09-12",
        ),
        (
            "El primer ministro Pedro Sánchez mantuvo su postura sobre el litio, según el presidente Luis Arce."
                .to_string(),
            "",
            "kind = other",
        ),
        (
            "El presidente Luis Arce sostuvo que el litio es estratégico, dijo el primer ministro Pedro Sánchez."
                .to_string(),
            "",
            "kind = other",
        ),
        (
            "El primer ministro Pedro Sánchez celebró la victoria de la selección con el presidente Luis Arce."
                .to_string(),
            "",
            "kind = other",
        ),
    ]);
}

/// Sin fecha de publicación, "esta tarde" o "hoy" no se resuelven: la fecha completa que el
/// texto da a la reunión en otra parte la fecha.
#[test]
fn una_fecha_completa_sobre_una_relativa_sin_resolver() {
    check_in("es", &[
        (
            "El presidente Luis Prado recibió esta tarde en Lima al primer ministro de Samoa, Lemi Tau. La reunión, celebrada el 10 de julio de 2009, duró una hora.".to_string(),
            "",
            "date = 10 de julio de 2009 = 2009-07-10",
        ),
        (
            "El presidente Luis Prado recibió hoy en Lima al primer ministro de Samoa, Lemi Tau. \"Hoy, viernes 10 de julio de 2009, el presidente recibió al primer ministro\", dijo un comunicado.".to_string(),
            "",
            "date = viernes 10 de julio de 2009 = 2009-07-10",
        ),
        // Un cumpleaños no es la fecha de "el 27 de abril".
        (
            "El presidente Luis Prado recibió el 27 de abril en Malabo al presidente Raúl Mora. Mora, que nació el 20 de diciembre de 1956, gobierna desde 2009.".to_string(),
            "",
            "date = 27 de abril = ?",
        ),
    ]);
}
