//! Rules of the cast and the place that no corpus article exercised when a size pass switched
//! them off: the sides listed after a meeting noun, a host named in apposition, a group of
//! leaders listed by country, a lead sentence that lists the attendees, the subject after a verb
//! of meeting or attending, and the country of a dateline's unknown place. Each row fails with
//! its rule switched off. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2026-03-10 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2026-03-10", "", table);
}

/// The two principals of the Estonian-Latvian rows, with their titles as written in English.
const TAMM_OZOLS: &str = "Karl Tamm | President | Estonia; Janis Ozols | Prime Minister | Latvia";

/// The two principals of the Estonian-Latvian rows, with their titles as written in Spanish.
const TAMM_OZOLS_ES: &str =
    "Karl Tamm | Presidente | Estonia; Janis Ozols | Primer ministro | Latvia";

/// "Present at the summit were A, President of X, and B, …", "the summit brought together A
/// and B", "the talks included A (X) and B (Y)": after a meeting noun, a copula or a verb of
/// membership opens the list of the sides (`listed_after` in the meeting-noun arm of
/// `sides_of_trigger`), with their appositions, brackets or possessives, in any tense.
#[test]
fn sides_listed_after_a_meeting_noun() {
    let both = format!("kind = bilateral\nprincipals = {TAMM_OZOLS}\ncountries = Estonia; Latvia");
    let both_lower = "kind = bilateral
                      principals = Karl Tamm | President | Estonia; Janis Ozols | Prime minister | Latvia
                      countries = Estonia; Latvia";
    check_rows(
        "en",
        &[
            (
                "Present at the summit were Karl Tamm, President of Estonia, and Janis Ozols, \
                 Prime Minister of Latvia.",
                &both,
            ),
            (
                "The summit brought together Estonian President Karl Tamm and Latvian Prime \
                 Minister Janis Ozols.",
                &both,
            ),
            (
                "The talks in Tartu on Tuesday included President Karl Tamm (Estonia) and Prime \
                 Minister Janis Ozols (Latvia).",
                &both,
            ),
            (
                "The border summit will bring together President Karl Tamm of Estonia and Prime \
                 Minister Janis Ozols of Latvia.",
                &both,
            ),
            (
                "Tuesday's talks comprised Karl Tamm, Estonia's president, and Janis Ozols, \
                 Latvia's prime minister.",
                both_lower,
            ),
            (
                "The Baltic summit in Valmiera has brought together Estonia's Karl Tamm and \
                 Latvia's Janis Ozols.",
                "kind = bilateral
                 principals = Karl Tamm | - | Estonia; Janis Ozols | - | Latvia",
            ),
        ],
    );
}

/// "The host of the summit, President X, met …", "el anfitrión de la cumbre, el presidente X":
/// a host title a few words before the comma of an apposition makes its person the one who
/// receives (the apposed host in `receives`), so a host named without a country takes the
/// country of the meeting's place, which becomes the host country.
#[test]
fn a_host_named_in_apposition() {
    check_rows(
        "en",
        &[
            (
                "The host of the summit, President Karl Tamm, met Prime Minister Janis Ozols of \
                 Latvia in Tallinn on Tuesday.",
                "principals = Karl Tamm | President | Estonia; Janis Ozols | Prime Minister | Latvia
                 countries = Estonia; Latvia
                 country = Estonia",
            ),
            (
                "The host of the talks, President Karl Tamm, met Prime Minister Janis Ozols of \
                 Latvia in Tartu on Tuesday.",
                "principals = Karl Tamm | President | Estonia; Janis Ozols | Prime Minister | Latvia
                 countries = Estonia; Latvia",
            ),
            (
                "The host of Friday's talks, Prime Minister Rasa Vaitkute, will meet President \
                 Karl Tamm of Estonia in Vilnius.",
                "principals = Rasa Vaitkute | Prime Minister | Lithuania; Karl Tamm | President | Estonia
                 countries = Lithuania; Estonia",
            ),
            (
                "The host of the meeting, President Karl Tamm, has been meeting Prime Minister \
                 Janis Ozols of Latvia in Tallinn.",
                "principals = Karl Tamm | President | Estonia; Janis Ozols | Prime Minister | Latvia
                 countries = Estonia; Latvia",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El anfitrión de la cumbre, el presidente Karl Tamm, se reunió el martes en \
                 Tallin con el primer ministro de Letonia, Janis Ozols.",
                "principals = Karl Tamm | Presidente | Estonia; Janis Ozols | Primer ministro | Latvia
                 countries = Estonia; Latvia",
            ),
            (
                "El anfitrión del encuentro, el primer ministro Janis Ozols, conversó el martes \
                 en Riga con el presidente de Estonia, Karl Tamm.",
                "principals = Janis Ozols | Primer ministro | Latvia; Karl Tamm | Presidente | Estonia
                 countries = Latvia; Estonia",
            ),
            (
                "La anfitriona de la cita, la presidenta Rasa Vaitkute, se reunirá en Vilna con \
                 el presidente de Estonia, Karl Tamm.",
                "principals = Rasa Vaitkute | Presidenta | Lithuania; Karl Tamm | Presidente | Estonia
                 countries = Lithuania; Estonia",
            ),
        ],
    );
}

/// "At a summit of the leaders of A, B, C and D", "en una cumbre de los presidentes de A, B,
/// C y D": a group of leaders ("leaders", "presidents", "heads", "mandatarios") followed by a
/// list of three countries or more (the group listed in `many_of`) makes the meeting
/// multilateral, though the lead sentence names only two of its leaders.
#[test]
fn a_group_of_leaders_listed_by_country() {
    check_rows(
        "en",
        &[
            (
                "President Karl Tamm of Estonia met Prime Minister Janis Ozols of Latvia at a \
                 summit of the leaders of Estonia, Latvia, Lithuania and Poland in Riga on \
                 Tuesday.",
                &format!("kind = multilateral\nprincipals = {TAMM_OZOLS}"),
            ),
            (
                "Estonian President Karl Tamm and Latvian Prime Minister Janis Ozols held talks \
                 on Tuesday at a gathering of the presidents of Estonia, Latvia, Lithuania and \
                 Finland.",
                &format!("kind = multilateral\nprincipals = {TAMM_OZOLS}"),
            ),
            (
                "A meeting of the heads of Estonia, Latvia and Lithuania will bring Estonian \
                 President Karl Tamm and Latvian Prime Minister Janis Ozols to Riga next week.",
                &format!("kind = multilateral\nprincipals = {TAMM_OZOLS}"),
            ),
            (
                "Karl Tamm, Estonia's president, spoke with Janis Ozols, Latvia's prime \
                 minister, at the summit of the leaders of Estonia, Latvia and Lithuania in \
                 Riga.",
                "kind = multilateral
                 principals = Karl Tamm | President | Estonia; Janis Ozols | Prime minister | Latvia",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente de Estonia, Karl Tamm, se reunió el martes en Riga con el primer \
                 ministro de Letonia, Janis Ozols, en una cumbre de los presidentes de Estonia, \
                 Letonia, Lituania y Polonia.",
                &format!("kind = multilateral\nprincipals = {TAMM_OZOLS_ES}"),
            ),
            (
                "Karl Tamm, presidente de Estonia, y Janis Ozols, primer ministro de Letonia, \
                 conversaron en la reunión de los mandatarios de Estonia, Letonia y Lituania.",
                &format!("kind = multilateral\nprincipals = {TAMM_OZOLS_ES}"),
            ),
        ],
    );
}

/// "The Baltic summit opened in Riga. Those present included A and B.": when the only sentence
/// naming people at the meeting lists its attendees ("those present included", "present were",
/// "estuvieron presentes"), it anchors the cast (the pass of `lead_sentence` that lets a
/// listing sentence lead), and the people it lists meet.
#[test]
fn a_sentence_listing_the_attendees_leads() {
    let both = format!("kind = bilateral\nprincipals = {TAMM_OZOLS}\ncountries = Estonia; Latvia");
    check_rows(
        "en",
        &[
            (
                "The Baltic summit opened in Riga on Tuesday. Those present included President \
                 Karl Tamm of Estonia and Prime Minister Janis Ozols of Latvia.",
                &both,
            ),
            (
                "The talks were held in Riga on Tuesday. Present were Estonian President Karl \
                 Tamm and Latvian Prime Minister Janis Ozols.",
                &both,
            ),
            (
                "A summit took place in Riga on Tuesday. Among those present were Karl Tamm, \
                 President of Estonia, and Janis Ozols, Prime Minister of Latvia.",
                &both,
            ),
            (
                "The talks in Riga lasted two hours. Also present were Estonian President Karl \
                 Tamm and Latvian Prime Minister Janis Ozols.",
                &both,
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "La cumbre se celebró el martes en Riga. Estuvieron presentes el presidente de \
             Estonia, Karl Tamm, y el primer ministro de Letonia, Janis Ozols.",
            &format!("kind = bilateral\nprincipals = {TAMM_OZOLS_ES}\ncountries = Estonia; Latvia"),
        )],
    );
}

/// "Asistieron a la cumbre A, presidente de X, y B, …", "se reunirán el próximo martes en
/// Tallin A y B": with no side before it, a verb of meeting or attending has for its subject
/// the list of two countries' people after it, with appositions, brackets or a semicolon
/// (`subject_after` in the verb arm of `sides_of_trigger`), in past, perfect or future.
#[test]
fn the_subject_after_a_verb_of_meeting() {
    let both =
        format!("kind = bilateral\nprincipals = {TAMM_OZOLS_ES}\ncountries = Estonia; Latvia");
    check_rows(
        "es",
        &[
            (
                "Asistieron a la cumbre Karl Tamm, presidente de Estonia, y Janis Ozols, primer \
                 ministro de Letonia.",
                &both,
            ),
            (
                "Se reunieron el martes en Riga Karl Tamm, presidente de Estonia, y Janis Ozols, \
                 primer ministro de Letonia.",
                &both,
            ),
            (
                "Asistirán a la cumbre del próximo martes Karl Tamm (Estonia) y Janis Ozols \
                 (Letonia).",
                "kind = bilateral
                 principals = Karl Tamm | - | Estonia; Janis Ozols | - | Latvia",
            ),
            (
                "Se reunirán el próximo martes en Tallin Karl Tamm, presidente de Estonia, y \
                 Janis Ozols, primer ministro de Letonia.",
                &both,
            ),
            (
                "Participaron en la cumbre Karl Tamm, presidente de Estonia, y Janis Ozols, \
                 primer ministro de Letonia.",
                &both,
            ),
            (
                "Asistieron a la reunión Karl Tamm, presidente de Estonia; Janis Ozols, primer \
                 ministro de Letonia, y Rasa Vaitkute, presidenta de Lituania.",
                "kind = multilateral
                 principals = Karl Tamm | Presidente | Estonia; Janis Ozols | Primer ministro | Latvia; Rasa Vaitkute | Presidenta | Lithuania",
            ),
            (
                "Se reunieron ayer Karl Tamm, el presidente estonio, y Janis Ozols, el primer \
                 ministro letón.",
                &both,
            ),
        ],
    );
}

/// "VALKLA, Estonia — …": a dateline naming, before its dash or colon, a place the tables do
/// not know and then a country gives the meeting's country when nothing else does
/// (`dateline_place_country`); the unknown place is no city.
#[test]
fn the_country_of_a_datelines_unknown_place() {
    check_rows(
        "en",
        &[
            (
                "VALKLA, Estonia — President Karl Tamm of Estonia met Prime Minister Janis Ozols \
                 of Latvia on Tuesday.",
                "principals = Karl Tamm | President | Estonia; Janis Ozols | Prime Minister | Latvia
                 city =
                 country = Estonia",
            ),
            (
                "KOSE, Estonia — Estonian President Karl Tamm and Latvian Prime Minister Janis \
                 Ozols held talks on Tuesday.",
                "kind = bilateral\ncity =\ncountry = Estonia",
            ),
            (
                "VALKLA, Estonia: President Karl Tamm will host Prime Minister Janis Ozols of \
                 Latvia on Friday.",
                "kind = bilateral\ncity =\ncountry = Estonia",
            ),
            (
                "ZELVA, Lithuania – Lithuanian President Rasa Vaitkute and Polish President Jan \
                 Nowak met on Monday to discuss the border.",
                "principals = Rasa Vaitkute | President | Lithuania; Jan Nowak | President | Poland
                 country = Lithuania",
            ),
            (
                "RUJIENA, Latvia — Prime Minister Janis Ozols of Latvia will hold talks with \
                 President Karl Tamm of Estonia next week.",
                "kind = bilateral\ncountry = Latvia",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "ZELVA, Lituania — La presidenta lituana, Rasa Vaitkute, y el presidente polaco, \
                 Jan Nowak, se reunieron el lunes.",
                "principals = Rasa Vaitkute | Presidenta | Lithuania; Jan Nowak | Presidente | Poland
                 country = Lithuania",
            ),
            (
                "RUJIENA, Letonia: El primer ministro letón, Janis Ozols, mantendrá \
                 conversaciones con el presidente de Estonia, Karl Tamm, la próxima semana.",
                "kind = bilateral\ncountry = Latvia",
            ),
        ],
    );
}
