// What the cards show the same way in every language: the place's parts and the flags. Words,
// dates and numbers are in messages/.

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
