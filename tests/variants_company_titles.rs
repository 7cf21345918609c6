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
