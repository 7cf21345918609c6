//! The participants' roles and countries: how a title names a person's office and country.
//! Every sentence here is written by the team; the names are invented.

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// "el mandatario de Bolivia, A" … "el presidente boliviano": a bare generic title leaves the
/// office open, and a later description of the same person names it; the counterpart of that
/// person holds it too.
#[test]
fn a_description_names_the_office_a_generic_title_left_open() {
    check_rows(
        "es",
        &[
            (
                "El mandatario de Bolivia, Rodrigo Quispe Mamani, llegó el lunes a Asunción, donde \
                 se reunirá con su homólogo Tomás Ferreira Leiva. El presidente boliviano visitará \
                 después el Congreso.",
                "principals ~ Rodrigo Quispe Mamani | Presidente | Bolivia
                 principals ~ Tomás Ferreira Leiva | Presidente",
            ),
            (
                "La mandataria hondureña, Lucía Banegas Ortez, se reunirá mañana en Managua con su \
                 homóloga Marta Rivas Tellería. La llegada de la presidenta hondureña está prevista al \
                 mediodía.",
                "principals ~ Lucía Banegas Ortez | Presidenta | Honduras
                 principals ~ Marta Rivas Tellería | Presidenta",
            ),
            (
                "Tras la cumbre, el gobernante de Guatemala, Aurelio Caal Tzul, fue recibido por su \
                 homólogo, Hernán Duarte Bonilla. Luego el presidente guatemalteco visitó el puerto.",
                "principals ~ Aurelio Caal Tzul | Presidente | Guatemala
                 principals ~ Hernán Duarte Bonilla | Presidente",
            ),
            (
                "El mandatario uruguayo, Fermín Olazábal, y su homólogo Dario Acuña Ponce se \
                 reunieron ayer. Al término del encuentro, el presidente uruguayo recibió una \
                 medalla.",
                "principals ~ Fermín Olazábal | Presidente | Uruguay
                 principals ~ Dario Acuña Ponce | Presidente",
            ),
            (
                "El primer ministro de Jamaica, Neville Brathwaite, se reunió en Kingston con el \
                 mandatario de Haití, Ulrick Desrosiers. El presidente haitiano regresará el \
                 jueves.",
                "principals ~ Neville Brathwaite | Primer ministro | Jamaica
                 principals ~ Ulrick Desrosiers | Presidente | Haiti",
            ),
        ],
    );
    check_rows(
        "en",
        &[
            (
                "Malawian leader Chikondi Phiri met his counterpart Tendai Moyo in Lusaka on \
                 Monday. The Malawian president later toured a dam.",
                "principals ~ Chikondi Phiri | President | Malawi
                 principals ~ Tendai Moyo | President",
            ),
            (
                "Estonia's leader, Kaarel Tamm, will hold talks with his counterpart, Jonas \
                 Petrauskas, in Riga on Friday. The Estonian prime minister is expected to sign \
                 a transit accord.",
                "principals ~ Kaarel Tamm | Prime minister | Estonia
                 principals ~ Jonas Petrauskas | Prime minister",
            ),
        ],
    );
}

/// "the meeting's president A -- Nigeria's minister of state for oil --": a title of nobody's
/// (the chair of the meeting, of a council) gives way to the office of a country an
/// apposition gives the name, between dashes or commas.
#[test]
fn an_apposition_names_the_country_office_of_a_chair() {
    check_rows(
        "en",
        &[
            (
                "At the energy ministers' meeting in Doha, the session's chairman Kwabena Asante \
                 -- Ghana's minister of energy -- urged the ministers of Qatar and Algeria to \
                 cooperate.",
                "principals ~ Kwabena Asante | Minister of energy | Ghana
                 members !~ Chairman",
            ),
            (
                "The forum's president, Tomasz Wrona, Poland's deputy foreign minister, opened \
                 the talks of the ministers in Vilnius on Monday.",
                "principals ~ Tomasz Wrona | Deputy foreign minister | Poland",
            ),
            (
                "Chairman Oduya Kiprop -- Kenya's trade minister -- will host his counterparts \
                 from Tanzania and Uganda in Nairobi next week.",
                "principals ~ Oduya Kiprop | Trade minister | Kenya",
            ),
            (
                "The council's chair, Amara Diallo, Senegal's minister of fisheries, met the \
                 ministers of Mauritania and Gambia in Dakar on Tuesday.",
                "principals ~ Amara Diallo | Minister of fisheries | Senegal",
            ),
            (
                "The conference was opened by its president Reza Karimi – Iran's oil minister – \
                 who met the ministers of Qatar and Oman in Tehran.",
                "principals ~ Reza Karimi | Oil minister | Iran",
            ),
        ],
    );
}

/// "Canadian PM A" … "Japanese Prime Minister B": a title in capitals made of the initials of a
/// title the article spells out reads as that title, whoever holds it; left as written when
/// the article spells out none, or two ("FM": foreign or finance minister).
#[test]
fn an_acronym_reads_as_the_title_the_article_spells_out() {
    check_rows(
        "en",
        &[
            (
                "Belgian PM Lotte Jansens met Dutch Prime Minister Pieter Visser in The Hague on \
                 Monday.",
                "principals ~ Lotte Jansens | Prime Minister | Belgium
                 principals ~ Pieter Visser | Prime Minister | Netherlands",
            ),
            (
                "PM Sione Tapueluelu to visit Fiji. Prime Minister Sione Tapueluelu of Tonga will \
                 hold talks with Fiji's prime minister, Ratu Eroni, in Suva next week.",
                "principals ~ Sione Tapueluelu | Prime Minister | Tonga",
            ),
            (
                "Nepal's Prime Minister Hari Adhikari and Bhutanese PM Karma Wangdi held talks in \
                 Thimphu on Saturday.",
                "principals ~ Karma Wangdi | Prime Minister | Bhutan",
            ),
            (
                "Greek FM Nikos Pappas will meet Cypriot Foreign Minister Elena Charalambous in \
                 Nicosia on Friday.",
                "principals ~ Nikos Pappas | Foreign Minister | Greece",
            ),
            (
                "Greek FM Nikos Pappas will meet Cypriot Foreign Minister Elena Charalambous and \
                 Finance Minister Andreas Loizou in Nicosia on Friday.",
                "principals ~ Nikos Pappas | FM | Greece",
            ),
            (
                "Irish PM Ciaran Walsh met his Maltese counterpart, Joe Camilleri, in Dublin on \
                 Tuesday.",
                "principals ~ Ciaran Walsh | PM | Ireland",
            ),
        ],
    );
}

/// "the visiting top leader of the United Nations' health agency": a leader's description
/// owned by a body is whoever heads that body, never a country's president or prime minister,
/// who takes no body for a country from it.
#[test]
fn a_bodys_leader_is_no_countrys_leader() {
    check_rows(
        "en",
        &[
            (
                "Director General Paulo Nunes of the International Labour Organization met \
                 President Ilse Berger on Monday. The visiting top leader of the United Nations' \
                 labour agency thanked the President for her support.",
                "principals ~ Ilse Berger | President | -
                 principals !~ United Nations",
            ),
            (
                "The head of UNICEF, Jorge Quintero, met President Rosa Vidal on Friday. Later \
                 the United Nations' leader for children praised the President's school reform.",
                "principals ~ Rosa Vidal | President | -
                 principals !~ United Nations",
            ),
            (
                "WHO Director-General Mei Tanaka held talks with Prime Minister Tomas Lind on \
                 Wednesday, and the visiting leader of the UN health agency thanked the Prime \
                 Minister for the vaccines.",
                "principals ~ Tomas Lind | Prime Minister | -
                 principals !~ United Nations",
            ),
            (
                "FAO Director-General Erik Dahl will meet President Kamala Singh on Monday; the \
                 visiting leader of the United Nations' food agency will brief the President on \
                 the harvest.",
                "principals ~ Kamala Singh | President | -
                 principals !~ United Nations",
            ),
            (
                "UNHCR chief Amina Okonjo was received by Prime Minister Kofi Mensah yesterday. \
                 The United Nations' top leader for refugees assured the Prime Minister of \
                 support.",
                "principals ~ Kofi Mensah | Prime Minister | -
                 principals !~ United Nations",
            ),
        ],
    );
}

/// "President A began her meeting with B …, her first talks with the Kremlin leader": a
/// description that joins an untitled name gives it its office, as it gives its country.
#[test]
fn a_description_gives_an_untitled_name_its_office() {
    check_rows(
        "en",
        &[
            (
                "President Kwame Asare will meet Ibrahim Traore-Diallo in Accra next week, his \
                 first meeting with the Malian leader since the coup.",
                "principals ~ Ibrahim Traore-Diallo | Leader | Mali",
            ),
            (
                "Chancellor Jonas Weber held talks with Viktor Marinov in Berlin on Thursday, his \
                 first meeting with the Bulgarian leader this year.",
                "principals ~ Viktor Marinov | Leader | Bulgaria",
            ),
            (
                "Prime Minister Sofia Lund met Aziz Karimov in Copenhagen on Monday; it was the \
                 first visit to Denmark by the Uzbek leader.",
                "principals ~ Aziz Karimov | Leader | Uzbekistan",
            ),
            (
                "President Omar Haddad received Nikos Petridis in Tunis on Friday and thanked the \
                 Greek leader for his support.",
                "principals ~ Nikos Petridis | Leader | Greece",
            ),
            (
                "President Ana Duarte began her meeting with Pavel Orlov in Helsinki on Monday, \
                 her first talks with the Kremlin leader.",
                "principals ~ Pavel Orlov | Leader | Russia",
            ),
            (
                "Prime Minister Ella Moreau met Sami Haddad in Paris on Monday; the Lebanese \
                 leader later visited the Senate.",
                "principals ~ Sami Haddad | Leader | Lebanon",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "La canciller Anna Weber se reunió el jueves en Berlín con Viktor Marinov, en su \
                 primer encuentro con el líder búlgaro este año.",
                "principals ~ Viktor Marinov | Líder | Bulgaria",
            ),
            (
                "La primera ministra Sofía Lund se reunió el lunes en Copenhague con Aziz Karímov, \
                 en la primera visita del líder uzbeko a Dinamarca.",
                "principals ~ Aziz Karímov | Líder | Uzbekistan",
            ),
        ],
    );
}

/// "La delegación de Uruguay incluyó al canciller A", "Por parte de Chile asistieron …", "the
/// delegation of Uganda was completed by B": a side named by its noun and a link to the
/// country's name, as by the country's adjective, gives its country to the titled names of
/// its clause when the article names that side's leader; so does a possessive title after it
/// ("Por parte de Bolivia no acudió su presidente, A, y es el vicepresidente B quien …").
#[test]
fn a_side_named_by_its_noun_and_the_country() {
    check_rows(
        "es",
        &[
            (
                "La presidenta peruana, Ana Prado, se reunió el martes en Lima con el presidente \
                 chileno, Rubén Solís. Por parte de Chile asistieron también el canciller Iván \
                 Rojas Peña y la ministra Marta Lagos Vidal.",
                "members ~ Iván Rojas Peña | Canciller | Chile",
            ),
            (
                "El presidente paraguayo, Hugo Benítez, recibió el lunes en Asunción al presidente \
                 uruguayo, Tabaré Sosa. Por parte de Uruguay estuvo presente el canciller Martín \
                 Ibarra Ferrés.",
                "members ~ Martín Ibarra Ferrés | Canciller | Uruguay",
            ),
            (
                "El presidente paraguayo, Hugo Benítez, recibió el lunes en Asunción al presidente \
                 uruguayo, Tabaré Sosa. La delegación de Uruguay incluyó al canciller Martín \
                 Ibarra Ferrés.",
                "members ~ Martín Ibarra Ferrés | Canciller | Uruguay",
            ),
            (
                "En la cumbre de Lima, los presidentes Ana Prado (Perú) y Rubén Solís (Chile) \
                 firmaron un acuerdo. Por parte de Bolivia no acudió su presidente, Tomás Quiroga, \
                 y es el vicepresidente Efraín Mamani Choque quien representa a su país.",
                "members ~ Efraín Mamani Choque | Vicepresidente | Bolivia",
            ),
        ],
    );
    check_rows(
        "en",
        &[
            (
                "President Ana Prado of Peru met President Ruben Solis of Chile in Lima on \
                 Tuesday. The delegation of Chile also included Foreign Minister Ivan Rojas.",
                "members ~ Ivan Rojas | Foreign Minister | Chile",
            ),
            (
                "Paraguayan President Hugo Benitez hosted Uruguayan President Tabare Sosa in \
                 Asuncion on Monday. The delegation of Uruguay included Foreign Minister Martin \
                 Ibarra and Trade Minister Julia Ferres.",
                "members ~ Martin Ibarra | Foreign Minister | Uruguay
                 members ~ Julia Ferres | Trade Minister | Uruguay",
            ),
            (
                "Kenyan President Daniel Mwangi met Ugandan President Joseph Okello in Nairobi on \
                 Friday; the delegation of Uganda was completed by Finance Minister Grace Achieng.",
                "members ~ Grace Achieng | Finance Minister | Uganda",
            ),
        ],
    );
}
