// Builds the cards of a report, in the language of the report, and the stand-in shown while
// the engine loads or when there is nothing to show.

import { h, titleLevel, CardView } from './cards/card-view.js';
import { glanceCard } from './cards/glance.js';
import { participantsCard } from './cards/participants.js';
import { agendaCard } from './cards/agenda.js';
import { noSummitCard } from './cards/no-summit.js';
import { messagesFor } from './messages/messages.js';

// The cards, in the order they are shown: each is { shows(report), render(view, report) } in a
// file of cards/, imported above and listed here.
const CARDS = [glanceCard, participantsCard, agendaCard, noSummitCard];

// Renders one report. `options`: headingLevel (of the card titles), compact (secondary
// sections folded away, fewer people shown first), interactive (evidence buttons), version (of
// the extractor). Returns the tree and the evidence of each button: key → { spans, label },
// to which the items a reader shows later ("and N more") add theirs.
export function renderReport(report, options) {
  const messages = messagesFor(report.lang);
  const view = new CardView(report, options, messages);
  const cards = CARDS.filter((card) => card.shows(report)).map((card) => card.render(view, report));
  const product = options.version ? `summit-cards ${options.version}` : 'summit-cards';
  const footnote = h('p', { class: 'footnote' }, h('span', null, messages.text('footnote', { product })));
  // The cards say in which language they are written: screen readers pronounce them in it,
  // and CSS quotation marks (open-quote) follow it.
  const tree = h('div', { class: 'report', lang: messages.lang }, h('div', { class: 'cards' }, cards), footnote);
  return { tree, evidence: view.evidence };
}

// The cards' stand-in while the engine loads or when there is nothing to show, in the language
// of `messages`. `title` is a message's key, and each of `lines` a message's key with its values
// ([key, values]) or a text already written (an error's message).
export function renderState({ title, lines = [], details = null, error = false, busy = false, headingLevel }, messages) {
  const level = titleLevel(headingLevel);
  return h('div', { class: error ? 'state state--error' : 'state', role: error ? 'alert' : 'status', lang: messages.lang },
    h(`h${level}`, { class: 'state__title' }, messages.text(title)),
    lines.map((line) => h('p', null, typeof line === 'string' ? line : messages.text(...line))),
    details ? h('details', null, h('summary', null, messages.text('technicalDetails')), h('code', null, details)) : null,
    busy ? h('div', { class: 'skeleton', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')) : null);
}
