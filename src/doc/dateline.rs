//! The article's dateline ("WASHINGTON:", "MOSCOW, March 21 (Reuters) —"): where the story was
//! filed. Several stages read it (the home side of a visit, the dates the meeting's date is not),
//! so it is found once, with the document.

use super::Doc;
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::Cat;
use crate::text::tokens::Kind;

/// The dateline of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The country of its city or capital.
    pub country: u16,
    /// The token after it: its place and what follows up to the agency or separator, so the
    /// dates in it ("MOSCOW, March 21.") are not read as the meeting's.
    pub end: usize,
}

/// The dateline of `doc`, if it has one.
pub(super) fn find(doc: &Doc) -> Option<Dateline> {
    let m = dateline_name(doc)?;
    // The dateline runs to its separator or the end of its first sentence, at most a few words.
    let sentence_end = doc.sentence_at(m.first).end;
    let end = (m.end..sentence_end.min(m.end + 8))
        .find(|&k| doc.punct(k, ':') || doc.token(k).is_dash())
        .map_or(sentence_end.min(m.end + 8), |k| k + 1);
    Some(Dateline {
        country: doc.city_country(m.meaning)?,
        end,
    })
}

/// The city or capital of the article's dateline.
fn dateline_name(doc: &Doc) -> Option<&NameMention> {
    doc.names
        .iter()
        .find(|m| doc.city_country(m.meaning).is_some() && is_dateline(doc, m.first, m.end))
}

/// A dateline: a place opening the article's first lines, then ":", "—", "-" or ", Month".
pub fn is_dateline(doc: &Doc, first: usize, end: usize) -> bool {
    let opens_line = doc.token(first).line_before
        || (first >= 2 && doc.is(first - 2, Cat::StampLabel))
        || (first >= 1
            && doc.token(first - 1).kind == Kind::Number
            && doc.token(first - 1).text.len() == 10);
    let early = doc.sentence_index(first) <= 6;
    // "VILNIUS (AP) —": an agency in brackets may stand before the mark.
    let end = if doc.one_in_brackets(end) {
        end + 3
    } else {
        end
    };
    let separator = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.is_any(&[':', '—', '–', '-']))
    };
    // "ACCRA, 14/03/2025 —": a date written in figures, then the separator or an agency in
    // brackets ("LIMA, 3.10.2025 (EFE) -"); "LIMA, 3 de marzo (EFE)": the day, maybe a link,
    // then the month.
    let month = end + 2 + usize::from(doc.is(end + 2, Cat::GenitiveLink));
    // "CIUDAD DE MÉXICO.—", "MONTEVIDEO. El presidente": a period before the separator, or
    // alone after a place in capitals.
    let period = doc.punct(end, '.') && (separator(end + 1) || doc.token(first).is_all_caps());
    let mark = separator(end)
        || period
        || (doc.punct(end, ',')
            && (doc.is(end + 1, Cat::Month)
                || (doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == Kind::Number)
                    && (doc.is(month, Cat::Month)
                        || agency_after(doc, end + 3)
                        || agency_after(doc, end + 2)
                        || separator(end + 2)))
                || doc.name(end + 1).is_some_and(|m| m.country().is_some())));
    opens_line && early && mark
}

/// "Oslo, 7 jun (EFE)", "LIMA, 2 mar. (Reuters)": an agency in brackets after the day and a
/// short month the tables leave out as a word of its own ("jun", "mar"), from token `k` (maybe
/// its period first).
fn agency_after(doc: &Doc, k: usize) -> bool {
    let k = k + usize::from(doc.punct(k, '.'));
    doc.one_in_brackets(k) && doc.token(k + 1).is_capitalized()
}
