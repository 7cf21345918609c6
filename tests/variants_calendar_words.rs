//! Days and months that Spanish writes small are words of a name when capitalised inside a
//! sentence ("Santo Domingo", "el ministro Domingo Ruiz", "la avenida 18 de Julio", "la Plaza
//! de Mayo"), no date. A weekday said from now in a sentence of no tense ("se reúne este
//! miércoles", "meets this Wednesday") is the nearer of the one before and the one after the
//! publication. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

/// A Tuesday.
const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_capitalised_day_or_month_inside_a_sentence_is_a_name() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La presidenta de Panamá, Rosa Vega, se reunió con el presidente dominicano, Luis \
                 Peña, en Santo Domingo.",
                "kind = bilateral\ndate = \ncity = Santo Domingo",
            ),
            (
                "El ministro de Economía de Argentina, Domingo Ruiz, se reunió con el ministro de \
                 Hacienda de Chile, Mario Soto.",
                "date = \nprincipals = Domingo Ruiz | Ministro de Economía | Argentina; Mario Soto \
                 | Ministro de Hacienda | Chile",
            ),
            (
                "La presidenta de Panamá, Rosa Vega, se reunió con el presidente de Uruguay, Luis \
                 Peña, en la avenida 18 de Julio.",
                "date = ",
            ),
            (
                "La presidenta de Panamá, Rosa Vega, se reunió con el presidente de Argentina, Luis \
                 Peña, frente a la Plaza de Mayo.",
                "date = ",
            ),
            (
                "La presidenta de Panamá, Rosa Vega, se reunió el domingo con el presidente \
                 dominicano, Luis Peña.",
                "date = el domingo = 2026-03-08",
            ),
        ],
    );
}

#[test]
fn a_weekday_in_a_sentence_of_no_tense_is_the_nearer() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La presidenta de Panamá, Rosa Vega, se reúne este miércoles en Madrid con el \
                 presidente del Gobierno español, Luis Peña.",
                "date = este miércoles = 2026-03-11",
            ),
            (
                "La presidenta de Panamá, Rosa Vega, se reúne este lunes en Madrid con el \
                 presidente del Gobierno español, Luis Peña.",
                "date = este lunes = 2026-03-09",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "Panamanian President Rosa Vega meets Spanish Prime Minister Luis Pena in Madrid this \
             Wednesday.",
            "date = this Wednesday = 2026-03-11",
        )],
    );
}
