//! Rule-family tests from probing unseen articles: places whose names go on past a particle
//! ("Santa Rosa de Cabal", "Villa del Rosario", "San Juan de la Maguana", where the tables know
//! only "San Juan"), in Spanish and English; dates two days away in English ("the day before
//! yesterday"). Every sentence is written for these tests.

mod common;

use common::check_rows;

/// The subject and verb of a meeting held, which the date rows complete ("… el lunes 2 en
/// Quito"): two invented presidents.
const MET: &str = "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián Saavedra, se reunieron";

/// The same meeting announced.
const WILL_MEET: &str = "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián Saavedra, se reunirán";

/// The two leaders of the Spanish rows, before the place or date that completes them.
const MET_ES: &str = "El presidente de Colombia, Andrés Caicedo, se reunió con su homólogo de \
                      Ecuador, Julián Saavedra,";

/// A town the tables do not know, whose name goes on past a particle: after a kind of
/// settlement, with or without a people word, after a meeting verb, with a building word
/// opening it ("Villa"), set off by commas; and a town the tables know that opens a longer name
/// ("San Juan" of "San Juan de la Maguana") is not that town, nor in its country.
#[test]
fn spanish_town_names_with_particles() {
    check_rows(
        "es",
        "2026-03-10",
        MET_ES,
        &[
            (
                "en la localidad de Santa Rosa de Cabal.",
                "city = Santa Rosa de Cabal\ncountry =",
            ),
            (
                "en la localidad fronteriza de San Cristóbal de las Sierras el lunes.",
                "city = San Cristóbal de las Sierras",
            ),
            (
                "en el municipio de Villa del Rosario.",
                "city = Villa del Rosario",
            ),
            (
                "en la ciudad de Villa del Rosario.",
                "city = Villa del Rosario\nvenue =",
            ),
            (
                "en la ciudad colombiana de Puerto Alegre de Arriba, cerca de la frontera.",
                "city = Puerto Alegre de Arriba\ncountry = Colombia",
            ),
            (
                "este lunes en San Juan de la Maguana.",
                "city = San Juan de la Maguana\ncountry =",
            ),
            (
                "en la ciudad de Santiago de Compostela.",
                "city = Santiago de Compostela\ncountry =",
            ),
            (
                "en la ciudad española de Santiago de Compostela.",
                "city = Santiago de Compostela\ncountry = Spain",
            ),
            // What ends the name: a country ("Santiago de Chile" is in Chile), a conjunction, an
            // article, a lowercase word.
            (
                "en Santiago de Chile.",
                "city = Santiago de Chile\ncountry = Chile",
            ),
            ("en Quito y Guayaquil.", "city = Quito\ncountry = Ecuador"),
            (
                "en Quito de manera discreta.",
                "city = Quito\ncountry = Ecuador",
            ),
            (
                "en Quito el 2 de marzo.",
                "city = Quito\ndate = 2 de marzo = 2026-03-02",
            ),
        ],
    );
}

/// The same in English, where "de" and "del" are particles of names too.
#[test]
fn english_town_names_with_particles() {
    check_rows(
        "en",
        "2026-03-10",
        "Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra",
        &[
            (
                "in the town of Santa Rosa de Cabal.",
                "city = Santa Rosa de Cabal",
            ),
            (
                "in the village of Villa de Leyva on Monday.",
                "city = Villa de Leyva",
            ),
            (
                "in the Colombian border town of Puerto Alegre de Arriba.",
                "city = Puerto Alegre de Arriba\ncountry = Colombia",
            ),
            (
                "in San Juan de la Maguana on Monday.",
                "city = San Juan de la Maguana\ncountry =",
            ),
            (
                "in Santiago de Compostela.",
                "city = Santiago de Compostela\ncountry =",
            ),
            ("in the town of Kasese of western Uganda.", "city = Kasese"),
        ],
    );
}

/// Two days before or after the publication: "the day before yesterday", "the day after
/// tomorrow", in a past or future clause, before or after the place, in a passive.
#[test]
fn english_two_days_away() {
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra in Quito the day before yesterday.",
                "date = the day before yesterday = 2026-03-08",
            ),
            (
                "The day before yesterday, Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra in Quito.",
                "date ~ 2026-03-08",
            ),
            (
                "Ecuadorian President Julian Saavedra was received by Colombian President Andres Caicedo in Bogota the day before yesterday.",
                "date = the day before yesterday = 2026-03-08",
            ),
            (
                "Colombian President Andres Caicedo will meet Ecuadorian President Julian Saavedra in Quito the day after tomorrow.",
                "date = the day after tomorrow = 2026-03-12\nstatus = planned",
            ),
            (
                "Colombian President Andres Caicedo is due to meet Ecuadorian President Julian Saavedra the day after tomorrow in Quito.",
                "date = the day after tomorrow = 2026-03-12",
            ),
            (
                "Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra in Quito yesterday.",
                "date = yesterday = 2026-03-09",
            ),
        ],
    );
}

/// A seat of government several countries share ("Palacio Nacional", Mexico's and the Dominican
/// Republic's) is the country of the principal it belongs to: the host or the guest, named by
/// adjective or by country, in the active or the passive, with the verb before or after the
/// place; the one receiving when both could own it.
#[test]
fn shared_seat_is_a_principals() {
    check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                "El presidente mexicano, Andrés Manuel Salinas, recibió en el Palacio Nacional a su homólogo guatemalteco, Bernardo Arévalo.",
                "venue = Palacio Nacional\ncountry = Mexico",
            ),
            (
                "El presidente guatemalteco, Bernardo Arévalo, fue recibido en el Palacio Nacional por el presidente mexicano, Andrés Manuel Salinas.",
                "country = Mexico",
            ),
            (
                "El presidente de Panamá, Rubén Castillero, y la presidenta de México, Andrea Salinas, se reunieron en el Palacio Nacional.",
                "country = Mexico",
            ),
            (
                "En el Palacio Nacional, la presidenta de México, Andrea Salinas, mantuvo un encuentro con el primer ministro de Belice, Dean Barrow Young.",
                "country = Mexico",
            ),
            (
                "El presidente dominicano, Luis Ábrego Corona, recibió en el Palacio Nacional a su homólogo guatemalteco, Bernardo Arévalo.",
                "country = Dominican Republic",
            ),
            (
                "La presidenta de México, Andrea Salinas, recibió en el Palacio Nacional al presidente de República Dominicana, Luis Ábrego Corona.",
                "country = Mexico",
            ),
            (
                "El presidente de República Dominicana, Luis Ábrego Corona, recibió en el Palacio Nacional a la presidenta de México, Andrea Salinas.",
                "country = Dominican Republic",
            ),
        ],
    );
}

/// A weekday with its day of the month after it, bare ("el lunes 2") or as an ordinal after an
/// article ("Monday the 2nd"): the day settles which week, before a place, a comma, a part of
/// the day, a conjunction; a count after the weekday is no day ("el lunes 20 líderes").
/// Published on Tuesday 10 March 2026.
#[test]
fn weekday_with_its_day_of_the_month() {
    let p = "2026-03-10";
    let met = MET;
    let will = WILL_MEET;
    check_rows(
        "es",
        p,
        "",
        &[
            (
                &format!("{met} el lunes 2 en Quito."),
                "date = el lunes 2 = 2026-03-02",
            ),
            (
                &format!("{met} el martes 3, en Quito."),
                "date = el martes 3 = 2026-03-03",
            ),
            (
                &format!("{met} el jueves 5 por la tarde en Quito."),
                "date = el jueves 5 por la tarde = 2026-03-05",
            ),
            (
                &format!("{will} el viernes 13 en Quito."),
                "date = el viernes 13 = 2026-03-13",
            ),
            (
                &format!("{will} el lunes 16 y el martes 17 en Quito."),
                "date = el lunes 16 = 2026-03-16",
            ),
            (
                &format!("{met} el lunes 20 minutos antes de la cumbre."),
                "date = el lunes = 2026-03-09",
            ),
        ],
    );
    check_rows(
        "en",
        p,
        "Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra",
        &[
            (
                "in Quito on Monday the 2nd.",
                "date = on Monday the 2nd = 2026-03-02",
            ),
            ("on Tuesday 3 in Quito.", "date = on Tuesday 3 = 2026-03-03"),
        ],
    );
}

/// A seat's kind of several words completed by the seat's own name ("la residencia oficial de
/// Los Pinos") is one venue, in that seat's country: with or without an article before the
/// name, in the contracted link ("del Elíseo"), in English ("the official residence of Los
/// Pinos"); a town after the kind stays the city ("la casa presidencial de Tegucigalpa").
#[test]
fn seat_kind_with_the_seats_name() {
    let host = "El presidente mexicano, Andrés Manuel Salinas, recibió a su homólogo guatemalteco, Bernardo Arévalo,";
    check_rows(
        "es",
        "2026-03-10",
        host,
        &[
            (
                "en la residencia oficial de Los Pinos.",
                "venue = residencia oficial de Los Pinos\ncountry = Mexico",
            ),
            (
                "el lunes en la residencia presidencial de la Quinta de Olivos.",
                "venue = residencia presidencial de la Quinta de Olivos\ncountry = Argentina",
            ),
            (
                "en la residencia oficial del Elíseo.",
                "venue = residencia oficial del Elíseo\ncountry = France",
            ),
            (
                "en la casa presidencial de Tegucigalpa.",
                "venue = casa presidencial\ncity = Tegucigalpa",
            ),
            (
                "en la residencia oficial.",
                "venue = residencia oficial\ncountry = Mexico",
            ),
        ],
    );
    // The seat's country, whoever meets there.
    check_rows(
        "es",
        "2026-03-10",
        "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián Saavedra, se reunieron",
        &[(
            "en la residencia oficial de Los Pinos.",
            "venue = residencia oficial de Los Pinos\ncountry = Mexico",
        )],
    );
    check_rows(
        "en",
        "2026-03-10",
        "President Andres Salinas received Guatemalan President Bernardo Arevalo",
        &[
            (
                "at the official residence of Los Pinos.",
                "venue = official residence of Los Pinos\ncountry = Mexico",
            ),
            (
                "at the presidential palace of Miraflores on Monday.",
                "venue = presidential palace of Miraflores\ncountry = Venezuela",
            ),
        ],
    );
}

/// Whole days counted back from the day of writing: the marker before the span ("hace dos
/// días") or after it ("dos días atrás", "two days ago"), the number in words or digits; no date
/// from a duration ("durante dos días") or from hours ("two hours ago").
#[test]
fn days_counted_back() {
    let p = "2026-03-10";
    let met = MET;
    check_rows(
        "es",
        p,
        met,
        &[
            (
                "hace dos días en Quito.",
                "date = hace dos días = 2026-03-08",
            ),
            ("en Quito hace 3 días.", "date = hace 3 días = 2026-03-07"),
            (
                "dos días atrás en Quito.",
                "date = dos días atrás = 2026-03-08",
            ),
            ("durante dos días en Quito.", "date ="),
            // A month at most, in whole days.
            ("hace 15 días en Quito.", "date = hace 15 días = 2026-02-23"),
            ("hace 400 días en Quito.", "date ="),
            ("hace 1,5 días en Quito.", "date ="),
        ],
    );
    check_rows(
        "en",
        p,
        "Kenyan President William Rutoto met Ethiopian Prime Minister Abiy Ahmedin",
        &[
            (
                "in Nairobi two days ago.",
                "date = two days ago = 2026-03-08",
            ),
            (
                "three days ago in Nairobi.",
                "date = three days ago = 2026-03-07",
            ),
            ("in Nairobi a day ago.", "date = a day ago = 2026-03-09"),
            ("for two days in Nairobi.", "date ="),
            ("in Nairobi two hours ago.", "date ="),
        ],
    );
}

/// Months abbreviated with a period in English ("Mar. 9", "Apr. 9", "Jun. 30", "Jul. 4"), as
/// "Jan." and "Feb." already were; the day before or after, with a year or without.
#[test]
fn english_months_abbreviated_with_a_period() {
    check_rows(
        "en",
        "2026-07-12",
        "Kenyan President William Rutoto met Ethiopian Prime Minister Abiy Ahmedin",
        &[
            ("in Nairobi on Mar. 9.", "date = Mar. 9 = 2026-03-09"),
            ("on Apr. 9 in Nairobi.", "date = Apr. 9 = 2026-04-09"),
            (
                "in Nairobi on Jun. 30, 2026.",
                "date = Jun. 30, 2026 = 2026-06-30",
            ),
            ("in Nairobi on Jul. 4.", "date = Jul. 4 = 2026-07-04"),
            (
                "in Nairobi on 9 Apr. 2026.",
                "date = 9 Apr. 2026 = 2026-04-09",
            ),
        ],
    );
}

/// A town the tables do not know whose name opens with an article ("El Amatillo", "La
/// Esperanza", "The Pas"): after a kind of settlement, with a people word, after a meeting verb
/// and a day, with its country after a comma; a country or seat the tables know stays what it is.
#[test]
fn town_names_opening_with_an_article() {
    let met = "La presidenta de Honduras, Marta Lozano, y el presidente de El Salvador, Óscar Benítez Rivas, se reunieron";
    check_rows(
        "es",
        "2026-03-10",
        met,
        &[
            (
                "en la ciudad fronteriza de El Amatillo.",
                "city = El Amatillo",
            ),
            (
                "en la localidad hondureña de La Esperanza.",
                "city = La Esperanza\ncountry = Honduras",
            ),
            ("el lunes en El Amatillo.", "city = El Amatillo"),
            (
                "en El Amatillo, Honduras, el lunes.",
                "city = El Amatillo\ncountry = Honduras",
            ),
            (
                "el lunes en La Esperanza, una localidad de Honduras.",
                "city = La Esperanza\ncountry = Honduras",
            ),
            ("en El Salvador.", "city =\ncountry = El Salvador"),
            ("el lunes en La Moneda.", "venue = La Moneda\ncity ="),
        ],
    );
    check_rows(
        "en",
        "2026-03-10",
        "Honduran President Marta Lozano and Salvadoran President Oscar Benitez met",
        &[
            ("in the border town of El Amatillo.", "city = El Amatillo"),
            ("on Monday in The Pas.", "city = The Pas"),
        ],
    );
}

/// A day of the month alone after a marker ("el día 2", "el 2 en Quito", "on the 8th"): in the
/// publication's month, or the month before in a report of the past when the day is still to
/// come, or the month after in an announcement when it is gone; a percentage is no day.
/// Published on Tuesday 10 March 2026.
#[test]
fn day_of_the_month_alone() {
    let p = "2026-03-10";
    let met = MET;
    let will = WILL_MEET;
    check_rows(
        "es",
        p,
        "",
        &[
            (
                &format!("{met} el día 2 en Quito."),
                "date = el día 2 = 2026-03-02",
            ),
            (&format!("{met} en Quito el 2."), "date = el 2 = 2026-03-02"),
            (
                &format!("{met} el día 20 en Quito."),
                "date = el día 20 = 2026-02-20",
            ),
            (
                &format!("{will} el día 20 en Quito."),
                "date = el día 20 = 2026-03-20",
            ),
            (
                &format!("{will} el 5, en Quito."),
                "date = el 5 = 2026-04-05",
            ),
            (
                &format!("{met} en Quito y acordaron el 20 % de aranceles."),
                "date =",
            ),
        ],
    );
    check_rows(
        "en",
        p,
        "Kenyan President William Rutoto met Ethiopian Prime Minister Abiy Ahmedin",
        &[
            ("in Nairobi on the 8th.", "date = on the 8th = 2026-03-08"),
            ("on the 8th in Nairobi.", "date = on the 8th = 2026-03-08"),
        ],
    );
}

/// A dateline opens its first sentence but names no place of it: a town named after a meeting
/// noun in that sentence is the meeting's, not another meeting's ("QUITO (Reuters) - … un
/// encuentro en la ciudad de Tulcán"), with the agency's dateline in either form, the town
/// known to the tables or not, in Spanish and English.
#[test]
fn dateline_is_no_place_of_its_sentence() {
    let sides = "El presidente ecuatoriano, Julián Saavedra, y su par colombiano, Andrés Caicedo,";
    check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                &format!(
                    "QUITO (Reuters) - {sides} sostuvieron el martes un encuentro en la ciudad de Tulcán."
                ),
                "city = Tulcán\ncountry = Ecuador",
            ),
            (
                &format!(
                    "QUITO, 10 mar (EFE).- {sides} mantuvieron este martes una reunión en Tulcán."
                ),
                "city = Tulcán",
            ),
            (
                &format!(
                    "QUITO, 10 mar (EFE).- {sides} celebraron una cumbre bilateral en Cuenca."
                ),
                "city = Cuenca",
            ),
            (
                &format!(
                    "QUITO, 10 mar (EFE).- {sides} tuvieron un encuentro en Tulcán, en la frontera común."
                ),
                "city = Tulcán",
            ),
        ],
    );
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[(
            "QUITO (Reuters) - Ecuadorian President Julian Saavedra and his Colombian counterpart Andres Caicedo held talks in the town of Tulcan on Tuesday.",
            "city = Tulcan\ncountry = Ecuador",
        )],
    );
}

/// A building's kind in lowercase completed by a seat of government ("el complejo de La
/// Moncloa", "el palacio de la Moncloa") is a venue in the seat's country.
#[test]
fn building_kind_completed_by_a_seat() {
    check_rows(
        "es",
        "2026-03-10",
        "El presidente del Gobierno, Ramón Ezquerra, recibió al presidente de Francia, Étienne Morel,",
        &[
            (
                "en el complejo de La Moncloa.",
                "venue = complejo de La Moncloa\ncountry = Spain",
            ),
            (
                "el lunes en el palacio de la Moncloa.",
                "venue = palacio de la Moncloa\ncountry = Spain",
            ),
            (
                "en el complejo de la Moncloa, en Madrid.",
                "venue = complejo de la Moncloa\ncity = Madrid",
            ),
            (
                "en la sala de La Moncloa.",
                "venue = sala de La Moncloa\ncountry = Spain",
            ),
            (
                "en el complejo presidencial de La Moncloa.",
                "venue = complejo presidencial de La Moncloa",
            ),
        ],
    );
}

/// A city closing a building named by a lowercase kind and its name ("el hotel Marriott de
/// Quito") is where the building is, as after a capitalised kind ("Palacio de Congresos de
/// Madrid"): with a date after, in a kind with its complement, in English.
#[test]
fn city_closing_a_building_with_a_lowercase_kind() {
    let met = MET;
    check_rows(
        "es",
        "2026-03-10",
        met,
        &[
            (
                "en el hotel Marriott de Quito.",
                "venue = Marriott\ncity = Quito\ncountry = Ecuador",
            ),
            (
                "en el hotel Hilton de Guayaquil el lunes.",
                "city = Guayaquil\ncountry = Ecuador",
            ),
            (
                "el lunes en el hotel Sheraton de Bogotá.",
                "city = Bogotá\ncountry = Colombia",
            ),
            ("en la sede de la Cancillería de Quito.", "city = Quito"),
        ],
    );
    check_rows(
        "en",
        "2026-03-10",
        "Colombian President Andres Caicedo met Ecuadorian President Julian Saavedra",
        &[(
            "at the hotel Hilton of Quito.",
            "venue = Hilton\ncity = Quito",
        )],
    );
}

/// The dateline's date, the day the story was filed, is the day relative dates count from, even
/// when the page was published later; without its year, the publication's completes it.
/// Published on Tuesday 10 March 2026; filed on Thursday 5 March.
#[test]
fn relative_dates_count_from_the_datelines_day() {
    let p = "2026-03-10";
    let es = "La presidenta de Perú, Rosa Villanueva, recibió";
    check_rows(
        "es",
        p,
        "",
        &[
            (
                &format!(
                    "LIMA, 5 de marzo (EFE).- {es} este lunes al presidente de Ecuador, Julián Saavedra."
                ),
                "date = este lunes = 2026-03-02",
            ),
            (
                &format!(
                    "Lima, 5 de marzo de 2026 (Andina).- {es} ayer al presidente de Ecuador, Julián Saavedra."
                ),
                "date = ayer = 2026-03-04",
            ),
            (
                &format!(
                    "LIMA, 5 de marzo (EFE).- {es} hoy al presidente de Ecuador, Julián Saavedra."
                ),
                "date = hoy = 2026-03-05",
            ),
            // A dateline long before the page is no day of filing.
            (
                &format!(
                    "LIMA, 5 de enero (EFE).- {es} el lunes 9 al presidente de Ecuador, Julián Saavedra."
                ),
                "date = el lunes 9 = 2026-03-09",
            ),
        ],
    );
    check_rows(
        "en",
        p,
        "",
        &[
            (
                "NAIROBI, March 5 (Reuters) - Kenyan President William Rutoto met Ethiopian Prime Minister Abiy Ahmedin on Monday.",
                "date = on Monday = 2026-03-02",
            ),
            (
                "NAIROBI, March 5 (Reuters) - Kenyan President William Rutoto will meet Ethiopian Prime Minister Abiy Ahmedin on Monday.",
                "date = on Monday = 2026-03-09",
            ),
            (
                "NAIROBI, March 5 (Reuters) - Kenyan President William Rutoto met Ethiopian Prime Minister Abiy Ahmedin yesterday.",
                "date = yesterday = 2026-03-04",
            ),
        ],
    );
}
