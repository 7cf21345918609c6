//! A topic followed by the company it was discussed with ("discussed trade with President X",
//! "held talks on trade and energy with his Chilean counterpart", "conversó sobre comercio con
//! el presidente de Perú") ends before the preposition of the company, a single word too.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_topic_ends_before_its_company() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Ghanaian President Kwame Asante discussed cocoa with Ivorian President Yao \
                 Kouassi in Abidjan on Monday.",
                "kind = bilateral\nagenda = cocoa",
            ),
            (
                "Ghanaian President Kwame Asante discussed cocoa and migration with Ivorian \
                 President Yao Kouassi in Abidjan on Monday.",
                "agenda = cocoa; migration",
            ),
            (
                "Ghanaian President Kwame Asante held talks on cocoa with his Ivorian counterpart \
                 on Monday.",
                "agenda = cocoa",
            ),
            (
                "Ghanaian President Kwame Asante will discuss port fees with Ivorian President Yao \
                 Kouassi next week.",
                "status = planned\nagenda = port fees",
            ),
            (
                "Ghanaian President Kwame Asante met Ivorian President Yao Kouassi in Abidjan on \
                 Monday. Asante raised the issue of border patrols with Kouassi.",
                "agenda ~ border patrols",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente de Ghana, Kwame Asante, conversó sobre cacao con el presidente de Costa \
             de Marfil, Yao Kouassi, este lunes en Abiyán.",
            "kind = bilateral\nagenda = cacao",
        )],
    );
}

/// A verb of position after a noun's "with" has the noun for its subject ("The dispute with
/// Brazil topped the agenda": the dispute, not Brazil); a "with" that opens a clause leads one
/// ("…, with trade topping the agenda").
#[test]
fn a_nouns_company_stays_in_its_topic() {
    check_rows(
        "en",
        PUBLISHED,
        "Ghanaian President Kwame Asante met Ivorian President Yao Kouassi in Abidjan on Monday.",
        &[
            (
                "The dispute with Togo topped the agenda.",
                "agenda = dispute with Togo",
            ),
            (
                "Trade with Nigeria dominated the talks.",
                "agenda = trade with Nigeria",
            ),
            (
                "Relations with Mali headed the agenda.",
                "agenda = relations with Mali",
            ),
            (
                "They met, with cocoa prices topping the agenda.",
                "agenda = cocoa prices",
            ),
        ],
    );
}
