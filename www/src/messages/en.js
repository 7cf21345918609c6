// The widget in English: every word it writes around the article's own words, on the cards and
// in the states and errors it shows instead of them.
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
    organization: 'organisation',
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

  // What the element shows before there are cards, or instead of them.
  reading: 'Reading the article…',
  notFound: 'The article could not be found',
  badSource: 'source="{selector}" is not a valid CSS selector.',
  noSource: 'No element on this page matches source="{selector}".',
  noArticle: 'No article to read',
  howToPoint: 'Point the element at the article with source="#article-body", or give it the text with the text '
    + 'attribute or property, or a child <template>.',
  waiting: 'Waiting for an article',
  empty: 'The article is empty.',
  // The exclude attribute is not a selector; the browser's message follows.
  notRead: 'The article could not be read',
  unreadable: 'This article could not be read',
  tooLong: 'The article is longer than {size} MB, the most summit-cards reads.',
  // A trap of the WebAssembly: also the message of the Error that extract() throws.
  crashed: 'summit-cards: the extractor failed on this article (a bug: please report it with the text); it '
    + 'restarts for the next one',
  notLoaded: 'Summit cards could not load',
  // Why the extractor could not load, by the reason of the SummitCardsLoadError (its message
  // is the English one), and what to do about it.
  loadErrors: {
    unsupported: 'This browser cannot run WebAssembly, which the extractor needs.',
    csp: 'The page\'s Content-Security-Policy does not allow WebAssembly to run.',
    'invalid-wasm': 'The file at {url} is not a WebAssembly module this browser can compile.',
    unknown: 'The extractor could not start: {message}',
    'file-protocol': 'A page opened from a file (file://) may not fetch the WebAssembly file.',
    network: 'The WebAssembly file could not be downloaded from {url}.',
    'http-status': 'The WebAssembly file could not be downloaded: the server answered {status} {statusText} for {url}.',
    'not-wasm': 'The file at {url} is not WebAssembly: the server sent {type}.',
  },
  loadHints: {
    unsupported: 'Use a current Chrome, Edge, Firefox or Safari, with WebAssembly switched on.',
    csp: 'Add \'wasm-unsafe-eval\' to the script-src directive of the policy.',
    'invalid-wasm': 'Check that the .wasm file was published unmodified, from the same build as summit-cards.js.',
    unknown: 'Reload the page; if it persists, report it with the browser\'s console output.',
    'file-protocol': 'Serve the page over http(s), or use summit-cards.standalone.js, which carries the WebAssembly inside.',
    network: 'Check the network connection, and that the page\'s connect-src policy allows that address.',
    'http-status': 'Publish summit_cards_bg.wasm next to summit-cards.js, or pass its address to init().',
    'not-wasm': 'The address probably leads to an error page; check the path, and serve .wasm files as application/wasm.',
  },
  // The type of a file the server sent without one (the {type} of not-wasm).
  untyped: 'a file without a type',
};
