//! Two days joined by "and" / "y", each perhaps with its article or ordinal ending, then the
//! month they share ("on the 12th and 13th of June", "May 7 and 8", "el 7 y el 8 de mayo",
//! "los días 7 y 8 de mayo"): the meeting's date is the first day in that month (and year, when
//! one is written), never the first day read alone in the month of publication. A day with its
//! own month ("el 7 de abril y el 8 de mayo") keeps it. Every sentence is written by the team;
//! the names and places are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_lang_rows;

#[test]
fn two_days_sharing_a_month_date_the_meeting_from_the_first() {
    check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Austrian Chancellor Otto Brenner will meet Slovak Prime Minister Ivo Kral in Graz \
                 on the 12th and 13th of June.",
                "date = 12th and 13th of June = 2026-06-12",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner will host Slovak Prime Minister Ivo Kral in Graz \
                 on the 12th and the 13th of June.",
                "date = 12th and the 13th of June = 2026-06-12",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner is to visit Slovakia on May 7 and 8, 2026, for \
                 talks with Prime Minister Ivo Kral.",
                "date = May 7 and 8, 2026 = 2026-05-07",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral met in Graz on \
                 2 and 3 February.",
                "date = 2 and 3 February = 2026-02-02",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral was hosted by Austrian Chancellor Otto Brenner in \
                 Graz on the 2nd and 3rd of February.",
                "date = 2nd and 3rd of February = 2026-02-02",
            ),
            (
                "es",
                "El presidente de Paraguay, Tomás Benítez, visitará Uruguay el 7 y el 8 de mayo \
                 para reunirse con su homólogo Raúl Sosa.",
                "date = 7 y el 8 de mayo = 2026-05-07",
            ),
            (
                "es",
                "El presidente paraguayo, Tomás Benítez, se reunirá con su homólogo uruguayo, Raúl \
                 Sosa, los días 7 y 8 de mayo en Asunción.",
                "date = 7 y 8 de mayo = 2026-05-07",
            ),
            (
                "es",
                "El presidente paraguayo, Tomás Benítez, recibirá a su homólogo uruguayo, Raúl \
                 Sosa, entre el 7 y el 8 de mayo de 2026 en Asunción.",
                "date = 7 y el 8 de mayo de 2026 = 2026-05-07",
            ),
            (
                "es",
                "El presidente paraguayo, Tomás Benítez, y su homólogo uruguayo, Raúl Sosa, se \
                 reunieron el 2 y el 3 de febrero en Asunción.",
                "date = 2 y el 3 de febrero = 2026-02-02",
            ),
            (
                "es",
                "El presidente uruguayo, Raúl Sosa, fue recibido por su homólogo paraguayo, Tomás \
                 Benítez, el 2 y 3 de febrero en Asunción.",
                "date = 2 y 3 de febrero = 2026-02-02",
            ),
        ],
    );
}

/// Each day with its own month keeps it: the first is the meeting's.
#[test]
fn days_with_their_own_months_keep_them() {
    check_lang_rows(
        "2026-03-10",
        &[
            (
                "es",
                "El presidente de Paraguay, Tomás Benítez, visitará Uruguay el 7 de abril y el 8 de \
                 mayo para reunirse con su homólogo Raúl Sosa.",
                "date = 7 de abril = 2026-04-07",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner will meet Slovak Prime Minister Ivo Kral in Graz \
                 on the 7th of April and the 8th of May.",
                "date = 7th of April = 2026-04-07",
            ),
        ],
    );
}
