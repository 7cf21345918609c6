//! A meeting and its topic: after the company of a meeting verb or noun ("met with X", "met X",
//! "a meeting with X"), and after the date, place, means or length set after the company, a
//! preposition of aboutness ("on", "about", "regarding", "concerning") opens the meeting's
//! topic; a meeting noun opens it alone too ("negotiations concerning Y"), unless the
//! preposition places the meeting ("a session on the island"). Where the phrase after the
//! preposition tells the occasion or the place ("on the margins of", "upon arrival", "on several
//! occasions"), there is no topic. The topic's noun phrase ends at a verb of occurring ("Talks on
//! Y took place"), and "or" ends a list of commas as "and" does. Every sentence here is written
//! by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// English: the topic after the company of a meeting verb or noun, in any tense or aspect.
#[test]
fn the_topic_after_the_company_of_a_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind on fishing quotas in Oslo on \
                 Friday.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg will meet with Chancellor Otto Lind on Friday on fishing \
                 quotas.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg met Chancellor Otto Lind of Austria on Friday on fishing \
                 quotas and border controls.",
                "agenda = fishing quotas; border controls",
            ),
            (
                "Prime Minister Anna Berg had a meeting with Chancellor Otto Lind on fishing quotas in \
                 Oslo on Friday.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg is meeting with Austria's Otto Lind on Friday on fishing \
                 quotas.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg held a meeting with Chancellor Otto Lind (Austria) regarding \
                 fishing quotas.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind for three hours on fishing \
                 quotas in Oslo.",
                "agenda = fishing quotas",
            ),
            (
                "Prime Minister Anna Berg held talks with Chancellor Otto Lind for more than an hour on \
                 Friday about fishing quotas.",
                "agenda = fishing quotas",
            ),
        ],
    );
}

/// English: a meeting noun opens its topic alone, and the topic ends at the verb of occurring.
#[test]
fn a_meeting_noun_alone_and_the_verb_of_occurring() {
    check_rows(
        "en",
        PUBLISHED,
        "Prime Minister Anna Berg and Chancellor Otto Lind met in Oslo on Friday.",
        &[
            (
                "Talks on fishing quotas took place over lunch.",
                "agenda = fishing quotas",
            ),
            (
                "Negotiations about fishing quotas went ahead despite the storm.",
                "agenda = fishing quotas",
            ),
            (
                "Consultations regarding the toll road happened over dinner.",
                "agenda = toll road",
            ),
        ],
    );
}

/// English: the occasion or the place after the company is no topic.
#[test]
fn the_occasion_or_the_place_after_the_company_is_no_topic() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind on the margins of the Nordic \
                 summit.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind on the outskirts of Oslo on \
                 Friday.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind on the 17th of May in Oslo.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind upon arrival in Oslo.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg has met Chancellor Otto Lind on several occasions.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind on behalf of the Nordic \
                 Council.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind for the first time.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg met with Chancellor Otto Lind over dinner in Oslo.",
                "agenda = ",
            ),
            (
                "Prime Minister Anna Berg and Chancellor Otto Lind met in Oslo. An evening session on \
                 the island will follow.",
                "agenda = ",
            ),
        ],
    );
}

/// English: "or" ends a list of commas; "X or Y" alone stays one topic.
#[test]
fn or_ends_a_list_of_commas() {
    check_rows(
        "en",
        PUBLISHED,
        "Prime Minister Anna Berg and Chancellor Otto Lind met in Oslo on Friday",
        &[
            (
                "to discuss trade, energy or defence.",
                "agenda = trade; energy; defence",
            ),
            (
                "to talk about fishing, shipping or tourism.",
                "agenda = fishing; shipping; tourism",
            ),
            (
                "to talk about maintaining or strengthening ties.",
                "agenda = maintaining or strengthening ties",
            ),
        ],
    );
}

/// Spanish: the topic after the company and a length, a verb of occurring in the plural, and
/// "o" at the end of a list.
#[test]
fn el_tema_de_una_reunion_en_espanol() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Chile, Mario Soto, se reunió con el canciller argentino, Pablo \
                 Díaz, durante dos horas sobre la pesca y el turismo.",
                "agenda = pesca; turismo",
            ),
            (
                "El presidente Mario Soto y el canciller Pablo Díaz se reunieron el viernes en \
                 Santiago. Las negociaciones sobre la pesca tuvieron lugar durante el almuerzo.",
                "agenda = pesca",
            ),
            (
                "El presidente Mario Soto y el canciller Pablo Díaz se reunieron el viernes en \
                 Santiago para hablar de pesca, minería o turismo.",
                "agenda = pesca; minería; turismo",
            ),
        ],
    );
}
