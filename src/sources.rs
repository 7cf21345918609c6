//! Sources the article cites: news outlets (from the table), governments by their seats
//! when they report ("the Kremlin reported", "described by the Kremlin"), and statements
//! ("a Turkish statement said").

use crate::doc::Doc;
use crate::lexicon::{Cat, CountryForm, Meaning};
use crate::pipeline::Analysis;
use crate::report::{Source, SourceKind, Span};

/// The source named at token `k`: an outlet, or a seat of government.
pub fn source_at(doc: &Doc, k: usize) -> Option<(String, SourceKind)> {
    let m = doc.name(k).filter(|m| m.first == k)?;
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
            while doc.tokens.get(end).is_some_and(|t| t.is_capitalized())
                && doc.is(end, crate::lexicon::Cat::OrgWord)
            {
                end += 1;
            }
            Some((doc.phrase(m.first, end), SourceKind::Organization))
        }
        _ => None,
    }
}

/// Whether a reporting word stands next to the name at `first..end`: "the Kremlin reported",
/// "according to the Kremlin", "by the Kremlin".
fn reports(doc: &Doc, first: usize, end: usize) -> bool {
    let before = |n: usize| first.checked_sub(n).map(|k| doc.lower(k)).unwrap_or("");
    let reporting_after = doc.is(end, Cat::ReportingVerb);
    let by_before = matches!(before(1), "by" | "to" | "from")
        || (before(1) == "the" && matches!(before(2), "by" | "to" | "from"));
    let according = before(1) == "to" && before(2) == "according"
        || before(2) == "to" && before(3) == "according";
    reporting_after || by_before || according
}

/// The source a sentence attributes its content to: "According to the newspaper The New
/// York Times, …", "…, according to Interfax", "The Kremlin reported that …".
pub fn attribution(doc: &Doc, s: usize) -> Option<(String, Span)> {
    let sentence = doc.sentences[s];
    for k in sentence.range() {
        if doc.lower(k) == "according" && doc.lower(k + 1) == "to" {
            let mut j = k + 2;
            while doc.is(j, Cat::OutletWord) && doc.name(j).is_none_or(|m| m.first != j) {
                j += 1;
            }
            if let Some((name, _)) = source_at(doc, j) {
                let end = doc.name(j).map_or(j + 1, |m| m.end);
                return Some((name, doc.span(k, end)));
            }
        }
    }
    sentence.range().find_map(|k| {
        let (name, _) = source_at(doc, k)?;
        let end = doc.name(k)?.end;
        reports(doc, k, end).then(|| (name, doc.span(k, end)))
    })
}

/// Every source the article cites, in order of first citation.
pub fn find(a: &Analysis) -> Vec<Source> {
    let doc = a.doc;
    let mut found: Vec<Source> = Vec::new();
    let mut add = |name: String, kind: SourceKind, span: Span| match found
        .iter_mut()
        .find(|s| s.name == name)
    {
        Some(s) => s.evidence.push(span),
        None => found.push(Source {
            name,
            kind,
            evidence: vec![span],
        }),
    };
    for m in &doc.names {
        match m.meaning {
            Meaning::Outlet(_) => {
                if let Some((name, kind)) = source_at(doc, m.first) {
                    add(name, kind, doc.byte_span(m.start_byte, m.end_byte));
                }
            }
            Meaning::Country(_, CountryForm::Seat) | Meaning::Organization(_)
                if reports(doc, m.first, m.end) =>
            {
                if let Some((name, kind)) = source_at(doc, m.first) {
                    add(name, kind, doc.byte_span(m.start_byte, m.end_byte));
                }
            }
            _ => {}
        }
    }
    // "a Turkish statement said", "according to a statement"
    for k in 0..doc.tokens.len() {
        if doc.lower(k) != "statement" {
            continue;
        }
        let said = matches!(doc.lower(k + 1), "said" | "says" | "added" | "read");
        let according = (k.saturating_sub(4)..k).any(|j| doc.lower(j) == "according");
        if !(said || according) {
            continue;
        }
        let owner = k
            .checked_sub(1)
            .and_then(|p| doc.name(p).filter(|m| m.end == k))
            .and_then(|m| m.country());
        let first = owner.map_or(k, |_| k - 1);
        let name = match owner {
            Some(_) => format!("{} statement", doc.phrase(first, k)),
            None => "statement".to_string(),
        };
        add(name, SourceKind::Statement, doc.span(first, k + 1));
    }
    found
}
