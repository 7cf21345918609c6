//! Coreference: which mentions are the same person.
//!
//! Names join when one's words are all in the other's ("Putin", "Vladimir Putin"; "Kim Jong
//! Un", "Kim Jong-un") or differ by one slip of the pen, unless their titles say they are
//! two people ("King Salman", "Crown Prince Mohammed bin Salman"). Descriptions ("the
//! Russian leader", "his Nigerian counterpart") join the one person they fit; a description
//! that fits nobody stays a person known only by role.

use crate::doc::Doc;
use crate::stages::people::{Evidence, NameIndex, People, PersonMention, name_key, same_person};
use crate::stages::roles::{self, Link, Owner, before_link};
use crate::tables::lexicon::{Cat, Lexicon, RoleClass};
use crate::text::tokens::Kind;

/// How sure the country of an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Certainty {
    /// Guessed from the shape of the meeting.
    Guess = 0,
    /// From the context: a delegation, a side, a host.
    Context = 1,
    /// From a description or counterpart that names the country.
    Description = 2,
    /// Said of the person: a title, an apposition, "of Djibouti".
    Stated = 3,
}

/// Which entity: an index into the article's entities, apart from the indices of mentions and
/// tokens it is looked up by (`Analysis::entity_of`, `Analysis::entity_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityId(pub usize);

impl std::ops::Index<EntityId> for [Entity] {
    type Output = Entity;

    fn index(&self, id: EntityId) -> &Entity {
        &self[id.0]
    }
}

impl std::ops::Index<EntityId> for Vec<Entity> {
    type Output = Entity;

    fn index(&self, id: EntityId) -> &Entity {
        &self[id.0]
    }
}

/// One person of the article.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Indices of its mentions in [`People::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// The fullest name the text gives; `None` for a person known only by role.
    pub name: Option<String>,
    /// The words of the name, for comparing.
    pub key: Vec<String>,
    /// The role phrase and title index that best describe the person.
    pub role: Option<(usize, usize)>,
    /// The rank of that role.
    pub class: Option<RoleClass>,
    /// The country or organisation the person represents, and how sure that is.
    pub owner: Option<(Owner, Certainty)>,
    /// Any mention calls the person a past holder of the office, and none a present one.
    pub former: bool,
    /// A mention gives the person a title held now ("el presidente Lula" after "el
    /// expresidente Lula": he holds it again).
    present: bool,
}

impl Entity {
    /// Sets the owner when the new evidence is stronger.
    pub fn set_owner(&mut self, owner: Owner, certainty: Certainty) {
        if self.owner.is_none_or(|(_, c)| certainty > c) {
            self.owner = Some((owner, certainty));
        }
    }

    /// The owner's country index, if the owner is a country.
    pub fn country(&self) -> Option<u16> {
        match self.owner {
            Some((Owner::Country(c), _)) => Some(c),
            _ => None,
        }
    }
}

/// The lowercase head of a title: its last word before any complement of the office, the
/// portfolio or the posting ("President of Ghana", "Minister for Trade", "ambassador to
/// Venezuela").
pub fn title_head(lex: &Lexicon, title: &str) -> String {
    let before = before_link(lex, title, Link::Of);
    let before = before_link(lex, before, Link::For);
    let before = before_link(lex, before, Link::To);
    crate::text::case::lower_str(before.rsplit(' ').next().unwrap_or(before))
}

/// Whether a title is a generic one of leaders ("mandatario", "leader"), by its head.
fn generic_title(lex: &Lexicon, title: &str) -> bool {
    lex.is(Cat::GenericTitle, &title_head(lex, title))
}

fn title(people: &People, role: (usize, usize)) -> &str {
    people
        .role(role.0)
        .titles
        .get(role.1)
        .map_or("", String::as_str)
}

/// Groups the mentions of `people` into entities.
pub fn resolve(doc: &Doc, people: &People) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut names = NameIndex::default();
    let mut descriptions = Vec::new();
    for (n, m) in people.mentions.iter().enumerate() {
        let Some(name) = &m.name else {
            descriptions.push(n);
            continue;
        };
        let key = name_key(people.lex, name);
        let alias_key = m.alias.as_deref().map(|a| name_key(people.lex, a));
        let matches = |e: &Entity| {
            e.name.is_some()
                && (same_person(&e.key, &key)
                    || alias_key.as_ref().is_some_and(|a| same_person(&e.key, a)))
                && (titles_agree(people, e, m) || same_full_name(&e.key, &key))
        };
        // The same words first ("Salman" is King Salman, not Mohammed bin Salman), else the
        // latest person the words fit.
        // Only entities sharing a part of the name can be the same person.
        let mut candidates = names.candidates(&key);
        if let Some(alias) = &alias_key {
            candidates.extend(names.candidates(alias));
            crate::text::sorting::sort_dedup(&mut candidates);
        }
        let mut found = None;
        for &e in &candidates {
            let entity = &entities[e];
            if matches(entity) {
                found = Some(e);
                if entity.key == key {
                    break;
                }
            }
        }
        match found {
            Some(e) => {
                let entity = &mut entities[e];
                entity.mentions.push(n);
                // The fullest name; of two spellings as full ("Robert Lighthize", "Robert
                // Lighthizer"), the one given with the person's own title.
                let titled = |r: Option<usize>| r.is_some_and(|r| !people.role(r).relational);
                let respelled = key.len() == entity.key.len()
                    && key != entity.key
                    && titled(m.role)
                    && !titled(entity.role.map(|(r, _)| r));
                // "D. Abenov", then "Daulet Abenov": the name spelled out.
                let initials =
                    |k: &[String]| k.iter().filter(|w| crate::text::char_count(w) == 1).count();
                let spelled_out =
                    key.len() == entity.key.len() && initials(&key) < initials(&entity.key);
                if key.len() > entity.key.len() || respelled || spelled_out {
                    names.insert(&key, e);
                    entity.key = key;
                    entity.name = Some(name.clone());
                }
                absorb(people, entity, m);
            }
            None => {
                let mut entity = Entity {
                    mentions: vec![n],
                    name: Some(name.clone()),
                    key,
                    role: None,
                    class: None,
                    owner: None,
                    former: false,
                    present: false,
                };
                absorb(people, &mut entity, m);
                names.insert(&entity.key, entities.len());
                entities.push(entity);
            }
        }
        if let (Some(alias), Some(e)) = (alias_key, found.or(Some(entities.len() - 1))) {
            // The alias itself ("Jokowi") matches later mentions through the key's words.
            names.insert(&alias, e);
            let entity = &mut entities[e];
            for word in alias {
                if !entity.key.contains(&word) {
                    entity.key.push(word);
                }
            }
        }
    }
    for n in descriptions {
        describe(doc, people, &mut entities, n);
    }
    join_described_with_named(doc, people, &mut entities);
    sides_of_named_leaders(people, &mut entities);
    for e in &mut entities {
        // Each mention is in one entity: there is no repeat to drop.
        crate::text::sorting::sort_dedup(&mut e.mentions);
    }
    entities
}

/// "Por la parte cubana estuvieron el canciller A; …": a titled name with no owner of its own
/// belongs to the side its sentence named, when the article names that side's leader (a
/// delegation of a side whose head it does not name may stand in for the head, which the
/// meeting's cast decides).
fn sides_of_named_leaders(people: &People, entities: &mut [Entity]) {
    // The sides whose leader the article names (a few: one per country).
    let mut led: Vec<Owner> = Vec::new();
    for e in entities.iter() {
        if let (Some(RoleClass::Leader), Some((owner, Certainty::Stated))) = (e.class, e.owner)
            && !led.contains(&owner)
        {
            led.push(owner);
        }
    }
    for entity in entities.iter_mut() {
        if entity.owner.is_some() {
            continue;
        }
        let mut side = None;
        for &k in &entity.mentions {
            let m = people.mention(k);
            if m.name.is_some() && m.side.is_some() {
                side = m.side;
                break;
            }
        }
        if let Some(side) = side
            && led.contains(&side)
        {
            entity.set_owner(side, Certainty::Context);
        }
    }
}

/// Takes a mention's role, owner and tense into its entity.
fn absorb(people: &People, entity: &mut Entity, m: &PersonMention) {
    if let Some(r) = m.role {
        let role = people.role(r);
        let titled = m.evidence != Evidence::Description && !role.relational;
        entity.present |= titled && !role.former;
        entity.former = (entity.former || role.former) && !entity.present;
        let better = match entity.role {
            None => true,
            // A title said of the name beats a description; a real title beats "counterpart",
            // and one held now beats a past one.
            // So does a leader's office a generic title ("mandatario", then "presidente").
            Some(old) => {
                let old_role = people.role(old.0);
                (old_role.relational && !role.relational)
                    || (old_role.former && !role.former && titled)
                    || (takes_office(people, old, (r, m.title)) && titled)
            }
        };
        if better && m.evidence != Evidence::Description {
            entity.role = Some((r, m.title));
            entity.class = Some(role.class);
        }
    }
    if let Some(owner) = m.owner {
        let certainty = if m.evidence == Evidence::Description {
            Certainty::Description
        } else {
            Certainty::Stated
        };
        entity.set_owner(owner, certainty);
    }
}

/// Whether title `new` (a role and title index) says more of the office that title `old`
/// gave: the office a generic title left open, or a plural title's office said of one holder;
/// either as an office held now, of the person's own.
fn takes_office(people: &People, old: (usize, usize), new: (usize, usize)) -> bool {
    let role = people.role(new.0);
    !role.relational
        && !role.former
        && (names_generic_office(people, old, new) || holds_plural_office(people, old, new))
}

/// Whether title `new` (a role and title index) names the leader's office that the bare
/// generic title `old` ("mandatario"; not "líder de la alianza") left open.
fn names_generic_office(people: &People, old: (usize, usize), new: (usize, usize)) -> bool {
    let old_title = title(people, old);
    generic_title(people.lex, old_title)
        && crate::text::case::lower_str(old_title) == title_head(people.lex, old_title)
        && !generic_title(people.lex, title(people, new))
        && people.role(new.0).class == RoleClass::Leader
}

/// Whether title `new` is the office that the plural title `old` ("los presidentes de A, X, y
/// de B, Y") gave its holder, said of the holder alone, in the holder's gender ("la
/// presidenta").
fn holds_plural_office(people: &People, old: (usize, usize), new: (usize, usize)) -> bool {
    people.role(old.0).plural
        && !people.role(new.0).plural
        && same_but_gender(people.lex, title(people, old), title(people, new))
}

/// Whether two titles differ at most in the endings that give a gender ("presidente de Perú",
/// "presidenta de Perú"; not "Foreign Minister" and "Minister").
fn same_but_gender(lex: &Lexicon, a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::text::case::lower_str(a),
        crate::text::case::lower_str(b),
    );
    let (mut wa, mut wb) = (a.split(' '), b.split(' '));
    loop {
        match (wa.next(), wb.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if roles::genderless(lex, x) == roles::genderless(lex, y) => {}
            _ => return false,
        }
    }
}

/// Two titles name the same office when their heads agree, or when one is the other's
/// acronym ("PM" and "Prime Minister", "FM" and "Foreign Minister").
fn same_office(lex: &Lexicon, a: &str, b: &str) -> bool {
    // "canciller" and "ministro de Relaciones Exteriores": two names of one office;
    // "ministro de Defensa" and "ministro de Relaciones Exteriores": two offices.
    let office = |t: &str| lex.value(Cat::OfficeName, &crate::text::case::lower_str(t));
    if let (Some(oa), Some(ob)) = (office(a), office(b)) {
        return oa == ob;
    }
    let (ha, hb) = (title_head(lex, a), title_head(lex, b));
    let (ha, hb) = (present(lex, &ha), present(lex, &hb));
    ha == hb
        || roles::genderless(lex, ha) == roles::genderless(lex, hb)
        || roles::acronym_of(lex, ha, b)
        || roles::acronym_of(lex, hb, a)
}

/// A title's head without a past-holder prefix joined to it ("expresidente" is a past
/// "presidente": the same office, held before).
fn present<'h>(lex: &Lexicon, head: &'h str) -> &'h str {
    let former = |h: &str| {
        lex.value(Cat::Role, h)
            .is_some_and(|v| v & RoleClass::FORMER != 0)
    };
    if !former(head) {
        return head;
    }
    // Each end of `head` after its first letter, longest first.
    let mut chars = head.chars();
    while chars.next().is_some() {
        let rest = chars.as_str();
        if !rest.is_empty() && lex.value(Cat::Role, rest).is_some() && !former(rest) {
            return rest;
        }
    }
    head
}

/// "Supreme Leader Kim Jong Un" and "Chairman of the State Affairs Commission Kim Jong Un":
/// the same name of several words is one person, whatever offices the text gives them.
fn same_full_name(a: &[String], b: &[String]) -> bool {
    a.len() >= 2 && a == b
}

/// Two titled mentions with different titles are two people ("King Salman", "crown prince
/// Mohammed bin Salman"), and so are two different countries.
fn titles_agree(people: &People, e: &Entity, m: &PersonMention) -> bool {
    if let (Some(er), Some(mr)) = (e.role, m.role) {
        let (a, b) = (people.role(er.0), people.role(mr));
        let (ta, tb) = (title(people, er), title(people, (mr, m.title)));
        // "el mandatario Enrique Peña Nieto" and "el presidente Peña Nieto": a generic title
        // agrees with any leader's.
        let generic = |t: &str| generic_title(people.lex, t);
        // So does it a chair's ("leader Kim Jong Un", "Mr Kim, Chairman of the State Affairs
        // Commission"): a body's chair may lead a country; not a minister's or a deputy's.
        let leads = |class: RoleClass| matches!(class, RoleClass::Leader | RoleClass::Official);
        let generic_leader = (generic(ta) && leads(b.class)) || (generic(tb) && leads(a.class));
        if !a.relational && !b.relational && !generic_leader && !same_office(people.lex, ta, tb) {
            return false;
        }
    }
    match (e.owner, m.owner) {
        (Some((a, Certainty::Stated)), Some(b)) => a == b,
        _ => true,
    }
}

/// How many words may stand between a subject and a description that is its verb's object
/// ("called", "has thanked").
const OBJECT_REACH: usize = 2;

/// "Putin called the Chinese leader a friend", "the Chinese president thanked Petrov": whether
/// entity `e` and description `m` are the subject and the object of one verb, either way; the
/// object of a verb is not its subject.
fn subject_of_object(doc: &Doc, people: &People, e: &Entity, m: &PersonMention) -> bool {
    let verb_between = |end: usize, first: usize| {
        end < first
            && first - end <= OBJECT_REACH
            && (end..first).all(|j| {
                let t = doc.token(j);
                t.kind == Kind::Word
                    && t.is_lowercase()
                    && !doc.is_any_of(j, &[Cat::Copula, Cat::Relative, Cat::Conjunction])
            })
    };
    e.mentions.iter().any(|&k| {
        let x = people.mention(k);
        x.sentence == m.sentence && (verb_between(x.end, m.first) || verb_between(m.end, x.first))
    })
}

/// A description joins the one named person it fits, else stands for a person known by role.
fn describe(doc: &Doc, people: &People, entities: &mut Vec<Entity>, n: usize) {
    let m = people.mention(n);
    let Some(r) = m.role else { return };
    let role = people.role(r);
    let written = title(people, (r, m.title));
    let generic = generic_title(people.lex, written);
    // "the World Health Organization's leader" is whoever heads it, whatever their title.
    let of_body = matches!(m.owner, Some(Owner::Organization(_)));
    let heads_body = |e: &Entity| of_body && e.owner.map(|(o, _)| o) == m.owner;
    let fits = |e: &Entity| -> bool {
        let class_fits = match e.role {
            _ if role.relational => true,
            Some(er) => {
                same_office(people.lex, title(people, er), written)
                    // "the UN's leader" heads the UN, not a country.
                    || (generic && (heads_body(e) || (e.class == Some(RoleClass::Leader) && !of_body)))
                    || people.role(er.0).relational
                    // "el mandatario de Colombia, A" … "el presidente colombiano": a generic
                    // title fits any leader's description, as a leader fits a generic one.
                    || (role.class == RoleClass::Leader
                        && generic_title(people.lex, title(people, er)))
            }
            // An untitled name takes only the generic description.
            None => generic,
        };
        // A past holder's description ("el expresidente argentino") is a past holder, not the
        // holder now.
        class_fits && e.former == role.former
    };
    let owner_of = |e: &Entity| e.owner.map(|(o, _)| o);
    // A counterpart is someone other than the sentence's subject: skip people named in the
    // same sentence before the description.
    let named_here =
        |e: &Entity| last_before(people, e, m.first).is_some_and(|(_, s)| s == m.sentence);
    let same_sentence_before = |e: &Entity| role.relational && named_here(e);
    let subject_of_verb = |e: &Entity| subject_of_object(doc, people, e, m);
    let mut candidates = Vec::new();
    for (e, entity) in entities.iter().enumerate() {
        // A description points back: to someone named before it.
        let named_before = last_before(people, entity, m.first).is_some();
        if entity.name.is_some()
            && fits(entity)
            && !same_sentence_before(entity)
            && !subject_of_verb(entity)
            && named_before
        {
            candidates.push(e);
        }
    }
    let with_owner = |owner: Option<Owner>| -> Vec<usize> {
        // Pushed in a loop: `retain` would be generic code of its own for this closure.
        let mut owned = Vec::new();
        for &e in &candidates {
            if owner_of(&entities[e]) == owner {
                owned.push(e);
            }
        }
        owned
    };
    // Several fit: the one named last, when that was within the last few sentences ("…,
    // said Ragheb. … On terrorism, the prime minister stressed …").
    let latest = |set: &[usize]| -> Option<usize> {
        let mut best = None;
        for &e in set {
            // The last mention of the person before the description (by its place, so that
            // of two people a sentence names, the later one is nearer).
            if let Some((at, sentence)) = last_before(people, &entities[e], m.first)
                && sentence + 3 >= m.sentence
            {
                best = best.max(Some((at, e)));
            }
        }
        best.map(|(_, e)| e)
    };
    // A sentence listing a delegation introduces people ("North Korea's delegation included
    // the country's defence minister"): its descriptions refer to nobody named before.
    // So does a description of a side the sentence names ("Por parte norcoreana asistieron el
    // ministro de Defensa …").
    let lists_members = people.listing_sentences.contains(&m.sentence) || m.side.is_some();
    let owner = m.owner.or(m.side);
    // One of a group ("the leaders of A, B and C") is someone of its own owner only.
    let of_group = role.owners.len() >= 2;
    let owned = with_owner(m.owner);
    let target = if lists_members {
        None
    } else if of_group {
        only(&owned)
    } else {
        match m.owner {
            Some(_) => match (owned.as_slice(), with_owner(None).as_slice()) {
                ([e], _) | ([], [e]) => Some(*e),
                // Of several people of no known country: in their sentence, the one named last
                // ("Trump met Putin … to confront the Kremlin leader"); in a later sentence, the
                // subject of the latest sentence naming them, which the story goes on with
                // ("Kiprono flew to Dodoma for talks with Mushi. The Kenyan leader …").
                ([], set) if !set.is_empty() => {
                    if set.iter().any(|&e| named_here(&entities[e])) {
                        latest(set)
                    } else {
                        latest_subject(people, entities, set, m.first).or_else(|| latest(set))
                    }
                }
                (set, _) if !set.is_empty() => latest(set),
                _ => None,
            },
            None => only(&candidates).or_else(|| latest(&candidates)),
        }
    };
    // "El mandatario colombiano llegó … Andrés Caicedo, presidente de Colombia, dijo": with
    // nobody named before it to point back to, a description of a country's office is the one
    // person the text names later with that country and an office it fits.
    let target = target.or_else(|| {
        let owner = m
            .owner
            .filter(|_| candidates.is_empty() && !lists_members && !of_group)?;
        the_one(entities, &|x| {
            x.name.is_some() && owner_of(x) == Some(owner) && fits(x)
        })
    });
    // "Pedro Ruiz, presidente del Gobierno español … dijo el jefe del Ejecutivo español": a
    // leader's description of a country that no title before it fits is the one leader of
    // that country named before it, when no leader of no known country could be it either.
    let target = target.or_else(|| {
        let owner = m.owner.filter(|_| {
            role.class == RoleClass::Leader && candidates.is_empty() && !lists_members && !of_group
        })?;
        the_one(entities, &|x| {
            x.name.is_some()
                && owner_of(x).is_none_or(|o| o == owner)
                && x.class == Some(RoleClass::Leader)
                && x.former == role.former
                && last_before(people, x, m.first).is_some()
        })
        .filter(|&e| owner_of(&entities[e]) == Some(owner))
    });
    if let Some(e) = target {
        let entity = &mut entities[e];
        entity.mentions.push(n);
        if let Some(owner) = m.owner {
            entity.set_owner(owner, Certainty::Description);
        }
        // "el mandatario de Colombia, A" … "el presidente colombiano": the description
        // names the office; "Putin" … "the Kremlin leader": the office of an untitled name.
        let untitled = entity.role.is_none() && !role.relational && !role.former;
        if untitled
            || entity
                .role
                .is_some_and(|old| takes_office(people, old, (r, m.title)))
        {
            entity.role = Some((r, m.title));
            entity.class = entity.class.or(Some(role.class));
        }
        return;
    }
    // Known only by role: join an earlier description of the same title and owner.
    let title_text = crate::text::case::lower_str(written);
    let same = entities.iter().position(|e| {
        e.name.is_none()
            && e.role
                .is_some_and(|er| crate::text::case::lower_str(title(people, er)) == title_text)
            && owner_of(e) == owner
    });
    match same {
        Some(e) => entities[e].mentions.push(n),
        None => entities.push(Entity {
            mentions: vec![n],
            name: None,
            key: Vec::new(),
            role: Some((r, m.title)),
            class: Some(role.class),
            owner: owner.map(|o| (o, Certainty::Stated)),
            former: role.former,
            present: false,
        }),
    }
}

/// "The Russian president dealt at length with ... Medvedev emphasised": a leader known
/// only by description and a name with neither title nor country, a few sentences apart,
/// are one person when each is the only one of its kind there.
fn join_described_with_named(doc: &Doc, people: &People, entities: &mut Vec<Entity>) {
    let mut k = 0;
    while k < entities.len() {
        let d = &entities[k];
        let is_leader_description =
            d.name.is_none() && d.class == Some(RoleClass::Leader) && d.owner.is_some();
        if !is_leader_description {
            k += 1;
            continue;
        }
        // Each mention of the description in turn: "the presidents of A and B" in the lead,
        // "the B president said" later, next to the name it stands for.
        let mut chosen = None;
        for &dm in &d.mentions {
            // One of a group ("the leaders of A, B and C") is no nearer one name than another.
            if people
                .mention(dm)
                .role
                .is_some_and(|r| people.role(r).owners.len() >= 2)
            {
                continue;
            }
            let description = people.mention(dm);
            let d_sentence = description.sentence;
            let mut near = Vec::new();
            for (e, x) in entities.iter().enumerate() {
                let nearby = x.mentions.iter().any(|&m| {
                    let s = people.mention(m).sentence;
                    s + 2 >= d_sentence && s <= d_sentence + 4
                });
                if x.name.is_some()
                    && x.owner.is_none()
                    && x.role.is_none()
                    && nearby
                    && !subject_of_object(doc, people, x, description)
                {
                    near.push(e);
                }
            }
            chosen = only(&near)
                .or_else(|| latest_subject(people, entities, &near, people.mention(dm).first));
            if chosen.is_some() {
                break;
            }
        }
        if let Some(e) = chosen {
            join(entities, k, e);
            continue;
        }
        k += 1;
    }
    // "The foreign ministers of A, B and C met … A's X, B's Y and C's Z": one of a group,
    // known by its owner, is the only name of that owner the article gives no title, before
    // or after.
    let mut d = 0;
    while d < entities.len() {
        let x = &entities[d];
        let group = x.name.is_none()
            && x.role
                .is_some_and(|(r, _)| people.role(r).owners.len() >= 2);
        let owner = x.owner.map(|(o, _)| o).filter(|_| group);
        let mut holders = (0..entities.len()).filter(|&e| {
            let y = &entities[e];
            owner.is_some()
                && y.name.is_some()
                && y.role.is_none()
                && y.owner.map(|(o, _)| o) == owner
        });
        match (holders.next(), holders.next()) {
            (Some(e), None) => join(entities, d, e),
            _ => d += 1,
        }
    }
    // Further apart, the only side left unnamed and the only name left without a side are one
    // person ("Presidents of A and B held talks … X thanked Y").
    let named_owner = |entities: &[Entity], owner: Owner| {
        entities
            .iter()
            .any(|x| x.name.is_some() && x.owner.is_some_and(|(o, _)| o == owner))
    };
    let (mut untitled, mut described) = (Vec::new(), Vec::new());
    for (e, x) in entities.iter().enumerate() {
        if x.name.is_some() && x.owner.is_none() && x.role.is_none() {
            untitled.push(e);
        }
        // A counterpart only points to a side another title names.
        let relational = x.role.is_some_and(|(r, _)| people.role(r).relational);
        let side = x
            .owner
            .filter(|_| x.class == Some(RoleClass::Leader) && !relational);
        if x.name.is_none() && side.is_some_and(|(o, _)| !named_owner(entities, o)) {
            described.push(e);
        }
    }
    // The side left is one of a group the others of which have their names.
    let group_named_but = |d: usize| {
        let d = &entities[d];
        let (Some((r, _)), Some((own, _))) = (d.role, d.owner) else {
            return false;
        };
        (people.role(r).owners.iter()).all(|&o| o == own || named_owner(entities, o))
    };
    if let ([e], [d]) = (untitled.as_slice(), described.as_slice())
        && group_named_but(*d)
    {
        join(entities, *d, *e);
    }
}

/// The one entity that `keeps` takes, if exactly one is.
fn the_one(entities: &[Entity], keeps: &dyn Fn(&Entity) -> bool) -> Option<usize> {
    let mut one = None;
    for (e, x) in entities.iter().enumerate() {
        if keeps(x) {
            if one.is_some() {
                return None;
            }
            one = Some(e);
        }
    }
    one
}

/// The one entity of `set`, if it holds exactly one.
fn only(set: &[usize]) -> Option<usize> {
    match set {
        [e] => Some(*e),
        _ => None,
    }
}

/// Description entity `d` is the named entity `e`: `e` takes its mentions, title and owner.
fn join(entities: &mut Vec<Entity>, d: usize, e: usize) {
    let d_entity = entities.remove(d);
    let target = &mut entities[if e > d { e - 1 } else { e }];
    target.mentions.extend(d_entity.mentions);
    target.role = d_entity.role;
    target.class = d_entity.class;
    if let Some((owner, _)) = d_entity.owner {
        target.set_owner(owner, Certainty::Description);
    }
}

/// The last mention of entity `e` before token `before`: where it starts and its sentence (a
/// later mention is in the same sentence or a later one).
fn last_before(people: &People, e: &Entity, before: usize) -> Option<(usize, usize)> {
    let mut last = None;
    for &k in &e.mentions {
        let x = people.mention(k);
        if x.first < before {
            last = last.max(Some((x.first, x.sentence)));
        }
    }
    last
}

/// Of several people a description may stand for, the one it picks up: the subject of the
/// latest sentence before it that names any of them ("Mirziyoyev thanked Tokayev. … the Uzbek
/// President said" is Mirziyoyev), when that subject is one of them.
fn latest_subject(
    people: &People,
    entities: &[Entity],
    candidates: &[usize],
    before: usize,
) -> Option<usize> {
    // Plain loops: each adapter chain would be generic code of its own.
    let mut sentence = None;
    for &e in candidates {
        sentence = sentence.max(last_before(people, &entities[e], before).map(|(_, s)| s));
    }
    let sentence = sentence?;
    let mut subject = usize::MAX;
    for m in &people.mentions {
        if m.sentence == sentence && m.name.is_some() {
            subject = subject.min(m.first);
        }
    }
    for &e in candidates {
        for &k in &entities[e].mentions {
            let m = people.mention(k);
            if m.first < before && m.first == subject {
                return Some(e);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    fn entities(text: &str) -> Vec<String> {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let people = crate::stages::people::find(&doc);
        resolve(&doc, &people)
            .iter()
            .map(|e| {
                let country = e
                    .country()
                    .map(|c| doc.lex.countries[c as usize].name.clone())
                    .unwrap_or_default();
                let role = e
                    .role
                    .map(|r| people.role(r.0).titles[r.1].clone())
                    .unwrap_or_default();
                format!(
                    "{}|{role}|{country}|{}",
                    e.name.clone().unwrap_or_else(|| "-".into()),
                    e.mentions.len()
                )
            })
            .collect()
    }

    #[test]
    fn table_of_entities() {
        let table: &[(&str, &[&str])] = &[
            (
                "Russian President Vladimir Putin met Kim Jong Un. Putin said the North Korean leader was welcome. Kim Jong-un smiled and Kim said so.",
                &[
                    "Vladimir Putin|President|Russia|2",
                    "Kim Jong Un|leader|North Korea|4",
                ],
            ),
            (
                "Saudi Arabia’s King Salman and crown prince Mohammed bin Salman received Erdogan. The king welcomed Erdogan. Salman spoke.",
                &[
                    "Salman|King|Saudi Arabia|3",
                    "Mohammed bin Salman|crown prince||1",
                    "Erdogan|||2",
                ],
            ),
            (
                "Mahama met President Bola Tinubu. Mahama, the President of Ghana, is visiting his Nigerian counterpart for the first time.",
                &[
                    "Mahama|President|Ghana|2",
                    "Bola Tinubu|President|Nigeria|2",
                ],
            ),
            (
                "Then Kim traveled with a delegation that includes the defense and foreign ministers.",
                &["Kim|||1", "-|defense minister||1", "-|foreign minister||1"],
            ),
            (
                "The Russian president dealt at length with observers. He noted the risks, Medvedev emphasised.",
                &["Medvedev|president|Russia|2"],
            ),
            (
                "Supreme Leader Kim Jong Un met Putin. Chairman of the Commission Kim Jong Un spoke.",
                &["Kim Jong Un|Supreme Leader||2", "Putin|||1"],
            ),
            (
                "Prime Minister Narendra Modi met Fumio Kishida. Japanese PM Kishida and PM Modi spoke.",
                &[
                    "Narendra Modi|Prime Minister||2",
                    "Fumio Kishida|Prime Minister|Japan|2",
                ],
            ),
            (
                "Minister Piyush Goyal met his US counterpart Robert Lighthize. Later Goyal met Trade Representative Robert Lighthizer again.",
                &[
                    "Piyush Goyal|Minister||2",
                    "Robert Lighthizer|Trade Representative|United States|2",
                ],
            ),
            (
                "Shavkat Mirziyoyev thanked Sadyr Japarov. The Uzbek President said it was useful.",
                &[
                    "Shavkat Mirziyoyev|President|Uzbekistan|2",
                    "Sadyr Japarov|||1",
                ],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(entities(text), *expected, "{text:?}");
        }
    }
}
