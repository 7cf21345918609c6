//! The cast of articles the rules were not written on (issues #12 and #13): a host's passive
//! whose agent follows the verb's complements of place and time ("was welcomed to the White
//! House on Thursday by X"), a host's verb in any tense and aspect, and a country that is a
//! topic of the talks, which is no side. Every sentence here is written by the team; the names
//! are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2026-03-10 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2026-03-10", "", table);
}

/// "X was welcomed to the White House on Thursday by Y": the agent of a passive may follow
/// the verb's complements anywhere in its stretch of the clause; the agent is the host, the
/// subject the guest (who takes no host's country), in any tense and aspect.
#[test]
fn a_passive_hosts_agent_after_its_complements() {
    check_rows(
        "en",
        &[
            (
                "Prime Minister Tomas Verhoef was welcomed to the White House by President \
                 Daniel Crowe on Thursday.",
                "principals = Tomas Verhoef | Prime Minister | -; Daniel Crowe | President | United States",
            ),
            (
                "Prime Minister Tomas Verhoef was received at the White House on Thursday by \
                 President Daniel Crowe.",
                "principals = Tomas Verhoef | Prime Minister | -; Daniel Crowe | President | United States",
            ),
            (
                "Prime Minister Tomas Verhoef will be welcomed to the White House on Thursday by \
                 President Daniel Crowe.",
                "status = planned
                 principals ~ Daniel Crowe | President | United States
                 principals !~ Verhoef | Prime Minister | United States",
            ),
            (
                "Prime Minister Tomas Verhoef has been hosted at the White House this week by \
                 President Daniel Crowe.",
                "principals = Tomas Verhoef | Prime Minister | -; Daniel Crowe | President | United States",
            ),
            (
                "Canadian Prime Minister Paul Tremblay was welcomed at the Elysee Palace in Paris \
                 on Monday by President Luc Moreau.",
                "kind = bilateral
                 principals = Paul Tremblay | Prime Minister | Canada; Luc Moreau | President | France",
            ),
            (
                "President Daniel Crowe will receive Prime Minister Tomas Verhoef at the White \
                 House on Thursday.",
                "kind = bilateral
                 principals = Daniel Crowe | President | United States; Tomas Verhoef | Prime Minister | -",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El primer ministro canadiense, Paul Tremblay, fue recibido en el Palacio del \
                 Elíseo en París el lunes por el presidente Luc Moreau.",
                "kind = bilateral
                 principals ~ Luc Moreau | Presidente | France",
            ),
            (
                "El primer ministro Tomas Verhoef fue recibido en la Casa Blanca por el presidente \
                 Daniel Crowe el jueves.",
                "principals = Tomas Verhoef | Primer ministro | -; Daniel Crowe | Presidente | United States",
            ),
        ],
    );
}

/// "The pair discussed Ukraine", "talks on Ukraine", "their views about Ukraine": a country
/// that is a topic of the talks is no side, so no principal is guessed to be from it.
#[test]
fn a_country_talked_about_is_no_side() {
    check_rows(
        "en",
        &[
            (
                "Prime Minister Tomas Verhoef was welcomed to the White House by President \
                 Daniel Crowe on Thursday. The pair discussed Ukraine, artificial intelligence \
                 and clean energy.",
                "principals = Tomas Verhoef | Prime Minister | -; Daniel Crowe | President | United States",
            ),
            (
                "President Daniel Crowe met Prime Minister Tomas Verhoef at the White House on \
                 Thursday. They discussed China and trade.",
                "principals !~ China",
            ),
            (
                "President Daniel Crowe will receive Prime Minister Tomas Verhoef at the White \
                 House on Thursday for talks on Iran.",
                "principals !~ Iran",
            ),
            (
                "President Daniel Crowe met Prime Minister Tomas Verhoef in the Oval Office on \
                 Thursday. The two leaders exchanged views on Ukraine and Iran.",
                "principals !~ Ukraine
                 principals !~ Iran",
            ),
            (
                "President Daniel Crowe and Prime Minister Tomas Verhoef held talks in the Oval \
                 Office on Thursday, sharing their views about Venezuela.",
                "principals !~ Venezuela",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente Daniel Crowe recibió al primer ministro Tomas Verhoef en la Casa Blanca \
             el jueves. Ambos conversaron sobre Ucrania y el comercio.",
            "principals = Daniel Crowe | Presidente | United States; Tomas Verhoef | Primer ministro | -",
        )],
    );
}

/// "Petrova and Popescu discussed Black Sea security": a verb of discussing takes its topic for
/// its object, so a capitalised word after it is no person met, in any tense and word order;
/// "abordó con X" still links to a person.
#[test]
fn a_topic_after_a_verb_of_discussing_is_no_person() {
    let meeting = "President Elena Petrova of Bulgaria met Romanian President Andrei Popescu in Ruse on Friday.";
    let rows = [
        "Petrova and Popescu discussed Black Sea security.",
        "Petrova and Popescu will discuss Danube shipping on Saturday.",
        "Petrova and Popescu were discussing Danube Commission reform.",
        "Petrova discussed Black Sea security with Popescu.",
        "Popescu and Petrova also discussed Schengen accession.",
    ];
    let expected =
        "principals = Elena Petrova | President | Bulgaria; Andrei Popescu | President | Romania";
    let table: Vec<(&str, &str)> = rows.iter().map(|&row| (row, expected)).collect();
    common::check_rows("en", "2026-03-10", meeting, &table);
    check_rows(
        "es",
        &[(
            "La presidenta búlgara, Elena Petrova, recibió al presidente rumano, Andrei Popescu, en \
             Ruse el viernes. Petrova y Popescu discutieron Schengen y el Danubio.",
            "principals = Elena Petrova | Presidenta | Bulgaria; Andrei Popescu | Presidente | Romania",
        )],
    );
}

/// "Tran Van Long met …", "Daniel Young said": a word of prose capitalised inside a sentence
/// of prose, right after a name's words, is the name's last word (a surname), not the end of
/// the name before it; in apposition, after a title, before a comma, in a list.
#[test]
fn a_surname_that_is_a_word_of_prose() {
    check_rows(
        "en",
        &[
            (
                "Vietnamese Prime Minister Tran Van Long met Thai Prime Minister Somchai \
                 Wongsawat in Bangkok on Monday.",
                "principals = Tran Van Long | Prime Minister | Vietnam; Somchai Wongsawat | Prime Minister | Thailand",
            ),
            (
                "Tran Van Long, Vietnam's prime minister, met Thai Prime Minister Somchai \
                 Wongsawat in Bangkok on Monday.",
                "principals ~ Tran Van Long | Prime minister | Vietnam",
            ),
            (
                "Thai Prime Minister Somchai Wongsawat will host Vietnamese Prime Minister Tran \
                 Van Long in Bangkok next week.",
                "principals ~ Tran Van Long | Prime Minister | Vietnam",
            ),
            (
                "Prime Minister Tran Van Long of Vietnam and Prime Minister Somchai Wongsawat of \
                 Thailand met in Bangkok.",
                "principals ~ Tran Van Long | Prime Minister | Vietnam",
            ),
            (
                "British Foreign Secretary Daniel Young held talks with Kenyan President Samuel \
                 Kiprono in Nairobi on Monday.",
                "principals = Daniel Young | Foreign Secretary | United Kingdom; Samuel Kiprono | President | Kenya",
            ),
            (
                "Kenyan President Samuel Kiprono received Daniel Young, the British foreign \
                 secretary, in Nairobi on Monday.",
                "principals ~ Daniel Young | Foreign secretary | United Kingdom",
            ),
        ],
    );
}

/// "Kiprono flew to Dodoma for talks with Mushi. The Kenyan leader …": a description of a
/// country fitting several people of no known country is, in a later sentence, the subject the
/// story goes on with; in their own sentence, the one named last ("met Mushi to urge the
/// Tanzanian leader"). Never the other way round.
#[test]
fn a_description_of_a_country_among_two_people_of_none() {
    check_rows(
        "en",
        &[
            (
                "President Kiprono flew to Dodoma on Monday for talks with President Mushi. The \
                 Kenyan leader and his Tanzanian host discussed trade.",
                "principals = Kiprono | President | Kenya; Mushi | President | Tanzania",
            ),
            (
                "President Kiprono met President Mushi in Arusha on Monday. The Kenyan leader \
                 said the talks were useful.",
                "principals = Kiprono | President | Kenya; Mushi | President | -",
            ),
            (
                "President Kiprono held talks with President Mushi in Arusha on Monday. Later, the \
                 Kenyan president told reporters the border would reopen.",
                "principals = Kiprono | President | Kenya; Mushi | President | -",
            ),
            (
                "President Kiprono will travel to Arusha on Monday to meet President Mushi. The \
                 Kenyan leader hopes to settle a border dispute.",
                "principals = Kiprono | President | Kenya; Mushi | President | -",
            ),
            (
                "President Kiprono was received by President Mushi in Dodoma on Monday. The \
                 Kenyan leader thanked his hosts.",
                "principals = Kiprono | President | Kenya; Mushi | President | Tanzania",
            ),
            (
                "President Kiprono met President Mushi on Monday in Arusha to urge the Tanzanian \
                 leader to reopen the border.",
                "principals = Kiprono | President | -; Mushi | President | Tanzania",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente Kiprono se reunió con la presidenta Mushi en Arusha el lunes. El \
             mandatario keniano dijo que las conversaciones fueron útiles.",
            "principals = Kiprono | Presidente | Kenya; Mushi | Presidenta | -",
        )],
    );
}

/// "recibió el martes en el Palacio de La Moneda a su par", "met on Monday at the Merdeka
/// Palace in central Jakarta with": the link to the other side may follow the verb's
/// complements of time and place, however many, in its stretch of the clause.
#[test]
fn the_other_side_after_long_complements_of_time_and_place() {
    check_rows(
        "en",
        &[
            (
                "Malaysian Prime Minister Aziz Rahman met on Monday at the Merdeka Palace in \
                 central Jakarta with President Budi Santoso.",
                "kind = bilateral
                 principals ~ Aziz Rahman | Prime Minister | Malaysia
                 principals ~ Budi Santoso | President",
            ),
            (
                "Malaysian Prime Minister Aziz Rahman held talks on Monday afternoon at the \
                 presidential palace in Jakarta with Indonesian President Budi Santoso.",
                "principals = Aziz Rahman | Prime Minister | Malaysia; Budi Santoso | President | Indonesia",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La presidenta chilena Carla Fuentes recibió el martes en el Palacio de La Moneda \
                 a su par boliviano, Evo Quispe.",
                "kind = bilateral
                 principals ~ Carla Fuentes | Presidenta | Chile
                 principals ~ Evo Quispe",
            ),
            (
                "La presidenta chilena Carla Fuentes se reunió el martes por la tarde en el \
                 Palacio de La Moneda con su par boliviano, Evo Quispe.",
                "kind = bilateral
                 principals ~ Evo Quispe",
            ),
            (
                "El presidente boliviano Evo Quispe se reunirá el próximo martes en el Palacio de \
                 La Moneda de Santiago con la presidenta Carla Fuentes.",
                "kind = bilateral
                 status = planned
                 principals ~ Carla Fuentes | Presidenta | Chile",
            ),
            (
                "El presidente boliviano Evo Quispe se reunió este martes por la mañana en la sede \
                 del Gobierno en Santiago con la presidenta Carla Fuentes.",
                "kind = bilateral
                 principals ~ Evo Quispe | Presidente | Bolivia
                 principals ~ Carla Fuentes | Presidenta",
            ),
        ],
    );
}

/// "Kenji Morita, who took office in January, met President Lee": a relative clause set off by
/// commas between a name and its verb of meeting leaves the name the verb's subject, a person
/// who meets, in any tense and with any verb of meeting.
#[test]
fn a_relative_clause_between_a_name_and_its_verb() {
    let principal = "principals ~ Kenji Morita |
                     principals ~ Lee Dong-hoon | President | South Korea";
    check_rows(
        "en",
        &[
            (
                "Kenji Morita, who took office in January, will meet South Korean President Lee \
                 Dong-hoon in Seoul on Thursday.",
                principal,
            ),
            (
                "Kenji Morita, who became Japan's prime minister last year, met South Korean \
                 President Lee Dong-hoon in Seoul on Thursday.",
                principal,
            ),
            (
                "Kenji Morita, whose party won the election in January, held talks with South \
                 Korean President Lee Dong-hoon in Seoul on Thursday.",
                principal,
            ),
            (
                "Kenji Morita, who had never visited Korea before, met with South Korean \
                 President Lee Dong-hoon in Seoul on Thursday.",
                principal,
            ),
            (
                "South Korean President Lee Dong-hoon met Kenji Morita, who took office in \
                 January, in Seoul on Thursday.",
                principal,
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "Kenji Morita, quien asumió el cargo en enero, se reunió el jueves en Seúl con el \
             presidente surcoreano Lee Dong-hoon.",
            "principals ~ Kenji Morita |
             principals ~ Lee Dong-hoon | Presidente | South Korea",
        )],
    );
}

/// "His Majesty King Harald", "Her Royal Highness …": a form of address before a title is no
/// part of the office (the title is the king's, not a "Majesty King"), as subject or agent,
/// with any royal title.
#[test]
fn a_form_of_address_before_a_royal_title() {
    check_rows(
        "en",
        &[
            (
                "Her Majesty Queen Ingrid of Denmark received President Jonas Berg of Norway at \
                 Amalienborg Palace on Tuesday.",
                "principals ~ Ingrid | Queen | Denmark
                 principals !~ Majesty",
            ),
            (
                "President Jonas Berg of Norway was received by Her Majesty Queen Ingrid at \
                 Amalienborg Palace on Tuesday.",
                "principals ~ Ingrid | Queen | Denmark
                 principals !~ Majesty",
            ),
            (
                "His Majesty King Harald of Norway received President Luc Moreau of France at the \
                 Royal Palace on Tuesday.",
                "principals ~ Harald | King | Norway
                 principals !~ Majesty",
            ),
            (
                "His Royal Highness Crown Prince Faisal received President Luc Moreau of France in \
                 Riyadh on Tuesday.",
                "principals ~ Faisal | Crown Prince | Saudi Arabia
                 principals !~ Highness",
            ),
            (
                "His Highness Emir Hamad bin Khalid will host President Luc Moreau of France in \
                 Doha next week.",
                "principals ~ Hamad bin Khalid | Emir | Qatar
                 principals !~ Highness",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "Su Majestad el Rey Harald de Noruega recibió al presidente francés Luc Moreau en Oslo \
             el martes.",
            "principals ~ Harald | Rey | Norway
             principals !~ Majestad",
        )],
    );
}

/// "The leaders of France, Germany and Italy – A, B and C – met": after a plural title, a dash
/// sets off the list of its holders as a comma does; each holder takes the country in the
/// same place of the list, with any dash, title, tense and language.
#[test]
fn a_plural_title_and_its_holders_set_off_by_dashes() {
    check_rows(
        "en",
        &[
            (
                "The leaders of France, Germany and Italy - Luc Moreau, Klaus Hartmann and Giulia \
                 Ferraro - met in Rome on Friday.",
                "principals = Luc Moreau | Leader | France; Klaus Hartmann | Leader | Germany; Giulia Ferraro | Leader | Italy",
            ),
            (
                "The leaders of France, Germany and Italy – Luc Moreau, Klaus Hartmann and Giulia \
                 Ferraro – met in Rome on Friday.",
                "principals ~ Klaus Hartmann | Leader | Germany",
            ),
            (
                "The prime ministers of Norway and Denmark — Erik Solheim-Berg and Mette Lindqvist \
                 — met in Oslo on Friday.",
                "principals = Erik Solheim-Berg | Prime minister | Norway; Mette Lindqvist | Prime minister | Denmark",
            ),
            (
                "The presidents of Ghana and Togo – Kwame Asante and Koffi Mensah – will meet in \
                 Lome next week.",
                "principals = Kwame Asante | President | Ghana; Koffi Mensah | President | Togo",
            ),
            (
                "The foreign ministers of Peru and Chile — Rosa Paredes and Pablo Soto — held talks \
                 in Lima on Monday.",
                "principals = Rosa Paredes | Foreign minister | Peru; Pablo Soto | Foreign minister | Chile",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "Los presidentes de Chile y Bolivia – Carla Fuentes y Evo Quispe – se reunieron el \
             martes en La Paz.",
            "principals = Carla Fuentes | Presidente | Chile; Evo Quispe | Presidente | Bolivia",
        )],
    );
}

/// "a US congressional delegation led by Senator X": a country before a side noun and its
/// modifier names that side, whose leader is of it; the principal who receives the
/// delegation is not ("X hosted a Japanese trade delegation" leaves X no Japanese).
#[test]
fn a_delegation_named_by_its_country_and_its_host() {
    check_rows(
        "en",
        &[
            (
                "Kenyan President Samuel Kiprono received a US congressional delegation led by \
                 Senator Daniel Yates on Monday.",
                "principals = Samuel Kiprono | President | Kenya
                 members = Daniel Yates | Senator | United States",
            ),
            (
                "A UK parliamentary delegation led by Senator Daniel Yates met Kenyan President \
                 Samuel Kiprono in Nairobi on Monday.",
                "members ~ Daniel Yates | Senator | United Kingdom",
            ),
            (
                "Kenyan President Samuel Kiprono will receive a US trade delegation led by \
                 Commerce Secretary Ann Price in Nairobi next week.",
                "members ~ Ann Price | Commerce Secretary | United States",
            ),
            (
                "Kenyan President Samuel Kiprono met the US congressional delegation, led by \
                 Senator Daniel Yates, at State House on Monday.",
                "members ~ Daniel Yates | Senator | United States",
            ),
            (
                "President Samuel Kiprono on Monday hosted a Japan trade delegation headed by \
                 Minister Kenji Sato.",
                "principals !~ Japan
                 members ~ Kenji Sato | Minister | Japan",
            ),
            (
                "President Samuel Kiprono on Monday hosted a Japanese trade delegation headed by \
                 Minister Kenji Sato.",
                "principals !~ Japan",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente keniano Samuel Kiprono recibió el lunes a una delegación estadounidense \
             encabezada por el senador Daniel Yates.",
            "principals ~ Samuel Kiprono | Presidente | Kenya
             principals ~ Daniel Yates | Senador | United States",
        )],
    );
}

/// "was received at La Moneda, in Santiago, by X": a passive's agent may follow a place set
/// off by commas, in any tense and language.
#[test]
fn a_passive_hosts_agent_after_a_place_set_off_by_commas() {
    let both = "kind = bilateral
                principals = Juan Mendoza | President | Peru; Carla Fuentes | President | Chile";
    check_rows(
        "en",
        &[
            (
                "Peruvian President Juan Mendoza was received on Thursday at La Moneda, in \
                 Santiago, by Chilean President Carla Fuentes.",
                both,
            ),
            (
                "Peruvian President Juan Mendoza was welcomed to Santiago, the Chilean capital, \
                 by President Carla Fuentes on Thursday.",
                both,
            ),
            (
                "Peruvian President Juan Mendoza will be received at La Moneda, the presidential \
                 palace, by Chilean President Carla Fuentes.",
                both,
            ),
            (
                "Peruvian President Juan Mendoza has been hosted in Valparaiso, on the coast, by \
                 President Carla Fuentes.",
                both,
            ),
        ],
    );
    let ambos = "kind = bilateral
                 principals = Juan Mendoza | Presidente | Peru; Carla Fuentes | Presidenta | Chile";
    check_rows(
        "es",
        &[
            (
                "El presidente peruano Juan Mendoza fue recibido el jueves en el Palacio de La \
                 Moneda, en Santiago, por la presidenta Carla Fuentes.",
                ambos,
            ),
            (
                "El presidente peruano Juan Mendoza será recibido en Santiago, la capital chilena, \
                 por la presidenta Carla Fuentes.",
                ambos,
            ),
        ],
    );
}
