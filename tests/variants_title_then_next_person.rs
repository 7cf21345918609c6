//! A title's complement ends where the next person's title starts: "the President of France and
//! the German Chancellor", "the President of France and Japan's Prime Minister" are two people
//! (an adjective of a country, or an owner, after "and" opens the next person's title), while
//! "the foreign ministers of Russia and China" and "Minister of Trade and Industry" stay one
//! title. The summary writes the article English and Spanish put before some names ("the
//! foreign minister of the Netherlands", "el canciller del Reino Unido"). Every sentence here is
//! written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// Two people, the second owned by an adjective or a possessive after "and".
#[test]
fn the_next_person_after_and() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The President of France and the German Chancellor met in Brussels on Friday.",
                "kind = bilateral\ncountries = France; Germany",
            ),
            (
                "The President of France and German Chancellor Klaus Weber met in Brussels on \
                 Friday.",
                "kind = bilateral\ncountries = France; Germany\nsummary ~ The President of France \
                 and Klaus Weber (Germany)",
            ),
            (
                "The President of France and Japan's Prime Minister held talks in Brussels on \
                 Friday.",
                "kind = bilateral\ncountries = France; Japan",
            ),
            (
                "The President of the European Commission and Japanese Prime Minister Kenji Sato \
                 met in Brussels on Friday.",
                "summary ~ Kenji Sato (Japan)",
            ),
            (
                "The foreign ministers of Russia and China met in Beijing on Friday.",
                "kind = ministerial\ncountries = Russia; China",
            ),
        ],
    );
}

/// The article before a name in the summary, in English and in Spanish.
#[test]
fn the_article_before_a_name_in_the_summary() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The American and Dutch foreign ministers met in Hanoi on Friday.",
                "summary ~ The foreign minister of the United States and the foreign minister of \
                 the Netherlands met",
            ),
            (
                "The Philippine and Vietnamese foreign ministers met in Hanoi on Friday.",
                "summary ~ The foreign minister of the Philippines and the foreign minister of \
                 Vietnam met",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El canciller filipino y sus homólogos británico y neerlandés se reunieron en Hanói el \
             viernes.",
            "summary ~ El canciller de Filipinas, el canciller del Reino Unido y el canciller de \
             los Países Bajos se reunieron",
        )],
    );
}
