//! Sources the article cites: news outlets (from the table), governments by their seats or
//! their bodies when they report ("the Kremlin reported", "described by the Kremlin", "the
//! Colombian Foreign Ministry said"), and statements ("a Turkish statement said", "according
//! to a joint statement").

use crate::doc::Doc;
use crate::report::{Source, SourceKind, Span};
use crate::stages::analysis::Analysis;
use crate::tables::lexicon::{Cat, CountryForm, Meaning};

/// The source named at token `k`: an outlet, or a seat of government.
pub fn source_at(doc: &Doc, k: usize) -> Option<(String, SourceKind)> {
    let m = doc.name_starting(k)?;
    match m.meaning {
        Meaning::Outlet(o) => {
            let outlet = &doc.lex.outlets[o as usize];
            let kind = match outlet.kind.as_str() {
                "agency" => SourceKind::Agency,
                "broadcaster" => SourceKind::Broadcaster,
                _ => SourceKind::Newspaper,
            };
            Some((outlet.name.clone(), kind))
        }
        Meaning::Country(_, CountryForm::Seat) => {
            Some((doc.phrase(m.first, m.end), SourceKind::Government))
        }
        // "according to the AU Commission": an organisation and the body after it.
        Meaning::Organization(_) => {
            let mut end = m.end;
            while doc.token(end).is_capitalized()
                && doc.is(end, crate::tables::lexicon::Cat::OrgWord)
            {
                end += 1;
            }
            Some((doc.phrase(m.first, end), SourceKind::Organization))
        }
        _ => None,
    }
}

/// Whether a source is named at token `k` ([`source_at`] gives it), without writing its name.
pub fn names_source(doc: &Doc, k: usize) -> bool {
    doc.name_starting(k).is_some_and(|m| {
        matches!(
            m.meaning,
            Meaning::Outlet(_) | Meaning::Country(_, CountryForm::Seat) | Meaning::Organization(_)
        )
    })
}

/// An outlet the tables do not know, named beside a noun of its kind at token `k`: "the news
/// agency Yonhap", "la agencia ABI", "el diario La Nación" (the name after the noun), "the
/// Yonhap news agency" (before it). Returns the name, its kind and its tokens.
fn unknown_outlet_at(doc: &Doc, k: usize) -> Option<(String, SourceKind, usize, usize)> {
    let (len, kind) = doc.phrase_at(k, Cat::OutletNoun)?;
    if !doc.token(k).is_lowercase() {
        return None;
    }
    let unknown_name = |j: usize| {
        doc.token(j).is_capitalized()
            && doc.name(j).is_none()
            && !doc.is_any_of(j, &[Cat::Determiner, Cat::Stop])
    };
    // "la agencia estatal angoleña X", "el diario chileno X": adjectives of the outlet's owner
    // or standing between the noun and the name.
    let mut after = k + len;
    while after < k + len + 3 && outlet_qualifier(doc, after) {
        after += 1;
    }
    // "el diario 'La Tercera'", "the newspaper «Voz»": the name in quotation marks.
    let quoted = doc.token(after).is_quote_mark();
    after += usize::from(quoted);
    // "el diario El País": the name's own article, kept with it.
    let article = doc.is(after, Cat::Determiner)
        && doc.token(after).is_capitalized()
        && unknown_name(after + 1);
    let name_first = after + usize::from(article);
    let mut name_end = name_first;
    // "El Faro del Sur", "Voice of Tarsis": "of" between capitalised words.
    while name_end < name_first + 5
        && (unknown_name(name_end)
            || name_end > name_first
                && doc.is(name_end, Cat::GenitiveLink)
                && unknown_name(name_end + 1))
    {
        name_end += 1;
    }
    if quoted && !doc.token(name_end).is_quote_mark() {
        return None;
    }
    let (first, end) = if name_end > name_first {
        (after, name_end)
    } else if quoted || after > k + len {
        return None;
    } else {
        // "the Yonhap news agency": the name before the noun.
        let mut first = k;
        while first > 0 && k - first < 4 && unknown_name(first - 1) {
            first -= 1;
        }
        if first == k {
            return None;
        }
        (first, k)
    };
    // A noun that also names other things ("el canal Magdalena", a waterway) names an outlet
    // only where it reports or is told something ("dijo al canal X", "el canal X informó").
    if kind == AMBIGUOUS_BROADCASTER
        && !(reports(doc, k.min(first), end.max(k + len)) || told(doc, k))
    {
        return None;
    }
    let kind = match kind {
        0 => SourceKind::Agency,
        1 | AMBIGUOUS_BROADCASTER => SourceKind::Broadcaster,
        _ => SourceKind::Newspaper,
    };
    Some((doc.phrase(first, end), kind, first, end))
}

/// The `outlet_noun` value of a broadcaster's noun that also names other things ("canal").
const AMBIGUOUS_BROADCASTER: i32 = 3;

/// Whether a verb of saying stands before the outlet's noun at `noun`, past its article and the
/// preposition of whom it is said to ("dijo al canal X", "told the channel X").
fn told(doc: &Doc, noun: usize) -> bool {
    let mut j = noun;
    for _ in 0..2 {
        if j > 0 && doc.is_any_of(j - 1, &[Cat::Determiner, Cat::Stop]) {
            j -= 1;
        }
    }
    j > 0 && doc.is_any_of(j - 1, &[Cat::SpeechVerb, Cat::ReportingVerb])
}

/// Whether the lowercase word at `k`, after an outlet's noun, qualifies the outlet: an
/// adjective of its owner's country ("chileno") or of its kind ("estatal", "oficial").
fn outlet_qualifier(doc: &Doc, k: usize) -> bool {
    doc.token(k).is_lowercase()
        && (doc.is(k, Cat::OutletQualifier)
            || doc
                .name(k)
                .is_some_and(|m| matches!(m.meaning, Meaning::Country(_, CountryForm::Adjective))))
}

/// Whether a reporting word stands next to the name at `first..end`: "the Kremlin reported",
/// "according to the Kremlin", "by the Kremlin", "a statement from the Kremlin".
fn reports(doc: &Doc, first: usize, end: usize) -> bool {
    // "a statement of the Kremlin", "un comunicado de la Presidencia": a statement's genitive.
    let statement_genitive =
        |k: usize| doc.is(k, Cat::GenitiveLink) && k > 0 && doc.is(k - 1, Cat::StatementNoun);
    // "by the Kremlin", not "from an ECOWAS of States": a definite determiner.
    let determiner = usize::from(
        first > 0 && doc.is(first - 1, Cat::Determiner) && !doc.is(first - 1, Cat::Number),
    );
    let before = (first - determiner).checked_sub(1);
    // "a statement from the Kremlin". A passive's agent reports only after a verb of reporting
    // in its clause ("described by the Kremlin", "confirmada el 30 de octubre por la Casa
    // Blanca"; not "a summit organised by the British government").
    // "officials from the African Union", "delegates from Kenya": people's origin, no source.
    let link = before.is_some_and(|k| {
        let reported = || (k.saturating_sub(6)..k).any(|j| doc.is(j, Cat::ReportingVerb));
        let people = k > 0
            && (doc.role_at(k - 1).is_some()
                || doc.is_any_of(k - 1, &[Cat::ParticipantGroup, Cat::DelegationNoun]));
        // "de acuerdo con la Cancillería": a phrase of attribution of several words before it.
        let attributed =
            (k.saturating_sub(3)..k).any(|j| doc.phrase_len(j, Cat::Attribution) == k + 1 - j);
        // "fuentes de la Moncloa", "sources close to the Kremlin": people who speak unnamed for
        // the body, past the words that place them ("sources said the Kremlin …" cites nobody).
        let unnamed_voice = (k.saturating_sub(2)..=k).any(|j| {
            doc.is(j, Cat::AnonymousSource)
                && (j + 1..=k).all(|t| {
                    doc.token(t).is_lowercase()
                        && !doc.is_any_of(t, &[Cat::ReportingVerb, Cat::SpeechVerb])
                })
        });
        (doc.is(k, Cat::SourceLink) && !people && (!doc.is(k, Cat::PassiveAgent) || reported()))
            || statement_genitive(k)
            || attributed
            || unnamed_voice
    });
    // "un comunicado del Kremlin": a determiner that is also the genitive's preposition.
    let contracted_link = determiner == 1 && statement_genitive(first - 1);
    // "…, informó el Kremlin", "…,” said the Kremlin", "según informó el Kremlin": the verb
    // before its subject, after what it reports or a link of attribution ("He said the G20
    // needs …" is no citation).
    // "según ha informado el Ministerio": past the verb's auxiliaries.
    let verb_first = before.is_some_and(|k| {
        let verb_group = (0..k)
            .rev()
            .take_while(|&j| doc.is(j, Cat::Auxiliary))
            .last();
        let opening = verb_group.unwrap_or(k);
        doc.is(k, Cat::ReportingVerb)
            && doc.token(k).is_lowercase()
            && determiner == 1
            && opening > 0
            && (doc.punct(opening - 1, ',')
                || doc.token(opening - 1).is_quote_mark()
                || doc.is(opening - 1, Cat::SourceLink))
    });
    // "the Kremlin said", "the Kremlin has also said"; "Kremlin sources said": the body's
    // unnamed voices before the verb.
    // ("the Ministry of External Affairs (MEA) said": past its acronym in brackets.)
    let end = if doc.punct(end, '(') && doc.punct(end + 2, ')') {
        end + 3
    } else {
        end
    };
    let subject_end =
        end + usize::from(doc.is(end, Cat::AnonymousSource) && doc.token(end).is_lowercase());
    let verb = doc.past_auxiliaries(subject_end, subject_end + 2);
    doc.is(verb, Cat::ReportingVerb) || link || contracted_link || verb_first
}

/// The name of the source a sentence attributes its content to: "According to the newspaper
/// The New York Times, …", "…, according to Interfax", "The Kremlin reported that …", "…, the
/// Colombian Foreign Ministry said".
pub fn attribution(doc: &Doc, s: usize) -> Option<String> {
    let sentence = doc.sentence(s);
    for k in sentence.range() {
        // An attribution that links to its source: "according to".
        let len = doc.phrase_len(k, Cat::Attribution);
        if len == 0 || !doc.is(k + len - 1, Cat::SourceLink) {
            continue;
        }
        let mut j = k + len;
        while doc.is(j, Cat::OutletWord) && doc.name_starting(j).is_none() {
            j += 1;
        }
        if let Some((name, _)) = source_at(doc, j) {
            return Some(name);
        }
        // "according to the Colombian Foreign Ministry", "según la Cancillería colombiana".
        if let Some(body) = (j..j + 3)
            .find_map(|t| government_body_at(doc, t))
            .filter(|b| b.first == j)
        {
            return Some(doc.phrase(body.first, body.end));
        }
        // "según la agencia ABI": the outlet noun is among the words skipped.
        for noun in k + len..j {
            if let Some((name, ..)) = unknown_outlet_at(doc, noun) {
                return Some(name);
            }
        }
    }
    for k in sentence.range() {
        if let Some(m) = doc.name_starting(k)
            && reports(doc, k, m.end)
            && let Some((name, _)) = source_at(doc, k)
        {
            return Some(name);
        }
        if let Some(body) = government_body_at(doc, k).filter(|b| reports(doc, b.first, b.end)) {
            return Some(doc.phrase(body.first, body.end));
        }
    }
    None
}

/// Every source the article cites, in order of first citation.
pub fn find(a: &Analysis) -> Vec<Source> {
    let doc = a.doc;
    let mut found: Vec<Source> = Vec::new();
    let mut add = |name: String, kind: SourceKind, span: Span| match found
        .iter_mut()
        .find(|s| s.name == name)
    {
        Some(s) if s.evidence.contains(&span) => {}
        Some(s) => s.evidence.push(span),
        None => found.push(Source {
            name,
            kind,
            evidence: vec![span],
        }),
    };
    for m in &doc.names {
        // An outlet is a source wherever it is named; a seat or an organisation when it reports.
        let cited = match m.meaning {
            Meaning::Outlet(_) => true,
            Meaning::Country(_, CountryForm::Seat) | Meaning::Organization(_) => {
                reports(doc, m.first, m.end)
            }
            _ => false,
        };
        if cited && let Some((name, kind)) = source_at(doc, m.first) {
            add(name, kind, doc.byte_span(m.start_byte, m.end_byte));
        }
    }
    let mut bodies: Vec<((Option<u16>, String), String)> = Vec::new();
    for k in 0..doc.tokens.len() {
        if let Some((name, kind, first, end)) = unknown_outlet_at(doc, k) {
            add(name, kind, doc.span(first, end));
        }
        if let Some(body) = government_body_at(doc, k).filter(|b| reports(doc, b.first, b.end)) {
            // "South Korea's foreign ministry", then "Seoul's foreign ministry": one source,
            // named as the text first names it.
            let key = (
                body.country,
                crate::text::case::lower_str(&doc.phrase(k, body.body_end)),
            );
            let name = match bodies.iter().find(|(seen, _)| *seen == key) {
                Some((_, name)) => name.clone(),
                None => {
                    let name = doc.phrase(body.first, body.end);
                    bodies.push((key, name.clone()));
                    name
                }
            };
            add(name, SourceKind::Government, doc.span(body.first, body.end));
        }
    }
    for &(first, end) in &statements(doc) {
        add(
            doc.phrase(first, end),
            SourceKind::Statement,
            doc.span(first, end),
        );
    }
    found
}

/// A government's body named with its country: the tokens of the whole phrase, where the
/// body's own words end, and the country, if the text names it.
struct GovernmentBody {
    first: usize,
    end: usize,
    body_end: usize,
    country: Option<u16>,
}

/// A government's body at token `k` with its country: "Colombian Foreign Ministry", "Ecuador's
/// presidency" (the owner before it), "Cancillería colombiana", "Presidencia de Ecuador" (after
/// it). A body no country owns is one only when the text writes it as a proper name of more
/// than one word, as a country's own press names its ministries ("el Ministerio de Relaciones
/// Exteriores", "the External Affairs Ministry"); "the ministry" or "la Cancillería" alone
/// names nothing a reader could look up.
fn government_body_at(doc: &Doc, k: usize) -> Option<GovernmentBody> {
    let (len, _) = doc.phrase_at(k, Cat::GovernmentBody)?;
    let body_end = portfolio_end(doc, k, k + len);
    let possessive = k > 0 && doc.is_possessive(k - 1);
    if let Some(m) = doc.name_ending(k - usize::from(possessive))
        && let Some(country) = m.country()
    {
        return Some(GovernmentBody {
            first: m.first,
            end: body_end,
            body_end,
            country: Some(country),
        });
    }
    let link = usize::from(doc.is(body_end, Cat::GenitiveLink));
    // "la Cancillería colombiana", "la Presidencia de Ecuador": capitalised as a name is, or
    // with the adjective of its country right after it ("la cancillería china").
    if let Some(after) = doc.name_starting(body_end + link)
        && let Some(country) = after
            .country()
            .filter(|_| doc.token(k).is_capitalized() || link == 0)
    {
        return Some(GovernmentBody {
            first: k,
            end: after.end,
            body_end,
            country: Some(country),
        });
    }
    // "the External Affairs Ministry": the capitalised words of its portfolio before it.
    let mut first = k;
    while first > 0 && k - first < 3 && portfolio_word(doc, first - 1) {
        first -= 1;
    }
    let capitalised = (first..body_end).all(|j| {
        doc.token(j).is_capitalized()
            || doc.is_any_of(j, &[Cat::GenitiveLink, Cat::Stop, Cat::Conjunction])
    });
    // Not the last word of a body named from a word before it ("Russian Foreign Ministry",
    // "Japan's Foreign Ministry"), which the reading from that word finds.
    let inside = (first.saturating_sub(2)..k)
        .any(|j| doc.phrase_len(j, Cat::GovernmentBody) >= k + 1 - j)
        || first > 0
            && (doc.is_possessive(first - 1)
                || doc
                    .name_ending(first)
                    .is_some_and(|m| m.country().is_some()));
    (capitalised && !inside && body_end - first >= 2).then_some(GovernmentBody {
        first,
        end: body_end,
        body_end,
        country: None,
    })
}

/// Where a body's name ends past the portfolio written after it as a proper name: "Ministry
/// of Trade and Industry", "Ministry of the Interior", "Presidencia del Consejo de Ministros".
/// `end` when the body's noun is written small or no capitalised word follows its preposition.
fn portfolio_end(doc: &Doc, k: usize, end: usize) -> usize {
    if !doc.token(k).is_capitalized() {
        return end;
    }
    // The words between the body's and the portfolio's: "of", "of the", "and", "del".
    let joint = |j: usize| {
        let link = usize::from(doc.is_any_of(j, &[Cat::GenitiveLink, Cat::Conjunction]));
        let after = j + link;
        let after = after + usize::from(link == 1 && doc.is(after, Cat::Determiner));
        (link == 1 && portfolio_word(doc, after)).then_some(after)
    };
    let mut portfolio_end = end;
    while let Some(j) = joint(portfolio_end) {
        portfolio_end = j + 1;
        while portfolio_word(doc, portfolio_end) {
            portfolio_end += 1;
        }
    }
    portfolio_end
}

/// A capitalised word that may name a body's portfolio before it ("External Affairs
/// Ministry"): not a name the tables know, not a sentence's first word.
fn portfolio_word(doc: &Doc, j: usize) -> bool {
    doc.token(j).is_capitalized()
        && doc.name(j).is_none()
        && doc.sentence_at(j).first != j
        && !doc.is(j, Cat::Determiner)
}

/// Statements that report ("a Turkish statement said", "according to a joint statement",
/// "said in a statement"), named by the words that say whose or what statement it is:
/// "Turkish statement", "Kremlin statement", "joint statement". A statement from a named
/// issuer ("a statement from the Kremlin") is cited as that issuer; a bare "statement"
/// names nothing a reader could look up, and would read "statement · statement" on its chip.
/// The tokens (first, end) of each name.
fn statements(doc: &Doc) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for k in 0..doc.tokens.len() {
        let Some((len, _)) = doc.phrase_at(k, Cat::StatementNoun) else {
            continue;
        };
        let end = k + len;
        let described = described_issuer(doc, end);
        let verb_at = described.unwrap_or(end);
        let reporting = doc.is_any_of(verb_at, &[Cat::ReportingVerb, Cat::SpeechVerb])
            || doc.any_phrase(k.saturating_sub(4)..k, Cat::Attribution);
        let issuer_after =
            doc.is(end, Cat::SourceLink) && (end + 1..end + 3).any(|j| names_source(doc, j));
        if !reporting || issuer_after {
            continue;
        }
        // "a statement from the ministry": an issuer the text describes but does not name.
        if let Some(issuer_end) = described {
            found.push((k, issuer_end));
            continue;
        }
        // "a Turkish statement", "a Kremlin statement": a name just before; else the words
        // between the determiner and the noun ("a joint statement", "the final communique").
        let owner = doc
            .name_ending(k)
            .filter(|m| m.country().is_some() || names_source(doc, m.first));
        let first = match owner {
            Some(m) => m.first,
            None => {
                let mut first = k;
                while first > 0
                    && k - first < 2
                    && doc.token(first - 1).is_lowercase()
                    && !doc.is(first - 1, Cat::Determiner)
                {
                    first -= 1;
                }
                let noun_phrase = first > 0 && doc.is(first - 1, Cat::Determiner);
                // "según un comunicado conjunto": a statement named in more than one word.
                if (first == k && len < 2) || !noun_phrase {
                    continue;
                }
                first
            }
        };
        found.push((first, end));
    }
    found
}

/// "from the ministry", "by the presidential office": a source link, a determiner and up to
/// three lowercase words, not verbs of saying nor function words ("a statement from the
/// ministry said that …"). Returns the end of the phrase.
fn described_issuer(doc: &Doc, link: usize) -> Option<usize> {
    if !doc.is(link, Cat::SourceLink) || !doc.is(link + 1, Cat::Determiner) {
        return None;
    }
    let mut end = link + 2;
    while end < link + 5
        && doc.token(end).is_lowercase()
        && !doc.is_any_of(end, &[Cat::Stop, Cat::SpeechVerb, Cat::ReportingVerb])
    {
        end += 1;
    }
    (end > link + 2).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEETING: &str =
        "President Amara Kone of Ghana met President Luc Mbeki of Togo in Lome on Monday";

    /// The sources a short article cites, as a reader sees them: the name and its kind.
    fn sources(text: &str) -> Vec<(String, SourceKind)> {
        let report = crate::pipeline::run_english(text);
        (report.sources.into_iter())
            .map(|s| (s.name, s.kind))
            .collect()
    }

    fn source(name: &str, kind: SourceKind) -> (String, SourceKind) {
        (name.to_string(), kind)
    }

    #[test]
    fn agencies_governments_and_statements() {
        assert_eq!(
            sources(&format!(
                "{MEETING}, according to Reuters. A joint statement said the two sides would \
                 build a bridge. The Kremlin reported nothing."
            )),
            [
                source("Reuters", SourceKind::Agency),
                source("Kremlin", SourceKind::Government),
                source("joint statement", SourceKind::Statement),
            ]
        );
    }

    #[test]
    fn organisations_broadcasters_and_described_issuers() {
        assert_eq!(
            sources(&format!(
                "{MEETING}, according to the AU Commission. A statement from the presidency said \
                 trade was discussed. The BBC and Al Jazeera covered the visit."
            )),
            [
                source("AU Commission", SourceKind::Organization),
                source("BBC", SourceKind::Broadcaster),
                source("Al Jazeera", SourceKind::Broadcaster),
                source("statement from the presidency", SourceKind::Statement),
            ]
        );
    }

    #[test]
    fn government_bodies_owned_by_a_country_that_report() {
        assert_eq!(
            sources(&format!(
                "{MEETING}. The Ghanaian Foreign Ministry said trade was discussed. According to \
                 Togo's presidency, the talks were warm. Accra's foreign ministry said so too. A \
                 fair organised by the Ghanaian government follows. The ministry said nothing."
            )),
            [
                source("Ghanaian Foreign Ministry", SourceKind::Government),
                source("Togo's presidency", SourceKind::Government),
            ]
        );
    }

    /// "the state news agency X": the two outlet nouns "agency" and "news agency" name the
    /// same outlet at the same place, which the reader sees once.
    #[test]
    fn an_outlet_named_once_has_one_piece_of_evidence() {
        let report = crate::pipeline::run_english(&format!(
            "{MEETING}, according to the state news agency Andivia."
        ));
        let evidence: Vec<usize> = report.sources.iter().map(|s| s.evidence.len()).collect();
        assert_eq!(evidence, [1]);
    }

    #[test]
    fn a_seat_that_does_not_report_and_a_bare_statement_cite_nothing() {
        assert_eq!(
            sources(
                "President Amara Kone of Ghana met President Luc Mbeki of Togo at the Kremlin on \
                 Monday, Kone said in a statement."
            ),
            []
        );
    }

    #[test]
    fn a_sentence_attributed_to_its_source() {
        let doc = Doc::new(
            "The talks will go on, according to Reuters. The Kremlin reported progress. \
             According to the Ghanaian Foreign Ministry, trade came first. Fishing came next, \
             Togo's presidency said. The ministry said nothing.",
            crate::lang::en::lexicon(),
        );
        let attributed: Vec<Option<String>> = (0..doc.sentences.len())
            .map(|s| attribution(&doc, s))
            .collect();
        assert_eq!(
            attributed,
            [
                Some("Reuters".to_string()),
                Some("Kremlin".to_string()),
                Some("Ghanaian Foreign Ministry".to_string()),
                Some("Togo's presidency".to_string()),
                None
            ]
        );
    }
}
