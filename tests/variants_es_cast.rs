//! Who takes part, the countries and the place, in Spanish: the two sides of a meeting ("se
//! reunió con", "A y B se reunieron", "la reunión entre A y B", "recibió a", "la visita de A a
//! B", the subject after its verb, the link put first), the host, the delegations, the
//! countries named as lists, and the place ("la capital china", "la ciudad rusa de X", "el
//! cosmódromo de X", datelines) and what is no place ("informó el Kremlin"). Every sentence
//! here is written by the team; the names are invented.

mod common;

/// Checks each `(text, expected)` row read as Spanish, published on 2023-04-14 (see
/// `common::failures`), and reports every row that fails.
fn check_es(table: &[(&str, &str)]) {
    common::check_rows("es", "2023-04-14", "", table);
}

/// "A se reunió con B": the link "con" to the other side, in every tense, with the place or
/// the time between, or put first.
#[test]
fn a_meeting_with_the_other_side() {
    let both = "kind = bilateral
                principals ~ Tomás Riera
                principals ~ Lucía Ferrán";
    check_es(&[
        (
            "El presidente Tomás Riera se reunió el martes con la presidenta Lucía Ferrán.",
            both,
        ),
        (
            "El presidente Tomás Riera se reunirá la próxima semana en Lima con la presidenta Lucía Ferrán.",
            both,
        ),
        (
            "La presidenta Lucía Ferrán se reúne hoy en Quito con el presidente Tomás Riera.",
            both,
        ),
        (
            "La presidenta Lucía Ferrán se ha reunido esta mañana con el presidente Tomás Riera.",
            both,
        ),
        // The link put first, the subject after the verb.
        (
            "Con la presidenta Lucía Ferrán se reunió ayer el presidente Tomás Riera.",
            both,
        ),
        (
            "Con el presidente Tomás Riera conversó durante dos horas la presidenta Lucía Ferrán.",
            both,
        ),
    ]);
}

/// "A y B se reunieron", and the subject after the verb ("se reunieron ayer A y B"), with a
/// meeting noun held ("mantuvieron una reunión A y B").
#[test]
fn two_sides_joined_as_the_subject() {
    check_es(&[
        (
            "El presidente Tomás Riera y la presidenta Lucía Ferrán se reunieron el lunes en Asunción.",
            "kind = bilateral
             principals ~ Tomás Riera
             principals ~ Lucía Ferrán
             city = Asunción
             country = Paraguay",
        ),
        (
            "La presidenta Lucía Ferrán y el primer ministro Anders Holm se reunirán en Oslo.",
            "principals ~ Anders Holm
             city = Oslo",
        ),
        (
            "Se reunieron ayer en Lima el presidente Tomás Riera y la presidenta Lucía Ferrán.",
            "kind = bilateral
             principals ~ Lucía Ferrán
             city = Lima",
        ),
        (
            "En Lima se reunirán el próximo lunes el presidente Tomás Riera y el primer ministro Anders Holm.",
            "principals ~ Anders Holm
             principals ~ Tomás Riera",
        ),
        (
            "Mantuvieron una reunión el presidente Tomás Riera y el primer ministro Anders Holm.",
            "kind = bilateral
             principals ~ Anders Holm",
        ),
        (
            "Ambos mandatarios se reunieron el jueves: el presidente Tomás Riera y la presidenta Lucía Ferrán.",
            "principals ~ Tomás Riera
             principals ~ Lucía Ferrán",
        ),
    ]);
}

/// "la reunión entre A y B": the pair after "entre".
#[test]
fn a_meeting_between_two_sides() {
    let both = "kind = bilateral
                principals ~ Lucía Ferrán";
    check_es(&[
        (
            "La reunión entre el presidente Tomás Riera y la presidenta Lucía Ferrán duró dos horas.",
            both,
        ),
        (
            "El encuentro entre la presidenta Lucía Ferrán y el presidente Tomás Riera se celebrará en Oslo.",
            both,
        ),
        (
            "Las conversaciones entre la presidenta Lucía Ferrán y el presidente Tomás Riera terminaron sin acuerdo.",
            both,
        ),
        (
            "Tras la cumbre entre el presidente Tomás Riera y la presidenta Lucía Ferrán, ambos firmaron tres acuerdos.",
            both,
        ),
        (
            "Una cita entre la presidenta Lucía Ferrán y el presidente Tomás Riera está prevista para el lunes.",
            both,
        ),
    ]);
}

/// "A recibió a B", "B fue recibida por A": the host receives, at home.
#[test]
fn the_host_receives_the_guest() {
    check_es(&[
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago.",
            "principals ~ Tomás Riera | Presidente | Chile
             principals ~ Lucía Ferrán
             city = Santiago
             country = Chile",
        ),
        // The passive: the agent after "por" is the host, not the guest.
        (
            "La presidenta Lucía Ferrán fue recibida por el presidente Tomás Riera en Santiago.",
            "principals ~ Tomás Riera | Presidente | Chile
             principals ~ Lucía Ferrán | Presidenta | -",
        ),
        (
            "La presidenta Lucía Ferrán será recibida el lunes por el presidente Tomás Riera en Santiago.",
            "principals ~ Tomás Riera | Presidente | Chile
             principals ~ Lucía Ferrán | Presidenta | -",
        ),
        (
            "El presidente Tomás Riera recibirá el viernes en Lima a la presidenta Lucía Ferrán.",
            "principals ~ Tomás Riera | Presidente | Peru
             city = Lima",
        ),
        (
            "El anfitrión, el presidente Tomás Riera, recibió a la presidenta Lucía Ferrán en Santiago.",
            "principals ~ Tomás Riera | Presidente | Chile",
        ),
        (
            "El presidente Tomás Riera acogió en Santiago a la presidenta Lucía Ferrán.",
            "principals ~ Tomás Riera | Presidente | Chile",
        ),
        // The host title with its complement, in apposition.
        (
            "El anfitrión de la cumbre, el presidente Tomás Riera, recibió en Lima a la presidenta Lucía Ferrán.",
            "principals ~ Tomás Riera | Presidente | Peru",
        ),
        (
            "La anfitriona del encuentro, la presidenta Lucía Ferrán, se reunió en Lima con el presidente Tomás Riera.",
            "principals ~ Lucía Ferrán | Presidenta | Peru
             principals ~ Tomás Riera | Presidente | -",
        ),
    ]);
}

/// "la visita de A a B": the visitor and the visited; "la cumbre de X": the owner of the meeting.
#[test]
fn a_visit_and_its_sides() {
    check_es(&[
        (
            "La visita de la presidenta Lucía Ferrán a Chile comenzó el lunes.",
            "principals ~ Lucía Ferrán
             country = Chile",
        ),
        (
            "La visita del presidente Tomás Riera a Noruega incluye una reunión con el primer ministro Anders Holm.",
            "principals ~ Anders Holm
             country = Norway",
        ),
        (
            "La presidenta Lucía Ferrán participó en la cumbre de la CELAC en Bruselas junto al presidente Tomás Riera.",
            "principals ~ Lucía Ferrán
             principals ~ Tomás Riera
             city = Bruselas",
        ),
        (
            "El presidente Tomás Riera visitará Noruega y se reunirá con el primer ministro Anders Holm.",
            "principals ~ Anders Holm",
        ),
        (
            "El presidente Tomás Riera viajó a Oslo para reunirse con el primer ministro Anders Holm.",
            "principals ~ Anders Holm
             city = Oslo",
        ),
    ]);
}

/// A meeting word followed by a place and then "de" names the place's owner, no side: a meeting
/// with one's own aides at an airport is no meeting of two sides; nor is a trip with companions.
#[test]
fn of_after_a_place_is_no_side() {
    check_es(&[
        (
            "Tras una reunión con sus colaboradores en el Aeropuerto Internacional de Manzanillo, el mandatario dijo que todo iba bien.",
            "kind = other",
        ),
        (
            "Después de una reunión con su equipo en el Salón Azul de Palacio, el gobernador habló con la prensa.",
            "kind = other",
        ),
        // Bystanders are no side: a summit of businessmen, students who attended.
        (
            "Cumbre de empresarios en Lima. El presidente Tomás Riera habló ante el foro.",
            "kind = other",
        ),
        (
            "El presidente Tomás Riera saludó a los estudiantes que asistieron al acto en la universidad.",
            "kind = other",
        ),
        // Companions are no second side.
        (
            "Acompañado del gobernador Luis Mora, el presidente Tomás Riera recorrió las zonas afectadas por el huracán.",
            "kind = other",
        ),
        (
            "El presidente Tomás Riera, acompañado por la ministra Ana Paz, visitó las obras del puerto.",
            "kind = other",
        ),
    ]);
}

/// "la delegación chilena estaba integrada por": the people word after the side noun gives the
/// members their country.
#[test]
fn a_delegation_named_by_its_people_word() {
    check_es(&[
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago. La delegación chilena estaba integrada por el canciller Mario Soto y la ministra Ana Paz.",
            "members ~ Mario Soto | Canciller | Chile
             members ~ Ana Paz | Ministra | Chile",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago. Por la parte chilena asistieron el canciller Mario Soto y la ministra Ana Paz.",
            "members ~ Mario Soto | Canciller | Chile",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago. La delegación peruana incluyó al canciller Mario Soto.",
            "members ~ Mario Soto | Canciller | Peru
             principals ~ Lucía Ferrán | Presidenta | Peru",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago. La parte peruana pidió más comercio.",
            "principals ~ Lucía Ferrán | Presidenta | Peru",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en Santiago. La delegación peruana llegó el jueves.",
            "countries = Chile; Peru",
        ),
    ]);
}

/// "los líderes de Argentina, Brasil y Uruguay": a list of countries after a group of leaders,
/// in its order.
#[test]
fn countries_named_as_a_list() {
    check_es(&[
        (
            "Los líderes de Argentina, Brasil y Uruguay se reunieron el lunes en Montevideo con el presidente Tomás Riera.",
            "countries = Argentina; Brazil; Uruguay
             kind = multilateral",
        ),
        (
            "Los cancilleres de Argentina, Brasil y Uruguay se reunieron en Montevideo con la presidenta Lucía Ferrán.",
            "countries = Argentina; Brazil; Uruguay",
        ),
        (
            "Los jefes de Estado de Chile, Perú y Bolivia se reunirán mañana con el presidente Tomás Riera.",
            "countries = Chile; Peru; Bolivia",
        ),
        (
            "Los mandatarios de Colombia y Ecuador se reunieron con el presidente Tomás Riera en Quito.",
            "countries ~ Colombia; Ecuador",
        ),
        (
            "Los presidentes de Paraguay, Bolivia y Perú mantuvieron un encuentro con la presidenta Lucía Ferrán.",
            "countries = Paraguay; Bolivia; Peru",
        ),
        // Countries joined as the subject, not as the object of a visit.
        (
            "Chile y Perú se reunieron el lunes en Lima con el presidente Tomás Riera.",
            "countries = Chile; Peru",
        ),
        (
            "El presidente Tomás Riera visitó Portugal y Noruega, donde fue recibido por el primer ministro Anders Holm.",
            "countries =",
        ),
        // Over the words of an office.
        (
            "Los ministros de Defensa de Colombia y Venezuela se reunieron en Caracas con el presidente Tomás Riera.",
            "countries = Colombia; Venezuela",
        ),
        (
            "Los jefes de Estado y de Gobierno de Chile, Perú y Bolivia se reunieron con el presidente Tomás Riera.",
            "countries = Chile; Peru; Bolivia",
        ),
        (
            "Los vicepresidentes de Costa Rica y Panamá se reunirán el martes con la presidenta Lucía Ferrán.",
            "countries = Costa Rica; Panama",
        ),
    ]);
}

/// The place: a seat, a city, the capital by its people word after "capital", a kind of
/// settlement with its people word then "de" and the name, a building in lowercase and its
/// complement.
#[test]
fn places_in_spanish_word_order() {
    check_es(&[
        (
            "La presidenta Lucía Ferrán fue recibida por el presidente Tomás Riera en el Palacio de La Moneda.",
            "venue = Palacio de La Moneda
             country = Chile",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en el Palacio de la Moncloa.",
            "venue = Palacio de la Moncloa
             country = Spain",
        ),
        (
            "El presidente Tomás Riera se reunió en la capital peruana con la presidenta Lucía Ferrán.",
            "city = Lima
             country = Peru",
        ),
        (
            "La presidenta Lucía Ferrán se reunirá con el primer ministro Anders Holm en la capital noruega.",
            "city = Oslo
             country = Norway",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en la ciudad rusa de Vostochni.",
            "city = Vostochni
             country = Russia",
        ),
        (
            "La presidenta Lucía Ferrán y el presidente Tomás Riera se reunieron en la localidad chilena de Pucón.",
            "city = Pucón
             country = Chile",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en la región rusa de Amur.",
            "region = Amur
             country = Russia",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en el cosmódromo de Vostochni.",
            "venue = cosmódromo de Vostochni",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en la sede de la ONU en Nueva York.",
            "venue = sede de la ONU",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en la sede del Ministerio de Relaciones Exteriores.",
            "venue = sede del Ministerio de Relaciones Exteriores",
        ),
        // A building named by its holder's title after the link.
        (
            "El primer ministro Anders Holm recibió a la presidenta Lucía Ferrán en la residencia del primer ministro.",
            "venue = residencia del primer ministro",
        ),
        (
            "El presidente Tomás Riera recibió a la presidenta Lucía Ferrán en la residencia oficial del presidente.",
            "venue = residencia oficial del presidente",
        ),
        (
            "La presidenta Lucía Ferrán se reunió con el presidente Tomás Riera en el despacho de la presidenta.",
            "venue = despacho de la presidenta",
        ),
        // The seat of a gathering is no building's name.
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en la sede de la XXX Cumbre Andina.",
            "venue =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en Madrid.",
            "city = Madrid
             country = Spain",
        ),
    ]);
}

/// A dateline places the meeting when the text does not.
#[test]
fn datelines_place_the_meeting() {
    check_es(&[
        (
            "MADRID, 13 sep (EFE).- El presidente Tomás Riera se reunió hoy con la presidenta Lucía Ferrán.",
            "city = Madrid
             country = Spain",
        ),
        (
            "Pekín, 14 abr (EFE). El presidente Tomás Riera se reunió hoy con la presidenta Lucía Ferrán.",
            "city = Pekín
             country = China",
        ),
        (
            "LIMA, 2 mar (Reuters) - La presidenta Lucía Ferrán se reunirá el lunes con el presidente Tomás Riera.",
            "city = Lima",
        ),
        (
            "Oslo, 7 jun (EFE).- El primer ministro Anders Holm y la presidenta Lucía Ferrán se reunieron este martes.",
            "city = Oslo
             country = Norway",
        ),
        (
            "BOGOTÁ, 3 oct (EFE).- El presidente Tomás Riera recibió a la presidenta Lucía Ferrán.",
            "city = Bogotá
             country = Colombia",
        ),
    ]);
}

/// A seat or a capital that stands for its government is no place: the subject of a verb of
/// reporting, before or after it.
#[test]
fn metonyms_are_no_place() {
    check_es(&[
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán, según informó el Kremlin.",
            "venue =
             country =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán. El Kremlin informó que hablaron de comercio.",
            "venue =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán. Washington dijo que la reunión fue útil.",
            "city =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán, anunció la Casa Blanca.",
            "venue =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán. Pekín apoya el acuerdo.",
            "city =",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán, según el Kremlin.",
            "venue =",
        ),
        (
            "El presidente Tomás Riera se reunió el lunes con la presidenta Lucía Ferrán, dijeron fuentes del Kremlin.",
            "venue =",
        ),
        // But a seat after a building and "del" is where the building is.
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en la sala del Kremlin.",
            "venue = Kremlin
             country = Russia",
        ),
    ]);
}

/// The meeting named after its city, in Spanish order ("la cumbre de Caracas"), and attendance
/// said with a noun of presence ("contó con la presencia de").
#[test]
fn a_meeting_named_after_its_city_and_its_attendance() {
    check_es(&[
        (
            "La cumbre de Caracas contó con la presencia de la presidenta Lucía Ferrán y del presidente Tomás Riera.",
            "city = Caracas
             principals ~ Lucía Ferrán
             principals ~ Tomás Riera",
        ),
        (
            "La presidenta Lucía Ferrán participó en la cumbre de Quito junto al presidente Tomás Riera.",
            "city = Quito
             country = Ecuador",
        ),
        (
            "La reunión de Montevideo contará con la participación del presidente Tomás Riera y de la presidenta Lucía Ferrán.",
            "city = Montevideo
             principals ~ Tomás Riera",
        ),
        (
            "En la cumbre de Lima, celebrada el martes, se reunieron el presidente Tomás Riera y la presidenta Lucía Ferrán.",
            "city = Lima",
        ),
        (
            "El primer ministro Anders Holm se reunió con la presidenta Lucía Ferrán en presencia del presidente Tomás Riera durante la cumbre de Oslo.",
            "city = Oslo
             principals ~ Anders Holm",
        ),
    ]);
}

/// A seat named bare in one place and in full in another is reported in full; a town whose
/// name opens with a kind of settlement ("Puerto", "Port") is no building.
#[test]
fn the_fullest_venue_and_towns_named_by_their_kind() {
    check_es(&[
        (
            "El presidente Tomás Riera recibió en Miraflores a la presidenta Lucía Ferrán. La reunión en el Palacio de Miraflores duró dos horas.",
            "venue = Palacio de Miraflores
             country = Venezuela",
        ),
        (
            "La presidenta Lucía Ferrán llegó a la Moncloa, donde la recibió el presidente Tomás Riera. El encuentro en el Palacio de la Moncloa fue breve.",
            "venue = Palacio de la Moncloa",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en Puerto Vallarta.",
            "venue =",
        ),
        (
            "La presidenta Lucía Ferrán y el presidente Tomás Riera se reunirán en Puerto Montt, Chile.",
            "venue =
             country = Chile",
        ),
        (
            "El presidente Tomás Riera y el primer ministro Anders Holm se reunieron el martes en Puerto Ayacucho.",
            "venue =",
        ),
    ]);
}

/// Companions and a third side: "acompañado por" lists a member of the delegation; a third side
/// after "con … y" is a principal; a quote and a numeric date leave the cast as it is.
#[test]
fn companions_and_more_sides() {
    check_es(&[
        (
            "El presidente Tomás Riera, acompañado por el canciller Mario Soto, se reunió con la presidenta Lucía Ferrán.",
            "members = Mario Soto | Canciller | -
             principals ~ Lucía Ferrán",
        ),
        (
            "Acompañada de la ministra Ana Paz, la presidenta Lucía Ferrán se reunió el lunes con el presidente Tomás Riera.",
            "members ~ Ana Paz
             principals ~ Tomás Riera",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán y el primer ministro Anders Holm en Oslo.",
            "principals ~ Anders Holm
             city = Oslo",
        ),
        (
            "«Fue una reunión productiva», dijo el presidente Tomás Riera tras reunirse con la presidenta Lucía Ferrán en Lima el 12/04/2023.",
            "principals ~ Lucía Ferrán
             city = Lima",
        ),
        (
            "El presidente Tomás Riera se reunió con su homóloga, la presidenta Lucía Ferrán, en Quito.",
            "principals ~ Lucía Ferrán
             city = Quito",
        ),
    ]);
}

/// The rules above that English shares, in English: the passive's agent hosts, the host title
/// in apposition, companions are no second side, a seat after a verb of reporting is no place,
/// a head of a group of leaders is no state's name.
#[test]
fn the_shared_rules_in_english() {
    common::check_all(&[
        (
            "President Lucia Ferran was received on Monday by President Tomas Riera in Santiago.",
            "",
            "principals ~ Tomas Riera | President | Chile
             principals ~ Lucia Ferran | President | -",
        ),
        (
            "The host of the summit, President Tomas Riera, received President Lucia Ferran in Lima.",
            "",
            "principals ~ Tomas Riera | President | Peru",
        ),
        (
            "Accompanied by Governor Luis Mora, President Tomas Riera toured the areas hit by the hurricane.",
            "",
            "kind = other",
        ),
        (
            "President Tomas Riera met President Lucia Ferran on Monday, said the Kremlin.",
            "",
            "venue =",
        ),
        (
            "The heads of State of Chile, Peru and Bolivia met President Tomas Riera on Monday.",
            "",
            "countries = Chile; Peru; Bolivia",
        ),
    ]);
}

/// A town the tables do not know, with an apposition that says what kind of place it is and,
/// maybe, its country: with or without the article, a direction between ("del sur de").
#[test]
fn a_town_and_its_kind_in_apposition() {
    check_es(&[
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en Tarija, ciudad del sur de Bolivia.",
            "city = Tarija
             country = Bolivia",
        ),
        (
            "El presidente Tomás Riera se reunió con la presidenta Lucía Ferrán en Tarija, una ciudad de Bolivia.",
            "city = Tarija
             country = Bolivia",
        ),
        (
            "La presidenta Lucía Ferrán y el presidente Tomás Riera se reunirán en Pucón, localidad del sur de Chile.",
            "city = Pucón
             country = Chile",
        ),
        (
            "Los cancilleres se reunieron con el presidente Tomás Riera en Ibarra, capital de la provincia de Imbabura.",
            "city = Ibarra",
        ),
        // Under a dateline, an unknown town is in the dateline's country.
        (
            "QUITO, 3 feb (EFE).- Los cancilleres se reunieron con el presidente Tomás Riera en Ibarra, capital de la provincia de Imbabura.",
            "city = Ibarra
             country = Ecuador",
        ),
        (
            "El primer ministro Anders Holm recibió a la presidenta Lucía Ferrán en Tromsø, ciudad del norte de Noruega.",
            "city = Tromsø
             country = Norway",
        ),
    ]);
}

/// "Al presidente le acompañan los ministros X e Y": the present and future of "acompañar", in a
/// sentence of its own after the meeting's, list members of the principal's delegation.
#[test]
fn companions_in_the_present_and_future() {
    let meeting =
        "El presidente Ramiro Tello se reunió hoy en Quito con la presidenta Inés Barcala.";
    let member = "members ~ Teodoro Lanz";
    let rows: Vec<String> = [
        "Al presidente le acompañan el canciller Teodoro Lanz y la ministra de Salud, Marta Oyola.",
        "Al presidente lo acompaña en el viaje el canciller Teodoro Lanz.",
        "El canciller Teodoro Lanz acompañará al presidente durante los tres días de la visita.",
        "Le acompañarán, entre otros, el canciller Teodoro Lanz y la ministra Marta Oyola.",
        "A Tello lo acompañaban el canciller Teodoro Lanz y otros funcionarios.",
    ]
    .iter()
    .map(|companions| format!("{meeting} {companions}"))
    .collect();
    let table: Vec<(&str, &str)> = rows.iter().map(|r| (r.as_str(), member)).collect();
    check_es(&table);
}

/// "su homóloga": a counterpart holds the plain title of the person it is the counterpart of,
/// without that person's own modifiers ("nuevo"), in the gender its word marks (a masculine
/// counterpart of a feminine title holds the masculine title the table lists).
#[test]
fn a_counterpart_holds_the_plain_title_in_its_own_gender() {
    check_es(&[
        (
            "El presidente Ramiro Tello recibió ayer a su homóloga Inés Barcala en Quito.",
            "principals ~ Inés Barcala | Presidenta",
        ),
        (
            "El nuevo presidente Ramiro Tello se reunió con su homólogo, Teodoro Lanz.",
            "principals ~ Teodoro Lanz | Presidente |",
        ),
        (
            "El primer ministro Ramiro Tello se reunirá el lunes con su homóloga Marta Oyola.",
            "principals ~ Marta Oyola | Primera ministra",
        ),
        (
            "La presidenta Inés Barcala recibió a su homóloga, Marta Oyola, en el palacio de gobierno.",
            "principals ~ Marta Oyola | Presidenta",
        ),
        (
            "La presidenta Inés Barcala se reunió este martes con su homólogo Teodoro Lanz.",
            "principals ~ Teodoro Lanz | Presidente |",
        ),
        (
            "Su homóloga, Inés Barcala, fue recibida por el presidente Ramiro Tello en Lima.",
            "principals ~ Inés Barcala | Presidenta",
        ),
    ]);
}

/// "recibió el alta": a principal is the host who receives the guests only when what he
/// receives is a side or a visit; receiving a discharge, an award or a call makes nobody the
/// host, and a principal without a country gets none from it.
#[test]
fn receiving_a_thing_makes_no_host() {
    let untold = "principals ~ Ramiro Tello | Presidente | -";
    check_es(&[
        (
            "El presidente Ramiro Tello recibió el alta médica y viajó a Lima, donde se reunió con la presidenta peruana Inés Barcala.",
            untold,
        ),
        (
            "El presidente Ramiro Tello, que recibió ayer el premio de la fundación, se reunió en Lima con la presidenta peruana Inés Barcala.",
            untold,
        ),
        (
            "Tras recibir el alta, el presidente Ramiro Tello se reunirá en Lima con la presidenta peruana Inés Barcala.",
            untold,
        ),
        (
            "El presidente Ramiro Tello recibe hoy las llaves de la ciudad de Lima y se reúne con la presidenta peruana Inés Barcala.",
            untold,
        ),
        (
            "El presidente Ramiro Tello recibió la medalla de honor en Lima y almorzó con la presidenta peruana Inés Barcala.",
            untold,
        ),
        // What is received is a visit: the receiver is the host.
        (
            "El presidente Ramiro Tello recibió esta tarde en Lima la visita de la presidenta chilena Inés Barcala.",
            "principals ~ Ramiro Tello | Presidente | Peru",
        ),
    ]);
}

/// "se reunieron en Japón", "una gira que incluyó Dinamarca": a country named as a place
/// someone is or goes to is no side's own country.
#[test]
fn a_place_visited_is_no_side() {
    let untold = "principals ~ Ramiro Tello | Presidente | -";
    check_es(&[
        (
            "El presidente Ramiro Tello se reunió con la primera ministra noruega Inés Barcala en Japón.",
            untold,
        ),
        (
            "El presidente Ramiro Tello, de gira por Dinamarca y Suecia, se reunió con la primera ministra noruega Inés Barcala.",
            untold,
        ),
        (
            "Tras su visita a Dinamarca, el presidente Ramiro Tello se reunió con la primera ministra noruega Inés Barcala.",
            untold,
        ),
        (
            "La primera ministra noruega Inés Barcala y el presidente Ramiro Tello se reunirán en Japón, donde ambos asistirán a una cumbre en Japón.",
            untold,
        ),
        (
            "El presidente Ramiro Tello viajó el lunes a Dinamarca y luego se reunió con la primera ministra noruega Inés Barcala.",
            untold,
        ),
    ]);
}

/// "Entre los participantes, el presidente X": a sentence that names the meeting's people by
/// a noun of attending, with no meeting verb of its own, names them as the meeting's.
#[test]
fn people_named_among_the_participants() {
    let meeting = "La presidenta chilena, Inés Barcala, y el presidente peruano, Ramiro Tello, se reunieron ayer en Quito con el presidente ecuatoriano, Marcos Vela, en la cumbre regional.";
    let joins = "principals ~ Teodoro Lanz";
    let rows: Vec<String> = [
        "Entre los participantes estuvo también el presidente Teodoro Lanz.",
        "Entre los asistentes figuraba el presidente paraguayo, Teodoro Lanz.",
        "El presidente Teodoro Lanz fue uno de los participantes más aplaudidos.",
        "Los participantes, entre ellos el presidente Teodoro Lanz, posaron para la foto oficial.",
        "Entre el resto de asistentes destacó el presidente Teodoro Lanz (Paraguay).",
    ]
    .iter()
    .map(|s| format!("{meeting} {s}"))
    .collect();
    let table: Vec<(&str, &str)> = rows.iter().map(|r| (r.as_str(), joins)).collect();
    check_es(&table);
}

/// "pese a las diferencias de los presidentes X e Y": a person named as the complement of a
/// common noun owns something and is not present; ministers meeting stay a ministerial
/// meeting.
#[test]
fn leaders_owning_something_are_not_present() {
    let ministers = "kind = ministerial
                     principals ~ Teodoro Lanz
                     principals ~ Marta Oyola";
    check_es(&[
        (
            "Los cancilleres Teodoro Lanz, de Chile, y Marta Oyola, de Perú, se reunieron el lunes en Lima, pese a las diferencias de los presidentes Ramiro Tello e Inés Barcala.",
            ministers,
        ),
        (
            "El canciller Teodoro Lanz se reunirá en Lima con la canciller Marta Oyola, siguiendo las instrucciones del presidente Ramiro Tello.",
            ministers,
        ),
        (
            "Por invitación de la presidenta Inés Barcala, el canciller Teodoro Lanz mantuvo conversaciones con la canciller Marta Oyola.",
            ministers,
        ),
        (
            "El canciller Teodoro Lanz se reunió con la canciller Marta Oyola para preparar la agenda de los presidentes Ramiro Tello e Inés Barcala.",
            ministers,
        ),
        (
            "Pese a las críticas del presidente Ramiro Tello, el canciller Teodoro Lanz se reunió con la canciller Marta Oyola.",
            ministers,
        ),
    ]);
}

/// An organisation's side is written by its Spanish short name in the summary ("(FMI)", "(OTAN)",
/// "(ONU)"), as a country's is by its Spanish name.
#[test]
fn organisations_are_named_in_spanish_in_the_summary() {
    check_es(&[
        (
            "La directora gerente del FMI, Greta Lindqvist, se reunió el martes en Madrid con el \
             presidente del Gobierno español, Tomás Riera.",
            "summary ~ Greta Lindqvist (FMI) y Tomás Riera (España)",
        ),
        (
            "El secretario general de la OTAN, Mark Olsen, recibió el martes en Bruselas a la \
             presidenta de Finlandia, Lucía Ferrán.",
            "summary ~ Mark Olsen (OTAN)",
        ),
        (
            "El secretario general de las Naciones Unidas, Amir Haddad, se reunió el martes con \
             la presidenta de Chile, Lucía Ferrán.",
            "summary ~ Amir Haddad (ONU)",
        ),
    ]);
}

/// More Spanish verbs of meeting: the call told by its verb ("habló por teléfono con"), the
/// reciprocal "se encontraron", the journalistic imperfect ("se reunía ayer con"), the
/// progressive and the state of being met ("se está reuniendo", "se encuentra reunido"), and
/// the Mexican "su contraparte"; "se encontró con críticas" meets no one.
#[test]
fn more_spanish_verbs_of_meeting() {
    let both = "principals ~ Tomás Riera
                principals ~ Lucía Ferrán";
    check_es(&[
        (
            "El presidente de Brasil, Tomás Riera, habló por teléfono con la presidenta de \
             Ucrania, Lucía Ferrán.",
            "kind = bilateral
             virtual = true",
        ),
        (
            "El presidente de Chile, Tomás Riera, y la presidenta de Perú, Lucía Ferrán, se \
             encontraron en Lima.",
            "status = held",
        ),
        (
            "El presidente de Chile, Tomás Riera, se reunía ayer con la presidenta de Perú, Lucía \
             Ferrán, en Lima.",
            "status = held",
        ),
        (
            "El presidente de Chile, Tomás Riera, se está reuniendo en estos momentos con la \
             presidenta de Perú, Lucía Ferrán.",
            "status = ongoing",
        ),
        (
            "El presidente de Chile, Tomás Riera, se encuentra reunido con la presidenta de Perú, \
             Lucía Ferrán, en Lima.",
            "status = ongoing",
        ),
        (
            "El canciller mexicano, Tomás Riera, se reunió con su contraparte canadiense, Lucía \
             Ferrán.",
            both,
        ),
        (
            "La ministra Lucía Ferrán se encontró con críticas de la oposición.",
            "kind = other",
        ),
    ]);
    check_es(&[
        (
            "El presidente de Chile, Tomás Riera, y la presidenta de Perú, Lucía Ferrán, se \
             encontraron en Lima.",
            both,
        ),
        (
            "El presidente de Brasil, Tomás Riera, habló por teléfono con la presidenta de \
             Ucrania, Lucía Ferrán.",
            both,
        ),
    ]);
}
