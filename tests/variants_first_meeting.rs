//! "Their first summit" is the meeting the text reports, as often as an earlier one (issue #12):
//! the sides' first meeting, held or planned, in any tense and with the owner's possessive
//! before the names; only a clause that asks about it reports none. Every sentence is written
//! by the team; the names are invented.

mod common;

/// Checks each `(text, expected)` row read as `lang`, published on 2025-11-06.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2025-11-06", "", table);
}

#[test]
fn their_first_meeting_is_the_meeting_reported() {
    check_lang(
        "en",
        &[
            (
                "Britain's Helen Carter and France's Louis Mercier met at Lancaster House in \
                 London on Thursday for their first summit since the election.",
                "kind = bilateral\nprincipals = Helen Carter | - | United Kingdom; Louis Mercier \
                 | - | France\ncity = London\ndate = on Thursday = 2025-11-06",
            ),
            (
                "Prime Minister Anton Weber of Austria and President Karel Novak of the Czech \
                 Republic held their first talks in Vienna on Monday.",
                "kind = bilateral\nstatus = held\nprincipals ~ Anton Weber\nprincipals ~ Karel Novak\ncity = Vienna",
            ),
            (
                "Prime Minister Anton Weber of Austria and President Karel Novak of the Czech \
                 Republic will hold their first meeting in Vienna next week.",
                "kind = bilateral\nstatus = planned\nprincipals ~ Karel Novak",
            ),
            (
                "Foreign Minister Ines Duarte of Portugal and Foreign Minister Pablo Soler of Spain \
                 had their first face-to-face meeting in Lisbon on Friday.",
                "kind = ministerial\nprincipals ~ Ines Duarte\nprincipals ~ Pablo Soler",
            ),
            (
                "President Ines Duarte of Portugal received President Pablo Soler of Spain in \
                 Lisbon on Friday for their first summit in a decade.",
                "kind = bilateral\nprincipals ~ Pablo Soler\ncity = Lisbon",
            ),
            (
                "It was unclear whether Prime Minister Anton Weber of Austria and President Karel \
                 Novak of the Czech Republic would hold their first summit this year.",
                "kind = other\nprincipals =",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "El presidente de Austria, Anton Weber, y su homólogo checo, Karel Novak, celebraron \
             este lunes en Viena su primera cumbre bilateral.",
            "kind = bilateral\nprincipals ~ Anton Weber\nprincipals ~ Karel Novak\ncity = Viena",
        )],
    );
}
