//! Spanish writes a country's adjective small, so a capitalised one after a capitalised word of
//! a title's complement is the institution's name ("presidente del Consejo Presidencial Libio",
//! "de la Conferencia Episcopal Española", "de la Cámara Española de Comercio"), not a person
//! named before the holder. Every sentence here is written by the team; the names are
//! invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_capitalised_adjective_ends_an_institutions_name() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente del Consejo Presidencial Libio, Omar Said, se reunió con el \
                 presidente de Francia, Paul Martin.",
                "principals = Omar Said | Presidente del Consejo Presidencial Libio | -; Paul \
                 Martin | Presidente | France",
            ),
            (
                "El presidente de la Conferencia Episcopal Española, Luis Ortega, se reunió con el \
                 presidente del Gobierno, Pablo Ruiz.",
                "principals = Luis Ortega | Presidente de la Conferencia Episcopal Española | -; \
                 Pablo Ruiz | Presidente del Gobierno | -",
            ),
            (
                "El presidente de la Cámara Española de Comercio, Luis Ortega, se reunió con el \
                 presidente de Panamá, Rosa Vega.",
                "principals = Luis Ortega | Presidente de la Cámara Española de Comercio | -; Rosa \
                 Vega | Presidente | Panama",
            ),
            (
                "La presidenta de Panamá, Rosa Vega, se reunió con el presidente de Brasil, Luiz \
                 Costa.",
                "principals = Rosa Vega | Presidenta | Panama; Luiz Costa | Presidente | Brazil",
            ),
        ],
    );
}
