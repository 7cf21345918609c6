//! The data tables, compiled in, and fast lookups of the phrases they hold.
//!
//! The tables are TSV files under `data/` (language-neutral: country codes and English short
//! names, organisations, outlets, cities) and `data/<lang>/` (how one language names
//! countries, its titles and its word classes). They are read once, on first use, into one
//! phrase index keyed by the lowercase token sequence, so a lookup at a token costs a hash
//! probe per candidate length.

use std::sync::OnceLock;

use crate::text::hash::{FastMap, FastSet};
use crate::text::tokens::{Kind, Token, is_all_caps, tokenize_plain};
use crate::text::word_map::WordMap;

include!(concat!(env!("OUT_DIR"), "/classes.rs"));

// A word's classes are a bit set (`Classes`): RolePlural is the last class.
const _: () = assert!((Cat::RolePlural as usize) < Classes::CAPACITY);

impl Cat {
    /// The class a `words.tsv` row gives: by its number in `data/classes.tsv`, as `build.rs`
    /// compiles the tables in, or by its name, as a table given from outside writes it.
    fn from_name(name: &str) -> Option<Cat> {
        let n = match crate::text::calendar::digits_value(name) {
            Some(n) => usize::try_from(n).ok()?,
            None => Cat::NAMES.split(' ').position(|known| known == name)?,
        };
        Cat::NAMED.get(n).copied()
    }
}

/// The classes of `roles.tsv`, from the top of a government down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleClass {
    /// Heads of state or government, monarchs.
    Leader = 0,
    /// Their deputies.
    Deputy = 1,
    /// Ministers.
    Minister = 2,
    /// Envoys, advisers, heads of bodies.
    Official = 3,
    /// Military ranks.
    Military = 4,
    /// Spokespeople.
    Spokes = 5,
    /// Never participants.
    Bystander = 6,
}

impl RoleClass {
    fn from_name(name: &str) -> Option<RoleClass> {
        // The names of `roles.tsv`, in the order of the values.
        const NAMES: &str = "leader deputy minister official military spokes bystander";
        let n = NAMES.split(' ').position(|known| known == name)?;
        Some(RoleClass::from_value(n as i32))
    }

    /// The bit of a title's value that marks a title joined to a past-holder prefix
    /// ("expresidente"): the holder is a former one.
    pub const FORMER: i32 = 8;

    /// The class stored as a phrase's value (the past-holder bit aside).
    pub fn from_value(value: i32) -> RoleClass {
        let value = value & !RoleClass::FORMER;
        [
            RoleClass::Leader,
            RoleClass::Deputy,
            RoleClass::Minister,
            RoleClass::Official,
            RoleClass::Military,
            RoleClass::Spokes,
        ]
        .get(value as usize)
        .copied()
        .unwrap_or(RoleClass::Bystander)
    }
}

/// How a phrase names a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    /// Its name or another name of it ("Russia", "Russian Federation", "DPRK").
    Name,
    /// An adjective or demonym ("Russian", "North Koreans").
    Adjective,
    /// Its capital ("Pyongyang").
    Capital,
    /// Its seat of government ("the Kremlin").
    Seat,
}

/// What a phrase of the index stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A word class, with the class's value.
    Word(Cat, i32),
    /// A country, by index into [`Lexicon::countries`].
    Country(u16, CountryForm),
    /// An organisation, by index into [`Lexicon::organizations`].
    Organization(u16),
    /// A news outlet, by index into [`Lexicon::outlets`].
    Outlet(u16),
    /// A city, by index into [`Lexicon::cities`].
    City(u16),
}

impl Meaning {
    /// Whether the phrase names something (a country, organisation, outlet or city) rather
    /// than being a word of a class.
    fn is_name(self) -> bool {
        !matches!(self, Meaning::Word(..))
    }
}

/// A phrase of a table split as the tokenizer splits text, with its key in the index: the
/// lowercase tokens joined by spaces.
enum Phrase {
    /// Words and single spaces, split where they stand: the phrase as written and its key.
    Plain(&'static str, &'static str),
    /// Anything else, split by the tokenizer.
    Tokenized(Vec<Token>),
}

impl Phrase {
    /// Calls `f` with each token as written, in order, and whether it is a word (not
    /// punctuation): two plain loops rather than a chain of adapters.
    fn for_each_token(&self, f: &mut dyn FnMut(&str, bool)) {
        match self {
            Phrase::Plain(phrase, _) => {
                for word in phrase.split(' ') {
                    f(word, true);
                }
            }
            Phrase::Tokenized(tokens) => {
                for t in tokens {
                    f(&t.text, t.kind == Kind::Word);
                }
            }
        }
    }

    /// How many tokens the phrase has.
    fn len(&self) -> usize {
        match self {
            Phrase::Plain(phrase, _) => phrase.split(' ').count(),
            Phrase::Tokenized(tokens) => tokens.len(),
        }
    }

    fn key(self) -> &'static str {
        match self {
            Phrase::Plain(_, key) => key,
            Phrase::Tokenized(tokens) => keep(join(&tokens, true)),
        }
    }
}

/// One meaning of a phrase of the tables, and how the text must write it.
#[derive(Debug, Clone)]
struct Entry {
    meaning: Meaning,
    /// For abbreviations and lowercase brand names: the tokens as they must be written, joined
    /// by spaces, apostrophes straight.
    exact: Option<&'static str>,
    /// Which tokens must start with a capital in the text (bit n for token n).
    capitals: u32,
    /// The next meaning of the same phrase in [`Lexicon::entries`] ([`NO_ENTRY`] for none).
    next: u32,
}

/// The end of a phrase's list of meanings.
const NO_ENTRY: u32 = u32::MAX;

/// A country of `data/countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// English short name, as reports give it.
    pub name: String,
    /// Its capital as the language names it ("Vilnius"), for "the Lithuanian capital".
    pub capital: Option<String>,
    /// Its other names in the language, as its `countries.tsv` lists them ("|"-separated):
    /// Spanish lists its usual short name first.
    pub names: &'static str,
}

/// An organisation of `data/organizations.tsv`.
#[derive(Debug, Clone)]
pub struct Organization {
    /// Its usual English name.
    pub name: String,
    /// Its short name in each language of the build that writes it otherwise, as
    /// `language=name` joined by `|` ("es=OTAN"): build.rs takes the first alias marked with
    /// the language.
    pub local_names: &'static str,
}

impl Organization {
    /// Its short name in the language of `code` ("OTAN" for NATO in "es"), if the table gives
    /// one.
    pub fn name_in(&self, code: &str) -> Option<&'static str> {
        self.local_names
            .split('|')
            .find_map(|entry| entry.strip_prefix(code)?.strip_prefix('='))
    }
}

/// A news outlet of `data/outlets.tsv`.
#[derive(Debug, Clone)]
pub struct Outlet {
    /// Its name as usually written.
    pub name: String,
    /// Agency, newspaper or broadcaster.
    pub kind: String,
}

/// A city of `data/cities.tsv`.
#[derive(Debug, Clone)]
pub struct City {
    /// Index of its country.
    pub country: u16,
}

/// The classes of one word, as a set: several questions about a word for one lookup.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes([u64; 4]);

impl Classes {
    /// How many classes a set can hold (asserted below the enum of classes).
    const CAPACITY: usize = 256;

    /// The word of the set that holds `cat`, and its bit there.
    fn bit(cat: Cat) -> (usize, u64) {
        let n = cat as usize;
        (n / 64, 1 << (n % 64))
    }

    /// The set with `cat`.
    pub fn with(mut self, cat: Cat) -> Classes {
        let (word, bit) = Classes::bit(cat);
        self.0[word] |= bit;
        self
    }

    /// The set without `cat`.
    pub fn without(mut self, cat: Cat) -> Classes {
        let (word, bit) = Classes::bit(cat);
        self.0[word] &= !bit;
        self
    }

    /// Whether `cat` is one of the classes.
    pub fn has(self, cat: Cat) -> bool {
        let (word, bit) = Classes::bit(cat);
        self.0[word] & bit != 0
    }

    /// Whether any of `cats` is one of the classes.
    pub fn has_any(self, cats: &[Cat]) -> bool {
        cats.iter().any(|&c| self.has(c))
    }
}

/// One match of the index in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Number of tokens matched.
    pub len: usize,
    /// What they stand for.
    pub meaning: Meaning,
}

/// All tables of one language.
pub struct Lexicon {
    /// Countries, in table order.
    pub countries: Vec<Country>,
    /// Organisations.
    pub organizations: Vec<Organization>,
    /// News outlets.
    pub outlets: Vec<Outlet>,
    /// Cities.
    pub cities: Vec<City>,
    /// Every phrase and word of the tables by its lookup form. Keys borrow from the tables
    /// (lowercased once, see [`Lexicon::from_tables`]), so most cost no allocation.
    index: FastMap<&'static str, Slot>,
    /// The meanings of all phrases; each phrase's are a list threaded through `next`, so
    /// that a phrase costs no allocation of its own.
    entries: Vec<Entry>,
    /// Each plural title (its lookup form) and the singular it was made from: how the
    /// language's plural rule made it, read backwards ("primeros ministros" → "primer
    /// ministro").
    singulars: WordMap<&'static str>,
    /// Titles whose rank depends on their owner (a third column of `roles.tsv`): the title's
    /// lookup form, singular or plural, the rank, the countries that give it ("canciller" of
    /// Germany or Austria heads the government) and whether any country named by its seat of
    /// government does ("el jefe del Kremlin").
    owner_ranks: Vec<(&'static str, RoleClass, Vec<u16>, bool)>,
    /// The words of the names in the tables ("times" of "The New York Times"), gathered at
    /// the first question: only the repair of glued words asks, and most articles need none.
    name_words: OnceLock<FastSet<&'static str>>,
    /// Whether the language writes a date in figures day first, always ("03/10/2025" is 3
    /// October in Spanish); `false` where its writers differ (English: 10/03 in the United
    /// States, 03/10 in Britain), so that the text must tell.
    pub day_first_dates: bool,
}

/// What the index knows about one lookup form: a phrase (words joined by spaces) or a word.
struct Slot {
    /// The first and last of the table phrases written so, in [`Lexicon::entries`].
    first: u32,
    last: u32,
    /// For a word: the longest phrase, in tokens, that starts with it (0 when none does).
    longest: usize,
}

impl Default for Slot {
    fn default() -> Slot {
        Slot {
            first: NO_ENTRY,
            last: NO_ENTRY,
            longest: 0,
        }
    }
}

const COUNTRIES: &str = table!("countries.tsv");
const ORGANIZATIONS: &str = table!("organizations.tsv");
const OUTLETS: &str = table!("outlets.tsv");
const CITIES: &str = table!("cities.tsv");

/// The countries of the table by their ISO 3166-1 alpha-2 code, read while the tables are:
/// one slot per pair of capital letters, so a code is found without hashing or a string.
struct CountryCodes([Option<u16>; 26 * 26]);

impl Default for CountryCodes {
    fn default() -> CountryCodes {
        CountryCodes([None; 26 * 26])
    }
}

impl CountryCodes {
    /// The slot of a code: two capital letters, else none.
    fn slot(code: &str) -> Option<usize> {
        match *code.as_bytes() {
            [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
                Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
            }
            _ => None,
        }
    }

    fn insert(&mut self, code: &str, id: u16) {
        if let Some(slot) = CountryCodes::slot(code).and_then(|n| self.0.get_mut(n)) {
            *slot = Some(id);
        }
    }

    fn get(&self, code: &str) -> Option<u16> {
        self.0.get(CountryCodes::slot(code)?).copied().flatten()
    }
}

/// The rows of a TSV table: comment lines (`#`) and blank lines skipped.
pub(crate) fn rows(table: &str) -> impl Iterator<Item = Row<'_>> {
    table
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(Row::new)
}

/// The cells of a table row, without a vector of its own: the tables are read at the first
/// extraction, where a thousand small allocations show.
pub(crate) struct Row<'a> {
    cells: [&'a str; Row::MAX_CELLS],
    len: usize,
}

impl<'a> Row<'a> {
    /// More cells than any table has.
    const MAX_CELLS: usize = 8;

    fn new(line: &'a str) -> Row<'a> {
        let mut row = Row {
            cells: [""; Row::MAX_CELLS],
            len: 0,
        };
        for cell in line.split('\t') {
            if let Some(slot) = row.cells.get_mut(row.len) {
                *slot = cell;
            }
            row.len += 1;
        }
        row
    }

    /// How many cells the line has.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn get(&self, n: usize) -> Option<&&'a str> {
        self.cells.get(n).filter(|_| n < self.len)
    }

    fn first(&self) -> Option<&&'a str> {
        self.get(0)
    }
}

fn list<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    cell.copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A row's value: its digits, after a minus sign for a value below zero ("-1"); `None` for
/// "-", a class without values.
fn signed_value(cell: &str) -> Option<i32> {
    let (sign, digits) = match cell.strip_prefix('-') {
        Some(digits) => (-1, digits),
        None => (1, cell),
    };
    let value = i32::try_from(crate::text::calendar::digits_value(digits)?).ok()?;
    Some(sign * value)
}

/// The phrases of a cell. The phrases of a class, a country's adjectives and the titles
/// are compiled in by `build.rs` with the beginning consecutive phrases share written once:
/// "chin{o,a,os,as}" is "chino", "china", "chinos" and "chinas", in that order.
fn phrases(cell: Option<&&'static str>) -> Vec<&'static str> {
    let mut out = Vec::new();
    for phrase in list(cell) {
        match phrase.strip_suffix('}').and_then(|p| p.split_once('{')) {
            Some((beginning, endings)) => {
                for ending in endings.split(',') {
                    out.push(keep([beginning, ending].concat()));
                }
            }
            None => out.push(phrase),
        }
    }
    out
}

/// Whether a phrase is plain: letters and single spaces, which split where they stand.
fn is_plain(phrase: &str) -> bool {
    let mut after_space = false;
    phrase.chars().all(|c| {
        let space = c == ' ';
        let fine = crate::text::case::is_letter(c) || (space && !after_space);
        after_space = space;
        fine
    })
}

/// Whether a phrase is its own lowercase form (lowercasing maps a space to itself).
fn is_lower(phrase: &str) -> bool {
    phrase.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
}

/// Keeps a string made while reading the tables for the life of the program, as the lexicon
/// that holds it is (a static): every key is then a plain `&'static str`, most of them
/// borrowed from the tables themselves.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// `text` with its ASCII capitals in lowercase, every other byte as it is. Eight bytes at a
/// time: the tables are lowercased at the first extraction, in the browser's baseline code,
/// where a loop over each byte of them took some 0.5 ms.
fn ascii_lowercase(text: &str) -> String {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut bytes = text.as_bytes().to_vec();
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let Ok(eight) = <&mut [u8; 8]>::try_from(chunk) else {
            continue;
        };
        let word = u64::from_le_bytes(*eight);
        // Per byte, the top bit of `at_least_a` is set for 'A' and above, that of `past_z`
        // above 'Z' (ASCII bytes only: the low seven bits cannot carry into the next byte).
        let low7 = word & (ONES * 0x7f);
        let at_least_a = low7 + ONES * (0x80 - u64::from(b'A'));
        let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
        let capitals = at_least_a & !past_z & !word & (ONES * 0x80);
        *eight = (word | (capitals >> 2)).to_le_bytes();
    }
    chunks.into_remainder().make_ascii_lowercase();
    // Only ASCII capitals changed, each to another ASCII byte: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_ascii_lowercase())
}

/// A table and a copy of it with ASCII letters in lowercase, made once, so that the key of an
/// ASCII phrase is the same stretch of the copy rather than a string of its own.
struct Table {
    text: &'static str,
    lower: &'static str,
}

impl Table {
    fn new(text: &'static str) -> Table {
        let lower = keep(ascii_lowercase(text));
        Table { text, lower }
    }

    /// An ASCII phrase of the table in lowercase, from the copy (`None` for other phrases).
    fn lower_of(&self, phrase: &'static str) -> Option<&'static str> {
        if !phrase.is_ascii() {
            return None;
        }
        // The phrase is a slice of the table; lowercasing ASCII keeps every byte in place.
        let offset = (phrase.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        self.lower.get(offset..offset + phrase.len())
    }
}

impl Lexicon {
    /// A language's tables over the shared ones (`data/countries.tsv`, organisations, outlets,
    /// cities): how it names the countries (`countries.tsv`), its word classes (`words.tsv`)
    /// and its titles (`roles.tsv`), in the formats of `data/en/`, with the language's rule
    /// for the plural of a title (`roles.tsv` lists singulars). A language reads them once
    /// and keeps them for good.
    pub fn from_tables(
        country_names: &'static str,
        words: &'static str,
        roles: &'static str,
        plural: fn(&str) -> String,
    ) -> Lexicon {
        let mut lexicon = Lexicon {
            countries: Vec::new(),
            organizations: Vec::new(),
            outlets: Vec::new(),
            cities: Vec::new(),
            // About 5 100 keys and 5 500 meanings for English: sized once instead of grown.
            index: FastMap::with_capacity_and_hasher(6000, Default::default()),
            entries: Vec::with_capacity(6000),
            singulars: WordMap::new(),
            owner_ranks: Vec::new(),
            name_words: OnceLock::new(),
            day_first_dates: false,
        };
        // Words first: the tokenizer needs the abbreviations to read the other tables.
        // Prefixes joined to a title that make its holder a past one ("expresidente") are kept
        // for the titles.
        let mut former_prefixes: Vec<&'static str> = Vec::new();
        // build.rs leaves a row's class out when it is the class of the row before, and
        // writes "+" for the class after that one.
        let mut cat = None;
        for row in rows(words) {
            match row.first() {
                Some(&"") | None => {}
                Some(&"+") => cat = cat.and_then(|c| Cat::NAMED.get(c as usize + 1).copied()),
                Some(class) => cat = Cat::from_name(class),
            }
            let (Some(cat), Some(value)) = (cat, row.get(1)) else {
                continue;
            };
            // "-" (or, compiled by build.rs, nothing) for a class without values: 0.
            let value = signed_value(value).unwrap_or(0);
            for phrase in phrases(row.get(2)) {
                lexicon.add_caseless(phrase, Meaning::Word(cat, value));
                if cat == Cat::FormerPrefix {
                    former_prefixes.push(phrase);
                }
            }
        }
        // Titles ranked by their owner, their countries' codes read once the countries are.
        let mut owner_ranks: Vec<(&'static str, RoleClass, &'static str)> = Vec::new();
        for row in rows(roles) {
            let Some(class) = row.first().and_then(|c| RoleClass::from_name(c)) else {
                continue;
            };
            let owners = row.get(2).copied().filter(|codes| !codes.trim().is_empty());
            for phrase in phrases(row.get(1)) {
                let many = keep(plural(phrase));
                if let Some(codes) = owners {
                    owner_ranks.push((phrase, class, codes));
                    owner_ranks.push((many, class, codes));
                    continue;
                }
                lexicon.add_caseless(phrase, Meaning::Word(Cat::Role, class as i32));
                lexicon.add_caseless(many, Meaning::Word(Cat::RolePlural, class as i32));
                lexicon.singulars.or_insert(many, phrase);
                for prefix in &former_prefixes {
                    let past = class as i32 | RoleClass::FORMER;
                    let one = keep([*prefix, phrase].concat());
                    let many_past = keep([*prefix, many].concat());
                    lexicon.add_caseless(one, Meaning::Word(Cat::Role, past));
                    lexicon.add_caseless(many_past, Meaning::Word(Cat::RolePlural, past));
                    lexicon.singulars.or_insert(many_past, one);
                }
            }
        }
        let mut by_code = CountryCodes::default();
        let countries = Table::new(COUNTRIES);
        for row in rows(COUNTRIES) {
            let (Some(code), Some(name)) = (row.first(), row.get(1)) else {
                continue;
            };
            let id = lexicon.countries.len() as u16;
            by_code.insert(code, id);
            lexicon.countries.push(Country {
                code: code.to_string(),
                name: name.to_string(),
                capital: None,
                names: "",
            });
            lexicon.add(name, Meaning::Country(id, CountryForm::Name), &countries);
        }
        for &(title, class, codes) in &owner_ranks {
            let (mut countries, mut seat) = (Vec::new(), false);
            for code in codes.split('|').map(str::trim) {
                if let Some(id) = by_code.get(code) {
                    countries.push(id);
                }
                seat |= code == "seat";
            }
            lexicon.owner_ranks.push((title, class, countries, seat));
        }
        let country_names_table = Table::new(country_names);
        // build.rs leaves a row's code out when the row is of the country after the one of the
        // row before, in the order of countries.tsv.
        let mut next = 0;
        for row in rows(country_names) {
            let id = match row.first() {
                Some(&"") => Some(next),
                code => code.and_then(|code| by_code.get(code)),
            };
            let Some(id) = id.filter(|&id| usize::from(id) < lexicon.countries.len()) else {
                continue;
            };
            next = id + 1;
            let country = &mut lexicon.countries[usize::from(id)];
            country.capital = list(row.get(3)).next().map(str::to_string);
            country.names = row.get(1).copied().unwrap_or_default();
            let forms = [
                (1, CountryForm::Name),
                (2, CountryForm::Adjective),
                (3, CountryForm::Capital),
                (4, CountryForm::Seat),
            ];
            for (column, form) in forms {
                lexicon.add_all(
                    row.get(column),
                    Meaning::Country(id, form),
                    &country_names_table,
                );
            }
        }
        let organizations = Table::new(ORGANIZATIONS);
        for row in rows(ORGANIZATIONS) {
            let Some(name) = row.first() else { continue };
            let id = lexicon.organizations.len() as u16;
            lexicon.organizations.push(Organization {
                name: name.to_string(),
                local_names: row.get(2).copied().unwrap_or(""),
            });
            lexicon.add(name, Meaning::Organization(id), &organizations);
            lexicon.add_all(row.get(1), Meaning::Organization(id), &organizations);
        }
        let outlets = Table::new(OUTLETS);
        // build.rs leaves an outlet's kind out when it is the kind of the outlet before.
        let mut kind = "";
        for row in rows(OUTLETS) {
            let Some(name) = row.first() else { continue };
            if let Some(&this) = row.get(2).filter(|this| !this.is_empty()) {
                kind = this;
            }
            let id = lexicon.outlets.len() as u16;
            lexicon.outlets.push(Outlet {
                name: name.to_string(),
                kind: kind.to_string(),
            });
            lexicon.add(name, Meaning::Outlet(id), &outlets);
            lexicon.add_all(row.get(1), Meaning::Outlet(id), &outlets);
        }
        let cities = Table::new(CITIES);
        // build.rs leaves a city's country out when it is the country of the city before.
        let mut country = None;
        for row in rows(CITIES) {
            if let Some(code) = row.get(1).filter(|code| !code.is_empty()) {
                country = by_code.get(code);
            }
            let (Some(name), Some(country)) = (row.first(), country) else {
                continue;
            };
            let id = lexicon.cities.len() as u16;
            lexicon.cities.push(City { country });
            lexicon.add(name, Meaning::City(id), &cities);
            lexicon.add_all(row.get(2), Meaning::City(id), &cities);
        }
        lexicon
    }

    /// Splits a phrase of a table as the tokenizer splits text. Most phrases are plain words
    /// and spaces: they are split directly, without building tokens, because the tables are
    /// read at the first extraction, which a reader waits for.
    fn phrase(&self, phrase: &'static str) -> Phrase {
        if is_plain(phrase) {
            let key = if is_lower(phrase) {
                phrase
            } else {
                keep(crate::text::tokens::lower_form(phrase))
            };
            return Phrase::Plain(phrase, key);
        }
        let abbreviation = |w: &str| self.is(Cat::Abbreviation, w);
        Phrase::Tokenized(tokenize_plain(phrase, &abbreviation))
    }

    /// Adds a word-class phrase: matched whatever its case.
    fn add_caseless(&mut self, phrase: &'static str, meaning: Meaning) {
        let split = self.phrase(phrase);
        let len = split.len();
        self.insert(split.key(), len, meaning, None, 0);
    }

    /// Adds a name: abbreviations ("US", "U.S.") and lowercase names ("dpa") must be written
    /// exactly so; other names must keep their capitals, so "turkey" is no country. A plain
    /// ASCII phrase takes its key from the table's lowercased copy (`add_plain_ascii`).
    fn add(&mut self, phrase: &'static str, meaning: Meaning, table: &Table) {
        if is_plain(phrase)
            && let Some(lower) = table.lower_of(phrase)
        {
            return self.add_plain_ascii(phrase, lower, meaning);
        }
        let split = self.phrase(phrase);
        let (mut len, mut capitals, mut abbreviated, mut lowercase) = (0, 0u32, false, false);
        split.for_each_token(&mut |token, is_word| {
            let n = len;
            len += 1;
            if !is_word {
                return;
            }
            lowercase |= n == 0 && token.starts_with(crate::text::case::is_lower);
            if n < 32 && token.starts_with(crate::text::case::is_upper) {
                capitals |= 1 << n;
            }
            abbreviated |= is_all_caps(token) || token.contains('.');
        });
        let exact = (abbreviated || lowercase).then(|| match &split {
            // Plain phrases are letters and spaces: no apostrophe to straighten.
            Phrase::Plain(phrase, _) => *phrase,
            Phrase::Tokenized(tokens) => keep(join(tokens, false).replace('’', "'")),
        });
        self.insert(split.key(), len, meaning, exact, capitals);
    }

    /// [`Lexicon::add`] for each name of a cell ("Burma|Republic of the Union of Myanmar"),
    /// read as [`phrases`].
    fn add_all(&mut self, cell: Option<&&'static str>, meaning: Meaning, table: &Table) {
        for phrase in phrases(cell) {
            self.add(phrase, meaning, table);
        }
    }

    /// [`Lexicon::add`] for the common case, a plain ASCII phrase, in one pass over its
    /// words: the key and its words are stretches of the lowercased table.
    fn add_plain_ascii(&mut self, phrase: &'static str, lower: &'static str, meaning: Meaning) {
        let (mut len, mut capitals, mut abbreviated) = (0, 0u32, false);
        for (n, written) in phrase.split(' ').enumerate() {
            len += 1;
            if n < 32
                && written
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_uppercase)
            {
                capitals |= 1 << n;
            }
            abbreviated |= is_all_caps(written);
        }
        let lowercase = phrase
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase);
        let exact = (abbreviated || lowercase).then_some(phrase);
        self.insert(lower, len, meaning, exact, capitals);
    }

    /// Indexes a meaning under `key`, the lowercase words of a phrase of `len` tokens.
    fn insert(
        &mut self,
        key: &'static str,
        len: usize,
        meaning: Meaning,
        exact: Option<&'static str>,
        capitals: u32,
    ) {
        if len == 0 {
            return;
        }
        // The phrase's first word records how far a match starting with it may run.
        let first = key.split(' ').next().unwrap_or_default();
        if first.len() < key.len() {
            let slot = self.index.entry(first).or_default();
            slot.longest = slot.longest.max(len);
        }
        let slot = self.index.entry(key).or_default();
        if first.len() == key.len() {
            slot.longest = slot.longest.max(len);
        }
        let mut at = slot.first;
        while let Some(e) = self.entries.get(at as usize) {
            if e.meaning == meaning && e.exact == exact {
                return;
            }
            at = e.next;
        }
        let added = self.entries.len() as u32;
        self.entries.push(Entry {
            meaning,
            exact,
            capitals,
            next: NO_ENTRY,
        });
        match self.entries.get_mut(slot.last as usize) {
            Some(last) => last.next = added,
            None => slot.first = added,
        }
        slot.last = added;
    }

    /// The meanings of the phrase of `slot`, in table order.
    fn entries_of<'a>(&'a self, slot: &Slot) -> impl Iterator<Item = &'a Entry> + 'a {
        let mut at = slot.first;
        std::iter::from_fn(move || {
            let entry = self.entries.get(at as usize)?;
            at = entry.next;
            Some(entry)
        })
    }

    /// Whether the lowercase word (one token) is in class `cat`.
    pub fn is(&self, cat: Cat, lower: &str) -> bool {
        self.value(cat, lower).is_some()
    }

    /// Whether the lowercase word is a country's adjective ("libio", "española").
    pub fn is_country_adjective(&self, lower: &str) -> bool {
        self.index.get(lower).is_some_and(|slot| {
            self.entries_of(slot)
                .any(|e| matches!(e.meaning, Meaning::Country(_, CountryForm::Adjective)))
        })
    }

    /// Whether a phrase of two words or more starts with the lowercase word.
    pub fn starts_phrase(&self, lower: &str) -> bool {
        self.index.get(lower).is_some_and(|slot| slot.longest > 1)
    }

    /// Every class the lowercase word (one token) is a word of.
    pub fn classes(&self, lower: &str) -> Classes {
        let Some(slot) = self.index.get(lower) else {
            return Classes::default();
        };
        self.entries_of(slot)
            .fold(Classes::default(), |set, e| match e.meaning {
                Meaning::Word(c, _) => set.with(c),
                _ => set,
            })
    }

    /// The value of the lowercase word (one token) in class `cat`.
    pub fn value(&self, cat: Cat, lower: &str) -> Option<i32> {
        let slot = self.index.get(lower)?;
        self.entries_of(slot).find_map(|e| match e.meaning {
            Meaning::Word(c, v) if c == cat => Some(v),
            _ => None,
        })
    }

    /// The role class of a lowercase role head (one or more words joined by spaces).
    pub fn role_class(&self, lower: &str) -> Option<RoleClass> {
        self.value(Cat::Role, lower).map(RoleClass::from_value)
    }

    /// The singular of a plural title, by its lookup form ("deputy prime ministers",
    /// "primeros ministros").
    pub fn singular_of(&self, plural: &str) -> Option<&'static str> {
        self.singulars.get(plural).copied()
    }

    /// The rank of a title (its lookup form) when `country` owns it, named by its seat of
    /// government when `by_seat`, if the tables rank that title by its owner ("canciller" of
    /// Germany is a leader, and so is "el jefe del Kremlin").
    pub fn rank_for_owner(&self, title: &str, country: u16, by_seat: bool) -> Option<RoleClass> {
        self.owner_ranks
            .iter()
            .find(|(t, _, owners, seat)| {
                *t == title && (owners.contains(&country) || (by_seat && *seat))
            })
            .map(|&(_, class, _, _)| class)
    }

    /// Every phrase of the index starting at `tokens[i]`, longest first.
    pub fn matches_at(&self, tokens: &[Token], i: usize) -> Vec<Match> {
        let mut found = Vec::new();
        self.push_matches_at(tokens, i, &mut MatchScratch::default(), &mut found);
        found
    }

    /// Appends to `found` every phrase of the index starting at `tokens[i]`, longest first:
    /// [`Lexicon::matches_at`] for a caller that walks every token and keeps its buffers.
    fn push_matches_at(
        &self,
        tokens: &[Token],
        i: usize,
        scratch: &mut MatchScratch,
        found: &mut Vec<Match>,
    ) {
        let Some(first) = tokens.get(i) else {
            return;
        };
        let longest = self
            .index
            .get(first.lower.as_str())
            .map_or(0, |slot| slot.longest);
        if longest == 0 {
            return;
        }
        // The phrase of the first n + 1 tokens is key[..ends[n]].
        let MatchScratch { key, ends } = scratch;
        key.clear();
        ends.clear();
        for (n, t) in tokens
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take(longest)
            .enumerate()
        {
            if n > 0 {
                // A phrase never runs across a line break.
                if t.line_before {
                    break;
                }
                key.push(' ');
            }
            key.push_str(&t.lower);
            ends.push(key.len());
        }
        for (n, &end) in ends.iter().enumerate().rev() {
            let Some(slot) = key.get(..end).and_then(|phrase| self.index.get(phrase)) else {
                continue;
            };
            let span = tokens.get(i..=i + n).unwrap_or_default();
            for entry in self.entries_of(slot) {
                if entry_fits(entry, span) {
                    found.push(Match {
                        len: n + 1,
                        meaning: entry.meaning,
                    });
                }
            }
        }
    }

    /// The longest name (country, organisation, outlet or city) at `tokens[i]`, if any.
    pub fn name_at(&self, tokens: &[Token], i: usize) -> Option<Match> {
        longest_name(&self.matches_at(tokens, i))
    }

    /// Whether the lowercase word is a word the tables name: a country, people, place,
    /// organisation, outlet or title.
    pub fn is_known_word(&self, lower: &str) -> bool {
        let named = self.index.get(lower).is_some_and(|slot| {
            self.entries_of(slot)
                .any(|e| !matches!(e.meaning, Meaning::Word(c, _) if c != Cat::Role))
        });
        named || self.name_words().contains(lower)
    }

    /// The words of more than two letters of every name in the tables.
    fn name_words(&self) -> &FastSet<&'static str> {
        self.name_words.get_or_init(|| {
            let mut words = FastSet::default();
            for (key, slot) in &self.index {
                if self.entries_of(slot).any(|e| e.meaning.is_name()) {
                    // Inserted one by one, as the other word sets are filled: extending
                    // would be another copy of the hash set's code.
                    for w in key.split(' ') {
                        if crate::text::char_count(w) > 2 {
                            words.insert(w);
                        }
                    }
                }
            }
            words
        })
    }
}

/// The first name (not a word of a class) among matches ordered longest first.
fn longest_name(matches: &[Match]) -> Option<Match> {
    matches.iter().find(|m| m.meaning.is_name()).copied()
}

/// Buffers of [`Lexicon::push_matches_at`]: the phrase key being built and where each of its
/// prefixes ends.
#[derive(Default)]
struct MatchScratch {
    key: String,
    ends: Vec<usize>,
}

/// Every table phrase starting at each token of a text, looked up once for all the stages
/// that ask.
pub struct PhraseMatches {
    /// The phrases of token 0, longest first, then those of token 1, and so on.
    matches: Vec<Match>,
    /// Where the phrases of token `i` start in `matches` (one more entry than tokens).
    starts: Vec<usize>,
}

impl PhraseMatches {
    /// Looks up the phrases at every token.
    pub fn find(lex: &Lexicon, tokens: &[Token]) -> PhraseMatches {
        let mut matches = Vec::new();
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        let mut scratch = MatchScratch::default();
        for i in 0..tokens.len() {
            starts.push(matches.len());
            lex.push_matches_at(tokens, i, &mut scratch, &mut matches);
        }
        starts.push(matches.len());
        PhraseMatches { matches, starts }
    }

    /// Adds a one-word phrase of class `cat` at token `i`, after its longer phrases: a word
    /// that the words around it make one of a class its own tables do not give it.
    pub fn add_word(&mut self, i: usize, cat: Cat) {
        let Some(&end) = self.starts.get(i + 1) else {
            return;
        };
        let word = Match {
            len: 1,
            meaning: Meaning::Word(cat, 0),
        };
        self.matches.insert(end, word);
        for start in self.starts.iter_mut().skip(i + 1) {
            *start += 1;
        }
    }

    /// The phrases starting at token `i`, longest first (none past the end).
    pub fn at(&self, i: usize) -> &[Match] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => self.matches.get(start..end).unwrap_or_default(),
            _ => &[],
        }
    }

    /// The longest name (country, organisation, outlet or city) at token `i`, if any: what
    /// [`Lexicon::name_at`] finds.
    pub fn name_at(&self, i: usize) -> Option<Match> {
        longest_name(self.at(i))
    }
}

/// The tokens joined by spaces, in their lowercase form when `lower`, else as written: one
/// function for both, where a generic one over their iterators was a copy of itself each.
fn join(tokens: &[Token], lower: bool) -> String {
    let mut key = String::new();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        key.push_str(if lower { &t.lower } else { &t.text });
    }
    key
}

/// Whether `written` reads `straight` once its typographic apostrophes are made straight.
fn same_with_straight_apostrophes(straight: &str, written: &str) -> bool {
    let straightened = written.chars().map(|c| if c == '’' { '\'' } else { c });
    straightened.eq(straight.chars())
}

fn entry_fits(entry: &Entry, span: &[Token]) -> bool {
    if let Some(exact) = &entry.exact {
        return exact.split(' ').count() == span.len()
            && exact
                .split(' ')
                .zip(span)
                .all(|(e, t)| same_with_straight_apostrophes(e, &t.text));
    }
    span.iter().enumerate().all(|(n, t)| {
        n >= 32 || entry.capitals & (1 << n) == 0 || t.is_capitalized() || t.is_all_caps()
    })
}

impl crate::text::tokens::WordKnowledge for Lexicon {
    fn is_known_word(&self, lower: &str) -> bool {
        Lexicon::is_known_word(self, lower)
    }

    fn place_starts_at(&self, tokens: &[Token], i: usize) -> bool {
        self.name_at(tokens, i)
            .is_some_and(|m| matches!(m.meaning, Meaning::Country(..) | Meaning::City(_)))
    }

    fn is_name_prefix(&self, lower: &str) -> bool {
        self.is(Cat::NamePrefix, lower)
    }

    fn is_gluable_suffix(&self, lower: &str) -> bool {
        self.is(Cat::GluableSuffix, lower)
    }

    fn is_gluable_verb(&self, lower: &str) -> bool {
        self.is(Cat::PersonVerb, lower)
    }

    fn is_common_word(&self, lower: &str) -> bool {
        self.classes(lower) != Classes::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // As written: the copy compiled in leaves out the codes that follow the order of
    // countries.tsv.
    const EN_COUNTRIES: &str = include_str!("../../data/en/countries.tsv");
    const EN_ROLES: &str = table!("en/roles.tsv");

    fn lex() -> &'static Lexicon {
        crate::lang::en::lexicon()
    }

    fn name_at(text: &str) -> Option<(usize, String)> {
        let l = lex();
        let abbreviation = |w: &str| l.is(Cat::Abbreviation, w);
        let tokens = tokenize_plain(text, &abbreviation);
        l.name_at(&tokens, 0).map(|m| {
            let name = match m.meaning {
                Meaning::Country(c, _) => l.countries[c as usize].name.clone(),
                Meaning::Organization(o) => l.organizations[o as usize].name.clone(),
                Meaning::Outlet(o) => l.outlets[o as usize].name.clone(),
                Meaning::City(c) => format!(
                    "a city of {}",
                    l.countries[l.cities[c as usize].country as usize].name
                ),
                Meaning::Word(..) => unreachable!(),
            };
            (m.len, name)
        })
    }

    #[test]
    fn names_are_found_with_their_case_rules() {
        let table: &[(&str, Option<(usize, &str)>)] = &[
            ("Russia and", Some((1, "Russia"))),
            ("North Korean leader", Some((2, "North Korea"))),
            ("the Kremlin", None),
            ("Kremlin reported", Some((1, "Russia"))),
            ("Pyongyang would", Some((1, "North Korea"))),
            ("U.S. President", Some((1, "United States"))),
            ("US reporters", Some((1, "United States"))),
            ("us reporters", None),
            ("turkey dinner", None),
            ("Turkey and", Some((1, "Turkey"))),
            ("The New York Times", Some((4, "The New York Times"))),
            ("Interfax agency", Some((1, "Interfax"))),
            ("EU foreign", Some((1, "European Union"))),
        ];
        for (text, expected) in table {
            let got = name_at(text);
            assert_eq!(
                got.as_ref().map(|(n, s)| (*n, s.as_str())),
                *expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn plain_phrases_split_at_single_spaces() {
        let table: &[(&str, Option<&[&str]>)] = &[
            ("Russia", Some(&["Russia"])),
            ("New York City", Some(&["New", "York", "City"])),
            ("Évian", Some(&["Évian"])),
            ("U.S.", None),
            ("Xi'an", None),
            ("Saint-Malo", None),
            ("two  spaces", None),
        ];
        for (phrase, words) in table {
            let split = is_plain(phrase).then(|| phrase.split(' ').collect::<Vec<_>>());
            assert_eq!(split.as_deref(), *words, "{phrase:?}");
        }
    }

    #[test]
    fn country_codes_are_two_capital_letters() {
        let mut codes = CountryCodes::default();
        codes.insert("AZ", 1);
        codes.insert("ZA", 2);
        codes.insert("us", 3);
        codes.insert("USA", 4);
        assert_eq!(codes.get("AZ"), Some(1));
        assert_eq!(codes.get("ZA"), Some(2));
        for not_a_code in ["us", "US", "USA", "", "Ü", "A"] {
            assert_eq!(codes.get(not_a_code), None, "{not_a_code:?}");
        }
    }

    #[test]
    fn ascii_capitals_are_lowercased_eight_bytes_at_a_time() {
        for text in [
            "",
            "AZ az @[`{",
            "New York City\tNYC|Washington, D.C.",
            "Évian-les-Bains ÀÉÎ São Tomé ΑΘΗΝΑ Zürich",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        ] {
            assert_eq!(ascii_lowercase(text), text.to_ascii_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn words_of_names_and_first_words_are_indexed() {
        let l = lex();
        for word in ["russia", "york", "times", "kremlin"] {
            assert!(l.is_known_word(word), "{word}");
        }
        assert!(!l.is_known_word("zebra"));
        // "new" starts "New York", "New Zealand", …: matching at it looks ahead.
        assert!(l.index.get("new").is_some_and(|slot| slot.longest >= 2));
    }

    #[test]
    fn word_classes_and_roles() {
        let l = lex();
        assert_eq!(l.value(Cat::Month, "september"), Some(9));
        assert_eq!(l.value(Cat::Weekday, "wednesday"), Some(2));
        assert_eq!(l.role_class("prime minister"), Some(RoleClass::Leader));
        assert_eq!(l.role_class("spokesman"), Some(RoleClass::Spokes));
        assert!(l.is(Cat::Abbreviation, "gen"));
    }

    #[test]
    fn every_country_has_english_names_and_a_unique_code() {
        let l = lex();
        let mut codes: Vec<&str> = l.countries.iter().map(|c| c.code.as_str()).collect();
        codes.sort_unstable();
        let before = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), before, "duplicate country codes");
        assert!(l.countries.len() >= 195);
        let named: std::collections::HashSet<&str> = rows(EN_COUNTRIES)
            .filter_map(|r| r.first().copied())
            .collect();
        for c in &l.countries {
            assert!(
                named.contains(c.code.as_str()),
                "{} has no row in data/en/countries.tsv",
                c.code
            );
        }
    }

    #[test]
    fn table_rows_have_their_columns() {
        // The tables as written: the copies compiled in leave out the columns the extractor
        // does not read and the empty cells that end a row (build.rs).
        macro_rules! source {
            ($path:literal) => {
                ($path, include_str!(concat!("../../data/", $path)))
            };
        }
        let tables: [((&str, &str), usize); 7] = [
            (source!("countries.tsv"), 2),
            (source!("organizations.tsv"), 3),
            (source!("outlets.tsv"), 4),
            (source!("cities.tsv"), 3),
            (source!("en/countries.tsv"), 5),
            (source!("en/words.tsv"), 3),
            (source!("en/roles.tsv"), 2),
        ];
        for ((name, table), columns) in tables {
            for row in rows(table) {
                assert_eq!(row.len(), columns, "{name}: {:?}", row.cells);
            }
        }
        for row in rows(source!("en/words.tsv").1) {
            assert!(
                Cat::from_name(row.cells[0]).is_some(),
                "unknown class {:?}",
                row.cells[0]
            );
        }
        for row in rows(EN_ROLES) {
            assert!(
                RoleClass::from_name(row.cells[0]).is_some(),
                "unknown class {:?}",
                row.cells[0]
            );
        }
    }
}
