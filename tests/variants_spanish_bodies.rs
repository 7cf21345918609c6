//! International bodies by their Spanish names and acronyms ("FMI", "Fondo Monetario
//! Internacional", "OMC", "OMS", "BCE"), and the Spanish title of a body's head "director
//! gerente": the head is a participant of the body, as in English. Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn bodies_by_their_spanish_names() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El ministro de Economía argentino, Luis Medina, se reunió el jueves en \
                 Washington con la directora gerente del FMI, Ana Petrova.",
                "principals ~ Ana Petrova | Directora gerente del FMI | IMF",
            ),
            (
                "El ministro de Economía argentino, Luis Medina, se reunió el jueves en \
                 Washington con la directora gerente del Fondo Monetario Internacional, Ana \
                 Petrova.",
                "countries ~ IMF",
            ),
            (
                "El canciller chileno, Tomás Fuentes, se reunió el lunes en Ginebra con la \
                 directora general de la OMC, Marta Obi.",
                "principals ~ Marta Obi | Directora general de la OMC | WTO",
            ),
            (
                "La ministra de Sanidad española, Elena Ruiz, recibió el martes en Madrid al \
                 director general de la Organización Mundial de la Salud, Karl Berg.",
                "countries ~ WHO",
            ),
        ],
    );
}
