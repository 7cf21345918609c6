// The cards in English: every word the widget writes around the article's own words.
//
// A table per language, named by the report's `lang` and listed in messages.js. Values are
// plain text: `{name}` marks a value put in (as text, never markup); an object of plural forms
// (`one`, `other`, and `zero`, `two`, `few`, `many` where the language has them) is chosen by
// Intl.PluralRules, `#` standing for the number written by Intl.NumberFormat.
export const en = {
  // The locale of dates and numbers: British English writes "Wednesday, 13 September 2023",
  // the order in which the cards give a date.
  locale: 'en-GB',

  kinds: {
    bilateral: 'Bilateral summit',
    multilateral: 'Multilateral summit',
    ministerial: 'Ministerial meeting',
  },
  statuses: { held: 'Held', ongoing: 'Under way', planned: 'Planned' },
  byVideoLink: 'By video link',
  // One-on-one, expanded and plenary sessions get one uniform name; the open-ended formats
  // (meal, ceremony, talks) are named by the article's own words ("working lunch").
  sessionFormats: {
    'one-on-one': 'One-on-one talks',
    expanded: 'Expanded talks',
    plenary: 'Plenary session',
  },
  sourceKinds: {
    agency: 'news agency',
    newspaper: 'newspaper',
    broadcaster: 'broadcaster',
    government: 'government',
    statement: 'statement',
  },

  // Durations: "almost 1 h 30 min".
  qualifiers: {
    exact: '{length}',
    about: 'about {length}',
    almost: 'almost {length}',
    'more-than': 'more than {length}',
    'less-than': 'less than {length}',
  },
  days: { one: '# day', other: '# days' },
  hoursAndMinutes: '{hours} h {minutes} min',
  hours: '{hours} h',
  minutes: '{minutes} min',

  glanceTitle: 'The summit at a glance',
  whoMetWhom: 'Who met whom',
  whoMet: 'Who met',
  where: 'Where',
  when: 'When',
  host: 'Host',
  format: 'Format',
  earlier: 'Earlier',
  inBrief: 'In brief',
  asWritten: '“{text}”',
  notes: 'Notes on this report',

  participantsTitle: 'The participants',
  people: { one: '# person', other: '# people' },
  delegations: { one: '# delegation', other: '# delegations' },
  participants: 'Participants',
  otherParticipants: 'Other participants',
  principal: 'Principal',
  official: 'Official',
  unnamed: '(unnamed)',
  // What a summit-cards-evidence event says of a person named only by role.
  unnamedLabel: '{role} (unnamed)',
  noParticipants: 'The article names no participants.',

  agendaTitle: 'The agenda',
  topicCount: { one: '# topic', other: '# topics' },
  topics: 'Topics',
  noTopics: 'The article names no topics.',
  from: 'from: {source}',
  secondary: 'Interests, quotes and sources',
  interests: 'What each side wants',
  wants: 'What {party} wants',
  quotes: 'In their words',
  quoteBy: '— {speaker}',
  unattributed: 'unattributed',
  sources: 'Sources cited',
  sourceKind: '· {kind}',

  // The buttons under a list cut short, which show the next part of it.
  morePeople: { one: 'and # more participant', other: 'and # more participants' },
  moreTopics: { one: 'and # more topic', other: 'and # more topics' },
  moreInterests: { one: 'and # more side', other: 'and # more sides' },
  moreQuotes: { one: 'and # more quote', other: 'and # more quotes' },
  moreSources: { one: 'and # more source', other: 'and # more sources' },

  noSummitTitle: 'No summit in this article',
  nothingToShow: 'Nothing to show',
  noSummit: 'summit-cards looked for a meeting of leaders or ministers and found none, so there are no '
    + 'participants or agenda to show for this article.',

  footnote: 'Extracted in your browser by {product}.',
  technicalDetails: 'Technical details',
};
