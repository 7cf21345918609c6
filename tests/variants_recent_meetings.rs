//! A meeting the article first reports, dated by a period just past ("met X last week", "se
//! reunió la semana pasada con X") or set beside the span since the sides last met ("their
//! first meeting since 2023", "in their first meeting since January"), is the article's
//! meeting; "last year", or a past period after the meeting first reported, dates another.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_period_just_past_dates_the_meeting_first_reported() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Finnish President Aino Virtanen met Estonian Prime Minister Karl Tamm last week.",
                "kind = bilateral\nstatus = held\nprincipals = Aino Virtanen | President | \
                 Finland; Karl Tamm | Prime Minister | Estonia",
            ),
            (
                "Finnish President Aino Virtanen held talks with Estonian Prime Minister Karl Tamm \
                 in Tallinn last month on energy links.",
                "kind = bilateral\ncity = Tallinn\nagenda = energy links",
            ),
            (
                "Finnish President Aino Virtanen met Estonian Prime Minister Karl Tamm last year.",
                "kind = other",
            ),
            (
                "Finnish President Aino Virtanen met Estonian Prime Minister Karl Tamm in Helsinki \
                 on Monday. The two had also met in Riga last week.",
                "date = on Monday = 2026-03-09\ncity = Helsinki",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La presidenta de Finlandia, Aino Virtanen, se reunió la semana pasada con el \
                 primer ministro de Estonia, Karl Tamm.",
                "kind = bilateral\nprincipals = Aino Virtanen | Presidenta | Finland; Karl Tamm | \
                 Primer ministro | Estonia",
            ),
            (
                "La presidenta de Finlandia, Aino Virtanen, se reunió el año pasado con el primer \
                 ministro de Estonia, Karl Tamm.",
                "kind = other",
            ),
        ],
    );
}

#[test]
fn the_first_meeting_since_a_date_is_this_one() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Finnish President Aino Virtanen met Estonian Prime Minister Karl Tamm on Monday, \
                 their first meeting since 2023.",
                "kind = bilateral\ndate = on Monday = 2026-03-09",
            ),
            (
                "Finnish President Aino Virtanen will meet Estonian Prime Minister Karl Tamm on \
                 Friday, the first such meeting since January.",
                "status = planned\ndate = on Friday = 2026-03-13",
            ),
            (
                "Finnish President Aino Virtanen met Estonian Prime Minister Karl Tamm in Tallinn \
                 on Monday in their first meeting since 2023.",
                "kind = bilateral\ncity = Tallinn",
            ),
            (
                "The two leaders have been meeting regularly since 2023. Finnish President Aino \
                 Virtanen met Estonian Prime Minister Karl Tamm on Monday.",
                "kind = bilateral\ndate = on Monday = 2026-03-09",
            ),
            (
                "Finnish President Aino Virtanen and Estonian Prime Minister Karl Tamm held a \
                 meeting in 2023.",
                "kind = other",
            ),
        ],
    );
}

/// "meeting" with a person for its object and no determiner is the verb, not the noun: "after
/// meeting Chinese President X", "After meeting X in Busan, Y said …" report the meeting.
#[test]
fn a_gerund_of_meeting_with_its_object() {
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "After meeting Chinese President Li Wei in Busan on Thursday, US President John \
                 Hale said the talks had gone well.",
                "kind = bilateral\nstatus = held\ncity = Busan",
            ),
            (
                "US President John Hale told reporters after meeting Chinese President Li Wei in \
                 Busan last Thursday that the talks had gone well.",
                "kind = bilateral\nprincipals ~ Li Wei | President | China",
            ),
            (
                "US President John Hale, meeting Chinese President Li Wei in Busan, called for \
                 lower tariffs.",
                "kind = bilateral",
            ),
        ],
    );
}
