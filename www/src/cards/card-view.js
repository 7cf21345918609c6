// What the cards are made of: elements built with DOM APIs only, and the parts several cards
// share (a card, a fact, a person, a flag, a list cut short). Every string that comes from the
// article (names, topics, quotes…) enters the tree as a Text node, never as markup.

import { flagEmoji, canDrawFlags } from '../format.js';

// h('p', { class: 'x' }, 'text', child) → <p class="x">text{child}</p>. Attribute values are
// set with setAttribute (never parsed as markup); strings become Text nodes.
export function h(tag, attributes, ...children) {
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

// The level of the card titles: the heading-level attribute, 2 to 5, else 2.
export function titleLevel(value) {
  const level = Math.round(Number(value));
  return level >= 2 && level <= 5 ? level : 2;
}

// How many items of a list the cards show before "and N more", and how many more each press
// of it shows: a live blog of a megabyte names hundreds of people and quotes, which would
// make the cards tens of thousands of pixels tall and slow to draw.
export const LIST_LIMITS = { people: 30, topics: 20, interests: 12, quotes: 12, sources: 20 };

// A compact widget (a sidebar) shows this many people of a list before "and N more": principals
// and the principals' delegations come first, so the heads of the delegations stay in sight.
const COMPACT_PEOPLE = 6;

// One report's cards being built: the options, the messages of the report's language, and the
// evidence of each button (key → { spans, label }), which grows when a reader shows more items.
export class CardView {
  evidence = new Map();

  constructor(report, { headingLevel, compact, interactive }, messages) {
    this.level = titleLevel(headingLevel);
    this.compact = compact;
    this.interactive = interactive;
    this.messages = messages;
    this.flags = canDrawFlags();
    this.participants = new Map(report.participants.map((person) => [person.id, person]));
    // The report names countries by their English short names, most with a code beside them:
    // the code of each name, for the countries it gives without one (the host, the sides of
    // the interests).
    this.countryCodes = new Map([report.event.location, ...report.delegations, ...report.participants]
      .filter((entry) => entry.country && entry.countryCode).map((entry) => [entry.country, entry.countryCode]));
  }

  // A country the report names without a code, in the cards' language when the report gives
  // its code elsewhere.
  countryName(name) {
    return this.messages.country(this.countryCodes.get(name), name);
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

  // A card is a section under its heading (the message `titleKey`), deliberately without an
  // accessible name: a named section is a landmark, and two widgets on a page would repeat the
  // same landmark names.
  card(kind, titleKey, eyebrow, ...body) {
    return h('section', { class: `card card--${kind}` },
      h('header', { class: 'card__head' },
        h(`h${this.level}`, { class: 'card__title' }, this.messages.text(titleKey)),
        eyebrow ? h('p', { class: 'card__eyebrow' }, eyebrow) : null),
      body);
  }

  // The heading of a section of a card: the message `key`.
  sectionTitle(key) {
    return h(`h${this.level + 1}`, { class: 'section-title' }, this.messages.text(key));
  }

  // Sections a compact widget folds into a disclosure, to keep a sidebar short.
  secondary(label, sections) {
    const present = sections.filter(Boolean);
    if (!present.length) return null;
    if (!this.compact) return present;
    return h('details', { class: 'more' }, h('summary', null, label), present);
  }

  // Shows the first `limit` of `items`, each put in the cards by `show(item, index)`, which
  // returns its element. The rest waits behind a button ("and 12 more quotes", from the plural
  // forms of `moreKey`) that shows the next `step` (another `limit`, by default) at each press.
  // Returns the button's paragraph, to go after the list, or null when every item is shown.
  inSteps(items, { limit, step = limit, moreKey }, show) {
    let shown = Math.min(limit, items.length);
    for (let index = 0; index < shown; index++) show(items[index], index);
    if (shown === items.length) return null;
    const button = h('button', { type: 'button', class: 'more-items__button' }, this.messages.count(moreKey, items.length - shown));
    const paragraph = h('p', { class: 'more-items' }, button);
    button.addEventListener('click', () => {
      const end = Math.min(shown + step, items.length);
      const added = [];
      for (let index = shown; index < end; index++) added.push(show(items[index], index));
      shown = end;
      if (shown < items.length) {
        button.textContent = this.messages.count(moreKey, items.length - shown);
        return;
      }
      // The button goes with the last items shown: the keyboard moves on to the first of them
      // rather than falling back to the top of the page.
      const first = added[0].querySelector('button') ?? added[0];
      if (first.localName !== 'button') first.tabIndex = -1;
      paragraph.remove();
      first.focus();
    });
    return paragraph;
  }

  // How a list of people is cut short (see inSteps).
  peopleInSteps() {
    return { limit: this.compact ? COMPACT_PEOPLE : LIST_LIMITS.people, step: LIST_LIMITS.people, moreKey: 'morePeople' };
  }

  flag(code, country) {
    const emoji = flagEmoji(code);
    if (!emoji) return h('span', { class: 'flag flag--none', 'aria-hidden': 'true' });
    // The country's name is always written next to the flag, so the flag itself is decoration.
    return this.flags
      ? h('span', { class: 'flag', 'aria-hidden': 'true', title: country ?? null }, emoji)
      : h('span', { class: 'flag flag--code', 'aria-hidden': 'true' }, code.toUpperCase());
  }

  // A person by name, else by role and marked unnamed; a group ("G7 leaders") by its name,
  // which the role holds.
  personName(person) {
    if (person.name) return h('span', { class: 'person__name' }, person.name);
    if (person.group) return h('span', { class: 'person__name' }, this.messages.capitalize(person.role));
    return h('span', { class: 'person__name person__name--unnamed' },
      person.role ?? this.messages.text('official'), ' ', h('span', { class: 'person__note' }, this.messages.text('unnamed')));
  }

  // A participant: flag, name (with a "Principal" badge where the list mixes principals and
  // delegation members), and role, with the country where the list is not grouped by country.
  // `key` names the button among the cards' items (a principal appears in two cards).
  personButton(person, { key, withCountry, badge }) {
    const country = this.messages.country(person.countryCode, person.country);
    const role = [person.name ? person.role : null, withCountry ? country : null].filter(Boolean).join(' · ');
    const label = person.name ?? (person.group ? this.messages.capitalize(person.role)
      : this.messages.text('unnamedLabel', { role: person.role ?? this.messages.text('official') }));
    return this.evidenceButton(key, [person.evidence, ...person.mentions], label, { class: 'ev person' },
      h('span', { class: 'person__flag' }, this.flag(person.countryCode, country)),
      h('span', { class: 'person__text' },
        h('span', { class: 'person__line' },
          this.personName(person),
          badge && person.principal ? h('span', { class: 'badge' }, this.messages.text('principal')) : null),
        role ? h('span', { class: 'person__role' }, role) : null));
  }

  // A fact of the glance card: the message `termKey`, and what it is.
  fact(termKey, ...value) {
    return h('div', { class: 'fact' }, h('dt', null, this.messages.text(termKey)), h('dd', null, value));
  }

  warnings(warnings) {
    if (!warnings.length) return null;
    return h('ul', { class: 'warnings', 'aria-label': this.messages.text('notes') },
      warnings.map((warning) => h('li', { 'data-code': warning.code }, warning.message)));
  }

  // "from: The New York Times", under a topic or an interest.
  from(source) {
    return source ? h('span', { class: 'from' }, this.messages.text('from', { source })) : null;
  }
}
