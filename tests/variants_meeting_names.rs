//! A meeting's name keeps the words of the stop list it holds between its capitalised words
//! ("Commonwealth Heads of Government Meeting", "Cumbre de Presidentes del Mercosur"), before
//! its noun and after it. Every sentence here is written by the team; the places and summits
//! are real, the people invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_name_with_heads_and_presidents_in_it() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The leaders of Britain, India and Kenya attended the Commonwealth Heads of \
                 Government Meeting in Kigali on Friday.",
                "name = Commonwealth Heads of Government Meeting",
            ),
            (
                "The leaders of Britain, India and Kenya attended the Meeting of Heads of \
                 Government of the Commonwealth in Kigali on Friday.",
                "name = Meeting of Heads of Government of the Commonwealth",
            ),
            (
                "The presidents of Kenya, Uganda and Tanzania will attend the 25th Summit of \
                 Heads of State of the East African Community in Arusha next week.",
                "name = 25th Summit of Heads of State of the East African Community",
            ),
            (
                "The Leaders Summit opened in Kigali on Friday with the leaders of Britain, India \
                 and Kenya.",
                "name = Leaders Summit",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "Los presidentes de Argentina, Brasil, Paraguay y Uruguay celebran este jueves en Asunción",
        &[
            (
                "la Cumbre de Presidentes del Mercosur.",
                "name = Cumbre de Presidentes del Mercosur",
            ),
            (
                "la LXVI Cumbre de Presidentes del Mercosur.",
                "name = LXVI Cumbre de Presidentes del Mercosur",
            ),
            (
                "la Cumbre de Jefes de Estado y de Gobierno de la Celac.",
                "name = Cumbre de Jefes de Estado y de Gobierno de la Celac",
            ),
            ("la cumbre del Mercosur.", "name = "),
        ],
    );
}

/// A gathering talked about is another meeting, not this one's name: after a cue of topics in
/// its clause ("discussed preparations for the NATO summit", "hablaron de la preparación de
/// la Asamblea General de la OEA", "exchanged views on the upcoming Summit of the Americas"),
/// unless a place preposition puts the talks there ("discussed trade at the G20 summit").
#[test]
fn a_gathering_talked_about_is_no_name_of_the_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Turkish President Ali Demir received Greek Prime Minister Nikos Pappas in Ankara \
                 on Monday. They discussed energy and preparations for the NATO Summit in July.",
                "name =\n summary ~ met in Ankara",
            ),
            (
                "Turkish President Ali Demir and Greek Prime Minister Nikos Pappas met in Ankara \
                 on Monday and exchanged views on the upcoming Summit of the Americas.",
                "name =",
            ),
            (
                "Turkish President Ali Demir and Greek Prime Minister Nikos Pappas will discuss \
                 the agenda of the East Asia Summit when they meet in Ankara next week.",
                "name =",
            ),
            (
                "Turkish President Ali Demir and Greek Prime Minister Nikos Pappas discussed \
                 energy at the G20 Summit in New Delhi on Monday.",
                "name = G20 Summit",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Panamá, Luis Mora, recibió este lunes al canciller de Chile, \
                 Pedro Soto, en Ciudad de Panamá. Hablaron de la preparación de la Asamblea \
                 General de la OEA.",
                "name =\n summary ~ se reunieron en Ciudad de Panamá",
            ),
            (
                "Los cancilleres de Perú y Bolivia, Ana Ruiz y Juan Quispe, acordaron este lunes \
                 en Lima la próxima realización del VIII Encuentro Presidencial.",
                "name =",
            ),
        ],
    );
}

/// After a meeting held, a gathering told of in the future is another ("Sato will address
/// the National Assembly", "visitará el martes la Asamblea Nacional", "is due to speak at the
/// Asia Business Forum"), and a body in a title is no gathering ("National Assembly
/// Chairwoman X"), but an organisation that meets is ("Pacific Islands Forum Secretary
/// General X").
#[test]
fn a_gathering_to_come_or_in_a_title_is_no_name_of_a_meeting_held() {
    let meeting = "President Ana Cruz of the Philippines met Prime Minister Ken Sato of Japan at the \
                   Presidential Palace in Manila on Monday.";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                &format!("{meeting} Sato will address the National Assembly on Tuesday."),
                "name =\n summary ~ met at the Presidential Palace",
            ),
            (
                &format!("{meeting} On Wednesday Sato is due to speak at the Asia Business Forum."),
                "name =",
            ),
            (
                &format!("{meeting} National Assembly Chairwoman Rosa Lim also met Sato."),
                "name =",
            ),
            (
                "President Ana Cruz of the Philippines met Prime Minister Ken Sato of Japan on the \
                 sidelines of the Asia Business Forum on Monday.",
                "summary ~ met at the Asia Business Forum",
            ),
            (
                "Pacific Islands Forum Secretary General Baron Tui joined the leaders of Fiji and \
                 Samoa at the Pacific Islands Forum in Suva on Monday.",
                "name ~ Pacific Islands Forum",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente de Chile, Martín Soto, se reunió el lunes en Lima con el presidente de \
             Perú, Raúl Quispe. Soto visitará el martes la Asamblea Nacional.",
            "name =\n summary ~ se reunieron en Lima",
        )],
    );
}
