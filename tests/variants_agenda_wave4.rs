//! Agenda constructions of issue #12 (wave 4) in their variants: a clause that calls its
//! subject important, the examples set after a passive verb or after a comma, and a phrase
//! joined by "and" to what refers back to it. Every sentence here is written by the team; the
//! names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{AGENDA_MEETING_EN as MEETING_EN, AGENDA_MEETING_ES as MEETING_ES, check_after};

/// What a clause calls important (vital, crucial, essential, instrumental) is a topic: its
/// subject, or the infinitive after "it is …". A state reported ("the border was calm"), the
/// meeting itself or "what is important" names none, nor does a list of qualities.
#[test]
fn what_a_clause_calls_important_is_a_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner noted that the dam project remained vital to the region.",
                "agenda = dam project",
            ),
            (
                "Kral pointed out that reforms of the barge levy will be instrumental in reviving growth.",
                "agenda = reforms of the barge levy",
            ),
            (
                "Brenner, who said this phase of settling the quota dispute was crucial, left early.",
                "agenda = phase of settling the quota dispute",
            ),
            (
                "The two agreed the flood warning network is as essential now as ever.",
                "agenda = flood warning network",
            ),
            (
                "A clean and navigable Danube is vital to both economies, Kral said.",
                "agenda = clean and navigable Danube",
            ),
            (
                "It is crucial to end the quota dispute, Brenner stressed.",
                "agenda = quota dispute",
            ),
            (
                "Kral said it was essential to boost barge freight.",
                "agenda = barge freight",
            ),
            // A state reported, the meeting, a fused relative, a list of qualities: no topic.
            ("Kral noted that the river was calm.", "agenda ="),
            (
                "Brenner said the visit was important for both sides.",
                "agenda =",
            ),
            ("What is important is to keep talking.", "agenda ="),
            (
                "They agreed that a stable, secure and prosperous Slovakia is vital.",
                "agenda =",
            ),
        ],
    );
}

/// Examples of a vague head are topics wherever they stand: after the passive verb the head
/// is the subject of, or after a comma in a list; "such as" is no part of a topic.
#[test]
fn examples_after_a_verb_or_a_comma_are_topics() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Several pressing issues were then reviewed, such as river pollution and rail freight.",
                "agenda = river pollution; rail freight",
            ),
            (
                "Some questions will be debated at length, such as the grain quota and dam safety.",
                "agenda = grain quota; dam safety",
            ),
            (
                "Other matters had been raised, such as barge tolls.",
                "agenda = barge tolls",
            ),
            (
                "They discussed several issues, such as flood relief and ferry links.",
                "agenda = flood relief; ferry links",
            ),
            (
                "Brenner and Kral will discuss certain topics, such as the quota dispute.",
                "agenda = quota dispute",
            ),
        ],
    );
}

/// "X and its Y", "X y sus Y": what a possessive after "and" refers back to makes one topic
/// with it.
#[test]
fn a_possessive_after_and_keeps_one_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed the grain crisis and its social costs.",
                "agenda = grain crisis and its social costs",
            ),
            (
                "Flood relief, the barge levy and its exemptions, and rail freight were reviewed.",
                "agenda = flood relief; barge levy and its exemptions; rail freight",
            ),
            (
                "The talks will focus on the quota dispute and its legal roots.",
                "agenda = quota dispute and its legal roots",
            ),
            (
                "Brenner raised the ferry strike and its effects on trade.",
                "agenda = ferry strike and its effects on trade",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Los presidentes analizaron la crisis del trigo y sus efectos sociales.",
            "agenda = crisis del trigo y sus efectos sociales",
        )],
    );
}

/// A clause of obligation reported by a verb of speech is what a topic is: its object, or its
/// subject when the verb is passive or quoted; "should meet again" is a later meeting.
#[test]
fn a_reported_obligation_names_its_topic() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner claimed that both sides must curb river pollution.",
                "agenda = river pollution",
            ),
            (
                "Kral said that the barge levy should be lowered.",
                "agenda = barge levy",
            ),
            (
                "Brenner stressed that the two capitals need to expand ferry links.",
                "agenda = ferry links",
            ),
            (
                "Kral pointed out that dam safety ought to be reviewed soon.",
                "agenda = dam safety",
            ),
            (
                "Brenner has stated that the group should “deepen grain trade”.",
                "agenda = grain trade",
            ),
            (
                "Kral said that the bloc must “compete in the world not only as a grain seller, but also as a maker of goods”.",
                "agenda = compete in the world",
            ),
            (
                "Brenner said that the two leaders should meet again in May.",
                "agenda =",
            ),
        ],
    );
}

/// "discussed what X called “Y”": the name given is the topic, whoever gives it, quoted or
/// not, "called" or "described as".
#[test]
fn a_topic_named_by_someone_else_is_the_name() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed what Brenner called “the grain problem”.",
                "agenda = grain problem",
            ),
            (
                "The leaders reviewed what the ministry calls a new flood architecture.",
                "agenda = new flood architecture",
            ),
            (
                "Brenner and Kral also examined what the two governments described as the quota dispute.",
                "agenda = quota dispute",
            ),
            (
                "They will discuss what Kral has called \"barge diplomacy\".",
                "agenda = barge diplomacy",
            ),
            (
                "The talks covered what officials called the ferry question.",
                "agenda = ferry question",
            ),
        ],
    );
}

/// Items joined by "and" before a modal passive are each its subject: a modal, like a plural
/// verb, does not tell one subject from two.
#[test]
fn a_coordinated_subject_before_a_modal_passive() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Gas storage and the new rail link should be reviewed.",
                "agenda = gas storage; new rail link",
            ),
            (
                "Flood relief and the barge levy could also be debated.",
                "agenda = flood relief; barge levy",
            ),
            (
                "Dam safety and the ferry strike will be discussed on Friday.",
                "agenda = dam safety; ferry strike",
            ),
            (
                "River tolls, grain quotas and the border regime might be raised.",
                "agenda = river tolls; grain quotas; border regime",
            ),
            (
                "Barge freight and the Danube canal must be addressed first.",
                "agenda = barge freight; Danube canal",
            ),
        ],
    );
}

/// "discussed how to foster X": a question of manner names the verb phrase after it, its
/// verb of policy passed over as in a list of verb phrases.
#[test]
fn a_question_of_manner_names_its_verb_phrase() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "Brenner and Kral discussed how to foster joint barge ventures.",
                "agenda = joint barge ventures",
            ),
            (
                "They will discuss how to strengthen flood warning cooperation.",
                "agenda = flood warning cooperation",
            ),
            (
                "The two leaders talked about how to end the quota dispute.",
                "agenda = quota dispute",
            ),
            (
                "How to curb river pollution was also discussed.",
                "agenda = river pollution",
            ),
            (
                "Kral and Brenner explored how to expand rail freight.",
                "agenda = rail freight",
            ),
        ],
    );
    check_after(
        "es",
        MEETING_ES,
        &[(
            "Los presidentes analizaron cómo fortalecer el comercio fluvial.",
            "agenda = comercio fluvial",
        )],
    );
}

/// Names listed after an item that ends in the name its preposition takes are more objects of
/// that preposition, not topics of their own ("cooperation with China, India and Brazil"); a
/// list after a common noun stays a list.
#[test]
fn names_after_a_prepositions_name_stay_with_it() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed barge links with Linz, Passau and Regensburg.",
                "agenda = barge links with Linz, Passau and Regensburg",
            ),
            (
                "Brenner raised concerns about Vienna's grain quotas for Moravia, Silesia and Bohemia.",
                "agenda = Vienna's grain quotas for Moravia, Silesia and Bohemia",
            ),
            (
                "Kral briefed Brenner on rail freight to Trieste, Koper and Rijeka.",
                "agenda = rail freight to Trieste, Koper and Rijeka",
            ),
            (
                "The talks will focus on ferry traffic between Komarno, Esztergom and Vac, and dam safety.",
                "agenda = ferry traffic between Komarno, Esztergom and Vac; dam safety",
            ),
            (
                "They discussed flood relief in Moravia, river tolls and dam safety.",
                "agenda = flood relief in Moravia; river tolls; dam safety",
            ),
        ],
    );
}

/// A name that ends in a word a verb of speech is spelled as ("States") is no attribution: the
/// topic that ends in it stays.
#[test]
fn a_name_ending_like_a_speech_verb_is_kept() {
    check_after(
        "en",
        MEETING_EN,
        &[
            (
                "They discussed barge cooperation with the United States.",
                "agenda = barge cooperation with the United States",
            ),
            (
                "Grain exports to the Gulf States were also reviewed.",
                "agenda = grain exports to the Gulf States",
            ),
            (
                "Brenner and Kral will discuss energy links with the Baltic States.",
                "agenda = energy links with the Baltic States",
            ),
            (
                "The talks focused on rail freight to the Arab States.",
                "agenda = rail freight to the Arab States",
            ),
            (
                "Kral briefed Brenner on ferry routes shared with the Baltic States.",
                "agenda = ferry routes shared with the Baltic States",
            ),
        ],
    );
}
