//! A description that is the object of a verb is not the verb's subject, and the other way
//! round: "Petrov called the Chinese leader a friend" and "the Chinese president thanked
//! Petrov" tell of Li Wei, not of Petrov. A copula joins them ("Petrov is the Russian
//! president"), and so does an apposition. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";
const LEAD: &str = "Ivan Petrov met Li Wei in Moscow on Monday.";

#[test]
fn the_object_of_a_verb_is_not_its_subject() {
    check_rows(
        "en",
        PUBLISHED,
        LEAD,
        &[
            (
                "Petrov called the Chinese leader a dear friend.",
                "principals = Ivan Petrov | - | -; Li Wei | Leader | China",
            ),
            (
                "Petrov thanked the Chinese president for his visit.",
                "principals = Ivan Petrov | - | -; Li Wei | President | China",
            ),
            (
                "Petrov has praised the Chinese president.",
                "principals = Ivan Petrov | - | -; Li Wei | President | China",
            ),
            (
                "The Chinese president thanked Petrov for the invitation.",
                "principals = Ivan Petrov | - | -; Li Wei | President | China",
            ),
        ],
    );
}

#[test]
fn a_copula_or_an_apposition_joins_them() {
    check_rows(
        "en",
        PUBLISHED,
        LEAD,
        &[
            (
                "Petrov is the Russian president.",
                "principals = Ivan Petrov | President | Russia; Li Wei | - | -",
            ),
            (
                "Petrov, the Russian president, called the talks useful.",
                "principals = Ivan Petrov | President | Russia; Li Wei | - | -",
            ),
        ],
    );
}
