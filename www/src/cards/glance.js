// The summit at a glance: who met whom, where, when, for how long, in what format, and the
// report's summary.

import { h } from './card-view.js';
import { placeParts } from '../format.js';

export const glanceCard = {
  shows: (report) => report.event.kind !== 'other',

  render(view, report) {
    const { messages } = view;
    const { event } = report;
    const principals = report.participants.filter((person) => person.principal);
    const eyebrow = [
      messages.label('kinds', event.kind),
      messages.label('statuses', event.status),
      event.virtualMeeting ? messages.text('byVideoLink') : null,
    ].filter(Boolean).join(' · ');
    let who = null;
    if (principals.length) {
      const list = h('ul', { class: 'people' });
      const more = view.inSteps(principals, view.peopleInSteps(),
        (person) => list.appendChild(h('li', null, view.personButton(person, { key: `principal-${person.id}`, withCountry: true, badge: false }))));
      who = h('div', { class: 'glance__who' },
        view.sectionTitle(principals.length === 2 ? 'whoMetWhom' : 'whoMet'), list, more);
    }
    return view.card('glance', 'glanceTitle', eyebrow,
      event.name ? h('p', { class: 'event-name' }, event.name) : null,
      h('div', { class: 'glance' },
        who,
        h('dl', { class: 'facts glance__facts' },
          placeFact(view, event),
          dateFact(view, event),
          event.host ? view.fact('host', view.countryName(event.host)) : null,
          sessionsFact(view, report.sessions),
          historyFact(view, report.previousMeetings)),
        report.summary
          ? h('div', { class: 'glance__brief' }, view.sectionTitle('inBrief'), h('p', { class: 'summary' }, report.summary))
          : null),
      view.warnings(report.warnings));
  },
};

function placeFact(view, event) {
  const { countryCode } = event.location;
  const country = view.messages.country(countryCode, event.location.country);
  const parts = placeParts({ ...event.location, country });
  if (!parts.length) return null;
  const [main, ...rest] = parts;
  return view.fact('where', view.evidenceButton('place', event.location.evidence, parts.join(', '), { class: 'ev place' },
    h('span', { class: 'place__main' }, main),
    rest.length ? h('span', { class: 'place__rest' },
      country && rest[rest.length - 1] === country ? view.flag(countryCode, country) : null,
      rest.join(', ')) : null));
}

function dateFact(view, event) {
  const { date } = event;
  if (!date) return null;
  const { messages } = view;
  const formatted = messages.date(date.iso);
  return view.fact('when', view.evidenceButton('date', [date.evidence], formatted ?? date.text, { class: 'ev date' },
    h('span', { class: 'place__main' }, formatted ?? date.text),
    formatted ? h('span', { class: 'as-written' }, messages.text('asWritten', { text: date.text })) : null));
}

// One-on-one, expanded and plenary sessions get the table's name for their format; the others
// the article's own words ("working lunch").
function sessionTitle(messages, session) {
  return messages.label('sessionFormats', session.format) ?? messages.capitalize(session.label);
}

function sessionsFact(view, sessions) {
  if (!sessions.length) return null;
  const { messages } = view;
  return view.fact('format', h('ul', { class: 'sessions' }, sessions.map((session, index) =>
    h('li', null, view.evidenceButton(`session-${index}`, [...session.evidence, session.duration?.evidence],
      sessionTitle(messages, session), { class: 'ev session' },
      h('span', null, sessionTitle(messages, session)),
      session.duration ? h('span', { class: 'duration' }, messages.duration(session.duration)) : null)))));
}

function historyFact(view, previous) {
  if (!previous.length) return null;
  const { messages } = view;
  return view.fact('earlier', h('ul', { class: 'history' }, previous.map((meeting, index) => {
    const summary = [meeting.year, meeting.place, meeting.duration ? messages.duration(meeting.duration) : null]
      .filter((part) => part !== null && part !== undefined).join(' · ');
    return h('li', null, view.evidenceButton(`previous-${index}`, [meeting.evidence], meeting.text,
      { class: 'ev history__item' }, summary || meeting.text));
  })));
}
