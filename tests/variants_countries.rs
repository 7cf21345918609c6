//! The countries taking part that the text names without a person for each: lists each of
//! whose items an "of" opens with a name after it, countries after a word of attending, member
//! lists of the group meeting. Every sentence here is written by the team (names invented).

mod common;
use common::{check_all, check_in};

/// "the presidents of A, Name, and of B, Name": every country of the list, the names between.
#[test]
fn lists_opened_by_of_with_names_between() {
    check_all(&[
        (
            "The foreign ministers of Fiji, Ratu Vosa, and of Samoa, Lemi Tau, met in Suva on Friday.",
            "",
            "countries ~ Fiji
             countries ~ Samoa",
        ),
        (
            "The prime ministers of Fiji, Ratu Vosa; of Samoa, Lemi Tau; and of Tonga, Sione Hala, met in Suva on Friday.",
            "",
            "countries ~ Fiji
             countries ~ Samoa
             countries ~ Tonga",
        ),
        (
            "The leaders of Ghana (GH), Kofi Mensah, and of Togo, Eli Agbo, met in Accra to discuss trade.",
            "",
            "countries ~ Ghana
             countries ~ Togo",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "Los presidentes de Perú, Alma Reyes, y de Chile, Tomás Varga, celebrarán su primera reunión el lunes.",
                ),
                "",
                "countries ~ Peru
                 countries ~ Chile",
            ),
            (
                es(
                    "Los primeros ministros de Fiyi, Ratu Vosa; de Samoa, Lemi Tau; y de Tonga, Sione Hala, se reunieron el viernes en Suva.",
                ),
                "",
                "countries ~ Fiji
                 countries ~ Samoa
                 countries ~ Tonga",
            ),
            (
                es(
                    "Los cancilleres de Paraguay, Luis Prado, y de Bolivia, Raúl Mora, mantuvieron un encuentro en Asunción.",
                ),
                "",
                "countries ~ Paraguay
                 countries ~ Bolivia",
            ),
        ],
    );
}

/// "with the participation of A", "attended by A and B", "con la asistencia de invitados de
/// A y B": the countries right after a word of attending.
#[test]
fn countries_after_a_word_of_attending() {
    check_all(&[
        (
            "Prime Minister Sione Hala of Tonga opened the summit of the bloc in Nukualofa on Monday. The summit was attended by Fiji, Samoa and Vanuatu.",
            "",
            "countries ~ Fiji
             countries ~ Vanuatu",
        ),
        (
            "President Alma Reyes of Peru hosted the summit of the bloc in Lima on Monday, with the delegations of Ecuador and Bolivia in attendance. The delegation of Uruguay arrived late.",
            "",
            "countries ~ Uruguay",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "El presidente Luis Prado inauguró la cumbre del bloque el lunes en Asunción, con la asistencia además de invitados de Perú, Fiyi y Samoa.",
                ),
                "",
                "countries ~ Peru
                 countries ~ Fiji
                 countries ~ Samoa",
            ),
            (
                es(
                    "El presidente Luis Prado abrió el martes en Lima la cumbre de los países del bloque, que contará con la participación de Bolivia como miembro pleno.",
                ),
                "",
                "countries ~ Bolivia",
            ),
            (
                es(
                    "El presidente Luis Prado llegó a Quito para la cumbre del bloque, a la que asistirán delegaciones de Cuba y Haití.",
                ),
                "",
                "countries ~ Cuba
                 countries ~ Haiti",
            ),
            (
                es(
                    "Antes de la llegada del presidente Luis Prado a la cumbre, llegó la delegación de Cuba, encabezada por su vicepresidente.",
                ),
                "",
                "countries ~ Cuba",
            ),
        ],
    );
}

/// A meeting of a group's ministers: the members the text lists ("the cartel is made up of …",
/// "el grupo está integrado por …").
#[test]
fn members_of_a_group_whose_ministers_meet() {
    let members = "countries ~ Fiji
                   countries ~ Samoa
                   countries ~ Tonga
                   countries ~ Vanuatu";
    check_all(&[
        (
            "Oil ministers of the cartel met in Vienna on Saturday, Energy Minister Ratu Vosa of Fiji said. The cartel is made up of Fiji, Samoa, Tonga and Vanuatu.",
            "",
            members,
        ),
        (
            "Fisheries ministers of the forum will meet in Suva next week, Minister Ratu Vosa of Fiji said. The forum, which groups Fiji, Samoa, Tonga and Vanuatu, sets quotas.",
            "",
            members,
        ),
        (
            "Defence ministers of the pact met in Apia on Tuesday, hosted by Minister Lemi Tau of Samoa. The pact's members are Fiji, Samoa, Tonga and Vanuatu.",
            "",
            members,
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "Los ministros de Energía del grupo se reunieron el sábado en Viena, informó el ministro de Fiyi, Ratu Vosa. El grupo está integrado por Fiyi, Samoa, Tonga y Vanuatu.",
                ),
                "",
                members,
            ),
            (
                es(
                    "Los ministros de Pesca del bloque se reúnen este lunes en Suva, según el ministro Ratu Vosa. El bloque, conformado por Fiyi, Samoa, Tonga y Vanuatu, busca cuotas comunes.",
                ),
                "",
                members,
            ),
        ],
    );
}

/// At a summit, the groups of participants ("the leaders of A, B and C") in sentences that
/// do not themselves report the meeting; "Emiratos Árabes" as a Spanish short name.
#[test]
fn groups_of_participants_anywhere_at_a_summit() {
    const OPENED: &str = "Prime Minister Sione Hala of Tonga, President Ratu Vosa of Nauru and Prime Minister Lemi Tau of Kiribati opened the bloc's summit in Nukualofa on Monday.";
    const ABIERTA: &str = "El primer ministro de Tonga, Sione Hala, el presidente de Nauru, Ratu Vosa, y el primer ministro de Kiribati, Lemi Tau, inauguraron el lunes la cumbre del bloque en Nukualofa.";
    let three = "countries ~ Fiji
                 countries ~ Samoa
                 countries ~ Vanuatu";
    check_in(
        "en",
        &[
            (
                format!(
                    "{OPENED} Present in the hall were the leaders of Fiji, Samoa and Vanuatu."
                ),
                "",
                three,
            ),
            (
                format!(
                    "{OPENED} Earlier in the day, the heads of government of Fiji, Samoa and Vanuatu landed at the airport."
                ),
                "",
                three,
            ),
            (
                format!(
                    "{OPENED} Security was tight as the delegations of Fiji, Samoa and Vanuatu arrived."
                ),
                "",
                three,
            ),
        ],
    );
    check_in(
        "es",
        &[
            (
                format!(
                    "{ABIERTA} Ya se encuentran en la ciudad los jefes de Estado de Fiyi, Samoa y Vanuatu."
                ),
                "",
                three,
            ),
            (
                format!(
                    "{ABIERTA} Desde temprano llegaron al hotel los representantes de Fiyi, Samoa y Vanuatu."
                ),
                "",
                three,
            ),
            (
                format!("{ABIERTA} El grupo está integrado por Emiratos Árabes, Fiyi y Samoa."),
                "",
                "countries ~ United Arab Emirates
                 countries ~ Samoa",
            ),
        ],
    );
}

/// "attended by ministers from A, B and C": the people who came, then "from" and their
/// countries.
#[test]
fn people_from_countries() {
    const OPENED: &str = "Prime Minister Sione Hala of Tonga, President Ratu Vosa of Nauru and Prime Minister Lemi Tau of Kiribati opened the bloc's summit in Nukualofa on Monday.";
    let three = "countries ~ Fiji
                 countries ~ Samoa
                 countries ~ Vanuatu";
    check_in(
        "en",
        &[
            (
                "Oil ministers of the cartel met in Vienna on Saturday, Energy Minister Ratu Vosa of Nauru said. The meeting was attended by ministers from Fiji, Samoa and Vanuatu.".to_string(),
                "",
                three,
            ),
            (
                "Energy Minister Ratu Vosa of Nauru hosted the cartel's ministerial meeting in Yaren on Saturday, which ministers from Fiji, Samoa and Vanuatu attended.".to_string(),
                "",
                three,
            ),
            (
                format!("{OPENED} The summit is also being attended by representatives from Fiji, Samoa and Vanuatu."),
                "",
                three,
            ),
            (
                format!("{OPENED} Delegations from Fiji, Samoa and Vanuatu took part as observers."),
                "",
                three,
            ),
            // A possessive before the people who came.
            (
                "Energy Minister Ratu Vosa of Nauru hosted the cartel's ministerial meeting in Yaren on Saturday. The ministers will be joined by their counterparts from Fiji, Samoa and Vanuatu today.".to_string(),
                "",
                three,
            ),
        ],
    );
    check_in(
        "es",
        &[
            (
                "El ministro de Energía de Nauru, Ratu Vosa, inauguró el sábado en Yaren la reunión ministerial del cártel, a la que asistieron ministros de Fiyi, Samoa y Vanuatu.".to_string(),
                "",
                three,
            ),
            // A possessive before the people who came.
            (
                "El ministro de Energía de Nauru, Ratu Vosa, inauguró el sábado en Yaren la reunión ministerial del cártel, a la que asistieron sus colegas de Fiyi, Samoa y Vanuatu.".to_string(),
                "",
                three,
            ),
        ],
    );
}

/// Member lists in Spanish phrasings: "los países miembros son …", "el bloque agrupa a …", "que
/// integran …", "comprende a …".
#[test]
fn spanish_member_lists() {
    const ABIERTA: &str = "El primer ministro de Tonga, Sione Hala, el presidente de Nauru, Ratu Vosa, y el primer ministro de Kiribati, Lemi Tau, inauguraron el lunes la cumbre del bloque en Nukualofa.";
    let three = "countries ~ Fiji
                 countries ~ Samoa
                 countries ~ Vanuatu";
    let rows: Vec<(String, &str, &str)> = [
        "Los países miembros son Fiyi, Samoa y Vanuatu.",
        "El bloque agrupa a Fiyi, Samoa y Vanuatu.",
        "El foro, que integran Fiyi, Samoa y Vanuatu, nació en 1971.",
        "Sus otros miembros son Fiyi, Samoa y Vanuatu.",
        "La organización comprende a Fiyi, Samoa y Vanuatu.",
    ]
    .into_iter()
    .map(|s| (format!("{ABIERTA} {s}"), "", three))
    .collect();
    check_in("es", &rows);
}

/// A side named as its country in a clause about the meeting: "the Chilean delegation", "la
/// parte samoana", "the Peru–Chile talks".
#[test]
fn sides_named_as_countries() {
    check_all(&[
        (
            "President Alma Reyes of Peru met the Chilean delegation in Lima on Monday to discuss trade.",
            "",
            "countries = Peru; Chile",
        ),
        (
            "Foreign Minister Ratu Vosa of Fiji held talks with the Samoan side in Suva on Friday.",
            "",
            "countries = Fiji; Samoa",
        ),
        (
            "The Bolivian team met President Alma Reyes of Peru in Lima on Monday.",
            "",
            "countries ~ Bolivia",
        ),
        (
            "President Alma Reyes of Peru will host the Peru–Chile talks in Lima next week.",
            "",
            "countries = Peru; Chile",
        ),
        // A pair in a topic is no side.
        (
            "President Alma Reyes of Peru met Prime Minister Lemi Tau of Samoa in Lima on Monday to boost Peru-Fiji ties.",
            "",
            "countries = Peru; Samoa",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "El presidente de Perú, Luis Prado, recibió el lunes en Lima a la delegación chilena.",
                ),
                "",
                "countries = Peru; Chile",
            ),
            (
                es(
                    "El canciller de Fiyi, Ratu Vosa, se reunió el viernes en Suva con la parte samoana.",
                ),
                "",
                "countries = Fiji; Samoa",
            ),
        ],
    );
}

/// A country as the subject of a word of attending: "Samoa was represented by its ambassador",
/// "Fiyi, en su primer viaje …, participó como país invitado"; not the end of a longer name.
#[test]
fn countries_that_attend() {
    const OPENED: &str = "Prime Minister Sione Hala of Tonga, President Ratu Vosa of Nauru and Prime Minister Lemi Tau of Kiribati opened the bloc's summit in Nukualofa on Monday.";
    const ABIERTA: &str = "El primer ministro de Tonga, Sione Hala, el presidente de Nauru, Ratu Vosa, y el primer ministro de Kiribati, Lemi Tau, inauguraron el lunes la cumbre del bloque en Nukualofa.";
    check_in(
        "en",
        &[
            (
                format!("{OPENED} Samoa was represented by its ambassador."),
                "",
                "countries ~ Samoa",
            ),
            (
                format!("{OPENED} Fiji also attended, as an observer."),
                "",
                "countries ~ Fiji",
            ),
            (
                format!("{OPENED} Heads of State of South America attended too."),
                "",
                "countries !~ United States",
            ),
        ],
    );
    check_in(
        "es",
        &[
            (
                format!("{ABIERTA} Samoa fue representada por su embajador."),
                "",
                "countries ~ Samoa",
            ),
            (
                format!(
                    "{ABIERTA} Fiyi, en su primer viaje al exterior desde la crisis, participó como país invitado."
                ),
                "",
                "countries ~ Fiji",
            ),
            (
                format!("{ABIERTA} Vanuatu también asistió."),
                "",
                "countries ~ Vanuatu",
            ),
        ],
    );
}

/// "Among the countries attending are A, B and C", "Entre los países que participan … se
/// encuentran A, B y C": the list after the copula that follows a word of attending.
#[test]
fn countries_listed_after_attending_and_a_copula() {
    const OPENED: &str = "Prime Minister Sione Hala of Tonga, President Ratu Vosa of Nauru and Prime Minister Lemi Tau of Kiribati opened the bloc's summit in Nukualofa on Monday.";
    const ABIERTA: &str = "El primer ministro de Tonga, Sione Hala, el presidente de Nauru, Ratu Vosa, y el primer ministro de Kiribati, Lemi Tau, inauguraron el lunes la cumbre del bloque en Nukualofa.";
    let three = "countries ~ Fiji
                 countries ~ Samoa
                 countries ~ Vanuatu";
    check_in(
        "en",
        &[
            (
                format!("{OPENED} Among the countries attending are Fiji, Samoa and Vanuatu."),
                "",
                three,
            ),
            (
                format!("{OPENED} The other countries taking part were Fiji, Samoa and Vanuatu."),
                "",
                three,
            ),
        ],
    );
    check_in(
        "es",
        &[
            (
                format!(
                    "{ABIERTA} Entre los países que participan en la cumbre se encuentran Fiyi, Samoa y Vanuatu."
                ),
                "",
                three,
            ),
            (
                format!(
                    "{ABIERTA} Entre los invitados que asistieron figuran Fiyi, Samoa y Vanuatu."
                ),
                "",
                three,
            ),
            (
                format!(
                    "{ABIERTA} Los países que participarán como observadores son Fiyi, Samoa y Vanuatu."
                ),
                "",
                three,
            ),
        ],
    );
}
