//! Portfolios the tables do not know: after the title of a minister, determined or owned, the
//! capitalised words up to the comma before the holder's name are the portfolio, however many
//! and however joined ("la ministra de Política Territorial y Memoria Democrática, A"); no word
//! of it is a person. A bare title runs into its holder's name instead, and a spokesman's
//! complement may be a person. Every sentence is written by the team.

mod common;

/// Checks each `(text, expected)` row read as `lang`, published on 2026-03-10.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2026-03-10", "", table);
}

#[test]
fn unknown_portfolios_end_at_the_holders_comma() {
    check_lang(
        "es",
        &[
            (
                "El ministro de Política Territorial, Ángel Torres, se reunió este lunes en Rabat \
                 con el ministro del Interior de Marruecos, Karim Idrissi.",
                "kind = ministerial\nprincipals = Ángel Torres | Ministro de Política \
                 Territorial | -; Karim Idrissi | Ministro del Interior | Morocco",
            ),
            (
                "La ministra de Política Territorial y Memoria Democrática, Rosa Vidal, recibirá \
                 el viernes en Madrid al ministro del Interior de Portugal, Paulo Reis.",
                "kind = ministerial\nstatus = planned\nprincipals = Rosa Vidal | Ministra de \
                 Política Territorial y Memoria Democrática | Spain; Paulo Reis | Ministro del \
                 Interior | Portugal",
            ),
            (
                "El ministro de Transformación Digital y de la Función Pública, Óscar Llorente, se \
                 reunió el 3/3/2026 en Lisboa con el ministro portugués de Economía, Paulo Reis.",
                "kind = ministerial\ndate = 3/3/2026 = 2026-03-03\nprincipals = Óscar Llorente | Ministro de \
                 Transformación Digital y de la Función Pública | -; Paulo Reis | Ministro de \
                 Economía | Portugal",
            ),
            (
                "Los ministros de Cultura y de la Juventud, Óscar Llorente, y de Economía, Paulo \
                 Reis, viajaron con el presidente.",
                "kind = other\nprincipals =",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Spain's Minister of Territorial Policy, Rosa Vidal, met Portugal's Economy \
                 Minister Paulo Reis in Lisbon on Monday.",
                "kind = ministerial\nprincipals = Rosa Vidal | Minister of Territorial Policy | \
                 Spain; Paulo Reis | Economy Minister | Portugal",
            ),
            (
                "The Minister for Digital Transformation and the Civil Service, Rosa Vidal, will \
                 meet Portugal's Economy Minister Paulo Reis in Lisbon on Friday.",
                "kind = ministerial\nstatus = planned\nprincipals = Rosa Vidal | Minister for \
                 Digital Transformation and the Civil Service | -; Paulo Reis | Economy Minister \
                 | Portugal",
            ),
            (
                "Mexico's Secretary of Culture and of the Arts, Ana Ruiz, met Portugal's Economy \
                 Minister Paulo Reis in Lisbon on Monday.",
                "kind = ministerial\nprincipals = Ana Ruiz | Secretary of Culture and of the Arts \
                 | Mexico; Paulo Reis | Economy Minister | Portugal",
            ),
            // A bare title takes its holder's name: the portfolio ends before it.
            (
                "Indonesia's President Budi Santoso met Australian Prime Minister Tom Reid in \
                 Bogor on Monday, joined by Coordinating Minister for Maritime Affairs and \
                 Investment Lukas Pandu, Trade Minister Sari Dewi and others.",
                "kind = bilateral\nmembers ~ Lukas Pandu | Coordinating Minister for Maritime \
                 Affairs and Investment",
            ),
        ],
    );
}

/// A body's name in a title's complement ends with its last capitalised word when the comma
/// before the holder's name of two words or more closes it; no word of it is a person. A
/// holder's name of one word after such a comma is left to the name finder.
#[test]
fn a_bodys_name_ends_at_the_holders_comma() {
    check_lang(
        "en",
        &[
            (
                "Italian Prime Minister Ana Ruiz met the head of Libya's Government of National \
                 Unity, Abdul Hamid Dbeibah, in Rome on Monday.",
                "kind = bilateral\nprincipals = Ana Ruiz | Prime Minister | Italy; Abdul Hamid \
                 Dbeibah | Head of Libya's Government of National Unity | Libya",
            ),
            (
                "Chadian President Idriss Kaba will meet the chairman of Sudan's Sovereign \
                 Transitional Council, Omar Bashir Ali, in N'Djamena on Friday.",
                "kind = bilateral\nstatus = planned\nprincipals ~ Omar Bashir Ali | Chairman of \
                 Sudan's Sovereign Transitional Council | Sudan",
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "La alta representante de la UE para Política Exterior, Kaja Lind, recibió este \
             lunes en Bruselas al ministro de Exteriores de España, Pablo Albar.",
            "kind = ministerial\nprincipals = Kaja Lind | Alta representante de la UE para \
             Política Exterior | European Union; Pablo Albar | Ministro de Exteriores | Spain",
        )],
    );
}
