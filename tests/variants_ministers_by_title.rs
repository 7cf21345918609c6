//! Ministers known only by their title and country are the sides of a ministerial meeting no
//! one is named at (issue #12, item 5): "the foreign ministers of A and B met", in any tense,
//! with two or more countries, singular or plural, and in Spanish; they say nothing of a
//! meeting that names its leaders, nor make one of a statement. Every sentence is written by
//! the team.

mod common;

/// Checks each `(text, expected)` row read as `lang`, published on 2025-03-05.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2025-03-05", "", table);
}

#[test]
fn ministers_by_title_are_the_sides() {
    check_lang(
        "en",
        &[
            (
                "The foreign ministers of Peru and Ecuador will meet in Quito on 20 April.",
                "kind = ministerial\nstatus = planned\nprincipals = - | Foreign minister | Peru; \
                 - | Foreign minister | Ecuador\ncity = Quito",
            ),
            (
                "The foreign ministers of Peru and Ecuador met in Quito on Monday.",
                "kind = ministerial\nstatus = held\nprincipals ~ Ecuador",
            ),
            (
                "The foreign ministers of Peru, Ecuador and Bolivia met in Quito on Monday.",
                "kind = ministerial\nprincipals ~ Bolivia\ncountries = Peru; Ecuador; Bolivia",
            ),
            (
                "The defence ministers of Chile and Argentina held talks in Santiago on Friday.",
                "kind = ministerial\nprincipals = - | Defence minister | Chile; - | Defence \
                 minister | Argentina",
            ),
            (
                "The foreign minister of Peru met his Ecuadorian counterpart in Quito on Monday.",
                "kind = ministerial\nprincipals = - | Foreign minister | Peru; - | Foreign \
                 minister | Ecuador",
            ),
            (
                "The foreign ministers of Peru and Ecuador said on Monday that the border was calm.",
                "kind = other\nprincipals =",
            ),
            (
                "President Ana Lisboa of Portugal met President Pablo Soler of Spain in Porto on \
                 Monday. The foreign ministers of both countries also attended.",
                "kind = bilateral\nprincipals = Ana Lisboa | President | Portugal; Pablo Soler | \
                 President | Spain",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Los ministros de Defensa de Perú y Ecuador se reunieron este lunes en Quito.",
                "kind = ministerial\nprincipals = - | Ministro de Defensa | Peru; - | Ministro de \
                 Defensa | Ecuador",
            ),
            (
                "Los cancilleres de Perú y Ecuador se reunieron este lunes en Quito.",
                "kind = ministerial\nprincipals = - | Canciller | Peru; - | Canciller | Ecuador",
            ),
            (
                "El canciller peruano se reunió este lunes en Quito con el canciller ecuatoriano.",
                "kind = ministerial\nprincipals ~ Peru\nprincipals ~ Ecuador",
            ),
            (
                "La canciller de Perú recibió este lunes en Lima al canciller de Ecuador.",
                "kind = ministerial\nprincipals ~ Ecuador\ncity = Lima",
            ),
            (
                "El canciller peruano dijo este lunes que la frontera con Ecuador está en calma.",
                "kind = other\nprincipals =",
            ),
            (
                "El canciller peruano viajó este lunes a Quito.",
                "kind = other\nprincipals =",
            ),
        ],
    );
}

/// Ministers first known by a plural title and then named with the same title and country are
/// one person each, not two ("the foreign ministers of A and B met …", then "A's Foreign
/// Minister X"): the summary names the two, not four. A minister of another office stays.
#[test]
fn a_title_then_its_holder_named_is_one_person() {
    check_lang(
        "en",
        &[
            (
                "The foreign ministers of Peru and Ecuador met in Quito on Monday. Peruvian Foreign \
                 Minister Ana Ruiz and Ecuadorian Foreign Minister Tomás Vidal discussed the border.",
                "principals = Ana Ruiz | Foreign Minister | Peru; Tomás Vidal | Foreign Minister | Ecuador\nmembers =",
            ),
            (
                "The foreign ministers of Peru and Ecuador will hold talks in Quito on 20 April. \
                 The talks between Foreign Minister Ana Ruiz of Peru and her Ecuadorian \
                 counterpart, Tomás Vidal, are expected to last two hours.",
                "principals = Ana Ruiz | Foreign Minister | Peru; Tomás Vidal | Foreign Minister | Ecuador\nmembers =",
            ),
            (
                "The foreign ministers of Peru and Ecuador met in Quito on Monday. Peruvian Foreign \
                 Minister Ana Ruiz, who was accompanied by Defence Minister Raúl Soto, held talks \
                 with Ecuadorian Foreign Minister Tomás Vidal.",
                "principals = Ana Ruiz | Foreign Minister | Peru; Tomás Vidal | Foreign Minister | Ecuador\nmembers ~ Raúl Soto | Defence Minister",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Los cancilleres de Perú y Ecuador se reunieron este lunes en Quito. La canciller \
                 peruana, Ana Ruiz, y su homólogo ecuatoriano, Tomás Vidal, hablaron de la frontera.",
                "principals = Ana Ruiz | Canciller | Peru; Tomás Vidal | Canciller | Ecuador\nmembers =",
            ),
            (
                "Los ministros de Defensa de Perú y Ecuador se reunirán el 20 de abril en Quito. El \
                 ministro de Defensa de Perú, Raúl Soto, viajará acompañado de su viceministro.",
                "principals ~ Raúl Soto | Ministro de Defensa | Peru\nprincipals !~ - | Ministro de Defensa | Peru",
            ),
        ],
    );
}
