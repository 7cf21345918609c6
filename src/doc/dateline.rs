//! The article's dateline ("WASHINGTON:", "MOSCOW, March 21 (Reuters) —"): where the story was
//! filed. Several stages read it (the home side of a visit, the dates the meeting's date is not),
//! so it is found once, with the document.

use super::Doc;
use crate::tables::lexicon::{Cat, CountryForm};
use crate::text::tokens::Kind;

/// The dateline of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The first token of its place.
    pub first: usize,
    /// The country of its city or capital, or the country named after a place the tables do
    /// not know ("MENDOZA, Argentina, 9 mar"); none for an unknown place alone.
    pub country: Option<u16>,
    /// The token after it: its place and what follows up to the agency or separator, so the
    /// dates in it ("MOSCOW, March 21.") are not read as the meeting's.
    pub end: usize,
    /// The tokens of a place the tables do not know ("ARICA (Chile), 9 mar"), which only the
    /// dateline makes a town.
    pub unknown_place: Option<(usize, usize)>,
}

/// The dateline of `doc`, if it has one.
pub(super) fn find(doc: &Doc) -> Option<Dateline> {
    let (first, place_end, country, known) = dateline_place(doc)?;
    // The dateline runs to its separator or the end of its first sentence, at most a few words
    // (a few more after a region or an agency of several words).
    let sentence_end = doc.sentence_at(first).end;
    let last = sentence_end.min(place_end + 12);
    let end = (place_end..last)
        .find(|&k| doc.punct(k, ':') || doc.token(k).is_dash())
        .map_or(sentence_end.min(place_end + 8), |k| k + 1);
    Some(Dateline {
        first,
        country,
        end,
        unknown_place: (!known).then_some((first, place_end)),
    })
}

/// Where the article's dateline names its place, and the place's country: a city or capital
/// of the tables ("MOSCOW, March 21"), or a place they do not know, written in capitals at a
/// line's start and followed by a date ("MENDOZA, 9 mar (EFE).-"), whose country is the one
/// named after it, if any ("TUMBES, Perú, 6 mar", "Arica (Chile), 9 mar"). The last item says
/// whether the tables know the place.
fn dateline_place(doc: &Doc) -> Option<(usize, usize, Option<u16>, bool)> {
    let known = doc.names.iter().find_map(|m| {
        let country = doc.city_country(m.meaning)?;
        is_dateline(doc, m.first, m.end).then_some((m.first, m.end, Some(country), true))
    });
    known.or_else(|| {
        let (first, end, country) = unknown_place(doc)?;
        Some((first, end, country, false))
    })
}

/// A place the tables do not know opening a dateline: one to three words at the start of one
/// of the first lines, then a comma and a date, maybe after a region or country ("TAPACHULA,
/// Chis., 9 de marzo", "MENDOZA, Argentina, 9 mar"), or after its country in brackets ("ARICA
/// (Chile), 9 mar", "Tumbes (Perú), 9 mar"). Its words are in capitals, as datelines shout, or
/// capitalised before the bracketed country.
fn unknown_place(doc: &Doc) -> Option<(usize, usize, Option<u16>)> {
    const LONGEST: usize = 3;
    let word = |k: usize, capitals: bool| {
        let t = doc.token(k);
        t.kind == Kind::Word
            && if capitals {
                t.is_all_caps()
            } else {
                t.is_capitalized()
            }
    };
    // The country in brackets right after `end`, and the token after the closing bracket.
    let bracketed = |end: usize| {
        let m = doc.name(end + 1).filter(|m| {
            doc.punct(end, '(')
                && m.first == end + 1
                && m.country_form() == Some(CountryForm::Name)
                && doc.punct(m.end, ')')
        })?;
        Some((m.country(), m.end + 1))
    };
    let (first, end) = (0..doc.tokens.len())
        .take_while(|&k| doc.sentence_index(k) <= 6)
        .filter(|&k| doc.token(k).line_before && word(k, false))
        .find_map(|first| {
            let capitals = word(first, true);
            let end = (first..first + LONGEST).find(|&k| !word(k, capitals))?;
            (end > first && (capitals || bracketed(end).is_some())).then_some((first, end))
        })?;
    if let Some((country, after)) = bracketed(end) {
        return date_follows(doc, after).then_some((first, end, country));
    }
    if !doc.punct(end, ',') {
        return None;
    }
    let named_country = doc
        .name(end + 1)
        .filter(|m| m.first == end + 1 && m.country_form() == Some(CountryForm::Name));
    let region_end = match named_country {
        Some(m) => m.end,
        None => end + 1 + usize::from(doc.punct(end + 2, '.')) + 1,
    };
    let dated = |comma: usize| doc.punct(comma, ',') && date_follows(doc, comma);
    if !(date_follows(doc, end) || dated(region_end)) {
        return None;
    }
    Some((first, end, named_country.and_then(|m| m.country())))
}

/// A dateline: a place opening the article's first lines, then ":", "—", "-" or ", Month".
pub fn is_dateline(doc: &Doc, first: usize, end: usize) -> bool {
    // "(ANSA) - ROMA, 11 MAY -": the agency in brackets and its dash may open the line.
    let after_agency = first >= 2
        && separator(doc, first - 1)
        && (first.saturating_sub(6)..first - 1)
            .any(|k| doc.token(k).line_before && agency_in_brackets(doc, k) == Some(first - 1));
    let opens_line = doc.token(first).line_before
        || after_agency
        || (first >= 2 && doc.is(first - 2, Cat::StampLabel))
        || (first >= 1
            && doc.token(first - 1).kind == Kind::Number
            && doc.token(first - 1).text.len() == 10);
    let early = doc.sentence_index(first) <= 6;
    // "VILNIUS (AP) —": an agency in brackets may stand before the mark.
    let end = agency_in_brackets(doc, end).unwrap_or(end);
    // "CIUDAD DE MÉXICO.—", "MONTEVIDEO. El presidente": a period before the separator, or
    // alone after a place in capitals.
    let period = doc.punct(end, '.') && (separator(doc, end + 1) || doc.token(first).is_all_caps());
    let mark = separator(doc, end)
        || period
        || date_follows(doc, end)
        || (doc.punct(end, ',') && doc.name(end + 1).is_some_and(|m| m.country().is_some()));
    opens_line && early && mark
}

/// Whether a dateline's separator stands at token `k`.
fn separator(doc: &Doc, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| t.is_any(&[':', '—', '–', '-']))
}

/// Whether the comma at token `comma` opens a dateline's date: ", March 21", "ACCRA,
/// 14/03/2025 —", a date written in figures, then the separator or an agency in brackets
/// ("LIMA, 3.10.2025 (EFE) -"); "LIMA, 3 de marzo (EFE)": the day, maybe a link, then the
/// month; "ROMA, 11 MAY -", a short month of datelines and the separator.
fn date_follows(doc: &Doc, comma: usize) -> bool {
    let month = comma + 2 + usize::from(doc.is(comma + 2, Cat::GenitiveLink));
    doc.punct(comma, ',')
        && (doc.is(comma + 1, Cat::Month)
            || (doc
                .tokens
                .get(comma + 1)
                .is_some_and(|t| t.kind == Kind::Number)
                && (doc.is(month, Cat::Month)
                    // "ROMA, 11 MAY -": a short month of datelines before the separator.
                    || (doc.is(month, Cat::DatelineMonth) && separator(doc, month + 1))
                    || agency_after(doc, comma + 3)
                    || agency_after(doc, comma + 2)
                    || separator(doc, comma + 2))))
}

/// "Oslo, 7 jun (EFE)", "LIMA, 2 mar. (Reuters)": an agency in brackets after the day and a
/// short month the tables leave out as a word of its own ("jun", "mar"), from token `k` (maybe
/// its period first).
fn agency_after(doc: &Doc, k: usize) -> bool {
    let k = k + usize::from(doc.punct(k, '.'));
    agency_in_brackets(doc, k).is_some()
}

/// Where an agency's name in brackets from token `k` ends, after its closing bracket: one to
/// three capitalised words ("(AP)", "(Prensa Latina)", "(EUROPA PRESS)", "(Agencia IP)").
fn agency_in_brackets(doc: &Doc, k: usize) -> Option<usize> {
    const LONGEST: usize = 3;
    if !doc.punct(k, '(') {
        return None;
    }
    let name_end = (k + 1..=k + 1 + LONGEST).find(|&j| !doc.token(j).is_capitalized())?;
    (name_end > k + 1 && doc.punct(name_end, ')')).then_some(name_end + 1)
}
