//! Titles and roles: "Russian President", "Foreign and Defense Ministers", "the director of
//! the Industrial Department of Munitions", "Colombia's ambassador to Venezuela".
//!
//! A role is read as `[determiner] [owner] [modifiers, portfolios, "and"]* head [complement]`:
//! the owner is a country or organisation ("Russian", "Qatar's", "UN"), modifiers and
//! portfolios come from `words.tsv` ("first", "deputy", "foreign"), heads from `roles.tsv`,
//! and the complement is an "of/for/to" phrase naming an office or a country. A plural head
//! after coordinated portfolios distributes: "Foreign and Defense Ministers" is two titles.

use crate::doc::Doc;
use crate::stages::lists;
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::{Cat, CountryForm, Lexicon, Meaning, RoleClass};
use crate::text::tokens::Kind;

/// Whom a role belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A country, by lexicon index.
    Country(u16),
    /// An organisation, by lexicon index.
    Organization(u16),
}

impl Owner {
    /// The country or organisation a table name stands for.
    pub fn of(meaning: Meaning) -> Option<Owner> {
        match meaning {
            Meaning::Country(c, _) => Some(Owner::Country(c)),
            Meaning::Organization(o) => Some(Owner::Organization(o)),
            _ => None,
        }
    }
}

/// How a role phrase begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Determiner {
    /// "the".
    Definite,
    /// "a", "an".
    Indefinite,
    /// "his", "her", "their", "its".
    Possessive,
}

/// A role phrase in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// First token, determiner included.
    pub first: usize,
    /// Just past the last token, complement included.
    pub end: usize,
    /// Its determiner, if any.
    pub determiner: Option<Determiner>,
    /// The owner, from before the title ("Russian", "Qatar's") or from a complement naming
    /// only a country ("President of Ghana").
    pub owner: Option<Owner>,
    /// The owner only a complement suggests ("head of the Bank of Russia").
    pub weak_owner: Option<Owner>,
    /// Rank of the (last) head.
    pub class: RoleClass,
    /// The titles as written, singular, owner left out: one per coordinated portfolio of a
    /// plural head ("Foreign Minister", "Defense Minister"), else one.
    pub titles: Vec<String>,
    /// The head is plural ("ministers", "Presidents").
    pub plural: bool,
    /// A past holder ("former", "late").
    pub former: bool,
    /// "counterpart": the rank is that of the person it is the counterpart of.
    pub relational: bool,
    /// Country a complement points to ("ambassador to Venezuela").
    pub destination: Option<u16>,
    /// Coordinated owners, one per holder, in order ("los ministros de Exteriores ruso y
    /// chino", "los cancilleres de Argentina y Brasil"); empty for one owner or none.
    pub owners: Vec<Owner>,
    /// A plural title of the meeting's two sides ("the foreign ministers of both countries"):
    /// its holders, in order, are of the sides in the order the text first names them.
    pub both_sides: bool,
}

#[derive(Debug, Clone, Copy)]
enum Part {
    Modifier,
    Portfolio,
    Head(RoleClass, bool),
    And,
}

/// Role phrases of the text, left to right, not overlapping.
pub fn find(doc: &Doc) -> Vec<Role> {
    let mut roles = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match parse_at(doc, i).or_else(|| elided_at(doc, i, roles.last())) {
            Some(role) => {
                // "the US president's special envoy, A": a title held through another's
                // possessive is the possessor's country's, and the phrase is the second title.
                let role = possessed_title(doc, role);
                i = role.end;
                roles.push(role);
            }
            None => i += 1,
        }
    }
    possessed_by_the_last_owner(doc, &mut roles);
    spell_out_acronyms(doc, &mut roles);
    roles
}

/// "Canadian PM A" … "Japanese Prime Minister B": a title written as an acronym in capitals
/// reads as the one title of as many words the article spells it out in, if there is one.
fn spell_out_acronyms(doc: &Doc, roles: &mut [Role]) {
    for n in 0..roles.len() {
        let [short] = roles[n].titles.as_slice() else {
            continue;
        };
        if !short.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let short = crate::text::case::lower_str(short);
        let mut spelled: Option<&String> = None;
        'titles: for role in roles.iter() {
            for title in &role.titles {
                let whole = title.split(' ').count() == short.len();
                if whole && acronym_of(doc.lex, &short, title) {
                    if spelled.is_some_and(|s| !s.eq_ignore_ascii_case(title)) {
                        spelled = None;
                        break 'titles;
                    }
                    spelled = spelled.or(Some(title));
                }
            }
        }
        if let Some(title) = spelled.cloned() {
            roles[n].titles[0] = title;
        }
    }
}

/// Whether `short` (a lowercase head) is made of the initials of the last words of `title`.
pub fn acronym_of(lex: &Lexicon, short: &str, title: &str) -> bool {
    let letters = crate::text::char_count(short);
    if !(2..=4).contains(&letters) || !short.chars().all(crate::text::case::is_letter) {
        return false;
    }
    let before = before_link(lex, title, Link::Of);
    let words = before.split_whitespace().count();
    let Some(skipped) = words.checked_sub(letters) else {
        return false;
    };
    // Compared letter by letter in a loop: an adapter chain would be generic code of its own.
    let mut letters = short.chars();
    for word in before.split_whitespace().skip(skipped) {
        if word.chars().next().map(crate::text::case::lower) != letters.next() {
            return false;
        }
    }
    letters.next().is_none()
}

/// The title `role` possesses ("the US president's special envoy"): the second title, with the
/// first's determiner and owner unless it has its own; else `role` itself.
fn possessed_title(doc: &Doc, role: Role) -> Role {
    if role.plural || !doc.is_possessive(role.end) {
        return role;
    }
    match parse_at(doc, role.end + 1) {
        Some(held) if held.determiner.is_none() => Role {
            first: role.first,
            determiner: role.determiner,
            owner: held.owner.or(role.owner),
            ..held
        },
        _ => role,
    }
}

/// "El presidente palestino, Mahmud Abbas, y su primer ministro, Salam Fayyad": a title held
/// through a possessive, with no owner of its own, is the office of the owner of the title
/// said last in the sentence, or of the country the sentence opens with (a counterpart is the
/// other side's, and keeps none).
fn possessed_by_the_last_owner(doc: &Doc, roles: &mut [Role]) {
    for n in 1..roles.len() {
        let role = &roles[n];
        if role.determiner != Some(Determiner::Possessive)
            || role.relational
            || role.owner.is_some()
            || !role.owners.is_empty()
        {
            continue;
        }
        let sentence = doc.sentence_index(role.first);
        // The few titles said just before: a sentence of a thousand titles stays linear.
        const REACH: usize = 8;
        let mut last = None;
        for r in roles.get(..n).unwrap_or_default().iter().rev().take(REACH) {
            if doc.sentence_index(r.first) != sentence {
                break;
            }
            last = r.owner;
            if last.is_some() {
                break;
            }
        }
        // "Panamá, …, participó representado por su nuevo mandatario, A": else the country
        // the sentence opens with, its subject.
        let subject = || {
            // Over the function words of a side before it ("Por parte de Nicaragua, …").
            let mut first = doc.sentence(sentence).first;
            while doc.name_starting(first).is_none()
                && doc.classes(first).has_any(&[Cat::Stop, Cat::SideNoun])
                && first < roles[n].first
            {
                first += 1;
            }
            let m = doc.name_starting(first)?;
            let named = m.country_form() == Some(CountryForm::Name) && m.end <= roles[n].first;
            named.then(|| m.country().map(Owner::Country)).flatten()
        };
        roles[n].owner = last.or_else(subject);
    }
}

/// How far before an elided title the title it repeats may end, in tokens.
const ELISION_REACH: usize = 16;

/// "El presidente chino, Xi Jinping, y el brasileño, Lula", "los mandatarios del Mercosur: el
/// argentino Mauricio Macri, el brasileño Michel Temer": after "and" or a mark that lists, a
/// definite article and a country adjective stand for the title just said, with an owner of
/// their own.
fn elided_at(doc: &Doc, i: usize, last: Option<&Role>) -> Option<Role> {
    let last = last.filter(|r| r.end + ELISION_REACH > i)?;
    let conjunction = i > 0 && doc.is(i - 1, Cat::CopulativeConjunction);
    let listed = i > 0 && doc.token(i - 1).is_any(&[',', ';', ':']);
    let joined = conjunction || listed;
    // "y el de Venezuela", and without the article, "y de Venezuela, General Carlos Mata".
    let bare = doc.is(i, Cat::GenitiveLink);
    let definite = doc.value_is(i, Cat::Determiner, 0);
    // "…, B, o el de Minas y Energía, C": a list of offices may close with "or".
    let or_listed = i > 0 && doc.is(i - 1, Cat::Conjunction);
    if !(joined || or_listed)
        || !(definite || bare)
        || doc.sentence_index(last.first) != doc.sentence_index(i)
    {
        return None;
    }
    let Some((country, end)) = genitive_at(doc, i).or_else(|| {
        definite.then(|| adjective_at(doc, i + 1).or_else(|| genitive_at(doc, i + 1)))?
    }) else {
        return elided_portfolio(doc, i, i + usize::from(definite), last);
    };
    if !joined {
        return None;
    }
    // The adjective is the phrase's noun: no title follows it; after a listing mark, only
    // punctuation or a name does ("the Russian Foreign Ministry" is no person).
    let name_after = doc.tokens.get(end).is_some_and(|t| {
        t.kind == Kind::Punct
            || (t.is_capitalized()
                // A first name may be a place's ("el argentino Mauricio Macri").
                && (doc.name(end).is_none()
                    || doc.tokens.get(end + 1).is_some_and(|n| n.is_capitalized()))
                && !doc.is_any_of(end, &[Cat::OrgWord, Cat::Portfolio, Cat::Stop]))
    });
    if head_at(doc, end).is_some() || (!conjunction && !name_after) {
        return None;
    }
    Some(Role {
        first: i,
        end,
        determiner: Some(Determiner::Definite),
        owner: Some(Owner::Country(country)),
        weak_owner: None,
        titles: last.titles.get(..1).unwrap_or_default().to_vec(),
        plural: false,
        owners: Vec::new(),
        ..last.clone()
    })
}

/// "el ministro de Defensa, A, el de Minas y Energía, B", "el presidente de Francia, A, y el
/// del Gobierno español, B", "los ministros de Interior, A; de Comercio, B": after a listing
/// mark, a portfolio or an office of its own after its link (and the definite article at `i`,
/// if any), closed by the comma before a name, stands for the title just said with that
/// complement; its owner is the one an adjective after it gives, else the title's.
fn elided_portfolio(doc: &Doc, i: usize, link: usize, last: &Role) -> Option<Role> {
    if !doc.is(link, Cat::GenitiveLink) {
        return None;
    }
    let mut office_end = qualifiers_after(doc, link, false);
    let mut owner = last.owner;
    if office_end == link {
        let c = complement_at(doc, link, last.class == RoleClass::Minister)
            .filter(|c| c.link == Link::Of)?;
        office_end = c.end;
        owner = c.first_owner.or(owner);
        // "del Gobierno español": the adjective closing the office is its owner.
        if let Some(m) = doc.name_ending(c.end)
            && m.country_form() == Some(CountryForm::Adjective)
            && m.first > link + 1
        {
            office_end = m.first;
        }
    }
    let mut end = office_end;
    if let Some((country, after)) = adjective_at(doc, end) {
        owner = Some(Owner::Country(country));
        end = after;
    }
    let named_after = doc.token(end + 1).is_capitalized();
    if !doc.punct(end, ',') || !named_after {
        return None;
    }
    let head = before_link(doc.lex, last.titles.first()?, Link::Of);
    let mut title = head.to_string();
    title.push(' ');
    title.push_str(&doc.phrase(link, office_end));
    Some(Role {
        first: i,
        end,
        determiner: Some(Determiner::Definite),
        owner,
        titles: vec![title],
        plural: false,
        owners: Vec::new(),
        destination: None,
        ..last.clone()
    })
}

/// Whether token `k` is a word of one's own people written small ("community", "students",
/// "bishops"), which qualifies a title or a name with no office of another side ("union
/// leaders", "Catholic bishops").
pub(crate) fn names_own_people(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::OneSideBody) && doc.token(k).is_lowercase()
}

/// Whether `t` is a lowercase particle hyphened to a capitalised name ("el-Sisi", "al-Assad"),
/// a word of a name as a capitalised one is.
pub(crate) fn hyphened_particle(doc: &Doc, t: &crate::text::tokens::Token) -> bool {
    t.text.split_once('-').is_some_and(|(particle, rest)| {
        doc.lex.is(Cat::NamePrefix, particle) && rest.starts_with(crate::text::case::is_upper)
    })
}

/// The role phrase starting at token `i`, if one does.
pub fn parse_at(doc: &Doc, i: usize) -> Option<Role> {
    let tokens = &doc.tokens;
    if tokens.get(i)?.kind != Kind::Word {
        return None;
    }
    let mut j = i;
    // The value of `determiner` in `words.tsv`: 0 definite, 1 indefinite, 2 possessive.
    let determiner = doc.value(j, Cat::Determiner).map(|v| match v {
        0 => Determiner::Definite,
        1 => Determiner::Indefinite,
        _ => Determiner::Possessive,
    });
    if determiner.is_some() {
        j += 1;
    }
    // "the country's defence minister": the country the sentence speaks of.
    let mut determiner = determiner;
    // "the group's secretary general": a body the text speaks of, as well; "the company's
    // chairman", a business's, whose head is a bystander.
    let firm = doc.is(j, Cat::FirmNoun);
    let body_noun = (doc.is(j, Cat::OrgWord) || firm) && doc.token(j).is_lowercase();
    let mut of_firm = false;
    if determiner == Some(Determiner::Definite)
        && (doc.is(j, Cat::CountryNoun) || body_noun)
        && doc.is_possessive(j + 1)
    {
        determiner = Some(Determiner::Possessive);
        of_firm = firm;
        j += 2;
    }
    // The title follows a name and its comma: it may close that name's apposition.
    // (Its last word may be a particle hyphened to a capitalised name: "Abdulhamid al-Mabrouk,".)
    let after_name = i >= 2
        && doc.punct(i - 1, ',')
        && (doc.token(i - 2).is_capitalized() || hyphened_particle(doc, doc.token(i - 2)));
    // "X, Nvidia's chief executive,": in an apposition, a body the tables do not know owns
    // the title through its possessive, as a country does.
    if determiner.is_none()
        && after_name
        && doc.token(j).is_capitalized()
        && doc.name(j).is_none()
        && doc.is_possessive(j + 1)
        && head_at(doc, j + 2).is_some()
    {
        determiner = Some(Determiner::Possessive);
        j += 2;
    }
    let mut owner = None;
    let mut owners_first: Vec<Owner> = Vec::new();
    let body_start = j;
    let mut parts: Vec<(usize, usize, Part)> = Vec::new();
    let mut former = false;
    loop {
        if j > body_start && tokens.get(j).is_none_or(|t| t.line_before) {
            break;
        }
        // The owner comes first or after modifiers only: "former US President".
        if owner.is_none() && parts.iter().all(|&(_, _, p)| matches!(p, Part::Modifier)) {
            if let Some((possessor, mut after)) = owner_at(doc, j) {
                // "African Union Commission chairperson": the owner's own bodies go with it.
                while doc.token(after).is_capitalized()
                    && doc.is(after, Cat::OrgWord)
                    && !doc.is(after, Cat::Portfolio)
                    && head_at(doc, after).is_none()
                {
                    after += 1;
                }
                // "the Kyrgyz and Uzbek Presidents": owners coordinated before a plural
                // head, one per holder, as the owners after it are in Spanish.
                let (before, next) = owners_before(doc, possessor, after);
                if before.len() >= 2 && plural_head_at(doc, next) {
                    owners_first = before;
                    j = next;
                    continue;
                }
                owner = Some(possessor);
                j = after;
                continue;
            }
        }
        // "German and Brazilian business leaders", "líderes religiosos": leaders of one side's
        // own people, before or after the head, are a group of no office.
        if names_own_people(doc, j) && head_at(doc, j + 1).is_some_and(|(_, _, plural)| plural) {
            return None;
        }
        if let Some((len, class, plural)) = head_at(doc, j) {
            if plural && names_own_people(doc, j + len) {
                return None;
            }
            parts.push((j, j + len, Part::Head(class, plural)));
            j += len;
            continue;
        }
        if let Some((len, value)) = doc.phrase_at(j, Cat::RoleModifier) {
            former |= value == 1;
            parts.push((j, j + len, Part::Modifier));
            j += len;
            continue;
        }
        // "first vice department director": a lowercase word of an institution qualifies
        // the head as a portfolio does.
        let institution = doc.is(j, Cat::OrgWord)
            && doc.token(j).is_lowercase()
            && !parts.is_empty()
            && !doc.is(j, Cat::Stop);
        // What follows the word, asked once for the tests below.
        let next_head = head_at(doc, j + 1);
        // "Digitalisation Minister Jan Horak": a capitalised word, no name nor function word,
        // before a capitalised singular head that a name follows, is the head's portfolio (but
        // a form of address is none: "His Majesty King Harald" is a king).
        let capitalised_portfolio = parts
            .iter()
            .all(|&(_, _, p)| matches!(p, Part::Modifier | Part::Portfolio))
            && doc.token(j).is_capitalized()
            && !doc.is_any_of(j, &[Cat::Stop, Cat::Courtesy])
            && portfolio_before_head(doc, j);
        // "vice-foreign minister": a modifier hyphened to a portfolio qualifies the head as
        // both do apart.
        let hyphened = (tokens.get(j).and_then(|t| t.lower.split_once('-'))).is_some_and(
            |(modifier, portfolio)| {
                doc.lex.is(Cat::RoleModifier, modifier) && doc.lex.is(Cat::Portfolio, portfolio)
            },
        );
        if let Some((len, _)) = doc
            .phrase_at(j, Cat::Portfolio)
            .or((institution || capitalised_portfolio || hyphened).then_some((1, 0)))
        {
            parts.push((j, j + len, Part::Portfolio));
            j += len;
            continue;
        }
        // After a whole singular title a comma opens an apposition whose title is the one
        // that counts: "his Ghanaian counterpart, President Nana Akufo-Addo" is President, of
        // Ghana. (Before a plural, a comma lists: "Foreign, Defence and Finance Ministers".)
        let after_singular_head = matches!(parts.last(), Some((_, _, Part::Head(_, false))));
        // So does a capitalised title that starts with a portfolio or modifier ("his
        // counterpart, Trade Representative …").
        let next_qualifier =
            doc.has_phrase(j + 1, Cat::Portfolio) || doc.has_phrase(j + 1, Cat::RoleModifier);
        let title_starts =
            next_head.is_some() || (doc.token(j + 1).is_capitalized() && next_qualifier);
        // A rank after an office is the holder's form of address ("el secretario de Defensa,
        // general Luis Sandoval"), unless the office only points to another's ("his
        // counterpart, General X").
        let rank_only = next_head.is_some_and(|(_, c, _)| c == RoleClass::Military)
            && parts.iter().any(|&(s, _, p)| {
                matches!(p, Part::Head(..)) && !doc.has_phrase(s, Cat::RelationalTitle)
            });
        if doc.punct(j, ',') && after_singular_head && rank_only {
            break;
        }
        if doc.punct(j, ',') && after_singular_head && title_starts {
            parts.clear();
            former = false;
            j += 1;
            continue;
        }
        // "Mr. A, Foreign Secretary and Ambassador B": a title closing the apposition of a name
        // ends at "and" when the next title is followed by its own holder's name.
        let next_titled = next_head.is_some_and(|(len, _, plural)| {
            !plural && doc.capitalized_in_line(j + 1 + len) && doc.name(j + 1 + len).is_none()
        });
        if after_name && next_titled && joins_sides(doc, j) {
            break;
        }
        if (joins_sides(doc, j) || doc.punct(j, ','))
            && !parts.is_empty()
            && (next_head.is_some() || next_qualifier)
        {
            parts.push((j, j + 1, Part::And));
            j += 1;
            continue;
        }
        break;
    }
    // The phrase ends with its last head.
    while !matches!(parts.last(), Some((_, _, Part::Head(..)))) {
        parts.pop()?;
    }
    let Some(&(head_first, head_end, Part::Head(head_class, plural))) = parts.last() else {
        return None;
    };
    // Coordinated heads ("the Prime Minister and Foreign Minister") take the lowest rank.
    let (mut heads, mut and, mut lowest) = (0, false, head_class);
    for &(_, _, p) in &parts {
        match p {
            Part::Head(c, _) => {
                heads += 1;
                lowest = lowest.min(c);
            }
            Part::And => and = true,
            _ => {}
        }
    }
    let class = if heads > 1 && and { lowest } else { head_class };
    let relational = doc.has_phrase(head_first, Cat::RelationalTitle);

    // After the head, what a language writes there (Spanish): the words that qualify it
    // ("presidente interino", "ministro de Defensa"), then its owner as an adjective that
    // agrees with it ("el presidente ruso"), one per holder ("los ministros de Exteriores ruso
    // y chino"), or as a complement ("el presidente de Rusia", "los cancilleres de Argentina
    // y Brasil").
    // "la presidenta de la Comisión Europea, A": a title naming a body ends as the body's
    // name does, up to the comma of the apposition, which only a determined title takes
    // ("Secretary of State Antony Blinken, National Security Adviser …" names Blinken).
    let names_body = determiner.is_some()
        && head_end - head_first >= 2
        && doc.token(head_end - 1).is_capitalized()
        && doc
            .tokens_between(head_first, head_end)
            .iter()
            .any(|t| t.is_lowercase());
    let mut qualifier_end = qualifiers_after(doc, head_end, names_body);
    // "el jefe de la diplomacia europea": a region's adjective qualifies a single holder's
    // title as an owner's would, but names no country (the plural's is the holders' own:
    // "los presidentes andinos").
    if !plural
        && doc.phrase_len(qualifier_end, Cat::Area) == 1
        && doc.token(qualifier_end).is_lowercase()
    {
        qualifier_end += 1;
    }
    let (mut owners, mut owners_end) = owners_after(doc, qualifier_end, plural);
    // "su par boliviano": a counterpart's title keeps the adjective that agrees with it, whose
    // ending gives its gender where the word itself has none.
    let agreeing = relational.then_some(qualifier_end..owners_end);
    let both_sides = (plural && owners.is_empty() && doc.is(owners_end, Cat::GenitiveLink))
        .then(|| doc.phrase_at(owners_end + 1, Cat::BothSides))
        .flatten();
    if let Some((len, _)) = both_sides {
        owners_end += 1 + len;
    }
    let owners_agree = adjective_at(doc, qualifier_end).is_some() || !owners_first.is_empty();
    if owners.is_empty() {
        owners = owners_first;
    }
    // "el ministro ruso de Exteriores": the portfolio may follow the owner adjective too.
    let late_qualifier = owners_agree.then(|| {
        let end = qualifiers_after(doc, owners_end, false);
        let late = owners_end..end;
        owners_end = end;
        late
    });
    if owner.is_none() && owners.len() == 1 {
        owner = owners.pop();
    }
    // A portfolio the tables do not know is read only in an apposition's title, determined or
    // owned ("la ministra de …, A"): a bare title runs into its holder's name ("Minister for
    // Maritime Affairs and Investment Luhut Pandjaitan, …").
    let apposed_minister =
        class == RoleClass::Minister && (determiner.is_some() || owner.is_some());
    let complement = complement_at(doc, owners_end, apposed_minister);
    let mut end = owners_end;
    let mut weak_owner = None;
    let mut destination = None;
    let mut complement_text = None;
    if let Some(c) = &complement {
        end = c.end;
        // "Minister of Foreign Affairs of Kyrgyzstan": a complement ending in "of" and a
        // country names the office, then its owner.
        let owner_last = owner.is_none().then(|| trailing_country(doc, c)).flatten();
        if let Some((country, of_at)) = owner_last {
            owner = Some(Owner::Country(country));
            complement_text = Some(c.first..of_at);
        } else {
            // The complement is written in the title unless it only names the owner.
            let mut written = true;
            match (c.link, c.only_country) {
                // "el jefe del Kremlin": a seat names the office as the text writes it.
                (Link::Of | Link::From, Some(country)) if owner.is_none() => {
                    owner = Some(Owner::Country(country));
                    written = c.only_seat;
                }
                (Link::Of, Some(_)) => {}
                (Link::To, first_country) => destination = first_country.or(c.first_country),
                _ => weak_owner = c.first_owner,
            }
            if written {
                complement_text = Some(c.first..c.end);
            }
        }
    }
    // "A, jefe de la Comisión de Asuntos Estatales, elogió": a title in apposition to a name
    // holds no other name before its closing comma; capitalised words up to it are the office's.
    if after_name && let Some(c) = complement_text.as_mut().filter(|c| c.end == end) {
        c.end = office_tail(doc, end, true);
        end = c.end;
    }
    // "la embajadora de México en Washington, A": an envoy's posting, after the owner.
    if class == RoleClass::Official
        && let Some((posting_end, country)) = posting_at(doc, end)
    {
        complement_text = Some(complement_text.map_or(end, |c| c.start)..posting_end);
        destination = destination.or(country);
        end = posting_end;
    }
    let head_key = key_of(doc, head_first, head_end);
    // "expresidente": a title joined to a past-holder prefix.
    let value = doc.lex.value(Cat::Role, &head_key);
    former |= value
        .or_else(|| doc.lex.value(Cat::RolePlural, &head_key))
        .is_some_and(|v| v & RoleClass::FORMER != 0);
    // "la canciller alemana": a title whose rank its owner decides.
    let by_seat = complement.as_ref().is_some_and(|c| c.only_seat);
    // "Chairman of the PRC": a body's head whose complement is a country alone heads it.
    let heads_country = complement
        .as_ref()
        .is_some_and(|c| c.link == Link::Of && c.only_country.is_some())
        && doc.is(head_first, Cat::CountryHead);
    // "el presidente de la compañía": a business's head holds no office of a state.
    of_firm |= complement.as_ref().is_some_and(|c| c.firm);
    // "el presidente de Telvia": a leader's title of a body the tables do not know, no
    // country nor organisation, heads a business or a club, no state (but "British Chancellor
    // of the Exchequer": an office of the country before it).
    of_firm |= class == RoleClass::Leader
        && owner.is_none()
        && complement
            .as_ref()
            .is_some_and(|c| c.link == Link::Of && c.unknown_body);
    let class = match owner {
        _ if of_firm => RoleClass::Bystander,
        _ if heads_country => RoleClass::Leader,
        Some(Owner::Country(c)) => doc
            .lex
            .rank_for_owner(&head_key, c, by_seat)
            .unwrap_or(class),
        _ => class,
    };
    let qualifiers = [Some(head_end..qualifier_end), agreeing, late_qualifier];
    let titles = titles(doc, &parts, plural, &qualifiers, complement_text);
    Some(Role {
        first: i,
        end,
        determiner,
        owner,
        weak_owner,
        class,
        titles,
        plural,
        former,
        relational,
        destination,
        owners,
        both_sides: both_sides.is_some(),
    })
}

/// Where the words that qualify a title after its head end ("presidente interino", "ministro
/// de Asuntos Exteriores"): the language's `title_qualifier` words and portfolios, and the
/// rest of an office's name after them, or after a head that names an `office`.
fn qualifiers_after(doc: &Doc, mut k: usize, office: bool) -> usize {
    let mut portfolio = office;
    while doc.tokens.get(k).is_some_and(|t| !t.line_before) {
        // "ministro de Desarrollo, Industria y Comercio": the rest of a list of offices.
        if portfolio && doc.punct(k, ',') && listed_office(doc, k + 1) {
            k += 1;
            while k < doc.tokens.len() && !joins_sides(doc, k) {
                k += 1 + usize::from(doc.punct(k + 1, ','));
            }
            k += 2;
            continue;
        }
        // "de las Fuerzas Armadas Revolucionarias, A", "de Comercio Exterior e Inversión
        // Extranjera, B": the office's name goes on in capitals to the comma before the name.
        if portfolio {
            let end = office_tail(doc, k, false);
            if end > k {
                k = end;
                continue;
            }
        }
        let qualifier = doc.phrase_len(k, Cat::TitleQualifier);
        let len = match qualifier {
            0 => doc.phrase_len(k, Cat::Portfolio),
            len => len,
        };
        if len == 0 {
            break;
        }
        portfolio = qualifier == 0;
        k += len;
    }
    k
}

/// Where capitalised words from `k` that go on an office's name end: words with no title,
/// table name or class of their own, and connectors between them, closed by a comma before a
/// capitalised word (the name); when the title is an apposition (`closing`), one such word
/// closed by a comma before a lowercase word (no name: "…, jefe de Asuntos Estatales, elogió").
/// `k` when there are none.
fn office_tail(doc: &Doc, k: usize, closing: bool) -> usize {
    if !k
        .checked_sub(1)
        .is_some_and(|p| doc.token(p).is_capitalized())
    {
        return k;
    }
    let j = office_words_end(doc, k);
    let named_after = doc.token(j + 1).is_capitalized();
    let closed = if closing {
        j == k + 1 && !named_after
    } else {
        named_after
    };
    if j > k && doc.punct(j, ',') && closed {
        j
    } else {
        k
    }
}

/// "de Venezuela", "de la India": a country's name after the genitive link at `k`, and where
/// it ends.
fn genitive_at(doc: &Doc, k: usize) -> Option<(u16, usize)> {
    if !doc.is(k, Cat::GenitiveLink) {
        return None;
    }
    let (country, m) = country_name_at(doc, k + 1)?;
    (!doc.token(m.first).line_before).then_some((country, m.end))
}

/// A country's name at `at`, after the definite article or not: its country and its mention.
fn country_name_at(doc: &Doc, at: usize) -> Option<(u16, &NameMention)> {
    // "la India", and "El Salvador", whose article is the name's own.
    let named = doc.name_starting(at).is_some();
    let first = at + usize::from(!named && doc.is(at, Cat::DefiniteArticle));
    let m = doc.name_starting(first)?;
    (m.country_form() == Some(CountryForm::Name)).then_some((m.country()?, m))
}

/// The country adjective at `k` ("ruso", "rusa"): its country and where it ends.
fn adjective_at(doc: &Doc, k: usize) -> Option<(u16, usize)> {
    let m = doc.name_starting(k)?;
    if doc.token(k).line_before || m.country_form() != Some(CountryForm::Adjective) {
        return None;
    }
    Some((m.country()?, m.end))
}

/// Whether a plural head stands at `k`, after the words of its portfolio ("foreign ministers").
fn plural_head_at(doc: &Doc, mut k: usize) -> bool {
    while doc.is(k, Cat::Portfolio) && head_at(doc, k).is_none() {
        k += 1;
    }
    head_at(doc, k).is_some_and(|(_, _, plural)| plural)
}

/// The owners coordinated from `first`, the owner of the words before `after` ("Kyrgyz and
/// Uzbek", "Kenyan, Ugandan and Tanzanian"), and where they end.
fn owners_before(doc: &Doc, first: Owner, after: usize) -> (Vec<Owner>, usize) {
    let mut owners = vec![first];
    let mut end = after;
    while lists::list_mark(doc, end) {
        let next = end
            + 1
            + usize::from(doc.punct(end, ',') && doc.is(end + 1, Cat::CopulativeConjunction));
        let Some((owner, after)) = owner_at(doc, next) else {
            break;
        };
        owners.push(owner);
        end = after;
    }
    (owners, end)
}

/// The owners written after a title at `k`, and where they end: country adjectives ("ruso",
/// "ruso y chino", "ruso, chino e indio"); after a plural title, also a list of countries
/// after the genitive link ("de Argentina y Brasil", "de Rusia, China y la India").
fn owners_after(doc: &Doc, k: usize, plural: bool) -> (Vec<Owner>, usize) {
    let mut owners = Vec::new();
    let mut end = k;
    while let Some((country, after)) = adjective_at(doc, end) {
        owners.push(Owner::Country(country));
        end = after;
        if !(plural && lists::list_mark(doc, end) && adjective_at(doc, end + 1).is_some()) {
            break;
        }
        end += 1;
    }
    if !owners.is_empty() || !plural {
        return (owners, end);
    }
    // A list of two countries at least, each with its link or sharing the first one's ("the
    // foreign ministers of A and B", "his counterparts from A, B and C").
    let from = matches!(Link::at(doc, k), Some((Link::From, 1)));
    if !doc.is(k, Cat::GenitiveLink) && !from {
        return (owners, k);
    }
    let mut at = k + 1;
    while let Some((country, m)) = country_name_at(doc, at) {
        owners.push(Owner::Country(country));
        end = m.end;
        if !lists::list_mark(doc, end) {
            break;
        }
        at = end + 1 + usize::from(doc.is(end + 1, Cat::GenitiveLink));
    }
    // "their counterparts from China, Japan and other nations": a list that goes on past its
    // countries is a group, not one holder per country.
    let goes_on = doc.is(end, Cat::CopulativeConjunction) && !doc.token(end + 1).is_capitalized();
    if owners.len() < 2 || goes_on {
        return (Vec::new(), k);
    }
    (owners, end)
}

/// A country or organisation owning a title at `j` ("Russian", "Qatar's", "UN", "Kremlin"),
/// and where the title goes on.
fn owner_at(doc: &Doc, j: usize) -> Option<(Owner, usize)> {
    let m = doc.name_starting(j)?;
    let owner = Owner::of(m.meaning)?;
    let possessive = doc.is_possessive(m.end);
    Some((owner, m.end + usize::from(possessive)))
}

/// "Business Secretary Priya Mehta": whether the word at `k`, no table name nor acronym, stands
/// right before a capitalised singular title head that a name follows, so that it names the
/// title's portfolio, not a person.
pub fn portfolio_before_head(doc: &Doc, k: usize) -> bool {
    let Some((len, class, false)) = head_at(doc, k + 1) else {
        return false;
    };
    class != RoleClass::Bystander
        && doc.token(k + 1).is_capitalized()
        && !doc.token(k).is_all_caps()
        && doc.capitalized_in_line(k + 1 + len)
        && doc.name(k).is_none()
}

/// Whether token `k` is part of a social-media handle ("@AmbassadorTai", split by the glue
/// repair into "Ambassador" "Tai"): no title and no name.
pub fn in_handle(doc: &Doc, mut k: usize) -> bool {
    while let Some(t) = doc.tokens.get(k).filter(|_| k > 0) {
        if doc.punct(k - 1, '@') && !t.space_before {
            return true;
        }
        if !t.glued {
            return false;
        }
        k -= 1;
    }
    false
}

/// A role head at `j`: its length, class and whether it is plural. Multi-word heads win.
pub fn head_at(doc: &Doc, j: usize) -> Option<(usize, RoleClass, bool)> {
    if in_handle(doc, j) {
        return None;
    }
    let (len, class, plural) = doc.role_at(j)?;
    // "at 4 pm": a short word after a number tells the time.
    let after_number = j > 0 && doc.token(j - 1).kind == Kind::Number;
    if after_number && len == 1 && crate::text::char_count(&doc.token(j).text) <= 2 {
        return None;
    }
    // Titles are words: "Maj. Gen." but no punctuation between them.
    doc.tokens_between(j, j + len)
        .iter()
        .all(|t| t.kind == Kind::Word)
        .then_some((len, class, plural))
}

/// How a title's complement relates to it: the value of `title_complement` in `words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// "President of Ghana", "director of the Department": the office or its owner.
    Of,
    /// "Minister for Trade", "secretary in charge of China": the portfolio.
    For,
    /// "ambassador to Venezuela": where the holder is sent.
    To,
    /// "counterparts from Uganda": the country only.
    From,
}

impl Link {
    /// The link a `title_complement` phrase starts at `k`, and its length.
    fn at(doc: &Doc, k: usize) -> Option<(Link, usize)> {
        let (len, value) = doc.phrase_at(k, Cat::TitleComplement)?;
        Some((Link::from_value(value)?, len))
    }

    /// The link of a `title_complement` value.
    pub fn from_value(value: i32) -> Option<Link> {
        // The values index the links.
        const LINKS: [Link; 4] = [Link::Of, Link::For, Link::To, Link::From];
        LINKS.get(usize::try_from(value).ok()?).copied()
    }
}

struct Complement {
    link: Link,
    first: usize,
    end: usize,
    /// The complement is nothing but a country's name ("of Ghana").
    only_country: Option<u16>,
    /// That name is the country's seat of government ("del Kremlin").
    only_seat: bool,
    first_country: Option<u16>,
    first_owner: Option<Owner>,
    /// The complement names a business ("of the company").
    firm: bool,
    /// The complement is only capitalised words of no class, no name the tables know, word of
    /// an office nor acronym (which may be an international body's, "de la FIFA"): a body of
    /// its own name ("de Telvia", "of Andina Energy").
    unknown_body: bool,
}

/// "of the Industrial Department of Munitions", "for Trade and Tourism", "to Venezuela":
/// words of offices and institutions, table names and acronyms. An unknown capitalised word
/// belongs to it only when a connector or an institution word follows ("Member for Solomon
/// of ..."); otherwise it starts the name after the title.
fn complement_at(doc: &Doc, at: usize, portfolio_holder: bool) -> Option<Complement> {
    let tokens = &doc.tokens;
    let (link, lead) = Link::at(doc, at)?;
    let first = at;
    // The first word after the link.
    let body = at + lead;
    let mut k = body;
    let mut names = Vec::new();
    let connector = |k: usize| doc.is(k, Cat::OfficeConnector);
    while let Some(t) = tokens.get(k) {
        if t.line_before {
            break;
        }
        // "Minister of Production, Andres Cueva": one capitalised word of no class of its own
        // right after the link, closed by the comma before the holder's name, is a portfolio
        // the tables do not know (two would be a name: "Head of HCNR Abdullah Abdullah, …").
        if k == body
            && office_word(doc, k)
            && doc.punct(k + 1, ',')
            && doc.token(k + 2).is_capitalized()
            && !listed_office(doc, k + 2)
        {
            k += 1;
            break;
        }
        // "Chancellor of the Exchequer Rachel Reeves": after the link and its article, one
        // capitalised word of no class of its own before a name of two words, and no more
        // ("of the Security Council Dmitry Medvedev" goes on), is the office.
        if k == body + 1
            && doc.is(body, Cat::DefiniteArticle)
            && office_word(doc, k)
            && !doc.is(k, Cat::OrgWord)
            && doc.name(k).is_none()
            && doc.capitalized_in_line(k + 1)
            && doc.capitalized_in_line(k + 2)
            && !doc.capitalized_in_line(k + 3)
            && !doc.lex.is_country_adjective(&doc.token(k + 2).lower)
            && !doc.is_any_of(k + 1, &[Cat::OrgWord, Cat::Portfolio])
            && doc.name(k + 1).is_none()
            && doc.role_at(k + 1).is_none()
            && !listed_office(doc, k + 1)
        {
            k += 1;
            break;
        }
        // "Ministra de Política Territorial y Memoria Democrática, Rosa Vidal": after the title
        // of a portfolio's holder, who holds no person, capitalised words the tables do not
        // know, closed by the comma before the holder's name, are the portfolio ("spokesman
        // for Ivan Petrov, Anna Kern" holds a person).
        if k == body
            && portfolio_holder
            && let Some(end) = unknown_portfolio_end(doc, k)
            && doc.token(end + 1).is_capitalized()
            && head_at(doc, end + 1).is_none()
            && !listed_office(doc, end + 1)
        {
            k = end;
            break;
        }
        if let Some(m) = doc.name_starting(k) {
            // "Minister of Foreign Affairs and Mauritius by B": a country joined to a portfolio
            // starts another clause (a country joins only another: "of Russia and China").
            let after_portfolio = k > body
                && doc.is(k - 1, Cat::CopulativeConjunction)
                && doc.name_ending(k - 1).is_none();
            // "of France and the German Chancellor", "of the European Commission and Japan's
            // Prime Minister": an adjective or an owner after "and" opens the next person's
            // title.
            let and_before = (body + 1..k)
                .rev()
                .take(2)
                .find(|&j| !doc.is(j, Cat::Determiner));
            let next_owner = and_before.is_some_and(|j| doc.is(j, Cat::CopulativeConjunction))
                && (m.country_form() == Some(CountryForm::Adjective) || doc.is_possessive(m.end));
            if (after_portfolio && m.country().is_some()) || next_owner {
                break;
            }
            names.push(*m);
            k = m.end;
            continue;
        }
        // "of Libya's Government of National Unity, Abdul Hamid Dbeibah": a last capitalised
        // word of a body's name, closed by the comma before a holder's name of two words or
        // more, is the body's.
        if k > body
            && office_word(doc, k)
            && doc.token(k - 1).is_capitalized()
            && doc.punct(k + 1, ',')
            && doc.capitalized_in_line(k + 2)
            && doc.capitalized_in_line(k + 3)
            && doc.name(k + 2).is_none()
            && doc.role_at(k + 2).is_none()
            && !doc.is(k + 2, Cat::Portfolio)
        {
            k += 1;
            continue;
        }
        // "de la Secretaría de Economía": a portfolio goes on the office's name.
        let len = doc.phrase_len(k, Cat::Portfolio);
        if len > 0 {
            k += len;
            continue;
        }
        // "Coordinador de Asesores del Presidente, Carlos Pérez": a title owned through the
        // genitive link, closed by the comma before the name, is the office's.
        let linked = k > body
            && (doc.is(k - 1, Cat::GenitiveLink)
                || (doc.is(k - 1, Cat::DefiniteArticle)
                    && k > body + 1
                    && doc.is(k - 2, Cat::GenitiveLink)));
        // "President of the Council of Ministers", "Consejo de Ministros": a plural title
        // owned that way names a body, wherever it stands.
        if let Some((len, _, plural)) = head_at(doc, k).filter(|_| linked && t.is_capitalized())
            && (plural || doc.punct(k + len, ','))
        {
            k += len;
            continue;
        }
        // "for Investment, Trade and Industry": a list of capitalised words closed by "and"
        // goes on the office's name.
        if t.is(',') && k > body && doc.token(k - 1).is_capitalized() && listed_office(doc, k + 1) {
            k += 1;
            continue;
        }
        // "for Trade, Industry and Cooperatives,": a last capitalised word after "and" that no
        // other capitalised word follows is the office's too (not a name: "of Defence and
        // Vladimir Putin").
        let coordinated = k > body
            && joins_sides(doc, k - 1)
            && t.is_capitalized()
            && head_at(doc, k).is_none()
            && !doc.is(k, Cat::Stop)
            && !doc.capitalized_in_line(k + 1);
        // "del Consejo Presidencial Libio", "de la Conferencia Episcopal Española": a country's
        // adjective capitalised after an institution's word is the institution's, where a
        // language writes adjectives small (a name would have matched as written).
        let small_adjective = |j: usize| {
            doc.token(j).is_capitalized()
                && doc.name(j).is_none()
                && doc.lex.is_country_adjective(&doc.token(j).lower)
        };
        let qualifies_institution =
            k > body && doc.token(k - 1).is_capitalized() && small_adjective(k);
        let institution = coordinated
            || qualifies_institution
            || doc.is_any_of(
                k,
                &[
                    Cat::Portfolio,
                    Cat::OrgWord,
                    Cat::RoleModifier,
                    Cat::FirmNoun,
                ],
            );
        if (doc.is(k, Cat::Determiner) && k + 1 < tokens.len())
            || t.kind == Kind::Possessive
            || (connector(k) && k > body && !doc.token(k - 1).is(','))
            // ("the presidents of the day": a time is no office.)
            || (institution && !doc.is(k, Cat::Stop) && !(t.is_lowercase() && doc.is(k, Cat::TimeNoun)))
            // Acronyms, dotted too ("of the C.C."), but no initial ("W."); in a line written
            // in capitals, capitals say nothing.
            || (t.is_all_caps() && !doc.shouted(k))
            || (t.is_capitalized()
                && !doc.shouted(k)
                && !doc.is(k, Cat::Stop)
                && (connector(k + 1)
                    || doc.is_possessive(k + 1)
                    || institution_ahead(doc, k + 1)
                    || (k > body && small_adjective(k + 1))))
        {
            k += 1;
            continue;
        }
        break;
    }
    // No trailing connectors or articles.
    while k > body && (connector(k - 1) || doc.is(k - 1, Cat::Determiner)) {
        k -= 1;
    }
    if k <= body {
        return None;
    }
    let content_start = body + usize::from(doc.is(body, Cat::Determiner));
    // "de El Salvador": the article may be the name's own.
    let only = match names.as_slice() {
        [m] if (m.first == content_start || m.first == body) && m.end == k => Some(m),
        _ => None,
    };
    let only_country = only.and_then(|m| m.country());
    let only_seat = only.is_some_and(|m| m.country_form() == Some(CountryForm::Seat));
    // "counterparts from Uganda": "from" gives a country only, never an office.
    if link == Link::From && only_country.is_none() {
        return None;
    }
    Some(Complement {
        link,
        first,
        end: k,
        only_country,
        only_seat,
        first_country: names.iter().find_map(|m| m.country()),
        first_owner: names.iter().find_map(|m| Owner::of(m.meaning)),
        firm: doc.is(content_start, Cat::FirmNoun),
        unknown_body: names.is_empty()
            && (content_start..k).all(|j| {
                office_word(doc, j)
                    && !doc.token(j).is_all_caps()
                    && !doc.is_any_of(j, &[Cat::OrgWord, Cat::Portfolio])
            }),
    })
}

/// An envoy's posting at `k` ("en Washington", "ante esa nación", "in Tokyo"), closed by the
/// comma before the holder's name: where it ends, and the country it names, if any.
fn posting_at(doc: &Doc, k: usize) -> Option<(usize, Option<u16>)> {
    const LONGEST: usize = 5;
    if !doc.is(k, Cat::PostingLink) {
        return None;
    }
    let mut j = k + 1;
    let mut country = None;
    while j < k + 1 + LONGEST && !doc.punct(j, ',') {
        if let Some(m) = doc.name_starting(j) {
            country = country.or(m.country());
            j = m.end;
        } else if doc.is_any_of(j, &[Cat::Determiner, Cat::CountryNoun])
            || doc.token(j).is_all_caps()
        {
            j += 1;
        } else {
            return None;
        }
    }
    let named_after = doc.token(j + 1).is_capitalized();
    (j > k + 1 && doc.punct(j, ',') && named_after).then_some((j, country))
}

/// Whether capitalised words from `k` end, within three, in a capitalised word of an
/// institution: "Revolutionary Command Council" is one body's name.
fn institution_ahead(doc: &Doc, k: usize) -> bool {
    for j in k..k + 3 {
        if !doc.capitalized_in_line(j) || doc.is(j, Cat::Stop) {
            return false;
        }
        if doc.is(j, Cat::OrgWord) {
            return true;
        }
    }
    false
}

/// "… of Kyrgyzstan" closing a complement that names a portfolio before it: the country and
/// where its "of" stands.
fn trailing_country(doc: &Doc, c: &Complement) -> Option<(u16, usize)> {
    let last = doc.name_ending(c.end)?;
    let country = last.country()?;
    let of_at = last
        .first
        .checked_sub(1 + usize::from(doc.is(last.first - 1, Cat::Determiner)))?;
    // After a portfolio ("Foreign Affairs of X"), not an institution ("the Bank of Russia").
    let portfolio_before = of_at
        .checked_sub(1)
        .is_some_and(|k| doc.is(k, Cat::Portfolio));
    let of = Link::at(doc, of_at).is_some_and(|(link, len)| link == Link::Of && len == 1);
    (of_at > c.first + 1 && of && portfolio_before).then_some((country, of_at))
}

/// Whether capitalised words separated by commas and closed by "and" and one more capitalised
/// word start at `k`: the rest of a list of offices ("Trade and Industry" after "Investment,").
fn listed_office(doc: &Doc, mut k: usize) -> bool {
    // One word an item: two would be a person's name ("…, Francis Mwebesa and …").
    while office_word(doc, k) {
        k += 1;
        if doc.punct(k, ',') {
            k += 1;
        } else {
            return joins_sides(doc, k) && office_word(doc, k + 1);
        }
    }
    false
}

/// Where a portfolio the tables do not know, starting at token `k`, ends at a comma: two
/// words of an office's name at least.
fn unknown_portfolio_end(doc: &Doc, k: usize) -> Option<usize> {
    let end = office_words_end(doc, k);
    (office_word(doc, k) && end >= k + 2 && doc.punct(end, ',')).then_some(end)
}

/// Where the words of an office's name from token `k` end: capitalised words with no class
/// of their own, and the connectors and articles written small between them ("Transformación
/// Digital y de la Función Pública").
fn office_words_end(doc: &Doc, k: usize) -> usize {
    const LONGEST: usize = 8;
    let small_link = |j: usize| {
        (doc.is(j, Cat::OfficeConnector) || doc.is(j, Cat::DefiniteArticle))
            && doc.token(j).is_lowercase()
    };
    let mut j = k;
    while j < k + LONGEST {
        let links = (j..j + 3).take_while(|&l| small_link(l)).count();
        if office_word(doc, j + links) {
            j += links + 1;
        } else {
            break;
        }
    }
    j
}

/// Whether token `k` may be a word of an office's name: a capitalised word on the line with
/// no title, table name or stop word class of its own.
fn office_word(doc: &Doc, k: usize) -> bool {
    doc.capitalized_in_line(k)
        && doc.name(k).is_none()
        && head_at(doc, k).is_none()
        && !doc.is(k, Cat::Stop)
}

/// The titles a role phrase gives, singular: split over coordinated portfolios when the
/// head is plural.
fn titles(
    doc: &Doc,
    parts: &[(usize, usize, Part)],
    plural: bool,
    qualifiers: &[Option<std::ops::Range<usize>>],
    complement: Option<std::ops::Range<usize>>,
) -> Vec<String> {
    let Some(&(head_first, head_end, _)) = parts.last() else {
        return Vec::new();
    };
    // The head, its qualifiers and its complement, as every title ends.
    let mut tail = singular_phrase(doc, head_first, head_end, plural);
    for q in qualifiers.iter().flatten().filter(|q| !q.is_empty()) {
        tail.push(' ');
        tail.push_str(&doc.phrase(q.start, q.end));
    }
    if let Some(c) = complement {
        tail.push(' ');
        tail.push_str(&doc.phrase(c.start, c.end));
    }
    let before_head = parts.split_last().map_or(&[][..], |(_, before)| before);
    let coordinated = plural && before_head.iter().any(|&(_, _, p)| matches!(p, Part::And));
    if coordinated {
        // "Foreign and Defense Ministers" → each conjunct takes the head.
        let mut titles = Vec::new();
        let mut group_start = None;
        for (n, &(s, e, p)) in before_head.iter().enumerate() {
            if matches!(p, Part::And) {
                continue;
            }
            group_start.get_or_insert(s);
            let group_ends = before_head
                .get(n + 1)
                .is_none_or(|&(_, _, next)| matches!(next, Part::And));
            if group_ends {
                let g = group_start.take().unwrap_or(s);
                let mut title = doc.phrase(g, e);
                title.push(' ');
                title.push_str(&tail);
                titles.push(title);
            }
        }
        return titles;
    }
    // The parts without the owner, which may stand among them ("former US President"), nor
    // the holder's moment ("visiting", "new").
    let mut title = String::new();
    for &(s, e, p) in before_head {
        if matches!(p, Part::Modifier) && doc.phrase_len(s, Cat::PassingModifier) == e - s {
            continue;
        }
        title.push_str(&doc.phrase(s, e));
        title.push(' ');
    }
    title.push_str(&tail);
    vec![title]
}

/// `title` before its first word (written in lowercase, between two words) that links it to
/// a complement by `link`.
pub fn before_link<'t>(lex: &Lexicon, title: &'t str, link: Link) -> &'t str {
    let mut at = 0;
    for word in title.split(' ') {
        let end = at + word.len();
        let links = lex
            .value(Cat::TitleComplement, word)
            .and_then(Link::from_value)
            == Some(link);
        if at > 0 && end < title.len() && links {
            // `at - 1` is the space before the word: always a boundary.
            return title.get(..at - 1).unwrap_or(title);
        }
        at = end + 1;
    }
    title
}

/// The lookup form of tokens `first..end`: their lowercase words joined by spaces.
fn key_of(doc: &Doc, first: usize, end: usize) -> String {
    let mut key = String::new();
    for k in first..end {
        if k > first {
            key.push(' ');
        }
        key.push_str(doc.lower(k));
    }
    key
}

/// The head as written, made singular when plural: each word that the language's plural
/// changed takes its singular, with the written case of its first letter.
fn singular_phrase(doc: &Doc, first: usize, end: usize, plural: bool) -> String {
    let singular = plural
        .then(|| doc.lex.singular_of(&key_of(doc, first, end)))
        .flatten();
    let mut words = singular.map(|s| s.split(' '));
    let mut phrase = String::new();
    for (n, t) in doc.tokens_between(first, end).iter().enumerate() {
        if n > 0 {
            phrase.push(' ');
        }
        let one = words.as_mut().and_then(Iterator::next);
        match one {
            Some(s) if s == t.lower => phrase.push_str(&t.text),
            // Keep the written case of the first letter.
            Some(s) if t.text.starts_with(crate::text::case::is_upper) => {
                phrase.push_str(&crate::text::case::capitalize(s))
            }
            Some(s) => phrase.push_str(s),
            None => phrase.push_str(&t.text),
        }
    }
    phrase
}

/// Whether token `k` joins two sides into one: "and", "&" (the plural-side words of value 1).
fn joins_sides(doc: &Doc, k: usize) -> bool {
    doc.value_is(k, Cat::PluralSide, 1) || doc.is(k, Cat::CopulativeConjunction)
}

/// The title a counterpart holds, from the title of the person it is the counterpart of: the
/// plain title, without the modifiers that are that person's own ("nuevo presidente" gives
/// "presidente"), in the gender the counterpart's word marks ("su homóloga" of a "presidente"
/// is a "presidenta"); none when the marked gender has no such title.
pub fn counterpart_title(lex: &Lexicon, title: &str, relational: &str) -> Option<String> {
    let mut plain = crate::text::case::lower_str(title);
    while lex.value(Cat::Role, &plain).is_none() {
        match plain.split_once(' ') {
            Some((first, rest)) if lex.is(Cat::RoleModifier, first) => plain = rest.to_string(),
            _ => break,
        }
    }
    // The plain title as written ("Presidente del Gobierno" keeps its capitals).
    let skip = title.len().saturating_sub(plain.len());
    let as_written = title.get(skip..).unwrap_or(&plain).to_string();
    // The gender of the counterpart's word ("homóloga"), else of the adjective that agrees
    // with it ("su par boliviano").
    let relational = crate::text::case::lower_str(relational);
    let mut words = relational.split(' ');
    // A word of one form for both genders ("su colega") marks none.
    let marked = words
        .next()
        .filter(|w| !lex.is(Cat::CommonGender, w))
        .and_then(|w| gender_ending_of(lex, w));
    let Some(marked) = marked.or_else(|| words.next_back().and_then(|w| gender_ending_of(lex, w)))
    else {
        return Some(as_written);
    };
    // A title of one form for both ("canciller") is the counterpart's as it is.
    if plain.split(' ').all(|w| gender_ending_of(lex, w).is_none()) {
        return Some(as_written);
    }
    let head = plain.split(' ').next().unwrap_or_default();
    let feminine = |ending: Option<&str>| ending.is_some_and(|e| lex.is(Cat::FeminineEnding, e));
    let feminine_title = feminine(gender_ending_of(lex, head));
    if feminine(Some(marked)) == feminine_title {
        return Some(as_written);
    }
    // The endings the counterpart's words may take: the feminine one; for the masculine,
    // which is not one ending ("ministra" → "ministro", "presidenta" → "presidente",
    // "primera" → "primer"), the counterpart's own, none, or one the title writes elsewhere.
    let mut endings: Vec<&str> = vec![marked];
    if feminine_title {
        endings.push("");
        for (at, c) in plain.char_indices() {
            let e = plain.get(at..at + c.len_utf8()).unwrap_or_default();
            if lex.is(Cat::GenderEnding, e) && !feminine(Some(e)) && !endings.contains(&e) {
                endings.push(e);
            }
        }
    }
    // Each word of the title the counterpart's gender changes (the head always; others
    // maybe: "presidenta del Gobierno", "primera ministra"): the longest start that is a
    // title in that gender, the rest as written ("ministro de Exteriores").
    let mut forms = vec![String::new()];
    let mut best: Option<(String, usize)> = None;
    let words: Vec<&str> = as_written.split(' ').collect();
    for (n, word) in words.iter().enumerate() {
        let ending = gender_ending_of(lex, word);
        let mut options: Vec<String> = Vec::new();
        if !feminine_title || feminine(ending) {
            for e in &endings {
                let mut option = genderless(lex, word).to_string();
                option.push_str(e);
                options.push(option);
            }
        }
        // A head of one form for both may stay ("titular de Exteriores", "primer ministro").
        if n > 0 || ending.is_none() {
            options.push(word.to_string());
        }
        let mut next = Vec::with_capacity(forms.len() * options.len());
        for form in &forms {
            for option in &options {
                let mut form = form.clone();
                if !form.is_empty() {
                    form.push(' ');
                }
                form.push_str(option);
                // Of the forms as long, the first: the changed before the unchanged.
                if best.as_ref().is_none_or(|&(_, longest)| n > longest)
                    && lex
                        .value(Cat::Role, &crate::text::case::lower_str(&form))
                        .is_some()
                {
                    best = Some((form.clone(), n));
                }
                next.push(form);
            }
        }
        forms = next;
        // A title's words are few; what follows its longest form is a portfolio.
        if forms.len() > 64 {
            break;
        }
    }
    let (mut title, n) = best?;
    for word in words.get(n + 1..).unwrap_or_default() {
        title.push(' ');
        title.push_str(word);
    }
    Some(title)
}

/// The last letter of `word` when it is an ending that gives a gender.
fn gender_ending_of<'w>(lex: &Lexicon, word: &'w str) -> Option<&'w str> {
    gender_split(lex, word).map(|(_, ending)| ending)
}

/// `word` split before its last letter when that letter is an ending that gives a gender
/// (and is not the whole word).
fn gender_split<'w>(lex: &Lexicon, word: &'w str) -> Option<(&'w str, &'w str)> {
    let (at, _) = word.char_indices().last()?;
    let (stem, ending) = word.split_at_checked(at)?;
    (at > 0 && lex.is(Cat::GenderEnding, ending)).then_some((stem, ending))
}

/// A title's word without the ending that gives it a gender, where the language has one
/// ("presidente" gives "president"; "primer" and "canciller" stay): "presidenta" and
/// "presidente" are one office.
pub fn genderless<'w>(lex: &Lexicon, word: &'w str) -> &'w str {
    gender_split(lex, word).map_or(word, |(stem, _)| stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(text: &str) -> (Vec<String>, Option<String>, RoleClass, bool, String) {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let role = parse_at(&doc, 0).unwrap_or_else(|| panic!("no role in {text:?}"));
        let owner = role.owner.map(|o| match o {
            Owner::Country(c) => doc.lex.countries[c as usize].name.clone(),
            Owner::Organization(o) => doc.lex.organizations[o as usize].name.clone(),
        });
        (
            role.titles,
            owner,
            role.class,
            role.plural,
            doc.phrase(role.first, role.end),
        )
    }

    #[test]
    fn table_of_roles() {
        use RoleClass::*;
        // Text, titles, owner, class, the phrase the role covers.
        type Case<'a> = (&'a str, &'a [&'a str], Option<&'a str>, RoleClass, &'a str);
        let table: &[Case] = &[
            (
                "Russian President Vladimir Putin",
                &["President"],
                Some("Russia"),
                Leader,
                "Russian President",
            ),
            (
                "Foreign and Defense Ministers Sergei Lavrov",
                &["Foreign Minister", "Defense Minister"],
                None,
                Minister,
                "Foreign and Defense Ministers",
            ),
            (
                "the defense and foreign ministers, as well",
                &["defense minister", "foreign minister"],
                None,
                Minister,
                "the defense and foreign ministers",
            ),
            (
                "the director of the Industrial Department of Munitions and also",
                &["director of the Industrial Department of Munitions"],
                None,
                Official,
                "the director of the Industrial Department of Munitions",
            ),
            (
                "the secretary for Science and Education of the Central Committee of the Workers’ Party. which",
                &[
                    "secretary for Science and Education of the Central Committee of the Workers’ Party",
                ],
                None,
                Official,
                "the secretary for Science and Education of the Central Committee of the Workers’ Party",
            ),
            (
                "Colombia’s ambassador to Venezuela.",
                &["ambassador to Venezuela"],
                Some("Colombia"),
                Official,
                "Colombia’s ambassador to Venezuela",
            ),
            (
                "U.S. Secretary of State Antony Blinken",
                &["Secretary of State"],
                Some("United States"),
                Minister,
                "U.S. Secretary of State",
            ),
            (
                "the newly elected President of Ghana, John",
                &["newly elected President"],
                Some("Ghana"),
                Leader,
                "the newly elected President of Ghana",
            ),
            (
                "deputy prime ministers Denis Manturov",
                &["deputy prime minister"],
                None,
                Deputy,
                "deputy prime ministers",
            ),
            (
                "head of the Bank of Russia Elvira Nabiullina",
                &["head of the Bank of Russia"],
                None,
                Official,
                "head of the Bank of Russia",
            ),
            (
                "Coordinating Minister for Maritime Affairs and Investment Luhut Binsar",
                &["Coordinating Minister for Maritime Affairs and Investment"],
                None,
                Minister,
                "Coordinating Minister for Maritime Affairs and Investment",
            ),
            (
                "Member for Solomon of the Australian House of Representatives Luke Gosling",
                &["Member for Solomon of the Australian House of Representatives"],
                None,
                Official,
                "Member for Solomon of the Australian House of Representatives",
            ),
            (
                "Crown Prince and de facto ruler Abdullah",
                &["Crown Prince and de facto ruler"],
                None,
                Leader,
                "Crown Prince and de facto ruler",
            ),
            (
                "Qatar’s FM, US",
                &["FM"],
                Some("Qatar"),
                Minister,
                "Qatar’s FM",
            ),
            (
                "Maj. Gen. Abdourahamane Tchiani",
                &["Maj. Gen."],
                None,
                Military,
                "Maj. Gen.",
            ),
            (
                "UN spokesperson Stephane Dujarric",
                &["spokesperson"],
                Some("United Nations"),
                Spokes,
                "UN spokesperson",
            ),
            (
                "his Colombian counterpart, Gustavo Petro",
                &["counterpart"],
                Some("Colombia"),
                Leader,
                "his Colombian counterpart",
            ),
            (
                "his counterpart, Trade Representative Robert Lighthizer",
                &["Trade Representative"],
                None,
                Official,
                "his counterpart, Trade Representative",
            ),
            (
                "former US President Donald Trump",
                &["former President"],
                Some("United States"),
                Leader,
                "former US President",
            ),
            (
                "The Head of HCNR Abdullah Abdullah",
                &["Head of HCNR"],
                None,
                Official,
                "The Head of HCNR",
            ),
            (
                "Vice Chairman of the Revolutionary Command Council Izzat Ibrahim",
                &["Vice Chairman of the Revolutionary Command Council"],
                None,
                Deputy,
                "Vice Chairman of the Revolutionary Command Council",
            ),
            (
                "Minister of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev",
                &["Minister of Foreign Affairs"],
                Some("Kyrgyzstan"),
                Minister,
                "Minister of Foreign Affairs of Kyrgyzstan",
            ),
            (
                "the joint secretary in charge of East Asia, Anand Kumar",
                &["joint secretary in charge of East Asia"],
                None,
                Official,
                "the joint secretary in charge of East Asia",
            ),
            (
                "the Minister for Trade, Industry and Cooperatives, Hon. Kofi Boateng",
                &["Minister for Trade, Industry and Cooperatives"],
                None,
                Minister,
                "the Minister for Trade, Industry and Cooperatives",
            ),
            (
                "his counterparts from Chile, Gabriel Boric",
                &["counterpart"],
                Some("Chile"),
                Leader,
                "his counterparts from Chile",
            ),
            (
                "the group's secretary general, Carla Mendes",
                &["secretary general"],
                None,
                Official,
                "the group's secretary general",
            ),
            (
                "presidential aides Yury Ushakov",
                &["presidential aide"],
                None,
                Official,
                "presidential aides",
            ),
        ];
        for (text, titles, owner, class, phrase) in table {
            let got = role(text);
            assert_eq!(got.0, *titles, "{text:?}");
            assert_eq!(got.1.as_deref(), *owner, "{text:?}");
            assert_eq!(got.2, *class, "{text:?}");
            assert_eq!(got.4, *phrase, "{text:?}");
        }
    }

    #[test]
    fn spanish_titles_put_their_owner_after_the_head() {
        use RoleClass::*;
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            Option<&'a str>,
            RoleClass,
            bool,
            &'a str,
        );
        // Text, titles, owner, class, past holder, the phrase the role covers.
        let table: &[Case] = &[
            (
                "el presidente ruso, Vladímir Putin",
                &["presidente"],
                Some("Russia"),
                Leader,
                false,
                "el presidente ruso",
            ),
            (
                "el ministro de Defensa ruso, Serguéi Shoigú",
                &["ministro de Defensa"],
                Some("Russia"),
                Minister,
                false,
                "el ministro de Defensa ruso",
            ),
            (
                "el ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov",
                &["ministro de Asuntos Exteriores"],
                Some("Russia"),
                Minister,
                false,
                "el ministro de Asuntos Exteriores de Rusia",
            ),
            (
                "el primer ministro de la India, Narendra Modi",
                &["primer ministro"],
                Some("India"),
                Leader,
                false,
                "el primer ministro de la India",
            ),
            (
                "la canciller alemana, Angela Merkel",
                &["canciller"],
                Some("Germany"),
                Leader,
                false,
                "la canciller alemana",
            ),
            (
                "la canciller mexicana, Alicia Bárcena",
                &["canciller"],
                Some("Mexico"),
                Minister,
                false,
                "la canciller mexicana",
            ),
            (
                "el jefe del Kremlin dijo",
                &["jefe del Kremlin"],
                Some("Russia"),
                Leader,
                false,
                "el jefe del Kremlin",
            ),
            (
                "los primeros ministros Fumio Kishida",
                &["primer ministro"],
                None,
                Leader,
                false,
                "los primeros ministros",
            ),
            (
                "el expresidente Mauricio Macri",
                &["expresidente"],
                None,
                Leader,
                true,
                "el expresidente",
            ),
            (
                "los Jefes de Estado asistieron",
                &["Jefe de Estado"],
                None,
                Leader,
                false,
                "los Jefes de Estado",
            ),
        ];
        for &(text, titles, owner, class, former, phrase) in table {
            let doc = Doc::new(text, crate::lang::es::lexicon());
            let role = parse_at(&doc, 0).unwrap_or_else(|| panic!("no role in {text:?}"));
            let owner_name = role.owner.map(|o| match o {
                Owner::Country(c) => doc.lex.countries[c as usize].name.clone(),
                Owner::Organization(o) => doc.lex.organizations[o as usize].name.clone(),
            });
            assert_eq!(role.titles, titles, "{text:?}");
            assert_eq!(owner_name.as_deref(), owner, "{text:?}");
            assert_eq!((role.class, role.former), (class, former), "{text:?}");
            assert_eq!(doc.phrase(role.first, role.end), phrase, "{text:?}");
        }
    }

    #[test]
    fn coordinated_owners_one_per_holder() {
        let doc = Doc::new(
            "los ministros de Exteriores ruso y chino, Lavrov y Wang",
            crate::lang::es::lexicon(),
        );
        let role = parse_at(&doc, 0).expect("a role");
        let names: Vec<&str> = role
            .owners
            .iter()
            .map(|o| match o {
                Owner::Country(c) => doc.lex.countries[*c as usize].name.as_str(),
                Owner::Organization(_) => "",
            })
            .collect();
        assert_eq!(names, ["Russia", "China"]);
        assert!(role.plural);
        assert_eq!(role.titles, ["ministro de Exteriores"]);
    }

    #[test]
    fn no_role_without_a_head() {
        let doc = Doc::new(
            "Bilateral relations and cooperation, trade and economic ties",
            crate::lang::en::lexicon(),
        );
        assert!(find(&doc).is_empty());
    }
}
