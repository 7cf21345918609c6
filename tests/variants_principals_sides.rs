//! The principals of each side and the kind of meeting they make, in English and Spanish:
//! ministers who meet ministers of several countries (all of them principals, the meeting
//! ministerial however many sides), and a meeting the text calls one of many ministers ("the
//! energy ministers of twelve countries", "el Consejo de Ministros de la Unión Africana"),
//! ministerial even when a leader opens it. Every sentence here is written by the team; the
//! names are invented.

mod common;
use common::check_all;

/// Checks each `(text, expected)` row read as Spanish, published on 2023-04-14.
fn check_es(table: &[(&str, &str)]) {
    common::check_rows("es", "2023-04-14", "", table);
}

/// Ministers of three countries: the ones named after the lead sentence join its minister as
/// principals, and the meeting stays ministerial.
#[test]
fn ministers_of_several_countries_are_all_principals() {
    let three = "kind = ministerial
                 principals ~ Ilse Varnholt
                 principals ~ Tomasz Wierzba
                 principals ~ Aino Kettunen
                 members !~ Varnholt";
    check_all(&[
        (
            "Austrian Foreign Minister Ilse Varnholt hosted talks in Vienna on Monday. Polish \
             Foreign Minister Tomasz Wierzba and Finnish Foreign Minister Aino Kettunen also \
             attended the meeting.",
            "",
            three,
        ),
        (
            "Austrian Foreign Minister Ilse Varnholt will host talks in Vienna next week. The \
             meeting will also be attended by Polish Foreign Minister Tomasz Wierzba and Finnish \
             Foreign Minister Aino Kettunen.",
            "",
            three,
        ),
        (
            "Austria's foreign minister, Ilse Varnholt, has held talks in Vienna. Poland's \
             foreign minister, Tomasz Wierzba, and Finland's foreign minister, Aino Kettunen, \
             joined the talks.",
            "",
            three,
        ),
        (
            "Foreign Minister Ilse Varnholt of Austria chaired the meeting in Vienna on Monday, \
             which Foreign Minister Tomasz Wierzba of Poland and Foreign Minister Aino Kettunen \
             of Finland attended.",
            "",
            three,
        ),
        (
            "Austrian Foreign Minister Ilse Varnholt opened the meeting in Vienna on 3 May. \
             Polish Foreign Minister Tomasz Wierzba (Poland) and Finnish Foreign Minister Aino \
             Kettunen (Finland) took part in the meeting.",
            "",
            three,
        ),
    ]);
    let tres = "kind = ministerial
                principals ~ Elvira Paniagua
                principals ~ Tadeo Ruzafa
                principals ~ Mirta Galdós";
    check_es(&[
        (
            "La canciller argentina, Elvira Paniagua, se reunió el lunes en Asunción con el \
             canciller chileno, Tadeo Ruzafa. A la reunión asistió también la canciller uruguaya, \
             Mirta Galdós.",
            tres,
        ),
        (
            "La canciller argentina Elvira Paniagua se reunirá mañana en Asunción con el canciller \
             chileno Tadeo Ruzafa y con la canciller uruguaya Mirta Galdós.",
            tres,
        ),
        (
            "El canciller chileno, Tadeo Ruzafa, participó en la reunión de Asunción junto con la \
             canciller argentina, Elvira Paniagua, y la canciller uruguaya, Mirta Galdós.",
            tres,
        ),
        (
            "La canciller argentina, Elvira Paniagua, presidió el martes la reunión en Asunción. \
             En la reunión participaron el canciller chileno, Tadeo Ruzafa, y la canciller \
             uruguaya, Mirta Galdós.",
            tres,
        ),
        (
            "La canciller argentina, Elvira Paniagua, ha recibido en Asunción al canciller \
             chileno, Tadeo Ruzafa, y a la canciller uruguaya, Mirta Galdós.",
            tres,
        ),
    ]);
}

/// The text says many ministers meet: a ministerial meeting, even when a leader or an
/// organisation's president opens it.
#[test]
fn a_meeting_of_many_ministers_is_ministerial() {
    let ministerial = "kind = ministerial";
    check_all(&[
        (
            "Energy ministers from nine countries met in Baku on Monday. The meeting was opened by \
             President Orkhan Veliyev of Azerbaijan, who welcomed Minister Jonas Berzins of \
             Latvia.",
            "",
            ministerial,
        ),
        (
            "The Council of Ministers of the African Union will meet in Accra next week, opened by \
             President Kwesi Owusu-Tetteh of Ghana, who will receive Foreign Minister Halima \
             Diallo of Mali.",
            "",
            ministerial,
        ),
        (
            "The trade ministers of twelve countries have gathered in Lima, where President Rosa \
             Quispe of Peru met Trade Minister Daniel Okafor of Nigeria.",
            "",
            ministerial,
        ),
        (
            "President Orkhan Veliyev of Azerbaijan opened a meeting of the energy ministers of \
             the OPEC in Baku and held talks with Minister Jonas Berzins of Latvia.",
            "",
            ministerial,
        ),
        (
            "Agriculture ministers of 15 nations were meeting in Rome, where Prime Minister \
             Carla Benetti of Italy received Minister Jonas Berzins of Latvia.",
            "",
            ministerial,
        ),
    ]);
    check_es(&[
        (
            "Los ministros de Energía de nueve países se reunieron el lunes en Bakú. El presidente \
             de Azerbaiyán, Orkhan Veliyev, recibió al ministro letón Jonas Berzins.",
            ministerial,
        ),
        (
            "El Consejo de Ministros de la Unión Africana se reunirá la próxima semana en Acra, \
             donde el presidente de Ghana, Kwesi Owusu-Tetteh, recibirá a la canciller de Malí, \
             Halima Diallo.",
            ministerial,
        ),
        (
            "Los ministros de Comercio de doce países se han reunido en Lima, donde la presidenta \
             peruana, Rosa Quispe, se reunió con el ministro nigeriano Daniel Okafor.",
            ministerial,
        ),
        (
            "Los ministros de Agricultura de quince naciones se reúnen en Roma, donde la primera \
             ministra italiana, Carla Benetti, recibió al ministro letón Jonas Berzins.",
            ministerial,
        ),
        (
            "La presidenta peruana, Rosa Quispe, inauguró en Lima la reunión de los ministros de \
             Comercio de la OEA y se reunió con el ministro nigeriano Daniel Okafor.",
            ministerial,
        ),
    ]);
}

/// Talks between two named sides: the ministers of those sides are the principals, a third
/// country's minister who hosts or mediates is a member; talks between others recalled after
/// the lead sentence name no sides of this meeting.
#[test]
fn talks_between_two_sides_keep_the_mediator_out() {
    let two = "kind = ministerial
               principals ~ Tomasz Wierzba
               principals ~ Aino Kettunen
               principals !~ Ilse Varnholt
               members ~ Ilse Varnholt";
    check_all(&[
        (
            "Talks between Poland and Finland opened in Vienna on Monday. Austrian Foreign \
             Minister Ilse Varnholt, Polish Foreign Minister Tomasz Wierzba and Finnish Foreign \
             Minister Aino Kettunen attended the opening session.",
            "",
            two,
        ),
        (
            "Negotiations between Poland and Finland will resume in Vienna next week, with Polish \
             Foreign Minister Tomasz Wierzba, Finnish Foreign Minister Aino Kettunen and Austrian \
             Foreign Minister Ilse Varnholt taking part.",
            "",
            two,
        ),
        (
            "The talks between Poland and Finland, hosted by Austrian Foreign Minister Ilse \
             Varnholt, were attended by Polish Foreign Minister Tomasz Wierzba and Finnish \
             Foreign Minister Aino Kettunen.",
            "",
            two,
        ),
    ]);
    let all = "kind = ministerial
               principals ~ Tomasz Wierzba
               principals ~ Aino Kettunen
               principals ~ Ilse Varnholt";
    check_all(&[
        (
            "Austrian Foreign Minister Ilse Varnholt hosted talks in Vienna on Monday. Polish \
             Foreign Minister Tomasz Wierzba and Finnish Foreign Minister Aino Kettunen also \
             attended the meeting, which follows talks between Poland and Finland held in Riga \
             last year.",
            "",
            all,
        ),
        (
            "Polish Foreign Minister Tomasz Wierzba has met Austrian Foreign Minister Ilse \
             Varnholt and Finnish Foreign Minister Aino Kettunen in Vienna. Their meeting comes \
             after talks between Poland and Finland in Riga in 2021.",
            "2023-04-14",
            all,
        ),
    ]);
}

/// At a summit of many leaders, a name without a title but with its country (in brackets, or
/// "de Perú") is a side; so is a leader listed without a meeting verb, arriving ("Luego entró
/// X, presidente de Perú").
#[test]
fn at_a_summit_names_with_their_country_are_sides() {
    let sides = "kind = multilateral
                 principals ~ Tomás Riera
                 principals ~ Lucía Ferrán
                 principals ~ Iván Sotomayor";
    check_es(&[
        (
            "El presidente de Perú, Andrés Quiroga, recibió el lunes en Lima a los líderes de \
             veinte países. Entre los asistentes están Tomás Riera (Chile), Lucía Ferrán (Uruguay) \
             e Iván Sotomayor (Bolivia), quienes se reunirán hasta el martes.",
            sides,
        ),
        (
            "El presidente de Perú, Andrés Quiroga, recibirá mañana en Lima a los mandatarios de \
             doce países. A la cumbre asistirán Tomás Riera (Chile), Lucía Ferrán (Uruguay) e Iván \
             Sotomayor (Bolivia).",
            sides,
        ),
        (
            "Los presidentes de quince países se reunieron ayer en Lima, invitados por el \
             presidente Andrés Quiroga. Participaron en la cumbre Tomás Riera (Chile), Lucía \
             Ferrán (Uruguay) e Iván Sotomayor (Bolivia).",
            sides,
        ),
        (
            "Varios de los 20 mandatarios que asisten a la cumbre de Lima fueron recibidos ayer \
             por el presidente de Perú, Andrés Quiroga. Primero entró Tomás Riera, presidente de \
             Chile. Luego entraron Lucía Ferrán, presidenta de Uruguay, e Iván Sotomayor, \
             presidente de Bolivia.",
            sides,
        ),
        (
            "El presidente de Perú, Andrés Quiroga, ha recibido en Lima a los líderes de doce \
             países. Estuvieron presentes en la cumbre Tomás Riera (Chile), Lucía Ferrán \
             (Uruguay) e Iván Sotomayor (Bolivia).",
            sides,
        ),
    ]);
    let sides = "kind = multilateral
                 principals ~ Ilse Varnholt
                 principals ~ Tomasz Wierzba
                 principals ~ Aino Kettunen";
    check_all(&[
        (
            "President Karel Dvorak welcomed the leaders of twenty countries to Prague on Monday. \
             Among those expected are Ilse Varnholt (Austria), Tomasz Wierzba (Poland) and Aino \
             Kettunen (Finland), who will meet until Tuesday.",
            "",
            sides,
        ),
        (
            "President Karel Dvorak will host the leaders of twelve countries in Prague. Ilse \
             Varnholt (Austria), Tomasz Wierzba (Poland) and Aino Kettunen (Finland) will attend \
             the summit.",
            "",
            sides,
        ),
        (
            "The presidents of 15 countries gathered in Prague on Monday at the invitation of \
             President Karel Dvorak. Ilse Varnholt (Austria), Tomasz Wierzba (Poland) and Aino \
             Kettunen (Finland) took part in the summit.",
            "",
            sides,
        ),
        (
            "Several of the 20 leaders attending the Prague summit were welcomed by President \
             Karel Dvorak on Monday. First came Chancellor Ilse Varnholt of Austria. Later, \
             President Tomasz Wierzba of Poland and President Aino Kettunen of Finland walked in.",
            "",
            sides,
        ),
        (
            "President Karel Dvorak has welcomed the leaders of twelve countries to Prague. \
             Present at the summit were Ilse Varnholt (Austria), Tomasz Wierzba (Poland) and Aino \
             Kettunen (Finland).",
            "",
            sides,
        ),
    ]);
}

/// "X abordó con su par Y la crisis": a verb of discussing followed by its link to the other
/// side, in every tense, the object before or after the side.
#[test]
fn discussing_with_the_other_side_is_a_meeting() {
    let both = "kind = ministerial
                principals ~ Elvira Paniagua
                principals ~ Tadeo Ruzafa";
    check_es(&[
        (
            "La canciller argentina, Elvira Paniagua, abordó con su par chileno, Tadeo Ruzafa, la \
             crisis de los puertos.",
            both,
        ),
        (
            "Mañana, la canciller argentina Elvira Paniagua abordará con el canciller chileno Tadeo \
             Ruzafa los pasos fronterizos.",
            both,
        ),
        (
            "En Santiago, la canciller argentina, Elvira Paniagua, y el canciller chileno, Tadeo \
             Ruzafa, abordaron con detalle la crisis de los puertos.",
            both,
        ),
        (
            "El canciller chileno, Tadeo Ruzafa, ha abordado con la canciller argentina, Elvira \
             Paniagua, la crisis de los puertos.",
            both,
        ),
        (
            "La canciller argentina, Elvira Paniagua, viajó a Santiago para abordar con el \
             canciller chileno, Tadeo Ruzafa, los pasos fronterizos.",
            both,
        ),
    ]);
}

/// The text says many leaders meet, and only an official of the organisation is named there:
/// the meeting is still one of many sides.
#[test]
fn officials_at_a_meeting_of_many_leaders_make_it_multilateral() {
    let many = "kind = multilateral";
    check_all(&[
        (
            "EU leaders met in Brussels on Thursday. Council Secretary-General Piet Van Aalst \
             briefed the meeting on the budget talks.",
            "",
            many,
        ),
        (
            "The leaders of twenty countries will meet in Nairobi next week, AU Secretary-General \
             Amina Wekesa told the summit's opening session.",
            "",
            many,
        ),
        (
            "NATO leaders have gathered in Oslo. NATO Secretary-General Piet Van Aalst opened the \
             meeting with a call for unity.",
            "",
            many,
        ),
        (
            "Leaders from 15 nations attended the summit in Lima, where OAS Secretary-General \
             Amina Wekesa chaired the opening session.",
            "",
            many,
        ),
        (
            "Twelve heads of government took part in the meeting in Suva, which Forum \
             Secretary-General Amina Wekesa opened on Monday.",
            "",
            many,
        ),
    ]);
    check_es(&[
        (
            "Los líderes de la UE se reunieron el jueves en Bruselas. El secretario general del \
             Consejo, Piet Van Aalst, informó a la reunión sobre el presupuesto.",
            many,
        ),
        (
            "Los presidentes de quince países participaron en la cumbre de Lima, donde el \
             secretario general de la OEA, Piet Van Aalst, presidió la sesión de apertura.",
            many,
        ),
        (
            "Los mandatarios de la OTAN se reunirán en Oslo, donde el secretario general de la \
             OTAN, Piet Van Aalst, abrirá la reunión.",
            many,
        ),
        (
            "Doce jefes de Estado asistieron a la reunión de Suva, que inauguró el lunes la \
             secretaria general del Foro, Amina Wekesa.",
            many,
        ),
        (
            "Los líderes de veinte países se han reunido en Nairobi, donde la secretaria general \
             de la UA, Amina Wekesa, abrió la sesión.",
            many,
        ),
    ]);
}

/// An organisation named beside the meeting and three people at it, but the text says two
/// leaders meet: the meeting stays bilateral.
#[test]
fn two_leaders_beside_an_organisation_meet_bilaterally() {
    let two = "kind = bilateral";
    check_all(&[
        (
            "President Amara Kone of Ghana received President Luc Mbeki of Togo in Accra on \
             Monday, with Prime Minister Kojo Asare of Ghana. The two leaders, both former chairs \
             of the African Union, held talks on trade.",
            "",
            two,
        ),
        (
            "President Amara Kone of Ghana and Prime Minister Kojo Asare of Ghana will meet \
             President Luc Mbeki of Togo in Accra. The two presidents will discuss the African \
             Union's budget at the meeting.",
            "",
            two,
        ),
        (
            "President Luc Mbeki of Togo was received in Accra by President Amara Kone of Ghana \
             and Prime Minister Kojo Asare of Ghana. At the meeting the two leaders discussed the \
             ECOWAS budget.",
            "",
            two,
        ),
        (
            "President Amara Kone of Ghana has met President Luc Mbeki of Togo in Accra, joined by \
             Prime Minister Kojo Asare of Ghana. The two heads of state spoke about the ECOWAS \
             summit during the talks.",
            "",
            two,
        ),
        (
            "In Accra, President Amara Kone of Ghana and Prime Minister Kojo Asare of Ghana held \
             talks with President Luc Mbeki of Togo; the two presidents, both members of the \
             African Union, met for two hours.",
            "",
            two,
        ),
    ]);
    check_es(&[
        (
            "El presidente de Ghana, Amara Kone, recibió el lunes en Acra al presidente de Togo, \
             Luc Mbeki, junto al primer ministro de Ghana, Kojo Asare. Los dos mandatarios, \
             antiguos presidentes de la Unión Africana, mantuvieron un diálogo.",
            two,
        ),
        (
            "El presidente de Ghana, Amara Kone, recibirá en Acra al presidente de Togo, Luc \
             Mbeki, junto al primer ministro de Ghana, Kojo Asare. Los dos presidentes hablarán \
             en la reunión del presupuesto de la Unión Africana.",
            two,
        ),
        (
            "El presidente de Togo, Luc Mbeki, fue recibido en Acra por el presidente de Ghana, \
             Amara Kone, y el primer ministro de Ghana, Kojo Asare. En la reunión, los dos \
             mandatarios trataron el presupuesto de la CEDEAO.",
            two,
        ),
        (
            "El presidente de Ghana, Amara Kone, se ha reunido en Acra con el presidente de Togo, \
             Luc Mbeki, junto al primer ministro de Ghana, Kojo Asare. Los dos jefes de Estado \
             hablaron en el encuentro de la cumbre de la CEDEAO.",
            two,
        ),
        (
            "En Acra, el presidente de Ghana, Amara Kone, y el primer ministro de Ghana, Kojo \
             Asare, conversaron con el presidente de Togo, Luc Mbeki; los dos presidentes, \
             miembros de la Unión Africana, se reunieron dos horas.",
            two,
        ),
    ]);
}

/// "the Sultan's first appearance at a summit": the possessor of a noun of attending is at the
/// meeting, a side like the others.
#[test]
fn the_possessor_of_an_attendance_is_present() {
    let three = "kind = multilateral
                 principals ~ Karim Haddad
                 principals ~ Omar Nasser
                 principals ~ Yusuf Taleb";
    check_all(&[
        (
            "King Karim Haddad of Jordan and Emir Omar Nasser of Qatar met in Amman on Monday for \
             the Arab summit. The summit marks Sultan Yusuf Taleb of Oman's first appearance at \
             such a meeting.",
            "",
            three,
        ),
        (
            "King Karim Haddad of Jordan hosted Emir Omar Nasser of Qatar at the Arab summit in \
             Amman. Sultan Yusuf Taleb of Oman's participation in the summit was welcomed.",
            "",
            three,
        ),
        (
            "King Karim Haddad of Jordan will host Emir Omar Nasser of Qatar at the Arab summit \
             in Amman on Friday. Sultan Yusuf Taleb of Oman's presence at the summit is expected.",
            "",
            three,
        ),
        (
            "King Karim Haddad of Jordan has received Emir Omar Nasser of Qatar for the Arab \
             summit in Amman. Oman's Sultan Yusuf Taleb's appearance at the summit surprised \
             observers.",
            "",
            three,
        ),
        (
            "At the Arab summit in Amman, King Karim Haddad of Jordan welcomed Emir Omar Nasser \
             of Qatar; Sultan Yusuf Taleb of Oman's participation at the summit was his first.",
            "",
            three,
        ),
    ]);
}

/// Deputies of ministers meet at an official's rank: the heads of delegations of several
/// countries who are deputy ministers or assistant secretaries hold multilateral talks, not a
/// ministerial meeting.
#[test]
fn deputy_ministers_of_several_countries_meet_multilaterally() {
    let many = "kind = multilateral
                principals ~ Ilse Varnholt
                principals ~ Tomasz Wierzba
                principals ~ Aino Kettunen";
    check_all(&[
        (
            "Talks on the Danube dam opened in Vienna on Monday. Heads of the delegations are \
             Ilse Varnholt, Austrian deputy foreign minister, Tomasz Wierzba, Polish deputy \
             foreign minister, and Aino Kettunen, Finnish vice-foreign minister.",
            "",
            many,
        ),
        (
            "Austrian Deputy Foreign Minister Ilse Varnholt will host talks in Vienna next week \
             with Polish Deputy Foreign Minister Tomasz Wierzba and Finnish Deputy Foreign \
             Minister Aino Kettunen.",
            "",
            many,
        ),
        (
            "Deputy Foreign Minister Ilse Varnholt of Austria met Deputy Foreign Minister Tomasz \
             Wierzba of Poland and Assistant Foreign Minister Aino Kettunen of Finland in Vienna \
             on 3 May.",
            "",
            many,
        ),
        (
            "Talks between the delegations of Austria, Poland and Finland have been held in \
             Vienna, where Austrian Vice-Foreign Minister Ilse Varnholt met Polish Deputy Foreign \
             Minister Tomasz Wierzba and Finnish Junior Foreign Minister Aino Kettunen.",
            "",
            many,
        ),
        (
            "The deputy foreign minister of Austria, Ilse Varnholt, held talks in Vienna with \
             the deputy foreign minister of Poland, Tomasz Wierzba, and the deputy foreign \
             minister of Finland, Aino Kettunen.",
            "",
            many,
        ),
    ]);
    let many = "kind = multilateral
                principals ~ Elvira Paniagua
                principals ~ Tadeo Ruzafa
                principals ~ Mirta Galdós";
    check_es(&[
        (
            "La viceministra argentina de Relaciones Exteriores, Elvira Paniagua, se reunió el \
             lunes en Asunción con el viceministro chileno, Tadeo Ruzafa, y con la viceministra \
             uruguaya, Mirta Galdós.",
            many,
        ),
        (
            "La vicecanciller argentina Elvira Paniagua se reunirá mañana en Asunción con el \
             vicecanciller chileno Tadeo Ruzafa y con la vicecanciller uruguaya Mirta Galdós.",
            many,
        ),
        (
            "El vicecanciller chileno, Tadeo Ruzafa, participó en la reunión de Asunción junto con \
             la vicecanciller argentina, Elvira Paniagua, y la vicecanciller uruguaya, Mirta \
             Galdós.",
            many,
        ),
        (
            "La viceministra argentina, Elvira Paniagua, ha recibido en Asunción al viceministro \
             chileno, Tadeo Ruzafa, y a la viceministra uruguaya, Mirta Galdós.",
            many,
        ),
        (
            "En Asunción, la ministra adjunta argentina, Elvira Paniagua, conversó con el ministro \
             adjunto chileno, Tadeo Ruzafa, y con la ministra adjunta uruguaya, Mirta Galdós.",
            many,
        ),
    ]);
}

/// "the first summit since 2020": a year after "since" starts the span before the meeting and
/// does not date it, so whoever attends is at this meeting.
#[test]
fn the_first_meeting_since_a_year_is_this_one() {
    let three = "kind = multilateral
                 principals ~ Yusuf Taleb";
    check_all(&[
        (
            "King Karim Haddad of Jordan met Emir Omar Nasser of Qatar in Amman on Monday. The \
             summit marks Sultan Yusuf Taleb of Oman's first appearance at an Arab summit since \
             2019.",
            "2023-04-14",
            three,
        ),
        (
            "King Karim Haddad of Jordan will host Emir Omar Nasser of Qatar in Amman next week. \
             The summit will be Sultan Yusuf Taleb of Oman's first since 2018.",
            "2023-04-14",
            three,
        ),
        (
            "King Karim Haddad of Jordan has welcomed Emir Omar Nasser of Qatar to Amman. Sultan \
             Yusuf Taleb of Oman's participation in the summit is the first since 2020.",
            "2023-04-14",
            three,
        ),
        (
            "King Karim Haddad of Jordan received Emir Omar Nasser of Qatar in Amman. Sultan Yusuf \
             Taleb of Oman also attended the summit, the first Arab summit since 2017 for him.",
            "2023-04-14",
            three,
        ),
    ]);
    check_es(&[(
        "El rey Karim Haddad de Jordania recibió al emir Omar Nasser de Catar en Amán. La cumbre \
         marca la primera participación del sultán Yusuf Taleb de Omán en una cumbre árabe desde \
         2019.",
        "kind = multilateral
         principals ~ Yusuf Taleb",
    )]);
}

/// A leader said to be absent ("in the absence of President X", "X was absent", "uno de los
/// grandes ausentes será X") is no participant; the leaders present are the principals.
#[test]
fn absent_leaders_are_not_there() {
    let away = "kind = multilateral
                principals ~ Amara Kone
                principals ~ Luc Mbeki
                principals !~ Kofi Boateng
                members !~ Kofi Boateng";
    check_all(&[
        (
            "The leaders of twelve countries met in Lome on Monday. Liberian President Kofi \
             Boateng was absent and sent Vice President Ali Hassan to the summit. President Amara \
             Kone of Ghana and President Luc Mbeki of Togo were also in Lome.",
            "",
            away,
        ),
        (
            "The leaders of twelve countries will meet in Lome next week, in the absence of \
             President Kofi Boateng of Liberia, who will send Vice President Ali Hassan. President \
             Amara Kone of Ghana and President Luc Mbeki of Togo are expected.",
            "",
            away,
        ),
        (
            "Twelve heads of state have gathered in Lome. One of the absentees is President Kofi \
             Boateng of Liberia, who sent Vice President Ali Hassan; President Amara Kone of Ghana \
             and President Luc Mbeki of Togo attended the summit.",
            "",
            away,
        ),
        (
            "The leaders of twelve countries met in Lome. President Kofi Boateng of Liberia stayed \
             away and sent Vice President Ali Hassan. President Amara Kone of Ghana and President \
             Luc Mbeki of Togo attended the summit.",
            "",
            away,
        ),
        (
            "The leaders of twelve countries met in Lome on 3 May. President Kofi Boateng of \
             Liberia skipped the summit and sent Vice President Ali Hassan. President Amara Kone \
             of Ghana and President Luc Mbeki of Togo attended.",
            "",
            away,
        ),
    ]);
    let ausente = "kind = multilateral
                   principals ~ Lucía Ferrán
                   principals ~ Iván Sotomayor
                   principals !~ Andrés Quiroga
                   members !~ Andrés Quiroga";
    check_es(&[
        (
            "Los presidentes de doce países se reunieron en Lima, con la ausencia del presidente \
             peruano, Andrés Quiroga, que envió al vicepresidente Tomás Riera. Lucía Ferrán \
             (Uruguay) e Iván Sotomayor (Bolivia) firmaron la declaración.",
            ausente,
        ),
        (
            "Los presidentes de doce países se reunirán en Lima. Uno de los grandes ausentes será \
             el presidente peruano Andrés Quiroga, que enviará al vicepresidente Tomás Riera. \
             También asistirán a la cumbre Lucía Ferrán (Uruguay) e Iván Sotomayor (Bolivia).",
            ausente,
        ),
        (
            "Los presidentes de doce países se han reunido en Lima. El presidente peruano, Andrés \
             Quiroga, estuvo ausente y envió al vicepresidente Tomás Riera. Lucía Ferrán \
             (Uruguay) e Iván Sotomayor (Bolivia) asistieron a la cumbre.",
            ausente,
        ),
        (
            "Los presidentes de doce países se reunieron en Lima. El presidente peruano Andrés \
             Quiroga se ausentó y envió al vicepresidente Tomás Riera; Lucía Ferrán (Uruguay) e \
             Iván Sotomayor (Bolivia) asistieron.",
            ausente,
        ),
        (
            "Los presidentes de doce países se reunieron el 3 de mayo en Lima, en ausencia del \
             presidente peruano Andrés Quiroga, quien envió al vicepresidente Tomás Riera. Lucía \
             Ferrán (Uruguay) e Iván Sotomayor (Bolivia) firmaron.",
            ausente,
        ),
    ]);
}

/// The text says many leaders meet, and the lead sentence names a deputy sent in a leader's
/// place: the meeting is still the leaders', and the leaders present are its principals.
#[test]
fn a_meeting_of_many_leaders_is_theirs_whoever_the_lead_names() {
    let leaders = "kind = multilateral
                   principals ~ Ali Hassan
                   principals ~ Amara Kone
                   principals ~ Luc Mbeki";
    check_all(&[
        (
            "The leaders of twelve countries met in Lome on Monday. Vice President Ali Hassan of \
             Kenya attended the summit. President Amara Kone of Ghana and President Luc Mbeki of \
             Togo signed the declaration.",
            "",
            leaders,
        ),
        (
            "The leaders of twelve countries will meet in Lome next week, and Vice President Ali \
             Hassan of Kenya will attend. President Amara Kone of Ghana and President Luc Mbeki of \
             Togo are also expected in Lome.",
            "",
            leaders,
        ),
        (
            "Twelve heads of state have gathered in Lome, where Kenyan Vice President Ali Hassan \
             joined the talks. Among the others are President Amara Kone of Ghana and President \
             Luc Mbeki of Togo.",
            "",
            leaders,
        ),
        (
            "The leaders of twelve countries met in Lome on 3 May, with Vice President Ali Hassan \
             (Kenya) at the table. Also present were President Amara Kone (Ghana) and President \
             Luc Mbeki (Togo).",
            "",
            leaders,
        ),
    ]);
    check_es(&[(
        "Los presidentes de doce países se reunieron en Lima. El vicepresidente de Chile, Tomás \
         Riera, asistió a la cumbre. La presidenta de Uruguay, Lucía Ferrán, y el presidente de \
         Bolivia, Iván Sotomayor, firmaron la declaración.",
        "kind = multilateral
         principals ~ Tomás Riera
         principals ~ Lucía Ferrán
         principals ~ Iván Sotomayor",
    )]);
}

/// Two leaders meeting on the sidelines of a gathering the text says many leaders attend hold
/// a bilateral meeting.
#[test]
fn a_meeting_on_the_sidelines_of_many_leaders_stays_bilateral() {
    let two = "kind = bilateral
               principals ~ Carla Benetti
               principals ~ Luc Mbeki";
    check_all(&[
        (
            "Prime Minister Carla Benetti of Italy met President Luc Mbeki of Togo on the \
             sidelines of the summit of the leaders of 20 countries in Rome.",
            "",
            two,
        ),
        (
            "Prime Minister Carla Benetti of Italy will meet President Luc Mbeki of Togo on the \
             sidelines of the summit of the leaders of 20 countries in Rome next week.",
            "",
            two,
        ),
        (
            "On the sidelines of the summit of the leaders of 20 countries in Rome, President Luc \
             Mbeki of Togo was received by Prime Minister Carla Benetti of Italy.",
            "",
            two,
        ),
        (
            "Prime Minister Carla Benetti of Italy has held talks with President Luc Mbeki of Togo \
             on the sidelines of the summit of the leaders of 20 countries.",
            "",
            two,
        ),
        (
            "Italy's Prime Minister Carla Benetti and Togo's President Luc Mbeki met on 3 May on \
             the sidelines of the summit of the leaders of 20 countries in Rome.",
            "",
            two,
        ),
    ]);
}

/// The status the tense leaves open, or reads from the arrivals, follows the resolved date: a
/// meeting dated after the publication is planned; a meeting held ahead of a gathering is held,
/// the gathering's future no announcement of it.
#[test]
fn the_date_settles_the_status_the_tense_leaves_open() {
    check_all(&[
        (
            "Leaders of twelve countries are arriving in Lome for the summit on 16 April. \
             President Amara Kone of Ghana and President Luc Mbeki of Togo will attend the \
             summit.",
            "2023-04-14",
            "status = planned",
        ),
        (
            "President Amara Kone of Ghana and President Luc Mbeki of Togo meet in Lome on \
             Monday, 17 April.",
            "2023-04-14",
            "status = planned",
        ),
        (
            "President Amara Kone of Ghana met President Luc Mbeki of Togo ahead of the ECOWAS \
             summit in Lome on Monday, 10 April.",
            "2023-04-14",
            "status = held",
        ),
        (
            "President Amara Kone of Ghana holds talks with President Luc Mbeki of Togo ahead of \
             the ECOWAS summit, Lome, 10 April 2023.",
            "2023-04-14",
            "status = held",
        ),
        (
            "President Amara Kone of Ghana has met President Luc Mbeki of Togo in Lome in the \
             run-up to the ECOWAS summit.",
            "2023-04-14",
            "status = held",
        ),
    ]);
    check_es(&[
        (
            "El 20 de abril se realiza en Lima la reunión de la canciller argentina, Elvira \
             Paniagua, con el canciller chileno, Tadeo Ruzafa.",
            "status = planned",
        ),
        (
            "La canciller argentina, Elvira Paniagua, se reúne con el canciller chileno, Tadeo \
             Ruzafa, el 20 de abril en Lima.",
            "status = planned",
        ),
        (
            "Los presidentes de doce países están llegando a Lima para la cumbre del 18 de abril; \
             el presidente Tomás Riera se reunirá allí con la presidenta Lucía Ferrán.",
            "status = planned",
        ),
        (
            "La canciller argentina, Elvira Paniagua, se reunió con el canciller chileno, Tadeo \
             Ruzafa, en vísperas de la cumbre de Lima.",
            "status = held",
        ),
        (
            "La canciller argentina, Elvira Paniagua, se ha reunido con el canciller chileno, \
             Tadeo Ruzafa, de cara a la cumbre de Lima.",
            "status = held",
        ),
    ]);
}
