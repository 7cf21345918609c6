//! Articles that report no meeting, in forms no corpus article has (issue #12, item 7, and
//! #13): a summit called off before the leaders it expected, a speech to an assembly, the
//! anniversary of an old visit, a meeting only asked about. Each table ends with meetings that
//! must still be read, in the same constructions. Every sentence is written by the team; the
//! names are invented.

mod common;

use common::NO_MEETING;

/// Checks each `(lang, text, expected)` row, published on 2025-03-05.
fn check_rows(table: &[(&str, &str, &str)]) {
    common::check_lang_rows("2025-03-05", table);
}

/// "The summit has been postponed indefinitely, the ministry said on Monday. Leaders of A and B
/// had been expected to attend": a meeting first reported called off with no new date (the day
/// the call-off is reported is no new date) is no meeting, and the attendance said of it later
/// reports none either; "will now be held on 12 May" still reports one.
#[test]
fn called_off_meeting_is_not_reported_by_its_expected_attendance() {
    check_rows(&[
        (
            "en",
            "The summit of Baltic leaders planned for next month in Tallinn has been postponed indefinitely, the Estonian government said on Monday. Presidents of Latvia and Lithuania had been expected to attend.",
            NO_MEETING,
        ),
        (
            "en",
            "The meeting between the prime ministers of Norway and Sweden was called off, officials said on Friday. Prime Minister Erik Dahl of Norway had been due to attend.",
            NO_MEETING,
        ),
        (
            "en",
            "Organisers have cancelled the Pacific islands summit, citing the storm, a spokesman said on Tuesday. Leaders of Fiji, Tonga and Samoa were to attend.",
            NO_MEETING,
        ),
        (
            "en",
            "The ministers' meeting in Nicosia has been put off with no new date, diplomats said on Wednesday. The foreign ministers of Greece and Cyprus were expected to take part.",
            NO_MEETING,
        ),
        (
            "es",
            "La cumbre del Mercosur prevista para el lunes en Asunción fue suspendida sin nueva fecha, informó este viernes la cancillería paraguaya. Estaba previsto que asistieran los presidentes de Brasil, Argentina y Uruguay.",
            NO_MEETING,
        ),
        (
            "es",
            "La reunión entre los cancilleres de Chile y Perú fue cancelada, según informaron este jueves fuentes diplomáticas. Se esperaba la asistencia del canciller chileno, Jorge Prieto.",
            NO_MEETING,
        ),
        (
            "en",
            "The summit, postponed last month, will now be held on 12 May in Tallinn, the government said on Monday. The presidents of Latvia and Lithuania will attend.",
            "kind = bilateral\nstatus = planned",
        ),
    ]);
}

/// "told the General Assembly", "addressed the Council of Europe assembly", "in a speech to",
/// "habló ante la Asamblea General", "se dirigió a": a text whose only meeting words name the
/// audience of a speech reports a speech; a meeting reported beside it still counts.
#[test]
fn speech_to_a_gathering_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "President Amina Diallo of Senegal told the United Nations General Assembly on Tuesday that rich nations must honour their pledges.",
            NO_MEETING,
        ),
        (
            "en",
            "Prime Minister Lukas Berger of Austria addressed the Council of Europe assembly in Strasbourg on Thursday, urging members to defend press freedom.",
            NO_MEETING,
        ),
        (
            "en",
            "In a speech to the World Health Assembly in Geneva on Monday, President Rosa Ibarra of Chile called for a treaty on pandemics.",
            NO_MEETING,
        ),
        (
            "en",
            "King Faisal Omar of Jordan will address the annual assembly of the Arab Parliament in Cairo next week, his office said.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Guatemala, Carlos Ixcot, habló este martes ante la Asamblea General de la ONU y pidió más ayuda para la región.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta de Honduras, Marta Zelaya, se dirigió a la Asamblea General de las Naciones Unidas para denunciar el narcotráfico.",
            NO_MEETING,
        ),
        (
            "en",
            "President Rosa Ibarra of Chile addressed the summit on Tuesday before meeting Prime Minister Tom Reid of New Zealand on its sidelines.",
            "kind = bilateral\nprincipals ~ Rosa Ibarra\nprincipals ~ Tom Reid",
        ),
    ]);
}

/// "the 20th anniversary of the landmark visit", "the tenth anniversary of the Camp Arden
/// summit", "el aniversario de la histórica visita": a meeting named as what an anniversary is
/// of is a meeting of the past; leaders meeting to mark an anniversary still meet.
#[test]
fn anniversary_of_a_meeting_recalls_it() {
    check_rows(&[
        (
            "en",
            "Vietnam on Saturday marked the 20th anniversary of the landmark visit by U.S. President Gerald Whitcombe, the first by an American leader after the war.",
            NO_MEETING,
        ),
        (
            "en",
            "On the tenth anniversary of the Camp Arden summit, former President Alan Moss of the United States recalled his talks with Soviet leader Pavel Orlov.",
            NO_MEETING,
        ),
        (
            "en",
            "Norway celebrated the 30th anniversary of the peace talks between Prime Minister Knut Berg and President Omar Salim of Sudan on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "Cuba celebró este domingo el aniversario de la histórica visita del presidente estadounidense Walter Hines a La Habana.",
            NO_MEETING,
        ),
        (
            "en",
            "Presidents Ana Lisboa of Portugal and Jorge Velasco of Spain met in Porto on Monday to mark the 50th anniversary of diplomatic relations.",
            "kind = bilateral\nprincipals ~ Ana Lisboa\nprincipals ~ Jorge Velasco",
        ),
    ]);
}

/// "a film about talks hosted by the president", "a new book on the summit between A and B",
/// "la exposición sobre la cumbre de X e Y": a meeting a work tells of is its subject, no
/// meeting the article reports; leaders who meet at the work's premiere still meet.
#[test]
fn meeting_a_work_tells_of_is_not_reported() {
    check_rows(&[
        (
            "en",
            "Filmmaker Noa Lind has made a documentary about the talks hosted by the French president. Paul Marais said several festivals had asked for it.",
            NO_MEETING,
        ),
        (
            "en",
            "A new book on the summit between President Ana Lisboa of Portugal and President Jorge Velasco of Spain will be published on Friday.",
            NO_MEETING,
        ),
        (
            "en",
            "Her memoir of the negotiations between Prime Minister Knut Berg and President Omar Salim of Sudan came out in 2024.",
            NO_MEETING,
        ),
        (
            "es",
            "La exposición sobre la cumbre entre el presidente de Portugal, Ana Lisboa, y el de España, Jorge Velasco, abrió el lunes en Oporto.",
            NO_MEETING,
        ),
        (
            "es",
            "La película sobre las conversaciones que acogió el presidente francés se estrenará en mayo.",
            NO_MEETING,
        ),
        (
            "en",
            "Presidents Ana Lisboa of Portugal and Jorge Velasco of Spain met in Porto on Monday before the premiere of a film about the two countries.",
            "kind = bilateral\nprincipals ~ Ana Lisboa\nprincipals ~ Jorge Velasco",
        ),
    ]);
}

/// "Ministers did not take part", "No participaron mandatarios de otros países", "Tampoco
/// asistieron ministros": attendance denied to a group of titles reports no one at a meeting,
/// so a ceremony its host chairs alone stays no meeting; a leader who did not attend a summit
/// others held leaves the summit as it was.
#[test]
fn attendance_denied_to_a_group_reports_no_meeting() {
    check_rows(&[
        (
            "en",
            "Lyon mayor Claire Dumas hosted the gathering of city leaders. Ministers did not take part.",
            NO_MEETING,
        ),
        (
            "en",
            "The mayor of Turin, Paolo Greco, opened the forum on Monday. Foreign ministers did not attend.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Colombia, Julián Arboleda, presidió un acto de homenaje. Al acto asistieron el presidente de la JEP y miembros del cuerpo diplomático. No participaron mandatarios de otros países.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Colombia, Julián Arboleda, presidió un acto de homenaje con el presidente de la JEP. Tampoco asistieron ministros de otros países.",
            NO_MEETING,
        ),
        (
            "en",
            "Presidents Ana Lisboa of Portugal and Jorge Velasco of Spain met in Porto on Monday. The Kiribati president did not attend, sending his deputy.",
            "kind = bilateral\nprincipals ~ Ana Lisboa\nprincipals ~ Jorge Velasco",
        ),
    ]);
}

/// A meeting whose principals all hold a town's or a region's office ("the mayor of Lima
/// received the mayor of La Paz", "Barcelona mayor X hosted the gathering of city leaders.
/// \"Governments talk,\" she said") is none of leaders; a mayor who receives a prime minister
/// meets a leader, and that meeting stays.
#[test]
fn meetings_of_local_offices_only_are_none_of_leaders() {
    check_rows(&[
        (
            "es",
            "El alcalde de Lima, Jorge Quispe, recibió este lunes al alcalde de La Paz, Juan Mamani, para hablar del turismo.",
            NO_MEETING,
        ),
        (
            "en",
            "\"Governments talk,\" said Lyon mayor Claire Dumas, who hosted the gathering of city leaders on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "La gobernadora de Salta, Inés Carrizo, se reunió con el gobernador de Jujuy, Pablo Sosa, en la capital salteña.",
            NO_MEETING,
        ),
        (
            "en",
            "Paris mayor Anne Moreau received Japanese Prime Minister Emi Sato at the Hotel de Ville on Monday.",
            "kind = bilateral\nprincipals ~ Emi Sato",
        ),
    ]);
}

/// "declined to say whether X would travel", "it remains unclear whether A will meet B", "no
/// aclaró si …", "se desconoce si …": a clause the text asks about reports no meeting; an
/// answer given after a meeting held does not undo it.
#[test]
fn meeting_asked_about_is_not_reported() {
    check_rows(&[
        (
            "en",
            "Secretary of State Helen Park declined to say whether President Mark Ellison would travel to Asia later this year.",
            NO_MEETING,
        ),
        (
            "en",
            "It remains unclear whether Prime Minister Ken Ota of Japan will meet President Lee Min-ho of South Korea at the summit.",
            NO_MEETING,
        ),
        (
            "en",
            "Reporters asked whether Chancellor Heidi Kraus of Germany planned to visit Warsaw for talks with President Adam Nowicki.",
            NO_MEETING,
        ),
        (
            "es",
            "El Gobierno no aclaró si el presidente boliviano, Julio Mamani, viajará a Lima para reunirse con su homólogo peruano.",
            NO_MEETING,
        ),
        (
            "es",
            "Se desconoce si los cancilleres de Chile y Bolivia, Jorge Prieto y Ana Quispe, se reunirán este mes.",
            NO_MEETING,
        ),
        (
            "en",
            "President Ana Lisboa of Portugal met Prime Minister Jorge Velasco of Spain in Porto on Monday. Asked whether they would meet again, Lisboa said she hoped so.",
            "kind = bilateral\nstatus = held\nprincipals ~ Jorge Velasco",
        ),
    ]);
}

/// "Peru's president met his Ecuadorian counterpart": a title owned through a possessive is
/// read, so the meeting has two unnamed principals with role and country, never a meeting of
/// no one.
#[test]
fn titles_without_names_meet_as_unnamed_principals() {
    check_rows(&[
        (
            "en",
            "Chile's president received her Bolivian counterpart in Santiago on Friday.",
            "kind = bilateral\nprincipals = - | President | Chile; - | President | Bolivia",
        ),
        (
            "en",
            "On Tuesday, Kenya's president hosted his Ugandan counterpart at State House in Nairobi.",
            "principals = - | President | Kenya; - | President | Uganda",
        ),
        (
            "en",
            "The foreign minister of Peru met his Ecuadorian counterpart in Quito on Monday.",
            "kind = ministerial\nprincipals ~ Ecuador",
        ),
    ]);
}
