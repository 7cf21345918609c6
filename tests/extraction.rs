//! Extraction rules pinned by team-written sentences, one table row per rule: titles,
//! appositions, lists, honorifics, coreference, metonyms, glued words, relative dates,
//! places, sessions, the agenda, interests, quotes and sources, and texts with no meeting.
//!
//! Each row gives a text, a publication date and the facts a reader would check on the
//! cards, as `field = value` lines (see `check`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check;

#[test]
fn titles_and_appositions() {
    let table: &[(&str, &str, &str)] = &[
        (
            "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday, \
             and Foreign Minister Sergei Lavrov joined the talks.",
            "2023-03-21",
            "kind = bilateral
             principals = Vladimir Putin | President | Russia; Xi Jinping | Leader | China
             members = Sergei Lavrov | Foreign Minister | Russia
             date = on Tuesday = 2023-03-21",
        ),
        (
            "The president of Venezuela, Nicolás Maduro, and his Colombian counterpart, Gustavo Petro, \
             held talks at the Miraflores Palace. Armando Benedetti, Colombia's ambassador to Venezuela, \
             attended the meeting.",
            "",
            "principals = Nicolás Maduro | President | Venezuela; Gustavo Petro | President | Colombia
             members = Armando Benedetti | Ambassador to Venezuela | Colombia
             venue = Miraflores Palace
             country = Venezuela",
        ),
        (
            "President Bola Tinubu on Tuesday received his Ghanaian counterpart, President Nana \
             Akufo-Addo, at the State House in Abuja.",
            "",
            "principals ~ Nana Akufo-Addo | President | Ghana
             principals ~ Bola Tinubu | President",
        ),
        (
            "RIYADH (Reuters) - Saudi Crown Prince Mohammed bin Salman received Iranian Foreign \
             Minister Hossein Amir-Abdollahian in Riyadh on Monday, the first such visit in years.",
            "",
            "kind = bilateral
             principals = Mohammed bin Salman | Crown Prince | Saudi Arabia; Hossein Amir-Abdollahian | Foreign Minister | Iran",
        ),
        (
            "President Bola Tinubu received President Nana Akufo-Addo of Ghana at the Presidential \
             Villa, Abuja, on Tuesday.",
            "",
            "venue = Presidential Villa
             city = Abuja
             country = Nigeria",
        ),
        (
            "The summit between the leaders of Ghana, John Mahama, and Nigeria, Bola Tinubu, opened in Abuja.",
            "",
            "principals = John Mahama | Leader | Ghana; Bola Tinubu | Leader | Nigeria
             city = Abuja",
        ),
        (
            "On the Spanish side, Foreign and Defence Ministers Ana Ruiz and Pablo Mora took part in the meeting \
             between Spanish Prime Minister Luis Vega and French President Anne Roux.",
            "",
            "principals ~ Luis Vega | Prime Minister | Spain
             principals ~ Anne Roux | President | France
             members = Ana Ruiz | Foreign Minister | Spain; Pablo Mora | Defence Minister | Spain",
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

#[test]
fn talks_between_two_sides_have_their_people_as_principals() {
    // The host and the mediator beside the sides are participants, not principals.
    check(
        "Peace talks between Armenia and Azerbaijan opened in Washington on Monday. US Secretary \
         of State Laura Bennett, Armenian Foreign Minister Aram Petrosyan and Azerbaijani Foreign \
         Minister Elnur Mammadov addressed the opening session.",
        "2024-05-06",
        "kind = ministerial
         principals = Aram Petrosyan | Foreign Minister | Armenia; Elnur Mammadov | Foreign Minister | Azerbaijan
         members ~ Laura Bennett | Secretary of State | United States",
    );
}

#[test]
fn people_represented_by_others_are_not_there() {
    check(
        "NEW DELHI, Sept 9 (Reuters) - Leaders of the Group of 20 major economies gathered in New \
         Delhi on Saturday for a two-day summit. Indian Prime Minister Narendra Modi opened the \
         meeting, which was attended by U.S. President Joe Biden, British Prime Minister Rishi Sunak \
         and French President Emmanuel Macron. Chinese Premier Li Qiang stood in for President Xi \
         Jinping.",
        "2023-09-09",
        "principals ~ Li Qiang | Premier | China
         principals !~ Xi Jinping",
    );
}

#[test]
fn venues_are_names_not_descriptions() {
    // A headline describes the place ("Russia's Far East spaceport"); the story names it.
    check(
        "Putin and Kim hold talks at Russia's Far East spaceport\n\n\
         Russian President Vladimir Putin received North Korean leader Kim Jong-un at the \
         Vostochny cosmodrome in the Amur region on Wednesday.",
        "2023-09-13",
        "venue = Vostochny cosmodrome
         region = Amur region",
    );
    // The city right after a venue, with or without a comma; a dateline with a short month.
    check(
        "Kenya's President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House \
         Nairobi on Wednesday.",
        "",
        "venue = State House
         city = Nairobi",
    );
    check(
        "ANKARA, Sept 5 (Reuters) - Turkish President Recep Tayyip Erdogan received Hungarian Prime \
         Minister Viktor Orban on Tuesday.",
        "",
        "city = Ankara",
    );
    // A city's name run into a longer name is no city.
    check(
        "Spanish Prime Minister Pedro Sanchez met Argentine President Javier Milei at the Santiago \
         Bernabeu stadium on Sunday.",
        "",
        "venue = Santiago Bernabeu stadium
         city =",
    );
    // A meeting at a summit named as its place is said once in the summary.
    check(
        "Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on the \
         sidelines of the G7 summit in Hiroshima on Saturday.",
        "",
        "summary !~ at the G7 summit at the",
    );
    // A possessive that is no country's stays in the name.
    check(
        "British Prime Minister Keir Starmer received Irish Taoiseach Simon Harris in St Andrew's \
         Hall in Edinburgh on Friday.",
        "",
        "venue = St Andrew's Hall
         city = Edinburgh",
    );
}

#[test]
fn honorifics_and_name_orders() {
    check(
        "Saudi Arabia's King Salman and Crown Prince Mohammed bin Salman received Turkish President \
         Recep Tayyip Erdogan in Jeddah. Bangladesh Prime Minister Sheikh Hasina also met Egypt's \
         President Abdel Fattah el-Sisi at the summit.",
        "",
        "principals ~ King Salman | King | Saudi Arabia
         principals ~ Mohammed bin Salman | Crown Prince | Saudi Arabia
         principals ~ Recep Tayyip Erdogan | President | Turkey
         city = Jeddah
         country = Saudi Arabia",
    );
    check(
        "Presidents Umaro Sissoco Embalo of Guinea-Bissau, Macky Sall of Senegal and Nana Akufo-Addo \
         of Ghana attended the extraordinary summit in Abuja on Sunday.",
        "2023-07-30",
        "kind = multilateral
         principals = Umaro Sissoco Embalo | President | Guinea-Bissau; Macky Sall | President | Senegal; Nana Akufo-Addo | President | Ghana
         date = on Sunday = 2023-07-30",
    );
}

#[test]
fn role_only_participants_and_descriptions() {
    check(
        "Chinese President Xi Jinping welcomed Brazilian President Luiz Inácio Lula da Silva in Beijing. \
         Lula traveled with a delegation that includes the agriculture and finance ministers. \
         The Brazilian leader thanked his host.",
        "",
        "principals = Xi Jinping | President | China; Luiz Inácio Lula da Silva | President | Brazil
         members = - | Agriculture minister | Brazil; - | Finance minister | Brazil",
    );
}

#[test]
fn coreference_survives_wrong_pronouns_and_metonyms() {
    check(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny cosmodrome. \
         Kim, for her part, said that Pyongyang supports “all of Moscow’s decisions in the region”. \
         According to the Interfax agency, Pyongyang would be seeking satellite technology and food aid.",
        "",
        "quotes = Kim Jong Un: all of Moscow’s decisions in the region
         interests = North Korea: satellite technology, food aid (Interfax)
         sources = Interfax",
    );
}

#[test]
fn glued_words_and_doubled_periods() {
    check(
        "Russian President Vladimir Putin met North Korean leader Kim Jong-un at the Vostochny \
         cosmodrome, the Kremlin reported. .\n\n\
         Bilateral relations and cooperation, trade and economic ties were on the agenda of the \
         meeting.as well as cultural exchanges, international and regional affairs.\n\nAccording to the newspaper The New York TimesPutin wants \
         North Korea to sell artillery ammunition to Russia.",
        "",
        "agenda ~ bilateral relations and cooperation; trade and economic ties; cultural exchanges; international and regional affairs
         interests = Russia: North Korea to sell artillery ammunition (The New York Times)
         sources = Kremlin; The New York Times",
    );
    check(
        "The summit was attended by:\n- President Shavkat Mirziyoyevof Uzbekistan\n- President Emomali Rahmonof Tajikistan\n\
         - President Sadyr Japarov of Kyrgyzstan\n",
        "",
        "kind = multilateral
         principals = Shavkat Mirziyoyev | President | Uzbekistan; Emomali Rahmon | President | Tajikistan; Sadyr Japarov | President | Kyrgyzstan",
    );
    // A headline in capitals names nobody: "AGREE" is no leader of the EU.
    check(
        "EU LEADERS AGREE UKRAINE AID AT BRUSSELS SUMMIT\n\n\
         BRUSSELS — European Union leaders met on Thursday. Hungarian Prime Minister Viktor Orban \
         and German Chancellor Olaf Scholz attended the summit.",
        "",
        "principals = Viktor Orban | Prime Minister | Hungary; Olaf Scholz | Chancellor | Germany",
    );
}

#[test]
fn relative_and_explicit_dates() {
    let table: &[(&str, &str, &str)] = &[
        (
            "President Lula met US President Joe Biden this Friday (10) at the White House.",
            "2023-02-11",
            "date = this Friday (10) = 2023-02-10",
        ),
        (
            "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met Saturday in Moscow.",
            "2018-05-27",
            "date = Saturday = 2018-05-26",
        ),
        (
            "Chinese President Xi Jinping and French President Emmanuel Macron will meet next Monday in Paris.",
            "2024-05-01",
            "date = next Monday = 2024-05-06
          status = planned",
        ),
        (
            "MOSCOW, March 21. President Vladimir Putin met Chinese President Xi Jinping on Thursday October 3, 2019.",
            "2019-10-04",
            "date = on Thursday October 3, 2019 = 2019-10-03",
        ),
        (
            "Indian Prime Minister Narendra Modi met Nepal's Prime Minister Sushil Koirala yesterday.",
            "2014-11-26",
            "date = yesterday = 2014-11-25",
        ),
    ];
    for (text, published, expected) in table {
        check(text, published, expected);
    }
}

#[test]
fn sessions_and_earlier_meetings() {
    check(
        "Russian President Vladimir Putin and North Korean leader Kim Jong-un met this Wednesday after almost an hour of talks. \
         After the face-to-face meeting, they attended a lunch. The summit began in an expanded format, which lasted almost an hour and a half. \
         The previous meeting between Putin and Kim, which took place in 2019 in Russia, lasted three and a half hours.",
        "2023-09-13",
        "sessions = oneonone 60 min; meal; expanded 90 min
         previous = Some(2019) Some(\"Russia\") Some(210)",
    );
    check(
        "US President Joe Biden and Chinese President Xi Jinping held a virtual meeting by video link on Monday.",
        "2021-11-16",
        "virtual = true",
    );
    // The dateline of a video call is where the story was filed, not where the call was held.
    check(
        "WASHINGTON (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping held a \
         video call on Monday evening, the White House said. The call lasted about two hours.",
        "2021-11-16",
        "virtual = true
         city =
         country =
         summary ~ Joe Biden (United States) and Xi Jinping (China) met remotely on Monday",
    );
    // A venue named with a possessive takes no article in the summary.
    check(
        "British Prime Minister Keir Starmer received Irish Taoiseach Simon Harris in St Andrew's \
         Hall in Edinburgh on Friday.",
        "",
        "summary ~ met at St Andrew's Hall, Edinburgh",
    );
}

#[test]
fn agenda_from_the_places_english_puts_it() {
    let table: &[(&str, &str)] = &[
        (
            "US President Joe Biden met Russian President Vladimir Putin in Geneva. A wide range of topics were \
             also discussed, including cybersecurity, Ukraine and preventing Iran from acquiring nuclear weapons.",
            "agenda = cybersecurity; Ukraine; preventing Iran from acquiring nuclear weapons",
        ),
        (
            "Nigerian President Bola Tinubu received Ghana's President John Mahama in Abuja. Both leaders are \
             expected to explore areas of mutual cooperation in trade, security, and economic development.",
            "agenda = trade; security; economic development",
        ),
        (
            "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin. On fisheries, the two leaders \
             agreed to accelerate talks. They also discussed in detail steps they will take on energy supplies.",
            "agenda ~ fisheries
             agenda ~ energy supplies",
        ),
        (
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. The \
             summit was covered by hundreds of journalists. The talks covered energy and trade.",
            "agenda = energy; trade",
        ),
        (
            "French President Emmanuel Macron welcomed Indian Prime Minister Narendra Modi at the \
             Elysee Palace. The two leaders signed agreements on defence, space and civil nuclear energy.",
            "agenda = defence; space; civil nuclear energy",
        ),
        (
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da \
             Silva in Beijing. The two sides signed 15 cooperation documents covering trade, \
             agriculture and science.",
            "agenda = trade; agriculture; science",
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman received Iranian Foreign Minister Hossein \
             Amir-Abdollahian in Riyadh on Monday. They reviewed bilateral relations and discussed \
             regional developments.",
            "agenda = bilateral relations; regional developments",
        ),
        (
            "Prime Minister Narendra Modi held talks with his Japanese counterpart Fumio Kishida in \
             Hiroshima. The two leaders reviewed progress in the Special Strategic and Global \
             Partnership and exchanged views on regional issues, including the Indo-Pacific.",
            "agenda = Special Strategic and Global Partnership; Indo-Pacific",
        ),
    ];
    for (text, expected) in table {
        check(text, "", expected);
    }
}

#[test]
fn texts_with_no_meeting_give_honest_empty_cards() {
    let table = [
        "Southampton scored two goals in two minutes at the start of the second half to beat Crystal Palace 2-0. \
         Coach Ralph Hasenhuttl said the team deserved it.",
        "Storm Ciarán swept across France overnight. Coastguards warned people to stay away from sea fronts, \
         where waves reached nine metres, the interior ministry said.",
        "Shares of the carmaker rose 4% after it reported record quarterly earnings on Tuesday, chief executive \
         Mary Barra told analysts.",
        "MADRID (AP) — Real Madrid beat Barcelona 3-1 on Sunday, with Jude Bellingham scoring twice. \
         King Felipe VI attended the match at the Santiago Bernabeu stadium.",
    ];
    for text in table {
        check(
            text,
            "",
            "kind = other
             principals =
             members =
             warnings = no-meeting",
        );
    }
}

#[test]
fn html_entities_and_invisible_characters_are_read_through() {
    check(
        "<p>Russian President Vladimir&nbsp;Putin met North Korean leader Kim&#160;Jong-un at the Vostochny \
         cosmodrome.</p><p>Foreign Minister Sergei Lavrov &amp; Defense Minister Sergei Shoigu attended.</p>",
        "",
        "principals = Vladimir Putin | President | Russia; Kim Jong-un | Leader | North Korea
         venue = Vostochny cosmodrome",
    );
}

#[test]
fn forms_of_address_announcements_and_calls() {
    check(
        "ABU DHABI, 14th March, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan \
         received Indian Prime Minister Narendra Modi at Qasr Al Watan on Wednesday. The two leaders discussed \
         ways to enhance cooperation in energy, trade and technology. The meeting was attended by Sheikh \
         Tahnoun bin Zayed Al Nahyan, National Security Advisor.",
        "2024-03-14",
        "principals = Mohamed bin Zayed Al Nahyan | President | United Arab Emirates; Narendra Modi | Prime Minister | India
         members = Tahnoun bin Zayed Al Nahyan | National Security Advisor | United Arab Emirates
         date = on Wednesday = 2024-03-13
         city = Abu Dhabi
         agenda = cooperation in energy; trade; technology",
    );
    check(
        "German Chancellor Olaf Scholz will host French President Emmanuel Macron in Hamburg next Tuesday for \
         talks on European defence and energy prices, a government spokesperson said on Friday.",
        "2023-12-15",
        "status = planned
         principals = Olaf Scholz | Chancellor | Germany; Emmanuel Macron | President | France
         date = next Tuesday = 2023-12-19
         city = Hamburg
         agenda = European defence; energy prices",
    );
    check(
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a phone call on \
         Thursday to discuss North Korea's missile launches.",
        "2023-12-15",
        "virtual = true
         kind = bilateral
         agenda = North Korea's missile launches",
    );
    check(
        "VILNIUS (AP) — NATO leaders gathered in the Lithuanian capital on Tuesday for a two-day summit. U.S. \
         President Joe Biden, British Prime Minister Rishi Sunak and Turkish President Recep Tayyip Erdogan \
         were among those arriving, and NATO Secretary-General Jens Stoltenberg welcomed them.",
        "2023-07-11",
        "kind = multilateral
         city = Vilnius
         country = Lithuania
         members = Jens Stoltenberg | Secretary-General | NATO
         sessions =",
    );
    check(
        "Chinese President Xi Jinping on Monday held talks with visiting Vietnamese President Vo Van Thuong in \
         Beijing. Vietnamese Foreign Minister Bui Thanh Son and Chinese Foreign Minister Wang Yi were present.",
        "2023-12-12",
        "members = Bui Thanh Son | Foreign Minister | Vietnam; Wang Yi | Foreign Minister | China",
    );
}

#[test]
fn people_meeting_without_office_are_no_summit() {
    for text in [
        "Rafael Nadal met Novak Djokovic in the final at Roland Garros on Sunday, winning in four sets.",
        "The Senate approved the tax reform bill on Wednesday. Finance Minister Fernando Haddad said the vote was historic.",
    ] {
        check(text, "", "kind = other\n principals =");
    }
}
