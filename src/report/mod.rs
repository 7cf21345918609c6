//! The report: the versioned JSON contract shared by the Rust API, the CLI and the JS API.
//!
//! Field names are camelCase in JSON. Absent facts are `null` (never left out), lists are
//! always present (possibly empty), so a consumer can read any field without checking for it.
//! Every extracted fact carries the evidence it came from as [`Span`]s: UTF-16 code-unit
//! offsets into the input text exactly as it was given, so JavaScript can highlight them with
//! `text.slice(start, end)` or a DOM `Range`.
//!
//! The TypeScript declarations in `types/report.d.ts` are generated from these types (see the
//! `typescript` test in this module); a test fails when they drift.

mod json;

use json::contract;

/// Version of the report contract. Bumped in its minor part when fields are added, in its
/// major part when a field changes meaning or disappears.
pub const SCHEMA_VERSION: &str = "1.0";

contract! {
    /// A stretch of the input text, in UTF-16 code units, end exclusive.
    #[derive(Copy, Eq, PartialOrd, Ord, Hash)]
    pub struct Span {
        /// Offset of the first code unit.
        pub start: u32 as "start",
        /// Offset just past the last code unit.
        pub end: u32 as "end",
    }

    /// What a summit report says about one article.
    pub struct Report {
        /// Version of this contract, currently `"1.0"`.
        pub schema_version: String as "schemaVersion",
        /// Version of the extractor that wrote the report.
        pub extractor_version: String as "extractorVersion",
        /// Language the text was read as (`"en"`).
        pub lang: String as "lang",
        /// One to three sentences a reader would write: who met whom, where, when, for how long,
        /// about what. Built only from the facts below; `null` when no meeting was found.
        pub summary: Option<String> as "summary",
        /// The meeting itself: its kind, place and date.
        pub event: Event as "event",
        /// The parts of the meeting the text tells apart (one-on-one talks, talks with the
        /// delegations, a lunch...), in the order the text gives them.
        pub sessions: Vec<Session> as "sessions",
        /// Earlier meetings between the same sides that the article recalls.
        pub previous_meetings: Vec<PreviousMeeting> as "previousMeetings",
        /// The people taking part: principals first, then delegation members. People merely
        /// mentioned (spokespeople commenting, analysts, absent leaders) are not listed.
        pub participants: Vec<Participant> as "participants",
        /// Participants grouped by the country or organisation they represent.
        pub delegations: Vec<Delegation> as "delegations",
        /// Countries (English short names) and organisations whose representatives take part.
        pub countries: Vec<String> as "countries",
        /// Topics discussed or on the agenda, as short phrases from the text.
        pub agenda: Vec<AgendaItem> as "agenda",
        /// What each side wants from the meeting, and who says so.
        pub interests: Vec<Interest> as "interests",
        /// Quotations with their speakers.
        pub quotes: Vec<Quote> as "quotes",
        /// Sources the article cites: agencies, newspapers, governments.
        pub sources: Vec<Source> as "sources",
        /// Things the reader of the report should know: text that could not be read, guesses made.
        pub warnings: Vec<Warning> as "warnings",
    }

    /// The kind of meeting.
    pub enum EventKind {
        /// Two countries' leaders (a host and a guest, or two sides on neutral ground).
        Bilateral as "bilateral",
        /// Leaders of three or more countries or organisations (G20, AU, ASEAN...).
        Multilateral as "multilateral",
        /// Ministers, envoys or delegations rather than heads of state or government.
        Ministerial as "ministerial",
        /// No meeting of leaders was found in the text.
        Other as "other",
    }

    /// Whether the meeting has happened, is happening or is announced.
    pub enum EventStatus {
        /// The text reports it in the past tense.
        Held as "held",
        /// The text reports it as under way.
        Ongoing as "ongoing",
        /// The text announces it for later.
        Planned as "planned",
        /// The text does not say, or there is no meeting.
        Unknown as "unknown",
    }

    /// The meeting: kind, name, place and date.
    pub struct Event {
        /// Bilateral, multilateral, ministerial, or other when there is no meeting.
        pub kind: EventKind as "kind",
        /// The meeting's own name when the text gives one ("the 18th Saarc Summit").
        pub name: Option<String> as "name",
        /// Held, ongoing, planned or unknown.
        pub status: EventStatus as "status",
        /// True when the text says the meeting is held by video link or phone.
        pub virtual_meeting: bool as "virtualMeeting",
        /// The country that hosts the meeting, when the text makes it clear.
        pub host: Option<String> as "host",
        /// Where the meeting takes place.
        pub location: Location as "location",
        /// When the meeting takes place.
        pub date: Option<EventDate> as "date",
        /// The sentences that establish the meeting.
        pub evidence: Vec<Span> as "evidence",
    }

    /// Where the meeting takes place, from the most to the least precise.
    #[derive(Default)]
    pub struct Location {
        /// A building or site ("Vostochny cosmodrome", "White House").
        pub venue: Option<String> as "venue",
        /// A city.
        pub city: Option<String> as "city",
        /// A region, province or state ("Amur region").
        pub region: Option<String> as "region",
        /// The country, English short name.
        pub country: Option<String> as "country",
        /// ISO 3166-1 alpha-2 code of `country`, for flags.
        pub country_code: Option<String> as "countryCode",
        /// Where the text names the place, every spelling included.
        pub evidence: Vec<Span> as "evidence",
    }

    /// The date of the meeting.
    pub struct EventDate {
        /// The phrase that dates the meeting, as written ("this Wednesday").
        pub text: String as "text",
        /// The date as `YYYY-MM-DD`, when the phrase and the publication date fix it.
        pub iso: Option<String> as "iso",
        /// Where the phrase is.
        pub evidence: Span as "evidence",
    }

    /// One part of the meeting.
    pub struct Session {
        /// What kind of session it is.
        pub format: SessionFormat as "format",
        /// How the text names it ("face-to-face meeting", "expanded format", "lunch").
        pub label: String as "label",
        /// How long it lasted, when the text says.
        pub duration: Option<Duration> as "duration",
        /// Where the text describes the session.
        pub evidence: Vec<Span> as "evidence",
    }

    /// The format of a session.
    pub enum SessionFormat {
        /// The principals alone, or with interpreters ("one-on-one", "face-to-face",
        /// "tête-à-tête").
        OneOnOne as "one-on-one",
        /// With the delegations ("expanded format", "delegation-level talks").
        Expanded as "expanded",
        /// A plenary or working session of a multilateral meeting.
        Plenary as "plenary",
        /// A lunch, dinner or banquet.
        Meal as "meal",
        /// A ceremony (welcome, signing, opening).
        Ceremony as "ceremony",
        /// Talks the text does not qualify further.
        Talks as "talks",
    }

    /// A length of time as the text gives it.
    pub struct Duration {
        /// As written ("almost an hour and a half").
        pub text: String as "text",
        /// The length in minutes.
        pub minutes: u32 as "minutes",
        /// How exact the length is.
        pub qualifier: DurationQualifier as "qualifier",
        /// Where the text gives the length.
        pub evidence: Span as "evidence",
    }

    /// How a duration is hedged.
    pub enum DurationQualifier {
        /// No hedge: "two hours".
        Exact as "exact",
        /// "about", "around", "some".
        About as "about",
        /// "almost", "nearly", "just under".
        Almost as "almost",
        /// "more than", "over".
        MoreThan as "more-than",
        /// "less than", "under".
        LessThan as "less-than",
    }

    /// An earlier meeting the article recalls.
    pub struct PreviousMeeting {
        /// The sentence that recalls it.
        pub text: String as "text",
        /// The year, when given.
        pub year: Option<i32> as "year",
        /// Where it took place, when given.
        pub place: Option<String> as "place",
        /// How long it lasted, when given.
        pub duration: Option<Duration> as "duration",
        /// Where the sentence is.
        pub evidence: Span as "evidence",
    }

    /// A person taking part in the meeting.
    pub struct Participant {
        /// Stable within one report; delegations and quotes refer to it.
        pub id: u32 as "id",
        /// The fullest form of the name the text uses; `null` for a participant the text names
        /// only by role ("the defence minister").
        pub name: Option<String> as "name",
        /// The title or role as the text gives it ("Foreign Minister").
        pub role: Option<String> as "role",
        /// The country (English short name) or organisation the person represents.
        pub country: Option<String> as "country",
        /// ISO 3166-1 alpha-2 code of `country`, for flags; `null` for organisations.
        pub country_code: Option<String> as "countryCode",
        /// True for the leaders who met, false for delegation members.
        pub principal: bool as "principal",
        /// Where the person is introduced (name and role).
        pub evidence: Span as "evidence",
        /// Every place the text refers to the person: name, surname, "the Russian leader"...
        pub mentions: Vec<Span> as "mentions",
    }

    /// The participants of one country or organisation.
    pub struct Delegation {
        /// Country (English short name) or organisation.
        pub country: String as "country",
        /// ISO 3166-1 alpha-2 code, `null` for organisations.
        pub country_code: Option<String> as "countryCode",
        /// Ids of its participants, principals first.
        pub members: Vec<u32> as "members",
    }

    /// A topic discussed or on the agenda.
    pub struct AgendaItem {
        /// A short phrase from the text ("trade and economic ties").
        pub topic: String as "topic",
        /// Who the article says characterised the topic, when it says ("the Kremlin").
        pub source: Option<String> as "source",
        /// Where the topic is named.
        pub evidence: Span as "evidence",
    }

    /// What one side wants.
    pub struct Interest {
        /// The side: a country or organisation.
        pub party: String as "party",
        /// The participant who stands for that side in the sentence, when it is one.
        pub participant_id: Option<u32> as "participantId",
        /// What the side wants, one short phrase each.
        pub wants: Vec<String> as "wants",
        /// Who says so ("The New York Times"), when the article attributes it.
        pub source: Option<String> as "source",
        /// Where the text says it.
        pub evidence: Span as "evidence",
    }

    /// A quotation.
    pub struct Quote {
        /// The quoted words, without the quotation marks.
        pub text: String as "text",
        /// The speaker as the report names them: a participant's name, or as the text gives it.
        pub speaker: Option<String> as "speaker",
        /// The speaker's participant id, when the speaker is a participant.
        pub speaker_id: Option<u32> as "speakerId",
        /// Where the quoted words are.
        pub evidence: Span as "evidence",
    }

    /// A source the article cites.
    pub struct Source {
        /// Its name ("Interfax", "The New York Times", "Kremlin").
        pub name: String as "name",
        /// What kind of source it is.
        pub kind: SourceKind as "kind",
        /// Every place the article cites it.
        pub evidence: Vec<Span> as "evidence",
    }

    /// Kinds of sources.
    pub enum SourceKind {
        /// A news agency (Interfax, EFE, Reuters).
        Agency as "agency",
        /// A newspaper or magazine.
        Newspaper as "newspaper",
        /// A broadcaster.
        Broadcaster as "broadcaster",
        /// A government or its seat ("the Kremlin", "the State Department").
        Government as "government",
        /// An official statement.
        Statement as "statement",
        /// An international organisation or one of its bodies ("the AU Commission").
        Organization as "organization",
    }

    /// Something the reader of the report should know.
    pub struct Warning {
        /// Stable machine-readable code ("unsupported-language", "no-meeting").
        pub code: String as "code",
        /// A sentence for people.
        pub message: String as "message",
    }
}

impl Report {
    /// A report of this contract and extractor, in the language `lang`, that has found nothing.
    pub(crate) fn empty(lang: &str) -> Report {
        Report {
            schema_version: SCHEMA_VERSION.to_string(),
            extractor_version: env!("CARGO_PKG_VERSION").to_string(),
            lang: lang.to_string(),
            summary: None,
            event: Event {
                kind: EventKind::Other,
                name: None,
                status: EventStatus::Unknown,
                virtual_meeting: false,
                host: None,
                location: Location::default(),
                date: None,
                evidence: Vec::new(),
            },
            sessions: Vec::new(),
            previous_meetings: Vec::new(),
            participants: Vec::new(),
            delegations: Vec::new(),
            countries: Vec::new(),
            agenda: Vec::new(),
            interests: Vec::new(),
            quotes: Vec::new(),
            sources: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod typescript {
    //! The TypeScript declarations of the contract are generated from the types above.
    //! `UPDATE_TYPES=1 cargo test typescript` rewrites `types/report.d.ts`; without it the test
    //! fails when the file differs from what the types say.

    use super::*;
    use ts_rs::TS;

    fn declaration<T: TS>() -> String {
        let docs = T::docs()
            .map(|d| format!("{}\n", d.trim_end()))
            .unwrap_or_default();
        format!("{docs}export {}\n", T::decl())
    }

    fn generated() -> String {
        let mut out = String::from(
            "// Generated from src/report/mod.rs by `UPDATE_TYPES=1 cargo test typescript`; do not edit.\n\
             // The report contract of summit-cards, version 1.0.\n\n",
        );
        for d in [
            declaration::<Report>(),
            declaration::<Event>(),
            declaration::<EventKind>(),
            declaration::<EventStatus>(),
            declaration::<Location>(),
            declaration::<EventDate>(),
            declaration::<Session>(),
            declaration::<SessionFormat>(),
            declaration::<Duration>(),
            declaration::<DurationQualifier>(),
            declaration::<PreviousMeeting>(),
            declaration::<Participant>(),
            declaration::<Delegation>(),
            declaration::<AgendaItem>(),
            declaration::<Interest>(),
            declaration::<Quote>(),
            declaration::<Source>(),
            declaration::<SourceKind>(),
            declaration::<Warning>(),
            declaration::<Span>(),
        ] {
            out.push_str(&d);
            out.push('\n');
        }
        out
    }

    #[test]
    fn declarations_match_the_types() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/types/report.d.ts");
        let want = generated();
        if std::env::var_os("UPDATE_TYPES").is_some() {
            std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "types/report.d.ts is out of date: run `UPDATE_TYPES=1 cargo test typescript`"
        );
    }
}
