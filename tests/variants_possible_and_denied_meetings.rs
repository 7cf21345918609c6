//! A meeting a modal verb makes possible ("may meet", "might hold talks", "could meet",
//! "podría reunirse") is still to come, never held, but a meeting only named possible ("a
//! possible meeting", "un posible encuentro") is none the text reports; a meeting verb denied through its
//! auxiliaries ("has not met", "have never met", "no se ha reunido") or a meeting noun denied by
//! its determiner ("No meeting between A and B is planned", "ninguna reunión") reports no
//! meeting, while a side staying away ("will not attend") or a result denied ("no agreement")
//! leaves the meeting as it is. Every sentence here is written by the team; the names are
//! invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

#[test]
fn a_possible_meeting_is_still_to_come() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber may meet Czech Prime Minister Jan Novak on Friday.",
                "status = planned\ndate = on Friday = 2026-03-13\nsummary ~ will meet",
            ),
            (
                "Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak could meet in \
                 Vienna, officials said on Monday.",
                "status = planned\ncity = Vienna\nsummary !~ met",
            ),
            (
                "Austrian Chancellor Lena Huber might hold talks with Czech Prime Minister Jan \
                 Novak next week.",
                "status = planned",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak on Monday. The \
                 two could not agree on transit fees.",
                "status = held\ndate = on Monday = 2026-03-09",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La canciller de Austria, Lena Huber, podría reunirse el viernes con el primer \
             ministro checo, Jan Novak.",
            "status = planned\ndate ~ 2026-03-13",
        )],
    );
}

#[test]
fn a_denied_meeting_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber has not met Czech Prime Minister Jan Novak.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak have never met.",
                "kind = other",
            ),
            // Ruled out, whatever date follows.
            (
                "Austrian Chancellor Lena Huber ruled out meeting Czech Prime Minister Jan Novak \
                 during her trip to Prague next week.",
                "kind = other",
            ),
            (
                "No meeting between Austrian Chancellor Lena Huber and Czech Prime Minister Jan \
                 Novak is planned, a spokesman said.",
                "kind = other",
            ),
            (
                "There is no meeting planned between Austrian Chancellor Lena Huber and Czech \
                 Prime Minister Jan Novak.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Vienna on \
                 Monday. No agreement was reached on transit fees.",
                "kind = bilateral\nstatus = held",
            ),
            (
                "Leaders of Austria, Czechia and Slovakia will meet in Vienna on Friday. Slovak \
                 Prime Minister Peter Horvat will not attend.",
                "kind = multilateral\nstatus = planned",
            ),
            // Not planned, or denied, whatever date it names: the date is the one denied.
            (
                "A meeting between Austrian Chancellor Lena Huber and Czech Prime Minister Jan \
                 Novak is not planned for the summit in July.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber denied on Tuesday that she would meet Czech Prime \
                 Minister Jan Novak in Prague next week.",
                "kind = other",
            ),
            (
                "The chancellery denied that Austrian Chancellor Lena Huber had met Czech Prime \
                 Minister Jan Novak.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller de Austria, Lena Huber, no se ha reunido con el primer ministro \
                 checo, Jan Novak.",
                "kind = other",
            ),
            (
                "La canciller de Austria, Lena Huber, y el primer ministro checo, Jan Novak, nunca \
                 se han reunido.",
                "kind = other",
            ),
            (
                "No está prevista ninguna reunión entre la canciller de Austria, Lena Huber, y el \
                 primer ministro checo, Jan Novak.",
                "kind = other",
            ),
            (
                "La canciller de Austria, Lena Huber, descartó reunirse con el primer ministro \
                 checo, Jan Novak, durante su viaje a Praga previsto para la próxima semana.",
                "kind = other",
            ),
            (
                "No está prevista ninguna reunión entre la canciller de Austria, Lena Huber, y el \
                 primer ministro checo, Jan Novak, en la cumbre de julio.",
                "kind = other",
            ),
            (
                "La canciller de Austria, Lena Huber, negó este martes que vaya a reunirse con el \
                 primer ministro checo, Jan Novak, durante su viaje a Praga.",
                "kind = other",
            ),
            (
                "El Gobierno checo desmintió que el primer ministro Jan Novak se hubiera reunido en \
                 secreto con la canciller de Austria, Lena Huber.",
                "kind = other",
            ),
        ],
    );
}

/// A meeting only named possible ("a possible meeting", "a potential summit", "un posible
/// encuentro", "una eventual reunión") is not one the text reports: asked about, or weighed,
/// it is neither held nor planned.
#[test]
fn a_meeting_named_possible_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Asked about a possible meeting between Austrian Chancellor Lena Huber and Czech \
                 Prime Minister Jan Novak, a spokesman said there were no concrete plans.",
                "kind = other",
            ),
            (
                "Aides to Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak were \
                 weighing a potential summit in Vienna next month.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Preguntado por un posible encuentro entre la canciller de Austria, Lena Huber, y \
                 el primer ministro checo, Jan Novak, el portavoz dijo que no hay planes concretos.",
                "kind = other",
            ),
            (
                "Los asesores de la canciller austriaca, Lena Huber, estudian una eventual reunión \
                 con el primer ministro checo, Jan Novak, en Viena.",
                "kind = other",
            ),
        ],
    );
}

/// A meeting one side is only open to ("remained open to dialogue", "está abierto al diálogo")
/// or meetings counted ("met Kim three times", "se han reunido tres veces") report no meeting;
/// a count in a relative clause leaves its main clause's meeting.
#[test]
fn readiness_and_counted_meetings_are_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Press Secretary Ana Lind said Washington remained open to dialogue with Havana.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak three times \
                 during her first term.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak, who have met \
                 three times, held talks in Vienna on Monday.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Venezuela, Luis Mora, dijo que está abierto al diálogo con Estados \
                 Unidos.",
                "kind = other",
            ),
            (
                "La canciller de Austria, Lena Huber, y el primer ministro checo, Jan Novak, se han \
                 reunido tres veces.",
                "kind = other",
            ),
        ],
    );
}

/// A meeting denied in other ways than its own verb: its existence denied ("no hubo reunión
/// entre A y B", "there will not be a summit"), a meeting noun a verb of denying governs
/// ("denied a meeting between A and B"), a meeting avoided or refused in any tense ("avoided
/// meeting X", "will refuse to meet X", "evitó reunirse"), one gone without ("left without
/// meeting X", "sin reunirse"), one that did not come about ("no se concretó") and one with no
/// date set.
#[test]
fn a_meeting_denied_by_its_existence_avoidance_or_lack_is_no_meeting() {
    let no_meeting = "kind = other";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "There will not be a summit between Austrian Chancellor Lena Huber and Czech Prime \
                 Minister Jan Novak this year.",
                no_meeting,
            ),
            (
                "Vienna denied on Monday a meeting between Austrian Chancellor Lena Huber and Czech \
                 Prime Minister Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber avoided meeting Czech Prime Minister Jan Novak at \
                 the border.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber will refuse to meet Czech Prime Minister Jan Novak \
                 in Prague.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber left Prague on Friday without meeting Czech Prime \
                 Minister Jan Novak.",
                no_meeting,
            ),
            (
                "No date has been set for a meeting between Austrian Chancellor Lena Huber and \
                 Czech Prime Minister Jan Novak.",
                no_meeting,
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "No hubo reunión entre la canciller austriaca, Lena Huber, y el primer ministro \
                 checo, Jan Novak.",
                no_meeting,
            ),
            (
                "Finalmente no habrá cumbre entre la canciller austriaca, Lena Huber, y el primer \
                 ministro checo, Jan Novak, confirmó Viena.",
                no_meeting,
            ),
            (
                "El Gobierno austriaco desmiente una reunión entre la canciller Lena Huber y el \
                 primer ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, eludió reunirse con el primer ministro checo, \
                 Jan Novak.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, viajó a Praga sin reunirse con el primer \
                 ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "La reunión entre la canciller austriaca, Lena Huber, y el primer ministro checo, \
                 Jan Novak, finalmente no se concretó.",
                no_meeting,
            ),
        ],
    );
    // A meeting held stays held beside a denial of something else.
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La canciller austriaca, Lena Huber, se reunió este lunes en Viena con el primer \
             ministro checo, Jan Novak. Novak dijo que sin acuerdo no hay diálogo posible con \
             la oposición.",
            "kind = bilateral
             status = held",
        )],
    );
}

/// A meeting only supposed: in a past that did not come about ("would have met", "could have
/// held talks", "podría haberse reunido"), in a condition ("if A and B were to meet", "si A y B
/// se reunieran"), or depending on one ("would meet X only if …", "solo si"). A condition
/// after a meeting reported, about something else, leaves it held.
#[test]
fn a_supposed_meeting_is_no_meeting() {
    let no_meeting = "kind = other";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber would have met Czech Prime Minister Jan Novak in \
                 Brno on Monday had her flight not been grounded.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber could have held talks with Czech Prime Minister Jan \
                 Novak last week.",
                no_meeting,
            ),
            (
                "If Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak were to meet \
                 this spring, the agenda would be long.",
                no_meeting,
            ),
            (
                "If Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak, they would \
                 discuss the motorway.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber said she would meet Czech Prime Minister Jan Novak \
                 only if Prague dropped its claim.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Brno on \
                 Monday and said trade would grow if the border stayed open.",
                "kind = bilateral
                 status = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller austriaca, Lena Huber, podría haberse reunido el lunes en Brno con el \
                 primer ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "Si la canciller austriaca, Lena Huber, y el primer ministro checo, Jan Novak, se \
                 reunieran esta primavera, la agenda sería larga.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, aseguró que se reunirá con el primer ministro \
                 checo, Jan Novak, solo si Praga retira su demanda.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, se reunió el lunes en Brno con el primer \
                 ministro checo, Jan Novak, y dijo que el comercio crecerá si la frontera sigue \
                 abierta.",
                "kind = bilateral
                 status = held",
            ),
        ],
    );
}

/// A meeting verb in the conditional, as wire copy reports what sources say ("se reuniría con
/// X", "mantendría un encuentro", "recibiría a X"; English "would meet"), is a meeting to come,
/// never one held; a noun that ends as the conditional does ("la cancillería") changes nothing.
#[test]
fn a_meeting_in_the_conditional_is_to_come() {
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller austriaca, Lena Huber, se reuniría con el primer ministro checo, Jan \
                 Novak, en Brno, según fuentes diplomáticas.",
                "kind = bilateral
                 status = planned",
            ),
            (
                "La canciller austriaca, Lena Huber, mantendría el lunes un encuentro con el primer \
                 ministro checo, Jan Novak.",
                "status = planned
                 date = el lunes = 2026-03-16",
            ),
            (
                "El primer ministro checo, Jan Novak, recibiría el próximo jueves en Praga a la \
                 canciller austriaca, Lena Huber.",
                "status = planned
                 date = el próximo jueves = 2026-03-12",
            ),
            (
                "La canciller austriaca, Lena Huber, y el primer ministro checo, Jan Novak, \
                 celebrarían una cumbre en Viena en mayo, según la prensa checa.",
                "status = planned",
            ),
            (
                "La canciller austriaca, Lena Huber, se reunió el lunes con el primer ministro \
                 checo, Jan Novak, en la cancillería.",
                "status = held
                 date = el lunes = 2026-03-09",
            ),
        ],
    );
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[(
            "Austrian Chancellor Lena Huber would meet Czech Prime Minister Jan Novak on Thursday, \
             diplomats said.",
            "status = planned
             date = on Thursday = 2026-03-12",
        )],
    );
}

/// A meeting said to be unneeded, pointless or not intended is none ("sees no need for talks
/// with X", "has no intention of meeting X", "no point in meeting X", "nothing to discuss with
/// X", "no tiene intención de reunirse con X", "no hay necesidad de una reunión"), and so is
/// one only not ruled out ("did not rule out meeting X", "no descarta reunirse"), whatever
/// date follows; a need stated for talks held is not denied.
#[test]
fn a_meeting_said_unneeded_or_unintended_is_no_meeting() {
    let no_meeting = "kind = other";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber sees no need for talks with Czech Prime Minister \
                 Jan Novak this month.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber has no intention of meeting Czech Prime Minister \
                 Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber said there was no point in meeting Czech Prime \
                 Minister Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber said she had nothing to discuss with Czech Prime \
                 Minister Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber did not rule out meeting Czech Prime Minister Jan \
                 Novak next month.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Brno on \
                 Monday and stressed the need for closer ties.",
                "kind = bilateral",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller austriaca, Lena Huber, no tiene intención de reunirse con el primer \
                 ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "No hay necesidad de una reunión entre la canciller austriaca, Lena Huber, y el \
                 primer ministro checo, Jan Novak, dijo Viena.",
                no_meeting,
            ),
            // Not ruled out is only possible.
            (
                "La canciller austriaca, Lena Huber, no descarta reunirse con el primer ministro \
                 checo, Jan Novak.",
                no_meeting,
            ),
        ],
    );
}

/// A need or wish denied by a negative determiner, or by a negation and its verb, denies the
/// meeting it governs, with quotes around it or a word between ("had no interest in meeting",
/// "no desire for a summit", "no ve «ninguna necesidad» de reunirse", "sin ningún interés en
/// volver a reunirse"); a need denied for something else after a meeting held leaves it held.
#[test]
fn a_need_or_wish_denied_is_no_meeting() {
    let no_meeting = "kind = other";
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber said she had no interest in meeting Czech Prime \
                 Minister Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber has shown no desire for a summit with Czech Prime \
                 Minister Jan Novak before the election.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber sees \"no need\" to hold talks with Czech Prime \
                 Minister Jan Novak.",
                no_meeting,
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Brno on \
                 Monday and said there was no need for a new treaty.",
                "kind = bilateral",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller austriaca, Lena Huber, afirmó que no ve «ninguna necesidad» de \
                 reunirse con el primer ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, dijo que no tiene ningún interés en volver a \
                 reunirse con el primer ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, no tiene planes de viajar a Praga para una \
                 cumbre con el primer ministro checo, Jan Novak.",
                no_meeting,
            ),
            (
                "La canciller austriaca, Lena Huber, se reunió el lunes en Brno con el primer \
                 ministro checo, Jan Novak, y dijo que no hay necesidad de un nuevo tratado.",
                "kind = bilateral",
            ),
        ],
    );
}

/// A clause a verb does not assert is no meeting of the article's: one denied ("denied that"),
/// doubted ("doubt that", "dudan de que"), ruled out ("descartan que") or supposed ("imagine
/// that", "supongamos que"), whatever tense or date it has; "es poco probable que" denies its
/// possibility. The same verbs with a meeting reported beside them leave it as it is.
#[test]
fn a_meeting_in_a_clause_not_asserted_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Analysts doubt that Austrian Chancellor Lena Huber and Czech Prime Minister Jan \
                 Novak will meet before the election.",
                "kind = other",
            ),
            (
                "Imagine that Austrian Chancellor Lena Huber sat down with Czech Prime Minister \
                 Jan Novak in Brno last spring.",
                "kind = other",
            ),
            (
                "Suppose that Austrian Chancellor Lena Huber and Czech Prime Minister Jan Novak \
                 held talks on Friday.",
                "kind = other",
            ),
            (
                "Imagine, for a moment, that Austrian Chancellor Lena Huber and Czech Prime \
                 Minister Jan Novak met in Brno.",
                "kind = other",
            ),
            (
                "Diplomats have ruled out that Austrian Chancellor Lena Huber would meet Czech \
                 Prime Minister Jan Novak in Vienna.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Vienna on \
                 Monday. Analysts doubt that the transit deal will last.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Los analistas dudan de que la canciller austriaca, Lena Huber, y el primer \
                 ministro checo, Jan Novak, se reúnan antes de las elecciones.",
                "kind = other",
            ),
            (
                "Fuentes diplomáticas descartan que la canciller austriaca, Lena Huber, se reúna \
                 con el primer ministro checo, Jan Novak, en Viena.",
                "kind = other",
            ),
            (
                "Supongamos que la canciller austriaca, Lena Huber, y el primer ministro checo, \
                 Jan Novak, se reunieran en Brno el próximo verano.",
                "kind = other",
            ),
            (
                "Es poco probable que la canciller austriaca, Lena Huber, se reúna con el primer \
                 ministro checo, Jan Novak, este año.",
                "kind = other",
            ),
            (
                "La canciller austriaca, Lena Huber, se reunió este lunes en Viena con el primer \
                 ministro checo, Jan Novak. Los analistas dudan de que el acuerdo dure.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
}

/// A clause a noun of chance governs is no meeting of the article's either: "the chance
/// that", "the odds that", "la posibilidad de que", whatever the measure of the chance; a
/// meeting reported beside it stays.
#[test]
fn a_meeting_given_a_chance_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Bookmakers put the chance that Austrian Chancellor Lena Huber will meet Czech \
                 Prime Minister Jan Novak this year at one in five.",
                "kind = other",
            ),
            (
                "There is a real possibility that Austrian Chancellor Lena Huber and Czech Prime \
                 Minister Jan Novak will hold talks in June, diplomats said.",
                "kind = other",
            ),
            (
                "The odds that Austrian Chancellor Lena Huber meets Czech Prime Minister Jan \
                 Novak before the vote have lengthened.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Vienna on \
                 Monday, raising the chances that the transit deal will pass.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Los analistas ven escasa la posibilidad de que la canciller austriaca, Lena \
                 Huber, se reúna este año con el primer ministro checo, Jan Novak.",
                "kind = other",
            ),
            (
                "Crece la probabilidad de que la canciller austriaca, Lena Huber, y el primer \
                 ministro checo, Jan Novak, se reúnan en junio en Brno.",
                "kind = other",
            ),
        ],
    );
}

/// A meeting a verb of denying takes for object, or through what is said of it ("denies
/// report of phone call between …", "dismissed rumours of a secret meeting", "desmintió una
/// llamada telefónica entre …", "negó las informaciones sobre una reunión"), is no meeting of
/// the article's; a meeting beside a denial of something else stays.
#[test]
fn a_meeting_denied_as_an_object_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austria denies report of phone call between Austrian and Czech leaders.",
                "kind = other",
            ),
            (
                "Vienna dismissed rumours of a secret meeting between Austrian Chancellor Lena \
                 Huber and Czech Prime Minister Jan Novak.",
                "kind = other",
            ),
            (
                "The chancellery has denied claims of talks between Austrian Chancellor Lena Huber \
                 and Czech Prime Minister Jan Novak.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber denied the charges during talks with Czech Prime \
                 Minister Jan Novak in Vienna on Monday.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Austria desmintió una llamada telefónica entre la canciller austriaca, Lena Huber, \
                 y el primer ministro checo, Jan Novak.",
                "kind = other",
            ),
            (
                "La cancillería negó las informaciones sobre una reunión entre la canciller \
                 austriaca, Lena Huber, y el primer ministro checo, Jan Novak.",
                "kind = other",
            ),
        ],
    );
}

/// A need or a plan denied with a word of degree before the noun ("has no immediate plans to
/// meet", "sees no urgent need to meet", "no tiene planes inmediatos de reunirse") denies the
/// meeting it governs, as "no plans to meet" does.
#[test]
fn a_plan_denied_with_a_qualifier_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber has no immediate plans to meet Czech Prime \
                 Minister Jan Novak.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber sees no urgent need to hold talks with Czech Prime \
                 Minister Jan Novak.",
                "kind = other",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "La canciller austriaca, Lena Huber, no tiene planes inmediatos de reunirse con el \
             primer ministro checo, Jan Novak.",
            "kind = other",
        )],
    );
}

/// A delegation denied by its determiner ("ninguna delegación", "no delegation") or as the
/// object of a verb denied ("will not send a delegation", "no enviará una delegación") attends
/// nothing; a meeting reported beside it stays.
#[test]
fn a_delegation_denied_attends_nothing() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Austrian Chancellor Lena Huber will not travel to Prague, and her government \
                 will not send a delegation.",
                "kind = other",
            ),
            (
                "Austria will send no delegation to the inauguration of Czech President Jan \
                 Novak in Prague.",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Vienna on \
                 Monday. Novak did not bring a large delegation.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "La canciller austriaca, Lena Huber, no viajará a Praga y su Gobierno no enviará \
                 ninguna delegación.",
                "kind = other",
            ),
            (
                "El Gobierno austriaco no enviará una delegación a la toma de posesión del \
                 presidente checo, Jan Novak, en Praga.",
                "kind = other",
            ),
        ],
    );
}

/// A question reports no meeting ("Will A meet B this year?", "¿Se reunirá A con B?"); a
/// meeting reported beside it stays.
#[test]
fn a_question_reports_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Will Austrian Chancellor Lena Huber meet Czech Prime Minister Jan Novak this \
                 year?",
                "kind = other",
            ),
            (
                "Austrian Chancellor Lena Huber met Czech Prime Minister Jan Novak in Vienna on \
                 Monday. What will their next meeting bring?",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[(
            "¿Se reunirá la canciller austriaca, Lena Huber, con el primer ministro checo, Jan \
             Novak, este año?",
            "kind = other",
        )],
    );
}

/// A meeting denied by "there will be no …" stays denied past an aside between the verb and
/// the noun ("No habrá, por ahora, un encuentro", "There won't be, at least for now, a
/// meeting"), and one called unlikely stays unlikely after any copula ("remains unlikely",
/// "seems unlikely", "looks unlikely"); a copula of another clause leaves a meeting held.
#[test]
fn a_meeting_denied_past_an_aside_or_after_a_copula() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "There won't be, at least for now, a meeting between the presidents of Chile and \
                 Peru.",
                "kind = other",
            ),
            (
                "There will not be, officials said, a summit of the Austrian and Czech leaders \
                 this year.",
                "kind = other",
            ),
            (
                "A meeting between the Austrian and Czech leaders remains unlikely.",
                "kind = other",
            ),
            (
                "Talks between Chancellor Lena Huber and Prime Minister Jan Novak seem unlikely \
                 before the election.",
                "kind = other",
            ),
            (
                "A summit of the Chilean and Peruvian presidents looked unlikely last week.",
                "kind = other",
            ),
            (
                "Chancellor Lena Huber of Austria and Prime Minister Jan Novak of the Czech \
                 Republic met in Vienna on Monday. The border remains unlikely to reopen soon.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "No habrá, por ahora, un encuentro entre los presidentes de Chile y Perú.",
                "kind = other",
            ),
            (
                "No hay, según fuentes oficiales, una reunión prevista entre la canciller \
                 austriaca, Lena Huber, y el primer ministro checo, Jan Novak.",
                "kind = other",
            ),
            (
                "Una cumbre entre los presidentes de Chile y Perú sigue siendo improbable.",
                "kind = other",
            ),
        ],
    );
}
