//! The extraction pipeline: from a [`Doc`] to a [`Report`], one stage per module.

use crate::doc::Doc;
use crate::report::{
    Delegation, Event, EventKind, EventStatus, Location, Participant, Report, SCHEMA_VERSION, Span,
    Warning,
};
use crate::stages::coref::{self, Entity};
use crate::stages::event;
use crate::stages::participants;
use crate::stages::people::{self, People};
use crate::stages::roles::Owner;
use crate::tables::lexicon::{Cat, Lexicon};
use crate::text::calendar::Date;
use crate::{
    lang::en::summary, stages::agenda, stages::location, stages::quotes, stages::sessions,
    stages::sources, stages::time,
};

/// Everything the stages found, for the stages that build on it.
pub struct Analysis<'a> {
    /// The article.
    pub doc: &'a Doc,
    /// People and their roles.
    pub people: People,
    /// People as entities.
    pub entities: Vec<Entity>,
    /// The meeting.
    pub meeting: event::Meeting,
    /// Participants: entity indices, principals first.
    pub cast: participants::Cast,
    /// Entity index → participant id in the report.
    pub participant_id: Vec<Option<u32>>,
    /// Token → the entity of the person mention covering it (the first one, where several do).
    entity_of_token: Vec<Option<usize>>,
    /// Mention → its entity.
    entity_of_mention: Vec<Option<usize>>,
}

impl Analysis<'_> {
    /// The display name of an owner.
    pub fn owner_name(&self, owner: Owner) -> String {
        match owner {
            Owner::Country(c) => self.doc.lex.countries[c as usize].name.clone(),
            Owner::Organization(o) => self.doc.lex.organizations[o as usize].name.clone(),
        }
    }

    /// The entity of mention `m`.
    pub fn entity_of(&self, m: usize) -> Option<usize> {
        self.entity_of_mention.get(m).copied().flatten()
    }

    /// The entity a token belongs to, if it is part of a person mention.
    pub fn entity_at(&self, k: usize) -> Option<usize> {
        self.entity_of_token.get(k).copied().flatten()
    }
}

/// Runs every stage over `text`.
pub fn run(text: &str, published: Option<Date>, lex: &'static Lexicon) -> Report {
    let doc = Doc::new(text, lex);
    let people = people::find(&doc);
    let mut entities = coref::resolve(&people);
    let meeting = event::read(&doc, published);
    let cast = participants::cast(&doc, &people, &mut entities, &meeting);
    let mut participant_id = vec![None; entities.len()];
    for (id, p) in cast.participants.iter().enumerate() {
        participant_id[p.entity] = Some(id as u32);
    }
    let mut entity_of_mention = vec![None; people.mentions.len()];
    for (e, entity) in entities.iter().enumerate() {
        for &m in &entity.mentions {
            entity_of_mention[m].get_or_insert(e);
        }
    }
    let mut entity_of_token = vec![None; doc.tokens.len()];
    for (m, mention) in people.mentions.iter().enumerate() {
        for slot in &mut entity_of_token[mention.evidence_first..mention.evidence_end] {
            if slot.is_none() {
                *slot = entity_of_mention[m];
            }
        }
    }
    let analysis = Analysis {
        doc: &doc,
        people,
        entities,
        meeting,
        cast,
        participant_id,
        entity_of_token,
        entity_of_mention,
    };
    build(&analysis, published)
}

fn build(a: &Analysis, published: Option<Date>) -> Report {
    let doc = a.doc;
    let kind = a.cast.kind;
    let mut warnings = Vec::new();
    let participants = participants(a);
    for p in &a.cast.participants {
        let e = &a.entities[p.entity];
        if let (Some(name), Some((owner, crate::stages::coref::Certainty::Guess))) =
            (&e.name, e.owner)
        {
            warnings.push(Warning {
                code: "country-inferred".into(),
                message: format!(
                    "{name} is shown for {}, which the article does not state but suggests.",
                    a.owner_name(owner)
                ),
            });
        }
    }
    let delegations = delegations(&participants);
    let mut countries: Vec<String> = Vec::new();
    for p in &participants {
        if let Some(c) = &p.country {
            add_new(&mut countries, c);
        }
    }
    let meeting_found = kind != EventKind::Other;
    if meeting_found {
        let multilateral = kind == EventKind::Multilateral;
        for c in crate::stages::countries::participating(doc, &a.meeting, multilateral) {
            add_new(&mut countries, &doc.lex.countries[c as usize].name);
        }
    }
    let (location, date) = if meeting_found {
        // A video or phone call has no place: the dateline and the offices the leaders called
        // from are not where it was held.
        let location = if a.meeting.virtual_meeting {
            Location::default()
        } else {
            location::locate(doc, &a.meeting, &a.people, &a.entities, &a.cast)
        };
        (location, time::meeting_date(doc, &a.meeting, published))
    } else {
        (Location::default(), None)
    };
    if meeting_found && published.is_none() && date.as_ref().is_some_and(|d| d.iso.is_none()) {
        warnings.push(Warning {
            code: "date-unresolved".into(),
            message: "The meeting date is relative; give the publication date to resolve it."
                .into(),
        });
    }
    if !meeting_found {
        warnings.push(Warning {
            code: "no-meeting".into(),
            message: "No meeting of leaders was found in this text.".into(),
        });
    }
    let agenda = if meeting_found {
        agenda::topics(a)
    } else {
        Vec::new()
    };
    let interests = if meeting_found {
        agenda::interests(a)
    } else {
        Vec::new()
    };
    let (sessions, previous_meetings) = if meeting_found {
        sessions::read(a)
    } else {
        (Vec::new(), Vec::new())
    };
    // Quotations matter on the cards of a meeting only.
    let quotes = if meeting_found {
        quotes::find(a)
    } else {
        Vec::new()
    };
    let sources = sources::find(a);
    let event = Event {
        kind,
        name: a
            .meeting
            .name
            .filter(|_| meeting_found)
            .map(|(f, e)| doc.phrase(f, e)),
        status: if meeting_found {
            a.meeting.status
        } else {
            EventStatus::Unknown
        },
        virtual_meeting: meeting_found && a.meeting.virtual_meeting,
        host: a
            .cast
            .host
            .filter(|_| meeting_found)
            .map(|c| doc.lex.countries[c as usize].name.clone()),
        location,
        date,
        evidence: if meeting_found {
            meeting_evidence(a)
        } else {
            Vec::new()
        },
    };
    let mut report = Report {
        schema_version: SCHEMA_VERSION.to_string(),
        extractor_version: env!("CARGO_PKG_VERSION").to_string(),
        lang: "en".to_string(),
        summary: None,
        event,
        sessions,
        previous_meetings,
        participants,
        delegations,
        countries,
        agenda,
        interests,
        quotes,
        sources,
        warnings,
    };
    report.summary = summary::write(&report);
    report
}

/// The first three sentences that report the meeting.
fn meeting_evidence(a: &Analysis) -> Vec<Span> {
    let mut evidence = Vec::new();
    for &s in a.meeting.sentences.iter().take(3) {
        evidence.push(a.doc.sentence_span(s));
    }
    evidence
}

/// Adds `name` to `list` unless it is there.
fn add_new(list: &mut Vec<String>, name: &str) {
    if !list.iter().any(|c| c == name) {
        list.push(name.to_string());
    }
}

fn participants(a: &Analysis) -> Vec<Participant> {
    let doc = a.doc;
    // The first title of a principal's own office.
    let mut principal_title: Option<&String> = None;
    for p in &a.cast.participants {
        if let Some((r, t)) = a.entities[p.entity].role
            && p.principal
            && !a.people.roles[r].relational
        {
            principal_title = Some(&a.people.roles[r].titles[t]);
            break;
        }
    }
    let mut out = Vec::with_capacity(a.cast.participants.len());
    for (id, p) in a.cast.participants.iter().enumerate() {
        let e = &a.entities[p.entity];
        let role = e.role.map(|(r, t)| {
            let own = &a.people.roles[r].titles[t];
            // "his Colombian counterpart": the title of the person it is the counterpart of.
            if a.people.roles[r].relational {
                principal_title.unwrap_or(own).clone()
            } else {
                own.clone()
            }
        });
        let first = &a.people.mentions[e.mentions[0]];
        let intro = e
            .mentions
            .iter()
            .map(|&m| &a.people.mentions[m])
            .find(|m| m.role.is_some() && m.evidence != people::Evidence::Description)
            .unwrap_or(first);
        let mut mentions = Vec::with_capacity(e.mentions.len());
        for &m in &e.mentions {
            let m = &a.people.mentions[m];
            mentions.push(doc.span(m.first, m.end));
        }
        let (country, country_code) = match e.owner {
            Some((Owner::Country(c), _)) => (
                Some(doc.lex.countries[c as usize].name.clone()),
                Some(doc.lex.countries[c as usize].code.clone()),
            ),
            Some((o @ Owner::Organization(_), _)) => (Some(a.owner_name(o)), None),
            None => (None, None),
        };
        out.push(Participant {
            id: id as u32,
            name: e
                .name
                .as_deref()
                .map(|n| regnal_name(doc.lex, n, role.as_deref())),
            role: role.map(|r| crate::text::case::capitalize(&r)),
            country,
            country_code,
            principal: p.principal,
            evidence: doc.span(intro.evidence_first, intro.evidence_end),
            mentions,
        });
    }
    out
}

/// "King Salman", "Queen Elizabeth II": a monarch known by a single or regnal name is named
/// with the title.
fn regnal_name(lex: &Lexicon, name: &str, role: Option<&str>) -> String {
    let Some(title) = role
        .map(str::trim)
        .filter(|r| lex.is(Cat::Monarch, &crate::text::case::lower_str(r)))
    else {
        return name.to_string();
    };
    let roman = |w: &str| !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    // One word, or two with a regnal number.
    let mut words = name.split_whitespace();
    let regnal = match (words.next(), words.next(), words.next()) {
        (Some(_), None, _) => true,
        (Some(_), Some(number), None) => roman(number),
        _ => false,
    };
    if regnal {
        format!("{} {name}", crate::text::case::capitalize(title))
    } else {
        name.to_string()
    }
}

fn delegations(participants: &[Participant]) -> Vec<Delegation> {
    let mut out: Vec<Delegation> = Vec::new();
    for p in participants {
        let Some(country) = &p.country else { continue };
        match out.iter_mut().find(|d| &d.country == country) {
            Some(d) => d.members.push(p.id),
            None => out.push(Delegation {
                country: country.clone(),
                country_code: p.country_code.clone(),
                members: vec![p.id],
            }),
        }
    }
    out
}
