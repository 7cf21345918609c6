//! A side the text names only as a group: one organisation's leaders or ministers ("G7
//! leaders", "the foreign ministers of ASEAN", "los cancilleres del Mercosur") as the subject
//! of the first clause that reports the meeting, or as the complement of its meeting noun ("a
//! meeting of NATO defence ministers"). When the cast finds no one by name to meet,
//! the meeting is the group's: a summit of its leaders, or a meeting of its ministers.

use crate::doc::Doc;
use crate::stages::event::{Meeting, is_trigger};
use crate::stages::roles::head_at;
use crate::tables::lexicon::{Cat, Meaning, RoleClass};
use crate::tables::values::POSSESSIVE;
use crate::text::tokens::Kind;

/// A group of one organisation's office holders, as the text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Tokens of the group's name, without its determiner: "G7 leaders", "leaders of the G7".
    pub first: usize,
    /// End of the group's name.
    pub end: usize,
    /// The organisation whose office holders they are, by lexicon index; none for a part of
    /// the world's ("African leaders", "los presidentes latinoamericanos").
    pub owner: Option<u16>,
    /// Their rank: leaders or ministers.
    pub class: RoleClass,
}

/// How many words may stand between a group and the verb of its meeting: an auxiliary, a
/// modal, a clitic, a meeting noun's determiner and adjectives ("will meet", "are expected
/// to meet", "se reunieron", "will hold an extraordinary summit").
const VERB_REACH: usize = 6;

/// The group that is the subject of the first clause reporting the meeting, if any.
pub fn find(doc: &Doc, meeting: &Meeting) -> Option<Group> {
    let s = *meeting
        .sentences
        .iter()
        .find(|s| !meeting.captions.contains(s))?;
    let sentence = doc.sentence(s);
    sentence.range().find_map(|k| {
        group_at(doc, k).filter(|g| {
            // A part of the world's group only in a clause about the meeting ("In 2023,
            // African leaders met in this city", he recalled).
            (g.owner.is_some() || meeting.about_meeting(g.first))
                && ((opens_clause(doc, g.first) && meets(doc, g.end, sentence.end))
                    || completes_meeting(doc, g.first))
        })
    })
}

/// Whether a group starting at `first` completes a meeting noun, whose sides it names ("a
/// meeting of NATO defence ministers", "la reunión de ministros de Defensa de la OTAN", "the
/// summit of the leaders of the G7").
fn completes_meeting(doc: &Doc, first: usize) -> bool {
    let link = if first > 0 && doc.is(first - 1, Cat::DefiniteArticle) {
        first - 1
    } else {
        first
    };
    // Not a gathering something else is held before or beside ("Ahead of a meeting of EU
    // leaders, the Commission published …").
    link >= 2
        && doc.is(link - 1, Cat::GenitiveLink)
        && doc.is(link - 2, Cat::MeetingNoun)
        && !doc.any_phrase(
            link.saturating_sub(GATHERING_REACH)..link - 2,
            Cat::WithinGathering,
        )
}

/// How far before a meeting noun a phrase may put it beside a larger gathering ("ahead of a
/// meeting", "al margen de la cumbre").
const GATHERING_REACH: usize = 6;

/// The group whose name starts at `k`: an organisation's name before a plural title of
/// leaders or ministers ("G7 leaders", "ASEAN defence ministers"), or the title with the
/// organisation as its complement ("the leaders of the G7", "los cancilleres del Mercosur");
/// or a part of the world's adjective, before the title or after it, as the language writes
/// adjectives ("African heads of state", "los presidentes latinoamericanos").
fn group_at(doc: &Doc, k: usize) -> Option<Group> {
    // A plural title of leaders or ministers, its portfolio before it included ("foreign
    // ministers"): its length, and its rank.
    let holders = |j: usize| {
        let mut head = j;
        while doc.is(head, Cat::Portfolio) {
            head += 1;
        }
        head_at(doc, head)
            .filter(|&(_, class, plural)| {
                plural && matches!(class, RoleClass::Leader | RoleClass::Minister)
            })
            .map(|(len, class, _)| (head - j + len, class))
    };
    let organization = |j: usize| {
        doc.name_starting(j).and_then(|m| match m.meaning {
            Meaning::Organization(o) => Some((o, m.end)),
            _ => None,
        })
    };
    if let Some((owner, end)) = organization(k) {
        let (len, class) = holders(end)?;
        return Some(Group {
            first: k,
            end: end + len,
            owner: Some(owner),
            class,
        });
    }
    // A region's adjective names no one's own people: "African leaders", not "African
    // business leaders" (no title follows).
    let area = doc.phrase_len(k, Cat::Area);
    if area > 0
        && let Some((len, class)) = holders(k + area)
    {
        return Some(Group {
            first: k,
            end: k + area + len,
            owner: None,
            class,
        });
    }
    let (len, class) = holders(k)?;
    let area = doc.phrase_len(k + len, Cat::Area);
    if area > 0 && doc.token(k + len).is_lowercase() {
        return Some(Group {
            first: k,
            end: k + len + area,
            owner: None,
            class,
        });
    }
    // "of the G7", "de la UE"; after a portfolio of its own, "ministers of foreign affairs of
    // the G7", "los ministros de Asuntos Exteriores de la UE".
    let mut j = k + len + doc.phrase_len(k + len, Cat::Portfolio);
    loop {
        if !doc.is(j, Cat::GenitiveLink) {
            return None;
        }
        j += 1;
        if doc.is(j, Cat::DefiniteArticle) {
            j += 1;
        }
        // "of the eight member states of the AU", "de los países miembros del Mercosur": the
        // organisation's members, counted or not, before its name.
        let count = usize::from(doc.is_count(j));
        let members = doc.phrase_len(j + count, Cat::MemberNoun);
        if members > 0 {
            j += count + members;
            continue;
        }
        match doc.phrase_len(j, Cat::Portfolio) {
            0 => break,
            portfolio => j += portfolio,
        }
    }
    let (owner, end) = organization(j)?;
    Some(Group {
        first: k,
        end,
        owner: Some(owner),
        class,
    })
}

/// Whether a name starting at `first` opens its clause: at the start of the sentence, after a
/// determiner there, after the dateline or the marks that open the sentence ("BRUSSELS, March
/// 9 (Reuters) - EU foreign ministers", "BRUSELAS.- Los ministros"), or after a comma that
/// closes a fronted phrase ("On Monday, G7 leaders").
fn opens_clause(doc: &Doc, first: usize) -> bool {
    let start = doc.sentence_at(first).first;
    let before = if first > start && doc.is(first - 1, Cat::DefiniteArticle) {
        first - 1
    } else {
        first
    };
    let after_dateline = doc.dateline.is_some_and(|d| d.end == before);
    // The marks, maybe after a place in capitals that heads the line ("BRUSELAS.-").
    let after_marks = (start..before).all(|j| {
        let t = doc.token(j);
        t.kind == Kind::Punct || t.is_all_caps()
    });
    after_marks || after_dateline || doc.punct(before - 1, ',')
}

/// Whether a verb or noun of meeting follows the subject ending at `end` closely, with no
/// negation and no punctuation between ("met", "will hold a summit", "se reunieron"), or the
/// clause goes on to a meeting noun the subject's possessive owns ("approved a strategy on
/// Saturday during their summit", "aprobaron … durante su cumbre anual").
fn meets(doc: &Doc, end: usize, sentence_end: usize) -> bool {
    let end = past_aside(doc, end, sentence_end);
    for j in end..(end + VERB_REACH).min(sentence_end) {
        if doc.is(j, Cat::Negation) || doc.punct_or_end(j) {
            return false;
        }
        if is_trigger(doc, j) {
            return true;
        }
    }
    (end..(end + OWNED_MEETING_REACH).min(sentence_end)).any(|j| {
        doc.value_is(j, Cat::Determiner, POSSESSIVE)
            && (j + 1..j + 3).any(|n| doc.is(n, Cat::MeetingNoun) && is_trigger(doc, n))
    })
}

/// How far after a group a meeting noun its possessive owns may stand ("approved a regional
/// security strategy on Saturday during their summit").
const OWNED_MEETING_REACH: usize = 30;

/// How many words an aside after a group may hold ("the leaders of the Quad – Australia,
/// India, Japan and the United States –").
const ASIDE_REACH: usize = 16;

/// Where the words after a group's name resume past an aside set off by dashes or brackets
/// ("the leaders of the Quad – Australia, India, Japan and the United States – met", "G7
/// leaders (the heads of seven economies) met"), or `end` when none follows.
fn past_aside(doc: &Doc, end: usize, sentence_end: usize) -> usize {
    let bracket = doc.punct(end, '(');
    if !bracket && !doc.token(end).is_dash() {
        return end;
    }
    (end + 1..(end + ASIDE_REACH).min(sentence_end))
        .find(|&j| {
            if bracket {
                doc.punct(j, ')')
            } else {
                doc.token(j).is_dash()
            }
        })
        .map_or(end, |j| j + 1)
}
