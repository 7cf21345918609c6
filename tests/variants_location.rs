//! The place of the meeting in the forms English gives it: a country as the place, a country's
//! capital named by the country, the city in the meeting's name, a kind of place and its name,
//! a town the tables do not know with its country, a venue in quotes, a seat named by its kind
//! in its holder's or host's country; and what is no place of the meeting: metonyms, earlier
//! meetings, topics. Every sentence here is written by the team (names are invented).

mod common;
use common::{check_all, check_in};

/// "met in Portugal": a country after a place preposition that completes a meeting word.
#[test]
fn a_country_as_the_place() {
    check_all(&[
        (
            "Chilean President Alma Reyes met Hungarian Prime Minister Tomas Varga in Portugal on Friday.",
            "",
            "country = Portugal
             city =",
        ),
        // Future, "of" owners between.
        (
            "President Ana Lima of Brazil will meet Chancellor Karl Brandt of Germany in Japan next week, officials said.",
            "",
            "country = Japan",
        ),
        // Passive, long names between the meeting noun and the place.
        (
            "The summit between Kenyan President Daniel Otieno and Ghanaian President Kofi Mensah was held in Ethiopia on Tuesday.",
            "",
            "country = Ethiopia",
        ),
        // The place before the participants.
        (
            "Talks in Norway between Colombian President Luis Prado and Venezuelan President Raul Mora ended without a deal.",
            "",
            "country = Norway",
        ),
        // Perfect, with a bracket after the place.
        (
            "Prime Minister Rui Costa of Portugal and Prime Minister Pablo Mora of Spain have met in Morocco (their third meeting this year) to discuss migration.",
            "",
            "country = Morocco",
        ),
        // Possessive owners, apposition, progressive.
        (
            "Portugal's Prime Minister, Rui Costa, is meeting Spain's Prime Minister, Pablo Mora, in Morocco this week.",
            "",
            "country = Morocco",
        ),
        (
            "Thai Prime Minister Somchai Wong and Cambodian Prime Minister Hun Sok were meeting in Laos on Tuesday, Thai officials said.",
            "",
            "country = Laos",
        ),
        // An arrival places the visit.
        (
            "Nigerian President Musa Bello arrived in Ghana on Sunday for a two-day state visit and held talks with President Kofi Mensah.",
            "",
            "country = Ghana",
        ),
        // A sentence naming the country outranks the dateline's city.
        (
            "MOSCOW (Reuters) - Russian President Ivan Petrov and Indian Prime Minister Ravi Mehta held talks in India on Tuesday.",
            "",
            "country = India
             city =",
        ),
    ]);
}

/// A country named in a topic, a list of destinations or "outside" is no place.
#[test]
fn countries_that_are_not_the_place() {
    check_all(&[
        (
            "French President Anne Roux and German Chancellor Karl Brandt met in Geneva on Monday to discuss the war in Ukraine.",
            "",
            "city = Geneva
             country = Switzerland",
        ),
        (
            "Turkish President Emre Kaya met Egyptian President Omar Nabil on Monday to discuss peace in Sudan.",
            "",
            "country =",
        ),
        (
            "Egyptian President Omar Nabil met Irish Prime Minister Sean Walsh on Thursday after visits to Norway and Denmark.",
            "",
            "country =",
        ),
        (
            "Chinese President Li Wen, who rarely attends summits outside China, met Brazilian President Ana Lima on Monday.",
            "",
            "country =",
        ),
        // An exercise held in a country is not the meeting held there.
        (
            "Indian Defence Minister Arjun Rao met Japanese Defence Minister Kenji Sato on Monday and agreed on a naval exercise to be held in Japan.",
            "",
            "country =",
        ),
    ]);
}

/// "in Argentina's capital", "the capital of Kenya", "the Ghanaian capital, Accra".
#[test]
fn a_capital_named_by_its_country() {
    check_all(&[
        (
            "Chilean President Alma Reyes and Peruvian President Jorge Salas met in Argentina's capital on Monday.",
            "",
            "city = Buenos Aires
             country = Argentina",
        ),
        (
            "Chilean President Alma Reyes and Peruvian President Jorge Salas will hold talks in the capital of Kenya next month.",
            "",
            "city = Nairobi
             country = Kenya",
        ),
        // Passive, apposition with commas.
        (
            "Chilean President Alma Reyes was received by Ghanaian President Kofi Mensah in the Ghanaian capital, Accra, on Monday.",
            "",
            "city = Accra
             country = Ghana",
        ),
        // The capital's name right after, no comma.
        (
            "Chilean President Alma Reyes met Peruvian President Jorge Salas in the Peruvian capital Lima on Monday.",
            "",
            "city = Lima
             country = Peru",
        ),
        // A people word, the leaders in an apposition before the verb.
        (
            "Leaders of the two countries, Kenyan President Daniel Otieno and Tanzanian President Amina Juma, gathered in the Kenyan capital on Monday.",
            "",
            "city = Nairobi
             country = Kenya",
        ),
        // A capital the tables do not know: the country is the place.
        (
            "Zambian President Chanda Mulenga will arrive in the Seychelles' capital on Sunday for talks with President Paul Hoarau.",
            "",
            "city =
             country = Seychelles",
        ),
    ]);
}

/// "the Vilnius summit", "the Geneva talks": a meeting named after its city is held there; an
/// agreement or an earlier summit named after a city is not.
#[test]
fn the_city_in_the_meetings_name() {
    check_all(&[
        (
            "Turkish President Emre Kaya and Greek Prime Minister Nikos Pappas met on the sidelines of the Vilnius summit on Tuesday.",
            "",
            "city = Vilnius
             country = Lithuania",
        ),
        // Another phrase of the margins; the city's name in capitals with the meeting noun.
        (
            "On the margins of the Lisbon Summit, Chilean President Alma Reyes held talks with Peruvian President Jorge Salas.",
            "",
            "venue = Lisbon Summit
             city = Lisbon
             country = Portugal",
        ),
        (
            "Colombian President Luis Prado and Venezuelan President Raul Mora opened the Geneva talks on Monday.",
            "",
            "city = Geneva",
        ),
        // The meeting's name as the subject.
        (
            "The Geneva talks between Russian President Ivan Petrov and U.S. President John Carter lasted four hours.",
            "",
            "city = Geneva
             country = Switzerland",
        ),
        (
            "Portuguese Prime Minister Rui Costa and Spanish Prime Minister Pablo Mora opened the Lisbon summit on Thursday.",
            "",
            "city = Lisbon",
        ),
        // Capitalised words between the city and the meeting noun.
        (
            "President Ana Lima of Brazil met Argentine President Jorge Salas at the Munich Security Conference on Saturday.",
            "",
            "city = Munich
             country = Germany",
        ),
        (
            "Ukrainian President Taras Bondar and Russian President Ivan Petrov discussed the Minsk agreements on Friday.",
            "",
            "city =",
        ),
        (
            "Colombian President Luis Prado met Venezuelan President Raul Mora in Lima on Monday. It was their first encounter since the Madrid summit last year.",
            "",
            "city = Lima",
        ),
    ]);
}

/// "the Kenyan coastal town of Naivasha", "on the Greek island of Rhodes", "in the town of X".
#[test]
fn a_kind_of_place_and_its_name() {
    check_all(&[
        (
            "The talks between Kenyan President Daniel Otieno and Tanzanian President Amina Juma took place in the Kenyan coastal town of Naivasha.",
            "",
            "city = Naivasha
             country = Kenya",
        ),
        // A surface preposition with an island; the host as subject.
        (
            "Greek Prime Minister Nikos Pappas hosted Turkish President Emre Kaya on the Greek island of Rhodes on Saturday.",
            "",
            "region = Rhodes
             country = Greece",
        ),
        (
            "Ugandan President Peter Okello met Rwandan President Jean Uwimana in the town of Kisoro on Thursday.",
            "",
            "city = Kisoro",
        ),
        // A country's possessive for the people word.
        (
            "Kenya's President Daniel Otieno hosted Tanzanian President Amina Juma in Kenya's lakeside town of Naivasha on Saturday.",
            "",
            "city = Naivasha
             country = Kenya",
        ),
        (
            "Ugandan President Peter Okello met South Sudanese President John Deng in the Ugandan city of Gulu.",
            "",
            "city = Gulu
             country = Uganda",
        ),
        // Capitalised modifiers: a sea names where the place lies.
        (
            "Russian President Ivan Petrov hosted Turkish President Emre Kaya in the Black Sea resort of Sochi on Monday.",
            "",
            "venue =
             city = Sochi
             country = Russia",
        ),
        (
            "Saudi Crown Prince Faisal Saud received Egyptian President Omar Nabil in the Red Sea city of Jeddah.",
            "",
            "city = Jeddah
             country = Saudi Arabia",
        ),
        (
            "Japanese Prime Minister Kenji Sato and Indian Prime Minister Ravi Mehta met in the Swiss resort town of Davos.",
            "",
            "city = Davos
             country = Switzerland",
        ),
        // A city the tables know, in an apposition-led sentence.
        (
            "The Brazilian President, Ana Lima, received Argentine President Jorge Salas in the Brazilian city of Recife on Monday.",
            "",
            "city = Recife
             country = Brazil",
        ),
    ]);
}

/// "at Russia's Vostochny cosmodrome", "in Russia's Vladivostok": a country's possessive
/// describes the place and gives its country.
#[test]
fn a_place_after_its_countrys_possessive() {
    check_all(&[
        (
            "North Korean leader Kim Chol met Russian President Ivan Petrov at Russia's Vostochny cosmodrome on Wednesday.",
            "",
            "venue = Vostochny cosmodrome
             country = Russia",
        ),
        (
            "North Korean leader Kim Chol met Russian President Ivan Petrov in Russia's Vladivostok on Wednesday.",
            "",
            "city = Vladivostok
             country = Russia",
        ),
        (
            "North Korean leader Kim Chol will be received by Russian President Ivan Petrov at Russia's Vostochny cosmodrome.",
            "",
            "venue = Vostochny cosmodrome
             country = Russia",
        ),
        (
            "Russian President Ivan Petrov, 71, and North Korean leader Kim Chol (pictured) held talks in Russia's Vladivostok.",
            "",
            "city = Vladivostok",
        ),
        (
            "Talks between Kim Chol, North Korea's leader, and Ivan Petrov, Russia's president, took place at Russia's Vostochny cosmodrome.",
            "",
            "venue = Vostochny cosmodrome
             country = Russia",
        ),
    ]);
}

/// "in Kisoro, a town in western Uganda", "in Gbarnga, Liberia", "in Kasane (Botswana)".
#[test]
fn a_town_with_its_country() {
    check_all(&[
        (
            "Ugandan President Peter Okello met Rwandan President Jean Uwimana in Kisoro, a town in western Uganda, on Thursday.",
            "",
            "city = Kisoro
             country = Uganda",
        ),
        // The apposition relates the town to a city, or only says what it is.
        (
            "Kenyan President Daniel Otieno received Tanzanian President Amina Juma in Naivasha, a town 90 km northwest of Nairobi, on Saturday.",
            "",
            "city = Naivasha
             country = Kenya",
        ),
        (
            "Ugandan President Peter Okello met Rwandan President Jean Uwimana in Mpigi, a town known for its crafts, on Friday.",
            "",
            "city = Mpigi",
        ),
        (
            "Liberian President Joseph Tubman received Guinean President Sekou Conde in Gbarnga, Liberia, on Sunday.",
            "",
            "city = Gbarnga
             country = Liberia",
        ),
        (
            "Botswana's President Mpho Kgosi hosted Zambian President Chanda Mulenga in Kasane (Botswana) on Friday.",
            "",
            "city = Kasane
             country = Botswana",
        ),
        // A wider place between the town and its country.
        (
            "Indonesian President Budi Santoso and Australian Prime Minister Jack Hale met in Nusa Lembongan, Bali, Indonesia, on Tuesday.",
            "",
            "city = Nusa Lembongan
             country = Indonesia",
        ),
        // A town set off by commas after a building.
        (
            "Ugandan President Yoweri Okello received Kenyan President Daniel Otieno at the Speke Resort, Munyonyo, on Monday.",
            "",
            "venue = Speke Resort
             city = Munyonyo
             country = Uganda",
        ),
        (
            "Ugandan President Yoweri Okello met Kenyan President Daniel Otieno at the Grand Hotel, Kenyan officials said.",
            "",
            "venue = Grand Hotel
             city =",
        ),
        (
            "Indonesian President Budi Santoso hosted Australian Prime Minister Jack Hale at the Bogor Palace, West Java Province, on Monday.",
            "",
            "venue = Bogor Palace
             city =",
        ),
        // A city the tables know keeps its country: the country after the comma begins
        // another phrase.
        (
            "President John Carter met Russian President Ivan Petrov in Washington, Russia's ambassador said on Monday.",
            "",
            "city = Washington
             country = United States",
        ),
    ]);
}

/// A place's name in quotes after a place preposition.
#[test]
fn a_venue_in_quotes() {
    check_all(&[
        (
            "The two leaders held talks at the \"Peace Pavilion\" on Friday, Chilean President Alma Reyes and Peruvian President Jorge Salas said.",
            "",
            "venue = Peace Pavilion",
        ),
        (
            "Chilean President Alma Reyes and Peruvian President Jorge Salas met at the “Casa Blanca Lodge” near the border.",
            "",
            "venue = Casa Blanca Lodge",
        ),
        // "so-called", the comma inside the quotes.
        (
            "Chilean President Alma Reyes and Peruvian President Jorge Salas met in the so-called “Green Room,” the palace's smallest hall.",
            "",
            "venue = Green Room",
        ),
        // A link inside the name.
        (
            "Chilean President Alma Reyes and Peruvian President Jorge Salas held talks inside the “Hall of Mirrors” on Tuesday.",
            "",
            "venue = Hall of Mirrors",
        ),
        // Quoted words that are not placed are no venue.
        (
            "Chilean President Alma Reyes called her talks with Peruvian President Jorge Salas “Very Productive” on Tuesday.",
            "",
            "venue =",
        ),
    ]);
}

/// "State House", "the Presidential Palace", "the Prime Minister's Office": a seat named by its
/// kind is in the country of its holder or of the principal who receives the others.
#[test]
fn a_seat_named_by_its_kind() {
    check_all(&[
        (
            "Tanzanian President Amina Juma received Burundian President Pierre Ndayi at State House on Monday.",
            "",
            "venue = State House
             country = Tanzania",
        ),
        // Passive: the one received is the guest.
        (
            "Burundian President Pierre Ndayi was received at the Presidential Palace by Tanzanian President Amina Juma.",
            "",
            "venue = Presidential Palace
             country = Tanzania",
        ),
        (
            "Burundian President Pierre Ndayi was welcomed to State House by Tanzanian President Amina Juma on Monday.",
            "",
            "venue = State House
             country = Tanzania",
        ),
        // The seat names its holder's title.
        (
            "Egyptian President Omar Nabil met Sean Walsh, the Irish Prime Minister, at the Prime Minister's Office on Thursday.",
            "",
            "venue = Prime Minister's Office
             country = Ireland",
        ),
        (
            "Egyptian President Omar Nabil met Sean Walsh, Ireland's Prime Minister, at the Prime Minister's office in the afternoon.",
            "",
            "country = Ireland",
        ),
        // The seat with its city.
        (
            "Tanzanian President Amina Juma hosted Burundian President Pierre Ndayi at State House in Dodoma on Monday.",
            "",
            "venue = State House
             city = Dodoma
             country = Tanzania",
        ),
        // The title as the building's complement.
        (
            "Tanzanian President Amina Juma received Burundian Prime Minister Pierre Ndayi at the Office of the President on Monday.",
            "",
            "venue = Office of the President
             country = Tanzania",
        ),
        (
            "Burundian Prime Minister Pierre Ndayi met Tanzanian President Amina Juma at the Office of the President in the morning.",
            "",
            "venue = Office of the President
             country = Tanzania",
        ),
        // Seats described in lowercase.
        (
            "Finnish President Mikko Laine received Estonian President Kaja Tamm at the presidential palace in Helsinki on Monday.",
            "",
            "venue = presidential palace
             city = Helsinki",
        ),
        (
            "Egyptian President Omar Nabil met Sean Walsh, the Irish Prime Minister, at the prime minister's residence on Thursday.",
            "",
            "venue = prime minister's residence
             country = Ireland",
        ),
        (
            "The prime minister's office said Egyptian President Omar Nabil met Irish Prime Minister Sean Walsh in Dublin on Thursday.",
            "",
            "venue =
             city = Dublin",
        ),
        // Two presidents: "the President's residence" does not say whose.
        (
            "Egyptian President Omar Nabil met Emirati President Khalid Saeed at the President's residence on Monday.",
            "",
            "country =",
        ),
    ]);
}

/// Seats and capitals standing for governments, earlier meetings and datelines.
#[test]
fn metonyms_earlier_meetings_and_datelines() {
    check_all(&[
        (
            "Kremlin spokesman Pavel Orlov said Russian President Ivan Petrov and Indian Prime Minister Ravi Mehta met in Sochi on Tuesday.",
            "",
            "venue =
             city = Sochi",
        ),
        (
            "The White House press secretary said President John Carter would meet Japanese Prime Minister Kenji Sato in Tokyo.",
            "",
            "venue =
             city = Tokyo",
        ),
        (
            "The Kremlin leader, President Ivan Petrov, met Chinese President Li Wen in Beijing on Tuesday.",
            "",
            "venue =
             city = Beijing",
        ),
        (
            "The Kremlin's position was made clear when Russian President Ivan Petrov met Chinese President Li Wen in Beijing on Tuesday.",
            "",
            "venue =
             city = Beijing",
        ),
        (
            "Washington says President John Carter met Japanese Prime Minister Kenji Sato in Manila on Monday.",
            "",
            "city = Manila
             country = Philippines",
        ),
        (
            "Russian President Ivan Petrov held talks with Chinese President Li Wen in Helsinki on Monday, two years after they met in Geneva.",
            "",
            "city = Helsinki",
        ),
        (
            "Russian President Ivan Petrov held talks with Chinese President Li Wen in Helsinki on Monday. The two leaders last met in Geneva in 2021.",
            "",
            "city = Helsinki",
        ),
        // Datelines with and without an agency, with the country.
        (
            "ABUJA, Nigeria — President Musa Bello received President Kofi Mensah of Ghana on Tuesday.",
            "",
            "city = Abuja
             country = Nigeria",
        ),
        (
            "DAKAR, Senegal (AP) — Senegalese President Amadou Fall received Malian President Modibo Traore on Monday.",
            "",
            "city = Dakar
             country = Senegal",
        ),
        (
            "NAIROBI (AFP) - Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma on Friday.",
            "",
            "city = Nairobi
             country = Kenya",
        ),
    ]);
}

/// "los mandatarios reunidos en X": the participle of meeting, as "gathered in", places the
/// meeting (Spanish).
#[test]
fn gathered_in_a_place() {
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "Los mandatarios reunidos en la capital panameña adoptaron el martes una declaración sobre el comercio, según el presidente Luis Prado.",
                ),
                "2023-09-13",
                "city = Ciudad de Panamá
                 country = Panama",
            ),
            (
                es(
                    "Los cancilleres del bloque, reunidos en Asunción, aprobaron el lunes una declaración, dijo el canciller Luis Prado.",
                ),
                "2023-09-13",
                "city = Asunción",
            ),
            (
                es(
                    "Las presidentas Ana Prado y Rosa Mora, reunidas el viernes en Quito, firmaron un acuerdo de comercio.",
                ),
                "2023-09-13",
                "city = Quito",
            ),
            (
                es(
                    "Los jefes de Estado reunidos en la ciudad boliviana de Sucre pidieron el sábado una salida pacífica, según el presidente Luis Prado.",
                ),
                "2023-09-13",
                "city = Sucre
                 country = Bolivia",
            ),
            (
                es(
                    "Los presidentes, reunidos desde el lunes en Montevideo, cerraron la cumbre del bloque, dijo el presidente Luis Prado.",
                ),
                "2023-09-13",
                "city = Montevideo",
            ),
        ],
    );
}

/// "at the Speke Resort, Munyonyo, Republic of Uganda": a building, its town the tables do not
/// know, then the country the town is in.
#[test]
fn a_venue_its_town_and_its_country() {
    check_all(&[
        (
            "President Alma Reyes of Peru met President Tomas Varga of Chile at the Lakeside Lodge, Kalanga, Republic of Zambia, on Tuesday.",
            "",
            "venue = Lakeside Lodge
             city = Kalanga
             country = Zambia",
        ),
        (
            "Leaders of the bloc, President Kofi Mensah of Ghana and President Eli Agbo of Togo, held their summit at State House, Mbeya, Tanzania, on 3 March 2019.",
            "",
            "city = Mbeya
             country = Tanzania",
        ),
        // Shouted, a date after the country.
        (
            "PRESIDENT KOFI MENSAH OF GHANA AND PRESIDENT ELI AGBO OF TOGO MET AT THE PALM RESORT, KIVALO, REPUBLIC OF KENYA ON 23RD FEBRUARY, 2018.",
            "",
            "country = Kenya",
        ),
        // Future, a third country.
        (
            "Prime Minister Lemi Tau of Samoa will meet Prime Minister Sione Hala of Tonga at the Seaview Hotel, Lalomanu, Fiji, next week.",
            "",
            "city = Lalomanu
             country = Fiji",
        ),
        // Passive, the place after the meeting noun.
        (
            "The talks between President Kofi Mensah of Ghana and President Eli Agbo of Togo took place at the Volta Lodge, Akosombo, Benin.",
            "",
            "city = Akosombo
             country = Benin",
        ),
    ]);
}

/// A town the tables do not know, where a leader receives another: the receiver's country.
#[test]
fn an_unknown_town_is_in_the_receivers_country() {
    check_all(&[
        (
            "President Alma Reyes of Peru received President Tomas Varga of Chile in the town of Ollantay on Monday.",
            "",
            "city = Ollantay
             country = Peru",
        ),
        // Passive.
        (
            "President Tomas Varga of Chile was received by President Alma Reyes of Peru in the village of Ollantay on Monday.",
            "",
            "city = Ollantay
             country = Peru",
        ),
        (
            "President Alma Reyes of Peru welcomed President Tomas Varga of Chile to the town of Ollantay on Monday for talks on trade.",
            "",
            "country = Peru",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "El presidente de Perú, Luis Prado, recibió el lunes en el pueblo de Chinchero al presidente de Chile, Raúl Mora.",
                ),
                "",
                "city = Chinchero
                 country = Peru",
            ),
            (
                es(
                    "El presidente de Chile, Raúl Mora, fue recibido por el presidente de Perú, Luis Prado, en la localidad de Chinchero.",
                ),
                "",
                "city = Chinchero
                 country = Peru",
            ),
        ],
    );
}

/// "to show Washington …", "to reassure Beijing": a city after an infinitive's "to" is the
/// verb's object, not where anyone goes; the dateline places the meeting.
#[test]
fn a_city_after_an_infinitive_is_no_place() {
    check_all(&[
        (
            "SUVA, Fiji (Reuters) - President Alma Reyes of Peru and President Tomas Varga of Chile met on Thursday in a bid to show Washington is not the only partner in the Pacific.",
            "",
            "city = Suva
             country = Fiji",
        ),
        (
            "SUVA, Fiji (Reuters) - President Alma Reyes of Peru and President Tomas Varga of Chile met on Thursday, seeking to reassure Beijing about their trade pact.",
            "",
            "city = Suva",
        ),
        (
            "President Alma Reyes of Peru met President Tomas Varga of Chile in Suva on Thursday and agreed to help Santiago rebuild its port.",
            "",
            "city = Suva",
        ),
        (
            "APIA, Samoa (AP) - Prime Minister Lemi Tau of Samoa hosted President Ratu Vosa of Fiji on Monday, hoping to convince Canberra to fund the cable.",
            "",
            "city = Apia
             country = Samoa",
        ),
        // "to" before an article still places.
        (
            "President Alma Reyes of Peru will travel to the Fijian capital next week to meet President Ratu Vosa.",
            "",
            "city = Suva",
        ),
    ]);
}

/// "la residencia presidencial": a seat described by its kind in Spanish, placed by the host.
#[test]
fn a_spanish_seat_described_by_its_kind() {
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "El presidente de Perú, Luis Prado, recibió al presidente de Chile, Raúl Mora, en la residencia presidencial el lunes.",
                ),
                "2023-09-13",
                "venue = residencia presidencial
                 country = Peru",
            ),
            // Passive, the seat's name after it.
            (
                es(
                    "El presidente de Chile, Raúl Mora, fue recibido el lunes por el presidente de Perú, Luis Prado, en la residencia presidencial de Chaclacayo.",
                ),
                "2023-09-13",
                "venue = residencia presidencial
                 country = Peru",
            ),
            (
                es(
                    "El presidente de Perú, Luis Prado, y su par chileno, Raúl Mora, se reunieron el lunes en la villa presidencial.",
                ),
                "2023-09-13",
                "venue = villa presidencial",
            ),
            // Future, the city after.
            (
                es(
                    "El presidente de Perú, Luis Prado, se reunirá el lunes con el presidente de Chile, Raúl Mora, en la residencia presidencial de Chile en Santiago.",
                ),
                "2023-09-13",
                "venue = residencia presidencial
                 city = Santiago",
            ),
            (
                es(
                    "Los presidentes Luis Prado, de Perú, y Raúl Mora, de Chile, conversaron durante dos horas en la residencia presidencial.",
                ),
                "2023-09-13",
                "venue = residencia presidencial",
            ),
        ],
    );
}

/// "met in Lima to prepare the summit in Quito, Ecuador": a place after another meeting word
/// than an earlier place of its sentence is that other meeting's.
#[test]
fn the_place_of_a_later_meeting_in_the_same_sentence() {
    check_all(&[
        (
            "Foreign Minister Ratu Vosa of Fiji met Foreign Minister Lemi Tau of Samoa in Apia on Monday ahead of the leaders' summit in Nukualofa, Tonga, next month.",
            "",
            "city = Apia
             country = Samoa",
        ),
        (
            "President Alma Reyes of Peru met President Tomas Varga of Chile in Lima on Monday to prepare the regional summit in Quito, Ecuador.",
            "",
            "city = Lima
             country = Peru",
        ),
        (
            "Trade ministers of the bloc gathered in Apia on Friday, hosted by Minister Lemi Tau of Samoa, to prepare for the forum's summit in Honiara, Solomon Islands.",
            "",
            "city = Apia",
        ),
    ]);
    check_in(
        "es",
        &[
            (
                "Este viernes se reúnen en Lima los ministros de Pesca del bloque, presididos por el ministro Luis Prado, de cara a la cumbre presidencial del próximo mes en Suva, Fiyi.".to_string(),
                "2023-09-13",
                "city = Lima
                 country = Peru",
            ),
            (
                "Los cancilleres del bloque se reúnen este lunes en Asunción, presididos por el canciller Luis Prado, de cara a la cumbre del próximo mes en Quito, Ecuador.".to_string(),
                "2023-09-13",
                "city = Asunción",
            ),
        ],
    );
}

/// "Egypt on Monday hosted an emergency meeting": a country as the subject of a verb of
/// hosting, over a day, is the place; not a country named later as a topic.
#[test]
fn a_country_hosting_the_meeting() {
    check_all(&[
        (
            "Samoa on Monday hosted an emergency meeting of Pacific foreign ministers, chaired by Foreign Minister Lemi Tau, to discuss the cable, while Fijian officials spoke of Tonga.",
            "",
            "country = Samoa",
        ),
        (
            "Fiji hosted a meeting of the bloc's trade ministers, led by Minister Ratu Vosa, to discuss fishing quotas with Tonga.",
            "",
            "country = Fiji",
        ),
        // Present, a relative day after the verb.
        (
            "Samoa hosts today a summit of Pacific leaders, Prime Minister Lemi Tau said, as talks on Tonga continue.",
            "",
            "country = Samoa",
        ),
    ]);
    check_in(
        "es",
        &[
            (
                "Samoa acogió este lunes una reunión de emergencia de los cancilleres del Pacífico, presidida por el canciller Lemi Tau, para hablar de Tonga.".to_string(),
                "",
                "country = Samoa",
            ),
            (
                "Fiyi acoge una reunión de ministros de Comercio del bloque, encabezada por el ministro Ratu Vosa, sobre las cuotas de pesca con Tonga.".to_string(),
                "",
                "country = Fiji",
            ),
        ],
    );
}

/// "se reunieron hoy en Veracruz": a town the tables do not know right after a meeting verb,
/// maybe a day, and a place preposition.
#[test]
fn an_unknown_town_right_after_met_in() {
    check_all(&[
        (
            "President Alma Reyes of Peru and President Tomas Varga of Chile met on Monday in Ollantay to discuss trade.",
            "",
            "city = Ollantay",
        ),
        (
            "Prime Minister Lemi Tau of Samoa and Prime Minister Sione Hala of Tonga met today in Lalomanu and agreed on a cable.",
            "",
            "city = Lalomanu",
        ),
        // Capitalised words going on name no town.
        (
            "President Alma Reyes of Peru and President Tomas Varga of Chile met in Private Session on Monday.",
            "",
            "city =",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "El presidente de Perú, Luis Prado, y el presidente de Chile, Raúl Mora, se reunieron hoy en Kivalo con sus cancilleres.",
                ),
                "",
                "city = Kivalo",
            ),
            (
                es(
                    "El presidente de Perú, Luis Prado, se reunió el lunes en Ollantay con el presidente de Chile, Raúl Mora.",
                ),
                "",
                "city = Ollantay",
            ),
        ],
    );
}

/// Where a leader travels to for the meeting, with the verb of travel in any form: "will
/// travel to Canberra", "is flying to", "va a viajar a".
#[test]
fn the_city_one_travels_to_for_the_meeting() {
    check_all(&[
        (
            "Prime Minister Aiko Sato will travel to Canberra next month for talks with her Australian counterpart, Ben Carter.",
            "2026-12-01",
            "city = Canberra",
        ),
        (
            "Prime Minister Aiko Sato will fly to Canberra on Monday to meet her Australian counterpart, Ben Carter.",
            "2026-12-01",
            "city = Canberra",
        ),
        (
            "Prime Minister Aiko Sato is due to land in Canberra on Monday for talks with Australian Prime Minister Ben Carter.",
            "2026-12-01",
            "city = Canberra",
        ),
        (
            "Prime Minister Aiko Sato plans to travel to Canberra to hold talks with Australian Prime Minister Ben Carter.",
            "2026-12-01",
            "city = Canberra",
        ),
    ]);
    check_in(
        "es",
        &[(
            "La primera ministra de Japón, Aiko Sato, va a viajar a Canberra el próximo mes para reunirse con su homólogo australiano, Ben Carter."
                .to_string(),
            "2026-12-01",
            "city = Canberra",
        )],
    );
}

/// A time phrase between the verb of travel and where one goes: "will travel next week to
/// Madrid", "viajará la próxima semana a Madrid", "llegará el lunes a Lima".
#[test]
fn a_time_phrase_between_travel_and_its_destination() {
    check_all(&[
        (
            "Honduran President Marta Reyes will travel next week to Madrid, where she will be received by Spanish Prime Minister Pedro Sánchez.",
            "2026-12-01",
            "city = Madrid",
        ),
        (
            "Honduran President Marta Reyes flew on Monday to Madrid for talks with Spanish Prime Minister Pedro Sánchez.",
            "2026-12-01",
            "city = Madrid",
        ),
    ]);
    let es = |s: &str| s.to_string();
    check_in(
        "es",
        &[
            (
                es(
                    "La presidenta de Honduras, Marta Reyes, viajará la próxima semana a Madrid, donde será recibida por el presidente del Gobierno español, Pedro Sánchez.",
                ),
                "2026-12-01",
                "city = Madrid",
            ),
            (
                es(
                    "El presidente de Chile, Tomás Vidal, llegará el lunes a Lima para reunirse con la presidenta de Perú, Ana Ruiz.",
                ),
                "2026-12-01",
                "city = Lima",
            ),
            (
                es(
                    "La canciller de Perú, Ana Ruiz, viajó la semana pasada a Quito para reunirse con su par de Ecuador, Luis Andrade.",
                ),
                "2026-12-01",
                "city = Quito",
            ),
        ],
    );
}

/// A dateline in capitals names its city with the capitals of a name, its links and articles
/// small ("CIUDAD DE MÉXICO" is "Ciudad de México", "PORT OF SPAIN" "Port of Spain").
#[test]
fn a_city_in_capitals_keeps_its_links_small() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "es",
                "CIUDAD DE MÉXICO, 9 Mar (EFE).- La presidenta mexicana, Ana Lima, recibió este \
                 lunes al primer ministro canadiense, Paul Roy.",
                "city = Ciudad de México\nsummary ~ en Ciudad de México, México,",
            ),
            (
                "es",
                "RÍO DE JANEIRO, 9 Mar (EFE).- El presidente brasileño, Paulo Reis, recibió este \
                 lunes al primer ministro canadiense, Paul Roy.",
                "city = Río de Janeiro",
            ),
            (
                "en",
                "PORT OF SPAIN, March 9 (Reuters) - Trinidad and Tobago Prime Minister Asha Ramdin \
                 met Guyanese President Kofi Grant on Monday.",
                "city = Port of Spain",
            ),
        ],
    );
}

/// A dateline whose place in capitals ends with a period, before a dash or alone ("CIUDAD DE
/// MÉXICO.—", "SANTO DOMINGO.—", "MONTEVIDEO. El presidente"), places a meeting held at a
/// seat of its country in its city, and decides a seat several countries share.
#[test]
fn a_dateline_closed_by_a_period() {
    let row = |text: &str, expected: &'static str| (text.to_string(), "2026-03-10", expected);
    check_in(
        "es",
        &[
            row(
                "Titular\n\nCIUDAD DE MÉXICO.— La presidenta Ana Vidal recibirá el próximo jueves \
                 al primer ministro de Canadá, Tom Reyes, en Palacio Nacional.",
                "venue = Palacio Nacional\ncity = Ciudad de México\ncountry = Mexico",
            ),
            row(
                "Titular\n\nSANTO DOMINGO.— El presidente Luis Prado recibió este lunes al primer \
                 ministro de Canadá, Tom Reyes, en el Palacio Nacional.",
                "city = Santo Domingo\ncountry = Dominican Republic",
            ),
            row(
                "MONTEVIDEO. El presidente Luis Prado recibió este lunes en la Torre Ejecutiva al \
                 primer ministro de Canadá, Tom Reyes.",
                "city = Montevideo\ncountry = Uruguay",
            ),
        ],
    );
}

/// "according to the prime minister's office", "said the presidential palace": a seat named
/// by its kind after a phrase of attribution is the source, no place; after a preposition of
/// place it is the venue.
#[test]
fn a_seat_that_reports_is_no_place() {
    check_all(&[
        (
            "Ethiopian Prime Minister Dawit Alemu held talks with Somalia's President Hassan Farah \
             in Addis Ababa on Monday, according to the prime minister's office.",
            "",
            "venue =
             city = Addis Ababa",
        ),
        (
            "Ethiopian Prime Minister Dawit Alemu held talks with Somalia's President Hassan Farah \
             on Monday, according to the presidential palace.",
            "",
            "venue =",
        ),
        (
            "Ethiopian Prime Minister Dawit Alemu held talks with Somalia's President Hassan Farah \
             at the prime minister's office on Monday.",
            "",
            "venue = prime minister's office",
        ),
    ]);
}

/// "at 10 Downing Street": a seat of government after its house number is placed by the
/// preposition before the number.
#[test]
fn a_seat_after_its_house_number() {
    check_all(&[
        (
            "Prime Minister Daniel Ashcombe met President Marta Quintero of Ghana at 10 Downing \
             Street on Monday.",
            "",
            "venue = Downing Street
             country = United Kingdom",
        ),
        (
            "President Marta Quintero of Ghana will be received at 10 Downing Street by Prime \
             Minister Daniel Ashcombe next week.",
            "",
            "venue = Downing Street",
        ),
    ]);
}

/// A dateline makes a town of a place the tables do not know: in capitals before a date,
/// maybe after its country ("MENDOZA, Argentina, 9 mar"), or before its country in brackets,
/// in capitals or capitalised ("ARICA (Chile), 9 mar", "Tumbes (Perú), 9 mar"). With nothing
/// else placing the meeting, it is held there.
#[test]
fn a_datelines_unknown_town() {
    check_all(&[
        (
            "OSORNO (Chile), 9 mar (EFE).- La presidenta chilena, Rosa Vera, y su homólogo \
             argentino, Tomás Rojas, se reunieron este lunes para abordar el paso fronterizo.",
            "",
            "city = Osorno\n country = Chile",
        ),
        (
            "Puno (Perú), 9 mar (EFE).- El presidente peruano, Luis Mamani, y su homólogo \
             boliviano, Juan Quispe, se reunirán el viernes a orillas del lago.",
            "",
            "city = Puno\n country = Peru",
        ),
        (
            "POSADAS, Argentina, 9 mar (EFE).- El presidente argentino, Tomás Rojas, recibió \
             este lunes a su homólogo paraguayo, Hugo Benítez.",
            "",
            "city = Posadas\n country = Argentina",
        ),
        (
            "LETICIA, Colombia, March 9 (Reuters) - Colombian President Ana Ruiz met Peruvian \
             President Luis Mamani on Monday to discuss river patrols.",
            "",
            "city = Leticia\n country = Colombia",
        ),
        (
            "RIVERA (Uruguay), March 9 (AP) - The presidents of Uruguay and Brazil, Ana Ruiz \
             and Joao Costa, held talks on Monday in the border town.",
            "",
            "city = Rivera\n country = Uruguay",
        ),
        // A place the meeting sentence names wins over the dateline's.
        (
            "Puno (Perú), 9 mar (EFE).- El presidente peruano, Luis Mamani, y su homólogo \
             boliviano, Juan Quispe, se reunieron este lunes en La Paz.",
            "",
            "city = La Paz\n country = Bolivia",
        ),
    ]);
}

/// A city named in a sentence after the venue's is the meeting's only in the venue's or the
/// host's country, or with neither known, in a principal's: a city of a wish, of the next
/// meeting or of another stop is another place ("met at the Lakeside Lodge … the government in
/// Kabul", "acordaron reunirse nuevamente en Brasilia"); a landmark's own city later on stays
/// ("met at Downing Street … in London").
#[test]
fn a_city_after_the_venue_of_another_country_is_another_place() {
    check_all(&[
        (
            "Turkmen President Dovlet Annayev and Uzbek President Jasur Rakhimov met at the Lakeside Lodge on Friday. Uzbekistan wants the government in Kabul to join the water talks.",
            "2026-05-12",
            "city =",
        ),
        (
            "Los cancilleres de Paraguay y Brasil, Rubén Villalba y Mauro Pereira, mantuvieron ayer una reunión de trabajo en el Palacio de López. Ambas delegaciones acordaron reunirse nuevamente el 30 de mayo en Brasilia.",
            "2026-05-12",
            "city =",
        ),
        (
            "El presidente de Uruguay, Andrés Olivera, recibió este lunes a su homólogo de Chile, Tomás Vidal, en la Casa de Gobierno de Colonia. También hablaron de la próxima cumbre del Mercosur, que se celebrará en Asunción en julio.",
            "2026-05-12",
            "city =",
        ),
        (
            "British Prime Minister Alan Hale met Italian Prime Minister Sofia Conti at Downing Street on Monday. Conti later visited the British Museum in London.",
            "2026-05-12",
            "city = London",
        ),
    ]);
}

/// A seat of government that qualifies a noun of the press or of statements ("the Kremlin
/// press service reported", "a White House statement said", "the Akorda press office") is the
/// government's voice, no place: the meeting stays where the text puts it.
#[test]
fn a_seat_qualifying_its_press_is_no_place() {
    common::check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Russian President Ivan Orlov and Mongolian President Bat Ganbold held talks in Ulan Bator on Friday, the Kremlin press service reported.",
                "venue = \ncity = Ulan Bator\ncountry = Mongolia",
            ),
            (
                "Japanese Prime Minister Kenji Mori and Philippine President Ramon Cruz met in Manila on Friday, a White House statement said.",
                "venue = \ncity = Manila\ncountry = Philippines",
            ),
            (
                "US President John Hale met Japanese Prime Minister Kenji Mori at the White House on Friday.",
                "venue = White House",
            ),
        ],
    );
}
