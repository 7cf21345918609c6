//! Rule-family tests for the sessions of a meeting and their durations: every duration of the
//! talks is kept, with its hedge, and a meeting in several parts has a session per part.
//! Every sentence is written for these tests.

mod common;
use common::check_all;

const MET: &str =
    "Polish President Andrzej Duda met Czech President Petr Pavel in Prague on Monday.";

/// Durations as English writes them: hedged, in words or digits, hyphened, in two units.
#[test]
fn durations_of_talks() {
    let table: Vec<(String, &str)> = vec![
        (format!("{MET} They talked for about an hour."), "sessions = talks 60 min"),
        (format!("{MET} The talks lasted ninety minutes."), "sessions = talks 90 min"),
        (format!("{MET} The meeting lasted some 40 minutes."), "sessions = talks 40 min"),
        (format!("{MET} The talks went on for more than two hours."), "sessions = talks 120 min"),
        (format!("{MET} The talks lasted a little over an hour."), "sessions = talks 60 min"),
        (format!("{MET} The talks lasted just short of three hours."), "sessions = talks 180 min"),
        (format!("{MET} The talks lasted twenty-five minutes."), "sessions = talks 25 min"),
        (format!("{MET} The talks lasted an hour and 20 minutes."), "sessions = talks 80 min"),
        (format!("{MET} The talks lasted 1 hour 15 minutes."), "sessions = talks 75 min"),
        (format!("{MET} The talks were two hours long."), "sessions = talks 120 min"),
        (format!("{MET} The talks stretched to nearly four hours."), "sessions = talks 240 min"),
        (
            "Polish President Andrzej Duda held an hour-long meeting with Czech President Petr Pavel in Prague on Monday."
                .to_string(),
            "sessions = talks 60 min",
        ),
        (
            "Polish President Andrzej Duda held a two-and-a-half-hour meeting with Czech President Petr Pavel in Prague."
                .to_string(),
            "sessions = talks 150 min",
        ),
        (
            "Polish President Andrzej Duda and Czech President Petr Pavel emerged from three hours of talks in Prague."
                .to_string(),
            "sessions = talks 180 min",
        ),
        // The length of a journey is no session.
        (format!("{MET} The flight from Warsaw took an hour."), "sessions ="),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// The sentence after a report of the meeting goes on reporting it: "It lasted …".
#[test]
fn durations_in_the_next_sentence() {
    let table: Vec<(String, &str)> = vec![
        (
            format!("{MET} It lasted more than two hours."),
            "sessions = talks 120 min",
        ),
        (
            format!("{MET} The conversation lasted well over two hours."),
            "sessions = talks 120 min",
        ),
        (
            format!("{MET} It took them roughly 50 minutes."),
            "sessions = talks 50 min",
        ),
        (
            format!("{MET} Their conversation ran for no less than three hours."),
            "sessions = talks 180 min",
        ),
        (
            format!("{MET} It lasted for less than half an hour."),
            "sessions = talks 30 min",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// A meeting in several parts: a session per format the text names, each with the duration
/// said of it.
#[test]
fn meetings_in_several_parts() {
    let table: Vec<(String, &str)> = vec![
        (
            format!("{MET} They held a one-on-one followed by talks in an expanded format."),
            "sessions = oneonone; expanded",
        ),
        (
            format!(
                "{MET} The one-on-one lasted 40 minutes, and the talks in an expanded format about two hours."
            ),
            "sessions = oneonone 40 min; expanded 120 min",
        ),
        (
            format!("{MET} After the talks, the leaders had a working lunch that lasted an hour."),
            "sessions = meal 60 min",
        ),
        (
            format!("{MET} The talks, which lasted two hours, were followed by a working lunch."),
            "sessions = talks 120 min; meal",
        ),
        (
            format!(
                "{MET} The talks began in a limited format and went on with the delegations for 90 minutes."
            ),
            "sessions = oneonone; expanded 90 min",
        ),
        (
            format!("{MET} Their tete-a-tete lasted roughly 45 minutes before a plenary session."),
            "sessions = oneonone 45 min; plenary",
        ),
        (
            format!("{MET} The talks in a narrow composition were followed by an informal dinner."),
            "sessions = oneonone; meal",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// A format phrase takes the duration of its own clause, before or after the format words,
/// not the duration of the clause before "and then" or a comma.
#[test]
fn a_format_takes_the_duration_of_its_clause() {
    let table: Vec<(String, &str)> = vec![
        (
            format!(
                "{MET} The two presidents talked for about an hour and then held talks for about ninety minutes with their delegations."
            ),
            "sessions = talks 60 min; expanded 90 min",
        ),
        (
            format!(
                "{MET} They spoke alone for forty minutes and then met for two hours in an expanded format."
            ),
            "sessions = talks 40 min; expanded 120 min",
        ),
        (
            format!(
                "{MET} The leaders conferred for half an hour, then met with their delegations for three hours."
            ),
            "sessions = talks 30 min; expanded 180 min",
        ),
        (
            format!(
                "{MET} The talks lasted an hour and then continued in an expanded format for two hours."
            ),
            "sessions = talks 60 min; expanded 120 min",
        ),
        (
            format!(
                "{MET} They had talked for twenty minutes and later held a plenary session lasting an hour."
            ),
            "sessions = talks 20 min; plenary 60 min",
        ),
        (
            format!(
                "{MET} With their delegations the leaders were in talks for some 50 minutes, and they then spoke one-on-one for an hour."
            ),
            "sessions = expanded 50 min; oneonone 60 min",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// A duration joined to the session it times by a genitive link, set off by commas or not:
/// "a one-on-one meeting of about 40 minutes", "una reunión privada, de 45 minutos,".
#[test]
fn a_session_of_so_long() {
    check_all(&[
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland held a one-on-one meeting of about 40 minutes in Oslo on Friday.",
            "",
            "sessions = oneonone 40 min",
        ),
        (
            "Prime Minister Lena Moss of Norway hosted Prime Minister Olli Rant of Finland for a working lunch of an hour and a half in Oslo.",
            "",
            "sessions = meal 90 min",
        ),
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland will hold a tête-à-tête of some 30 minutes in Oslo.",
            "",
            "sessions = oneonone 30 min",
        ),
        (
            "El presidente de Paraguay, Hugo Benítez, y su homólogo de Bolivia, Raúl Mamani, mantuvieron este jueves una reunión a solas de unos 50 minutos.",
            "",
            "sessions = oneonone 50 min",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, mantuvieron una reunión privada, de 45 minutos, en Lima.",
            "",
            "sessions = oneonone 45 min",
        ),
        (
            "Los presidentes de Perú y Chile, Ana Ruiz y Tomás Vidal, celebraron un almuerzo de trabajo de dos horas en Lima.",
            "",
            "sessions = meal 120 min",
        ),
    ]);
}

/// Talks closed to the press, or informal, are not the principals alone: "closed-door talks",
/// "behind closed doors", "a puerta cerrada" keep the delegations and time plain talks, as
/// "one-on-one", "a solas" and "in private" do not.
#[test]
fn talks_closed_to_the_press_are_not_one_on_one() {
    check_all(&[
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland held closed-door talks that lasted three hours in Oslo on Friday.",
            "",
            "sessions = talks 180 min",
        ),
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland will meet behind closed doors in Oslo on Friday for about an hour.",
            "",
            "sessions = talks 60 min",
        ),
        (
            "Prime Minister Lena Moss of Norway met Prime Minister Olli Rant of Finland in private for 40 minutes in Oslo.",
            "",
            "sessions = oneonone 40 min",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, mantuvieron una reunión a puerta cerrada de dos horas en Lima.",
            "",
            "sessions = talks 120 min",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, se reunieron a puertas cerradas durante casi una hora en Lima.",
            "",
            "sessions = talks 60 min",
        ),
    ]);
}

/// A length said before the parts its sentence lists is the whole meeting's, no part's:
/// two formats after it ("for two hours, first one-on-one and then with their delegations",
/// "un encuentro de tres horas que incluyó una reunión a solas y un almuerzo"), or one and a
/// word of going on ("first one-on-one and then with ministers"). A length right after its
/// part stays that part's.
#[test]
fn a_length_before_the_parts_is_the_whole_meetings() {
    let table: Vec<(String, &str)> = vec![
        (
            format!("{MET} They talked for nearly two hours, first one-on-one and then with their delegations."),
            "sessions = talks 120 min; oneonone; expanded",
        ),
        (
            format!("{MET} They talked for nearly two hours, first one-on-one and then with ministers."),
            "sessions = talks 120 min; oneonone",
        ),
        (
            format!("{MET} The one-on-one talks lasted forty minutes, and then the delegations joined."),
            "sessions ~ oneonone 40 min",
        ),
        (
            "El presidente de Polonia, Andrzej Duda, se reunió el lunes en Praga con el presidente \
             checo, Petr Pavel, en un encuentro de casi tres horas que incluyó una reunión a solas \
             y un almuerzo."
                .to_string(),
            "sessions ~ talks 180 min",
        ),
        (
            "El presidente de Polonia, Andrzej Duda, se reunió el lunes en Praga con el presidente \
             checo, Petr Pavel. Conversaron durante dos horas, primero a solas y luego con sus \
             ministros."
                .to_string(),
            "sessions = talks 120 min; oneonone",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// A length right after a verb of meeting or talking, with no preposition, measures the talks
/// ("conversaron más de dos horas", "se reunieron 40 minutos", "talked an hour"); a word after
/// it that counts from another moment makes it no length ("met two hours later", "dos horas
/// después del atentado", "30 minutes after landing").
#[test]
fn a_length_right_after_the_verb() {
    check_all(&[
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, conversaron más de dos horas este martes en Lima.",
            "2024-05-08",
            "sessions = talks 120 min",
        ),
        (
            "Los cancilleres de Perú y Chile se reunieron 40 minutos en Lima el pasado lunes.",
            "2024-05-08",
            "sessions = talks 40 min",
        ),
        (
            "Los presidentes de Perú y Chile estuvieron reunidos casi tres horas en el Palacio de Gobierno.",
            "2024-05-08",
            "sessions = talks 180 min",
        ),
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland talked an hour in Oslo on Friday about fisheries.",
            "2024-05-08",
            "sessions = talks 60 min",
        ),
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland met two hours later in Oslo.",
            "2024-05-08",
            "sessions =",
        ),
        (
            "Los cancilleres de Perú y Chile se reunieron dos horas después del atentado en Lima.",
            "2024-05-08",
            "sessions =",
        ),
        (
            "Los cancilleres de Perú y Chile se reunieron dos horas más tarde en Lima.",
            "2024-05-08",
            "sessions =",
        ),
        (
            "Prime Minister Lena Moss of Norway will meet Prime Minister Olli Rant of Finland 30 minutes after landing in Oslo.",
            "2024-05-08",
            "sessions =",
        ),
    ]);
}

/// A call is timed as a meeting is: "a 40-minute phone call", "una conversación telefónica de
/// unos 50 minutos (de duración)"; the length is then no topic of the agenda.
#[test]
fn a_call_is_timed_as_a_meeting() {
    check_all(&[
        (
            "Prime Minister Lena Moss of Norway held a 40-minute phone call with Prime Minister Olli Rant of Finland on Friday.",
            "2024-05-08",
            "sessions = talks 40 min",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, mantuvo una conversación telefónica de unos 50 minutos de duración con el presidente de Chile, Tomás Vidal.",
            "2024-05-08",
            "sessions = talks 50 min\nagenda =",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, sostuvieron una llamada telefónica de media hora.",
            "2024-05-08",
            "sessions = talks 30 min",
        ),
    ]);
}

/// A length right after a verb of talking or meeting times the talks, not a session the
/// sentence names after it ("talked for about two hours before witnessing the signing",
/// "conversaron durante casi tres horas, incluida una reunión restringida", "se reunieron
/// durante dos horas en el Parlamento, donde X fue recibido con honores"); a noun's length
/// stays its own ("a one-on-one meeting lasting 90 minutes").
#[test]
fn a_length_after_a_verb_of_talking_times_the_talks() {
    let table: Vec<(String, &str)> = vec![
        (
            format!(
                "{MET} The two presidents talked for about two hours before witnessing the signing of four agreements."
            ),
            "sessions = talks 120 min; ceremony",
        ),
        (
            format!("{MET} They held a one-on-one meeting lasting 90 minutes."),
            "sessions = oneonone 90 min",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table.iter().map(|(t, e)| (t.as_str(), "", *e)).collect();
    check_all(&rows);
    common::check_in(
        "es",
        &[
            (
                "El presidente de Polonia, Andrzej Duda, y su homólogo checo, Petr Pavel, conversaron durante casi tres horas el lunes en Praga, incluida una reunión restringida."
                    .to_string(),
                "",
                "sessions = talks 180 min; oneonone",
            ),
            (
                "El presidente de Polonia, Andrzej Duda, y su homólogo checo, Petr Pavel, se reunieron durante dos horas el lunes en el Parlamento checo, donde Duda fue recibido con honores militares."
                    .to_string(),
                "",
                "sessions = talks 120 min; ceremony",
            ),
        ],
    );
}
