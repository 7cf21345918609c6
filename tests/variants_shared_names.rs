//! A name several countries share in the tables ("Palacio Nacional": Mexico and the Dominican
//! Republic; "congoleño": both Congos) stands for the one the text names otherwise, and so
//! gives no other country to a person or a place. Every sentence here is written by the team;
//! the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_shared_name_is_the_country_the_text_names() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El canciller Carlos Ruiz se reunió con la presidenta de México, Rosa Vega, en el \
                 Palacio Nacional.",
                "country = Mexico\nprincipals !~ Dominican",
            ),
            (
                "El presidente dominicano, Luis Peña, recibió en el Palacio Nacional a la \
                 presidenta de Panamá, Rosa Vega.",
                "country = Dominican Republic",
            ),
            (
                "La presidenta de México, Rosa Vega, recibió este lunes en el Palacio Nacional al \
                 primer ministro de Canadá, Paul Martin.",
                "country = Mexico\nprincipals = Rosa Vega | Presidenta | Mexico; Paul Martin | \
                 Primer ministro | Canada",
            ),
        ],
    );
}
