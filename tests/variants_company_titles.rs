//! One capitalised word right before a title and the name it gives ("Apple chief executive
//! Tim Cook", "Siemens CEO Ana Ruiz") names the title's body, a company the tables do not
//! know, not a person: a leader meeting a company's head is no meeting of leaders, and beside a
//! real meeting the company adds no side. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

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
