//! Sentence boundaries over tokens.
//!
//! A sentence ends at terminal punctuation followed by a new start, and at every line break:
//! in news text a line is a paragraph, a headline, a caption or a navigation link. Periods
//! glued to the next word ("meeting.as well") end a sentence when both sides are words; a
//! line broken inside a sentence (the next line starts in lowercase) does not.

use crate::text::tokens::{Kind, Token};

/// A sentence: a range of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// Index just past the last token.
    pub end: usize,
    /// Index of the paragraph (lines separated by blank lines) the sentence is in.
    pub paragraph: usize,
    /// Ends with terminal punctuation, as running text does; headlines, captions, bylines
    /// and navigation lines usually do not.
    pub terminated: bool,
}

impl Sentence {
    /// The token indices of the sentence.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.first..self.end
    }
}

/// Top-level domains, which follow a period without a space in addresses, not sentences.
const DOMAINS: [&str; 16] = [
    "com", "org", "net", "gov", "edu", "int", "info", "io", "co", "uk", "ru", "cn", "id", "in",
    "de", "fr",
];

/// The paragraph of each of `tokens` (of `text`): a blank line starts a new one.
fn paragraphs(tokens: &[Token], text: &str) -> Vec<usize> {
    let mut paragraph = vec![0; tokens.len()];
    for i in 1..tokens.len() {
        let blank_line = text
            .get(tokens[i - 1].end..tokens[i].start)
            .unwrap_or_default()
            .matches('\n')
            .count()
            > 1;
        paragraph[i] = paragraph[i - 1] + usize::from(blank_line);
    }
    paragraph
}

/// In a hard-wrapped text (see [`hard_wrapped`]), reads each single line break inside a
/// paragraph as the space it stands for, so that no reader of the tokens takes the lines for
/// anything: a name or a country's name broken over two lines ("San\nVicente y las
/// Granadinas") is one name, a sentence one sentence.
fn unwrap_lines(tokens: &mut [Token], text: &str, paragraph: &[usize]) {
    if !hard_wrapped(tokens, text, paragraph) {
        return;
    }
    for i in 1..tokens.len() {
        if tokens[i].line_before && paragraph[i] == paragraph[i - 1] {
            tokens[i].line_before = false;
            tokens[i].space_before = true;
        }
    }
}

/// Splits `tokens` (of `text`) into sentences, first reading the single line breaks of a
/// hard-wrapped text as spaces in the tokens themselves (see [`unwrap_lines`]).
pub fn split(tokens: &mut [Token], text: &str) -> Vec<Sentence> {
    let paragraph = paragraphs(tokens, text);
    unwrap_lines(tokens, text, &paragraph);
    let tokens = &*tokens;
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i > first && t.line_before && !continues_line(tokens, i) {
            push(&mut sentences, tokens, first, i, paragraph[first]);
            first = i;
        }
        if t.is_any(&['.', '!', '?', '…']) {
            // Take the whole run of terminal marks and closing quotes/brackets.
            let mut end = i + 1;
            while end < tokens.len()
                && !tokens[end].spaced()
                && !tokens[end].line_before
                && (tokens[end].is_any(&['.', '!', '?', '…', ')', ']'])
                    || tokens[end].is_quote_mark())
            {
                end += 1;
            }
            // ". ." — a stray period after a space still closes the same sentence.
            while end < tokens.len() && tokens[end].is('.') && !tokens[end].line_before {
                end += 1;
            }
            if ends_here(tokens, i, end) {
                push(&mut sentences, tokens, first, end, paragraph[first]);
                first = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if first < tokens.len() {
        push(
            &mut sentences,
            tokens,
            first,
            tokens.len(),
            paragraph[first],
        );
    }
    sentences
}

fn push(
    sentences: &mut Vec<Sentence>,
    tokens: &[Token],
    first: usize,
    end: usize,
    paragraph: usize,
) {
    let terminated = tokens[first..end]
        .iter()
        .rev()
        .find(|t| !t.is_quote_mark() && !t.is_any(&[')', ']']))
        .is_some_and(|t| t.is_any(&LINE_END_MARKS));
    sentences.push(Sentence {
        first,
        end,
        paragraph,
        terminated,
    });
}

/// The marks that end a line of running text, as its sentence's end or before what it
/// introduces.
const LINE_END_MARKS: [char; 5] = ['.', '!', '?', '…', ':'];

/// The width hard-wrapped text is cut at, at most (mail and wire services cut at 60 to 80
/// characters): a text with a longer line has lines that are paragraphs.
const WRAP_WIDTH: usize = 100;

/// Whether the text is hard-wrapped: its lines are cut at a width, not at the ends of
/// paragraphs, so that none is longer than [`WRAP_WIDTH`] and more lines inside paragraphs
/// end in the middle of a sentence than at its end (at least three). A single line break
/// there is a space ("José Ramón Machado\nVentura"); a blank line still ends the paragraph,
/// and terminal punctuation the sentence.
fn hard_wrapped(tokens: &[Token], text: &str, paragraph: &[usize]) -> bool {
    if text
        .lines()
        .any(|line| crate::text::char_count(line) > WRAP_WIDTH)
    {
        return false;
    }
    let (mut inside, mut at_end) = (0, 0);
    for i in 1..tokens.len() {
        if tokens[i].line_before && paragraph[i] == paragraph[i - 1] {
            if tokens[i - 1].is_any(&LINE_END_MARKS) || tokens[i - 1].is_quote_mark() {
                at_end += 1;
            } else {
                inside += 1;
            }
        }
    }
    inside >= 3 && inside > at_end
}

/// A line that starts in lowercase continues the sentence of the line before, unless that
/// line ended with terminal punctuation.
fn continues_line(tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    tokens[i].is_lowercase()
        && !prev.is_any(&['.', '!', '?', ':'])
        && !tokens[i].text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the terminal marks `tokens[mark..after]` end a sentence.
fn ends_here(tokens: &[Token], mark: usize, after: usize) -> bool {
    let Some(next) = tokens.get(after) else {
        return true;
    };
    if next.line_before {
        return true;
    }
    if !next.space_before {
        // "meeting.as well": a word glued after a period starts a new sentence, but not in
        // "China.org.cn" or "4.30pm".
        // "said..Asked": after a run of marks, a capitalised word starts one too.
        let prev = mark.checked_sub(1).map(|p| &tokens[p]);
        let word_before =
            prev.is_some_and(|p| p.kind == Kind::Word && p.is_lowercase() && p.text.len() >= 3);
        let word_after = next.kind == Kind::Word
            && crate::text::char_count(&next.text) >= 2
            && !DOMAINS.contains(&next.lower.as_str());
        return word_after && word_before && (after == mark + 1 || next.is_capitalized());
    }
    // After a space: a new sentence starts with a capital, a digit, a quote or a bracket.
    next.is_capitalized()
        || next.kind == Kind::Number
        || next.is_quote_mark()
        || next.is_any(&['(', '[', '-', '–', '—', '•'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize_plain;

    fn sentences(text: &str) -> Vec<String> {
        let abbreviation = |w: &str| matches!(w, "mr" | "gen" | "sr");
        let mut tokens = tokenize_plain(text, &abbreviation);
        split(&mut tokens, text)
            .into_iter()
            .map(|s| text[tokens[s.first].start..tokens[s.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn hard_wrapped_lines_are_joined_within_paragraphs() {
        let wrapped = "The delegation of Peru arrived first, led by its foreign minister, Ana\n\
                       Lucia Vargas Mendoza, who was received by the deputy minister\n\
                       of trade and by the ambassador, Jorge\n\
                       Ibarra.\n\n\
                       Talks began at noon.";
        assert_eq!(
            sentences(wrapped),
            [
                "The delegation of Peru arrived first, led by its foreign minister, Ana\n\
                 Lucia Vargas Mendoza, who was received by the deputy minister\n\
                 of trade and by the ambassador, Jorge\n\
                 Ibarra.",
                "Talks began at noon."
            ]
        );
        // Lines that are paragraphs, a headline among them, stay apart.
        let paragraphs = "Leaders Gather In Lima\nThe presidents of Peru and Chile met on Monday in Lima.\n\
                          Caption: the two presidents\nThey spoke for an hour about fisheries and trade.";
        assert_eq!(sentences(paragraphs).len(), 4);
    }

    #[test]
    fn table_of_splits() {
        let table: &[(&str, &[&str])] = &[
            (
                "Putin met Kim. They talked.",
                &["Putin met Kim.", "They talked."],
            ),
            (
                "on the agenda of the meeting.as well as cultural exchanges.",
                &[
                    "on the agenda of the meeting.",
                    "as well as cultural exchanges.",
                ],
            ),
            (
                "the Kremlin reported. .\n\nAccording to",
                &["the Kremlin reported. .", "According to"],
            ),
            (
                "an hour and a half.. Kim traveled",
                &["an hour and a half..", "Kim traveled"],
            ),
            (
                "George W. Bush and Mr. Kim met.",
                &["George W. Bush and Mr. Kim met."],
            ),
            ("The U.S. team met.", &["The U.S. team met."]),
            ("“rockets.”\n\nKim said", &["“rockets.”", "Kim said"]),
            (
                "Headline here\nBody starts. Next",
                &["Headline here", "Body starts.", "Next"],
            ),
            (
                "a sentence broken\nacross lines.",
                &["a sentence broken\nacross lines."],
            ),
            ("see China.org.cn today.", &["see China.org.cn today."]),
            ("about 4.5 hours. Done", &["about 4.5 hours.", "Done"]),
        ];
        for (input, expected) in table {
            assert_eq!(sentences(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn counts_paragraphs_and_termination() {
        let text = "Title line\n\nFirst para. Still first.\n\nSecond para.";
        let abbreviation = |_: &str| false;
        let mut tokens = tokenize_plain(text, &abbreviation);
        let s = split(&mut tokens, text);
        assert_eq!(
            s.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [0, 1, 1, 2]
        );
        assert_eq!(
            s.iter().map(|s| s.terminated).collect::<Vec<_>>(),
            [false, true, true, true]
        );
    }
}
