//! People in the text, found by the language: names after titles ("Foreign Minister Sergei
//! Lavrov"), names in apposition ("Armando Benedetti, Colombia's ambassador"), titles before
//! lists of names ("Presidents A of X, B of Y"), names next to speech and meeting verbs, and
//! descriptions that stand for a person ("the Russian leader", "the defence minister").
//!
//! A name is a run of capitalised words with the particles, initials and suffixes names take
//! ("Mohammed bin Salman", "George W. Bush", "Dee-Maxwell Kemayah Sr."), that is no word of
//! a table (country, title, institution, month) and, at the start of a sentence, no word
//! the article also writes in lowercase.

use crate::doc::{Doc, mark_lines};
use crate::stages::lists;
use crate::stages::roles::{self, Determiner, Owner, Role};
use crate::tables::lexicon::{Cat, Classes, CountryForm, Lexicon, Meaning, RoleClass};
use crate::tables::values::ending::{ADVERB, GERUND, PAST_VERB};
use crate::text::hash::{FastMap, FastSet};
use crate::text::tokens::Kind;

/// How a mention was recognised, from the strongest evidence down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// A title right before the name.
    Title,
    /// A role in apposition, before or after the name.
    Apposition,
    /// An honorific before the name ("Sheikh Hasina").
    Honorific,
    /// A name the article introduced before (or after) with stronger evidence.
    Repeated,
    /// A name next to a speech or meeting verb, or joined to another person's name.
    Verb,
    /// A description without a name ("the Russian leader").
    Description,
}

/// One reference to a person.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonMention {
    /// First token of the name (of the description when there is no name).
    pub first: usize,
    /// Just past the name.
    pub end: usize,
    /// First token of the whole reference, title included.
    pub evidence_first: usize,
    /// Just past the whole reference, apposition included.
    pub evidence_end: usize,
    /// The name as printed, honorific included, courtesy titles left out; `None` for a
    /// description.
    pub name: Option<String>,
    /// The role phrase, by index into the roles of the text.
    pub role: Option<usize>,
    /// Which of the role's titles applies (coordinated titles are distributed).
    pub title: usize,
    /// The country or organisation the reference itself gives.
    pub owner: Option<Owner>,
    /// The sentence.
    pub sentence: usize,
    /// How it was recognised.
    pub evidence: Evidence,
    /// An alias given in brackets after the name ("Joko Widodo (Jokowi)").
    pub alias: Option<String>,
    /// For a description with no owner of its own, the side its sentence speaks of ("Por
    /// parte norcoreana asistieron el ministro de Defensa …"): it introduces a person of that
    /// side rather than pointing back to one.
    pub side: Option<Owner>,
}

/// The people of a text: the role phrases and the mentions that use them.
pub struct People {
    /// The tables of the article's language.
    pub lex: &'static Lexicon,
    /// Role phrases, left to right.
    pub roles: Vec<Role>,
    /// Mentions, left to right.
    pub mentions: Vec<PersonMention>,
    /// Sentences that list the members of a delegation ("The delegation included …").
    pub listing_sentences: Vec<usize>,
}

impl People {
    /// Role phrase `r`: one shared index check for the stages that walk roles by number.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn role(&self, r: usize) -> &Role {
        &self.roles[r]
    }

    /// Mention `n`: one shared index check for the stages that walk mentions by number.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn mention(&self, n: usize) -> &PersonMention {
        &self.mentions[n]
    }
}

/// Finds the people of `doc`.
pub fn find(doc: &Doc) -> People {
    let roles = roles::find(doc);
    let mut lowercase_words: FastSet<&str> = FastSet::default();
    let mut standalone: FastSet<&str> = FastSet::default();
    let mut inside: FastSet<&str> = FastSet::default();
    let mut capitalized_pairs: FastMap<String, Vec<usize>> = FastMap::default();
    let mut body_acronyms: FastSet<&str> = FastSet::default();
    let mut prose_capitalized: FastSet<&str> = FastSet::default();
    let title_case = title_case_lines(doc);
    let headline_end = match doc.sentences.as_slice() {
        [first, rest @ ..] if !first.terminated && rest.iter().any(|s| s.terminated) => first.end,
        _ => 0,
    };
    for (k, t) in doc.tokens.iter().enumerate() {
        let word = t.lower.as_str();
        // "the Gas Exporting Countries Forum (GECF)": an acronym a body's name introduces.
        if t.is_all_caps() && k >= 2 && doc.punct(k - 1, '(') && doc.is(k - 2, Cat::OrgWord) {
            body_acronyms.insert(word);
        }
        if t.is_lowercase() {
            lowercase_words.insert(word);
        }
        if t.is_capitalized() {
            // "Díaz- Canel": a word beside a hyphen of its own is still part of a name.
            let hyphen_beside = |j: Option<usize>| {
                j.and_then(|j| doc.tokens.get(j)).is_some_and(|n| {
                    n.kind == Kind::Punct && matches!(n.text.chars().next(), Some('-' | '‐' | '‑'))
                })
            };
            if !t.text.contains('-')
                && !hyphen_beside(k.checked_sub(1))
                && !hyphen_beside(Some(k + 1))
            {
                standalone.insert(word);
            }
            if !doc.opens_sentence(k) {
                inside.insert(word);
            }
            if headline_end > 0 && !title_case[k] {
                prose_capitalized.insert(word);
            }
            if let Some(next) = doc.tokens.get(k + 1) {
                capitalized_pairs.insert(pair_key(word, &next.lower), Vec::new());
            }
        }
    }
    let namer = Namer {
        doc,
        lowercase_words,
        standalone,
        inside,
        capitalized_pairs,
        body_acronyms,
        prose_capitalized,
        headline_end,
        title_case,
        shouted_paragraph: shouted_paragraphs(doc),
    };
    let mut finder = Finder {
        doc,
        namer: &namer,
        roles: &roles,
        mentions: Vec::new(),
        used: vec![false; doc.tokens.len()],
        name_starts: vec![false; doc.tokens.len() + 1],
        name_ends: vec![false; doc.tokens.len() + 1],
        sides: None,
    };
    for r in 0..roles.len() {
        finder.after_role(r);
    }
    for r in 0..roles.len() {
        finder.apposition_after_name(r);
    }
    finder.repeated_and_verbs();
    finder.sides_led();
    finder.titled_sides();
    for r in 0..roles.len() {
        finder.description(r);
    }
    let mut mentions = finder.mentions;
    crate::text::sorting::sort_by_key(&mut mentions, |m| {
        ((m.first as u128) << 64) | ((m.end as u128) << 32) | m.title as u128
    });
    let mut roles = roles;
    counterparts_named_beside(doc, &mut roles, &mentions);
    let mut listing_sentences = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let lists = sentence.range().any(|k| {
            doc.is(k, Cat::MembershipVerb)
                && doc.any_is(k.saturating_sub(6)..k, Cat::MembershipSubject)
        });
        if lists {
            listing_sentences.push(s);
        }
    }
    People {
        lex: doc.lex,
        roles,
        mentions,
        listing_sentences,
    }
}

/// Reads names.
struct Namer<'a> {
    doc: &'a Doc,
    lowercase_words: FastSet<&'a str>,
    /// Capitalised words the article uses on their own.
    standalone: FastSet<&'a str>,
    /// Capitalised words the article uses inside sentences, not only to open them.
    inside: FastSet<&'a str>,
    /// Each capitalised word with the word after it, the two in lowercase (see [`pair_key`];
    /// "antónio guterres" for "António Guterres"), filed with no positions: a map of the same
    /// type as the name index's `by_part`, filled with the same calls, so that the module
    /// carries one hash table's code.
    capitalized_pairs: FastMap<String, Vec<usize>>,
    /// Acronyms introduced in brackets after a body's name ("Forum (GECF)"): no one's name.
    body_acronyms: FastSet<&'a str>,
    /// Words the article capitalises outside its lines in title case.
    prose_capitalized: FastSet<&'a str>,
    /// Where the headline opening the article ends: its first sentence, unterminated, before
    /// prose (a sentence that is); 0 for none.
    headline_end: usize,
    /// Tokens of a long paragraph written in capitals (a communiqué), not a headline.
    shouted_paragraph: Vec<bool>,
    /// Tokens on a line in title case ("Modi Meets Biden, Seeks Stronger Ties"), where
    /// capitals say nothing of names.
    title_case: Vec<bool>,
}

impl Namer<'_> {
    /// Whether token `k` can be a word of a name.
    fn name_word(&self, k: usize) -> bool {
        self.word_of_name(k, false)
    }

    /// Whether token `k` can be a word of a name; `titled` when a singular title comes right
    /// before, which makes names readable in a paragraph written in capitals ("PRESIDENT
    /// YOWERI KAGUTA MUSEVENI OF THE REPUBLIC OF UGANDA").
    fn word_of_name(&self, k: usize, titled: bool) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(k) else {
            return false;
        };
        // A shouted headline's words are all capitalised, names or not; a dateline's words in
        // capitals are its place and date ("ROMA, 11 MAY -").
        let unreadable_capitals = doc.shouted(k) && !(titled && self.shouted_paragraph[k])
            || (t.is_all_caps() && doc.dateline.is_some_and(|d| (d.first..d.end).contains(&k)));
        if t.kind != Kind::Word
            || t.text.bytes().any(|b| b.is_ascii_digit())
            || unreadable_capitals
            || roles::in_handle(doc, k)
        {
            return false;
        }
        // A name's word is capitalised, or a particle hyphened to one ("al-Assad").
        if !(t.is_capitalized() || roles::hyphened_particle(doc, t)) {
            return false;
        }
        // "I've", "We'll": a pronoun's contraction (not "O'Higgins", "D'Alema": a capital
        // follows the apostrophe of a name).
        let contraction = t
            .text
            .split_once(['\'', '’'])
            .is_some_and(|(before, after)| {
                doc.lex.is(Cat::Stop, &crate::text::case::lower_str(before))
                    && !after.starts_with(crate::text::case::is_upper)
            });
        if contraction {
            return false;
        }
        // "… Of The Neighbouring States Met", "… Talks Took Place": on a headline in title case
        // a verb form of the verb classes, a word the article writes in lowercase in its prose,
        // or, in the opening headline, one it capitalises nowhere else, is capitalised as a
        // headline's word, not as a name's.
        let headline_word = self.title_case[k]
            && (doc.is_any_of(
                k,
                &[
                    Cat::PastMeetingVerb,
                    Cat::ArrivalVerb,
                    Cat::SpeechVerb,
                    Cat::TalkWord,
                ],
            ) || self.lowercase_words.contains(t.lower.as_str())
                // "Leaders Split Over Myanmar": in the headline that opens the article, a word
                // the article capitalises nowhere else.
                || (k < self.headline_end && !self.prose_capitalized.contains(t.lower.as_str())));
        if headline_word {
            return false;
        }
        if doc.name(k).is_some()
            || self.body_acronyms.contains(t.lower.as_str())
            || doc.is_any_of(k, &[
                Cat::Stop,
                Cat::OrgWord,
                // A month that the language capitalises ("July"); where months are written in
                // lowercase, a capitalised one is a given name ("Julio").
                Cat::CapitalizedMonth,
                Cat::Weekday,
                Cat::MeetingNoun,
                Cat::Courtesy,
                Cat::RoleModifier,
                Cat::Portfolio,
                // "NATO Leaders Meet With Zelenskyy": a headline's verb.
                Cat::MeetingVerb,
            ])
            || doc.has_phrase(k, Cat::Area)
            // Titles are no names ("Minister", "Prime"); words of kinship or trade are, when
            // capitalised inside a name ("Bui Thanh Son").
            || roles::head_at(doc, k).is_some_and(|(_, class, _)| class != crate::tables::lexicon::RoleClass::Bystander)
                && !surname_like_title(doc, k)
            // "the second Consultative meeting": a word of an event's name (not "Bush
            // meeting with …").
            || (doc.is(k + 1, Cat::MeetingNoun)
                && (doc.token(k + 1).is_capitalized()
                    || k.checked_sub(1).is_some_and(|p| {
                        doc.token(p).is_lowercase() || doc.token(p).kind == Kind::Number
                    })))
            || self.names_a_pair(k)
            || roles::portfolio_before_head(doc, k)
        {
            return false;
        }
        // A capitalised sentence opener the article also writes in lowercase is a word.
        let opens_sentence = doc.opens_sentence(k) || doc.token(k.wrapping_sub(1)).is_quote_mark();
        !(opens_sentence && self.lowercase_words.contains(t.lower.as_str()))
    }

    /// A name right after a title, where a first name may be a place's name, a body's word or
    /// a function word as well ("the chancellors Santiago Cafiero", "Foreign Minister Israel
    /// Katz", "President Park Min-jun", "Vice Premier He Lifeng": a function word written with
    /// a capital inside a sentence). `capitals` lets a name be read in a paragraph written in
    /// capitals: right after a singular title, two words at least, closed by punctuation or its
    /// country.
    fn run_at_titled(&self, k: usize, capitals: bool) -> Option<usize> {
        let doc = self.doc;
        let capitalised_function_word =
            doc.is(k, Cat::Stop) && !doc.opens_sentence(k) && !doc.shouted(k);
        let place_first_name = (doc.is(k, Cat::OrgWord)
            || capitalised_function_word
            || doc.name_starting(k).is_some_and(|m| {
                m.end == k + 1 && !matches!(m.meaning, Meaning::Country(_, CountryForm::Adjective))
            }))
            && doc.token(k).is_capitalized()
            && doc.name(k + 1).is_none()
            && self.word_of_name(k + 1, capitals);
        let end = if place_first_name || self.lowercase_first_name(k) {
            self.run_from(k + 1, capitals)?
        } else {
            self.run_from(k, capitals)?
        };
        // In capitals only a name closed by punctuation or by its country ("… OF THE
        // REPUBLIC OF UGANDA") is told from the words after it.
        let closed = doc.token(end).kind == Kind::Punct
            || doc
                .phrase_at(end, Cat::TitleComplement)
                .is_some_and(|(len, link)| len == 1 && matches!(link, 0 | 3));
        if doc.shouted(k) && (end - k < 2 || !closed) {
            return None;
        }
        // "de Perú, Pedro Castillo;": right after a title, a body's word closed by punctuation
        // is a surname too (untitled, it may end a place's name: "Sheikh Zayed Road.").
        let body_surname = doc.is(end, Cat::OrgWord)
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == Kind::Punct);
        Some(end + usize::from(self.closing_surname(end, body_surname)))
    }

    /// Whether the word at `end`, right after a name's words, is its surname though it also
    /// names a city, a month, a form of address or a word of prose ("Prime Minister Joseph
    /// Muscat", "Danilo Medina, de …", "Theresa May said", "Hafeez Shaikh, Adviser", "Tran Van
    /// Long met"): one capitalised word on
    /// the same line, before no other capitalised word and, for a month, before no number
    /// ("May 5").
    fn closing_surname(&self, end: usize, body_word: bool) -> bool {
        let doc = self.doc;
        let city = self.one_word_place(end);
        // A month before a number dates ("May 5"), whatever other word it also is ("may").
        let month = doc.is(end, Cat::CapitalizedMonth);
        let dated = month && doc.token(end + 1).kind == Kind::Number;
        // A word of prose capitalised inside a sentence of prose is a surname ("Tran Van Long
        // met", "Daniel Young said"): only a headline capitalises such words.
        let word = doc.is(end, Cat::Stop) && !self.title_case[end];
        (city || month || word || body_word || doc.is(end, Cat::Courtesy))
            && !dated
            && doc.token(end).is_capitalized()
            && !doc.token(end).line_before
            && !doc.capitalized_in_line(end + 1)
    }

    /// Whether the word at `k` is, alone, a city's or a country's name, which a surname may
    /// also be ("Ricardo Lagos", "Javier Montenegro").
    fn one_word_place(&self, k: usize) -> bool {
        self.doc
            .name_starting(k)
            .is_some_and(|m| m.end == k + 1 && is_place(m))
    }

    /// "the Secretary-General, antónio Guterres": a first name mistyped in lowercase after a
    /// title, when the article writes the same two words as a name elsewhere ("António
    /// Guterres").
    fn lowercase_first_name(&self, k: usize) -> bool {
        let doc = self.doc;
        let (first, next) = (doc.token(k), doc.token(k + 1));
        if first.kind != Kind::Word || !first.is_lowercase() || !next.is_capitalized() {
            return false;
        }
        self.capitalized_pairs
            .contains_key(&pair_key(&first.lower, &next.lower))
    }

    /// "Trump-Kim talks", "the Biden-Putin summit": two names the article also uses on their
    /// own, hyphened to name a pair, not one person.
    fn names_a_pair(&self, k: usize) -> bool {
        let used_alone = |p: &str| {
            p.starts_with(crate::text::case::is_upper)
                && self
                    .standalone
                    .contains(crate::text::tokens::lower_form(p).as_str())
        };
        self.doc
            .token(k)
            .text
            .split_once('-')
            .is_some_and(|(a, b)| !b.contains('-') && used_alone(a) && used_alone(b))
    }

    /// The name starting at `k`: its end, and the start of the name proper after any
    /// honorific or courtesy title.
    fn run_at(&self, k: usize) -> Option<usize> {
        self.run_from(k, false)
            .map(|end| end + usize::from(self.closing_surname(end, false)))
    }

    /// The end of a nickname in quotes at `k` inside a name: one or two capitalised words (an
    /// article may open them: "el General") between quotes, then a word of the name, maybe
    /// after its particles; `None` when no such nickname stands there.
    fn nickname_end(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        let quote = |j: usize| doc.token(j).is_any(&['"', '“', '”', '«', '»']);
        if !quote(k) {
            return None;
        }
        let close = (k + 2..k + 5).find(|&j| quote(j))?;
        let words_fit = (k + 1..close)
            .all(|j| doc.token(j).is_capitalized() || doc.is(j, Cat::DefiniteArticle))
            && doc.token(close - 1).is_capitalized();
        let mut after = close + 1;
        while after < close + 3 && doc.is(after, Cat::NameParticle) {
            after += 1;
        }
        (words_fit && self.word_of_name(after, false)).then_some(close + 1)
    }

    /// The name starting at `k`, right after a title when `titled`.
    fn run_from(&self, k: usize, titled: bool) -> Option<usize> {
        let name_word = |k: usize| self.word_of_name(k, titled);
        let doc = self.doc;
        let tokens = &doc.tokens;
        let mut start = k;
        // Honorifics that are no office stay with the name: "Sheikh Hasina", "Prince Charles".
        while doc.token(start).is_capitalized()
            && doc.is(start, Cat::Honorific)
            && doc.lex.role_class(doc.lower(start)).is_none()
            && name_word(start + 1)
        {
            start += 1;
        }
        if !name_word(start) {
            return None;
        }
        let mut end = start + 1;
        while let Some(t) = tokens.get(end) {
            // "Dina BoluarteJoe Biden": a word glued to a name of two words starts another
            // (but "WangYi" is one).
            let glued_on = t.glued && end - start >= 2;
            if t.line_before || t.is_any(&[',', '.', ';', ':', '(', ')']) || glued_on {
                break;
            }
            // "Ricardo Lagos Soto", "Yoel Guerra Pinto": a place's name or a body's word
            // between two words of a name is a surname.
            let surname_between = (self.one_word_place(end)
                || doc.is(end, Cat::OrgWord) && t.is_capitalized())
                && name_word(end + 1);
            if name_word(end) || surname_between {
                end += 1;
            } else if doc.is(end, Cat::NameParticle)
                && t.is_lowercase()
                // "Lavrov y Wang Yi": a conjunction between names lists them.
                && !doc.is(end, Cat::CopulativeConjunction)
            {
                // "bin Salman", "da Silva", "von der Leyen": particles before a name word.
                let mut after = end + 1;
                while after < end + 3
                    && doc.is(after, Cat::NameParticle)
                    && doc.token(after).is_lowercase()
                {
                    after += 1;
                }
                // "María de la Torre,", "Ana del Castillo dijo", "Luis de la Torre Soto,":
                // after particles, a body's or a place's word is a surname when the name ends
                // with it or with one word of a name after it.
                let closes = |j: usize| {
                    !doc.token(j).line_before
                        && (doc.token(j).kind == Kind::Punct
                            || (doc.token(j).is_lowercase()
                                && !doc.is_any_of(j, &[Cat::NameParticle, Cat::GenitiveLink])))
                };
                let closing_word = doc.is(after, Cat::OrgWord)
                    && doc.token(after).is_capitalized()
                    && (closes(after + 1) || (name_word(after + 1) && closes(after + 2)));
                if !(name_word(after) || closing_word) {
                    break;
                }
                end = after + 1;
            } else if is_initial(t) && name_word(end + 1) {
                end += 1;
            } else if doc.is_any_of(end, &[Cat::Honorific, Cat::Courtesy])
                && t.is_capitalized()
                && !doc.punct(end + 1, '.')
                && name_word(end + 1)
            {
                // "Hassan Sheikh Mohamud": a title of address between two words of a name is
                // a word of it.
                end += 1;
            } else if let Some(close) = self.nickname_end(end) {
                // "Claudio \"Chiqui\" Tapia", "Luiz Inácio \"Lula\" da Silva": a nickname in
                // quotes between two words of a name.
                end = close;
            } else if self.syllable(end) && name_word(end + 1) {
                // "Choe Son Hui": a syllable between two words of a name.
                end += 1;
            } else if (doc.is(end, Cat::NameSuffix) && (t.is_capitalized() || t.is_all_caps()))
                || self.closing_syllable(start, end)
            {
                // "Sr.", "II"; "Moon Jae In": a last word that ends the name.
                end += 1;
                break;
            } else {
                break;
            }
            if end - k > 7 {
                return None;
            }
        }
        Some(end)
    }

    /// "Moon Jae In": a capitalised function word closing a name of two words or more, inside
    /// a sentence that is no headline, before no other capitalised word.
    fn closing_syllable(&self, start: usize, end: usize) -> bool {
        end - start >= 2 && self.syllable(end) && !self.doc.capitalized_in_line(end + 1)
    }

    /// "Choe Son Hui": a short capitalised function word inside a sentence that is no
    /// headline, which may be a syllable of a name between two of its words (or its last).
    fn syllable(&self, k: usize) -> bool {
        let doc = self.doc;
        let t = &doc.token(k);
        t.is_capitalized()
            && !t.line_before
            && !doc.shouted(k)
            && !self.title_case[k]
            && doc.is(k, Cat::Stop)
            // "Joe Biden May 5": a month that dates.
            && !doc.is(k, Cat::Month)
            && crate::text::char_count(&t.text) <= 3
    }

    /// The printable name of `first..end`, courtesy titles left out.
    fn printed(&self, first: usize, end: usize) -> String {
        let mut first = first;
        // "H.E", "His Excellency": a form of address of one word or more.
        while first < end {
            let len = self.doc.phrase_len(first, Cat::Courtesy);
            if len == 0 || first + len >= end {
                break;
            }
            first += len;
        }
        let phrase = self.doc.phrase(first, end);
        // "antónio Guterres" is printed as the name it is.
        if phrase.starts_with(crate::text::case::is_lower) && self.lowercase_first_name(first) {
            crate::text::case::capitalize(&phrase)
        } else {
            phrase
        }
    }
}

/// Whether the name at `first` is a building's or site's: a noun of one right before it, or
/// before it with lowercase words and a genitive link between ("aeropuerto internacional de").
fn names_a_site(doc: &Doc, first: usize) -> bool {
    let mut k = first;
    if k > 0 && doc.is(k - 1, Cat::GenitiveLink) {
        k -= 1;
        while k > 0
            && first - k < 4
            && doc.token(k - 1).is_lowercase()
            && !doc.is(k - 1, Cat::VenueNoun)
        {
            k -= 1;
        }
    }
    k > 0 && doc.is(k - 1, Cat::VenueNoun)
}

/// Whether token `k` is a capitalised word of a longer name that a name after it may end: no
/// title and no word of the classes `not` (function words, honorifics …).
fn goes_on_name(doc: &Doc, k: usize, not: &[Cat]) -> bool {
    doc.token(k).is_capitalized() && !doc.is_any_of(k, not) && roles::head_at(doc, k).is_none()
}

/// Whether mark `k` of `marks` (by token or by entity) is set; none past the end is. One
/// function for the many reads of the people and casting stages.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn marked(marks: &[bool], k: usize) -> bool {
    marks.get(k) == Some(&true)
}

/// The owner a role gives: its own, else the one only a complement suggests.
fn any_owner(role: &Role) -> Option<Owner> {
    role.owner.or(role.weak_owner)
}

/// "La esposa del presidente de Perú, X", "the wife of Peru's president, X": a title in the
/// genitive of a bystander's head (a relative, an analyst) names that person's kin; the name
/// after it is the bystander's, not the title's.
fn kin_of(doc: &Doc, role_first: usize) -> bool {
    // The link is the role's own first word where a language joins it to the article ("del").
    let link = if doc.is(role_first, Cat::GenitiveLink) {
        role_first
    } else {
        role_first.saturating_sub(1)
    };
    doc.is(link, Cat::GenitiveLink)
        && (link.saturating_sub(2)..link).any(|j| {
            crate::stages::roles::head_at(doc, j)
                .is_some_and(|(len, class, _)| j + len == link && class == RoleClass::Bystander)
        })
}

/// Whether a table name is a place: a city, a country's name or its capital.
fn is_place(m: &crate::tables::gazetteer::NameMention) -> bool {
    matches!(m.meaning, Meaning::City(_))
        || matches!(
            m.country_form(),
            Some(CountryForm::Name | CountryForm::Capital)
        )
}

fn is_initial(t: &crate::text::tokens::Token) -> bool {
    t.kind == Kind::Word && t.text.ends_with('.') && letters(&t.text) == 1
}

/// How many letters `text` has.
fn letters(text: &str) -> usize {
    text.chars()
        .filter(|&c| crate::text::case::is_letter(c))
        .count()
}

struct Finder<'a> {
    doc: &'a Doc,
    namer: &'a Namer<'a>,
    roles: &'a [Role],
    mentions: Vec<PersonMention>,
    used: Vec<bool>,
    /// Tokens where a named mention starts, and where one ends (just past it): looked up
    /// for every name joined to another, so a long list stays linear.
    name_starts: Vec<bool>,
    name_ends: Vec<bool>,
    /// The sides of the last sentence a description asked for.
    sides: Option<SentenceSides>,
}

impl<'a> Finder<'a> {
    /// Role phrase `r`, with one shared index check.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn role(&self, r: usize) -> &'a Role {
        &self.roles[r]
    }

    fn free(&self, first: usize, end: usize) -> bool {
        self.used
            .get(first..end)
            .is_some_and(|span| !span.contains(&true))
    }

    /// Marks tokens `first..end` as taken by a mention or a portfolio.
    fn take(&mut self, first: usize, end: usize) {
        if let Some(span) = self.used.get_mut(first..end) {
            span.fill(true);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        (first, end): (usize, usize),
        (evidence_first, evidence_end): (usize, usize),
        role: Option<usize>,
        title: usize,
        owner: Option<Owner>,
        evidence: Evidence,
    ) {
        let doc = self.doc;
        let name = (evidence != Evidence::Description).then(|| self.namer.printed(first, end));
        let mut alias = None;
        // "Joko Widodo (Jokowi)"; not a caption's "(L)" for the one on the left; no description's.
        let alias_word = name.is_some()
            && self.namer.name_word(end + 1)
            && letters(&doc.token(end + 1).text) >= 3;
        if doc.one_in_brackets(end) && alias_word {
            alias = Some(doc.token(end + 1).text.clone());
        }
        if name.is_some() {
            self.name_starts[first] = true;
            self.name_ends[end] = true;
        }
        self.take(first, end);
        self.mentions.push(PersonMention {
            first,
            end,
            evidence_first: evidence_first.min(first),
            evidence_end: evidence_end.max(end),
            name,
            role,
            title,
            owner,
            sentence: doc.sentence_index(first),
            evidence,
            alias,
            side: None,
        });
    }

    /// "Britain's" before the name at `first`: the country and where its name starts.
    fn possessive_country(&self, first: usize) -> Option<(Owner, usize)> {
        let doc = self.doc;
        let possessive = first.checked_sub(1)?;
        if !doc.is_possessive(possessive) {
            return None;
        }
        let m = doc.name_ending(possessive)?;
        m.country().map(|c| (Owner::Country(c), m.first))
    }

    /// "Britain's" or "el mexicano" before the name at `first`: the country and where it is
    /// named.
    fn country_before(&self, first: usize) -> Option<(Owner, usize)> {
        self.possessive_country(first)
            .or_else(|| self.adjective_country(first))
    }

    /// "el mexicano" before the name at `first` (the definite article and a country adjective
    /// standing for a person of that country): the country and where the article is.
    fn adjective_country(&self, first: usize) -> Option<(Owner, usize)> {
        let doc = self.doc;
        let m = doc.name_ending(first)?;
        let article = m.first.checked_sub(1)?;
        let adjective = m.country_form() == Some(CountryForm::Adjective);
        (adjective && doc.value_is(article, Cat::Determiner, 0))
            .then(|| m.country().map(|c| (Owner::Country(c), article)))
            .flatten()
    }

    /// ", of Colombia and Venezuela (respectively)", ", de Colombia y Venezuela": after a comma
    /// and a link of origin at `end`, `count` countries joined by "and", in order.
    fn countries_listed_after(&self, end: usize, count: usize) -> Option<Vec<Owner>> {
        let doc = self.doc;
        if count < 2 || !doc.punct(end, ',') || !doc.is(end + 1, Cat::OriginLink) {
            return None;
        }
        let mut owners = Vec::new();
        let mut k = end + 2;
        while let Some(m) = doc.name_starting(k) {
            owners.push(Owner::Country(m.country()?));
            k = m.end;
            if owners.len() == count {
                break;
            }
            k += usize::from(doc.punct(k, ','));
            k += usize::from(doc.is(k, Cat::CopulativeConjunction));
        }
        (owners.len() == count).then_some(owners)
    }

    /// "of Djibouti" or "(Grenada)" after a name: the country it gives.
    fn of_country(&self, end: usize) -> Option<(Owner, usize)> {
        // The value of the `origin_link` words that may follow a comma.
        const AFTER_COMMA: i32 = 1;
        let doc = self.doc;
        // "Prime Ministers Dickon Mitchell (Grenada) and …"
        if doc.punct(end, '(') {
            let m = doc.name_starting(end + 1)?;
            let owner = Owner::of(m.meaning).filter(|_| doc.punct(m.end, ')'))?;
            return Some((owner, m.end + 1));
        }
        // "President Omar Guelleh of Djibouti", "Daniel Scioli, from Argentina"
        let comma =
            usize::from(doc.punct(end, ',') && doc.value_is(end + 1, Cat::OriginLink, AFTER_COMMA));
        if !doc.is(end + comma, Cat::OriginLink) {
            return None;
        }
        let end = end + comma;
        let at = end + 1 + usize::from(doc.is(end + 1, Cat::DefiniteArticle));
        let m = doc.name_starting(at)?;
        Owner::of(m.meaning).map(|owner| (owner, m.end))
    }

    /// Names right after a title, or after a title and a comma: "Foreign Minister Sergei
    /// Lavrov", "the Minister of Foreign Affairs, Álvaro Leyva", "deputy prime ministers A,
    /// B and C", "the leaders of Russia, Vladimir Putin, and North Korea, Kim Jong-un".
    fn after_role(&mut self, r: usize) {
        let role = self.role(r);
        let doc = self.doc;
        if kin_of(doc, role.first) {
            return;
        }
        let mut k = role.end;
        // "The ambassadors were also Daniel Scioli from Argentina and ...": a plural title
        // and a copula introduce the names.
        if role.plural && doc.is(k, Cat::PluralCopula) {
            k += 1 + usize::from(doc.is(k + 1, Cat::AdditiveAdverb));
        }
        // "US Trade Representative (USTR) Robert Lighthizer": the title's acronym.
        if doc.one_in_brackets(k) && doc.token(k + 1).is_all_caps() {
            k += 3;
        }
        // "Maj. Gen. (Rtd) Hugo Ferraz": a rank's bracketed qualifier.
        if role.class == RoleClass::Military && doc.one_in_brackets(k) {
            k += 3;
        }
        k = self.forms_of_address(k);
        // "her Austrian counterpart (Tomas Varga)": a name in brackets is the title's holder,
        // as one after a comma is; after a plural title, the first of a list ("the foreign
        // ministers (A and B)").
        let bracketed = doc.punct(k, '(')
            && (self
                .namer
                .run_at_titled(self.forms_of_address(k + 1), false))
            .is_some_and(|end| doc.punct(end, ')') || (role.plural && lists::list_mark(doc, end)));
        // "the leaders of France and Italy – A and B –": after a plural title a dash sets off
        // the list of its holders as a comma does.
        let dashed = role.plural && doc.token(k).is_dash();
        let apposition = doc.punct(k, ',') || bracketed || dashed;
        if apposition {
            // A title then a comma introduces a name only when the title is definite or owned,
            // and not when it closes the apposition of a name before it ("A, Chinese deputy
            // foreign minister, B, …": B's title follows B).
            let after_name = role.first >= 2
                && doc.punct(role.first - 1, ',')
                && doc.token(role.first - 2).is_capitalized();
            if role.determiner.is_none() && (role.owner.is_none() || after_name) && !role.plural {
                return;
            }
            k = self.forms_of_address(k + 1);
        }
        let evidence = if apposition {
            Evidence::Apposition
        } else {
            Evidence::Title
        };
        // "Germany (Chancellor A) and France (President B)": the country the bracket follows;
        // "the German head of government (Chancellor A)": the title before, which is A's.
        let in_bracket = role.first >= 2 && doc.punct(role.first - 1, '(');
        let title_before = r
            .checked_sub(1)
            .filter(|&o| in_bracket && self.role(o).end + 1 == role.first && !self.role(o).plural);
        let bracket_owner = if in_bracket {
            let country = doc.name_ending(role.first - 1).and_then(|m| m.country());
            let outer = title_before.map(|o| self.role(o));
            (country.map(Owner::Country)).or(outer.and_then(any_owner))
        } else {
            None
        };
        let mut owner = role.owner.or(bracket_owner);
        // Each name, its end, owner and evidence's end, and whether it holds another office
        // than the title's.
        let mut names: Vec<(usize, usize, Option<Owner>, usize, bool)> = Vec::new();
        let mut other_office = false;
        let capitals = !role.plural && !apposition;
        while let Some(end) = self.namer.run_at_titled(k, capitals) {
            if !self.free(k, end) || doc.token(k).line_before {
                break;
            }
            let mut evidence_end = end;
            let mut name_owner = owner;
            if let Some((o, after)) = self.of_country(end) {
                name_owner = Some(o);
                evidence_end = after;
            }
            names.push((k, end, name_owner, evidence_end, other_office));
            if !role.plural {
                break;
            }
            // Lists: ", B", ", and B", " and B", and "and North Korea, B" after "leaders of X, A";
            // "; B" when the items have commas of their own ("A, de Chile; B, de Colombia").
            let mut next = evidence_end;
            if doc.punct(next, ',') || (doc.punct(next, ';') && evidence_end > end) {
                next += 1;
            }
            // "los mandatarios de Costa Rica, A; El Salvador, B; y de Guatemala, C", "los
            // presidentes de Ecuador, A; del Consejo Europeo, B": items of a country or an
            // organisation and a name, between semicolons, each with its link or none.
            let owner_at = |at: usize| {
                let at = at + usize::from(doc.is(at, Cat::CopulativeConjunction));
                let at = at + usize::from(doc.is(at, Cat::GenitiveLink));
                // "la Comisión Europea", and "El Salvador", whose article is the name's own.
                let named = doc.name_starting(at).is_some();
                let at = at + usize::from(!named && doc.is(at, Cat::DefiniteArticle));
                doc.name_starting(at)
                    .filter(|m| doc.punct(m.end, ','))
                    .and_then(|m| Some((Owner::of(m.meaning)?, m.end)))
            };
            if doc.punct(next, ';')
                && (owner_at(next + 1).is_some() || self.portfolio_item(r, next + 1).is_some())
            {
                next += 1;
            }
            if doc.is(next, Cat::CopulativeConjunction) {
                next += 1;
            }
            // "del Consejo Europeo, B": the organisation before the next name is that name's.
            if next > evidence_end && doc.is(next, Cat::GenitiveLink) {
                match owner_at(next) {
                    Some((item_owner @ Owner::Organization(_), item_end)) => {
                        owner = Some(item_owner);
                        next = item_end + 1;
                    }
                    Some(_) => next += 1,
                    None => {}
                }
            }
            if next == evidence_end {
                break;
            }
            // "and North Korea, B"; "the Foreign Ministers of Russia A and China B": a
            // country before the next name is that name's.
            if let Some(m) = doc.name_starting(next).filter(|m| m.country().is_some()) {
                if doc.punct(m.end, ',') {
                    owner = m.country().map(Owner::Country);
                    next = m.end + 1;
                } else if m.country_form() == Some(CountryForm::Name)
                    && self.namer.run_at(m.end).is_some()
                    && !doc.token(m.end).line_before
                {
                    owner = m.country().map(Owner::Country);
                    next = m.end;
                }
            }
            // "los secretarios de Exteriores, A, y Economía, B": the next holder's own
            // portfolio, which the title does not name.
            // "; de Ciencia y Tecnología, C": one of several words, after its link.
            let item_end = if doc.punct(next + 1, ',') && self.portfolio_noun(r, next) {
                Some(next + 1)
            } else {
                self.portfolio_item(r, next)
            };
            other_office = item_end.is_some();
            if let Some(item_end) = item_end {
                // The portfolio is taken: no name.
                self.take(next, item_end);
                next = item_end + 1;
            }
            k = next;
        }
        if names.is_empty() {
            return;
        }
        // The title before the bracket describes no one else.
        if let Some(o) = title_before {
            let outer = self.role(o);
            self.take(outer.first, outer.end);
        }
        let respective = role.titles.len() == names.len();
        // "los cancilleres de Argentina y Brasil, A y B": one owner per name, in order.
        let listed = role.owners.len() == names.len();
        // "Foreign Ministers A and B, of Colombia and Venezuela respectively": the countries
        // listed after the names, in order.
        let listed_after = names
            .last()
            .and_then(|&(_, end, ..)| self.countries_listed_after(end, names.len()));
        let owners = listed_after
            .or_else(|| self.respectively(r, names.len()))
            .or_else(|| listed.then(|| role.owners.clone()));
        for (n, &(first, end, name_owner, evidence_end, other_office)) in names.iter().enumerate() {
            let title = if respective { n } else { 0 };
            let owner = owners.as_ref().map(|o| o[n]).or(name_owner);
            self.add(
                (first, end),
                (role.first, evidence_end),
                (!other_office).then_some(r),
                title,
                owner,
                evidence,
            );
        }
    }

    /// "los ministros de Interior y Justicia, A; de Comercio, B; Energía y Petróleo, C": a
    /// portfolio of its own at `k`, after a plural title that names one, in capitalised words
    /// and the connectors between them, closed by the comma before the next holder's name;
    /// where that comma is.
    fn portfolio_item(&self, r: usize, k: usize) -> Option<usize> {
        const LONGEST: usize = 8;
        let doc = self.doc;
        let role = self.role(r);
        let names_portfolio = doc.any_phrase(role.first..role.end, Cat::Portfolio);
        // An item the titles read as a title of its own ("; de Comercio, B") is not taken.
        let titled = self.roles.binary_search_by_key(&k, |r| r.first).is_ok();
        if !role.plural || !names_portfolio || titled {
            return None;
        }
        let first = k + usize::from(doc.is(k, Cat::GenitiveLink));
        let mut j = first;
        while j < first + LONGEST && doc.name(j).is_none() {
            let t = doc.tokens.get(j)?;
            let connector = j > first
                && doc.is(j, Cat::OfficeConnector)
                && t.is_lowercase()
                && doc.capitalized_in_line(j + 1);
            if !(connector || (doc.capitalized_in_line(j) && !doc.is(j, Cat::Stop))) {
                break;
            }
            j += 1;
        }
        let named_after = doc.capitalized_in_line(j + 1);
        (j > first && doc.punct(j, ',') && named_after).then_some(j)
    }

    /// Whether token `k` names a portfolio as the one in role `r` does after its link ("de
    /// Exteriores" … "Economía": "de economía" is a portfolio too).
    fn portfolio_noun(&self, r: usize, k: usize) -> bool {
        let doc = self.doc;
        let role = self.role(r);
        let word = doc.token(k);
        if !word.is_capitalized() {
            return false;
        }
        let link = (role.first..role.end)
            .find(|&j| doc.is(j, Cat::GenitiveLink) && doc.phrase_len(j, Cat::Portfolio) >= 2);
        link.is_some_and(|j| {
            let mut phrase = doc.lower(j).to_string();
            phrase.push(' ');
            phrase.push_str(&word.lower);
            doc.lex.is(Cat::Portfolio, &phrase)
        })
    }

    /// Past the forms of address and ranks between a title and a name: "President His
    /// Highness Sheikh Mohamed …", "the High Commissioner, H.E. Maj. Gen. (Rtd) George A.
    /// Owino", "the Minister of Energy, Hon. Ruth Nankabirwa".
    fn forms_of_address(&self, mut k: usize) -> usize {
        let doc = self.doc;
        // "el jeque Tamim", "el general Carlos Mata": a form of address written in lowercase
        // takes the article.
        let address = |k: usize| {
            doc.token(k).is_lowercase()
                && (doc.is(k, Cat::Honorific)
                    || doc.is(k, Cat::Courtesy)
                    || roles::head_at(doc, k).is_some_and(|(_, c, _)| c == RoleClass::Military))
        };
        loop {
            if doc.is(k, Cat::DefiniteArticle) && address(k + 1) {
                k += 1;
            }
            let len = doc.phrase_len(k, Cat::Courtesy);
            if len > 0 {
                k += len;
            } else if address(k) && doc.is(k, Cat::Honorific) {
                k += 1;
            } else if let Some((len, RoleClass::Military, false)) = roles::head_at(doc, k) {
                k += len;
                // "Maj. Gen. (Rtd)": a rank's bracketed qualifier.
                if doc.one_in_brackets(k) {
                    k += 3;
                }
            } else {
                return k;
            }
        }
    }

    /// "Cape Verde and Liberia were represented by their Foreign Affairs Ministers, A and
    /// B, respectively": the countries listed before, one per name.
    fn respectively(&self, r: usize, count: usize) -> Option<Vec<Owner>> {
        let doc = self.doc;
        let role = self.role(r);
        // The count first: the scan to the end of the sentence, for every role, is quadratic
        // in a sentence of thousands of titles and names.
        if count < 2 {
            return None;
        }
        let sentence = doc.sentence_at(role.first);
        let says_respectively = doc.any_is(role.end..sentence.end, Cat::Distributive);
        if !says_respectively {
            return None;
        }
        let mut countries = Vec::new();
        for k in sentence.first..role.first {
            if let Some(c) = doc.name_starting(k).and_then(|m| m.country()) {
                countries.push(Owner::Country(c));
            }
        }
        (countries.len() >= count).then(|| countries[countries.len() - count..].to_vec())
    }

    /// A name, a comma, a role: "Armando Benedetti, Colombia's ambassador to Venezuela".
    fn apposition_after_name(&mut self, r: usize) {
        let role = self.role(r);
        let doc = self.doc;
        // "A, Nigeria's oil minister, …" or between dashes, "A -- Nigeria's oil minister --".
        let dash = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind == Kind::Punct && t.text.chars().all(|c| matches!(c, '-' | '–' | '—'))
            })
        };
        if role.first < 2 || !(doc.punct(role.first - 1, ',') || dash(role.first - 1)) {
            return;
        }
        if role.plural {
            self.names_before_plural(r);
            return;
        }
        // "--" may be two tokens.
        let opener =
            1 + usize::from(role.first >= 3 && dash(role.first - 1) && dash(role.first - 2));
        // The role closes the apposition: punctuation or a verb follows, not another name
        // ("X, deputy of Taliban political office addresses ...").
        let closes = dash(role.end) || {
            // Past the last token: the end mark, after a break.
            let t = doc.token(role.end);
            t.line_before || t.is_any(&[',', '.', ';', '(', ')', ':']) || t.is_lowercase()
        };
        // An owned or definite role, or a title in capitals ("…, National Security Advisor").
        let titled = doc.token(role.end - 1).is_capitalized();
        let owned = role.determiner.is_some() || any_owner(role).is_some() || titled;
        // "Sami Laine, canciller, viajó": a bare title of a leader or minister between the
        // commas of an apposition, after a full name (checked below).
        let bare = doc.punct(role.end, ',') && role.class <= RoleClass::Minister;
        // "condecorará …, en el grado de Gran Cruz, al presidente colombiano": a title whose
        // article is joined to a preposition ("al", "del") is an object, no apposition.
        let object =
            doc.is(role.first, Cat::ObjectPreposition) && doc.is(role.first, Cat::Determiner);
        if !closes || !(owned || bare) || object {
            return;
        }
        let name_end = role.first - opener;
        // Find the run that ends right before the comma.
        let sentence_first = doc.sentence_at(name_end - 1).first;
        let found = (sentence_first..name_end).find(|&k| self.namer.run_at(k) == Some(name_end));
        let Some(mut first) = found else { return };
        // "se reunieron en Quito A B, presidenta de …": a place of the tables opening the run
        // is no part of the name, and the name after it is no tail of a longer one (below).
        if let Some(m) = doc
            .name_starting(first)
            .filter(|m| is_place(m) && m.end + 2 <= name_end)
        {
            first = m.end;
        }
        // "Santiago Peña, presidente de Paraguay, …": a city's or a country's name of one word
        // right before a one-word run, with no place's preposition before it, is the first name
        // (a place of the clause has one: "en Lima Peña, …" is not read so).
        let place_first_name = name_end - first == 1
            && first > sentence_first
            && self.namer.one_word_place(first - 1)
            && doc.token(first - 1).is_capitalized()
            && !doc.is(first.saturating_sub(2), Cat::PlacePreposition);
        if place_first_name {
            first -= 1;
        }
        if !owned && name_end - first < 2 {
            return;
        }
        // "la sede del Ministerio de Relaciones Exteriores, el presidente": the end of a
        // longer capitalised name, after another capitalised word, is nobody's name.
        let tail_of_name = first > sentence_first
            && goes_on_name(doc, first - 1, &[Cat::Stop, Cat::Honorific, Cat::Courtesy])
            && !doc
                .name_ending(first)
                .is_some_and(|m| is_place(m) && !names_a_site(doc, m.first));
        // "Aunque se encuentra en Veracruz, el presidente …": a place, not a name; nor the
        // name a building or site goes by ("al aeropuerto Simón Bolívar, el mandatario …",
        // "del aeropuerto internacional de Cochabamba Jorge Wilsterman, el presidente …").
        // But "recibió el lunes a A, ministro de …, y a B, …": a person verb's objects.
        let object = doc.any_phrase(sentence_first..first, Cat::PersonObjectVerb);
        let placed = first > sentence_first
            && doc.is(first - 1, Cat::PlacePreposition)
            && !(object && doc.value_is(first - 1, Cat::PlacePreposition, 1));
        // "After the meeting with Wang, the Colombian president said …", "Tras la reunión con
        // Wang, el mandatario colombiano dijo …": a phrase of time put first ends at its comma,
        // and the title after it, going on into its verb, is the sentence's subject.
        let fronted = doc.is_any_of(
            sentence_first,
            &[Cat::CircumstanceOpener, Cat::IntervalLink],
        ) && !(sentence_first..name_end).any(|k| doc.punct(k, ','))
            && doc.token(role.end).is_lowercase();
        if tail_of_name || placed || fronted || names_a_site(doc, first) {
            return;
        }
        if !self.free(first, name_end) {
            // A name found otherwise still takes the role if it has none, or only a title
            // of nobody's ("the meeting's president A -- Nigeria's oil minister --": the
            // country's office), and the role's owner if it has none, unless the role is a
            // name's after it ("President A, China's leader, B").
            let holder_after =
                doc.punct(role.end, ',') && self.namer.run_at(role.end + 1).is_some();
            let owned_office = role.owner.is_some() && !role.former && !holder_after;
            let roles = &self.roles;
            if let Some(m) = self
                .mentions
                .iter_mut()
                .find(|m| m.first == first && m.end == name_end)
            {
                let takes_role = m
                    .role
                    .is_none_or(|q| owned_office && any_owner(&roles[q]).is_none());
                if takes_role {
                    m.role = Some(r);
                    m.evidence_end = role.end;
                }
                if takes_role || !holder_after {
                    m.owner = m.owner.or(any_owner(role));
                }
            }
            return;
        }
        // "received Hon. A, Kenya's …": the form of address is the reference's too.
        self.add(
            (first, name_end),
            (self.before_address(first), role.end),
            Some(r),
            0,
            any_owner(role),
            Evidence::Apposition,
        );
    }

    /// "A and B, the presidents of Chile and Peru (respectively), met": names joined by "and"
    /// before a comma and a plural title with as many owners, one owner per name in order.
    fn names_before_plural(&mut self, r: usize) {
        let doc = self.doc;
        let role = self.role(r);
        let count = role.owners.len();
        if count < 2 || !doc.punct(role.first - 1, ',') {
            return;
        }
        let sentence_first = doc.sentence_at(role.first).first;
        let run_ending = |end: usize| {
            (end.saturating_sub(NAME_REACH).max(sentence_first)..end)
                .find(|&k| self.namer.run_at(k) == Some(end))
        };
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut end = role.first - 1;
        while let Some(first) = run_ending(end) {
            names.push((first, end));
            if names.len() == count || first == sentence_first {
                break;
            }
            // ", B", " and B", ", and B" before the next name back.
            let mut link = first;
            if doc.is(link - 1, Cat::CopulativeConjunction) {
                link -= 1;
            }
            if link > sentence_first && doc.punct(link - 1, ',') {
                link -= 1;
            }
            if link == first || link == sentence_first {
                break;
            }
            end = link;
        }
        let joined = names.len() == count
            && names
                .windows(2)
                .any(|w| doc.any_is(w[1].1..w[0].0, Cat::CopulativeConjunction));
        if !joined || !names.iter().all(|&(first, end)| self.free(first, end)) {
            return;
        }
        names.reverse();
        let respective = role.titles.len() == count;
        let owners = role.owners.clone();
        for (n, (&(first, end), owner)) in names.iter().zip(owners).enumerate() {
            let title = if respective { n } else { 0 };
            self.add(
                (first, end),
                (first, role.end),
                Some(r),
                title,
                Some(owner),
                Evidence::Apposition,
            );
        }
    }

    /// Names seen before, honorific names, and names next to speech and meeting verbs or
    /// joined by "and" to a person's name.
    fn repeated_and_verbs(&mut self) {
        let doc = self.doc;
        // Names introduced so far, found again through their words.
        let mut known: Vec<Vec<String>> = Vec::new();
        let mut index = NameIndex::default();
        for key in self
            .mentions
            .iter()
            .filter_map(|m| m.name.as_deref())
            .map(|name| name_key(doc.lex, name))
        {
            index.insert(&key, known.len());
            known.push(key);
        }
        // A word of a title is no name ("los secretarios mexicanos de Exteriores, A").
        let mut in_role = vec![false; doc.tokens.len()];
        for role in self.roles {
            if let Some(span) = in_role.get_mut(role.first..role.end) {
                span.fill(true);
            }
        }
        let mut k = 0;
        let mut runs = Vec::new();
        while k < doc.tokens.len() {
            match self.namer.run_at(k) {
                Some(end) if self.free(k, end) && !in_role[k] => {
                    runs.push((k, end));
                    k = end;
                }
                _ => k += 1,
            }
        }
        // Two passes: a verb may make a person of a name that a later "and" joins another to.
        for _ in 0..2 {
            for &(first, end) in &runs {
                if !self.free(first, end) {
                    continue;
                }
                let key = name_key(doc.lex, &doc.phrase(first, end));
                let honorific = doc.is(first, Cat::Honorific) && end - first >= 2;
                // "Mr. Sohail Mahmood", "Hon. Ruth Nankabirwa": a form of address (not in a
                // longer name: "Sheikh Zayed Road").
                let addressed = first > 0
                    && doc.is(first - 1, Cat::Courtesy)
                    && doc.token(first - 1).is_capitalized()
                    && !doc.capitalized_in_line(end);
                // "the South Lawn", "Bole Airport", "Aeropuerto La Isabela Dr. Joaquín
                // Balaguer": a run (with its form of address) after another capitalised word
                // that is no title is the tail of a longer name.
                // ("en Beijing Lavrov abordó": a place of the tables ends before the name.)
                let lead = first - usize::from(addressed);
                let after_place = doc.name_ending(lead).is_some_and(is_place);
                let tail_of_name = lead > 0
                    && !after_place
                    && goes_on_name(doc, lead - 1, &[Cat::Stop, Cat::Honorific])
                    && !doc.token(lead).line_before
                    && !doc.opens_sentence(lead);
                // A lone capitalised word opening a sentence ("Diplomats said", "Coastguards
                // warned") is a person's name only if the article uses it elsewhere too, or
                // if it meets another name ("Biden met Xi", "Lula y Petro se reunieron").
                let lone_opener = end - first == 1
                    && doc.opens_sentence(first)
                    && !self.namer.inside.contains(doc.token(first).lower.as_str())
                    && !self.meets_named(first, end);
                // "Butler visits Townsville hospital", "met Sunderland nurses": a lone
                // capitalised word before a lowercase word of no class (the noun it
                // qualifies) names a place or a body, not the person a verb takes; an
                // adverb or a verb form is no such noun ("met Okafor privately").
                let qualifies_noun = end - first == 1
                    && doc.token(end).is_lowercase()
                    && doc.classes(end) == Classes::default()
                    && !doc.ends_in(end, Cat::WordEnding, ADVERB | PAST_VERB | GERUND);
                let seen = index
                    .candidates(&key)
                    .iter()
                    .any(|&n| same_person(&known[n], &key));
                let evidence = if seen {
                    Some(Evidence::Repeated)
                } else if (honorific || addressed) && !tail_of_name {
                    Some(Evidence::Honorific)
                } else if self.modifies_plural_title(end) || self.namer.title_case[first] {
                    // A headline's capitals make no name without other evidence.
                    None
                } else if !tail_of_name
                    && !lone_opener
                    && !qualifies_noun
                    // "But Uruguay's Luis Lacalle Pou refrained", "con el cubano Raúl Castro":
                    // a country's possessive, or the article and a country's adjective, before
                    // a full name names its person, whatever the verb (not a body's name:
                    // "India's Bharatiya Janata Party").
                    && ((end - first >= 2
                        && !doc.is(end, Cat::OrgWord)
                        && self.country_before(first).is_some())
                        || self.next_to_person_verb(first, end)
                        || self.joined_to_person(first, end)
                        || self.meets_named(first, end)
                        || self.listed_with_country(first, end))
                {
                    Some(Evidence::Verb)
                } else {
                    None
                };
                if let Some(evidence) = evidence {
                    let (owner, evidence_end) = match self.of_country(end) {
                        Some((o, after)) if evidence != Evidence::Repeated => (Some(o), after),
                        _ => (None, end),
                    };
                    // "Britain's Keir Starmer", "el mexicano Felipe Calderón": the possessive
                    // country, or the country adjective after the article, is the person's.
                    let possessor = self.country_before(first);
                    let owner = owner.or(possessor.map(|(o, _)| o));
                    let evidence_first = possessor.map_or(first, |(_, at)| at);
                    self.add(
                        (first, end),
                        (evidence_first, evidence_end),
                        None,
                        0,
                        owner,
                        evidence,
                    );
                    if !seen {
                        index.insert(&key, known.len());
                        known.push(key);
                    }
                }
            }
        }
    }

    /// How far back a gapped clause looks for the verb it leaves out, in tokens.
    const GAP_REACH: usize = 48;
    /// How long a relative clause set off by commas between a subject and its verb may be
    /// ("Ruto, who took office in May, met").
    const RELATIVE_REACH: usize = 12;
    /// How many names may lead a side together ("A, B and C led the delegation").
    const SIDE_NAMES: usize = 6;

    /// The people who lead a side take its country: "Kenya was represented by A, Tanzania by
    /// B", "the Japanese side was headed by C and D", "A and B led the Indian delegation".
    fn sides_led(&mut self) {
        let doc = self.doc;
        let mut side: Option<(Owner, usize)> = None;
        for n in 0..self.mentions.len() {
            let m = &self.mentions[n];
            if m.name.is_none() {
                continue;
            }
            let (first, end) = (m.first, m.end);
            // A name joined by "and" or a comma to the last one takes its side.
            let joined = side.is_some_and(|(_, last_end)| {
                first == last_end + 1 && lists::list_mark(doc, last_end)
            });
            // "represented by Hon. A", "Lesotho by Hon. B": the side is named before the
            // forms of address.
            let addressed = self.before_address(m.evidence_first.min(first));
            let found = if joined {
                side.map(|(o, _)| o)
            } else {
                self.passive_side(addressed)
                    .or_else(|| self.gapped_side(addressed))
                    .or_else(|| self.table_side(addressed))
                    .or_else(|| self.active_side(end))
            };
            side = found.map(|o| (o, end));
            if let Some(owner) = found {
                self.mentions[n].owner.get_or_insert(owner);
            }
        }
    }

    /// "Kenya was represented by", "the Japanese side was headed by": the side before a
    /// leading verb in the passive, for the name at `first`.
    fn passive_side(&self, first: usize) -> Option<Owner> {
        let doc = self.doc;
        let mut k = self.passive_leading_verb(first)?;
        while k > 0 && doc.is(k - 1, Cat::Auxiliary) {
            k -= 1;
        }
        self.side_ending_at(k)
    }

    /// Where a passive leading verb ("represented by") ends right before `first`.
    fn passive_leading_verb(&self, first: usize) -> Option<usize> {
        let doc = self.doc;
        (first.saturating_sub(3)..first).find(|&j| {
            doc.phrase_at(j, Cat::LeadingVerb)
                .is_some_and(|(len, passive)| passive == 1 && j + len == first)
        })
    }

    /// ", Tanzania by B", "and Uganda by C": a country and the agent's preposition of an earlier passive leading
    /// verb in the sentence ("Kenya was represented by A") before the name at `first`.
    fn gapped_side(&self, first: usize) -> Option<Owner> {
        let doc = self.doc;
        let agent = first.checked_sub(1)?;
        let m = doc.name_ending(agent)?;
        let country = m.country()?;
        let sentence = doc.sentence_at(agent);
        // ", Tanzania by B", "and Uganda by C".
        let comma_before = m.first > 0 && lists::list_mark(doc, m.first - 1);
        // The clause gapped is near: a bounded look back keeps long sentences linear.
        let from = sentence.first.max(m.first.saturating_sub(Self::GAP_REACH));
        let same_agent = (from..m.first).any(|k| {
            doc.phrase_at(k, Cat::LeadingVerb)
                .is_some_and(|(len, passive)| {
                    passive == 1 && doc.lower(k + len - 1) == doc.lower(agent)
                })
        });
        (comma_before && same_agent).then_some(Owner::Country(country))
    }

    /// "A and B led the Indian delegation": the side after a leading verb, for the names
    /// before it ending at `end` (through "and" and commas to the other names).
    fn active_side(&self, end: usize) -> Option<Owner> {
        let doc = self.doc;
        let mut k = end;
        // Past the few names coordinated after this one.
        let mut names = 0;
        while lists::list_mark(doc, k) {
            names += 1;
            if names > Self::SIDE_NAMES {
                return None;
            }
            k = self.namer.run_at(k + 1)?;
        }
        if doc.phrase_at(k, Cat::LeadingVerb) != Some((1, 0)) {
            return None;
        }
        let at = k + 1 + usize::from(doc.is(k + 1, Cat::DefiniteArticle));
        let m = doc.name_starting(at)?;
        let possessive = usize::from(doc.is_possessive(m.end));
        doc.is(m.end + possessive, Cat::DelegationNoun)
            .then(|| m.country().map(Owner::Country))
            .flatten()
    }

    /// A table line "Uganda : H.E. Yoweri Museveni, President": the country heading the line.
    fn table_side(&self, first: usize) -> Option<Owner> {
        let doc = self.doc;
        let colon = first.checked_sub(1).filter(|&c| doc.punct(c, ':'))?;
        let m = doc.name_ending(colon)?;
        // A country's name, not a dateline's city ("WASHINGTON: David Lipton, …").
        let country_name = m.country_form() == Some(CountryForm::Name);
        (doc.token(m.first).line_before && country_name)
            .then(|| m.country().map(Owner::Country))
            .flatten()
    }

    /// Where the forms of address before the name at `first` start ("H.E. Mr. A", "el Sr.
    /// A").
    fn before_address(&self, first: usize) -> usize {
        let doc = self.doc;
        let mut k = first;
        while k > 0 && doc.is(k - 1, Cat::Courtesy) {
            k -= 1;
        }
        k - usize::from(k < first && k > 0 && doc.is(k - 1, Cat::DefiniteArticle))
    }

    /// "Kenya", "the Japanese side", "North Korea's delegation" ending just before `k`.
    fn side_ending_at(&self, k: usize) -> Option<Owner> {
        let doc = self.doc;
        let last = k.checked_sub(1)?;
        if let Some(m) = doc.name_ending(k) {
            return m.country().map(Owner::Country);
        }
        if !doc.is(last, Cat::DelegationNoun) {
            return None;
        }
        let before = last.checked_sub(1)?;
        let end = if doc.is_possessive(before) {
            before
        } else {
            last
        };
        let m = doc.name_ending(end)?;
        m.country().map(Owner::Country)
    }

    /// "AAPI Business and Faith Leaders", "Faith Leaders": capitalised words before a plural
    /// title (through "and", without a portfolio that would make them part of the title) say
    /// which leaders; they name nobody.
    fn modifies_plural_title(&self, end: usize) -> bool {
        let doc = self.doc;
        for k in end..end + 6 {
            let Some(t) = doc.tokens.get(k) else {
                return false;
            };
            if t.is_capitalized() && roles::head_at(doc, k).is_some_and(|(_, _, plural)| plural) {
                return true;
            }
            let modifier_word = t.is_capitalized()
                && roles::head_at(doc, k).is_none()
                && !doc.is(k, Cat::Portfolio)
                && !doc.is(k, Cat::RoleModifier);
            let joiner = doc.is(k, Cat::Stop) && t.is_lowercase();
            if t.line_before || !(modifier_word || joiner) {
                return false;
            }
        }
        false
    }

    /// Where the clause of a name ending at `end` goes on past a relative clause set off by
    /// commas ("Ruto, who took office in May, met"): the token after its closing comma, else
    /// `end`.
    fn past_relative(&self, end: usize) -> usize {
        let doc = self.doc;
        if doc.punct(end, ',') && doc.is(end + 1, Cat::Relative) {
            for j in end + 2..end + Self::RELATIVE_REACH {
                if doc.punct_or_end(j) {
                    return if doc.punct(j, ',') { j + 1 } else { end };
                }
            }
        }
        end
    }

    /// "Sanders said", "said Harper", "Putin met", "met with Kim", "received Erdogan",
    /// "Ruto, who took office in May, met".
    fn next_to_person_verb(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        let verb = self.past_relative(end);
        let adverb = usize::from(doc.is(verb, Cat::VerbAdverb));
        let verb_after = doc.has_phrase(verb + adverb, Cat::PersonVerb)
            || doc.is(verb + adverb, Cat::LeadingVerb);
        let opens_sentence = doc.opens_sentence(first);
        // "thanked Kassym-Jomart Tokayev", "called on Imran Khan", "met Ireland's Micheal
        // Martin".
        let object_at = self.possessive_country(first).map_or(first, |(_, at)| at);
        // (Not "welcomed Airbus's commitment": a possessor is no object.)
        let takes_person = !doc.is_possessive(end)
            && (object_at.saturating_sub(2)..object_at).any(|j| {
                doc.phrase_at(j, Cat::PersonObjectVerb)
                    .is_some_and(|(len, _)| j + len == object_at)
            });
        let said_before = first >= 1 && doc.is(first - 1, Cat::SpeechVerb) && !opens_sentence;
        // "attended by Brazil's Ivan Mamani": the possessive country comes between.
        let with_at_meeting = object_at >= 1
            && (doc.is(object_at - 1, Cat::Comitative) || doc.is(object_at - 1, Cat::PassiveAgent))
            && end - first > 1
            && self.in_meeting_sentence(first);
        // "represented by Raila Odinga", "…, Tanzania by Samia Suluhu Hassan".
        let led_by =
            self.passive_leading_verb(first).is_some() || self.gapped_side(first).is_some();
        (verb_after || takes_person || said_before || with_at_meeting || led_by)
            && !(end - first == 1 && doc.is(first, Cat::Honorific))
    }

    /// Whether the name from `first` to `end` is the subject of a meeting verb whose object,
    /// or whose other subject, is a name too ("Biden met Xi", "Lula y Petro se reunieron"), or
    /// the object of one whose subject is a person ("Lula se reunió con Petro").
    fn meets_named(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        // "met with Catholic and Anglican bishops": capitalised words before one's own people,
        // written small, qualify them and name no one.
        let partner_end = end + 2 * usize::from(doc.is(end, Cat::CopulativeConjunction));
        if roles::names_own_people(doc, end)
            || (partner_end > end && roles::names_own_people(doc, partner_end))
        {
            return false;
        }
        // A verb of discussing takes its topic for its object, not a person ("discussed Danube
        // shipping"), unless it ends in a link to a person or one follows ("abordó con X").
        let verb_end = |k: usize| {
            doc.phrase_at(k, Cat::MeetingVerb)
                .map(|(len, _)| k + len)
                .filter(|&end| {
                    !doc.is(k, Cat::AgendaCue) || doc.any_is(end - 1..end + 1, Cat::Comitative)
                })
        };
        let object_at = first - usize::from(first > 0 && doc.is(first - 1, Cat::Comitative));
        if (object_at.saturating_sub(3)..object_at)
            .any(|v| v > 0 && marked(&self.name_ends, v) && verb_end(v) == Some(object_at))
        {
            return true;
        }
        // "Ruto will meet Okafor", "Ruto then met Okafor", "Ruto, who took office in May, met
        // Okafor": over auxiliaries, adverbs and a relative clause set off by commas.
        let verb_first = self.past_relative(end);
        let mut verb = verb_first;
        while verb < verb_first + 3 && doc.is_any_of(verb, &[Cat::Auxiliary, Cat::VerbAdverb]) {
            verb += 1;
        }
        if let Some(v) = verb_end(verb) {
            let object = v + usize::from(doc.is(v, Cat::Comitative));
            // "met Xi", or a titled name: "abordó con su par chino, Wang Yi".
            let named = |k: usize| marked(&self.name_starts, k);
            let titled_at = |object: usize| {
                (self.roles.iter()).any(|r| {
                    r.first == object
                        && (named(r.end) || (doc.punct(r.end, ',') && named(r.end + 1)))
                })
            };
            // "Sánchez recibió este martes en la Moncloa al primer ministro de Portugal, X":
            // a titled name past the verb's complements of time and place, or a passive's
            // agent, titled or named ("X was received on Monday by Treasury Secretary Y").
            let mut k = object;
            while k < object + PAST_COMPLEMENTS && doc.token(k).kind != Kind::Punct {
                if doc.is(k, Cat::PassiveAgent) {
                    return titled_at(k + 1) || named(k + 1);
                }
                if titled_at(k) {
                    return true;
                }
                k += 1;
            }
            return self.namer.run_at(object).is_some();
        }
        doc.is(end, Cat::CopulativeConjunction)
            && (self.namer.run_at(end + 1)).is_some_and(|other| verb_end(other).is_some())
    }

    /// "Estuvieron por la parte cubana el canciller A; el ministro B": a titled name with no
    /// owner of its own belongs to the side its sentence named before it, unless a name with
    /// no title between starts another clause ("…, and Ruto was joined by C").
    fn titled_sides(&mut self) {
        let doc = self.doc;
        // Where a name with no title starts.
        let mut untitled = vec![false; doc.tokens.len()];
        for m in &self.mentions {
            if m.role.is_none() && m.name.is_some() {
                untitled[m.first] = true;
            }
        }
        let mut sides = None;
        for n in 0..self.mentions.len() {
            let m = &self.mentions[n];
            let (Some(r), None, Some(_)) = (m.role, m.owner, &m.name) else {
                continue;
            };
            let first = self.role(r).first.min(m.first);
            let side = sides_of(doc, &mut sides, first)
                .before(first)
                .filter(|&(_, at)| {
                    untitled
                        .get(at..first)
                        .is_some_and(|span| !span.contains(&true))
                });
            self.mentions[n].side = side.map(|(side, _)| side);
        }
    }

    /// "Dilma Rousseff (Brasil), Felipe Calderón (México) y …", "Danilo Medina, de República
    /// Dominicana; Tabaré Vásquez, de Uruguay": names of two words or more, each with its
    /// country, listed one after another, are people (a lone place may take its country so,
    /// "Sochi (Russia)"; a list of full names does not).
    fn listed_with_country(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        let item_end = |first: usize, end: usize| {
            (end - first >= 2)
                .then(|| self.of_country(end))
                .flatten()
                .map(|(_, after)| after)
        };
        let Some(after) = item_end(first, end) else {
            return false;
        };
        let joiner = |k: usize| lists::list_mark(doc, k) || doc.punct(k, ';');
        let mut next = after;
        while next < after + 2 && joiner(next) {
            next += 1;
        }
        let next_listed = next > after
            && self
                .namer
                .run_at(next)
                .is_some_and(|next_end| item_end(next, next_end).is_some());
        // The item before ends in its country: "(Brasil), A (…)", "de Uruguay; A, de …".
        let mut before = first;
        while before + 2 > first && before > 0 && joiner(before - 1) {
            before -= 1;
        }
        let bracket = usize::from(before > 0 && doc.punct(before - 1, ')'));
        let previous_listed = before < first
            && doc.name_ending(before - bracket).is_some_and(|m| {
                let Some(prior) = m.first.checked_sub(1) else {
                    return false;
                };
                let link = prior.saturating_sub(usize::from(doc.is(prior, Cat::DefiniteArticle)));
                m.country().is_some()
                    && (if bracket == 1 {
                        doc.punct(prior, '(')
                    } else {
                        doc.is(link, Cat::OriginLink)
                    })
            });
        next_listed || previous_listed
    }

    fn in_meeting_sentence(&self, k: usize) -> bool {
        let doc = self.doc;
        let s = doc.sentence_at(k);
        s.range()
            .any(|j| doc.is_any_of(j, &[Cat::MeetingNoun, Cat::MeetingVerb]))
    }

    /// "Abe and Putin", "Trump, Kim and their aides": a name beside a person's name; in a
    /// caption also "George Bush with Dmitry Medvedev".
    fn joined_to_person(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        let caption = !doc.sentence_at(first).terminated;
        let person_at = |k: usize| marked(&self.name_starts, k);
        let person_ends_at = |k: usize| marked(&self.name_ends, k);
        let joiner = |k: usize| lists::list_mark(doc, k) || (caption && doc.is(k, Cat::Comitative));
        // "After the forum in Linz, A and B dined": a name where something is, before the
        // comma, is the place of the clause it closes, not one of a list of people.
        let placed = first > 0 && doc.value_is(first - 1, Cat::PlacePreposition, 0);
        (!placed && joiner(end) && person_at(end + 1))
            || (first >= 2 && joiner(first - 1) && person_ends_at(first - 1))
    }

    /// "the Russian leader", "the defence and foreign ministers": a definite or possessive
    /// role with no name after it.
    fn description(&mut self, r: usize) {
        let role = self.role(r);
        let doc = self.doc;
        // "the leaders of France and Germany", "Kenyan and Ugandan leaders", "the foreign
        // ministers of A, B and C": a plural title with two owners or more stands for one
        // holder per owner, article or not ("the agreements of the leaders of A and B" names
        // whose they are, not who met).
        // (But for a word of attending: "with the participation of the presidents of A, B
        // and C", "con la participación de los presidentes de A y B" name who took part.)
        let link = role.first.checked_sub(1);
        let attending = link.is_some_and(|link| {
            (link.saturating_sub(ATTENDANCE_REACH)..=link).any(|j| {
                doc.phrase_at(j, Cat::Attendance)
                    .is_some_and(|(len, _)| j + len == link || j + len == link + 1)
            })
        });
        let complement = link.is_some_and(|link| doc.is(link, Cat::GenitiveLink)) && !attending;
        let holder_per_owner =
            role.plural && !complement && role.titles.len() == 1 && role.owners.len() >= 2;
        // A leaders' title needs no article; nor does any that opens its sentence, as a bare
        // plural subject ("Foreign ministers of A, B and C met", "Cancilleres de A y B …").
        let opens_sentence = doc.sentence_at(role.first).first == role.first;
        let leader_per_owner =
            holder_per_owner && (role.class == RoleClass::Leader || opens_sentence);
        // "Peru's president": a possessive owner determines the title as an article does.
        let possessed = (role.first..role.end).any(|k| doc.is_possessive(k));
        let described = leader_per_owner
            || possessed
            || matches!(
                role.determiner,
                Some(Determiner::Definite | Determiner::Possessive)
            );
        // "del gobernante Partido del Trabajo": a title before an institution's name
        // qualifies it.
        let qualifies_body = doc.capitalized_in_line(role.end) && doc.is(role.end, Cat::OrgWord);
        // "Tinubu, who is the current head of ECOWAS", "quien es el presidente de la CEDEAO": a
        // title after a relative's copula says what its antecedent is, and names nobody new.
        let predicate = role.first >= 2
            && doc.is(role.first - 1, Cat::Copula)
            && doc.is(role.first - 2, Cat::Relative);
        // "the leader of the UN health agency", "the United Nations' food agency": an
        // organisation's name that qualifies a noun after it is not the title's owner; the
        // body the tables do not know is.
        let qualifies_noun = (role.first..role.end).any(|k| {
            doc.any_is(role.first..k, Cat::GenitiveLink)
                && doc.name_starting(k).is_some_and(|m| {
                    let next = m.end + usize::from(doc.is_possessive(m.end));
                    matches!(m.meaning, Meaning::Organization(_))
                        && next < role.end
                        && !doc.token(next).is_capitalized()
                })
        });
        if !described
            || qualifies_body
            || predicate
            || qualifies_noun
            || !self.free(role.first, role.end)
        {
            return;
        }
        // A name after it makes it a title, handled above; so does a name in apposition a list
        // took ("los presidentes de Chile, A; y de Paraguay, B").
        let named_after = doc.punct(role.end, ',') && marked(&self.name_starts, role.end + 1);
        // So does a name's evidence that holds it, its title given way to another ("the
        // meeting's president A -- Nigeria's oil minister --").
        let held = |m: &PersonMention| {
            m.role == Some(r) || (m.evidence_first <= role.first && role.end <= m.evidence_end)
        };
        if named_after || self.mentions.iter().any(held) {
            return;
        }
        // A determined plural title with two owners or more is one person per owner ("the
        // leaders of France and Germany", "los presidentes ruso y chino"); any other plural
        // names a group, not people one by one, unless it coordinates offices ("the defence
        // and foreign ministers").
        if holder_per_owner {
            for &owner in &role.owners {
                self.describe_one(r, 0, Some(owner));
            }
            return;
        }
        if role.plural && role.titles.len() == 1 {
            return;
        }
        let owner = any_owner(role);
        let side = owner
            .is_none()
            .then(|| sides_of(doc, &mut self.sides, role.first).whole)
            .flatten()
            .map(|(side, _)| side);
        for title in 0..role.titles.len() {
            self.describe_one(r, title, owner);
            if let Some(m) = self.mentions.last_mut() {
                m.side = side;
            }
        }
    }

    /// A person known by title `title` of role `r`, owned by `owner`.
    fn describe_one(&mut self, r: usize, title: usize, owner: Option<Owner>) {
        let role = self.role(r);
        let span = (role.first, role.end);
        self.add(span, span, Some(r), title, owner, Evidence::Description);
    }
}

/// "Foreign Minister A and her Hungarian counterpart B", "la canciller A y su homólogo B": a
/// counterpart joined to the named person whose counterpart it is holds that person's title
/// in its own gender and rank, whoever else the meeting has. (A leader's counterpart is the
/// other side's leader, which the cast finds as it is.)
fn counterparts_named_beside(doc: &Doc, roles: &mut [Role], mentions: &[PersonMention]) {
    for m in mentions {
        let Some(r) = m.role.filter(|&r| roles[r].relational) else {
            continue;
        };
        let first = roles[r].first;
        // "A and her counterpart", "A, y su homólogo": the comma before the conjunction is
        // skipped below.
        let joined = first >= 2 && doc.is(first - 1, Cat::CopulativeConjunction);
        if roles[r].determiner != Some(roles::Determiner::Possessive) || !joined {
            continue;
        }
        let before = first - 1 - usize::from(doc.punct(first - 2, ','));
        let anchor = mentions.iter().find(|p| {
            p.name.is_some()
                && p.evidence_end == before
                && p.role.is_some_and(|a| {
                    !roles[a].relational
                        && roles[a].class != crate::tables::lexicon::RoleClass::Leader
                })
        });
        let Some((a, t)) = anchor.and_then(|p| Some((p.role?, p.title))) else {
            continue;
        };
        let (title, class) = (&roles[a].titles[t], roles[a].class);
        if let Some(own) = roles::counterpart_title(doc.lex, title, &roles[r].titles[0]) {
            let counterpart = &mut roles[r];
            counterpart.titles = vec![own];
            counterpart.class = class;
            counterpart.relational = false;
        }
    }
}

/// How many words of time and place may stand between a verb of meeting and the link to
/// whom it meets ("recibió este martes en el Palacio de la Moncloa al …").
const PAST_COMPLEMENTS: usize = 10;

/// Which tokens stand in a paragraph written in capitals of at least fifteen words: a
/// communiqué in capitals, where titles still introduce names (a headline is shorter).
fn shouted_paragraphs(doc: &Doc) -> Vec<bool> {
    mark_lines(&doc.tokens, &|first, end| {
        doc.shouted(first) && words_in(doc.tokens_between(first, end), 1).0 >= 15
    })
}

/// Which tokens stand on a line written in title case: at least three words of four letters
/// or more, all capitalised, and no sentence inside (no full stop before the line ends).
fn title_case_lines(doc: &Doc) -> Vec<bool> {
    mark_lines(&doc.tokens, &|first, end| {
        let line = doc.tokens_between(first, end);
        let (count, capitalised) = words_in(line, 4);
        let sentence_inside = line
            .split_last()
            .is_some_and(|(_, before)| before.iter().any(|t| t.is_any(&['.', '!', '?'])));
        // A line that ends in a full stop is running text, however short.
        let closed = line.last().is_some_and(|t| t.is('.'));
        count >= 3 && capitalised == count && !sentence_inside && !closed
    })
}

/// How many words of at least `letters` characters `line` holds, and how many of them are
/// capitalised.
fn words_in(line: &[crate::text::tokens::Token], letters: usize) -> (usize, usize) {
    let (mut count, mut capitalised) = (0, 0);
    for t in line {
        if t.kind == Kind::Word && crate::text::char_count(&t.text) >= letters {
            count += 1;
            capitalised += usize::from(t.is_capitalized());
        }
    }
    (count, capitalised)
}

/// The sides a sentence names, read in one pass so that a long sentence stays linear.
struct SentenceSides {
    /// The sentence's index.
    sentence: usize,
    /// Its first token.
    first: usize,
    /// For each of its tokens, the side named before it in its clause ("por la parte cubana,
    /// el canciller A", not "A recibió a la delegación mexicana" nor "…, while Ruto was
    /// accompanied by B"), and where it is named.
    before: Vec<Option<(Owner, usize)>>,
    /// The side the sentence speaks of: "North Korea's delegation included …", "On the
    /// Russian side, …" (for "its foreign minister", "the country's defence minister").
    whole: Option<(Owner, usize)>,
}

impl SentenceSides {
    /// The sides sentence `s` names.
    fn read(doc: &Doc, s: usize) -> SentenceSides {
        let sentence = doc.sentence(s);
        let mut before = Vec::with_capacity(sentence.end - sentence.first);
        let mut whole = None;
        let mut side = None;
        let mut clause_first = sentence.first;
        for j in sentence.range() {
            before.push(side);
            if doc.is(j, Cat::ClauseOpener) {
                side = None;
            }
            if doc.is(j, Cat::ClauseOpener) || doc.punct(j, ',') || doc.punct(j, ';') {
                clause_first = j + 1;
            }
            let Some(m) = doc.name_starting(j) else {
                continue;
            };
            let Some(c) = m.country() else {
                continue;
            };
            let after = m.end + usize::from(doc.is_possessive(m.end));
            // "la delegación rusa", "por parte norcoreana", "por parte de Nicaragua": the noun
            // may come first, before the adjective or a link to the name.
            let side_noun = |k: usize| doc.is(k, Cat::DelegationNoun) || doc.is(k, Cat::SideNoun);
            let noun_before = match m.country_form() {
                Some(CountryForm::Adjective) => j > 0 && side_noun(j - 1),
                _ => j > 1 && doc.is(j - 1, Cat::GenitiveLink) && side_noun(j - 2),
            };
            let named = doc.is(after, Cat::DelegationNoun) || noun_before;
            if named {
                whole = whole.or(Some((Owner::Country(c), j)));
            }
            if named && opens_clause(doc, clause_first, j) {
                side = Some((Owner::Country(c), j));
            } else if j > 0
                && doc.is(j - 1, Cat::PassiveAgent)
                && side.is_some_and(|(o, _)| o != Owner::Country(c))
            {
                // "Por parte del Gobierno argentino, A; … y por Uruguay, B": another country
                // after "by" starts another side.
                side = None;
            }
        }
        SentenceSides {
            sentence: s,
            first: sentence.first,
            before,
            whole,
        }
    }

    /// The side named before token `k` of the sentence in its clause.
    fn before(&self, k: usize) -> Option<(Owner, usize)> {
        self.before.get(k - self.first).copied().flatten()
    }
}

/// The sides of the sentence of token `k`, from `cache` when it holds that sentence's.
fn sides_of<'c>(doc: &Doc, cache: &'c mut Option<SentenceSides>, k: usize) -> &'c SentenceSides {
    let s = doc.sentence_index(k);
    if cache.as_ref().is_some_and(|c| c.sentence != s) {
        *cache = None;
    }
    cache.get_or_insert_with(|| SentenceSides::read(doc, s))
}

/// Whether only function words and a verb of presence come between `first` and a side named
/// at `at`: the side opens the clause ("Por la parte cubana …", "Asistieron de la delegación
/// mexicana …", "On the Chilean side, …"), it is no object ("Para acoger a la delegación
/// mauritana, …").
fn opens_clause(doc: &Doc, first: usize, at: usize) -> bool {
    let mut k = first;
    while k < at {
        let len = doc.phrase_len(k, Cat::DelegationCue);
        if len > 0 {
            k += len;
        } else if doc.is_any_of(k, &[Cat::Stop, Cat::DelegationNoun, Cat::SideNoun]) {
            k += 1;
        } else {
            return false;
        }
    }
    true
}

/// The words of a name as compared for identity: lowercase, accents and hyphens gone,
/// particles, honorifics and courtesy titles dropped.
pub fn name_key(lex: &Lexicon, name: &str) -> Vec<String> {
    // Hyphens and full stops part words as spaces do ("Kim Jong-un", "N. Nazarbayev").
    let mut folded = String::new();
    for c in fold(name).chars() {
        folded.push(if c == '-' || c == '.' { ' ' } else { c });
    }
    let (mut words, mut kept) = (Vec::new(), Vec::new());
    for w in folded.split(' ') {
        if w.is_empty() {
            continue;
        }
        if !lex
            .classes(w)
            .has_any(&[Cat::NameParticle, Cat::Honorific, Cat::Courtesy])
        {
            kept.push(w.to_string());
        }
        words.push(w.to_string());
    }
    if kept.is_empty() { words } else { kept }
}

/// Lowercase without diacritics.
pub fn fold(s: &str) -> String {
    // Pushed in a loop: collecting would be a generic copy of its own.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(match crate::text::case::lower(c) {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
            'ñ' | 'ń' => 'n',
            'ç' | 'ć' | 'č' => 'c',
            'ş' | 'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ğ' => 'g',
            'ı' => 'i',
            'ł' => 'l',
            '’' | 'ʼ' => '\'',
            c => c,
        });
    }
    out
}

/// Whether two name keys can be the same person: one's words all in the other's, or the
/// same words but for one slip of the pen in a long word ("Fukada" for "Fukuda").
pub fn same_person(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    if short.iter().all(|w| long.contains(w)) {
        return true;
    }
    // "N. Nazarbayev" and "Nursultan Nazarbayev": an initial stands for a word it begins, when
    // a whole word is shared.
    let covered = |x: &[String], y: &[String]| {
        x.iter()
            .any(|w| crate::text::char_count(w) > 1 && y.contains(w))
            && x.iter().all(|w| {
                y.contains(w)
                    || (crate::text::char_count(w) == 1
                        && y.iter()
                            .any(|l| l.len() > w.len() && l.starts_with(w.as_str())))
            })
    };
    if covered(a, b) || covered(b, a) {
        return true;
    }
    // A slip of one letter in a long word; in a short one ("Yván Gil", "Iván Gil": a
    // transliteration) only when every other word is the same.
    let exact = short.iter().filter(|w| long.contains(w)).count();
    let one_short_slip = exact >= 1 && exact + 1 == short.len();
    short.iter().all(|w| {
        let letters = crate::text::char_count(w);
        long.iter()
            .any(|l| l == w || ((letters >= 5 || (one_short_slip && letters >= 3)) && near(w, l)))
    })
}

/// How many letters `a` and `b` have alike from the start.
pub(crate) fn shared_prefix(a: &str, b: &str) -> usize {
    let mut prefix = 0;
    let (mut x, mut y) = (a.chars(), b.chars());
    while let (Some(p), Some(q)) = (x.next(), y.next())
        && p == q
    {
        prefix += 1;
    }
    prefix
}

/// Edit distance of at most one.
fn near(a: &str, b: &str) -> bool {
    let (la, lb) = (crate::text::char_count(a), crate::text::char_count(b));
    if la.abs_diff(lb) > 1 {
        return false;
    }
    // The letters alike from the start and from the end, read in plain loops.
    let prefix = shared_prefix(a, b);
    let mut suffix = 0;
    let (mut x, mut y) = (a.chars(), b.chars());
    while let (Some(p), Some(q)) = (x.next_back(), y.next_back())
        && p == q
    {
        suffix += 1;
    }
    la.max(lb).saturating_sub(prefix + suffix) <= 1
}

/// Names seen so far, found again by their words: each word, and the first and last three
/// letters of long words (a slip of the pen leaves one of them whole). Only the latest
/// holders of a part are kept, so a text of a million names stays linear.
#[derive(Default)]
pub struct NameIndex {
    by_part: FastMap<String, Vec<usize>>,
}

impl NameIndex {
    /// The most recent holders of one part that are looked at.
    const RECENT: usize = 48;

    /// Calls `f` with each part of `key`, built in one buffer: this runs for every name
    /// mention, and most parts are already filed.
    fn for_each_part(key: &[String], f: &mut dyn FnMut(&str)) {
        let mut part = String::new();
        for w in key {
            f(w);
            if crate::text::char_count(w) >= 5 {
                // Pushed one by one: `extend` would be a generic copy for each iterator.
                part.clear();
                part.push('<');
                for c in w.chars().take(3) {
                    part.push(c);
                }
                f(&part);
                part.clear();
                part.push('>');
                for c in w.chars().rev().take(3) {
                    part.push(c);
                }
                f(&part);
            }
        }
    }

    /// Files `key` under `id`.
    pub fn insert(&mut self, key: &[String], id: usize) {
        Self::for_each_part(key, &mut |part| match self.by_part.get_mut(part) {
            Some(ids) if ids.last() == Some(&id) => {}
            Some(ids) => ids.push(id),
            None => {
                self.by_part.insert(part.to_owned(), vec![id]);
            }
        });
    }

    /// Ids filed under a part of `key`, ascending, that may be the same person.
    pub fn candidates(&self, key: &[String]) -> Vec<usize> {
        let mut ids: Vec<usize> = Vec::new();
        Self::for_each_part(key, &mut |part| {
            if let Some(filed) = self.by_part.get(part) {
                // In any order: they are sorted below.
                ids.extend_from_slice(&filed[filed.len().saturating_sub(Self::RECENT)..]);
            }
        });
        crate::text::sorting::sort_dedup(&mut ids);
        ids
    }
}

/// Whether the title word at `k` is a surname: a one-word title right after a capitalised
/// word that is no title, no place and no function word, with no article before that word
/// and no capitalised word or complement of the title after it ("Martín Rey y Paula Soto",
/// "Stephen King said"; not "King Charles", "Spain's King", "the Managing Director", "Sam
/// Nujoma President of Namibia"). A title's plural is a surname only in a name set off by
/// punctuation on both sides, as an apposition is ("la presidenta de Honduras, Marta Reyes,",
/// "de Honduras, Marcela Zelaya Reyes;"; not "Nordic Leaders met"), or between two words of a
/// name ("Edgar Reyes Monterroso": no name follows a plural title as one follows "Minister" in
/// "Digitalisation Minister Jan Horak").
fn surname_like_title(doc: &Doc, k: usize) -> bool {
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let after_article = before
        .checked_sub(1)
        .is_some_and(|a| doc.is(a, Cat::Determiner));
    if after_article || doc.is(k + 1, Cat::TitleComplement) {
        return false;
    }
    let first_name = doc.token(before);
    first_name.kind == Kind::Word
        && first_name.is_capitalized()
        && doc.name(before).is_none()
        && roles::head_at(doc, before).is_none()
        && !doc.is_any_of(
            before,
            &[Cat::Stop, Cat::Courtesy, Cat::RoleModifier, Cat::Portfolio],
        )
        && doc.role_at(k).is_some_and(|(len, _, plural)| {
            // The name's words before it, one or two ("Marta Reyes", "Marcela Zelaya Reyes"),
            // open after a mark.
            let opens_after_mark = |first: usize| {
                first > 0
                    && doc.token(first - 1).kind == Kind::Punct
                    && (first..before).all(|j| doc.token(j).is_capitalized())
            };
            let set_off = doc.token(k + 1).kind == Kind::Punct
                && (opens_after_mark(before) || (before > 1 && opens_after_mark(before - 1)));
            let name_after =
                doc.token(k + 1).kind == Kind::Word && doc.token(k + 1).is_capitalized();
            len == 1
                && if plural {
                    set_off || name_after
                } else {
                    !name_after
                }
        })
}

/// The key of two words in a row: both, lowercase, with a space between.
fn pair_key(first: &str, next: &str) -> String {
    let mut key = String::with_capacity(first.len() + 1 + next.len());
    key.push_str(first);
    key.push(' ');
    key.push_str(next);
    key
}

/// The most words of a name read back from its end ("Luiz Inácio Lula da Silva").
const NAME_REACH: usize = 8;

/// How many words a phrase of attending may take before a title's genitive link ("con la
/// participación de").
const ATTENDANCE_REACH: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<String> {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let p = find(&doc);
        p.mentions
            .iter()
            .map(|m| {
                let title = m
                    .role
                    .map(|r| p.roles[r].titles[m.title].clone())
                    .unwrap_or_default();
                let owner = match m.owner {
                    Some(Owner::Country(c)) => doc.lex.countries[c as usize].name.clone(),
                    Some(Owner::Organization(o)) => doc.lex.organizations[o as usize].name.clone(),
                    None => String::new(),
                };
                format!(
                    "{}|{title}|{owner}",
                    m.name.clone().unwrap_or_else(|| "-".into())
                )
            })
            .collect()
    }

    #[test]
    fn table_of_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "Foreign and Defense Ministers Sergei Lavrov and Sergei Shoigu attended.",
                &[
                    "Sergei Lavrov|Foreign Minister|",
                    "Sergei Shoigu|Defense Minister|",
                ],
            ),
            (
                "The meeting between the leaders of Russia, Vladimir Putin, and North Korea, Kim Jong-un, ended.",
                &[
                    "Vladimir Putin|leader|Russia",
                    "Kim Jong-un|leader|North Korea",
                ],
            ),
            (
                "Russian President Vladimir Putin met Chinese leader Xi Jinping.",
                &["Vladimir Putin|President|Russia", "Xi Jinping|leader|China"],
            ),
            (
                "The president of Venezuela, Nicolás Maduro, and his Colombian counterpart, Gustavo Petro, met.",
                &[
                    "Nicolás Maduro|president|Venezuela",
                    "Gustavo Petro|counterpart|Colombia",
                ],
            ),
            (
                "It was announced by Armando Benedetti, Colombia’s ambassador to Venezuela.",
                &["Armando Benedetti|ambassador to Venezuela|Colombia"],
            ),
            (
                "In attendance were Presidents Umaro Sissoco Embalo of Guinea-Bissau, Macky Sall of Senegal, and Nana Akufo-Addo of Ghana.",
                &[
                    "Umaro Sissoco Embalo|President|Guinea-Bissau",
                    "Macky Sall|President|Senegal",
                    "Nana Akufo-Addo|President|Ghana",
                ],
            ),
            (
                "Cape Verde and Liberia were represented by their Foreign Affairs Ministers, Luís Tavares and Dee-Maxwell Kemayah Sr., respectively.",
                &[
                    "Luís Tavares|Foreign Affairs Minister|Cape Verde",
                    "Dee-Maxwell Kemayah Sr.|Foreign Affairs Minister|Liberia",
                ],
            ),
            (
                "Saudi Arabia’s King Salman and crown prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan.",
                &[
                    "Salman|King|Saudi Arabia",
                    "Mohammed bin Salman|crown prince|",
                    "Recep Tayyip Erdogan|President|Turkey",
                ],
            ),
            (
                "Bangladesh Prime Minister Sheikh Hasina and Egypt’s President Abdel Fattah el-Sisi spoke.",
                &[
                    "Hasina|Prime Minister|Bangladesh",
                    "Abdel Fattah el-Sisi|President|Egypt",
                ],
            ),
            (
                "Putin said the North Korean leader was welcome. Kim said yes, and Putin thanked Kim.",
                &[
                    "Putin||",
                    "-|leader|North Korea",
                    "Kim||",
                    "Putin||",
                    "Kim||",
                ],
            ),
            // A lone word opening a sentence is no name unless the article uses it inside one.
            ("Diplomats said the meeting would be long.", &[]),
            (
                "Then Kim traveled with a delegation that includes the defense and foreign ministers.",
                &["Kim||", "-|defense minister|", "-|foreign minister|"],
            ),
            (
                "Indonesian President Joko Widodo (Jokowi) spoke.",
                &["Joko Widodo|President|Indonesia"],
            ),
            (
                "President Omar Guelleh of Djibouti arrived.",
                &["Omar Guelleh|President|Djibouti"],
            ),
            (
                "Bilateral relations were discussed. Shortly before, Abe and Putin met.",
                &["Abe||", "Putin||"],
            ),
            (
                "Uganda : H.E. Yoweri Museveni, President\nKenya : Hon. Raila Odinga, Envoy",
                &[
                    "Yoweri Museveni|President|Uganda",
                    "Raila Odinga|Envoy|Kenya",
                ],
            ),
            // A dateline's city heads no table line.
            (
                "KAMPALA: Peter Mathuki met reporters.",
                &["Peter Mathuki||"],
            ),
            (
                "Kenya was represented by Raila Odinga, Tanzania by Samia Hassan.",
                &["Raila Odinga||Kenya", "Samia Hassan||Tanzania"],
            ),
            (
                "William Ruto and Raila Odinga led the Kenyan delegation.",
                &["William Ruto||Kenya", "Raila Odinga||Kenya"],
            ),
            (
                "Later Mr. Sohail Mahmood and Sheikh Tahnoun Al Nahyan arrived.",
                &["Sohail Mahmood||", "Tahnoun Al Nahyan||"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(people(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn names_compare_by_their_words() {
        let k = |s: &str| name_key(crate::lang::en::lexicon(), s);
        assert!(same_person(&k("Putin"), &k("Vladimir Putin")));
        assert!(same_person(&k("Kim Jong Un"), &k("Kim Jong-un")));
        assert!(same_person(&k("Lula"), &k("Luiz Inácio Lula da Silva")));
        assert!(same_person(&k("Fukada"), &k("Yasuo Fukuda")));
        assert!(same_person(
            &k("Alberto Fernandez"),
            &k("Alberto Fernández")
        ));
        assert!(!same_person(&k("Sergei Lavrov"), &k("Sergei Shoigu")));
        assert!(!same_person(&k("Kim"), &k("Moon Jae-in")));
        // A transliteration of a short word, the rest the same.
        assert!(same_person(&k("Yván Gil"), &k("Iván Gil")));
        assert!(same_person(&k("Serguéi Lavrov"), &k("Sergei Lavrov")));
        assert!(!same_person(&k("Ana Gil"), &k("Eva Gil")));
        assert!(!same_person(&k("Yván"), &k("Iván")));
        assert!(!same_person(&k("Raúl Gil Soto"), &k("Saúl Gil Sota")));
        // An initial stands for the word it begins, beside a whole word shared.
        assert!(same_person(&k("N. Nazarbayev"), &k("Nursultan Nazarbayev")));
        assert!(!same_person(&k("N. Nazarbayev"), &k("Dariga Nazarbayeva")));
        assert!(!same_person(&k("A. B."), &k("Ana Bel")));
    }
}
