//! The cast of articles the rules were not written on, third round (issues #12 and #13):
//! unnamed principals known by a title and its country. Every sentence here is written by the
//! team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2026-03-10 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2026-03-10", "", table);
}

/// "Peru's president met his Ecuadorian counterpart": a country's possessive determines a
/// title as an article does; with no name, the holder is a side known by role and country.
#[test]
fn a_title_owned_through_a_possessive() {
    check_rows(
        "en",
        &[
            (
                "Portugal's prime minister will meet Morocco's king in Rabat next week.",
                "principals = - | Prime minister | Portugal; - | King | Morocco",
            ),
            (
                "Chile's foreign minister was received by Peru's president in Lima on Monday.",
                "principals = - | Foreign minister | Chile; - | President | Peru",
            ),
            (
                "Uruguay's president and Paraguay's president held talks in Asunción on Tuesday.",
                "kind = bilateral\nprincipals = - | President | Uruguay; - | President | Paraguay",
            ),
            (
                "Talks between Kenya's president and Tanzania's president ended in Arusha on \
                 Monday.",
                "principals = - | President | Kenya; - | President | Tanzania",
            ),
            (
                "Ghana's president had hosted Togo's president at the Jubilee House in Accra.",
                "principals = - | President | Ghana; - | President | Togo",
            ),
            (
                "Norway's prime minister (who arrived on Sunday) met Finland's president in Oslo.",
                "principals = - | Prime minister | Norway; - | President | Finland",
            ),
            (
                "Peru's foreign minister met his Ecuadorian counterpart in Quito on Monday.",
                "kind = ministerial\nprincipals = - | Foreign minister | Peru; - | Foreign \
                 minister | Ecuador",
            ),
            ("Ghana's president said the economy grew.", "principals = "),
        ],
    );
}

/// "Foreign ministers of Peru, Chile and Bolivia met", "Cancilleres de Perú, Chile y Bolivia se
/// reunieron": a plural title with several owners opening its sentence without an article is
/// its subject, one holder per owner, as with the article.
#[test]
fn a_plural_title_opening_a_sentence_bare() {
    check_rows(
        "en",
        &[
            (
                "Foreign ministers of Peru, Chile and Bolivia met in La Paz on Monday.",
                "kind = ministerial\nprincipals = - | Foreign minister | Peru; - | Foreign \
                 minister | Chile; - | Foreign minister | Bolivia",
            ),
            (
                "Defence ministers of Ghana and Togo will meet in Lomé next week.",
                "principals = - | Defence minister | Ghana; - | Defence minister | Togo",
            ),
            (
                "Trade ministers of Chile and Peru held talks in Lima on Monday.",
                "principals = - | Trade minister | Chile; - | Trade minister | Peru",
            ),
            (
                "Foreign Ministers of Norway, Finland and Iceland had met in Oslo on Monday.",
                "principals ~ - | Foreign Minister | Iceland",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Cancilleres de Perú, Chile y Bolivia se reunieron en La Paz el lunes.",
                "kind = ministerial\nprincipals = - | Canciller | Peru; - | Canciller | Chile; - \
                 | Canciller | Bolivia",
            ),
            (
                "Ministros de Defensa de Chile y Perú se reunirán en Lima la próxima semana.",
                "principals = - | Ministro de Defensa | Chile; - | Ministro de Defensa | Peru",
            ),
            (
                "Cancilleres de Uruguay y Paraguay celebraron el lunes una reunión en Asunción.",
                "principals = - | Canciller | Uruguay; - | Canciller | Paraguay",
            ),
            (
                "Ministros de Economía de Colombia, Ecuador y Perú mantuvieron conversaciones en \
                 Quito.",
                "principals ~ - | Ministro de Economía | Ecuador",
            ),
        ],
    );
}

/// "Kenji Sato was received by Treasury Secretary Mark Dunn": a name with no title, the subject
/// of a passive of meeting, meets its agent, titled or named, at the agent's rank (a minister's
/// among ministers); past the verb's complements of time and place too.
#[test]
fn an_untitled_subject_of_a_passive_with_a_titled_agent() {
    check_rows(
        "en",
        &[
            (
                "Kenji Sato was received by Treasury Secretary Mark Dunn on Monday.",
                "kind = ministerial\nprincipals = Kenji Sato | - | -; Mark Dunn | Treasury \
                 Secretary | -",
            ),
            (
                "Kenji Sato will be welcomed in Brasília on Monday by President Mark Dunn.",
                "kind = bilateral\nprincipals = Kenji Sato | - | -; Mark Dunn | President | Brazil",
            ),
            (
                "Kenji Sato had been received at the Alvorada Palace by President Mark Dunn of \
                 Brazil.",
                "principals = Kenji Sato | - | -; Mark Dunn | President | Brazil",
            ),
            (
                "On Monday, Kenji Sato was hosted by Foreign Minister Ana Ruiz of Chile in \
                 Santiago.",
                "principals = Kenji Sato | - | -; Ana Ruiz | Foreign Minister | Chile",
            ),
            (
                "Kenji Sato is being received by Defence Secretary Tom Ward at the Pentagon today.",
                "principals ~ Kenji Sato | - | -",
            ),
            (
                "Kenji Sato was praised by Treasury Secretary Mark Dunn on Monday.",
                "principals = ",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Kenji Sato fue recibido el lunes por el presidente de Brasil, Mark Dunn.",
                "principals = Kenji Sato | - | -; Mark Dunn | Presidente | Brazil",
            ),
            (
                "Kenji Sato será recibido el jueves en Santiago por la canciller chilena, Ana Ruiz.",
                "kind = ministerial\nprincipals = Kenji Sato | - | -; Ana Ruiz | Canciller | Chile",
            ),
            (
                "Kenji Sato fue recibida por el presidente brasileño Mark Dunn en el Palacio de \
                 Planalto.",
                "principals ~ Kenji Sato | - | -",
            ),
        ],
    );
}
