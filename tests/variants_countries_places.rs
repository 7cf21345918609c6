//! The countries taking part and the place of the meeting, in constructions English and Spanish
//! share: a dateline filed from another country than the host's, a city owning people (no
//! place), a city closing a placed building's name. Every sentence here is written by the team
//! (names are invented).

mod common;
use common::{check_all, check_in};

/// Spanish rows: each text with no publication date.
fn es(rows: &[(&str, &str)]) -> Vec<(String, &'static str, String)> {
    rows.iter()
        .map(|(text, expected)| (text.to_string(), "", expected.to_string()))
        .collect()
}

/// Checks Spanish rows.
fn check_es(rows: &[(&str, &str)]) {
    let rows = es(rows);
    let table: Vec<(String, &str, &str)> = rows
        .iter()
        .map(|(t, p, e)| (t.clone(), *p, e.as_str()))
        .collect();
    check_in("es", &table);
}

/// "LIMA — … received her at the Palacio Quemado": a dateline says where the story was filed;
/// a venue or a host in another country puts the meeting there.
#[test]
fn a_dateline_of_another_country_than_the_venues_is_no_place() {
    check_all(&[
        (
            "LIMA, March 3 (Reuters) - Bolivian President Luis Mora received Chilean President Alma Reyes at the Palacio Quemado on Monday.",
            "",
            "venue = Palacio Quemado
             city =
             country = Bolivia",
        ),
        (
            "LIMA — Chilean President Alma Reyes will be received by Bolivian President Luis Mora at the Casa Grande del Pueblo next week.",
            "",
            "city =
             country = Bolivia",
        ),
        (
            "LIMA, March 3 (Reuters) - Chilean President Alma Reyes and Bolivian President Luis Mora had been meeting for two hours at the Palacio Quemado when the news broke.",
            "",
            "city =
             country = Bolivia",
        ),
    ]);
    check_es(&[
        (
            "LIMA, 3 Mar. (EFE) - El presidente boliviano, Luis Mora, recibió este lunes en el Palacio Quemado a la presidenta chilena, Alma Reyes.",
            "city =
             country = Bolivia",
        ),
        (
            "QUITO, 3 Mar. (EFE) - La presidenta chilena, Alma Reyes, fue recibida hoy en la Casa Grande del Pueblo por el presidente boliviano, Luis Mora.",
            "city =
             country = Bolivia",
        ),
        (
            "QUITO, 3 Mar. (EFE) - La presidenta chilena, Alma Reyes, y el presidente boliviano, Luis Mora, se reunirán el martes en el Palacio Quemado.",
            "city =
             country = Bolivia",
        ),
    ]);
    // The dateline's city in the venue's country stays the place.
    check_es(&[(
        "LA PAZ, 3 Mar. (EFE) - El presidente boliviano, Luis Mora, recibió este lunes en el Palacio Quemado a la presidenta chilena, Alma Reyes.",
        "city = La Paz
         country = Bolivia",
    )]);
}

/// "une a los gobiernos de Lima y Quito", "to the governments of Lima and Quito": a city owning
/// people stands for its government, no place.
#[test]
fn a_city_owning_people_is_no_place() {
    check_all(&[
        (
            "Chilean President Alma Reyes met Bolivian President Luis Mora on Monday. The visit was a gesture to the governments of Lima and Quito.",
            "",
            "city !~ Lima",
        ),
        (
            "Chilean President Alma Reyes met Bolivian President Luis Mora on Monday; the talks will be welcome to the leaders of Lima.",
            "",
            "city !~ Lima",
        ),
    ]);
    check_es(&[
        (
            "La presidenta chilena, Alma Reyes, se reunió el lunes con el presidente boliviano, Luis Mora. La visita subraya la relación que une a los gobiernos de Lima y Quito.",
            "city !~ Lima",
        ),
        (
            "La presidenta chilena, Alma Reyes, se reunirá con el presidente boliviano, Luis Mora, en una cita dedicada a los mandatarios de Lima y Quito.",
            "city !~ Lima",
        ),
        (
            "La presidenta chilena, Alma Reyes, y el presidente boliviano, Luis Mora, conversaron sobre el mensaje enviado a las delegaciones de Lima.",
            "city !~ Lima",
        ),
    ]);
}

/// "al Salón Dorado del Palacio de Congresos de Lima": a city closing a building's name is
/// where the building is, when the building (or one holding it) is placed.
#[test]
fn a_city_closing_a_placed_buildings_name() {
    check_all(&[
        (
            "Chilean President Alma Reyes and Bolivian President Luis Mora met on Monday at the Palace of Congresses of Lima.",
            "",
            "country = Peru",
        ),
        (
            "Chilean President Alma Reyes will be received by Bolivian President Luis Mora in the Golden Hall of the Congress Centre of Lima.",
            "",
            "country = Peru",
        ),
    ]);
    check_es(&[
        (
            "La presidenta chilena, Alma Reyes, y el presidente boliviano, Luis Mora, se reunieron el lunes en el Salón Dorado del Palacio de Congresos de Lima.",
            "country = Peru",
        ),
        (
            "La presidenta chilena, Alma Reyes, llegó al Pabellón Oficial del Aeropuerto Internacional de Lima, donde se reunió con el presidente boliviano, Luis Mora.",
            "country = Peru",
        ),
        (
            "La presidenta chilena, Alma Reyes, se reunirá con el presidente boliviano, Luis Mora, en el Centro de Convenciones de Lima.",
            "country = Peru",
        ),
    ]);
    // An unplaced building does not place its city: "el acuerdo de la Universidad de Lima".
    check_es(&[(
        "La presidenta chilena, Alma Reyes, se reunió en Quito con el presidente boliviano, Luis Mora, y elogió el informe de la Universidad de Lima.",
        "city = Quito",
    )]);
}

/// "una visita a Valdora", "his trip to Valdora": a place the tables do not know after a word
/// of travel and the preposition of where one goes.
#[test]
fn an_unknown_place_after_a_word_of_travel() {
    check_all(&[
        (
            "Chilean President Alma Reyes paid a visit to Valdora on Monday, where she held talks with Bolivian President Luis Mora.",
            "",
            "city = Valdora",
        ),
        (
            "During his trip to Valdora, Bolivian President Luis Mora will meet Chilean President Alma Reyes.",
            "",
            "city = Valdora",
        ),
    ]);
    check_es(&[
        (
            "La presidenta chilena, Alma Reyes, realizó este jueves una visita a Valdora y se reunió con el presidente boliviano, Luis Mora.",
            "city = Valdora",
        ),
        (
            "Durante su viaje a Valdora, la presidenta chilena, Alma Reyes, mantendrá un encuentro con el presidente boliviano, Luis Mora.",
            "city = Valdora",
        ),
        (
            "El presidente boliviano, Luis Mora, recibió a la presidenta chilena, Alma Reyes, en su primera gira a Valdora Alta.",
            "city = Valdora Alta",
        ),
    ]);
    // Not a part of the world: "su visita a Asia", "tras su visita a Europa".
    check_es(&[
        (
            "La presidenta chilena, Alma Reyes, se reunió con el presidente boliviano, Luis Mora, antes de su visita a Asia.",
            "city =",
        ),
        (
            "La presidenta chilena, Alma Reyes, se reunió el lunes con Luis Mora, presidente de Bolivia, tras su visita a Europa.",
            "city =",
        ),
    ]);
}

/// "representantes de Perú y Chile -ambos Estados asociados-, así como de México": a list of
/// the countries taking part goes on after an aside and a joiner, the link repeated or not.
#[test]
fn a_list_of_countries_goes_on_after_an_aside() {
    check_all(&[
        (
            "The summit in Lima gathered the leaders of Peru, Chile and Bolivia (all founding members), as well as Mexico, on Monday.",
            "",
            "countries ~ Mexico",
        ),
        (
            "Chilean President Alma Reyes opened the summit in Lima, attended by ministers from Peru and Bolivia - both associate members - as well as from Mexico.",
            "",
            "countries ~ Mexico",
        ),
    ]);
    check_es(&[
        (
            "El presidente peruano, Mario Soto, inauguró la cumbre de Lima, donde están presentes representantes de Chile, Bolivia y Ecuador -todos ellos socios fundadores-, así como de México, que acude como observador.",
            "countries ~ Mexico",
        ),
        (
            "A la cumbre de Lima asistieron los presidentes de Perú y Chile (ambos socios plenos), así como México.",
            "countries ~ Mexico",
        ),
        (
            "El presidente peruano, Mario Soto, presidirá la cumbre de Lima, a la que asistirán los cancilleres de Chile, Bolivia y Ecuador -socios del bloque-, además de México.",
            "countries ~ Mexico",
        ),
    ]);
    // An aside with no joiner after it ends the list.
    check_es(&[(
        "El presidente peruano, Mario Soto, inauguró la cumbre de Lima, donde están presentes representantes de Chile y Bolivia (socios plenos), mientras México envió una nota.",
        "countries !~ Mexico",
    )]);
}

/// "an official visit to Peru", "visitó Perú", "arrived in Peru": the country a visit goes to
/// receives it and takes part, even when its people are named only by their titles.
#[test]
fn the_country_a_visit_goes_to_takes_part() {
    check_all(&[
        (
            "Chilean President Alma Reyes arrived on Monday for a three-day official visit to Peru, where she met the President.",
            "",
            "countries ~ Peru",
        ),
        (
            "Chilean President Alma Reyes visited Peru on Monday and held talks with the Prime Minister.",
            "",
            "countries ~ Peru",
        ),
        (
            "Chilean President Alma Reyes arrived in Peru on Sunday and will hold talks with the President on Monday.",
            "",
            "countries ~ Peru",
        ),
        // Not the idiom of arriving at a topic, nor a list of countries visited.
        (
            "Chilean President Alma Reyes met Bolivian President Luis Mora on Monday; when it came to Peru, they disagreed.",
            "",
            "countries !~ Peru",
        ),
        (
            "Chilean President Alma Reyes met Bolivian President Luis Mora on Monday before her visits to Peru and Ecuador.",
            "",
            "countries !~ Peru",
        ),
    ]);
    check_es(&[
        (
            "La presidenta chilena, Alma Reyes, realizó este jueves una visita oficial a Perú, donde se reunió con el presidente.",
            "countries ~ Peru",
        ),
        (
            "La presidenta chilena, Alma Reyes, se convierte en la primera jefa de Estado que visita Perú este año y se reunirá con el primer ministro.",
            "countries ~ Peru",
        ),
        (
            "Durante su gira a Perú, la presidenta chilena, Alma Reyes, mantendrá un encuentro con el presidente.",
            "countries ~ Peru",
        ),
        // A journey before or after the meeting is another one.
        (
            "Tras su visita a Perú, la presidenta chilena, Alma Reyes, se reunió con el presidente boliviano, Luis Mora.",
            "countries !~ Peru",
        ),
    ]);
}

/// "Ana Soto, Lima.": a line holding only a reporter's name and the city closes a story filed
/// from there, a dateline at its end; it places the meeting when the sentences name no city.
#[test]
fn a_closing_line_with_the_reporters_city() {
    let meeting_es = "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes, se reunieron hoy en la sede de la Cancillería.";
    let meeting_en = "Bolivian President Luis Mora and Chilean President Alma Reyes met today at the foreign ministry.";
    let rows_es = [
        format!("{meeting_es}\nAna Soto, Lima."),
        format!("{meeting_es}\nAna Soto, Lima.\nxyz/abc"),
        format!("{meeting_es}\nAna María Soto, Lima"),
    ];
    let table: Vec<(String, &str, &str)> = rows_es
        .iter()
        .map(|t| (t.clone(), "", "city = Lima\n country = Peru"))
        .collect();
    check_in("es", &table);
    check_all(&[
        (
            &format!("{meeting_en}\nAna Soto, Lima."),
            "",
            "city = Lima
             country = Peru",
        ),
        (
            &format!("{meeting_en}\nReporting by Ana Soto\nAna Soto, Lima"),
            "",
            "city = Lima",
        ),
        // Not a city inside a sentence, nor a line that goes on.
        (
            &format!("{meeting_en}\nThe talks were praised by Ana Soto, Lima."),
            "",
            "city =",
        ),
        (
            &format!("{meeting_en}\nAna Soto, Lima and Quito."),
            "",
            "city =",
        ),
    ]);
}

/// "en el Gran Hotel Valdora": a capitalised function word after the article opens a
/// building's name, which goes on after the building's kind.
#[test]
fn a_function_word_opening_a_buildings_name() {
    check_es(&[
        (
            "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes, se reunieron este lunes en el Gran Hotel Valdora.",
            "venue = Gran Hotel Valdora",
        ),
        (
            "La presidenta chilena, Alma Reyes, se reunirá esta tarde con el presidente boliviano, Luis Mora, en el Gran Hotel Valdora, según la Cancillería.",
            "venue = Gran Hotel Valdora",
        ),
        (
            "La presidenta chilena, Alma Reyes, fue recibida por el presidente boliviano, Luis Mora, en el Gran Salón de la residencia.",
            "venue ~ Gran Salón",
        ),
        (
            "El presidente boliviano, Luis Mora, recibirá a la presidenta chilena, Alma Reyes, en el Gran Palacio Valdora el próximo martes.",
            "venue = Gran Palacio Valdora",
        ),
        (
            "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes, han mantenido un encuentro en el Gran Hotel Valdora (Cochabamba).",
            "venue = Gran Hotel Valdora",
        ),
    ]);
}

/// "traspasó la presidencia pro tempore del bloque a Ecuador": the country a group's rotating
/// office passes to at its meeting takes part.
#[test]
fn the_country_a_rotating_office_passes_to_takes_part() {
    let summit = "Los presidentes de Perú, Chile y Bolivia se reunieron este lunes en Lima en la cumbre del bloque andino.";
    let rows: Vec<String> = [
        "Al cierre, el presidente peruano traspasó la presidencia pro tempore del bloque a Ecuador.",
        "Ecuador recibirá mañana la presidencia rotatoria del grupo.",
        "El presidente peruano entregará a Ecuador la presidencia del grupo, según la Cancillería.",
        "Ecuador asumió la presidencia pro tempore del bloque.",
    ]
    .iter()
    .map(|s| format!("{summit} {s}"))
    .collect();
    let table: Vec<(String, &str, &str)> = rows
        .iter()
        .map(|t| (t.clone(), "", "countries ~ Ecuador"))
        .collect();
    check_in("es", &table);
    check_all(&[
        (
            "The presidents of Peru, Chile and Bolivia met in Lima on Monday for the Andean bloc's summit. Peru handed over the rotating presidency to Ecuador.",
            "",
            "countries ~ Ecuador",
        ),
        (
            "The presidents of Peru, Chile and Bolivia met in Lima on Monday for the Andean bloc's summit. Ecuador took over the chairmanship of the group.",
            "",
            "countries ~ Ecuador",
        ),
        // An office that does not rotate passes to no country.
        (
            "The presidents of Peru, Chile and Bolivia met in Lima on Monday for the Andean bloc's summit. Peru handed over a letter to Ecuador.",
            "",
            "countries !~ Ecuador",
        ),
    ]);
}

/// "la ciudad costera de Valdora", "la ciudad portuaria rusa de Valdora": the kind of place
/// with the words a language puts after it, its people word giving the country; a city the
/// tables know is whole after its kind ("el balneario uruguayo de Punta del Este").
#[test]
fn a_kind_of_place_described_after_it() {
    let met = "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes,";
    let rows: Vec<(String, &str, &str)> = [
        (
            "se reunieron el lunes en la ciudad costera de Valdora.",
            "city = Valdora",
        ),
        (
            "se reunirán en la ciudad portuaria rusa de Valdora.",
            "city = Valdora\n country = Russia",
        ),
        (
            "han mantenido un encuentro en la localidad fronteriza chilena de Valdora.",
            "city = Valdora\n country = Chile",
        ),
        (
            "se reunieron en el pequeño pueblo pesquero de Valdora, según fuentes oficiales.",
            "city = Valdora",
        ),
        (
            "celebraron su cumbre en el balneario uruguayo de Punta del Este.",
            "city = Punta del Este\n country = Uruguay",
        ),
        (
            "se reunieron hoy en la ciudad argentina de San Carlos de Bariloche.",
            "city = San Carlos de Bariloche\n country = Argentina",
        ),
    ]
    .iter()
    .map(|(s, e)| (format!("{met} {s}"), "", *e))
    .collect();
    check_in("es", &rows);
    // A noun after the kind is no description: "the city council of Valdora" is no city.
    check_all(&[(
        "Bolivian President Luis Mora and Chilean President Alma Reyes met at the city council of Valdora.",
        "",
        "city =",
    )]);
}

/// "on Peruvian soil", "en territorio peruano", "en tierras peruanas": a country's ground named
/// by its people word is the place of the meeting.
#[test]
fn a_countrys_ground_as_the_place() {
    check_all(&[
        (
            "Bolivian President Luis Mora and Chilean President Alma Reyes met on Peruvian soil on Monday.",
            "",
            "country = Peru",
        ),
        (
            "Bolivian President Luis Mora will hold talks with Chilean President Alma Reyes in Peruvian territory next week.",
            "",
            "country = Peru",
        ),
        // Not a topic's place.
        (
            "Bolivian President Luis Mora and Chilean President Alma Reyes discussed the border on Peruvian soil.",
            "",
            "country =",
        ),
    ]);
    let met = "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes,";
    let rows: Vec<(String, &str, &str)> = [
        "se reunieron este lunes en territorio peruano.",
        "se reunirán en suelo peruano el próximo mes.",
        "han celebrado una cumbre en tierras peruanas.",
    ]
    .iter()
    .map(|s| (format!("{met} {s}"), "", "country = Peru"))
    .collect();
    check_in("es", &rows);
}

/// "el Kremlin saludó la reunión", "irritó a Washington", "a message to Moscow": a seat or a
/// capital a government's verb follows, or that only receives something, is no place; the
/// place where one goes follows a word of meeting or travel ("una visita oficial a Lima").
#[test]
fn governments_and_addressees_are_no_places() {
    let met = "El presidente boliviano, Luis Mora, y la presidenta chilena, Alma Reyes, se reunieron este lunes.";
    let rows: Vec<(String, &str, &str)> = [
        "El Kremlin saludó la reunión.",
        "La Casa Blanca valoró el encuentro como un paso positivo.",
        "El Kremlin lamentó no haber sido consultado.",
        "La cita irritó a Washington.",
        "Ambos enviaron un mensaje conjunto a Moscú.",
    ]
    .iter()
    .map(|s| (format!("{met} {s}"), "", "venue =\n city =\n country ="))
    .collect();
    check_in("es", &rows);
    check_all(&[
        (
            "Bolivian President Luis Mora and Chilean President Alma Reyes met on Monday and sent a joint letter to Moscow.",
            "",
            "city =",
        ),
        (
            "Chilean President Alma Reyes arrived on Monday on an official visit to Lima, where she met Bolivian President Luis Mora.",
            "",
            "city = Lima",
        ),
    ]);
    check_es(&[(
        "La presidenta chilena, Alma Reyes, llegó en una visita oficial a Lima, donde se reunió con el presidente boliviano, Luis Mora.",
        "city = Lima",
    )]);
}
