//! A government's body that reports is a source: its noun ("foreign ministry", "presidency",
//! "cancillería") owned by a country before or after it, next to a verb of reporting (before or
//! after it) or a link of attribution ("according to", "según", "a statement from", "un
//! comunicado de"). A passive's agent cites only after a verb of reporting ("organised by the
//! government" cites nothing), and a body no country owns names something only when the text
//! writes it as a proper name of more than one word ("el Ministerio de Relaciones Exteriores",
//! "the External Affairs Ministry"; "the ministry", "la Cancillería" name nothing). Every
//! sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// The meeting each table's sentences follow, in each language.
const MEETING_EN: &str = "Colombian President Andres Restrepo and his Ecuadorian counterpart Daniel Vega met in Bogota on Monday.";
const MEETING_ES: &str = "El presidente de Colombia, Andrés Restrepo, y su homólogo de Ecuador, Daniel Vega, se reunieron este lunes en Bogotá.";

#[test]
fn a_government_body_that_reports() {
    check_rows(
        "en",
        PUBLISHED,
        MEETING_EN,
        &[
            (
                "The leaders discussed migration, the Colombian Foreign Ministry said in a \
                 statement.",
                "sources = Colombian Foreign Ministry",
            ),
            (
                "According to the Colombian Foreign Ministry, the leaders discussed migration.",
                "sources = Colombian Foreign Ministry",
            ),
            (
                "The leaders discussed migration, according to a statement from Ecuador's \
                 presidency.",
                "sources = Ecuador's presidency",
            ),
            (
                "The Ecuadorian government announced a new border post.",
                "sources = Ecuadorian government",
            ),
            (
                "The ministry said the leaders discussed migration.",
                "sources = ",
            ),
            (
                "They will attend a fair organised by the Colombian government.",
                "sources = ",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        MEETING_ES,
        &[
            (
                "Según informó la Cancillería colombiana en un comunicado, los mandatarios \
                 abordaron la migración.",
                "sources = Cancillería colombiana",
            ),
            (
                "Los mandatarios abordaron la migración, informó la Cancillería colombiana.",
                "sources = Cancillería colombiana",
            ),
            (
                "Los mandatarios abordaron la migración, según un comunicado de la Presidencia de \
                 Ecuador.",
                "sources = Presidencia de Ecuador",
            ),
            (
                "El Gobierno de Ecuador informó que los mandatarios abordaron la migración.",
                "sources = Gobierno de Ecuador",
            ),
            (
                "La reunión fue confirmada el viernes por el Gobierno de Ecuador.",
                "sources = Gobierno de Ecuador",
            ),
            (
                "Asistirán a una feria organizada por el Gobierno de Ecuador.",
                "sources = ",
            ),
        ],
    );
}

/// One who only reports the meeting ("…, press secretary X said Monday", "…, Foreign Secretary
/// Y told reporters") is no side of it, even when one principal's country is not given.
#[test]
fn a_reporter_of_the_meeting_is_no_side() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "President Joe Ward will meet Japanese Prime Minister Emi Sato at the White House \
                 on March 19, White House press secretary Ann Lee said Monday.",
                "principals !~ Ann Lee\nprincipals ~ Emi Sato",
            ),
            (
                "en",
                "Prime Minister Ravi Mehta will host Japanese Prime Minister Emi Sato in New Delhi \
                 on Friday, Foreign Secretary Arun Rao told reporters on Tuesday.",
                "principals !~ Arun Rao\nprincipals ~ Emi Sato",
            ),
        ],
    );
}

/// A spokesperson speaks for a side and leads none: a spokesperson who speaks of a visit by
/// others (opposed, planned, in any tense) is no principal of it, and alone is no meeting.
#[test]
fn a_spokesperson_leads_no_side() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Foreign ministry spokesperson Mao Lin said on Monday that China firmly opposes a \
                 planned visit to Taiwan by a delegation of US lawmakers.",
                "kind = other",
            ),
            (
                "China opposes the visit to Taiwan that a delegation of US lawmakers will make \
                 next week, spokeswoman Mao Lin told reporters on Monday.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La portavoz de la Cancillería china, Mao Lin, dijo el lunes que Pekín se opone a la \
             visita prevista a Taiwán de una delegación de legisladores estadounidenses.",
            "kind = other",
        )],
    );
}

/// A country's own press names its ministries without the country: a body written as a proper
/// name of more than one word reports as one does with its country ("informó el Ministerio de
/// Relaciones Exteriores", "the External Affairs Ministry said", "according to the Foreign
/// Ministry", "de acuerdo con la Secretaría de Economía"); a body of one word, or in lowercase,
/// names nothing; one named with its country is cited once, with it.
#[test]
fn a_body_named_as_a_proper_name_without_its_country() {
    check_rows(
        "es",
        PUBLISHED,
        MEETING_ES,
        &[
            (
                "Abordaron la migración, informó el Ministerio de Relaciones Exteriores en un \
                 comunicado.",
                "sources = Ministerio de Relaciones Exteriores",
            ),
            (
                "Abordaron la migración, de acuerdo con la Secretaría de Relaciones Exteriores.",
                "sources = Secretaría de Relaciones Exteriores",
            ),
            ("Según la Cancillería, abordaron la migración.", "sources ="),
            (
                "Abordaron la migración, informó el ministerio de relaciones exteriores.",
                "sources =",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        MEETING_EN,
        &[
            (
                "They discussed migration, the External Affairs Ministry said in a statement.",
                "sources = External Affairs Ministry",
            ),
            (
                "They discussed migration, according to the Foreign Ministry.",
                "sources = Foreign Ministry",
            ),
            (
                "They discussed migration, the Colombian Foreign Ministry said.",
                "sources = Colombian Foreign Ministry",
            ),
            ("They discussed migration, the ministry said.", "sources ="),
        ],
    );
}

/// A body's portfolio written after its noun as a proper name is part of the body's name
/// ("the Ministry of Trade and Industry", "of the Interior", "el Ministerio de Minería
/// chileno", "la Presidencia del Consejo de Ministros"), and the body's country may follow it.
#[test]
fn a_body_named_with_its_portfolio_after_it() {
    check_rows(
        "en",
        PUBLISHED,
        MEETING_EN,
        &[
            (
                "They discussed migration, the Ecuadorian Ministry of Trade and Industry said.",
                "sources = Ecuadorian Ministry of Trade and Industry",
            ),
            (
                "According to the Ministry of Foreign Affairs of Ecuador, they discussed \
                 migration.",
                "sources = Ministry of Foreign Affairs of Ecuador",
            ),
            (
                "They will discuss migration, the Ministry of the Interior has said.",
                "sources = Ministry of the Interior",
            ),
            (
                "They discussed migration, a statement from Colombia's Ministry of Mines said.",
                "sources = Colombia's Ministry of Mines",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        MEETING_ES,
        &[
            (
                "Abordaron la migración, indicó el Ministerio de Minas colombiano en un \
                 comunicado.",
                "sources = Ministerio de Minas colombiano",
            ),
            (
                "Abordarán la migración, según ha informado el Ministerio de Industria y Turismo \
                 de Ecuador.",
                "sources = Ministerio de Industria y Turismo de Ecuador",
            ),
            (
                "Abordaron la migración, según un comunicado de la Presidencia del Consejo de \
                 Ministros.",
                "sources = Presidencia del Consejo de Ministros",
            ),
        ],
    );
}

/// Unnamed voices of a body cite the body: "fuentes de la Cancillería", "fuentes del Kremlin",
/// "sources close to the presidency", "Kremlin sources said"; a statement's genitive written as
/// one word with its article ("un comunicado del Kremlin") links as "de la" does. Sources that
/// report a body's doings ("Sources said the Kremlin …") cite nobody.
#[test]
fn unnamed_voices_of_a_body_cite_the_body() {
    check_rows(
        "en",
        PUBLISHED,
        MEETING_EN,
        &[
            (
                "They discussed migration, sources close to the Ecuadorian presidency said.",
                "sources = Ecuadorian presidency",
            ),
            (
                "Kremlin sources have said that they would discuss migration.",
                "sources = Kremlin",
            ),
            (
                "A source at the Colombian Foreign Ministry told reporters they discussed \
                 migration.",
                "sources = Colombian Foreign Ministry",
            ),
            (
                "Sources said the Kremlin had offered to host the next round.",
                "sources =",
            ),
            (
                "They met at the Kremlin. Sources said more talks would follow.",
                "sources =",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        MEETING_ES,
        &[
            (
                "Abordaron la migración, según fuentes de la Cancillería colombiana.",
                "sources = Cancillería colombiana",
            ),
            (
                "Fuentes cercanas a la Moncloa aseguraron que abordarán la migración.",
                "sources = Moncloa",
            ),
            (
                "Abordaron la migración, según un comunicado del Kremlin.",
                "sources = Kremlin",
            ),
            (
                "Fuentes diplomáticas dijeron que abordarán la migración.",
                "sources =",
            ),
        ],
    );
}

/// A body cited with its acronym in brackets ("the Ministry of External Affairs (MEA) said"),
/// a department ("the Treasury Department", "the Department of Foreign Affairs"), a document
/// a body released or issued ("a statement released by X"), and a Spanish body written small
/// before its country's adjective ("según la cancillería chilena") are sources; a department
/// no country owns and no proper name gives ("the police department said") is none.
#[test]
fn acronyms_departments_and_bodies_written_small() {
    check_rows(
        "en",
        PUBLISHED,
        MEETING_EN,
        &[
            (
                "The Ministry of Foreign Affairs (MFA) said the talks were frank.",
                "sources = Ministry of Foreign Affairs",
            ),
            (
                "The talks were frank, according to a statement released by the Treasury \
                 Department.",
                "sources = Treasury Department",
            ),
            (
                "A readout issued by Colombia's Department of Foreign Affairs called the talks \
                 frank.",
                "sources = Colombia's Department of Foreign Affairs",
            ),
            (
                "The police department said the roads were closed.",
                "sources =",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        MEETING_ES,
        &[
            (
                "Según la cancillería ecuatoriana, la reunión duró una hora.",
                "sources = cancillería ecuatoriana",
            ),
            (
                "La reunión duró una hora, precisó el gobierno colombiano.",
                "sources = gobierno colombiano",
            ),
        ],
    );
}
