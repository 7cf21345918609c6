//! People and sides in constructions of team-written articles (issues #12 and #13): a form of
//! address before a name with its apposition, a portfolio the tables lack ("the Minister of
//! Production, A"), the sides listed after the meeting ("Present at the talks were A, President
//! of Chile, and B, …", "brought together A (Chile) and B (Ecuador)", "a joint declaration by A
//! and B"), and a plural title of both sides ("the foreign ministers of both countries, A and
//! B"). Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2025-03-05 (a Wednesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2025-03-05", "", table);
}

/// "received Hon. A, Kenya's Cabinet Secretary for …": the form of address before the name is
/// part of the person's reference, so the verb still has a person for its object.
#[test]
fn a_form_of_address_before_a_name_in_apposition() {
    check_rows(
        "en",
        &[
            (
                "H.E. President Samuel Okoro of Nigeria on Monday received Hon. Grace Achieng, \
                 Kenya's Cabinet Secretary for Foreign Affairs, at the State House in Abuja.",
                "kind = bilateral
                 principals ~ Samuel Okoro | President | Nigeria
                 principals ~ Grace Achieng | Cabinet Secretary for Foreign Affairs | Kenya",
            ),
            (
                "President Tunde Bakare of Ghana will host Hon. Mary Wanjiru, Uganda's Minister of \
                 Trade, in Accra on Friday.",
                "kind = bilateral
                 principals ~ Mary Wanjiru | Minister of Trade | Uganda",
            ),
            (
                "Ghana's President Tunde Bakare hosted Mr. Peter Otieno, Kenya's Cabinet Secretary \
                 for Trade, at Jubilee House.",
                "principals ~ Peter Otieno | Cabinet Secretary for Trade | Kenya",
            ),
            (
                "President Tunde Bakare welcomed Dr. Amina Yusuf, the Kenyan foreign minister, to \
                 Accra on Tuesday.",
                "principals ~ Amina Yusuf | Foreign minister | Kenya",
            ),
            (
                "Hon. Mary Wanjiru, Uganda's Minister of Trade, was received by President Tunde \
                 Bakare of Ghana in Accra.",
                "principals ~ Mary Wanjiru | Minister of Trade | Uganda
                 principals ~ Tunde Bakare | President | Ghana",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente ghanés, Tunde Bakare, recibió el lunes en Acra al Dr. Peter Otieno, \
             ministro de Comercio de Kenia.",
            "kind = bilateral
             principals ~ Peter Otieno | Ministro de Comercio | Kenya",
        )],
    );
}

/// "recibió el lunes a A, ministro de Comercio de Kenia": the personal "a" before a person
/// verb's object is no preposition of place, so the title after the name is the name's.
#[test]
fn the_personal_a_before_a_guest_in_apposition() {
    let guest = "kind = bilateral
                 principals ~ Peter Otieno | Ministro de Comercio | Kenya";
    check_rows(
        "es",
        &[
            (
                "El presidente de Ghana, Tunde Bakare, recibió el lunes a Peter Otieno, ministro de \
                 Comercio de Kenia.",
                guest,
            ),
            (
                "El presidente de Ghana, Tunde Bakare, saludó en Acra a Peter Otieno, ministro de \
                 Comercio de Kenia.",
                guest,
            ),
            (
                "El presidente de Ghana, Tunde Bakare, recibirá mañana en Acra a Peter Otieno, \
                 ministro de Comercio de Kenia.",
                guest,
            ),
            (
                "El presidente de Ghana, Tunde Bakare, recibe hoy a Peter Otieno, ministro de \
                 Comercio de Kenia, en el palacio presidencial.",
                guest,
            ),
            (
                "El presidente de Ghana, Tunde Bakare, recibió a Peter Otieno, ministro de Comercio \
                 de Kenia, y a Mary Wanjiru, ministra de Comercio de Uganda.",
                "principals ~ Peter Otieno | Ministro de Comercio | Kenya
                 members ~ Mary Wanjiru | Ministra de Comercio | Uganda",
            ),
        ],
    );
}

/// "ha recibido a A", "había recibido a A", "está recibiendo a A": the verb of receiving in its
/// compound and progressive forms takes its guest as the simple forms do.
#[test]
fn the_guest_of_a_compound_tense_of_receiving() {
    let guest = "kind = bilateral
                 principals ~ Daniel Mora | Ministro de Comercio | Ecuador";
    check_rows(
        "es",
        &[
            (
                "El presidente de Chile, Tomás Ferrada, ha recibido este lunes a Daniel Mora, \
                 ministro de Comercio de Ecuador, en el Palacio de La Moneda.",
                guest,
            ),
            (
                "Tomás Ferrada, presidente de Chile, había recibido el lunes a Daniel Mora, ministro \
                 de Comercio de Ecuador.",
                guest,
            ),
            (
                "El presidente chileno, Tomás Ferrada, está recibiendo a Daniel Mora, ministro de \
                 Comercio de Ecuador, en La Moneda.",
                guest,
            ),
            (
                "La presidenta de Chile, Ana Ferrada, ha recibido hoy en Santiago a Daniel Mora, \
                 ministro de Comercio de Ecuador.",
                guest,
            ),
            (
                "El presidente de Chile, Tomás Ferrada, ha recibido en La Moneda a Daniel Mora, \
                 ministro de Comercio de Ecuador, y a Luisa Paz, ministra de Comercio de Perú.",
                "principals ~ Daniel Mora | Ministro de Comercio | Ecuador",
            ),
        ],
    );
}

/// "Managing Director of the IMF", "IMF Managing Director": "managing" qualifies a title as
/// "executive" does; it is no name ("Managing" was read as a person beside the director).
#[test]
fn a_managing_director_in_apposition() {
    let director = "kind = bilateral
                    principals ~ Anna Berg | Managing Director
                    principals !~ Managing |";
    check_rows(
        "en",
        &[
            (
                "Anna Berg, Managing Director of the IMF, met President Tomas Ferrada of Chile in \
                 Santiago on Monday.",
                director,
            ),
            (
                "Anna Berg, IMF Managing Director, met President Tomas Ferrada of Chile in Santiago \
                 on Monday.",
                director,
            ),
            (
                "On Monday, Anna Berg, Managing Director of the IMF, met President Tomas Ferrada of \
                 Chile in Santiago.",
                director,
            ),
            (
                "President Tomas Ferrada of Chile met Anna Berg, Managing Director of the IMF, in \
                 Santiago on Monday.",
                director,
            ),
            (
                "IMF Managing Director Anna Berg will meet President Tomas Ferrada of Chile in \
                 Santiago next week.",
                "kind = bilateral\nprincipals ~ Anna Berg | Managing Director",
            ),
        ],
    );
}

/// "the Minister of Production, A": a capitalised word after the link of a title, no country
/// and closed by the comma before the holder's name, is the title's portfolio.
#[test]
fn a_portfolio_the_tables_lack_before_the_name() {
    check_rows(
        "en",
        &[
            (
                "President Daniel Mora of Ecuador met Peruvian President Diego Salas in Lima on \
                 Monday. Mora was accompanied by the Minister of Production, Andres Cueva.",
                "members ~ Andres Cueva | Minister of Production
                 members !~ - | Minister",
            ),
            (
                "Ecuadorian President Rafael Pinto will meet Peruvian President Diego Salas in Lima \
                 on Friday. The Minister of Fisheries, Lena Moyo, will join the talks.",
                "members ~ Lena Moyo | Minister of Fisheries",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente de Ecuador, Daniel Mora, se reunió el lunes en Lima con el \
                 presidente peruano Diego Salas. Mora estuvo acompañado por el ministro de \
                 Producción, Andrés Cueva.",
                "members ~ Andrés Cueva | Ministro de Producción | Ecuador",
            ),
            (
                "El presidente de Perú, Diego Salas, recibió en Lima a su homólogo de Ecuador, \
                 Daniel Mora, acompañado por el ministro de Producción, Andrés Cueva.",
                "principals ~ Daniel Mora
                 members ~ Andrés Cueva | Ministro de Producción | Ecuador",
            ),
            (
                "El presidente colombiano, Marco Vela, llegó a Quito acompañado del ministro de \
                 Minería, Hugo Salcedo, y se reunió con la presidenta peruana, Ana Ruiz.",
                "members ~ Hugo Salcedo | Ministro de Minería | Colombia",
            ),
            (
                "La presidenta peruana, Ana Ruiz, se reunirá el martes en Quito con el presidente \
                 colombiano, Marco Vela. A la reunión asistirá también el ministro de Pesca, Hugo \
                 Salcedo.",
                "members ~ Hugo Salcedo | Ministro de Pesca",
            ),
        ],
    );
}

/// "Present at the talks were A, President of Chile, B, …": after the meeting word, a copula
/// (or a verb of attending put first) opens the list of the sides, appositions and all.
#[test]
fn the_sides_listed_with_their_titles_after_the_meeting() {
    let three = "kind = multilateral
                 principals ~ Ana Ruiz
                 principals ~ Marco Vela
                 principals ~ Luis Pardo";
    check_rows(
        "en",
        &[
            (
                "Present at the talks in Lima on Monday were Tomas Ferrada, President of Chile, \
                 Daniel Mora, President of Ecuador, and Julio Mamani, Vice President of Bolivia.",
                "kind = multilateral
                 principals ~ Tomas Ferrada | President | Chile
                 principals ~ Daniel Mora | President | Ecuador
                 principals ~ Julio Mamani | Vice President | Bolivia",
            ),
            (
                "Present at Monday's summit in Quito were Ana Ruiz, President of Peru, and Marco \
                 Vela, President of Colombia.",
                "kind = bilateral
                 principals ~ Ana Ruiz | President | Peru
                 principals ~ Marco Vela | President | Colombia",
            ),
            (
                "Attending the talks in Quito were Ana Ruiz, President of Peru, Marco Vela, \
                 President of Colombia, and Luis Pardo, Prime Minister of Chile.",
                three,
            ),
            (
                "Among those at the meeting in Quito on Friday were Ana Ruiz, President of Peru, \
                 and Marco Vela, Vice President of Colombia.",
                "principals ~ Marco Vela | Vice President | Colombia",
            ),
            (
                "The participants at Tuesday's talks in Quito will be Ana Ruiz, President of Peru, \
                 and Marco Vela, President of Colombia.",
                "kind = bilateral
                 principals ~ Ana Ruiz | President | Peru",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Asistieron el lunes a la cumbre Ana Ruiz, presidenta de Perú, Marco Vela, \
                 presidente de Colombia, y Luis Pardo, primer ministro de Chile.",
                three,
            ),
            (
                "Participaron en la reunión del martes Ana Ruiz, presidenta de Perú, y Marco Vela, \
                 presidente de Colombia.",
                "kind = bilateral
                 principals ~ Ana Ruiz | Presidenta | Peru",
            ),
            (
                "Los participantes en la cumbre de Quito fueron Ana Ruiz, presidenta de Perú, y \
                 Marco Vela, presidente de Colombia.",
                "principals ~ Marco Vela | Presidente | Colombia",
            ),
            (
                "En la cumbre estuvieron Ana Ruiz, presidenta de Perú, Marco Vela, presidente de \
                 Colombia, y Luis Pardo, primer ministro de Chile.",
                three,
            ),
        ],
    );
}

/// "Se reunieron el lunes en Quito A, presidenta de Perú, y B, …": the subject put after the
/// verb, right after the place; the place of the tables ends before the first name.
#[test]
fn the_sides_after_the_verb_and_the_place() {
    let both = "kind = bilateral
                principals ~ Ana Ruiz | Presidenta | Peru
                principals ~ Marco Vela | Presidente | Colombia";
    check_rows(
        "es",
        &[
            (
                "Se reunieron el lunes en Quito Ana Ruiz, presidenta de Perú, y Marco Vela, \
                 presidente de Colombia.",
                both,
            ),
            (
                "Estuvieron presentes en Lima Ana Ruiz, presidenta de Perú, y Marco Vela, \
                 presidente de Colombia.",
                both,
            ),
            (
                "Conversaron ayer en Bogotá Ana Ruiz, presidenta de Perú, y Marco Vela, presidente \
                 de Colombia.",
                both,
            ),
            (
                "Participarán el martes en Lima Ana Ruiz, presidenta de Perú, y Marco Vela, \
                 presidente de Colombia.",
                both,
            ),
            (
                "Se reunirán la próxima semana en Caracas Ana Ruiz, presidenta de Perú, y Marco \
                 Vela, presidente de Colombia.",
                both,
            ),
            (
                "Asistieron a la cumbre de Quito Ana Ruiz, presidenta de Perú, Marco Vela, \
                 presidente de Colombia, y Luis Pardo, primer ministro de Chile.",
                "kind = multilateral
                 principals ~ Ana Ruiz | Presidenta | Peru",
            ),
        ],
    );
}

/// "The talks brought together A (Chile), B (Ecuador) and C (Bolivia)": a verb of gathering
/// after the meeting word has the sides for its object.
#[test]
fn the_sides_a_meeting_brings_together() {
    let three = "kind = multilateral
                 principals ~ Ana Ruiz | - | Peru
                 principals ~ Marco Vela | - | Colombia
                 principals ~ Luis Pardo | - | Chile";
    check_rows(
        "en",
        &[
            (
                "The talks in Lima on Monday brought together Tomas Ferrada (Chile), Daniel Mora \
                 (Ecuador) and Julio Mamani (Bolivia).",
                "kind = multilateral
                 principals ~ Tomas Ferrada | - | Chile
                 principals ~ Julio Mamani | - | Bolivia",
            ),
            (
                "The meeting in Quito next week will bring together Ana Ruiz (Peru), Marco Vela \
                 (Colombia) and Luis Pardo (Chile).",
                three,
            ),
            (
                "Monday's talks in Quito brought together Peru's Ana Ruiz and Colombia's Marco Vela.",
                "kind = bilateral
                 principals ~ Ana Ruiz | - | Peru
                 principals ~ Marco Vela | - | Colombia",
            ),
            (
                "The talks in Quito on Friday brought together Ana Ruiz (Peru) and Marco Vela \
                 (Colombia).",
                "kind = bilateral
                 principals ~ Marco Vela | - | Colombia",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La cumbre de Quito reunió el lunes a Ana Ruiz (Perú), Marco Vela (Colombia) y \
                 Luis Pardo (Chile).",
                three,
            ),
            (
                "La reunión de Quito congregó a Ana Ruiz (Perú) y Marco Vela (Colombia).",
                "kind = bilateral
                 principals ~ Ana Ruiz | - | Peru",
            ),
        ],
    );
}

/// "A (Chile) and B (Ecuador) met": names listed with their countries in brackets are the
/// sides, however short the sentence (a line ending in a full stop is no headline).
#[test]
fn names_with_their_countries_in_brackets_meet() {
    check_rows(
        "en",
        &[
            (
                "Tomas Ferrada (Chile), Daniel Mora (Ecuador) and Julio Mamani (Bolivia) met in \
                 Lima on Monday.",
                "kind = multilateral
                 principals ~ Daniel Mora | - | Ecuador",
            ),
            (
                "Ana Ruiz (Peru) and Marco Vela (Colombia) will meet in Quito next week.",
                "kind = bilateral
                 principals ~ Ana Ruiz | - | Peru
                 principals ~ Marco Vela | - | Colombia",
            ),
            (
                "Ana Ruiz (Peru) and Marco Vela (Colombia) held talks in Quito on Friday.",
                "kind = bilateral
                 principals ~ Marco Vela | - | Colombia",
            ),
            (
                "On Monday, Ana Ruiz (Peru), Marco Vela (Colombia) and Luis Pardo (Chile) met in \
                 Quito.",
                "kind = multilateral
                 principals ~ Luis Pardo | - | Chile",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El lunes se reunieron en Lima Tomás Ferrada (Chile), Daniel Mora (Ecuador) y Julio \
             Mamani (Bolivia).",
            "kind = multilateral
             principals ~ Tomás Ferrada | - | Chile",
        )],
    );
}

/// "The summit ended with a joint declaration by A and B": the authors of the meeting's
/// document are its sides.
#[test]
fn the_authors_of_the_meetings_declaration() {
    let both = "kind = bilateral
                principals ~ Ana Ruiz
                principals ~ Marco Vela";
    check_rows(
        "en",
        &[
            (
                "The summit in Lima ended on Monday with a joint declaration by Chilean President \
                 Tomas Ferrada and Peruvian President Diego Salas.",
                "kind = bilateral
                 principals ~ Tomas Ferrada | President | Chile
                 principals ~ Diego Salas | President | Peru",
            ),
            (
                "The talks ended with a joint statement by Peruvian President Ana Ruiz and \
                 Colombian President Marco Vela.",
                both,
            ),
            (
                "A joint communique issued by President Ana Ruiz of Peru and President Marco Vela \
                 of Colombia closed the summit in Quito.",
                both,
            ),
            (
                "The meeting in Quito concluded on Friday with a declaration signed by President \
                 Ana Ruiz of Peru and President Marco Vela of Colombia.",
                both,
            ),
            (
                "The summit will end with a joint declaration by Peruvian President Ana Ruiz and \
                 Colombian President Marco Vela.",
                both,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La cumbre de Quito terminó con una declaración conjunta firmada por la presidenta \
                 peruana Ana Ruiz y el presidente colombiano Marco Vela.",
                both,
            ),
            (
                "La reunión concluyó con un comunicado conjunto emitido por la presidenta peruana \
                 Ana Ruiz y el presidente colombiano Marco Vela.",
                both,
            ),
            (
                "La cumbre terminará con una declaración firmada por Ana Ruiz, presidenta de Perú, \
                 y Marco Vela, presidente de Colombia.",
                both,
            ),
        ],
    );
}

/// "the foreign ministers of both countries, A and B": each name holds the title for one side,
/// in the order the text first names the sides.
#[test]
fn a_plural_title_of_both_sides() {
    let lead_es = "El presidente peruano, Diego Salas, se reunió el lunes en Quito con su homólogo \
                   colombiano, Marco Vela.";
    let lead_en = "Peruvian President Diego Salas met Colombian President Marco Vela in Quito on \
                   Monday.";
    let ministers = |title: &str| {
        format!(
            "members ~ Hugo Salcedo | {title} | Peru
             members ~ Rosa Ibarra | {title} | Colombia"
        )
    };
    let rows_es = [
        (
            format!(
                "{lead_es} Los ministros de Defensa de ambos países, Hugo Salcedo y Rosa Ibarra, \
                 también participaron."
            ),
            ministers("Ministro de Defensa"),
        ),
        (
            format!(
                "{lead_es} También asistieron los cancilleres de los dos países, Hugo Salcedo y \
                 Rosa Ibarra."
            ),
            ministers("Canciller"),
        ),
        (
            "El presidente ruso, Vladímir Putin, se reunió el lunes en Moscú con su homólogo \
             kazajo, Kasim-Yomart Tokáyev. Los cancilleres de ambos países, Serguéi Lavrov y \
             Murat Nurtleu, participaron en la reunión en formato ampliado."
                .to_string(),
            "members ~ Serguéi Lavrov | Canciller | Russia
             members ~ Murat Nurtleu | Canciller | Kazakhstan"
                .to_string(),
        ),
    ];
    let rows_en = [
        (
            format!(
                "{lead_en} The foreign ministers of both countries, Hugo Salcedo and Rosa Ibarra, \
                 joined the talks."
            ),
            ministers("Foreign minister"),
        ),
        (
            format!(
                "{lead_en} The trade ministers of the two countries, Hugo Salcedo and Rosa \
                 Ibarra, also attended."
            ),
            ministers("Trade minister"),
        ),
    ];
    let mut rows = Vec::new();
    for (lang, table) in [("es", &rows_es[..]), ("en", &rows_en[..])] {
        for (text, expected) in table {
            rows.push((lang, text.as_str(), expected.as_str()));
        }
    }
    for (lang, text, expected) in rows {
        check_rows(lang, &[(text, expected)]);
    }
}
