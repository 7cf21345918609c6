//! A meeting moved to a new date is still to come, whatever verb of the past tells so ("was
//! postponed to March 20", "has been postponed until April 20", "fue aplazada al 20 de
//! marzo"); with no new date it is called off ("until further notice"). A side's wish for a
//! meeting ("Beijing wants talks on X", "hopes to revive talks on X") is its interest, though
//! the wished talks are no meeting; a date said from now in a sentence of no tense ("meets this
//! Wednesday") is the nearer, but "on Friday" after a verb the tables do not know keeps the
//! past. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

/// A Tuesday.
const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_meeting_moved_to_a_new_date_is_planned() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The meeting between Danish Prime Minister Lars Holm and Norwegian Prime Minister \
                 Erik Berg was postponed to March 20.",
                "kind = bilateral\nstatus = planned\nsummary !~ met",
            ),
            (
                "The summit between Danish Prime Minister Lars Holm and Norwegian Prime Minister \
                 Erik Berg has been postponed until April 20.",
                "status = planned\ndate ~ 2026-04-20",
            ),
            (
                "The summit between Danish Prime Minister Lars Holm and Norwegian Prime Minister \
                 Erik Berg has been postponed until further notice.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La cumbre entre los presidentes de Chile y Perú fue aplazada al 20 de marzo.",
            "status = planned",
        )],
    );
}

#[test]
fn a_wish_for_talks_is_an_interest() {
    check_rows(
        "en",
        PUBLISHED,
        "Chinese President Li Wei met Japanese Prime Minister Kenji Sato in Seoul on Monday.",
        &[
            (
                "Beijing wants talks on a free trade agreement.",
                "interests = China: talks on a free trade agreement (-)",
            ),
            (
                "Beijing hopes to revive talks on a free trade agreement.",
                "interests = China: revive talks on a free trade agreement (-)",
            ),
        ],
    );
}

#[test]
fn a_date_said_from_now_in_a_sentence_of_no_tense() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Danish Prime Minister Lars Holm meets Norwegian Prime Minister Erik Berg in Oslo \
                 this Wednesday.",
                "date ~ 2026-03-11",
            ),
            (
                "Nordic leaders wrapped up their annual meeting in Oslo on Friday. Danish Prime \
                 Minister Lars Holm and Norwegian Prime Minister Erik Berg attended.",
                "date ~ 2026-03-06",
            ),
        ],
    );
}
