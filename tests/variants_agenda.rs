//! Agenda topics, rule family by rule family, on sentences the team wrote (none of them in the
//! corpus): each construction in several tenses, voices, word orders and list shapes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::check;

/// The meeting every table row's sentence follows, so the topics belong to it.
const MEETING: &str =
    "Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Vienna on Monday.";

/// Checks each row's sentence after [`MEETING`].
fn check_after_meeting(table: &[(&str, &str)]) {
    for (sentence, expected) in table {
        check(&format!("{MEETING} {sentence}"), "", expected);
    }
}

#[test]
fn on_the_agenda_in_any_tense_modality_and_word_order() {
    check_after_meeting(&[
        (
            "Gas storage and border controls will be on the agenda.",
            "agenda = gas storage; border controls",
        ),
        (
            "Nuclear power remains firmly on the agenda.",
            "agenda = nuclear power",
        ),
        (
            "Motorway tolls are expected to be high on the agenda.",
            "agenda = motorway tolls",
        ),
        ("Rail links topped the agenda.", "agenda = rail links"),
        (
            "Flood relief was at the top of the agenda.",
            "agenda = flood relief",
        ),
        (
            "The agenda featured flood relief and rail links.",
            "agenda = flood relief; rail links",
        ),
        (
            "On the agenda were flood relief, rail links and gas storage.",
            "agenda = flood relief; rail links; gas storage",
        ),
        (
            "Topics on the agenda of the talks also included motorway tolls.",
            "agenda = motorway tolls",
        ),
        (
            "Gas storage and rail freight were among the issues discussed.",
            "agenda = gas storage; rail freight",
        ),
        (
            "Flood relief will be among the main topics.",
            "agenda = flood relief",
        ),
        ("Fiala's wife was among the guests.", "agenda ="),
        (
            "Rail freight will be on the table.",
            "agenda = rail freight",
        ),
        ("Gas storage dominated the talks.", "agenda = gas storage"),
        ("The talks were held in the palace.", "agenda ="),
        // Negated: the topic was not discussed.
        ("Motorway tolls were not on the agenda.", "agenda ="),
        (
            "From Vienna's point of view, the new rail link will be on the agenda.",
            "agenda = new rail link",
        ),
    ]);
}

#[test]
fn stance_and_outcome_predicates_with_their_complements() {
    check_after_meeting(&[
        // A noun phrase object, a pointing head looked through.
        (
            "The two leaders reaffirmed their commitment to the Danube strategy.",
            "agenda = Danube strategy",
        ),
        (
            "Both leaders stressed the need for closer police cooperation.",
            "agenda = closer police cooperation",
        ),
        (
            "Fiala reiterated support for the Western Balkans enlargement.",
            "agenda = Western Balkans enlargement",
        ),
        (
            "The two sides hailed the new cross-border hospital.",
            "agenda = new cross-border hospital",
        ),
        (
            "They acknowledged progress in the motorway link.",
            "agenda = motorway link",
        ),
        // A phrase after the predicate's preposition.
        (
            "Fiala called for a common asylum policy.",
            "agenda = common asylum policy",
        ),
        (
            "Nehammer advocated for lower energy tariffs.",
            "agenda = lower energy tariffs",
        ),
        (
            "The lunch went ahead despite tensions over the Temelin nuclear plant.",
            "agenda = Temelin nuclear plant",
        ),
        // An infinitive, with or without an object before it.
        (
            "Both governments are keen to strengthen cultural exchanges.",
            "agenda = cultural exchanges",
        ),
        (
            "Nehammer urged Prague to speed up the Temelin safety review.",
            "agenda = Temelin safety review",
        ),
        (
            "Fiala called for the two capitals to strengthen rail links.",
            "agenda = rail links",
        ),
        // An object, then a phrase after the predicate's preposition.
        (
            "Nehammer informed his guest about the planned motorway toll.",
            "agenda = planned motorway toll",
        ),
        // Thanks are courtesy, not a topic.
        ("Fiala thanked Nehammer for the warm welcome.", "agenda ="),
        (
            "Nehammer briefed his guest on the new border checks.",
            "agenda = new border checks",
        ),
        (
            "The two leaders congratulated each other on the flood relief effort.",
            "agenda = flood relief effort",
        ),
        // A "that"-clause names no topic.
        ("Nehammer noted that the border was calm.", "agenda ="),
    ]);
}

#[test]
fn passives_and_relative_clauses() {
    check_after_meeting(&[
        (
            "The importance of water management was stressed.",
            "agenda = water management",
        ),
        (
            "Rail freight is expected to be discussed.",
            "agenda = rail freight",
        ),
        (
            "The questions that were raised included rail freight and water management.",
            "agenda = rail freight; water management",
        ),
        (
            "The issues which were discussed at length included flood relief.",
            "agenda = flood relief",
        ),
        (
            "Gas storage and flood relief were also reviewed.",
            "agenda = gas storage; flood relief",
        ),
        (
            "The issues of the regional agenda were also discussed.",
            "agenda = regional agenda",
        ),
    ]);
}

#[test]
fn purpose_clauses_after_the_meeting() {
    check(
        "Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Vienna on Monday \
         to boost rail freight and tackle illegal logging.",
        "",
        "agenda = rail freight; illegal logging",
    );
    check(
        "Austrian Chancellor Karl Nehammer and Czech Prime Minister Petr Fiala met in Vienna on \
         Monday (June 3) to seek a deal on gas storage.",
        "",
        "agenda ~ gas storage",
    );
    check(
        "Austrian Chancellor Karl Nehammer will meet Czech Prime Minister Petr Fiala in Vienna \
         next week to resolve the dispute over transit fees.",
        "",
        "agenda ~ transit fees",
    );
    check(
        "Austrian Chancellor Karl Nehammer hosted Czech Prime Minister Petr Fiala in Vienna on \
         Monday to strengthen energy ties.",
        "",
        "agenda = energy ties",
    );
    check(
        "Austrian Chancellor Karl Nehammer held talks with Czech Prime Minister Petr Fiala in \
         Vienna aimed at boosting rail freight.",
        "",
        "agenda = boosting rail freight",
    );
    // The infinitive belongs to another verb: no purpose of the meeting.
    check(
        "Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala at a summit \
         scheduled to take place in Vienna.",
        "",
        "agenda =",
    );
}

#[test]
fn topics_inside_quotation_marks() {
    check_after_meeting(&[
        (
            "They discussed issues including “gas storage, rail freight and flood relief”.",
            "agenda = gas storage; rail freight; flood relief",
        ),
        (
            "\"We had a good conversation on rail freight, gas storage and flood relief,\" Fiala said.",
            "agenda = rail freight; gas storage; flood relief",
        ),
        (
            "The two leaders agreed to start a “strategic energy dialogue” next year.",
            "agenda = strategic energy dialogue",
        ),
        (
            "They discussed 'flood relief' and rail freight.",
            "agenda = flood relief; rail freight",
        ),
        (
            "Fiala said they had talked about “the future of nuclear power”.",
            "agenda = future of nuclear power",
        ),
    ]);
}

#[test]
fn topic_spans_lists_ranges_and_gerunds() {
    check_after_meeting(&[
        (
            "They talked about a range of issues from gas storage to rail freight to flood relief.",
            "agenda = gas storage; rail freight; flood relief",
        ),
        (
            "They discussed everything from transit fees to water management.",
            "agenda = transit fees; water management",
        ),
        (
            "They discussed boosting trade, fighting organised crime and expanding rail freight.",
            "agenda = boosting trade; fighting organised crime; expanding rail freight",
        ),
        (
            "The agenda includes border policing, developing rail links and sharing flood data.",
            "agenda = border policing; developing rail links; sharing flood data",
        ),
        (
            "They discussed tourism, energy and industrial cooperation and river shipping.",
            "agenda = tourism; energy and industrial cooperation; river shipping",
        ),
        (
            "Their agenda – covering rail freight and flood relief – pleased both sides.",
            "agenda ~ rail freight",
        ),
        (
            "They discussed gas storage and flood relief – topics that divide the region.",
            "agenda = gas storage; flood relief",
        ),
        (
            "They discussed relations between Austria and the Czech Republic.",
            "agenda = relations between Austria and the Czech Republic",
        ),
    ]);
}

#[test]
fn pointer_phrases_are_looked_through() {
    check_after_meeting(&[
        (
            "They discussed issues pertaining to the Danube shipping rules.",
            "agenda = Danube shipping rules",
        ),
        (
            "They discussed the prospects for a joint rail tender.",
            "agenda = joint rail tender",
        ),
        (
            "They discussed the question of transit fees.",
            "agenda = transit fees",
        ),
        (
            "They discussed a wide range of issues relating to flood prevention.",
            "agenda = flood prevention",
        ),
        (
            "They discussed cooperation in a range of sectors spanning energy, transport and health.",
            "agenda ~ energy
             agenda ~ transport
             agenda ~ health",
        ),
    ]);
}

#[test]
fn place_and_time_tails_are_cut() {
    check_after_meeting(&[
        (
            "They discussed security in the region.",
            "agenda = security",
        ),
        (
            "They discussed a joint rail tender next year.",
            "agenda = joint rail tender",
        ),
        (
            "They discussed high-level visits in the near future.",
            "agenda = high-level visits",
        ),
        (
            "They discussed flood relief at the hotel.",
            "agenda = flood relief",
        ),
        (
            "They discussed gas storage in the Hofburg Palace.",
            "agenda = gas storage",
        ),
        // A named place is the topic itself.
        (
            "They discussed the situation in the Western Balkans.",
            "agenda = Western Balkans",
        ),
    ]);
}

#[test]
fn abbreviations_inside_compounds() {
    check_after_meeting(&[
        (
            "They discussed U.S.-EU trade and gas storage.",
            "agenda = U.S.-EU trade; gas storage",
        ),
        (
            "They discussed the U.S.-led sanctions.",
            "agenda = U.S.-led sanctions",
        ),
        (
            "U.K.-EU fishing rights were on the agenda.",
            "agenda = U.K.-EU fishing rights",
        ),
        (
            "They agreed to strengthen the Austria-U.S. and Czech-U.S. energy partnerships.",
            "agenda = Austria-U.S. and Czech-U.S. energy partnerships",
        ),
        (
            "They discussed the U.S.-brokered ceasefire.",
            "agenda = U.S.-brokered ceasefire",
        ),
        (
            "They discussed the U.N. climate talks.",
            "agenda = U.N. climate talks",
        ),
    ]);
}

#[test]
fn durations_are_never_topics() {
    check_after_meeting(&[
        (
            "They talked for about an hour.",
            "agenda =\n summary !~ On the agenda",
        ),
        (
            "The two men talked for about ninety minutes about gas storage.",
            "agenda = gas storage",
        ),
        ("The talks lasted about ninety minutes.", "agenda ="),
        (
            "They discussed flood relief for more than two hours.",
            "agenda = flood relief",
        ),
        (
            "They spoke for 45 minutes.",
            "agenda =\n summary !~ On the agenda",
        ),
    ]);
}

#[test]
fn headlines_name_topics_as_the_lead_does() {
    check(
        &format!("Nehammer and Fiala discuss rail freight in Vienna\n\n{MEETING}"),
        "",
        "agenda = rail freight",
    );
    check(
        &format!("Gas storage on agenda as Nehammer hosts Fiala\n\n{MEETING}"),
        "",
        "agenda = gas storage",
    );
    check(
        &format!("{MEETING} They discussed the agenda."),
        "",
        "agenda =",
    );
}

#[test]
fn a_lead_cut_off_in_mid_sentence_keeps_its_whole_topics() {
    check(
        &format!("{MEETING} They discussed flood relief, rail freight and the"),
        "",
        "agenda = flood relief; rail freight",
    );
    check(
        &format!("{MEETING} Nehammer stressed the need for closer police cooperation, noting the"),
        "",
        "agenda = closer police cooperation",
    );
    check(
        &format!("{MEETING} They discussed gas storage, and agreed to strengthen the"),
        "",
        "agenda = gas storage",
    );
    check(
        &format!("{MEETING} Rail freight was on the agenda, along with"),
        "",
        "agenda = rail freight",
    );
    check(
        &format!("{MEETING} Both leaders called for lower energy tariffs and a common"),
        "",
        "agenda = lower energy tariffs",
    );
}

/// A stance verb whose object is the meeting itself names no topic ("hailed their first
/// summit"); its agenda or outcome does.
#[test]
fn the_meeting_itself_is_no_topic() {
    check_after_meeting(&[
        (
            "Both leaders hailed their first summit in five years.",
            "agenda =",
        ),
        ("Nehammer welcomed the meeting as a new start.", "agenda ="),
        (
            "The two leaders welcomed the summit's agreement on rail freight.",
            "agenda ~ rail freight",
        ),
    ]);
}

/// "reviewed the bilateral agenda, which includes X", "the bilateral agenda will cover X":
/// what the agenda holds, in a relative clause on it or after a qualifier of it.
#[test]
fn what_the_agenda_holds() {
    check_after_meeting(&[
        (
            "They reviewed the bilateral agenda, which includes river transport and flood defences.",
            "agenda ~ river transport\n agenda ~ flood defences",
        ),
        (
            "The two will go over the common agenda, which covered rail links and gas storage.",
            "agenda ~ rail links\n agenda ~ gas storage",
        ),
        (
            "The bilateral agenda will include grid connections and student exchanges.",
            "agenda ~ grid connections\n agenda ~ student exchanges",
        ),
        (
            "They discussed the regional agenda, which featured migration and water rights.",
            "agenda ~ migration\n agenda ~ water rights",
        ),
        (
            "The bilateral agenda also includes cyber defence.",
            "agenda ~ cyber defence",
        ),
    ]);
}
