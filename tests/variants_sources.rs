//! Rule-family tests for the sources an article cites: outlets the tables do not know, named
//! beside a noun of their kind, before or after it, in English and Spanish. Every sentence and
//! every outlet name is written for these tests.

mod common;
use common::check_all;

/// "the news agency X", "the X news agency", "la agencia X", "el diario El X": a capitalised
/// name beside an outlet noun is an outlet; a country, a city or a common word there is not.
#[test]
fn outlets_the_tables_do_not_know() {
    check_all(&[
        (
            "President Ana Ruiz of Peru met President Tomas Vidal of Chile in Lima on Monday, the news agency Andivia reported.",
            "",
            "sources = Andivia",
        ),
        (
            "President Ana Ruiz of Peru will meet President Tomas Vidal of Chile in Lima, according to the Marlow news agency.",
            "",
            "sources = Marlow",
        ),
        (
            "President Ana Ruiz of Peru told the newspaper Coastal Herald that she had met President Tomas Vidal of Chile in Lima.",
            "",
            "sources = Coastal Herald",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, se reunió este lunes en Lima con el presidente de Chile, Tomás Vidal, según la agencia Andivia.",
            "",
            "sources = Andivia",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, abordaron la pesca, informó el diario El Faro del Sur.",
            "",
            "sources = El Faro del Sur",
        ),
        (
            "El presidente de Chile, Tomás Vidal, dijo a la cadena Telesierra que se reunirá con la presidenta de Perú, Ana Ruiz.",
            "",
            "sources = Telesierra",
        ),
        (
            "Prime Minister Lena Moss of Norway and Prime Minister Olli Rant of Finland met in Oslo on Friday, the broadcaster Voice of Tarsis reported.",
            "",
            "sources = Voice of Tarsis",
        ),
        // A country's or a city's name beside the noun is whose the outlet is, not its name.
        (
            "President Ana Ruiz of Peru met President Tomas Vidal of Chile in Lima on Monday, Chilean television reported.",
            "",
            "sources =",
        ),
        (
            "President Ana Ruiz of Peru met President Tomas Vidal of Chile on Monday, Lima radio station reported.",
            "",
            "sources =",
        ),
    ]);
}

/// Spanish writes the adjectives of an outlet after its noun, before its name ("la agencia
/// estatal angoleña X", "el diario chileno X"), and a name may stand in quotation marks of any
/// kind ("el diario 'X'", "el periódico «X»", the newspaper "X"). A noun with its adjectives
/// and no name after them names no outlet.
#[test]
fn outlets_named_after_their_adjectives_or_in_quotation_marks() {
    check_all(&[
        (
            "La presidenta de Perú, Ana Ruiz, se reunió este lunes en Lima con el presidente de Chile, Tomás Vidal, según la agencia estatal Novapress.",
            "",
            "sources = Novapress",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, se reunirán el jueves, informó la agencia oficial boliviana Prensa Altiplano.",
            "",
            "sources = Prensa Altiplano",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, abordaron la pesca, según declaraciones recogidas por el diario paraguayo 'Voz del Chaco'.",
            "",
            "sources = Voz del Chaco",
        ),
        (
            "El presidente de Chile, Tomás Vidal, dijo al periódico «El Heraldo Austral» que se reunirá con la presidenta de Perú, Ana Ruiz.",
            "",
            "sources = El Heraldo Austral",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, se reunió con el presidente de Chile, Tomás Vidal, según la televisión pública chilena Canal Andino.",
            "",
            "sources = Canal Andino",
        ),
        (
            "President Ana Ruiz of Peru told the newspaper \"Coastal Herald\" that she had met President Tomas Vidal of Chile in Lima.",
            "",
            "sources = Coastal Herald",
        ),
        (
            "El presidente de Chile, Tomás Vidal, dijo a la televisión estatal venezolana que se reunirá con la presidenta de Perú, Ana Ruiz.",
            "",
            "sources =",
        ),
        (
            "El presidente de Chile, Tomás Vidal, dijo al diario chileno «que se reunirá» con la presidenta de Perú, Ana Ruiz.",
            "",
            "sources =",
        ),
    ]);
}

/// The Spanish-language press is in the outlets table as the English-language press is: a
/// reader of a Spanish article sees the newspapers and broadcasters it cites by name, and the
/// common words some of them are named after ("el mundo", "el tiempo") cite nothing.
#[test]
fn the_spanish_language_press_by_name() {
    check_all(&[
        (
            "El presidente de Chile, Tomás Vidal, se reunió este lunes con la presidenta de Perú, Ana Ruiz, según Infobae.",
            "",
            "sources = Infobae",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, dijo a El Mercurio que verá al presidente de Chile, Tomás Vidal, y lo repitió en Cadena SER.",
            "",
            "sources = El Mercurio; Cadena SER",
        ),
        (
            "President Ana Ruiz of Peru met President Tomas Vidal of Chile in Lima on Monday, La Jornada reported, citing teleSUR.",
            "",
            "sources = La Jornada; teleSUR",
        ),
        (
            "El presidente de Chile, Tomás Vidal, se reunió con la presidenta de Perú, Ana Ruiz. El mundo mira la cumbre. El tiempo apremia, dijo Vidal.",
            "",
            "sources =",
        ),
    ]);
}

/// "canal" names a broadcaster or a waterway: an outlet only where it reports or is told
/// something ("dijo al canal X", "informó el canal X"); "el dragado del canal X" cites nothing.
#[test]
fn a_channel_is_an_outlet_only_where_it_reports() {
    check_all(&[
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, abordaron el dragado del canal Pacora.",
            "",
            "sources =",
        ),
        (
            "El presidente de Chile, Tomás Vidal, dijo al canal Telesierra que se reunirá con la presidenta de Perú, Ana Ruiz.",
            "",
            "sources = Telesierra",
        ),
        (
            "La presidenta de Perú, Ana Ruiz, y el presidente de Chile, Tomás Vidal, abordaron la pesca, informó el canal Telesierra.",
            "",
            "sources = Telesierra",
        ),
    ]);
}
