//! Who is a side (issue #12 point 6, issue #13), on sentences the team wrote, in English and
//! Spanish: a gathering of one side's own people (business, a cabinet, a leader's staff) has
//! no second side and is no meeting; a verb of attending takes no side as its object. The names
//! are invented.

mod common;
use common::check_in;

/// No meeting, no cards.
const NONE: &str = "kind = other\n principals =\n members =\n summary =\n warnings ~ no-meeting";

/// Checks each `(text, expected)` row read in `lang`, published on 2023-09-13.
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| (text.to_string(), "2023-09-13", expected))
        .collect();
    check_in(lang, &rows);
}

/// "a business summit", "the CEO forum", "a summit of business leaders": a gathering of
/// business, whoever opens or attends it, is no meeting of sides.
#[test]
fn a_business_gathering_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga opened a business summit in Vienna on Monday with 300 executives.",
                NONE,
            ),
            (
                "Prime Minister Lina Okoro addressed the annual CEO forum in Lagos on Tuesday, urging investors to back the port.",
                NONE,
            ),
            (
                "The summit of business leaders, attended by President Tomas Varga and hundreds of executives, ended on Friday.",
                NONE,
            ),
            (
                "President Tomas Varga will speak at a business forum in Vienna next week.",
                NONE,
            ),
            (
                "Hundreds of investors met President Tomas Varga at the investors' summit in Vienna.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera inauguró el lunes en Quito el Encuentro Empresarial Andino ante 300 empresarios.",
                NONE,
            ),
            (
                "La cumbre de empresarios, a la que asistió la presidenta Lucía Ferrán, terminó el viernes en Lima.",
                NONE,
            ),
            (
                "El foro empresarial contó con la participación del presidente Tomás Riera y de la ministra Ana Solís.",
                NONE,
            ),
            (
                "La presidenta Lucía Ferrán hablará la próxima semana ante un foro de negocios en Quito.",
                NONE,
            ),
        ],
    );
}

/// "a cabinet meeting", "met his aides", "con el jefe de Gabinete": a leader meeting his own
/// government or staff meets no second side.
#[test]
fn a_meeting_of_ones_own_people_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga chaired a cabinet meeting on Monday to discuss the floods.",
                NONE,
            ),
            (
                "President Tomas Varga met his aides on Monday to discuss the floods.",
                NONE,
            ),
            (
                "President Tomas Varga met with his chief of staff, Karl Moser, on Monday.",
                NONE,
            ),
            (
                "Prime Minister Lina Okoro has been meeting her advisers since dawn.",
                NONE,
            ),
            (
                "The cabinet met on Tuesday under President Tomas Varga to approve the budget.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera encabezó el martes una reunión de Gabinete para evaluar las lluvias.",
                NONE,
            ),
            (
                "El presidente Tomás Riera se reunió esta mañana con sus colaboradores en el palacio.",
                NONE,
            ),
            (
                "La ministra Ana Solís y el ministro Pablo Ortuño se reunieron el lunes con el jefe de Gabinete, Marcos Vidal.",
                NONE,
            ),
            (
                "El presidente Tomás Riera se reunirá el jueves con sus asesores para preparar el viaje.",
                NONE,
            ),
            // The subject after a verb of attending is no side met.
            (
                "También asistieron el ministro de Defensa, Pablo Ortuño, y la secretaria Ana Solís.",
                NONE,
            ),
        ],
    );
}

/// The same words where they name no own people, or beside a real meeting: an office
/// ("Cabinet Secretary for Foreign Affairs"), a room, a business forum after the talks.
#[test]
fn own_people_words_beside_a_meeting() {
    let en = "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro";
    let es = "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán";
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga met President Lina Okoro in the Cabinet Room on Monday.",
                en,
            ),
            (
                "President Tomas Varga met Cabinet Secretary for Foreign Affairs Lina Okoro of Kenya on Monday.",
                en,
            ),
            (
                "President Tomas Varga and President Lina Okoro met on Monday in Vienna, then addressed a business forum.",
                en,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera se reunió el martes con la presidenta Lucía Ferrán y después habló ante un foro empresarial.",
                es,
            ),
            (
                "La presidenta Lucía Ferrán recibió al presidente Tomás Riera tras la reunión de Gabinete del lunes.",
                es,
            ),
        ],
    );
}
