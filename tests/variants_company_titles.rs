//! One capitalised word right before a title and the name it gives ("Apple chief executive
//! Tim Cook", "Siemens CEO Ana Ruiz") names the title's body, a company the tables do not
//! know, not a person: a leader meeting a company's head is no meeting of leaders, and beside a
//! real meeting the company adds no side. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{NO_MEETING, check_rows};

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_companys_name_before_a_title_is_nobody() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "US President John Hale met Orchard chief executive Tom Reyes on Monday.",
                "kind = other",
            ),
            (
                "German Chancellor Anna Vogel met Lindqvist CEO Ana Ruiz in Berlin on Monday.",
                "kind = other",
            ),
            (
                "Kenyan President Amina Otieno met Ugandan President Joseph Okello in Nairobi on \
                 Monday. Safari chairman Peter Ndegwa attended the dinner.",
                "kind = bilateral\nprincipals = Amina Otieno | President | Kenya; Joseph Okello | \
                 President | Uganda\nprincipals !~ Safari",
            ),
            (
                "US President John Hale met Chinese President Li Wei on Monday.",
                "kind = bilateral",
            ),
        ],
    );
}

/// One principal whom a verb of meeting joins only to people whose titles are never a side's
/// (a judge, a company's head, a businessman) meets no leader, wherever the meeting is held;
/// beside a second leader such a person changes nothing.
#[test]
fn a_leader_meeting_only_bystanders_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "US President John Hale met Chief Justice Mary Cole at the White House on \
                 Wednesday.",
                "kind = other",
            ),
            (
                "US President John Hale met chief executive Tom Reyes at the White House on \
                 Wednesday.",
                "kind = other",
            ),
            (
                "US President John Hale met Tom Reyes, the chief executive of Orchard, at the White \
                 House on Wednesday.",
                "kind = other",
            ),
            // A company before the title: its name, or its possessive in an apposition.
            (
                "US President John Hale met Orchard chief executive Tom Reyes at the White House \
                 on Wednesday to discuss chip exports.",
                "kind = other",
            ),
            (
                "German Chancellor Eva Roth met Lindqvist chief executive Tom Reyes and Halvard \
                 chief executive Ana Ruiz in Berlin on Monday.",
                "kind = other",
            ),
            (
                "US President John Hale met Tom Reyes, Orchard's chief executive, at the White \
                 House on Wednesday.",
                "kind = other",
            ),
            (
                "US President John Hale met Chinese President Li Wei and chief executive Tom Reyes \
                 at the White House on Wednesday.",
                "kind = bilateral\nprincipals = John Hale | President | United States; Li Wei | \
                 President | China",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El empresario Carlos Ruiz se reunió con la presidenta de México, Rosa Vega, en el \
             Palacio Nacional.",
            "kind = other",
        )],
    );
}

/// A capitalised word right before a title and its modifiers qualifies the title ("Breton
/// First Minister X"): it names nobody; "first minister" is a head of government's title.
#[test]
fn a_word_before_a_modified_title_is_nobody() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "Scottish First Minister Ian Reid met Breton First Minister Anna Morvan in Rennes \
             on Monday.",
            "kind = bilateral\nprincipals = Ian Reid | First Minister | United Kingdom; Anna \
             Morvan | Breton First Minister | -",
        )],
    );
}

/// A title whose complement or possessor is a business or a sports club ("the president of the
/// company", "the company's chairman", "el presidente del club") names the business's head, a
/// bystander: a minister meeting only such heads meets no leader, in any tense or voice; beside
/// a meeting of leaders the head adds no side.
#[test]
fn the_head_of_a_business_is_a_bystander() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Trade Minister Ana Lopes visited the plant on Monday and met the president of \
                 the company, Tom Reyes.",
                NO_MEETING,
            ),
            (
                "Trade Minister Ana Lopes will meet the company's chairman, Tom Reyes, in Lisbon \
                 on Friday.",
                NO_MEETING,
            ),
            (
                "Trade Minister Ana Lopes was received by the chairman of the carmaker, Tom \
                 Reyes, at its headquarters.",
                NO_MEETING,
            ),
            (
                "Sports Minister Ana Lopes met the presidents of the two clubs, Tom Reyes and \
                 Paul Ortiz, on Tuesday.",
                NO_MEETING,
            ),
            (
                "Portuguese President Ana Lopes met Brazilian President Luis Prado in Lisbon on \
                 Monday. The chairman of the airline, Tom Reyes, joined them at lunch.",
                "kind = bilateral\nprincipals = Ana Lopes | President | Portugal; Luis Prado | \
                 President | Brazil\nprincipals !~ Reyes",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La ministra de Industria, Ana Lopes, se reunió este lunes con el presidente de \
                 la compañía, Tomás Reyes.",
                NO_MEETING,
            ),
            (
                "El consejero de Economía, Pablo Ruiz, recibirá el viernes a la presidenta de la \
                 petrolera, Marta Gil, y al consejero delegado de la naviera, Luis Prado.",
                NO_MEETING,
            ),
            (
                "El ministro de Deportes, Pablo Ruiz, mantuvo un encuentro con los presidentes \
                 de los clubes, Tomás Reyes y Luis Prado.",
                NO_MEETING,
            ),
            (
                "El presidente de Chile, Luis Prado, recibió este lunes al presidente de Perú, \
                 Tomás Reyes, en La Moneda. Asistió también el presidente de la aerolínea, Pablo \
                 Ruiz.",
                "kind = bilateral\nprincipals = Luis Prado | Presidente | Chile; Tomás Reyes | \
                 Presidente | Peru\nprincipals !~ Ruiz",
            ),
        ],
    );
}

/// "welcomed Airbus's commitment", "praised Kestrel's investment": a name a verb of meeting
/// people seems to take, but that owns the object through its possessive, is no person met.
#[test]
fn a_possessor_after_a_verb_is_no_person_met() {
    let two = "principals = Daniel Ashcombe | Prime Minister | United Kingdom; Marta Quintero | \
               President | Ghana\nmembers =";
    check_rows(
        "en",
        PUBLISHED,
        "Britain's Prime Minister Daniel Ashcombe met President Marta Quintero of Ghana in London \
         on Monday.",
        &[
            (
                "The Prime Minister welcomed Airbus's commitment to net zero.",
                two,
            ),
            ("Quintero praised Kestrel's investment in Accra.", two),
            (
                "Ashcombe thanked Meridian's workers for their efforts.",
                two,
            ),
            (
                "Ashcombe also greeted Ghana's Kofi Mensah, the trade minister.",
                "members ~ Kofi Mensah",
            ),
        ],
    );
}
