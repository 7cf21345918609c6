// Builds the three cards from a report, with DOM APIs only. Every string that comes from the
// article (names, topics, quotes…) enters the tree as a Text node, never as markup.

import {
  kindLabel, statusLabel, sourceKindLabel, sessionTitle, formatDuration, formatIsoDate,
  placeParts, flagEmoji, canDrawFlags,
} from './format.js';

// h('p', { class: 'x' }, 'text', child) → <p class="x">text{child}</p>. Attribute values are
// set with setAttribute (never parsed as markup); strings become Text nodes.
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

// Renders one report. `options`: headingLevel (of the card titles), compact (secondary
// sections folded away), interactive (evidence buttons), version (of the extractor).
// Returns the tree and the evidence of each button: key → { spans, label }.
export function renderReport(report, options) {
  const view = new CardView(options);
  return { tree: view.report(report), evidence: view.evidence };
}

// The level of the card titles: the heading-level attribute, 2 to 5, else 2.
function titleLevel(value) {
  const level = Math.round(Number(value));
  return level >= 2 && level <= 5 ? level : 2;
}

// The cards' stand-in while the engine loads or when there is nothing to show.
export function renderState({ title, lines = [], details = null, error = false, busy = false, headingLevel }) {
  const level = titleLevel(headingLevel);
  return h('div', { class: error ? 'state state--error' : 'state', role: error ? 'alert' : 'status' },
    h(`h${level}`, { class: 'state__title' }, title),
    lines.map((line) => h('p', null, line)),
    details ? h('details', null, h('summary', null, 'Technical details'), h('code', null, details)) : null,
    busy ? h('div', { class: 'skeleton', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')) : null);
}

class CardView {
  evidence = new Map();

  constructor({ headingLevel, compact, interactive, version }) {
    this.level = titleLevel(headingLevel);
    this.compact = compact;
    this.interactive = interactive;
    this.version = version;
    this.flags = canDrawFlags();
  }

  report(report) {
    this.participants = new Map(report.participants.map((person) => [person.id, person]));
    const cards = report.event.kind === 'other'
      ? [this.emptyCard(report)]
      : [this.glanceCard(report), this.participantsCard(report), this.agendaCard(report)];
    const footnote = h('p', { class: 'footnote' },
      h('span', null, `Extracted in your browser by summit-cards${this.version ? ` ${this.version}` : ''}.`));
    return h('div', { class: 'report' }, h('div', { class: 'cards' }, cards), footnote);
  }

  // A button that shows `spans` of the article; a plain element when the cards are static.
  evidenceButton(key, spans, label, attributes, ...children) {
    const usable = spans.filter((span) => span && span.end > span.start);
    if (!this.interactive || !usable.length) {
      return h('span', { ...attributes, class: `${attributes.class} static` }, ...children);
    }
    this.evidence.set(key, { spans: usable, label });
    return h('button', { type: 'button', ...attributes, 'data-evidence': key }, ...children);
  }

  // A card is a section under its heading, deliberately without an accessible name: a named
  // section is a landmark, and two widgets on a page would repeat the same landmark names.
  card(kind, title, eyebrow, ...body) {
    return h('section', { class: `card card--${kind}` },
      h('header', { class: 'card__head' },
        h(`h${this.level}`, { class: 'card__title' }, title),
        eyebrow ? h('p', { class: 'card__eyebrow' }, eyebrow) : null),
      body);
  }

  sectionTitle(text) {
    return h(`h${this.level + 1}`, { class: 'section-title' }, text);
  }

  // Sections a compact widget folds into a disclosure, to keep a sidebar short.
  secondary(label, sections) {
    const present = sections.filter(Boolean);
    if (!present.length) return null;
    if (!this.compact) return present;
    return h('details', { class: 'more' }, h('summary', null, label), present);
  }

  flag(code, country) {
    const emoji = flagEmoji(code);
    if (!emoji) return h('span', { class: 'flag flag--none', 'aria-hidden': 'true' });
    // The country's name is always written next to the flag, so the flag itself is decoration.
    return this.flags
      ? h('span', { class: 'flag', 'aria-hidden': 'true', title: country ?? null }, emoji)
      : h('span', { class: 'flag flag--code', 'aria-hidden': 'true' }, code.toUpperCase());
  }

  personSpans(person) {
    return [person.evidence, ...person.mentions];
  }

  personName(person) {
    if (person.name) return h('span', { class: 'person__name' }, person.name);
    return h('span', { class: 'person__name person__name--unnamed' },
      person.role ?? 'Official', ' ', h('span', { class: 'person__note' }, '(unnamed)'));
  }

  // A participant: flag, name (with a "Principal" badge where the list mixes principals and
  // delegation members), and role, with the country where the list is not grouped by country.
  // `key` names the button among the cards' items (a principal appears in two cards).
  personButton(person, { key, withCountry, badge }) {
    const role = [person.name ? person.role : null, withCountry ? person.country : null].filter(Boolean).join(' · ');
    const label = person.name ?? `${person.role ?? 'official'} (unnamed)`;
    return this.evidenceButton(key, this.personSpans(person), label, { class: 'ev person' },
      h('span', { class: 'person__flag' }, this.flag(person.countryCode, person.country)),
      h('span', { class: 'person__text' },
        h('span', { class: 'person__line' },
          this.personName(person),
          badge && person.principal ? h('span', { class: 'badge' }, 'Principal') : null),
        role ? h('span', { class: 'person__role' }, role) : null));
  }

  glanceCard(report) {
    const { event } = report;
    const principals = report.participants.filter((person) => person.principal);
    const eyebrow = [kindLabel(event.kind), statusLabel(event.status), event.virtualMeeting ? 'By video link' : null]
      .filter(Boolean).join(' · ');
    return this.card('glance', 'The summit at a glance', eyebrow,
      event.name ? h('p', { class: 'event-name' }, event.name) : null,
      h('div', { class: 'glance' },
        principals.length ? h('div', { class: 'glance__who' },
          this.sectionTitle(principals.length === 2 ? 'Who met whom' : 'Who met'),
          h('ul', { class: 'people' }, principals.map((person) => h('li', null, this.personButton(person, { key: `principal-${person.id}`, withCountry: true, badge: false }))))) : null,
        h('dl', { class: 'facts glance__facts' },
          this.placeFact(event),
          this.dateFact(event),
          event.host ? this.fact('Host', event.host) : null,
          this.sessionsFact(report.sessions),
          this.historyFact(report.previousMeetings)),
        report.summary ? h('div', { class: 'glance__brief' }, this.sectionTitle('In brief'), h('p', { class: 'summary' }, report.summary)) : null),
      this.warnings(report.warnings));
  }

  fact(term, ...value) {
    return h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, value));
  }

  placeFact(event) {
    const parts = placeParts(event.location);
    if (!parts.length) return null;
    const [main, ...rest] = parts;
    const { country, countryCode } = event.location;
    return this.fact('Where', this.evidenceButton('place', event.location.evidence, parts.join(', '), { class: 'ev place' },
      h('span', { class: 'place__main' }, main),
      rest.length ? h('span', { class: 'place__rest' },
        country && rest[rest.length - 1] === country ? this.flag(countryCode, country) : null,
        rest.join(', ')) : null));
  }

  dateFact(event) {
    const { date } = event;
    if (!date) return null;
    const formatted = formatIsoDate(date.iso);
    return this.fact('When', this.evidenceButton('date', [date.evidence], formatted ?? date.text, { class: 'ev date' },
      h('span', { class: 'place__main' }, formatted ?? date.text),
      formatted ? h('span', { class: 'as-written' }, `“${date.text}”`) : null));
  }

  sessionsFact(sessions) {
    if (!sessions.length) return null;
    return this.fact('Format', h('ul', { class: 'sessions' }, sessions.map((session, index) =>
      h('li', null, this.evidenceButton(`session-${index}`, [...session.evidence, session.duration?.evidence],
        sessionTitle(session), { class: 'ev session' },
        h('span', null, sessionTitle(session)),
        session.duration ? h('span', { class: 'duration' }, formatDuration(session.duration)) : null)))));
  }

  historyFact(previous) {
    if (!previous.length) return null;
    return this.fact('Earlier', h('ul', { class: 'history' }, previous.map((meeting, index) => {
      const summary = [meeting.year, meeting.place, meeting.duration ? formatDuration(meeting.duration) : null]
        .filter((part) => part !== null && part !== undefined).join(' · ');
      return h('li', null, this.evidenceButton(`previous-${index}`, [meeting.evidence], meeting.text,
        { class: 'ev history__item' }, summary || meeting.text));
    })));
  }

  warnings(warnings) {
    if (!warnings.length) return null;
    return h('ul', { class: 'warnings', 'aria-label': 'Notes on this report' },
      warnings.map((warning) => h('li', { 'data-code': warning.code }, warning.message)));
  }

  participantsCard(report) {
    const grouped = new Set();
    const groups = report.delegations.map((delegation) => {
      const members = delegation.members.map((id) => this.participants.get(id)).filter(Boolean);
      members.forEach((person) => grouped.add(person.id));
      return { title: delegation.country, code: delegation.countryCode, members };
    });
    const others = report.participants.filter((person) => !grouped.has(person.id));
    if (others.length) groups.push({ title: groups.length ? 'Other participants' : 'Participants', code: null, members: others });
    const count = report.participants.length;
    return this.card('people', 'The participants',
      count ? `${count} ${count === 1 ? 'person' : 'people'} · ${report.delegations.length} ${report.delegations.length === 1 ? 'delegation' : 'delegations'}` : null,
      count
        ? groups.map((group) => h('section', { class: 'delegation' },
          h(`h${this.level + 1}`, { class: 'delegation__title' },
            group.code ? this.flag(group.code, group.title) : null,
            h('span', null, group.title),
            h('span', { class: 'delegation__count' }, String(group.members.length))),
          h('ul', { class: 'people' }, group.members.map((person) =>
            h('li', null, this.personButton(person, { key: `person-${person.id}`, withCountry: !group.code, badge: true }))))))
        : h('p', { class: 'summary' }, 'The article names no participants.'));
  }

  agendaCard(report) {
    const topics = report.agenda.length
      ? h('ul', { class: 'chips' }, report.agenda.map((item, index) =>
        h('li', null, this.evidenceButton(`topic-${index}`, [item.evidence], item.topic, { class: 'ev chip' },
          h('span', null, item.topic),
          item.source ? h('span', { class: 'from' }, `from: ${item.source}`) : null))))
      : h('p', { class: 'summary' }, 'The article names no topics.');
    const count = report.agenda.length;
    return this.card('agenda', 'The agenda', count ? `${count} ${count === 1 ? 'topic' : 'topics'}` : null,
      this.sectionTitle('Topics'),
      topics,
      this.secondary('Interests, quotes and sources', [
        this.interests(report.interests),
        this.quotes(report.quotes),
        this.sources(report.sources),
      ]));
  }

  interests(interests) {
    if (!interests.length) return null;
    return [this.sectionTitle('What each side wants'), h('ul', { class: 'interests' }, interests.map((interest, index) => {
      const person = interest.participantId === null ? null : this.participants.get(interest.participantId);
      return h('li', null, this.evidenceButton(`interest-${index}`, [interest.evidence], `What ${interest.party} wants`,
        { class: 'ev interest' },
        h('span', { class: 'interest__party' }, this.flag(person?.countryCode ?? this.codeOf(interest.party), interest.party),
          h('span', null, interest.party)),
        h('span', { class: 'interest__wants' }, interest.wants.map((want) => h('span', { class: 'interest__want' }, want))),
        interest.source ? h('span', { class: 'from' }, `from: ${interest.source}`) : null));
    }))];
  }

  // The flag of a party named in the report: interests name a side by country.
  codeOf(country) {
    for (const person of this.participants.values()) {
      if (person.country === country && person.countryCode) return person.countryCode;
    }
    return null;
  }

  quotes(quotes) {
    if (!quotes.length) return null;
    return [this.sectionTitle('In their words'), h('ul', { class: 'quotes' }, quotes.map((quote) =>
      h('li', null, h('figure', { class: 'quote' },
        h('blockquote', null, quote.text),
        h('figcaption', null, `— ${quote.speaker ?? 'unattributed'}`)))))];
  }

  sources(sources) {
    if (!sources.length) return null;
    return [this.sectionTitle('Sources cited'), h('ul', { class: 'sources' }, sources.map((source, index) =>
      h('li', null, this.evidenceButton(`source-${index}`, source.evidence, source.name, { class: 'ev source' },
        source.name, ' ', h('span', { class: 'source__kind' }, `· ${sourceKindLabel(source.kind)}`)))))];
  }

  emptyCard(report) {
    const notes = report.warnings.filter((warning) => warning.code !== 'no-meeting');
    return this.card('empty', 'No summit in this article', 'Nothing to show',
      h('p', { class: 'summary' },
        'summit-cards looked for a meeting of leaders or ministers and found none, so there are no '
        + 'participants or agenda to show for this article.'),
      this.warnings(notes));
  }
}
