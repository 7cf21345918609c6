//! A place that is the object of a verb of travel ("visited Hanoi", "is visiting Kenya",
//! "visitó Hanói") is where the visitor met the host, as one after "a visit to" is; a visit to
//! come ("will visit Japan later this year", "plans to visit Peru") is another trip. Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_lang_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn the_place_a_visitor_visited_is_the_meetings() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Japanese Prime Minister Taro Ito visited Hanoi on Monday and met Vietnamese \
                 Prime Minister Lam Van Duc.",
                "city = Hanoi\ncountry = Vietnam",
            ),
            (
                "en",
                "Japanese Prime Minister Taro Ito visited Singapore on Monday and met Prime \
                 Minister Tan Wei Ming.",
                "country = Singapore",
            ),
            (
                "en",
                "Indian Foreign Minister Ravi Rao, who is visiting Kenya, held talks with \
                 President Joseph Kamau on Tuesday.",
                "country = Kenya",
            ),
            (
                "es",
                "El primer ministro japonés, Taro Ito, visitó Hanói el lunes y se reunió con su \
                 homólogo vietnamita, Lam Van Duc.",
                "city = Hanói\ncountry = Vietnam",
            ),
        ],
    );
}

#[test]
fn a_visit_to_come_is_another_trip() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Indian Defence Minister Ravi Rao met his visiting Japanese counterpart Ken Sato \
                 on Monday. Rao will visit Japan later this year.",
                "country =",
            ),
            (
                "en",
                "Indian Defence Minister Ravi Rao met Japanese Defence Minister Ken Sato in New \
                 Delhi on Monday. Sato plans to visit Nepal next week.",
                "city = New Delhi\ncountry = India",
            ),
        ],
    );
}

/// An arrival in the past made for the meeting ("arrived in Hanoi on Monday to meet X",
/// "llegó el lunes a Hanói para reunirse con X") puts the meeting under way: held, on the day
/// of the arrival, not a week later; an arrival to come is still planned.
#[test]
fn an_arrival_made_for_the_meeting_dates_it() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Indian Prime Minister Ravi Rao arrived in Hanoi on Monday to meet Vietnamese \
                 Prime Minister Lam Van Duc.",
                "status = held\ndate = on Monday = 2026-03-09",
            ),
            (
                "en",
                "Indian Prime Minister Ravi Rao landed in Hanoi on Monday evening to hold talks \
                 with Vietnamese Prime Minister Lam Van Duc.",
                "status = held\ndate ~ 2026-03-09",
            ),
            (
                "es",
                "El primer ministro indio, Ravi Rao, llegó el lunes a Hanói para reunirse con su \
                 homólogo vietnamita, Lam Van Duc.",
                "status = held\ndate = el lunes = 2026-03-09",
            ),
            (
                "en",
                "Indian Prime Minister Ravi Rao will arrive in Hanoi on Monday to meet Vietnamese \
                 Prime Minister Lam Van Duc.",
                "status = planned\ndate = on Monday = 2026-03-16",
            ),
        ],
    );
}

/// After a meeting held, a trip still to come goes elsewhere: the place after a word of travel
/// in the future or after "before" ("will travel to Belém", "viajará el martes a Belém",
/// "antes de viajar a Santiago") is no place of the meeting, which keeps its dateline's city.
/// Before a meeting to come, the trip goes to it.
#[test]
fn a_trip_to_come_after_a_meeting_held_goes_elsewhere() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "QUITO, March 9 (Reuters) - Ecuadorean President Rosa Vera and Chilean President \
                 Tomás Rojas met at the Carondelet Palace on Monday. Rojas will travel to \
                 Guayaquil on Tuesday.",
                "city = Quito\ncountry = Ecuador",
            ),
            (
                "en",
                "QUITO, March 9 (Reuters) - Ecuadorean President Rosa Vera held talks with \
                 Chilean President Tomás Rojas at the Carondelet Palace on Monday, before Rojas \
                 flew to Guayaquil.",
                "city = Quito",
            ),
            (
                "en",
                "QUITO, March 9 (Reuters) - Ecuadorean President Rosa Vera and Chilean President \
                 Tomás Rojas met at the Carondelet Palace on Monday. Rojas is due to fly on to \
                 Guayaquil later in the week.",
                "city = Quito",
            ),
            (
                "es",
                "QUITO, 9 mar (EFE).- La presidenta ecuatoriana, Rosa Vera, y su homólogo \
                 chileno, Tomás Rojas, se reunieron este lunes en el Palacio de Carondelet. El \
                 mandatario chileno viajará el martes a Guayaquil.",
                "city = Quito\ncountry = Ecuador",
            ),
            (
                "es",
                "QUITO, 9 mar (EFE).- La presidenta ecuatoriana, Rosa Vera, y su homólogo \
                 chileno, Tomás Rojas, se reunieron este lunes en el Palacio de Carondelet. \
                 Rojas se reunió después con empresarios antes de viajar a Guayaquil.",
                "city = Quito",
            ),
            (
                "es",
                "QUITO, 9 mar (EFE).- La presidenta ecuatoriana, Rosa Vera, y su homólogo \
                 chileno, Tomás Rojas, se reunieron este lunes en el Palacio de Carondelet. \
                 Rojas tiene previsto viajar a Guayaquil el miércoles.",
                "city = Quito",
            ),
            // A trip to a meeting to come goes to it.
            (
                "en",
                "Chilean President Tomás Rojas will travel to Guayaquil on Tuesday to meet \
                 Ecuadorean President Rosa Vera.",
                "city = Guayaquil",
            ),
        ],
    );
}
