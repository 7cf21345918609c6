//! Who is a side (issue #12 point 6, issue #13), on sentences the team wrote, in English and
//! Spanish: a gathering of one side's own people (business, a cabinet, a leader's staff) has
//! no second side and is no meeting; a verb of attending takes no side as its object. The names
//! are invented.

mod common;

/// No meeting, no cards.
const NONE: &str = "kind = other\n principals =\n members =\n summary =\n warnings ~ no-meeting";

/// Checks each `(text, expected)` row read in `lang`, published on 2023-09-13.
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2023-09-13", "", table);
}

/// "a business summit", "the CEO forum", "a summit of business leaders": a gathering of
/// business, whoever opens or attends it, is no meeting of sides.
#[test]
fn a_business_gathering_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga opened a business summit in Vienna on Monday with 300 executives.",
                NONE,
            ),
            (
                "Prime Minister Lina Okoro addressed the annual CEO forum in Lagos on Tuesday, urging investors to back the port.",
                NONE,
            ),
            (
                "The summit of business leaders, attended by President Tomas Varga and hundreds of executives, ended on Friday.",
                NONE,
            ),
            (
                "President Tomas Varga will speak at a business forum in Vienna next week.",
                NONE,
            ),
            (
                "Hundreds of investors met President Tomas Varga at the investors' summit in Vienna.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera inauguró el lunes en Quito el Encuentro Empresarial Andino ante 300 empresarios.",
                NONE,
            ),
            (
                "La cumbre de empresarios, a la que asistió la presidenta Lucía Ferrán, terminó el viernes en Lima.",
                NONE,
            ),
            (
                "El foro empresarial contó con la participación del presidente Tomás Riera y de la ministra Ana Solís.",
                NONE,
            ),
            (
                "La presidenta Lucía Ferrán hablará la próxima semana ante un foro de negocios en Quito.",
                NONE,
            ),
        ],
    );
}

/// "a cabinet meeting", "met his aides", "con el jefe de Gabinete": a leader meeting his own
/// government or staff meets no second side.
#[test]
fn a_meeting_of_ones_own_people_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga chaired a cabinet meeting on Monday to discuss the floods.",
                NONE,
            ),
            (
                "President Tomas Varga met his aides on Monday to discuss the floods.",
                NONE,
            ),
            (
                "President Tomas Varga met with his chief of staff, Karl Moser, on Monday.",
                NONE,
            ),
            (
                "Prime Minister Lina Okoro has been meeting her advisers since dawn.",
                NONE,
            ),
            (
                "The cabinet met on Tuesday under President Tomas Varga to approve the budget.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera encabezó el martes una reunión de Gabinete para evaluar las lluvias.",
                NONE,
            ),
            (
                "El presidente Tomás Riera se reunió esta mañana con sus colaboradores en el palacio.",
                NONE,
            ),
            (
                "La ministra Ana Solís y el ministro Pablo Ortuño se reunieron el lunes con el jefe de Gabinete, Marcos Vidal.",
                NONE,
            ),
            (
                "El presidente Tomás Riera se reunirá el jueves con sus asesores para preparar el viaje.",
                NONE,
            ),
            // The subject after a verb of attending is no side met.
            (
                "También asistieron el ministro de Defensa, Pablo Ortuño, y la secretaria Ana Solís.",
                NONE,
            ),
        ],
    );
}

/// The same words where they name no own people, or beside a real meeting: an office
/// ("Cabinet Secretary for Foreign Affairs"), a room, a business forum after the talks.
#[test]
fn own_people_words_beside_a_meeting() {
    let en = "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro";
    let es = "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán";
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga met President Lina Okoro in the Cabinet Room on Monday.",
                en,
            ),
            (
                "President Tomas Varga met Cabinet Secretary for Foreign Affairs Lina Okoro of Kenya on Monday.",
                en,
            ),
            (
                "President Tomas Varga and President Lina Okoro met on Monday in Vienna, then addressed a business forum.",
                en,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera se reunió el martes con la presidenta Lucía Ferrán y después habló ante un foro empresarial.",
                es,
            ),
            (
                "La presidenta Lucía Ferrán recibió al presidente Tomás Riera tras la reunión de Gabinete del lunes.",
                es,
            ),
        ],
    );
}

/// "ready to meet at any time", "dispuestos a reunirse": a meeting only offered is none held
/// or planned.
#[test]
fn a_meeting_only_offered_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "\"We are ready to meet at any time,\" President Tomas Varga told reporters in Vienna.",
                NONE,
            ),
            (
                "President Tomas Varga said he was willing to meet President Lina Okoro without conditions.",
                NONE,
            ),
            (
                "Prime Minister Lina Okoro is open to meeting the new president, her office said.",
                NONE,
            ),
            (
                "President Tomas Varga is prepared to meet President Lina Okoro, his spokesman said on Monday.",
                NONE,
            ),
            (
                "Prime Minister Ivo Brandt says he would be ready to hold talks with President Lina Okoro.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "\"Estamos dispuestos a reunirnos en cualquier momento\", dijo el presidente Tomás Riera en Quito.",
                NONE,
            ),
            (
                "La presidenta Lucía Ferrán se mostró dispuesta a reunirse con el presidente Tomás Riera sin condiciones.",
                NONE,
            ),
            (
                "El primer ministro Iván Brandt dijo estar abierto a reunirse con la presidenta Lucía Ferrán.",
                NONE,
            ),
            (
                "Los presidentes Tomás Riera y Lucía Ferrán están dispuestos a reunirse, según sus cancillerías.",
                NONE,
            ),
        ],
    );
}

/// "Varga recalled that Brandt met Okoro", "recalled the summit he held with X": what a verb of
/// recalling reports, or takes for its object, is of the past, in any tense of the verb and with
/// the call or the meeting reported; the article's own meeting stays when it is reported apart.
#[test]
fn a_meeting_recalled_is_of_the_past() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga recalled that he had only spoken to Okoro by phone, whereas Prime Minister Ivo Brandt met her in person.",
                NONE,
            ),
            (
                "President Tomas Varga reminded reporters that Prime Minister Ivo Brandt had met President Lina Okoro in 2019.",
                NONE,
            ),
            (
                "Varga recalled that Prime Minister Ivo Brandt and President Lina Okoro met in Geneva.",
                NONE,
            ),
            // The meeting as the verb's object.
            (
                "Chilean President Luis Prado often recalls the summit he held with Peruvian \
                 President Tomas Reyes in Lima.",
                NONE,
            ),
            (
                "President Tomas Varga met President Lina Okoro in Vienna on Monday. Varga recalled that their countries signed a treaty in 1990.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera recordó que solo habló por teléfono con Ferrán, mientras que el primer ministro Iván Brandt se reunió con ella en persona.",
                NONE,
            ),
            (
                "La presidenta Lucía Ferrán recordó que el presidente Tomás Riera y el primer ministro Iván Brandt se reunieron en Ginebra.",
                NONE,
            ),
            (
                "El presidente Tomás Riera recuerda que Ferrán y Brandt se reunieron hace poco en Ginebra.",
                NONE,
            ),
            (
                "El presidente Tomás Riera se reunió el lunes en Quito con la presidenta Lucía Ferrán. Riera recordó que ambos países firmaron un tratado en 1990.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            // The meeting as the verb's object.
            (
                "En sus memorias, el diplomático recordó la reunión a solas que mantuvieron el rey \
                 Tomás y el presidente chileno, Luis Prado, en la residencia del embajador.",
                NONE,
            ),
        ],
    );
}

/// "NATO Secretary-General X called the summit historic", then the leaders meet: an
/// organisation's official who speaks of the meeting first anchors no cast; the leaders met
/// later are the principals, the official a member. Met as a side, the official is one.
#[test]
fn an_organisations_official_is_no_side_unless_met() {
    let en = "principals ~ Tomas Varga\n principals !~ Piet Molen\n members ~ Piet Molen";
    let es = "principals ~ Tomás Riera\n principals !~ Piet Molen\n members ~ Piet Molen";
    check_rows(
        "en",
        &[
            (
                "NATO Secretary-General Piet Molen called the summit historic on Tuesday. President Tomas Varga met Prime Minister Ivo Brandt and President Lina Okoro at the summit.",
                en,
            ),
            (
                "The summit will be a turning point, UN Secretary-General Piet Molen said. On Monday, President Tomas Varga and President Lina Okoro held talks in Vienna.",
                en,
            ),
            (
                "Secretary-General Piet Molen of NATO opened the summit in Riga. President Tomas Varga later met Prime Minister Ivo Brandt there.",
                en,
            ),
            (
                "At the summit, NATO chief Piet Molen welcomed the leaders. President Tomas Varga will meet President Lina Okoro on Wednesday.",
                en,
            ),
            (
                "UN Secretary-General Piet Molen met President Tomas Varga in Vienna on Monday.",
                "principals ~ Piet Molen\n principals ~ Tomas Varga",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El secretario general de la OTAN, Piet Molen, calificó de histórica la cumbre de Riga. El presidente Tomás Riera se reunió allí con la presidenta Lucía Ferrán.",
                es,
            ),
            (
                "El secretario general de la ONU, Piet Molen, inauguró la cumbre el lunes. Después, el presidente Tomás Riera y el primer ministro Iván Brandt mantuvieron una reunión.",
                es,
            ),
            (
                "Piet Molen, secretario general de la OTAN, dio la bienvenida a los líderes en la cumbre. El presidente Tomás Riera se reunirá el miércoles con la presidenta Lucía Ferrán.",
                es,
            ),
            (
                "El secretario general de la ONU, Piet Molen, se reunió el lunes en Viena con el presidente Tomás Riera.",
                "principals ~ Piet Molen\n principals ~ Tomás Riera",
            ),
        ],
    );
}

/// "Además de la agenda bilateral, se abordaron asuntos del Mercosur": an organisation named
/// beside a word that says how many sides meet is a topic; it makes no summit of the
/// organisation, and a side named twice ("su par uruguaya", then her name) is no third side.
#[test]
fn an_organisation_on_a_bilateral_agenda_makes_no_summit() {
    check_rows(
        "es",
        &[
            (
                "\"Fue un gran día\", dijo el presidente sobre su encuentro con su par uruguaya. El presidente Tomás Riera mantuvo un almuerzo con su par uruguaya, Lucía Ferrán, en Colonia. Además de la agenda bilateral, se abordaron asuntos del Mercosur.",
                "kind = bilateral",
            ),
            (
                "El presidente habló de su reunión con su homóloga peruana. El presidente Tomás Riera se reunió el lunes con su homóloga peruana, Lucía Ferrán. La agenda bilateral incluyó la Alianza del Pacífico.",
                "kind = bilateral",
            ),
            (
                "Tras su encuentro con su par uruguaya, el presidente dio una declaración. El presidente Tomás Riera se reunió con su par uruguaya, Lucía Ferrán, en Colonia. Además de la agenda bilateral, trataron asuntos del Mercosur.",
                "kind = bilateral",
            ),
            (
                "El presidente celebró su reunión con su par uruguaya. El presidente Tomás Riera recibió a su par uruguaya, Lucía Ferrán, en Buenos Aires. Se abordaron la agenda bilateral y la relación con el Mercosur.",
                "kind = bilateral",
            ),
            (
                "El presidente destacó su encuentro con su par uruguaya. El presidente Tomás Riera visitó a su par uruguaya, Lucía Ferrán, en Montevideo. Además de la agenda bilateral, los mandatarios hablaron de la Unasur.",
                "kind = bilateral",
            ),
        ],
    );
    check_rows(
        "en",
        &[(
            "The president spoke of his meeting with his Kenyan counterpart. President Tomas Varga met his Kenyan counterpart, Lina Okoro, on Monday. Besides the bilateral agenda, they discussed the African Union.",
            "kind = bilateral",
        )],
    );
}

/// A headline, then the lead that says the meeting is held at a distance ("will hold talks by
/// video link", "celebrarán su primer encuentro virtual"): the call of the article's first
/// sentence is the meeting, not another one reported later.
#[test]
fn a_call_in_the_lead_is_the_meeting() {
    check_rows(
        "en",
        &[
            (
                "Varga and Okoro to hold first talks\n\nAustrian President Tomas Varga and Kenyan President Lina Okoro will hold talks by video link on Monday, officials said.",
                "virtual = true\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Leaders of Austria and Kenya to meet\n\nPresident Tomas Varga of Austria and President Lina Okoro of Kenya will meet in a video conference next Monday.",
                "virtual = true\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Varga, Okoro hold talks\n\nAustrian President Tomas Varga held a video call with Kenyan President Lina Okoro on Monday, his office said.",
                "virtual = true\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Riera y Ferrán sostendrán su primera reunión\n\nTelesur\n\nLos presidentes de Chile, Tomás Riera, y de Perú, Lucía Ferrán, celebrarán su primer encuentro virtual el lunes próximo, informaron fuentes oficiales.",
                "virtual = true\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "Presidentes de Chile y Perú se reunirán\n\nEl presidente chileno Tomás Riera y la presidenta peruana Lucía Ferrán mantendrán el lunes una reunión por videoconferencia.",
                "virtual = true\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "Riera y Ferrán conversaron\n\nEl presidente chileno Tomás Riera sostuvo el lunes una videollamada con la presidenta peruana Lucía Ferrán, informó la cancillería.",
                "virtual = true\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
        ],
    );
}

/// "Xi met former US President Obama": a past holder of a leader's office met as the only
/// other side is that side's principal, in every voice and tense; beside two sides already
/// there, a past holder stays out.
#[test]
fn a_former_leader_met_is_the_other_side() {
    check_rows(
        "en",
        &[
            (
                "Austrian President Tomas Varga met former Kenyan President Lina Okoro in Vienna on Tuesday.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Former Kenyan President Lina Okoro was received on Tuesday by Austrian President Tomas Varga.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Austrian President Tomas Varga will meet former Kenyan president Lina Okoro in Vienna next week.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "On Tuesday, Austrian President Tomas Varga held talks with Lina Okoro, the former president of Kenya.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Austrian President Tomas Varga met on Tuesday with former Kenyan President Lina Okoro and thanked her for her work.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "Austrian President Tomas Varga met Kenyan President Lina Okoro in Vienna on Tuesday, as former Austrian President Ivo Brandt looked on.",
                "principals !~ Ivo Brandt",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente de Austria, Tomás Riera, se reunió el martes en Viena con la expresidenta de Kenia Lucía Ferrán.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "La expresidenta keniana Lucía Ferrán fue recibida el martes por el presidente austriaco Tomás Riera.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "El presidente austriaco Tomás Riera recibirá la próxima semana a la expresidenta de Kenia Lucía Ferrán.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "El presidente austriaco Tomás Riera mantuvo el martes un encuentro con Lucía Ferrán, expresidenta de Kenia.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "Con la expresidenta keniana Lucía Ferrán se reunió ayer el presidente austriaco Tomás Riera.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
        ],
    );
}

/// "X and her Austrian counterpart, Y, signed accords during the visit of the Kenyan
/// delegation": a counterpart is the other side by name, though the sentence speaks of a
/// delegation.
#[test]
fn a_counterpart_is_a_side_beside_a_delegation() {
    check_rows(
        "en",
        &[
            (
                "\"It was a fruitful visit,\" said President Lina Okoro. President Lina Okoro and her Austrian counterpart, Tomas Varga, signed six agreements during the visit of the Kenyan delegation to Vienna.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "\"It will be a fruitful visit,\" said President Lina Okoro. President Lina Okoro and her Austrian counterpart, Tomas Varga, will sign six agreements during the visit of the Kenyan delegation to Vienna.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "\"It was a fruitful visit,\" said President Lina Okoro. During the Kenyan delegation's visit to Vienna, President Lina Okoro and her Austrian counterpart, Tomas Varga, signed six agreements.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
            (
                "\"It was a fruitful visit,\" said President Lina Okoro. President Lina Okoro and Tomas Varga, her Austrian counterpart, signed six agreements during the visit of the Kenyan delegation to Vienna.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "\"Ha sido una visita fructífera\", dijo la presidenta Lucía Ferrán. La presidenta Lucía Ferrán y su par del gobierno austriaco, Tomás Riera, firmaron seis acuerdos durante la visita de la delegación keniana a Viena.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "\"Será una visita fructífera\", dijo la presidenta Lucía Ferrán. La presidenta Lucía Ferrán y su par del gobierno austriaco, Tomás Riera, firmarán seis acuerdos durante la visita de la delegación keniana a Viena.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "\"Ha sido una visita fructífera\", dijo la presidenta Lucía Ferrán. Durante la visita de la delegación keniana a Viena, la presidenta Lucía Ferrán y su homólogo austriaco, Tomás Riera, sellaron seis acuerdos.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
            (
                "\"Ha sido una visita fructífera\", dijo la presidenta Lucía Ferrán. La presidenta Lucía Ferrán y Tomás Riera, su homólogo austriaco, firmaron seis acuerdos durante la visita de la delegación keniana a Viena.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán",
            ),
        ],
    );
}

/// "Milei no asistió", "which President X did not attend", "tampoco asistió": the subject of a
/// denied verb of attending stayed away and is no participant, in any tense, before or after
/// the meeting is reported, in a relative clause or after a comma.
#[test]
fn who_did_not_attend_is_no_participant() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga, President Lina Okoro and Prime Minister Ivo Brandt met in Lima on Monday. President Karl Moser, however, did not attend.",
                "principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Karl Moser\n members !~ Karl Moser",
            ),
            (
                "President Tomas Varga, President Lina Okoro and Prime Minister Ivo Brandt met in Lima on Monday for the Andean summit, which President Karl Moser did not attend.",
                "principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Karl Moser\n members !~ Karl Moser",
            ),
            (
                "President Tomas Varga, President Lina Okoro and Prime Minister Ivo Brandt met in Lima on Monday. President Karl Moser, who was invited, will not attend the talks.",
                "principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Karl Moser\n members !~ Karl Moser",
            ),
            (
                "President Tomas Varga, President Lina Okoro and Prime Minister Ivo Brandt held talks in Lima on Monday; President Karl Moser has never attended such a summit.",
                "principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Karl Moser\n members !~ Karl Moser",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La cumbre andina comenzó el lunes en Lima con los presidentes Tomás Riera, Lucía Ferrán e Iván Brandt. Sin embargo, el presidente Carlos Moser no asistió.",
                "principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Carlos Moser\n members !~ Carlos Moser",
            ),
            (
                "Los presidentes Tomás Riera, Lucía Ferrán e Iván Brandt se reunieron el lunes en Lima. El presidente Carlos Moser no participó en la cumbre.",
                "principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Carlos Moser\n members !~ Carlos Moser",
            ),
            (
                "Los presidentes Tomás Riera, Lucía Ferrán e Iván Brandt se reunieron el lunes en Lima; el presidente Carlos Moser tampoco asistió a la cumbre.",
                "principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Carlos Moser\n members !~ Carlos Moser",
            ),
            (
                "Los presidentes Tomás Riera, Lucía Ferrán e Iván Brandt participaron el lunes en la cumbre de Lima, a la que el presidente Carlos Moser no asistirá.",
                "principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Carlos Moser\n members !~ Carlos Moser",
            ),
        ],
    );
}

/// "Kenya was represented by Foreign Minister X, standing in for President Y", "asistió en
/// representación de la presidenta": whoever stands in for a head of state at a summit meets
/// at a leader's rank and is that side's principal, beside the leaders present.
#[test]
fn a_stand_in_for_a_leader_is_a_principal() {
    check_rows(
        "en",
        &[
            (
                "Leaders of the African Union met in Addis Ababa on Monday. Kenya was represented by Foreign Minister Ivo Brandt, standing in for President Lina Okoro. President Tomas Varga of Austria and Prime Minister Karl Moser of Ghana attended.",
                "kind = multilateral\n principals ~ Ivo Brandt\n principals ~ Tomas Varga\n principals ~ Karl Moser\n principals !~ Lina Okoro",
            ),
            (
                "The African Union summit opened in Addis Ababa on Monday. Kenyan Foreign Minister Ivo Brandt attended on behalf of President Lina Okoro, as did President Tomas Varga of Austria and Prime Minister Karl Moser of Ghana.",
                "kind = multilateral\n principals ~ Ivo Brandt\n principals ~ Tomas Varga\n principals ~ Karl Moser\n principals !~ Lina Okoro",
            ),
            (
                "The African Union summit will open in Addis Ababa on Monday. Kenyan Vice President Ivo Brandt will attend in place of President Lina Okoro, with President Tomas Varga of Austria and Prime Minister Karl Moser of Ghana.",
                "kind = multilateral\n principals ~ Ivo Brandt\n principals ~ Tomas Varga\n principals ~ Karl Moser\n principals !~ Lina Okoro",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Los líderes de la Unión Africana se reunieron el lunes en Adís Abeba. El canciller keniano Iván Brandt asistió en representación de la presidenta Lucía Ferrán, junto al presidente austriaco Tomás Riera y el primer ministro ghanés Carlos Moser.",
                "kind = multilateral\n principals ~ Iván Brandt\n principals ~ Tomás Riera\n principals ~ Carlos Moser\n principals !~ Lucía Ferrán",
            ),
            (
                "La cumbre de la Unión Africana comenzó el lunes en Adís Abeba. El vicepresidente keniano Iván Brandt asistió en nombre de la presidenta Lucía Ferrán. También participaron el presidente austriaco Tomás Riera y el primer ministro ghanés Carlos Moser.",
                "kind = multilateral\n principals ~ Iván Brandt\n principals ~ Tomás Riera\n principals ~ Carlos Moser\n principals !~ Lucía Ferrán",
            ),
            (
                "La cumbre de la Unión Africana se celebrará el lunes en Adís Abeba. El canciller keniano Iván Brandt participará en lugar de la presidenta Lucía Ferrán, junto al presidente austriaco Tomás Riera y el primer ministro ghanés Carlos Moser.",
                "kind = multilateral\n principals ~ Iván Brandt\n principals ~ Tomás Riera\n principals ~ Carlos Moser\n principals !~ Lucía Ferrán",
            ),
        ],
    );
}

/// "Separately, X met Y", "Por separado, …", "En otra reunión, …": people of talks held apart
/// from the meeting are no participants of it.
#[test]
fn separate_talks_are_another_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga met President Lina Okoro in Vienna on Monday. Separately, Prime Minister Ivo Brandt met Foreign Minister Karl Moser.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n members !~ Karl Moser\n members !~ Ivo Brandt\n principals !~ Karl Moser",
            ),
            (
                "President Tomas Varga will meet President Lina Okoro in Vienna on Monday. Separately, Foreign Minister Karl Moser will hold talks with Prime Minister Ivo Brandt.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n members !~ Karl Moser\n members !~ Ivo Brandt\n principals !~ Karl Moser",
            ),
            (
                "President Tomas Varga met President Lina Okoro in Vienna on Monday. In separate talks, Foreign Minister Karl Moser was received by Prime Minister Ivo Brandt.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n members !~ Karl Moser\n members !~ Ivo Brandt\n principals !~ Karl Moser",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera recibió el lunes en Quito a la presidenta Lucía Ferrán. Por separado, el primer ministro Iván Brandt se reunió con el canciller Carlos Moser.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n members !~ Carlos Moser\n members !~ Iván Brandt\n principals !~ Carlos Moser",
            ),
            (
                "El presidente Tomás Riera se reunirá el lunes en Quito con la presidenta Lucía Ferrán. Aparte, el canciller Carlos Moser mantendrá un encuentro con el primer ministro Iván Brandt.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n members !~ Carlos Moser\n members !~ Iván Brandt\n principals !~ Carlos Moser",
            ),
            (
                "El presidente Tomás Riera recibió el lunes en Quito a la presidenta Lucía Ferrán. En otra reunión, el canciller Carlos Moser fue recibido por el primer ministro Iván Brandt.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n members !~ Carlos Moser\n members !~ Iván Brandt\n principals !~ Carlos Moser",
            ),
        ],
    );
}

/// "bilateral relations", "their bilateral ties", "la relación bilateral": a word that says how
/// many sides meet, qualifying another noun, reports no meeting; the call reported after such a
/// sentence is the meeting, with all its sides.
#[test]
fn bilateral_relations_are_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "Austria and Kenya stressed their bilateral relations on Monday. President Tomas Varga held a video conference with President Lina Okoro of Kenya and Prime Minister Ivo Brandt of Ghana.",
                "virtual = true\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals ~ Ivo Brandt",
            ),
            (
                "Bilateral trade between Austria and Kenya grew last year. President Tomas Varga held a video call with President Lina Okoro of Kenya and Prime Minister Ivo Brandt of Ghana on Monday.",
                "virtual = true\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals ~ Ivo Brandt",
            ),
            (
                "President Tomas Varga praised bilateral ties with Kenya in a speech on Monday.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Los gobiernos de Kenia y Ghana respaldaron a Austria en su relación bilateral con Alemania. El presidente Tomás Riera participó en una videoconferencia con la presidenta Lucía Ferrán, de Kenia, y el primer ministro Iván Brandt, de Ghana.",
                "virtual = true\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals ~ Iván Brandt",
            ),
            (
                "El comercio bilateral entre Austria y Kenia creció el año pasado. El presidente Tomás Riera mantuvo el lunes una videollamada con la presidenta Lucía Ferrán, de Kenia, y el primer ministro Iván Brandt, de Ghana.",
                "virtual = true\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals ~ Iván Brandt",
            ),
            (
                "El presidente Tomás Riera elogió el lunes la relación bilateral con Kenia en un discurso en Viena.",
                NONE,
            ),
        ],
    );
}

/// "President Okoro" after "President Lina Okoro": a principal named short is the same
/// principal, not a second one (but "King Salman" is not "Mohammed bin Salman").
#[test]
fn a_principal_named_short_is_one_principal() {
    check_rows(
        "en",
        &[(
            "The leaders of the alliance, President Lina Okoro of Kenya and President Tomas Varga of Austria, held a video call with Prime Minister Ivo Brandt. The call was chaired by President Okoro.",
            "principals = Lina Okoro | President | Kenya; Tomas Varga | President | Austria; Ivo Brandt | Prime Minister | -",
        )],
    );
    check_rows(
        "es",
        &[(
            "El presidente Iván Brandt participó en una videoconferencia con los líderes de la alianza, Lucía Ferrán, de Kenia, y Tomás Riera, de Austria. La reunión virtual fue presidida por la presidenta Ferrán.",
            "principals = Iván Brandt | Presidente | -; Lucía Ferrán | Líder de la alianza | Kenya; Tomás Riera | Líder de la alianza | Austria",
        )],
    );
    check_rows(
        "en",
        &[(
            "King Salman and Crown Prince Mohammed bin Salman received President Tomas Varga in Riyadh on Monday.",
            "principals ~ King Salman\n principals ~ Mohammed bin Salman\n principals ~ Tomas Varga",
        )],
    );
}

/// "…, two months after Okoro's summit with Brandt", "dos meses después de la cumbre": a
/// meeting a span of time away from the one reported is another, and its people are no
/// participants.
#[test]
fn a_meeting_a_span_of_time_away_is_another() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga and President Lina Okoro met in Vienna on Thursday, two months after Okoro's summit with Prime Minister Ivo Brandt ended in disagreement.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Ivo Brandt\n members !~ Ivo Brandt",
            ),
            (
                "President Tomas Varga met President Lina Okoro in Vienna on Thursday, a year after his talks with Prime Minister Ivo Brandt in Accra.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Ivo Brandt\n members !~ Ivo Brandt",
            ),
            (
                "President Tomas Varga will meet President Lina Okoro in Vienna next week, three weeks after Varga's meeting with Prime Minister Ivo Brandt.",
                "kind = bilateral\n principals ~ Tomas Varga\n principals ~ Lina Okoro\n principals !~ Ivo Brandt\n members !~ Ivo Brandt",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Tomás Riera y la presidenta Lucía Ferrán se reunieron el jueves en Viena, dos meses después de la cumbre de Ferrán con el primer ministro Iván Brandt.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Iván Brandt\n members !~ Iván Brandt",
            ),
            (
                "El presidente Tomás Riera recibió el jueves en Viena a la presidenta Lucía Ferrán, un año después de su reunión con el primer ministro Iván Brandt en Accra.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Iván Brandt\n members !~ Iván Brandt",
            ),
            (
                "El presidente Tomás Riera se reunirá la próxima semana con la presidenta Lucía Ferrán, tres semanas tras su encuentro con el primer ministro Iván Brandt.",
                "kind = bilateral\n principals ~ Tomás Riera\n principals ~ Lucía Ferrán\n principals !~ Iván Brandt\n members !~ Iván Brandt",
            ),
        ],
    );
}

/// A meeting has two sides. When all the article attests is one person meeting someone it
/// never names (a party, a team, "partners", an interview's hopes), with no country, no place
/// and no name of a meeting, the report is the one of no meeting, not "X held talks".
#[test]
fn one_side_and_nothing_else_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "The court annulled the decree on Thursday. Opposition leader Mara Quist said her party would meet on Monday to discuss its next steps.",
                NONE,
            ),
            (
                "Voters gave the ruling party a third term on Sunday. Prime Minister Lina Okoro said she will meet coalition partners this week.",
                NONE,
            ),
            (
                "In an interview broadcast on Sunday, President Tomas Varga said he hoped to hold talks soon.",
                NONE,
            ),
            (
                "Governor Ada Brill met with supporters on Friday after the vote count was announced.",
                NONE,
            ),
            (
                "Mayor Ruth Ekwe has been meeting residents all week to explain the new budget.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Los electores votaron el domingo. El alcalde Ramón Cifuentes dijo que se reunirá con su equipo el lunes.",
                NONE,
            ),
            (
                "La presidenta Lucía Ferrán mantendrá reuniones esta semana para formar gobierno.",
                NONE,
            ),
            (
                "El gobernador Tomás Riera se reunió el viernes con vecinos tras conocerse el recuento.",
                NONE,
            ),
            (
                "En una entrevista emitida el domingo, el presidente Tomás Riera dijo que espera reunirse pronto.",
                NONE,
            ),
            (
                "La ministra Lucía Ferrán se reunió ayer con los sindicatos del sector para explicar el presupuesto.",
                NONE,
            ),
        ],
    );
}

/// One side named and the other attested by its country, its place or the meeting's name is
/// still a meeting: the second side is there, unnamed.
#[test]
fn one_named_side_with_the_other_attested_is_a_meeting() {
    check_rows(
        "en",
        &[
            (
                "President Tomas Varga held talks with a Ghanaian delegation in Vienna on Monday.",
                "principals ~ Tomas Varga\n countries ~ Ghana",
            ),
            (
                "President Tomas Varga received the visiting Chilean foreign minister on Monday.",
                "principals ~ Tomas Varga",
            ),
            (
                "President Tomas Varga met his counterpart in Accra on Friday.",
                "principals ~ Tomas Varga\n city = Accra",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente Tomás Riera se reunió el martes en Quito con una delegación peruana.",
            "principals ~ Tomás Riera\n countries ~ Peru",
        )],
    );
}

/// "received the all-clear": a principal is the host who receives the guests only when what
/// he receives is a side or a visit; receiving a discharge, an award or a call makes nobody
/// the host, and a principal without a country gets none from it.
#[test]
fn receiving_a_thing_makes_no_host() {
    let untold = "principals ~ Darren Pike | President | -";
    let rows: &[(&str, &str, &str)] = &[
        (
            "President Darren Pike received the all-clear from his doctors and flew to Oslo, where he met Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
        (
            "President Darren Pike, who received an honorary degree in Oslo on Monday, met Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
        (
            "After receiving the award, President Darren Pike will meet Norwegian Prime Minister Helga Moss in Oslo.",
            "2024-03-04",
            untold,
        ),
        (
            "President Darren Pike receives the keys to the city of Oslo today and meets Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
        (
            "President Darren Pike received a medal in Oslo and lunched with Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
    ];
    common::check_all(rows);
}

/// "met in Japan", "a tour that included Denmark": a country named as a place someone is or
/// goes to is no side's own country, so a principal whose country the text does not give
/// gets none from it.
#[test]
fn a_place_visited_is_no_side() {
    let untold = "principals ~ Darren Pike | President | -";
    let rows: &[(&str, &str, &str)] = &[
        (
            "President Darren Pike met Norwegian Prime Minister Helga Moss in Japan on Saturday.",
            "2024-03-04",
            untold,
        ),
        (
            "President Darren Pike, on a tour that included Denmark and Sweden, met Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
        (
            "After visits to Denmark and Sweden, President Darren Pike met Norwegian Prime Minister Helga Moss in Oslo.",
            "2024-03-04",
            untold,
        ),
        (
            "Norwegian Prime Minister Helga Moss and President Darren Pike will hold talks in Japan, where both attend a summit in Japan next week.",
            "2024-03-04",
            untold,
        ),
        (
            "President Darren Pike travelled to Denmark on Monday, then met Norwegian Prime Minister Helga Moss.",
            "2024-03-04",
            untold,
        ),
    ];
    common::check_all(rows);
}

/// One leader who speaks of talks with neighbours and of going to a capital, in an interview
/// or a speech: the capital is no place of a meeting and names no second side ("expected to
/// visit Warsaw"); before, the cards read "X will hold talks".
#[test]
fn a_capital_one_leader_speaks_of_is_no_second_side() {
    check_rows(
        "en",
        &[
            (
                "In an interview broadcast on Sunday, President Tomas Lind said relations with his neighbours had never been better and that he expected to visit Vilnius early next year.",
                NONE,
            ),
            (
                "President Tomas Lind said on Monday that talks with his neighbours would continue and that he planned to visit Vilnius in the spring.",
                NONE,
            ),
            (
                "Prime Minister Ana Berg said on Tuesday that talks with her neighbours were going well and that she hoped to visit Tallinn before the summer.",
                NONE,
            ),
            (
                "President Tomas Lind told a radio station that the dialogue with his neighbours was frank and that he would go to Vilnius soon.",
                NONE,
            ),
            (
                "Prime Minister Ana Berg said relations with the region had improved and that she hoped to visit Canberra in the spring.",
                NONE,
            ),
        ],
    );
}

/// One participant and nothing that attests a second side is no meeting, whatever place and
/// day the article gives: a minister who resigns weeks before their country hosts a meeting, a
/// president who congratulates climbers to be received by officials, a leader asked about a
/// meeting at a press conference at home. A second side named as a country's adjective, met
/// as the object of a meeting word, or a place abroad keeps the meeting.
#[test]
fn one_participant_and_no_second_side_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "OSLO (Reuters) - Norwegian Defence Minister Ola Berg resigned on Monday after an \
                 inquiry criticised a helicopter contract, weeks before Norway hosts a meeting of \
                 Nordic defence chiefs. Prime Minister Kari Lund said she accepted the \
                 resignation with regret.",
                NONE,
            ),
            (
                "Dutch Health Minister Eva Smit resigned on Monday, weeks before the Netherlands \
                 hosts a meeting of European health officials in Utrecht.",
                NONE,
            ),
            (
                "COLOMBO - Sri Lankan President Nimal Perera on Monday received the national \
                 cricket team at the Presidential Secretariat. Prime Minister Anoma Silva and \
                 Sports Minister Ruwan Dias were also present.",
                NONE,
            ),
            // Someone else by title only as an owner ("Prime Minister X's government").
            (
                "THE HAGUE (Reuters) - Dutch Defence Minister Ruben Vos resigned on Monday after \
                 an inquiry criticised a tender, dealing a blow to Prime Minister Dirk Mol's \
                 government weeks before the Netherlands hosts a meeting of alliance defence \
                 chiefs.",
                NONE,
            ),
            (
                "Kathmandu, March 9 - Nepal's President Hari Thapa on Monday congratulated a team \
                 of climbers who reached the summit of Mount Lhotse. The climbers will be \
                 received at the airport in Kathmandu on Thursday by tourism officials.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "CIUDAD DE MÉXICO, 9 de marzo.- La presidenta Lucía Ferrán aseguró este lunes en \
                 su conferencia matutina en Palacio Nacional que México mantendrá la cooperación \
                 con Estados Unidos. Al ser cuestionada sobre la cumbre de América del Norte que \
                 se celebró el año pasado, la mandataria recordó los compromisos firmados.",
                NONE,
            ),
            (
                "MADRID, 9 Mar. (EP) - El canciller Pablo Ortiz aseguró este martes en una \
                 entrevista radiofónica que España no participará en ninguna operación en \
                 Groenlandia. Preguntado por si mantendrá conversaciones con su homólogo \
                 estadounidense, Ortiz ha respondido que los canales están abiertos pero que no \
                 hay ninguna cita prevista.",
                NONE,
            ),
            // One's own people as members: the same side still.
            (
                "QUITO, 9 mar (EFE).- El presidente Tomás Riera recibió este lunes en el Palacio \
                 de Carondelet a la selección ecuatoriana de fútbol. Acompañado por la \
                 vicepresidenta, Marta Gil, el mandatario saludó a los jugadores.",
                NONE,
            ),
            (
                "SANTIAGO, 8 mar (EFE).- El presidente chileno, Tomás Riera, reunió el domingo \
                 en su residencia a sus asesores más cercanos. En el encuentro participaron el \
                 ministro del Interior, Pablo Ruiz, y el secretario de Comunicación, Luis Prado.",
                NONE,
            ),
            (
                "La canciller hondureña y el canciller nicaragüense, Pablo Ruiz, mantuvieron una \
                 reunión este lunes en Managua para tratar asuntos limítrofes, informó el \
                 Gobierno.",
                "kind = ministerial\nprincipals ~ Pablo Ruiz",
            ),
        ],
    );
}

/// A meeting word near a parliament's sitting names an exchange in a debate, no meeting of
/// sides, in any tense and word order ("had a heated exchange during Prime Minister's
/// Questions", "un duro cara a cara en la sesión de control"); a meeting held after a debate, in
/// a sentence of its own, is still one.
#[test]
fn an_exchange_in_a_parliamentary_debate_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "Prime Minister Anna Vogel and opposition leader Tom Reyes met in a heated \
                 exchange during a parliamentary debate on Wednesday.",
                NONE,
            ),
            (
                "During a censure debate on Tuesday, Prime Minister Anna Vogel and opposition \
                 leader Tom Reyes traded accusations in a tense encounter.",
                NONE,
            ),
            (
                "Prime Minister Anna Vogel left the budget debate early on Tuesday. She met \
                 Chilean President Luis Benitez at her office an hour later.",
                "kind = bilateral\nprincipals ~ Luis Benitez",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente del Gobierno, Pedro Lanza, y el líder de la oposición, Tomás Reyes, \
                 protagonizaron ayer un duro cara a cara en la sesión de control del Congreso.",
                NONE,
            ),
            (
                "En el pleno del Senado, la presidenta Ana Vidal y el senador Tomás Reyes \
                 mantuvieron un tenso encuentro dialéctico este martes.",
                NONE,
            ),
        ],
    );
}

/// A leader with no country named and officials with none either, beside him on a visit at
/// home ("toured the flood zone with the regional governor", "acompañado por la alcaldesa"): one
/// side, his own people, and no meeting; an official he receives is met by him and stays a
/// second side ("recibió el lunes al canciller X"), as does a partner in the subject ("X and
/// Chairman Y held talks").
#[test]
fn officials_of_no_country_beside_a_leader_are_his_own_people() {
    check_rows(
        "en",
        &[
            (
                "President Jorge Salas toured flood-hit districts on Monday with the regional \
                 governor, Luis Mena, and met local mayors.",
                NONE,
            ),
            (
                "Prime Minister Ana Lund visited the storm-damaged port on Tuesday, accompanied by \
                 Mayor Tom Reed, and promised aid.",
                NONE,
            ),
            (
                "Governor Luis Mena was joined by President Jorge Salas as they inspected the dam \
                 on Sunday.",
                NONE,
            ),
            (
                "President Jorge Salas will tour the quake zone on Friday alongside Governor Maria \
                 Ortiz and Interior Minister Paul Dane.",
                NONE,
            ),
            (
                "President Jorge Salas received Foreign Minister Luis Mena on Monday.",
                "kind = bilateral\nprincipals ~ Jorge Salas",
            ),
            // Partners in the subject are two sides.
            (
                "President Jorge Salas and Chairman Kiro Basset will hold talks on Monday.",
                "kind = bilateral\nprincipals ~ Jorge Salas",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente Jorge Salas sobrevoló este lunes las zonas afectadas por las \
                 inundaciones, acompañado por el gobernador regional, Luis Mena, y se reunió con \
                 los alcaldes de la región.",
                NONE,
            ),
            (
                "La presidenta Marta Ruiz recorrerá el jueves las obras del hospital junto a la \
                 alcaldesa, Inés Mora, y el ministro de Salud, Pedro Gil.",
                NONE,
            ),
            (
                "El mandatario Jorge Salas, junto al gobernador Luis Mena, inspeccionó ayer el \
                 puente dañado y se reunió con los vecinos.",
                NONE,
            ),
            (
                "El presidente Jorge Salas recibió este lunes al canciller Luis Mena.",
                "kind = bilateral\nprincipals ~ Jorge Salas",
            ),
        ],
    );
}

/// Leaders of a country's own communities, faiths, localities or opposition ("religious
/// leaders", "local leaders", "opposition leaders", "líderes opositores", "dirigentes
/// indígenas") are no second side: a leader meeting them at home holds no meeting of leaders,
/// in any tense.
#[test]
fn leaders_of_ones_own_communities_are_no_second_side() {
    check_rows(
        "en",
        &[
            (
                "Nigerian President Musa Danjuma held talks with opposition leaders in Abuja on \
                 Monday.",
                NONE,
            ),
            (
                "President Musa Danjuma of Nigeria met religious leaders in Kano on Monday.",
                NONE,
            ),
            (
                "Prime Minister Nadia Kerr will meet local leaders in the flooded valley on Friday.",
                NONE,
            ),
            (
                "President Musa Danjuma met religious leaders and tribal elders on Monday to \
                 discuss security.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente boliviano, Jorge Salas, se reunió en La Paz con líderes opositores.",
                NONE,
            ),
            (
                "La presidenta Marta Ruiz mantendrá un encuentro con dirigentes indígenas el \
                 viernes.",
                NONE,
            ),
            (
                "El presidente Jorge Salas se reunió este lunes con líderes religiosos y alcaldes \
                 de la región.",
                NONE,
            ),
        ],
    );
}

/// Who goes with a side is no meeting of sides: a word of coming with someone whose object is
/// the person accompanied ("will accompany him", "joined the Prime Minister for the trip",
/// "acompañarán al presidente"), or the delegation someone is part of ("are part of the
/// delegation", "forman parte de la comitiva"); beside a meeting, the meeting stays.
#[test]
fn a_leaders_companions_are_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "Foreign Minister Paul Girard and Trade Minister Anne Lachance will accompany him.",
                NONE,
            ),
            (
                "Foreign Minister Paul Girard and Trade Minister Anne Lachance accompanied the \
                 president on Monday.",
                NONE,
            ),
            (
                "Foreign Secretary Grace Achieng and Trade Secretary Peter Kiprono are part of the \
                 delegation.",
                NONE,
            ),
            (
                "Defence Minister Joe Hart and Health Minister Ruth Dale have joined the Prime \
                 Minister for the trip.",
                NONE,
            ),
            (
                "Foreign Minister Paul Girard accompanied President Marc Olier when he met \
                 Chancellor Eva Brandt in Berlin on Monday.",
                "kind = bilateral\nprincipals ~ Marc Olier\nprincipals ~ Eva Brandt",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La canciller, Lucía Bengolea, y el ministro de Economía, Federico Arrieta, \
                 acompañarán al presidente.",
                NONE,
            ),
            (
                "La canciller Lucía Bengolea y el ministro de Economía Federico Arrieta forman \
                 parte de la comitiva.",
                NONE,
            ),
            (
                "La ministra de Salud, Ana Paz, y el ministro del Interior, Luis Roca, acompañan a \
                 la presidenta en su gira.",
                NONE,
            ),
            (
                "El canciller Pablo Ruiz acompañó al presidente Marc Olier en su reunión del lunes \
                 en Berlín con la canciller alemana, Eva Brandt.",
                "kind = bilateral\nprincipals ~ Marc Olier\nprincipals ~ Eva Brandt",
            ),
        ],
    );
}

/// The holders of a town's or a region's office ("the mayor of Barcelona", "Governor X", "la
/// gobernadora de Cusco", "gobernadores") are a leader's own people: a leader meeting them,
/// whatever the tense and whoever receives whom, holds no meeting of leaders; beside a leader
/// of another side, the meeting stays.
#[test]
fn a_towns_or_a_regions_officials_are_ones_own_people() {
    check_rows(
        "en",
        &[
            (
                "Spanish Prime Minister Julia Ferrer met the mayor of Barcelona, Jordi Puig, on \
                 Monday.",
                NONE,
            ),
            (
                "Prime Minister Anna Berg met Governor Tom Hale on Friday to discuss the floods.",
                NONE,
            ),
            (
                "Labour Minister Sophie Garnier will meet state governors in Lyon on Tuesday.",
                NONE,
            ),
            (
                "Spanish Prime Minister Julia Ferrer met French President Marc Olier and the mayor \
                 of Barcelona, Jordi Puig, on Monday.",
                "kind = bilateral\nprincipals ~ Julia Ferrer\nprincipals ~ Marc Olier",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La presidenta Marcela Andino se reunió con el alcalde de San Pedro Sula, Roberto \
                 Fajardo.",
                NONE,
            ),
            (
                "El presidente Jorge Salas recibió este lunes a la gobernadora de Cusco, Ana \
                 Quispe.",
                NONE,
            ),
            (
                "El secretario de Economía, Rodrigo Salcedo, se reunirá el jueves con \
                 gobernadores en Monterrey.",
                NONE,
            ),
        ],
    );
}

/// One side's own people qualified by countries ("German and Brazilian business leaders",
/// "líderes religiosos peruanos y bolivianos") are a group of no office: no principals of
/// those countries, no second side.
#[test]
fn own_people_of_several_countries_are_no_sides() {
    check_rows(
        "en",
        &[
            (
                "Chancellor Otto Berg will meet German and Brazilian business leaders in Sao Paulo \
                 on Tuesday.",
                NONE,
            ),
            (
                "Prime Minister Anna Berg met Swedish and Finnish religious leaders in Uppsala on \
                 Monday.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El presidente Jorge Salas se reunió con líderes religiosos peruanos y bolivianos en \
             Puno.",
            NONE,
        )],
    );
}

/// A place abroad attests a second side only for a principal whose country the text names: a
/// minister of no country named meeting executives in Madrid holds no meeting of sides. Words
/// of one's own people that also name bodies are so only written small ("community leaders",
/// "union representatives"; not "the East African Community summit").
#[test]
fn a_place_abroad_needs_a_country_of_ones_own() {
    check_rows(
        "en",
        &[
            (
                "President Musa Danjuma met community leaders and union representatives in Kano \
                 on Monday.",
                NONE,
            ),
            (
                "Presidents Samia Hassan of Tanzania and William Mutua of Kenya met at the East \
                 African Community summit in Arusha on Saturday.",
                "kind = bilateral\nprincipals ~ Samia Hassan\nprincipals ~ William Mutua",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "El ministro de Industria, Jordi Herrera, se reunió este lunes en Madrid con los \
             primeros ejecutivos de las tres mayores eléctricas del país.",
            NONE,
        )],
    );
}

/// A leader with a member of their own government named of the same country holds no meeting
/// of sides; nor with their ministers by a possessive, a town's or a state's heads, or
/// students' leaders; a seat of government is no side for a leader of no country named. A
/// counterpart, a country or a place abroad still makes the second side.
#[test]
fn a_leader_with_their_own_government_is_no_meeting() {
    check_rows(
        "en",
        &[
            (
                "German Chancellor Henrik Vogel held talks with German Finance Minister Greta \
                 Hollmann on Monday.",
                NONE,
            ),
            (
                "President Joe Tran met senators at the White House on Monday.",
                NONE,
            ),
            (
                "Prime Minister Arvind Khanna met the chief ministers in New Delhi on Monday.",
                NONE,
            ),
            (
                "Prime Minister Arvind Khanna will meet his ministers in London on Friday.",
                NONE,
            ),
            (
                "President Joe Tran met the leaders of the Senate and the House in Boston on \
                 Monday.",
                NONE,
            ),
            (
                "Leaders of the Gulf states will hold a summit in Riyadh next Monday, chaired by \
                 Crown Prince Khalid Saud.",
                "summary ~ Khalid Saud",
            ),
            (
                "Indonesian President Budi Santoso met student leaders in Bandung on Monday.",
                NONE,
            ),
            (
                "President Budi Santoso held a dialogue with students in Jakarta on Monday. Some \
                 40 student leaders from universities across Sumatra attended.",
                NONE,
            ),
            (
                "Brazil's President Ana Lima met Finance Minister Pablo Soto in Santiago on \
                 Monday.",
                "kind = bilateral\nprincipals ~ Pablo Soto",
            ),
            (
                "US President Joe Tran met his counterpart Ana Lima at the White House on \
                 Monday.",
                "kind = bilateral\nprincipals ~ Ana Lima",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente argentino, Gustavo Ferreyra, se reunirá el viernes con sus \
                 ministros en Buenos Aires.",
                NONE,
            ),
            (
                "El presidente de Bolivia, Edmundo Choque, dialogó con dirigentes universitarios \
                 en La Paz.",
                NONE,
            ),
            (
                "El presidente chileno, Felipe Carrasco, asistió a la ceremonia en Santiago junto \
                 a los presidentes del Senado y de la Cámara.",
                NONE,
            ),
            (
                "El presidente chileno, Felipe Carrasco, se reunió en Santiago con los \
                 presidentes de Argentina y Perú.",
                "kind = multilateral",
            ),
            (
                "El presidente argentino, Gustavo Ferreyra, recibió a su homólogo, Raúl Benítez, \
                 en la Casa Rosada.",
                "kind = bilateral\nprincipals ~ Raúl Benítez",
            ),
            (
                "El presidente argentino, Gustavo Ferreyra, recibió al canciller chileno, Raúl \
                 Benítez, en la Casa Rosada.",
                "kind = bilateral\nprincipals ~ Raúl Benítez | Canciller | Chile",
            ),
        ],
    );
}

/// The agent of a passive received the subject: people of no side received by a leader make no
/// meeting, a leader received by another does. A capital inside a person's name places no one
/// ("President Ana Lima" is no host in Peru).
#[test]
fn the_agent_of_a_passive_is_the_host() {
    check_rows(
        "en",
        &[
            (
                "The players were received by Prime Minister Oliver Hartley on Monday.",
                NONE,
            ),
            (
                "President Ana Lima was received by Prime Minister Oliver Hartley in London on \
                 Monday.",
                "kind = bilateral\nprincipals = Ana Lima | President | -; Oliver Hartley | Prime \
                 Minister | United Kingdom",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Los jugadores de la selección fueron recibidos el lunes por el presidente del \
                 Gobierno, Julián Robledo.",
                NONE,
            ),
            (
                "La presidenta brasileña, Ana Lima, fue recibida por el presidente del Gobierno \
                 español, Julián Robledo, en Madrid.",
                "kind = bilateral\nprincipals ~ Julián Robledo | Presidente del Gobierno | Spain",
            ),
        ],
    );
}

/// A body of one's own people's, named as the meeting ("the Conference of Catholic Bishops",
/// "la Conferencia Episcopal"), is no second side, as its members are not, whatever
/// capitalised words qualify them ("Catholic and Anglican bishops").
#[test]
fn a_body_of_ones_own_people_is_no_second_side() {
    check_rows(
        "en",
        &[
            (
                "NAIROBI (Reuters) - President David Mwangi met the Conference of Catholic \
                 Bishops on Monday.",
                NONE,
            ),
            (
                "President David Mwangi will address the Council of Imams in Mombasa on Friday.",
                NONE,
            ),
            // Capitalised words before one's own people qualify them and name no one.
            (
                "President David Mwangi met with Catholic and Anglican bishops in Nairobi on \
                 Monday.",
                NONE,
            ),
            (
                "President David Mwangi met with Presidents Ruto and Odinga in Nairobi on Monday.",
                "principals ~ Odinga",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "BOGOTÁ (EFE) - El presidente de Colombia, Alejandro Quintero, asistió este lunes a \
             la asamblea de la Conferencia Episcopal.",
            NONE,
        )],
    );
}

/// A group of people met by one leader is a second side only when something says whose it
/// is: a country, an organisation or a part of the world before or after it, members of
/// states, a portfolio held once in each government, or a group of several sides by itself.
/// "The leaders of the unions", "los mandatarios provinciales" say none, and one leader with
/// them is no meeting.
#[test]
fn a_group_says_whose_it_is_to_be_a_second_side() {
    check_rows(
        "en",
        &[
            (
                "French President Marc Aubert met the leaders of France's trade unions at the \
                 Elysee Palace on Monday.",
                NONE,
            ),
            (
                "President Ana Duarte will receive the leaders of all parties represented in \
                 parliament at Belem Palace from Wednesday.",
                NONE,
            ),
            (
                "The heads of the country's five largest banks were received by Prime Minister \
                 Lena Holt in Oslo on Tuesday.",
                NONE,
            ),
            (
                "Prime Minister Lena Holt has met the presidents of three regional councils in \
                 Bergen.",
                NONE,
            ),
            // Whose it is: a part of the world, an organisation's members, a portfolio.
            (
                "President Ana Duarte met Gulf leaders in Riyadh on Monday.",
                "principals ~ Ana Duarte\n summary ~ Ana Duarte",
            ),
            (
                "President Ana Duarte will meet the heads of the member states of the African \
                 Union in Lisbon on Friday.",
                "principals ~ Ana Duarte\n summary ~ Ana Duarte",
            ),
            (
                "President Ana Duarte received the foreign ministers in Lisbon on Monday.",
                "principals ~ Ana Duarte\n summary ~ Ana Duarte",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "El presidente argentino, Julio Sosa, se reunió este miércoles en la Casa Rosada \
                 con los mandatarios provinciales.",
                NONE,
            ),
            (
                "La ministra de Trabajo, Elena Ruiz, se reunió el lunes en Bogotá con los \
                 presidentes de las centrales obreras.",
                NONE,
            ),
            (
                "Los dirigentes de los partidos de la oposición fueron recibidos el martes por \
                 el presidente Tomás Berg en el Palacio de Gobierno, en Lima.",
                NONE,
            ),
            (
                "El presidente Julio Sosa recibirá el viernes en la Casa Rosada a los \
                 mandatarios africanos.",
                "principals ~ Julio Sosa\n summary ~ Julio Sosa",
            ),
            (
                "El presidente Julio Sosa se reunió el lunes en Buenos Aires con los \
                 cancilleres de la región.",
                "principals ~ Julio Sosa\n summary ~ Julio Sosa",
            ),
        ],
    );
}

/// A plural title after a word of attending and its genitive link names who took part, one
/// holder per owner ("with the participation of the presidents of A, B and C", "con la
/// participación de los presidentes de A y B", "in the presence of the leaders of A and B"),
/// unlike a title that only says whose something is ("the agreements of the leaders of A and
/// B").
#[test]
fn a_plural_title_after_a_word_of_attending_names_who_took_part() {
    common::check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "The Mercosur summit was held on Tuesday in Brasilia with the participation of the \
                 presidents of Argentina, Brazil, Paraguay and Uruguay.",
                "kind = multilateral
                 countries ~ Argentina
                 countries ~ Uruguay
                 principals ~ President | Paraguay",
            ),
            (
                "The Andean summit opened in Lima on Monday in the presence of the presidents of \
                 Peru, Bolivia and Ecuador.",
                "kind = multilateral
                 principals ~ President | Bolivia",
            ),
        ],
    );
    common::check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                "La cumbre del Mercosur se celebró este martes en Brasilia con la participación de \
                 los presidentes de Argentina, Brasil, Paraguay y Uruguay.",
                "kind = multilateral
                 principals ~ Presidente | Uruguay",
            ),
            (
                "La cumbre andina contará el lunes en Lima con la presencia de los presidentes de \
                 Perú, Bolivia y Ecuador.",
                "kind = multilateral
                 status = planned
                 principals ~ Presidente | Ecuador",
            ),
        ],
    );
}

/// Clergy by their church titles are no side of a meeting of leaders ("met Archbishop X",
/// "recibió al arzobispo X", "Bishop A and Imam B"), nor are a country's religious leaders
/// ("Christian and Muslim leaders"); the Pope is a head of state, and a cardinal who holds an
/// office of the Holy See is its official.
#[test]
fn clergy_are_no_side_but_the_holy_sees_offices_are() {
    common::check_rows(
        "en",
        "2026-03-10",
        "",
        &[
            (
                "Nigerian President Musa Adeyemi met Archbishop Emmanuel Okafor in Abuja on Monday.",
                "kind = other",
            ),
            (
                "Nigerian President Musa Adeyemi met Bishop Emmanuel Okafor and Imam Sani Dikko in \
                 Abuja on Monday.",
                "kind = other",
            ),
            (
                "Nigerian President Musa Adeyemi met Christian and Muslim leaders at the State \
                 House in Abuja on Monday.",
                "kind = other",
            ),
            (
                "Pope Leo XIV received President Ana Cruz of the Philippines at the Vatican on \
                 Monday.",
                "kind = bilateral
                 principals ~ Ana Cruz",
            ),
            (
                "Cardinal Pietro Rossi, the Vatican Secretary of State, met Philippine Foreign \
                 Minister Jose Reyes in Rome on Monday.",
                "principals ~ Pietro Rossi | Secretary of State | Vatican City",
            ),
        ],
    );
    common::check_rows(
        "es",
        "2026-03-10",
        "",
        &[
            (
                "El presidente de Nigeria, Musa Adeyemi, recibió el lunes al arzobispo Emmanuel \
                 Okafor en Abuja.",
                "kind = other",
            ),
            (
                "El presidente de Nigeria, Musa Adeyemi, se reunió el lunes con el obispo Emmanuel \
                 Okafor y el imán Sani Dikko en Abuja.",
                "kind = other",
            ),
        ],
    );
}

/// Ministers who come with a side ("accompanied by ten ministers", "acompañado de once
/// ministros") are no meeting of many ministers: the leaders' meeting stays bilateral; a
/// meeting of ministers from many countries, a leader opening it, is ministerial.
#[test]
fn ministers_who_come_with_a_leader_make_no_ministerial_meeting() {
    common::check_all(&[
        (
            "German Chancellor Karl Brandt and Polish Prime Minister Adam Nowak held talks in Warsaw on Tuesday. Brandt was accompanied by ten ministers.",
            "2026-05-12",
            "kind = bilateral",
        ),
        (
            "Austrian Chancellor Lena Huber opened a meeting of energy ministers from 12 countries in Vienna on Tuesday.",
            "2026-05-12",
            "kind = ministerial",
        ),
    ]);
    common::check_in(
        "es",
        &[(
            "El canciller alemán, Karl Brandt, se reunió el martes en Varsovia con el primer ministro polaco, Adam Nowak. Brandt llegó acompañado de once ministros."
                .to_string(),
            "2026-05-12",
            "kind = bilateral",
        )],
    );
}
