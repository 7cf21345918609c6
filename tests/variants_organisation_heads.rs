//! An organisation's head or envoy known only by the title the organisation gives ("the NATO
//! Secretary General", "the head of the IAEA", "the President of the European Commission",
//! "el secretario general de la OTAN") is a side of the meeting, as a country's leader known by
//! title is; the summary names the owner once. A title after a relative's copula ("who is the
//! current head of the bloc") says what its antecedent is and names nobody new. Every sentence
//! here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn an_organisations_head_by_title_is_a_side() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The NATO Secretary General met the Japanese Prime Minister in Brussels on Monday.",
                "kind = bilateral\nprincipals = - | Secretary General | NATO; - | Prime Minister | \
                 Japan\nsummary ~ The Secretary General of NATO and the Prime Minister of Japan met",
            ),
            (
                "The Secretary General of NATO will meet the Japanese Prime Minister in Brussels \
                 next Monday.",
                "status = planned\nsummary ~ The Secretary General of NATO and the Prime Minister \
                 of Japan will meet",
            ),
            (
                "The head of the IAEA was received by Iran's president in Tehran on Monday.",
                "principals ~ - | President | Iran\nprincipals ~ International Atomic Energy \
                 Agency\nsummary !~ IAEA of",
            ),
            (
                "The President of the European Commission and Japanese Prime Minister Taro Suzuki \
                 held talks in Brussels on Monday.",
                "principals = - | President of the European Commission | European Commission; \
                 Taro Suzuki | Prime Minister | Japan\nsummary ~ The President of the European \
                 Commission and Taro Suzuki (Japan)",
            ),
            (
                "The UN envoy met the Libyan prime minister in Tripoli on Monday.",
                "kind = bilateral\nprincipals ~ - | Envoy | United Nations",
            ),
            (
                "The UN Secretary-General met the Kenyan president in Nairobi on Monday to discuss \
                 drought relief.",
                "principals = - | Secretary-General | United Nations; - | President | Kenya\nagenda = \
                 drought relief",
            ),
        ],
    );
}

#[test]
fn an_organisations_spokesperson_or_official_met_by_nobody_is_no_side() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The NATO spokesperson said on Monday that the alliance would meet in July.",
                "kind = other",
            ),
            (
                "The Secretary General of NATO gave a speech in Brussels on Monday.",
                "kind = other",
            ),
        ],
    );
}

#[test]
fn a_title_after_a_relatives_copula_names_nobody_new() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The summit in Accra on Monday was chaired by Ghana's President Kofi Mensah, who \
                 is the current head of ECOWAS. Presidents Ama Diallo of Senegal and Yusuf Bello \
                 of Niger attended.",
                "principals !~ - | Head\nprincipals ~ Kofi Mensah | President | Ghana",
            ),
            (
                "Kenyan President Amina Otieno, who was the chair of the African Union last year, \
                 met Tanzanian President Juma Said in Arusha on Monday.",
                "principals = Amina Otieno | President | Kenya; Juma Said | President | Tanzania",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente de Ghana, Kofi Mensah, quien es el actual presidente de la CEDEAO, se \
             reunió este lunes en Acra con el presidente de Senegal, Ama Diallo.",
            "principals = Kofi Mensah | Presidente | Ghana; Ama Diallo | Presidente | Senegal",
        )],
    );
}

#[test]
fn an_organisations_head_by_title_in_spanish() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El secretario general de la OTAN se reunió este lunes en París con el presidente de \
             Francia.",
            "kind = bilateral\nprincipals ~ NATO\nprincipals ~ - | Presidente | France\nsummary ~ \
             el presidente de Francia se reunieron",
        )],
    );
}

/// A title right after an acronym the tables do not know, or with one for its complement ("IOC
/// President X", "el presidente de la FIFA, Y") is that body's: its holder takes no country from the dateline or from the countries the
/// article names, and leaves the dateline's to the host.
#[test]
fn the_head_of_an_unknown_body_takes_no_country() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "RABAT - IOC President Anna Berg was received on Monday by King Omar at the Royal \
             Palace in Rabat, as Morocco prepares to co-host the Games with Spain.",
            "kind = bilateral\nprincipals = Anna Berg | President | -; King Omar | King | Morocco",
        )],
    );
    // The acronym as the title's complement.
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "RABAT, 9 mar (EFE).- El presidente de la FIFA, Tomás Reyes, fue recibido este lunes \
             por el rey Omar en el Palacio Real de Rabat, mientras Marruecos prepara el Mundial \
             que organizará con España.",
            "kind = bilateral\nprincipals = Tomás Reyes | Presidente de la FIFA | -; Omar | Rey | \
             Morocco",
        )],
    );
}
