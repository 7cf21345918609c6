//! Places and dates of the glance card in constructions the other variant files leave out, each
//! in several tenses, word orders and shapes. Every sentence is written by the team (names are
//! invented) and occurs in no corpus article.

mod common;
use common::check_all;

/// "met on Langkawi island": a surface preposition right after a meeting word places an island,
/// known to the tables or not; not "the situation on the Korean peninsula".
#[test]
fn on_an_island_after_a_meeting_word() {
    check_all(&[
        (
            "President Aldo Verran and Chairman Kiro Basset met on Tuesday on Langkawi island.",
            "2024-03-12",
            "city = Langkawi
             country = Malaysia",
        ),
        // Future, the venue between.
        (
            "Prime Minister Lena Ostrova will meet President Omar Teller at a resort on Phuket island next week.",
            "2024-03-12",
            "city = Phuket
             country = Thailand",
        ),
        // Passive, a meeting noun.
        (
            "The summit of President Ivo Marin and Chancellor Rosa Delgado was held on Jeju island on Friday.",
            "2024-03-12",
            "city = Jeju
             country = South Korea",
        ),
        // The island's word inside the name the tables give.
        (
            "Chancellor Rosa Delgado and Prime Minister Lena Ostrova will meet on Jeju Island.",
            "",
            "city ~ Jeju
             country = South Korea",
        ),
        // An island the tables do not know, after a named hotel.
        (
            "Foreign Minister Hana Kiel and Foreign Minister Piet Vosse met at the Marlow Grande hotel on Tenby island.",
            "",
            "venue = Marlow Grande hotel
             region = Tenby island",
        ),
        // An island the tables do not know, a bracket after it.
        (
            "President Aldo Verran received Chairman Kiro Basset on Corvo island (his third visit) on Monday.",
            "",
            "region = Corvo island",
        ),
        // A topic on a surface is no place.
        (
            "President Aldo Verran met Chairman Kiro Basset in Vienna. They spoke of tensions on the Korean peninsula.",
            "",
            "region =
             city = Vienna",
        ),
    ]);
}

/// "gather at MCC": an acronym after a place preposition names a building or a body, never a
/// town the tables do not know (a reader would see "Mcc").
#[test]
fn an_acronym_after_a_meeting_word_is_no_town() {
    check_all(&[
        (
            "President Aldo Verran and Chairman Kiro Basset met at KICC on Monday.",
            "",
            "city =",
        ),
        (
            "Commonwealth leaders will gather at BMCC for the opening session.",
            "",
            "city =",
        ),
        (
            "Foreign Minister Hana Kiel met Foreign Minister Piet Vosse today at UNCC (the conference hall).",
            "2024-03-12",
            "city =",
        ),
        (
            "El presidente Tomás Benítez y el presidente Raúl Mora se reunieron hoy en CCBA.",
            "2024-03-12",
            "city =",
        ),
        (
            "Los cancilleres Ana Ruiz y Pedro Lara se reunirán el lunes en el CICM, según la cancillería.",
            "",
            "city =",
        ),
        // A town written in capitals in a shouting headline is still a town.
        (
            "LEADERS MEET IN NAIVASHA\nPresident Aldo Verran and Chairman Kiro Basset met in Naivasha on Monday.",
            "",
            "city = Naivasha",
        ),
    ]);
}

/// "En Lisboa Benítez recibió …": a city right before a person's name, with no comma between,
/// is the place of the clause, not the first word of a longer name.
#[test]
fn a_city_run_into_the_name_of_a_person() {
    check_all(&[
        (
            "En su primera visita a Lisboa Benítez abordó con su par portugués, Rui Costa, la crisis energética.",
            "",
            "city = Lisboa
             country = Portugal",
        ),
        (
            "El presidente chileno, Raúl Mora, viajó a Uruguay. En Montevideo Mora se reunirá el lunes con el presidente paraguayo, Tomás Benítez.",
            "",
            "city = Montevideo
             country = Uruguay",
        ),
        (
            "La canciller chilena, Ana Ruiz, llegó ayer a Ecuador. En Quito Ruiz se reunió con su homóloga ecuatoriana, Lucía Pardo.",
            "",
            "city = Quito",
        ),
        (
            "In Nairobi President Daniel Otieno held talks with President Kofi Mensah of Ghana on Monday.",
            "",
            "city = Nairobi",
        ),
        (
            "During his stop in Hanoi Prime Minister Lena Ostrova met President Omar Teller (the talks lasted two hours).",
            "",
            "city = Hanoi",
        ),
        // A city's name run into a longer name is still no place.
        (
            "President Aldo Verran met Chairman Kiro Basset in Vienna. They spoke of the Santiago Bernabeu stadium.",
            "",
            "city = Vienna",
        ),
    ]);
}

/// "NAIROBI — … will meet … here": a word for the place the story is filed from, in a clause
/// about the meeting, names the dateline's city, before a city the text names later.
#[test]
fn here_names_the_dateline_city() {
    check_all(&[
        (
            "NAIROBI - President Daniel Otieno will meet President Kofi Mensah of Ghana and his ministers here next week.\n\nMensah begins his visit to Kenya in Mombasa on Monday.",
            "2024-03-12",
            "city = Nairobi
             country = Kenya",
        ),
        // Past tense, the dateline with an agency.
        (
            "LIMA, March 4 (Andes) - Foreign Minister Ana Ruiz held talks here with her Bolivian counterpart, Pedro Lara.\n\nLara later flew on to Arequipa for a trade fair.",
            "",
            "city = Lima",
        ),
        // A bracket before the word.
        (
            "ACCRA - Ghana's President Kofi Mensah received Togo's President Eli Dossou (on a two-day visit) here on Friday. Dossou then travelled to Kumasi.",
            "",
            "city = Accra",
        ),
        (
            "QUITO - La canciller chilena, Ana Ruiz, se reunió aquí con su homóloga ecuatoriana, Lucía Pardo.\n\nRuiz viajará después a Guayaquil.",
            "",
            "city = Quito
             country = Ecuador",
        ),
        (
            "LA PAZ - El presidente peruano, Raúl Mora, llegó esta mañana a esta ciudad a reunirse con su homólogo boliviano, Luis Prado.\n\nMora visitará luego Santa Cruz de la Sierra.",
            "",
            "city = La Paz",
        ),
        (
            "MONTEVIDEO - El presidente paraguayo, Tomás Benítez, se reunirá acá el lunes con el presidente uruguayo, Raúl Mora. Benítez pasará antes por Punta del Este.",
            "",
            "city = Montevideo",
        ),
    ]);
}

/// "Elysee Palace, 10 February 2010": a building heading a line with a date, as statements
/// made at a meeting are headed, places the meeting when its sentences name no building.
#[test]
fn a_building_heading_a_dated_line() {
    check_all(&[
        (
            "Statement of the Prime Minister\n\nElysee Palace, 4 March 2011\n\nPrime Minister Rui Costa had a very warm meeting with President Aldo Verran, Costa said.",
            "",
            "venue = Elysee Palace
             country = France",
        ),
        (
            "Joint press remarks\n\nMarlow Castle, Tuesday 5 March 2024\n\nPresident Aldo Verran and Chairman Kiro Basset held talks on trade.",
            "",
            "venue = Marlow Castle",
        ),
        (
            "Remarks to the press\n\nTenby Palace, 12/03/2024\n\nPresident Aldo Verran received Chairman Kiro Basset (his first visit) for talks on fisheries.",
            "",
            "venue = Tenby Palace",
        ),
        (
            "Declaración a la prensa\n\nPalacio de Miraflores, 3 de mayo de 2011\n\nEl presidente Raúl Mora recibió al presidente Tomás Benítez y conversaron sobre el comercio.",
            "",
            "venue = Palacio de Miraflores
             country = Venezuela",
        ),
        (
            "Comunicado conjunto\n\nCasa Rosada, martes 5 de marzo\n\nEl presidente Raúl Mora y el presidente Luis Prado se reunieron para hablar de energía.",
            "2024-03-06",
            "venue = Casa Rosada",
        ),
        // A building the sentences name wins; a building heading an undated line is no place.
        (
            "Remarks\n\nMarlow Castle, 5 March 2024\n\nPresident Aldo Verran met Chairman Kiro Basset at the Tenby Palace.",
            "",
            "venue = Tenby Palace",
        ),
        (
            "Marlow Castle\n\nPresident Aldo Verran and Chairman Kiro Basset held talks on trade.",
            "",
            "venue =",
        ),
    ]);
}

/// "acordaron la próxima realización del Encuentro … en territorio peruano": the place of a
/// meeting a word some words before its noun makes another one is not this meeting's place.
#[test]
fn the_place_of_a_later_meeting_named_some_words_before() {
    check_all(&[
        (
            "El canciller chileno, Pedro Lara, se reunió con su homólogo boliviano, Luis Prado. Ambos acordaron la próxima realización del III Encuentro Presidencial en territorio peruano.",
            "",
            "country !~ Peru",
        ),
        (
            "La canciller Ana Ruiz se reunió con su par uruguayo, Raúl Mora. Acordaron la próxima celebración de la III Reunión Binacional en Paraguay.",
            "",
            "country !~ Paraguay",
        ),
        (
            "President Aldo Verran met Chairman Kiro Basset on Monday. They agreed on the next full session of the Joint Summit in Ghana.",
            "",
            "country !~ Ghana",
        ),
        (
            "Foreign Minister Hana Kiel held talks with Foreign Minister Piet Vosse. They discussed the upcoming second edition of the Ministerial Conference in Chile (in May).",
            "",
            "country !~ Chile",
        ),
        (
            "Prime Minister Lena Ostrova and President Omar Teller met on Friday, and recalled the previous edition of the forum in Morocco.",
            "",
            "country !~ Morocco",
        ),
        // The meeting's own place, after a meeting word that nothing makes another one.
        (
            "Prime Minister Lena Ostrova and President Omar Teller met on Friday, at the second edition of the forum in Morocco.",
            "",
            "country = Morocco",
        ),
    ]);
}

/// "met President Kofi Mensah of Ghana on Friday in Naivasha", "el 03/10/2025 en Cafayate": a
/// town the tables do not know after a place preposition that completes a meeting word, over
/// names, titles, brackets and dates (numeric ones too).
#[test]
fn an_unknown_town_after_the_meeting_words_names_and_dates() {
    check_all(&[
        (
            "President Aldo Verran of Kenya met President Kofi Mensah of Ghana on Friday in Naivasha.",
            "2025-10-04",
            "city = Naivasha",
        ),
        (
            "President Aldo Verran of Kenya met President Kofi Mensah of Ghana on 03/10/2025 in Naivasha.",
            "2025-10-04",
            "city = Naivasha
             date ~ 2025-10-03",
        ),
        (
            "Chancellor Rosa Delgado will meet Prime Minister Lena Ostrova (Latvia) on Tuesday in Valdora, officials said.",
            "2025-10-04",
            "city = Valdora",
        ),
        (
            "El presidente paraguayo, Tomás Benítez, se reunió con el presidente boliviano, Luis Prado, el 03/10/2025 en Cafayate.",
            "2025-10-04",
            "city = Cafayate
             date ~ 2025-10-03",
        ),
        (
            "El presidente paraguayo, Tomás Benítez, se reunirá con su homólogo boliviano, Luis Prado, en Cafayate.",
            "",
            "city = Cafayate",
        ),
        (
            "La reunión de los cancilleres Ana Ruiz y Pedro Lara se celebró el lunes en Tilcara.",
            "",
            "city = Tilcara",
        ),
        // A topic's place is none: a lowercase word between.
        (
            "President Aldo Verran met President Kofi Mensah to discuss the floods in Naivasha.",
            "",
            "city =",
        ),
    ]);
}

/// "en la sede de la Cancillería uruguaya": a people word in lowercase right after a building,
/// where adjectives follow their noun, gives the building's country.
#[test]
fn a_people_word_after_a_building_gives_its_country() {
    check_all(&[
        (
            "El presidente Tomás Benítez se reunió con el presidente Luis Prado en la sede de la Cancillería uruguaya.",
            "",
            "country = Uruguay",
        ),
        (
            "Los cancilleres Ana Ruiz y Pedro Lara se reunirán el martes en el Palacio Illimani boliviano.",
            "",
            "venue ~ Palacio Illimani
             country = Bolivia",
        ),
        (
            "La canciller Ana Ruiz fue recibida ayer por su par Lucía Pardo en el Ministerio de Relaciones Exteriores peruano, en un encuentro de una hora.",
            "",
            "country = Peru",
        ),
        (
            "En la residencia oficial del Hotel Sol paraguayo (a orillas del río) conversaron los presidentes Raúl Mora y Luis Prado.",
            "",
            "country = Paraguay",
        ),
        (
            "El encuentro de los presidentes Raúl Mora y Luis Prado se celebró en el Centro de Convenciones chileno «Cerro Alto».",
            "",
            "country = Chile",
        ),
        // A people word in capitals after a building starts a new phrase.
        (
            "President Aldo Verran met President Kofi Mensah at the Grand Hotel. Russian diplomats were not invited.",
            "",
            "venue = Grand Hotel
             country !~ Russia",
        ),
    ]);
}

/// "los primeros en llegar a Atlapa", "flew to Kisumu": a place the tables do not know right
/// after a verb of arrival and the preposition of where one goes, as after a word of travel.
#[test]
fn an_unknown_place_after_a_verb_of_arrival() {
    check_all(&[
        (
            "President Aldo Verran met President Kofi Mensah on Friday. Verran flew to Kisumu for the talks.",
            "",
            "city = Kisumu",
        ),
        (
            "Prime Minister Lena Ostrova will travel to Valdora, where she is to meet President Omar Teller.",
            "",
            "city = Valdora",
        ),
        (
            "El presidente paraguayo, Tomás Benítez, llegó a Cafayate para reunirse con su homólogo boliviano, Luis Prado.",
            "",
            "city = Cafayate",
        ),
        (
            "Los presidentes Raúl Mora y Luis Prado se reunieron el lunes. Los primeros en llegar a Tilcara fueron los cancilleres.",
            "",
            "city = Tilcara",
        ),
        (
            "La canciller Ana Ruiz viajará a Humahuaca (Jujuy) para reunirse con su par Lucía Pardo.",
            "",
            "city = Humahuaca",
        ),
        // A person after the preposition is no place.
        (
            "President Aldo Verran met President Kofi Mensah in Accra. Mensah came to Verran with a plan.",
            "",
            "city = Accra",
        ),
    ]);
}
