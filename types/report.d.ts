// Generated from src/report/mod.rs by `UPDATE_TYPES=1 cargo test typescript`; do not edit.
// The report contract of summit-cards, version 1.1.

/**
 * What a summit report says about one article.
 */
export type Report = { 
/**
 * Version of this contract, currently `"1.1"`.
 */
schemaVersion: string, 
/**
 * Version of the extractor that wrote the report.
 */
extractorVersion: string, 
/**
 * Language the text was read as (`"en"`).
 */
lang: string, 
/**
 * One to three sentences a reader would write: who met whom, where, when, for how long,
 * about what. Built only from the facts below; `null` when no meeting was found.
 */
summary: string | null, 
/**
 * The meeting itself: its kind, place and date.
 */
event: Event, 
/**
 * The parts of the meeting the text tells apart (one-on-one talks, talks with the
 * delegations, a lunch...), in the order the text gives them.
 */
sessions: Array<Session>, 
/**
 * Earlier meetings between the same sides that the article recalls.
 */
previousMeetings: Array<PreviousMeeting>, 
/**
 * The people taking part: principals first, then delegation members. People merely
 * mentioned (spokespeople commenting, analysts, absent leaders) are not listed.
 */
participants: Array<Participant>, 
/**
 * Participants grouped by the country or organisation they represent.
 */
delegations: Array<Delegation>, 
/**
 * Countries (English short names) and organisations whose representatives take part.
 */
countries: Array<string>, 
/**
 * Topics discussed or on the agenda, as short phrases from the text.
 */
agenda: Array<AgendaItem>, 
/**
 * What each side wants from the meeting, and who says so.
 */
interests: Array<Interest>, 
/**
 * Quotations with their speakers.
 */
quotes: Array<Quote>, 
/**
 * Sources the article cites: agencies, newspapers, governments.
 */
sources: Array<Source>, 
/**
 * Things the reader of the report should know: text that could not be read, guesses made.
 */
warnings: Array<Warning>, };

/**
 * The meeting: kind, name, place and date.
 */
export type Event = { 
/**
 * Bilateral, multilateral, ministerial, or other when there is no meeting.
 */
kind: EventKind, 
/**
 * The meeting's own name when the text gives one ("the 18th Saarc Summit").
 */
name: string | null, 
/**
 * Held, ongoing, planned or unknown.
 */
status: EventStatus, 
/**
 * True when the text says the meeting is held by video link or phone.
 */
virtualMeeting: boolean, 
/**
 * The country that hosts the meeting, when the text makes it clear.
 */
host: string | null, 
/**
 * Where the meeting takes place.
 */
location: Location, 
/**
 * When the meeting takes place.
 */
date: EventDate | null, 
/**
 * The sentences that establish the meeting.
 */
evidence: Array<Span>, };

/**
 * The kind of meeting.
 */
export type EventKind = "bilateral" | "multilateral" | "ministerial" | "other";

/**
 * Whether the meeting has happened, is happening or is announced.
 */
export type EventStatus = "held" | "ongoing" | "planned" | "unknown";

/**
 * Where the meeting takes place, from the most to the least precise.
 */
export type Location = { 
/**
 * A building or site ("Vostochny cosmodrome", "White House").
 */
venue: string | null, 
/**
 * A city.
 */
city: string | null, 
/**
 * A region, province or state ("Amur region").
 */
region: string | null, 
/**
 * The country, English short name.
 */
country: string | null, 
/**
 * ISO 3166-1 alpha-2 code of `country`, for flags.
 */
countryCode: string | null, 
/**
 * Where the text names the place, every spelling included.
 */
evidence: Array<Span>, };

/**
 * The date of the meeting.
 */
export type EventDate = { 
/**
 * The phrase that dates the meeting, as written ("this Wednesday").
 */
text: string, 
/**
 * The date as `YYYY-MM-DD`, when the phrase and the publication date fix it.
 */
iso: string | null, 
/**
 * Where the phrase is.
 */
evidence: Span, };

/**
 * One part of the meeting.
 */
export type Session = { 
/**
 * What kind of session it is.
 */
format: SessionFormat, 
/**
 * How the text names it ("face-to-face meeting", "expanded format", "lunch").
 */
label: string, 
/**
 * How long it lasted, when the text says.
 */
duration: Duration | null, 
/**
 * Where the text describes the session.
 */
evidence: Array<Span>, };

/**
 * The format of a session.
 */
export type SessionFormat = "one-on-one" | "expanded" | "plenary" | "meal" | "ceremony" | "talks";

/**
 * A length of time as the text gives it.
 */
export type Duration = { 
/**
 * As written ("almost an hour and a half").
 */
text: string, 
/**
 * The length in minutes.
 */
minutes: number, 
/**
 * How exact the length is.
 */
qualifier: DurationQualifier, 
/**
 * Where the text gives the length.
 */
evidence: Span, };

/**
 * How a duration is hedged.
 */
export type DurationQualifier = "exact" | "about" | "almost" | "more-than" | "less-than";

/**
 * An earlier meeting the article recalls.
 */
export type PreviousMeeting = { 
/**
 * The sentence that recalls it.
 */
text: string, 
/**
 * The year, when given.
 */
year: number | null, 
/**
 * Where it took place, when given.
 */
place: string | null, 
/**
 * How long it lasted, when given.
 */
duration: Duration | null, 
/**
 * Where the sentence is.
 */
evidence: Span, };

/**
 * A person taking part in the meeting.
 */
export type Participant = { 
/**
 * Stable within one report; delegations and quotes refer to it.
 */
id: number, 
/**
 * The fullest form of the name the text uses; `null` for a participant the text names
 * only by role ("the defence minister").
 */
name: string | null, 
/**
 * The title or role as the text gives it ("Foreign Minister").
 */
role: string | null, 
/**
 * The country (English short name) or organisation the person represents.
 */
country: string | null, 
/**
 * ISO 3166-1 alpha-2 code of `country`, for flags; `null` for organisations.
 */
countryCode: string | null, 
/**
 * True for the leaders who met, false for delegation members.
 */
principal: boolean, 
/**
 * True for a side the text names only as a group of one organisation's office
 * holders ("G7 leaders", "los cancilleres del Mercosur") or of a part of the world's
 * ("African heads of state", `country` then `null`): `name` is then `null` and `role`
 * the group's name as the text writes it.
 */
group: boolean, 
/**
 * Where the person is introduced (name and role).
 */
evidence: Span, 
/**
 * Every place the text refers to the person: name, surname, "the Russian leader"...
 */
mentions: Array<Span>, };

/**
 * The participants of one country or organisation.
 */
export type Delegation = { 
/**
 * Country (English short name) or organisation.
 */
country: string, 
/**
 * ISO 3166-1 alpha-2 code, `null` for organisations.
 */
countryCode: string | null, 
/**
 * Ids of its participants, principals first.
 */
members: Array<number>, };

/**
 * A topic discussed or on the agenda.
 */
export type AgendaItem = { 
/**
 * A short phrase from the text ("trade and economic ties").
 */
topic: string, 
/**
 * Who the article says characterised the topic, when it says ("the Kremlin").
 */
source: string | null, 
/**
 * Where the topic is named.
 */
evidence: Span, };

/**
 * What one side wants.
 */
export type Interest = { 
/**
 * The side: a country or organisation.
 */
party: string, 
/**
 * The participant who stands for that side in the sentence, when it is one.
 */
participantId: number | null, 
/**
 * What the side wants, one short phrase each.
 */
wants: Array<string>, 
/**
 * Who says so ("The New York Times"), when the article attributes it.
 */
source: string | null, 
/**
 * Where the text says it.
 */
evidence: Span, };

/**
 * A quotation.
 */
export type Quote = { 
/**
 * The quoted words, without the quotation marks.
 */
text: string, 
/**
 * The speaker as the report names them: a participant's name, or as the text gives it.
 */
speaker: string | null, 
/**
 * The speaker's participant id, when the speaker is a participant.
 */
speakerId: number | null, 
/**
 * Where the quoted words are.
 */
evidence: Span, };

/**
 * A source the article cites.
 */
export type Source = { 
/**
 * Its name ("Interfax", "The New York Times", "Kremlin").
 */
name: string, 
/**
 * What kind of source it is.
 */
kind: SourceKind, 
/**
 * Every place the article cites it.
 */
evidence: Array<Span>, };

/**
 * Kinds of sources.
 */
export type SourceKind = "agency" | "newspaper" | "broadcaster" | "government" | "statement" | "organization";

/**
 * Something the reader of the report should know.
 */
export type Warning = { 
/**
 * Stable machine-readable code ("unsupported-language", "no-meeting").
 */
code: string, 
/**
 * A sentence for people.
 */
message: string, };

/**
 * A stretch of the input text, in UTF-16 code units, end exclusive.
 */
export type Span = { 
/**
 * Offset of the first code unit.
 */
start: number, 
/**
 * Offset just past the last code unit.
 */
end: number, };

