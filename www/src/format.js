// Short English labels for the values of a report. Reports are written in English (lang "en"),
// so the cards are too; nothing here depends on the page's locale.

const KIND_LABELS = {
  bilateral: 'Bilateral summit',
  multilateral: 'Multilateral summit',
  ministerial: 'Ministerial meeting',
};

const STATUS_LABELS = { held: 'Held', ongoing: 'Under way', planned: 'Planned' };

const STRUCTURED_SESSION_LABELS = {
  'one-on-one': 'One-on-one talks',
  expanded: 'Expanded talks',
  plenary: 'Plenary session',
};

const QUALIFIER_WORDS = {
  exact: '',
  about: 'about ',
  almost: 'almost ',
  'more-than': 'more than ',
  'less-than': 'less than ',
};

const SOURCE_KIND_LABELS = {
  agency: 'news agency',
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  government: 'government',
  statement: 'statement',
};

export function kindLabel(kind) {
  return KIND_LABELS[kind] ?? null;
}

export function statusLabel(status) {
  return STATUS_LABELS[status] ?? null;
}

export function sourceKindLabel(kind) {
  return SOURCE_KIND_LABELS[kind] ?? kind;
}

export function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

// One-on-one, expanded and plenary sessions get one uniform name; for the open-ended formats
// (meal, ceremony, talks) the article's own words ("working lunch") say more than the format.
export function sessionTitle(session) {
  return STRUCTURED_SESSION_LABELS[session.format] ?? capitalize(session.label);
}

// "almost 1 h 30 min" from { minutes: 90, qualifier: "almost" }.
export function formatDuration(duration) {
  const minutes = Math.round(duration.minutes);
  let length;
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) {
    length = `${minutes / 1440} days`;
  } else if (minutes >= 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    length = rest ? `${hours} h ${rest} min` : `${hours} h`;
  } else {
    length = `${minutes} min`;
  }
  return (QUALIFIER_WORDS[duration.qualifier] ?? '') + length;
}

// "Wednesday 13 September 2023" from "2023-09-13". The date is a calendar day, not an instant,
// so it is formatted in UTC to keep the day from shifting with the reader's time zone.
export function formatIsoDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

// Where the meeting was, most precise first, without repeating a name ("Beijing, Beijing").
export function placeParts(location) {
  const parts = [];
  for (const part of [location.venue, location.city, location.region, location.country]) {
    if (part && !parts.some((seen) => seen.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  return parts;
}

// The flag emoji of an ISO 3166-1 alpha-2 code: two regional indicator symbols.
export function flagEmoji(code) {
  if (!/^[A-Za-z]{2}$/.test(code ?? '')) return null;
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(...[...code.toUpperCase()].map((letter) => base + letter.charCodeAt(0)));
}

let flagSupport = null;

// The answer is kept for the tab's session (sessionStorage, one key): it does not change while a
// reader goes from article to article, and drawing the test flag costs 1 to 3 ms of each page
// load, before the first cards can be drawn.
const FLAG_SUPPORT_KEY = 'summit-cards:flags';

function rememberedFlagSupport() {
  try {
    const kept = sessionStorage.getItem(FLAG_SUPPORT_KEY);
    return kept === 'yes' ? true : kept === 'no' ? false : null;
  } catch {
    // Storage refused (a sandboxed frame, privacy settings): measured on each page.
    return null;
  }
}

function rememberFlagSupport(supported) {
  try {
    sessionStorage.setItem(FLAG_SUPPORT_KEY, supported ? 'yes' : 'no');
  } catch {
    // Storage refused or full: measured again on the next page.
  }
}

// Whether this system draws flag emoji in colour. Windows and many Linux desktops have no flag
// glyphs and show two bare letters instead, so the cards then print the ISO code as a badge.
// Measured once per session by drawing a flag on a small canvas and looking for coloured pixels.
export function canDrawFlags() {
  if (flagSupport !== null) return flagSupport;
  flagSupport = rememberedFlagSupport();
  if (flagSupport !== null) return flagSupport;
  flagSupport = drawsFlags();
  rememberFlagSupport(flagSupport);
  return flagSupport;
}

function drawsFlags() {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 20;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return false;
    context.textBaseline = 'top';
    context.font = '16px sans-serif';
    context.fillText(flagEmoji('FR'), 0, 0);
    const pixels = context.getImageData(0, 0, 20, 20).data;
    for (let i = 0; i < pixels.length; i += 4) {
      const [red, green, blue, alpha] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (alpha > 0 && (Math.abs(red - green) > 40 || Math.abs(green - blue) > 40)) return true;
    }
  } catch {
    // A canvas the page may not read (privacy settings): keep the text badges.
  }
  return false;
}
