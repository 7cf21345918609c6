//! A journey after an adverb of what came after ("Modi later travelled to Marseille", "Modi
//! viajó luego a Marsella") is another stop of the trip: its place is not the meeting's. A
//! journey for the talks themselves ("arrived in Paris for talks with X") still places them.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_later_stop_is_not_the_meetings_place() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "French President Paul Martin met Indian Prime Minister Ravi Rao on Monday. Rao \
                 later travelled to Marseille.",
                "kind = bilateral\ncity = ",
            ),
            (
                "French President Paul Martin hosted Indian Prime Minister Ravi Rao at the Elysee \
                 Palace on Monday. Rao then flew to Lyon.",
                "venue = Elysee Palace\ncity = ",
            ),
            (
                "Indian Prime Minister Ravi Rao arrived in Paris on Monday for talks with French \
                 President Paul Martin.",
                "city = Paris",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente de Francia, Paul Martin, se reunió este lunes con el primer ministro \
             indio, Ravi Rao. Rao viajó luego a Marsella.",
            "kind = bilateral\ncity = ",
        )],
    );
}
