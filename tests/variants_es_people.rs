//! People and titles in Spanish: the owner after the head, as an adjective that agrees with it
//! ("el presidente ruso") or as a complement ("el presidente de Rusia", "el jefe del Kremlin");
//! the name in apposition after the title or before it ("Putin, presidente de Rusia,");
//! counterparts ("su homólogo chino", "su par uruguayo") and descriptions; plural titles, each
//! word agreeing ("los primeros ministros", "los cancilleres de A y B", "los ministros de
//! Exteriores ruso y chino"); the head left out ("y el ecuatoriano, Daniel Noboa"); "ex" joined
//! to the title; "canciller", a minister but for Germany's and Austria's. Every sentence here is
//! written by the team; most names are invented.

mod common;
use common::check_in;

/// Checks each `(text, expected)` row read as Spanish, published on 2024-03-12 (a Tuesday; see
/// `common::failures`), and reports every row that fails.
fn check_es(table: &[(&str, &str)]) {
    common::check_rows("es", "2024-03-12", "", table);
}

/// "el presidente ruso, Vladímir Putin": the owner is an adjective after the head, agreeing
/// with it; a portfolio comes between ("el ministro de Defensa ruso"); in any tense, with or
/// without the commas of the apposition.
#[test]
fn the_owner_adjective_after_the_head() {
    check_es(&[
        (
            "El presidente ruso, Vladímir Putin, se reunió el martes en Moscú con su homólogo \
             chino, Xi Jinping.",
            "principals ~ Vladímir Putin | Presidente | Russia
             principals ~ Xi Jinping | Presidente | China",
        ),
        (
            "La canciller mexicana, Elena Soler, se reunirá el lunes en Lima con su homóloga \
             peruana, Ana Quispe.",
            "kind = ministerial
             principals ~ Elena Soler | Canciller | Mexico
             principals ~ Ana Quispe | Canciller | Peru",
        ),
        (
            "El ministro de Defensa ruso, Serguéi Shoigú, se reúne hoy en Pyongyang con el líder \
             norcoreano, Kim Jong-un.",
            "principals ~ Serguéi Shoigú | Ministro de Defensa | Russia
             principals ~ Kim Jong-un | Líder | North Korea",
        ),
        (
            "En Moscú, el presidente ruso Vladímir Putin se reunió el martes con el presidente \
             chino Xi Jinping.",
            "principals ~ Vladímir Putin | Presidente | Russia
             principals ~ Xi Jinping | Presidente | China",
        ),
        (
            "La presidenta peruana, Rosa Ccori, se reunió el lunes en Roma con la primera \
             ministra italiana, Giulia Ferri.",
            "principals ~ Rosa Ccori | Presidenta | Peru
             principals ~ Giulia Ferri | Primera ministra | Italy",
        ),
        (
            "El primer ministro británico, Tom Ashby, se reunirá el jueves en Dublín con el \
             primer ministro irlandés, Liam Doyle.",
            "principals ~ Tom Ashby | Primer ministro | United Kingdom
             principals ~ Liam Doyle | Primer ministro | Ireland",
        ),
    ]);
}

/// "el presidente de Rusia", "el ministro de Asuntos Exteriores de Rusia", "el primer ministro
/// de la India", "el jefe del Kremlin": the owner after "de", with the portfolio before it.
#[test]
fn the_owner_as_a_complement() {
    check_es(&[
        (
            "El presidente de Rusia, Vladímir Putin, se reunió el martes con el presidente de \
             Francia, Emmanuel Macron.",
            "principals ~ Vladímir Putin | Presidente | Russia
             principals ~ Emmanuel Macron | Presidente | France",
        ),
        (
            "El ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, se reunirá el viernes \
             con el secretario de Estado de Estados Unidos, Mark Dalton.",
            "kind = ministerial
             principals ~ Serguéi Lavrov | Ministro de Asuntos Exteriores | Russia
             principals ~ Mark Dalton | Secretario de Estado | United States",
        ),
        (
            "El primer ministro de la India, Ravi Menon, se reunió el sábado en Tokio con el \
             primer ministro de Japón, Kenji Mori.",
            "principals ~ Ravi Menon | Primer ministro | India
             principals ~ Kenji Mori | Primer ministro | Japan",
        ),
        (
            "El jefe del Kremlin, Vladímir Putin, se reunió el martes con el presidente turco, \
             Recep Tayyip Erdogan.",
            "kind = bilateral
             principals ~ Vladímir Putin | Jefe del Kremlin | Russia
             principals ~ Recep Tayyip Erdogan | Presidente | Turkey",
        ),
        (
            "Aunque se encuentra en Veracruz, el presidente de El Salvador, Mario Funes Arce, no \
             se reunió el martes con el presidente de Guatemala, Otto Pérez Ríos.",
            "principals !~ Veracruz
             members !~ Veracruz",
        ),
        (
            "El presidente de El Salvador, Mario Funes Arce, se reunió el martes en Veracruz \
             con el presidente de Guatemala, Otto Pérez Ríos.",
            "principals ~ Mario Funes Arce | Presidente | El Salvador
             principals ~ Otto Pérez Ríos | Presidente | Guatemala",
        ),
        (
            "La presidenta de Honduras, Marta Lobo, se reúne hoy en Caracas con el presidente \
             de Venezuela, Nicolás Maduro.",
            "principals ~ Marta Lobo | Presidenta | Honduras
             principals ~ Nicolás Maduro | Presidente | Venezuela",
        ),
    ]);
}

/// "Putin, presidente de Rusia,": the name first, its title after it in apposition, with the
/// owner as a complement or an adjective.
#[test]
fn the_name_before_its_title() {
    check_es(&[
        (
            "Vladímir Putin, presidente de Rusia, se reunió el martes con Xi Jinping, presidente \
             de China.",
            "principals ~ Vladímir Putin | Presidente | Russia
             principals ~ Xi Jinping | Presidente | China",
        ),
        (
            "Pierre Garnier, presidente de Francia, se reunirá el lunes en París con Jonas \
             Weber, canciller de Alemania.",
            "kind = bilateral
             principals ~ Pierre Garnier | Presidente | France
             principals ~ Jonas Weber | Canciller | Germany",
        ),
        (
            "Andrés Cuervo, presidente colombiano, se reunió ayer con Pablo Mena, presidente \
             ecuatoriano.",
            "principals ~ Andrés Cuervo | Presidente | Colombia
             principals ~ Pablo Mena | Presidente | Ecuador",
        ),
        (
            "Serguéi Lavrov, ministro de Asuntos Exteriores de Rusia, se reúne hoy con Wang Yi, \
             ministro de Exteriores chino.",
            "principals ~ Serguéi Lavrov | Ministro de Asuntos Exteriores | Russia
             principals ~ Wang Yi | Ministro de Exteriores | China",
        ),
        (
            "El secretario de Defensa mexicano, general Hugo Salas, se reunió el lunes en \
             Washington con su homólogo estadounidense, Mark Dalton.",
            "principals ~ Hugo Salas | Secretario de Defensa | Mexico",
        ),
        (
            "Lula, presidente de Brasil, se reunió el viernes en Pekín con Xi Jinping, presidente \
             de China.",
            "principals ~ Lula | Presidente | Brazil
             principals ~ Xi Jinping | Presidente | China",
        ),
    ]);
}

/// "su homólogo chino", "su par uruguayo": a counterpart owned by an adjective after it; a
/// description ("el mandatario norcoreano") is the person named before, not another one.
#[test]
fn counterparts_and_descriptions() {
    check_es(&[
        (
            "El presidente argentino, Julio Ferro, se reunió el lunes con su par uruguayo, Luis \
             Etcheverry.",
            "principals ~ Julio Ferro | Presidente | Argentina
             principals ~ Luis Etcheverry | Presidente | Uruguay",
        ),
        (
            "La primera ministra italiana, Giulia Ferri, se reunió en Roma con su homólogo \
             japonés, Kenji Mori.",
            "principals ~ Giulia Ferri | Primera ministra | Italy
             principals ~ Kenji Mori | 
             principals ~ | Japan",
        ),
        (
            "El líder norcoreano, Kim Jong-un, se reunió con el presidente ruso, Vladímir Putin. \
             El mandatario norcoreano llegó en tren.",
            "principals = Kim Jong-un | Líder | North Korea; Vladímir Putin | Presidente | Russia",
        ),
        (
            "El presidente brasileño, Lula, se reunió el viernes en Pekín con Xi Jinping. «Las \
             relaciones son claves», dijo el mandatario chino.",
            "principals ~ Lula | Presidente | Brazil
             principals ~ Xi Jinping | Mandatario | China",
        ),
        (
            "La canciller chilena, Paula Rivas, se reunirá el martes en Santiago con su homólogo \
             boliviano, Diego Mamani. La ministra chilena recibirá a su colega en el palacio.",
            "kind = ministerial
             principals ~ Paula Rivas | Canciller | Chile
             principals ~ Diego Mamani | Canciller | Bolivia",
        ),
    ]);
}

/// "la presidente Rosa Ccori Quispe" and "la presidenta Ccori": one office in either gender,
/// one person.
#[test]
fn one_office_in_either_gender() {
    check_es(&[
        (
            "Los presidentes Rosa Ccori y Mark Dalton se reunieron el viernes en San Francisco. \
             La presidente Rosa Ccori Quispe llegó el jueves. La presidenta Ccori habló.",
            "principals = Rosa Ccori Quispe | Presidente | -; Mark Dalton | Presidente | -",
        ),
        (
            "La canciller Ana Quispe se reunió el lunes en Lima con su homólogo chileno, Diego \
             Mamani. La cancillera Quispe recibió a su colega.",
            "principals ~ Ana Quispe | Canciller
             principals !~ Quispe | Cancillera",
        ),
        (
            "El ministro Hugo Salas se reunirá el lunes en Cúcuta con la ministra colombiana, \
             Lucía Ferrán. La ministra Ferrán llegó antes.",
            "principals ~ Lucía Ferrán | Ministra | Colombia
             principals ~ Hugo Salas",
        ),
        (
            "El mandatario Julio Ferro se reunió el lunes con la mandataria uruguaya, Ana \
             Etcheverry. La mandataria Etcheverry dijo que «fue un buen encuentro».",
            "principals ~ Ana Etcheverry | Mandataria | Uruguay
             principals ~ Julio Ferro",
        ),
        (
            "La primera ministra Giulia Ferri se reunió en Roma con el primer ministro japonés, \
             Kenji Mori. El primer ministro Mori regresó a Tokio.",
            "principals ~ Giulia Ferri | Primera ministra
             principals ~ Kenji Mori | Primer ministro | Japan",
        ),
    ]);
}

/// Plural titles: every word before the complement agrees ("primeros ministros", "jefes de
/// Estado"); the owners, listed after "de" or as adjectives, go to the names in order.
#[test]
fn plural_titles_and_their_owners() {
    check_es(&[
        (
            "Los cancilleres de Argentina y Brasil, Sofía Paz y Mauro Lima, se reunieron el \
             miércoles en Brasilia.",
            "kind = ministerial
             principals ~ Sofía Paz | Canciller | Argentina
             principals ~ Mauro Lima | Canciller | Brazil",
        ),
        (
            "Los ministros de Exteriores ruso y chino, Serguéi Lavrov y Wang Yi, se reunieron el \
             viernes en Pekín.",
            "principals ~ Serguéi Lavrov | Ministro de Exteriores | Russia
             principals ~ Wang Yi | Ministro de Exteriores | China",
        ),
        (
            "Los primeros ministros de Japón e India, Kenji Mori y Ravi Menon, se reunieron el \
             sábado en Tokio.",
            "principals ~ Kenji Mori | Primer ministro | Japan
             principals ~ Ravi Menon | Primer ministro | India",
        ),
        (
            "Los jefes de Estado de Chile y Perú, Tomás Riera y Rosa Ccori, se reunieron el \
             12/03/2024 en Lima.",
            "principals ~ Tomás Riera | Jefe de Estado | Chile
             principals ~ Rosa Ccori | Jefe de Estado | Peru",
        ),
        (
            "Los presidentes de Colombia, Ecuador y Perú, Andrés Cuervo, Pablo Mena y Rosa \
             Ccori, se reunieron en Quito.",
            "kind = multilateral
             principals ~ Andrés Cuervo | Presidente | Colombia
             principals ~ Pablo Mena | Presidente | Ecuador
             principals ~ Rosa Ccori | Presidente | Peru",
        ),
        (
            "Los mandatarios de Costa Rica, Luis Mora; El Salvador, Ana Rivas; y de Guatemala, \
             Otto Pérez Ríos, se reunieron el martes en Panamá.",
            "kind = multilateral
             principals ~ Luis Mora | Mandatario | Costa Rica
             principals ~ Ana Rivas | Mandatario | El Salvador
             principals ~ Otto Pérez Ríos | Mandatario | Guatemala",
        ),
        (
            "Los primeros ministros japonés e indio, Kenji Mori y Ravi Menon, se reunirán el \
             sábado en Tokio.",
            "principals ~ Kenji Mori | Primer ministro | Japan
             principals ~ Ravi Menon | Primer ministro | India",
        ),
    ]);
}

/// "el presidente colombiano, A, y el ecuatoriano, B", "los mandatarios: el argentino A, el
/// brasileño B": the adjective stands for the title just said, with an owner of its own.
#[test]
fn the_head_left_out() {
    check_es(&[
        (
            "El presidente colombiano, Andrés Cuervo, y el ecuatoriano, Pablo Mena, se reunirán \
             el lunes en Quito.",
            "principals ~ Andrés Cuervo | Presidente | Colombia
             principals ~ Pablo Mena | Presidente | Ecuador",
        ),
        (
            "La canciller chilena, Paula Rivas, y la peruana, Ana Quispe, se reunieron el martes \
             en Santiago.",
            "principals ~ Paula Rivas | Canciller | Chile
             principals ~ Ana Quispe | Canciller | Peru",
        ),
        (
            "Los mandatarios del Mercosur se reunieron el lunes en Asunción: el argentino Julio \
             Ferro, el brasileño Luiz Inácio Lula da Silva y el paraguayo Hugo Benítez.",
            "kind = multilateral
             principals ~ Julio Ferro | Mandatario del Mercosur | Argentina
             principals ~ Luiz Inácio Lula da Silva | Mandatario del Mercosur | Brazil
             principals ~ Hugo Benítez | Mandatario del Mercosur | Paraguay",
        ),
        (
            "Los presidentes andinos se reunirán el lunes en Lima: el colombiano Andrés Cuervo, \
             el ecuatoriano Pablo Mena y la peruana Rosa Ccori.",
            "principals ~ Andrés Cuervo | Presidente | Colombia
             principals ~ Pablo Mena | Presidente | Ecuador
             principals ~ Rosa Ccori | Presidente | Peru",
        ),
        (
            "El primer ministro japonés, Kenji Mori, y el indio, Ravi Menon, se reúnen hoy en \
             Nueva Delhi.",
            "principals ~ Kenji Mori | Primer ministro | Japan
             principals ~ Ravi Menon | Primer ministro | India",
        ),
    ]);
}

/// "y el de Venezuela, B", "y de Venezuela, B": the head and the article left out before a
/// country's name; "su primer ministro, B" after a titled person: the office of the owner said
/// last.
#[test]
fn the_owner_left_to_the_context() {
    check_es(&[
        (
            "Los ministros de Defensa de Colombia, Andrés Cuervo, y de Venezuela, general Hugo              Salas, se reunieron el lunes en Cúcuta.",
            "kind = ministerial
             principals ~ Andrés Cuervo | Ministro de Defensa | Colombia
             principals ~ Hugo Salas | Ministro de Defensa | Venezuela",
        ),
        (
            "El ministro de Defensa de Colombia, Andrés Cuervo, y el de Venezuela, Hugo Salas,              se reunirán el lunes en Cúcuta.",
            "principals ~ Andrés Cuervo | Ministro de Defensa | Colombia
             principals ~ Hugo Salas | Ministro de Defensa | Venezuela",
        ),
        (
            "El presidente palestino, Omar Haddad, y su primer ministro, Karim Nasser, se              reunieron hoy en Ramala con el rey jordano, Abdalá II.",
            "principals ~ Karim Nasser | Primer ministro | Palestine",
        ),
        (
            "El presidente chileno, Tomás Riera, y su canciller, Paula Rivas, se reunirán el              jueves en Lima con la presidenta peruana, Rosa Ccori.",
            "members ~ Paula Rivas | Canciller | Chile",
        ),
        (
            "El rey de Marruecos, Mohamed VI, y su ministro de Exteriores, Nasser Bourita, se              reunieron el lunes en Rabat con el presidente del Gobierno español, Pedro Sánchez.",
            "members ~ Nasser Bourita | Ministro de Exteriores | Morocco
             principals ~ Pedro Sánchez | Presidente del Gobierno | Spain",
        ),
    ]);
}

/// "la delegación norcoreana", "por parte norcoreana": the side a sentence speaks of, its noun
/// first, is the country of the titles it lists without a name, who are people of that side,
/// not someone named before; a title before an institution's name ("el gobernante Partido
/// Comunista") is nobody.
#[test]
fn the_side_a_sentence_speaks_of() {
    let summit = "El presidente ruso, Vladímir Putin, se reunió el miércoles con el líder \
                  norcoreano, Kim Jong-un. ";
    let rows = [
        format!(
            "{summit}Le acompañaba el ministro de Defensa, Oleg Sokolov. Por parte norcoreana \
             asistieron el ministro de Defensa y la ministra de Exteriores."
        ),
        format!(
            "{summit}Por parte norcoreana asistieron el ministro de Defensa y la ministra de \
             Exteriores."
        ),
        format!("{summit}Por la parte rusa asistieron el ministro de Defensa y el de Finanzas."),
        format!("{summit}La delegación norcoreana incluía a la ministra de Exteriores."),
        format!("{summit}Ambos hablaron ante dirigentes del gobernante Partido del Trabajo."),
    ];
    check_es(&[
        (
            &rows[0],
            "members ~ - | Ministro de Defensa | North Korea
             members !~ Oleg Sokolov | Ministro de Defensa | North Korea",
        ),
        (
            &rows[1],
            "members ~ - | Ministro de Defensa | North Korea
             members ~ - | Ministra de Exteriores | North Korea",
        ),
        (&rows[2], "members ~ - | Ministro de Defensa | Russia"),
        (
            &rows[3],
            "members ~ - | Ministra de Exteriores | North Korea",
        ),
        (
            &rows[4],
            "members !~ Gobernante
             principals = Vladímir Putin | Presidente | Russia; Kim Jong-un | Líder | North Korea",
        ),
    ]);
}

/// "canciller" is a foreign minister, but Germany's and Austria's head of government; "ex"
/// joined to a title ("expresidente", "ex-ministra", "exministra") makes a past holder, who
/// takes no part.
#[test]
fn canciller_and_past_holders() {
    check_es(&[
        (
            "El canciller alemán, Jonas Weber, se reunió el miércoles en Berlín con el \
             presidente francés, Pierre Garnier.",
            "kind = bilateral
             principals ~ Jonas Weber | Canciller | Germany",
        ),
        (
            "La canciller argentina, Sofía Paz, se reunió el miércoles en Brasilia con el \
             canciller brasileño, Mauro Lima.",
            "kind = ministerial
             principals ~ Sofía Paz | Canciller | Argentina
             principals ~ Mauro Lima | Canciller | Brazil",
        ),
        (
            "El canciller de Austria, Karl Huber, se reunirá con el presidente de Ucrania, Ihor \
             Melnyk, en Kiev.",
            "kind = bilateral
             principals ~ Karl Huber | Canciller | Austria",
        ),
        (
            "El presidente chino, Xi Jinping, se reunió el lunes con el presidente ruso, Vladímir \
             Putin. El expresidente estadounidense Paul Grant criticó la reunión.",
            "principals !~ Paul Grant",
        ),
        (
            "El presidente chino, Xi Jinping, se reunió el lunes con el presidente ruso, Vladímir \
             Putin. La ex-ministra francesa Claire Dumas asistió como invitada.",
            "principals !~ Claire Dumas
             members !~ Claire Dumas",
        ),
        (
            "El expresidente brasileño Paulo Roberto Souza visitó Madrid en 2015. Hoy, el presidente \
             Roberto Souza se reunió en Madrid con el presidente del Gobierno español, Luis Mora.",
            "principals ~ Paulo Roberto Souza | Presidente | Brazil
             principals ~ Luis Mora | Presidente del Gobierno | Spain",
        ),
        (
            "La presidenta argentina, Marta Lobo, se reunió el jueves en Quito con el presidente \
             ecuatoriano, Pablo Mena, y rindió homenaje al expresidente argentino.",
            "principals ~ Marta Lobo | Presidenta | Argentina
             principals ~ Pablo Mena | Presidente | Ecuador",
        ),
        (
            "El presidente colombiano, Andrés Cuervo, se reúne hoy con el presidente ecuatoriano, \
             Pablo Mena. La exministra colombiana Lucía Ferrán opinó sobre la cita.",
            "principals !~ Lucía Ferrán
             members !~ Lucía Ferrán",
        ),
    ]);
}

/// Names as Spanish writes them: particles and two surnames, transliterations, hyphened
/// syllables; "y" between two names lists two people.
#[test]
fn names_with_particles_and_lists() {
    check_es(&[
        (
            "El presidente mexicano, Andrés Manuel López Obrador, se reunió el martes con el \
             presidente ucraniano, Volodímir Zelenski.",
            "principals ~ Andrés Manuel López Obrador | Presidente | Mexico
             principals ~ Volodímir Zelenski | Presidente | Ukraine",
        ),
        (
            "El presidente de Brasil, Luiz Inácio Lula da Silva, se reunirá el jueves con el \
             presidente de Sudáfrica, Cyril Ramaphosa.",
            "principals ~ Luiz Inácio Lula da Silva | Presidente | Brazil",
        ),
        (
            "El presidente ruso, Vladímir Putin, se reunió el miércoles con el líder norcoreano, \
             Kim Jong-un, en el cosmódromo.",
            "principals ~ Kim Jong-un | Líder | North Korea",
        ),
        (
            "Los ministros de Exteriores ruso y chino, Serguéi Lavrov y Wang Yi, se reúnen hoy \
             en Moscú.",
            "principals !~ Lavrov y Wang
             principals ~ Wang Yi | Ministro de Exteriores | China",
        ),
        (
            "El emir de Catar, el jeque Tamim bin Hamad al Thani, se reunió el lunes en Doha con \
             el presidente francés, Pierre Garnier.",
            "principals ~ Tamim bin Hamad al Thani | Emir | Qatar",
        ),
        (
            "La presidenta de la Comisión Europea, Ursula von der Leyen, se reunió el martes en \
             Bruselas con el primer ministro indio, Ravi Menon.",
            // The Commission is one side of this meeting, so its president is its principal,
            // as in English ("The President of the European Commission, A, met …").
            "principals ~ Ravi Menon | Primer ministro | India
             principals ~ Ursula von der Leyen | Presidenta de la Comisión Europea | European Commission",
        ),
        (
            "Los presidentes de Rusia y China, Vladímir Putin y Xi Jinping, se reúnen hoy en \
             Pekín.",
            "principals = Vladímir Putin | Presidente | Russia; Xi Jinping | Presidente | China",
        ),
    ]);
}

/// "los presidentes de Gabón y Camerún", "líderes de Gabón y Camerún": un título plural de
/// líder con dos dueños o más es un líder por dueño, con artículo o sin él.
#[test]
fn plural_leader_title_one_per_owner() {
    check_es(&[
        (
            "Los presidentes de Gabón y Camerún se reunirán la próxima semana en Libreville.",
            "principals ~ - | Presidente | Gabon\n principals ~ - | Presidente | Cameroon",
        ),
        (
            "Los líderes de Estonia y Letonia celebraron el lunes una reunión en Tallin.",
            "principals ~ - | Líder | Estonia\n principals ~ - | Líder | Latvia",
        ),
        (
            "Los primeros ministros de Estonia, Letonia y Lituania se reunieron el lunes en Riga.",
            "kind = multilateral\n principals ~ - | Primer ministro | Lithuania",
        ),
        (
            "Líderes de Gabón y Camerún se reunieron el lunes en Libreville para hablar de \
             seguridad.",
            "principals ~ - | Líder | Gabon\n principals ~ - | Líder | Cameroon",
        ),
        (
            "La reunión entre los presidentes de Gabón y Camerún tuvo lugar el lunes en \
             Libreville.",
            "principals ~ - | Presidente | Gabon\n principals ~ - | Presidente | Cameroon",
        ),
    ]);
}

/// "Sami Laine, canciller, viajó": a bare title of a leader or minister between the commas of
/// an apposition after a full name is that person's, with no article or owner; an official's
/// ("jefe del departamento de protocolo") needs them. A minister of no stated country who
/// travels to meet a leader is the other side.
#[test]
fn bare_title_between_commas() {
    check_es(&[
        (
            "Sami Laine, canciller, viajó el lunes a Lima para reunirse con el presidente \
             peruano, Tomás Quispe.",
            "principals ~ Sami Laine | Canciller",
        ),
        (
            "Sami Laine, primer ministro, se reunirá el viernes en Lima con el presidente \
             peruano, Tomás Quispe.",
            "principals ~ Sami Laine | Primer ministro",
        ),
        (
            "Sami Laine, canciller, y Eero Salo, ministro de Defensa, llegaron el lunes a Lima \
             para reunirse con el presidente peruano, Tomás Quispe.",
            "principals ~ Sami Laine | Canciller\n members ~ Eero Salo | Ministro de Defensa",
        ),
    ]);
    let english: Vec<(String, &str, &str)> = [
        (
            "Sami Laine, foreign minister, travelled to Lima on Monday to meet Peruvian President \
             Tomás Quispe.",
            "principals ~ Sami Laine | Foreign minister",
        ),
        (
            "Talks were held in Lima on Monday between Peruvian President Tomás Quispe and Sami \
             Laine, prime minister, who arrived on Sunday.",
            "principals ~ Sami Laine | Prime minister",
        ),
        (
            "Peruvian President Tomás Quispe met Sami Laine, foreign minister, in Lima on Monday.",
            "principals ~ Sami Laine | Foreign minister",
        ),
        (
            "Sami Laine, head of the protocol department, said the Peruvian President Tomás \
             Quispe met Finnish President Juha Niemi in Lima.",
            "members !~ Sami Laine\n principals !~ Sami Laine",
        ),
    ]
    .iter()
    .map(|&(text, expected)| (text.to_string(), "2024-03-12", expected))
    .collect();
    check_in("en", &english);
}

/// "el mandatario Andrés Olmedo", then "el presidente Olmedo": a generic title ("mandatario",
/// "líder", "leader") agrees with a leader's office, so the two mentions are one person, who
/// keeps the office's title.
#[test]
fn generic_title_and_office_are_one_person() {
    check_es(&[
        (
            "El mandatario mexicano, Andrés Olmedo Ruiz, llegó el lunes a Lima. El presidente \
             Olmedo Ruiz se reunió después con su homólogo peruano, Tomás Quispe.",
            "principals ~ Andrés Olmedo Ruiz | Presidente | Mexico\n \
             principals ~ Tomás Quispe | Presidente | Peru\n principals !~ - |",
        ),
        (
            "El líder chileno, Andrés Olmedo, se reunirá el viernes en Lima con el presidente \
             peruano, Tomás Quispe. El presidente Olmedo llegará el jueves.",
            "principals ~ Andrés Olmedo | Presidente | Chile",
        ),
    ]);
    let english: Vec<(String, &str, &str)> = [
        (
            "The Chilean leader, Marta Ibanez, met Peruvian President Tomás Quispe in Lima on \
             Monday. President Ibanez said the talks were good.",
            "principals ~ Marta Ibanez | President | Chile",
        ),
        (
            "Marta Ibanez, the Chilean leader, arrived in Lima on Monday. Later President Marta \
             Ibanez met Peruvian President Tomás Quispe.",
            "principals ~ Marta Ibanez | President | Chile",
        ),
        (
            "Peruvian leader Tomás Quispe met Chilean President Marta Ibanez in Lima on Monday. \
             President Quispe said the talks were good.",
            "principals ~ Tomás Quispe | President | Peru",
        ),
    ]
    .iter()
    .map(|&(text, expected)| (text.to_string(), "2024-03-12", expected))
    .collect();
    check_in("en", &english);
}

/// A body's word between two words of a name is a surname, as a place's name is ("Ricardo
/// Lagos Soto"): "Yoel Guerra Pinto", "Ana Plaza Rivas", "Carlos Villa Soto".
#[test]
fn a_bodys_word_between_two_words_of_a_name_is_a_surname() {
    check_es(&[
        (
            "El presidente de Cuba, Yoel Guerra Pinto, recibió este lunes en La Habana al \
             canciller de México, Luis Paz Luna.",
            "principals ~ Yoel Guerra Pinto | Presidente | Cuba",
        ),
        (
            "La canciller de Honduras, Ana Plaza Rivas, se reunió este martes con su homólogo \
             guatemalteco, Carlos Villa Soto, en Tegucigalpa.",
            "principals ~ Ana Plaza Rivas | Canciller | Honduras\n principals ~ Carlos Villa \
             Soto",
        ),
        (
            "Yoel Guerra Pinto, presidente de Cuba, se reunirá el viernes con el presidente \
             mexicano, Luis Paz Luna.",
            "principals ~ Yoel Guerra Pinto",
        ),
    ]);
}

/// A leader's description of a country that no title named before fits ("el jefe del
/// Ejecutivo español" after "el presidente del Gobierno español, X") is the one leader of that
/// country named before it; with another leader named whose country is not known, it is
/// neither.
#[test]
fn a_leaders_description_is_the_one_leader_of_its_country() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "El presidente del Gobierno español, Pedro Ruiz, recibió este lunes en Madrid al \
             presidente argentino, Luis Soto. «Es un día histórico», dijo el jefe del Ejecutivo \
             español.",
            "",
            "quotes = Pedro Ruiz: Es un día histórico",
        ),
        (
            "El rey Abdalá III de Jordania recibió este lunes en Amán al presidente chileno, \
             Luis Soto. «Chile es un socio», afirmó el monarca jordano.",
            "",
            "quotes = Abdalá III: Chile es un socio",
        ),
        (
            "Prime Minister Olga Petrova of Russia met Chilean President Luis Soto in Moscow on \
             Monday. \"Chile is a partner,\" the Russian head of government said.",
            "",
            "quotes = Olga Petrova: Chile is a partner,",
        ),
        (
            "El rey Felipe de Borbón y el presidente del Gobierno español, Pedro Ruiz, \
             recibieron este lunes en Madrid al presidente argentino, Luis Soto. «Es un día \
             histórico», dijo el jefe del Estado español.",
            "",
            "quotes = jefe del Estado: Es un día histórico",
        ),
    ];
    common::check_all(rows);
}

/// A title's plural that ends a name of three words set off by marks is its last surname
/// ("de Honduras, Marcela Zelaya Reyes;", "Luis Ortiz Reyes,"), and gives no later name its
/// title; the next names keep the plural title they share.
#[test]
fn a_plural_title_ending_a_name_is_a_surname() {
    check_es(&[
        (
            "La cumbre reunió a los presidentes de Honduras, Marcela Zelaya Reyes; de El Salvador, Óscar Flores, y de Panamá, Rafael Moreno.",
            "principals = Marcela Zelaya Reyes | Presidente | Honduras; Óscar Flores | Presidente | El Salvador; Rafael Moreno | Presidente | Panama",
        ),
        (
            "El presidente de Honduras, Luis Ortiz Reyes, recibió este lunes en Tegucigalpa al presidente de Panamá, Rafael Moreno.",
            "principals = Luis Ortiz Reyes | Presidente | Honduras; Rafael Moreno | Presidente | Panama",
        ),
    ]);
}

/// Forms of address before a name are no part of it and end no sentence: "Hon." (as Spanish
/// wires copy it from English), "Honorable", "Excelentísima señora".
#[test]
fn forms_of_address_before_the_name() {
    check_es(&[
        (
            "La canciller chilena, Ana Soto, sostuvo este lunes una videollamada con la ministra de Relaciones Exteriores de Nueva Zelandia, Hon. Mere Tane. Los temas abordados fueron la pesca y la Antártica.",
            "principals = Ana Soto | Canciller | Chile; Mere Tane | Ministra de Relaciones Exteriores | New Zealand
             agenda = pesca; Antártica",
        ),
        (
            "El primer ministro de Belice, Honorable Luis Young, se reunió el lunes en Guatemala con el presidente guatemalteco, Pedro Girón.",
            "principals = Luis Young | Primer ministro | Belize; Pedro Girón | Presidente | Guatemala",
        ),
        (
            "La presidenta de Honduras, Excelentísima señora Rosa Paz, recibió el lunes al presidente de Panamá, Pedro Girón.",
            "principals = Rosa Paz | Presidenta | Honduras; Pedro Girón | Presidente | Panama",
        ),
    ]);
}
