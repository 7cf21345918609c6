//! A verb that reports the meeting keeps its clause about the meeting when a complement of
//! the verb names another meeting: a gathering it is held before ("ahead of the BRICS summit
//! in July"), prepares ("to prepare for"), or an apposition that counts it among others ("the
//! third such summit since 2025"). A meeting the verb governs ("offered to host the 2027
//! leaders' meeting") or is held at ("at their previous summit") is another meeting still.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{NO_MEETING, check_lang_rows};

const PUBLISHED: &str = "2026-03-10";

#[test]
fn another_meeting_in_a_complement_leaves_the_meeting() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Chinese President Wei Lan met Brazilian President Paulo Reis in Beijing on \
                 Monday, ahead of the BRICS summit in July.",
                "kind = bilateral\nstatus = held\ndate = on Monday = 2026-03-09",
            ),
            (
                "en",
                "Chinese President Wei Lan will meet Brazilian President Paulo Reis in Beijing \
                 on Friday to prepare for the G20 summit in November.",
                "kind = bilateral\nstatus = planned\ndate = on Friday = 2026-03-13",
            ),
            (
                "en",
                "German Chancellor Karl Brandt and Polish Prime Minister Jan Nowak held talks \
                 in Warsaw on Monday and agreed to hold their next summit in the autumn.",
                "kind = bilateral\nstatus = held\ncity = Warsaw",
            ),
            (
                "en",
                "The Taoiseach, Sean Walsh, and the British Prime Minister, Tom Hale, were \
                 holding talks at Downing Street on Monday, the third such summit since 2025.",
                "kind = bilateral\nprincipals ~ Sean Walsh\nprincipals ~ Tom Hale",
            ),
            (
                "es",
                "El presidente chino, Wei Lan, se reunió este lunes en Pekín con su homólogo \
                 brasileño, Paulo Reis, de cara a la cumbre de los BRICS de julio.",
                "kind = bilateral\nstatus = held\ndate = este lunes = 2026-03-09",
            ),
            (
                "es",
                "El presidente brasileño, Paulo Reis, recibirá el viernes en Brasilia a su \
                 homólogo argentino, Luis Paz, antes de la cumbre del Mercosur en julio.",
                "kind = bilateral\nstatus = planned\ndate = el viernes = 2026-03-13",
            ),
        ],
    );
}

#[test]
fn another_meeting_the_verb_governs_or_is_held_at() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Chinese President Wei Lan met U.S. President Tom Hale at their previous summit \
                 in November.",
                NO_MEETING,
            ),
            (
                "en",
                "New Zealand's Foreign Minister Ann Cole said on Monday that her country \
                 offered to host the 2027 Pacific leaders' meeting.",
                NO_MEETING,
            ),
        ],
    );
}
