//! Names the language marks as people without a title before them: full names listed with
//! their countries in brackets ("Marta Ilves (Estonia), Tomás Guerrero (Bolivia) y …"), and
//! holders listed after a plural title by an example marker ("mandatarios como A, B y C",
//! "leaders such as A and B"). Every sentence here is written by the team; the names are
//! invented.

mod common;

/// Checks each `(text, expected)` row read as `lang`, published on 2024-03-12.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// "Marta Ilves (Estonia), Tomás Guerrero (Bolivia) y Olga Brenner (Austria)", "Marta Ilves, de
/// Estonia; Pavel Drozd, de Polonia": a list of full names, each with its country in brackets
/// or after the origin link, names people of those countries, in any tense and
/// word order, after a copula or a verb of presence.
#[test]
fn full_names_listed_with_their_countries() {
    check_lang(
        "es",
        &[
            (
                "La cumbre de Quito contó con la presencia de Marta Ilves (Estonia), Tomás \
                 Guerrero (Bolivia) y Olga Brenner (Austria), entre otros.",
                "principals ~ Marta Ilves | - | Estonia
                 principals ~ Tomás Guerrero | - | Bolivia
                 principals ~ Olga Brenner | - | Austria",
            ),
            (
                "Entre los asistentes a la cumbre de Lima estarán Pavel Drozd (Polonia), Ana \
                 Quispe Mamani (Perú) e Iker Zubiri (España).",
                "principals ~ Pavel Drozd | - | Poland
                 principals ~ Ana Quispe Mamani | - | Peru
                 principals ~ Iker Zubiri | - | Spain",
            ),
            (
                "A la cumbre de Brasilia asistieron el lunes Lena Kovac (Croacia), Hugo Ferraz \
                 (Portugal) y Sami Laine (Finlandia).",
                "principals ~ Lena Kovac | - | Croatia
                 principals ~ Hugo Ferraz | - | Portugal
                 principals ~ Sami Laine | - | Finland",
            ),
            (
                "A la cumbre de Lima asistieron el lunes Marta Ilves, de Estonia; Pavel Drozd, \
                 de Polonia, y Olga Brenner, de Austria.",
                "principals ~ Marta Ilves | - | Estonia
                 principals ~ Pavel Drozd | - | Poland
                 principals ~ Olga Brenner | - | Austria",
            ),
            (
                "En la cumbre de Lima estuvieron Marta Ilves de Estonia, Pavel Drozd de Polonia \
                 y Olga Brenner de Austria.",
                "principals ~ Marta Ilves | - | Estonia
                 principals ~ Olga Brenner | - | Austria",
            ),
            (
                "Marta Ilves (Estonia) y Pavel Drozd (Polonia) participarán en la cumbre de \
                 Riga el jueves.",
                "principals ~ Marta Ilves | - | Estonia
                 principals ~ Pavel Drozd | - | Poland",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "The summit in Nairobi was attended by Lena Kovac (Croatia), Hugo Ferraz \
                 (Portugal) and Sami Laine (Finland).",
                "principals ~ Lena Kovac | - | Croatia
                 principals ~ Hugo Ferraz | - | Portugal
                 principals ~ Sami Laine | - | Finland",
            ),
            (
                "Marta Ilves (Estonia), Pavel Drozd (Poland) and Olga Brenner (Austria) will \
                 attend the summit in Accra on Friday.",
                "principals ~ Marta Ilves | - | Estonia
                 principals ~ Pavel Drozd | - | Poland
                 principals ~ Olga Brenner | - | Austria",
            ),
        ],
    );
}

/// A lone place with its country in brackets is no person, nor is a one-word name.
#[test]
fn places_with_their_countries_are_no_people() {
    check_lang(
        "es",
        &[(
            "El presidente chileno, Tomás Guerrero, se reunió en Cusco (Perú) y en Oruro \
             (Bolivia) con su homólogo boliviano, Iván Mamani.",
            "principals !~ Cusco
             principals !~ Oruro",
        )],
    );
}

/// "Por la parte cubana estuvieron el canciller A; …": a titled name with no owner of its own
/// belongs to the side its sentence named before it (a delegation, a side, in either
/// language).
#[test]
fn titled_names_take_the_side_named_before_them() {
    check_lang(
        "es",
        &[
            (
                "Hoy en La Habana se reunieron el presidente cubano, Tomás Guerrero, y su \
                 homólogo boliviano, Iván Mamani. Por la parte cubana estuvieron presentes el \
                 canciller Hugo Ferraz y el ministro de Salud Pavel Drozd.",
                "members ~ Hugo Ferraz | Canciller | Cuba
                 members ~ Pavel Drozd | Ministro de Salud | Cuba",
            ),
            (
                "El presidente chileno, Tomás Guerrero, recibió el lunes en Santiago a su \
                 homólogo peruano, Iván Mamani. De la delegación peruana asistieron el canciller \
                 Hugo Ferraz y la ministra de Economía Olga Brenner.",
                "members ~ Hugo Ferraz | Canciller | Peru
                 members ~ Olga Brenner | Ministra de Economía | Peru",
            ),
            (
                "Hoy en Sucre se reunieron el presidente boliviano, Iván Mamani, y su homólogo \
                 chileno, Tomás Guerrero. Por parte boliviana participaron en las conversaciones \
                 el canciller Sami Laine y el ministro de Defensa Pavel Drozd.",
                "members ~ Sami Laine | Canciller | Bolivia
                 members ~ Pavel Drozd | Ministro de Defensa | Bolivia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "President Tomas Guerrero of Chile met President Ivan Mamani of Peru in Lima on \
                 Monday. On the Chilean side, Foreign Minister Hugo Ferraz and Trade Minister \
                 Olga Brenner attended the talks.",
                "members ~ Hugo Ferraz | Foreign Minister | Chile
                 members ~ Olga Brenner | Trade Minister | Chile",
            ),
            (
                "President Tomas Guerrero of Chile will meet President Ivan Mamani of Peru in \
                 Lima on Monday. The Peruvian delegation will include Finance Minister Sami \
                 Laine and Defence Minister Lena Kovac.",
                "members ~ Sami Laine | Finance Minister | Peru
                 members ~ Lena Kovac | Defence Minister | Peru",
            ),
        ],
    );
}

/// "el ministro de Defensa, A, el de Comercio, B": after a listing mark, the definite article
/// and a portfolio of its own stand for the title just said with that portfolio (Spanish
/// leaves the head out), in any tense and order of the clause.
#[test]
fn a_title_repeated_with_its_own_portfolio() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, se reunió el lunes en Lima con su homólogo \
                 chileno, Tomás Guerrero. Acompañaron a Mamani el ministro de Defensa, Hugo \
                 Ferraz, el de Comercio Exterior, Sami Laine, y el de Minas y Energía, Olga \
                 Brenner.",
                "members ~ Hugo Ferraz | Ministro de Defensa | Peru
                 members ~ Sami Laine | Ministro de Comercio Exterior | Peru
                 members ~ Olga Brenner | Ministro de Minas y Energía | Peru",
            ),
            (
                "El presidente peruano, Iván Mamani, recibirá el jueves en Lima a su homólogo \
                 chileno, Tomás Guerrero, a quien acompañarán la ministra de Economía, Lena \
                 Kovac, y la de Salud, Marta Ilves.",
                "members ~ Lena Kovac | Ministra de Economía
                 members ~ Marta Ilves | Ministra de Salud",
            ),
            (
                "La presidenta boliviana, Ana Quispe, y su homólogo chileno, Tomás Guerrero, se \
                 reunieron ayer en La Paz. Por parte boliviana asistieron el ministro de \
                 Hacienda, Pavel Drozd, y el de Justicia, Iker Zubiri.",
                "members ~ Pavel Drozd | Ministro de Hacienda | Bolivia
                 members ~ Iker Zubiri | Ministro de Justicia | Bolivia",
            ),
            (
                "Los presidentes de Ecuador, Iker Zubiri, y de Perú, Iván Mamani, se reunirán \
                 mañana en Quito. A la reunión asistirán también el ministro ecuatoriano de \
                 Energía, Hugo Ferraz, y el de Transporte, Olga Brenner.",
                "members ~ Hugo Ferraz | Ministro de Energía | Ecuador
                 members ~ Olga Brenner | Ministro de Transporte | Ecuador",
            ),
            (
                "El ministro de Defensa, Hugo Ferraz, el de Comercio, Sami Laine, y el de \
                 Industria, Pavel Drozd, acompañan al presidente peruano, Iván Mamani, en su \
                 reunión de hoy en Santiago con su homólogo chileno, Tomás Guerrero.",
                "members ~ Sami Laine | Ministro de Comercio
                 members ~ Pavel Drozd | Ministro de Industria",
            ),
        ],
    );
}

/// "el canciller Yván Gil" … "Iván Gil": a name spelt two ways (one letter of a short word, the
/// rest the same) is one person, never two.
#[test]
fn a_name_spelt_two_ways_is_one_person() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, fue recibido ayer en Quito por el canciller \
                 Yván Soler. Mamani y el canciller Iván Soler conversaron sobre comercio.",
                "principals ~ Yván Soler | Canciller | Ecuador
                 principals !~ Iván Soler
                 members !~ Iván Soler",
            ),
            (
                "La canciller Ania Brenner recibió el lunes en Lima a su homóloga chilena, Ana \
                 Quispe. Según Anya Brenner, la reunión fue productiva.",
                "principals ~ Ania Brenner
                 principals !~ Anya Brenner",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Foreign Minister Yuri Drozd met his Chilean counterpart, Ana Quispe, in Lima on \
                 Monday. Iuri Drozd said the talks were useful.",
                "principals ~ Yuri Drozd
                 principals !~ Iuri Drozd",
            ),
            (
                "President Tomas Guerrero of Chile received Prime Minister Sami Laine of Finland \
                 in Santiago on Tuesday. Guerrero and Samy Laine discussed trade.",
                "principals ~ Sami Laine
                 principals !~ Samy Laine",
            ),
            (
                "Kenyan President Omar Kipchoge met Ugandan President Yan Mbeki in Nairobi on \
                 Friday. Jan Mbeki thanked his host.",
                "principals ~ Yan Mbeki
                 principals !~ Jan Mbeki",
            ),
        ],
    );
}

/// "la embajadora de México en Washington, A": an envoy's posting after the title's owner
/// belongs to the title, and the name after its comma is the envoy's, of the owner's country.
#[test]
fn an_envoy_with_a_posting() {
    check_lang(
        "es",
        &[
            (
                "El presidente chileno, Tomás Guerrero, recibió ayer en Santiago a su homólogo \
                 peruano, Iván Mamani. Por la parte peruana asistieron el canciller Sami Laine y \
                 la embajadora de Perú en Chile, Olga Brenner.",
                "members ~ Olga Brenner | Embajadora en Chile | Peru",
            ),
            (
                "El presidente chileno, Tomás Guerrero, se reunió ayer en Santiago con su \
                 homólogo peruano, Iván Mamani. Participaron también el canciller chileno, Sami \
                 Laine, y el embajador de Chile ante la ONU, Hugo Ferraz.",
                "members ~ Hugo Ferraz",
            ),
            (
                "La presidenta boliviana, Ana Quispe, se reunirá el lunes en La Paz con su \
                 homólogo chileno, Tomás Guerrero, acompañada por el embajador boliviano en \
                 Santiago, Pavel Drozd.",
                "members ~ Pavel Drozd",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Kenyan President Omar Kipchoge met Japanese Prime Minister Ken Sato in Tokyo on \
                 Monday. Kenya's ambassador in Tokyo, Sami Laine, also attended the talks.",
                "members ~ Sami Laine | Ambassador in Tokyo | Kenya",
            ),
            (
                "President Tomas Guerrero of Chile held talks with President Ivan Mamani of Peru \
                 in Lima on Friday, accompanied by the ambassador of Chile in Peru, Lena Kovac.",
                "members ~ Lena Kovac",
            ),
        ],
    );
}

/// "la jefa de la Unidad de la Secretaría de Economía, A": a portfolio goes on the name of the
/// office a title's complement names, to the comma before the holder's name.
#[test]
fn an_office_named_down_to_its_portfolio() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, recibió ayer en Lima a su homólogo chileno, \
                 Tomás Guerrero. Acompañaron a Mamani el canciller Sami Laine y la directora de \
                 la Oficina de la Secretaría de Comercio Exterior, Olga Brenner.",
                "members ~ Olga Brenner | Directora de la Oficina de la Secretaría de Comercio \
                 Exterior | Peru",
            ),
            (
                "La presidenta boliviana, Ana Quispe, se reunió el lunes en La Paz con su \
                 homólogo chileno, Tomás Guerrero. Por parte boliviana asistió el jefe de la \
                 Unidad de Análisis de la Secretaría de Relaciones Exteriores, Pavel Drozd.",
                "members ~ Pavel Drozd | Jefe de la Unidad de Análisis de la Secretaría de Relaciones Exteriores",
            ),
            (
                "El presidente chileno, Tomás Guerrero, y su homólogo peruano, Iván Mamani, se \
                 reunirán mañana en Arica, acompañados por la coordinadora de Asuntos \
                 Internacionales de la Secretaría de Asuntos Exteriores, Lena Kovac.",
                "members ~ Lena Kovac",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "President Tomas Guerrero of Chile met President Ivan Mamani of Peru in Lima on \
                 Monday, joined by the head of the Policy Unit of the Department of Foreign \
                 Trade, Sami Laine.",
                "members ~ Sami Laine",
            ),
            (
                "Kenyan President Omar Kipchoge and Japanese Prime Minister Ken Sato held talks \
                 in Tokyo on Friday. The director of the Office of the Ministry of Foreign \
                 Affairs, Lena Kovac, also attended.",
                "members ~ Lena Kovac",
            ),
        ],
    );
}

/// "el presidente de Francia, A, y el del Gobierno español, B": the article and an office of
/// its own stand for the title just said with that office, and an adjective after it gives its
/// owner.
#[test]
fn a_title_repeated_with_an_office_of_its_own() {
    check_lang(
        "es",
        &[
            (
                "El presidente de Chile, Tomás Guerrero, y el del Gobierno español, Iker Zubiri, \
                 se reunieron ayer en Madrid.",
                "principals ~ Iker Zubiri | Presidente del Gobierno | Spain",
            ),
            (
                "El presidente de Perú, Iván Mamani, y el del Gobierno italiano, Giulia Ferri, \
                 se reunirán el lunes en Roma.",
                "principals ~ Giulia Ferri | Presidente del Gobierno | Italy",
            ),
            (
                "En Madrid, el presidente de Bolivia, Ana Quispe, y el del Gobierno español, Iker \
                 Zubiri, se reunieron ayer para hablar de comercio.",
                "principals ~ Iker Zubiri | Presidente del Gobierno | Spain",
            ),
            (
                "La presidenta de Bolivia, Ana Quispe, y la del Gobierno italiano, Giulia Ferri, \
                 firmaron ayer en Roma un acuerdo tras reunirse.",
                "principals ~ Giulia Ferri | Presidenta del Gobierno | Italy",
            ),
            (
                "El presidente de Chile, Tomás Guerrero, y el del Gobierno español, Iker Zubiri, \
                 han mantenido este martes una reunión en Santiago.",
                "principals ~ Iker Zubiri | Presidente del Gobierno | Spain",
            ),
        ],
    );
}

/// "los ministros de Interior, A; de Comercio, B": after a plural title with a portfolio, each
/// holder listed with a portfolio of their own after its link has that title.
#[test]
fn holders_listed_with_portfolios_of_their_own() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, se reunió ayer en Lima con su homólogo \
                 chileno, Tomás Guerrero. Acompañaron a Mamani los ministros de Interior, Hugo \
                 Ferraz; de Comercio, Sami Laine, y de Salud, Olga Brenner.",
                "members ~ Hugo Ferraz | Ministro de Interior | Peru
                 members ~ Sami Laine | Ministro de Comercio | Peru
                 members ~ Olga Brenner | Ministro de Salud | Peru",
            ),
            (
                "La presidenta boliviana, Ana Quispe, recibirá el lunes en La Paz a su homólogo \
                 chileno, Tomás Guerrero, que vendrá acompañado por los ministros de Defensa, \
                 Pavel Drozd; de Energía, Lena Kovac; y de Justicia, Iker Zubiri.",
                "members ~ Pavel Drozd | Ministro de Defensa
                 members ~ Lena Kovac | Ministro de Energía
                 members ~ Iker Zubiri | Ministro de Justicia",
            ),
            (
                "El presidente chileno, Tomás Guerrero, y su homólogo peruano, Iván Mamani, se \
                 reunieron hoy en Arica. Por parte chilena asistieron las ministras de Hacienda, \
                 Lena Kovac; de Trabajo, Marta Ilves, y de Cultura, Ana Ccori.",
                "members ~ Lena Kovac | Ministra de Hacienda | Chile
                 members ~ Marta Ilves | Ministra de Trabajo | Chile
                 members ~ Ana Ccori | Ministra de Cultura | Chile",
            ),
            (
                "Los presidentes de Chile, Tomás Guerrero, y de Perú, Iván Mamani, se reunieron \
                 ayer en Tacna con los secretarios de Comercio Exterior, Sami Laine; de Economía, \
                 Hugo Ferraz, y de Turismo, Pavel Drozd.",
                "members ~ Hugo Ferraz | Secretario de Economía
                 members ~ Pavel Drozd | Secretario de Turismo",
            ),
            (
                "El presidente peruano, Iván Mamani, llegó ayer a Santiago para reunirse con su \
                 homólogo chileno, Tomás Guerrero, junto a los ministros de Transporte, Iker \
                 Zubiri; de Agricultura, Olga Brenner, y de Vivienda, Hugo Ferraz.",
                "members ~ Olga Brenner | Ministro de Agricultura
                 members ~ Hugo Ferraz | Ministro de Vivienda",
            ),
        ],
    );
}

/// Forms of address and ranks are no part of a name: "H.E" before a name in apposition, a
/// rank's bracketed qualifier after the rank ("Maj. Gen. (Rtd) Hugo Ferraz").
#[test]
fn forms_of_address_before_names() {
    check_lang(
        "en",
        &[
            (
                "Hon. Sami Laine, the Foreign Minister of Finland, met H.E Ivan Mamani, \
                 President of Peru, in Lima on Monday.",
                "principals ~ Ivan Mamani | President | Peru
                 principals !~ H.E",
            ),
            (
                "H.E Ana Quispe, President of Bolivia, will meet H.E Tomas Guerrero, President \
                 of Chile, in La Paz on Friday.",
                "principals ~ Ana Quispe | President | Bolivia
                 principals ~ Tomas Guerrero | President | Chile
                 principals !~ H.E",
            ),
            (
                "His Excellency Ivan Mamani, President of Peru, held talks with President Tomas \
                 Guerrero of Chile in Lima on Monday.",
                "principals ~ Ivan Mamani | President | Peru
                 principals !~ Excellency",
            ),
            (
                "President Omar Kipchoge met Maj. Gen. (Rtd) Hugo Ferraz in Nairobi on Monday to \
                 discuss security along the border.",
                "members ~ Hugo Ferraz | Maj. Gen.
                 members !~ Rtd",
            ),
            (
                "Kenyan President Omar Kipchoge received Lt. Gen. (Rtd) Sami Laine, the envoy of \
                 Finland, in Nairobi on Tuesday.",
                "principals !~ Rtd
                 members !~ Rtd",
            ),
        ],
    );
}

/// Malay forms of address ("Dato' Seri", "Datuk", "Tan Sri", "YAB") are no part of a name, nor
/// does the apostrophe of "Dato'" end one; "Md." and "Mohd." abbreviate a first name.
#[test]
fn malay_forms_of_address_and_abbreviated_first_names() {
    check_lang(
        "en",
        &[
            (
                "Prime Minister Dato' Seri Azman Hashim met Thai Prime Minister Somchai Wongsakul \
                 in Putrajaya on Monday.",
                "principals ~ Azman Hashim | Prime Minister
                 principals !~ Dato",
            ),
            (
                "YAB Datuk Seri Azman Hashim, the Prime Minister of Malaysia, received Tan Sri \
                 Rahim Osman, envoy of Brunei, in Putrajaya on Monday.",
                "principals ~ Azman Hashim | Prime Minister | Malaysia
                 members !~ Tan Sri",
            ),
            (
                "External Affairs Minister Vikram Rao met Foreign Adviser of Bangladesh Md. Towhid \
                 Rahman in New Delhi on Thursday.",
                "principals ~ Md. Towhid Rahman | Foreign Adviser | Bangladesh
                 city = New Delhi",
            ),
            (
                "Malaysian Foreign Minister Mohd. Hasan Aziz held talks with his Indonesian \
                 counterpart Retno Wibowo in Jakarta on Monday.",
                "principals ~ Mohd. Hasan Aziz | Foreign Minister | Malaysia",
            ),
        ],
    );
}

/// "Panamá participó representado por su nuevo mandatario, A": a title held through a
/// possessive, with no owner of its own and no owned title before it, is the office of the
/// country its sentence opens with.
#[test]
fn a_possessive_title_of_the_country_the_sentence_opens_with() {
    check_lang(
        "es",
        &[
            (
                "La cumbre del Mercosur reunió ayer en Asunción a los presidentes del bloque. \
                 Panamá, como país invitado, participó representado por su nuevo mandatario, \
                 Iker Zubiri.",
                "principals ~ Iker Zubiri | Mandatario | Panama",
            ),
            (
                "La cumbre del Mercosur reunió ayer en Asunción a los presidentes del bloque. \
                 Bolivia estuvo representada por su canciller, Ana Quispe.",
                "principals ~ Ana Quispe | Canciller | Bolivia",
            ),
            (
                "Los presidentes del Mercosur se reunieron hoy en Montevideo. Chile participará \
                 con su presidente, Tomás Guerrero, como invitado.",
                "principals ~ Tomás Guerrero | Presidente | Chile",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "The leaders of the East African Community met in Arusha on Friday. Kenya was \
                 represented by its deputy president, Sami Laine.",
                "principals ~ Sami Laine | Deputy president | Kenya",
            ),
            (
                "The leaders of the East African Community met in Arusha on Friday. Uganda sent \
                 its prime minister, Lena Kovac, to the summit.",
                "principals ~ Lena Kovac | Prime minister | Uganda",
            ),
        ],
    );
}

/// "el mexicano Felipe Calderón": the article and a country adjective before a name give the
/// person that country, as "Britain's Keir Starmer" does.
#[test]
fn a_country_adjective_before_a_name() {
    check_lang(
        "es",
        &[
            (
                "El presidente Iván Mamani visitó ayer Santiago para reunirse con el presidente \
                 Tomás Guerrero. Según el comunicado, el boliviano Iván Mamani y el chileno Tomás \
                 Guerrero hablaron de comercio.",
                "principals ~ Iván Mamani | Presidente | Bolivia
                 principals ~ Tomás Guerrero | Presidente | Chile",
            ),
            (
                "El presidente Tomás Guerrero se reunió ayer en Lima con el presidente Iván \
                 Mamani. Al término, el peruano Tomás Guerrero dijo que la reunión fue buena.",
                "principals ~ Tomás Guerrero | Presidente | Peru",
            ),
            (
                "El presidente Tomás Guerrero recibió ayer en Quito al presidente Iván Mamani. \
                 Más tarde, el ecuatoriano Tomás Guerrero y el boliviano Iván Mamani firmaron un \
                 acuerdo.",
                "principals ~ Tomás Guerrero | Presidente | Ecuador
                 principals ~ Iván Mamani | Presidente | Bolivia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "President Tomas Guerrero received President Ivan Mamani in Quito on Monday. \
                 Later the Ecuadorian Tomas Guerrero and the Bolivian Ivan Mamani signed a trade \
                 deal.",
                "principals ~ Tomas Guerrero | President | Ecuador
                 principals ~ Ivan Mamani | President | Bolivia",
            ),
            (
                "President Tomas Guerrero met President Ivan Mamani in Lima on Monday. Speaking \
                 afterwards, the Peruvian Ivan Mamani said the talks had gone well.",
                "principals ~ Ivan Mamani | President | Peru",
            ),
        ],
    );
}

/// "los presidentes de Chile, A; y de Paraguay, B": an elided title whose holder a list took is
/// no other person, and gives its country to nobody else ("el presidente del Banco Mundial,
/// C" stays the bank's).
#[test]
fn an_elided_title_whose_holder_a_list_took() {
    check_lang(
        "es",
        &[(
            "El presidente chileno, Tomás Guerrero, recibió ayer en Santiago a su homólogo \
             paraguayo, Iván Mamani. Asistieron también el presidente del Banco Mundial, Hugo \
             Ferraz, y los presidentes de Chile, Tomás Guerrero; y de Paraguay, Iván Mamani.",
            "members ~ Hugo Ferraz | Presidente del Banco Mundial | World Bank
             principals ~ Iván Mamani | Presidente | Paraguay",
        )],
    );
}

/// "los presidentes de Ecuador, A; del Consejo Europeo, B, y de la Comisión Europea, C": items
/// of a plural title's list may name an organisation as well as a country, each the holder's.
#[test]
fn listed_holders_of_organisations() {
    check_lang(
        "es",
        &[
            (
                "Los presidentes de Ecuador, Iker Zubiri; del Consejo Europeo, Hugo Ferraz, y de \
                 la Comisión Europea, Olga Brenner, se reunieron ayer en Bruselas.",
                "principals ~ Iker Zubiri | Presidente | Ecuador
                 principals ~ Hugo Ferraz | Presidente | European Council
                 principals ~ Olga Brenner | Presidente | European Commission",
            ),
            (
                "Los presidentes de Chile, Tomás Guerrero; de la Comisión Europea, Olga Brenner, \
                 y de Perú, Iván Mamani, se reunirán el lunes en Lima.",
                "principals ~ Olga Brenner | Presidente | European Commission
                 principals ~ Iván Mamani | Presidente | Peru",
            ),
            (
                "Ayer en Bruselas se reunieron los presidentes de Bolivia, Ana Quispe; del Consejo \
                 Europeo, Hugo Ferraz; y de El Salvador, Iker Zubiri.",
                "principals ~ Hugo Ferraz | Presidente | European Council
                 principals ~ Iker Zubiri | Presidente | El Salvador",
            ),
            (
                "A la cumbre asistieron los mandatarios de Costa Rica, Tomás Guerrero; El \
                 Salvador, Iker Zubiri; y de la Unión Africana, Sami Laine.",
                "principals ~ Iker Zubiri | Mandatario | El Salvador
                 principals ~ Sami Laine | Mandatario | African Union",
            ),
            (
                "Los presidentes de Perú, Iván Mamani; de la Unión Europea, Lena Kovac, y de \
                 Chile, Tomás Guerrero, firmaron ayer en Lima un acuerdo tras reunirse.",
                "principals ~ Lena Kovac | Presidente | European Union
                 principals ~ Tomás Guerrero | Presidente | Chile",
            ),
        ],
    );
}

/// "A, Chinese deputy foreign minister, B, Finnish foreign minister": in a list of names each
/// followed by its title, a title closes the name before it and gives nothing to the next.
#[test]
fn names_each_followed_by_their_title() {
    check_lang(
        "en",
        &[
            (
                "Heads of the delegations to the talks are Wang Lei, Chinese deputy foreign \
                 minister, Kim Yong Sok, North Korean deputy foreign minister. The talks opened in \
                 Beijing on Monday.",
                "principals ~ Kim Yong Sok | Deputy foreign minister | North Korea
                 principals !~ Kim Yong Sok | Deputy foreign minister | China",
            ),
            (
                "Sami Laine, Finnish trade minister, Hugo Ferraz, Peruvian trade minister, and \
                 Ana Quispe, Bolivian trade minister, met in Lima on Monday.",
                "principals ~ Hugo Ferraz | Trade minister | Peru
                 principals ~ Ana Quispe | Trade minister | Bolivia",
            ),
            (
                "Lena Kovac, Croatian foreign minister, and Sami Laine, Finnish defence minister, \
                 held talks in Nairobi on Friday.",
                "principals ~ Sami Laine | Defence minister | Finland",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Sami Laine, canciller finlandés, Hugo Ferraz, canciller peruano, y Ana Quispe, \
                 canciller boliviana, se reunieron ayer en Lima.",
                "principals ~ Hugo Ferraz | Canciller | Peru
                 principals ~ Ana Quispe | Canciller | Bolivia",
            ),
            (
                "Iker Zubiri, ministro español de Comercio, y Olga Brenner, ministra austriaca de \
                 Economía, se reunieron ayer en Quito.",
                "principals ~ Olga Brenner | Ministra de Economía | Austria",
            ),
        ],
    );
}

/// "attended by Brazil's Ivan Mamani": a name after a possessive country, the object of "by" or
/// "with" in a meeting clause, is a person of that country.
#[test]
fn a_possessive_country_after_by_or_with() {
    check_lang(
        "en",
        &[
            (
                "The summit in Kazan on Tuesday will also be attended by Brazil's Ivan Mamani \
                 and Indian Prime Minister Hugo Ferraz.",
                "principals ~ Ivan Mamani | - | Brazil",
            ),
            (
                "The summit in Lima was attended on Monday by Chile's Tomas Guerrero.",
                "principals ~ Tomas Guerrero | - | Chile",
            ),
            (
                "Indian Prime Minister Hugo Ferraz held talks in Delhi on Friday with Kenya's \
                 Omar Kipchoge.",
                "principals ~ Omar Kipchoge | - | Kenya",
            ),
            (
                "Prime Minister Hugo Ferraz of India met in Delhi on Friday with Peru's Ana \
                 Quispe and Bolivia's Iván Mamani.",
                "principals ~ Ana Quispe | - | Peru",
            ),
            // The host of talks with no other side named would be one side alone.
            (
                "The talks in Delhi with Kenya's Omar Kipchoge were hosted on Friday by India's \
                 Hugo Ferraz.",
                "principals ~ Hugo Ferraz | - | India",
            ),
        ],
    );
}

/// "the US president's special envoy for Ukraine, A": a title held through another title's
/// possessive is the second title, of the possessor's country.
#[test]
fn a_title_held_through_a_possessive_title() {
    check_lang(
        "en",
        &[
            (
                "The talks in Riyadh on Monday were attended by US Secretary of State Sami Laine \
                 and the US president's special envoy for Ukraine, Hugo Ferraz.",
                "members ~ Hugo Ferraz | Special envoy for Ukraine | United States",
            ),
            (
                "Kenyan President Omar Kipchoge met Japanese Prime Minister Ken Sato in Tokyo on \
                 Monday. The Kenyan president's chief of staff, Lena Kovac, also attended.",
                "members ~ Lena Kovac | Chief of staff | Kenya",
            ),
            (
                "President Tomas Guerrero of Chile held talks with President Ivan Mamani of Peru \
                 in Lima on Friday, joined by the Chilean president's senior adviser, Sami Laine.",
                "members ~ Sami Laine | Senior adviser | Chile",
            ),
            (
                "Kenyan President Omar Kipchoge will meet Japanese Prime Minister Ken Sato in \
                 Tokyo on Monday, with the Japanese prime minister's special adviser Olga \
                 Brenner.",
                "members ~ Olga Brenner | Special adviser | Japan",
            ),
            (
                "The Finnish foreign minister's deputy, Iker Zubiri, and Kenyan Foreign Minister \
                 Omar Kipchoge held talks in Nairobi on Friday.",
                "principals ~ Iker Zubiri | Deputy | Finland",
            ),
        ],
    );
}

/// "el canciller A" … "el ministro de relaciones exteriores venezolano": two names of one
/// office are the same person's, and two offices of one head ("ministro de Defensa",
/// "ministro de Relaciones Exteriores") two people's.
#[test]
fn names_of_one_office() {
    check_lang(
        "es",
        &[
            (
                "El canciller Sami Laine se reunió ayer en Lima con su par peruano, Iván Mamani. \
                 Asistió también el ministro de Defensa peruano, Hugo Ferraz. El ministro de \
                 relaciones exteriores chileno dijo que habrá otra reunión.",
                "principals ~ Sami Laine | Canciller | Chile",
            ),
            (
                "El canciller Sami Laine se reunió ayer en Lima con el ministro de Defensa \
                 peruano, Hugo Ferraz. La ministra de asuntos exteriores boliviana, Ana Quispe, \
                 no asistió. Después, el jefe de la diplomacia chilena dijo que la reunión fue \
                 útil.",
                "principals ~ Sami Laine | Canciller | Chile",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Foreign Minister Sami Laine met Defence Minister Hugo Ferraz of Peru in Lima on \
                 Monday. The Finnish minister of foreign affairs said the talks were useful.",
                "principals ~ Sami Laine | Foreign Minister | Finland
                 principals ~ Hugo Ferraz | Defence Minister | Peru",
            ),
            (
                "Defence Minister Hugo Ferraz met Foreign Minister Sami Laine in Lima on Monday. \
                 The Peruvian minister of defence later said the talks were useful.",
                "principals ~ Hugo Ferraz | Defence Minister | Peru
                 principals !~ Sami Laine | Foreign Minister | Peru",
            ),
            (
                "Prime Minister Ken Sato met Foreign Minister Lena Kovac in Tokyo on Monday. The \
                 Japanese head of government said the talks had gone well.",
                "principals ~ Ken Sato | Prime Minister | Japan
                 principals !~ Lena Kovac | Foreign Minister | Japan",
            ),
        ],
    );
}

/// "Miguel Díaz-Canel" … "Díaz- Canel": a hyphened surname the article also writes with a
/// stray space stays one name, never cut to the given name.
#[test]
fn a_hyphened_surname_written_apart_elsewhere() {
    check_lang(
        "es",
        &[
            (
                "El nuevo presidente de Bolivia, Iván Mamani-Quispe, recibió ayer en La Paz a su \
                 homólogo chileno, Tomás Guerrero. Fue el primer acto oficial de Mamani- Quispe.",
                "principals ~ Iván Mamani-Quispe | Presidente | Bolivia",
            ),
            (
                "La presidenta de Perú, Ana Ccori-Soler, se reunió el lunes en Lima con su \
                 homólogo chileno, Tomás Guerrero. Ccori -Soler dijo que la reunión fue útil.",
                "principals ~ Ana Ccori-Soler | Presidenta | Peru",
            ),
            (
                "El canciller boliviano, Pavel Drozd-Mamani, se reunirá mañana en Quito con su par \
                 ecuatoriano, Iker Zubiri. Drozd - Mamani llegará esta noche.",
                "principals ~ Pavel Drozd-Mamani | Canciller | Bolivia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "President Ivan Mamani-Quispe of Bolivia met President Tomas Guerrero of Chile in \
                 La Paz on Monday. It was the first official act of Mamani- Quispe.",
                "principals ~ Ivan Mamani-Quispe | President | Bolivia",
            ),
            (
                "Foreign Minister Sami Laine-Kovac of Finland met Foreign Minister Hugo Ferraz of \
                 Peru in Lima on Monday. Laine -Kovac said the talks were useful.",
                "principals ~ Sami Laine-Kovac | Foreign Minister | Finland",
            ),
        ],
    );
}

/// "condecoró, en el grado de Gran Cruz, al presidente colombiano": a title whose article is
/// joined to a preposition ("al", "del") is an object, not the apposition of the capitalised
/// word before its comma.
#[test]
fn a_title_after_a_preposition_is_no_apposition() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, recibió ayer en Lima a su homólogo chileno, \
                 Tomás Guerrero, y le entregó la Orden del Sol, en el grado de Gran Cruz, al \
                 presidente chileno.",
                "principals !~ Cruz |",
            ),
            (
                "El presidente chileno visitó ayer Lima. El presidente peruano, Iván Mamani, se \
                 reunió en el Palacio con la Orden del Sol, en el grado de Gran Cruz, al \
                 presidente chileno.",
                "principals !~ Cruz |",
            ),
            (
                "La presidenta boliviana, Ana Quispe, recibió el lunes en Sucre a su homólogo \
                 chileno, Tomás Guerrero, y le entregó la Medalla de Honor, en el grado de Gran \
                 Oficial, al presidente chileno.",
                "principals !~ Oficial |",
            ),
            (
                "El presidente peruano, Iván Mamani, recibió ayer en Lima a su homólogo chileno, \
                 Tomás Guerrero, y entregó las llaves de la Ciudad de Lima, en la Plaza Mayor, al \
                 presidente chileno.",
                "principals !~ Plaza Mayor |",
            ),
            (
                "El presidente peruano, Iván Mamani, recibió ayer en Lima a su homólogo chileno, \
                 Tomás Guerrero, y le entregó un doctorado, con mención de Honoris Causa, al \
                 presidente chileno.",
                "principals !~ Causa |",
            ),
        ],
    );
}

/// "O'Higgins", "D'Alema": a capital after the apostrophe makes a name's word, where "I've" and
/// "We'll" stay contractions.
#[test]
fn names_with_an_apostrophe() {
    check_lang(
        "en",
        &[
            (
                "President Sean O'Hara of Ireland met President Ivan Mamani of Peru in Lima on \
                 Monday.",
                "principals ~ Sean O'Hara | President | Ireland",
            ),
            (
                "Prime Minister Ivan Mamani of Peru held talks with Foreign Minister Lucia \
                 D’Amato of Italy in Rome on Friday.",
                "principals ~ Lucia D’Amato | Foreign Minister | Italy",
            ),
            (
                "I've met President Ivan Mamani of Peru in Lima on Monday, said Sami Laine.",
                "principals !~ I've",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El presidente irlandés, Sean O'Hara, se reunió ayer en Lima con su homólogo \
                 peruano, Iván Mamani.",
                "principals ~ Sean O'Hara | Presidente | Ireland",
            ),
            (
                "La canciller italiana, Lucia D’Amato, recibió ayer en Roma a su par peruano, Hugo \
                 Ferraz, y luego O’Hara, el embajador irlandés, los acompañó.",
                "principals ~ Lucia D’Amato | Canciller | Italy",
            ),
            (
                "El primer ministro irlandés, Liam O’Brien, recibirá el lunes en Dublín a su \
                 homóloga chilena, Ana Quispe.",
                "principals ~ Liam O’Brien | Primer ministro | Ireland",
            ),
            (
                "La presidenta chilena, Ana Quispe, se reunió con el presidente irlandés, Ciara \
                 O'Neill, ayer en Santiago.",
                "principals ~ Ciara O'Neill | Presidente | Ireland",
            ),
            (
                "Ayer en Dublín, el canciller irlandés, Seamus O'Donnell, y su par peruano, Hugo \
                 Ferraz, firmaron un acuerdo tras reunirse.",
                "principals ~ Seamus O'Donnell | Canciller | Ireland",
            ),
        ],
    );
}

/// "Mr. A, Foreign Secretary and Ambassador B": a title closing the apposition of a name ends at
/// "and" when the next title has a holder of its own; each keeps their title.
#[test]
fn a_closing_title_then_another_titled_name() {
    check_lang(
        "en",
        &[
            (
                "Prime Minister Ken Sato of Japan met President Ivan Mamani of Peru in Lima on \
                 Monday, assisted by Mr. Sami Laine, Foreign Secretary and Ambassador Hugo \
                 Ferraz.",
                "members ~ Sami Laine | Foreign Secretary
                 members ~ Hugo Ferraz | Ambassador",
            ),
            (
                "President Ivan Mamani of Peru received Prime Minister Ken Sato of Japan in Lima \
                 on Monday, joined by Lena Kovac, Trade Minister and Ambassador Olga Brenner.",
                "members ~ Lena Kovac | Trade Minister
                 members ~ Olga Brenner | Ambassador",
            ),
            (
                "Prime Minister Ken Sato of Japan will meet President Ivan Mamani of Peru in Lima \
                 on Monday, accompanied by Sami Laine, Finance Minister and Governor Iker Zubiri.",
                "members ~ Sami Laine | Finance Minister
                 members ~ Iker Zubiri | Governor",
            ),
            (
                "President Ivan Mamani of Peru met Prime Minister Ken Sato of Japan in Tokyo on \
                 Friday, with Ana Ccori, Interior Minister and Ambassador Pavel Drozd.",
                "members ~ Ana Ccori | Interior Minister
                 members ~ Pavel Drozd | Ambassador",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "El presidente peruano, Iván Mamani, recibió ayer en Lima a su homólogo chileno, \
                 Tomás Guerrero, acompañado por Sami Laine, el canciller y embajador Hugo \
                 Ferraz.",
            "members ~ Sami Laine | Canciller
                 members ~ Hugo Ferraz | Embajador",
        )],
    );
}

/// "…, el de Salud, B, o el de Minas y Energía, C": a list of offices, each standing for the
/// title just said, may close with "or" as well as "and".
#[test]
fn a_list_of_offices_closed_by_or() {
    check_lang(
        "es",
        &[
            (
                "El presidente peruano, Iván Mamani, se reunió el lunes en Lima con su homólogo \
                 chileno, Tomás Guerrero. Acompañaron a Mamani, entre otros, el ministro de \
                 Defensa, Hugo Ferraz, el de Salud, Sami Laine, o el de Minas y Energía, Olga \
                 Brenner.",
                "members ~ Olga Brenner | Ministro de Minas y Energía | Peru",
            ),
            (
                "La presidenta boliviana, Ana Quispe, recibirá el jueves en La Paz a su homólogo \
                 chileno, Tomás Guerrero, a quien acompañarán la ministra de Economía, Lena \
                 Kovac, o la de Salud, Marta Ilves.",
                "members ~ Marta Ilves | Ministra de Salud",
            ),
            (
                "El presidente chileno, Tomás Guerrero, y su homólogo peruano, Iván Mamani, se \
                 reunieron hoy en Arica. Por parte chilena asistieron el ministro de Hacienda, \
                 Pavel Drozd, o el de Justicia, Iker Zubiri.",
                "members ~ Iker Zubiri | Ministro de Justicia | Chile",
            ),
            (
                "Los presidentes de Ecuador, Iker Zubiri, y de Perú, Iván Mamani, se reunirán \
                 mañana en Quito. Asistirán también el ministro ecuatoriano de Energía, Hugo \
                 Ferraz, o el de Transporte, Olga Brenner.",
                "members ~ Olga Brenner | Ministro de Transporte | Ecuador",
            ),
            (
                "El ministro de Defensa, Hugo Ferraz, o el de Industria, Pavel Drozd, \
                 acompañarán al presidente peruano, Iván Mamani, en su reunión de hoy en Santiago \
                 con su homólogo chileno, Tomás Guerrero.",
                "members ~ Pavel Drozd | Ministro de Industria",
            ),
        ],
    );
}

/// "Business Secretary Priya Mehta", "Digitalisation Minister Jan Horak": a capitalised word
/// right before a title head that a name follows is the title's portfolio, never a name; the
/// portfolios of the language's cabinets are a closed class ("ministra de Empresa").
#[test]
fn capitalised_portfolio_before_a_title() {
    check_lang(
        "en",
        &[
            (
                "British Business Secretary Priya Mehta met Austrian Economy Minister Tomas Varga \
                 in Vienna on Tuesday.",
                "principals ~ Priya Mehta | Business Secretary | United Kingdom\n \
                 principals !~ Business |",
            ),
            (
                "Austrian Chancellor Tomas Varga met British Business Secretary Priya Mehta in \
                 Vienna on Tuesday.",
                "principals ~ Priya Mehta | Business Secretary | United Kingdom",
            ),
            (
                "Britain's Heritage Secretary Priya Mehta will hold talks with Austrian Culture \
                 Minister Tomas Varga in Vienna on Friday.",
                "principals ~ Priya Mehta | Heritage Secretary | United Kingdom",
            ),
            (
                "Talks were held in Vienna on Monday by Austrian Chancellor Tomas Varga and \
                 British Employment Secretary Priya Mehta.",
                "principals ~ Priya Mehta | Employment Secretary | United Kingdom",
            ),
            (
                "Czech Digitalisation Minister Jan Horak met Austrian Chancellor Tomas Varga in \
                 Vienna on Tuesday.",
                "principals ~ Jan Horak | Digitalisation Minister | Czech Republic",
            ),
            (
                "Austrian Chancellor Tomas Varga has met the British Enterprise Minister, Priya \
                 Mehta, in Vienna.",
                "principals ~ Priya Mehta | Enterprise Minister | United Kingdom",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El canciller austriaco, Tomas Varga, recibió el martes en Viena al ministro de \
                 Seguridad Social de España, Andrés Olmedo.",
                "principals ~ Andrés Olmedo | Ministro de Seguridad Social | Spain",
            ),
            (
                "El canciller austriaco, Tomas Varga, se reunirá el viernes en Viena con la \
                 ministra española de Innovación, Lucía Ferrán.",
                "principals ~ Lucía Ferrán | Ministra de Innovación | Spain",
            ),
        ],
    );
}

/// "her Austrian counterpart (Tomas Varga)": a name in brackets right after a title or a
/// counterpart is that title's holder, as a name after the comma of an apposition is.
#[test]
fn name_in_brackets_after_a_title() {
    check_lang(
        "en",
        &[
            (
                "Business Secretary Priya Mehta met her Austrian counterpart (Tomas Varga) in \
                 Vienna on Tuesday to discuss trade.",
                "principals ~ Tomas Varga | Business Secretary | Austria",
            ),
            (
                "British Prime Minister Omar Bell will meet the Austrian Chancellor (Tomas Varga) \
                 in Vienna on Friday.",
                "principals ~ Tomas Varga | Chancellor | Austria",
            ),
            (
                "The Austrian Chancellor (Tomas Varga) was received by British Prime Minister \
                 Omar Bell in London on Monday.",
                "principals ~ Tomas Varga | Chancellor | Austria",
            ),
            (
                "British Prime Minister Omar Bell held talks in London on Monday with his Irish \
                 counterpart (Sean Doyle), who had flown in from Dublin.",
                "principals ~ Sean Doyle | Prime Minister | Ireland",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El presidente chileno, Andrés Olmedo, se reunió el martes en Santiago con su \
                 homólogo peruano (Tomás Quispe).",
                "principals ~ Tomás Quispe | Presidente | Peru",
            ),
            (
                "El canciller austriaco (Tomas Varga) recibirá el viernes en Viena a la ministra \
                 española de Innovación, Lucía Ferrán.",
                "principals ~ Tomas Varga | Canciller | Austria",
            ),
        ],
    );
}

/// "the Secretary-General, joão Almeida": a first name mistyped in lowercase right after a
/// title or in apposition is part of the name, and printed capitalised, when the article
/// writes the same two words as a name elsewhere; otherwise a lowercase word is no name.
#[test]
fn lowercase_first_name_attested_by_a_title() {
    check_lang(
        "en",
        &[
            (
                "Kenyan President Daniel Mwangi met the Secretary-General of the Commonwealth, \
                 joão Almeida, in Nairobi on Monday. João Almeida said the talks were useful.",
                "principals ~ João Almeida | Secretary-General of the Commonwealth",
            ),
            (
                "Kenyan President Daniel Mwangi met Commonwealth Secretary-General joão Almeida \
                 in Nairobi on Monday. João Almeida said the talks were useful.",
                "principals ~ João Almeida | Secretary-General",
            ),
            (
                "Commonwealth Secretary-General joão Almeida will be received by Kenyan \
                 President Daniel Mwangi in Nairobi on Friday. João Almeida took office in May.",
                "principals ~ João Almeida | Secretary-General",
            ),
            (
                "Kenyan President Daniel Mwangi held talks in Nairobi on Monday with his Ugandan \
                 counterpart, peter Okello. Peter Okello arrived on Sunday.",
                "principals ~ Peter Okello | President | Uganda",
            ),
            (
                "Kenyan President Daniel Mwangi met the Secretary-General of the Commonwealth, \
                 joão Almeida, in Nairobi on Monday. The talks were useful, a spokesman said.",
                "principals !~ joão\n principals !~ João",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "El presidente keniano, Daniel Mwangi, se reunió el lunes en Nairobi con su homólogo \
             ugandés, peter Okello. Peter Okello llegó el domingo.",
            "principals ~ Peter Okello | Presidente | Uganda",
        )],
    );
}

/// "D. Abenov" and "Daulet Abenov": an initial stands for the word it begins when a whole word
/// is shared, so the two are one person, printed spelled out; another name sharing only a
/// stem ("Dana Abenova") stays apart.
#[test]
fn initial_and_spelled_out_name_are_one_person() {
    check_lang(
        "en",
        &[
            (
                "Kazakh President Daulet Abenov met Kyrgyz President Asan Bekov in Astana on \
                 Friday. President of the Republic of Kazakhstan D. Abenov chaired the talks.",
                "principals ~ Daulet Abenov | President | Kazakhstan\n principals !~ D. Abenov",
            ),
            (
                "President D. Abenov of Kazakhstan met Kyrgyz President Asan Bekov in Astana on \
                 Friday. Daulet Abenov said the talks went well.",
                "principals ~ Daulet Abenov | President | Kazakhstan\n principals !~ D. Abenov",
            ),
            (
                "Kazakh President Daulet Abenov will meet Kyrgyz President Asan Bekov in Astana \
                 on Friday, and D. Abenov will host a dinner.",
                "principals !~ D. Abenov",
            ),
            (
                "Kyrgyz President A. Bekov was received in Astana on Friday by Kazakh President \
                 Daulet Abenov. Asan Bekov thanked his host.",
                "principals ~ Asan Bekov | President | Kyrgyzstan\n principals !~ A. Bekov",
            ),
            (
                "Kazakh President Daulet Abenov met Kyrgyz President Asan Bekov in Astana on \
                 Friday. Kazakh Foreign Minister Dana Abenova also attended.",
                "members ~ Dana Abenova | Foreign Minister",
            ),
        ],
    );
}

/// A surname that is also a title ("Rey", "King", "Conde", "Bishop") after a first name is
/// part of the name, in any position of the sentence; a title before a name, after an article
/// or before its complement stays a title.
#[test]
fn a_surname_that_is_a_title_word() {
    check_lang(
        "es",
        &[
            (
                "Los cancilleres de Perú y Bolivia, Martín Rey y Paula Soto, se reunieron el lunes en La Paz.",
                "principals ~ Martín Rey | Canciller | Peru\n principals ~ Paula Soto",
            ),
            (
                "La canciller peruana, Paula Soto, recibió el lunes en Lima a su homólogo boliviano, Martín Rey.",
                "principals ~ Martín Rey\n principals !~ Martín |",
            ),
            (
                "El presidente Tomás Conde se reunió el martes en Quito con la presidenta Lucía Ferrán.",
                "principals ~ Tomás Conde | Presidente",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Prime Minister Tom King met President Lena Varga in Budapest on Monday.",
                "principals ~ Tom King | Prime Minister",
            ),
            (
                "Foreign Minister Ana Bishop held talks with her Chilean counterpart, Luis Prince, in Lima on Friday.",
                "principals ~ Ana Bishop\n principals ~ Luis Prince",
            ),
            (
                "King Tomas of Varania received President Lena Varga on Monday.",
                "principals ~ King Tomas\n principals ~ Lena Varga",
            ),
        ],
    );
}

/// A title of address between two words of a name is a word of it ("Hassan Sheikh Mohamud"),
/// and a nickname in quotes between two words of a name stays in it as written ("Luiz Inácio
/// \"Lula\" da Silva", "Claudio «Chiqui» Tapia", "Pedro \"el General\" Sánchez").
#[test]
fn words_inside_a_name() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Somali President Abdi Sheikh Hirsi met Kenyan President Paul Kamau in Nairobi on \
                 Monday.",
                "principals = Abdi Sheikh Hirsi | President | Somalia; Paul Kamau | President | Kenya",
            ),
            (
                "en",
                "Brazilian President Jose Carlos \"Zeca\" da Costa met Argentine President Luis Paz \
                 in Brasilia on Monday.",
                "principals ~ Jose Carlos \"Zeca\" da Costa | President | Brazil",
            ),
            (
                "es",
                "El ministro venezolano del Interior, Luis Mora, se reunió este lunes con el \
                 ministro colombiano de Defensa, Pedro \"el General\" Ruiz.",
                "principals ~ Pedro \"el General\" Ruiz | Ministro de Defensa | Colombia",
            ),
            (
                "es",
                "El presidente argentino, Tomás Vidal, recibió este lunes al presidente uruguayo, \
                 Juan «Pepe» Pereira.",
                "principals ~ Juan «Pepe» Pereira | Presidente | Uruguay",
            ),
        ],
    );
}

/// A capital letter that ends its sentence ("a post on X.") is no initial of a name that the
/// next sentence's first word would complete ("X. Leaders"), in a post, a plan or a group.
#[test]
fn a_letter_that_ends_a_sentence_is_no_initial() {
    let met = "Italian Prime Minister Lia Conti met French President Marc Dumas in Rome on Monday.";
    let two = "principals = Lia Conti | Prime Minister | Italy; Marc Dumas | President | France";
    check_lang(
        "en",
        &[
            (
                &format!(
                    "{met} Conti thanked him in a post on X. Leaders also discussed migration."
                ),
                two,
            ),
            (
                &format!("{met} Both backed plan B. The talks lasted two hours."),
                two,
            ),
            (
                &format!("{met} Their teams met in room C. Ministers joined them later."),
                two,
            ),
        ],
    );
}

/// "Santiago Peña, presidente de Paraguay, …", "Jordan Ellis, Canada's foreign minister, …": a
/// first name that is also a city's or a country's name, before a surname and its title in
/// apposition, is the name's, in either language, at the start of a sentence or after a verb.
#[test]
fn a_first_name_that_names_a_place() {
    check_lang(
        "es",
        &[
            (
                "Santiago Peña, presidente de Paraguay, recibió este lunes a su homólogo de \
                 Bolivia, Luis Arce.",
                "principals = Santiago Peña | Presidente | Paraguay; Luis Arce | Presidente | Bolivia",
            ),
            (
                "Lima Sánchez, ministra de Comercio de Bolivia, recibió este lunes en La Paz al \
                 ministro chileno de Comercio, Tomás Vidal.",
                "principals ~ Lima Sánchez | Ministra de Comercio | Bolivia",
            ),
            (
                "La reunión, presidida por Mauricio Ortega, ministro de Hacienda de Colombia, \
                 se celebró este lunes en Bogotá con el ministro de Hacienda de Perú, Raúl Soto.",
                "principals ~ Mauricio Ortega | Ministro de Hacienda | Colombia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Jordan Ellis, Canada's foreign minister, met Mexico's foreign minister, Ana Ruiz, \
                 in Ottawa on Monday.",
                "principals = Jordan Ellis | Foreign minister | Canada; Ana Ruiz | Foreign minister | Mexico",
            ),
            (
                "Mexico's foreign minister received Lima Rocha, the foreign minister of Bolivia, in \
                 Mexico City on Monday.",
                "principals ~ Lima Rocha | Foreign minister | Bolivia",
            ),
        ],
    );
}

/// A name ending in a particle hyphened to a capitalised word ("Abdulhamid al-Mabrouk", "Omar
/// el-Sayed") closes before its apposition as any name does: the title after the comma is the
/// person's, and none of its capitalised words is another person.
#[test]
fn an_apposition_after_a_particle_surname() {
    check_lang(
        "en",
        &[
            (
                "Italian Prime Minister Chiara Bellandi hosted Omar al-Mabrouk, the head of Libya's Government of National Unity, in Rome on Thursday.",
                "principals = Chiara Bellandi | Prime Minister | Italy; Omar al-Mabrouk | Head of Libya's Government of National Unity | Libya",
            ),
            (
                "Italian Prime Minister Chiara Bellandi met Omar el-Sayed, the chairman of Egypt's Supreme Council of Planning, in Rome on Thursday.",
                "principals = Chiara Bellandi | Prime Minister | Italy; Omar el-Sayed | Chairman of Egypt's Supreme Council of Planning | Egypt",
            ),
        ],
    );
}
