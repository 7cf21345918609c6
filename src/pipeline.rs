//! The extraction pipeline: the stages, in the order they run, from a [`Doc`] to a [`Report`].
//!
//! Each stage reads the document and what the stages above it found; none reads a stage below
//! it. The language comes in once, with the [`Context`]: its tables for the document, its
//! summary and messages for the report.

use crate::doc::Doc;
use crate::lang::{Language, Notice};
use crate::report::{
    Delegation, EventDate, EventKind, EventStatus, Location, Participant, Report, Span,
};
use crate::stages::analysis::Analysis;
use crate::stages::coref::Certainty;
use crate::stages::people;
use crate::stages::roles::{self, Owner};
use crate::stages::{
    agenda, coref, countries, event, location, participants, quotes, sessions, sources, time,
};
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::{Cat, CountryForm, Lexicon, Meaning, RoleClass};
use crate::tables::values::{JOINER, POSSESSIVE};
use crate::text::calendar::Date;

/// What a text is read with: its language and its publication date.
pub struct Context {
    /// The language of the text.
    pub language: &'static dyn Language,
    /// The publication date, which relative dates ("this Wednesday") count from.
    pub published: Option<Date>,
}

/// Runs every stage over `text`.
pub fn run(text: &str, context: &Context) -> Report {
    let language = context.language;
    let doc = Doc::new(text, language.lexicon());
    let people = people::find(&doc);
    let mut entities = coref::resolve(&doc, &people);
    let meeting = event::read(&doc, context.published);
    let cast = participants::cast(&doc, &people, &mut entities, &meeting);
    let a = Analysis::new(&doc, people, entities, meeting, cast);

    let mut report = Report::empty(language.code());
    report.event.kind = a.cast.kind;
    report.participants = participants_of(&a);
    report.delegations = delegations(&report.participants);
    report.warnings = inferred_countries(&a, language);
    for p in &report.participants {
        if let Some(c) = &p.country {
            add_new(&mut report.countries, c);
        }
    }
    report.sources = sources::find(&a);
    let multilateral = a.cast.kind != EventKind::Bilateral;
    if a.cast.kind != EventKind::Other {
        for c in countries::participating(&doc, &a.meeting, multilateral) {
            add_new(&mut report.countries, &doc.country(c).name);
        }
    }
    // A video or phone call has no place: the dateline and the offices the leaders called
    // from are not where it was held.
    let location = if a.cast.kind == EventKind::Other || a.meeting.virtual_meeting {
        Location::default()
    } else {
        location::locate(&doc, &a.meeting, &a.people, &a.entities, &a.cast)
    };
    let rejected = a.cast.kind == EventKind::Other
        || one_side_alone(&a, &report, &location)
        || principals_unknown(&report)
        || local_offices_only(&a);
    let date = if rejected {
        None
    } else {
        time::meeting_date(&doc, &a.meeting, context.published)
    };
    if rejected || unattested(&a, &report, date.as_ref()) {
        return no_meeting(report, language);
    }

    let event = &mut report.event;
    event.name = a.meeting.name.map(|(f, e)| doc.phrase(f, e));
    event.status = a.meeting.status;
    event.virtual_meeting = a.meeting.virtual_meeting;
    event.host = a.cast.host.map(|c| doc.country(c).name.clone());
    event.location = location;
    event.date = date;
    // The tense may leave the status open or tell of the arrivals ("Leaders are arriving for
    // the summit on 9-10 February", "Este viernes se realiza la reunión"): a date resolved
    // after the publication is a meeting still planned, one before it a meeting held.
    if let (Some(published), Some(iso)) = (
        context.published,
        event.date.as_ref().and_then(|d| d.iso.as_deref()),
    ) {
        let published = published.to_string();
        let unknown = event.status == EventStatus::Unknown;
        if iso > published.as_str() && (unknown || event.status == EventStatus::Ongoing) {
            event.status = EventStatus::Planned;
        } else if iso < published.as_str() && unknown {
            event.status = EventStatus::Held;
        }
    }
    event.evidence = meeting_evidence(&a);
    if context.published.is_none() && event.date.as_ref().is_some_and(|d| d.iso.is_none()) {
        report
            .warnings
            .push(Notice::DateUnresolved.warning(language));
    }
    report.agenda = agenda::topics(&a);
    report.interests = agenda::interests(&a);
    (report.sessions, report.previous_meetings) = sessions::read(&a);
    report.quotes = quotes::find(&a);
    report.summary = language.summary(&report);
    report
}

/// Runs every stage over an English `text` with no publication date, for the stages' tests.
#[cfg(test)]
pub fn run_english(text: &str) -> Report {
    let context = Context {
        language: &crate::lang::en::English,
        published: None,
    };
    run(text, &context)
}

/// Whether the meeting found has one side and nothing else: one principal, alone or with
/// members of their own country only (of no country named, when theirs is not named: "toured
/// the flood zone with the regional governor"). A meeting has at least two sides; with nothing
/// attesting the second, the cards would say only "X held talks" ("her party will meet on
/// Monday", "se reunirá con su equipo", "said at the launch in the capital"), so the report is
/// the one of no meeting. What attests a second side: a country of the meeting other than the
/// principal's own; in the sentences that report the meeting, a country that qualifies someone
/// or owns something ("la canciller hondureña", "Honduras's foreign minister"; a country named
/// only as a topic, "an operation in Greenland", owns no side); the principal or a member met by
/// someone else ("a meeting with your President, X", "recibió a la canciller X"); and at a
/// place, the place in another country than the principal's own, when that is named, a group
/// of sides ("los cancilleres de la Celac"; not of one's own people, "religious leaders") or
/// someone else by the title of another side ("met his counterpart in Accra"). A name of the
/// meeting attests a second side too, unless it names one country, that country's own body ("El
/// Congreso de Perú se reunió"), or one's own people's ("the Conference of Catholic Bishops").
fn one_side_alone(a: &Analysis, report: &Report, location: &Location) -> bool {
    let doc = a.doc;
    // A group is sides of its own ("G7 leaders met by video link").
    let people = &report.participants;
    if people.first().is_none_or(|p| p.group || !p.principal) {
        return false;
    }
    // The one principal's own country, which attests no second side ("recibió al equipo
    // nacional de fútbol en Nairobi"), nor do members of that country ("con la presencia del
    // jefe de Gabinete, X"); a leader of no country named meeting the mayors and governors of a
    // country is of it.
    let locals: Vec<bool> = (a.cast.participants.iter())
        .map(|member| holds_local_office(a, member.entity))
        .collect();
    let own = people[0].country.as_deref().or_else(|| {
        (people.iter().zip(&locals).skip(1))
            .find(|&(_, &local)| local)
            .and_then(|(p, _)| p.country.as_deref())
    });
    let stated = |e: coref::EntityId| {
        (a.entity(e).owner).is_some_and(|(_, certainty)| certainty == Certainty::Stated)
    };
    for ((p, member), &local) in people.iter().zip(&a.cast.participants).zip(&locals).skip(1) {
        // A mayor or a governor is the principal's own people, whatever title ranks them.
        if local && p.country.as_deref().is_none_or(|c| Some(c) == own) {
            continue;
        }
        if p.principal || p.country.as_deref() != own {
            return false;
        }
        // With no country to tell, the principal's partner in the subject is a second side
        // ("President X and Chairman Y held talks").
        if own.is_none() && joined_by_and(a, a.cast.participants[0].entity, member.entity) {
            return false;
        }
        // Met by the principal ("recibió el lunes a la canciller X"): a second side, unless
        // the text says both are of one country ("German Chancellor A held talks with German
        // Finance Minister B").
        if !(stated(member.entity) && stated(a.cast.participants[0].entity))
            && met_by_another(a, member.entity)
        {
            return false;
        }
    }
    // With no country of the principal's named, a country the text names only by its seat of
    // government is no other side: it may be theirs ("President X met senators at the White
    // House").
    let only_seat = |country: &str| {
        (0..doc.tokens.len()).all(|k| {
            doc.name_starting(k).is_none_or(|m| match m.meaning {
                Meaning::Country(c, form) => {
                    form == CountryForm::Seat || doc.country(c).name != country
                }
                _ => true,
            })
        })
    };
    for c in &report.countries {
        if Some(c.as_str()) != own && (own.is_some() || !only_seat(c)) {
            return false;
        }
    }
    // A country's name or adjective, not its capital; with `foreign`, not the participant's own.
    let is_country = |m: Option<&NameMention>, foreign: bool| {
        m.is_some_and(|m| match m.meaning {
            Meaning::Country(c, form) => {
                form != CountryForm::Capital
                    && !(foreign && Some(doc.country(c).name.as_str()) == own)
            }
            _ => false,
        })
    };
    let (name_first, name_end) = a.meeting.name.unwrap_or((0, 0));
    let mut countries_in_name = 0;
    for k in name_first..name_end {
        if is_country(doc.name_starting(k), false) {
            countries_in_name += 1;
        }
    }
    // A name of one's own people's body is one's own too ("the Conference of Catholic
    // Bishops", "la Conferencia Episcopal").
    let own_body =
        countries_in_name == 1 || (name_first..name_end).any(|k| event::own_people_word(doc, k));
    // In the meeting's sentences, out of its name: a foreign country's adjective or possessive,
    // a group of sides.
    // (Not of one's own people: "German and Brazilian business leaders"; but "Chinese investors
    // led by Vice Premier X" are a side, whose head holds an office.)
    let before_own_people = |end: usize| {
        (end..end + OWN_PEOPLE_REACH).any(|j| {
            (event::own_people_word(doc, j) || doc.is(j, Cat::FirmNoun))
                && !(j + 1..j + LED_BY_REACH).any(|h| roles::head_at(doc, h).is_some())
        })
    };
    // A country someone stands in for is a side ("represented the Kingdom of Eswatini at the
    // meeting").
    let represented = |m: &NameMention| {
        (m.first.saturating_sub(STAND_IN_REACH)..m.first).any(|j| {
            doc.phrase_at(j, Cat::StandIn)
                .is_some_and(|(len, _)| (j + len..m.first).all(|d| doc.is(d, Cat::Determiner)))
        })
    };
    let (mut country_named, mut sides_named) = (false, false);
    for &s in &a.meeting.sentences {
        for k in doc.sentence(s).range() {
            country_named |= (k < name_first || k >= name_end)
                && doc.name_starting(k).is_some_and(|m| {
                    (m.country_form() == Some(CountryForm::Adjective)
                        || doc.is_possessive(m.end)
                        || represented(m))
                        && is_country(Some(m), true)
                        && !before_own_people(m.end)
                });
            // Not one's own people's ("community leaders", "líderes comunitarios", "the chief
            // ministers", "his ministers", "sus ministros"), nor the heads of a body the tables
            // do not know, past a portfolio ("los presidentes del Senado y de la Cámara"; but
            // "los ministros de Comercio del bloque", "the leaders of the Gulf states").
            let group = doc.phrase_len(k, Cat::ParticipantGroup);
            if group == 0 {
                continue;
            }
            let link = k + group + doc.phrase_len(k + group, Cat::Portfolio);
            let body = link + 1 + usize::from(doc.is(link + 1, Cat::Determiner));
            let of_own_body = doc.is(link, Cat::GenitiveLink)
                && doc.token(body).is_capitalized()
                && doc.name(body).is_none()
                && !doc.is(body, Cat::Portfolio)
                && !doc.has_phrase(body, Cat::Area);
            sides_named |= !of_own_body
                && group_of_sides(doc, k, group, link, body)
                && !(k > 0
                    && (event::own_people_word(doc, k - 1)
                        || doc.value_is(k - 1, Cat::Determiner, POSSESSIVE)
                        || doc.any_phrase(k.saturating_sub(2)..k, Cat::LocalOffice)))
                && !event::own_people_word(doc, k + 1);
        }
    }
    // A place in another country than the participant's attests the host's side ("X held talks
    // in Beijing", "la visita de la presidenta X a Chile"); with no country of the participant's
    // named, no place is abroad ("se reunió en Madrid con los ejecutivos de las eléctricas").
    let abroad = location.country.is_some() && own.is_some() && location.country.as_deref() != own;
    let placed = location.venue.is_some()
        || location.city.is_some()
        || location.region.is_some()
        || location.country.is_some();
    (a.meeting.name.is_none() || own_body)
        && !country_named
        && (own_body || !placed || !(abroad || sides_named || someone_else_met(a)))
        && !a
            .cast
            .participants
            .first()
            .is_some_and(|p| met_by_another(a, p.entity))
}

/// Whether the group of people at `k` (`group` tokens, its genitive link at `link` and the
/// first word of what follows at `body`) is of several sides: something says whose it is. A
/// country, an organisation or a part of the world before it or after it ("EU leaders",
/// "los mandatarios africanos", "the leaders of Brazil and Chile", "leaders from 20 countries",
/// "the heads of the member states"); a portfolio, held once in each government ("foreign
/// ministers", "los ministros de Comercio"); or a group that is of several sides by itself
/// ("heads of state", "los cancilleres", "delegations"); or, alone at the head of its
/// sentence, the meeting's own subject. Plain "the leaders of France's trade unions", "los
/// mandatarios provinciales" say none.
fn group_of_sides(doc: &Doc, k: usize, group: usize, link: usize, body: usize) -> bool {
    let names_sides = |j: usize| {
        doc.has_phrase(j, Cat::Area)
            || doc.name_starting(j).is_some_and(|m| {
                matches!(m.meaning, Meaning::Country(..) | Meaning::Organization(_))
                    && !doc.is_possessive(m.end)
            })
    };
    // The complement's first words, up to a punctuation mark: "of the member states", "from 20
    // countries".
    let of = doc.is(link, Cat::GenitiveLink) || doc.is(link, Cat::OriginMarker);
    // Alone at the head of its sentence, the group is the meeting's own subject ("The leaders
    // met", "Los presidentes, reunidos en Montevideo, cerraron la cumbre").
    let subject =
        !of && (doc.sentence_at(k).first..k).all(|j| doc.is(j, Cat::Determiner) || doc.is_count(j));
    let reach = if of { COMPLEMENT_REACH } else { 0 };
    let mut complement = (body..(body + reach).min(doc.tokens.len()))
        .take_while(|&j| doc.token(j).kind != crate::text::tokens::Kind::Punct);
    subject
        || doc.phrase_len_valued(k, Cat::ParticipantGroup, SIDES_BY_ITSELF) > 0
        || link > k + group
        || (k > 0 && doc.is(k - 1, Cat::Portfolio))
        || (k.saturating_sub(2)..k).any(names_sides)
        || names_sides(k + group)
        || complement.any(|j| names_sides(j) || doc.has_phrase(j, Cat::MemberNoun))
}

/// How far into a group's complement the country, organisation or members that say whose it
/// is may stand ("of the member states", "from 20 countries").
const COMPLEMENT_REACH: usize = 3;

/// The value of `participant_group` phrases that are of several sides by themselves ("heads of
/// state", "los cancilleres").
const SIDES_BY_ITSELF: i32 = 1;

/// How far after a country's adjective the people of one side it qualifies may stand ("German
/// and Brazilian business leaders").
const OWN_PEOPLE_REACH: usize = 3;

/// How far before a country the word of standing in for it may start ("on behalf of the").
const STAND_IN_REACH: usize = 4;

/// How far after one's own people the office of the one who leads them may stand ("investors
/// led by Vice Premier X").
const LED_BY_REACH: usize = 5;

/// Whether every principal holds a town's or a region's office ("Barcelona mayor X hosted the
/// gathering of mayors from 40 cities"): a meeting of mayors or governors is none of leaders.
/// (A mayor who receives a president meets a leader: that meeting stays.)
fn local_offices_only(a: &Analysis) -> bool {
    let mut principals = a
        .cast
        .participants
        .iter()
        .filter(|p| p.principal)
        .peekable();
    principals.peek().is_some() && principals.all(|p| holds_local_office(a, p.entity))
}

/// Whether the entity `e` holds a town's or a region's office ("the mayor of X", "el
/// gobernador regional", "el presidente de la ciudad autónoma"): a word of its title says so.
fn holds_local_office(a: &Analysis, e: coref::EntityId) -> bool {
    a.entity(e).role.is_some_and(|(r, _)| {
        let role = a.role(r);
        (role.first..role.end).any(|j| a.doc.has_phrase(j, Cat::LocalOffice))
    })
}

/// Whether a mention of `right` follows one of `left` after the word that joins the sides of
/// a subject ("X and Y", "X y Y").
fn joined_by_and(a: &Analysis, left: coref::EntityId, right: coref::EntityId) -> bool {
    let doc = a.doc;
    a.entity(right).mentions.iter().any(|&m| {
        let j = a.mention(m).evidence_first;
        j > 0
            && doc.value_is(j - 1, Cat::PluralSide, JOINER)
            && a.entity(left)
                .mentions
                .iter()
                .any(|&l| a.mention(l).end == j - 1)
    })
}

/// Whether someone other than the one participant is named in a clause of the meeting by a
/// title of another side: of another country or body, or a counterpart's ("met his
/// counterpart in Accra"), a second side the cast left unnamed. Not a bystander's title, nor
/// one's own people ("con la presencia del jefe de Gabinete, X"), nor someone named only as an
/// owner ("Prime Minister X's government"); a name alone there that the cast did not take is
/// no side either ("a team of climbers led by X").
fn someone_else_met(a: &Analysis) -> bool {
    let Some(p) = a.cast.participants.first() else {
        return false;
    };
    let own_mentions = &a.entity(p.entity).mentions;
    let own = a.entity(p.entity).owner.map(|(owner, _)| owner);
    (0..a.people.mentions.len()).any(|m| {
        let mention = a.mention(m);
        !own_mentions.contains(&m)
            && !a.doc.is_possessive(mention.end)
            && a.meeting.about_meeting(mention.first)
            && mention.role.is_some_and(|r| {
                let role = a.role(r);
                role.class != RoleClass::Bystander
                    && match mention.owner {
                        Some(owner) => Some(owner) != own,
                        None => role.relational,
                    }
            })
    })
}

/// How far before someone's reference a meeting word may stand that takes them as its other
/// side ("a very warm meeting with your President, X", "recibió el lunes a la canciller X").
const MET_REACH: usize = 4;

/// Whether the entity `e` is the other side of a meeting word in a sentence reporting the
/// meeting, after its link to the other side or as its object ("a meeting with X", "received
/// X", "recibió el lunes a X"): someone else, the subject, met them, whom the text may not name
/// ("we had a meeting with your President"). Not the agent of attendance ("attended by X").
fn met_by_another(a: &Analysis, e: coref::EntityId) -> bool {
    let doc = a.doc;
    a.entity(e).mentions.iter().any(|&m| {
        let mention = a.mention(m);
        let mut j = mention.evidence_first;
        while j > 0 && doc.is(j - 1, Cat::Determiner) {
            j -= 1;
        }
        // A link joined to its article may open the evidence ("recibió el lunes al canciller X").
        if doc.is(j, Cat::SideLink) && doc.is(j, Cat::Determiner) {
            j += 1;
        }
        // A link of any side after a verb ("recibió a X"), of a person after a noun too; not
        // the agent of a passive, who met the subject ("the players were received by X").
        // (A meeting noun's agent is its other side: "a visit by X".)
        let agent = j >= 2 && doc.is(j - 1, Cat::PassiveAgent) && !doc.is(j - 2, Cat::MeetingNoun);
        let link = (j > 0 && doc.is(j - 1, Cat::SideLink))
            .then(|| doc.value_is(j - 1, Cat::SideLink, 1))
            .filter(|_| !agent);
        let end = if link.is_some() { j - 1 } else { j };
        a.meeting.sentences.contains(&mention.sentence)
            && (end.saturating_sub(MET_REACH)..end).any(|k| {
                let verb = event::meeting_verb_len(doc, k);
                event::is_trigger(doc, k)
                    && !doc.has_phrase(k, Cat::Attendance)
                    && match link {
                        Some(person) => person || verb > 0,
                        None => k + verb == end,
                    }
            })
    })
}

/// Whether the meeting found is one person's with neither a tense nor a time nor a verb of
/// meeting: a meeting noun in passing by one leader ("dijo en su conferencia matutina",
/// "warned, after last year's G20 summit, that …") attests no meeting of sides, whatever place
/// the article gives ("Fiyi acoge una reunión …, encabezada por el ministro X" has its verb).
fn unattested(a: &Analysis, report: &Report, date: Option<&EventDate>) -> bool {
    let doc = a.doc;
    // The meeting's sentences are read for a verb last, when the rest holds.
    let verb = || {
        a.meeting.sentences.iter().any(|&s| {
            doc.sentence(s)
                .range()
                .any(|k| doc.has_phrase(k, Cat::MeetingVerb) && a.meeting.about_meeting(k))
        })
    };
    report.participants.len() == 1
        && !report.participants[0].group
        && a.meeting.status == EventStatus::Unknown
        && date.is_none()
        && !verb()
}

/// Whether no principal has a name or a title ("Peru's president met his Ecuadorian
/// counterpart", when neither is read as an office), or the one participant has no name ("a
/// meeting with the Russian leader was not on the table"): the cards would show a meeting of
/// no one, or of one title alone.
fn principals_unknown(report: &Report) -> bool {
    let people = &report.participants;
    if people.len() == 1 && people[0].name.is_none() && !people[0].group {
        return true;
    }
    for p in people {
        if p.principal && (p.name.is_some() || p.role.is_some()) {
            return false;
        }
    }
    true
}

/// The report of a text that reports no meeting: no kind, no participants and their
/// countries, and the warning that says so; the sources the text cites stay.
fn no_meeting(mut report: Report, language: &dyn Language) -> Report {
    report.event.kind = EventKind::Other;
    report.participants.clear();
    report.delegations.clear();
    report.countries.clear();
    report.warnings.clear();
    report.warnings.push(Notice::NoMeeting.warning(language));
    report
}

/// A warning for each participant whose country is a guess.
fn inferred_countries(a: &Analysis, language: &dyn Language) -> Vec<crate::report::Warning> {
    let mut warnings = Vec::new();
    for p in &a.cast.participants {
        let e = a.entity(p.entity);
        if let (Some(name), Some((owner, Certainty::Guess))) = (&e.name, e.owner) {
            let country = a.owner_name(owner);
            warnings.push(
                Notice::CountryInferred {
                    name,
                    country: &country,
                }
                .warning(language),
            );
        }
    }
    warnings
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

/// How far before "her counterpart" the person it is the counterpart of may be named ("Foreign
/// Minister X also met her Hungarian counterpart").
const COUNTERPART_REACH: usize = 20;

/// The title of an own office on another side than entity `n`'s: whom "his counterpart" is the
/// counterpart of. The participant named last before it, close by ("Foreign Minister X met her
/// counterpart, Y": a minister's counterpart is a minister), else the first principal.
fn other_side_title<'a>(a: &'a Analysis, n: coref::EntityId) -> Option<&'a String> {
    let side = a.entity(n).owner.map(|(o, _)| o);
    let at = a.mention(a.entity(n).mentions[0]).first;
    let (mut first_principal, mut nearest, mut nearest_at) = (None, None, 0);
    for p in &a.cast.participants {
        let e = a.entity(p.entity);
        if let Some((r, t)) = e.role
            && p.entity != n
            && !a.role(r).relational
            && (side.is_none() || e.owner.map(|(o, _)| o) != side)
        {
            if p.principal && first_principal.is_none() {
                first_principal = Some(a.title(r, t));
            }
            for &m in &e.mentions {
                let first = a.mention(m).first;
                if first < at && first + COUNTERPART_REACH > at && first >= nearest_at {
                    (nearest, nearest_at) = (Some(a.title(r, t)), first);
                }
            }
        }
    }
    nearest.or(first_principal)
}

fn participants_of(a: &Analysis) -> Vec<Participant> {
    let doc = a.doc;
    let mut out = Vec::with_capacity(a.cast.participants.len());
    for (n, p) in a.cast.participants.iter().enumerate() {
        let e = a.entity(p.entity);
        let role = e.role.map(|(r, t)| {
            let own = a.title(r, t);
            // "his Colombian counterpart": the title of the person it is the counterpart of.
            // Without one, no title: the relational word itself is none.
            if a.role(r).relational {
                other_side_title(a, p.entity)
                    .and_then(|t| roles::counterpart_title(doc.lex, t, own))
            } else {
                Some(own.clone())
            }
        });
        let role = role.flatten();
        let first = a.mention(e.mentions[0]);
        let intro = e
            .mentions
            .iter()
            .map(|&m| a.mention(m))
            .find(|m| m.role.is_some() && m.evidence != people::Evidence::Description)
            .unwrap_or(first);
        let mut mentions = Vec::with_capacity(e.mentions.len());
        for &m in &e.mentions {
            let m = a.mention(m);
            mentions.push(doc.span(m.first, m.end));
        }
        let (country, country_code) = match e.owner {
            Some((Owner::Country(c), _)) => (
                Some(doc.country(c).name.clone()),
                Some(doc.country(c).code.clone()),
            ),
            Some((o @ Owner::Organization(_), _)) => (Some(a.owner_name(o)), None),
            None => (None, None),
        };
        out.push(Participant {
            id: a.cast.report_id(n),
            name: e
                .name
                .as_deref()
                .map(|n| regnal_name(doc.lex, n, role.as_deref())),
            role: role.map(|r| crate::text::case::capitalize(&r)),
            country,
            country_code,
            principal: p.principal,
            group: false,
            evidence: doc.span(intro.evidence_first, intro.evidence_end),
            mentions,
        });
    }
    // The group first, as its id says.
    if let Some(g) = a.cast.group {
        let span = doc.span(g.first, g.end);
        out.insert(
            0,
            Participant {
                id: 0,
                name: None,
                role: Some(doc.phrase(g.first, g.end)),
                country: g.owner.map(|o| a.owner_name(Owner::Organization(o))),
                country_code: None,
                principal: true,
                group: true,
                evidence: span,
                mentions: vec![span],
            },
        );
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
        let mut titled = crate::text::case::capitalize(title);
        titled.push(' ');
        titled.push_str(name);
        titled
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
