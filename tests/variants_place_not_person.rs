//! A place named where something happens, before the comma that closes its clause, is no
//! person of a list of names ("After the forum in Linz, A and B dined"), on sentences the team
//! wrote (none of them in the corpus).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::check_rows;

const LEAD_EN: &str = "Chancellor Otto Brenner of Austria met Prime Minister Ivo Kral of Slovakia \
                       in Vienna on Monday.";
const LEAD_ES: &str = "El canciller austriaco Otto Brenner se reunió con el primer ministro \
                       eslovaco Ivo Kral en Viena el lunes.";

/// The two principals of the English lead, and no one else.
const TWO: &str = "principals = Otto Brenner | Chancellor | Austria; Ivo Kral | Prime Minister | \
                   Slovakia\nmembers =";
/// The Spanish lead's principals, and no one else.
const DOS: &str = "principals = Otto Brenner | Canciller | Austria; Ivo Kral | Primer ministro | \
                   Slovakia\nmembers =";

#[test]
fn a_place_before_a_list_of_names_is_no_person() {
    check_rows(
        "en",
        "2023-09-13",
        LEAD_EN,
        &[
            (
                "After the business forum in Linz, Brenner and Kral attended a dinner.",
                TWO,
            ),
            (
                "After the forum in Linz, Brenner will attend a dinner.",
                TWO,
            ),
            (
                "Following talks at Bad Ischl, Brenner and Kral were shown the spa.",
                TWO,
            ),
            (
                "Once in Wels, Brenner, Kral and their aides toured a factory.",
                TWO,
            ),
            ("Having met in Graz, Brenner and Kral flew home.", TWO),
            (
                "In Sankt Florian, Brenner and Kral were received by monks.",
                TWO,
            ),
        ],
    );
    check_rows(
        "es",
        "2023-09-13",
        LEAD_ES,
        &[
            (
                "Tras el foro empresarial en Linz, Brenner y Kral asistieron a una cena.",
                DOS,
            ),
            (
                "Después de la reunión en Bad Ischl, Brenner y Kral visitaron el balneario.",
                DOS,
            ),
            (
                "Ya en Wels, Brenner, Kral y sus asesores recorrerán una fábrica.",
                DOS,
            ),
        ],
    );
}

/// The English lead's principals and a third person the list adds.
const THREE: &str = "principals = Otto Brenner | Chancellor | Austria; Ivo Kral | Prime Minister \
                     | Slovakia; Toth | - | -";

#[test]
fn a_list_of_people_stays_a_list() {
    check_rows(
        "en",
        "2023-09-13",
        LEAD_EN,
        &[
            ("Brenner, Kral and Toth met in Linz.", THREE),
            ("In Linz, Brenner met Kral and Toth.", THREE),
        ],
    );
}

/// "met Keldale nurses", "visits Marrowby clinic": a lone capitalised word before a lowercase
/// noun qualifies the noun (a place's or a body's name), and is no person the verb takes; a
/// name before an adverb stays a person ("met Kral privately").
#[test]
fn a_name_before_the_noun_it_qualifies_is_no_person() {
    check_rows(
        "en",
        "2026-03-10",
        LEAD_EN,
        &[
            (
                "Brenner later visited Marrowby hospital and met Keldale nurses.",
                TWO,
            ),
            ("Kral then met Keldale apprentices at the plant.", TWO),
            ("Brenner met Kral privately before the talks.", TWO),
            ("Brenner thanked Kral warmly for the visit.", TWO),
        ],
    );
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[(
            "Doe visits Marrowby clinic as waiting lists grow\n\nHealth Minister Jane Doe toured \
             the clinic on Monday and met Keldale nurses.",
            common::NO_MEETING,
        )],
    );
    check_rows(
        "es",
        "2026-03-10",
        LEAD_ES,
        &[("Brenner recibió a Kral brevemente antes de la cena.", DOS)],
    );
}
