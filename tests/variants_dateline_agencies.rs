//! The agency of a dateline with no date ("MANILA (AP) —", "SAN JOSÉ (EFE).-") is a source: an
//! acronym the tables know keeps its own meaning in brackets after a name (one they do not
//! know names what stands before it, `variants_people_more.rs`). Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

const MEETING: &str =
    "President Ana Cruz of the Philippines met Prime Minister Ken Sato of Japan on Monday.";

#[test]
fn a_datelines_agency_in_brackets_is_a_source() {
    check_rows(
        "en",
        &[
            (
                &format!("MANILA (AP) — {MEETING}"),
                "sources = Associated Press
                 city = Manila",
            ),
            (
                &format!("MANILA (AFP) - {MEETING}"),
                "sources = Agence France-Presse",
            ),
            (
                &format!("Manila (Reuters) – {MEETING}"),
                "sources = Reuters",
            ),
            (
                &format!("TOKYO, March 11 (AP) — {MEETING}"),
                "sources = Associated Press",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "SAN JOSÉ (EFE).- El presidente de Costa Rica, Luis Mora, se reunió este lunes con \
                 el presidente de Panamá, Raúl Soto.",
                "sources = EFE
                 city = San José",
            ),
            (
                "CIUDAD DE MÉXICO (AFP) – La presidenta de México, Inés Robles, recibió este lunes \
                 al primer ministro de Canadá, Paul Martin.",
                "sources = Agence France-Presse",
            ),
        ],
    );
}

/// The agency in brackets and its dash may open the dateline's line ("(ANSA) - ROMA, 11 MAY
/// -"), and a short month of datelines in capitals before the separator dates it ("ROMA, 11
/// MAY -", "LIMA, 3 MAR —"): the city is the meeting's place and the month no person's name.
#[test]
fn an_agency_before_the_place_and_a_short_month_in_capitals() {
    check_rows(
        "es",
        &[
            (
                "(ANSA) - ROMA, 11 MAR - La primera ministra italiana, Giulia Ferro, recibió hoy en el Palacio Chigi a la presidenta de Perú, Rosa Vílchez.",
                "city = Roma
                 principals = Giulia Ferro | Primera ministra | Italy; Rosa Vílchez | Presidenta | Peru",
            ),
            (
                "ROMA, 11 MAR - La primera ministra italiana, Giulia Ferro, recibió en el Palacio Chigi a la presidenta de Perú, Rosa Vílchez.",
                "city = Roma
                 principals = Giulia Ferro | Primera ministra | Italy; Rosa Vílchez | Presidenta | Peru",
            ),
            (
                "(EFE) - LIMA, 8 MAR - La presidenta de Perú, Rosa Vílchez, recibió en Palacio de Gobierno al presidente de Chile, Tomás Soto.",
                "city = Lima
                 principals = Rosa Vílchez | Presidenta | Peru; Tomás Soto | Presidente | Chile",
            ),
        ],
    );
    check_rows(
        "en",
        &[(
            "(AP) - MANILA, 11 MAR - President Ana Cruz of the Philippines met Prime Minister Ken Sato of Japan.",
            "city = Manila
             principals = Ana Cruz | President | Philippines; Ken Sato | Prime Minister | Japan",
        )],
    );
}
