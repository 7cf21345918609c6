//! The participants card's countries and titles: whose side each person is on, and what a
//! counterpart's title is. Every sentence here is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// Checks each `(text, expected)` row read in `lang`, published on 2024-03-12 (a Tuesday).
fn check_rows(lang: &str, table: &[(&str, &str)]) {
    common::check_rows(lang, "2024-03-12", "", table);
}

/// "his Gambian counterpart, X": the counterpart holds the title of the other side's principal;
/// when no principal's title is known, no title at all (never the word "counterpart" itself).
#[test]
fn a_counterpart_takes_the_other_sides_title_or_none() {
    check_rows(
        "en",
        &[
            (
                "Ndiaye discussed trade with his Gambian counterpart, Lamin Touray, in Dakar on Monday.",
                "principals ~ Lamin Touray | - | Gambia
                 principals !~ Counterpart",
            ),
            (
                "In Dakar, Ndiaye held talks on Monday with his counterpart from Gambia, Lamin Touray.",
                "principals ~ Lamin Touray | - | Gambia
                 principals !~ Counterpart",
            ),
            (
                "Senegalese Foreign Minister Awa Ndiaye met her Gambian counterpart Lamin Touray in \
                 Dakar on Monday.",
                "principals ~ Lamin Touray | Foreign Minister | Gambia",
            ),
            (
                "Gambian President Musa Darboe, who met his Senegalese counterpart Awa Ndiaye in Dakar \
                 on Monday, said trade was discussed.",
                "principals ~ Awa Ndiaye | President | Senegal",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Kessler abordó con su par boliviano, Rodrigo Quispe, la crisis del gas, el lunes en \
                 Asunción.",
                "principals ~ Rodrigo Quispe | - | Bolivia
                 principals !~ Par",
            ),
            (
                "Durante su visita a Lima, Kessler se reunió con su homólogo peruano, Aurelio Quispe.",
                "principals ~ Aurelio Quispe | - | Peru
                 principals !~ Homólogo",
            ),
            (
                "La canciller paraguaya, Rosa Benítez, recibió el lunes en Asunción a su homólogo \
                 boliviano, Rodrigo Quispe.",
                "principals ~ Rodrigo Quispe | Canciller | Bolivia",
            ),
            (
                "Su homólogo boliviano, Rodrigo Quispe, fue recibido el lunes en Asunción por la \
                 canciller paraguaya, Rosa Benítez.",
                "principals ~ Rodrigo Quispe | Canciller | Bolivia",
            ),
        ],
    );
}

/// "NAIROBI - … Holm began a visit to Kenya": the dateline's country is the host's, never the
/// guest's who travels there (but one who is back there is no guest).
#[test]
fn the_datelines_country_is_not_the_guests() {
    check_rows(
        "en",
        &[
            (
                "NAIROBI - President Amos Keter will meet Prime Minister Lars Holm here on Friday. \
                 Holm began a three-day visit to Kenya on Thursday. Norway hopes for a trade deal.",
                "principals = Amos Keter | President | Kenya; Lars Holm | Prime Minister | Norway",
            ),
            (
                "NAIROBI - Prime Minister Lars Holm, who is on his first trip to Kenya, held talks \
                 with President Amos Keter on Friday. Norway hopes for a trade deal.",
                "principals = Lars Holm | Prime Minister | Norway; Amos Keter | President | Kenya",
            ),
            (
                "NAIROBI - Prime Minister Lars Holm held talks with President Amos Keter on Friday. \
                 Holm's trip to Kenya ends on Saturday. Norway hopes for a trade deal.",
                "principals = Lars Holm | Prime Minister | Norway; Amos Keter | President | Kenya",
            ),
            (
                "NAIROBI (Reuters) - President Amos Keter met Prime Minister Lars Holm on Friday, the \
                 second day of Holm's visit to Kenya. Norway hopes for a trade deal.",
                "principals = Amos Keter | President | Kenya; Lars Holm | Prime Minister | Norway",
            ),
            (
                "NAIROBI - President Amos Keter, back in Kenya since Sunday, met Prime Minister Lars \
                 Holm on Friday. Norway hopes for a trade deal.",
                "principals = Amos Keter | President | Kenya; Lars Holm | Prime Minister | Norway",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "NAIROBI - El presidente Amos Keter se reunirá el viernes con el primer ministro Lars \
                 Holm. Holm inició el jueves su visita de tres días a Kenia. Noruega espera un \
                 acuerdo comercial.",
                "principals = Amos Keter | Presidente | Kenya; Lars Holm | Primer ministro | Norway",
            ),
            (
                "NAIROBI - El primer ministro Lars Holm, de visita en Kenia, conversó el viernes con \
                 el presidente Amos Keter. Noruega espera un acuerdo comercial.",
                "principals = Lars Holm | Primer ministro | Norway; Amos Keter | Presidente | Kenya",
            ),
        ],
    );
}

/// "X met Y in Nairobi. He was accompanied by A": a personal pronoun that opens a sentence
/// naming no principal stands for the subject of the sentence before, and its companion is of
/// that subject's side, whether the pronoun is a man's or a woman's, the tense past or future.
#[test]
fn a_companion_of_a_pronoun_takes_the_side_of_the_subject_before() {
    check_rows(
        "en",
        &[
            (
                "Dutch Prime Minister Hans Meijer met President Amos Keter of Kenya in Nairobi on \
                 Monday. He was accompanied by Trade Minister Olga Brandt.",
                "members = Olga Brandt | Trade Minister | Netherlands",
            ),
            (
                "Prime Minister Hans Meijer of the Netherlands held talks with Kenya's President Amos \
                 Keter in Nairobi on Monday. He was joined by Trade Minister Olga Brandt and Finance \
                 Minister Piet Vos.",
                "members = Olga Brandt | Trade Minister | Netherlands; Piet Vos | Finance Minister | Netherlands",
            ),
            (
                "Hans Meijer, the Dutch prime minister, will meet Kenyan President Amos Keter in Nairobi \
                 next week. He will be accompanied by his trade minister, Olga Brandt.",
                "members = Olga Brandt | Trade minister | Netherlands",
            ),
            (
                "Chilean President Ana Rojas held talks with Prime Minister Ivo Dimitrov of Bulgaria in \
                 Sofia on Friday. During the visit she was accompanied by Foreign Minister Pablo Soto.",
                "members = Pablo Soto | Foreign Minister | Chile",
            ),
            (
                "Dutch Prime Minister Hans Meijer met President Amos Keter of Kenya in Nairobi on \
                 Monday. Keter called the talks useful. He was accompanied by Trade Minister Olga Brandt.",
                "members = Olga Brandt | Trade Minister | Kenya",
            ),
        ],
    );
    check_rows(
        "es",
        &[(
            "La presidenta chilena, Ana Rojas, se reunió el viernes en Sofía con el primer ministro de \
             Bulgaria, Ivo Dimitrov. Ella estuvo acompañada por su canciller, Pablo Soto.",
            "members = Pablo Soto | Canciller | Chile",
        )],
    );
}

/// "X met Y, who was accompanied by A": a companion is of the side of whom it accompanies, the
/// principal named nearest before the word of company (else the first after it), whoever the
/// sentence names first.
#[test]
fn a_companion_takes_the_side_of_whom_it_accompanies() {
    check_rows(
        "en",
        &[
            (
                "Accompanied by Trade Minister Olga Brandt and Finance Minister Piet Vos, Dutch Prime \
                 Minister Hans Meijer received President Amos Keter of Kenya on Monday.",
                "members = Olga Brandt | Trade Minister | Netherlands; Piet Vos | Finance Minister | Netherlands",
            ),
            (
                "Kenyan President Amos Keter met Dutch Prime Minister Hans Meijer, who was accompanied \
                 by Trade Minister Olga Brandt and Finance Minister Piet Vos, in The Hague on Monday.",
                "members = Olga Brandt | Trade Minister | Netherlands; Piet Vos | Finance Minister | Netherlands",
            ),
            (
                "Kenyan President Amos Keter will meet Dutch Prime Minister Hans Meijer, accompanied \
                 by Trade Minister Olga Brandt and Finance Minister Piet Vos, in The Hague on Monday.",
                "members = Olga Brandt | Trade Minister | Netherlands; Piet Vos | Finance Minister | Netherlands",
            ),
            (
                "Kenyan President Amos Keter was received on Monday by Dutch Prime Minister Hans \
                 Meijer, joined by Trade Minister Olga Brandt.",
                "members = Olga Brandt | Trade Minister | Netherlands",
            ),
            (
                "Dutch Prime Minister Hans Meijer, accompanied by Trade Minister Olga Brandt, received \
                 Kenyan President Amos Keter on Monday.",
                "members = Olga Brandt | Trade Minister | Netherlands",
            ),
        ],
    );
    check_rows(
        "es",
        &[
            (
                "Acompañado por la ministra de Comercio, Olga Brandt, y el ministro de Finanzas, Piet \
                 Vos, el primer ministro neerlandés, Hans Meijer, recibió el lunes al presidente de \
                 Kenia, Amos Keter.",
                "members = Olga Brandt | Ministra de Comercio | Netherlands; Piet Vos | Ministro de Finanzas | Netherlands",
            ),
            (
                "El presidente keniano, Amos Keter, se reunió el lunes con el primer ministro \
                 neerlandés, Hans Meijer, quien estuvo acompañado por la ministra de Comercio, Olga \
                 Brandt.",
                "members = Olga Brandt | Ministra de Comercio | Netherlands",
            ),
            (
                "El presidente keniano, Amos Keter, fue recibido el lunes por el primer ministro \
                 neerlandés, Hans Meijer, acompañado de la ministra de Comercio, Olga Brandt, y del \
                 ministro de Finanzas, Piet Vos.",
                "members = Olga Brandt | Ministra de Comercio | Netherlands; Piet Vos | Ministro de Finanzas | Netherlands",
            ),
        ],
    );
}

/// "The host side was represented by A and B": the host's side is the country of the principal
/// who receives the guests at home.
#[test]
fn the_host_side_is_the_host_countrys() {
    const MEETING: &str = "Kenyan President Amos Keter received Dutch Prime Minister Hans Meijer in Nairobi on Monday.";
    const REUNION: &str = "El presidente keniano, Amos Keter, recibió el lunes en Nairobi al \
                           primer ministro neerlandés, Hans Meijer.";
    let both = "members = Grace Wanjiru | Trade Minister | Kenya; Otieno Barasa | Finance Minister | Kenya";
    common::check_rows(
        "en",
        "2024-03-12",
        MEETING,
        &[
            (
                "The host side was represented by Trade Minister Grace Wanjiru and Finance Minister \
                 Otieno Barasa.",
                both,
            ),
            (
                "Trade Minister Grace Wanjiru and Finance Minister Otieno Barasa led the host \
                 delegation.",
                both,
            ),
            (
                "On the host side, Trade Minister Grace Wanjiru and Finance Minister Otieno Barasa \
                 also took part.",
                both,
            ),
        ],
    );
    check_rows(
        "en",
        &[
            (
                "President Amos Keter hosted Dutch Prime Minister Hans Meijer in Nairobi on Monday. \
                 Present on the host side were Trade Minister Grace Wanjiru and Finance Minister \
                 Otieno Barasa.",
                both,
            ),
            (
                "Dutch Prime Minister Hans Meijer was received by President Amos Keter in Nairobi on \
                 Monday. The host side included Trade Minister Grace Wanjiru.",
                "members = Grace Wanjiru | Trade Minister | Kenya",
            ),
        ],
    );
    common::check_rows(
        "es",
        "2024-03-12",
        REUNION,
        &[(
            "Por la parte anfitriona estuvieron presentes la ministra de Comercio, Grace Wanjiru, y \
             el ministro de Finanzas, Otieno Barasa.",
            "members = Grace Wanjiru | Ministra de Comercio | Kenya; Otieno Barasa | Ministro de Finanzas | Kenya",
        )],
    );
    check_rows(
        "es",
        &[(
            "El presidente Amos Keter recibió el lunes en Nairobi al primer ministro neerlandés, Hans \
             Meijer. La delegación anfitriona incluyó a la ministra de Comercio, Grace Wanjiru.",
            "members = Grace Wanjiru | Ministra de Comercio | Kenya",
        )],
    );
}

/// The agent of a word of accompanying, in an apposition or a relative clause of a principal,
/// came with that principal: a member of their side, no principal of no country ("X,
/// accompanied by Defence Minister Y, held talks with Z", "X, who was accompanied by …", "X,
/// acompañada del ministro de Defensa, Y, se reunió con Z").
#[test]
fn a_companion_in_apposition_is_of_the_subjects_side() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "en",
            "Peruvian Foreign Minister Ana Ruiz, accompanied by Defence Minister Raúl Soto, held \
             talks with Ecuadorian Foreign Minister Tomás Vidal in Quito on Monday.",
            "principals = Ana Ruiz | Foreign Minister | Peru; Tomás Vidal | Foreign Minister | Ecuador\nmembers = Raúl Soto | Defence Minister | Peru",
        ),
        (
            "en",
            "Peruvian Foreign Minister Ana Ruiz, who was accompanied by Defence Minister Raúl \
             Soto, held talks with Ecuadorian Foreign Minister Tomás Vidal in Quito on Monday.",
            "members = Raúl Soto | Defence Minister | Peru",
        ),
        (
            "es",
            "La canciller peruana, Ana Ruiz, acompañada del ministro de Defensa, Raúl Soto, se \
             reunió este lunes en Quito con el canciller ecuatoriano, Tomás Vidal.",
            "members = Raúl Soto | Ministro de Defensa | Peru",
        ),
        (
            "es",
            "La canciller peruana, Ana Ruiz, quien estuvo acompañada por el ministro de Defensa, \
             Raúl Soto, se reunió este lunes en Quito con el canciller ecuatoriano, Tomás Vidal.",
            "members = Raúl Soto | Ministro de Defensa | Peru",
        ),
    ];
    common::check_lang_rows("2026-03-10", rows);
}

/// The people joined to the agent of a word of accompanying came too: members of the
/// principal's side ("accompanied by Defence Minister A and Trade Minister B").
#[test]
fn companions_listed_after_the_word_of_accompanying() {
    let rows: &[(&str, &str, &str)] = &[(
        "en",
        "Peruvian Foreign Minister Ana Ruiz, accompanied by Defence Minister Raúl Soto and Trade \
         Minister Luis Vega, held talks with Ecuadorian Foreign Minister Tomás Vidal in Quito on \
         Monday.",
        "principals = Ana Ruiz | Foreign Minister | Peru; Tomás Vidal | Foreign Minister | Ecuador\nmembers ~ Luis Vega | Trade Minister | Peru",
    )];
    common::check_lang_rows("2026-03-10", rows);
}
