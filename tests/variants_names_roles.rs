//! Titles and names: a body's name that holds a plural title ("President of the Council of
//! Ministers"), a title whose complement names a country or its seat ("Chairman of the PRC",
//! "el jefe del Kremlin"), a title in apposition that ends in a capitalised word ("jefe de la
//! Comisión de Asuntos Estatales, elogió"). Every sentence is written by the team; the names are
//! invented.

mod common;
use common::{check_all, check_in};

fn check_es(table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| (text.to_string(), "2024-03-12", expected))
        .collect();
    check_in("es", &rows);
}

/// "the Council of Ministers", "la Cámara de Diputados": a plural title after the genitive link
/// names a body; the title before it is the holder's.
#[test]
fn a_plural_title_names_a_body() {
    check_all(&[
        (
            "Italian Prime Minister Giulia Ferri met Peru's President of the Council of Ministers \
             Alberto Quispe in Lima on Monday.",
            "2024-03-12",
            "principals ~ Alberto Quispe | President of the Council of Ministers | Peru",
        ),
        (
            "Peru's President of the Council of Ministers, Rosa Ccori, will meet the Italian Prime \
             Minister, Giulia Ferri, in Rome next week.",
            "2024-03-12",
            "principals ~ Rosa Ccori | President of the Council of Ministers | Peru",
        ),
        (
            "Giulia Ferri, the Italian prime minister, was received on Tuesday in Lima by the \
             President of the Council of Ministers of Peru, Rosa Ccori.",
            "2024-03-12",
            "principals ~ Rosa Ccori | President of the Council of Ministers",
        ),
    ]);
    check_es(&[(
        "El presidente del Consejo de Ministros de Perú, Alberto Quispe, se reunió el lunes en \
         Lima con la primera ministra italiana, Giulia Ferri.",
        "principals ~ Alberto Quispe | Presidente del Consejo de Ministros",
    )]);
}

/// "Chairman of the PRC", "el jefe del Kremlin": a head whose complement is a country's name or
/// seat heads that country; the seat stays in the title as the text writes it.
#[test]
fn a_head_of_a_country_or_its_seat() {
    check_all(&[
        (
            "President Tom Ashby met Chairman of the PRC Li Wenbo in Bali on Monday.",
            "2024-03-12",
            "principals ~ Li Wenbo | Chairman | China",
        ),
        (
            "Li Wenbo, Chairman of the PRC, will host President Tom Ashby in Beijing next week.",
            "2024-03-12",
            "principals ~ Li Wenbo | Chairman | China",
        ),
        (
            "Chairman of China Li Wenbo and President Tom Ashby held talks in Beijing on Tuesday.",
            "2024-03-12",
            "principals ~ Li Wenbo | Chairman | China",
        ),
    ]);
    check_es(&[
        (
            "El jefe del Kremlin, Iván Sokolov, recibió el lunes en Moscú al presidente chino, Li \
             Wenbo.",
            "principals ~ Iván Sokolov | Jefe del Kremlin | Russia",
        ),
        (
            "El jefe del Kremlin recibirá el jueves en Moscú al presidente chino, Li Wenbo.",
            "principals ~ Jefe del Kremlin | Russia",
        ),
    ]);
}

/// "Secretary of Defense": a secretary of a portfolio is a member of the government.
#[test]
fn a_secretary_of_a_portfolio_is_a_minister() {
    check_all(&[
        (
            "Secretary of Defense Mark Dunn met his Japanese counterpart, Defense Minister Kenji \
             Sato, in Tokyo on Monday.",
            "2024-03-12",
            "kind = ministerial
             principals ~ Mark Dunn | Secretary of Defense | -",
        ),
        (
            "Kenji Sato was received by Secretary of the Treasury Mark Dunn and Japanese Finance \
             Minister Aiko Mori in Washington on Friday.",
            "2024-03-12",
            "principals ~ Mark Dunn | Secretary of the Treasury",
        ),
    ]);
}

/// "A, jefe de la Comisión de Asuntos Estatales, elogió": a title in apposition to a name holds
/// no other name; its last capitalised word, closed by a comma before a lowercase word, is the
/// office's.
#[test]
fn an_apposition_title_ends_at_its_comma() {
    check_es(&[
        (
            "El presidente ruso, Iván Sokolov, recibió el lunes en Moscú al presidente chino, Li \
             Wenbo. A Li lo acompañó Wang Tao, jefe de la Comisión de Asuntos Estatales, quien \
             elogió el acuerdo.",
            "members ~ Wang Tao | Jefe de la Comisión de Asuntos Estatales
             members !~ Estatales | Jefe",
        ),
        (
            "El presidente ruso, Iván Sokolov, recibió el lunes en Moscú al presidente chino, Li \
             Wenbo, acompañado de Wang Tao, jefe de la Comisión de Asuntos Estatales, y de Chen Bo.",
            "members ~ Wang Tao | Jefe de la Comisión de Asuntos Estatales
             members !~ Estatales | Jefe",
        ),
        (
            "El presidente ruso, Iván Sokolov, recibirá el lunes en Moscú al presidente chino, Li \
             Wenbo. Wang Tao, director de la Oficina de Asuntos Consulares, ha dicho que todo está \
             listo.",
            "members !~ Consulares | Director",
        ),
    ]);
    check_all(&[
        (
            "President Tom Ashby met Chinese President Li Wenbo in Beijing on Monday. Wang Tao, \
             head of the Office of Consular Affairs, said the talks went well.",
            "2024-03-12",
            "members !~ Affairs | Head",
        ),
        (
            "President Tom Ashby met Chinese President Li Wenbo in Beijing on Monday. Wang Tao, \
             head of the Office of Consular Affairs, attended the talks.",
            "2024-03-12",
            "members ~ Wang Tao | Head of the Office of Consular Affairs",
        ),
    ]);
}
