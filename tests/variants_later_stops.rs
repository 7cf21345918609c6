//! A journey after an adverb of what came after ("Modi later travelled to Marseille", "Modi
//! viajó luego a Marsella") is another stop of the trip: its place is not the meeting's. A
//! journey for the talks themselves ("arrived in Paris for talks with X") still places them.
//! Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_later_stop_is_not_the_meetings_place() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "French President Paul Martin met Indian Prime Minister Ravi Rao on Monday. Rao \
                 later travelled to Marseille.",
                "kind = bilateral\ncity = ",
            ),
            (
                "French President Paul Martin hosted Indian Prime Minister Ravi Rao at the Elysee \
                 Palace on Monday. Rao then flew to Lyon.",
                "venue = Elysee Palace\ncity = ",
            ),
            (
                "Indian Prime Minister Ravi Rao arrived in Paris on Monday for talks with French \
                 President Paul Martin.",
                "city = Paris",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "El presidente de Francia, Paul Martin, se reunió este lunes con el primer ministro \
             indio, Ravi Rao. Rao viajó luego a Marsella.",
            "kind = bilateral\ncity = ",
        )],
    );
}

/// A meeting reported after the first reports on another day of the week and in another
/// country is another stop of the same trip: its people are not the meeting's ("X met Y in
/// Amman on Sunday. X met Z in Riyadh on Saturday.", "…, where he met W on Saturday"). On the
/// same day, or in the same country, it stays the meeting's.
#[test]
fn a_meeting_on_another_day_elsewhere_is_another_stop() {
    let met = "French Foreign Minister Anne Roux met Jordanian Foreign Minister Omar Haddad in \
               Amman on Sunday.";
    let met_es = "La canciller francesa, Anne Roux, se reunió este domingo en Amán con su homólogo \
                  jordano, Omar Haddad.";
    let rows = [
        (
            "en",
            format!("{met} Roux met Saudi Foreign Minister Faisal Nasser in Riyadh on Saturday."),
            "principals !~ Faisal Nasser\ncity = Amman",
        ),
        (
            "en",
            format!(
                "{met} Roux arrived from Cairo, where she met Egyptian President Karim Adel on Saturday."
            ),
            "principals !~ Karim Adel",
        ),
        (
            "en",
            format!(
                "{met} On Monday, Roux will meet Saudi Foreign Minister Faisal Nasser in Riyadh."
            ),
            "principals !~ Faisal Nasser",
        ),
        (
            "es",
            format!(
                "{met_es} El sábado, Roux se había reunido en Riad con el canciller saudí, Faisal Nasser."
            ),
            "principals !~ Faisal Nasser\ncity = Amán",
        ),
        (
            "en",
            format!("{met} Roux met Saudi Foreign Minister Faisal Nasser in Amman on Saturday."),
            "principals ~ Faisal Nasser",
        ),
        (
            "en",
            format!(
                "{met} Saudi Foreign Minister Faisal Nasser joined the talks in Amman on Sunday."
            ),
            "principals ~ Faisal Nasser",
        ),
    ];
    for (lang, text, expected) in &rows {
        check_rows(lang, PUBLISHED, "", &[(text.as_str(), *expected)]);
    }
}

/// A journey to a place of another country on another day, to meet someone there ("will fly
/// to Abu Dhabi on Monday to meet X", "flew … for talks with X", "viajará el martes a Varsovia
/// para entrevistarse con X"), is a later stop of the trip: whoever is met there is no
/// principal of the meeting first reported.
#[test]
fn a_journey_to_meet_someone_elsewhere_is_a_later_stop() {
    let lead_en = "Japanese Prime Minister Kenji Mori met Saudi Crown Prince Faisal bin Saad in Riyadh on Sunday. ";
    let lead_es = "El presidente del Gobierno español, Luis Prado, se reunió este lunes en Berlín con el canciller alemán, Karl Vogt. ";
    let riyadh = "principals = Kenji Mori | Prime Minister | Japan; Faisal bin Saad | Crown Prince | Saudi Arabia";
    check_rows(
        "en",
        PUBLISHED,
        lead_en,
        &[
            (
                "Mori will fly to Abu Dhabi on Monday to meet UAE President Zayed bin Omar.",
                riyadh,
            ),
            (
                "Mori flew to Abu Dhabi on Monday to meet UAE President Zayed bin Omar.",
                riyadh,
            ),
            (
                "Mori is due to travel to Abu Dhabi on Tuesday for talks with UAE President Zayed bin Omar.",
                riyadh,
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        lead_es,
        &[(
            "El martes Prado viajará a Varsovia para entrevistarse con el primer ministro polaco, Jan Nowak.",
            "principals = Luis Prado | Presidente del Gobierno | Spain; Karl Vogt | Canciller | Germany",
        )],
    );
}
