//! The analysed article: cleaned text, tokens, sentences and the table names found in it.
//! Every later stage reads a [`Doc`].

use crate::report::Span;
mod dateline;
mod quoted;

pub use dateline::{Dateline, is_dateline};

use crate::tables::gazetteer::{self, NameMention};
use crate::tables::lexicon::{
    Cat, Classes, Country, CountryForm, Lexicon, Meaning, PhraseMatches, RoleClass,
};
use crate::text::normalize::normalize;
use crate::text::offsets::Utf16Index;
use crate::text::sentences::{self, Sentence};
use crate::text::tokens::{Kind, Token, tokenize};

/// An article ready for extraction.
pub struct Doc {
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// The tables of the article's language.
    pub lex: &'static Lexicon,
    /// Countries, organisations, outlets and cities named in the text.
    pub names: Vec<NameMention>,
    /// For each token, the first name mention covering it.
    pub name_at: Vec<Option<usize>>,
    /// For each token, the word classes of its lowercase form.
    classes: Vec<Classes>,
    /// For each token, whether its line is written in capitals ("EU LEADERS AGREE AID"): a
    /// shouted headline, whose words are no names.
    shouted: Vec<bool>,
    /// Every table phrase starting at each token: looked up once, read by every stage.
    phrases: PhraseMatches,
    utf16: Utf16Index,
    /// The article's dateline, if it has one.
    pub dateline: Option<Dateline>,
    /// Pairs of quote marks (token indices), within paragraphs.
    pub quoted: Vec<(usize, usize)>,
    /// What [`Doc::token`] gives past the last token: an empty mark at the end of the text,
    /// after a break, which no rule reads as a word.
    end: Token,
}

impl Doc {
    /// Cleans, tokenizes and splits `input`, and finds the table names in it.
    pub fn new(input: &str, lex: &'static Lexicon) -> Doc {
        let text = normalize(input);
        let abbreviation = |w: &str| lex.is(Cat::Abbreviation, w);
        let mut tokens = tokenize(&text, &abbreviation, lex);
        let sentences = sentences::split(&mut tokens, &text);
        let mut sentence_of = vec![0; tokens.len()];
        for (n, s) in sentences.iter().enumerate() {
            sentence_of[s.range()].fill(n);
        }
        let mut classes = Vec::with_capacity(tokens.len());
        for (k, t) in tokens.iter().enumerate() {
            let mut c = lex.classes(&t.lower);
            // "Santo Domingo", "Domingo Cavallo se reunió…" past the sentence's first word:
            // a day or month a language writes small is a name's word when capitalised.
            let opens = sentence_of
                .get(k)
                .and_then(|&n| sentences.get(n))
                .is_some_and(|s| s.first == k);
            // ("el DOMINGO" in capitals is emphasis, not a name.)
            let capitalised = t.is_capitalized() && !t.is_all_caps() && !opens;
            if c.has(Cat::SmallCalendar) && capitalised {
                c = c.without(Cat::Weekday).without(Cat::Month);
            }
            // "Theresa May met": a month right after a name's word, with no day or year after
            // it, is a surname, and so no modal either.
            let after_name_word = k > 0
                && tokens[k - 1].kind == Kind::Word
                && tokens[k - 1].is_capitalized()
                && classes.last().is_some_and(|before: &Classes| {
                    !before.has(Cat::Stop) && !before.has(Cat::Weekday) && !before.has(Cat::Month)
                });
            let dated = tokens
                .get(k + 1)
                .is_some_and(|next| next.kind == Kind::Number);
            if c.has(Cat::CapitalizedMonth) && capitalised && after_name_word && !dated {
                c = c
                    .without(Cat::Month)
                    .without(Cat::CapitalizedMonth)
                    .without(Cat::Modal)
                    .without(Cat::FutureMarker)
                    .without(Cat::Stop);
            }
            classes.push(c);
        }
        let shouted = mark_lines(&tokens, &|first, end| {
            shouted_line(tokens.get(first..end).unwrap_or_default())
        });
        let phrases = PhraseMatches::find(lex, &tokens);
        let names = gazetteer::find(&tokens, lex, &phrases);
        let mut name_at = vec![None; tokens.len()];
        for (n, m) in names.iter().enumerate() {
            for slot in name_at.get_mut(m.first..m.end).unwrap_or_default() {
                slot.get_or_insert(n);
            }
        }
        let mut doc = Doc {
            utf16: Utf16Index::new(input),
            tokens,
            sentences,
            sentence_of,
            lex,
            names,
            name_at,
            classes,
            shouted,
            phrases,
            dateline: None,
            quoted: Vec::new(),
            end: Token {
                start: input.len(),
                end: input.len(),
                kind: Kind::Punct,
                text: String::new(),
                lower: String::new(),
                space_before: false,
                line_before: true,
                glued: false,
            },
        };
        for k in 0..doc.tokens.len() {
            if doc.talks_across_time(k) {
                doc.classes[k] = doc.classes[k].with(Cat::MeetingVerb);
                doc.phrases.add_word(k, Cat::MeetingVerb);
            }
        }
        doc.dateline = dateline::find(&doc);
        doc.quoted = quoted::find(&doc);
        doc
    }

    /// Whether token `i` is a verb of talking whose partner follows a time between them:
    /// "spoke on Tuesday with X", "habló este lunes con X" tell talks as "spoke with X" does,
    /// so the verb is one of meeting; the preposition of company joins its partner as after
    /// any verb of meeting ("spoke at length with" is no time; "speaks on Tuesdays to" no link).
    fn talks_across_time(&self, i: usize) -> bool {
        if !self.is(i, Cat::TalkWord)
            || self.is_any_of(i, &[Cat::MeetingNoun, Cat::MeetingVerb])
            || !self.token(i).is_lowercase()
        {
            return false;
        }
        let mut dated = false;
        for j in i + 1..i + 6 {
            if self.is(j, Cat::Comitative) {
                return dated;
            }
            let time = self.is_any_of(j, &[Cat::Weekday, Cat::Month, Cat::DayPart])
                || self.has_phrase(j, Cat::RelativeDay)
                || self.token(j).kind == Kind::Number;
            let link = self.token(j).is_lowercase()
                && self.is_any_of(
                    j,
                    &[
                        Cat::WeekRef,
                        Cat::Determiner,
                        Cat::DefiniteArticle,
                        Cat::PhrasePreposition,
                        Cat::GenitiveLink,
                        Cat::DateLink,
                    ],
                );
            if time {
                dated = true;
            } else if !link {
                return false;
            }
        }
        false
    }

    /// Token `i`, or past the last one an empty mark after a break: the stages read tokens
    /// through this and the other accessors, which are total, so that a rule looking a few
    /// words ahead needs no bounds check of its own.
    ///
    /// The accessors marked `inline(never)` for WebAssembly are called from hundreds of places
    /// in the stages: one copy of each in the module is 3 KB gzip smaller than a copy at every
    /// call (the native build keeps them inlined, for speed).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn token(&self, i: usize) -> &Token {
        self.tokens.get(i).unwrap_or(&self.end)
    }

    /// Tokens `first..end`, cut to those the text has.
    pub fn tokens_between(&self, first: usize, end: usize) -> &[Token] {
        let end = end.min(self.tokens.len());
        self.tokens.get(first.min(end)..end).unwrap_or_default()
    }

    /// The lowercase form of token `i` ("" past the end).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    /// Whether token `i` is a word of class `cat`.
    pub fn is(&self, i: usize, cat: Cat) -> bool {
        self.classes.get(i).is_some_and(|c| c.has(cat))
    }

    /// The value of token `i` as a word of class `cat`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn value(&self, i: usize, cat: Cat) -> Option<i32> {
        // The class set answers most tokens without a second lookup.
        if self.is(i, cat) {
            self.lex.value(cat, self.lower(i))
        } else {
            None
        }
    }

    /// Whether token `i` is a word of class `cat` with the value `value`: a yes or no is
    /// smaller at a call than the value.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn value_is(&self, i: usize, cat: Cat, value: i32) -> bool {
        self.value(i, cat) == Some(value)
    }

    /// Whether the lowercase form of token `i` ends in an ending of class `cat` whose value has
    /// one of the bits `kinds` (the whole word counts as its own ending).
    pub fn ends_in(&self, i: usize, cat: Cat, kinds: i32) -> bool {
        // Each ending in turn, from the whole word, one character shorter each time.
        let mut ending = self.lower(i);
        while !ending.is_empty() {
            if self.lex.value(cat, ending).is_some_and(|v| v & kinds != 0) {
                return true;
            }
            let mut chars = ending.chars();
            chars.next();
            ending = chars.as_str();
        }
        false
    }

    /// Whether token `i` stands on a line written in capitals, a shouted headline.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn shouted(&self, i: usize) -> bool {
        self.shouted.get(i).copied().unwrap_or(false)
    }

    /// The word classes of token `i` (none past the end).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn classes(&self, i: usize) -> Classes {
        self.classes.get(i).copied().unwrap_or_default()
    }

    /// Whether token `i` is a word of one of the classes `cats`: one call at the site, where
    /// the class set would be copied out and searched there.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_any_of(&self, i: usize, cats: &[Cat]) -> bool {
        self.classes.get(i).is_some_and(|c| c.has_any(cats))
    }

    /// The longest phrase of class `cat` starting at token `i`: its length and value.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn phrase_at(&self, i: usize, cat: Cat) -> Option<(usize, i32)> {
        self.phrases.at(i).iter().find_map(|m| match m.meaning {
            Meaning::Word(c, v) if c == cat => Some((m.len, v)),
            _ => None,
        })
    }

    /// Whether a phrase of class `cat` starts at token `i`: a yes or no is smaller at a call
    /// than the phrase's length and value.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_phrase(&self, i: usize, cat: Cat) -> bool {
        self.phrase_at(i, cat).is_some()
    }

    /// The length of the longest phrase of class `cat` starting at token `i`, 0 when none
    /// does: one number back from the call, where the phrase's length and value come back
    /// through memory.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn phrase_len(&self, i: usize, cat: Cat) -> usize {
        self.phrase_at(i, cat).map_or(0, |(len, _)| len)
    }

    /// The length of the longest phrase of class `cat` starting at token `i` when its value is
    /// `value`, 0 otherwise: one number back where a phrase's value is tested and its length
    /// kept.
    pub fn phrase_len_valued(&self, i: usize, cat: Cat, value: i32) -> usize {
        match self.phrase_at(i, cat) {
            Some((len, v)) if v == value => len,
            _ => 0,
        }
    }

    /// The longest title starting at token `i`: its length, rank and whether it is plural.
    pub fn role_at(&self, i: usize) -> Option<(usize, RoleClass, bool)> {
        // A title that would end inside a table name begun after it ("presidenta de la
        // Comisión" in "… de la Comisión Europea") gives way to a shorter one: the name is
        // the title's complement.
        let into_name = |len: usize| {
            self.name(i + len - 1)
                .is_some_and(|n| n.first > i && n.end > i + len)
        };
        self.phrases.at(i).iter().find_map(|m| match m.meaning {
            _ if into_name(m.len) => None,
            Meaning::Word(Cat::Role, v) => Some((m.len, RoleClass::from_value(v), false)),
            Meaning::Word(Cat::RolePlural, v) => Some((m.len, RoleClass::from_value(v), true)),
            _ => None,
        })
    }

    /// Whether token `i` is this punctuation mark.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(c))
    }

    /// Whether token `i` is a mark, or past the end: one copy for the stages' many clause
    /// ends.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn punct_or_end(&self, i: usize) -> bool {
        self.tokens.get(i).is_none_or(|t| t.kind == Kind::Punct)
    }

    /// Whether one token stands in brackets from token `i`: "(USTR)", "(Rtd)", "(AP)", "(10)".
    pub fn one_in_brackets(&self, i: usize) -> bool {
        self.punct(i, '(') && self.punct(i + 2, ')')
    }

    /// The name mention covering token `i`.
    pub fn name(&self, i: usize) -> Option<&NameMention> {
        self.name_at
            .get(i)
            .copied()
            .flatten()
            .and_then(|n| self.names.get(n))
    }

    /// The name mention that starts at token `i`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn name_starting(&self, i: usize) -> Option<&NameMention> {
        self.name(i).filter(|m| m.first == i)
    }

    /// The name mention that ends just before token `end`.
    pub fn name_ending(&self, end: usize) -> Option<&NameMention> {
        self.name(end.checked_sub(1)?).filter(|m| m.end == end)
    }

    /// Whether token `i` is a capitalised word on the line before it (a name or an office's
    /// name may go on there).
    pub fn capitalized_in_line(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_capitalized() && !t.line_before)
    }

    /// The first token from `from` that is no auxiliary, or `limit` ("has not [been able to]",
    /// "has also [said]").
    pub fn past_auxiliaries(&self, from: usize, limit: usize) -> usize {
        let mut j = from;
        while j < limit && self.is(j, Cat::Auxiliary) {
            j += 1;
        }
        j
    }

    /// Whether token `i` is a number, in figures or in words ("15", "five").
    pub fn is_count(&self, i: usize) -> bool {
        self.token(i).kind == Kind::Number || self.is(i, Cat::Number)
    }

    /// Whether token `i` is a possessive ending ("'s").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_possessive(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Possessive)
    }

    /// Whether a token of `range` is of class `cat`.
    pub fn any_is(&self, range: std::ops::Range<usize>, cat: Cat) -> bool {
        range.into_iter().any(|k| self.is(k, cat))
    }

    /// Whether a phrase of class `cat` begins at a token of `range`.
    pub fn any_phrase(&self, range: std::ops::Range<usize>, cat: Cat) -> bool {
        range.into_iter().any(|k| self.has_phrase(k, cat))
    }

    /// Tokens `first..end` as a reader would print them: single spaces where the text had
    /// any whitespace or a glued join, no space before closing punctuation.
    pub fn phrase(&self, first: usize, end: usize) -> String {
        let mut out = String::new();
        for (n, t) in self.tokens_between(first, end).iter().enumerate() {
            if n > 0 && t.spaced() {
                out.push(' ');
            }
            out.push_str(&t.text);
        }
        out
    }

    /// Sentence `s`: one bounds check in the module for the stages' many sentence lookups.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn sentence(&self, s: usize) -> Sentence {
        self.sentences[s]
    }

    /// The index of the sentence token `k` stands in.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn sentence_index(&self, k: usize) -> usize {
        self.sentence_of[k]
    }

    /// The sentence token `k` stands in.
    pub fn sentence_at(&self, k: usize) -> Sentence {
        self.sentence(self.sentence_index(k))
    }

    /// Country `c` of the tables.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn country(&self, c: u16) -> &Country {
        &self.lex.countries[c as usize]
    }

    /// The countries whose seat of government the tables name by tokens `first..end`: several
    /// for a name they share ("Palacio Nacional": Mexico's and the Dominican Republic's).
    pub fn seat_countries(&self, first: usize, end: usize) -> Vec<u16> {
        let mut countries = Vec::new();
        for m in self.lex.matches_at(&self.tokens, first) {
            if let Meaning::Country(c, CountryForm::Seat) = m.meaning
                && m.len == end - first
            {
                countries.push(c);
            }
        }
        countries
    }

    /// The country of the seat of government named by `m`, read as `c`'s: the dateline's, when
    /// the tables give the seat to that country among others ("CIUDAD DE MÉXICO.— … en Palacio
    /// Nacional"), else `c`.
    pub fn seat_country(&self, m: &NameMention, c: u16) -> u16 {
        self.dateline
            .and_then(|d| d.country)
            .filter(|&d| d != c && self.seat_countries(m.first, m.end).contains(&d))
            .unwrap_or(c)
    }

    /// The country of a city or capital, if the name is one.
    pub fn city_country(&self, meaning: Meaning) -> Option<u16> {
        match meaning {
            Meaning::City(c) => self.lex.cities.get(c as usize).map(|city| city.country),
            Meaning::Country(c, CountryForm::Capital) => Some(c),
            _ => None,
        }
    }

    /// Whether token `k` opens its sentence.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn opens_sentence(&self, k: usize) -> bool {
        self.sentence_at(k).first == k
    }

    /// The UTF-16 span of tokens `first..end` in the input.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn span(&self, first: usize, end: usize) -> Span {
        let start = self.token(first).start;
        let stop = self.token(end.max(first + 1) - 1).end;
        self.utf16.span(start, stop)
    }

    /// The UTF-16 span of a byte range of the input.
    pub fn byte_span(&self, start: usize, end: usize) -> Span {
        self.utf16.span(start, end)
    }

    /// The UTF-16 span of sentence `s`.
    pub fn sentence_span(&self, s: usize) -> Span {
        let sentence = self.sentence(s);
        self.span(sentence.first, sentence.end)
    }

    /// The sentence `s` as printable text.
    pub fn sentence_text(&self, s: usize) -> String {
        let sentence = self.sentence(s);
        self.phrase(sentence.first, sentence.end)
    }
}

/// For each token, whether its line is `marked`, given as the line's first token and the
/// token just past it. One loop for every kind of line the stages tell apart.
pub fn mark_lines(tokens: &[Token], marked: &dyn Fn(usize, usize) -> bool) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    let mut start = 0;
    while start < tokens.len() {
        let mut end = start + 1;
        while end < tokens.len() && !tokens[end].line_before {
            end += 1;
        }
        if marked(start, end) {
            if let Some(line) = marks.get_mut(start..end) {
                line.fill(true);
            }
        }
        start = end;
    }
    marks
}

/// Whether a line has at least three words and all of them in capitals.
fn shouted_line(line: &[Token]) -> bool {
    let (mut count, mut capitals) = (0, 0);
    for t in line {
        if t.kind == Kind::Word {
            count += 1;
            capitals += usize::from(!t.text.chars().any(crate::text::case::is_lower));
        }
    }
    count >= 3 && capitals == count
}
