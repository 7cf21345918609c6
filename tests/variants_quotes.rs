//! Rule-family tests for quotations and their speakers: dialogue set off by dashes wherever a
//! sentence opens, the quotation going on after the speaker's aside, and a relative pronoun
//! standing for the speaker named before it. Every sentence is written for these tests.

mod common;
use common::check_all;

/// Checks each text against what its report should show, with no publication date.
fn check_texts(rows: &[(String, &str)]) {
    let table: Vec<(&str, &str, &str)> = rows.iter().map(|(t, e)| (t.as_str(), "", *e)).collect();
    check_all(&table);
}

const MEETING_ES: &str = "El canciller de Colombia, Andrés Vélez, recibió este lunes a su par de Ecuador, Pedro Díaz, en Bogotá.";
const MEETING_EN: &str =
    "Prime Minister Lena Moss of Norway met Prime Minister Olli Rant of Finland in Oslo on Friday.";

/// "—…—dijo X." at the head of a paragraph or of a sentence; "—dijo X—. Y …" goes on with
/// the quotation; "…, afirmó X, quien añadió: «…»" and "…, X said, who added: “…”".
#[test]
fn dialogue_asides_and_relative_speakers() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!("{MEETING_ES} —Tenemos una frontera viva —dijo Vélez."),
            "quotes = Andrés Vélez: Tenemos una frontera viva",
        ),
        // The dashes written apart from the words they set off.
        (
            format!("{MEETING_ES}\n— Tenemos una frontera viva — dijo Vélez."),
            "quotes = Andrés Vélez: Tenemos una frontera viva",
        ),
        (
            format!("{MEETING_ES} — La paz no se negocia — afirmó Díaz — y la frontera tampoco."),
            "quotes = Pedro Díaz: La paz no se negocia",
        ),
        (
            format!(
                "{MEETING_ES}\n—Tenemos una frontera viva —dijo Vélez—. Y vamos a cuidarla juntos."
            ),
            "quotes = Andrés Vélez: Tenemos una frontera viva; Andrés Vélez: Y vamos a cuidarla juntos.",
        ),
        (
            format!(
                "{MEETING_ES}\n—La paz no se negocia —afirmó Díaz—, y la frontera tampoco se cierra."
            ),
            "quotes = Pedro Díaz: La paz no se negocia; Pedro Díaz: y la frontera tampoco se cierra.",
        ),
        (
            format!(
                "{MEETING_ES} «Es un día para recordar», afirmó Vélez, quien añadió: «Firmaremos tres acuerdos»."
            ),
            "quotes = Andrés Vélez: Es un día para recordar; Andrés Vélez: Firmaremos tres acuerdos",
        ),
        (
            format!(
                "{MEETING_EN} “We share a long border,” said Moss, who added: “The Arctic is our common home.”"
            ),
            "quotes = Lena Moss: We share a long border,; Lena Moss: The Arctic is our common home.",
        ),
        // The aside runs on with no closing dash: the rest is the writer's, no quotation.
        (
            format!(
                "{MEETING_ES}\n—Tenemos una frontera viva —dijo Vélez, antes de partir hacia Quito."
            ),
            "quotes = Andrés Vélez: Tenemos una frontera viva",
        ),
    ];
    check_texts(&rows);
}

/// The speaker of a quotation after the present perfect ("ha subrayado que «…»", "«…», ha
/// asegurado X"), after a colon that closes the subject's sentence ("X se mostró optimista:
/// «…»", "X was blunt: “…”"), and after two verbs joined by "and" ("X coincidió y subrayó que").
#[test]
fn speakers_of_the_perfect_the_colon_and_joined_verbs() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_ES} Vélez ha subrayado tras el encuentro que «la frontera es de todos»."
            ),
            "quotes = Andrés Vélez: la frontera es de todos",
        ),
        (
            format!("{MEETING_ES} «La frontera es de todos», ha asegurado Díaz."),
            "quotes = Pedro Díaz: La frontera es de todos",
        ),
        (
            format!("{MEETING_ES} Díaz se mostró optimista: «La frontera es de todos»."),
            "quotes = Pedro Díaz: La frontera es de todos",
        ),
        (
            format!("{MEETING_ES} Díaz coincidió y subrayó que «la frontera es de todos»."),
            "quotes = Pedro Díaz: la frontera es de todos",
        ),
        (
            format!("{MEETING_EN} Rant was blunt: “The Arctic is our common home.”"),
            "quotes = Olli Rant: The Arctic is our common home.",
        ),
        (
            format!("{MEETING_EN} Rant agreed and stressed that “the Arctic is our common home”."),
            "quotes = Olli Rant: the Arctic is our common home",
        ),
    ];
    check_texts(&rows);
}

/// British and Commonwealth copy quotes between straight single marks; an apostrophe inside a
/// word, or a plural's possessive, is no mark of its own.
#[test]
fn straight_single_quotation_marks() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!("{MEETING_EN} 'The Arctic is our common home,' Rant said."),
            "quotes = Olli Rant: The Arctic is our common home,",
        ),
        (
            format!("{MEETING_EN} Rant said: 'The Arctic is our common home.'"),
            "quotes = Olli Rant: The Arctic is our common home.",
        ),
        (
            format!("{MEETING_EN} 'The two leaders' talks went very well,' Moss said."),
            "quotes = Lena Moss: The two leaders' talks went very well,",
        ),
        (
            format!(
                "{MEETING_EN} Moss, who didn't comment on O'Neill's remarks, left on Saturday."
            ),
            "quotes =",
        ),
    ];
    check_texts(&rows);
}

/// A pronoun attributing a quotation a sentence after another goes on with the speaker just
/// quoted, a spokesperson too, before any participant named earlier; with no quotation before
/// it, it is the participant last named.
#[test]
fn a_pronoun_after_a_quotation_goes_on_with_its_speaker() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} \"We agreed to open the border,\" spokeswoman Kari Lund said. \"The \
                 talks were frank,\" she said."
            ),
            "quotes = Kari Lund: We agreed to open the border,; Kari Lund: The talks were frank,",
        ),
        (
            format!(
                "{MEETING_EN} Rant said he had \"a very useful exchange\" with Moss. \"We agreed \
                 on the next steps,\" he added."
            ),
            "quotes = Olli Rant: a very useful exchange; Olli Rant: We agreed on the next steps,",
        ),
        (
            format!("{MEETING_EN} \"We agreed on the next steps,\" he added."),
            "quotes = Olli Rant: We agreed on the next steps,",
        ),
        (
            format!(
                "{MEETING_ES} «Hablamos de la frontera», dijo la portavoz Ana Gil. «Fue una \
                 reunión franca», dijo ella."
            ),
            "quotes = Ana Gil: Hablamos de la frontera; Ana Gil: Fue una reunión franca",
        ),
    ];
    check_texts(&rows);
}

/// A quotation with an attribution of its own is that speaker's, even one the text does not
/// name ("…,” a Finnish diplomat said", "«…», señaló un alto funcionario"), never the speaker
/// quoted before; a speech verb before its subject reaches it over an adverbial and an
/// article ("indicó por su parte Díaz", "said the prime minister").
#[test]
fn a_quotation_with_its_own_attribution_is_not_the_last_speakers() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} \"We will open the border,\" Moss said. \"It is an example for \
                 the region,\" a Finnish diplomat said."
            ),
            "quotes = Lena Moss: We will open the border,; -: It is an example for the region,",
        ),
        (
            format!(
                "{MEETING_EN} \"We will open the border,\" Moss said. \"We are watching \
                 closely,\" said a senior Finnish official."
            ),
            "quotes = Lena Moss: We will open the border,; -: We are watching closely,",
        ),
        (
            format!(
                "{MEETING_EN} \"We will open the border,\" Moss said. \"The talks were very \
                 useful,\" — said the Finnish prime minister."
            ),
            "quotes = Lena Moss: We will open the border,; Olli Rant: The talks were very useful,",
        ),
        (
            format!(
                "{MEETING_ES} «Tenemos una frontera viva», dijo Vélez. «Es un ejemplo para la \
                 región», señaló un alto funcionario ecuatoriano."
            ),
            "quotes = Andrés Vélez: Tenemos una frontera viva; -: Es un ejemplo para la región",
        ),
        (
            format!(
                "{MEETING_ES} «Tenemos una frontera viva», dijo Vélez. «Somos socios de verdad», \
                 indicó por su parte Díaz."
            ),
            "quotes = Andrés Vélez: Tenemos una frontera viva; Pedro Díaz: Somos socios de verdad",
        ),
    ];
    check_texts(&rows);
}

/// A pronoun in an attribution stands for the person named as the subject of the sentence
/// before, opening it, whoever that is: a spokeswoman, an aide, a participant ("A government
/// spokeswoman, X, confirmed the meeting. “…,” she said", "X se mostró cauto. «…», añadió él").
#[test]
fn a_pronoun_stands_for_the_subject_of_the_sentence_before() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} A Norwegian government spokeswoman, Kari Dahl, confirmed the \
                 meeting. \"Oslo is open to the plan,\" she said."
            ),
            "quotes = Kari Dahl: Oslo is open to the plan,",
        ),
        (
            format!(
                "{MEETING_EN} Finnish aide Mikko Salo briefed reporters afterwards. \"The talks \
                 went well,\" he told them."
            ),
            "quotes = Mikko Salo: The talks went well,",
        ),
        (
            format!(
                "{MEETING_EN} Rant was more guarded. Finland, he said, wants \"partners who \
                 respect our choices\"."
            ),
            "quotes ~ Olli Rant: partners who respect our choices",
        ),
        (
            format!(
                "{MEETING_ES} El portavoz de la Cancillería, Luis Mejía, confirmó la reunión. \
                 «Bogotá está abierta al plan», dijo él."
            ),
            "quotes = Luis Mejía: Bogotá está abierta al plan",
        ),
        (
            format!("{MEETING_ES} Díaz se mostró cauto. «Hay que esperar», añadió él."),
            "quotes = Pedro Díaz: Hay que esperar",
        ),
    ];
    let table: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(text, expected)| (text.as_str(), "2026-03-10", *expected))
        .collect();
    check_all(&table);
}

/// A gerund of saying after a comma reports what the subject of its sentence said ("X praised
/// the deal, saying it was “…”", "X elogió el acuerdo, al asegurar que «…»"); after a person,
/// that person's ("with X saying …"); after a subject of several people, no one's alone. A verb
/// of conveying a message is a speech verb ("X trasladó a su invitado que «…»").
#[test]
fn a_gerund_of_saying_reports_its_subjects_words() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} Rant praised the accord, saying it was \"a new chapter for the north\"."
            ),
            "quotes = Olli Rant: a new chapter for the north",
        ),
        (
            format!(
                "{MEETING_EN} The leaders hailed the accord, with Rant adding that it \"opens the Arctic to trade\"."
            ),
            "quotes = Olli Rant: opens the Arctic to trade",
        ),
        (
            format!(
                "{MEETING_EN} Rant and Moss signed the accord, declaring \"a new era of partnership\"."
            ),
            "quotes = -: a new era of partnership",
        ),
        (
            format!(
                "{MEETING_ES} Díaz elogió el acuerdo, al asegurar que \"es un día histórico para la región\"."
            ),
            "quotes = Pedro Díaz: es un día histórico para la región",
        ),
        (
            format!(
                "{MEETING_ES} Según la agencia estatal, Díaz trasladó a su invitado que \"la frontera seguirá abierta\"."
            ),
            "quotes = Pedro Díaz: la frontera seguirá abierta",
        ),
    ];
    let table: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(text, expected)| (text.as_str(), "2026-03-10", *expected))
        .collect();
    check_all(&table);
}

/// A speech verb joined by "and" to a clause with its own object shares that clause's subject:
/// "X thanked Y and said …", "X agradeció la ayuda y aseguró que «…»", with auxiliaries
/// ("y ha advertido de que"), a colon after the verb, or a comma before "and". Subjects
/// joined to others name no one speaker.
#[test]
fn a_speech_verb_joined_to_a_clause_shares_its_subject() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} Rant thanked his host for the visit and said the talks were \"a turning point for the Arctic.\""
            ),
            "quotes = Olli Rant: a turning point for the Arctic.",
        ),
        (
            format!(
                "{MEETING_EN} Moss praised the new ferry line, and told reporters it would \"bring our coasts closer.\""
            ),
            "quotes = Lena Moss: bring our coasts closer.",
        ),
        (
            format!(
                "{MEETING_ES} Díaz agradeció la hospitalidad colombiana y aseguró que su país \"hará todo lo posible por la paz\"."
            ),
            "quotes = Pedro Díaz: hará todo lo posible por la paz",
        ),
        (
            format!(
                "{MEETING_ES} Vélez ha elogiado el acuerdo pesquero y ha advertido de que «la frontera no puede esperar más»."
            ),
            "quotes = Andrés Vélez: la frontera no puede esperar más",
        ),
        (
            format!(
                "{MEETING_ES} Díaz calificó la visita de histórica y añadió: «Queremos un Ecuador unido a Colombia»."
            ),
            "quotes = Pedro Díaz: Queremos un Ecuador unido a Colombia",
        ),
        (
            format!(
                "{MEETING_EN} Moss and Rant signed the ferry deal and said it was \"a new era for the north.\""
            ),
            "quotes = -: a new era for the north.",
        ),
    ];
    check_texts(&rows);
}

/// A quotation that ends its sentence inside its marks, or right after them, inside reported
/// speech ("X said Norway wants access "by peaceful means." He said …") is the reporting
/// subject's: a long sentence after it that opens with a pronoun and a speech verb is reported
/// speech of its own, no attribution, and does not hand the quotation to the speaker quoted
/// before; a short one ("… means." he said.) still attributes it.
#[test]
fn a_pronoun_sentence_after_a_closed_quotation_is_its_own_speech() {
    let before_en = "\"We are neighbours, not rivals,\" Moss told reporters.";
    let before_es = "\"Somos vecinos, no rivales\", dijo Vélez.";
    let rows: Vec<(String, &str)> = vec![
        (
            format!(
                "{MEETING_EN} {before_en} Rant said Finland wants access to the port \"by peaceful means and through cooperation.\" He said Finland was interested in a berth at the new terminal."
            ),
            "quotes = Lena Moss: We are neighbours, not rivals,; Olli Rant: by peaceful means and through cooperation.",
        ),
        (
            format!(
                "{MEETING_EN} {before_en} Rant said Finland wants access to the port \"by peaceful means.\" She added that Finland was interested in a berth at the new terminal."
            ),
            "quotes = Lena Moss: We are neighbours, not rivals,; Olli Rant: by peaceful means.",
        ),
        (
            format!(
                "{MEETING_ES} {before_es} Díaz dijo que Ecuador quiere acceso al puerto \"por medios pacíficos y mediante la cooperación\". Él añadió que Ecuador está interesado en un muelle en la nueva terminal."
            ),
            "quotes = Andrés Vélez: Somos vecinos, no rivales; Pedro Díaz: por medios pacíficos y mediante la cooperación",
        ),
    ];
    check_texts(&rows);
}

/// Verbs that express a stance report words as "said" does ("reaffirmed “…”", "thanked X for
/// its “…”", "posted on X", "agradeció a X su «…»", "reafirmó", the imperfect "decía"); an
/// aside before a perfect ("X, por su parte, ha asegurado que «…»", "X, for her part, has
/// said") and a clitic pronoun before the verb ("X le respondió: «…»") keep the subject.
#[test]
fn verbs_of_stance_asides_and_clitics_before_the_verb() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!("{MEETING_EN} Rant reaffirmed Finland's “full support for a free Arctic.”"),
            "quotes = Olli Rant: full support for a free Arctic.",
        ),
        (
            format!("{MEETING_EN} “A great day for the North,” Moss posted on X."),
            "quotes = Lena Moss: A great day for the North,",
        ),
        (
            format!(
                "{MEETING_EN} Moss thanked Finland for its “steady friendship in the hardest of times”."
            ),
            "quotes = Lena Moss: steady friendship in the hardest of times",
        ),
        (
            format!("{MEETING_EN} Rant, for his part, has said the Arctic “is our common home.”"),
            "quotes = Olli Rant: is our common home.",
        ),
        (
            format!("{MEETING_ES} Díaz agradeció a Colombia su «amistad de siempre»."),
            "quotes = Pedro Díaz: amistad de siempre",
        ),
        (
            format!("{MEETING_ES} Vélez reafirmó «el compromiso de Colombia con la paz»."),
            "quotes = Andrés Vélez: el compromiso de Colombia con la paz",
        ),
        (
            format!("{MEETING_ES} «La frontera es de todos», decía Díaz."),
            "quotes = Pedro Díaz: La frontera es de todos",
        ),
        (
            format!("{MEETING_ES} Díaz, por su parte, ha asegurado que la frontera «es de todos»."),
            "quotes = Pedro Díaz: es de todos",
        ),
        (
            format!("{MEETING_ES} Vélez le respondió sin rodeos: «La frontera es de todos»."),
            "quotes = Andrés Vélez: La frontera es de todos",
        ),
    ];
    check_texts(&rows);
}

/// Words a verb of wanting or asking takes in quotation marks are the sentence's subject's
/// ("X abogó por una «agenda de resultados»", "X opened the talks by urging Y to “…”", "X ha
/// pedido «…»"), unless a phrase of attribution names another ("Según el Elíseo, X persigue
/// «…»").
#[test]
fn quoted_words_of_a_wish_are_its_subjects() {
    let rows: Vec<(String, &str)> = vec![
        (
            format!("{MEETING_ES} Vélez abogó por una «agenda de resultados concretos»."),
            "quotes = Andrés Vélez: agenda de resultados concretos",
        ),
        (
            format!("{MEETING_ES} Díaz ha pedido «no dejar pasar la oportunidad histórica»."),
            "quotes = Pedro Díaz: no dejar pasar la oportunidad histórica",
        ),
        (
            format!(
                "{MEETING_EN} Moss opened the talks by urging both sides to “keep the Arctic a zone of peace.”"
            ),
            "quotes = Lena Moss: keep the Arctic a zone of peace.",
        ),
        (
            format!(
                "{MEETING_EN} Rant called for “a new compact on Arctic shipping” before winter."
            ),
            "quotes = Olli Rant: a new compact on Arctic shipping",
        ),
    ];
    check_texts(&rows);
}
