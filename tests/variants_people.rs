//! Rule-family variants for people (issue #12, classes 3 and 9): people named without a title
//! before the name, and the names the cards print. Every sentence is written by the team; none
//! occurs in the corpus.

mod common;
use common::check_all;

/// A bare name is a person's when a verb that takes a person has it as subject or object:
/// the verb class decides, in any tense, active or passive.
#[test]
fn bare_names_next_to_person_verbs() {
    check_all(&[
        (
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday. Tokayev \
             will thank Sadyr Japarov for coming to the talks.",
            "",
            "principals ~ Sadyr Japarov",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday. Tokayev and \
             Sadyr Japarov shook hands before the talks.",
            "",
            "principals ~ Sadyr Japarov",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev held talks in Astana on Thursday, where he has \
             received Serdar Berdimuhamedow.",
            "",
            "principals ~ Serdar Berdimuhamedow",
        ),
        (
            "The Central Asian summit in Astana on Thursday was opened by host Kassym-Jomart \
             Tokayev, who welcomed Uzbek President Shavkat Mirziyoyev.",
            "",
            "principals ~ Kassym-Jomart Tokayev | - | Kazakhstan
             principals ~ Shavkat Mirziyoyev | President | Uzbekistan",
        ),
        (
            "Ghanaian President John Mahama held talks in Accra on Tuesday with Togolese President \
             Faure Gnassingbe. Mahama has received Robert Dussey as well.",
            "",
            "principals ~ Robert Dussey",
        ),
    ]);
}

/// "Britain's Keir Starmer": the possessive country is the person's, and no other.
#[test]
fn possessive_country_before_a_name() {
    check_all(&[
        (
            "Britain's Keir Starmer met Irish Prime Minister Micheal Martin in Dublin on Thursday \
             to discuss trade.",
            "",
            "principals ~ Keir Starmer | - | United Kingdom
             principals ~ Micheal Martin | Prime Minister | Ireland
             countries = United Kingdom; Ireland",
        ),
        (
            "Irish Prime Minister Micheal Martin met Britain's Keir Starmer in Dublin on Thursday \
             to discuss trade.",
            "",
            "principals ~ Keir Starmer | - | United Kingdom",
        ),
        (
            "Chinese President Xi Jinping received France's Emmanuel Macron in Beijing on Friday, \
             and Macron thanked Xi for the welcome.",
            "",
            "principals ~ Emmanuel Macron | - | France",
        ),
        (
            "Chinese President Xi Jinping received Brazil's Lula da Silva in Beijing on Friday.",
            "",
            "principals ~ Lula da Silva | - | Brazil",
        ),
        (
            "Germany's Friedrich Merz held talks with Polish Prime Minister Donald Tusk in Warsaw \
             on Monday.",
            "",
            "principals ~ Friedrich Merz | - | Germany
             principals ~ Donald Tusk | Prime Minister | Poland",
        ),
    ]);
}

/// Forms of address and ranks ("Hon.", "H.E.", "Amb.", "Dr.", "Sheikh", "Maj. Gen. (Rtd)")
/// stand between a title and a name; they are never a name nor part of one.
#[test]
fn forms_of_address_are_no_names() {
    check_all(&[
        (
            "Zambian President Hakainde Hichilema met the Foreign Minister of Malawi, Hon. Nancy \
             Tembo, in Lusaka on Wednesday.",
            "",
            "principals ~ Nancy Tembo | Foreign Minister | Malawi
             principals !~ Hon",
        ),
        (
            "Zambian President Hakainde Hichilema met Malawi's Minister of Foreign Affairs, Amb. \
             Nancy Tembo, in Lusaka on Wednesday.",
            "",
            "principals ~ Nancy Tembo | Minister of Foreign Affairs | Malawi
             principals !~ Amb",
        ),
        (
            "Zambian President Hakainde Hichilema received the High Commissioner of Malawi, H.E. \
             Dr. Kenneth Zikhale, at State House on Wednesday.",
            "",
            "principals ~ Kenneth Zikhale | High Commissioner | Malawi
             principals !~ H.E
             principals !~ Dr",
        ),
        (
            "The Ugandan delegation to the talks with Kenyan President William Ruto included the \
             Chief of Defence Forces, Maj. Gen. (Rtd) Peter Okello, and the Minister of State for \
             Defence, Dr. Jane Akello.",
            "",
            "members ~ Peter Okello | Chief of Defence Forces | Uganda
             members ~ Jane Akello | Minister of State for Defence | Uganda
             members !~ Rtd",
        ),
        (
            "The Emir of Qatar, Tamim bin Hamad, received the Prime Minister of Kuwait, Sheikh \
             Ahmad Abdullah, in Doha on Sunday to discuss the gas market and the war in Sudan.",
            "",
            "principals ~ Ahmad Abdullah | Prime Minister | Kuwait
             principals !~ Sheikh",
        ),
        (
            "Emirati President Mohamed bin Zayed received Indian Prime Minister Narendra Modi at a \
             hotel on Sheikh Zayed Road in Dubai on Tuesday.",
            "",
            "principals !~ Zayed Road
             members !~ Zayed |",
        ),
    ]);
}

/// A communiqué written in capitals: a singular title still introduces a name closed by
/// its country or by punctuation; a headline in capitals or a verb after the name is none.
#[test]
fn names_in_a_communique_in_capitals() {
    check_all(&[
        (
            "JOINT COMMUNIQUE OF THE SOUTHERN AFRICAN SUMMIT\n\nTHE SUMMIT OF HEADS OF STATE WAS \
             ATTENDED BY PRESIDENT CYRIL RAMAPHOSA OF THE REPUBLIC OF SOUTH AFRICA, PRESIDENT \
             EMMERSON MNANGAGWA OF THE REPUBLIC OF ZIMBABWE AND PRESIDENT DUMA BOKO OF THE \
             REPUBLIC OF BOTSWANA IN GABORONE ON 12TH MARCH, 2025.",
            "",
            "principals ~ CYRIL RAMAPHOSA | PRESIDENT | South Africa
             principals ~ EMMERSON MNANGAGWA | PRESIDENT | Zimbabwe
             principals ~ DUMA BOKO | PRESIDENT | Botswana",
        ),
        (
            "THE EXTRAORDINARY SUMMIT OF THE COMMUNITY WAS CHAIRED BY PRESIDENT DUMA BOKO, WHILE \
             VICE PRESIDENT NDUDUZO MOYO REPRESENTED THE KINGDOM OF ESWATINI AT THE MEETING IN \
             GABORONE.",
            "",
            "principals ~ DUMA BOKO | PRESIDENT
             principals !~ MOYO REPRESENTED",
        ),
        (
            "PRESIDENT XI JINPING HOLDS TALKS WITH PUTIN\n\nChinese President Xi Jinping held \
             talks with Russian President Vladimir Putin in Beijing on Monday.",
            "",
            "principals = Xi Jinping | President | China; Vladimir Putin | President | Russia",
        ),
        (
            "THE COUNCIL OF MINISTERS COVERING THE PERIOD UNDER REVIEW REPORTED TO THE SUMMIT OF \
             HEADS OF STATE, MUNYONGO, WHERE PRESIDENT SAMIA SULUHU HASSAN OF THE UNITED REPUBLIC \
             OF TANZANIA RECEIVED PRESIDENT WILLIAM RUTO OF THE REPUBLIC OF KENYA.",
            "",
            "principals ~ SAMIA SULUHU HASSAN | PRESIDENT | Tanzania
             principals ~ WILLIAM RUTO | PRESIDENT | Kenya
             principals !~ COVERING
             principals !~ MUNYONGO",
        ),
        (
            "HEADS OF STATE MEET IN ARUSHA\n\nKenyan President William Ruto met Tanzanian President \
             Samia Suluhu Hassan in Arusha on Friday.",
            "",
            "principals = William Ruto | President | Kenya; Samia Suluhu Hassan | President | Tanzania",
        ),
    ]);
}

/// Plural titles give each name the title; a country next to each name ("of A X and B Y",
/// "X (A) and Y (B)", "from A, X, and B, Y") is that name's.
#[test]
fn plural_titles_share_out() {
    check_all(&[
        (
            "Presidents Bola Tinubu and Nana Akufo-Addo held talks in Abuja on Monday about \
             regional security.",
            "",
            "principals = Bola Tinubu | President | -; Nana Akufo-Addo | President | -",
        ),
        (
            "The Foreign Ministers of Armenia Ararat Mirzoyan and Azerbaijan Jeyhun Bayramov met \
             in Almaty on Friday to discuss a peace treaty.",
            "",
            "principals = Ararat Mirzoyan | Foreign Minister | Armenia; Jeyhun Bayramov | Foreign Minister | Azerbaijan",
        ),
        (
            "Ministers of Foreign Affairs of Latvia Baiba Braze and Lithuania Kestutis Budrys held \
             talks in Riga.",
            "",
            "principals = Baiba Braze | Minister of Foreign Affairs | Latvia; Kestutis Budrys | Minister of Foreign Affairs | Lithuania",
        ),
        (
            "The ceremony was attended by Prime Ministers Philip Davis (Bahamas) and Andrew Holness \
             (Jamaica) at the summit in Georgetown.",
            "",
            "principals ~ Philip Davis | Prime Minister | Bahamas
             principals ~ Andrew Holness | Prime Minister | Jamaica",
        ),
        (
            "Brazilian President Lula da Silva welcomed his counterparts from Chile, Gabriel Boric, \
             and Colombia, Gustavo Petro, to the summit in Brasilia on Tuesday.",
            "",
            "principals ~ Gabriel Boric | President | Chile
             principals ~ Gustavo Petro | President | Colombia",
        ),
        (
            "Argentine Foreign Minister Diana Mondino met in Montevideo with her Uruguayan \
             colleague Omar Paganini.",
            "",
            "principals ~ Omar Paganini | Foreign Minister | Uruguay",
        ),
    ]);
}

/// Lists give each person their own role and side: "Name, role, and Name, role", table lines
/// "Country : H.E. Name, role", "A was represented by X, B by Y", "the Indian side was headed
/// by X and Y", "X and Y led the Indian delegation".
/// Owners coordinated before a plural title, one per holder in order: "the Kyrgyz and Uzbek
/// Presidents, A and B" (the same construction as Spanish "los presidentes kirguís y uzbeko").
#[test]
fn coordinated_owners_before_a_plural_title() {
    check_all(&[
        (
            "The Kyrgyz and Uzbek Presidents, Sadyr Japarov and Shavkat Mirziyoyev, met in Tashkent on Monday.",
            "",
            "principals = Sadyr Japarov | President | Kyrgyzstan; Shavkat Mirziyoyev | President | Uzbekistan",
        ),
        (
            "The Chilean and Peruvian foreign ministers, Ana Soto and Luis Vera, will meet in Lima next week.",
            "",
            "principals = Ana Soto | Foreign minister | Chile; Luis Vera | Foreign minister | Peru",
        ),
        (
            "Russian and Chinese Presidents Vladimir Putin and Xi Jinping held talks in Moscow.",
            "",
            "principals = Vladimir Putin | President | Russia; Xi Jinping | President | China",
        ),
        (
            "The Kenyan, Ugandan and Tanzanian presidents met in Arusha on Monday to discuss the railway.",
            "",
            "kind = multilateral\n countries = Kenya; Uganda; Tanzania",
        ),
        (
            "Norwegian and Danish Prime Ministers Jonas Lie and Mette Krag met in Copenhagen on Friday.",
            "",
            "principals = Jonas Lie | Prime Minister | Norway; Mette Krag | Prime Minister | Denmark",
        ),
    ]);
}

#[test]
fn lists_give_each_person_a_role_and_side() {
    check_all(&[
        (
            "Present at the talks in Tashkent with Kazakh President Kassym-Jomart Tokayev were \
             Bakhtiyor Saidov, Minister of Foreign Affairs, and Laziz Kudratov, Minister of \
             Investment, Industry and Trade.",
            "",
            "principals ~ Kassym-Jomart Tokayev | President | Kazakhstan
             members ~ Bakhtiyor Saidov | Minister of Foreign Affairs
             members ~ Laziz Kudratov | Minister of Investment, Industry and Trade",
        ),
        (
            "The talks with Ghanaian President Nana Akufo-Addo were attended by the Minister for \
             Health and Population, Hon. Grace Mensah, and the Minister for Trade, Industry and \
             Cooperatives, Hon. Kofi Boateng.",
            "",
            "members ~ Grace Mensah | Minister for Health and Population
             members ~ Kofi Boateng | Minister for Trade, Industry and Cooperatives
             members !~ Hon",
        ),
        (
            "The Indian delegation at the talks with Chinese President Xi Jinping in Wuhan \
             included the joint secretary in charge of East Asia, Anand Kumar.",
            "",
            "members ~ Anand Kumar | Joint secretary in charge of East Asia | India",
        ),
        (
            "The Indian side was headed by Rajiv Ranjan and Tarun Kapoor at the talks with French \
             Minister Jean Dupuis in Paris.",
            "",
            "principals ~ Rajiv Ranjan | - | India
             principals ~ Tarun Kapoor | - | India
             principals ~ Jean Dupuis | Minister | France",
        ),
        (
            "Rajiv Ranjan and Tarun Kapoor led the Indian delegation at the talks with French \
             Minister Jean Dupuis in Paris.",
            "",
            "principals ~ Rajiv Ranjan | - | India
             principals ~ Tarun Kapoor | - | India",
        ),
        (
            "The delegation of Kenya was led by the Cabinet Secretary for Foreign Affairs, H.E \
             Musalia Mudavadi, at the talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
            "",
            "principals ~ Musalia Mudavadi | Cabinet Secretary for Foreign Affairs | Kenya",
        ),
        (
            "Ethiopian Prime Minister Abiy Ahmed chaired the regional summit in Addis Ababa on \
             Monday. Kenya was represented by Musalia Mudavadi, Uganda by Jeje Odongo.",
            "",
            "principals ~ Abiy Ahmed | Prime Minister | Ethiopia
             members ~ Musalia Mudavadi | - | Kenya
             members ~ Jeje Odongo | - | Uganda",
        ),
    ]);
}

/// What the cards never print as a name: a headline's verb, words that only qualify a plural
/// title, a name glued to the next word; and one person is never shown twice.
#[test]
fn names_on_the_cards() {
    check_all(&[
        (
            "EU Leaders Meet With Zelensky In Brussels\n\nEuropean Council President Antonio Costa \
             met Ukrainian President Volodymyr Zelensky in Brussels on Thursday.",
            "",
            "principals ~ Antonio Costa | President | European Council
             principals ~ Volodymyr Zelensky | President | Ukraine
             principals !~ Meet",
        ),
        (
            "Modi Meets Biden, Seeks Stronger Defence Ties\n\nIndian Prime Minister Narendra Modi \
             met US President Joe Biden at the White House.",
            "",
            "principals = Narendra Modi | Prime Minister | India; Joe Biden | President | United States",
        ),
        (
            "US Trade Representative Katherine Tai met Commerce Minister Piyush Goyal in Osaka. \
             Goyal later thanked @AmbassadorTai for the talks, and wrote to @",
            "",
            "members !~ Ambassador
             principals !~ Tai | Ambassador",
        ),
        (
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on \
             Tuesday. \"I've said this before,\" Putin told Xi. \"We'll meet again,\" Xi replied.",
            "",
            "principals = Vladimir Putin | President | Russia; Xi Jinping | President | China
             members !~ I've
             members !~ We'll",
        ),
        (
            "South Korean President Moon Jae In met Chinese President Xi Jinping in Beijing. Moon \
             Jae In said the talks went well; Xi And Moon then signed a trade pact.",
            "",
            "principals ~ Moon Jae In | President | South Korea",
        ),
        (
            "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in \
             Tokyo on Monday. PM Modi said the talks were useful, and Japanese PM Kishida agreed.",
            "",
            "principals = Narendra Modi | Prime Minister | India; Fumio Kishida | Prime Minister | Japan",
        ),
        (
            "The President will meet with Religious and Community Leaders after talks with German \
             Chancellor Olaf Scholz in the Oval Office on Friday.",
            "",
            "principals !~ Religious
             principals !~ Community",
        ),
        (
            "President Lula da Silvareceived Argentine President Javier Milei in Brasilia on \
             Monday. President Luiz Inácio Lula da Silva said the talks were frank, and Lula \
             thanked Milei.",
            "",
            "principals = Luiz Inácio Lula da Silva | President | Brazil; Javier Milei | President | Argentina",
        ),
        (
            "Supreme Leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok. \
             Chairman of the State Affairs Commission Kim Jong Un said the talks were useful.",
            "",
            "principals ~ Kim Jong Un | Supreme Leader
             members !~ Kim Jong Un",
        ),
        (
            "Indian Prime Minister Narendra Modi met Canadian PM Mark Carney at the summit in \
             Kananaskis on Tuesday; a photo (L) shows Carney with Modi.",
            "",
            "principals ~ Mark Carney | Prime Minister | Canada
             principals !~ PM Mark",
        ),
        (
            "Argentine Foreign Minister Santiago Cafiero met Uruguay's Francisco Bustillo (R) in \
             Buenos Aires. Cafiero's talks with his Uruguayan colleague Francisco Bustillo lasted \
             two hours, and Bustillo said they were fruitful.",
            "",
            "principals ~ Francisco Bustillo | Foreign Minister | Uruguay
             principals !~ Bustillo | -",
        ),
    ]);
}

/// A headline in title case whose title runs on into its verb: the verb form ("Took", "Met",
/// "Opened", "Held") and a word the prose writes in lowercase ("Place") are the headline's
/// words, so no name is made of them, whether the prose names people or not.
#[test]
fn a_headline_verb_is_no_name() {
    let named = "Finnish Foreign Minister Elina Lund met Estonian Foreign Minister Kaarel Tamm in \
                 Tallinn. The talks took place at the foreign ministry.";
    let rows: Vec<(String, &str)> = vec![
        (
            "Session Of The Foreign Ministers Of The Baltic Sea States Took Place\n\nThe session \
             of the ministers took place by video link."
                .to_string(),
            "principals = \n members = ",
        ),
        (
            "Talks Of The Defence Ministers Of The Nordic Countries Were Held\n\nThe defence \
             ministers of the Nordic countries held talks in Oslo on Monday."
                .to_string(),
            "principals = \n members = ",
        ),
        (
            "The Trade Ministers Of The Neighbouring States Met\n\nThe trade ministers of the \
             neighbouring states met in Riga to discuss tariffs."
                .to_string(),
            "principals = \n members = ",
        ),
        (
            "Forum Of The Interior Ministers Of The Region Opened\n\nA forum of the interior \
             ministers of the region opened in Vilnius on Tuesday."
                .to_string(),
            "principals = \n members = ",
        ),
        (
            "Meeting Of The Energy Ministers Of The Coastal States Took Place\n\nThe energy \
             ministers of the coastal states will hold further talks next month."
                .to_string(),
            "principals = \n members = ",
        ),
        (
            format!(
                "Session Of The Foreign Ministers Of The Baltic Sea States Took Place\n\n{named}"
            ),
            "principals !~ Took\n principals !~ Place\n principals ~ Elina Lund",
        ),
        (
            format!("Foreign Ministers Of Finland And Estonia Met\n\n{named}"),
            "principals !~ Met\n principals ~ Kaarel Tamm",
        ),
    ];
    let table: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&table);
}

/// "the leaders of Gabon and Cameroon", "Gabonese and Cameroonian leaders": a plural leader
/// title with two owners or more stands for one leader per owner, with or without an article,
/// in any tense; a name the text gives later for one of them is that leader.
#[test]
fn plural_leader_title_one_per_owner() {
    check_all(&[
        (
            "The leaders of Gabon and Cameroon will meet in Libreville next week to discuss \
             border security.",
            "",
            "principals ~ - | Leader | Gabon\n principals ~ - | Leader | Cameroon",
        ),
        (
            "Talks between the presidents of Gabon and Cameroon were held in Libreville on \
             Monday.",
            "",
            "principals ~ - | President | Gabon\n principals ~ - | President | Cameroon",
        ),
        (
            "Gabonese and Cameroonian leaders have agreed to meet in Libreville on Friday to \
             discuss border security.",
            "",
            "principals ~ - | Leader | Gabon\n principals ~ - | Leader | Cameroon",
        ),
        (
            "Leaders of Gabon, Cameroon and Chad gathered in Libreville on Monday for talks on \
             border security.",
            "",
            "kind = multilateral\n principals ~ - | Leader | Chad",
        ),
        (
            "The prime ministers of Estonia and Latvia met in Tallinn on Monday. They discussed \
             energy.",
            "",
            "principals ~ - | Prime minister | Estonia\n principals ~ - | Prime minister | Latvia",
        ),
        (
            "The presidents of Gabon and Cameroon met in Libreville on Monday. The talks were \
             warm, the Gabonese President, Ali Mbadinga, said. He thanked Paul Nkoulou for \
             coming.",
            "",
            "principals ~ Paul Nkoulou | President | Cameroon\n \
             principals ~ Ali Mbadinga | President | Gabon",
        ),
    ]);
}

/// "Uruguay's Luis Pereira": a country's possessive before a full name of two words or more
/// names that country's person, with no verb of persons near (but "India's Bharatiya Janata
/// Party" is a body's name).
#[test]
fn possessive_country_before_a_full_name_without_a_verb() {
    check_all(&[
        (
            "The Mercosur summit in Iguazu on Tuesday brought together Argentine President \
             Alberto Sosa and Uruguay's Luis Pereira.",
            "",
            "principals ~ Luis Pereira | - | Uruguay",
        ),
        (
            "Talks between Uruguay's Luis Pereira and Argentine President Alberto Sosa were held \
             in Iguazu on Tuesday.",
            "",
            "principals ~ Luis Pereira | - | Uruguay",
        ),
        (
            "Argentine President Alberto Sosa and Uruguay's Luis Pereira will attend a summit in \
             Iguazu on Friday.",
            "",
            "principals ~ Luis Pereira | - | Uruguay",
        ),
        (
            "A summit of Argentine President Alberto Sosa, Uruguay's Luis Pereira and Paraguay's \
             Marta Benítez Ortiz opened in Iguazu on Tuesday.",
            "",
            "principals ~ Luis Pereira | - | Uruguay\n principals ~ Marta Benítez Ortiz",
        ),
        (
            "Argentine President Alberto Sosa met in Iguazu on Tuesday with Uruguay's Luis \
             Pereira.",
            "",
            "principals ~ Luis Pereira | - | Uruguay",
        ),
        (
            "Indian Prime Minister Arjun Rao met Nepali Prime Minister Sita Karki in Delhi on \
             Monday, a week after India's Bharatiya Janata Party won the vote.",
            "",
            "principals !~ Bharatiya",
        ),
    ]);
}

/// "vice-foreign minister": a title modifier hyphened to a portfolio qualifies the head as the
/// two words do apart ("deputy foreign minister"), before a name, after it, or in apposition.
#[test]
fn modifier_hyphened_to_a_portfolio() {
    check_all(&[
        (
            "Heads of the delegations were Li Wen, Chinese vice-foreign minister, and Kim Sok \
             Chol, North Korean deputy foreign minister.",
            "",
            "principals ~ Li Wen | Vice-foreign minister | China",
        ),
        (
            "Chinese vice-foreign minister Li Wen met North Korean Deputy Foreign Minister Kim \
             Sok Chol in Beijing on Monday.",
            "",
            "principals ~ Li Wen | Vice-foreign minister | China",
        ),
        (
            "Li Wen, China's vice-foreign minister, held talks in Beijing on Monday with North \
             Korean Deputy Foreign Minister Kim Sok Chol.",
            "",
            "principals ~ Li Wen | Vice-foreign minister | China",
        ),
        (
            "North Korean Deputy Foreign Minister Kim Sok Chol was received in Beijing on Monday \
             by the Chinese vice-foreign minister, Li Wen.",
            "",
            "principals ~ Li Wen | Vice-foreign minister | China",
        ),
        (
            "Chinese Vice-Finance Minister Li Wen will meet Japanese Finance Minister Aoi Mori in \
             Tokyo next week.",
            "",
            "principals ~ Li Wen | Vice-Finance Minister | China",
        ),
    ]);
}
