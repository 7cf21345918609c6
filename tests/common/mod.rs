//! What the integration tests share: running the `summit-cards` command, and checking the facts
//! of a report as `field = value` lines.
#![allow(dead_code)] // each test binary uses its own part of this module

use summit_cards::{Options, Report, extract};

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the command with `args`, `stdin` as its input, and returns what it printed.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_summit-cards"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A command that fails on its arguments exits without reading its input: the pipe is then
    // closed, which is no error of the test.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().expect("the binary ends")
}

/// One fact of a report, printed the way the cards show it.
pub fn field(report: &Report, name: &str) -> String {
    let join = |items: Vec<String>| items.join("; ");
    let person = |p: &summit_cards::Participant| {
        format!(
            "{} | {} | {}",
            p.name.as_deref().unwrap_or("-"),
            p.role.as_deref().unwrap_or("-"),
            p.country.as_deref().unwrap_or("-")
        )
    };
    match name {
        "kind" => format!("{:?}", report.event.kind).to_lowercase(),
        "status" => format!("{:?}", report.event.status).to_lowercase(),
        "virtual" => report.event.virtual_meeting.to_string(),
        "summary" => report.summary.clone().unwrap_or_default(),
        "name" => report.event.name.clone().unwrap_or_default(),
        "principals" => join(
            report
                .participants
                .iter()
                .filter(|p| p.principal)
                .map(person)
                .collect(),
        ),
        "members" => join(
            report
                .participants
                .iter()
                .filter(|p| !p.principal)
                .map(person)
                .collect(),
        ),
        "countries" => join(report.countries.clone()),
        "venue" => report.event.location.venue.clone().unwrap_or_default(),
        "city" => report.event.location.city.clone().unwrap_or_default(),
        "region" => report.event.location.region.clone().unwrap_or_default(),
        "country" => report.event.location.country.clone().unwrap_or_default(),
        "date" => report
            .event
            .date
            .as_ref()
            .map(|d| format!("{} = {}", d.text, d.iso.as_deref().unwrap_or("?")))
            .unwrap_or_default(),
        "sessions" => join(
            report
                .sessions
                .iter()
                .map(|s| {
                    let minutes = s
                        .duration
                        .as_ref()
                        .map(|d| format!(" {} min", d.minutes))
                        .unwrap_or_default();
                    format!("{:?}{minutes}", s.format).to_lowercase()
                })
                .collect(),
        ),
        "previous" => join(
            report
                .previous_meetings
                .iter()
                .map(|p| {
                    format!(
                        "{:?} {:?} {:?}",
                        p.year,
                        p.place,
                        p.duration.as_ref().map(|d| d.minutes)
                    )
                })
                .collect(),
        ),
        "agenda" => join(report.agenda.iter().map(|t| t.topic.clone()).collect()),
        "interests" => join(
            report
                .interests
                .iter()
                .map(|i| {
                    format!(
                        "{}: {} ({})",
                        i.party,
                        i.wants.join(", "),
                        i.source.as_deref().unwrap_or("-")
                    )
                })
                .collect(),
        ),
        "quotes" => join(
            report
                .quotes
                .iter()
                .map(|q| format!("{}: {}", q.speaker.as_deref().unwrap_or("-"), q.text))
                .collect(),
        ),
        "sources" => join(report.sources.iter().map(|s| s.name.clone()).collect()),
        "warnings" => join(report.warnings.iter().map(|w| w.code.clone()).collect()),
        other => panic!("no field {other:?}"),
    }
}

/// The lines of `expected` that the report of `text`, read with `options`, does not meet,
/// each described. Lines are `field = value` (equal), `field ~ value` (contains) and
/// `field !~ value` (does not contain).
pub fn failures(text: &str, options: &Options, expected: &str) -> Vec<String> {
    let report = extract(text, options).unwrap();
    let mut failed = Vec::new();
    for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (name, op, want) = ["!~", "=", "~"]
            .iter()
            .find_map(|op| {
                let empty = line
                    .strip_suffix(&format!(" {op}"))
                    .map(|n| (n.trim(), *op, ""));
                empty.or_else(|| {
                    line.split_once(&format!(" {op} "))
                        .map(|(n, w)| (n.trim(), *op, w.trim()))
                })
            })
            .unwrap_or_else(|| panic!("bad expectation {line:?}"));
        let got = field(&report, name);
        let ok = match op {
            "=" => got == want,
            "~" => got.contains(want),
            _ => !got.contains(want),
        };
        if !ok {
            failed.push(format!(
                "{name} {op} {want:?}\n  got: {got:?}\n  text: {text:?}"
            ));
        }
    }
    failed
}

/// The options of a row: the language (`""` to detect it) and the publication date (`""` for
/// none).
fn options(lang: &str, published: &str) -> Options {
    let mut options = Options::new();
    if !lang.is_empty() {
        options = options.lang(lang).unwrap();
    }
    if !published.is_empty() {
        options = options.published(published).unwrap();
    }
    options
}

/// Checks `expected` lines (see [`failures`]) against the report of `text`, its language
/// detected.
pub fn check(text: &str, published: &str, expected: &str) {
    let failed = failures(text, &options("", published), expected);
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

/// Checks every row of a table of `(text, published, expected)` rows (see [`check`]), and
/// reports all the rows that fail, not just the first.
pub fn check_all(table: &[(&str, &str, &str)]) {
    let mut failed = Vec::new();
    for (text, published, expected) in table {
        failed.extend(failures(text, &options("", published), expected));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

/// The meeting every English row of the agenda tests reports first: two invented leaders of a
/// regional group.
pub const AGENDA_MEETING_EN: &str = "Leaders of the Danube Group, among them Austrian Chancellor \
                                     Otto Brenner and Slovak Prime Minister Ivo Kral, met in Graz on Tuesday.";

/// The meeting every Spanish row of the agenda tests reports first: two invented presidents at a
/// regional summit.
pub const AGENDA_MEETING_ES: &str = "El presidente paraguayo, Tomás Benítez, y su homólogo \
                                     uruguayo, Raúl Sosa, se reunieron el martes en Asunción en la cumbre del bloque.";

/// Checks every `(text, expected)` row read in the language `lang`, published on `published`,
/// each text after `lead` (a sentence every row follows, or nothing when empty), and reports
/// all the rows that fail.
pub fn check_rows(lang: &str, published: &str, lead: &str, table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| {
            let text = if lead.is_empty() {
                text.to_string()
            } else {
                format!("{lead} {text}")
            };
            (text, published, expected)
        })
        .collect();
    check_in(lang, &rows);
}

/// Checks each `(text, expected)` row of the agenda tests read in `lang` after `meeting` (one of
/// the agenda meetings above), published on 2023-04-14.
pub fn check_after(lang: &str, meeting: &str, table: &[(&str, &str)]) {
    check_rows(lang, "2023-04-14", meeting, table);
}

/// What a report of no meeting shows: kind `other` and no principals.
pub const NO_MEETING: &str = "kind = other\nprincipals =";

/// Checks each `(lang, text, expected)` row read in its language `lang` ("en" or "es"),
/// published on `published`, and reports all the rows that fail.
pub fn check_lang_rows(published: &str, table: &[(&str, &str, &str)]) {
    for lang in ["en", "es"] {
        let rows: Vec<(&str, &str)> = (table.iter())
            .filter(|row| row.0 == lang)
            .map(|&(_, text, expected)| (text, expected))
            .collect();
        check_rows(lang, published, "", &rows);
    }
}

/// Checks every row of `(text, published, expected)` read in the language `lang`, and reports
/// all the rows that fail.
pub fn check_in(lang: &str, table: &[(String, &str, &str)]) {
    let mut failed = Vec::new();
    for (text, published, expected) in table {
        failed.extend(failures(text, &options(lang, published), expected));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}
