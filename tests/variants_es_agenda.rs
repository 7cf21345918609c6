//! The agenda, what each side wants, quotations and sources, in Spanish: verbs of talks and
//! their complements (no "to" before an infinitive: "acordaron fortalecer X"), the agenda and
//! where a topic stands on it ("figuran en la agenda", "Entre los temas se encuentran X"),
//! lists ("así como", "e", "entre otros temas", adjectives after their head), wishes ("busca
//! obtener X"), quotations in «», “” and dashes, and sources ("según la agencia EFE",
//! "informó el Kremlin"). Every sentence here is written by the team; the names are invented.

mod common;

/// The meeting every row reports first: two invented presidents, in Santiago.
const MEETING: &str = "El presidente chileno, Tomás Riera, se reunió el lunes en Santiago con su \
                       homólogo peruano, Andrés Quiroga.";

/// Checks each `(text, expected)` row, read as Spanish after `MEETING`, published on
/// 2023-04-14 (see `common::failures`), and reports every row that fails.
fn check_es(table: &[(&str, &str)]) {
    common::check_rows("es", "2023-04-14", MEETING, table);
}

/// Verbs of talks with their object, in every tense and with the list joined by "y", "e" or
/// "así como".
#[test]
fn a_verb_of_talks_names_its_topics() {
    check_es(&[
        (
            "Ambos mandatarios abordaron la minería del cobre y el turismo.",
            "agenda = minería del cobre; turismo",
        ),
        (
            "Los dos presidentes volverán a verse. Abordarán la pesca artesanal e \
             infraestructura portuaria.",
            "agenda = pesca artesanal; infraestructura portuaria",
        ),
        (
            "Los mandatarios analizaron la integración eléctrica, así como el corredor \
             bioceánico.",
            "agenda = integración eléctrica; corredor bioceánico",
        ),
        (
            "Trataron la cooperación aduanera, la pesca artesanal y el turismo.",
            "agenda = cooperación aduanera; pesca artesanal; turismo",
        ),
        (
            "Repasaron el estado de la interconexión eléctrica.",
            "agenda = interconexión eléctrica",
        ),
        (
            "Discutieron la seguridad fronteriza.",
            "agenda = seguridad fronteriza",
        ),
        (
            "Riera abordó con su par peruano, Andrés Quiroga, la reforma aduanera, así como \
             la pesca artesanal.",
            "agenda = reforma aduanera; pesca artesanal",
        ),
    ]);
}

/// Words of talking and their preposition: "conversaron sobre X", "hablaron de X", with
/// words between.
#[test]
fn talking_about_a_topic() {
    check_es(&[
        (
            "Los presidentes conversaron sobre la pesca artesanal y el litio.",
            "agenda = pesca artesanal; litio",
        ),
        (
            "Hablaron durante dos horas de la minería del cobre.",
            "agenda = minería del cobre",
        ),
        (
            "Ambos conversarán mañana sobre la interconexión eléctrica.",
            "agenda ~ interconexión eléctrica",
        ),
        (
            "Riera habló con Quiroga acerca de la pesca artesanal.",
            "agenda = pesca artesanal",
        ),
        (
            "Los dos presidentes hablarán sobre el corredor bioceánico.",
            "agenda = corredor bioceánico",
        ),
        ("Los presidentes hablaron del litio.", "agenda = litio"),
        (
            "Riera hablará después en una rueda de prensa con Quiroga.",
            "agenda !~ prensa",
        ),
    ]);
}

/// Verbs whose topic is an infinitive's object, with no word before the infinitive or with
/// "a": "acordaron fortalecer X", "se comprometieron a impulsar X", "instó a Y a X".
#[test]
fn an_infinitive_after_its_verb() {
    check_es(&[
        (
            "Riera y Quiroga acordaron fortalecer la integración energética.",
            "agenda = integración energética",
        ),
        (
            "Se comprometieron a impulsar el corredor bioceánico.",
            "agenda = corredor bioceánico",
        ),
        (
            "Riera instó a Quiroga a acelerar la interconexión eléctrica.",
            "agenda = interconexión eléctrica",
        ),
        (
            "Acordaron impulsar decididamente la pesca artesanal.",
            "agenda = pesca artesanal",
        ),
        (
            "Los presidentes acordaron el martes ampliar la pesca artesanal.",
            "agenda = pesca artesanal",
        ),
        (
            "Riera subrayó la importancia de enfrentar juntos retos como la sequía.",
            "agenda = sequía",
        ),
        (
            "Riera reafirmó su apoyo a la candidatura peruana a la OCDE.",
            "agenda ~ candidatura peruana",
        ),
        (
            "Firmaron acuerdos en materia de pesca artesanal y minería del cobre.",
            "agenda = pesca artesanal; minería del cobre",
        ),
        (
            "Los presidentes se reunieron con el fin de impulsar la pesca artesanal.",
            "agenda = pesca artesanal",
        ),
        (
            "Riera y Quiroga se reunieron en Santiago a fin de fortalecer la minería del cobre.",
            "agenda = minería del cobre",
        ),
        (
            "Riera y Quiroga discutirán «sobre la pesca artesanal y el litio».",
            "agenda = pesca artesanal; litio",
        ),
    ]);
}

/// The agenda and where a topic stands on it, the subject first or the list after the verb.
#[test]
fn the_agenda_and_what_stands_on_it() {
    check_es(&[
        (
            "La agenda incluye la minería del cobre, la pesca artesanal y el turismo.",
            "agenda = minería del cobre; pesca artesanal; turismo",
        ),
        (
            "La minería del cobre y el litio figuran en la agenda.",
            "agenda = minería del cobre; litio",
        ),
        (
            "En la agenda figuran la pesca artesanal y el turismo.",
            "agenda = pesca artesanal; turismo",
        ),
        (
            "Entre los temas prioritarios se encuentran la minería del cobre y el litio.",
            "agenda = minería del cobre; litio",
        ),
        (
            "Entre los asuntos que abordarán figuran el turismo y la pesca artesanal.",
            "agenda = turismo; pesca artesanal",
        ),
    ]);
}

/// Lists: pointing heads ("temas como X", "aspectos relacionados con X"), adjectives after
/// their head, and the unnamed rest ("entre otros temas") closing the list.
#[test]
fn lists_of_topics() {
    check_es(&[
        (
            "Abordaron asuntos sanitarios, educativos y deportivos.",
            "agenda = asuntos sanitarios, educativos y deportivos",
        ),
        (
            "Los presidentes analizaron la cooperación sanitaria y educativa.",
            "agenda = cooperación sanitaria y educativa",
        ),
        (
            "Los presidentes analizaron temas como la pesca artesanal, el litio y el turismo.",
            "agenda = pesca artesanal; litio; turismo",
        ),
        (
            "Abordaron la pesca, el litio y la infraestructura, entre otros temas.",
            "agenda = pesca; litio; infraestructura",
        ),
        (
            "Se abordaron aspectos relacionados con la minería y la pesca.",
            "agenda = minería; pesca",
        ),
        (
            "Los presidentes firmaron convenios en diversos temas como salud, pesca y \
             turismo, entre otros.",
            "agenda = salud; pesca; turismo",
        ),
        (
            "Ambos gobiernos colaborarán en temas tales como la minería del cobre y el litio.",
            "agenda = minería del cobre; litio",
        ),
        (
            "Ambos sostendrán un encuentro en el que abordarán temas vinculados a la pesca, \
             minería, turismo y aduanas.",
            "agenda = pesca; minería; turismo; aduanas",
        ),
        (
            "Trataron la pesca, el desarrollo sanitario y educativo, el litio y el turismo.",
            "agenda = pesca; desarrollo sanitario y educativo; litio; turismo",
        ),
        (
            "Se espera que los presidentes aborden la reforma aduanera y el litio.",
            "agenda = reforma aduanera; litio",
        ),
        (
            "Los presidentes pasaron revista a la interconexión eléctrica.",
            "agenda = interconexión eléctrica",
        ),
    ]);
}

/// What a side wants: the verb of wanting, maybe an infinitive after it with no word before.
#[test]
fn what_each_side_wants() {
    check_es(&[
        (
            "Chile busca atraer inversiones peruanas.",
            "interests = Chile: atraer inversiones peruanas (-)",
        ),
        (
            "Quiroga quiere un acuerdo de pesca.",
            "interests = Peru: acuerdo de pesca (-)",
        ),
        (
            "Perú espera obtener cobre y litio.",
            "interests = Peru: obtener cobre y litio (-)",
        ),
        (
            "Riera busca inversiones en energía solar.",
            "interests = Chile: inversiones en energía solar (-)",
        ),
        (
            "El Gobierno peruano quiere más turismo chileno.",
            "interests ~ turismo chileno",
        ),
        (
            "Perú quiere subrayar así su liderazgo pesquero, especialmente en el Pacífico sur.",
            "interests = Peru: liderazgo pesquero (-)",
        ),
        (
            "Chile desea recuperar la confianza de los inversores.",
            "interests = Chile: confianza de los inversores (-)",
        ),
    ]);
}

/// Quotations in «», “” and dialogue dashes, the speaker after ("afirmó Riera", "dijo el
/// presidente peruano") or before ("Quiroga declaró:").
#[test]
fn quotations_and_who_said_them() {
    check_es(&[
        (
            "«Es un día histórico para nuestros pueblos», afirmó Riera.",
            "quotes = Tomás Riera: Es un día histórico para nuestros pueblos",
        ),
        (
            "“Hemos acordado una hoja de ruta”, dijo el presidente peruano.",
            "quotes = Andrés Quiroga: Hemos acordado una hoja de ruta",
        ),
        (
            "Quiroga declaró: «Perú y Chile comparten el mismo océano».",
            "quotes = Andrés Quiroga: Perú y Chile comparten el mismo océano",
        ),
        (
            "\n—Este acuerdo abre una nueva etapa —dijo Quiroga.",
            "quotes = Andrés Quiroga: Este acuerdo abre una nueva etapa",
        ),
        (
            "«Nuestra amistad es muy antigua», aseguró Quiroga a la prensa.",
            "quotes = Andrés Quiroga: Nuestra amistad es muy antigua",
        ),
        (
            "\n—Ya lo veremos —respondió.\n—No hay prisa.",
            "quotes !~ No hay prisa",
        ),
        (
            "Quiroga habló con la prensa. «Hemos avanzado mucho en la pesca», señaló.",
            "quotes = Andrés Quiroga: Hemos avanzado mucho en la pesca",
        ),
    ]);
}

/// Sources: "según", "de acuerdo con", the verb before its subject, the agent of "citado por".
#[test]
fn sources_of_a_report() {
    check_es(&[
        (
            "Según la agencia EFE, los presidentes abordaron la pesca.",
            "sources = EFE",
        ),
        (
            "Los presidentes abordaron la pesca, informó el Kremlin.",
            "sources = Kremlin\nagenda = pesca",
        ),
        (
            "De acuerdo con Interfax, los presidentes analizaron el litio.",
            "sources = Interfax",
        ),
        (
            "Los presidentes trataron el litio, informó la agencia Reuters.",
            "sources = Reuters\nagenda = litio",
        ),
        (
            "Las declaraciones fueron citadas por la agencia Xinhua.",
            "sources = Xinhua",
        ),
        (
            "Según la Casa Blanca, Riera abordará el litio.",
            "sources = Casa Blanca",
        ),
        (
            "Riera dijo el martes que la pesca es prioritaria.",
            "sources =",
        ),
        (
            "Los presidentes abordaron el litio, destacó la agencia Xinhua.",
            "agenda = litio\nsources = Xinhua",
        ),
    ]);
}

/// Talks told by those who held them ("Hablamos de X"), reports that refer to a topic, and a
/// head that only counts the topics, with the list after a colon.
#[test]
fn first_person_references_and_counted_lists() {
    check_es(&[
        (
            "«Hablamos de la pesca artesanal y del litio», afirmó Riera.",
            "agenda ~ pesca artesanal",
        ),
        (
            "«Abordamos la interconexión eléctrica», dijo Quiroga.",
            "agenda = interconexión eléctrica",
        ),
        (
            "«Acordamos impulsar el corredor bioceánico», señaló Riera.",
            "agenda = corredor bioceánico",
        ),
        (
            "Los presidentes hicieron referencia a la reforma aduanera.",
            "agenda = reforma aduanera",
        ),
        (
            "Los presidentes se centrarán en tres ejes principales: la pesca, la reforma \
             aduanera y la transición energética.",
            "agenda = pesca; reforma aduanera; transición energética",
        ),
        (
            "Abordaron dos temas: el litio y la pesca artesanal.",
            "agenda = litio; pesca artesanal",
        ),
    ]);
}

/// What names no topic: a denied verb ("decidió no asistir") and a clause of a gerund of
/// wanting after the list (", buscando X").
#[test]
fn denials_and_gerund_clauses_name_no_topic() {
    check_es(&[
        (
            "Quiroga decidió no asistir al foro empresarial.",
            "agenda !~ asistir",
        ),
        (
            "Los presidentes acordaron no ampliar la zona de pesca.",
            "agenda !~ zona de pesca",
        ),
        ("Los presidentes decidieron intentar avanzar.", "agenda ="),
        (
            "Se abordará la pesca artesanal, buscando atraer inversiones mineras.",
            "agenda = pesca artesanal",
        ),
        (
            "Analizaron el litio y la pesca, buscando ampliar el comercio.",
            "agenda = litio; pesca",
        ),
        (
            "Trataron la interconexión eléctrica, pretendiendo acelerar las obras.",
            "agenda = interconexión eléctrica",
        ),
    ]);
}

/// A verb of stance whose object is the meeting itself ("celebraron su primera cumbre",
/// "saludaron el encuentro") names no topic; the meeting's own agenda or outcome still does.
#[test]
fn the_meeting_itself_is_no_topic() {
    check_es(&[
        (
            "Ambos celebraron su primera cumbre en cuatro años.",
            "agenda =",
        ),
        (
            "Los dos presidentes celebraron la reunión como un paso histórico.",
            "agenda =",
        ),
        (
            "Ambos mandatarios celebraron el nuevo encuentro y abordaron la pesca artesanal.",
            "agenda = pesca artesanal",
        ),
        (
            "Los presidentes celebrarán mañana una cumbre bilateral en Quito.",
            "agenda =",
        ),
        (
            "Ambos celebraron los acuerdos de la cumbre sobre el litio.",
            "agenda = litio",
        ),
    ]);
}

/// "repasaron la agenda bilateral, que incluye X", "la agenda común incluirá X": what the
/// agenda holds, in a relative clause on it or after a qualifier of it, in any tense.
#[test]
fn what_the_agenda_holds() {
    check_es(&[
        (
            "Repasaron la agenda bilateral, que incluye la pesca artesanal y los pasos fronterizos.",
            "agenda ~ pesca artesanal\n agenda ~ pasos fronterizos",
        ),
        (
            "Ambos revisarán la agenda común, que abarcará el litio, la pesca y el turismo.",
            "agenda ~ litio\n agenda ~ turismo",
        ),
        (
            "La agenda bilateral incluirá la interconexión eléctrica y el corredor bioceánico.",
            "agenda ~ interconexión eléctrica\n agenda ~ corredor bioceánico",
        ),
        (
            "Analizaron la agenda regional, la cual incluyó la migración y el narcotráfico.",
            "agenda ~ migración\n agenda ~ narcotráfico",
        ),
        (
            "La agenda común también incluye la cooperación antártica.",
            "agenda ~ cooperación antártica",
        ),
    ]);
}
