// The agenda: topics, what each side wants and who says so, quotes, and the sources cited.

import { h, LIST_LIMITS } from './card-view.js';

export const agendaCard = {
  shows: (report) => report.event.kind !== 'other',

  render(view, report) {
    const { messages } = view;
    const count = report.agenda.length;
    return view.card('agenda', 'agendaTitle', count ? messages.count('topicCount', count) : null,
      view.sectionTitle('topics'),
      count ? topicList(view, report.agenda) : h('p', { class: 'summary' }, messages.text('noTopics')),
      view.secondary(messages.text('secondary'), [
        interestList(view, report.interests),
        quoteList(view, report.quotes),
        sourceList(view, report.sources),
      ]));
  },
};

// A list of `items` cut short by `limits` (see CardView.inSteps), each item an <li>.
function listInSteps(view, items, attributes, limits, item) {
  const list = h('ul', attributes);
  const more = view.inSteps(items, limits, (entry, index) => list.appendChild(h('li', null, item(entry, index))));
  return [list, more];
}

function topicList(view, agenda) {
  return listInSteps(view, agenda, { class: 'chips' }, { limit: LIST_LIMITS.topics, moreKey: 'moreTopics' }, (topic, index) =>
    view.evidenceButton(`topic-${index}`, [topic.evidence], topic.topic, { class: 'ev chip' },
      h('span', null, topic.topic),
      view.from(topic.source)));
}

function interestList(view, interests) {
  if (!interests.length) return null;
  const { messages } = view;
  return [view.sectionTitle('interests'),
    listInSteps(view, interests, { class: 'interests' }, { limit: LIST_LIMITS.interests, moreKey: 'moreInterests' }, (interest, index) => {
      const person = interest.participantId === null ? null : view.participants.get(interest.participantId);
      const code = person?.countryCode ?? view.countryCodes.get(interest.party) ?? null;
      // A side named as its country is named in the cards' language.
      const party = person && person.country !== interest.party ? interest.party : messages.country(code, interest.party);
      return view.evidenceButton(`interest-${index}`, [interest.evidence], messages.text('wants', { party }),
        { class: 'ev interest' },
        h('span', { class: 'interest__party' }, view.flag(code, party), h('span', null, party)),
        h('span', { class: 'interest__wants' }, interest.wants.map((want) => h('span', { class: 'interest__want' }, want))),
        view.from(interest.source));
    })];
}

function quoteList(view, quotes) {
  if (!quotes.length) return null;
  const { messages } = view;
  return [view.sectionTitle('quotes'),
    listInSteps(view, quotes, { class: 'quotes' }, { limit: LIST_LIMITS.quotes, moreKey: 'moreQuotes' }, (quote) =>
      h('figure', { class: 'quote' },
        h('blockquote', null, quote.text),
        h('figcaption', null, messages.text('quoteBy', { speaker: quote.speaker ?? messages.text('unattributed') }))))];
}

function sourceList(view, sources) {
  if (!sources.length) return null;
  const { messages } = view;
  return [view.sectionTitle('sources'),
    listInSteps(view, sources, { class: 'sources' }, { limit: LIST_LIMITS.sources, moreKey: 'moreSources' }, (source, index) =>
      view.evidenceButton(`source-${index}`, source.evidence, source.name, { class: 'ev source' },
        source.name, ' ', h('span', { class: 'source__kind' }, messages.text('sourceKind', { kind: messages.label('sourceKinds', source.kind) ?? source.kind }))))];
}
