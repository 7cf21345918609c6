// <summit-cards> on the example news page and on fixture pages: reading the article, reacting
// to changes, the ways to give it text, several widgets, host CSS, load failures.
import assert from 'node:assert/strict';
import { test, at, readCards, cardsShown, eventually } from './harness.mjs';
import { assertVostochnyCards } from './checks.mjs';

async function checkEmbed(page) {
  assertVostochnyCards(await cardsShown(page));
  assert.equal(await page.isVisible('.widget-fallback'), false, 'the fallback text is hidden once the element runs');
}

test('embed page over HTTP: the element reads the article from the page', async (session) => {
  await checkEmbed(await session.open(at.http('www/embed.html')));
});

test('embed page from file://: the single-file build works opened from disk', async (session) => {
  await checkEmbed(await session.open(at.file('www/embed.html')));
});

test('single-file build: the cards are drawn before the page is parsed, with no loading state', async (session) => {
  // Recorded by the page itself, before anything of the test can run in it. A widget that
  // waited for a task would still show "Reading the article…" here, and be painted without
  // its cards first.
  const page = await session.open(at.http('www/embed.html'), {
    init: () => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.querySelector('summit-cards')?.shadowRoot;
        window.__parsed = { cards: root?.querySelectorAll('.card').length ?? 0, busy: Boolean(root?.querySelector('.skeleton')) };
      });
    },
  });
  await cardsShown(page);
  const parsed = await page.evaluate(() => window.__parsed);
  assert.ok(parsed.cards > 0, `the cards are drawn by the time the page is parsed (${JSON.stringify(parsed)})`);
  assert.equal(parsed.busy, false, 'no "Reading the article…" state');
});

test('flags or country codes: measured once per session, then read from sessionStorage', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  const first = await cardsShown(page);
  const kept = await page.evaluate(() => sessionStorage.getItem('summit-cards:flags'));
  assert.ok(kept === 'yes' || kept === 'no', `the answer is kept for the session (got ${kept})`);
  const [putin] = first.principals;
  assert.equal(putin.flag, kept === 'yes' ? '\u{1F1F7}\u{1F1FA}' : 'RU', 'the cards drew what was measured');

  // The next article of the session takes the kept answer instead of drawing a test flag: a
  // system without flag glyphs gets the codes, one with them the flags.
  for (const [answer, flags] of [['no', ['RU', 'KP']], ['yes', ['\u{1F1F7}\u{1F1FA}', '\u{1F1F0}\u{1F1F5}']]]) {
    await page.evaluate((answer) => sessionStorage.setItem('summit-cards:flags', answer), answer);
    await page.reload();
    const cards = await cardsShown(page);
    assert.deepEqual(cards.principals.slice(0, 2).map((person) => person.flag), flags, `with "${answer}" kept`);
  }

  // Where the page may not use storage, the widget measures on each page and still draws.
  const refused = await session.open(at.http('www/embed.html'), {
    init: () => {
      Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });
    },
  });
  assertVostochnyCards(await cardsShown(refused));
});

test('the cards follow edits of the article (MutationObserver)', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  const russians = async () => (await readCards(page)).delegations.find((group) => group.title === 'Russia')?.members.map((member) => member.name) ?? [];
  const paragraph = await page.locator('#article-body p', { hasText: 'Sergei Lavrov' }).elementHandle();
  const original = await paragraph.evaluate((element) => element.textContent);
  await paragraph.evaluate((element) => { element.textContent = 'The Kremlin gave no details of the delegations.'; });
  await eventually('Lavrov gone from the cards', async () => !(await russians()).includes('Sergei Lavrov'));
  await paragraph.evaluate((element, text) => { element.firstChild.data = text; }, original);
  await eventually('Lavrov back in the cards', async () => (await russians()).includes('Sergei Lavrov'));
});

test('attribute changes: published, layout, heading-level and source', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  const widget = page.locator('summit-cards');

  // "on Wednesday", published on Wednesday 4 October 2023, is that day.
  await widget.evaluate((element) => element.setAttribute('published', '2023-10-04'));
  await eventually('the date resolved against the new publication date', async () => /October 2023/.test((await readCards(page)).when ?? ''));

  await widget.evaluate((element) => element.setAttribute('layout', 'compact'));
  await eventually('secondary sections folded away', async () => page.evaluate(() =>
    document.querySelector('summit-cards').shadowRoot.querySelector('details.more') !== null));

  await widget.evaluate((element) => element.setAttribute('heading-level', '4'));
  await eventually('card titles as h4', async () => page.evaluate(() =>
    [...document.querySelector('summit-cards').shadowRoot.querySelectorAll('.card__title')].every((title) => title.localName === 'h4')));

  await page.evaluate(() => {
    const other = document.createElement('div');
    other.id = 'other-article';
    other.textContent = 'U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi met on Friday in Beijing.';
    other.hidden = true;
    document.body.append(other);
    document.querySelector('summit-cards').source = '#other-article';
  });
  await eventually('the cards of the other article', async () => (await readCards(page)).principals[0]?.name === 'Antony Blinken');
});

test('text attribute, text property and child <template>', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/inputs.html'));
  const byAttribute = await cardsShown(page, '#by-attribute');
  assert.deepEqual(byAttribute.principals.map((person) => person.name), ['Antony Blinken', 'Wang Yi']);
  const byTemplate = await cardsShown(page, '#by-template');
  assert.deepEqual(byTemplate.principals.map((person) => person.name), ['Vladimir Putin', 'Kim Jong-un']);

  const nothing = await cardsShown(page, '#nothing');
  assert.match(nothing.state, /No article to read/);
  await page.evaluate(() => {
    document.getElementById('nothing').text = document.getElementById('by-attribute').getAttribute('text');
  });
  await eventually('cards from the text property', async () => (await readCards(page, '#nothing')).principals[0]?.name === 'Antony Blinken');
  const report = await page.evaluate(() => document.getElementById('nothing').report);
  assert.equal(report.event.kind, 'ministerial', 'the report property holds the report behind the cards');
  await page.evaluate(() => { document.getElementById('nothing').text = null; });
  await eventually('back to the prompt', async () => /No article to read/.test((await readCards(page, '#nothing')).state ?? ''));
});

test('problems with the input are explained inside the element', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/inputs.html'));
  const badSelector = await cardsShown(page, '#bad-selector');
  assert.ok(badSelector.stateIsError);
  assert.match(badSelector.state, /source="#article\[" is not a valid CSS selector/);
  const missing = await cardsShown(page, '#missing');
  assert.match(missing.state, /No element on this page matches source="#no-such-article"/);
  // A publication date it cannot read is left out, with a warning in the console: the cards
  // show, their relative date unresolved (see real-pages.test.mjs for dates it does read).
  const badDate = await cardsShown(page, '#bad-date');
  assert.equal(badDate.state, null, 'cards, not an error');
  const warnings = await page.evaluate(() => document.getElementById('bad-date').report.warnings.map((warning) => warning.code));
  assert.ok(warnings.includes('date-unresolved'), `date-unresolved (got ${warnings})`);
});

test('unnamed participants are shown by their role, marked "(unnamed)"', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  const { report, names } = await page.evaluate(() => {
    const element = document.querySelector('summit-cards');
    return {
      report: element.report,
      names: [...element.shadowRoot.querySelectorAll('.card--people .person__name')].map((name) => name.textContent.replace(/\s+/g, ' ').trim()),
    };
  });
  for (const person of report.participants) {
    const expected = person.name ?? `${person.role ?? 'Official'} (unnamed)`;
    assert.ok(names.includes(expected), `${expected} is listed (got ${JSON.stringify(names)})`);
  }
  assert.equal(names.length, report.participants.length, 'each participant is listed once');
});

test('a side named only as a group is shown by its name, as a delegation, not an unnamed person', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  await page.evaluate(() => {
    document.querySelector('summit-cards').text = 'Nordic Council leaders met in Reykjavik on Tuesday to discuss Arctic shipping.';
  });
  await eventually('the group\'s cards', async () => (await readCards(page)).principals[0]?.name === 'Nordic Council leaders');
  const cards = await readCards(page);
  assert.deepEqual(cards.principals.map((person) => person.name), ['Nordic Council leaders']);
  assert.doesNotMatch(cards.all, /unnamed/, 'a group is no unnamed person');
  assert.deepEqual(cards.delegations.map((group) => group.members.map((person) => person.name)), [['Nordic Council leaders']]);
  const eyebrow = await page.evaluate(() => document.querySelector('summit-cards').shadowRoot
    .querySelector('.card--people .card__eyebrow').textContent.trim());
  assert.equal(eyebrow, '1 delegation', 'no person counted for a group');
  assert.match(cards.all, /Nordic Council leaders met in Reykjavik/);
});

test('a group the text writes in lowercase is shown with a capital, as a name', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  await page.evaluate(() => {
    const element = document.querySelector('summit-cards');
    element.setAttribute('lang', 'es');
    element.text = 'Los cancilleres del Mercosur se reunieron el martes en Asunción.';
  });
  await eventually('the group\'s cards', async () => (await readCards(page)).principals[0]?.name === 'Cancilleres del Mercosur');
  assert.match((await readCards(page)).all, /Los cancilleres del Mercosur se reunieron en Asunción/);
});

test('two widgets on one page: separate cards, one shared WebAssembly instance', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/two-widgets.html'));
  const first = await cardsShown(page, '#first');
  const second = await cardsShown(page, '#second');
  assert.deepEqual(first.principals.map((person) => person.name), ['Vladimir Putin', 'Kim Jong-un']);
  assert.deepEqual(second.principals.map((person) => person.name), ['Antony Blinken', 'Wang Yi']);
  const wasmRequests = session.requests.filter((url) => url.endsWith('.wasm'));
  assert.equal(wasmRequests.length, 1, `the module is fetched once (got ${wasmRequests})`);

  // Pointing at a participant of the first widget highlights in the first article only.
  await page.locator('#first .person', { hasText: 'Sergei Lavrov' }).hover();
  const highlighted = await eventually('a highlight', () => page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('summit-cards-evidence') ?? [])];
    return ranges.length ? ranges.map((range) => ({
      text: range.toString(),
      first: document.getElementById('first-article').contains(range.commonAncestorContainer),
    })) : null;
  }));
  assert.ok(highlighted.every((range) => range.first), 'the ranges are in the first article');
  assert.ok(highlighted.some((range) => range.text.includes('Sergei Lavrov')));
});

test('host CSS cannot restyle the cards, and the cards\' CSS does not leak', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/hostile-host.html'));
  assertVostochnyCards(await cardsShown(page));
  const measure = () => page.evaluate(() => {
    const shadow = document.querySelector('summit-cards').shadowRoot;
    const pick = (selector) => {
      const element = shadow.querySelector(selector);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return ['color', 'backgroundColor', 'fontFamily', 'fontSize', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing',
        'textTransform', 'textAlign', 'whiteSpace', 'display', 'marginTop', 'paddingTop', 'borderTopStyle']
        .map((property) => `${property}: ${style[property]}`).concat(`width: ${Math.round(box.width)}`);
    };
    return Object.fromEntries(['.card', '.card__title', '.section-title', '.person', '.person__name', '.chip', '.flag', '.summary', '.badge', '.fact dt']
      .map((selector) => [selector, pick(selector)]));
  });
  const attacked = await measure();
  await page.evaluate(() => { document.getElementById('hostile').disabled = true; });
  const clean = await measure();
  assert.deepEqual(attacked, clean, 'the cards look the same with and without the hostile stylesheet');

  const probes = await page.evaluate(() => [...document.querySelectorAll('#probes > *')].map((probe) => {
    const style = getComputedStyle(probe);
    return `${probe.className}: border ${style.borderTopWidth}, padding ${style.paddingTop}, radius ${style.borderTopLeftRadius}, background ${style.backgroundColor}`;
  }));
  for (const probe of probes) {
    assert.match(probe, /border 0px, padding 0px, radius 0px, background rgba\(0, 0, 0, 0\)/, `the page's own .card/.chip/.person elements are untouched: ${probe}`);
  }
});

const LOAD_FAILURE_PAGE = 'tests/pages/fixtures/module-load.html';

async function failureShown(page) {
  const cards = await cardsShown(page);
  assert.ok(cards.stateIsError, `an error state (got "${cards.state ?? cards.cardTitles}")`);
  assert.match(cards.state, /Summit cards could not load/);
  return cards.state;
}

test('load failure explained: the .wasm answers 404', async (session) => {
  const page = await session.open(at.http(LOAD_FAILURE_PAGE), {
    allowConsole: [/status of 404/],
    route: (page) => page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
  });
  assert.match(await failureShown(page), /server answered 404.*summit_cards_bg\.wasm.*Publish summit_cards_bg\.wasm next to summit-cards\.js/);
});

test('load failure explained: the .wasm address serves an HTML page', async (session) => {
  const page = await session.open(at.http(LOAD_FAILURE_PAGE), {
    route: (page) => page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><p>Welcome' })),
  });
  assert.match(await failureShown(page), /is not WebAssembly: the server sent text\/html/);
});

test('load failure explained: the download fails', async (session) => {
  const page = await session.open(at.http(LOAD_FAILURE_PAGE), {
    allowConsole: [/net::ERR_FAILED/],
    route: (page) => page.route('**/*.wasm', (route) => route.abort('failed')),
  });
  assert.match(await failureShown(page), /could not be downloaded from .*summit_cards_bg\.wasm/);
});

test('load failure explained: the CSP refuses WebAssembly', async (session) => {
  const page = await session.open(at.csp(`no-wasm/${LOAD_FAILURE_PAGE}`), {
    allowConsole: [/Content Security Policy|unsafe-eval/],
  });
  assert.match(await failureShown(page), /Content-Security-Policy does not allow WebAssembly.*wasm-unsafe-eval/);
});

test('a .wasm served with the wrong MIME type still loads, with a warning', async (session) => {
  const page = await session.open(at.http(LOAD_FAILURE_PAGE), {
    wait: false,
    route: (page) => page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    }),
  });
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(at.http(LOAD_FAILURE_PAGE));
  const cards = await cardsShown(page);
  assert.deepEqual(cards.principals.map((person) => person.name), ['Vladimir Putin', 'Kim Jong-un']);
  assert.ok(warnings.some((text) => /served as "application\/octet-stream"/.test(text)), `a console warning names the MIME type (got ${warnings})`);
});

test('the module build opened from file://: the page\'s fallback text stays visible', async (session) => {
  // Browsers refuse module scripts on file:// pages, so the element is never defined; what
  // the reader sees is the fallback content the page put inside the element.
  const page = await session.open(at.file(LOAD_FAILURE_PAGE), { allowConsole: [/CORS|Failed to load/] });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => customElements.get('summit-cards')), undefined);
  assert.equal(await page.isVisible('summit-cards .fallback'), true);
  assert.match(await page.textContent('summit-cards .fallback'), /summit-cards\.standalone\.js/);
});
