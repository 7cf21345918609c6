//! Agenda topics named by clauses (issue #12): the subject of a clause after a verb of agreement
//! or stance ("agreed that illegal fishing posed a threat", "coincidieron en que la pesca ilegal
//! amenaza la región"). Every sentence is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// The meetings every row reports first, in English and in Spanish.
const MEETING_EN: &str =
    "President Tovan Marsk of Norland met Prime Minister Elia Varn of Ostria in Tarvik on Monday.";
const MEETING_ES: &str = "El presidente chileno, Tomás Riera, se reunió el lunes en Santiago con \
                          su homólogo peruano, Andrés Quiroga.";

fn check_en(table: &[(&str, &str)]) {
    common::check_rows("", "2023-09-13", MEETING_EN, table);
}

fn check_es(table: &[(&str, &str)]) {
    common::check_rows("es", "2023-04-14", MEETING_ES, table);
}

/// The subject of the clause a verb of agreement takes is its topic, in any tense
/// or modality of the clause's verb; a pronoun, a person or a side is none.
#[test]
fn the_subject_of_an_agreed_clause_is_a_topic() {
    check_en(&[
        (
            "The leaders agreed that illegal fishing posed a threat to the region.",
            "agenda = illegal fishing",
        ),
        (
            "They decided that the dam project remained vital.",
            "agenda = dam project",
        ),
        (
            "The two sides agreed that river pollution is a shared concern.",
            "agenda = river pollution",
        ),
        (
            "The ministers concluded that barge traffic would grow.",
            "agenda = barge traffic",
        ),
        (
            "Both leaders recognised that the security of the dams remains a priority.",
            "agenda = security of the dams",
        ),
        (
            "Marsk concurred that grain exports had suffered.",
            "agenda = grain exports",
        ),
        ("They agreed that they faced a long winter.", "agenda ="),
        (
            "Marsk agreed that Varn remained a close friend.",
            "agenda =",
        ),
        ("Varn recognised that his government was ready.", "agenda ="),
    ]);
    check_es(&[
        (
            "Coincidieron en que la pesca ilegal amenaza la región.",
            "agenda = pesca ilegal",
        ),
        (
            "Convinieron en que el proyecto de la represa es vital.",
            "agenda = proyecto de la represa",
        ),
        (
            "Acordaron que la cooperación fluvial ha crecido.",
            "agenda = cooperación fluvial",
        ),
        (
            "Reconocieron que el comercio de granos será clave.",
            "agenda = comercio de granos",
        ),
        (
            "Riera reconoció que conversaron durante una hora.",
            "agenda =",
        ),
    ]);
}

/// A plural passive keeps every item of a subject joined by "and" and an article; a singular
/// one, or an item with a verb of its own, keeps the last.
#[test]
fn a_plural_passive_keeps_every_coordinated_subject() {
    check_en(&[
        (
            "Barge tolls and the new river port were discussed.",
            "agenda = barge tolls; new river port",
        ),
        (
            "Flood relief, barge tolls and the canal dredging were reviewed.",
            "agenda = flood relief; barge tolls; canal dredging",
        ),
        (
            "The talks ended and the need to cut grain tariffs was stressed.",
            "agenda = grain tariffs",
        ),
    ]);
    check_es(&[
        (
            "El comercio fluvial y la seguridad de las represas serán debatidos.",
            "agenda = comercio fluvial; seguridad de las represas",
        ),
        (
            "El turismo rural y la seguridad de las represas fueron debatidos.",
            "agenda = turismo rural; seguridad de las represas",
        ),
        (
            "Las tarifas fluviales y los peajes del canal son analizados.",
            "agenda = tarifas fluviales; peajes del canal",
        ),
        (
            "El comercio de granos y la seguridad fronteriza serán debatidos.",
            "agenda = comercio de granos; seguridad fronteriza",
        ),
        (
            "Los presidentes llegaron y los peajes fueron debatidos.",
            "agenda = peajes",
        ),
    ]);
}

/// An infinitive after a side's name says what the side is to do: that is the topic, not the
/// name and its infinitive ("support for Kyiv to join the alliance"); a phrase that holds more
/// than the name keeps it ("the powers of the Danube Commission").
#[test]
fn an_infinitive_after_a_name_gives_what_the_side_is_to_do() {
    check_en(&[
        (
            "Varn reiterated support for Ostria to join the river council.",
            "agenda = join the river council",
        ),
        (
            "The leaders voiced backing for Norland to join the barge pact.",
            "agenda = join the barge pact",
        ),
        (
            "Both sides will express support for Tarvik to enter the grain union.",
            "agenda = enter the grain union",
        ),
        (
            "Marsk welcomed plans for Ostria to build a new canal.",
            "agenda = new canal",
        ),
        (
            "Marsk reiterated his backing for Tarvik to host the next summit.",
            "agenda =",
        ),
        (
            "They discussed the powers of the Danube Commission to inspect barges.",
            "agenda = powers of the Danube Commission",
        ),
    ]);
}

/// A range of topics after a short relative clause ("temas que van desde X hasta Y"), and the
/// verb of inclusion after a periphrastic future ("la agenda va a incluir X").
#[test]
fn a_range_after_a_relative_and_an_inclusion_after_a_future() {
    check_es(&[
        (
            "Abordaron temas que van desde la pesca ilegal hasta el turismo.",
            "agenda = pesca ilegal; turismo",
        ),
        (
            "Los temas que iban desde la pesca ilegal hasta el turismo rural fueron abordados.",
            "agenda = pesca ilegal; turismo rural",
        ),
        (
            "Conversaron sobre asuntos que irán desde los peajes fluviales hasta la pesca ilegal \
             y el turismo.",
            "agenda = peajes fluviales; pesca ilegal; turismo",
        ),
        (
            "Analizarán cuestiones que abarcan desde el dragado del canal hasta las tarifas \
             portuarias.",
            "agenda = dragado del canal; tarifas portuarias",
        ),
        (
            "La agenda va a incluir la pesca ilegal y el turismo.",
            "agenda = pesca ilegal; turismo",
        ),
        (
            "La agenda de la cumbre iba a incluir los peajes fluviales.",
            "agenda = peajes fluviales",
        ),
        (
            "La agenda bilateral va a incluir el dragado del canal, la pesca ilegal y el turismo \
             rural.",
            "agenda = dragado del canal; pesca ilegal; turismo rural",
        ),
    ]);
    check_en(&[(
        "They will discuss issues that range from barge tolls to canal dredging.",
        "agenda = barge tolls; canal dredging",
    )]);
}
