//! Words, numbers and punctuation, with their byte spans, and the repair of glued words.
//!
//! Wire copy glues words at joins ("The New York TimesPutin", "Mirziyoyevof Uzbekistan"):
//! [`tokenize`] splits such words where the pieces are words the article or the tables know,
//! marking the second piece [`Token::glued`] so printed phrases get their space back.

use crate::text::normalize::FILLER;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with digits, internal hyphens and apostrophes, or an abbreviation
    /// with its periods ("U.S.", "Gen.").
    Word,
    /// Digits, possibly with internal separators ("4.5", "1,000", "9-10", "2:30").
    Number,
    /// The possessive ending "'s" or a bare "'" after a plural.
    Possessive,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the cleaned text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: Kind,
    /// The token as written, without filler bytes.
    pub text: String,
    /// Lowercased, with typographic apostrophes made straight: the form tables are keyed by.
    pub lower: String,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A line break precedes the token (or it starts the text).
    pub line_before: bool,
    /// The token was split off the end of a glued word: it reads with a space before it.
    pub glued: bool,
}

impl Token {
    /// Starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word
            && self
                .text
                .chars()
                .next()
                .is_some_and(crate::text::case::is_upper)
    }

    /// Starts with a lowercase letter.
    pub fn is_lowercase(&self) -> bool {
        self.kind == Kind::Word
            && self
                .text
                .chars()
                .next()
                .is_some_and(crate::text::case::is_lower)
    }

    /// Written in capitals, at least two letters ("UN", "DPRK", "U.S.", "MOSCOW").
    pub fn is_all_caps(&self) -> bool {
        self.kind == Kind::Word && is_all_caps(&self.text)
    }

    /// Is this punctuation character.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c) && self.text.len() == c.len_utf8()
    }

    /// Is one of these punctuation characters.
    pub fn is_any(&self, set: &[char]) -> bool {
        self.kind == Kind::Punct && set.iter().any(|c| self.is(*c))
    }

    /// A character reference left as written ("&lt;", "&#x3c;"): a symbol that ends a phrase,
    /// since what follows it is markup more often than prose.
    pub fn is_character_reference(&self) -> bool {
        self.kind == Kind::Punct && self.text.len() > 1 && self.text.starts_with('&')
    }

    /// A quotation mark of any style.
    pub fn is_quote_mark(&self) -> bool {
        self.is_any(&['"', '“', '”', '„', '«', '»', '‘', '\'', '’', '‹', '›'])
    }

    /// Reads with a space before it when printed.
    pub fn spaced(&self) -> bool {
        self.space_before || self.glued
    }

    /// A dash that sets off an aside or a separator: an en or em dash, or a hyphen written
    /// with a space before it ("Kyiv - The talks", "the Quad - Australia, India … -").
    pub fn is_dash(&self) -> bool {
        self.is_any(&['–', '—']) || self.is('-') && self.spaced()
    }
}

fn is_word_char(c: char) -> bool {
    crate::text::case::is_letter_or_digit(c) || c == FILLER || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The length in characters of the character reference `chars` starts with: "&", a name of
/// two or more letters, or "#" and decimal digits, or "#x" and hex digits, and ";" ("&lt;",
/// "&#60;", "&#x3c;"). The fillers of a decoded "&amp;" before it count in its length
/// ("&amp;lt;" reads as "&lt;").
fn reference_len(chars: &[(usize, char)]) -> Option<usize> {
    let mut fillers = 0;
    while chars.get(1 + fillers).is_some_and(|&(_, c)| c == FILLER) {
        fillers += 1;
    }
    let mut body: Vec<char> = Vec::new();
    for &(_, c) in chars.get(1 + fillers..).unwrap_or_default().iter().take(10) {
        body.push(c);
    }
    let semicolon = body.iter().position(|&c| c == ';')?;
    let well_formed = match body.get(..semicolon)? {
        ['#', 'x' | 'X', hex @ ..] => !hex.is_empty() && hex.iter().all(char::is_ascii_hexdigit),
        ['#', digits @ ..] => !digits.is_empty() && digits.iter().all(char::is_ascii_digit),
        letters => letters.len() >= 2 && letters.iter().all(char::is_ascii_alphanumeric),
    };
    well_formed.then_some(1 + fillers + semicolon + 1)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits `text` into tokens, asking `is_abbreviation` (given a lowercase word without its
/// period) whether a following period belongs to the word.
pub fn tokenize_plain(text: &str, is_abbreviation: &dyn Fn(&str) -> bool) -> Vec<Token> {
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    for pair in text.char_indices() {
        chars.push(pair);
    }
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let byte = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    let mut tokens: Vec<Token> = Vec::new();
    let mut space_before = false;
    let mut line_before = true;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if c.is_whitespace() || c == FILLER {
            if c == '\n' {
                line_before = true;
            }
            if c != FILLER {
                space_before = true;
            }
            k += 1;
            continue;
        }
        let start_k = k;
        let kind;
        if is_word_char(c) {
            k = scan_word(&chars, k);
            // A period that belongs to the word: initials ("W."), dotted abbreviations
            // ("U.S.", "e.g.") and listed abbreviations ("Gen.", "Sr.").
            if at(k) == Some('.') {
                let word = text.get(byte(start_k)..byte(k)).unwrap_or_default();
                let single_letter =
                    crate::text::char_count(word) == 1 && crate::text::case::is_letter(c);
                if single_letter {
                    k += 1;
                    while at(k).is_some_and(crate::text::case::is_letter)
                        && at(k + 1) == Some('.')
                        && !at(k + 2).is_some_and(is_word_char)
                    {
                        k += 2;
                    }
                } else if is_abbreviation(&crate::text::case::lower_str(word)) {
                    k += 1;
                }
            }
            let first_digit = c.is_ascii_digit();
            kind = if first_digit {
                Kind::Number
            } else {
                Kind::Word
            };
        } else if is_apostrophe(c)
            && tokens
                .last()
                .is_some_and(|t| t.end == chars[k].0 && t.kind == Kind::Word)
            && matches!(at(k + 1), Some('s' | 'S'))
            && !at(k + 2).is_some_and(is_word_char)
        {
            k += 2;
            kind = Kind::Possessive;
        } else if is_apostrophe(c)
            && tokens.last().is_some_and(|t| {
                t.end == chars[k].0 && t.kind == Kind::Word && t.lower.ends_with('s')
            })
            && !at(k + 1).is_some_and(is_word_char)
        {
            k += 1;
            kind = Kind::Possessive;
        } else if let Some(len) = (c == '&')
            .then(|| reference_len(chars.get(k..).unwrap_or_default()))
            .flatten()
        {
            // A character reference the normalizer leaves as written ("&lt;", "&#60;") is one
            // symbol: no word or list item takes its letters.
            k += len;
            kind = Kind::Punct;
        } else {
            k += 1;
            kind = Kind::Punct;
        }
        let (start, end) = (byte(start_k), byte(k));
        let written = without_filler(text.get(start..end).unwrap_or_default());
        tokens.push(Token {
            start,
            end,
            kind,
            lower: lower_form(&written),
            text: written,
            space_before,
            line_before,
            glued: false,
        });
        space_before = false;
        line_before = false;
    }
    tokens
}

/// The end (char index) of the word starting at `k`.
fn scan_word(chars: &[(usize, char)], mut k: usize) -> usize {
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let digits = at(k).is_some_and(|c| c.is_ascii_digit());
    k += 1;
    while let Some(c) = at(k) {
        let prev = at(k - 1).unwrap_or(' ');
        let next = at(k + 1);
        let next_is_word = next.is_some_and(is_word_char);
        if is_word_char(c) {
            k += 1;
        } else if is_apostrophe(c) && next_is_word && crate::text::case::is_letter(prev) {
            // "'s" at a word's end is a possessive token of its own; "O'Neill" and "don't"
            // stay whole.
            let possessive =
                matches!(next, Some('s' | 'S')) && !at(k + 2).is_some_and(is_word_char);
            if possessive {
                break;
            }
            k += 1;
        } else if (is_hyphen(c) && next_is_word && is_word_char(prev))
            // A number keeps its marks between digits: "1,500", "10:30", "3.10.2025",
            // "03/10/2025" (a date in figures is one token, whatever its separator).
            || (matches!(c, '.' | ',' | ':' | '/')
                && digits
                && prev.is_ascii_digit()
                && next.is_some_and(|n| n.is_ascii_digit()))
        {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// A word written in capitals, at least two letters ("UN", "DPRK", "U.S.", "MOSCOW").
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if crate::text::case::is_lower(c) {
            return false;
        }
        if crate::text::case::is_letter(c) {
            letters += 1;
        }
    }
    letters >= 2
}

/// `s` without the filler bytes of cleaned entities (copied char by char: a search for the
/// filler first would bring the module the general substring searcher).
fn without_filler(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != FILLER {
            out.push(c);
        }
    }
    out
}

/// The lookup form of a written token.
pub fn lower_form(written: &str) -> String {
    // Most words are ASCII, whose apostrophe and hyphen are already the plain ones.
    if written.is_ascii() {
        return written.to_ascii_lowercase();
    }
    // Pushed in a loop: collecting would be a generic copy of its own.
    let mut out = String::with_capacity(written.len());
    for c in written.chars() {
        let c = crate::text::case::lower(c);
        out.push(if is_apostrophe(c) {
            '\''
        } else if is_hyphen(c) {
            '-'
        } else {
            c
        });
    }
    out
}

/// What the glue repair needs to know about words.
pub trait WordKnowledge {
    /// The lowercase word names a country, a people, a place, an outlet or a title.
    fn is_known_word(&self, lower: &str) -> bool;
    /// A country or place name starts at `tokens[i]`.
    fn place_starts_at(&self, tokens: &[Token], i: usize) -> bool;
    /// Name prefixes that stay glued to the rest ("Mc" in "McDonald").
    fn is_name_prefix(&self, lower: &str) -> bool;
    /// A lowercase function word that wire copy glues to the end of a name ("of", "from").
    fn is_gluable_suffix(&self, lower: &str) -> bool;
    /// A verb of speech or meeting that wire copy glues to the end of a name ("received").
    fn is_gluable_verb(&self, lower: &str) -> bool;
    /// A word of the language's word classes ("the", "leaders"), which starts no surname.
    fn is_common_word(&self, lower: &str) -> bool;
}

/// Tokenizes `text` and splits glued words.
pub fn tokenize(
    text: &str,
    is_abbreviation: &dyn Fn(&str) -> bool,
    words: &dyn WordKnowledge,
) -> Vec<Token> {
    let tokens = tokenize_plain(text, is_abbreviation);
    let mut camel_joined: Vec<bool> = Vec::with_capacity(tokens.len());
    let mut verb_cuts: Vec<Option<usize>> = Vec::with_capacity(tokens.len());
    for t in &tokens {
        camel_joined.push(t.kind == Kind::Word && has_camel_join(&t.text));
        verb_cuts.push(glued_verb(t, words));
    }
    // The words used on their own, needed only when a word looks glued.
    let looks_glued = camel_joined.contains(&true) || verb_cuts.iter().any(Option::is_some);
    let mut standalone: crate::text::hash::FastSet<&str> = Default::default();
    if looks_glued {
        // A plain loop of inserts: the people stage fills its word sets so, and collecting
        // would be another copy of the hash set's code.
        for (t, &joined) in tokens.iter().zip(&camel_joined) {
            if t.kind == Kind::Word && !joined {
                standalone.insert(t.lower.as_str());
            }
        }
    }
    // Glued words are rare: find them first, then move every other token as it is.
    let mut repairs: Vec<(usize, Vec<Token>)> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.kind != Kind::Word {
            continue;
        }
        let pieces = sentence_final_letter(&tokens, i, words)
            .or_else(|| {
                camel_joined[i]
                    .then(|| camel_pieces(token, &standalone, words))
                    .flatten()
            })
            .or_else(|| glued_suffix(token, &tokens, i, words))
            .or_else(|| {
                // "da Silvareceived": the name before the verb is one the article uses.
                let at = verb_cuts[i]?;
                standalone
                    .contains(lower_form(token.text.get(..at).unwrap_or_default()).as_str())
                    .then(|| cut(token, &[at]))
            });
        if let Some(pieces) = pieces {
            repairs.push((i, pieces));
        }
    }
    drop(standalone);
    if repairs.is_empty() {
        return tokens;
    }
    repairs.reverse();
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len() + repairs.len());
    // The other tokens are copied: moving them out would be a Vec iterator's drop code of its
    // own, for a case this rare.
    for (i, token) in tokens.iter().enumerate() {
        match repairs.last_mut() {
            Some((at, pieces)) if *at == i => {
                out.append(pieces);
                repairs.pop();
            }
            _ => out.push(token.clone()),
        }
    }
    out
}

/// "wrote in a post on X. Leaders also discussed …", "backed plan B. The": a single capital
/// letter with its period after a lowercase word, before a capitalised word of the language's
/// word classes, ends its sentence; the period is no initial's ("met J. Smith", "George W.
/// Bush"), as no surname is such a word. Cut into the letter and the period.
fn sentence_final_letter(
    tokens: &[Token],
    i: usize,
    words: &dyn WordKnowledge,
) -> Option<Vec<Token>> {
    let token = &tokens[i];
    let letter = token.text.strip_suffix('.')?;
    let (before, after) = (tokens.get(i.checked_sub(1)?)?, tokens.get(i + 1)?);
    let ends = crate::text::char_count(letter) == 1
        && token.is_capitalized()
        && token.text.len() == token.end - token.start
        && before.is_lowercase()
        && !token.line_before
        && after.is_capitalized()
        && words.is_common_word(&after.lower);
    if !ends {
        return None;
    }
    let mut pieces = cut(token, &[letter.len()]);
    pieces[1].kind = Kind::Punct;
    pieces[1].glued = false;
    Some(pieces)
}

fn has_camel_join(word: &str) -> bool {
    !camel_cuts(word).is_empty()
}

/// Where a capital follows a small letter inside `word` ("TimesPutin" → 5), by byte offset.
fn camel_cuts(word: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut prev_lower = false;
    for (at, c) in word.char_indices() {
        if crate::text::case::is_upper(c) && prev_lower {
            cuts.push(at);
        }
        prev_lower = crate::text::case::is_lower(c);
    }
    cuts
}

/// Cuts a token into pieces at the given char offsets (byte offsets within the token text,
/// which has no fillers in the cases this is used for).
fn cut(token: &Token, cuts: &[usize]) -> Vec<Token> {
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    // Each cut ends a piece, and the token's end the last one.
    for n in 0..=cuts.len() {
        let to = cuts.get(n).copied().unwrap_or(token.text.len());
        let text = token.text.get(from..to).unwrap_or_default().to_string();
        pieces.push(Token {
            start: token.start + from,
            end: token.start + to,
            kind: Kind::Word,
            lower: lower_form(&text),
            text,
            space_before: if n == 0 { token.space_before } else { false },
            line_before: n == 0 && token.line_before,
            glued: n > 0,
        });
        from = to;
    }
    pieces
}

/// "TimesPutin" → "Times" "Putin", when one of the pieces is a word the article uses on its
/// own, or the first is a word the tables know (the end of a name glued to the word after it),
/// and no piece is a name prefix like "Mc" or "De". A later piece the tables know supports no
/// cut: a brand made of two words ("BlackRock") has a second one that any place name may hold.
fn camel_pieces(
    token: &Token,
    standalone: &crate::text::hash::FastSet<&str>,
    words: &dyn WordKnowledge,
) -> Option<Vec<Token>> {
    // Only plain letter words the length of the text (no fillers, so byte cuts line up).
    if token.text.len() != token.end - token.start
        || !token.text.chars().all(crate::text::case::is_letter)
    {
        return None;
    }
    let cuts = camel_cuts(&token.text);
    if cuts.is_empty() {
        return None;
    }
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for &to in cuts.iter().chain([&token.text.len()]) {
        pieces.push(lower_form(token.text.get(from..to).unwrap_or_default()));
        from = to;
    }
    if pieces
        .iter()
        .any(|p| crate::text::char_count(p) < 2 || words.is_name_prefix(p))
    {
        return None;
    }
    let supported =
        words.is_known_word(&pieces[0]) || pieces.iter().any(|p| standalone.contains(p.as_str()));
    supported.then(|| cut(token, &cuts))
}

/// "Silvareceived" → where "received" starts: a capitalised word of at least four letters
/// glued to a verb of speech or meeting.
fn glued_verb(token: &Token, words: &dyn WordKnowledge) -> Option<usize> {
    if !token.is_capitalized() || token.text.len() != token.end - token.start {
        return None;
    }
    let text = &token.text;
    let last = text.len().saturating_sub(GLUED_WORD_MAX);
    text.char_indices()
        .skip(4)
        .map(|(at, _)| at)
        .filter(|&at| at >= last)
        .find(|&at| {
            let rest = text.get(at..).unwrap_or_default();
            rest.chars().nth(2).is_some()
                && rest.chars().all(crate::text::case::is_lower)
                && words.is_gluable_verb(rest)
        })
}

/// The longest word, in bytes, that the tables glue to a name ("of", "congratulated"): only a
/// word's endings this long are tested, so that a long word costs time in its length, not in its
/// square.
const GLUED_WORD_MAX: usize = 32;

/// "Mirziyoyevof Uzbekistan" → "Mirziyoyev" "of": a capitalised word ending in a function
/// word that is followed by a place name.
fn glued_suffix(
    token: &Token,
    tokens: &[Token],
    i: usize,
    words: &dyn WordKnowledge,
) -> Option<Vec<Token>> {
    if !token.is_capitalized() || token.text.len() != token.end - token.start {
        return None;
    }
    if !tokens
        .get(i + 1)
        .is_some_and(|next| next.space_before && next.is_capitalized())
    {
        return None;
    }
    // The endings of the lowercase form that are gluable words and leave at least four
    // characters before them, longest first (both forms have one character per character).
    let lower = token.lower.as_str();
    let last = lower.len().saturating_sub(GLUED_WORD_MAX);
    let suffixes = lower
        .char_indices()
        .skip(4)
        .filter(|&(start, _)| start >= last)
        .map(|(start, _)| lower.get(start..).unwrap_or_default())
        .filter(|suffix| words.is_gluable_suffix(suffix));
    for suffix in suffixes {
        // The cut is made in the token's own text: its lowercase form may differ in length
        // ("’" is folded to "'").
        let Some(at) = token.text.len().checked_sub(suffix.len()) else {
            continue;
        };
        let (Some(before), Some(after)) = (token.text.get(..at), token.text.get(at..)) else {
            continue;
        };
        if !after.eq_ignore_ascii_case(suffix) {
            continue;
        }
        if before.chars().nth(3).is_some() && words.place_starts_at(tokens, i + 1) {
            return Some(cut(token, &[at]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbreviation(w: &str) -> bool {
        matches!(w, "gen" | "maj" | "sr" | "mr")
    }

    fn texts(s: &str) -> Vec<String> {
        tokenize_plain(s, &abbreviation)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn table_of_tokenizations() {
        let table: &[(&str, &[&str])] = &[
            (
                "Kim Jong-un met Putin.",
                &["Kim", "Jong-un", "met", "Putin", "."],
            ),
            ("Russia’s leader", &["Russia", "’s", "leader"]),
            ("the leaders' talks", &["the", "leaders", "'", "talks"]),
            ("O'Neill didn't", &["O'Neill", "didn't"]),
            (
                "U.S. President George W. Bush",
                &["U.S.", "President", "George", "W.", "Bush"],
            ),
            ("Maj. Gen. Tchiani", &["Maj.", "Gen.", "Tchiani"]),
            (
                "Kemayah Sr., respectively",
                &["Kemayah", "Sr.", ",", "respectively"],
            ),
            (
                "about 4.5 hours, 1,000 people",
                &["about", "4.5", "hours", ",", "1,000", "people"],
            ),
            ("from 9-10 February", &["from", "9-10", "February"]),
            (
                "on 03/10/2025, Russia/Ukraine",
                &["on", "03/10/2025", ",", "Russia", "/", "Ukraine"],
            ),
            ("meeting.as well", &["meeting", ".", "as", "well"]),
            ("half.. Kim", &["half", ".", ".", "Kim"]),
            (
                "“has a great interest”",
                &["“", "has", "a", "great", "interest", "”"],
            ),
            ("Biden–Putin summit", &["Biden", "–", "Putin", "summit"]),
            ("AT&T", &["AT", "&", "T"]),
            ("a &lt;b&gt; c", &["a", "&lt;", "b", "&gt;", "c"]),
            ("x&#60;y &#x3C;", &["x", "&#60;", "y", "&#x3C;"]),
            (
                "R&D; &#; &#xg;",
                &["R", "&", "D", ";", "&", "#", ";", "&", "#", "xg", ";"],
            ),
        ];
        for (input, expected) in table {
            assert_eq!(texts(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn marks_line_and_space_starts() {
        let tokens = tokenize_plain("EFE\n\nThe end", &abbreviation);
        assert!(tokens[0].line_before);
        assert!(tokens[1].line_before && tokens[1].space_before);
        assert!(!tokens[2].line_before && tokens[2].space_before);
    }

    struct Known;
    impl WordKnowledge for Known {
        fn is_known_word(&self, lower: &str) -> bool {
            matches!(lower, "european" | "times" | "rock")
        }
        fn place_starts_at(&self, tokens: &[Token], i: usize) -> bool {
            tokens.get(i).is_some_and(|t| t.lower == "uzbekistan")
        }
        fn is_name_prefix(&self, lower: &str) -> bool {
            matches!(lower, "mc" | "mac" | "de")
        }
        fn is_gluable_suffix(&self, lower: &str) -> bool {
            matches!(lower, "of" | "from")
        }
        fn is_gluable_verb(&self, lower: &str) -> bool {
            matches!(lower, "received" | "said")
        }
        fn is_common_word(&self, lower: &str) -> bool {
            matches!(lower, "the" | "leaders")
        }
    }

    #[test]
    fn repairs_glued_words() {
        let table: &[(&str, &[&str])] = &[
            (
                "The New York TimesPutin wants",
                &["The", "New", "York", "Times", "Putin", "wants"],
            ),
            ("EuropeanUnion chief", &["European", "Union", "chief"]),
            ("McDonald and DeSantis", &["McDonald", "and", "DeSantis"]),
            ("JavaScript", &["JavaScript"]),
            ("BlackRock chairman", &["BlackRock", "chairman"]),
            // A capital letter ends its sentence before a word of the classes.
            (
                "a post on X. Leaders met",
                &["a", "post", "on", "X", ".", "Leaders", "met"],
            ),
            ("Plan B. The end", &["Plan", "B.", "The", "end"]),
            ("met J. Smith", &["met", "J.", "Smith"]),
            ("George W. The", &["George", "W.", "The"]),
            ("the TimesRock", &["the", "Times", "Rock"]),
            (
                "Shavkat Mirziyoyevof Uzbekistan",
                &["Shavkat", "Mirziyoyev", "of", "Uzbekistan"],
            ),
            ("Professor of Law", &["Professor", "of", "Law"]),
            (
                "Lula da Silvareceived Milei. Silva said",
                &[
                    "Lula", "da", "Silva", "received", "Milei", ".", "Silva", "said",
                ],
            ),
            // The stem must be a word the article uses on its own.
            ("Obamasaid so", &["Obamasaid", "so"]),
            (
                "Shavkat O’Brienof Uzbekistan",
                &["Shavkat", "O’Brien", "of", "Uzbekistan"],
            ),
        ];
        for (input, expected) in table {
            let got: Vec<String> = tokenize(input, &abbreviation, &Known)
                .into_iter()
                .map(|t| t.text)
                .collect();
            assert_eq!(got, *expected, "{input:?}");
        }
        let tokens = tokenize("TimesPutin", &abbreviation, &Known);
        assert!(tokens[1].glued && tokens[1].spaced());
        assert_eq!((tokens[1].start, tokens[1].end), (5, 10));
    }
}
