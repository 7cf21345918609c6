//! Who the cast keeps as present (issues #12 and #13): presence said in any tense with the
//! subject after the verb, leaders of three countries met in person after a list of aides,
//! and a delegation's list before the sentence that reports the meeting. Every sentence here is
//! written by the team; the names are invented.

mod common;
use common::check_in;

/// Checks each `(text, expected)` row read as `lang`, published on 2024-03-12.
fn check_lang(lang: &str, table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| (text.to_string(), "2024-03-12", expected))
        .collect();
    check_in(lang, &rows);
}

/// "En el acto estaban presentes A; B", "Estarán presentes A y B", "Allí estarán A y B",
/// "A and B will be present": the people present at the meeting, in any tense, are its
/// delegation members.
#[test]
fn presence_in_any_tense_lists_members() {
    check_lang(
        "es",
        &[
            (
                "El presidente de Uruguay, Martín Olazábal, recibió al presidente de Chile, Tomás \
                 Ferrada, en el Palacio Legislativo. En el acto oficial estaban presentes el \
                 canciller uruguayo, Julio Bértola; la ministra de Economía, Silvia Arnau, y el \
                 embajador chileno, Pablo Riquelme.",
                "members ~ Julio Bértola\nmembers ~ Silvia Arnau\nmembers ~ Pablo Riquelme\n\
                 principals ~ Tomás Ferrada",
            ),
            (
                "El presidente de Uruguay, Martín Olazábal, recibirá el lunes al presidente de \
                 Chile, Tomás Ferrada, en Montevideo. Esa tarde estarán presentes el canciller \
                 uruguayo, Julio Bértola, y la ministra de Economía, Silvia Arnau.",
                "members ~ Julio Bértola\nmembers ~ Silvia Arnau\nkind = bilateral",
            ),
            (
                "El presidente de Uruguay, Martín Olazábal, se reunió con el presidente de Chile, \
                 Tomás Ferrada, en Montevideo. También estaba presente el canciller uruguayo, \
                 Julio Bértola.",
                "members ~ Julio Bértola | Canciller | Uruguay",
            ),
            (
                "El presidente de Uruguay, Martín Olazábal, y el presidente de Chile, Tomás \
                 Ferrada, mantuvieron un encuentro en Montevideo. En Montevideo han estado \
                 presentes la ministra de Economía, Silvia Arnau; el canciller, Julio Bértola, y \
                 el embajador, Pablo Riquelme.",
                "members ~ Silvia Arnau\nmembers ~ Julio Bértola\nmembers ~ Pablo Riquelme",
            ),
            (
                "El presidente de Chile, Tomás Ferrada, visitará Montevideo, donde se reunirá con \
                 el presidente de Uruguay, Martín Olazábal. Allí estarán el canciller chileno, \
                 Ignacio Valdivieso, y la ministra de Economía, Silvia Arnau.",
                "members ~ Ignacio Valdivieso | Canciller | Chile\nmembers ~ Silvia Arnau",
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Estonian President Kalev Rand met Latvian President Inga Ozola in Tallinn on \
                 Monday. Foreign Minister Peeter Sild and Economy Minister Mari Kask were also \
                 present.",
                "members ~ Peeter Sild\nmembers ~ Mari Kask",
            ),
            (
                "Estonian President Kalev Rand will host Latvian President Inga Ozola in Tallinn \
                 next week. Foreign Minister Peeter Sild and Economy Minister Mari Kask will be \
                 present as well.",
                "members ~ Peeter Sild\nmembers ~ Mari Kask\nkind = bilateral",
            ),
            (
                "Estonian President Kalev Rand held talks with Latvian President Inga Ozola in \
                 Tallinn. Foreign Minister Peeter Sild and Economy Minister Mari Kask are present \
                 too.",
                "members ~ Peeter Sild\nmembers ~ Mari Kask",
            ),
        ],
    );
}

/// "se reunió con sus homólogos de A, X; de B, Y; y de C, Z", "met his counterparts from A, X;
/// B, Y; and C, Z": leaders of three countries met in person make a meeting of leaders, even
/// when a sentence before lists only aides at a dinner; the aides are members.
#[test]
fn leaders_of_three_countries_meet_as_leaders() {
    let leaders = "principals ~ Villamizar\nprincipals ~ Ecuador\nprincipals ~ Peru\n\
                   principals ~ Bolivia\nkind = multilateral";
    check_lang(
        "es",
        &[
            (
                "Con una cena en Quito concluyó la gira del presidente de Colombia, Andrés \
                 Villamizar. Entre los funcionarios que participaron en la cena estuvieron el \
                 ministro de Comercio, Félix Ordóñez, y la jefa de Gabinete, Lucía Carvajal. \
                 Durante la jornada, el presidente Villamizar se reunió con sus homólogos de \
                 Ecuador, Mateo Benalcázar; de Perú, Rodrigo Quispe; y de Bolivia, Evaristo \
                 Mamani.",
                leaders,
            ),
            (
                "El canciller de Colombia, Félix Ordóñez, acompañó al presidente en la cena de \
                 gala. Más tarde, en la sede del organismo, el presidente colombiano, Andrés \
                 Villamizar, sostuvo un encuentro con los mandatarios de Ecuador, Mateo \
                 Benalcázar; de Perú, Rodrigo Quispe; y de Bolivia, Evaristo Mamani.",
                "members ~ Félix Ordóñez\nprincipals !~ Félix Ordóñez",
            ),
            (
                "La ministra de Comercio de Colombia, Lucía Carvajal, asistió a la cena ofrecida \
                 en Lima. El jueves, el presidente colombiano, Andrés Villamizar, se reunirá con \
                 sus pares de Ecuador, Mateo Benalcázar; de Perú, Rodrigo Quispe, y de Bolivia, \
                 Evaristo Mamani.",
                leaders,
            ),
        ],
    );
    check_lang(
        "en",
        &[
            (
                "Colombian Trade Minister Felix Ordonez attended the dinner in Lima on \
                 Wednesday. On Thursday, Colombian President Andres Villamizar met his \
                 counterparts from Ecuador, Mateo Benalcazar; Peru, Rodrigo Quispe; and Bolivia, \
                 Evaristo Mamani.",
                leaders,
            ),
            (
                "Those who attended the dinner in Lima included Colombian Trade Minister Felix \
                 Ordonez. Later, Ecuadorian President Mateo Benalcazar, Peruvian President \
                 Rodrigo Quispe and Bolivian President Evaristo Mamani were received by \
                 Colombian President Andres Villamizar.",
                "members ~ Felix Ordonez\nprincipals !~ Felix Ordonez\nkind = multilateral",
            ),
        ],
    );
}

/// "The delegation included A and B. X met Y": a sentence that lists a delegation's members
/// names no side; the sentence that reports the meeting anchors the cast.
#[test]
fn a_delegations_list_does_not_anchor_the_cast() {
    let sides = "principals ~ Harald Vik\nprincipals ~ Karen Lund\nmembers ~ Olav Brekke\n\
                 members ~ Sigrid Holm\nkind = bilateral";
    check_lang(
        "en",
        &[
            (
                "The Norwegian delegation included Deputy Foreign Minister Olav Brekke and Trade \
                 Director Sigrid Holm. Prime Minister Harald Vik held talks with Danish Prime \
                 Minister Karen Lund in Copenhagen.",
                sides,
            ),
            (
                "The delegation will include Deputy Foreign Minister Olav Brekke and Trade \
                 Director Sigrid Holm. Norwegian Prime Minister Harald Vik will meet Danish Prime \
                 Minister Karen Lund in Copenhagen on 4 May.",
                sides,
            ),
        ],
    );
    check_lang(
        "es",
        &[(
            "La delegación noruega incluyó al viceministro de Exteriores, Olav Brekke, y a la \
             directora de Comercio, Sigrid Holm. El primer ministro noruego, Harald Vik, se reunió \
             en Copenhague con la primera ministra danesa, Karen Lund.",
            sides,
        )],
    );
}

/// "Leaders were welcomed to the G20 by X", "arrived at the G20", "fueron recibidos en la OEA":
/// an organisation where people arrive or are welcomed names a gathering; the leaders the
/// text then shows there, with no meeting verb, are its sides.
#[test]
fn an_organisation_reached_names_the_gathering() {
    let sides = "principals ~ Jean Tremblay\nprincipals ~ Kenji Sato\nprincipals ~ Daniel Otieno\n\
                 kind = multilateral";
    check_lang(
        "en",
        &[
            (
                "Another group of leaders was welcomed to the G20 by Brazilian President Lucas \
                 Moreira on Sunday. Later, Canadian Prime Minister Jean Tremblay chatted with \
                 Japanese Prime Minister Kenji Sato and Kenyan President Daniel Otieno.",
                sides,
            ),
            (
                "Leaders arrived at the G20 in the morning, greeted by Brazilian President Lucas \
                 Moreira. Canadian Prime Minister Jean Tremblay stood beside Japanese Prime \
                 Minister Kenji Sato and Kenyan President Daniel Otieno for the photo.",
                sides,
            ),
            (
                "Heads of government will be welcomed to ASEAN by Thai Prime Minister Somchai \
                 Boonmee on Friday. Singaporean Prime Minister Lim Wei Ming and Philippine \
                 President Ramon Santos are expected, along with Vietnamese Prime Minister Tran \
                 Van Hoa.",
                "principals ~ Lim Wei Ming\nprincipals ~ Ramon Santos\nprincipals ~ Tran Van Hoa\n\
                 kind = multilateral",
            ),
        ],
    );
    check_lang(
        "es",
        &[
            (
                "Los líderes llegaron al G20 por la mañana y fueron recibidos por el presidente \
                 de Brasil, Lucas Moreira. El primer ministro de Canadá, Jean Tremblay, conversó \
                 luego con el primer ministro de Japón, Kenji Sato, y el presidente de Kenia, \
                 Daniel Otieno.",
                sides,
            ),
            (
                "Los mandatarios fueron recibidos en la OEA por el presidente de Panamá, Rubén \
                 Castillero. Entre ellos figuraban el presidente de Chile, Tomás Ferrada; la \
                 presidenta de Honduras, Alba Zelaya, y el presidente de Uruguay, Martín Olazábal.",
                "principals ~ Tomás Ferrada\nprincipals ~ Alba Zelaya\n\
                 principals ~ Martín Olazábal\nkind = multilateral",
            ),
        ],
    );
}

/// "Those expected to attend include A, B and C": an attendance verb whose clause is the
/// subject of a verb of membership has no object of its own; the people listed attend.
#[test]
fn expected_attendees_listed() {
    let sides = "principals ~ Tala Faleolo\nprincipals ~ Sione Fifita\nprincipals ~ Kalo Tari\n\
                 kind = multilateral";
    check_lang(
        "en",
        &[
            (
                "Leaders from across the Pacific will gather in Suva on Thursday for the regional \
                 summit hosted by Fijian Prime Minister Josaia Naulu. Those expected to attend \
                 include Samoan Prime Minister Tala Faleolo, Tongan Prime Minister Sione Fifita \
                 and Vanuatu President Kalo Tari.",
                sides,
            ),
            (
                "Fijian Prime Minister Josaia Naulu hosted the Pacific leaders in Suva. Leaders \
                 who attended included Samoa's Prime Minister Tala Faleolo, Tonga's Prime \
                 Minister Sione Fifita and Vanuatu's President Kalo Tari.",
                sides,
            ),
            (
                "The regional summit opens in Suva on Thursday, with Fijian Prime Minister \
                 Josaia Naulu as host. Those due to attend include the prime ministers of Samoa, \
                 Tala Faleolo, and Tonga, Sione Fifita, and the president of Vanuatu, Kalo Tari.",
                sides,
            ),
            (
                "Fijian Prime Minister Josaia Naulu will host a regional summit in Suva next \
                 month. Leaders likely to attend include Samoan Prime Minister Tala Faleolo, \
                 Tongan Prime Minister Sione Fifita and Vanuatu President Kalo Tari.",
                sides,
            ),
        ],
    );
}

/// "Entre los asistentes estuvieron A (Chile), B (Honduras) y C (Uruguay)": names without a
/// title but with their country in brackets are sides; three of them make the meeting
/// multilateral.
#[test]
fn untitled_names_with_their_country_count_as_sides() {
    let sides = "principals ~ Tomás Ferrada | - | Chile\nprincipals ~ Alba Zelaya | - | Honduras\n\
                 principals ~ Martín Olazábal | - | Uruguay\nkind = multilateral";
    check_lang(
        "es",
        &[
            (
                "Los líderes de la región se reunirán el jueves en Asunción en la cumbre \
                 organizada por el presidente de Paraguay, Hugo Benítez. Entre los asistentes \
                 esperados figuran Tomás Ferrada (Chile), Alba Zelaya (Honduras) y Martín \
                 Olazábal (Uruguay).",
                sides,
            ),
            (
                "El presidente de Paraguay, Hugo Benítez, recibió el jueves en Asunción a los \
                 líderes de la región. Entre los asistentes estuvieron Tomás Ferrada (Chile), \
                 Alba Zelaya (Honduras) y Martín Olazábal (Uruguay).",
                sides,
            ),
        ],
    );
    let guests = "principals ~ Alba Zelaya | - | Honduras\nprincipals ~ Martín Olazábal | - | \
                  Uruguay\nprincipals ~ Hugo Benítez | - | Paraguay\nkind = multilateral";
    check_lang(
        "es",
        &[
            (
                "El presidente chileno, Tomás Ferrada, recibió en Santiago a Alba Zelaya \
                 (Honduras), Martín Olazábal (Uruguay) y Hugo Benítez (Paraguay).",
                guests,
            ),
            (
                "Alba Zelaya (Honduras), Martín Olazábal (Uruguay) y Hugo Benítez (Paraguay) \
                 asistirán a la reunión que presidirá en Santiago el mandatario chileno, Tomás \
                 Ferrada.",
                guests,
            ),
        ],
    );
    check_lang(
        "en",
        &[(
            "Chilean President Tomás Ferrada hosted the leaders in Santiago on Friday. Taking \
             part were Alba Zelaya (Honduras), Martín Olazábal (Uruguay) and Hugo Benítez \
             (Paraguay).",
            guests,
        )],
    );
}

/// Checks each `(text, expected)` row read as `lang`, published on 2024-04-12.
fn check_april(lang: &str, table: &[(&str, &str)]) {
    let rows: Vec<(String, &str, &str)> = (table.iter())
        .map(|&(text, expected)| (text.to_string(), "2024-04-12", expected))
        .collect();
    check_in(lang, &rows);
}

/// "su reunión con el presidente uruguayo, X, celebrada en enero", "his meeting with the
/// Uruguayan president, X, held in January": a date after the meeting word's complement and a
/// name in apposition still dates that meeting away from the publication; whoever it names is
/// not at this one.
#[test]
fn a_meeting_dated_after_an_apposition_is_another() {
    let two = "principals !~ Olaz\nkind = bilateral";
    check_april(
        "es",
        &[
            (
                "El presidente de Chile, Tomás Ferrada, llegó a Lima para su primera cumbre con \
                 la presidenta de Perú, Rosa Quispe. Es su primer viaje desde su reunión con el \
                 presidente uruguayo, Martín Olazábal, celebrada en enero en Montevideo.",
                two,
            ),
            (
                "El presidente de Chile, Tomás Ferrada, se reunirá el jueves en Lima con la \
                 presidenta de Perú, Rosa Quispe. Ferrada ya mantuvo una cumbre con el mandatario \
                 uruguayo, Martín Olazábal, celebrada en enero en Montevideo.",
                two,
            ),
            (
                "El presidente chileno, Tomás Ferrada, y la presidenta peruana, Rosa Quispe, se \
                 reunieron el jueves en Lima. La anterior visita de Ferrada fue la cumbre con el \
                 mandatario uruguayo, Martín Olazábal, realizada en enero.",
                two,
            ),
        ],
    );
    check_april(
        "en",
        &[
            (
                "Chilean President Tomas Ferrada arrived in Lima for his first summit with \
                 Peruvian President Rosa Quispe. It is his first trip abroad since his meeting \
                 with the Uruguayan president, Martin Olazabal, held in January in Montevideo.",
                two,
            ),
            (
                "Chilean President Tomas Ferrada will meet Peruvian President Rosa Quispe in Lima \
                 on Thursday. His summit with the Uruguayan leader, Martin Olazabal, in January \
                 ended without agreement.",
                two,
            ),
        ],
    );
}

/// "Estuvieron presentes A, B y C. El presidente X se reunió con Y": a sentence opened by the
/// verb of presence that lists several people lists who attends; the sentence that reports the
/// meeting anchors the cast, and a leader of a principal's country only listed is a member.
#[test]
fn a_list_of_those_present_does_not_anchor_the_cast() {
    let sides = "principals ~ Ferrada\nprincipals ~ Rosa Quispe\nprincipals !~ Larra\n\
                 members ~ Diego Larra";
    check_april(
        "es",
        &[
            (
                "Estaban presentes, del lado chileno, el primer ministro, Diego Larraín; la \
                 canciller, Paula Errázuriz, y el ministro de Minería, Andrés Zúñiga. El \
                 presidente chileno, Tomás Ferrada, sostuvo después conversaciones con la \
                 presidenta de Perú, Rosa Quispe.",
                sides,
            ),
            (
                "Acompañaron al presidente el primer ministro, Diego Larraín, y la canciller, \
                 Paula Errázuriz. El presidente chileno, Tomás Ferrada, sostuvo luego un \
                 encuentro con la presidenta de Perú, Rosa Quispe.",
                sides,
            ),
            (
                "Estarán presentes el primer ministro, Diego Larraín, y la canciller, Paula \
                 Errázuriz. El presidente chileno, Tomás Ferrada, se reunirá el lunes con la \
                 presidenta de Perú, Rosa Quispe.",
                sides,
            ),
            (
                "Asistieron por la delegación peruana el primer ministro, Jorge Salas, y el \
                 canciller, Luis Paredes. Más tarde, el presidente de Chile, Tomás Ferrada, se \
                 reunió con la presidenta peruana, Rosa Quispe.",
                "principals ~ Ferrada\nprincipals ~ Rosa Quispe\nprincipals !~ Jorge Salas\n\
                 members ~ Jorge Salas",
            ),
        ],
    );
    check_april(
        "en",
        &[(
            "Also present were Prime Minister Diego Larrain, Foreign Minister Paula Errazuriz and \
             Mining Minister Andres Zuniga. Chilean President Tomas Ferrada later held talks with \
             Peruvian President Rosa Quispe.",
            "principals ~ Ferrada\nprincipals ~ Rosa Quispe\nprincipals !~ Larrain\n\
             members ~ Diego Larrain",
        )],
    );
}

/// A leader whose own clause goes on to deny their attendance ("sent a message of support but
/// did not attend", "envió un mensaje pero no asistió", "was invited but stayed away") stayed
/// away; a denial after someone else is named is that person's ("X met Y, but Z did not
/// attend").
#[test]
fn a_denial_after_the_leaders_own_clause() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Kenyan President Paul Kamau held talks with Tanzanian President Amina Juma in \
                 Arusha on Saturday. Ugandan President John Okello sent a message of support but \
                 did not attend.",
                "kind = bilateral\nprincipals !~ John Okello",
            ),
            (
                "en",
                "Kenyan President Paul Kamau held talks with Tanzanian President Amina Juma in \
                 Arusha on Saturday. Ugandan President John Okello was invited to the talks but \
                 stayed away.",
                "kind = bilateral\nprincipals !~ John Okello",
            ),
            (
                "es",
                "El presidente keniano, Paul Kamau, se reunió el sábado en Arusha con la presidenta \
                 tanzana, Amina Juma. El presidente ugandés, John Okello, envió un mensaje de apoyo \
                 pero no asistió.",
                "kind = bilateral\nprincipals !~ John Okello",
            ),
            (
                "en",
                "Kenyan President Paul Kamau met Tanzanian President Amina Juma in Arusha on \
                 Saturday, but Ugandan President John Okello did not attend.",
                "principals ~ Paul Kamau\nprincipals ~ Amina Juma\nprincipals !~ John Okello",
            ),
        ],
    );
}

/// A companion of a leader named by a description of their country is of that country ("The
/// Brazilian leader was accompanied by Foreign Minister X", "El mandatario brasileño estuvo
/// acompañado por el canciller X", "El jefe de Estado chileno fue acompañado por …"), not of
/// the host's or the dateline's.
#[test]
fn a_companion_of_a_leader_by_description() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Brazilian President Paulo Reis met Turkish President Emre Kaya on Monday. The \
                 Brazilian leader was accompanied by Foreign Minister Luis Costa.",
                "members = Luis Costa | Foreign Minister | Brazil",
            ),
            (
                "es",
                "ANKARA, 9 Mar (EFE).- El presidente brasileño, Paulo Reis, se reunió este lunes \
                 con el presidente turco, Emre Kaya. El mandatario brasileño estuvo acompañado por \
                 el canciller Luis Costa.",
                "members = Luis Costa | Canciller | Brazil",
            ),
            (
                "es",
                "DOHA, 10 Mar (EFE).- El presidente de Chile, Tomás Vidal, fue recibido ayer en Doha \
                 por el emir de Catar, Tamim Al Thani. El jefe de Estado chileno fue acompañado por \
                 el canciller Luis Mora.",
                "members = Luis Mora | Canciller | Chile",
            ),
        ],
    );
}

/// A denial of attending after the leader's relative clause ("X, who chaired the last round,
/// did not attend", "X, quien presidió la ronda anterior, no asistió") or after the leaders
/// joined to them ("X y el primer ministro Y no acudieron", "neither X nor Y attended" is left
/// to the event stage) is theirs: they stayed away, every one of them.
#[test]
fn a_denial_after_a_relative_clause_or_joined_subjects() {
    let met = "Kenyan President Paul Kamau held talks with Tanzanian President Amina Juma in \
               Arusha on Saturday.";
    let met_es = "El presidente keniano, Paul Kamau, se reunió el sábado en Arusha con la \
                  presidenta tanzana, Amina Juma.";
    let rows = [
        (
            "en",
            format!(
                "{met} Ugandan President John Okello, who chaired the last round, did not attend."
            ),
            "principals ~ Amina Juma\nprincipals !~ John Okello",
        ),
        (
            "en",
            format!(
                "{met} Ugandan President John Okello and Rwandan President Eric Mugabo will not attend."
            ),
            "principals ~ Amina Juma\nprincipals !~ John Okello\nprincipals !~ Eric Mugabo",
        ),
        (
            "es",
            format!(
                "{met_es} El presidente ugandés, John Okello, quien presidió la ronda anterior, no asistió."
            ),
            "principals ~ Amina Juma\nprincipals !~ John Okello",
        ),
        (
            "es",
            format!(
                "{met_es} El presidente ugandés, John Okello, y el presidente de Ruanda, Eric Mugabo, no acudieron a la cita."
            ),
            "principals ~ Amina Juma\nprincipals !~ John Okello\nprincipals !~ Eric Mugabo",
        ),
        (
            "es",
            format!(
                "{met_es} El presidente ugandés, John Okello, que había sido invitado, tampoco acudió."
            ),
            "principals ~ Amina Juma\nprincipals !~ John Okello",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(lang, text, expected)| (*lang, text.as_str(), *expected))
        .collect();
    common::check_lang_rows("2026-03-10", &rows);
}

/// A leader who takes part through a message recorded for the gathering stays away from it
/// ("took part in the opening through a video message", "participó mediante un mensaje
/// grabado"); taking part with no such message is attending.
#[test]
fn a_recorded_message_is_no_attendance() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Kenyan President Paul Kamau took part in the opening of the regional forum in \
                 Arusha through a video message on Saturday.",
                "kind = other\nprincipals =",
            ),
            (
                "es",
                "El presidente keniano, Paul Kamau, participó el sábado mediante un mensaje grabado \
                 en la apertura del foro regional en Arusha.",
                "kind = other\nprincipals =",
            ),
            (
                "en",
                "Kenyan President Paul Kamau held talks with Tanzanian President Amina Juma in \
                 Arusha on Saturday. Ugandan President John Okello sent a video message to the \
                 talks.",
                "principals ~ Amina Juma\nprincipals !~ John Okello",
            ),
            (
                "en",
                "Kenyan President Paul Kamau took part in the regional forum in Arusha on \
                 Saturday with Tanzanian President Amina Juma.",
                "principals ~ Paul Kamau",
            ),
        ],
    );
}
