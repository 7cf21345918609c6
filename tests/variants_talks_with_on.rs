//! A meeting noun takes its company before its topic: "talks with X on Y", "conversaciones con
//! X sobre Y". The company (a title, a name, its country or owner, an apposition, brackets) and a
//! date or place after it are passed over, and the topic phrase after them is the noun's topic;
//! a date or a place after "on" or "en" is no topic. Every sentence here is written by the team;
//! the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// English: the topic after the company, in any tense or mood, whatever the company's form.
#[test]
fn the_topic_after_the_company_of_talks_is_theirs() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Chancellor Klaus Weber held talks with President Anne Martin of France on energy prices.",
                "agenda = energy prices",
            ),
            (
                "German Chancellor Klaus Weber will travel to Warsaw next week for talks with Polish \
                 Prime Minister Adam Nowak on defence spending and migration.",
                "agenda = defence spending; migration",
            ),
            (
                "Chancellor Klaus Weber is expected to hold talks with Poland's Adam Nowak about grain \
                 exports.",
                "agenda = grain exports",
            ),
            (
                "Prime Minister Adam Nowak had held talks with President Liisa Koivu (Finland) on \
                 Arctic shipping, fisheries and border security.",
                "agenda = Arctic shipping; fisheries; border security",
            ),
            (
                "Chancellor Klaus Weber held talks with President Anne Martin in Lyon on Thursday on \
                 water tariffs.",
                "agenda = water tariffs",
            ),
            (
                "Chancellor Klaus Weber held talks with his French counterpart, Anne Martin, on rail \
                 freight.",
                "agenda = rail freight",
            ),
            (
                "Chancellor Klaus Weber met with President Anne Martin on Thursday about water tariffs.",
                "agenda = water tariffs",
            ),
            (
                "Chancellor Klaus Weber held talks with President Anne Martin on the phone about rail \
                 freight.",
                "agenda = rail freight",
            ),
        ],
    );
}

/// English: a date or a place after "on" names when or where the talks were, not their topic.
#[test]
fn a_date_or_a_place_after_the_company_is_no_topic() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Chancellor Klaus Weber held talks with President Anne Martin of France on Thursday.",
                "agenda = ",
            ),
            (
                "Chancellor Klaus Weber held talks with President Anne Martin on the sidelines of the \
                 Lyon forum.",
                "agenda = ",
            ),
            (
                "Chancellor Klaus Weber will hold talks with Poland's Adam Nowak on 14 April.",
                "agenda = ",
            ),
            (
                "Chancellor Klaus Weber met with President Anne Martin on Thursday.",
                "agenda = ",
            ),
            (
                "Chancellor Klaus Weber held talks with President Anne Martin on his first official \
                 trip abroad.",
                "agenda = ",
            ),
            (
                "Chancellor Klaus Weber held talks with President Anne Martin on the phone.",
                "agenda = ",
            ),
        ],
    );
}

/// Spanish: the topic after the company, in any tense, whatever the company's form.
#[test]
fn el_tema_tras_la_compania_de_las_conversaciones_es_suyo() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El canciller alemán, Klaus Weber, mantuvo conversaciones con el presidente francés, \
                 Anne Martin, sobre los precios de la energía.",
                "agenda = precios de la energía",
            ),
            (
                "Weber mantendrá conversaciones con el primer ministro de Polonia, Adam Nowak, sobre el \
                 gasto en defensa y la migración.",
                "agenda = gasto en defensa; migración",
            ),
            (
                "El canciller Klaus Weber celebró una reunión con la presidenta Liisa Koivu (Finlandia) \
                 acerca de la pesca en el Ártico.",
                "agenda = pesca en el Ártico",
            ),
            (
                "El canciller Klaus Weber ha mantenido negociaciones con el presidente Adam Nowak en \
                 Varsovia sobre el transporte ferroviario.",
                "agenda = transporte ferroviario",
            ),
            (
                "Weber tendrá un encuentro con su homólogo polaco, Adam Nowak, sobre la vigilancia \
                 fronteriza.",
                "agenda = vigilancia fronteriza",
            ),
            (
                "El canciller Klaus Weber se reunió con el presidente Adam Nowak sobre el transporte \
                 fluvial.",
                "agenda = transporte fluvial",
            ),
        ],
    );
}

/// Spanish: a date or a place after the company is no topic.
#[test]
fn una_fecha_o_un_lugar_tras_la_compania_no_es_tema() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El canciller Klaus Weber mantuvo conversaciones con el presidente francés, Anne \
                 Martin, en Lyon.",
                "agenda = ",
            ),
            (
                "El canciller Klaus Weber mantendrá una reunión con el presidente Adam Nowak el 14 de \
                 abril.",
                "agenda = ",
            ),
        ],
    );
}
