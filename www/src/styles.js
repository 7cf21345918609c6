// The styles of the shadow tree. They are a JavaScript string so that every build, the single
// file included, can adopt them as a constructable stylesheet: no <style> element and no
// stylesheet request, which a CSP of style-src 'self' without 'unsafe-inline' allows.
//
// Theme: every colour, the font, the radius and the spacing come from a --summit-cards-*
// custom property with a default; custom properties are the one thing a host page's CSS can
// pass through the shadow boundary, and they are the theming API.

// Defaults chosen for WCAG AA: body text ≥ 12:1, muted text ≥ 5.9:1 and accent ≥ 5.5:1 on the
// card background in both themes.
const LIGHT = `
  --_accent: var(--summit-cards-accent, #0b57d0);
  --_background: var(--summit-cards-background, #ffffff);
  --_text: var(--summit-cards-text, #15191e);
  --_muted: var(--summit-cards-muted, #55606d);
  --_border: var(--summit-cards-border, #dfe3e8);
  --_shadow: var(--summit-cards-shadow, 0 1px 2px rgb(16 24 40 / 0.05), 0 2px 8px rgb(16 24 40 / 0.06));
  --_warning: #fff4d1;
  --_error: #b3261e;
  --_scheme: light;
`;

const DARK = `
  --_accent: var(--summit-cards-accent, #8ab4f8);
  --_background: var(--summit-cards-background, #1c1f24);
  --_text: var(--summit-cards-text, #e8eaed);
  --_muted: var(--summit-cards-muted, #a8b1bd);
  --_border: var(--summit-cards-border, #363c45);
  --_shadow: var(--summit-cards-shadow, none);
  --_warning: #3a3220;
  --_error: #f2b8b5;
  --_scheme: dark;
`;

export const ELEMENT_CSS = `
:host {
  ${LIGHT}
  --_font: var(--summit-cards-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  --_quote-font: var(--summit-cards-quote-font, Georgia, "Times New Roman", serif);
  --_font-size: var(--summit-cards-font-size, medium);
  --_radius: var(--summit-cards-radius, 14px);
  --_gap: var(--summit-cards-gap, 16px);
  --_tint: color-mix(in srgb, var(--_accent) 11%, var(--_background));
  --_tint-strong: color-mix(in srgb, var(--_accent) 20%, var(--_background));
  display: block;
}
:host([hidden]) { display: none; }
:host([theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { ${DARK} }
}

/* The host page's inherited styles (color, font, line-height, letter-spacing, text-transform…)
   stop here: all: initial resets every property but the custom ones, the theming API. */
.root {
  all: initial;
  display: block;
  container: summit-cards / inline-size;
  color-scheme: var(--_scheme);
  font: 400 var(--_font-size) / 1.5 var(--_font);
  color: var(--_text);
  text-align: start;
  /* A long URL or word (in a quote, a name, a source) breaks where it must instead of setting
     the width of its list, its card and the host page: unlike break-word, anywhere also lets
     the boxes that size to their content shrink below the longest word. */
  overflow-wrap: anywhere;
  -webkit-font-smoothing: antialiased;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }

.cards {
  display: grid;
  gap: var(--_gap);
  grid-template-columns: minmax(0, 1fr);
  align-items: start;
}
/* Every grid keeps its columns to the card's width: an implicit column, or an fr one without
   minmax(0, …), would grow to its longest unbreakable content. */
.facts, .sessions, .history, .people, .interests, .quotes { grid-template-columns: minmax(0, 1fr); }
@container summit-cards (min-width: 640px) {
  :host(:not([layout="compact"])) .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  :host(:not([layout="compact"])) .card--glance { grid-column: 1 / -1; }
}
@container summit-cards (min-width: 1000px) {
  :host(:not([layout="compact"])) .cards { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr) minmax(0, 1fr); }
  :host(:not([layout="compact"])) .card--glance { grid-column: auto; }
}

.card {
  min-width: 0;
  margin: 0;
  padding: 16px 18px 18px;
  background: var(--_background);
  border: 1px solid var(--_border);
  border-top: 3px solid var(--_accent);
  border-radius: var(--_radius);
  box-shadow: var(--_shadow);
}
.card__head { display: flex; flex-direction: column; gap: 2px; margin-bottom: 12px; }
.card__eyebrow {
  order: -1;
  margin: 0;
  font-size: 0.72em;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--_accent);
}
.card__title { margin: 0; font-size: 1.15em; font-weight: 700; line-height: 1.25; letter-spacing: -0.01em; }
.event-name { margin: 0 0 14px; font-size: 0.98em; font-weight: 650; }
.summary { margin: 0; font-size: 0.92em; line-height: 1.55; }

.section-title {
  margin: 16px 0 6px;
  font-size: 0.72em;
  font-weight: 700;
  letter-spacing: 0.07em;
  text-transform: uppercase;
  color: var(--_muted);
}
.card__head + .section-title, .glance__who > .section-title, .glance__brief > .section-title { margin-top: 0; }

ul, ol { list-style: none; margin: 0; padding: 0; }

/* Everything that points into the article is a button: hover or focus shows the evidence,
   a click scrolls the article to it. */
.ev {
  font: inherit;
  color: inherit;
  text-align: start;
  background: none;
  border: 0;
  border-radius: 8px;
  margin: 0;
  padding: 0;
  cursor: pointer;
}
.ev:hover, .ev.is-active { background: var(--_tint); }
.ev:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
.static { cursor: default; }
.static:hover { background: none; }

.person {
  display: flex;
  align-items: flex-start;
  gap: 10px;
  width: calc(100% + 16px);
  margin: 0 -8px;
  padding: 6px 8px;
}
.person__flag { flex: none; display: flex; justify-content: center; width: 2.1em; padding-top: 0.2em; }
.person__text { display: flex; flex-direction: column; min-width: 0; flex: 1; }
.person__line { display: flex; flex-wrap: wrap; align-items: center; column-gap: 8px; }
.person__name { font-weight: 600; }
.person__name--unnamed { font-weight: 500; font-style: italic; }
.person__note { font-style: normal; color: var(--_muted); font-weight: 400; }
.person__role { font-size: 0.86em; color: var(--_muted); }
.badge {
  flex: none;
  padding: 2px 8px;
  border-radius: 999px;
  font-size: 0.7em;
  font-weight: 700;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--_text);
  background: var(--_tint-strong);
}

.flag { flex: none; display: inline-block; font-size: 1.3em; line-height: 1; }
.flag--code {
  min-width: 2.5em;
  padding: 3px 0;
  border-radius: 4px;
  font: 700 0.68em / 1.2 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  letter-spacing: 0.05em;
  text-align: center;
  color: var(--_text);
  background: var(--_tint-strong);
}
.flag--none { visibility: hidden; }

.facts { margin: 0; display: grid; gap: 10px; }

/* The glance card: who met, the facts and the summary; side by side when the card is wide. */
.card--glance { container: glance / inline-size; }
.glance { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
.glance__brief { padding-top: 12px; border-top: 1px solid var(--_border); }
@container glance (min-width: 600px) {
  .glance {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
    grid-template-areas: "who facts" "brief facts";
    column-gap: 32px;
    align-items: start;
  }
  .glance__who { grid-area: who; }
  .glance__facts { grid-area: facts; }
  .glance__facts .fact { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .glance__brief { grid-area: brief; }
}
.fact { display: grid; grid-template-columns: 5.6em minmax(0, 1fr); gap: 12px; align-items: baseline; }
.fact dt {
  font-size: 0.72em;
  font-weight: 700;
  letter-spacing: 0.07em;
  text-transform: uppercase;
  color: var(--_muted);
}
.fact dd { margin: 0; min-width: 0; }
@container summit-cards (max-width: 400px) {
  .fact { grid-template-columns: minmax(0, 1fr); gap: 0; }
}
.fact .ev { width: calc(100% + 12px); margin: -2px -6px; padding: 2px 6px; }
.place, .date, .history__item { display: block; }
.place__main { font-weight: 600; }
.place__rest, .as-written { display: block; font-size: 0.88em; color: var(--_muted); }
.place__rest .flag { font-size: 1.1em; margin-inline-end: 6px; vertical-align: -0.1em; }
.place__rest .flag--code { font-size: 0.72em; vertical-align: 0.1em; }

.sessions { display: grid; gap: 2px; }
.session { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 10px; }
.duration { margin-inline-start: auto; color: var(--_muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.history { display: grid; gap: 4px; font-size: 0.94em; }

.delegation + .delegation { margin-top: 4px; }
.delegation__title {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 14px 0 4px;
  padding-bottom: 4px;
  font-size: 0.9em;
  font-weight: 700;
  border-bottom: 1px solid var(--_border);
}
.delegation:first-of-type .delegation__title { margin-top: 0; }
.delegation__count { margin-inline-start: auto; font-size: 0.86em; font-weight: 500; color: var(--_muted); }
.people { display: grid; gap: 2px; }

.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip {
  display: inline-flex;
  flex-direction: column;
  max-width: 100%;
  padding: 5px 12px;
  border-radius: 12px;
  background: var(--_tint);
  border: 1px solid var(--_tint-strong);
  font-size: 0.88em;
  line-height: 1.35;
}
.chip:hover, .chip.is-active { background: var(--_tint-strong); }
.from { display: block; font-size: 0.8em; color: var(--_muted); }

.interests { display: grid; gap: 8px; }
.interest { display: block; width: 100%; padding: 10px 12px; border: 1px solid var(--_border); border-radius: 10px; }
.interest__party { display: flex; align-items: center; gap: 8px; font-weight: 650; }
.interest__wants { display: block; margin-top: 4px; font-size: 0.92em; }
.interest__want { display: block; position: relative; padding-inline-start: 1em; }
.interest__want::before { content: "•"; position: absolute; inset-inline-start: 0.15em; color: var(--_accent); }
.interest .from { margin-top: 6px; }

.quotes { display: grid; gap: 12px; }
.quote { margin: 0; padding: 1px 0 1px 12px; border-inline-start: 3px solid var(--_tint-strong); }
.quote blockquote { margin: 0; font-family: var(--_quote-font); font-size: 0.98em; line-height: 1.45; }
/* The quotation marks of the cards' language (lang on .report): “…” in English. */
.quote blockquote::before { content: open-quote; }
.quote blockquote::after { content: close-quote; }
.quote figcaption { margin-top: 3px; font-size: 0.82em; color: var(--_muted); }

.sources { display: flex; flex-wrap: wrap; gap: 6px; }
.source { padding: 3px 10px; border: 1px solid var(--_border); border-radius: 999px; font-size: 0.86em; }
.source__kind { color: var(--_muted); }

.warnings {
  margin: 14px 0 0;
  padding: 8px 12px;
  border-radius: 10px;
  background: var(--_warning);
  font-size: 0.86em;
}
.warnings li + li { margin-top: 4px; }

.more { margin-top: 14px; }
.more > summary, .more-items__button {
  cursor: pointer;
  font-size: 0.84em;
  font-weight: 600;
  color: var(--_accent);
  border-radius: 6px;
}
.more > summary:focus-visible, .more-items__button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
/* "and 12 more quotes", under a list cut short. */
.more-items { margin: 8px 0 0; }
.more-items__button { font-family: inherit; line-height: inherit; background: none; border: 0; padding: 0; }
.more-items__button:hover { text-decoration: underline; }

.footnote { margin: 10px 0 0; }
/* Outside the cards, on the page's own background: the pill keeps its contrast whatever that is. */
.footnote span {
  display: inline-block;
  padding: 2px 10px;
  border-radius: 999px;
  background: var(--_background);
  font-size: 0.74em;
  color: var(--_muted);
}

.state {
  padding: 18px 20px;
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
.state__title { margin: 0 0 4px; font-size: 1.05em; font-weight: 700; }
.state p { margin: 4px 0 0; font-size: 0.92em; }
.state--error { border-color: var(--_error); border-top: 3px solid var(--_error); }
.state--error .state__title { color: var(--_error); }
.state code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.state details { margin-top: 8px; font-size: 0.85em; color: var(--_muted); }
.state summary { cursor: pointer; }
.state summary:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.skeleton { display: grid; gap: 8px; margin-top: 12px; }
.skeleton span { display: block; height: 10px; border-radius: 5px; background: var(--_tint); }
.skeleton span:nth-child(2) { width: 80%; }
.skeleton span:nth-child(3) { width: 60%; }
@media (prefers-reduced-motion: no-preference) {
  .skeleton span { animation: pulse 1.2s ease-in-out infinite alternate; }
}
@keyframes pulse { to { opacity: 0.45; } }

:host([layout="compact"]) .card { padding: 12px 14px 14px; }
:host([layout="compact"]) .cards { gap: 10px; }
:host([layout="compact"]) .summary { font-size: 0.9em; }

@media (forced-colors: active) {
  .card, .chip, .interest, .source, .state { border-color: CanvasText; }
  .ev:focus-visible { outline-color: Highlight; }
  .ev.is-active { outline: 2px solid Highlight; }
}
`;

let sharedSheet = null;

// One stylesheet object shared by every <summit-cards> of the page.
export function elementStyleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(ELEMENT_CSS);
  }
  return sharedSheet;
}
