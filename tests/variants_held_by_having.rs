//! A meeting reported by a verb of having or holding with the meeting for its object ("had a
//! meeting with X", "had talks", "tuvo una reunión", "mantuvieron un encuentro") was held; the
//! same auxiliary before a participle ("had hoped to meet", "had wished to see") reports no
//! meeting held. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// English: "had" with a meeting for its object, in the simple past and the present perfect,
/// with adjectives between.
#[test]
fn had_a_meeting_was_held() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Chancellor Klaus Weber had a meeting with French President Anne Martin in Berlin.",
                "status = held",
            ),
            (
                "Chancellor Klaus Weber had talks with President Anne Martin of France in Lyon.",
                "status = held",
            ),
            (
                "Chancellor Klaus Weber has had a meeting with French President Anne Martin.",
                "status = held",
            ),
            (
                "Chancellor Klaus Weber and President Anne Martin of France had a long and frank \
                 discussion in Berlin.",
                "status = held",
            ),
            (
                "Chancellor Klaus Weber had hoped to meet French President Anne Martin in Berlin \
                 next week.",
                "status = planned",
            ),
            (
                "Chancellor Klaus Weber will meet French President Anne Martin in Berlin next week. \
                 Weber had wished to see the new museum first.",
                "status = planned",
            ),
        ],
    );
}

/// Spanish: "tuvo", "mantuvieron", "sostuvo" with a meeting for their object.
#[test]
fn tuvo_una_reunion_se_celebro() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Chile, Mario Soto, tuvo una reunión con el canciller argentino, \
                 Pablo Díaz, en Santiago.",
                "status = held",
            ),
            (
                "El presidente Mario Soto y el canciller argentino Pablo Díaz mantuvieron un \
                 encuentro en Santiago.",
                "status = held",
            ),
            (
                "El presidente chileno, Mario Soto, sostuvo una larga conversación con su homólogo \
                 peruano, Andrés Quiroga.",
                "status = held",
            ),
        ],
    );
}
