//! A meeting a source denies ("denied reports that X had met Y", "negó que X se hubiera reunido
//! con Y") is no meeting, whatever date follows; people's origin ("officials from the African
//! Union", "delegates from Kenya") cites no source; an attribution after a verb of talking
//! ("conversaron, de acuerdo con la Cancillería") is no topic; headline abbreviations of a
//! country's adjective ("S. Korean", "N. Korean") name its country. Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_denied_report_of_a_meeting_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The Kremlin denied reports that President Ivan Orlov had met Belarusian leader \
                 Pavel Lis in Sochi on Monday.",
                "kind = other",
            ),
            (
                "Officials denied that Kenyan President Amina Otieno met Ugandan President Joseph \
                 Okello last week.",
                "kind = other",
            ),
            (
                "Kenyan President Amina Otieno met Ugandan President Joseph Okello in Kampala on \
                 Monday. Her office denied reports that she would resign.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El Kremlin negó que el presidente Iván Orlov se hubiera reunido con el líder \
             bielorruso, Pável Lis, en Sochi el lunes.",
            "kind = other",
        )],
    );
}

#[test]
fn peoples_origin_cites_no_source() {
    check_rows(
        "en",
        PUBLISHED,
        "Kenyan President Amina Otieno met Ugandan President Joseph Okello in Kampala on Monday.",
        &[
            (
                "Officials from the African Union also attended.",
                "sources = ",
            ),
            (
                "Senior delegates from the East African Community joined them.",
                "sources = ",
            ),
            (
                "They discussed the oil pipeline, a statement from the African Union said.",
                "sources = African Union",
            ),
        ],
    );
}

#[test]
fn an_attribution_after_talking_is_no_topic() {
    check_rows(
        "es",
        PUBLISHED,
        "La presidenta de Chile, Ana Rojas, recibió este lunes al presidente de Perú, Luis \
         Quispe.",
        &[
            (
                "Ambos conversaron, de acuerdo con la Cancillería.",
                "agenda = ",
            ),
            (
                "Ambos conversaron sobre el litio, según la Cancillería.",
                "agenda = litio",
            ),
        ],
    );
}

#[test]
fn headline_abbreviations_of_korean() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "UK Prime Minister Jane Hart met S. Korean President Kim Min-ho in London on \
                 Monday.",
                "principals = Jane Hart | Prime Minister | United Kingdom; Kim Min-ho | President \
                 | South Korea",
            ),
            (
                "N. Korean leader Ri Chol met Russian President Ivan Orlov in Vladivostok on \
                 Monday.",
                "principals ~ Ri Chol | Leader | North Korea",
            ),
        ],
    );
}

/// A relative clause that describes the source of an attribution tells of the source, not of
/// the talks: "según una fuente que pidió el anonimato", "according to an official who asked
/// for anonymity", in both word orders of the attribution.
#[test]
fn a_sources_own_request_is_no_topic() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Ukrainian President Ivan Koval met Polish Prime Minister Jan Nowak in Kyiv on \
                 Monday. They discussed military aid, according to an official who asked for \
                 anonymity.",
                "agenda = military aid",
            ),
            (
                "en",
                "According to a diplomat who requested anonymity, Ukrainian President Ivan Koval \
                 and Polish Prime Minister Jan Nowak discussed grain exports in Kyiv on Monday.",
                "agenda = grain exports",
            ),
            (
                "es",
                "El presidente ucraniano, Iván Koval, se reunió el lunes en Kiev con el primer \
                 ministro polaco, Jan Nowak. Abordaron la ayuda militar, según una fuente de la \
                 presidencia que pidió el anonimato.",
                "agenda = ayuda militar",
            ),
            (
                "es",
                "Según un diplomático que pidió no ser identificado, el presidente ucraniano, \
                 Iván Koval, y el primer ministro polaco, Jan Nowak, abordaron el lunes en Kiev \
                 las exportaciones de grano.",
                "agenda = exportaciones de grano",
            ),
        ],
    );
}
