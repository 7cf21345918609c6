//! A gerund used as a noun names its activity ("mining", "financing", "policing"): standing
//! alone as a noun phrase (a list goes on after it, the sentence ends, or its verb follows) it
//! is an agenda item, in any list position, tense or voice. A gerund with an object or a
//! complement of its own stays a verb ("developing port links", "agreeing that …"), and so do
//! the gerunds of a language that makes no nouns of them (Spanish "-ando", "-iendo"). Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// A gerund standing alone in a list, first, in the middle or last, or alone as the object,
/// names its activity.
#[test]
fn a_gerund_standing_alone_names_its_activity() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "The leaders will discuss fishing, mining and river tourism.",
                "agenda = fishing; mining; river tourism",
            ),
            (
                "Brenner and Kral will discuss mining, fishing and tourism.",
                "agenda = mining; fishing; tourism",
            ),
            (
                "They discussed migration, financing and barge trade.",
                "agenda = migration; financing; barge trade",
            ),
            ("The two chancellors discussed mining.", "agenda = mining"),
            (
                "Kral and Brenner have discussed financing.",
                "agenda = financing",
            ),
            (
                "The talks focused on shipping, housing and policing.",
                "agenda = shipping; housing; policing",
            ),
            (
                "Peacekeeping and banking were discussed on Tuesday.",
                "agenda = peacekeeping; banking",
            ),
            (
                "River tolls and farming were on the agenda.",
                "agenda = river tolls; farming",
            ),
            (
                "On the agenda were farming, banking and river ports.",
                "agenda = farming; banking; river ports",
            ),
            (
                "The main topics will be policing and migration.",
                "agenda = policing; migration",
            ),
        ],
    );
}

/// A gerund with an object or a complement of its own is a verb: its phrase is the topic
/// ("developing port links"), it shares the object of the gerund after it ("maintaining and
/// strengthening river links"), or it opens a clause ("agreeing that …"). Spanish gerunds
/// stay verbs, its activities are nouns of their own.
#[test]
fn a_gerund_with_its_object_stays_a_verb() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed developing port links.",
                "agenda = developing port links",
            ),
            (
                "The chancellors agreed on boosting barge trade.",
                "agenda = boosting barge trade",
            ),
            (
                "The leaders discussed maintaining and strengthening river links.",
                "agenda = strengthening river links",
            ),
            (
                "They discussed developing port links and mining.",
                "agenda = developing port links; mining",
            ),
            (
                "They have agreed on boosting barge trade, housing and shipping.",
                "agenda = boosting barge trade; housing; shipping",
            ),
            (
                "They discussed river tolls, agreeing that talks go on.",
                "agenda = river tolls",
            ),
            (
                "They discussed barge trade, agreeing its tolls must fall.",
                "agenda = barge trade",
            ),
            ("The river tolls are getting steeper this year.", "agenda ="),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[
            (
                "Los mandatarios discutieron la pesca, la minería y el turismo.",
                "agenda = pesca; minería; turismo",
            ),
            (
                "Benítez y Sosa hablaron de comercio, pesca y minería, buscando ampliar la cooperación.",
                "agenda = comercio; pesca; minería",
            ),
            (
                "Los ministros analizaron la pesca, la minería y el turismo, avanzando.",
                "agenda = pesca; minería; turismo",
            ),
            (
                "Los mandatarios trataron la minería y siguieron conversando.",
                "agenda = minería",
            ),
            (
                "La pesca y la minería fueron discutidas.",
                "agenda = pesca; minería",
            ),
        ],
    );
}
