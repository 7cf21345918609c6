//! An adjunct of place, time or circumstance set off by commas between a meeting verb and its
//! other side ("met, in Lima, with X", "se reunió este martes, en Lima, con X") leaves the
//! meeting whole. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

#[test]
fn an_adjunct_between_commas_keeps_the_other_side() {
    check_rows(
        "en",
        &[
            (
                "President Marta Soto of Chile met, in Lima, with President Ramon Quispe of Peru.",
                "kind = bilateral
                 principals = Marta Soto | President | Chile; Ramon Quispe | President | Peru
                 city = Lima",
            ),
            (
                "President Marta Soto of Chile will meet on Friday, at the Government Palace, with \
                 President Ramon Quispe of Peru.",
                "kind = bilateral
                 status = planned
                 principals = Marta Soto | President | Chile; Ramon Quispe | President | Peru",
            ),
            (
                "Peru's President Ramon Quispe received, after a ceremony at the airport, Chilean \
                 President Marta Soto.",
                "kind = bilateral
                 principals = Ramon Quispe | President | Peru; Marta Soto | President | Chile",
            ),
            (
                "Prime Minister Ivo Dimitrov of Bulgaria met, on Monday, with Prime Minister Ana \
                 Marin of Romania and Prime Minister Ion Rusu of Moldova.",
                "kind = multilateral
                 principals ~ Ana Marin
                 principals ~ Ion Rusu",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente de Chile, Martín Soto, se reunió, en Lima, con el presidente de Perú, \
                 Raúl Quispe.",
                "kind = bilateral
                 principals = Martín Soto | Presidente | Chile; Raúl Quispe | Presidente | Peru
                 city = Lima",
            ),
            (
                "El presidente de Chile, Martín Soto, se reunió este martes, tras su llegada a Lima, \
                 con el presidente de Perú, Raúl Quispe.",
                "kind = bilateral
                 principals ~ Raúl Quispe | Presidente | Peru",
            ),
            (
                "La presidenta chilena, Marta Soto, recibirá, en el Palacio de La Moneda, a su \
                 homólogo peruano, Raúl Quispe.",
                "kind = bilateral
                 status = planned
                 principals ~ Raúl Quispe | Presidente | Peru",
            ),
            (
                "El presidente de Chile, Martín Soto, se reunió, durante su visita a Lima, con el \
                 presidente de Perú, Raúl Quispe.",
                "kind = bilateral
                 principals ~ Martín Soto | Presidente | Chile",
            ),
        ],
    );
}

/// Past the adjunct a verb still needs its other side: talking to reporters is no meeting.
#[test]
fn past_the_adjunct_a_verb_still_needs_another_side() {
    check_rows(
        "en",
        &[(
            "President Marta Soto of Chile spoke, in Santiago, to reporters about the economy.",
            "kind = other",
        )],
    );
}
