//! The quoted stretches of an article: pairs of quote marks within a paragraph. The quotes
//! stage reads them for quotations, the date stage to leave dates inside quotations aside: they
//! are found once, with the document.

use super::Doc;

/// Opening marks, with the closing mark each pairs with. The straight single mark is the
/// quotation mark of British and Commonwealth copy ("'We agree,' she said").
const PAIRS: [(char, char); 6] = [
    ('“', '”'),
    ('«', '»'),
    ('„', '“'),
    ('‘', '’'),
    ('"', '"'),
    ('\'', '\''),
];

/// Pairs of quote marks (token indices), within paragraphs.
pub(super) fn find(doc: &Doc) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut k = 0;
    while k < doc.tokens.len() {
        let t = &doc.token(k);
        let Some(&(_, closing)) = PAIRS.iter().find(|(o, _)| t.is(*o)) else {
            k += 1;
            continue;
        };
        // A straight or single mark opens only before a word it touches.
        let touches_next = doc.tokens.get(k + 1).is_some_and(|n| !n.spaced());
        let straight_single = t.is('\'');
        if (t.is('"') || t.is('‘') || straight_single) && !touches_next {
            k += 1;
            continue;
        }
        let paragraph = doc.sentence_at(k).paragraph;
        let mut close = None;
        for j in k + 1..doc.tokens.len().min(k + 400) {
            if doc.sentence_at(j).paragraph != paragraph {
                break;
            }
            // The straight single mark closes against the word before it (an apostrophe
            // elsewhere is part of its word: "don't", "O'Neill").
            let closes = doc.token(j).is(closing) && !(straight_single && doc.token(j).spaced());
            if closes || (closing == '”' && doc.token(j).is('"')) {
                close = Some(j);
                break;
            }
        }
        match close {
            Some(j) => {
                spans.push((k, j));
                k = j + 1;
            }
            None => k += 1,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_pair_within_a_paragraph() {
        let doc = Doc::new(
            "He said “we agree” and left.\n\nA “note without its end.\n\nThe board is 6\" wide.\n\n\
             'We agree on Europe,' the leaders' aide said.",
            crate::lang::en::lexicon(),
        );
        let quoted: Vec<String> = (doc.quoted.iter())
            .map(|&(open, close)| doc.phrase(open + 1, close))
            .collect();
        assert_eq!(quoted, ["we agree", "We agree on Europe,"]);
    }
}
