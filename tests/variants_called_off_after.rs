//! A meeting the text reports as due and then calls off: "X was due to meet Y on Friday, but
//! the meeting was cancelled", "tenía previsto reunirse con Y, pero la reunión no se celebró".
//! The clause that calls it off names it again by its definite article ("the meeting", "the
//! planned talks", "la reunión"), in the same sentence or in the next one after the first
//! report; the meeting is then not held, and the report is the one of no meeting (SCHEMA:
//! summits postponed with no new date are negatives). Every sentence here is written by the
//! team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{NO_MEETING, check_lang_rows};

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_meeting_called_off_after_it_is_reported_is_not_held() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Thai Prime Minister Somchai Rak was due to meet Cambodian Prime Minister Sok \
                 Dara in Phnom Penh on Friday, but the meeting was cancelled after clashes on \
                 the border.",
                NO_MEETING,
            ),
            // Plural subject, "were scheduled to", postponed with no new date.
            (
                "en",
                "Serbian President Marko Ilic and Kosovo Prime Minister Arben Gashi were \
                 scheduled to meet in Brussels on March 20, but the planned talks have been \
                 postponed indefinitely.",
                NO_MEETING,
            ),
            // In the next sentence.
            (
                "en",
                "Thai Prime Minister Somchai Rak was expected to meet Cambodian Prime Minister \
                 Sok Dara in Phnom Penh on Friday. The summit was called off on Thursday.",
                NO_MEETING,
            ),
            (
                "es",
                "La presidenta peruana, Rosa Vidal, tenía previsto reunirse con el presidente \
                 chileno, Tomás Fuentes, en Arica, pero finalmente la reunión no se celebró.",
                NO_MEETING,
            ),
            (
                "es",
                "El presidente argentino, Luis Medina, iba a reunirse el viernes con su \
                 homólogo uruguayo, Pablo Sosa. La cita fue suspendida por el temporal.",
                NO_MEETING,
            ),
        ],
    );
}

#[test]
fn a_meeting_moved_to_a_new_date_or_another_called_off_stays() {
    check_lang_rows(
        PUBLISHED,
        &[
            // A new date: still planned.
            (
                "en",
                "Thai Prime Minister Somchai Rak was due to meet Cambodian Prime Minister Sok \
                 Dara in Phnom Penh on Friday, but the meeting was postponed to March 20.",
                "kind = bilateral\nstatus = planned",
            ),
            // A hope for the talks calls nothing off.
            (
                "en",
                "Thai Prime Minister Somchai Rak met Cambodian Prime Minister Sok Dara in Phnom \
                 Penh on Friday. Rak said he hoped the talks would not be postponed again.",
                "kind = bilateral\nstatus = held",
            ),
            // Another visit of the trip called off, later in the article.
            (
                "en",
                "Thai Prime Minister Somchai Rak met Cambodian Prime Minister Sok Dara in Phnom \
                 Penh on Friday. They discussed border trade. Rak had also been due to visit a \
                 temple in Siem Reap, but the trip was cancelled.",
                "kind = bilateral\nstatus = held\ncity = Phnom Penh",
            ),
        ],
    );
}

/// A meeting cancelled is called off whatever date it was planned for ("the summit planned for
/// Thursday was cancelled", "la reunión que tenía prevista el próximo jueves"), and a meeting
/// suspended keeps its plan only with a new date: the date of the plan, or a time since, is
/// none. A phrase set off after a noun that is no meeting word describes that noun ("la venta
/// de electricidad, suspendida desde enero").
#[test]
fn a_cancelled_meeting_keeps_no_date_of_its_plan() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "The summit between French President Anne Roux and Italian Prime Minister Marco \
                 Bassi planned for Thursday in Rome was cancelled.",
                NO_MEETING,
            ),
            (
                "en",
                "French President Anne Roux has suspended the meeting with Italian Prime Minister \
                 Marco Bassi that was scheduled for next Thursday.",
                NO_MEETING,
            ),
            (
                "en",
                "French President Anne Roux and Italian Prime Minister Marco Bassi met in Rome on \
                 Monday. They discussed electricity sales, suspended since January.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "es",
                "El rey Pablo ha suspendido la reunión que tenía prevista el próximo jueves en \
                 Lisboa con el presidente portugués, Rui Costa.",
                NO_MEETING,
            ),
            (
                "es",
                "Se canceló la cumbre entre el presidente peruano, José Rivas, y su homólogo \
                 boliviano, Luis Arce, prevista para el 15 de marzo en La Paz.",
                NO_MEETING,
            ),
            (
                "es",
                "La Casa Real anunció la suspensión de la visita que el rey Pablo tenía previsto \
                 realizar el 11 de marzo y de una reunión con el presidente chileno, Tomás Vidal.",
                NO_MEETING,
            ),
            (
                "es",
                "La canciller colombiana, Rosa Vélez, y su homóloga ecuatoriana, Ana Mora, se \
                 reunirán el lunes en Quito. La cita abordará la venta de electricidad, \
                 suspendida desde enero.",
                "kind = ministerial\nstatus = planned",
            ),
        ],
    );
}

/// A word of calling off whose genitive names something other than a meeting calls that off,
/// not the meeting ("the talks ended with the postponement of the tariff increase", "concluyó
/// con la suspensión gradual de los gravámenes"); of a meeting noun it calls off the meeting.
#[test]
fn calling_off_something_else_keeps_the_meeting() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "Chilean President Luis Prado met Peruvian President Ana Vidal in Lima on Monday. \
                 The talks ended with the postponement of the tariff increase.",
                "kind = bilateral\nstatus = held\ncity = Lima",
            ),
            (
                "en",
                "The meeting between Chilean President Luis Prado and Peruvian President Ana \
                 Vidal ended in the cancellation of the debt.",
                "kind = bilateral",
            ),
            (
                "en",
                "The summit of Chilean President Luis Prado and Peruvian President Ana Vidal was \
                 put off on Monday, after the cancellation of the talks.",
                NO_MEETING,
            ),
            (
                "es",
                "El presidente de Chile, Luis Prado, y su homóloga peruana, Ana Vidal, se \
                 reunieron el lunes en Lima. La cita concluyó con el aplazamiento de la subida de \
                 aranceles.",
                "kind = bilateral\nstatus = held\ncity = Lima",
            ),
            (
                "es",
                "El presidente de Chile, Luis Prado, y su homóloga peruana, Ana Vidal, se \
                 reunieron el lunes en Lima. El encuentro terminó con la suspensión gradual de \
                 los gravámenes.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
}

/// A plan told in the past ("was to meet", "iba a reunirse") leaves its meeting to come, never
/// held; after a visit or a trip first reported called off, it tells of that meeting, which is
/// then not held.
#[test]
fn a_plan_told_in_the_past_is_no_meeting_held() {
    check_lang_rows(
        PUBLISHED,
        &[
            (
                "en",
                "President Ana Lima was expected to meet Turkish President Kemal Aydin in \
                 Ankara on Friday.",
                "kind = bilateral\nstatus = planned",
            ),
            (
                "en",
                "Foreign ministers Ana Lima of Brazil and Kemal Aydin of Turkey were supposed \
                 to hold talks in Ankara on Friday.",
                "kind = ministerial\nstatus = planned",
            ),
            (
                "en",
                "President Ana Lima was in Ankara on Monday to meet Turkish President Kemal \
                 Aydin.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "en",
                "The meeting was expected to produce a deal. President Ana Lima met Turkish \
                 President Kemal Aydin in Ankara on Friday.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "en",
                "President Ana Lima's visit to Turkey has been suspended. She was to meet \
                 Turkish President Kemal Aydin in Ankara on Friday.",
                NO_MEETING,
            ),
            (
                "en",
                "President Luis Pena cancelled his trip to Lima. He had been due to hold talks \
                 with Peruvian President Ana Soto on 13/3.",
                NO_MEETING,
            ),
            (
                "es",
                "La presidenta brasileña, Ana Lima, debía reunirse el viernes en Ankara con el \
                 presidente turco, Kemal Aydin.",
                "kind = bilateral\nstatus = planned",
            ),
            (
                "es",
                "La visita ha sido suspendida. La mandataria iba a reunirse con el presidente \
                 turco, Kemal Aydin, en Ankara el viernes.",
                NO_MEETING,
            ),
            (
                "es",
                "El presidente Luis Peña canceló su viaje a Lima. Tenía previsto reunirse el \
                 viernes con la presidenta peruana, Ana Soto.",
                NO_MEETING,
            ),
        ],
    );
}
