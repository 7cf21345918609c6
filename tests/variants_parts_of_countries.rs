//! The nations of a state that are not states themselves (Scotland, Wales, Northern Ireland),
//! and their adjectives, name the state: a First Minister of Northern Ireland is of the United
//! Kingdom, not of Ireland, whose name is a word of hers. Spanish calls the office "ministro
//! principal". Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_lang_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_nation_of_a_state_names_the_state() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Northern Ireland First Minister Ann Doyle met Irish Taoiseach Sean Walsh in \
                 Dublin on Monday.",
                "principals = Ann Doyle | First Minister | United Kingdom; Sean Walsh | Taoiseach | Ireland",
            ),
            (
                "en",
                "The First Minister of Scotland, Iain Ross, will meet Norway's prime minister, \
                 Lars Berg, in Oslo on Friday.",
                "principals = Iain Ross | First Minister | United Kingdom; Lars Berg | Prime minister | Norway",
            ),
            (
                "en",
                "Welsh First Minister Gareth Price and Scottish First Minister Iain Ross were \
                 meeting in Cardiff on Monday.",
                "principals = Gareth Price | First Minister | United Kingdom; Iain Ross | First Minister | United Kingdom\ncountry = United Kingdom",
            ),
            (
                "es",
                "La ministra principal de Irlanda del Norte, Ann Doyle, se reunió este lunes \
                 en Dublín con el primer ministro irlandés, Sean Walsh.",
                "principals = Ann Doyle | Ministra principal | United Kingdom; Sean Walsh | Primer ministro | Ireland",
            ),
            (
                "es",
                "El ministro principal escocés, Iain Ross, recibirá el viernes en Edimburgo al \
                 primer ministro noruego, Lars Berg.",
                "principals = Iain Ross | Ministro principal | United Kingdom; Lars Berg | Primer ministro | Norway\nstatus = planned",
            ),
        ],
    );
}

#[test]
fn a_brand_of_two_words_is_one_name() {
    check_lang_rows(
        PUBLISHED,
        &[(
            "en",
            "President Ana Lima met Portuguese Prime Minister Rui Costa and business leaders led \
             by BlackRock chairman Tom Fisk in Brasilia on Monday.",
            "principals ~ Ana Lima\nprincipals !~ Rock\nmembers !~ Rock",
        )],
    );
}
