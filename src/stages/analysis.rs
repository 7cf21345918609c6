//! What the first stages found, with the indexes the later stages look it up by: the people
//! and their entities, the meeting and its cast.

use crate::doc::Doc;
use crate::stages::coref::{Entity, EntityId};
use crate::stages::event::Meeting;
use crate::stages::participants::Cast;
use crate::stages::people::{People, PersonMention};
use crate::stages::roles::{Owner, Role};
use crate::tables::lexicon::Cat;

/// Everything the first stages found, for the stages that build on it.
pub struct Analysis<'a> {
    /// The article.
    pub doc: &'a Doc,
    /// People and their roles.
    pub people: People,
    /// People as entities.
    pub entities: Vec<Entity>,
    /// The meeting.
    pub meeting: Meeting,
    /// Participants: entity indices, principals first.
    pub cast: Cast,
    /// Entity → its participant id in the report.
    participant_id: Vec<Option<u32>>,
    /// Token → the entity of the person mention covering it (the first one, where several do).
    entity_of_token: Vec<Option<EntityId>>,
    /// Mention → its entity.
    entity_of_mention: Vec<Option<EntityId>>,
}

impl<'a> Analysis<'a> {
    /// Entity `e`: one bounds check in the module for the later stages' many lookups.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn entity(&self, e: EntityId) -> &Entity {
        &self.entities[e.0]
    }

    /// Person mention `m`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn mention(&self, m: usize) -> &PersonMention {
        &self.people.mentions[m]
    }

    /// Role `r` of the text.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn role(&self, r: usize) -> &Role {
        &self.people.roles[r]
    }

    /// Title `t` of role `r`, as written.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn title(&self, r: usize, t: usize) -> &String {
        &self.role(r).titles[t]
    }

    /// Indexes what the first stages found.
    pub fn new(
        doc: &'a Doc,
        people: People,
        entities: Vec<Entity>,
        meeting: Meeting,
        cast: Cast,
    ) -> Analysis<'a> {
        let mut participant_id = vec![None; entities.len()];
        for (n, p) in cast.participants.iter().enumerate() {
            if let Some(slot) = participant_id.get_mut(p.entity.0) {
                *slot = Some(cast.report_id(n));
            }
        }
        let mut entity_of_mention = vec![None; people.mentions.len()];
        for (e, entity) in entities.iter().enumerate() {
            for &m in &entity.mentions {
                if let Some(slot) = entity_of_mention.get_mut(m) {
                    slot.get_or_insert(EntityId(e));
                }
            }
        }
        let mut entity_of_token = vec![None; doc.tokens.len()];
        // Plain loops over what the vectors hold: no index to check.
        for (mention, &entity) in people.mentions.iter().zip(&entity_of_mention) {
            for k in mention.evidence_first..mention.evidence_end {
                if let Some(slot) = entity_of_token.get_mut(k)
                    && slot.is_none()
                {
                    *slot = entity;
                }
            }
        }
        Analysis {
            doc,
            people,
            entities,
            meeting,
            cast,
            participant_id,
            entity_of_token,
            entity_of_mention,
        }
    }

    /// The display name of an owner.
    pub fn owner_name(&self, owner: Owner) -> String {
        match owner {
            Owner::Country(c) => self.doc.country(c).name.clone(),
            Owner::Organization(o) => self.doc.lex.organizations[o as usize].name.clone(),
        }
    }

    /// The participant id in the report of entity `e`, if it takes part.
    pub fn participant_of(&self, e: EntityId) -> Option<u32> {
        self.participant_id[e.0]
    }

    /// The entity of mention `m`.
    pub fn entity_of(&self, m: usize) -> Option<EntityId> {
        self.entity_of_mention.get(m).copied().flatten()
    }

    /// The entity a token belongs to, if it is part of a person mention.
    pub fn entity_at(&self, k: usize) -> Option<EntityId> {
        self.entity_of_token.get(k).copied().flatten()
    }

    /// The first person named from `first` to `end`, the subject of its clause, unless others are
    /// joined to them ("A, B and C held a summit, declaring …" is no one's alone).
    pub fn sole_subject(&self, first: usize, end: usize) -> Option<EntityId> {
        let doc = self.doc;
        let start = (first..end).find(|&k| self.entity_at(k).is_some())?;
        let e = self.entity_at(start)?;
        let mut past = start;
        while past < end && self.entity_at(past) == Some(e) {
            past += 1;
        }
        let next = past + 1 + usize::from(doc.is(past + 1, Cat::Determiner));
        let joined = (doc.punct(past, ',') || doc.is(past, Cat::CopulativeConjunction))
            && self.entity_at(next).is_some_and(|other| other != e);
        (!joined).then_some(e)
    }

    /// The person a pronoun at `k` stands for: the subject that opens the sentence before, when no
    /// one else could be meant ([`Self::subject_before`]); else the participant last named before
    /// it within a few sentences, else anyone named. The pronoun's gender is not trusted: wire copy
    /// gets it wrong ("Kim, for her part").
    pub fn pronoun_referent(&self, k: usize) -> Option<EntityId> {
        let doc = self.doc;
        if let Some(e) = self.subject_before(k) {
            return Some(e);
        }
        let window = doc.sentence_index(k).saturating_sub(3);
        // Mentions are in text order: back from the last one to the window's start, passing
        // over those that end after `k` (which the ones after it do).
        let mentions = &self.people.mentions;
        // The entity of the nearest named mention, if no participant is named in the window.
        let mut nearest: Option<Option<EntityId>> = None;
        for n in (0..mentions.len()).rev() {
            let mention = &mentions[n];
            if mention.sentence < window {
                break;
            }
            if mention.end > k || mention.name.is_none() {
                continue;
            }
            let entity = self.entity_of(n);
            if let Some(e) = entity
                && self.participant_of(e).is_some()
            {
                return Some(e);
            }
            nearest.get_or_insert(entity);
        }
        nearest.flatten()
    }

    /// "A government spokeswoman, X, confirmed the meeting. “…,” she said.": the person named as
    /// the subject of the sentence before the pronoun's, opening it, when no one else there could
    /// be meant: someone who is no participant, or the only person that sentence names. (Between
    /// two participants the pronoun's gender, which the text may get wrong, would have to choose.)
    pub fn subject_before(&self, k: usize) -> Option<EntityId> {
        let doc = self.doc;
        let s = doc.sentence_index(k).checked_sub(1)?;
        let sentence = doc.sentence(s);
        let mentions = &self.people.mentions;
        let from = mentions.partition_point(|m| m.sentence < s);
        let mention = mentions.get(from).filter(|m| m.sentence == s)?;
        let opens = mention.evidence_first.min(mention.first) <= sentence.first + SUBJECT_OPENING;
        let e = self
            .entity_of(from)
            .filter(|_| opens && mention.name.is_some())?;
        let alone = mentions.get(from + 1).is_none_or(|m| m.sentence != s);
        (self.participant_of(e).is_none() || alone).then_some(e)
    }
}

/// How many words may stand before a subject's mention that opens its sentence ("A
/// government spokeswoman, X").
const SUBJECT_OPENING: usize = 2;
