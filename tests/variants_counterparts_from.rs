//! A plural title with a closed list of countries after "from" ("his counterparts from Sweden,
//! Denmark and Finland") stands for one holder per country, as one after "of" does; a list
//! that goes on past its countries ("their counterparts from China, Japan and other nations")
//! is a group. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn counterparts_from_a_list_of_countries() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Norwegian Prime Minister Erik Berg hosted his counterparts from Sweden, Denmark \
                 and Finland in Oslo on Tuesday.",
                "kind = multilateral\nprincipals = Erik Berg | Prime Minister | Norway; - | Prime \
                 Minister | Sweden; - | Prime Minister | Denmark; - | Prime Minister | Finland",
            ),
            (
                "Norwegian Prime Minister Erik Berg met his counterparts from Sweden and Denmark in \
                 Oslo on Tuesday.",
                "kind = multilateral\ncountries ~ Denmark",
            ),
            (
                "Norwegian Prime Minister Erik Berg met his counterpart from Sweden in Oslo on \
                 Tuesday.",
                "kind = bilateral\nprincipals ~ - | Prime Minister | Sweden",
            ),
            (
                "Defence ministers of the Nordic countries met in Oslo on Tuesday. Norwegian \
                 Defence Minister Erik Berg and Swedish Defence Minister Anna Lind will be joined \
                 by their counterparts from Finland, Iceland and other nations on Wednesday.",
                "principals !~ - | Defence Minister | Iceland",
            ),
        ],
    );
}

/// "su colega" is a counterpart, as "su homólogo" is: the other side's holder of the same
/// title, in the gender the adjective after it marks, as the word itself is one form for both
/// ("su colega boliviana").
#[test]
fn a_colleague_is_a_counterpart() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente chileno, Tomás Vidal, recibió este lunes a su colega de Uruguay, \
                 Juan Pereira, en La Moneda.",
                "principals = Tomás Vidal | Presidente | Chile; Juan Pereira | Presidente | Uruguay",
            ),
            (
                "La presidenta peruana, Ana Vélez, se reunió el lunes en Lima con su colega \
                 boliviano, Luis Mora.",
                "principals = Ana Vélez | Presidenta | Peru; Luis Mora | Presidente | Bolivia",
            ),
            (
                "El canciller peruano, José Rivas, recibirá el jueves a su colega boliviana, Ana \
                 Mora.",
                "principals = José Rivas | Canciller | Peru; Ana Mora | Canciller | Bolivia\nstatus = planned",
            ),
        ],
    );
}

/// Counterparts are peers of whom they are counterparts of: a minister who hosts or chairs
/// her counterparts meets them as a minister ("will host her counterparts from A, B and C",
/// "chaired by X. Attending were her counterparts …"), a president his as a president.
#[test]
fn counterparts_share_the_rank_of_their_host() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Peruvian Foreign Minister Lucía Carranza will host her counterparts from Bolivia, \
                 Colombia and Ecuador, Rodrigo Saavedra, Felipe Montoya and Andrea Villacís, in \
                 Lima next week.",
                "kind = ministerial\nprincipals ~ Lucía Carranza | Foreign Minister | Peru\n\
                 principals ~ Andrea Villacís | Foreign Minister | Ecuador",
            ),
            (
                "Nordic and Baltic defence ministers met in Vilnius on Monday. The meeting was \
                 chaired by Lithuanian Defence Minister Rasa Baltrus. Attending were her \
                 counterparts Mikkel Sorensen (Denmark), Kaarel Tamm (Estonia) and Aino Lehtonen \
                 (Finland).",
                "kind = ministerial\nprincipals ~ Rasa Baltrus | Defence Minister | Lithuania\n\
                 principals ~ Aino Lehtonen | Defence Minister | Finland",
            ),
            (
                "Peruvian President Luis Carranza met his counterparts from Bolivia, Colombia and \
                 Ecuador, Rodrigo Saavedra, Felipe Montoya and Andrea Villacis, in Lima on Monday.",
                "kind = multilateral\nprincipals ~ Luis Carranza | President | Peru\n\
                 principals ~ Andrea Villacis | President | Ecuador",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La canciller peruana, Lucía Carranza, recibirá la próxima semana en Lima a sus \
             homólogos de Bolivia, Rodrigo Saavedra; de Colombia, Felipe Montoya, y de Ecuador, \
             Andrea Villacís.",
            "kind = ministerial\nprincipals ~ Lucía Carranza | Canciller | Peru\n\
             principals ~ Andrea Villacís | Canciller | Ecuador",
        )],
    );
}
