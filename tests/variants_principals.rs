//! Rule families of the principals (issue #12, classes 5, 6 and 7), on sentences the team
//! wrote: no meeting without two sides; who is a principal; which country each side is.

mod common;
use common::check;

/// A meeting has two sides. A press conference, a speech, an interview, an election, a court
/// ruling, trade figures, an obituary or anniversary recalling an old meeting, a meeting
/// called off with no new date, a climb to a summit: no meeting, no cards.
#[test]
fn no_meeting_no_cards() {
    let none = "kind = other\n principals =\n members =\n summary =\n warnings ~ no-meeting";
    let table: &[(&str, &str, &str)] = &[
        // press conference, news conference
        (
            "President Emmanuel Macron told a press conference in Paris on Tuesday that France would raise its defence budget.",
            "2024-05-07",
            none,
        ),
        (
            "Foreign Minister Penny Wong held a news conference in Canberra on Wednesday about the visa changes.",
            "",
            none,
        ),
        (
            "“We will not back down,” Prime Minister Mark Carney told a news conference, adding that talks were not planned.",
            "",
            none,
        ),
        // attending, holding or taking part in an event held for the press, or in something
        // that is no meeting at all
        (
            "Prime Minister Jon Hale attended his first news conference as leader on Monday but took no questions.",
            "2024-05-06",
            none,
        ),
        (
            "President Ana Berg will hold a press conference with her ministers after the vote.",
            "",
            none,
        ),
        (
            "Defence Minister Lars Eng attended a media briefing at the ministry on Tuesday.",
            "",
            none,
        ),
        (
            "President Ana Berg has taken part in protests outside the parliament, her office said.",
            "",
            none,
        ),
        (
            "Two former presidents participated in actions that undermined the electoral process, the court found.",
            "",
            none,
        ),
        // speech, address
        (
            "Chancellor Olaf Scholz gave a speech to the Bundestag on Thursday, defending the coalition's budget plans.",
            "",
            none,
        ),
        (
            "President Cyril Ramaphosa addressed the nation on Sunday evening about the power cuts.",
            "",
            none,
        ),
        // interview
        (
            "In an interview with the BBC, Prime Minister Keir Starmer said the economy would recover by next year.",
            "",
            none,
        ),
        // election
        (
            "Zambia's Hakainde Hichilema was declared the winner of the presidential election on Monday, the electoral commission said.",
            "",
            none,
        ),
        // court ruling
        (
            "The Supreme Court ruled on Friday that President Javier Milei's decree on labour reform was unconstitutional.",
            "",
            none,
        ),
        (
            "The constitutional court rejected on Tuesday the appeal of opposition leader Nelson Chamisa against President Emmerson Mnangagwa's victory.",
            "",
            none,
        ),
        // trade figures
        (
            "Exports from Vietnam to the United States rose 12 percent in the first quarter, the trade ministry said on Monday.",
            "",
            none,
        ),
        (
            "Bilateral trade between China and Brazil rose to a record 180 billion dollars last year, customs figures showed on Friday.",
            "",
            none,
        ),
        // obituary, anniversary
        (
            "Former Prime Minister Shinzo Abe, who hosted the G7 summit in Ise-Shima in 2016, died on Friday aged 67.",
            "2022-07-08",
            none,
        ),
        (
            "Former Soviet leader Mikhail Gorbachev, who met President Ronald Reagan at the 1985 Geneva summit, died on Tuesday at the age of 91.",
            "2022-08-31",
            none,
        ),
        (
            "Twenty years ago this week, President George W. Bush and President Vladimir Putin met at a summit in Slovenia.",
            "2021-06-16",
            none,
        ),
        // postponed or cancelled with no new date
        (
            "The summit of the Pacific Alliance, which President Gustavo Petro was to host next week, has been postponed indefinitely.",
            "",
            none,
        ),
        (
            "A planned meeting between President Vladimir Putin and President Volodymyr Zelensky has been postponed indefinitely, the Kremlin said.",
            "",
            none,
        ),
        (
            "Prime Minister Narendra Modi and President Joe Biden will not meet next week after the summit in Brisbane was cancelled.",
            "",
            none,
        ),
        (
            "It is 50 years since President Richard Nixon met Chairman Mao Zedong in Beijing, a visit that changed the Cold War.",
            "",
            none,
        ),
        (
            "Former President Jimmy Carter, who brokered the Camp David talks between Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin, has died at 100.",
            "",
            none,
        ),
        (
            "The planned summit between President Donald Trump and President Vladimir Putin in Budapest was called off on Tuesday, the White House said.",
            "",
            none,
        ),
        // a debate, a phone call of congratulation, a word about a future call
        (
            "President Joe Biden and former President Donald Trump clashed in a televised debate on Thursday night in Atlanta.",
            "",
            none,
        ),
        (
            "Chancellor Friedrich Merz told reporters after a cabinet meeting that he would speak with President Emmanuel Macron soon.",
            "",
            none,
        ),
        // a meeting denied
        (
            "The meeting between Chinese President Xi Jinping and US President Donald Trump, long expected by markets, has not been scheduled, officials said.",
            "",
            none,
        ),
        (
            "President Vladimir Putin and President Donald Trump will not meet this month, the Kremlin said.",
            "",
            none,
        ),
        // a business summit of no organisation
        (
            "Prime Minister Luis Montenegro opened the Web Summit in Lisbon on Monday, telling founders that Portugal wanted their investment.",
            "",
            none,
        ),
        // a leader at a gathering of others, however it is owned ("their ceremony")
        (
            "Brazilian President Lula addressed students at their graduation ceremony in Brasilia on Monday.",
            "",
            none,
        ),
        (
            "Prime Minister Keir Starmer addressed party members at their annual conference in Liverpool on Sunday.",
            "",
            none,
        ),
        // the object of a person verb not said to have come ("criticised X for skipping the
        // summit", "briefed X on the talks"), or a gerund whose subject is the verb's own
        (
            "Kazakh President Kassym-Jomart Tokayev criticised Sadyr Japarov for skipping the summit in Astana on Thursday.",
            "",
            none,
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev briefed Sadyr Japarov on the talks in Astana on Thursday.",
            "",
            none,
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev will brief Sadyr Japarov after attending the summit in Astana on Thursday.",
            "",
            none,
        ),
        // a mountain's summit
        (
            "A team of climbers reached the summit of Mount Kenya on Sunday, the national park said.",
            "",
            none,
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

/// The grammar of a meeting with two sides: a subject and a "with"-object, a host verb and
/// its object, a passive with "by", "between A and B", a plural subject; and a meeting
/// postponed to a new date is still planned.
#[test]
fn two_sides_make_a_meeting() {
    let table: &[(&str, &str, &str)] = &[
        (
            "Irish Taoiseach Simon Harris held talks in London on Monday with British Prime Minister Keir Starmer.",
            "",
            "kind = bilateral\n principals ~ Simon Harris\n principals ~ Keir Starmer",
        ),
        (
            "Chancellor Olaf Scholz received Kenyan President William Ruto at the chancellery on Thursday.",
            "",
            "kind = bilateral\n principals ~ William Ruto | President | Kenya\n principals ~ Olaf Scholz",
        ),
        (
            "Finnish President Alexander Stubb was hosted by King Charles at Windsor Castle on Tuesday.",
            "",
            "kind = bilateral\n principals ~ Alexander Stubb | President | Finland\n principals ~ King Charles",
        ),
        (
            "The two leaders, Chinese President Xi Jinping and Brazilian President Lula da Silva, will meet in Brasilia next month.",
            "",
            "kind = bilateral\n status = planned\n countries ~ China\n countries ~ Brazil",
        ),
        (
            "Talks between Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese were held in Jakarta.",
            "",
            "kind = bilateral\n principals ~ Prabowo Subianto\n principals ~ Anthony Albanese",
        ),
        (
            "The meeting of Peruvian President Dina Boluarte and Chilean President Gabriel Boric, first set for May, has been postponed to June 12.",
            "2024-05-06",
            "kind = bilateral\n principals ~ Dina Boluarte\n principals ~ Gabriel Boric",
        ),
        (
            "When the two leaders held a virtual summit on Monday, President Joe Biden raised trade with Chinese President Xi Jinping.",
            "",
            "kind = bilateral\n virtual = true\n principals ~ Xi Jinping | President | China",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held a phone call on Tuesday. During the phone call, the two leaders agreed to meet in Tokyo.",
            "",
            "kind = bilateral\n virtual = true\n principals ~ Lee Jae-myung | President | South Korea",
        ),
        (
            "Prime Minister Keir Starmer is meeting President Emmanuel Macron in Paris today.",
            "",
            "kind = bilateral\n principals ~ Keir Starmer\n principals ~ Emmanuel Macron",
        ),
        // the plural possessor of a meeting noun names its sides ("at their meeting"), whatever
        // the verb that links the two people
        (
            "Brazilian President Lula shook hands with Uruguayan President Luis Lacalle Pou at their meeting in Montevideo on Saturday.",
            "2024-02-19",
            "kind = bilateral\n principals ~ Lula\n principals ~ Luis Lacalle Pou | President | Uruguay",
        ),
        (
            "Uruguayan President Luis Lacalle Pou was thanked by Brazilian President Lula at their meeting in Montevideo on Saturday.",
            "2024-02-19",
            "kind = bilateral\n principals ~ Lula | President | Brazil\n principals ~ Luis Lacalle Pou",
        ),
        (
            "At their talks in Montevideo on Saturday, Brazilian President Lula thanked Uruguayan President Luis Lacalle Pou for his support.",
            "2024-02-19",
            "kind = bilateral\n date = on Saturday = 2024-02-17\n principals ~ Luis Lacalle Pou",
        ),
        (
            "The photo shows Chilean President Gabriel Boric embracing Argentine President Javier Milei before their talks in Santiago.",
            "",
            "kind = bilateral\n principals ~ Gabriel Boric\n principals ~ Javier Milei | President | Argentina",
        ),
        (
            "Chilean President Gabriel Boric will brief Argentine President Javier Milei on the plan when their talks resume in Santiago on Friday.",
            "",
            "kind = bilateral\n principals ~ Gabriel Boric\n principals ~ Javier Milei",
        ),
        (
            "Their summit in Hanoi ended with Vietnamese President Luong Cuong hugging Lao President Thongloun Sisoulith on Tuesday.",
            "",
            "kind = bilateral\n principals ~ Luong Cuong | President | Vietnam\n principals ~ Thongloun Sisoulith | President | Laos",
        ),
        // a person verb whose object is said to have come to the meeting ("thanked X for
        // attending"): the verb's subject, or the agent of a passive, and its object are the sides
        (
            "Kazakh President Kassym-Jomart Tokayev thanked Kyrgyz President Sadyr Japarov for attending the summit in Astana on Thursday.",
            "",
            "kind = bilateral\n principals ~ Kassym-Jomart Tokayev\n principals ~ Sadyr Japarov | President | Kyrgyzstan",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday. He thanked Kyrgyz President Sadyr Japarov for taking part in the talks.",
            "",
            "kind = bilateral\n principals ~ Sadyr Japarov | President | Kyrgyzstan",
        ),
        (
            "Kyrgyz President Sadyr Japarov was thanked by Kassym-Jomart Tokayev for travelling to Astana for the talks on Thursday.",
            "",
            "kind = bilateral\n principals ~ Sadyr Japarov | President | Kyrgyzstan\n principals ~ Kassym-Jomart Tokayev",
        ),
        (
            "Chinese President Xi Jinping congratulated Kazakh President Kassym-Jomart Tokayev on hosting the summit in Astana on Thursday.",
            "",
            "kind = bilateral\n principals ~ Xi Jinping | President | China\n principals ~ Kassym-Jomart Tokayev | President | Kazakhstan",
        ),
        (
            "Kyrgyz President Sadyr Japarov arrived in Astana on Thursday. Kazakh President Kassym-Jomart Tokayev thanked him for coming to the talks.",
            "",
            "kind = bilateral\n principals ~ Sadyr Japarov\n principals ~ Kassym-Jomart Tokayev",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev has praised Sadyr Japarov for joining the talks in Astana on Thursday.",
            "",
            "kind = bilateral\n principals ~ Sadyr Japarov\n principals ~ Kassym-Jomart Tokayev",
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

/// Who is a principal: not the sender of a message, not whoever reports the meeting, not a
/// person in a photo caption of another meeting; ministers are the principals of a ministerial
/// meeting.
#[test]
fn who_is_a_principal() {
    let table: &[(&str, &str, &str)] = &[
        // the sender of a message is represented, not present
        (
            "President Paul Kagame received a letter from President Samia Suluhu Hassan of Tanzania on Monday. The meeting was attended by Rwandan Foreign Minister Vincent Biruta.",
            "",
            "principals !~ Samia Suluhu Hassan\n principals ~ Paul Kagame",
        ),
        (
            "Prime Minister Kamla Persad-Bissessar received greetings from President Irfaan Ali of Guyana, delivered at a meeting with the Guyanese foreign minister Hugh Todd.",
            "",
            "principals !~ Irfaan Ali",
        ),
        // whoever reports the meeting
        (
            "Italian President Sergio Mattarella will hold talks with Austrian President Alexander Van der Bellen next Monday, Karl Huber, head of the presidential protocol department, told reporters on Friday.",
            "",
            "principals !~ Karl Huber\n members !~ Karl Huber\n principals ~ Sergio Mattarella | President | Italy",
        ),
        (
            "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara on Thursday, Pavlos Marinakis and Ali Kemal said.",
            "",
            "principals !~ Pavlos Marinakis\n principals !~ Ali Kemal\n kind = bilateral",
        ),
        // a photo caption of another meeting of the trip
        (
            "Indian Prime Minister Narendra Modi attends a meeting with Italian Prime Minister Giorgia Meloni ahead of the G7 summit in Apulia, Italy. Photographer Name/Pool via REUTERS\n\nIndian Prime Minister Narendra Modi and Canadian Prime Minister Justin Trudeau met on Friday for talks on trade.",
            "",
            "principals !~ Giorgia Meloni\n kind = bilateral\n principals ~ Justin Trudeau | Prime Minister | Canada",
        ),
        // whoever represents a head of state is that side's principal
        (
            "Vice President JD Vance represented President Donald Trump at the inauguration summit of the Pacific Alliance in Lima, where he met Peruvian President Jose Jeri.",
            "",
            "kind = bilateral\n principals ~ JD Vance | Vice President\n principals !~ Donald Trump",
        ),
        (
            "Foreign Minister Ahmed Attaf, standing in for Algerian President Abdelmadjid Tebboune, met Kenyan President William Ruto in Nairobi on Monday.",
            "",
            "principals ~ Ahmed Attaf | Foreign Minister | Algeria\n principals ~ William Ruto | President | Kenya\n principals !~ Tebboune",
        ),
        (
            "Crown Prince Hussein, on behalf of King Abdullah II of Jordan, received Cypriot President Nikos Christodoulides in Amman on Sunday.",
            "",
            "principals ~ Hussein\n principals !~ Abdullah\n principals ~ Nikos Christodoulides | President | Cyprus",
        ),
        // plural titles
        (
            "Presidents Gustavo Petro of Colombia and Daniel Noboa of Ecuador met in Quito on Friday.",
            "",
            "kind = bilateral\n principals = Gustavo Petro | President | Colombia; Daniel Noboa | President | Ecuador",
        ),
        (
            "Prime Ministers Ulf Kristersson of Sweden and Jonas Gahr Store of Norway met their Danish counterpart Mette Frederiksen in Copenhagen.",
            "",
            "kind = multilateral\n countries = Sweden; Norway; Denmark",
        ),
        // a meeting word of a headline names nobody; the leaders of a bloc are many sides, a
        // group beside the one person they meet
        (
            "EU Leaders Meet With Moldovan President Maia Sandu In Chisinau\n\nEuropean Union leaders met on Thursday with Moldovan President Maia Sandu in Chisinau.",
            "",
            "kind = multilateral\n principals = - | EU Leaders | European Union; Maia Sandu | President | Moldova",
        ),
        // a capitalised word qualifying a group of leaders names nobody
        (
            "Prime Minister Mark Carney hosted German Chancellor Friedrich Merz in Ottawa on Monday. Later, Carney met with Indigenous Business and Faith Leaders in the city.",
            "",
            "kind = bilateral\n principals !~ Business\n principals !~ Faith\n principals ~ Friedrich Merz | Chancellor | Germany",
        ),
        (
            "Brazilian President Lula da Silva and other leaders met Colombian President Gustavo Petro in Belem on Monday.",
            "",
            "principals ~ Lula da Silva | President | Brazil\n principals ~ Gustavo Petro | President | Colombia",
        ),
        // a call reported after a meeting face to face is another meeting
        (
            "Chancellor Friedrich Merz received Polish President Karol Nawrocki in Berlin on Monday. On Sunday, Merz held a phone call with Danish Prime Minister Mette Frederiksen.",
            "",
            "kind = bilateral\n principals !~ Mette Frederiksen\n principals ~ Karol Nawrocki | President | Poland",
        ),
        // the owner of a plan is named, not present
        (
            "Leaders of the Arab League opened their summit in Baghdad on Saturday. Iraqi Prime Minister Mohammed Shia al-Sudani, Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II attended, and Sudani praised President Donald Trump's plan for Gaza.",
            "",
            "kind = multilateral\n principals !~ Donald Trump\n principals ~ Abdel Fattah al-Sisi",
        ),
        // a vice president standing in for a head of state at a summit
        (
            "African leaders gathered in Addis Ababa for the African Union summit on Sunday. Kenyan President William Ruto, Nigerian President Bola Tinubu and South African Deputy President Paul Mashatile attended the opening session.",
            "",
            "kind = multilateral\n principals ~ Paul Mashatile | Deputy President | South Africa",
        ),
        // a visiting leader named with a possessive
        (
            "Russian President Vladimir Putin welcomed India's visiting leader Narendra Modi at the Kremlin on Monday.",
            "",
            "principals ~ Narendra Modi | Leader | India",
        ),
        // ministers are the principals of a ministerial meeting
        (
            "Kenyan Foreign Minister Musalia Mudavadi met with his Ethiopian counterpart Taye Atske Selassie in Nairobi on Monday.",
            "",
            "kind = ministerial\n principals ~ Musalia Mudavadi | Foreign Minister | Kenya\n principals ~ Taye Atske Selassie",
        ),
        (
            "Foreign ministers Annalena Baerbock of Germany and Stephane Sejourne of France held talks in Weimar on Tuesday.",
            "",
            "kind = ministerial\n principals ~ Annalena Baerbock\n principals ~ Stephane Sejourne",
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

/// Countries of the sides: from the delegation each clause names, from a member list in any
/// phrasing, from the possessive "<Country>'s Name", from a dateline of the host.
#[test]
fn countries_of_the_sides() {
    let table: &[(&str, &str, &str)] = &[
        // each clause of a delegation sentence names its own side
        (
            "Brazil and Argentina held their first strategic dialogue on Monday. Ministers Mauro Vieira and Fernando Haddad led the Brazilian delegation, while the Argentine side was headed by Diana Mondino.",
            "",
            "countries ~ Brazil\n countries ~ Argentina\n principals ~ Mauro Vieira | Minister | Brazil",
        ),
        (
            "Japan and Australia held talks in Tokyo, while the Australian delegation included Foreign Minister Penny Wong and Defence Minister Richard Marles.",
            "",
            "principals ~ Penny Wong | Foreign Minister | Australia",
        ),
        // a conjunct of a member list ("included X, Y, and Z") with no country or principal of
        // its own continues the list of its clause; one naming a principal is that side's
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. The Ugandan delegation included Foreign Minister Jeje Odongo, Defence Minister Jacob Oboth, and Finance Minister Matia Kasaija.",
            "",
            "members ~ Matia Kasaija | Finance Minister | Uganda\n members ~ Jacob Oboth | Defence Minister | Uganda",
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Among the Ugandan delegation to the talks with Ruto were Foreign Minister Jeje Odongo, Defence Minister Jacob Oboth, and Finance Minister Matia Kasaija.",
            "",
            "members ~ Matia Kasaija | Finance Minister | Uganda\n members !~ Kenya",
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. The Ugandan delegation was made up of Foreign Minister Jeje Odongo, and Defence Minister Jacob Oboth, while Ruto was accompanied by Interior Minister Kipchumba Murkomen.",
            "",
            "members ~ Jacob Oboth | Defence Minister | Uganda\n members ~ Kipchumba Murkomen | Interior Minister | Kenya",
        ),
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. The Ugandan delegation included Foreign Minister Jeje Odongo, and Ruto was joined by Interior Minister Kipchumba Murkomen.",
            "",
            "members ~ Jeje Odongo | Foreign Minister | Uganda\n members ~ Kipchumba Murkomen | Interior Minister | Kenya",
        ),
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. The Ugandan delegation included Foreign Minister Jeje Odongo, and the Kenyan delegation included Interior Minister Kipchumba Murkomen.",
            "",
            "members ~ Jeje Odongo | Foreign Minister | Uganda\n members ~ Kipchumba Murkomen | Interior Minister | Kenya",
        ),
        // member lists in several phrasings
        (
            "Brazilian President Lula da Silva hosted leaders from eight nations of the Amazon Cooperation Treaty Organization in Belem on Tuesday. The organisation also comprises Bolivia, Colombia, Ecuador, Guyana, Peru, Suriname and Venezuela.",
            "",
            "kind = multilateral\n countries ~ Bolivia\n countries ~ Suriname\n countries ~ Venezuela",
        ),
        (
            "Paraguayan President Santiago Pena welcomed the presidents of the Mercosur bloc to Asuncion on Monday. The bloc, which groups Argentina, Brazil, Paraguay and Uruguay, agreed to resume trade talks.",
            "",
            "countries ~ Argentina\n countries ~ Paraguay\n countries ~ Uruguay",
        ),
        (
            "Tajik President Emomali Rahmon hosted five heads of state at a summit in Dushanbe. The group's members are Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
            "",
            "countries ~ Turkmenistan\n countries ~ Kyrgyzstan",
        ),
        (
            "Icelandic Prime Minister Bjarni Benediktsson welcomed four Nordic prime ministers to Reykjavik on Monday. The Nordic Council is made up of Denmark, Finland, Iceland, Norway and Sweden.",
            "",
            "countries ~ Iceland\n countries ~ Norway",
        ),
        // possessives
        (
            "Kenya's President William Ruto hosted Tanzania's President Samia Suluhu Hassan at State House on Friday.",
            "",
            "principals ~ William Ruto | President | Kenya\n principals ~ Samia Suluhu Hassan | President | Tanzania",
        ),
        (
            "Canada's Prime Minister Mark Carney met Mexico's President Claudia Sheinbaum in Mexico City on Thursday.",
            "",
            "principals ~ Mark Carney | Prime Minister | Canada\n principals ~ Claudia Sheinbaum | President | Mexico",
        ),
        // a country in brackets after the name
        (
            "The summit of the Organisation of Eastern Caribbean States opened in Castries on Monday, attended by Prime Ministers Philip Pierre (Saint Lucia), Terrance Drew (Saint Kitts and Nevis) and Gaston Browne (Antigua and Barbuda).",
            "",
            "principals ~ Philip Pierre | Prime Minister | Saint Lucia",
        ),
        // sides named as countries, in the subject or joined by a dash
        (
            "India and Japan on Monday held their annual dialogue in Tokyo, led by Foreign Minister Toshimitsu Motegi and External Affairs Minister S Jaishankar, to deepen the India–Japan partnership.",
            "",
            "kind = ministerial\n countries ~ India\n countries ~ Japan",
        ),
        // one principal with no country; the other side is the person of a country beside him
        (
            "US Trade Representative Jamieson Greer and Commerce Minister Piyush Goyal held talks in Washington on Friday.",
            "",
            "kind = ministerial\n principals ~ Jamieson Greer | Trade Representative | United States\n principals ~ Piyush Goyal",
        ),
        // principals named only by title
        (
            "The French president met the German chancellor in Berlin on Monday to discuss defence.",
            "",
            "kind = bilateral\n countries = France; Germany\n summary ~ The President of France and the Chancellor of Germany met",
        ),
        (
            "The Indian prime minister held talks with President Joe Biden at the White House on Friday.",
            "",
            "kind = bilateral\n countries ~ India\n principals ~ - | Prime minister | India",
        ),
        (
            "Warmly welcoming his Uzbek counterpart, Kazakh President Kassym-Jomart Tokayev stressed the importance of the visit.",
            "",
            "kind = bilateral\n countries = Uzbekistan; Kazakhstan",
        ),
        (
            "Warmly welcoming his Uzbek counterpart, the Kazakh president stressed the visit. Uzbek President Shavkat Mirziyoyev thanked his host.",
            "",
            "principals !~ - | President | Uzbekistan",
        ),
        // a title without a nationality, under the dateline of the host's capital
        (
            "WARSAW, March 3 - Lithuanian President Gitanas Nauseda will hold talks with President Andrzej Duda on Tuesday, his office said.",
            "",
            "principals ~ Andrzej Duda | President | Poland",
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

/// "Ministers X and Y accompany the president": the present and future of "accompany", in a
/// sentence of its own after the meeting's, list members of the principal's delegation.
#[test]
fn companions_in_the_present_and_future() {
    let meeting = "President Darren Pike met President Helga Moss in Oslo on Monday.";
    let member = "members ~ Ivo Tarn";
    let companions = [
        "Foreign Minister Ivo Tarn accompanies the president on the three-day trip.",
        "Foreign Minister Ivo Tarn will accompany Pike throughout the visit.",
        "Trade Minister Ivo Tarn accompanies Pike, as does Foreign Minister Rolf Aune.",
        "Accompanying the president are Foreign Minister Ivo Tarn and other officials.",
        "Foreign Minister Ivo Tarn and Defence Minister Rolf Aune accompany the president.",
    ];
    let rows: Vec<String> = (companions.iter())
        .map(|c| format!("{meeting} {c}"))
        .collect();
    let table: Vec<(&str, &str, &str)> = (rows.iter())
        .map(|r| (r.as_str(), "2024-03-04", member))
        .collect();
    common::check_all(&table);
}

/// "his counterpart": a counterpart holds the plain title of the person it is the counterpart
/// of, without that person's own modifiers ("new", "newly elected").
#[test]
fn a_counterpart_holds_the_plain_title() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "New President Darren Pike met his counterpart Helga Moss in Oslo on Monday.",
            "2024-03-04",
            "principals ~ Helga Moss | President |",
        ),
        (
            "Newly elected President Darren Pike will meet his Danish counterpart, Helga Moss, on Friday.",
            "2024-03-04",
            "principals ~ Helga Moss | President | Denmark",
        ),
        (
            "Helga Moss, his counterpart, was received by new President Darren Pike.",
            "2024-03-04",
            "principals ~ Helga Moss | President |",
        ),
        (
            "New Prime Minister Darren Pike held talks with his counterpart Helga Moss (Norway).",
            "2024-03-04",
            "principals ~ Helga Moss | Prime Minister |",
        ),
        (
            "Pike, the new president, met his colleague Helga Moss at the summit.",
            "2024-03-04",
            "principals ~ Helga Moss | President |",
        ),
    ];
    common::check_all(rows);
}

/// "Among the participants was President X": a sentence that names the meeting's people by a
/// noun of attending, with no meeting verb of its own, names them as the meeting's.
#[test]
fn people_named_among_the_participants() {
    let meeting = "Chilean President Helga Moss and Peruvian President Darren Pike met Ecuadorian President Mark Vale at the regional summit in Quito on Monday.";
    let joins = "principals ~ Ivo Tarn";
    let others = [
        "Among the participants was President Ivo Tarn.",
        "Attendees included Paraguayan President Ivo Tarn.",
        "President Ivo Tarn was one of the participants.",
        "The participants, among them President Ivo Tarn, posed for the official photo.",
        "Among the other attendees was President Ivo Tarn (Paraguay).",
    ];
    let rows: Vec<String> = others.iter().map(|s| format!("{meeting} {s}")).collect();
    let table: Vec<(&str, &str, &str)> = (rows.iter())
        .map(|r| (r.as_str(), "2024-03-04", joins))
        .collect();
    common::check_all(&table);
}

/// "despite the views of presidents X and Y": a person named as the complement of a common
/// noun owns something and is not present; ministers meeting stay a ministerial meeting.
#[test]
fn leaders_owning_something_are_not_present() {
    let ministers = "kind = ministerial\n principals ~ Ivo Tarn\n principals ~ Rolf Aune";
    let rows: &[(&str, &str, &str)] = &[
        (
            "Foreign Ministers Ivo Tarn of Chile and Rolf Aune of Peru met in Lima on Monday, despite the opposing views of presidents Darren Pike and Helga Moss.",
            "2024-03-04",
            ministers,
        ),
        (
            "Foreign Minister Ivo Tarn will meet Foreign Minister Rolf Aune in Lima, following the instructions of President Darren Pike.",
            "2024-03-04",
            ministers,
        ),
        (
            "At the invitation of President Helga Moss, Foreign Minister Ivo Tarn held talks with Foreign Minister Rolf Aune.",
            "2024-03-04",
            ministers,
        ),
        (
            "Foreign Minister Ivo Tarn met Foreign Minister Rolf Aune to prepare the agenda of presidents Darren Pike and Helga Moss.",
            "2024-03-04",
            ministers,
        ),
        (
            "Despite the criticism of President Darren Pike, Foreign Minister Ivo Tarn met Foreign Minister Rolf Aune.",
            "2024-03-04",
            ministers,
        ),
    ];
    common::check_all(rows);
}

/// The leaders of a list of countries stand for one holder per country until a named leader
/// of the country is known, by title or as the host in the country's city ("The leaders of
/// Japan, China and South Korea will hold a summit in Tokyo. Prime Minister X will host …"): no
/// nameless "Leader of Japan" beside X.
#[test]
fn a_leader_by_title_gives_way_to_the_host_by_name() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "The leaders of Japan, China and South Korea will hold a summit in Tokyo in May. \
                 Prime Minister Emi Sato will host Chinese Premier Wei Lan and South Korean \
                 President Kim Min-jun.",
                "principals = Emi Sato | Prime Minister | Japan; Wei Lan | Premier | China; Kim \
                 Min-jun | President | South Korea",
            ),
            (
                "es",
                "Los líderes de Japón, China y Corea del Sur celebrarán una cumbre en Tokio en mayo. \
                 La primera ministra Emi Sato recibirá al primer ministro chino, Wei Lan, y al \
                 presidente surcoreano, Kim Min-jun.",
                "principals = Emi Sato | Primera ministra | Japan; Wei Lan | Primer ministro | China; \
                 Kim Min-jun | Presidente | South Korea",
            ),
        ],
    );
}
