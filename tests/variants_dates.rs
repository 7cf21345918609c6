//! Rule-family tests for the meeting's date: numeric forms, ranges of days, tense, what a
//! date hangs on in its sentence, quotations, page stamps and headlines. Every sentence is
//! written for these tests.

mod common;
use common::{check, check_all};

/// Numbers joined by slashes, hyphens or periods: day and month are told apart by a number
/// above 12, else by the text's other dates, else by nearness to publication; when nothing
/// decides, the phrase is shown with no ISO date.
#[test]
fn numeric_dates() {
    check_all(&[
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 25/06/2023.",
            "",
            "date = 25/06/2023 = 2023-06-25",
        ),
        (
            "Summit of the Andean presidents, 14-15/03/2022\n\nChilean President Gabriel Boric and \
             Colombian President Gustavo Petro held talks in Cartagena.",
            "",
            "date = 14-15/03/2022 = 2022-03-14",
        ),
        (
            "Chilean President Gabriel Boric received Colombian President Gustavo Petro in Santiago on 2022-03-14.",
            "",
            "date = 2022-03-14 = 2022-03-14",
        ),
        (
            "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on 7.2.2024.",
            "",
            "date = 7.2.2024 = 2024-02-07",
        ),
        (
            "US President Joe Biden met Canadian Prime Minister Justin Trudeau in Ottawa on 03/24/2023.",
            "",
            "date = 03/24/2023 = 2023-03-24",
        ),
        // Ambiguous, settled by another numeric date of the text that is day-first.
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 03/10/2023. \
             The two ministers had prepared the talks on 28/09/2023.",
            "",
            "date = 03/10/2023 = 2023-10-03",
        ),
        // Ambiguous, settled by the same day written in words.
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 03/10/2023. \
             The October 3 talks lasted two hours.",
            "",
            "date = 03/10/2023 = 2023-10-03",
        ),
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 03/10/2023. \
             The March 10 talks lasted two hours.",
            "",
            "date = 03/10/2023 = 2023-03-10",
        ),
        // Ambiguous, settled by the publication date: "met" dates no day after it (3 April).
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 04/03/2023.",
            "2023-03-05",
            "date = 04/03/2023 = 2023-03-04",
        ),
        // … and by nearness to it: 2 May lies a day before, 5 February three months before.
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 05/02/2023.",
            "2023-05-03",
            "date = 05/02/2023 = 2023-05-02",
        ),
        // Nothing decides: the phrase as written, no ISO date.
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 04/03/2023.",
            "",
            "date = 04/03/2023 = ?",
        ),
        // A version number or a score is no date.
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima. Version 2.1.4 of the accord was signed.",
            "",
            "date =",
        ),
        // A day and month in digits with no year: English writes either first, and "9/11" is
        // as often a name as a date, so it dates nothing (Spanish reads "el 11/09" day first).
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on 9/11.",
            "2023-09-20",
            "date =",
        ),
    ]);
}

/// A meeting over several days is dated by its first day.
#[test]
fn ranges_of_days() {
    check_all(&[
        (
            "EU leaders met in Brussels from 25 to 27 June 2019. French President Emmanuel Macron and \
             German Chancellor Angela Merkel attended the summit.",
            "",
            "date = 25 to 27 June 2019 = 2019-06-25",
        ),
        (
            "French President Emmanuel Macron hosted Italian Prime Minister Giorgia Meloni at Versailles June 12-13.",
            "2023-06-20",
            "date = June 12-13 = 2023-06-12",
        ),
        (
            "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni met in Rome on 12 and 13 June.",
            "2023-06-20",
            "date = 12 and 13 June = 2023-06-12",
        ),
        (
            "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Fumio Kishida in Delhi on 19 – 20 March 2022.",
            "",
            "date = 19 – 20 March 2022 = 2022-03-19",
        ),
        (
            "Indian Prime Minister Narendra Modi will host Japanese Prime Minister Fumio Kishida in Delhi March 19 through 21, 2026.",
            "2026-03-01",
            "date = March 19 through 21, 2026 = 2026-03-19
             status = planned",
        ),
        (
            "Indian Prime Minister Narendra Modi received Japanese Prime Minister Fumio Kishida on the 19th of March 2022.",
            "",
            "date = 19th of March 2022 = 2022-03-19",
        ),
        (
            "INDIAN PRIME MINISTER NARENDRA MODI RECEIVED JAPANESE PRIME MINISTER FUMIO KISHIDA IN DELHI ON 19TH MARCH, 2022.\n\n\
             Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida.",
            "",
            "date = 19TH MARCH, 2022 = 2022-03-19",
        ),
    ]);
}

/// "will meet" dates what lies ahead of publication, "met" what lies behind it; a day and
/// month without a year are read in that direction.
#[test]
fn tense_of_the_date() {
    check_all(&[
        // The caption's date lies before publication: no date of a meeting still to come.
        (
            "The president greets schoolchildren in the Oval Office, April 30, 2024.\n\
             US President Joe Biden will hold talks with Kenyan President William Ruto in the Oval Office on May 2, 2024.",
            "2024-05-01",
            "date = May 2, 2024 = 2024-05-02
             status = planned",
        ),
        (
            "Kenyan President William Ruto will visit Tanzania to meet President Samia Suluhu Hassan on January 9.",
            "2023-12-20",
            "date = January 9 = 2024-01-09",
        ),
        (
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dodoma on December 28.",
            "2024-01-03",
            "date = December 28 = 2023-12-28",
        ),
        (
            "Kenyan President William Ruto is scheduled to meet Tanzanian President Samia Suluhu Hassan on Friday.",
            "2024-05-07",
            "date = on Friday = 2024-05-10",
        ),
        (
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Friday and said they will \
             sign a trade deal.",
            "2024-05-07",
            "date = on Friday = 2024-05-03",
        ),
        // The quotation's tense is the speaker's: "will" inside it does not make the report an
        // announcement.
        (
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday. \
             \"We will build the railway together,\" Ruto said.",
            "2024-05-08",
            "date = on Monday = 2024-05-06",
        ),
    ]);
}

/// The date hung on the meeting, not on a report of it, an arrival or another event.
#[test]
fn the_meetings_own_date() {
    check_all(&[
        (
            "The ministry said on Friday that Japanese Foreign Minister Yoko Kamikawa and Australian Foreign \
             Minister Penny Wong met in Tokyo on Thursday.",
            "2024-02-10",
            "date = on Thursday = 2024-02-08",
        ),
        (
            "Japanese Foreign Minister Yoko Kamikawa arrived in Canberra on Monday. She held talks with Australian \
             Foreign Minister Penny Wong on Tuesday.",
            "2024-02-15",
            "date = on Tuesday = 2024-02-13",
        ),
        (
            "Brazilian President Lula on Wednesday received Uruguayan President Luis Lacalle Pou, who has led \
             his country since his inauguration on March 1, 2020.",
            "2024-02-16",
            "date = on Wednesday = 2024-02-14",
        ),
        (
            "This picture, released by the presidency on Sunday, shows Brazilian President Lula greeting Uruguayan \
             President Luis Lacalle Pou at their meeting in Montevideo on Saturday.",
            "2024-02-19",
            "date = on Saturday = 2024-02-17",
        ),
        // a photo caption with its credit that is the whole text reports the meeting it shows
        (
            "This picture, released by the presidency on Sunday, shows Brazilian President Lula greeting Uruguayan \
             President Luis Lacalle Pou at their meeting in Montevideo on Saturday.\nPhotographer Name/Presidency via REUTERS",
            "2024-02-19",
            "date = on Saturday = 2024-02-17\n kind = bilateral",
        ),
        (
            "Leaders of the Southern Common Market (Mercosur), on Tuesday, held a summit in Asuncion. \
             Paraguayan President Santiago Pena and Brazilian President Lula attended.",
            "2024-07-10",
            "date = on Tuesday = 2024-07-09",
        ),
        (
            "Brazilian President Lula met Uruguayan President Luis Lacalle Pou in Brasilia, the presidency \
             announced on Monday.",
            "2024-02-20",
            "date =",
        ),
        // A verb of the meeting's course that may also report speech ("concluded") is the
        // meeting's.
        (
            "The talks between Brazilian President Lula and Uruguayan President Luis Lacalle Pou concluded this \
             Thursday after two hours, the presidency reported.",
            "2024-02-16",
            "date = this Thursday = 2024-02-15",
        ),
    ]);
}

/// A date inside a quotation is the speaker's; it dates the meeting only when nothing
/// outside quotations does ("Today's visit" said at the meeting).
#[test]
fn dates_in_quotations() {
    check_all(&[
        (
            "Mongolian President Ukhnaa Khurelsukh received Kazakh President Kassym-Jomart Tokayev in Ulaanbaatar. \
             \u{201c}Today\u{2019}s talks open a new chapter,\u{201d} the Mongolian leader said.",
            "2024-06-03",
            "date = Today = 2024-06-03",
        ),
        (
            "Mongolian President Ukhnaa Khurelsukh received Kazakh President Kassym-Jomart Tokayev in Ulaanbaatar on \
             Monday. \"We first spoke about this railway last Friday,\" Tokayev said.",
            "2024-06-05",
            "date = on Monday = 2024-06-03",
        ),
        (
            "\"We met yesterday and agreed on the pipeline,\" Mongolian President Ukhnaa Khurelsukh said of his talks \
             with Kazakh President Kassym-Jomart Tokayev.",
            "2024-06-05",
            "date = yesterday = 2024-06-04",
        ),
        (
            "Mongolian President Ukhnaa Khurelsukh held talks with Kazakh President Kassym-Jomart Tokayev. \
             'We met this morning and signed six agreements,' Tokayev told reporters.",
            "2024-06-05",
            "date = this morning = 2024-06-05",
        ),
        (
            "Mongolian President Ukhnaa Khurelsukh held talks with Kazakh President Kassym-Jomart Tokayev on \
             Tuesday. \u{201c}Next Friday our ministers meet again,\u{201d} Tokayev said.",
            "2024-06-05",
            "date = on Tuesday = 2024-06-04",
        ),
    ]);
}

/// A page's own stamp dates the page, not the meeting; a headline date stands in for a
/// relative date that no publication date resolves.
#[test]
fn stamps_and_headlines() {
    check_all(&[
        (
            "date 2021-04-20 Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Phankham Viphavanh \
             in Hanoi on Monday.",
            "2021-04-20",
            "date = on Monday = 2021-04-19",
        ),
        (
            "Published: 20 April 2021\nVietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Phankham \
             Viphavanh in Hanoi on Monday.",
            "",
            "date = on Monday = ?",
        ),
        (
            "Hanoi talks, 19/04/2021\n\nVietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Phankham \
             Viphavanh in Hanoi on Monday.",
            "",
            "date = 19/04/2021 = 2021-04-19",
        ),
        (
            "Hanoi talks, 19 April 2021\n\nVietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Phankham \
             Viphavanh in Hanoi on Monday.",
            "2021-04-20",
            "date ~ 2021-04-19",
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Phankham Viphavanh in Hanoi on Monday.",
            "",
            "date = on Monday = ?
             warnings ~ date-unresolved",
        ),
    ]);
}

/// The article is text, never HTML: markup written in it stays in the report as the
/// characters it is made of, hides nothing after it, and a reference to "<" or ">" is not
/// made into markup (the report's strings keep the article's characters as written).
#[test]
fn markup_in_the_article_is_text() {
    check_all(&[
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Monday. \
             \"Someone typed <script> into our tax portal,\" Michal said. \"We will share what we learned,\" \
             Silina said.",
            "2025-03-05",
            "quotes ~ Someone typed <script> into our tax portal
             quotes ~ We will share what we learned
             date = on Monday = 2025-03-03",
        ),
        (
            "<script>\nEstonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on \
             Monday. Michal said the talks were good.",
            "",
            "principals ~ Evika Silina",
        ),
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga. \
             \"The forum post read &lt;img src=x onerror=alert(1)&gt; and nothing else,\" Silina said.",
            "",
            "quotes ~ read &lt;img src=x onerror=alert(1)&gt; and nothing else
             quotes !~ <img",
        ),
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga. \
             \"A reply of &#60;b&#62;yes&#60;/b&#62; came back,\" Michal said.",
            "",
            "quotes ~ &#60;b&#62;yes
             quotes !~ <b>",
        ),
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika&nbsp;Silina in Riga. \
             \"Tallinn &amp; Riga share one grid,\" Michal said.",
            "",
            "principals ~ Evika Silina
             quotes ~ Tallinn & Riga share one grid",
        ),
    ]);
}

/// The speaker of a quotation, with adverbs and auxiliaries between the name and the verb.
#[test]
fn speakers_of_quotations() {
    check_all(&[
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Monday. \
             \"We agreed on the grid,\" Silina later said.",
            "",
            "quotes = Evika Silina: We agreed on the grid,",
        ),
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Monday. \
             \"We agreed on the grid,\" Michal has also said.",
            "",
            "quotes ~ Kristen Michal: We agreed on the grid",
        ),
        (
            "Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Monday. \
             \"The grid comes first,\" Silina reportedly said.",
            "",
            "quotes = Evika Silina: The grid comes first,",
        ),
    ]);
}

/// A statement is named by whose or what statement it is; a bare "statement" is not a
/// source a reader could look up (its chip would read "statement · statement").
#[test]
fn statements_as_sources() {
    let met = "Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Athens";
    let table: Vec<(String, &str)> = vec![
        (
            format!("{met}, a Turkish statement said."),
            "sources = Turkish statement",
        ),
        (
            format!("{met}, a Kremlin statement said."),
            "sources = Kremlin statement",
        ),
        (
            format!("{met}, according to a joint statement."),
            "sources = joint statement",
        ),
        (format!("{met}, according to a statement."), "sources ="),
        (
            format!("{met}, the two sides said in a statement."),
            "sources =",
        ),
        (
            format!("{met}, according to a statement from the Kremlin."),
            "sources = Kremlin",
        ),
        (
            format!("{met}, the final communique said."),
            "sources = final communique",
        ),
        (
            format!("{met}, according to a statement by the finance ministry."),
            "sources = statement by the finance ministry",
        ),
        (
            format!("A statement from the presidency said that {met}."),
            "sources = statement from the presidency",
        ),
        (
            format!("{met}, the organisers of an ASEAN of the peoples said."),
            "sources !~ ASEAN",
        ),
    ];
    for (text, expected) in &table {
        check(text, "", expected);
    }
}

/// A character reference left as written ("&lt;", "&#60;") is a symbol: the list of topics
/// ends at it, and no topic, name or summary holds its letters or the markup after it.
#[test]
fn character_references_end_a_list() {
    const MET: &str = "President Lena Holm of Sweden met Chancellor Jonas Brandt of Austria in Vienna on Tuesday.";
    let table: Vec<(String, &str)> = vec![
        (
            format!("{MET} Holm said they discussed fisheries &lt;script&gt;x()&lt;/script&gt; and tourism."),
            "agenda = fisheries\n summary !~ &lt\n summary !~ script",
        ),
        (
            format!("{MET} The talks covered rail links &#60;b&#62;bold&#60;/b&#62; and customs."),
            "agenda = rail links\n summary !~ &#60",
        ),
        (
            format!("{MET} The agenda included water rights &#x3c;iframe&#x3e; and grain exports."),
            "agenda = water rights\n summary !~ iframe",
        ),
        (
            format!("{MET} Brandt said the leaders discussed &lt;u&gt;energy prices and migration."),
            "agenda !~ &lt\n agenda !~ u&gt",
        ),
        (
            format!("{MET} The talks covered port fees &amp;lt; and tariffs."),
            "agenda = port fees\n summary !~ &amp",
        ),
        (
            "President Lena Holm &lt;i&gt; of Sweden met Chancellor Jonas Brandt of Austria in Vienna on Tuesday.".to_string(),
            "principals ~ Lena Holm\n principals !~ &lt",
        ),
    ];
    let rows: Vec<(&str, &str, &str)> = table
        .iter()
        .map(|(t, e)| (t.as_str(), "2024-05-08", *e))
        .collect();
    check_all(&rows);
}

/// With no publication date, "this afternoon" cannot be resolved: a full date the text gives
/// the meeting elsewhere dates it (an apposition, a later sentence, a planned date).
#[test]
fn a_full_date_over_an_unresolved_relative_one() {
    check_all(&[
        (
            "Pope Marcus received President Alma Reyes of Peru this afternoon at the Vatican. The audience, held on Friday 10 July 2009, lasted forty minutes.",
            "",
            "date = on Friday 10 July 2009 = 2009-07-10",
        ),
        (
            "President Alma Reyes of Peru met Prime Minister Lemi Tau of Samoa on Monday in Lima. The talks, on 14 March 2011, covered fishing.",
            "",
            "date = 14 March 2011 = 2011-03-14",
        ),
        (
            "President Alma Reyes of Peru will meet Prime Minister Lemi Tau of Samoa tomorrow in Lima. The talks are set for March 15, 2011.",
            "",
            "date = March 15, 2011 = 2011-03-15",
        ),
        // A full date the relative one cannot name is another day: a birthday.
        (
            "President Alma Reyes of Peru met Prime Minister Lemi Tau of Samoa on Monday in Lima. Tau, born on 14 March 1961, took office in 2019.",
            "",
            "date = on Monday = ?",
        ),
    ]);
}

/// A dateline whose date is written in figures ("ACCRA, 14/03/2025 —") is a dateline: its city
/// places the meeting when no sentence does, and with no publication date given its date
/// dates the report ("on Friday" is the Friday of that week).
#[test]
fn datelines_dated_in_figures() {
    check_all(&[
        (
            "KIGALI, 14/03/2025 — Rwandan President Eric Mugisha received Burundian President Jean Ndayi on Friday.",
            "",
            "city = Kigali
             date = on Friday = 2025-03-14",
        ),
        (
            "HANOI, 2025-03-14 - Vietnamese Prime Minister Tran Van Minh hosted his Lao counterpart, Sisouk Phanh, for talks.",
            "",
            "city = Hanoi",
        ),
        (
            "BERN, 14.03.2025: Swiss President Anna Keller and Austrian Chancellor Paul Huber met to discuss rail transit.",
            "",
            "city = Bern",
        ),
        (
            "QUITO, 3/10/2025 – El presidente de Ecuador, Luis Andrade, recibió este viernes a su homólogo de Perú, Mario Quispe.",
            "",
            "city = Quito",
        ),
        (
            "ASUNCIÓN, 03/10/2025: Los cancilleres de Paraguay y Uruguay, Ana Benítez y Jorge Silva, se reunieron para hablar de la hidrovía.",
            "",
            "city = Asunción",
        ),
    ]);
}

/// A numeric date neither number of which tells the order: the order of the dates the text
/// writes in words decides ("13 September" is day first, "September 13" month first), else
/// the language's custom (Spanish writes the day first, always; English leaves it open).
#[test]
fn the_order_of_an_ambiguous_numeric_date() {
    check_all(&[
        (
            "Chilean President Ana Vidal will host Peruvian President Rosa Quispe in Santiago on 03/10/2025, a month after their 2 September call.",
            "",
            "date = 03/10/2025 = 2025-10-03",
        ),
        (
            "Chilean President Ana Vidal will host Peruvian President Rosa Quispe in Santiago on 03/10/2025, a month after their September 2 call.",
            "",
            "date = 03/10/2025 = 2025-03-10",
        ),
        (
            "Los cancilleres de Argentina y Chile, Martín Rey y Paula Soto, se reunirán el 03/10/2025 en Santiago.",
            "",
            "date = 03/10/2025 = 2025-10-03",
        ),
        (
            "La presidenta de Perú, Rosa Quispe, visitará Quito el 05/06/2026 para reunirse con el presidente de Ecuador, Luis Andrade.",
            "",
            "date = 05/06/2026 = 2026-06-05",
        ),
        (
            "El 4/7/2026 se reunirán en Montevideo los presidentes de Uruguay y Paraguay, Jorge Silva y Ana Benítez, según la agencia Andivia.",
            "",
            "date = 4/7/2026 = 2026-07-04",
        ),
        // English with nothing to tell: shown as written.
        (
            "Chilean President Ana Vidal will host Peruvian President Rosa Quispe in Santiago on 03/10/2025.",
            "",
            "date = 03/10/2025 = ?",
        ),
    ]);
}

/// Every agency's dateline dates the story, whatever its agency's name and place: an agency of
/// several words in brackets ("(Prensa Latina)", "(EUROPA PRESS)", "(Agencia IP)"), a region
/// or country between the place and the date ("TAPACHULA, Chis.,", "TUMBES, Perú,"), a town the
/// tables do not know, in capitals ("KINDU, March 5"); "today" and "yesterday" count from its
/// day.
#[test]
fn datelines_of_any_agency_and_place() {
    check_all(&[
        (
            "LA HABANA, 5 mar (Prensa Latina) El presidente cubano, Raúl Pérez, recibió ayer al \
             primer ministro de Vietnam, Tran Van Long.",
            "2026-03-10",
            "date = ayer = 2026-03-04\ncity = La Habana",
        ),
        (
            "BRUSELAS, 5 Mar. (EUROPA PRESS) - El presidente del Consejo Europeo, Raúl Pérez, \
             recibió hoy al primer ministro de Grecia, Tomás Vidal.",
            "2026-03-10",
            "date = hoy = 2026-03-05",
        ),
        (
            "ASUNCIÓN, 5/3/2026 (Agencia IP).- El presidente paraguayo, Raúl Pérez, recibió hoy al \
             presidente de Bolivia, Tomás Vidal.",
            "2026-03-10",
            "date = hoy = 2026-03-05\ncity = Asunción",
        ),
        (
            "TAPACHULA, Chis., 5 de marzo (Notimex).- El presidente mexicano, Raúl Pérez, recibió \
             hoy en Tapachula al presidente de Guatemala, Tomás Vidal.",
            "2026-03-10",
            "date = hoy = 2026-03-05",
        ),
        (
            "MENDOZA, Argentina, 6 mar (EFE).- El presidente argentino, Raúl Pérez, recibió ayer al \
             presidente de Chile, Tomás Vidal.",
            "2026-03-10",
            "date = ayer = 2026-03-05",
        ),
        (
            "KINDU, March 5 (Great Lakes Wire) - Congolese President Jean Mbala met Rwandan \
             President Eric Mugisha yesterday.",
            "2026-03-10",
            "date = yesterday = 2026-03-04",
        ),
    ]);
}

/// A dateline a few weeks before the publication is still the day the story was filed: the
/// weekdays of the story count from it ("MUNICH, Feb 14 (dpa) — … met on Saturday", "GUATEMALA,
/// 2 mar (EFE).- … este lunes"), in either language.
#[test]
fn a_dateline_weeks_before_the_publication_dates_the_story() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "MUNICH, Feb 14 (dpa) - Ukrainian President Taras Melnyk and Japanese Prime \
                 Minister Kenji Arai met in Munich on Saturday.",
                "date = on Saturday = 2026-02-14\nstatus = held",
            ),
            (
                "en",
                "JOHANNESBURG, Feb 27 - South African President Sipho Nkosi hosted Brazilian \
                 President Ana Lima in Pretoria on Friday.",
                "date = on Friday = 2026-02-27",
            ),
            (
                "es",
                "GUATEMALA, 2 mar (EFE).- El presidente de Guatemala, Luis Arévalo, y el de El \
                 Salvador, Tomás Bukele, mantuvieron este lunes un encuentro en la frontera.",
                "date ~ 2026-03-02",
            ),
        ],
    );
}

/// Only the dateline's own line gives the day the story was filed: a weekday in a headline
/// above it is no date of filing ("Leaders to meet on Thursday" over "WARSAW, March 10 – … will
/// meet on Thursday" is the Thursday after the 10th), in either language.
#[test]
fn a_headline_above_the_dateline_dates_nothing() {
    common::check_lang_rows(
        "2026-03-10",
        &[
            (
                "en",
                "Polish and Ukrainian leaders to meet on Thursday\n\nWARSAW, March 10 (Reuters) - \
                 Polish Prime Minister Jan Nowak will meet Ukrainian President Ivan Koval in \
                 Warsaw on Thursday.",
                "date = on Thursday = 2026-03-12\nstatus = planned",
            ),
            (
                "en",
                "Leaders to meet on Friday\n\nWARSAW, 10/3/2026 - Polish Prime Minister Jan Nowak \
                 will hold talks with Ukrainian President Ivan Koval on Friday.",
                "date = on Friday = 2026-03-13",
            ),
            (
                "es",
                "Los líderes se reunirán el jueves\n\nVARSOVIA, 10 mar (EFE).- El primer ministro \
                 polaco, Jan Nowak, recibirá este jueves al presidente ucraniano, Iván Koval.",
                "date ~ 2026-03-12",
            ),
        ],
    );
}
