//! The place and date of the meeting in constructions a reader saw misread: a dateline whose
//! date is written in figures before the agency, a known place followed by its own kind
//! ("Bali Island"). Every sentence is written by the team (names are invented) and occurs in no
//! corpus article.

mod common;
use common::{check_all, check_in};

/// "LIMA, 3.10.2025 (EFE) -": a dateline's date in figures (dots, slashes or hyphens) before
/// the agency in brackets. The city is the dateline's, and the date dates the story when no
/// publication date is given: a relative day counts from it.
#[test]
fn dateline_with_a_numeric_date_before_the_agency() {
    let met =
        "El presidente peruano, Óscar Valdivia, se reunió con su homólogo chileno, Ramiro Ossandón";
    check_in("es", &[
        (
            format!("LIMA, 3.10.2025 (EFE) - {met} este viernes."),
            "",
            "city = Lima
             date = este viernes = 2025-10-03",
        ),
        // Slashes, day first as the language writes it.
        (
            format!("LIMA, 3/10/2025 (EFE) - {met} este viernes en el Palacio de Gobierno."),
            "",
            "city = Lima
             date = este viernes = 2025-10-03",
        ),
        // Hyphens, a period before the dash, "ayer".
        (
            format!("QUITO, 14-02-2024 (EFE).- {met} ayer."),
            "",
            "city = Quito
             date = ayer = 2024-02-13",
        ),
        // Future tense, another agency.
        (
            "BOGOTÁ, 21.05.2024 (Reuters) - El presidente colombiano, Iván Roldán, recibirá mañana \
             a su homólogo ecuatoriano, Darío Mena."
                .to_string(),
            "",
            "city = Bogotá
             date = mañana = 2024-05-22",
        ),
        // The date alone in the dateline, no weekday in the text.
        (
            format!("SANTIAGO, 09/07/2023 (AFP) - {met} en la capital chilena."),
            "",
            "city = Santiago",
        ),
    ]);
    check_all(&[
        (
            "ACCRA, 14.03.2025 (Reuters) - Ghanaian President Kofi Adjei met Togolese President \
             Jean Mbeki on Thursday.",
            "",
            "city = Accra
             date = on Thursday = 2025-03-13",
        ),
        (
            "ACCRA, 3/10/2025 (Reuters) - Ghanaian President Kofi Adjei met Togolese President \
             Jean Mbeki on Friday.",
            "",
            "city = Accra
             date = on Friday = 2025-10-03",
        ),
    ]);
}

/// "on Bali Island", "in Jeju Island": a place the tables know, followed by its own kind with
/// a capital, is that place (not a longer name it would be part of, as in "Bali Island Resort");
/// "en la isla de Bali" names it once, as the city, not again as the region.
#[test]
fn a_known_place_and_its_own_kind() {
    check_in("es", &[(
        "El presidente Aldo Ferreyra se reunió con el primer ministro Ned Carver en la isla de Bali el lunes."
            .to_string(),
        "",
        "city = Bali
         region =
         country = Indonesia",
    )]);
    check_all(&[
        (
            "President Aldo Ferreyra met Prime Minister Ned Carver on Bali Island on Monday.",
            "",
            "city = Bali
             country = Indonesia",
        ),
        // A country after it.
        (
            "President Aldo Ferreyra met Prime Minister Ned Carver in Bali Island, Indonesia, last week.",
            "2024-06-03",
            "city = Bali
             country = Indonesia",
        ),
        // Future, passive, a meeting noun.
        (
            "The summit of President Ivo Marin and Chancellor Rosa Delgado will be held on Sentosa Island.",
            "",
            "city = Sentosa
             country = Singapore",
        ),
        // Progressive aspect, "in".
        (
            "Chancellor Rosa Delgado is holding talks with Prime Minister Lena Ostrova in Jeju Island.",
            "",
            "city ~ Jeju
             country = South Korea",
        ),
        // In brackets after the venue.
        (
            "Prime Minister Lena Ostrova received President Omar Teller at the Tirta Resort (Bali Island) on Friday.",
            "",
            "venue = Tirta Resort
             country = Indonesia",
        ),
    ]);
}

/// "the town of Villa Tunari", "la localidad de Casa Grande": after a kind of settlement, a
/// name that opens with a kind of building is a town's, not a building's.
#[test]
fn a_town_named_after_a_building() {
    check_all(&[
        (
            "President Aldo Ferreyra of Bolivia met President Rui Santana of Brazil on Tuesday in the Bolivian town of Villa Tunari.",
            "",
            "city = Villa Tunari
             venue =
             country = Bolivia",
        ),
        // Future, the kind without a people word.
        (
            "President Aldo Ferreyra will meet President Rui Santana in the town of Villa Serrano next week.",
            "2024-06-03",
            "city = Villa Serrano
             venue =",
        ),
        // An apposition says it is a town.
        (
            "President Aldo Ferreyra met President Rui Santana in Villa Tunari, a town in Bolivia, on Tuesday.",
            "",
            "city = Villa Tunari
             venue =
             country = Bolivia",
        ),
        // With a country alone, a building's name stays a building's.
        (
            "President Aldo Ferreyra met President Rui Santana at Villa Serena, Italy, on Tuesday.",
            "",
            "venue = Villa Serena
             city =",
        ),
        // A building inside the town keeps its own name.
        (
            "President Aldo Ferreyra met President Rui Santana at the Hotel Cumbre in the village of Villa Oropeza.",
            "",
            "city = Villa Oropeza
             venue = Hotel Cumbre",
        ),
    ]);
    let met =
        "El presidente boliviano, Aldo Ferreyra, se reunió con su homólogo brasileño, Rui Santana,";
    check_in("es", &[
        (
            format!("{met} en la localidad de Villa Tunari, en el trópico."),
            "",
            "city = Villa Tunari
             venue =",
        ),
        // A people word after the kind, future tense.
        (
            "El presidente boliviano, Aldo Ferreyra, recibirá a su homólogo brasileño, Rui Santana, \
             en la ciudad boliviana de Puerto Quijarro."
                .to_string(),
            "",
            "city = Puerto Quijarro
             country = Bolivia",
        ),
        // An apposition with the kind.
        (
            format!("{met} en Villa Tunari, una localidad de Bolivia, el martes."),
            "",
            "city = Villa Tunari
             venue =",
        ),
        // A bracket after the town.
        (
            format!("{met} en el pueblo de Casa Grande (Cochabamba) el martes."),
            "",
            "city = Casa Grande
             venue =",
        ),
    ]);
}

/// "la alfombra roja del Centro de Convenciones Atlapa … los primeros en llegar a Atlapa": a
/// place the tables do not know that opens or closes a building's name given elsewhere is that
/// building, not a town.
#[test]
fn a_bare_name_of_a_building_named_elsewhere() {
    check_in("es", &[
        (
            "Los presidentes Tomás Orillac y Aurelio Brenes se reunieron el jueves durante la cumbre. \
             Orillac pisó la alfombra roja del Centro de Convenciones Vistalmar tras llegar a Vistalmar para la cumbre."
                .to_string(),
            "",
            "venue = Centro de Convenciones Vistalmar
             city =",
        ),
        // The bare name first, the full name later.
        (
            "Los presidentes Tomás Orillac y Aurelio Brenes llegaron a Coralina para la cumbre. \
             La cita se celebra en el Palacio de Congresos Coralina."
                .to_string(),
            "",
            "venue ~ Coralina
             city =",
        ),
        // Future tense, "a" after a verb of travel.
        (
            "El presidente Tomás Orillac viajará a Vistalmar para la cumbre con su homólogo Aurelio Brenes. \
             El encuentro tendrá lugar en el salón principal del Centro de Convenciones Vistalmar."
                .to_string(),
            "",
            "venue ~ Centro de Convenciones Vistalmar
             city =",
        ),
    ]);
    check_all(&[
        (
            "President Ivo Marin and Chancellor Rosa Delgado met on Thursday during the summit. \
             Marin stepped onto the red carpet of the Coralina Convention Centre after arriving at Coralina.",
            "",
            "venue = Coralina Convention Centre
             city =",
        ),
        // The full name after, in brackets.
        (
            "Prime Minister Lena Ostrova and President Omar Teller arrived in Vistalmar for the summit \
             (held at the Vistalmar Conference Centre) on Friday.",
            "",
            "venue ~ Vistalmar Conference Centre
             city =",
        ),
    ]);
}

/// "at the Coralina Conference Centre": a name before a kind of building of several words
/// whose first word is also a meeting word ("Conference", "Convention").
#[test]
fn a_name_before_a_kind_of_building_of_several_words() {
    check_all(&[
        (
            "President Ivo Marin met Chancellor Rosa Delgado at the Coralina Conference Centre on Friday.",
            "",
            "venue = Coralina Conference Centre",
        ),
        // Future, American spelling.
        (
            "President Ivo Marin will meet Chancellor Rosa Delgado at the Halvard Convention Center next week.",
            "2024-06-03",
            "venue = Halvard Convention Center",
        ),
        // Passive, a meeting noun.
        (
            "The talks between President Ivo Marin and Chancellor Rosa Delgado were held at the Tessaly Conference Center.",
            "",
            "venue = Tessaly Conference Center",
        ),
        // The place first.
        (
            "At the Coralina Convention Centre, President Ivo Marin held talks with Chancellor Rosa Delgado.",
            "",
            "venue = Coralina Convention Centre",
        ),
        // With the city after it.
        (
            "President Ivo Marin and Chancellor Rosa Delgado met at the Halvard Conference Centre in Vienna.",
            "",
            "venue = Halvard Conference Centre
             city = Vienna",
        ),
    ]);
}

/// "Julián Medina … la visita a Medina": a person named again by a later word of the name is
/// no city, even when a city has that name; the city itself, where no one bears its name,
/// stays a place.
#[test]
fn a_person_named_again_by_a_name_a_city_shares() {
    check_in("es", &[
        (
            "El presidente dominicano, Julián Medina, recibió al presidente haitiano, Paul Dorval. \
             La visita a Medina es la primera de Dorval desde su elección."
                .to_string(),
            "",
            "city =",
        ),
        // Past of a verb of arrival, the name as its goal.
        (
            "El presidente haitiano, Paul Dorval, viajó el lunes para reunirse con el presidente \
             dominicano, Julián Medina. Dorval llegó a Medina con una propuesta comercial."
                .to_string(),
            "",
            "city =",
        ),
    ]);
    check_all(&[
        (
            "Haitian President Paul Dorval met President Carlos Medina on Monday. Dorval later flew to Medina for talks.",
            "",
            "city =",
        ),
        // A possessive.
        (
            "Haitian President Paul Dorval met Dominican President Julian Medina on Monday, travelling to Medina's palace in the capital.",
            "",
            "city =",
        ),
        // Future: "a visit to" the person.
        (
            "Dominican President Julian Medina will receive Haitian President Paul Dorval next week; the visit to Medina is Dorval's first trip abroad.",
            "2024-06-03",
            "city =",
        ),
        // The city where no one bears its name.
        (
            "Crown Prince Salem Qarim met President Paul Dorval in Medina on Monday.",
            "",
            "city = Medina
             country = Saudi Arabia",
        ),
    ]);
}

/// "their first talks since they met in Lomé on 12 March 2019", "desde su encuentro en Lomé":
/// after "since" and a meeting word, the place and date are an earlier meeting's, not this
/// one's, even with no publication date to tell them apart.
#[test]
fn an_earlier_meeting_after_since() {
    check_all(&[
        (
            "Prime Minister Lena Okafor of Ghana and President Jean Mbeki of Togo held talks on Thursday in Accra, \
             their first since they met in Lomé on 12 March 2019.",
            "",
            "city = Accra
             date = on Thursday = ?",
        ),
        // No place of its own: nothing rather than the earlier one.
        (
            "Prime Minister Lena Okafor of Ghana and President Jean Mbeki of Togo held talks, their first since \
             a summit in Lomé on 12 March 2019.",
            "",
            "city =
             date =",
        ),
        // Negated perfect, the new meeting after.
        (
            "Prime Minister Lena Okafor and President Jean Mbeki have not met since their summit in Lomé in \
             March 2019, but they held talks in Kumasi on Thursday.",
            "",
            "city !~ Lomé
             date !~ 2019",
        ),
    ]);
    check_in("es", &[
        (
            "La primera ministra de Ghana, Lena Okafor, y el presidente de Togo, Jean Mbeki, se reunieron en \
             Kumasi, por primera vez desde su encuentro en Lomé el 12 de marzo de 2019."
                .to_string(),
            "",
            "city = Kumasi
             date =",
        ),
        // "desde que" and a verb, after a semicolon.
        (
            "La primera ministra de Ghana, Lena Okafor, recibió al presidente de Togo, Jean Mbeki, el jueves; \
             no se veían desde que se reunieron en Lomé el 12 de marzo de 2019."
                .to_string(),
            "",
            "city =
             date = el jueves = ?",
        ),
        // Future: the next meeting, the last one recalled.
        (
            "La primera ministra de Ghana, Lena Okafor, se reunirá con el presidente de Togo, Jean Mbeki, \
             la próxima semana, la primera cita desde la cumbre de Lomé del 12 de marzo de 2019."
                .to_string(),
            "2024-06-03",
            "city !~ Lomé
             date !~ 2019",
        ),
    ]);
}

/// "than it did during a 2018 meeting in Helsinki", "en una reunión de 2018 en Helsinki": a
/// meeting word dated by a year after an indefinite article is one meeting among others; the
/// place right after it is not the reported meeting's, even with no publication date.
#[test]
fn a_place_of_a_meeting_dated_by_its_year() {
    check_all(&[
        (
            "President Omar Teller and Chancellor Rosa Delgado began their summit on Friday. The aides were \
             more guarded than during a 2018 meeting in Helsinki.",
            "",
            "city =",
        ),
        // Past perfect, another city the meeting's own.
        (
            "President Omar Teller met Chancellor Rosa Delgado in Vienna on Friday. They had already talked \
             at a 2019 summit in Osaka.",
            "",
            "city = Vienna",
        ),
        // Future, the dated meeting named first.
        (
            "After a 2021 meeting in Geneva, President Omar Teller will meet Chancellor Rosa Delgado again next month.",
            "2024-06-03",
            "city =",
        ),
    ]);
    check_in("es", &[
        (
            "El presidente Omar Teller y la canciller Rosa Delgado iniciaron su cumbre el viernes. Los \
             asesores fueron más prudentes que en una reunión de 2018 en Helsinki."
                .to_string(),
            "",
            "city =",
        ),
        // A city of its own, the dated one after.
        (
            "El presidente Omar Teller se reunió con la canciller Rosa Delgado en Viena el viernes. Ya \
             habían conversado en una cumbre de 2019 en Osaka."
                .to_string(),
            "",
            "city = Viena",
        ),
    ]);
}

/// "al margen de la IV Conferencia de Política Exterior Feminista", "on the sidelines of the
/// Summit of the Americas": the name of a meeting on whose margins leaders meet runs over its
/// links to its own capitalised words, not cut at the first link.
#[test]
fn a_meeting_name_with_its_links_on_the_sidelines() {
    check_in("es", &[
        (
            "La ministra Lena Ostrova se reunió con el canciller Piet Vosse al margen de la III Conferencia \
             de Seguridad Alimentaria en Ginebra."
                .to_string(),
            "",
            "venue = III Conferencia de Seguridad Alimentaria
             city = Ginebra",
        ),
        // Future, a name with an article after its link.
        (
            "La ministra Lena Ostrova se reunirá con el canciller Piet Vosse al margen de la Cumbre de los \
             Pueblos Andinos."
                .to_string(),
            "",
            "venue = Cumbre de los Pueblos Andinos",
        ),
        // The place before the margins.
        (
            "En Ginebra, la ministra Lena Ostrova conversó con el canciller Piet Vosse al margen del Foro \
             de Cooperación Alpina."
                .to_string(),
            "",
            "venue ~ Foro de Cooperación Alpina",
        ),
    ]);
    check_all(&[
        (
            "Foreign Minister Lena Ostrova met Foreign Minister Piet Vosse on the sidelines of the Summit \
             of the Andean Peoples in Lima.",
            "",
            "venue = Summit of the Andean Peoples
             city = Lima",
        ),
        // Passive, a "forum".
        (
            "Talks between Foreign Minister Lena Ostrova and Foreign Minister Piet Vosse were held on the \
             sidelines of the Forum of Alpine Cooperation.",
            "",
            "venue = Forum of Alpine Cooperation",
        ),
    ]);
}

/// "in his first visit after taking office on January 1st", "tras asumir el cargo el 1 de
/// enero": a date in a clause that an interval link opens with a verb of another act dates
/// that act, not the meeting.
#[test]
fn a_date_of_another_act_after_an_interval_link() {
    check_all(&[
        (
            "President Omar Teller received Chancellor Rosa Delgado at the Villa Serena, in what was her first \
             trip abroad after taking office on January 1st.",
            "2023-01-24",
            "date =",
        ),
        // The meeting's own date stays.
        (
            "President Omar Teller received Chancellor Rosa Delgado on Monday, her first trip since taking office \
             on 3 January.",
            "2023-01-24",
            "date = on Monday = 2023-01-23",
        ),
        // Future, "before" and a verb of travel.
        (
            "Chancellor Rosa Delgado will meet President Omar Teller on Friday before flying to Oslo on 27 January.",
            "2023-01-24",
            "date = on Friday = 2023-01-27",
        ),
        // A meeting noun after the link keeps its date.
        (
            "President Omar Teller and Chancellor Rosa Delgado spoke to the press after talks on 20 January.",
            "2023-01-24",
            "date ~ 2023-01-20",
        ),
    ]);
    check_in("es", &[
        (
            "El presidente Omar Teller recibió a la canciller Rosa Delgado en su primer viaje tras asumir el \
             cargo el 1 de enero."
                .to_string(),
            "2023-01-24",
            "date =",
        ),
        // The meeting's day first.
        (
            "El presidente Omar Teller recibió el lunes a la canciller Rosa Delgado, que viajará a Oslo después \
             de visitar Lima el 27 de enero."
                .to_string(),
            "2023-01-24",
            "date = el lunes = 2023-01-23",
        ),
    ]);
}

/// "in a Buenos Aires hotel": a city and a lowercase kind of building describe a building by its
/// town and name none; the city is the place, and a building named elsewhere stays the venue.
#[test]
fn a_building_described_by_its_town() {
    check_all(&[
        (
            "President Omar Teller and Chancellor Rosa Delgado will meet in a Vienna hotel on Friday.",
            "",
            "venue =
             city = Vienna",
        ),
        // Past, passive.
        (
            "The talks between President Omar Teller and Chancellor Rosa Delgado were held at a Lisbon palace.",
            "",
            "venue =
             city = Lisbon",
        ),
        // The building named in a later sentence.
        (
            "President Omar Teller hosts the summit in a Vienna hotel this Tuesday. Chancellor Rosa Delgado \
             met him at the Hotel Adlerhof before the opening.",
            "2024-06-04",
            "venue = Hotel Adlerhof
             city = Vienna",
        ),
        // A named building with its city before it stays.
        (
            "President Omar Teller met Chancellor Rosa Delgado at the Vienna Belvedere Palace on Friday.",
            "",
            "venue ~ Vienna Belvedere Palace",
        ),
    ]);
    check_in("es", &[(
        "El presidente Omar Teller se reunió con la canciller Rosa Delgado en un hotel de Lisboa el viernes."
            .to_string(),
        "",
        "venue =
         city = Lisboa",
    )]);
}

/// "JAKARTA: … at the Bogor Presidential Palace, West Java Province": a venue placed in a region
/// is not in the dateline's city, and a compass word opens the region's name.
#[test]
fn a_venue_in_a_region_and_a_dateline_city() {
    check_all(&[
        (
            "JAKARTA: President Budi Hartono received Prime Minister Jack Orlin at the Cipanas Palace, West \
             Java Province, on Monday.",
            "2024-06-04",
            "venue = Cipanas Palace
             city =
             region = West Java Province",
        ),
        // Future, a region without a compass word.
        (
            "NAIROBI — President Daniel Okoth will host President Ali Warsame at the Sagana State Lodge, Nyeri \
             County, next week.",
            "2024-06-04",
            "venue = Sagana State Lodge
             city =
             region = Nyeri County",
        ),
        // Passive, a compass word.
        (
            "MOSCOW, June 3 (Reuters) - The talks of President Ivan Petrov and President Ali Warsame were held \
             at the Altai Lodge, South Altai Region.",
            "2024-06-04",
            "city =
             region = South Altai Region",
        ),
        // No region: the dateline's city stays.
        (
            "JAKARTA: President Budi Hartono received Prime Minister Jack Orlin at the Merdeka Palace on Monday.",
            "2024-06-04",
            "venue = Merdeka Palace
             city = Jakarta",
        ),
        // A region in the text, no venue.
        (
            "President Budi Hartono received Prime Minister Jack Orlin in East Nusa Province on Monday.",
            "2024-06-04",
            "region = East Nusa Province",
        ),
    ]);
}

/// "la Universidad Federal del Lejano Oriente", "the Grand Hall of the People": a capitalised
/// kind of building, its own words, then the links of its name and their words.
#[test]
fn a_building_name_with_words_then_links() {
    check_in("es", &[
        (
            "El presidente Ivo Marin se reunió con la canciller Rosa Delgado en la Universidad Técnica del \
             Alto Valle el viernes."
                .to_string(),
            "",
            "venue = Universidad Técnica del Alto Valle",
        ),
        // Future, "de la".
        (
            "El presidente Ivo Marin recibirá a la canciller Rosa Delgado en el Palacio Episcopal de la \
             Concordia."
                .to_string(),
            "",
            "venue = Palacio Episcopal de la Concordia",
        ),
        // Two links.
        (
            "El presidente Ivo Marin y la canciller Rosa Delgado conversaron en el Museo Provincial de Arte \
             Antiguo de Valdora."
                .to_string(),
            "",
            "venue ~ Museo Provincial de Arte Antiguo",
        ),
    ]);
    check_all(&[
        (
            "President Ivo Marin met Chancellor Rosa Delgado at the Grand Hall of the Northern Peoples on Friday.",
            "",
            "venue = Grand Hall of the Northern Peoples",
        ),
        // Passive.
        (
            "The talks of President Ivo Marin and Chancellor Rosa Delgado were held in the Royal Palace of \
             Valdora Bay.",
            "",
            "venue = Royal Palace of Valdora Bay",
        ),
    ]);
}
