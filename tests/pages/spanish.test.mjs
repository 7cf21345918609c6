// The widget in Spanish: its states before a report, for an element with lang="es" and for a
// page in Spanish; the cards of a Spanish report (labels, dates, durations, plurals, country
// names from the codes); the demo's Spanish samples. What the extractor reads in Spanish text is
// not asserted here: these tests hold whatever the engine makes of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, at, readCards, eventually, root } from './harness.mjs';
import { saveScreenshot } from './checks.mjs';
import { samples } from './samples.mjs';

// A report as the extractor should write it for the demo's Spanish Vostochny sample (its spans
// point into that text).
const REPORT = JSON.parse(readFileSync(join(root, 'tests/pages/fixtures/report-es.json'), 'utf8'));

// The state the widget at `selector` shows once it matches `pattern`.
function stateShown(page, selector, pattern) {
  return eventually(`${pattern} in ${selector}`, async () => {
    const cards = await readCards(page, selector);
    return pattern.test(cards?.state ?? '') ? cards : null;
  });
}

function stateLang(page, selector) {
  return page.evaluate((selector) => document.querySelector(selector).shadowRoot.querySelector('.state').lang, selector);
}

test('Spanish: an element with lang="es" on an English page shows its states in Spanish', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/lang-es.html'));
  const nothing = await stateShown(page, '#nothing', /^No hay ningún artículo que leer/);
  assert.match(nothing.state, /El elemento lee el artículo que indica source="#article-body"/);
  assert.equal(await stateLang(page, '#nothing'), 'es');
  // A regional tag is read as its language.
  const badSelector = await stateShown(page, '#bad-selector', /^No se encuentra el artículo/);
  assert.ok(badSelector.stateIsError);
  assert.match(badSelector.state, /source="#articulo\[" no es un selector CSS válido\./);
  const empty = await stateShown(page, '#empty', /^Esperando un artículo/);
  assert.match(empty.state, /El artículo está vacío\./);
  await stateShown(page, '#nothing-en', /^No article to read/);
  assert.equal(await stateLang(page, '#nothing-en'), 'en');
});

test('Spanish: on a page in Spanish the widget reads, and explains a load failure, in Spanish', async (session) => {
  // The .wasm is held back until the test has seen the loading state, then answers 404.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const page = await session.open(at.http('tests/pages/fixtures/pagina-es.html'), {
    allowConsole: [/status of 404/],
    route: (page) => page.route('**/*.wasm', async (route) => {
      await released;
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'no encontrado' });
    }),
  });
  await stateShown(page, '#cards', /^Leyendo el artículo…/);
  assert.equal(await stateLang(page, '#cards'), 'es');
  await stateShown(page, '#nothing', /^No hay ningún artículo que leer/);
  release();
  const failed = await stateShown(page, '#cards', /^No se pudieron cargar las tarjetas de la cumbre/);
  assert.ok(failed.stateIsError);
  assert.match(failed.state, /No se pudo descargar el archivo WebAssembly: el servidor respondió 404 .*summit_cards_bg\.wasm/);
  assert.match(failed.state, /Hay que publicar summit_cards_bg\.wasm junto a summit-cards\.js, o pasar su dirección a init\(\)\./);
  assert.match(failed.state, /Detalles técnicos/);
});

// What a reader sees of the cards beyond readCards: the eyebrows, the facts of the glance card
// (term → value), the sessions (name, duration), the sides of the interests, the section
// titles, the buttons that show more and the footnote.
function cardDetails(page) {
  return page.evaluate(() => {
    const shadow = document.getElementById('cards').shadowRoot;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      lang: shadow.querySelector('.report')?.lang ?? null,
      eyebrows: [...shadow.querySelectorAll('.card__eyebrow')].map(text),
      facts: Object.fromEntries([...shadow.querySelectorAll('.glance__facts .fact')].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))])),
      sessions: [...shadow.querySelectorAll('.session')].map((session) => [...session.children].map(text)),
      parties: [...shadow.querySelectorAll('.interest__party > span:not(.flag)')].map(text),
      sectionTitles: [...shadow.querySelectorAll('.section-title')].map(text),
      summary: text(shadow.querySelector('.glance__brief .summary')),
      more: [...shadow.querySelectorAll('.more-items__button')].map(text),
      footnote: text(shadow.querySelector('.footnote')),
    };
  });
}

async function showReport(page, report) {
  await page.evaluate((report) => window.showReport(report), report);
  return { cards: await readCards(page), details: await cardDetails(page) };
}

test('Spanish: a Spanish report gives Spanish cards, with Spanish dates, durations and country names', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/report.html'), { viewport: { width: 1200, height: 1000 } });
  await page.waitForFunction(() => typeof window.showReport === 'function');
  const { cards, details } = await showReport(page, REPORT);

  assert.equal(details.lang, 'es', 'the cards say they are in Spanish');
  assert.deepEqual(cards.cardTitles, ['La cumbre de un vistazo', 'Participantes', 'Agenda']);
  assert.deepEqual(details.eyebrows, ['Cumbre bilateral · Celebrada', '6 personas · 2 delegaciones', '4 temas']);
  // Country names from the codes, in Spanish: the report's are English.
  assert.deepEqual(cards.principals.map((person) => [person.name, person.role]),
    [['Vladímir Putin', 'Presidente · Rusia'], ['Kim Jong-un', 'Líder · Corea del Norte']]);
  assert.match(cards.where, /^cosmódromo de Vostochni.*región de Amur, Rusia$/);
  assert.equal(cards.when, 'miércoles, 13 de septiembre de 2023“este miércoles”');
  assert.deepEqual(details.sessions, [['Conversaciones a solas', 'casi 1 h'], ['Conversaciones en formato ampliado', 'casi 1 h 30 min']]);
  assert.equal(details.facts['País anfitrión'], 'Rusia', 'the host, which the report names without a code, in Spanish too');
  assert.equal(details.facts.Antes, '2019 · Vladivostok · cerca de 3 h');
  assert.deepEqual(Object.keys(details.facts), ['Dónde', 'Cuándo', 'País anfitrión', 'Formato', 'Antes']);
  assert.equal(details.summary, REPORT.summary);

  assert.deepEqual(cards.delegations.map((group) => group.title), ['Rusia', 'Corea del Norte']);
  const northKorea = cards.delegations[1].members;
  assert.deepEqual(northKorea.map((person) => person.name),
    ['Kim Jong-un', 'Ministro de Defensa (sin identificar)', 'Ministra de Asuntos Exteriores (sin identificar)']);
  assert.ok(northKorea[0].principal, 'Kim is marked principal');

  assert.deepEqual(details.sectionTitles, ['Quién se reunió con quién', 'En resumen', 'Temas', 'Qué quiere cada parte', 'Declaraciones', 'Fuentes citadas']);
  assert.match(cards.topics[0], /^cooperación económica\s*fuente: Kremlin$/);
  assert.deepEqual(details.parties, ['Rusia', 'Corea del Norte']);
  assert.match(cards.interests[0], /proyectiles de artillería\s*misiles antitanque\s*fuente: The New York Times$/);
  assert.match(cards.quotes[0], /Para eso hemos venido precisamente aquí\s*— Vladímir Putin$/);
  assert.deepEqual(cards.sources, ['Kremlin · gobierno', 'Interfax · agencia de noticias', 'The New York Times · periódico', 'EFE · agencia de noticias']);
  assert.equal(details.footnote, 'Extraído en el navegador por summit-cards.');
  // Nothing the widget writes is left in English.
  assert.doesNotMatch(cards.all, /\b(Russia|North Korea|Wednesday|September|almost|about|Held|Bilateral|Where|When|Host|Earlier|from)\b/);

  await page.waitForTimeout(200);
  await saveScreenshot(page, 'spanish.png', await page.locator('#cards').screenshot({ animations: 'disabled' }));
});

test('Spanish: plurals, cut-short lists, days and the empty card in Spanish', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/report.html'));
  await page.waitForFunction(() => typeof window.showReport === 'function');
  const topics = Array.from({ length: 21 }, (_, index) => ({ ...REPORT.agenda[0], topic: `tema ${index + 1}` }));
  const putin = REPORT.participants[0];
  const { details } = await showReport(page, {
    ...REPORT,
    participants: [putin],
    delegations: [{ ...REPORT.delegations[0], members: [putin.id] }],
    interests: [],
    quotes: [],
    agenda: topics,
    sessions: [{ ...REPORT.sessions[0], duration: { ...REPORT.sessions[0].duration, minutes: 2880, qualifier: 'more-than' } }],
  });
  assert.deepEqual(details.eyebrows, ['Cumbre bilateral · Celebrada', '1 persona · 1 delegación', '21 temas']);
  assert.deepEqual(details.more, ['y 1 tema más']);
  assert.deepEqual(details.sessions, [['Conversaciones a solas', 'más de 2 días']]);

  await showReport(page, { ...REPORT, agenda: [...topics, ...topics] });
  assert.deepEqual((await cardDetails(page)).more, ['y 22 temas más']);

  const { cards } = await showReport(page, {
    ...REPORT,
    summary: null,
    event: { ...REPORT.event, kind: 'other', status: 'unknown', host: null, date: null },
    participants: [], delegations: [], countries: [], agenda: [], interests: [], quotes: [], sources: [], sessions: [], previousMeetings: [],
    warnings: [{ code: 'no-meeting', message: 'El texto no describe ninguna reunión.' }],
  });
  assert.deepEqual(cards.cardTitles, ['No hay ninguna cumbre en este artículo']);
  assert.match(cards.empty, /Nada que mostrar.*summit-cards buscó una reunión de líderes o ministros y no encontró ninguna/);
});

test('Spanish: the demo offers the Spanish samples, with their date and language', async (session) => {
  const spanish = Object.entries(samples).filter(([, sample]) => sample.lang === 'es');
  assert.ok(spanish.length >= 2, `at least two Spanish samples (got ${spanish.map(([id]) => id)})`);
  const page = await session.open(at.http('www/index.html'));
  for (const [id, sample] of spanish) {
    await page.selectOption('#sample', id);
    assert.equal(await page.inputValue('#article'), sample.text);
    assert.equal(await page.inputValue('#published'), sample.published);
    assert.equal(await page.getAttribute('#article', 'lang'), 'es', 'the editor says its text is Spanish');
    assert.equal(await page.getAttribute('#cards', 'lang'), 'es', 'the widget speaks the article\'s language before it has read it');
    assert.equal(await page.getAttribute(`#sample option[value="${id}"]`, 'lang'), 'es');
  }
  // Back to an English sample: English again.
  await page.selectOption('#sample', 'vostochny');
  assert.equal(await page.getAttribute('#cards', 'lang'), 'en');
});

// What the extractor reads in the team's Spanish version of the Vostochny summit, as a reader of
// the Spanish cards sees it: the demo page with the sample, and the example news page in Spanish.
function assertSpanishVostochnyCards(cards) {
  assert.deepEqual(cards.cardTitles, ['La cumbre de un vistazo', 'Participantes', 'Agenda']);
  assert.match(cards.eyebrow, /^Cumbre bilateral · Celebrada/);
  assert.deepEqual(cards.principals.map((person) => person.name), ['Vladímir Putin', 'Kim Jong-un']);
  assert.match(cards.principals[0].role, /^Presidente · Rusia$/);
  assert.match(cards.principals[1].role, /Corea del Norte$/);
  assert.match(cards.when, /^miércoles, 13 de septiembre de 2023/);
  assert.match(cards.where, /cosmódromo de Vostochni/);
  const russians = cards.delegations.find((group) => group.title === 'Rusia');
  assert.ok(russians, `a Russian delegation (got ${cards.delegations.map((group) => group.title)})`);
  assert.ok(russians.members.some((person) => person.name === 'Serguéi Lavrov'), 'Lavrov in the Russian delegation');
  assert.ok(cards.quotes.some((quote) => /Para eso hemos venido precisamente aquí/.test(quote)), 'Putin\'s words quoted');
  assert.doesNotMatch(cards.all, /\b(Russia|North Korea|Wednesday|Participants|Bilateral summit)\b/, 'nothing left in English');
}

test('Spanish [extractor]: the demo reads the Spanish Vostochny sample into Spanish cards', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await page.selectOption('#sample', 'cumbre-vostochni-es');
  const cards = await eventually('the Spanish cards', async () => {
    const shown = await readCards(page, '#cards');
    return shown?.eyebrow?.startsWith('Cumbre') ? shown : null;
  });
  assertSpanishVostochnyCards(cards);
});

test('Spanish [extractor]: the example news page in Spanish shows its cards in Spanish', async (session) => {
  const page = await session.open(at.http('www/embed-es.html'), { viewport: { width: 1280, height: 1600 } });
  const cards = await eventually('the Spanish cards', async () => {
    const shown = await readCards(page);
    return shown?.eyebrow ? shown : null;
  });
  assertSpanishVostochnyCards(cards);
  await saveScreenshot(page, 'spanish-embed.png', await page.screenshot({ animations: 'disabled' }));
});
