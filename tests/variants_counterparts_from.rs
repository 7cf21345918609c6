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
