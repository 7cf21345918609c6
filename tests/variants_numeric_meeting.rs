//! Rule-family tests for a date written in figures between a meeting verb and its other side
//! ("met on 03/10/2025 with", "se reunió el 3.10.2025 con", "was received on 3-10-2025 by"):
//! the date, whatever its separator, is one number and the link to the other side reads past
//! it. A dateline with its date ("LIMA, 3 de octubre (EFE) -", "QUITO, 03/10/2025 -") gives
//! the place a text names no other for. Every sentence is written for these tests; the names are invented.

mod common;
use common::check_in;

/// Published two days after the meeting of most rows, on Sunday 5 October 2025.
const PUBLISHED: &str = "2025-10-05";

/// Checks each `(text, expected)` row in `lang`, published on [`PUBLISHED`], with the
/// expectations `both` every row shares.
fn check_rows(lang: &str, both: &str, rows: &[(&str, &str)]) {
    let wants: Vec<String> = rows
        .iter()
        .map(|(_, want)| format!("{both}\n{want}"))
        .collect();
    let mut table = Vec::new();
    for ((text, _), want) in rows.iter().zip(&wants) {
        table.push((text.to_string(), PUBLISHED, want.as_str()));
    }
    check_in(lang, &table);
}

/// English: slashes, hyphens and periods, with and without "on", the passive and other verbs.
#[test]
fn english() {
    let both = "kind = bilateral\nprincipals ~ Ama Boateng\nprincipals ~ Jonas Keller";
    let rows = [
        (
            "President Ama Boateng met on 03/10/2025 with President Jonas Keller of Austria.",
            "date = 03/10/2025 = 2025-10-03\nstatus = held",
        ),
        (
            "President Ama Boateng met 3-10-2025 with President Jonas Keller of Austria.",
            "date = 3-10-2025 = 2025-10-03",
        ),
        (
            "President Jonas Keller of Austria was received on 03/10/2025 by President Ama Boateng.",
            "date = 03/10/2025 = 2025-10-03",
        ),
        (
            "President Ama Boateng held talks on 3.10.2025 with President Jonas Keller of Austria.",
            "date = 3.10.2025 = 2025-10-03",
        ),
        (
            "President Ama Boateng hosted on 03/10/2025 President Jonas Keller of Austria.",
            "date = 03/10/2025 = 2025-10-03",
        ),
        (
            "President Ama Boateng will meet on 17/10/2025 with President Jonas Keller of Austria.",
            "date = 17/10/2025 = 2025-10-17\nstatus = planned",
        ),
        (
            "President Ama Boateng met on 25-26/09/2025 with President Jonas Keller of Austria.",
            "date ~ 2025-09-25",
        ),
    ];
    check_rows("en", both, &rows);
}

/// Spanish: "el" before the date or none, the passive "fue recibido … por", other verbs.
#[test]
fn spanish() {
    let both = "kind = bilateral\nprincipals ~ Marta Reyes\nprincipals ~ Tomás Vidal";
    let rows = [
        (
            "La presidenta de Chile, Marta Reyes, se reunió el 03/10/2025 con el presidente de Perú, Tomás Vidal.",
            "date = 03/10/2025 = 2025-10-03\nstatus = held",
        ),
        (
            "El presidente de Perú, Tomás Vidal, fue recibido el 03/10/2025 por la presidenta de Chile, Marta Reyes.",
            "date = 03/10/2025 = 2025-10-03",
        ),
        (
            "La presidenta de Chile, Marta Reyes, recibió el 3.10.2025 al presidente de Perú, Tomás Vidal.",
            "date = 3.10.2025 = 2025-10-03",
        ),
        (
            "La presidenta de Chile, Marta Reyes, se entrevistó 3-10-2025 con el presidente de Perú, Tomás Vidal.",
            "date = 3-10-2025 = 2025-10-03",
        ),
        (
            "La presidenta de Chile, Marta Reyes, se reunirá el 17/10/2025 con el presidente de Perú, Tomás Vidal.",
            "date = 17/10/2025 = 2025-10-17\nstatus = planned",
        ),
        (
            "La presidenta de Chile, Marta Reyes, mantuvo el 03/10/2025 un encuentro con el presidente de Perú, Tomás Vidal.",
            "date = 03/10/2025 = 2025-10-03",
        ),
    ];
    check_rows("es", both, &rows);
}

/// Datelines with a date: the day and month with the link between them ("3 de octubre"), or a
/// date in figures, before the agency or the separator.
#[test]
fn datelines_with_a_date() {
    let met =
        "La presidenta de Chile, Marta Reyes, se reunió con el presidente de Perú, Tomás Vidal.";
    let mut table = Vec::new();
    for (dateline, want) in [
        ("LIMA, 3 de octubre (EFE) -", "city = Lima"),
        ("LIMA, 3 de octubre -", "city = Lima"),
        ("QUITO, 2 de octubre (EFE).-", "city = Quito"),
        (
            "QUITO, 12 de septiembre de 2025 (Reuters) -",
            "city = Quito",
        ),
        ("LIMA, 03/10/2025 -", "city = Lima"),
        ("LIMA, 3-10-2025 -", "city = Lima"),
    ] {
        table.push((format!("{dateline} {met}"), PUBLISHED, want));
    }
    check_in("es", &table);
}
