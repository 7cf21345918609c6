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

/// "The foreign ministers of A, B and C met … A's X, B's Y and C's Z": a plural title with a
/// list of owners stands for one holder per owner; the one name of that owner the article gives
/// no title, before or after, is that holder and takes the title.
#[test]
fn one_of_a_group_by_its_owner() {
    check_all(&[
        (
            "The foreign ministers of Egypt, Jordan and Iraq met in Amman on Monday. Egypt's Samir \
             Fawzi, Jordan's Rami Haddad and Iraq's Karim Jaber discussed the water crisis.",
            "2024-03-12",
            "principals ~ Samir Fawzi | Foreign minister | Egypt
             principals ~ Rami Haddad | Foreign minister | Jordan
             principals ~ Karim Jaber | Foreign minister | Iraq",
        ),
        (
            "The defence ministers of Chile and Peru will meet in Lima on Friday. Chile's Ana Soto \
             and Peru's Luis Quispe are expected to sign a border pact.",
            "2024-03-12",
            "principals ~ Ana Soto | Defence minister | Chile
             principals ~ Luis Quispe | Defence minister | Peru",
        ),
        (
            "Chile's Ana Soto and Peru's Luis Quispe signed a border pact on Friday, after the \
             defence ministers of Chile and Peru met in Lima.",
            "2024-03-12",
            "principals ~ Ana Soto | Defence minister | Chile
             principals ~ Luis Quispe | Defence minister | Peru",
        ),
        (
            "The trade ministers of Kenya, Uganda and Tanzania held talks in Arusha on Monday. \
             Kenya's Peter Mwangi, Uganda's Grace Okello and Tanzania's Juma Bakari agreed to cut \
             tariffs.",
            "2024-03-12",
            "principals ~ Grace Okello | Trade minister | Uganda",
        ),
        (
            "The foreign ministers of Egypt and Jordan met in Amman on Monday. Egypt's President \
             Ali Mansour later received Jordan's Rami Haddad.",
            "2024-03-12",
            "principals !~ Ali Mansour | Foreign minister",
        ),
    ]);
    check_es(&[
        (
            "Los cancilleres de Egipto, Jordania e Irak se reunirán el lunes en Amán. El egipcio \
             Samir Fawzi, el jordano Rami Haddad y el iraquí Karim Jaber abordarán la crisis del \
             agua.",
            "principals ~ Samir Fawzi | Canciller | Egypt
             principals ~ Karim Jaber | Canciller | Iraq",
        ),
        (
            "Los ministros de Defensa de Chile y Perú fueron recibidos el viernes en Lima. El \
             chileno Andrés Soto y el peruano Luis Quispe firmaron un pacto fronterizo.",
            "principals ~ Andrés Soto | Ministro de Defensa | Chile
             principals ~ Luis Quispe | Ministro de Defensa | Peru",
        ),
    ]);
}

/// "Biden met Xi", "Lula y Petro se reunieron", "Lula se reunió con Petro": a lone capitalised
/// word opening a sentence is a name when it is the subject of a meeting verb whose object or
/// other subject is a name too; the object of a meeting verb a person is subject of is one.
#[test]
fn bare_names_either_side_of_a_meeting_verb() {
    check_all(&[
        (
            "Ruto met Okafor in Abuja on Monday. Nigerian President Bola Okafor welcomed his \
             Kenyan counterpart.",
            "2024-03-12",
            "principals ~ Ruto | - | Kenya",
        ),
        (
            "Ruto will meet Okafor in Abuja on Monday. Nigerian President Bola Okafor will host \
             his Kenyan counterpart.",
            "2024-03-12",
            "principals ~ Ruto | - | Kenya",
        ),
        (
            "Ruto and Okafor met in Abuja on Monday. Nigerian President Bola Okafor welcomed his \
             Kenyan counterpart.",
            "2024-03-12",
            "principals ~ Ruto | - | Kenya",
        ),
        (
            "Ruto then met with Okafor in Abuja. Nigerian President Bola Okafor welcomed his \
             Kenyan counterpart.",
            "2024-03-12",
            "principals ~ Ruto | - | Kenya",
        ),
        (
            "Officials met Okafor in Abuja on Monday. Nigerian President Bola Okafor later \
             welcomed Kenyan President Samuel Ruto.",
            "2024-03-12",
            "principals !~ Officials",
        ),
    ]);
    check_es(&[
        (
            "Arce y Noboa se reunieron hoy en La Paz. El presidente boliviano, Luis Arce, recibió \
             a su homólogo ecuatoriano.",
            "principals ~ Noboa | - | Ecuador",
        ),
        (
            "Arce se reunirá con Noboa el lunes en La Paz. El presidente ecuatoriano, Daniel Noboa, \
             viajará mañana.",
            "principals ~ Arce | - | -
             principals ~ Daniel Noboa | Presidente | Ecuador",
        ),
    ]);
}

/// "en Beijing Lavrov abordó con su par chino, Wang Yi": a place of the tables before a name
/// ends there, the name is no tail of it; a meeting verb whose object is a titled name makes a
/// person of its subject.
#[test]
fn a_name_after_a_place_meets_a_titled_name() {
    check_all(&[
        (
            "In Nairobi Ruto met his Nigerian counterpart, Bola Okafor, on Monday.",
            "2024-03-12",
            "principals ~ Ruto
             principals ~ Bola Okafor | - | Nigeria",
        ),
        (
            "On arrival in Tokyo Ruto held talks with Japanese Prime Minister Kenji Sato.",
            "2024-03-12",
            "principals ~ Ruto
             principals ~ Kenji Sato | Prime Minister | Japan",
        ),
        (
            "After landing in Lima Ruto met Peru's President Dina Quispe.",
            "2024-03-12",
            "principals ~ Ruto
             principals ~ Dina Quispe | President | Peru",
        ),
    ]);
    check_es(&[
        (
            "En su visita a Lima Arce abordó con su par peruana, Dina Quispe, la crisis del agua.",
            "principals ~ Arce
             principals ~ Dina Quispe | - | Peru",
        ),
        (
            "Tras llegar a Brasilia Petro se reunió con el presidente brasileño, Luiz Lula.",
            "principals ~ Petro
             principals ~ Luiz Lula | Presidente | Brazil",
        ),
    ]);
}

/// "el presidente de la República", "the President of the Republic": the republic is the
/// country the dateline gives; with no dateline, no country is guessed.
#[test]
fn the_republic_of_the_dateline() {
    check_all(&[
        (
            "NAIROBI, March 4 (Reuters) - The President of the Republic, Samuel Mwangi, received \
             Nigerian President Bola Okafor at State House on Monday.",
            "2024-03-12",
            "principals ~ Samuel Mwangi | President of the Republic | Kenya",
        ),
        (
            "ACCRA: President of the Republic Kofi Mensah will meet Nigerian President Bola Okafor \
             on Friday.",
            "2024-03-12",
            "principals ~ Kofi Mensah | President of the Republic | Ghana",
        ),
        (
            "ACCRA, March 4 (AFP) - Nigerian President Bola Okafor was received on Monday by the \
             President of the Republic, Kofi Mensah.",
            "2024-03-12",
            "principals ~ Kofi Mensah | President of the Republic | Ghana",
        ),
    ]);
    check_es(&[
        (
            "QUITO, 4 mar (EFE).- El presidente de la República, Andrés Vera, recibió este lunes \
             en el Palacio de Carondelet al presidente peruano, Luis Quispe.",
            "principals ~ Andrés Vera | Presidente de la República | Ecuador",
        ),
        (
            "QUITO, 4 mar (EFE).- El presidente peruano, Luis Quispe, fue recibido este lunes por \
             el presidente de la República, Andrés Vera.",
            "principals ~ Andrés Vera | Presidente de la República | Ecuador",
        ),
        (
            "El presidente de la República, Andrés Vera, recibió este lunes al presidente \
             peruano, Luis Quispe.",
            "principals ~ Andrés Vera | Presidente de la República | -",
        ),
    ]);
}

/// "Minister for Natural Resources A", "Minister of Emergency Situations B": a portfolio of
/// several words whose first word is no portfolio alone may open the complement; the name
/// follows it.
#[test]
fn a_portfolio_of_several_words_opens_the_complement() {
    check_all(&[
        (
            "Ghana's Minister for Natural Resources Ama Owusu met Togo's Foreign Minister Koffi \
             Dogbe in Accra on Monday.",
            "2026-03-10",
            "principals = Ama Owusu | Minister for Natural Resources | Ghana; Koffi Dogbe | \
             Foreign Minister | Togo",
        ),
        (
            "Nepal's Minister for Human Rights Sita Thapa met India's Foreign Minister Ravi Menon \
             in Kathmandu on Monday.",
            "2026-03-10",
            "principals ~ Sita Thapa | Minister for Human Rights | Nepal",
        ),
        (
            "Minister for Disaster Management Sita Thapa and Bangladesh's Minister for Disaster \
             Management Karim Hossain met in Dhaka on 3 March.",
            "2026-03-10",
            "kind = ministerial\nprincipals ~ Sita Thapa | Minister for Disaster Management",
        ),
        (
            "Kazakhstan's Minister of Emergency Situations Aidos Nurlan held talks with his Kyrgyz \
             counterpart in Bishkek on Monday.",
            "2026-03-10",
            "kind = ministerial\nprincipals ~ Aidos Nurlan | Minister of Emergency Situations | \
             Kazakhstan",
        ),
        (
            "Tanzania's Minister for Natural Resources and Tourism Neema Mushi will receive \
             Kenya's Tourism Cabinet Secretary, Peter Otieno, in Arusha next week.",
            "2026-03-10",
            "principals ~ Neema Mushi | Minister for Natural Resources and Tourism | Tanzania",
        ),
    ]);
}
