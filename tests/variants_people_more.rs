//! More names the language marks as people (issues #12 and #13): a surname that is also a
//! city's name or a month's, and a full name after the article and a country's adjective
//! ("el cubano A"). Every sentence here is written by the team; the names are invented.

mod common;

/// Checks each `(text, expected)` row read as `lang`, published on 2024-03-12.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// A capitalised word that names a city, a month or a form of address closes a name when it
/// follows the name's words on the same line and no capitalised word follows it: "Julia May",
/// "Andrés Medina", "Farid Shaikh"; a month before a number stays a date ("May 5").
#[test]
fn surnames_that_name_a_city_or_a_month() {
    check_lang(
        "en",
        &[
            (
                "Canadian Prime Minister Anna Kovac held talks with Julia May in Ottawa on \
                 Tuesday.",
                "principals ~ Julia May",
            ),
            (
                "Canadian Prime Minister Anna Kovac will meet Julia May in Ottawa next week, her \
                 office said.",
                "principals ~ Julia May",
            ),
            (
                "Irish Prime Minister Oliver March was received in Ottawa by Canadian Prime \
                 Minister Anna Kovac on Tuesday.",
                "principals ~ Oliver March | Prime Minister | Ireland",
            ),
            (
                "Julia May, the Irish foreign minister, met Canadian Prime Minister Anna Kovac in \
                 Ottawa on May 5.",
                "principals ~ Julia May | Foreign minister | Ireland
                 date ~ -05-05",
            ),
            (
                "Pakistani Prime Minister Tomas Rivas met Indian Prime Minister Paula Soto in \
                 Delhi on Monday. Rivas was accompanied by Farid Shaikh, his adviser on finance.",
                "members ~ Farid Shaikh | Adviser | Pakistan",
            ),
            (
                "Pakistani Prime Minister Tomas Rivas held talks with Farid Shaikh, the Qatari \
                 foreign minister, in Doha on Monday.",
                "principals ~ Farid Shaikh | Foreign minister | Qatar",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El canciller chileno Pedro Ruiz se reunió el lunes en Santiago con Marta Lima, de \
                 Perú.",
                "principals ~ Marta Lima",
            ),
            (
                "Marta Lima se reunió el lunes en Santiago con el canciller chileno Pedro Ruiz.",
                "principals ~ Marta Lima",
            ),
            (
                "El presidente Tomás Rivas se reunirá con Andrés Medina en Quito el próximo \
                 lunes, informó la cancillería.",
                "principals ~ Andrés Medina",
            ),
        ],
    );
}

/// "el cubano Tomás Rivas": the definite article and a country's adjective before a full name
/// name a person of that country, whatever the verb, in a list or alone.
#[test]
fn article_and_country_adjective_before_a_name() {
    check_lang(
        "es",
        &[
            (
                "El presidente ecuatoriano, Andrés Vera, inauguró el martes la cumbre en Quito \
                 junto al cubano Tomás Rivas.",
                "principals ~ Tomás Rivas | - | Cuba",
            ),
            (
                "En la cumbre de Quito del martes, el venezolano Luis Prado tuvo un papel \
                 destacado junto al presidente ecuatoriano, Andrés Vera.",
                "principals ~ Luis Prado | - | Venezuela",
            ),
            (
                "El presidente ecuatoriano, Andrés Vera, se reunió el martes en Quito con el \
                 peruano Tomás Rivas.",
                "principals ~ Tomás Rivas | - | Peru",
            ),
            (
                "La cumbre de Quito, celebrada el martes, contó con el chileno Tomás Rivas y el \
                 argentino Pablo Ortega, además del presidente ecuatoriano, Andrés Vera.",
                "principals ~ Tomás Rivas | - | Chile
                 principals ~ Pablo Ortega | - | Argentina",
            ),
            (
                "La cumbre de Quito, celebrada el martes, contó con el argentino Pablo Ortega y \
                 con el presidente ecuatoriano, Andrés Vera.",
                "principals ~ Pablo Ortega | - | Argentina",
            ),
        ],
    );
}

/// "el mandatario de Colombia, A … su homólogo B … el presidente colombiano": a leader's
/// description refers back to the holder of a generic title of the same rank ("mandatario",
/// "leader"), not to the counterpart named after him, who is of the other side; it names the
/// office the generic title left open.
#[test]
fn a_leader_description_refers_to_a_generic_title() {
    check_lang(
        "es",
        &[
            (
                "El mandatario de Colombia, Andrés Vera, realiza hoy una visita de Estado a Perú, \
                 donde se reunirá con su homólogo Tomás Rivas. El presidente colombiano será \
                 recibido con honores en Lima.",
                "principals ~ Andrés Vera | Presidente | Colombia
                 principals !~ Rivas | Mandatario | Colombia",
            ),
            (
                "La mandataria de Chile, Paula Soto, se reunió el lunes en Lima con su homólogo \
                 Tomás Rivas. La presidenta chilena llegó el domingo.",
                "principals ~ Paula Soto | Presidenta | Chile
                 principals !~ Rivas | - | Chile",
            ),
            (
                "El gobernante de Bolivia, Andrés Vera, se reunió en Lima con su homólogo Tomás \
                 Rivas. El presidente boliviano agradeció la invitación.",
                "principals ~ Andrés Vera | Presidente | Bolivia
                 principals !~ Rivas | Gobernante | Bolivia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Colombian leader Andrés Vera met his counterpart Tomás Rivas in Lima on Monday. \
                 The Colombian president thanked his host.",
                "principals ~ Andrés Vera | President | Colombia
                 principals !~ Rivas | President | Colombia",
            ),
            (
                "The leader of Colombia, Andrés Vera, held talks with his counterpart Tomás Rivas \
                 in Lima on Monday. The Colombian president arrived on Sunday.",
                "principals ~ Andrés Vera | President | Colombia
                 principals !~ Rivas | President | Colombia",
            ),
        ],
    );
}

/// "Zambia was represented by Hon. A, Minister of Trade and Industry and Malawi by Dr. B": the
/// side is the country before the passive leading verb (or its gapped "and Malawi by"),
/// whatever forms of address come before the name; a country after a portfolio's "and" starts
/// the next clause and is no part of the office.
#[test]
fn sides_represented_by_addressed_names() {
    check_lang(
        "en",
        &[
            (
                "The summit in Gaborone on Friday was chaired by Botswana's President Tomas \
                 Leburu. Namibia was represented by Hon. Petra Amutenya, the Deputy Prime \
                 Minister, Zambia by Hon. Mr. Joel Banda, Minister of Foreign Affairs and Malawi \
                 by Hon. Grace Phiri, Minister of Foreign Affairs and International Cooperation.",
                "members ~ Petra Amutenya | Deputy Prime Minister | Namibia
                 members ~ Joel Banda | Minister of Foreign Affairs | Zambia
                 members ~ Grace Phiri | Minister of Foreign Affairs and International Cooperation | Malawi",
            ),
            (
                "The summit in Gaborone on Friday was chaired by Botswana's President Tomas \
                 Leburu; Zambia will be represented by Hon. Joel Banda and Malawi by Dr. Grace \
                 Phiri.",
                "principals ~ Joel Banda | - | Zambia
                 principals ~ Grace Phiri | - | Malawi",
            ),
            (
                "The summit in Gaborone on Friday was chaired by Botswana's President Tomas \
                 Leburu. Zambia was represented by Hon. Joel Banda, Minister of Trade and \
                 Industry and Malawi by H.E. Grace Phiri, the Vice-President.",
                "members ~ Joel Banda | Minister of Trade and Industry | Zambia
                 members ~ Grace Phiri | Vice-President | Malawi",
            ),
            (
                "Botswana's President Tomas Leburu hosted the summit in Gaborone on Friday, at \
                 which Namibia was represented by Hon. Petra Amutenya, Minister of Finance and \
                 Zambia by Mr. Joel Banda, Minister of Health.",
                "principals ~ Petra Amutenya | Minister of Finance | Namibia
                 members ~ Joel Banda | Minister of Health | Zambia",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "La cumbre de Gaborone del viernes fue presidida por el presidente de Botsuana, Tomas \
             Leburu. Zambia estuvo representada por S.E. Joel Banda, ministro de Relaciones \
             Exteriores, y Malawi por el Sr. Grace Phiri, ministro de Comercio.",
            "members ~ Joel Banda | Ministro de Relaciones Exteriores | Zambia
             members ~ Grace Phiri | Ministro de Comercio | Malawi",
        )],
    );
}

/// What is no one's name: an acronym a body's name introduces in brackets ("the Andean Oil
/// Producers Forum (AOPF) … AOPF said"), a court's title in the plural ("Chief Justices"), a
/// name with its form of address that ends a place's longer name ("Aeropuerto La Romana Dr.
/// Tomás Rivas"); a name so addressed in a sentence of its own still is.
#[test]
fn bodies_courts_and_places_name_no_one() {
    check_lang(
        "en",
        &[
            (
                "Ministers of the Andean Oil Producers Forum (AOPF) held talks in Quito on Monday \
                 with Ecuadorian President Andrés Vera; AOPF welcomed the talks.",
                "principals !~ AOPF",
            ),
            (
                "The leaders of Peru and Chile met at the Lima Palace on Tuesday, at a table once \
                 used by Peru's Chief Justices.",
                "members !~ Justices",
            ),
            (
                "Dominican President Andrés Vera held talks with Haitian President Pablo Ortega on \
                 Monday at the Santo Domingo Dr. Marta Lima Hall.",
                "principals !~ Marta Lima",
            ),
            (
                "Dominican President Andrés Vera held talks with Haitian President Pablo Ortega on \
                 Monday, joined by Dr. Marta Lima.",
                "principals ~ Marta Lima",
            ),
            (
                "Dominican President Andrés Vera met Haitian President Pablo Ortega on Monday. Dr. \
                 Tomás Rivas, the health minister, joined the talks.",
                "members ~ Tomás Rivas | Health minister",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El presidente dominicano, Andrés Vera, se reunió el lunes con el presidente \
                 haitiano, Pablo Ortega, quien llegó al Aeropuerto Internacional La Romana Dr. \
                 Tomás Rivas.",
                "principals !~ Tomás Rivas",
            ),
            (
                "El presidente dominicano, Andrés Vera, se reunió el lunes con el presidente \
                 haitiano, Pablo Ortega, en la Plaza Central Dra. Marta Lima.",
                "principals !~ Marta Lima",
            ),
        ],
    );
}

/// "leader Pak Chol Min" … "Mr Pak, Chairman of the State Affairs Commission": a generic title
/// agrees with a chair's or a director's as with a leader's, so the surname is the same person.
#[test]
fn a_generic_title_agrees_with_a_chair() {
    check_lang(
        "en",
        &[
            (
                "US President Tom Hale met North Korean leader Pak Chol Min in Hanoi on Tuesday. \
                 Mr Pak, Chairman of the State Affairs Commission, said the talks were historic.",
                "members !~ Pak",
            ),
            (
                "North Korean leader Pak Chol Min met US President Tom Hale in Hanoi on Tuesday. \
                 Pak, chairman of the Workers' Party, praised the talks.",
                "members !~ Pak",
            ),
            (
                "Cuban leader Tomás Rivas held talks with Mexican President Andrés Vera in Havana \
                 on Monday. Rivas, Chairman of the Council of State, thanked his guest.",
                "members !~ Rivas",
            ),
            (
                "Chinese leader Li Wen met Vietnamese President Andrés Vera in Hanoi on Monday. \
                 Li, chairman of the Central Military Commission, said ties were strong.",
                "members !~ Li",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "El presidente mexicano Andrés Vera se reunió el lunes en Santiago con el mandatario \
             chileno Tomás Rivas. Rivas, director del Consejo de Estado, agradeció la visita.",
            "principals ~ Tomás Rivas | Mandatario | Chile
             members !~ Rivas",
        )],
    );
}

/// "A -- Nigeria's minister of state for oil --": a role between dashes is an apposition as
/// one between commas is, and gives its country to a name that a title before already holds
/// ("the meeting's president A"), and its office when that title is nobody's.
#[test]
fn a_role_between_dashes() {
    check_lang(
        "en",
        &[
            (
                "At the oil ministers' meeting in Tehran on Sunday, the meeting's president Tomás \
                 Rivas -- Nigeria's minister of state for oil -- urged members to act.",
                "principals ~ Tomás Rivas | Minister of state for oil | Nigeria",
            ),
            (
                "Andrés Vera — Chile's foreign minister — met Peruvian Foreign Minister Pablo \
                 Ortega in Lima on Monday.",
                "principals ~ Andrés Vera | Foreign minister | Chile",
            ),
            (
                "Peruvian Foreign Minister Pablo Ortega met Andrés Vera – Chile's foreign minister \
                 – in Lima on Monday.",
                "principals ~ Andrés Vera | Foreign minister | Chile",
            ),
            (
                "Peruvian Foreign Minister Pablo Ortega will meet chairman Andrés Vera -- Chile's \
                 foreign minister -- in Lima next week.",
                "principals ~ Andrés Vera | Foreign minister | Chile",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El canciller peruano Pablo Ortega se reunió el lunes en Lima con Andrés Vera \
             —canciller chileno—, según un comunicado.",
                "principals ~ Andrés Vera | Canciller | Chile",
            ),
            (
                "El canciller peruano Pablo Ortega se reunió el lunes en Lima con Andrés Vera — el \
             canciller de Chile — en la sede de la cancillería.",
                "principals ~ Andrés Vera | Canciller | Chile",
            ),
        ],
    );
}

/// "the foreign ministers (A and B)": the names a plural title holds may stand in brackets, as
/// one name after a singular title may; "Germany (Chancellor A) and France (President B)": the
/// country a bracket follows is its title's owner.
#[test]
fn titles_and_names_in_brackets() {
    check_lang(
        "en",
        &[
            (
                "The foreign ministers (Andrés Vera and Paula Soto) met in Lima on Monday to \
                 discuss trade.",
                "principals ~ Andrés Vera | Foreign minister
                 principals ~ Paula Soto | Foreign minister",
            ),
            (
                "The presidents (Andrés Vera, Paula Soto and Tomás Rivas) will meet in Lima next \
                 week.",
                "principals ~ Andrés Vera | President
                 principals ~ Tomás Rivas | President",
            ),
            (
                "Germany (Chancellor Tomás Rivas) and France (President Paula Soto) held talks in \
                 Paris on Monday.",
                "principals ~ Tomás Rivas | Chancellor | Germany
                 principals ~ Paula Soto | President | France",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Los cancilleres (Andrés Vera y Paula Soto) se reunieron el lunes en Lima.",
                "principals ~ Andrés Vera | Canciller
                 principals ~ Paula Soto | Canciller",
            ),
            (
                "Alemania (canciller Tomás Rivas) y Francia (presidenta Paula Soto) conversaron el \
                 lunes en París.",
                "principals ~ Tomás Rivas | Canciller | Germany
                 principals ~ Paula Soto | Presidenta | France",
            ),
        ],
    );
}

/// "the German head of government (Chancellor A)": a title in brackets after another names
/// the one person both describe, with the first one's country; no second person known only by
/// the first title.
#[test]
fn a_title_and_name_in_brackets_after_a_title() {
    check_lang(
        "en",
        &[
            (
                "French President Paula Soto met the German head of government (Chancellor Tomás \
                 Rivas) in Paris on Monday.",
                "principals ~ Tomás Rivas | Chancellor | Germany
                 principals !~ Head of government",
            ),
            (
                "The Chilean head of state (President Andrés Vera) will meet Peruvian President \
                 Paula Soto in Lima next week.",
                "principals ~ Andrés Vera | President | Chile
                 principals !~ Head of state",
            ),
            (
                "Peruvian President Paula Soto held talks in Lima on Monday with Chile's leader \
                 (President Andrés Vera).",
                "principals ~ Andrés Vera | President | Chile",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "La presidenta peruana Paula Soto se reunió el lunes en Lima con el jefe de Estado \
                 chileno (presidente Andrés Vera).",
                "principals ~ Andrés Vera | Presidente | Chile
                 principals !~ Jefe de Estado",
            ),
            (
                "El jefe del Gobierno alemán (canciller Tomás Rivas) se reunió el lunes en París \
                 con la presidenta francesa Paula Soto.",
                "principals ~ Tomás Rivas | Canciller | Germany
                 principals !~ Jefe del Gobierno",
            ),
        ],
    );
}

/// "de Perú, Pedro Castillo;": right after a title, a word that names a kind of building or
/// body ("castillo", "palacio", "torre", "castle") closes a name as its surname when
/// punctuation follows.
#[test]
fn surnames_that_name_a_building_after_a_title() {
    check_lang(
        "es",
        &[
            (
                "El presidente Andrés Vera se reunió el lunes en Lima con sus homólogos de \
                 Ecuador, Tomás Rivas; de Perú, Pedro Castillo; y de Bolivia, Paula Soto.",
                "principals ~ Pedro Castillo | Presidente | Peru",
            ),
            (
                "La canciller chilena Paula Soto recibió el lunes en Santiago al canciller \
                 peruano, Andrés Palacio.",
                "principals ~ Andrés Palacio | Canciller | Peru",
            ),
            (
                "El presidente peruano, Tomás Torre, se reunió el lunes en Lima con la presidenta \
                 chilena, Paula Soto.",
                "principals ~ Tomás Torre | Presidente | Peru",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Irish Foreign Minister Paula Soto held talks with her British counterpart, Tom \
                 Castle, in Dublin on Monday.",
                "principals ~ Tom Castle | Foreign Minister | United Kingdom",
            ),
            (
                "Irish Foreign Minister Paula Soto met British Foreign Secretary Tom Castle, in \
                 Dublin on Monday.",
                "principals ~ Tom Castle | Foreign Secretary | United Kingdom",
            ),
        ],
    );
}

/// "Por parte del Gobierno argentino, participaron A; B, y por Uruguay, C": a government's
/// adjective after the noun names a side as a delegation's does; a country after "por" later
/// in the sentence starts another side, which the side before does not reach.
#[test]
fn a_government_names_a_side() {
    check_lang(
        "es",
        &[
            (
                "El presidente argentino, Andrés Vera, se reunió el lunes en Montevideo con su par \
                 uruguayo, Tomás Rivas. Por parte del Gobierno argentino, participaron también el \
                 secretario de Prensa, Pablo Ortega; el embajador ante esa nación, Marta Lima, y \
                 por Uruguay, el canciller Paula Soto.",
                "members ~ Marta Lima | Embajador ante esa nación | Argentina
                 members !~ Paula Soto | Canciller | Argentina",
            ),
            (
                "El presidente argentino, Andrés Vera, se reunió el lunes en Montevideo con su par \
                 uruguayo, Tomás Rivas. Por parte del Gobierno argentino asistió el embajador ante \
                 esa nación, Marta Lima.",
                "members ~ Marta Lima | Embajador ante esa nación | Argentina",
            ),
            (
                "La presidenta chilena, Paula Soto, se reunió el martes en Lima con su par \
                 peruano, Tomás Rivas. Por parte del gobierno chileno participaron el canciller \
                 Pablo Ortega y la ministra de Economía, Marta Lima.",
                "members ~ Pablo Ortega | Canciller | Chile
                 members ~ Marta Lima | Ministra de Economía | Chile",
            ),
            (
                "El presidente peruano, Tomás Rivas, recibió el martes en Lima a su par chilena, \
                 Paula Soto. Por el Gobierno chileno asistieron además el canciller Pablo Ortega y \
                 la ministra de Economía, Marta Lima.",
                "members ~ Marta Lima | Ministra de Economía | Chile",
            ),
        ],
    );
}

/// The name a building or site goes by is nobody's, even before a comma and a title that
/// opens the next clause: "al aeropuerto Simón Bolívar, el mandatario fue recibido …".
#[test]
fn the_name_of_a_site_before_a_title() {
    check_lang(
        "es",
        &[
            (
                "Al llegar al aeropuerto Ramón Villeda, el presidente de Honduras, Tomás Aguilar, fue recibido por el canciller de Guatemala, Luis Mora.",
                "principals = Tomás Aguilar | Presidente | Honduras; Luis Mora | Canciller | Guatemala",
            ),
            (
                "Tras su paso por el aeropuerto internacional de Asunción Silvio Pettirossi, el mandatario se reunió con la presidenta de Paraguay, Ana Benítez.",
                "principals = Ana Benítez | Presidenta | Paraguay",
            ),
            (
                "En el Palacio Nariño Duarte, el presidente colombiano, Andrés Vélez, recibirá mañana a su par de Ecuador, Pedro Díaz.",
                "principals = Andrés Vélez | Presidente | Colombia; Pedro Díaz | Presidente | Ecuador",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Arriving at the Julius Nyerere airport, the president was welcomed by Tanzanian President Amani Juma, who then hosted talks with Kenyan President Otieno Mwangi.",
                "principals = Amani Juma | President | Tanzania; Otieno Mwangi | President | Kenya",
            ),
            (
                "From the hotel Grand Marlowe, the minister walked to the palace, where Finnish President Aino Salo received Swedish Prime Minister Erik Lind.",
                "principals = Aino Salo | President | Finland; Erik Lind | Prime Minister | Sweden",
            ),
        ],
    );
}

/// A monarch known by a regnal name: English names them with the title ("King Olav VIII"),
/// Spanish, which writes the title in lowercase before the name, by the name alone.
#[test]
fn monarchs_by_their_regnal_names() {
    check_lang(
        "es",
        &[
            (
                "El rey Olav VIII de Noruega recibió este martes en Oslo a la presidenta de Finlandia, Aino Salo.",
                "principals = Olav VIII | Rey | Norway; Aino Salo | Presidenta | Finland",
            ),
            (
                "La reina Ingrid III de Dinamarca y el presidente de Islandia, Jon Hale, se reunieron en Copenhague.",
                "principals = Ingrid III | Reina | Denmark; Jon Hale | Presidente | Iceland",
            ),
        ],
    );
    check_lang(
        "en",
        &[(
            "King Olav VIII of Norway received Finnish President Aino Salo in Oslo on Tuesday.",
            "principals = King Olav VIII | King | Norway; Aino Salo | President | Finland",
        )],
    );
}

/// A surname that is a title's plural ("Reyes") in a name set off by punctuation, as an
/// apposition is; not a plural title after a capitalised word ("Nordic Leaders met").
#[test]
fn a_surname_that_is_a_titles_plural() {
    check_lang(
        "es",
        &[
            (
                "La presidenta de Honduras, Marta Reyes, recibió este lunes al presidente de Guatemala, Luis Mora.",
                "principals = Marta Reyes | Presidenta | Honduras; Luis Mora | Presidente | Guatemala",
            ),
            (
                "El canciller de Chile, Pablo Reyes, se reunió con su par de Perú, Ana Ruiz, en Lima.",
                "principals = Pablo Reyes | Canciller | Chile; Ana Ruiz | Canciller | Peru",
            ),
            (
                "El presidente de Panamá, Omar Ruiz, y la canciller de Colombia, Elena Reyes; se reunirán en Cartagena.",
                "principals = Omar Ruiz | Presidente | Panama; Elena Reyes | Canciller | Colombia",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Honduran President Marta Reyes, who arrived on Sunday, met Guatemalan President Luis Mora in Tegucigalpa.",
                "principals = Marta Reyes | President | Honduras; Luis Mora | President | Guatemala",
            ),
            (
                "Nordic Leaders met in Oslo on Monday with Finnish President Aino Salo and Swedish Prime Minister Erik Lind.",
                "principals = Aino Salo | President | Finland; Erik Lind | Prime Minister | Sweden",
            ),
        ],
    );
}

/// Presence told with the subject after the verb: "Also present were A and B", "Present was
/// A", "Among those present were A", "Those present included A"; each keeps their own title.
#[test]
fn presence_with_the_subject_after_the_verb() {
    const MET: &str = "Kenyan President Amani Otieno hosted Ugandan President Moses Okello at State House on Wednesday.";
    let rows: Vec<String> = vec![
        format!(
            "{MET} Also present were Trade Minister Rose Wanjiru and Finance Minister Peter Kibet."
        ),
        format!(
            "{MET} Among those present were Trade Minister Rose Wanjiru and Finance Minister Peter Kibet."
        ),
        format!(
            "{MET} Those present included Trade Minister Rose Wanjiru and Finance Minister Peter Kibet."
        ),
        format!(
            "{MET} Also present was Trade Minister Rose Wanjiru, with Finance Minister Peter Kibet."
        ),
        format!("{MET} Present were Trade Minister Rose Wanjiru and Finance Minister Peter Kibet."),
    ];
    let table: Vec<(&str, &str)> = rows
        .iter()
        .map(|t| {
            (
                t.as_str(),
                "members = Rose Wanjiru | Trade Minister | -; Peter Kibet | Finance Minister | -",
            )
        })
        .collect();
    check_lang("en", &table);
}

/// A phrase of time put first ends at its comma: the title after it, going on into its verb,
/// is the sentence's subject, no apposition of the name before the comma ("After the meeting
/// with Wang, the Colombian president said …" names no second Colombian president "Wang").
/// With a comma before the name, the apposition stands ("After the talks, Lei, the Chinese
/// foreign minister, said …").
#[test]
fn a_title_after_a_fronted_phrase_of_time_is_the_subject() {
    let meeting = "Chinese Foreign Minister Wang Lei met Colombian President Luis Restrepo in Bogota \
                   on Monday.";
    let two =
        "principals = Wang Lei | Foreign Minister | China; Luis Restrepo | President | Colombia";
    check_lang(
        "en",
        &[
            (
                &format!(
                    "{meeting} After the meeting with Wang, the Colombian president said ties were strong."
                ),
                two,
            ),
            (
                &format!(
                    "{meeting} Following his talks with Wang, Colombia's president told reporters the visit went well."
                ),
                two,
            ),
            (
                &format!("{meeting} During a dinner with Lei, the Colombian leader praised China."),
                two,
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "El canciller chino, Wang Lei, se reunió el lunes en Bogotá con el presidente de \
                 Colombia, Luis Restrepo. Tras la reunión con Wang, el mandatario colombiano dijo \
                 que los lazos son fuertes.",
                "principals = Wang Lei | Canciller | China; Luis Restrepo | Presidente | Colombia",
            ),
            (
                "El canciller chino, Wang Lei, se reunió el lunes en Bogotá con el presidente de \
                 Colombia, Luis Restrepo. Durante la cena con Lei, el presidente colombiano \
                 destacó la amistad.",
                "principals = Wang Lei | Canciller | China; Luis Restrepo | Presidente | Colombia",
            ),
        ],
    );
}

/// Names joined by "and" before a comma and a plural title with as many owners: each name
/// holds the title of the owner in its place ("A and B, the presidents of Chile and Peru
/// (respectively)", "A y B, presidentes de Chile y Perú"). With fewer owners than names the
/// title says nothing of whose each is.
#[test]
fn names_before_a_plural_title_take_its_owners_in_order() {
    check_lang(
        "en",
        &[
            (
                "Martin Soto and Raul Quispe, the presidents of Chile and Peru respectively, met in \
                 Tacna on Monday.",
                "principals = Martin Soto | President | Chile; Raul Quispe | President | Peru",
            ),
            (
                "Martin Soto and Raul Quispe, the presidents of Chile and Peru, met in Tacna on Monday.",
                "principals = Martin Soto | President | Chile; Raul Quispe | President | Peru",
            ),
            (
                "Ana Ruiz, Pedro Vila and Eva Mora, the foreign ministers of Chile, Peru and \
                 Bolivia, met in Arica on Monday.",
                "principals = Ana Ruiz | Foreign minister | Chile; Pedro Vila | Foreign minister | \
                 Peru; Eva Mora | Foreign minister | Bolivia",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Martín Soto y Raúl Quispe, presidentes de Chile y Perú respectivamente, se \
                 reunieron en Tacna.",
                "principals = Martín Soto | Presidente | Chile; Raúl Quispe | Presidente | Peru",
            ),
            (
                "Ana Ruiz y Pedro Vila, cancilleres de Chile y Perú, respectivamente, se reunieron \
                 el lunes en Arica.",
                "principals = Ana Ruiz | Canciller | Chile; Pedro Vila | Canciller | Peru",
            ),
        ],
    );
}

/// A plural title's names followed by a comma and their countries joined by "and" take them in
/// order ("Foreign Ministers A and B, of Colombia and Venezuela respectively", "los cancilleres
/// A y B, de Colombia y Venezuela"): the first country is not the last name's alone.
#[test]
fn countries_listed_after_a_plural_titles_names_go_in_order() {
    check_lang(
        "en",
        &[
            (
                "Foreign Ministers Ana Ruiz and Pedro Vila, of Colombia and Venezuela respectively, \
                 met in Cucuta on Monday.",
                "principals = Ana Ruiz | Foreign Minister | Colombia; Pedro Vila | Foreign Minister | Venezuela",
            ),
            (
                "Prime Ministers Ana Ruiz and Pedro Vila, from Spain and Portugal, held talks in \
                 Porto on Monday.",
                "principals = Ana Ruiz | Prime Minister | Spain; Pedro Vila | Prime Minister | Portugal",
            ),
            (
                "The two presidents, Ana Ruiz and Pedro Vila, of Colombia and Venezuela, met in \
                 Cucuta on Monday.",
                "principals = Ana Ruiz | President | Colombia; Pedro Vila | President | Venezuela",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Los cancilleres Ana Ruiz y Pedro Vila, de Colombia y Venezuela respectivamente, se \
                 reunieron el lunes en Cúcuta.",
                "principals = Ana Ruiz | Canciller | Colombia; Pedro Vila | Canciller | Venezuela",
            ),
            (
                "Los presidentes Ana Ruiz y Pedro Vila, de Colombia y Venezuela, se reunieron el \
                 lunes en Cúcuta.",
                "principals = Ana Ruiz | Presidente | Colombia; Pedro Vila | Presidente | Venezuela",
            ),
        ],
    );
}

/// A time after a title's genitive link is no office of it ("the presidents of the day"): the
/// title stays the head's, "President".
#[test]
fn a_time_is_no_office_of_a_title() {
    check_lang(
        "en",
        &[(
            "Bolivian President Hugo Tarqui met the Chilean and Peruvian presidents of the day in La Paz on Monday.",
            "principals ~ - | President | Chile; - | President | Peru",
        )],
    );
}

/// A title in the genitive of a bystander's head names that person's kin: the name after it is
/// not the title's holder, and the title's holder is not present ("La esposa del presidente de
/// Perú, X, recibió …", "el hijo de la presidenta de Chile, Y, …").
#[test]
fn a_title_owned_by_kin_is_not_the_names() {
    check_lang(
        "es",
        &[
            (
                "La esposa del presidente de Perú, Carmen Ruiz, recibió este martes en Lima al \
                 presidente de Chile, Mario Soto.",
                "principals !~ Presidente | Peru\nprincipals !~ Carmen Ruiz | Presidente",
            ),
            (
                "El hijo de la presidenta de Chile, Tomás Vidal, se reunió este martes en Lima con \
                 el canciller de Perú, Luis Ruiz.",
                "principals !~ Tomás Vidal | Presidenta\nprincipals !~ - | Presidenta | Chile",
            ),
        ],
    );
}

/// One capitalised word of no class after a title's link and article, before a name of two
/// words, is the office ("Chancellor of the Exchequer Rachel Reeves", "President of the
/// Bundesrat Ana Ruiz"); a longer body's name goes on ("of the Security Council Dmitry Orlov").
#[test]
fn an_office_of_one_unknown_word() {
    check_lang(
        "en",
        &[
            (
                "British Chancellor of the Exchequer Rachel Reeves met Chinese Vice Premier He \
                 Lifeng in Beijing on Saturday.",
                "principals ~ Rachel Reeves | Chancellor of the Exchequer | United Kingdom",
            ),
            (
                "German President of the Bundesrat Ana Ruiz met Spanish Justice Minister Luis Vega \
                 in Madrid on Monday.",
                "principals ~ Ana Ruiz | President of the Bundesrat | Germany",
            ),
            (
                "Deputy Chairman of the Security Council Dmitry Orlov met Chinese Vice Premier He \
                 Lifeng in Beijing on Saturday.",
                "principals ~ Dmitry Orlov | Deputy Chairman of the Security Council",
            ),
        ],
    );
}
