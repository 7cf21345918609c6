//! Who took part, who the principals are, which country each represents, and what kind of
//! meeting that makes.
//!
//! Principals are anchored on the first sentence that reports the meeting: the leaders (or,
//! with no leader there, the ministers) named in its meeting clause, then leaders named in
//! other meeting clauses when the meeting is multilateral or they share a principal's
//! country. Delegation members are the other people named in meeting clauses, and people
//! known only by role in a sentence that lists a delegation ("a delegation that includes the
//! defence and foreign ministers"). Former office holders, bystanders (analysts, spouses) and
//! spokespeople who only comment are not participants.

use crate::doc::Doc;
use crate::report::EventKind;
use crate::stages::coref::{Certainty, Entity, EntityId};
use crate::stages::countries::{add_new, is_side_noun, mission_of, place_preposition};
use crate::stages::event::{Context, Meeting, is_gathering_word, of_own_people, own_people_word};
use crate::stages::groups::{self, Group};
use crate::stages::people::{People, PersonMention, marked};
use crate::stages::roles::{Owner, Role};
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::{Cat, CountryForm, Meaning, RoleClass};
use crate::tables::values::{JOINER, TOPIC_PREPOSITION};
use crate::text::case::lower_str;

/// A participant, by entity.
#[derive(Debug, Clone)]
pub struct Participant {
    /// Its entity.
    pub entity: EntityId,
    /// A principal of the meeting.
    pub principal: bool,
}

/// The outcome: participants in report order and the kind of meeting.
pub struct Cast {
    /// Principals first, then delegation members, each in order of first mention.
    pub participants: Vec<Participant>,
    /// Bilateral, multilateral, ministerial or other.
    pub kind: EventKind,
    /// The host country, when one principal receives the others at home.
    pub host: Option<u16>,
    /// The one side, when the text names no one to meet but a group of one organisation's
    /// leaders or ministers ("G7 leaders met in Evian").
    pub group: Option<Group>,
}

impl Cast {
    /// The report id of participant `n` of [`Cast::participants`]: its place, after the
    /// group, if any, which comes first as the subject of the meeting's first clause.
    pub fn report_id(&self, n: usize) -> u32 {
        (n + usize::from(self.group.is_some())) as u32
    }

    /// How many of the participants are principals (they come first).
    pub fn principals(&self) -> usize {
        self.participants.iter().filter(|p| p.principal).count()
    }

    /// No meeting of leaders: nobody takes part.
    fn no_meeting() -> Cast {
        Cast {
            participants: Vec::new(),
            kind: EventKind::Other,
            host: None,
            group: None,
        }
    }
}

struct Facts<'a> {
    doc: &'a Doc,
    people: &'a People,
    meeting: &'a Meeting,
}

impl Facts<'_> {
    /// Person mention `m`: one bounds check in the module for the many lookups of the phases.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn mention(&self, m: usize) -> &PersonMention {
        &self.people.mentions[m]
    }

    /// Role `r` of the text.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn role(&self, r: usize) -> &Role {
        &self.people.roles[r]
    }

    fn mention_sentence(&self, m: usize) -> usize {
        self.mention(m).sentence
    }

    /// The context of mention `m`; a photo caption names people as a list of those present
    /// does, as no side of the meeting.
    fn context(&self, m: usize) -> Context {
        let mention = self.mention(m);
        if self.meeting.captions.contains(&mention.sentence) {
            return Context::None;
        }
        self.meeting.context_of(mention.first)
    }

    /// Whether `e` is in a meeting clause in person: not represented there by someone else,
    /// nor named only as the owner of something.
    fn in_meeting(&self, e: &Entity) -> bool {
        self.in_clause(e, true)
    }

    /// Whether `e` is in a meeting clause and not represented there.
    fn in_person(&self, e: &Entity) -> bool {
        self.in_clause(e, false)
    }

    /// Whether `e` is in a meeting clause, not represented there, nor, with `not_owner`, named
    /// only as the owner of something: one loop for [`Facts::in_meeting`] and
    /// [`Facts::in_person`].
    fn in_clause(&self, e: &Entity, not_owner: bool) -> bool {
        e.mentions.iter().any(|&m| {
            self.context(m) == Context::Meeting
                && !self.represented(m)
                && !(not_owner && self.possessor_only(m))
        })
    }

    /// Whether every meeting clause naming `e` only lists people ("accompanied by Commission
    /// President X"), and one does.
    fn listed_only(&self, e: &Entity) -> bool {
        let mut meeting = false;
        for &m in &e.mentions {
            if self.context(m) == Context::Meeting {
                if !self
                    .people
                    .listing_sentences
                    .contains(&self.mention_sentence(m))
                {
                    return false;
                }
                meeting = true;
            }
        }
        meeting
    }

    /// The country in brackets right after mention `m` ("Joe Biden (Estados Unidos)").
    fn bracketed_country(&self, m: usize) -> Option<u16> {
        let doc = self.doc;
        let end = self.mention(m).end;
        let name = doc
            .name(end + 1)
            .filter(|c| doc.punct(end, '(') && c.first == end + 1)?;
        name.country().filter(|_| doc.punct(name.end, ')'))
    }

    /// The sentence lists who attends rather than reports the meeting: a delegation's members
    /// ("The delegation included …"), or people present, the verb first ("Estuvieron
    /// presentes A, B y C"; not one person, "In attendance was X, who headed the talks").
    fn lists_members(&self, s: usize) -> bool {
        let doc = self.doc;
        let mut named = 0;
        for m in &self.people.mentions {
            named += usize::from(m.sentence == s);
        }
        self.people.listing_sentences.contains(&s)
            || (doc.has_phrase(doc.sentence(s).first, Cat::DelegationCue) && named > 1)
    }

    /// Whether every meeting clause naming `e` stands in a sentence `kind` tells (see
    /// [`Facts::delegation_sentence`], [`Facts::lists_members`]).
    fn met_only_in(&self, e: &Entity, kind: fn(&Self, usize) -> bool) -> bool {
        (e.mentions.iter())
            .all(|&m| self.context(m) != Context::Meeting || kind(self, self.mention_sentence(m)))
    }

    /// Whether mentions `m` and `q` of one sentence have a verb of meeting between them (or,
    /// with `hosting`, one of receiving): the two are its sides ("X met Y", "Y received X").
    fn joined_by_verb(&self, m: usize, q: usize, hosting: bool) -> bool {
        let (a, b) = (self.mention(m).first, self.mention(q).first);
        self.mention_sentence(m) == self.mention_sentence(q)
            && (a.min(b)..a.max(b)).any(|k| {
                self.doc.has_phrase(k, Cat::MeetingVerb)
                    || (hosting && self.doc.has_phrase(k, Cat::HostVerb))
            })
    }

    /// The sentence lists a delegation or attendance.
    fn delegation_sentence(&self, s: usize) -> bool {
        (self.doc).any_phrase(self.doc.sentence(s).range(), Cat::DelegationCue)
    }

    /// "Putin met Xi on the sidelines of the summit": a meeting within a larger one.
    fn on_sidelines(&self, s: usize) -> bool {
        self.doc.sentence(s).range().any(|k| {
            self.doc
                .phrase_at(k, Cat::WithinGathering)
                .is_some_and(|(_, when)| when == DURING)
        })
    }

    /// Mention `m` is the subject of a verb of speech ("X told reporters", "X and Y said",
    /// "X, head of the office, said") or follows one ("said X"): it reports, it does not meet.
    fn speaker(&self, m: usize) -> bool {
        let doc = self.doc;
        let mention = self.mention(m);
        let sentence = doc.sentence(mention.sentence);
        let before = mention.evidence_first > sentence.first
            && doc.is(mention.evidence_first - 1, Cat::SpeechVerb);
        let mut j = mention.evidence_end;
        while j < sentence.end.min(mention.evidence_end + 16) {
            if doc.is(j, Cat::SpeechVerb) {
                return true;
            }
            let t = &doc.token(j);
            // An apposition between commas: ", head of the office,".
            if t.is(',')
                && let Some(close) = (j + 1..sentence.end.min(j + 10)).find(|&c| doc.punct(c, ','))
            {
                j = close + 1;
                continue;
            }
            let in_list = t.is_capitalized()
                || t.is(',')
                || t.kind == crate::text::tokens::Kind::Possessive
                || doc.has_phrase(j, Cat::PluralSide)
                || doc.role_at(j).is_some();
            if !in_list {
                break;
            }
            j += 1;
        }
        before
    }

    /// "Milei, no asistió", "which President X did not attend", "tampoco asistió": mention `m`
    /// is the subject of a denied verb of attending, right after it (an auxiliary between), or
    /// said absent, or sent a recorded message: the person stayed away. ("X will not meet Y"
    /// denies the meeting itself: the event stage reads it.)
    fn stays_away(&self, m: usize) -> bool {
        let doc = self.doc;
        let mention = self.mention(m);
        let first = self.subject_end(m);
        // "in the absence of President X", "uno de los grandes ausentes será X": a word of
        // absence before the mention in its clause; "X was absent", "X se ausentó" after it.
        let sentence_first = doc.sentence(mention.sentence).first;
        let mut absent_before = false;
        for j in (mention
            .evidence_first
            .saturating_sub(ABSENCE_REACH)
            .max(sentence_first)..mention.evidence_first)
            .rev()
        {
            // Not across a clause: "X was absent and sent Vice President Y".
            if doc.punct_or_end(j) || doc.is(j, Cat::CopulativeConjunction) {
                break;
            }
            absent_before |= doc.has_phrase(j, Cat::Absence);
        }
        let denied_at = |from: usize| {
            doc.any_phrase(from..from + 3, Cat::Absence)
                || (from..from + 2).any(|j| {
                    doc.is(j, Cat::Negation) && doc.any_phrase(j + 1..j + 3, Cat::Attendance)
                })
        };
        // "X sent a message of support but did not attend": the subject's own verb phrase,
        // then a clause opener and the denial, with no one else named between.
        let end = doc.sentence(mention.sentence).end;
        let after_opener = (first..(first + STAY_AWAY_REACH).min(end))
            .take_while(|&j| !doc.punct_or_end(j))
            .find(|&j| doc.is(j, Cat::ClauseOpener))
            .is_some_and(|j| {
                // (The mentions are in text order: the first one from `first` on.)
                let mentions = &self.people.mentions;
                let next = mentions.partition_point(|p| p.first < first);
                let named_between = mentions.get(next).is_some_and(|p| p.first < j);
                !named_between && denied_at(j + 1)
            });
        // "X participó este martes mediante un mensaje grabado", "X took part through a video
        // message": a message recorded for the gathering, in the subject's clause.
        let by_message = (first..(first + MESSAGE_REACH).min(end))
            .take_while(|&j| !doc.punct_or_end(j))
            .any(|j| doc.has_phrase(j, Cat::RecordedMessage));
        absent_before || denied_at(first) || after_opener || by_message
    }

    /// Where the verb of the subject mention `m` opens: past its comma, a relative clause set
    /// off by commas ("X, who led earlier rounds, did not attend") and the people joined to it
    /// ("X y el primer ministro Y no acudieron").
    fn subject_end(&self, m: usize) -> usize {
        let doc = self.doc;
        let mentions = &self.people.mentions;
        let mut end = self.mention(m).evidence_end;
        let mut next = m + 1;
        loop {
            if doc.punct(end, ',') {
                end += 1;
            }
            if doc.is(end, Cat::Relative) {
                let sentence_end = doc.sentence_at(end).end;
                match (end + 1..sentence_end.min(end + STAY_AWAY_REACH))
                    .find(|&j| doc.punct(j, ','))
                {
                    Some(comma) => end = comma + 1,
                    None => return end,
                }
            }
            // (The mentions are in text order.)
            let joined = mentions
                .get(next)
                .filter(|p| doc.is(end, Cat::CopulativeConjunction) && p.evidence_first == end + 1);
            let Some(joined) = joined else {
                return end;
            };
            end = joined.evidence_end;
            next += 1;
        }
    }

    /// "President Donald Trump's plan", "Putin's spokesman": the person is named as the owner
    /// of something, not as present (but "Trump's summit with Kim", "Kim's delegation", "the
    /// Sultan's first appearance at a summit").
    fn possessor_only(&self, m: usize) -> bool {
        let doc = self.doc;
        if self.genitive_owner(m) {
            return true;
        }
        let end = self.mention(m).end;
        doc.is_possessive(end)
            && !(end + 1..end + 4).any(|j| {
                doc.is_any_of(j, &[Cat::MeetingNoun, Cat::DelegationNoun, Cat::TravelWord])
                    || doc.has_phrase(j, Cat::RemoteMeeting)
                    || doc.has_phrase(j, Cat::Attendance)
            })
    }

    /// "the opposing views of presidents X and Y", "las críticas del presidente X": the person
    /// is the complement of a common noun, the owner of something, not present (but "a
    /// meeting of leaders", "the visit of President X", "the government of X").
    fn genitive_owner(&self, m: usize) -> bool {
        let doc = self.doc;
        let mention = self.mention(m);
        // "a spray of Trump's meeting with X": the complement is what the person owns.
        let possessive = doc.is_possessive(mention.end);
        // The evidence may open with the link ("del presidente X").
        let first =
            mention.evidence_first + usize::from(doc.is(mention.evidence_first, Cat::GenitiveLink));
        if possessive || first < 2 {
            return false;
        }
        // "of President X", "del presidente X", "de la presidenta X".
        let noun = if doc.is(first - 1, Cat::GenitiveLink) {
            first - 2
        } else if first >= 3
            && doc.is(first - 1, Cat::Determiner)
            && doc.is(first - 2, Cat::GenitiveLink)
        {
            first - 3
        } else {
            return false;
        };
        // (A bystander's head is a common noun here: "la esposa del presidente".)
        doc.token(noun).is_lowercase()
            && !doc.punct_or_end(noun)
            && doc
                .role_at(noun)
                .is_none_or(|(_, class, _)| class == RoleClass::Bystander)
            && ![
                Cat::MeetingNoun,
                Cat::GatheringNoun,
                Cat::DelegationNoun,
                Cat::DelegationCue,
                Cat::SideNoun,
                Cat::TravelWord,
                Cat::Attendance,
                Cat::PluralSide,
                Cat::Stop,
                // An elided head: "el del gobierno español, X" is "el presidente del …".
                Cat::Determiner,
            ]
            .iter()
            .any(|&c| {
                // The noun or a phrase over it ("con la presencia de").
                (noun.saturating_sub(PHRASE_REACH)..noun + 1)
                    .any(|j| j + doc.phrase_len(j, c) > noun)
            })
    }

    /// "X, accompanied by Defence Minister Y, held talks", "quien estuvo acompañada por el
    /// ministro Y", "acompañado del canciller Z": the person came with someone, the agent of a
    /// word of accompanying right before the mention or joined to it, no side of their own.
    fn accompanies(&self, m: usize) -> bool {
        let doc = self.doc;
        let mut m = m;
        // "accompanied by A and B", "A, B y C": the people joined to the first agent came too,
        // a short list back.
        for _ in 0..COMPANION_LIST_REACH {
            let first = self.mention(m).evidence_first;
            // The evidence may open with the article ("el ministro"); "acompañado de" links so
            // too, and "del ministro" opens with the link joined to the article.
            let article = first
                .checked_sub(1)
                .is_some_and(|j| doc.is(j, Cat::Determiner));
            let link = if doc.is(first, Cat::GenitiveLink) {
                first
            } else {
                first.saturating_sub(1 + usize::from(article))
            };
            if link > 0
                && doc.is_any_of(link, &[Cat::PassiveAgent, Cat::GenitiveLink])
                && doc.is(link - 1, Cat::CompanionWord)
                && doc.token(link - 1).is_lowercase()
            {
                return true;
            }
            let before = first.saturating_sub(1);
            let joined = m > 0
                && (doc.is(before, Cat::CopulativeConjunction) || doc.punct(before, ','))
                && self.mention(m - 1).evidence_end == before;
            if !joined {
                return false;
            }
            m -= 1;
        }
        false
    }

    /// "on behalf of King Abdullah", "stood in for President Xi": the person is represented,
    /// not present.
    fn represented(&self, m: usize) -> bool {
        let first = self.mention(m).evidence_first;
        (1..4).any(|len| {
            first
                .checked_sub(len)
                .is_some_and(|j| self.doc.phrase_len(j, Cat::StandIn) == len)
        })
    }
}

/// Entity `n` of `entities`: one bounds check in the module for the phases' many lookups.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn entity_of(entities: &[Entity], n: usize) -> &Entity {
    &entities[n]
}

/// Gives entity `n` the side `owner` with `certainty`, unless it has one as certain: one copy
/// of [`Entity::set_owner`] for the phases that fill in countries.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn give_owner(entities: &mut [Entity], n: usize, owner: Owner, certainty: Certainty) {
    entities[n].set_owner(owner, certainty);
}

/// Sets mark `n` of `marks` (principal, eligible) to `value`: one bounds check in the module
/// for the phases' many marks.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn set_mark(marks: &mut [bool], n: usize, value: bool) {
    marks[n] = value;
}

/// No entity: for a test of all of them that leaves out none.
const NOBODY: usize = usize::MAX;

/// How far before a mention a word of absence may stand in its clause ("los grandes ausentes
/// en la cita será el presidente X").
const ABSENCE_REACH: usize = 6;

/// How far after a person the denial of their attendance may stand, past a verb phrase of
/// their own ("X sent a message of support but did not attend").
const STAY_AWAY_REACH: usize = 10;

/// How many people joined to the agent of a word of accompanying came with it too ("accompanied
/// by A, B and C").
const COMPANION_LIST_REACH: usize = 8;

/// How far after its subject a recorded message sent instead of coming may stand ("X took part
/// in the opening of the conference in Addis Ababa through a video message").
const MESSAGE_REACH: usize = 16;

/// The value of `within_gathering` phrases that put a meeting during a larger one.
const DURING: i32 = 0;

/// Decides the cast of the meeting: the people who meet, with a group of one organisation's
/// leaders or ministers that the meeting's first clause has meet ("G7 leaders met in Evian")
/// when they are one person or none (its chair, its host, the official who announced it).
pub fn cast(doc: &Doc, people: &People, entities: &mut [Entity], meeting: &Meeting) -> Cast {
    let cast = cast_people(doc, people, entities, meeting);
    if cast.kind != EventKind::Other && cast.principals() > 1 {
        return cast;
    }
    let Some(group) = groups::find(doc, meeting) else {
        return cast;
    };
    // Beside the group, an organisation's official who announces or chairs its meeting ("AU
    // Commission chairperson X announced") is no principal; a leader who chairs it is, and so
    // is whoever stands in for a country ("Kenya was represented by its deputy president").
    let mut participants = cast.participants;
    for p in &mut participants {
        let Some(e) = entities.get(p.entity.0) else {
            continue;
        };
        let peer = matches!(e.class, Some(RoleClass::Leader | RoleClass::Minister));
        p.principal &= peer || matches!(e.owner, Some((Owner::Country(_), _)));
    }
    Cast {
        participants,
        kind: if group.class == RoleClass::Leader {
            EventKind::Multilateral
        } else {
            EventKind::Ministerial
        },
        group: Some(group),
        host: cast.host,
    }
}

/// Decides the cast of people, phase by phase (each a method of [`Casting`], below in the
/// order they run): the lead sentence and its people, the principals among them, the leaders
/// who join them, the stand-ins, the members, their countries, and the kind of meeting.
fn cast_people(doc: &Doc, people: &People, entities: &mut [Entity], meeting: &Meeting) -> Cast {
    let facts = Facts {
        doc,
        people,
        meeting,
    };
    let mut casting = Casting::new(facts, entities);
    // "El canciller peruano se reunió con el canciller ecuatoriano", "the foreign ministers of
    // Peru and Ecuador met", "Peru's foreign minister met his Ecuadorian counterpart": with no
    // one named to meet, the ministers known by their title and country meet, as sides.
    let mut lead = casting.lead_sentence();
    let unnamed = |s: usize| {
        (casting.lead_people(s, false).iter()).all(|&n| casting.entity(n).name.is_none())
    };
    let ministers_meet = lead.is_none_or(unnamed);
    if ministers_meet {
        casting.admit_ministers_by_title();
        lead = casting.lead_sentence();
    }
    let Some(lead) = lead else {
        return Cast::no_meeting();
    };
    // A meeting reported with one side only is a press conference, a speech, a climb.
    if !two_sided(&casting.facts) {
        return Cast::no_meeting();
    }
    let lead_people = casting.lead_people(lead, ministers_meet);
    let counterpart = casting.counterpart_rank(&lead_people);
    let lead_people = casting.between_sides(lead_people, lead);
    let mut top = casting.lead_principals(&lead_people, counterpart);
    // A meeting the text says many leaders attend is theirs, whoever its lead sentence names
    // (a deputy sent in a leader's place, an organisation's official).
    if many_of(doc, meeting, RoleClass::Leader) {
        top = RoleClass::Leader;
    } else if top != RoleClass::Leader && casting.leaders_of_many_sides() {
        // So too one whose clauses name leaders of three countries there in person ("se reunió
        // con sus homólogos de A, X; de B, Y; y de C, Z"): the aides a lead sentence lists
        // first ("los funcionarios que participaron en la cena fueron …") are members.
        top = RoleClass::Leader;
        for (principal, e) in casting.principal.iter_mut().zip(casting.entities.iter()) {
            *principal &= e.class == Some(RoleClass::Leader);
        }
    }
    let leaders_meet = top == RoleClass::Leader;
    casting.other_side(&lead_people, counterpart);
    casting.former_met(lead);
    // Leaders meet leaders and ministers meet ministers: the peers present join them.
    let peers_meet = leaders_meet || top == RoleClass::Minister;
    let present = casting.present(top);
    let many_sides = peers_meet && casting.multilateral(lead, &present);
    let multilateral = leaders_meet && many_sides;
    if peers_meet {
        casting.leaders_join(&present.leaders, many_sides);
    }
    if multilateral {
        casting.leaders_join(&present.untitled, true);
    }
    if leaders_meet {
        casting.untitled_principals();
    }
    casting.stand_ins();
    casting.titles_give_way();
    if multilateral {
        casting.deputies_stand_in(&present.deputies);
    }
    casting.members();
    let host = casting.countries();
    // Again with the countries the context gave: "The leaders of Japan, China and South Korea
    // will hold a summit in Tokyo. Prime Minister X will host …", X of Japan as its host.
    casting.titles_give_way();
    if casting.untitled()
        || casting.meets_only_bystanders(lead)
        || casting.envoy_received(top, lead)
    {
        return Cast::no_meeting();
    }
    Cast {
        participants: casting.participants(),
        kind: casting.kind(top, multilateral),
        host,
        group: None,
    }
}

/// What [`cast`] has decided so far, handed from phase to phase.
struct Casting<'a, 'e> {
    /// The article, its people and its meeting.
    facts: Facts<'a>,
    /// The people, whose countries the phases fill in.
    entities: &'e mut [Entity],
    /// Who can take part at all (see [`eligible`]), by entity.
    eligible: Vec<bool>,
    /// The principals so far, by entity.
    principal: Vec<bool>,
    /// The delegation members, by entity.
    member: Vec<bool>,
    /// Who stands in for a leader ("Foreign Minister X, standing in for President Y"), by
    /// entity: they meet at a leader's rank.
    stands_in: Vec<bool>,
    /// The two sides of talks between them, as the text names them (see [`sides_between`]).
    between: Vec<Owner>,
}

/// The people who may join the principals of the lead sentence (see [`Casting::present`]).
struct Present {
    /// Named leaders (or the principals' peers) present, in order of first mention.
    leaders: Vec<usize>,
    /// Untitled names present with their country, in order of first mention: sides at a
    /// multilateral meeting.
    untitled: Vec<usize>,
    /// Named deputies present for a country, in order of first mention.
    deputies: Vec<usize>,
    /// The meeting is a summit of an organisation (see [`org_summit`]).
    org_summit: bool,
}

impl<'a, 'e> Casting<'a, 'e> {
    /// Entity `n`: one bounds check in the module for the phases' many lookups.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn entity(&self, n: usize) -> &Entity {
        entity_of(self.entities, n)
    }

    /// Whether entity `n` is a principal so far.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn is_principal(&self, n: usize) -> bool {
        marked(&self.principal, n)
    }

    /// Whether entity `n` can take part at all.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn is_eligible(&self, n: usize) -> bool {
        marked(&self.eligible, n)
    }

    /// Whether entity `n` is a delegation member.
    fn is_member(&self, n: usize) -> bool {
        marked(&self.member, n)
    }

    /// The casting before its first phase: who can take part, nobody chosen yet.
    fn new(facts: Facts<'a>, entities: &'e mut [Entity]) -> Self {
        let mut eligible = Vec::with_capacity(entities.len());
        for e in entities.iter() {
            eligible.push(self::eligible(&facts, e));
        }
        let count = entities.len();
        let mut stands_in = vec![false; count];
        for e in entities.iter() {
            if e.class != Some(RoleClass::Leader) {
                continue;
            }
            for &m in &e.mentions {
                if facts.represented(m)
                    && let Some(n) = representative(&facts, entities, m)
                {
                    set_mark(&mut stands_in, n, true);
                }
            }
        }
        Casting {
            facts,
            entities,
            eligible,
            principal: vec![false; count],
            member: vec![false; count],
            stands_in,
            between: Vec::new(),
        }
    }

    /// The anchor of the cast: the first sentence of running text that reports the meeting
    /// with an eligible person in a meeting clause. A headline or a caption only when no
    /// sentence does: it names people in few words, often not all the sides. An
    /// organisation's official ("NATO Secretary-General X called the summit historic") speaks
    /// of the meeting: a sentence naming only such people anchors it when no other does.
    fn lead_sentence(&self) -> Option<usize> {
        let facts = &self.facts;
        let has_person = |s: usize, officials: bool| {
            self.entities.iter().enumerate().any(|(n, e)| {
                self.is_eligible(n)
                    && (officials || !org_official(facts, e))
                    && e.mentions.iter().any(|&m| {
                        facts.mention_sentence(m) == s && facts.context(m) == Context::Meeting
                    })
            })
        };
        for &officials in &[false, true] {
            for &listing_too in &[false, true] {
                for &running_text_only in &[true, false] {
                    for &s in &facts.meeting.sentences {
                        if (facts.doc.sentence(s).terminated || !running_text_only)
                            && (listing_too || !facts.lists_members(s))
                            && has_person(s, officials)
                        {
                            return Some(s);
                        }
                    }
                }
            }
        }
        None
    }

    /// The people of the lead sentence's meeting clause who may be principals: the named
    /// ones, then the sides named by their title only ("the French president", "his Uzbek
    /// counterpart"), then, when `ministers` meet, the ministers known only by their title
    /// and country ("the foreign ministers of Peru and Ecuador", "los cancilleres de A y B"),
    /// once admitted (see [`Casting::admit_ministers_by_title`]). Not whoever is represented
    /// or only owns something there ("Biden's plan"), nor a speaker without a title: they
    /// report the meeting.
    fn lead_people(&self, lead: usize, ministers: bool) -> Vec<usize> {
        let mut lead_people: Vec<usize> = Vec::new();
        for pass in 0..2 + usize::from(ministers) {
            for (n, e) in self.entities.iter().enumerate() {
                let named = match pass {
                    0 => e.name.is_some(),
                    1 => {
                        leader_by_title(e)
                            || host_by_title(&self.facts, e)
                            || minister_met_by_title(&self.facts, e)
                    }
                    _ => side_by_title(e, RoleClass::Minister),
                };
                if self.is_eligible(n) && named && self.in_lead(e, lead, false) {
                    lead_people.push(n);
                }
            }
        }
        lead_people
    }

    /// Whether `e` is in the lead sentence's meeting clause in their own right: not only
    /// represented there or owning something ("Biden's plan"), nor a speaker without a title
    /// (with `no_speaker`, nor any speaker).
    fn in_lead(&self, e: &Entity, lead: usize, no_speaker: bool) -> bool {
        let facts = &self.facts;
        e.mentions.iter().any(|&m| {
            facts.mention_sentence(m) == lead
                && facts.context(m) == Context::Meeting
                && !facts.represented(m)
                && !facts.accompanies(m)
                && !facts.possessor_only(m)
                && !((no_speaker || e.class.is_none()) && facts.speaker(m))
        })
    }

    /// Makes eligible the ministers known only by their title and country who are named in a
    /// clause about the meeting.
    fn admit_ministers_by_title(&mut self) {
        for n in 0..self.entities.len() {
            let e = self.entity(n);
            let in_meeting = e
                .mentions
                .iter()
                .any(|&m| self.facts.context(m) == Context::Meeting);
            if side_by_title(e, RoleClass::Minister) && !e.former && in_meeting {
                set_mark(&mut self.eligible, n, true);
            }
        }
    }

    /// The rank of a counterpart ("his Ethiopian counterpart"): that of the person met, a
    /// minister's for a minister. The highest rank of the lead people named in their own
    /// right, a leader's when none has one.
    fn counterpart_rank(&self, lead_people: &[usize]) -> RoleClass {
        let mut rank = None;
        for &n in lead_people {
            let e = self.entity(n);
            if !self.relational(e) {
                rank = higher_rank(rank, e.class);
            }
        }
        rank.unwrap_or(RoleClass::Leader)
    }

    /// Talks between two named sides ("negotiations between the Afghan government and the
    /// Taliban"): of the lead people, theirs are the principals, not the hosts or mediators
    /// beside them. Without such sides, or nobody of them in the lead, all lead people stay.
    fn between_sides(&mut self, lead_people: Vec<usize>, lead: usize) -> Vec<usize> {
        self.between = sides_between(self.facts.doc, self.facts.meeting, lead);
        let sides = &self.between;
        let of_a_side = |n: usize| side(self.entity(n)).is_some_and(|owner| sides.contains(&owner));
        if !lead_people.iter().any(|&n| of_a_side(n)) {
            return lead_people;
        }
        let mut of_sides = Vec::new();
        for &n in &lead_people {
            if of_a_side(n) {
                of_sides.push(n);
            }
        }
        of_sides
    }

    /// The principals of the lead sentence: its people of the highest rank there, and its
    /// leaders whatever that rank (a foreign minister meeting a president). Returns that
    /// rank: a leader's when leaders meet, else ministers or officials do.
    fn lead_principals(&mut self, lead_people: &[usize], counterpart: RoleClass) -> RoleClass {
        // A spokesperson speaks for a side, and leads none ("Spokesperson X said China opposes
        // a planned visit").
        let mut sides = Vec::with_capacity(lead_people.len());
        for &n in lead_people {
            if self.entity(n).class != Some(RoleClass::Spokes) {
                sides.push(n);
            }
        }
        let mut top = None;
        for &n in &sides {
            top = higher_rank(top, Some(self.rank(n, counterpart)));
        }
        let top = top.unwrap_or(RoleClass::Leader);
        for &n in &sides {
            let class = self.rank(n, counterpart);
            if class == top || class == RoleClass::Leader {
                set_mark(&mut self.principal, n, true);
            }
        }
        top
    }

    /// "The crown prince received the Iranian foreign minister": when the principals are one
    /// side, the highest-ranked person of another country in the lead sentence (the first of
    /// them) is the other. So too when the one principal has no country yet ("US Trade
    /// Representative Katherine Tai and Commerce Minister Piyush Goyal held discussions").
    fn other_side(&mut self, lead_people: &[usize], counterpart: RoleClass) {
        let principal_owners = owners_of(self.entities, &self.principal);
        let one_principal = count_marked(&self.principal) == 1;
        if principal_owners.len() != 1 && !(one_principal && principal_owners.is_empty()) {
            return;
        }
        let facts = &self.facts;
        // Mention `m` and a mention of the one principal are the sides of a verb of meeting or
        // receiving.
        let principal = (0..self.entities.len()).find(|&p| self.is_principal(p));
        let met_by_verb = |m: usize| {
            principal.is_some_and(|p| {
                (self.entity(p).mentions.iter()).any(|&q| facts.joined_by_verb(m, q, true))
            })
        };
        let mut other_side: Option<usize> = None;
        for &n in lead_people {
            // "Foreign Minister X met Fijian Prime Minister Y": a named person of no country
            // the text gives, whom a verb of meeting joins to the one side, neither reporting
            // it nor in a delegation, is the other side too.
            let e = self.entity(n);
            let unplaced = one_principal
                && !principal_owners.is_empty()
                && e.name.is_some()
                && title_side(&self.facts, e).is_none()
                && e.mentions.iter().any(|&m| met_by_verb(m))
                && !e.mentions.iter().any(|&m| {
                    facts.speaker(m) || facts.delegation_sentence(facts.mention_sentence(m))
                });
            // Not one who only reports the meeting ("…, press secretary X said Monday").
            let reporter = e.class == Some(RoleClass::Spokes)
                || (e.mentions.iter())
                    .filter(|&&m| facts.context(m) == Context::Meeting)
                    .all(|&m| facts.speaker(m));
            let elsewhere = unplaced
                || title_side(&self.facts, e)
                    .is_some_and(|owner| !principal_owners.contains(&owner));
            if !self.is_principal(n)
                && !reporter
                && elsewhere
                && other_side.is_none_or(|o| self.rank(n, counterpart) < self.rank(o, counterpart))
            {
                other_side = Some(n);
            }
        }
        if let Some(n) = other_side {
            set_mark(&mut self.principal, n, true);
        }
    }

    /// "Xi met former US President Barack Obama": with one side only among the principals,
    /// a past holder of a leader's office met in the lead sentence's meeting clause, of
    /// another country or of none the text gives ("Former President John Carter met with
    /// President X of Mexico"), is the other side.
    fn former_met(&mut self, lead: usize) {
        let owners = owners_of(self.entities, &self.principal);
        if owners.len() > 1 || count_marked(&self.principal) != 1 {
            return;
        }
        for n in 0..self.entities.len() {
            let e = self.entity(n);
            if e.former
                && e.name.is_some()
                && e.class == Some(RoleClass::Leader)
                && side(e).is_none_or(|o| !owners.contains(&o))
                && self.in_lead(e, lead, true)
            {
                set_mark(&mut self.eligible, n, true);
                set_mark(&mut self.principal, n, true);
                return;
            }
        }
    }

    /// Who else is there, not yet a principal: named peers of the principals' `rank`, names
    /// without a title but with their country ("Joe Biden (Estados Unidos)"), and deputies
    /// present for a country ("South African Deputy President X attended"), who at a summit
    /// stand in for their leader. Present means at the meeting, or, at a summit of an
    /// organisation or one the text says many leaders attend, listed without a verb ("Other
    /// dignitaries are …", "Luego entró X, de Perú", photo captions) and at no other meeting.
    fn present(&self, rank: RoleClass) -> Present {
        let facts = &self.facts;
        let org_summit = org_summit(facts.doc, facts.meeting);
        let gathering = org_summit || many_of(facts.doc, facts.meeting, RoleClass::Leader);
        let neutral = |e: &Entity| {
            e.mentions.iter().all(|&m| {
                !matches!(facts.context(m), Context::OtherMeeting | Context::Aside)
                    && !facts.represented(m)
            }) && e.mentions.iter().any(|&m| !facts.possessor_only(m))
        };
        let mut leaders: Vec<usize> = Vec::new();
        let mut untitled: Vec<usize> = Vec::new();
        let mut deputies: Vec<usize> = Vec::new();
        for (n, e) in self.entities.iter().enumerate() {
            let present = !self.is_principal(n)
                && self.is_eligible(n)
                && e.name.is_some()
                && (facts.in_meeting(e) || (gathering && neutral(e)));
            if !present {
                continue;
            }
            // A counterpart is a peer, whatever rank its title defaults to.
            if e.class == Some(rank) || self.relational(e) {
                leaders.push(n);
            }
            if e.class.is_none()
                && e.owner
                    .is_some_and(|(_, certainty)| certainty >= Certainty::Stated)
            {
                untitled.push(n);
            }
            if e.class == Some(RoleClass::Deputy)
                && matches!(e.owner, Some((Owner::Country(_), _)))
                && !facts.listed_only(e)
            {
                deputies.push(n);
            }
        }
        Present {
            leaders,
            untitled,
            deputies,
            org_summit,
        }
    }

    /// Whether named leaders of three countries are in the meeting's clauses in person, not
    /// only listed with a delegation.
    fn leaders_of_many_sides(&self) -> bool {
        let in_person = |n: usize, e: &Entity| {
            self.is_eligible(n)
                && e.name.is_some()
                && e.class == Some(RoleClass::Leader)
                && self.facts.in_meeting(e)
        };
        // Counterparts share the rank of whom they are counterparts of: a leader's ("el
        // presidente se reunió con sus homólogos de A, X; de B, Y"), not a minister's ("the
        // foreign minister will host her counterparts from A, B and C").
        let leader_of_own_title =
            (self.entities.iter().enumerate()).any(|(n, e)| in_person(n, e) && !self.relational(e));
        let mut present = vec![false; self.entities.len()];
        for (n, e) in self.entities.iter().enumerate() {
            let leader = in_person(n, e)
                && (leader_of_own_title || !self.relational(e))
                && !self.facts.listed_only(e);
            set_mark(&mut present, n, leader);
        }
        owners_of(self.entities, &present).len() >= 3
    }

    /// Whether the leaders meeting meet as many sides, not on the sidelines of a larger
    /// gathering: three countries among the principals and the people present (not those only
    /// listed as accompanying someone, "accompanied by Commission President X"), three people
    /// at a summit of an organisation unless the text says two leaders meet, or a text that
    /// says many leaders meet.
    fn multilateral(&self, lead: usize, present: &Present) -> bool {
        let mut everyone = self.principal.clone();
        for &group in &[&present.leaders, &present.deputies] {
            for &n in group {
                if !self.facts.listed_only(self.entity(n)) {
                    set_mark(&mut everyone, n, true);
                }
            }
        }
        // Names listed with their country in brackets are sides ("A (Chile), B (Honduras)").
        for &n in &present.untitled {
            if (self.entity(n).mentions.iter()).any(|&m| self.facts.bracketed_country(m).is_some())
            {
                set_mark(&mut everyone, n, true);
            }
        }
        !self.facts.on_sidelines(lead)
            && (owners_of(self.entities, &everyone).len() >= 3
                || (present.org_summit
                    && count_marked(&everyone) >= 3
                    && !two_leaders(self.facts.doc, self.facts.meeting))
                || many_of(self.facts.doc, self.facts.meeting, RoleClass::Leader))
    }

    /// Leaders present (or ministers, when ministers meet) join the principals: anyone at a
    /// multilateral meeting, unless talks between two named sides leave them out; else, in the
    /// meeting's clauses, one of a principal's country (the king beside the crown prince), or
    /// a second side while there is only one. A leader listed with a delegation only ("the
    /// chancellors X and Y joined") is a member, not a side.
    fn leaders_join(&mut self, leaders: &[usize], multilateral: bool) {
        let facts = &self.facts;
        // Talks between two named sides: a peer of a third (the host, a mediator) is no side.
        let between = &self.between;
        for &n in leaders {
            let e = self.entity(n);
            let third = !between.is_empty() && side(e).is_some_and(|o| !between.contains(&o));
            if third || (!multilateral && !facts.in_meeting(e)) {
                continue;
            }
            // Sides so far: the principals' countries, and each principal without one.
            let owners = owners_of(self.entities, &self.principal);
            let mut sides = owners.len();
            for p in 0..self.entities.len() {
                if self.is_principal(p) && self.entity(p).owner.is_none() {
                    sides += 1;
                }
            }
            // A counterpart ("su par del gobierno español, X") is the other side by name.
            let only_listed =
                !self.relational(e) && facts.met_only_in(e, Facts::delegation_sentence);
            let shares_country = side(e).is_some_and(|o| owners.contains(&o));
            let new_side = side(e).is_none_or(|o| !owners.contains(&o));
            // "Estuvieron presentes por la parte cubana el primer ministro X, …": a leader of
            // a principal's country named only in lists of those present is a member.
            let in_lists_only = facts.met_only_in(e, Facts::lists_members);
            if multilateral
                || (shares_country && !in_lists_only)
                || (sides < 2 && new_side && !only_listed)
            {
                set_mark(&mut self.principal, n, true);
            }
        }
    }

    /// An untitled name met by a principal in a meeting clause is a principal too ("President
    /// Donald Trump's summit with Kim Jong-un"). Not whoever reports the meeting ("…, Rudolf
    /// Jindrak told CTK"), nor a name listed with a delegation.
    fn untitled_principals(&mut self) {
        let facts = &self.facts;
        for n in 0..self.entities.len() {
            let e = self.entity(n);
            if self.is_principal(n) || !self.is_eligible(n) || e.name.is_none() || e.class.is_some()
            {
                continue;
            }
            let beside_principal = e.mentions.iter().any(|&m| {
                facts.context(m) == Context::Meeting
                    && !facts.speaker(m)
                    && !facts.delegation_sentence(facts.mention_sentence(m))
                    && self.principal_in(facts.mention_sentence(m))
            });
            if beside_principal {
                set_mark(&mut self.principal, n, true);
            }
        }
    }

    /// Whether a principal so far is named in sentence `s`.
    fn principal_in(&self, s: usize) -> bool {
        (0..self.entities.len()).any(|p| {
            self.is_principal(p)
                && self
                    .entity(p)
                    .mentions
                    .iter()
                    .any(|&m| self.facts.mention_sentence(m) == s)
        })
    }

    /// "received a message from President X", "on behalf of King Y", "represented President Z":
    /// a head of a side who is represented, not present, and whose side has no principal yet,
    /// has a stand-in as that side's principal, who takes the side's country.
    fn stand_ins(&mut self) {
        for r in 0..self.entities.len() {
            let represented = (self.entity(r).mentions.iter()).any(|&m| self.facts.represented(m));
            let represented_side = side(self.entity(r));
            let side_has_principal =
                represented_side.is_some_and(|owner| self.principal_of_side(owner, false, NOBODY));
            if !represented || self.facts.in_person(self.entity(r)) || side_has_principal {
                continue;
            }
            if let Some(n) = self.stand_in_for(r) {
                set_mark(&mut self.principal, n, true);
                if let (Some(side), None) = (represented_side, self.entity(n).owner) {
                    give_owner(self.entities, n, side, Certainty::Context);
                }
            }
        }
    }

    /// Who stands in for the represented head `r`: whoever the text says represents them
    /// ("Vice President X represented President Y"); failing that, the first of the highest
    /// rank of their side (the envoy). A named person with a title, there in person.
    fn stand_in_for(&self, r: usize) -> Option<usize> {
        let facts = &self.facts;
        let can_stand_in = |n: usize| {
            let e = self.entity(n);
            n != r
                && self.is_eligible(n)
                && e.name.is_some()
                && e.class.is_some()
                && facts.in_person(e)
        };
        let named = (self.entity(r).mentions.iter())
            .filter(|&&m| facts.represented(m))
            .find_map(|&m| representative(facts, self.entities, m))
            .filter(|&n| can_stand_in(n));
        if named.is_some() {
            return named;
        }
        let represented_side = side(self.entity(r))?;
        let mut stand_in: Option<usize> = None;
        for n in 0..self.entities.len() {
            if can_stand_in(n)
                && side(self.entity(n)) == Some(represented_side)
                && stand_in.is_none_or(|s| self.entity(n).class < self.entity(s).class)
            {
                stand_in = Some(n);
            }
        }
        stand_in
    }

    /// Whether a principal other than `n` (with `named`, one with a name) represents `owner`.
    fn principal_of_side(&self, owner: Owner, named: bool, n: usize) -> bool {
        (0..self.entities.len()).any(|p| {
            p != n
                && self.is_principal(p)
                && (!named || self.entity(p).name.is_some())
                && side(self.entity(p)) == Some(owner)
        })
    }

    /// "Trump met Chief Justice X at the White House", "met Nvidia chief executive Y": one
    /// principal whom a verb of meeting joins in the lead sentence only to people whose titles
    /// are never a side's (a judge, a company's head) meets no leader.
    fn meets_only_bystanders(&self, lead: usize) -> bool {
        let facts = &self.facts;
        let Some(p) = (0..self.entities.len()).find(|&p| self.is_principal(p)) else {
            return false;
        };
        if count_marked(&self.principal) != 1 {
            return false;
        }
        let joined = |e: &Entity| {
            e.mentions.iter().any(|&m| {
                facts.mention_sentence(m) == lead
                    && (self.entity(p).mentions.iter()).any(|&q| facts.joined_by_verb(m, q, false))
            })
        };
        let mut bystander = false;
        for (n, e) in self.entities.iter().enumerate() {
            // "met Nvidia chief executive X": the company before the title is nobody met.
            if n == p || !joined(e) || names_nobody(facts, e) {
                continue;
            }
            if e.class != Some(RoleClass::Bystander) {
                return false;
            }
            bystander = true;
        }
        bystander
    }

    /// A side named by its title gives way to the named principal of its country when there
    /// is one ("his Uzbek counterpart", then "Shavkat Mirziyoyev"): one person, not two. An
    /// organisation's head by title gives way to any organisation's named principal, as the
    /// tables do not say which bodies are another's ("WHO Director-General X …, the leader of
    /// the UN health agency"). Anyone else known by a country's title gives way to the named
    /// principal of that country with the same title ("the foreign ministers of Armenia and
    /// Azerbaijan met …", then "Armenian Foreign Minister X").
    fn titles_give_way(&mut self) {
        for n in 0..self.entities.len() {
            let named_body = |owner: Owner| {
                matches!(owner, Owner::Organization(_))
                    && (0..self.entities.len()).any(|p| {
                        p != n
                            && self.is_principal(p)
                            && self.entity(p).name.is_some()
                            && matches!(side(self.entity(p)), Some(Owner::Organization(_)))
                    })
            };
            let e = self.entity(n);
            let duplicate = leader_by_title(e)
                && side(e).is_some_and(|owner| {
                    self.principal_of_side(owner, true, n) || named_body(owner)
                });
            // The same person as the named holder, who takes the place of a principal.
            let holder = e
                .class
                .filter(|&class| side_by_title(e, class))
                .and_then(|_| self.named_holder(e, n));
            if let Some(p) = holder {
                if self.is_principal(n) {
                    set_mark(&mut self.principal, p, true);
                    set_mark(&mut self.member, p, false);
                }
                set_mark(&mut self.eligible, n, false);
                set_mark(&mut self.member, n, false);
            }
            if duplicate || holder.is_some() {
                set_mark(&mut self.principal, n, false);
            }
        }
    }

    /// The named principal or member other than `n` who holds the title of `e` for its side.
    fn named_holder(&self, e: &Entity, n: usize) -> Option<usize> {
        let title = |e: &Entity| {
            e.role
                .and_then(|(r, t)| self.facts.role(r).titles.get(t).map(|s| lower_str(s)))
        };
        let own = title(e)?;
        (0..self.entities.len()).find(|&p| {
            let other = self.entity(p);
            p != n
                && (self.is_principal(p) || self.is_member(p))
                && other.name.is_some()
                && side(other) == side(e)
                && title(other).as_ref() == Some(&own)
        })
    }

    /// "UAE Vice President Mansour bin Zayed also joined the gathering": at a summit, a deputy
    /// present for a country no principal represents stands in as its principal.
    fn deputies_stand_in(&mut self, deputies: &[usize]) {
        let mut sides = owners_of(self.entities, &self.principal);
        for &n in deputies {
            if let Some((owner, _)) = self.entity(n).owner
                && !sides.contains(&owner)
            {
                set_mark(&mut self.principal, n, true);
                sides.push(owner);
            }
        }
    }

    /// The delegation members: the other eligible people in the meeting's clauses. Anyone
    /// named with a title below a leader's; the others (known by role only, untitled, a
    /// spokesperson, a leader) only when listed with a delegation and not reporting on it
    /// ("…, an aide told reporters"). "The president" stands for a principal, never a member.
    fn members(&mut self) {
        let facts = &self.facts;
        for (n, e) in self.entities.iter().enumerate() {
            if self.is_principal(n) || !self.is_eligible(n) || !facts.in_meeting(e) {
                continue;
            }
            let listed = e.mentions.iter().any(|&m| {
                facts.context(m) == Context::Meeting
                    && facts.delegation_sentence(facts.mention_sentence(m))
                    && !facts.speaker(m)
            });
            let member = match (e.name.is_some(), e.class) {
                (false, Some(RoleClass::Leader)) => false,
                (false, _) => listed,
                (true, None) => listed,
                (true, Some(RoleClass::Spokes)) => listed,
                (true, Some(RoleClass::Leader)) => listed,
                (true, Some(_)) => true,
            };
            set_mark(&mut self.member, n, member);
        }
    }

    /// The countries of the participants the text names without one, most certain first: a
    /// country in brackets after the name, a role's weak owner, the host country for a
    /// principal who receives the guests, a delegation's side, a principal's likely country,
    /// the dateline's for an office. Returns the host country.
    fn countries(&mut self) -> Option<u16> {
        let facts = &self.facts;
        bracketed_countries(facts, self.entities, &self.principal, &self.member);
        weak_owners(facts, self.entities);
        both_sides_holders(facts, self.entities, &self.principal);
        coordinated_owners(facts, self.entities, &self.principal);
        let host = host(facts, self.entities, &self.principal);
        if let Some(host) = host {
            // A principal without a country who receives the guests is the host (not one
            // whose title names a region: "el jefe de la diplomacia europea").
            for n in 0..self.entities.len() {
                let e = self.entity(n);
                let regional = e.role.is_some_and(|(r, _)| {
                    let role = facts.role(r);
                    facts.doc.any_phrase(role.first..role.end, Cat::Area)
                });
                if self.is_principal(n) && e.owner.is_none() && !regional && receives(facts, e) {
                    give_owner(self.entities, n, Owner::Country(host), Certainty::Context);
                }
            }
        }
        delegation_countries(facts, self.entities, &self.principal, &self.member, host);
        fill_principal_countries(facts, self.entities, &self.principal);
        self.home_offices();
        host
    }

    /// "WASHINGTON — … hosted by Vice President Kamala Harris", "the meeting in the Oval Office
    /// between President X, Vice President Y and Z": a member's office named without its
    /// country, where a meeting of two is held in (or, no place named, under the dateline of)
    /// a principal's country, is that country's (a guess); so is one a side's government
    /// reports ("the Kremlin said Y joined the talks"), from the text. A summit's place is one
    /// side's of many.
    fn home_offices(&mut self) {
        let facts = &self.facts;
        let count = self.entities.len();
        let mut sides: Vec<u16> = Vec::new();
        for n in 0..count {
            if let Some(c) = self.entity(n).country().filter(|_| self.is_principal(n)) {
                sides.push(c);
            }
        }
        let a_side = |c: &u16| sides.contains(c);
        let two = count_marked(&self.principal) <= 2;
        let place = meeting_place(facts, false).filter(|_| two);
        let home = place
            .or(facts.doc.dateline.and_then(|d| d.country))
            .filter(a_side);
        for n in 0..count {
            let e = self.entity(n);
            let national_office = e.role.is_some_and(|(r, _)| !facts.role(r).relational);
            // Not people a title names together ("the foreign ministers X and Y"): counterparts.
            let shared_title = e.mentions.iter().any(|&m| {
                let role = facts.mention(m).role;
                role.is_some()
                    && (0..count).any(|o| {
                        o != n
                            && (self.entity(o).mentions.iter())
                                .any(|&p| facts.mention(p).role == role)
                    })
            });
            if !self.is_member(n)
                || e.owner.is_some()
                || e.name.is_none()
                || !national_office
                || shared_title
            {
                continue;
            }
            // "White House press secretary X said the meeting will include Secretary of State
            // Y": a side's government that reports a member names one of its own.
            let mut reported = None;
            'mentions: for &m in &e.mentions {
                let sentence = facts.doc.sentence(facts.mention_sentence(m));
                for g in &facts.doc.names {
                    if sentence.range().contains(&g.first)
                        && reports(facts, g)
                        && let Some(c) = g.country().filter(a_side)
                    {
                        reported = Some(c);
                        break 'mentions;
                    }
                }
            }
            // The report's words say whose the member is; the place only suggests it.
            if let Some(c) = reported {
                give_owner(self.entities, n, Owner::Country(c), Certainty::Context);
            } else if let Some(c) = home {
                give_owner(self.entities, n, Owner::Country(c), Certainty::Guess);
            }
        }
    }

    /// Whether no principal has a title or a stated country: people without any title meeting
    /// ("Nadal met Djokovic in the final") are no meeting of leaders, nor is one person with
    /// no title and nobody else. A name with its country is a side ("Kenya's William Ruto
    /// hosted Tanzania's Samia Suluhu Hassan").
    fn untitled(&self) -> bool {
        !(self.entities.iter().enumerate()).any(|(n, e)| {
            self.is_principal(n)
                && (e.class.is_some()
                    || e.owner
                        .is_some_and(|(_, certainty)| certainty >= Certainty::Stated))
        })
    }

    /// The participants in report order: principals first, then members, each in order of
    /// first mention.
    fn participants(&self) -> Vec<Participant> {
        let mut order: Vec<usize> = Vec::new();
        for n in 0..self.entities.len() {
            if self.is_principal(n) || self.is_member(n) {
                order.push(n);
            }
        }
        crate::text::sorting::sort_by_key(&mut order, |&n| {
            let first_mention = self.entity(n).mentions.first();
            first_mention.copied().unwrap_or(usize::MAX) as u128
        });
        // The principals, then the members: each in that order.
        let mut participants: Vec<Participant> = Vec::with_capacity(order.len());
        for &principal in &[true, false] {
            for &n in &order {
                if self.is_principal(n) == principal {
                    participants.push(Participant {
                        entity: EntityId(n),
                        principal,
                    });
                }
            }
        }
        participants
    }

    /// The kind of meeting: multilateral when the leaders meet as many sides (the principals'
    /// rank is a leader's at a meeting the text says many leaders attend, "EU leaders agreed
    /// …"); ministerial when ministers meet, however many sides, or the text says many
    /// ministers meet (a council of ministers its president opens); multilateral when
    /// officials of three countries or more meet (envoys' talks); else bilateral when leaders
    /// meet, ministerial when officials do.
    fn kind(&self, top: RoleClass, multilateral: bool) -> EventKind {
        let facts = &self.facts;
        if count_marked(&self.principal) == 0 {
            EventKind::Other
        } else if multilateral {
            EventKind::Multilateral
        } else if top == RoleClass::Minister
            || many_of(facts.doc, facts.meeting, RoleClass::Minister)
        {
            EventKind::Ministerial
        } else if owners_of(self.entities, &self.principal).len() >= 3 {
            EventKind::Multilateral
        } else if top != RoleClass::Leader {
            EventKind::Ministerial
        } else {
            EventKind::Bilateral
        }
    }

    /// Whether `e`'s title makes them a minister's deputy ("Deputy Foreign Minister", "the
    /// vice-foreign minister": the word, or the word a hyphen joins to the portfolio).
    fn junior(&self, e: &Entity) -> bool {
        let doc = self.facts.doc;
        e.role.is_some_and(|(r, _)| {
            let role = self.facts.role(r);
            (role.first..role.end).any(|k| {
                let word = doc.lower(k);
                let prefix = word.split('-').next().unwrap_or(word);
                doc.lex.is(Cat::JuniorTitle, prefix)
            })
        })
    }

    /// Whether a principal, or anyone the lead sentence names, is an envoy posted to a country
    /// and no principal meets above an official's rank `top` ("Ambassador X was received by
    /// Deputy Foreign Minister Y", "el embajador de Argelia fue recibido por la secretaria de
    /// Estado Y"): diplomatic business, no meeting of the sides' leaders or ministers.
    fn envoy_received(&self, top: RoleClass, lead: usize) -> bool {
        let doc = self.facts.doc;
        let envoy = |e: &Entity| {
            e.role.is_some_and(|(r, _)| {
                let role = self.facts.role(r);
                (role.first..role.end).any(|k| doc.is(k, Cat::ResidentEnvoy))
            })
        };
        let in_lead =
            |e: &Entity| (e.mentions.iter()).any(|&m| self.facts.mention_sentence(m) == lead);
        !matches!(top, RoleClass::Leader | RoleClass::Minister)
            && (0..self.entities.len()).any(|n| {
                let e = self.entity(n);
                (self.is_principal(n) || in_lead(e)) && envoy(e)
            })
    }

    /// Whether `e` is named in relation to another ("his counterpart", "her colleague").
    fn relational(&self, e: &Entity) -> bool {
        e.role.is_some_and(|(r, _)| self.facts.role(r).relational)
    }

    /// The rank entity `n` meets at: its own, a leader's for whoever stands in for one, an
    /// official's for a minister's deputy, or, named in relation to another ("his
    /// counterpart"), the `counterpart` rank; with no title, a peer's.
    fn rank(&self, n: usize, counterpart: RoleClass) -> RoleClass {
        let e = self.entity(n);
        if marked(&self.stands_in, n) {
            RoleClass::Leader
        } else if self.relational(e) {
            counterpart
        } else if e.class == Some(RoleClass::Minister) && self.junior(e) {
            RoleClass::Official
        } else {
            // A name with no title meets as a peer: a leader, or a minister among ministers
            // ("X was received by Treasury Secretary Y").
            e.class.unwrap_or(counterpart.min(RoleClass::Minister))
        }
    }
}

/// A summit of an organisation ("the 14th Arab League Summit", "an ECOWAS session"), not a
/// gathering the meeting is held beside ("met ahead of the G20 summit").
fn org_summit(doc: &Doc, meeting: &Meeting) -> bool {
    let gathering_org =
        |k: usize| is_org(doc, k) && !doc.any_phrase(k.saturating_sub(8)..k, Cat::WithinGathering);
    meeting.name.is_some_and(|(a, b)| (a..b).any(gathering_org))
        || meeting.sentences.iter().any(|&s| {
            // A meeting noun that names a gathering, not one that says how many sides meet
            // ("la agenda bilateral": the organisation named beside it is a topic).
            // An organisation where people arrive or are welcomed names the gathering too
            // ("were welcomed to the G-20", "llegaron a la cumbre del G20").
            let range = doc.sentence(s).range();
            range
                .clone()
                .any(|k| gathering_org(k) && reached(doc, meeting, k))
                || (range.clone().any(gathering_org)
                    && range.into_iter().any(|k| {
                        doc.is(k, Cat::MeetingNoun) && !doc.has_phrase(k, Cat::PluralSide)
                    }))
        })
}

/// Of two ranks, the higher (the lower class), either when the other is unknown.
fn higher_rank(a: Option<RoleClass>, b: Option<RoleClass>) -> Option<RoleClass> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

/// How many entities `mask` marks.
fn count_marked(mask: &[bool]) -> usize {
    let mut count = 0;
    for &marked in mask {
        count += usize::from(marked);
    }
    count
}

/// An official of an organisation below its head ("NATO Secretary-General X", "el secretario
/// general de la OTAN"): of no side unless met as one.
fn org_official(facts: &Facts, e: &Entity) -> bool {
    matches!(title_side(facts, e), Some(Owner::Organization(_)))
        && e.class.is_some_and(|c| c >= RoleClass::Official)
}

/// The side of `e`, or, before the countries are filled in, the owner its title's complement
/// names ("el secretario general de la ONU").
fn title_side(facts: &Facts, e: &Entity) -> Option<Owner> {
    let role = e.role.map(|(r, _)| facts.role(r));
    side(e).or(role.and_then(|r| r.owner.or(r.weak_owner)))
}

/// The country or organisation an entity represents.
fn side(e: &Entity) -> Option<Owner> {
    e.owner.map(|(o, _)| o)
}

/// A meeting has two sides: some clause reporting it names them. A meeting verb or noun with
/// the other side as its object ("met with X", "received the minister", "was hosted by X",
/// "talks between A and B", "a visit to China", "a summit of leaders"), sides named before a
/// meeting noun ("US-China talks", "bilateral talks"), a named gathering ("the G20 summit"),
/// or a subject of more than one side ("the two leaders met", "Xi and Biden held talks").
/// A press conference, a speech or a climb to a mountain's summit has none of these.
fn two_sided(facts: &Facts) -> bool {
    let doc = facts.doc;
    // A gathering of an organisation ("the 20th CIS summit"); a business "summit" or a
    // conference of no organisation needs its sides named.
    let named_gathering = facts
        .meeting
        .name
        .is_some_and(|(a, b)| (a..b).any(|k| is_org(doc, k)));
    named_gathering
        || facts.meeting.sentences.iter().any(|&s| {
            if facts.meeting.captions.contains(&s) {
                return false;
            }
            let sentence = doc.sentence(s);
            sentence.range().any(|k| {
                facts.meeting.about_meeting(k) && sides_of_trigger(facts, k, sentence.first)
            })
        })
}

/// How far after a meeting word its link to the other side may stand, past the verb's
/// complements of time and place ("met in Buenos Aires on Tuesday with …", "recibió el martes
/// en el Palacio de La Moneda a …"), in the same clause (not "after a cabinet meeting that he
/// would speak with …").
const LINK_REACH: usize = 16;

/// How far before a meeting word its subject may start ("A and B agreed on Thursday to deepen
/// cooperation on X and Y at a summit").
const SUBJECT_REACH: usize = 32;

/// Whether the meeting word at `k` has two sides in its clause (see [`two_sided`]).
fn sides_of_trigger(facts: &Facts, k: usize, sentence_first: usize) -> bool {
    let doc = facts.doc;
    if of_own_people(doc, k) {
        return false;
    }
    // "meeting" is a noun ("a cabinet meeting") but after an auxiliary ("is meeting") and
    // with no determiner before a person it takes as its object ("after meeting Chinese
    // President Xi").
    let person_object = !(k > 0 && doc.is(k - 1, Cat::Determiner))
        && (facts.people.mentions.iter()).any(|m| m.evidence_first == k + 1 || m.first == k + 1);
    let noun_form =
        doc.is(k, Cat::MeetingNoun) && !(k > 0 && doc.is(k - 1, Cat::Auxiliary)) && !person_object;
    let verb = doc
        .phrase_at(k, Cat::MeetingVerb)
        .or_else(|| doc.phrase_at(k, Cat::HostVerb))
        .filter(|_| !noun_form)
        .map(|(len, _)| k + len);
    let noun = doc
        .phrase_at(k, Cat::RemoteMeeting)
        .map(|(len, _)| k + len)
        .or_else(|| is_gathering_word(doc, k).then_some(k + 1))
        // "a joint declaration by A and B": a meeting's document names its authors.
        .or_else(|| {
            doc.phrase_at(k, Cat::OutcomeDocument)
                .map(|(len, _)| k + len)
        });
    if object_attends(facts, k, sentence_first) {
        return true;
    }
    // A person's reference the subject's reach cuts counts whole.
    let reach_first = k.saturating_sub(SUBJECT_REACH).max(sentence_first);
    let subject_first = (facts.people.mentions.iter())
        .filter(|m| m.evidence_first < reach_first && reach_first < m.evidence_end)
        .map(|m| m.evidence_first.max(sentence_first))
        .min()
        .unwrap_or(reach_first);
    // "Asistieron a la cumbre A, presidenta de Perú, y B, …": with no side before it, a verb
    // of meeting or attending has for its subject the list after it, appositions and all.
    let subject_after = |after: usize| {
        !(sentence_first..k).any(|j| side_at(facts, j))
            && listed_sides(facts, after, doc.sentence_at(k).end)
    };
    match (verb, noun) {
        // "received the minister", "met Xi", "Xi and Biden met", and the link put first
        // ("Con el presidente X se reunió Y"). A verb of attending has the gathering as its
        // object, never a side ("asistieron el ministro X": the minister is its subject).
        (Some(end), _) => {
            linked_side(facts, end)
                || agent_link(doc, k).is_some_and(|a| side_at(facts, a + 1))
                || (!doc.is(k, Cat::AttendVerb)
                    && side_at(facts, past_adjunct(facts, end).unwrap_or(end)))
                || plural_subject(facts, subject_first, k)
                || fronted_link(facts, sentence_first, k)
                || plural_subject(facts, end, subject_end(facts, end))
                || subject_after(end)
        }
        // "talks with Putin", "US-China talks", "bilateral talks", "Xi and Biden held a
        // summit" (not "the climbers reached the summit").
        (None, Some(end)) => {
            // "the two leaders held a virtual summit": a plural subject of a verb of holding.
            let held = (k.saturating_sub(4).max(sentence_first)..k)
                .find(|&j| doc.is(j, Cat::PastMeetingVerb) || doc.has_phrase(j, Cat::FutureMarker));
            linked_side(facts, end)
                || listed_after(facts, end)
                || plural_subject(facts, modifiers_first(doc, k, sentence_first), k)
                || joined_subject(facts, subject_first, k)
                || held.is_some_and(|verb| {
                    plural_subject(facts, subject_first, verb)
                        || plural_subject(facts, end, subject_end(facts, end))
                })
        }
        // "Xi and Biden attended", "the leaders took part", "attended by the leaders of …".
        // But "accompanied by the governor": companions are one side, no second. "A and B
        // inaugurated a bridge": a verb of acting together has its two sides for its subject.
        (None, None) => {
            let len = doc.phrase_len(k, Cat::Attendance);
            let companions = doc.has_phrase(k, Cat::MembershipVerb);
            let together = doc.has_phrase(k, Cat::JointVerb);
            (len > 0 || together)
                && (plural_subject(facts, subject_first, k)
                    || (!companions
                        && !together
                        && (linked_side(facts, k + len) || subject_after(k + len))))
        }
    }
}

/// "met with X", "met in Buenos Aires with X", "talks between A and B", "a visit to X": a link
/// after the meeting word ending at `end`, then the other side, in the same stretch of the
/// clause; "attended by:" and a list of the sides, one a line. A link to a known side only
/// ("of", "to") belongs to the meeting word until a place is named: after "in the airport",
/// "of X" names the airport's place, not a side ("una reunión en el Aeropuerto de Manzanillo";
/// but "recibirá en Lima a la presidenta").
fn linked_side(facts: &Facts, end: usize) -> bool {
    let doc = facts.doc;
    let mut placed = false;
    let mut j = end;
    while j < end + LINK_REACH {
        if let Some(after) = past_adjunct(facts, j) {
            j = after;
            continue;
        }
        // The stretch of the clause ends at a mark, a modal or a relative word.
        if doc.punct_or_end(j)
            || !facts.meeting.about_meeting(j)
            || doc.is(j, Cat::Modal)
            || doc.is(j, Cat::Relative)
        {
            return false;
        }
        let link = match doc.value(j, Cat::SideLink) {
            Some(1) => side_at(facts, j + 1) || proper_name_at(doc, j + 1) || doc.punct(j + 1, ':'),
            Some(_) => !(placed && doc.is(j, Cat::NameLink)) && side_at(facts, j + 1),
            None => false,
        };
        if link {
            return true;
        }
        placed |= doc.value_is(j, Cat::PlacePreposition, AT_PLACE);
        j += 1;
    }
    false
}

/// The most words of an adjunct set off by commas inside a clause.
const ADJUNCT_REACH: usize = 8;

/// "met, in Lima, with X", "se reunió este martes, tras su llegada a Lima, con X", "received,
/// at the palace, X": an adjunct of place, time or circumstance, naming no person, set off by
/// commas between a verb and its complement. Where one opens at the comma at `j`, the token
/// after its closing comma.
fn past_adjunct(facts: &Facts, j: usize) -> Option<usize> {
    let doc = facts.doc;
    if !doc.punct(j, ',') {
        return None;
    }
    let opens = j + 1;
    let of_place_or_time = doc.is_any_of(
        opens,
        &[
            Cat::PlacePreposition,
            Cat::CircumstanceOpener,
            Cat::IntervalLink,
            Cat::Weekday,
            Cat::RelativeDay,
        ],
    ) || (doc.is(opens, Cat::Determiner) && doc.is(opens + 1, Cat::Weekday));
    if !of_place_or_time {
        return None;
    }
    let close = (opens + 1..opens + ADJUNCT_REACH).find(|&c| doc.punct_or_end(c))?;
    let person = (facts.people.mentions.iter()).any(|m| (opens..close).contains(&m.first));
    (doc.punct(close, ',') && !person).then_some(close + 1)
}

/// "Present at the talks were A, President of Chile, and B, …", "the talks brought together A
/// (Chile) and B (Ecuador)", "a declaration by A and B": after the meeting noun ending at `end`,
/// a copula, a verb of membership or a link to a side opens a list of sides that runs, with
/// their appositions, to the end of the sentence.
fn listed_after(facts: &Facts, end: usize) -> bool {
    let doc = facts.doc;
    for j in end..end + LINK_REACH {
        if doc.punct_or_end(j) {
            return false;
        }
        let link = doc.is(j, Cat::Copula) || doc.value_is(j, Cat::SideLink, 1);
        let verb = doc
            .phrase_at(j, Cat::MembershipVerb)
            .map(|(len, _)| j + len);
        if let Some(list) = verb.or(link.then_some(j + 1)) {
            return side_at(facts, list) && listed_sides(facts, list, doc.sentence_at(list).end);
        }
    }
    false
}

/// Whether the words from `first` to `end` list people of two countries or more, joined ("A,
/// President of Chile, and B, President of Ecuador"): not one side's own ("también asistieron
/// el ministro de Defensa, A, y el candidato B").
fn listed_sides(facts: &Facts, first: usize, end: usize) -> bool {
    let mut last = None;
    joined_subject(facts, first, end)
        && facts.people.mentions.iter().any(|m| {
            let owner = m.owner.filter(|_| (first..end).contains(&m.first));
            owner.is_some() && last.replace(owner).is_some_and(|o| o != owner)
        })
}

/// The end of a subject put after its verb, from `first` ("se reunieron ayer en Lima el
/// presidente X y la presidenta Y", "held talks on Monday the two leaders"): the clause's next
/// punctuation, within twice a link's reach.
fn subject_end(facts: &Facts, first: usize) -> usize {
    (first..first + 2 * LINK_REACH)
        .find(|&j| facts.doc.punct_or_end(j) || !facts.meeting.about_meeting(j))
        .unwrap_or(first + 2 * LINK_REACH)
}

/// "With President X, Y met", "Con la presidenta X se reunió Y": a link to any side that opens
/// the clause of the meeting verb at `k`, then the side.
fn fronted_link(facts: &Facts, sentence_first: usize, k: usize) -> bool {
    let doc = facts.doc;
    let first = (sentence_first..k)
        .rev()
        .find(|&j| doc.punct_or_end(j))
        .map_or(sentence_first, |j| j + 1);
    first < k && doc.value_is(first, Cat::SideLink, 1) && side_at(facts, first + 1)
}

/// The value of `place_preposition` words that say where something is ("in", "at").
const AT_PLACE: i32 = 0;
/// The value of `place_preposition` words that say where someone goes ("to").
const TO_PLACE: i32 = 1;

/// "Tokayev thanked Japarov for coming to the talks", "Xi congratulated him on hosting the
/// summit", "Japarov was thanked by Tokayev for attending": the meeting verb at `k` is the
/// complement of a person verb whose object did what it says; the verb's subject (the agent
/// of a passive) and its object are the two sides.
fn object_attends(facts: &Facts, k: usize, sentence_first: usize) -> bool {
    let doc = facts.doc;
    let verb_form = !doc.is(k, Cat::MeetingNoun)
        && (doc.is(k, Cat::ArrivalVerb)
            || doc.has_phrase(k, Cat::Attendance)
            || doc.has_phrase(k, Cat::MeetingVerb));
    let Some(marker) = k.checked_sub(1).filter(|&j| {
        verb_form && j > sentence_first && doc.value_is(j, Cat::ComplementMarker, TOPIC_PREPOSITION)
    }) else {
        return false;
    };
    let Some(object) = side_ending_at(facts, marker, sentence_first) else {
        return false;
    };
    // Active: the person verb right before the object, or before its determiner.
    let object = if object > sentence_first && doc.is(object - 1, Cat::Determiner) {
        object - 1
    } else {
        object
    };
    let active = person_verb_ending_at(doc, object, sentence_first).is_some();
    // Passive: "<side> was thanked by <side>": the agent after a link, the subject before the
    // auxiliary.
    let passive = object > sentence_first
        && doc.value_is(object - 1, Cat::SideLink, 1)
        && person_verb_ending_at(doc, object - 1, sentence_first).is_some_and(|verb| {
            verb > sentence_first
                && doc.is(verb - 1, Cat::Auxiliary)
                && side_ending_at(facts, verb - 1, sentence_first).is_some()
        });
    active || passive
}

/// The first token of a person's mention or a pronoun that ends right before `end`.
fn side_ending_at(facts: &Facts, end: usize, sentence_first: usize) -> Option<usize> {
    let doc = facts.doc;
    let pronoun = end > sentence_first
        && doc.is_any_of(
            end - 1,
            &[Cat::PronounHe, Cat::PronounShe, Cat::PronounThey],
        );
    let mut first: Option<usize> = None;
    for m in &facts.people.mentions {
        if m.evidence_end == end || m.end == end {
            let start = m.evidence_first.min(m.first);
            first = Some(first.map_or(start, |f| f.min(start)));
        }
    }
    first.or(pronoun.then(|| end - 1))
}

/// The first token of a person verb ("thanked", "called on") that ends right before `end`.
fn person_verb_ending_at(doc: &Doc, end: usize, sentence_first: usize) -> Option<usize> {
    (end.saturating_sub(3).max(sentence_first)..end)
        .find(|&v| v + doc.phrase_len(v, Cat::PersonObjectVerb) == end)
}

/// A capitalised word that is no function word and no place: a name the gazetteers lack.
fn proper_name_at(doc: &Doc, j: usize) -> bool {
    let start = if doc.is(j, Cat::Determiner) { j + 1 } else { j };
    doc.token(start).is_capitalized()
        && !doc.is(start, Cat::Stop)
        && !doc
            .name(start)
            .is_some_and(|m| matches!(m.meaning, Meaning::City(_) | Meaning::Outlet(_)))
}

/// Whether the words from `first` to `end` name more than one side: a plural word ("both",
/// "leaders", "ministers"), or two sides joined ("Xi and Biden", "US-China").
fn plural_subject(facts: &Facts, first: usize, end: usize) -> bool {
    let doc = facts.doc;
    let plural = (first..end).any(|j| {
        doc.phrase_at(j, Cat::PluralSide)
            .is_some_and(|(_, v)| v != JOINER)
            || doc.is(j, Cat::LeaderGroup)
            || (doc
                .role_at(j)
                .is_some_and(|(_, class, plural)| plural && class != RoleClass::Bystander)
                // "his aides", "sus colaboradores": one side's own people.
                && !doc.is(j, Cat::OneSideBody))
    });
    plural || joined_subject(facts, first, end)
}

/// Whether the words from `first` to `end` join two sides ("Xi and Biden", "US-China").
fn joined_subject(facts: &Facts, first: usize, end: usize) -> bool {
    let mut previous_side = None;
    for j in first..end {
        if !side_at(facts, j) {
            continue;
        }
        if previous_side.is_some_and(|p| (p..j).any(|k| joins(facts.doc, k))) {
            return true;
        }
        previous_side = Some(j);
    }
    false
}

/// The person right before the words that make mention `m` represented: the subject of
/// "X represented Y", "X, standing in for Y".
fn representative(facts: &Facts, entities: &[Entity], m: usize) -> Option<usize> {
    let first = facts.mention(m).evidence_first;
    let sentence = facts.doc.sentence(facts.mention(m).sentence);
    let phrase = (first.saturating_sub(3).max(sentence.first)..first)
        .find(|&j| facts.doc.has_phrase(j, Cat::StandIn))?;
    // The last mention of the sentence that ends at most two words before the phrase.
    let mut subject = None;
    for (i, p) in facts.people.mentions.iter().enumerate() {
        if p.sentence == facts.mention(m).sentence
            && p.evidence_end <= phrase
            && phrase - p.evidence_end <= 2
        {
            subject = Some(i);
        }
    }
    let subject = subject?;
    entities.iter().position(|e| e.mentions.contains(&subject))
}

/// "Xi and Biden", "US-China", "Russia/Ukraine": a word or mark joining two sides.
fn joins(doc: &Doc, j: usize) -> bool {
    doc.phrase_at(j, Cat::PluralSide)
        .is_some_and(|(_, v)| v == JOINER)
        || doc.token(j).is_any(&['-', '–', '/'])
}

/// The first word of the modifiers of the noun at `k`: back over names, dashes, possessives,
/// plural words and conjunctions, to the determiner ("the US-China talks", "the two leaders'
/// summit").
fn modifiers_first(doc: &Doc, k: usize, sentence_first: usize) -> usize {
    let mut first = k;
    while first > sentence_first {
        let j = first - 1;
        let t = &doc.token(j);
        let modifier = t.is_capitalized()
            || t.kind == crate::text::tokens::Kind::Possessive
            || t.is_any(&['-', '–', '/'])
            || joins(doc, j)
            || doc.has_phrase(j, Cat::PluralSide)
            || doc.is(j, Cat::LeaderGroup)
            || doc.role_at(j).is_some();
        if !modifier {
            break;
        }
        first = j;
    }
    first
}

/// Whether a side starts at `j`, after a determiner: a person, a title, a country or an
/// organisation, a pronoun, a delegation ("the Russian side").
fn side_at(facts: &Facts, j: usize) -> bool {
    let doc = facts.doc;
    // "the leaders", "five heads of state", "the four prime ministers".
    let mut start = j;
    while start < j + 2 && (doc.is(start, Cat::Determiner) || doc.is_count(start)) {
        start += 1;
    }
    [j, start].iter().any(|&j| {
        facts
            .people
            .mentions
            .iter()
            .any(|m| m.evidence_first == j || m.first == j)
            // A title, but no bystander's ("a summit of businessmen", "cumbre de empresarios").
            || facts
                .people
                .roles
                .iter()
                .any(|r| r.first == j && r.class != RoleClass::Bystander)
            || doc
                .name(j)
                .is_some_and(|m| m.first == j && Owner::of(m.meaning).is_some())
            || doc
                .phrase_at(j, Cat::PluralSide)
                .is_some_and(|(_, v)| v != JOINER)
            || doc
                .role_at(j)
                .is_some_and(|(_, class, _)| class != RoleClass::Bystander)
            || doc.is_any_of(
                j,
                &[
                    Cat::LeaderGroup,
                    Cat::SideNoun,
                    Cat::DelegationNoun,
                    Cat::PronounHe,
                    Cat::PronounShe,
                ],
            )
    })
}

/// How far before a group of holders a word of accompanying may stand ("accompanied by some
/// ten ministers").
const COMPANION_COUNT_REACH: usize = 4;

/// "attended by eight out of 11 leaders", "38 leaders of member states", "a gathering of
/// the leaders of France, United States, United Kingdom, …", "four Nordic prime ministers",
/// "the presidents of the Mercosur bloc", "NATO leaders": the text says many leaders meet;
/// with `class` a minister's, many ministers ("energy ministers from 12 countries", "the
/// Council of Ministers of the AU").
fn many_of(doc: &Doc, meeting: &Meeting, class: RoleClass) -> bool {
    meeting.sentences.iter().any(|&s| {
        doc.sentence(s).range().any(|k| {
            // Not past holders: "former presidents of the African Union"; nor the leaders of
            // one's own people ("50 student leaders", "religious leaders").
            let no_sides = k > 0
                && (doc.value_is(k - 1, Cat::RoleModifier, FORMER) || own_people_word(doc, k - 1));
            // Nor those who come with a side: "accompanied by ten ministers", "acompañado de
            // once ministros" (read only for a group of holders).
            let companions = || {
                (k.saturating_sub(COMPANION_COUNT_REACH)..k)
                    .any(|j| doc.has_phrase(j, Cat::CompanionWord))
            };
            // The group's words end at `end`: "los ministros de Energía de nueve países".
            let end = match doc.role_at(k) {
                Some((len, of, true)) if of == class => k + len,
                _ if class == RoleClass::Leader && doc.is(k, Cat::LeaderGroup) => k + 1,
                _ => return false,
            };
            // "the presidents of the Mercosur bloc", "NATO leaders"
            let of_a_group = (doc.is(end, Cat::SideLink)
                && (end + 1..end + 5).any(|j| is_org(doc, j)))
                || (k > 0 && is_org(doc, k - 1));
            // "eight out of 11 leaders", "four Nordic prime ministers", "leaders from 15
            // nations", "los ministros de Energía de nueve países".
            let count_at = |j: usize| {
                let Some(t) = doc.tokens.get(j) else {
                    return false;
                };
                let n = if t.kind == crate::text::tokens::Kind::Number {
                    crate::text::calendar::digits_value(&t.text).and_then(|n| i32::try_from(n).ok())
                } else {
                    // "a", "an" count one: below any group.
                    doc.lex.value(Cat::Number, &t.lower)
                };
                n.is_some_and(|n| n >= 3)
            };
            // After the group, the count follows its complement's link, or the link and a
            // determiner ("from the 12 members").
            let linked = |j: usize| {
                doc.is(j - 1, Cat::TitleComplement)
                    || (doc.is(j - 2, Cat::TitleComplement) && doc.is(j - 1, Cat::Stop))
            };
            // A count of time after the group measures the talks: "the leaders met for 30
            // minutes", "conversaron durante 40 minutos".
            let counts_members =
                |j: usize| count_at(j) && !doc.is_any_of(j + 1, &[Cat::TimeUnit, Cat::YearSpan]);
            let counted = (k.saturating_sub(3)..k).any(count_at)
                || (end + 1..end + 5).any(|j| linked(j) && counts_members(j));
            let listed = doc.is(end, Cat::NameLink)
                && crate::stages::countries::listed(doc, end + 1).len() >= 3;
            !no_sides && (counted || listed || of_a_group) && !companions()
        })
    })
}

/// "The two leaders met", "los dos mandatarios han mantenido un diálogo": a meeting clause
/// says two leaders meet.
fn two_leaders(doc: &Doc, meeting: &Meeting) -> bool {
    meeting.sentences.iter().any(|&s| {
        doc.sentence(s).range().any(|k| {
            meeting.about_meeting(k)
                && doc.value_is(k, Cat::Number, 2)
                && (doc.is(k + 1, Cat::LeaderGroup)
                    || doc
                        .role_at(k + 1)
                        .is_some_and(|(_, class, plural)| plural && class == RoleClass::Leader))
        })
    })
}

/// The value of `role_modifier` words that mark a past holder ("former").
const FORMER: i32 = 1;

/// The two sides of talks as the text names them after a meeting noun: "negotiations between
/// the Afghan government and the Taliban", "talks between Russia and Ukraine". Empty unless the
/// words after "between" (to the end of the clause) name exactly two countries or organisations.
fn sides_between(doc: &Doc, meeting: &Meeting, lead: usize) -> Vec<Owner> {
    // Where the talks are first reported, up to the lead sentence: later ones may recall
    // others ("the meeting follows talks between A and B held last year").
    for &s in &meeting.sentences {
        if s > lead {
            break;
        }
        let sentence = doc.sentence(s);
        for k in sentence.range() {
            let after_meeting_noun =
                doc.any_is(k.saturating_sub(2).max(sentence.first)..k, Cat::MeetingNoun);
            if !doc.is(k, Cat::PairPreposition) || !after_meeting_noun {
                continue;
            }
            // The first side, "and", the second side: what follows is no side ("… began in
            // Doha").
            let mut owners = Vec::new();
            let mut joined = false;
            let mut j = k + 1;
            while j < sentence.end && j < k + 12 && owners.len() < 2 {
                if doc.token(j).is_any(&[',', ';', ':', '(']) {
                    break;
                }
                joined |= !owners.is_empty() && doc.is(j, Cat::CopulativeConjunction);
                let Some(m) = doc.name_starting(j) else {
                    j += 1;
                    continue;
                };
                if let Some(owner) = Owner::of(m.meaning)
                    && !owners.contains(&owner)
                    && (owners.is_empty() || joined)
                {
                    owners.push(owner);
                }
                j = m.end;
            }
            if owners.len() == 2 {
                return owners;
            }
        }
    }
    Vec::new()
}

/// The distinct countries or organisations of the entities `chosen` marks.
fn owners_of(entities: &[Entity], chosen: &[bool]) -> Vec<Owner> {
    let mut owners: Vec<Owner> = Vec::new();
    for (e, &chosen) in entities.iter().zip(chosen) {
        if chosen
            && let Some((o, _)) = e.owner
            && !owners.contains(&o)
        {
            owners.push(o);
        }
    }
    owners
}

/// Whether token `k` names an organisation.
/// The name at `k` follows a preposition of arrival (and perhaps an article) in a meeting
/// clause: "welcomed to the G-20", "arrived at ASEAN".
fn reached(doc: &Doc, meeting: &Meeting, k: usize) -> bool {
    let article = k > 0 && doc.is(k - 1, Cat::DefiniteArticle);
    let at = k.saturating_sub(1 + article as usize);
    at > 0 && meeting.about_meeting(k) && doc.is(at, Cat::ArrivalPreposition)
}

fn is_org(doc: &Doc, k: usize) -> bool {
    doc.name(k)
        .is_some_and(|m| matches!(m.meaning, Meaning::Organization(_)))
}

/// A person who can take part: not a past holder of the office, not a bystander, not one
/// who stayed away.
fn eligible(facts: &Facts, e: &Entity) -> bool {
    if e.former
        || e.class == Some(RoleClass::Bystander)
        || e.mentions.iter().any(|&m| facts.stays_away(m))
    {
        return false;
    }
    // People known only by role take part as listed members of a delegation, or as a side
    // named by its title ("the French president met the German chancellor").
    if e.name.is_none() {
        return leader_by_title(e)
            || host_by_title(facts, e)
            || minister_met_by_title(facts, e)
            || e.mentions
                .iter()
                .any(|&m| facts.delegation_sentence(facts.mention_sentence(m)));
    }
    if names_nobody(facts, e) {
        return false;
    }
    // "NATO Leaders Meet With Zelenskyy": a capitalised word of a headline that English uses
    // as a meeting word or a function word names nobody.
    let lex = facts.doc.lex;
    !e.name.as_deref().is_some_and(|name| {
        name.split_whitespace().all(|w| {
            let w = crate::text::case::lower_str(w);
            [Cat::MeetingVerb, Cat::MeetingNoun, Cat::Stop]
                .iter()
                .any(|&c| lex.is(c, &w))
        })
    })
}

/// A capitalised word before a plural of leaders qualifies them, and one right before a title
/// and the name it gives ("Apple chief executive Tim Cook") names the title's body: an entity
/// with no title known only so names nobody.
fn names_nobody(facts: &Facts, e: &Entity) -> bool {
    e.class.is_none()
        && e.mentions
            .iter()
            .all(|&m| qualifies_group(facts, m) || qualifies_title(facts, m))
}

/// "business and faith leaders", "(AAPI) Business and Faith Leaders": mention `m` is a
/// capitalised word that qualifies a plural of leaders after it.
fn qualifies_group(facts: &Facts, m: usize) -> bool {
    let doc = facts.doc;
    let mention = facts.mention(m);
    let end = mention.end.max(mention.evidence_end);
    for j in end..end + 5 {
        let Some(t) = doc.tokens.get(j) else {
            return false;
        };
        if doc.is(j, Cat::LeaderGroup) || doc.role_at(j).is_some_and(|(_, _, plural)| plural) {
            return true;
        }
        // "Lula and other leaders" names a person beside a group.
        let beside = doc.is(j, Cat::Determiner) || doc.is(j, Cat::VagueQualifier);
        if (t.kind == crate::text::tokens::Kind::Punct && !t.is_any(&['(', ')'])) || beside {
            return false;
        }
    }
    false
}

/// "Apple chief executive Tim Cook", "Siemens CEO Ana Ruiz", "Breton First Minister X":
/// mention `m` is one capitalised word right before a title and the name the title gives.
fn qualifies_title(facts: &Facts, m: usize) -> bool {
    let doc = facts.doc;
    let mention = facts.mention(m);
    // Over the title's modifiers, when they open no title themselves: "Breton First Minister
    // X" (but "chief executive").
    let mut head = mention.end;
    while doc.role_at(head).is_none() && doc.is(head, Cat::RoleModifier) {
        head += 1;
    }
    mention.end == mention.first + 1
        && doc
            .role_at(head)
            .is_some_and(|(len, ..)| doc.token(head + len).is_capitalized())
}

/// A leader known only by the title of a country's office ("the French president", "the
/// Prime Minister of India"), or an organisation's head or envoy by the title it gives ("the
/// NATO Secretary General", "the President of the European Commission", "the UN envoy"): a
/// side of the meeting, though unnamed.
fn leader_by_title(e: &Entity) -> bool {
    side_by_title(e, RoleClass::Leader)
        || (e.name.is_none()
            && matches!(e.class, Some(RoleClass::Leader | RoleClass::Official))
            && matches!(
                e.owner,
                Some((
                    Owner::Organization(_),
                    Certainty::Stated | Certainty::Description
                ))
            ))
}

/// "El presidente del Gobierno recibió al presidente de Colombia": a leader known only by a
/// title of no stated country who receives the others is the host's side (the host country
/// is theirs).
fn host_by_title(facts: &Facts, e: &Entity) -> bool {
    e.name.is_none()
        && e.owner.is_none()
        && e.class == Some(RoleClass::Leader)
        && e.role.is_some_and(|(r, _)| !facts.role(r).relational)
        && receives(facts, e)
}

/// "La ministra alemana, X, y el canciller mexicano se reunieron", "Foreign Minister X met
/// the Mexican foreign minister": a minister known only by the title of a country's office,
/// joined by a conjunction or a verb of meeting to a named minister of another country in a
/// clause about the meeting, is the other side.
fn minister_met_by_title(facts: &Facts, e: &Entity) -> bool {
    if !side_by_title(e, RoleClass::Minister) {
        return false;
    }
    let doc = facts.doc;
    let own = e.owner.map(|(o, _)| o);
    e.mentions.iter().any(|&m| {
        let mention = facts.mention(m);
        facts.meeting.about_meeting(mention.first)
            && (0..facts.people.mentions.len()).any(|q| {
                let other = facts.mention(q);
                let conjoined = other.evidence_end < mention.first
                    && mention.first - other.evidence_end <= 2
                    && doc.any_is(
                        other.evidence_end..mention.first,
                        Cat::CopulativeConjunction,
                    );
                q != m
                    && other.name.is_some()
                    && other.owner.is_some_and(|o| Some(o) != own)
                    && other
                        .role
                        .is_some_and(|r| facts.role(r).class == RoleClass::Minister)
                    && (conjoined || facts.joined_by_verb(m, q, true))
            })
    })
}

/// Someone of rank `class` known only by the title of a country's office.
fn side_by_title(e: &Entity, class: RoleClass) -> bool {
    e.name.is_none()
        && e.class == Some(class)
        && matches!(
            e.owner,
            Some((
                Owner::Country(_),
                Certainty::Stated | Certainty::Description
            ))
        )
}

/// Whether the entity receives the others: the subject of "received", "hosted", "welcomed",
/// or called the host ("the host President Emil Lahoud").
fn receives(facts: &Facts, e: &Entity) -> bool {
    let doc = facts.doc;
    e.mentions.iter().any(|&m| {
        let mention = facts.mention(m);
        let first = mention.evidence_first;
        // "the host of the summit, President X", "el anfitrión de la cita, el presidente X".
        let apposed = first >= 2
            && doc.punct(first - 1, ',')
            && behind_in_clause(doc, first - 1, HOST_REACH - 1, Cat::HostTitle, false);
        if apposed {
            return true;
        }
        // "the host President X", "la presidenta anfitriona X".
        if doc.any_is(
            first.saturating_sub(2)..mention.first.max(first),
            Cat::HostTitle,
        ) {
            return true;
        }
        // "X received Y", but not "X was received (on Monday) by Y", whose agent receives
        // (after an auxiliary: a caption's "X welcomed by Y" may be a relative clause).
        let end = mention.evidence_end;
        // Its object (up to "of" or "from") a side or a visit: "received the guests", "recibió
        // esta tarde la visita del presidente", not "received the all-clear from his doctors".
        let active = (end..end + 3)
            .any(|k| doc.is(k, Cat::HostVerb) && !passive(doc, k) && hosts_someone(facts, k));
        let determiner = usize::from(first >= 1 && doc.is(first - 1, Cat::Determiner));
        let agent = first.checked_sub(1 + determiner).is_some_and(|a| {
            (a.saturating_sub(AGENT_REACH)..a)
                .any(|k| doc.is(k, Cat::HostVerb) && agent_link(doc, k) == Some(a))
        });
        active || agent
    })
}

/// Whether the object of the verb of hosting at `k`, up to "of" or "from", is a side (not one
/// where something is) or a meeting: "received the guests", "recibió esta tarde la visita del
/// presidente".
fn hosts_someone(facts: &Facts, k: usize) -> bool {
    let doc = facts.doc;
    for j in k + 1..k + 1 + HOST_REACH {
        if doc.punct_or_end(j) || doc.is(j, Cat::GenitiveLink) || doc.is(j, Cat::OriginLink) {
            return false;
        }
        if (side_at(facts, j) && !doc.value_is(j - 1, Cat::PlacePreposition, AT_PLACE))
            || doc.is(j, Cat::MeetingNoun)
        {
            return true;
        }
    }
    false
}

/// Whether a word of class `cat` stands in the `reach` words before token `end`, back to a
/// mark (with `commas`, back over commas): in the same stretch of the clause.
fn behind_in_clause(doc: &Doc, end: usize, reach: usize, cat: Cat, commas: bool) -> bool {
    let mut k = end;
    while k > end.saturating_sub(reach) {
        k -= 1;
        if doc.punct_or_end(k) && !(commas && doc.punct(k, ',')) {
            return false;
        }
        if doc.is(k, cat) {
            return true;
        }
    }
    false
}

/// How far before a comma and the host a host title may stand ("the host of the summit, X").
const HOST_REACH: usize = 6;

/// How far after a passive verb its agent may stand, after the verb's complements of place
/// and time, a place's apposition too ("was welcomed to the White House on Thursday by", "fue
/// recibido el jueves en el Palacio de La Moneda, en Santiago, por").
const AGENT_REACH: usize = 14;

/// The verb at `k` is a passive: an auxiliary before it, the agent's preposition after it in
/// the same stretch of the clause ("was received by", "fue recibida el lunes por").
fn passive(doc: &Doc, k: usize) -> bool {
    agent_link(doc, k).is_some()
}

/// The agent's preposition of the passive verb at `k`: after an auxiliary, the first in the
/// clause, past the verb's complements and their commas ("was welcomed at the Elysee in Paris
/// on Monday by", "was received at La Moneda, in Santiago, by").
fn agent_link(doc: &Doc, k: usize) -> Option<usize> {
    if k == 0 || !doc.is(k - 1, Cat::Auxiliary) {
        return None;
    }
    for j in k + 1..k + 1 + AGENT_REACH {
        if doc.punct_or_end(j) && !doc.punct(j, ',') {
            break;
        }
        if doc.is(j, Cat::PassiveAgent) {
            return Some(j);
        }
    }
    None
}

/// The host country: the country of the place of the meeting, when a principal is from it or
/// receives the others there.
fn host(facts: &Facts, entities: &[Entity], principal: &[bool]) -> Option<u16> {
    let a_receiver = entities
        .iter()
        .enumerate()
        .any(|(n, e)| marked(principal, n) && receives(facts, e));
    let place = meeting_place(facts, a_receiver)?;
    let someone_from_there = entities
        .iter()
        .enumerate()
        .any(|(n, e)| marked(principal, n) && e.country() == Some(place));
    (someone_from_there || a_receiver).then_some(place)
}

/// The country of the place of the meeting, as the sentences reporting it name it first: a
/// country's mission before any city ("at the Embassy of Pakistan, Washington" is Pakistan's
/// ground); with `by_name`, a country named where something is or where someone travels, too
/// alone ("received Obama at the Vatican", "recibió al presidente X, de visita oficial en
/// España", but not "visitó Portugal y Noruega, donde fue recibido por …", nor "agreed on an exercise to be held in Japan" without a receiver).
fn meeting_place(facts: &Facts, by_name: bool) -> Option<u16> {
    let doc = facts.doc;
    let sentences = &facts.meeting.sentences;
    let mission = sentences.iter().find_map(|&s| {
        (doc.sentence(s).range())
            .filter(|&k| place_preposition(doc, k) == Some(AT_PLACE))
            .find_map(|k| mission_of(doc, k))
    });
    if mission.is_some() {
        return mission;
    }
    // Seats and capitals named in meeting sentences ("received at Casa Rosada"), and countries
    // named where something is ("received Obama at the Vatican"); not a word of a person's
    // name ("President Ana Lima").
    let in_a_name = |k: usize| {
        (facts.people.mentions.iter()).any(|m| m.name.is_some() && (m.first..m.end).contains(&k))
    };
    facts.meeting.sentences.iter().find_map(|&s| {
        doc.sentence(s).range().find_map(|k| {
            if in_a_name(k) {
                return None;
            }
            doc.name_starting(k).and_then(|m| match m.meaning {
                Meaning::Country(c, CountryForm::Seat) => Some(doc.seat_country(m, c)),
                Meaning::Country(c, CountryForm::Capital) => Some(c),
                Meaning::Country(c, CountryForm::Name)
                    if by_name
                        && (place_preposition(doc, k) == Some(AT_PLACE)
                            || travelled_to(doc, k) && !in_list(doc, k, m.end)) =>
                {
                    Some(c)
                }
                meaning => doc.city_country(meaning),
            })
        })
    })
}

/// "Ethiopian Foreign Minister X and Water Minister Y", "el canciller etíope, X, y el ministro
/// de Agua, Y": a title below a leader's with no owner of its own, joined by "and" right
/// after a person whose title gives a country, is of that country too (a leader's is not:
/// "Chinese President X and President Y" are two sides; nor a principal's that would leave
/// the meeting one side: "US Trade Representative X and Commerce Minister Y held talks").
fn coordinated_owners(facts: &Facts, entities: &mut [Entity], principal: &[bool]) {
    let doc = facts.doc;
    for n in 0..entities.len() {
        let e = &entities[n];
        if e.owner.is_some() || e.class.is_none_or(|c| c == RoleClass::Leader) {
            continue;
        }
        let owner = e.mentions.iter().find_map(|&m| {
            let mention = facts.mention(m);
            let and = mention.evidence_first.checked_sub(1)?;
            if mention.role.is_none()
                || mention.owner.is_some()
                || !doc.is(and, Cat::CopulativeConjunction)
            {
                return None;
            }
            let before = and - usize::from(and > 0 && doc.punct(and - 1, ','));
            facts
                .people
                .mentions
                .iter()
                .find(|p| p.evidence_end == before && p.sentence == mention.sentence)
                .and_then(|p| p.owner)
                .filter(|o| matches!(o, Owner::Country(_)))
        });
        let one_side = |owner: Owner| {
            marked(principal, n)
                && entities.iter().enumerate().all(|(o, other)| {
                    o == n || !marked(principal, o) || other.owner.is_none_or(|(c, _)| c == owner)
                })
        };
        if let Some(owner) = owner.filter(|&o| !one_side(o)) {
            give_owner(entities, n, owner, Certainty::Context);
        }
    }
}

/// In a meeting of two sides, a principal still without a country takes one the article
/// names as a people or a state and no other principal represents, the most named first;
/// a president or prime minister named without a country under a capital's dateline
/// ("WASHINGTON: President Donald Trump …") takes the dateline's country first. These are
/// guesses, and the report says so. At a multilateral meeting nobody is guessed.
fn fill_principal_countries(facts: &Facts, entities: &mut [Entity], principal: &[bool]) {
    let mut missing: Vec<usize> = Vec::new();
    let mut taken: Vec<u16> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if !marked(principal, n) {
            continue;
        }
        // (Not the head of a body the tables do not know: "FIFA President X" is of no country.)
        if e.owner.is_none()
            && !e
                .role
                .is_some_and(|(r, _)| of_unknown_body(facts, facts.role(r)))
        {
            missing.push(n);
        }
        if let Some(c) = e.country() {
            taken.push(c);
        }
    }
    let count = count_marked(principal);
    if missing.is_empty() {
        return;
    }
    // The sides the text names as countries ("talks between Russia and China", "the
    // Chinese side", "at the Embassy of Pakistan"), other than the principals'.
    let mut sides = crate::stages::countries::sides(facts.doc, facts.meeting);
    let participating =
        crate::stages::countries::participating(facts.doc, facts.meeting, count > 2);
    add_new(&mut sides, &participating);
    leave_out(&mut sides, &taken);
    // The dateline yields to them when one principal is missing: "WASHINGTON: … called on
    // Prime Minister X at the Embassy of Pakistan" names no American.
    let home = facts.doc.dateline.and_then(|d| d.country);
    let yields =
        missing.len() == 1 && home.is_some_and(|h| !sides.is_empty() && !sides.contains(&h));
    if count <= 2 && !yields {
        dateline_leader(facts, entities, &mut missing, &mut taken);
        leave_out(&mut sides, &taken);
    }
    // With no side known, which country is whose would be a coin toss.
    let [lone] = missing[..] else {
        return;
    };
    if count == 1 {
        return;
    }
    // The one side no principal represents is the missing principal's, at a meeting of any
    // size ("a summit of the GCC, which comprises …").
    if let [c] = sides[..] {
        give_owner(entities, lone, Owner::Country(c), Certainty::Context);
        return;
    }
    if count > 2 || taken.is_empty() {
        return;
    }
    let reporting = reporting_governments(facts, &taken);
    let guess = match (&sides[..], &reporting[..]) {
        ([], [c]) => Some(*c),
        _ => most_named(facts, &taken),
    };
    if let Some(c) = guess {
        give_owner(entities, lone, Owner::Country(c), Certainty::Guess);
    }
}

/// Leaves out of `sides` the countries of `taken`: one instance of the retaining code.
fn leave_out(sides: &mut Vec<u16>, taken: &[u16]) {
    sides.retain(|c| !taken.contains(c));
}

/// The first national leader of the `missing` principals takes the dateline's country when
/// no principal has it ("WASHINGTON: President Donald Trump …"): a guess. Not a leader who
/// travels there ("Holm began a visit to Kenya"): that is the guest.
fn dateline_leader(
    facts: &Facts,
    entities: &mut [Entity],
    missing: &mut Vec<usize>,
    taken: &mut Vec<u16>,
) {
    let Some(home) = facts.doc.dateline.and_then(|d| d.country) else {
        return;
    };
    // The guests: the person named last before the dateline's country as a destination, in
    // its sentence ("Holm, on his first trip to Kenya").
    let mut guests: Vec<usize> = Vec::new();
    for m in &facts.doc.names {
        if let Meaning::Country(c, CountryForm::Name | CountryForm::Adjective | CountryForm::Seat) =
            m.meaning
            && c == home
        {
            let first = facts.doc.sentence_at(m.first).first;
            let mut guest = None;
            for (p, person) in facts.people.mentions.iter().enumerate() {
                if person.first >= first && person.end <= m.first {
                    guest = Some(p);
                }
            }
            if let Some(p) = guest.filter(|_| travelled_to(facts.doc, m.first)) {
                guests.push(p);
            }
        }
    }
    let national_leader = |n: &usize| {
        let e = entity_of(entities, *n);
        !e.mentions.iter().any(|m| guests.contains(m))
            && e.role.is_some_and(|(r, _)| {
                facts.role(r).class == RoleClass::Leader && !facts.role(r).relational
            })
    };
    if !taken.contains(&home)
        && let Some(pos) = missing.iter().position(national_leader)
    {
        let n = missing.remove(pos);
        give_owner(entities, n, Owner::Country(home), Certainty::Guess);
        taken.push(home);
    }
}

/// "FIFA President X", "President of FIFA Y", "el presidente de la FIFA, Z": a title right
/// after an acronym that names nothing the tables know, in its line, or with one for its
/// complement, is that body's, a body of no country the article gives.
fn of_unknown_body(facts: &Facts, role: &Role) -> bool {
    let doc = facts.doc;
    let acronym = |j: usize| {
        let t = doc.token(j);
        t.is_all_caps()
            && t.text.len() > 1
            && !doc.shouted(j)
            && doc.name(j).is_none()
            && !doc.is_any_of(j, &[Cat::Stop, Cat::Courtesy, Cat::RoleModifier])
    };
    let before = role.first.checked_sub(1).is_some_and(|j| {
        acronym(j) && !doc.token(role.first).line_before && !doc.opens_sentence(j)
    });
    let complement = (role.first..role.end).any(|j| {
        doc.is(j, Cat::GenitiveLink) && acronym(j + 1 + usize::from(doc.is(j + 1, Cat::Determiner)))
    });
    before || complement
}

/// "Seoul's foreign ministry said", "the Kremlin said": the governments other than `taken`
/// that report the meeting, each a side whose own people the report may name without a
/// country. Not a country named inside a person's name, nor one a name follows closely.
fn reporting_governments(facts: &Facts, taken: &[u16]) -> Vec<u16> {
    let doc = facts.doc;
    let mut reporting: Vec<u16> = Vec::new();
    for m in &doc.names {
        let Some(c) = m.country().filter(|c| !taken.contains(c)) else {
            continue;
        };
        if reports(facts, m) {
            add_new(&mut reporting, &[c]);
        }
    }
    reporting
}

/// Whether the country or seat `m` names a government that reports ("Seoul's foreign ministry
/// said", "the White House said"): not one inside a person's name, nor one a name follows
/// closely.
fn reports(facts: &Facts, m: &NameMention) -> bool {
    let doc = facts.doc;
    let in_person = (facts.people.mentions.iter())
        .any(|p| p.name.is_some() && (p.first..p.end).contains(&m.first));
    !in_person
        && doc.any_is(m.end..m.end + REPORTER_REACH, Cat::ReportingVerb)
        && !(m.end..m.end + REPORTER_REACH).any(|j| doc.name(j).is_some())
}

/// How many words before a noun a phrase over it may start ("contó con la presencia de").
const PHRASE_REACH: usize = 4;

/// How far before a country a word of travel makes it a destination ("a European tour that
/// included the Kingdom of Denmark").
const TRAVEL_REACH: usize = 8;

/// A country named as a place someone is or goes to ("met in Osaka in Japan", "visits to
/// Norway", "a tour that included Denmark"): no side's own country.
fn destination(doc: &Doc, first: usize) -> bool {
    place_preposition(doc, first).is_some_and(|v| v == AT_PLACE || v == TO_PLACE)
        || travelled_to(doc, first)
}

/// Whether the name at `first..end` is one item of a list of names ("visitó Portugal y
/// Noruega"; not "visited Spain, on Tuesday").
fn in_list(doc: &Doc, first: usize, end: usize) -> bool {
    use crate::stages::lists::list_mark;
    (list_mark(doc, end) && doc.name(end + 1).is_some())
        || first
            .checked_sub(1)
            .is_some_and(|p| list_mark(doc, p) && doc.name_ending(p).is_some())
}

/// Whether a word of travel shortly before the place at token `first` makes it where someone
/// travels ("a visit to Norway", "a tour that included Denmark").
fn travelled_to(doc: &Doc, first: usize) -> bool {
    behind_in_clause(doc, first, TRAVEL_REACH, Cat::TravelWord, true)
}

/// How far after a verb of discussing a country may stand as one of its topics ("discussed
/// trade, energy and Ukraine").
const TOPIC_REACH: usize = 8;

/// A country named as a topic of the talks, not a side ("discussed Ukraine", "talks on
/// Ukraine", "their views about Ukraine"): its name as the head of a phrase (not "talks on
/// North Korea's nuclear program", whose owner may sit at the table) after a verb of
/// discussing in its clause, or right after a topic's preposition.
fn talked_about(doc: &Doc, m: &NameMention) -> bool {
    let first = m.first;
    let determiner = usize::from(first >= 2 && doc.is(first - 1, Cat::Determiner));
    matches!(m.meaning, Meaning::Country(_, CountryForm::Name))
        && !doc.is_possessive(m.end)
        && (first
            .checked_sub(1 + determiner)
            .is_some_and(|j| doc.value_is(j, Cat::ComplementMarker, TOPIC_PREPOSITION))
            || behind_in_clause(doc, first, TOPIC_REACH, Cat::AgendaCue, true))
}

/// The state or people the article names most (then first), outside people's names ("Joseph
/// Muscat" names no Oman) and other than `taken`: a last guess, which the report flags.
fn most_named(facts: &Facts, taken: &[u16]) -> Option<u16> {
    let doc = facts.doc;
    let mut in_name = vec![false; doc.tokens.len()];
    for m in facts.people.mentions.iter().filter(|m| m.name.is_some()) {
        if let Some(span) = in_name.get_mut(m.first..m.end) {
            span.fill(true);
        }
    }
    // (country, weight) in order of first naming; an article names a handful of countries,
    // and the table has some 200, so a list searched in order is enough.
    let mut ranked: Vec<(u16, usize)> = Vec::new();
    for m in &doc.names {
        // A seat of government reporting ("the White House said") is a government at the
        // table: it weighs double.
        let weight = match m.meaning {
            Meaning::Country(_, CountryForm::Name | CountryForm::Adjective) => 1,
            Meaning::Country(_, CountryForm::Seat) => 2,
            _ => 0,
        };
        if let (Some(c), true) = (
            m.country(),
            weight > 0 && !in_name[m.first] && !destination(doc, m.first) && !talked_about(doc, m),
        ) {
            match ranked.iter_mut().find(|(seen, _)| *seen == c) {
                Some((_, n)) => *n += weight,
                None => ranked.push((c, weight)),
            }
        }
    }
    // Most named, then first named: the first of the greatest weight.
    let mut best: Option<(u16, usize)> = None;
    for &(c, n) in &ranked {
        if !taken.contains(&c) && best.is_none_or(|(_, most)| n > most) {
            best = Some((c, n));
        }
    }
    best.map(|(c, _)| c)
}

/// How far after a country its verb of reporting stands ("Seoul's foreign ministry said").
const REPORTER_REACH: usize = 5;

/// The country the people of a delegation sentence represent. Each clause may name its own
/// side ("X and Y led the Indian delegation while the Japanese side was headed by Z", "On the
/// Russian side", "Several Indonesian ministers"): a country word before "side",
/// "delegation", "ministers". A member in a clause naming no side takes the country of the
/// principal the sentence says they come with ("Albanese was accompanied by ...", see
/// [`companion_side`]).
fn delegation_countries(
    facts: &Facts,
    entities: &mut [Entity],
    principal: &[bool],
    member: &[bool],
    host: Option<u16>,
) {
    let doc = facts.doc;
    let stated = delegation_sides(facts, entities, principal, host);
    for n in 0..entities.len() {
        if !(marked(member, n) || marked(principal, n)) || entity_of(entities, n).owner.is_some() {
            continue;
        }
        let mentions = &entity_of(entities, n).mentions;
        // A principal takes the side of a clause that names one country only and no principal
        // of another ("X and Y led the Indian delegation"; not "a lunch with Chancellor Merkel
        // and the U.S. and German delegations"), unless receiving it ("X hosted a Japanese
        // trade delegation").
        let host = receives(facts, entity_of(entities, n));
        let fits = |first: usize, end: usize, side: Owner| {
            marked(member, n)
                || (!host
                    && countries_named(doc, first, end) == 1
                    && !(0..entities.len()).any(|p| {
                        marked(principal, p)
                            && entity_of(entities, p).owner.is_some_and(|(o, _)| o != side)
                            && mentioned_in(facts, entity_of(entities, p), first, end)
                    }))
        };
        let in_clause = mentions.iter().find_map(|&m| {
            let k = facts.mention(m).first;
            stated
                .iter()
                .find(|&&(first, end, side)| (first..end).contains(&k) && fits(first, end, side))
                .map(|(_, _, owner)| *owner)
        });
        let by_principal = || {
            mentions
                .iter()
                .filter(|&&m| facts.delegation_sentence(facts.mention_sentence(m)))
                .find_map(|&m| companion_side(facts, entities, principal, facts.mention(m).first))
                .filter(|_| marked(member, n))
        };
        if let Some(owner) = in_clause.or_else(by_principal) {
            give_owner(entities, n, owner, Certainty::Context);
        }
    }
}

/// The side of whom a companion at token `k` accompanies: the principal named nearest before
/// it with a word of company between ("X met Y, who was accompanied by A"), or the first one
/// after it when none is named before ("Accompanied by A, X received Y").
fn companion_side(
    facts: &Facts,
    entities: &[Entity],
    principal: &[bool],
    k: usize,
) -> Option<Owner> {
    let sentence = facts.doc.sentence_at(k);
    let (mut before, mut after) = (None, None);
    for (n, e) in entities.iter().enumerate() {
        if !marked(principal, n) {
            continue;
        }
        // The nearest principal, whose side may be unknown yet ("Accompanied by A, X received
        // Y": X's, not Y's).
        let owner = side(e);
        for &m in &e.mentions {
            let (first, end) = (facts.mention(m).first, facts.mention(m).end);
            if first < sentence.first || first >= sentence.end {
                continue;
            }
            if end <= k && before.is_none_or(|(b, _)| end > b) {
                before = Some((end, owner));
            } else if first > k && after.is_none_or(|(a, _)| first < a) {
                after = Some((first, owner));
            }
        }
    }
    // "The Brazilian leader was accompanied by A": a leader named by a description of their
    // country, nearer than any principal by name. (The mentions are in text order: only the
    // sentence's are read, so that a long text of many companions stays linear.)
    let mentions = &facts.people.mentions;
    let from = mentions.partition_point(|m| m.first < sentence.first);
    for mention in mentions[from..].iter().take_while(|m| m.first < k) {
        let described = mention.name.is_none()
            && mention.end <= k
            && before.is_none_or(|(b, _)| mention.end > b)
            && mention
                .role
                .is_some_and(|r| facts.role(r).class == RoleClass::Leader);
        if described && let Some(owner) = mention.owner {
            before = Some((mention.end, Some(owner)));
        }
    }
    if before.is_none() && after.is_none() {
        before = pronoun_subject(facts, entities, principal, sentence.first, k);
    }
    match before {
        Some((end, owner)) => owner.filter(|_| facts.doc.any_is(end..k, Cat::CompanionWord)),
        None => after.and_then(|(_, owner)| owner),
    }
}

/// "X met Y in Paris. He was accompanied by A": a personal pronoun before `k` in a sentence
/// naming no principal stands for the subject of the sentence before, the first principal it
/// names. Returns the pronoun's end and that principal's side.
fn pronoun_subject(
    facts: &Facts,
    entities: &[Entity],
    principal: &[bool],
    sentence_first: usize,
    k: usize,
) -> Option<(usize, Option<Owner>)> {
    let doc = facts.doc;
    let pronoun =
        (sentence_first..k).find(|&j| doc.is_any_of(j, &[Cat::PronounHe, Cat::PronounShe]))?;
    let before = doc.sentence_index(k).checked_sub(1)?;
    let mut subject: Option<(usize, Option<Owner>)> = None;
    for (n, e) in entities.iter().enumerate() {
        if !marked(principal, n) {
            continue;
        }
        for &m in &e.mentions {
            let first = facts.mention(m).first;
            if doc.sentence_index(first) == before && subject.is_none_or(|(f, _)| first < f) {
                subject = Some((first, side(e)));
            }
        }
    }
    subject.map(|(_, owner)| (pronoun + 1, owner))
}

/// The sides the delegation sentences name, clause by clause: (first token, end, side) of
/// each clause that names one.
fn delegation_sides(
    facts: &Facts,
    entities: &[Entity],
    principal: &[bool],
    host: Option<u16>,
) -> Vec<(usize, usize, Owner)> {
    let doc = facts.doc;
    let mut stated: Vec<(usize, usize, Owner)> = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !facts.delegation_sentence(s) {
            continue;
        }
        // "The Ugandan delegation … included X, and Y": a conjunct with no country and no
        // principal of its own continues the list of the clause before it.
        let mut listing: Option<Owner> = None;
        for &(first, end, relative) in
            &crate::stages::event::clauses(doc, sentence.first, sentence.end)
        {
            let continues = !relative
                && doc
                    .phrase_at(first, Cat::PluralSide)
                    .is_some_and(|(_, v)| v == JOINER)
                && countries_named(doc, first, end) == 0
                && !(0..entities.len()).any(|p| {
                    marked(principal, p) && mentioned_in(facts, entity_of(entities, p), first, end)
                });
            listing = stated_side(doc, first, end, host).or(listing.filter(|_| continues));
            if let Some(owner) = listing {
                stated.push((first, end, owner));
            }
        }
    }
    stated
}

/// Whether a mention of `e` starts between `first` and `end`.
fn mentioned_in(facts: &Facts, e: &Entity, first: usize, end: usize) -> bool {
    e.mentions
        .iter()
        .any(|&m| (first..end).contains(&facts.mention(m).first))
}

/// How many different countries the words from `first` to `end` name.
fn countries_named(doc: &Doc, first: usize, end: usize) -> usize {
    let mut seen: Vec<u16> = Vec::new();
    for k in first..end {
        if let Some(c) = doc.name_starting(k).and_then(|m| m.country()) {
            add_new(&mut seen, &[c]);
        }
    }
    seen.len()
}

/// The side a clause names: a country word before a side noun ("the Indian delegation", "On
/// the Russian side", "Several Indonesian ministers"), or a people word right after it ("la
/// delegación india", "los ministros indonesios"), or the host beside it ("the host side", "la
/// parte anfitriona"), the `host` country's.
fn stated_side(doc: &Doc, first: usize, end: usize, host: Option<u16>) -> Option<Owner> {
    // "the host side", "la parte anfitriona": the host country's.
    let host_side = (first + 1..end).any(|k| {
        is_side_noun(doc, k) && (doc.is(k - 1, Cat::HostTitle) || doc.is(k + 1, Cat::HostTitle))
    });
    if let Some(c) = host.filter(|_| host_side) {
        return Some(Owner::Country(c));
    }
    (first..end).find_map(|k| {
        let m = doc.name_starting(k)?;
        let c = m.country()?;
        // "the Indian delegation", "the Indian cabinet ministers", "a US congressional
        // delegation".
        let adjective = matches!(m.country_form(), Some(CountryForm::Adjective));
        let modified = adjective || doc.token(m.end).is_lowercase();
        let group = is_side_noun(doc, m.end) || (modified && is_side_noun(doc, m.end + 1));
        let after =
            adjective && k > first && is_side_noun(doc, k - 1) && doc.token(k).is_lowercase();
        (group || after).then_some(Owner::Country(c))
    })
}

/// "Prime Ministers Dickon Mitchell (Grenada) and Reuben Meade (Montserrat)": a country in
/// brackets right after a name is that person's.
fn bracketed_countries(
    facts: &Facts,
    entities: &mut [Entity],
    principal: &[bool],
    member: &[bool],
) {
    for n in 0..entities.len() {
        if !(marked(principal, n) || marked(member, n)) || entity_of(entities, n).owner.is_some() {
            continue;
        }
        let bracketed =
            (entity_of(entities, n).mentions.iter()).find_map(|&m| facts.bracketed_country(m));
        if let Some(country) = bracketed {
            give_owner(entities, n, Owner::Country(country), Certainty::Stated);
        }
    }
}

/// A role's weak owner ("head of the Bank of Russia") is better than no country at all.
fn weak_owners(facts: &Facts, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        if e.owner.is_none()
            && let Some((r, _)) = e.role
            && let Some(o) = facts.role(r).weak_owner
        {
            e.set_owner(o, Certainty::Context);
        }
    }
}

/// "los cancilleres de ambos países, A y B": the holders of a title of both sides are, in
/// order, of the principals' two countries in the order the text first names them.
fn both_sides_holders(facts: &Facts, entities: &mut [Entity], principal: &[bool]) {
    let mut sides: Vec<(usize, u16)> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if marked(principal, n)
            && let (Some(c), Some(&m)) = (e.country(), e.mentions.first())
            && !sides.iter().any(|&(_, s)| s == c)
        {
            sides.push((m, c));
        }
    }
    let [first, second] = &mut sides[..] else {
        return;
    };
    // In the order the text first names them: two sides need one swap at most, not a sort of
    // pairs (an instance of the sort of its own).
    if first.0 > second.0 {
        std::mem::swap(first, second);
    }
    let mentions = &facts.people.mentions;
    for e in entities.iter_mut() {
        let side = e.mentions.iter().find_map(|&m| {
            let r = facts
                .mention(m)
                .role
                .filter(|&r| facts.role(r).both_sides)?;
            let before = (mentions.iter().take(m))
                .filter(|p| p.role == Some(r) && p.name.is_some())
                .count();
            sides.get(before)
        });
        if let Some(&(_, c)) = side {
            e.set_owner(Owner::Country(c), Certainty::Context);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_facts<T>(text: &str, f: impl Fn(&Facts) -> T) -> T {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let people = crate::stages::people::find(&doc);
        let meeting = crate::stages::event::read(&doc, None);
        f(&Facts {
            doc: &doc,
            people: &people,
            meeting: &meeting,
        })
    }

    /// Runs the stages before the cast over `text` and hands `f` the casting before its first
    /// phase.
    fn casting<T>(text: &str, f: impl FnOnce(&mut Casting) -> T) -> T {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let people = crate::stages::people::find(&doc);
        let mut entities = crate::stages::coref::resolve(&doc, &people);
        let meeting = crate::stages::event::read(&doc, None);
        let facts = Facts {
            doc: &doc,
            people: &people,
            meeting: &meeting,
        };
        f(&mut Casting::new(facts, &mut entities))
    }

    impl Casting<'_, '_> {
        /// How a reader names entity `n`: by name, else by title.
        fn who(&self, n: usize) -> String {
            let e = &self.entities[n];
            let title = |(r, t): (usize, usize)| self.facts.people.roles[r].titles[t].clone();
            e.name
                .clone()
                .unwrap_or_else(|| e.role.map(title).unwrap_or_default())
        }

        /// The people `mask` marks, by name.
        fn marked(&self, mask: &[bool]) -> Vec<String> {
            (0..mask.len())
                .filter(|&n| mask[n])
                .map(|n| self.who(n))
                .collect()
        }

        /// The people at `indices`, by name.
        fn named(&self, indices: &[usize]) -> Vec<String> {
            indices.iter().map(|&n| self.who(n)).collect()
        }

        /// The principals so far, by name.
        fn principals(&self) -> Vec<String> {
            self.marked(&self.principal)
        }

        /// The country or organisation the person named `name` represents, if any.
        fn country_of(&self, name: &str) -> Option<String> {
            let n = (0..self.entities.len()).find(|&n| self.who(n) == name)?;
            let lex = self.facts.doc.lex;
            Some(match side(&self.entities[n])? {
                Owner::Country(c) => lex.countries[c as usize].name.clone(),
                Owner::Organization(o) => lex.organizations[o as usize].name.clone(),
            })
        }

        /// The first phases of [`cast`]: the lead sentence and its principals. Returns the lead
        /// sentence and whether leaders meet.
        fn lead_phases(&mut self) -> (usize, bool) {
            let lead = self.lead_sentence().expect("a lead sentence");
            let lead_people = self.lead_people(lead, false);
            let counterpart = self.counterpart_rank(&lead_people);
            let lead_people = self.between_sides(lead_people, lead);
            let top = self.lead_principals(&lead_people, counterpart);
            self.other_side(&lead_people, counterpart);
            (lead, top == RoleClass::Leader)
        }
    }

    /// The cast of `text` as a reader checks it: the principals and the members, each with
    /// their country, the kind of meeting and the host country.
    fn cast_of(text: &str) -> (Vec<String>, Vec<String>, EventKind, Option<String>) {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let people = crate::stages::people::find(&doc);
        let mut entities = crate::stages::coref::resolve(&doc, &people);
        let meeting = crate::stages::event::read(&doc, None);
        let cast = cast(&doc, &people, &mut entities, &meeting);
        let country = |c: u16| doc.lex.countries[c as usize].name.clone();
        let (mut principals, mut members) = (Vec::new(), Vec::new());
        for p in &cast.participants {
            let e = &entities[p.entity];
            let who = e.name.clone().unwrap_or_else(|| "-".into());
            let seen = format!("{who} ({})", e.country().map(country).unwrap_or_default());
            if p.principal {
                principals.push(seen);
            } else {
                members.push(seen);
            }
        }
        (principals, members, cast.kind, cast.host.map(country))
    }

    #[test]
    fn a_meeting_has_two_sides() {
        let table: &[(&str, bool)] = &[
            (
                "President Ruto met with President Museveni in Kampala.",
                true,
            ),
            (
                "President Ruto met in Kampala on Monday with his colleague Museveni.",
                true,
            ),
            (
                "President Ruto received the Ugandan foreign minister.",
                true,
            ),
            ("President Ruto was received by President Museveni.", true),
            (
                "Talks between President Ruto and President Museveni ended.",
                true,
            ),
            ("President Ruto and President Museveni held a summit.", true),
            ("The two presidents met in Kampala.", true),
            (
                "The summit was attended by:\n- President Ruto\n- President Museveni\n",
                true,
            ),
            (
                "President Ruto shook hands with President Museveni at their meeting.",
                true,
            ),
            (
                "President Ruto thanked President Museveni for attending the summit.",
                true,
            ),
            (
                "President Museveni was thanked by President Ruto for coming to the talks.",
                true,
            ),
            (
                "President Ruto criticised President Museveni for skipping the summit.",
                false,
            ),
            (
                "President Ruto told a news conference that taxes would fall.",
                false,
            ),
            (
                "Ten Kenyan climbers reached the summit of the mountain, President Ruto said.",
                false,
            ),
            (
                "President Ruto said after a cabinet meeting that he would speak with Museveni.",
                false,
            ),
        ];
        for (text, expected) in table {
            assert_eq!(with_facts(text, two_sided), *expected, "{text}");
        }
    }

    #[test]
    fn speakers_and_possessors() {
        let speaker = |text: &str, name: &str| {
            with_facts(text, |facts| {
                let m = facts
                    .people
                    .mentions
                    .iter()
                    .position(|m| m.name.as_deref() == Some(name))
                    .expect(name);
                (facts.speaker(m), facts.possessor_only(m))
            })
        };
        assert_eq!(
            speaker(
                "President Ruto met President Museveni, John Doe, head of protocol, told reporters.",
                "John Doe"
            ),
            (true, false)
        );
        assert_eq!(
            speaker("President Ruto praised President Biden's plan.", "Biden"),
            (false, true)
        );
        assert_eq!(
            speaker(
                "President Biden's summit with President Ruto ended.",
                "Biden"
            ),
            (false, false)
        );
    }

    // The phases of `cast`, in the order they run, each from a short article.

    const TWO_PRESIDENTS: &str =
        "President Amara Kone of Ghana met President Luc Mbeki of Togo in Lome on Monday.";

    #[test]
    fn the_lead_is_the_first_sentence_of_running_text_reporting_the_meeting() {
        let headline = format!("Kone meets Mbeki in Lome\n{TWO_PRESIDENTS}");
        casting(&headline, |c| {
            let lead = c.lead_sentence().expect("a lead");
            assert_eq!(c.facts.doc.sentence_text(lead), TWO_PRESIDENTS);
        });
        // A headline alone leads.
        casting("Kone meets Mbeki in Lome", |c| {
            assert_eq!(c.lead_sentence(), Some(0))
        });
        casting(
            "Kone told a news conference in Accra that taxes would fall.",
            |c| assert_eq!(c.lead_sentence(), None),
        );
    }

    #[test]
    fn lead_people_are_the_named_then_the_titled_not_the_represented() {
        casting(
            "President Amara Kone of Ghana met the Togolese president in Lome on Monday.",
            |c| {
                assert_eq!(
                    c.named(&c.lead_people(0, false)),
                    ["Amara Kone", "president"]
                )
            },
        );
        casting(
            "Foreign Minister Femi Adeyemi, standing in for President Tunde Bello of Nigeria, met \
             President Luc Mbeki of Togo in Lome on Monday.",
            |c| {
                assert_eq!(
                    c.named(&c.lead_people(0, false)),
                    ["Femi Adeyemi", "Luc Mbeki"]
                )
            },
        );
    }

    #[test]
    fn a_counterpart_has_the_rank_of_the_person_met() {
        casting(
            "Foreign Minister Amara Kone of Ghana met his Togolese counterpart in Lome on Tuesday.",
            |c| {
                let lead_people = c.lead_people(0, false);
                let counterpart = c.counterpart_rank(&lead_people);
                assert_eq!(counterpart, RoleClass::Minister);
                // Ministers meet: both are principals.
                assert_eq!(
                    c.lead_principals(&lead_people, counterpart),
                    RoleClass::Minister
                );
                assert_eq!(c.principals(), ["Amara Kone", "counterpart"]);
            },
        );
    }

    #[test]
    fn talks_between_two_sides_leave_out_the_host_beside_them() {
        casting(
            "Talks between the Afghan government and the Taliban began in Doha on Saturday, with \
             Afghan President Karim Rahimi and Taliban leader Omar Haqqani present, hosted by \
             Qatari Emir Tamim Rashid.",
            |c| {
                let lead_people = c.lead_people(0, false);
                assert_eq!(
                    c.named(&lead_people),
                    ["Karim Rahimi", "Omar Haqqani", "Tamim Rashid"]
                );
                let sides = c.between_sides(lead_people, 0);
                assert_eq!(c.named(&sides), ["Karim Rahimi", "Omar Haqqani"]);
            },
        );
    }

    #[test]
    fn the_lead_principals_are_its_leaders() {
        casting(
            "President Amara Kone of Ghana and Trade Minister Efua Sarpong met President Luc \
             Mbeki of Togo in Lome.",
            |c| {
                let lead_people = c.lead_people(0, false);
                assert_eq!(
                    c.lead_principals(&lead_people, RoleClass::Leader),
                    RoleClass::Leader
                );
                assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki"]);
            },
        );
    }

    #[test]
    fn a_single_side_meets_the_highest_ranked_person_of_another_country() {
        casting(
            "Crown Prince Faisal bin Omar received the Iranian foreign minister, Hamid Tehrani, \
             in Riyadh on Sunday.",
            |c| {
                let lead_people = c.lead_people(0, false);
                c.lead_principals(&lead_people, RoleClass::Leader);
                assert_eq!(c.principals(), ["Faisal bin Omar"]);
                c.other_side(&lead_people, RoleClass::Leader);
                assert_eq!(c.principals(), ["Faisal bin Omar", "Hamid Tehrani"]);
            },
        );
    }

    const SUMMIT: &str = "The African Union summit in Addis Ababa was attended by President \
                          Amara Kone of Ghana, President Luc Mbeki of Togo and Vice President Ali \
                          Hassan of Kenya.";

    const KING_JOINS: &str = "President Amara Kone of Ghana met President Luc Mbeki of Togo \
                              in Lome on Monday. King Kwame Asante of Ghana also attended the \
                              talks.";

    #[test]
    fn who_else_is_present_and_whether_many_sides_meet() {
        casting(SUMMIT, |c| {
            let (lead, leaders_meet) = c.lead_phases();
            assert!(leaders_meet);
            let present = c.present(RoleClass::Leader);
            assert!(present.org_summit);
            assert!(present.leaders.is_empty());
            assert_eq!(c.named(&present.deputies), ["Ali Hassan"]);
            assert!(c.multilateral(lead, &present));
        });
        casting(KING_JOINS, |c| {
            let (lead, _) = c.lead_phases();
            let present = c.present(RoleClass::Leader);
            assert!(!present.org_summit);
            assert_eq!(c.named(&present.leaders), ["Kwame Asante"]);
            assert!(!c.multilateral(lead, &present));
        });
    }

    #[test]
    fn a_leader_of_a_principals_country_joins_the_principals() {
        casting(KING_JOINS, |c| {
            c.lead_phases();
            let present = c.present(RoleClass::Leader);
            c.leaders_join(&present.leaders, false);
            assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki", "Kwame Asante"]);
        });
    }

    #[test]
    fn an_untitled_name_met_by_a_principal_is_a_principal() {
        casting(
            "President Amara Kone of Ghana arrived in Lome on Monday for talks. Kone met Luc \
             Mbeki at the presidential palace.",
            |c| {
                c.lead_phases();
                assert_eq!(c.principals(), ["Amara Kone"]);
                c.untitled_principals();
                assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki"]);
            },
        );
    }

    #[test]
    fn a_represented_leader_has_a_stand_in() {
        // Named as the stand-in, the minister meets at a leader's rank from the lead on.
        casting(
            "Foreign Minister Femi Adeyemi, standing in for President Tunde Bello of Nigeria, met \
             President Luc Mbeki of Togo in Lome on Monday.",
            |c| {
                c.lead_phases();
                assert_eq!(c.principals(), ["Femi Adeyemi", "Luc Mbeki"]);
            },
        );
    }

    #[test]
    fn a_side_named_by_title_gives_way_to_its_name() {
        casting(
            "President Amara Kone of Ghana met the Togolese president in Lome on Monday. Kone and \
             President Luc Mbeki of Togo held talks on trade.",
            |c| {
                c.lead_phases();
                let present = c.present(RoleClass::Leader);
                c.leaders_join(&present.leaders, false);
                assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki", "president"]);
                c.titles_give_way();
                assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki"]);
            },
        );
    }

    #[test]
    fn at_a_summit_a_deputy_stands_in_for_a_country() {
        casting(SUMMIT, |c| {
            c.lead_phases();
            let present = c.present(RoleClass::Leader);
            c.deputies_stand_in(&present.deputies);
            assert_eq!(c.principals(), ["Amara Kone", "Luc Mbeki", "Ali Hassan"]);
        });
    }

    #[test]
    fn members_are_the_people_with_the_principals() {
        casting(
            &format!(
                "{TWO_PRESIDENTS} Kone was accompanied by Trade Minister Efua Sarpong and a \
                 spokesman, Kofi Mensah."
            ),
            |c| {
                c.lead_phases();
                c.members();
                assert_eq!(c.marked(&c.member), ["Efua Sarpong", "Kofi Mensah"]);
            },
        );
    }

    #[test]
    fn the_host_receives_the_guests_at_home() {
        casting(
            "President Amara Kone hosted President Luc Mbeki of Togo in Accra on Monday.",
            |c| {
                c.lead_phases();
                let host = c
                    .countries()
                    .map(|h| c.facts.doc.lex.countries[h as usize].name.clone());
                assert_eq!(host.as_deref(), Some("Ghana"));
                // The host without a country stated takes the host country.
                let ghana = c.entities[0].country();
                assert_eq!(
                    ghana.map(|g| c.facts.doc.lex.countries[g as usize].name.as_str()),
                    Some("Ghana")
                );
            },
        );
    }

    // The countries phase, one source of a country at a time.

    #[test]
    fn an_office_of_a_body_represents_it_for_want_of_a_country() {
        casting(
            &format!(
                "{TWO_PRESIDENTS} Kone was accompanied by Chairman of the ECOWAS Commission \
                 Kofi Mensah."
            ),
            |c| {
                c.lead_phases();
                c.members();
                assert_eq!(c.country_of("Kofi Mensah"), None);
                weak_owners(&c.facts, c.entities);
                assert_eq!(c.country_of("Kofi Mensah").as_deref(), Some("ECOWAS"));
            },
        );
    }

    #[test]
    fn delegation_members_take_the_country_of_their_delegation() {
        casting(
            "President Amara Kone met President Luc Mbeki of Togo in Lome on Monday. The \
             Ghanaian delegation included Trade Minister Efua Sarpong and Kofi Mensah.",
            |c| {
                c.lead_phases();
                c.members();
                assert_eq!(c.marked(&c.member), ["Efua Sarpong", "Kofi Mensah"]);
                delegation_countries(&c.facts, c.entities, &c.principal, &c.member, None);
                assert_eq!(c.country_of("Efua Sarpong").as_deref(), Some("Ghana"));
                assert_eq!(c.country_of("Kofi Mensah").as_deref(), Some("Ghana"));
            },
        );
    }

    #[test]
    fn a_principal_without_a_country_takes_the_likely_one() {
        let filled = |text: &str| {
            casting(text, |c| {
                c.lead_phases();
                fill_principal_countries(&c.facts, c.entities, &c.principal);
                (c.country_of("Amara Kone"), c.country_of("Luc Mbeki"))
            })
        };
        let ghana = Some("Ghana".to_string());
        let togo = Some("Togo".to_string());
        // The dateline's, for a leader; the other side stays unknown.
        assert_eq!(
            filled("ACCRA: President Amara Kone met President Luc Mbeki in Accra on Monday."),
            (ghana.clone(), None)
        );
        // The government that reports the meeting.
        assert_eq!(
            filled(
                "President Amara Kone met President Luc Mbeki of Togo in Lome on Monday, the \
                 Ghanaian foreign ministry said."
            ),
            (ghana.clone(), togo.clone())
        );
        // The country the article names most, other than the other side's.
        assert_eq!(
            filled(
                "President Amara Kone met President Luc Mbeki of Togo in Lome on Monday. Ghana \
                 and Togo share a border, and Ghana sells power to Togo."
            ),
            (ghana, togo)
        );
    }

    #[test]
    fn an_office_where_a_principal_is_at_home_is_of_that_country() {
        casting(
            "ACCRA: President Amara Kone of Ghana met President Luc Mbeki of Togo in Accra on \
             Monday, joined by Trade Minister Efua Sarpong.",
            |c| {
                c.lead_phases();
                c.members();
                assert_eq!(c.marked(&c.member), ["Efua Sarpong"]);
                assert_eq!(c.country_of("Efua Sarpong"), None);
                c.home_offices();
                assert_eq!(c.country_of("Efua Sarpong").as_deref(), Some("Ghana"));
            },
        );
    }

    // The whole cast, as a reader checks it.

    #[test]
    fn two_presidents_meet_bilaterally() {
        let (principals, members, kind, host) = cast_of(&format!(
            "{TWO_PRESIDENTS} Kone was accompanied by Trade Minister Efua Sarpong."
        ));
        assert_eq!(principals, ["Amara Kone (Ghana)", "Luc Mbeki (Togo)"]);
        assert_eq!(members, ["Efua Sarpong (Ghana)"]);
        assert_eq!(kind, EventKind::Bilateral);
        assert_eq!(host.as_deref(), Some("Togo"));
    }

    #[test]
    fn two_ministers_meet_as_a_ministerial() {
        let (principals, _, kind, _) = cast_of(
            "Kenyan Foreign Minister Amara Kone met his Ugandan counterpart Luc Obote in Kampala \
             on Tuesday.",
        );
        assert_eq!(principals, ["Amara Kone (Kenya)", "Luc Obote (Uganda)"]);
        assert_eq!(kind, EventKind::Ministerial);
    }

    #[test]
    fn three_countries_at_a_summit_meet_multilaterally() {
        let (principals, members, kind, host) = cast_of(SUMMIT);
        assert_eq!(
            principals,
            [
                "Amara Kone (Ghana)",
                "Luc Mbeki (Togo)",
                "Ali Hassan (Kenya)"
            ]
        );
        assert!(members.is_empty());
        assert_eq!(kind, EventKind::Multilateral);
        assert_eq!(host, None);
    }

    #[test]
    fn people_without_a_title_are_no_meeting_of_leaders() {
        let (principals, members, kind, _) = cast_of("Kone met Mbeki in the final on Sunday.");
        assert!(principals.is_empty() && members.is_empty());
        assert_eq!(kind, EventKind::Other);
    }
}
