//! The country of each participant from the frame of the meeting: the side no principal has
//! yet, the country named where the meeting is held, the host's offices, a country's mission
//! abroad, and the principal a member comes with (not one whose meeting the member merely
//! attends). Every sentence here is written by the team; the names are invented.

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// "The bloc is made up of Estonia, Latvia and Lithuania", "una visita oficial a Uruguay": the
/// one side the text names that no principal represents is the country of the one principal
/// named without any, at a summit as at a meeting with an organisation's head.
#[test]
fn the_side_left_over_is_the_last_principals() {
    check_rows(
        "en",
        &[
            (
                "The leaders of the bloc will meet in Tallinn on Friday. Estonian Prime Minister \
                 Kaarel Sepp, Latvian Prime Minister Ilgvars Ozolkalns and Prime Minister Vytenis \
                 Kairys will discuss energy links. The bloc is made up of Estonia, Latvia and \
                 Lithuania.",
                "principals ~ Vytenis Kairys | Prime Minister | Lithuania
                 kind = multilateral",
            ),
            (
                "Prime Minister Vytenis Kairys, Estonian Prime Minister Kaarel Sepp and Latvian \
                 Prime Minister Ilgvars Ozolkalns held a summit in Riga on Monday. The alliance's \
                 members are Estonia, Latvia and Lithuania.",
                "principals ~ Vytenis Kairys | Prime Minister | Lithuania",
            ),
            (
                "Estonian Prime Minister Kaarel Sepp hosted Latvian Prime Minister Ilgvars \
                 Ozolkalns and Prime Minister Vytenis Kairys in Tallinn on Thursday for the bloc's \
                 annual summit. The bloc groups Estonia, Latvia and Lithuania.",
                "principals ~ Vytenis Kairys | Prime Minister | Lithuania",
            ),
            (
                "UN Secretary-General Rafael Ostrander met President Kiri Tamasese on Tuesday, on \
                 the second day of a three-day visit to Samoa.",
                "principals ~ Kiri Tamasese | President | Samoa",
            ),
            (
                "The Secretary-General of the Commonwealth, Amara Okonjo, was received by President \
                 Lusia Vaipulu on Wednesday at the start of a visit to Tonga.",
                "principals ~ Lusia Vaipulu | President | Tonga",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente de Chile, Ramiro Solís Ugarte, la presidenta peruana, Elena Quispe \
                 Mayta, y el presidente Andrés Villalba Ruiz se reunieron el lunes en Lima en una \
                 cumbre del grupo, que integran Chile, Perú y Colombia.",
                "principals ~ Andrés Villalba Ruiz | Presidente | Colombia",
            ),
            (
                "La cumbre reunió el martes en Quito al presidente ecuatoriano Julio Andrade Paz, a \
                 la presidenta boliviana Marta Choque Quispe y al presidente Tomás Ferreyra Lugo. El \
                 bloque está conformado por Ecuador, Bolivia y Paraguay.",
                "principals ~ Tomás Ferreyra Lugo | Presidente | Paraguay",
            ),
        ],
    );
}

/// "received Obama at the Vatican", "recibió en Suecia": a country named as where the meeting
/// is held, not only its capital or seat, is the host's.
#[test]
fn a_country_named_as_the_place_is_the_receivers() {
    check_rows(
        "en",
        &[
            (
                "Pope Clement XV received Brazilian President Aldo Ferraz at the Vatican on Monday \
                 for a private audience of forty minutes.",
                "principals ~ Clement XV | Pope | Vatican City",
            ),
            (
                "Sultan Omar Saifuddin received Malaysian Prime Minister Rashid Hamzah in Brunei on \
                 Tuesday, and the two leaders discussed maritime trade.",
                "principals ~ Omar Saifuddin | Sultan | Brunei",
            ),
            (
                "Chilean President Ramiro Solis was received by Pope Clement XV at the Vatican on \
                 Friday.",
                "principals ~ Clement XV | Pope | Vatican City",
            ),
            (
                "King Tupou Fakafanua welcomed New Zealand Prime Minister Ella Harkness in Tonga on \
                 Monday for talks on fisheries.",
                "principals ~ Tupou Fakafanua | King | Tonga",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El papa Clemente XV recibió este lunes en el Vaticano al presidente argentino \
                 Martín Iriarte, con quien conversó durante media hora.",
                "principals ~ Clemente XV | Papa | Vatican City",
            ),
            (
                "El rey Carlos Gustavo Ahlberg recibirá en Suecia a la presidenta chilena Daniela \
                 Roco el próximo martes.",
                "principals ~ Carlos Gustavo Ahlberg | Rey | Sweden",
            ),
        ],
    );
}

/// "the meeting in the Oval Office between President X, Vice President Y and Z": a member's
/// office named without its country, at a meeting of two held at a principal's seat or in
/// its city, is that country's; a seat of government names its side ("talks at the
/// Kremlin"). Not counterparts one title names together ("the foreign ministers A and B").
#[test]
fn the_hosts_offices_at_a_meeting_on_its_ground() {
    check_rows(
        "en",
        &[
            (
                "Friday's meeting in the Oval Office between President Mark Fenner, Vice President \
                 Dana Whitfield and Ukrainian President Oleh Marchuk lasted an hour.",
                "principals ~ Mark Fenner | President | United States
                 members ~ Dana Whitfield | Vice President | United States",
            ),
            (
                "Kenyan President Daniel Mwangi met Ethiopian Prime Minister Abiy Tesfaye at State \
                 House, Nairobi, on Monday. Also present were Finance Minister Joyce Wanjiru and \
                 Interior Minister Peter Otieno.",
                "members ~ Joyce Wanjiru | Finance Minister | Kenya
                 members ~ Peter Otieno | Interior Minister | Kenya",
            ),
            (
                "The talks at the Kremlin between President Viktor Orlov and Hungarian Prime \
                 Minister Gabor Kertesz were also attended by Defence Minister Anatoly Gromov.",
                "principals ~ Viktor Orlov | President | Russia
                 members ~ Anatoly Gromov | Defence Minister | Russia",
            ),
            (
                "Japanese Prime Minister Taro Hidaka received Australian Prime Minister Liam \
                 Corrigan in Tokyo on Tuesday. The meeting was attended by Chief Cabinet Secretary \
                 Kenji Morimoto.",
                "members ~ Kenji Morimoto | Chief Cabinet Secretary | Japan",
            ),
            (
                "Kenyan President Daniel Mwangi received Ethiopian Prime Minister Abiy Tesfaye at \
                 State House, Nairobi, on Monday. The talks were also attended by the foreign \
                 ministers Joyce Wanjiru and Seyoum Bekele.",
                "members !~ Kenya",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente argentino Martín Iriarte recibió el jueves en la Casa Rosada a su \
                 par uruguayo, Tomás Ferreyra. También participó de la reunión la ministra de \
                 Economía, Laura Benítez.",
                "members ~ Laura Benítez | Ministra de Economía | Argentina",
            ),
            (
                "El presidente argentino Martín Iriarte recibió el jueves en la Casa Rosada a su \
                 par uruguayo, Tomás Ferreyra. También participaron los cancilleres Laura Benítez \
                 y Pablo Arrieta.",
                "members !~ Argentina",
            ),
        ],
    );
}

/// "at the Embassy of Pakistan", "at the Nigerian embassy", "en la Embajada de Colombia": a
/// meeting at a country's mission abroad has that country as a side, on its own ground
/// whatever city the dateline names; the dateline's country is no guess then for the one
/// principal still without one. Not a mission that only speaks ("from the embassy").
#[test]
fn a_meeting_at_a_mission_is_on_its_countrys_ground() {
    check_rows(
        "en",
        &[
            (
                "BEIJING: Prime Minister Asif Qureshi received Chinese Vice Premier Li Wenbo at the \
                 Embassy of Pakistan on Sunday.",
                "principals ~ Asif Qureshi | Prime Minister | Pakistan",
            ),
            (
                "TOKYO: President Samuel Okoro met Japanese Prime Minister Taro Hidaka at the \
                 Nigerian embassy on Thursday.",
                "principals ~ Samuel Okoro | President | Nigeria",
            ),
            (
                "LONDON, June 3: President Samuel Okoro held talks with British Prime Minister \
                 Ellen Marsh at Nigeria's High Commission.",
                "principals ~ Samuel Okoro | President | Nigeria",
            ),
            (
                "WASHINGTON: Prime Minister Asif Qureshi met Senator Dana Whitfield at the \
                 Pakistani embassy on Monday to discuss trade.",
                "principals !~ United States
                 countries ~ Pakistan",
            ),
            (
                "WASHINGTON: President Ali Rahman met Prime Minister Asif Qureshi at the Embassy of \
                 Pakistan on Monday.",
                "principals ~ Ali Rahman | President | United States
                 principals ~ Asif Qureshi | Prime Minister | Pakistan",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "MADRID.- El presidente Andrés Villalba recibió este martes al presidente del Gobierno \
             español, Jaime Ortega, en la Embajada de Colombia.",
            "principals ~ Andrés Villalba | Presidente | Colombia",
        )],
    );
}

/// "Accompanied by A, X received Y", "X, who was accompanied by A, met Y": a member comes with
/// the principal a word of company ties them to, whose side may be unknown yet; a word of
/// mere presence ("were also attended by", "contó con la presencia de") or a principal's
/// other business ("will see the Speaker") ties the member to nobody's side.
#[test]
fn a_member_is_of_the_side_they_come_with() {
    check_rows(
        "en",
        &[
            (
                "Accompanied by Finance Minister Rosa Ibarra, President Daniel Morales received \
                 Haitian President Jean Baptiste Celestin at the palace on Monday.",
                "members !~ Haiti",
            ),
            (
                "The talks at the palace between President Daniel Morales and Hungarian Prime \
                 Minister Gabor Kertesz were also attended by Defence Minister Anatoly Gromov.",
                "members !~ Hungary",
            ),
            (
                "Hungarian Prime Minister Gabor Kertesz will meet President Viktor Orlov on Friday \
                 and will see the Speaker Anna Petrovna and some ministers at a dinner.",
                "members !~ Hungary",
            ),
            (
                "Hungarian Prime Minister Gabor Kertesz will hold talks with President Viktor \
                 Orlov on Friday and will later greet Senate Speaker Anna Petrovna and several \
                 ministers at a reception.",
                "members !~ Hungary",
            ),
            (
                "Hungarian Prime Minister Gabor Kertesz, who was accompanied by Foreign Minister \
                 Peter Szabo, met President Viktor Orlov on Friday.",
                "members ~ Peter Szabo | Foreign Minister | Hungary",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Acompañado por el ministro de la Presidencia, Gustavo Alcántara, Morales recibió \
                 al presidente haitiano Jean Baptiste Célestin en la escalinata del palacio.",
                "members !~ Haiti",
            ),
            (
                "La reunión entre el presidente Daniel Morales y el primer ministro húngaro Gabor \
                 Kertesz contó con la presencia del ministro de Defensa, Anatoli Gromov.",
                "members !~ Hungary",
            ),
        ],
    );
}

/// "The Kremlin said the talks will also include Defence Minister X": the government of a side
/// that reports who takes part names its own people; a member named without a country in its
/// report is of that side.
#[test]
fn a_sides_government_reports_its_own_people() {
    check_rows(
        "en",
        &[
            (
                "President Viktor Orlov will meet French President Claire Dumont in Geneva on \
                 Friday. The Kremlin said the talks will also include Defence Minister Anatoly \
                 Gromov and adviser Pavel Zhuravin.",
                "members ~ Anatoly Gromov | Defence Minister | Russia
                 members ~ Pavel Zhuravin | Adviser | Russia",
            ),
            (
                "President Mark Fenner met Ukrainian President Oleh Marchuk in Geneva on Monday. \
                 The White House said the meeting also included Treasury Secretary Dana Whitfield.",
                "members ~ Dana Whitfield | Treasury Secretary | United States",
            ),
            (
                "President Viktor Orlov met French President Claire Dumont in Geneva on Friday, the \
                 Kremlin said, adding that Foreign Minister Anatoly Gromov took part in the talks.",
                "members ~ Anatoly Gromov | Foreign Minister | Russia",
            ),
            (
                "Chinese Premier Li Wenbo met Prime Minister Asif Qureshi in Geneva. Islamabad said \
                 Foreign Minister Hina Siddiqui joined the meeting.",
                "members ~ Hina Siddiqui | Foreign Minister | Pakistan",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente Martín Iriarte se reunió el lunes en Ginebra con el presidente uruguayo \
             Tomás Ferreyra. La Casa Rosada informó que del encuentro participó también la ministra \
             de Economía, Laura Benítez.",
            "members ~ Laura Benítez | Ministra de Economía | Argentina",
        )],
    );
}

/// A minister's or an official's title with no owner of its own, joined by "and" right after
/// a person whose title gives a country, is of that country too, in either word order of
/// the language ("Ethiopian Foreign Minister X and Water Minister Y", "el canciller etíope, X,
/// y el ministro de Agua, Y"); a leader's title is not ("Chinese President X and President
/// Y" are two sides), nor one that would leave the meeting a single side.
#[test]
fn a_coordinated_title_shares_the_owner_before_it() {
    check_rows(
        "en",
        &[
            (
                "Kenyan Foreign Minister Ruth Wambui and Water Minister Peter Otieno met Ugandan Foreign Minister Grace Auma in Nairobi on Thursday.",
                "principals = Ruth Wambui | Foreign Minister | Kenya; Peter Otieno | Water Minister | Kenya; Grace Auma | Foreign Minister | Uganda",
            ),
            (
                "Chinese President Li Wei and President John Hale met in Beijing on Thursday.",
                "principals ~ John Hale | President | -",
            ),
            (
                "Kenyan Trade Minister Ruth Wambui and Commerce Minister Peter Otieno held talks in Nairobi on Thursday.",
                "principals ~ Peter Otieno | Commerce Minister | -",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El canciller keniano, Ruth Wambui, y el ministro de Agua, Peter Otieno, se reunieron el jueves en Nairobi con la canciller ugandesa, Grace Auma.",
            "principals = Ruth Wambui | Canciller | Kenya; Peter Otieno | Ministro de Agua | Kenya; Grace Auma | Canciller | Uganda",
        )],
    );
}
