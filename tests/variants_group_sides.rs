//! A side the text names only as a group of one organisation's leaders or ministers ("G7
//! leaders", "the foreign ministers of ASEAN", "los cancilleres del Mercosur"), as the subject
//! of the clause that reports the meeting: with no one named to meet, the meeting is the
//! group's. A summit of its leaders is multilateral, a meeting of its ministers ministerial;
//! the report has one participant for the group (`group`, its name as the text writes it in
//! `role`), and the summary names it so. Every sentence here is written by the team.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{NO_MEETING, check_lang_rows};
use summit_cards::{Options, extract};

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_group_of_one_organisations_leaders_or_ministers_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            // The owner before the plural title, past tense.
            (
                "en",
                "G7 leaders met in Evian on Monday to discuss trade.",
                "kind = multilateral\nstatus = held\nprincipals = - | G7 leaders | G7\ncity = \
                 Evian\nsummary ~ G7 leaders met in Evian, France on Monday 9 March 2026.",
            ),
            // The owner as the complement, a fronted date, a verb of gathering.
            (
                "en",
                "On Monday, the leaders of the G7 gathered in Evian for their annual summit.",
                "kind = multilateral\nprincipals = - | leaders of the G7 | G7\nsummary ~ The \
                 leaders of the G7 met in Evian",
            ),
            // Ministers with a portfolio, the future with an auxiliary.
            (
                "en",
                "ASEAN defence ministers will meet in Vientiane on Thursday.",
                "kind = ministerial\nstatus = planned\nprincipals = - | ASEAN defence ministers | \
                 ASEAN\nsummary ~ ASEAN defence ministers will meet in Vientiane, Laos on \
                 Thursday 12 March 2026.",
            ),
            // A portfolio in the complement, the progressive.
            (
                "en",
                "Ministers of foreign affairs of the G20 are meeting in Johannesburg this week.",
                "kind = ministerial\nprincipals = - | Ministers of foreign affairs of the G20 | \
                 G20",
            ),
            // A plural title whose plural is the word before its complement.
            (
                "en",
                "African Union heads of state held a summit in Addis Ababa on Sunday.",
                "kind = multilateral\nprincipals = - | African Union heads of state | African \
                 Union\nsummary ~ African Union heads of state met",
            ),
            // An aside set off by dashes or brackets between the group and its verb.
            (
                "en",
                "The leaders of the Quad - Australia, India, Japan and the United States - are \
                 expected to meet in New Delhi in June.",
                "kind = multilateral\nstatus = planned\nprincipals = - | leaders of the Quad | \
                 Quad",
            ),
            (
                "es",
                "Los cancilleres del Mercosur (Argentina, Brasil, Paraguay y Uruguay) se reunieron \
                 el lunes en Montevideo.",
                "kind = ministerial\nprincipals = - | cancilleres del Mercosur | Mercosur",
            ),
            // Spanish: the owner after "de la", "del"; a feminine plural.
            (
                "es",
                "Los líderes de la Unión Europea se reunieron el jueves en Bruselas.",
                "kind = multilateral\nprincipals = - | líderes de la Unión Europea | European \
                 Union\nsummary ~ Los líderes de la Unión Europea se reunieron en Bruselas",
            ),
            (
                "es",
                "Los ministros de Asuntos Exteriores de la UE se reunirán el lunes en Bruselas.",
                "kind = ministerial\nstatus = planned\nprincipals = - | ministros de Asuntos \
                 Exteriores de la UE | European Union",
            ),
            (
                "es",
                "Las ministras de Igualdad del Mercosur celebraron una reunión en Montevideo.",
                "kind = ministerial\nsummary ~ Las ministras de Igualdad del Mercosur se \
                 reunieron en Montevideo",
            ),
        ],
    );
}

#[test]
fn a_group_that_does_not_meet_or_is_no_subject_is_no_side() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "NATO leaders did not meet in The Hague on Monday.",
                NO_MEETING,
            ),
            (
                "en",
                "Ahead of a meeting of EU leaders next week, the Commission published its \
                 proposals on migration.",
                NO_MEETING,
            ),
            (
                "en",
                "The proposal angered G7 leaders, who will meet in Evian in June.",
                NO_MEETING,
            ),
            (
                "es",
                "Los cancilleres del Mercosur no se reunieron el martes en Asunción.",
                NO_MEETING,
            ),
        ],
    );
}

#[test]
fn people_named_to_meet_come_before_a_group() {
    check_lang_rows(
        PUBLISHED,
        &[(
            "en",
            "EU leaders will meet in Brussels on Thursday. On Monday, French President Paul \
             Durand met German Chancellor Eva Roth in Paris to prepare the summit.",
            "principals = Paul Durand | President | France; Eva Roth | Chancellor | Germany",
        )],
    );
}

#[test]
fn a_group_meets_beside_the_one_person_named_with_it() {
    check_lang_rows(
        PUBLISHED,
        &[
            // A leader who chairs the group's meeting is a principal beside it.
            (
                "en",
                "G7 leaders met by video link on Monday. The meeting was chaired by French \
                 President Paul Durand.",
                "kind = multilateral\nprincipals = - | G7 leaders | G7; Paul Durand | President \
                 | France\nsummary ~ G7 leaders and Paul Durand (France) met remotely",
            ),
            // An organisation's official who announces it is a member.
            (
                "en",
                "Leaders of the African Union will hold an extraordinary summit in Addis Ababa \
                 on Thursday, AU Commission chairperson Amadou Diallo announced.",
                "kind = multilateral\nstatus = planned\nprincipals = - | Leaders of the African \
                 Union | African Union\nmembers = Amadou Diallo | Chairperson | African Union",
            ),
            (
                "es",
                "Los jefes de Estado de la Celac se reunirán el 9 de abril en Tegucigalpa, \
                 anunció la presidenta hondureña, Marta Reyes.",
                "principals = - | jefes de Estado de la Celac | CELAC; Marta Reyes | Presidenta \
                 | Honduras\nsummary ~ Los jefes de Estado de la Celac y Marta Reyes (Honduras) \
                 se reunirán en Tegucigalpa",
            ),
        ],
    );
}

#[test]
fn the_group_is_one_participant_with_its_evidence() {
    let text = "Quad foreign ministers met in Tokyo on Tuesday.";
    let report = extract(text, &Options::default()).expect("a report");
    assert_eq!(report.participants.len(), 1);
    let group = &report.participants[0];
    assert!(group.group && group.principal);
    assert_eq!(group.name, None);
    let span = &group.evidence;
    assert_eq!(
        &text[span.start as usize..span.end as usize],
        "Quad foreign ministers"
    );
    assert_eq!(report.delegations.len(), 1);
    assert_eq!(report.countries, ["Quad"]);

    // First, with its id, before the people named with it.
    let text = "Quad foreign ministers met in Tokyo on Tuesday, chaired by Japanese Foreign \
                Minister Ken Sato.";
    let report = extract(text, &Options::default()).expect("a report");
    let ids: Vec<u32> = report.participants.iter().map(|p| p.id).collect();
    assert_eq!(ids, [0, 1]);
    assert!(report.participants[0].group);
    assert_eq!(report.participants[1].name.as_deref(), Some("Ken Sato"));
}

/// The group opens its clause after a dateline ("BRUSSELS, March 9 (Reuters) - EU foreign
/// ministers met"), or after the capitals and marks that head the line ("BRUSELAS.- Los
/// ministros"), as at the start of a sentence.
#[test]
fn a_group_after_a_dateline_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "BRUSSELS, March 9 (Reuters) - EU foreign ministers met in Brussels on Monday to \
                 approve aid to Ukraine.",
                "kind = ministerial\nprincipals = - | EU foreign ministers | European Union",
            ),
            (
                "en",
                "GENEVA (AP) — The leaders of the G20 will meet by video link on Friday.",
                "kind = multilateral\nprincipals = - | leaders of the G20 | G20",
            ),
            (
                "es",
                "BRUSELAS, 9 Mar (EFE).- Los ministros de Exteriores de la UE se reunieron este \
                 lunes en Bruselas para aprobar ayuda a Ucrania.",
                "kind = ministerial\nprincipals = - | ministros de Exteriores de la UE | European Union",
            ),
            (
                "es",
                "BRUSELAS.- Los ministros de Defensa de la OTAN se reunirán el jueves en Bruselas.",
                "kind = ministerial\nstatus = planned\nprincipals = - | ministros de Defensa de la OTAN | NATO",
            ),
        ],
    );
}

/// A group that completes the meeting noun names its sides ("a meeting of NATO defence
/// ministers was held", "Se celebró la reunión de ministros de Defensa de la OTAN"), unless the
/// meeting is another one: dated apart past its sides ("a meeting of G7 foreign ministers in
/// Canada in November"), or one something else is held ahead of.
#[test]
fn a_group_that_completes_the_meeting_noun_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "A meeting of NATO defence ministers was held in Brussels on Monday.",
                "kind = ministerial\nprincipals = - | NATO defence ministers | NATO\nstatus = held",
            ),
            (
                "en",
                "The summit of the leaders of the G7 will open in Evian on Sunday.",
                "kind = multilateral\nprincipals = - | leaders of the G7 | G7\nstatus = planned",
            ),
            (
                "es",
                "Se celebró este lunes en Bruselas la reunión de ministros de Defensa de la OTAN.",
                "kind = ministerial\nprincipals = - | ministros de Defensa de la OTAN | NATO",
            ),
            (
                "en",
                "The sanctions follow a meeting of G7 foreign ministers in Canada in November at \
                 which allies agreed further restrictions.",
                NO_MEETING,
            ),
        ],
    );
}

/// A group whose clause goes on to a meeting noun its possessive owns meets there, whatever
/// the clause's verb ("approved a strategy on Saturday during their summit", "will adopt a
/// statement at their annual summit", "aprobaron … durante su cumbre").
#[test]
fn a_group_at_its_own_meeting_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "SICA leaders approved a regional security strategy on Saturday during their \
                 summit in San Salvador.",
                "kind = multilateral\nstatus = held\ncity = San Salvador",
            ),
            (
                "en",
                "G7 leaders will adopt a statement on AI at their annual summit in Evian next \
                 week.",
                "kind = multilateral\nstatus = planned\ncity = Evian",
            ),
            (
                "en",
                "ASEAN foreign ministers agreed on Monday to a new maritime code at their meeting \
                 in Manila.",
                "kind = ministerial\ncity = Manila",
            ),
            (
                "es",
                "Los jefes de Estado del SICA aprobaron este sábado una estrategia regional de \
                 seguridad durante su cumbre en San Salvador.",
                "kind = multilateral\nstatus = held\ncity = San Salvador",
            ),
        ],
    );
}

/// A group's title may reach its organisation through its members, counted or not ("the
/// presidents of the member states of the African Union", "los presidentes de los países
/// miembros del Mercosur").
#[test]
fn a_group_named_through_the_organisations_members_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "The presidents of the member states of the African Union will meet in Addis \
                 Ababa on Friday.",
                "kind = multilateral\nstatus = planned\nprincipals = - | presidents of the \
                 member states of the African Union | African Union",
            ),
            (
                "en",
                "On Monday, the leaders of the ten member countries of ASEAN met in Jakarta.",
                "kind = multilateral\nprincipals ~ ASEAN",
            ),
            (
                "es",
                "Los ministros de Economía de los países miembros del Mercosur se reunieron el \
                 lunes en Asunción.",
                "kind = ministerial\nprincipals ~ Mercosur",
            ),
            (
                "en",
                "The presidents of the member states of the African Union condemned the coup.",
                NO_MEETING,
            ),
        ],
    );
}

/// A part of the world's leaders or ministers meet as a group too: its adjective before the
/// title in English, after it in Spanish; the group has no country. Not in a clause about
/// another meeting ("In 2023, African leaders met here", a speaker recalls), and not when
/// nothing meets or the meeting is only wished for.
#[test]
fn a_group_of_a_part_of_the_worlds_leaders_meets() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "African heads of state met in Addis Ababa on Saturday to discuss the conflict \
                 in Sudan.",
                "kind = multilateral\nprincipals = - | African heads of state | -\nsummary ~ \
                 African heads of state met in Addis Ababa",
            ),
            (
                "en",
                "Latin American presidents will hold a summit in Bogotá on 20/3 on migration.",
                "kind = multilateral\nstatus = planned\nprincipals = - | Latin American \
                 presidents | -",
            ),
            (
                "en",
                "On Friday, Nordic prime ministers met in Reykjavik for their annual summit.",
                "kind = multilateral\nprincipals ~ Nordic prime ministers",
            ),
            (
                "en",
                "African leaders condemned the coup on Saturday.",
                NO_MEETING,
            ),
            (
                "en",
                "President Amos Kariuki spoke at the university on Tuesday. \"In 2023, African \
                 leaders met in this city,\" he said.",
                NO_MEETING,
            ),
            (
                "es",
                "Los jefes de Estado africanos se reunieron el sábado en Adís Abeba para abordar \
                 el conflicto en Sudán.",
                "kind = multilateral\nprincipals = - | jefes de Estado africanos | -\nsummary ~ \
                 Los jefes de Estado africanos se reunieron en Adís Abeba",
            ),
            (
                "es",
                "Los cancilleres sudamericanos celebrarán una reunión el 20 de marzo en Quito.",
                "kind = ministerial\nstatus = planned",
            ),
            (
                "es",
                "El presidente de Brasil, Marcos Lima, abogó este martes por la celebración de \
                 una cumbre de presidentes sudamericanos.",
                NO_MEETING,
            ),
        ],
    );
}
