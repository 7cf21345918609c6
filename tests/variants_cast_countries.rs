//! The participants card's countries and titles: whose side each person is on, and what a
//! counterpart's title is. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// "his Gambian counterpart, X": the counterpart holds the title of the other side's principal;
/// when no principal's title is known, no title at all (never the word "counterpart" itself).
#[test]
fn a_counterpart_takes_the_other_sides_title_or_none() {
    check_rows(
        "en",
        &[
            (
                "Ndiaye discussed trade with his Gambian counterpart, Lamin Touray, in Dakar on Monday.",
                "principals ~ Lamin Touray | - | Gambia
                 principals !~ Counterpart",
            ),
            (
                "In Dakar, Ndiaye held talks on Monday with his counterpart from Gambia, Lamin Touray.",
                "principals ~ Lamin Touray | - | Gambia
                 principals !~ Counterpart",
            ),
            (
                "Senegalese Foreign Minister Awa Ndiaye met her Gambian counterpart Lamin Touray in \
                 Dakar on Monday.",
                "principals ~ Lamin Touray | Foreign Minister | Gambia",
            ),
            (
                "Gambian President Musa Darboe, who met his Senegalese counterpart Awa Ndiaye in Dakar \
                 on Monday, said trade was discussed.",
                "principals ~ Awa Ndiaye | President | Senegal",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Kessler abordó con su par boliviano, Rodrigo Quispe, la crisis del gas, el lunes en \
                 Asunción.",
                "principals ~ Rodrigo Quispe | - | Bolivia
                 principals !~ Par",
            ),
            (
                "Durante su visita a Lima, Kessler se reunió con su homólogo peruano, Aurelio Quispe.",
                "principals ~ Aurelio Quispe | - | Peru
                 principals !~ Homólogo",
            ),
            (
                "La canciller paraguaya, Rosa Benítez, recibió el lunes en Asunción a su homólogo \
                 boliviano, Rodrigo Quispe.",
                "principals ~ Rodrigo Quispe | Canciller | Bolivia",
            ),
            (
                "Su homólogo boliviano, Rodrigo Quispe, fue recibido el lunes en Asunción por la \
                 canciller paraguaya, Rosa Benítez.",
                "principals ~ Rodrigo Quispe | Canciller | Bolivia",
            ),
        ],
    );
}
