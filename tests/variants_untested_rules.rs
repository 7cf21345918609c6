//! Rules that no article of the corpus and no other test exercised: a size pass switched each
//! off and saw nothing change. These rows pin each rule with sentences of its construction, so
//! that the next pass can tell a redundant rule from an untested one: the person named as the
//! doer of a wish ("wants his counterpart to lift X"), a lone day before "and" and a verb ("on
//! the 4th and discussed"), a refusal whose object is followed by a place preposition
//! ("rejected it at the summit"), "is … taking place", a press conference ("conferencia de
//! prensa") that is no meeting, bracketed photo credits, the comma that ends the search back
//! from an attendance word, and the new line that ends the search for what "attend" names.
//! Every sentence is written by the team; the names and places are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{
    AGENDA_MEETING_EN as MEETING_EN, NO_MEETING, check_after, check_lang_rows, check_rows,
};

/// "wants [person] to [verb] X": a person named (by a description or a bare surname) between
/// the interest verb and "to" is the doer of the wish, not part of it; the wish is the object of
/// the infinitive after them, in any tense, with a list, a description by country, or an
/// attribution after it. (`wish_start`, the person mention followed by the infinitive's marker.)
#[test]
fn the_person_asked_to_act_is_no_part_of_the_wish() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner wants the Slovak premier to lift the tariffs on steel.",
                "interests = Austria: lift the tariffs on steel (-)",
            ),
            (
                "Brenner wants his Slovak counterpart to lift the tariffs on steel.",
                "interests = Austria: lift the tariffs on steel (-)",
            ),
            (
                "Kral wanted the Austrian chancellor to reopen the border crossings.",
                "interests = Slovakia: reopen the border crossings (-)",
            ),
            (
                "Brenner wants the Slovak prime minister to lift the ban on Austrian dairy, an \
                 aide said.",
                "interests ~ Austria: lift the ban on Austrian dairy\ninterests !~ prime minister",
            ),
            (
                "Brenner would like his counterpart to sign the rail freight pact and the water \
                 accord.",
                "interests = Austria: sign the rail freight pact, water accord (-)",
            ),
            (
                "Brenner wants Kral to lift the tariffs on steel.",
                "interests = Austria: lift the tariffs on steel (-)",
            ),
            (
                "Brenner wants the premier of Slovakia to lift the tariffs on steel.",
                "interests = Austria: lift the tariffs on steel (-)",
            ),
        ],
    );
}

/// A day of the month alone before "and" and a word that is no number closes its phrase: the
/// day of a meeting whose clause goes on ("met on the 4th and discussed X", "el lunes 2 y
/// acordaron"), after a weekday or an article, in the past or the future; a number after "and"
/// makes a range with a month ("on 12 and 13 June"), read from its first day. (`lone_day`, the
/// copulative conjunction not followed by a day that shares a month with the first.)
#[test]
fn a_lone_day_before_and_and_a_verb_dates_the_meeting() {
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral met in Graz \
                 on Monday the 2nd and agreed to reopen the border crossings.",
                "date = on Monday the 2nd = 2026-03-02\nstatus = held",
            ),
            (
                "Austrian Chancellor Otto Brenner met Slovak Prime Minister Ivo Kral in Graz on \
                 the 4th and discussed river tolls.",
                "date = on the 4th = 2026-03-04\nstatus = held",
            ),
            (
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral met in Graz \
                 on Thursday 5 and signed a rail freight pact.",
                "date = on Thursday 5 = 2026-03-05",
            ),
            (
                "Austrian Chancellor Otto Brenner will meet Slovak Prime Minister Ivo Kral in \
                 Graz on the 24th and will discuss river tolls.",
                "date = on the 24th = 2026-03-24\nstatus = planned",
            ),
            (
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral will meet in \
                 Graz on Tuesday 17 and sign the water accord.",
                "date = on Tuesday 17 = 2026-03-17\nstatus = planned",
            ),
            (
                "Austrian Chancellor Otto Brenner met Slovak Prime Minister Ivo Kral on the 3rd \
                 and then flew on to Bratislava.",
                "date = on the 3rd = 2026-03-03",
            ),
            (
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral will meet in \
                 Graz on 12 and 13 June.",
                "date = 12 and 13 June = 2026-06-12",
            ),
        ],
    );
    check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián \
                 Saavedra, se reunieron en Quito el lunes 2 y acordaron reabrir el paso \
                 fronterizo.",
                "date = el lunes 2 = 2026-03-02\nstatus = held",
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, se reunió con su homólogo de Ecuador, \
                 Julián Saavedra, el día 4 y firmaron un acuerdo de comercio.",
                "date = el día 4 = 2026-03-04",
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián \
                 Saavedra, se reunirán el martes 17 y firmarán el acuerdo de aguas.",
                "date = el martes 17 = 2026-03-17\nstatus = planned",
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián \
                 Saavedra, se reunieron en Quito el 2 y 3 de marzo.",
                "date = 2 y 3 de marzo = 2026-03-02",
            ),
        ],
    );
}

/// A verb of refusal whose object is a pronoun and whose next word is a place preposition
/// ("rejected it at the summit with X", "la rechazó en la cumbre"): what is refused is the
/// object, and the meeting after the preposition is where it was refused, held, not a meeting
/// refused; in the past, in a relative-clause sentence, in Spanish with a clitic or a
/// demonstrative. (`not_held_construction`, the place preposition that ends the search for
/// the refused meeting.)
#[test]
fn a_refusal_at_a_meeting_refuses_no_meeting() {
    check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Slovak Prime Minister Ivo Kral rejected it at the summit with Austrian \
                 Chancellor Otto Brenner in Graz on Monday.",
                "kind = bilateral\nstatus = held\nprincipals ~ Ivo Kral\nprincipals ~ Otto Brenner",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral refused it at a summit with Austrian Chancellor \
                 Otto Brenner in Graz on Monday.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral rejected them at talks with Austrian Chancellor \
                 Otto Brenner in Graz on Monday.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner rebuffed him at a meeting with Slovak Prime \
                 Minister Ivo Kral in Graz on Monday.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral, who had backed the toll, declined it at a \
                 meeting with Austrian Chancellor Otto Brenner in Graz on Monday.",
                "kind = bilateral\nstatus = held\nprincipals ~ Ivo Kral",
            ),
            (
                "es",
                "El presidente de Colombia, Andrés Caicedo, la rechazó en la cumbre con su \
                 homólogo de Ecuador, Julián Saavedra, el lunes en Quito.",
                "kind = bilateral\nstatus = held\nprincipals ~ Julián Saavedra",
            ),
            (
                "es",
                "El presidente de Colombia, Andrés Caicedo, rechazó eso en la reunión con su \
                 homólogo de Ecuador, Julián Saavedra, el lunes en Quito.",
                "kind = bilateral\nstatus = held\ncity = Quito",
            ),
        ],
    );
}

/// "is … taking place": the auxiliary and the progressive verb together tell of a meeting under
/// way, with an adverb between them or none, the place before or after. (`status`, the
/// `ongoing_marker` values 1 and 2 together.)
#[test]
fn a_meeting_that_is_taking_place_is_ongoing() {
    check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "The summit of Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo \
                 Kral is taking place in Graz.",
                "status = ongoing\nkind = bilateral",
            ),
            (
                "A meeting between Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo \
                 Kral is currently taking place in Graz.",
                "status = ongoing",
            ),
            (
                "The meeting of Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo \
                 Kral is now taking place behind closed doors in Graz.",
                "status = ongoing",
            ),
            (
                "In Graz, a summit of Austrian Chancellor Otto Brenner and Slovak Prime Minister \
                 Ivo Kral is taking place.",
                "status = ongoing\ncity = Graz",
            ),
            (
                "The summit of Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo \
                 Kral is still taking place in Graz.",
                "status = ongoing",
            ),
        ],
    );
}

/// "una conferencia de prensa": a meeting noun whose genitive is the press names an event for
/// the press, which one side holds or attends alone; a leader offering or attending one, in any
/// tense, with another country or leader named in the sentence, meets no one. (`for_the_press`,
/// the media word after the genitive link.)
#[test]
fn a_conferencia_de_prensa_is_no_meeting() {
    check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                "El presidente de Colombia, Andrés Caicedo, ofreció el lunes una conferencia de \
                 prensa en Bogotá sobre el acuerdo de aguas con Ecuador.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, ofreció el martes una conferencia de \
                 prensa en Cali sobre la frontera con Venezuela.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, ofreció ayer una conferencia de \
                 prensa en Bogotá sobre el comercio con Ecuador.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, asistió a una conferencia de prensa \
                 del canciller ecuatoriano en Quito.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, asistió el lunes a una conferencia de \
                 prensa del canciller peruano, Iván Rojas, en Lima.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, asistirá el viernes a una conferencia \
                 de prensa del canciller ecuatoriano en Quito.",
                NO_MEETING,
            ),
            (
                "El presidente de Colombia, Andrés Caicedo, asiste hoy a una conferencia de \
                 prensa del ministro ecuatoriano de Energía en Quito.",
                NO_MEETING,
            ),
            (
                "La canciller de Ecuador, Marta Lozano, y el presidente de Colombia, Andrés \
                 Caicedo, asistieron a una conferencia de prensa en Quito.",
                NO_MEETING,
            ),
        ],
    );
}

/// A line ending in a bracketed credit ("[File: Pool/AFP]", "[Lena Maier/Reuters]",
/// "[Archivo: AFP]") is a photo caption: a leader it shows meeting someone else is no side of
/// the meeting the text reports, whether the caption comes first or between paragraphs.
/// (`is_caption`, the credit in brackets at the end of the sentence.)
#[test]
fn a_leader_in_a_bracketed_caption_is_no_side() {
    const REPORT_EN: &str =
        "Austrian Chancellor Otto Brenner met Slovak Prime Minister Ivo Kral in Graz on Monday.";
    let caption_first = format!(
        "Chancellor Otto Brenner meets Prime Minister Gabor Toth of Hungary in Graz [File: \
         Pool/AFP]\n\n{REPORT_EN}"
    );
    let caption_between = format!(
        "{REPORT_EN}\n\nBrenner meets Hungarian Prime Minister Gabor Toth in Graz on Monday \
         [Lena Maier/Reuters]\n\nThe two leaders discussed river tolls."
    );
    let greets = format!(
        "Hungarian President Gabor Toth greets Austrian Chancellor Otto Brenner in Budapest \
         [AFP]\n\n{REPORT_EN}"
    );
    let file = "Austrian Chancellor Otto Brenner will meet Slovak Prime Minister Ivo Kral in \
                Graz on Thursday.\n\nBrenner meets Hungarian President Gabor Toth, right, in \
                Vienna [File: Reuters]\n\nThe two leaders will discuss river tolls.";
    let handout = format!(
        "Chancellor Otto Brenner shakes hands with Hungarian President Gabor Toth in Vienna \
         [Handout via Reuters]\n\n{REPORT_EN}"
    );
    let photo = format!(
        "Brenner and Hungarian President Gabor Toth meet in Vienna in 2024 [Photo: Lena \
         Maier/Pool]\n\n{REPORT_EN}"
    );
    let bilateral = "kind = bilateral\nprincipals ~ Otto Brenner\nprincipals ~ Ivo Kral\n\
                     principals !~ Toth\nmembers !~ Toth";
    let spanish_between = "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, \
                           Julián Saavedra, se reunieron el lunes en Quito.\n\nCaicedo se reúne \
                           con el presidente de Perú, Iván Rojas, en Lima [Archivo: AFP]\n\n\
                           Ambos hablaron del comercio.";
    let spanish_first = "El presidente de Colombia, Andrés Caicedo, saluda al presidente de Perú, \
                         Iván Rojas, en Lima [Foto: Reuters]\n\nEl presidente de Colombia, Andrés \
                         Caicedo, y su homólogo de Ecuador, Julián Saavedra, se reunieron el lunes \
                         en Quito.";
    let spanish = "kind = bilateral\nprincipals ~ Julián Saavedra\nprincipals !~ Rojas";
    check_lang_rows(
        "2026-03-10",
        &[
            ("en", &caption_first, bilateral),
            ("en", &caption_between, bilateral),
            ("en", &greets, bilateral),
            ("en", file, &format!("{bilateral}\nstatus = planned")),
            ("en", &handout, bilateral),
            ("en", &photo, bilateral),
            ("es", spanish_between, spanish),
            ("es", spanish_first, spanish),
        ],
    );
}

/// A word of attendance is a gathering of one side's own people only up to its own comma: "After
/// the business forum, Brenner and Kral attended a dinner" reports the two leaders at a dinner,
/// not the forum's attendance; with other adjuncts, one side's bodies, verbs of attendance,
/// and in Spanish with the body after the noun ("el foro empresarial"). (`attends_own_people`,
/// the punctuation that ends the search back from the attendance word.)
#[test]
fn a_gathering_of_own_people_before_a_comma_is_not_what_is_attended() {
    const LEAD_EN: &str = "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral were in Graz on Monday.";
    const LEAD_ES: &str = "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, \
                           Julián Saavedra, estuvieron el lunes en Quito.";
    let held_en = "kind = bilateral\nstatus = held\ndate = on Monday = 2026-03-09\n\
                   principals ~ Ivo Kral";
    check_rows(
        "en",
        "2026-03-10",
        LEAD_EN,
        &[
            (
                "After the business forum, Brenner and Kral attended a dinner.",
                held_en,
            ),
            (
                "Before the investors summit, Kral and Brenner attended a working lunch.",
                held_en,
            ),
            (
                "Apart from the business forum, Brenner and Kral took part in a dinner.",
                held_en,
            ),
            (
                "After a cabinet meeting, Brenner and Kral attended a dinner.",
                held_en,
            ),
            (
                "Once the business summit ended, Brenner and Kral attended a dinner.",
                held_en,
            ),
            (
                "After the business forum, Kral attended a dinner with Brenner.",
                held_en,
            ),
        ],
    );
    let held_es = "kind = bilateral\nstatus = held\ndate = el lunes = 2026-03-09\n\
                   principals ~ Julián Saavedra";
    check_rows(
        "es",
        "2026-03-10",
        LEAD_ES,
        &[
            (
                "Tras el foro empresarial, Caicedo y Saavedra asistieron a una cena.",
                held_es,
            ),
            (
                "Después del encuentro empresarial, Caicedo y Saavedra participaron en un \
                 almuerzo.",
                held_es,
            ),
        ],
    );
}

/// A headline ending in "attend" ("X and Y will attend", "asistirán") names nothing after it:
/// the dateline or byline on the next line is no object of the verb, so the headline reports
/// the meeting its body dates; in the future, the past, the progressive, with "to attend", and
/// in Spanish. (`attends_something_else`, the new line that ends the search for the object.)
#[test]
fn attend_at_the_end_of_a_headline_names_nothing_on_the_next_line() {
    check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral will \
                 attend\nGraz, March 9 (AFP) - The two leaders will meet on Thursday.",
                "kind = bilateral\nstatus = planned\ndate = on Thursday = 2026-03-12\ncity = Graz",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral to \
                 attend\nGraz, March 9 (Reuters) - The two leaders will meet on Thursday.",
                "kind = bilateral\nstatus = planned\ndate = on Thursday = 2026-03-12",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral and Austrian Chancellor Otto Brenner will \
                 attend\nLena Maier in Graz\n\nThe two leaders will meet on Thursday.",
                "kind = bilateral\nstatus = planned\nprincipals ~ Ivo Kral",
            ),
            (
                "en",
                "Slovak Prime Minister Ivo Kral and Austrian Chancellor Otto Brenner \
                 attended\nGraz, March 9 (AFP) - The two leaders met on Monday.",
                "kind = bilateral\nstatus = held\ndate = on Monday = 2026-03-09",
            ),
            (
                "en",
                "Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral are \
                 attending\nGraz, March 10 (AFP) - The two leaders are meeting today.",
                "kind = bilateral\nstatus = ongoing\ndate = today = 2026-03-10",
            ),
            (
                "en",
                "Both Austrian Chancellor Otto Brenner and Slovak Prime Minister Ivo Kral will \
                 attend\nGraz, March 9 (AFP) - The two leaders will hold talks on Thursday.",
                "kind = bilateral\nstatus = planned",
            ),
            (
                "es",
                "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián \
                 Saavedra, asistirán\nQuito, 9 mar (EFE).- Los dos presidentes se reunirán el \
                 jueves.",
                "kind = bilateral\nstatus = planned\ndate = el jueves = 2026-03-12",
            ),
            (
                "es",
                "El presidente de Colombia, Andrés Caicedo, y su homólogo de Ecuador, Julián \
                 Saavedra, asistieron\nQuito, 9 mar (EFE).- Los dos presidentes se reunieron el \
                 lunes.",
                "kind = bilateral\nstatus = held\ndate = el lunes = 2026-03-09",
            ),
        ],
    );
}
