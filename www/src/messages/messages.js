// The widget's words, dates, numbers and country names in the language of the report (or, before
// there is one, of the element or the page): its message table, or the first table (English in
// the builds that have it) for a language without one, with Intl's formats for the table's locale.

import { en } from './en.js';
import { es } from './es.js';

// The tables by language (a primary subtag: the report's `lang`, or the element's). Another
// language is its table's file (messages/fr.js, exporting `fr`, with the messages of en.js),
// imported above and named here. A one-language build keeps its language's table only
// (scripts/build-dist.mjs).
const MESSAGE_TABLES = { en, es };
const FALLBACK = Object.keys(MESSAGE_TABLES)[0];

const messagesByLang = new Map();

// The messages for a report in `lang`, or an element in it (a language tag: "en", "pt-BR");
// made once per table (Intl's formatters take a while to build, and every render asks).
export function messagesFor(lang) {
  lang = String(lang).split(/[-_]/)[0].toLowerCase();
  const shown = Object.hasOwn(MESSAGE_TABLES, lang) ? lang : FALLBACK;
  if (!messagesByLang.has(shown)) messagesByLang.set(shown, new Messages(shown, MESSAGE_TABLES[shown]));
  return messagesByLang.get(shown);
}

class Messages {
  // `lang`: the language of the table, which the cards declare (lang="en").
  constructor(lang, table) {
    this.lang = lang;
    this.table = table;
    this.locale = table.locale;
    this.numbers = new Intl.NumberFormat(table.locale);
    this.plurals = new Intl.PluralRules(table.locale);
    // A meeting's date is a calendar day, not an instant: written in UTC, so that the day does
    // not shift with the reader's time zone.
    this.dates = new Intl.DateTimeFormat(table.locale, {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
    });
    // Country names: the report's are English ones, which English cards keep (Intl's differ for
    // some: "Congo - Kinshasa", "St Kitts & Nevis" in en-GB); other languages name the country
    // of a code in their own words. Null without Intl.DisplayNames (Safari before 14.1).
    try {
      this.regions = lang === 'en' ? null : new Intl.DisplayNames(table.locale, { type: 'region', fallback: 'none' });
    } catch {
      this.regions = null;
    }
  }

  // The message `key`, its {placeholders} filled from `values`.
  text(key, values) {
    return fillPlaceholders(this.table[key], values);
  }

  // The plural form of `key` for `count`, the number written in the locale: "3 people".
  count(key, count) {
    const forms = this.table[key];
    return (forms[this.plurals.select(count)] ?? forms.other).replace('#', () => this.numbers.format(count));
  }

  // The name of the country of ISO code `code` in the table's language; `name`, the report's
  // English one, when there is no code or Intl does not know it.
  country(code, name) {
    try {
      return (code && this.regions?.of(code)) || name;
    } catch {
      return name;
    }
  }

  // What a load failure (a SummitCardsLoadError: its reason and values) says went wrong, and
  // what to do about it.
  loadFailure({ reason, values }) {
    const type = values.type || this.table.untyped;
    return [fillPlaceholders(this.table.loadErrors[reason], { ...values, type }), this.table.loadHints[reason]];
  }

  number(value) {
    return this.numbers.format(value);
  }

  // The label of a value of the report (`group` names the table: kinds, statuses…), or null.
  label(group, value) {
    return Object.hasOwn(this.table[group], value) ? this.table[group][value] : null;
  }

  capitalize(text) {
    return text ? text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1) : text;
  }

  // "Wednesday, 13 September 2023" from "2023-09-13"; null for anything but such a date.
  date(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
    if (!match) return null;
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return Number.isNaN(date.getTime()) ? null : this.dates.format(date);
  }

  // "almost 1 h 30 min" from { minutes: 90, qualifier: "almost" }.
  duration(duration) {
    const minutes = Math.round(duration.minutes);
    let length;
    if (minutes >= 2 * 1440 && minutes % 1440 === 0) {
      length = this.count('days', minutes / 1440);
    } else if (minutes >= 60) {
      const hours = this.number(Math.floor(minutes / 60));
      const rest = minutes % 60;
      length = rest ? this.text('hoursAndMinutes', { hours, minutes: this.number(rest) }) : this.text('hours', { hours });
    } else {
      length = this.text('minutes', { minutes: this.number(minutes) });
    }
    return fillPlaceholders(this.label('qualifiers', duration.qualifier) ?? '{length}', { length });
  }
}

// Filled in one pass, so that a value from the article that contains braces stays as it is.
function fillPlaceholders(message, values) {
  return values ? message.replace(/\{(\w+)\}/g, (_, name) => String(values[name])) : message;
}
