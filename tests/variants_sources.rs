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
