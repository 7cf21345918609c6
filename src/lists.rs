//! Coordinated lists of noun phrases: "bilateral relations and cooperation, trade and economic
//! ties", "cybersecurity, Ukraine and preventing Iran from acquiring nuclear weapons".
//!
//! Items are cut at commas, semicolons and "as well as". The last item is cut at "and" too,
//! unless another item already holds an "and" of its own (then "and" joins words inside
//! items) or the word before "and" is an adjective sharing the head after it ("international
//! and regional affairs").

use crate::doc::Doc;
use crate::lexicon::Cat;

/// Where a list ends: the first token at or after `from` (up to `limit`) that closes the
/// clause holding it.
pub fn clause_end(doc: &Doc, from: usize, limit: usize) -> usize {
    let mut k = from;
    while k < limit {
        let t = &doc.tokens[k];
        let lower = t.lower.as_str();
        if t.is_any(&['.', ';', ':', '(', '!', '?']) || t.is_quote_mark() && k > from {
            return k;
        }
        if k > from
            && (matches!(
                lower,
                "which"
                    | "who"
                    | "where"
                    | "while"
                    | "whereas"
                    | "because"
                    | "although"
                    | "but"
                    | "when"
                    | "after"
                    | "before"
                    | "since"
                    | "amid"
            ) || (doc.punct(k - 1, ',')
                && matches!(lower, "said" | "according" | "he" | "she" | "they" | "it")))
        {
            // The clause ends before the comma that introduces the new one.
            return if doc.punct(k - 1, ',') { k - 1 } else { k };
        }
        k += 1;
    }
    limit
}

/// Splits `first..end` into list items (token ranges). "as well as" separates groups that
/// are lists of their own.
pub fn items(doc: &Doc, first: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = first;
    let mut k = first;
    while k < end {
        if doc.lower(k) == "as" && doc.lower(k + 1) == "well" && doc.lower(k + 2) == "as" {
            out.extend(group_items(doc, start, k));
            start = k + 3;
            k += 3;
            continue;
        }
        k += 1;
    }
    out.extend(group_items(doc, start, end));
    out
}

fn group_items(doc: &Doc, first: usize, end: usize) -> Vec<(usize, usize)> {
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut start = first;
    for k in first..end {
        if doc.punct(k, ',') || doc.punct(k, ';') {
            segments.push((start, k));
            start = k + 1;
        }
    }
    segments.push((start, end));
    // "and economic development" after an Oxford comma.
    for s in &mut segments {
        while s.0 < s.1 && matches!(doc.lower(s.0), "and" | "or") {
            s.0 += 1;
        }
    }
    segments.retain(|(a, b)| a < b);
    let inner_and = |(a, b): (usize, usize)| (a..b).any(|k| doc.lower(k) == "and");
    let shared_and =
        segments.len() > 1 && segments[..segments.len() - 1].iter().any(|s| inner_and(*s));
    let mut out = Vec::new();
    let last = segments.len().saturating_sub(1);
    for (n, &(a, b)) in segments.iter().enumerate() {
        let and_at = (a..b).find(|&k| doc.lower(k) == "and");
        match and_at {
            Some(at)
                if n == last
                    && !shared_and
                    && !adjective_pair(doc, a, at, b)
                    && at > a
                    && at + 1 < b =>
            {
                out.push((a, at));
                out.push((at + 1, b));
            }
            _ => out.push((a, b)),
        }
    }
    out
}

/// "international and regional affairs": one adjective before "and", more words after.
fn adjective_pair(doc: &Doc, a: usize, and: usize, b: usize) -> bool {
    let left = &doc.tokens[a..and];
    let one_word = left.len() == 1 || (left.len() == 2 && doc.is(a, Cat::Stop));
    let word = &left[left.len() - 1];
    let adjective = [
        "al", "ic", "ive", "ous", "ary", "ern", "ian", "ese", "ile", "ar", "an",
    ]
    .iter()
    .any(|s| word.lower.ends_with(s))
        && word.is_lowercase();
    one_word && adjective && b - and > 2
}

/// The item as a short clean phrase: no leading articles or possessives, no trailing
/// connectors, at most `max_words` words. `None` when nothing is left.
pub fn clean(doc: &Doc, mut a: usize, mut b: usize, max_words: usize) -> Option<(usize, usize)> {
    while a < b
        && (matches!(
            doc.lower(a),
            "the"
                | "a"
                | "an"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "both"
                | "all"
                | "several"
                | "some"
                | "various"
                | "other"
                | "also"
                | "and"
                | "or"
                | "on"
                | "of"
                | "about"
                | "issues"
                | "matters"
                | "topics"
        ) && a + 1 < b
            || doc.tokens[a].kind == crate::tokens::Kind::Punct)
    {
        a += 1;
    }
    while b > a
        && (matches!(
            doc.lower(b - 1),
            "and" | "or" | "of" | "the" | "to" | "in" | "on" | "with" | "for"
        ) || doc.tokens[b - 1].kind == crate::tokens::Kind::Punct)
    {
        b -= 1;
    }
    let words = (a..b)
        .filter(|&k| doc.tokens[k].kind != crate::tokens::Kind::Punct)
        .count();
    (words >= 1 && words <= max_words).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn split(text: &str) -> Vec<String> {
        let doc = Doc::new(text, Lexicon::english());
        let end = doc.tokens.len();
        items(&doc, 0, end)
            .into_iter()
            .filter_map(|(a, b)| clean(&doc, a, b, 12))
            .map(|(a, b)| doc.phrase(a, b))
            .collect()
    }

    #[test]
    fn table_of_lists() {
        let table: &[(&str, &[&str])] = &[
            (
                "Bilateral relations and cooperation, trade and economic ties",
                &[
                    "Bilateral relations and cooperation",
                    "trade and economic ties",
                ],
            ),
            (
                "cultural exchanges, international and regional affairs",
                &["cultural exchanges", "international and regional affairs"],
            ),
            (
                "cybersecurity, Ukraine and preventing Iran from acquiring nuclear weapons",
                &[
                    "cybersecurity",
                    "Ukraine",
                    "preventing Iran from acquiring nuclear weapons",
                ],
            ),
            (
                "trade, security, and economic development",
                &["trade", "security", "economic development"],
            ),
            (
                "advanced technology for the manufacture of satellites and nuclear-powered submarines, as well as oil production and food aid",
                &[
                    "advanced technology for the manufacture of satellites",
                    "nuclear-powered submarines",
                    "oil production",
                    "food aid",
                ],
            ),
            (
                "the status of Taiwan and the South China Sea",
                &["status of Taiwan", "South China Sea"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(split(text), *expected, "{text:?}");
        }
    }
}
