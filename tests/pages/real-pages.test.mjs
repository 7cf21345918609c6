// The widget on pages as news sites build them (issue #14): a CMS article body full of page
// furniture, a single-page app that replaces and creates its article, a dropped download of
// the .wasm, properties set before the element is defined, publication dates as CMSs write
// them, and the loading details (one CSP violation, locale tags, init's arguments).
import assert from 'node:assert/strict';
import { test, at, readCards, cardsShown, eventually } from './harness.mjs';
import { assertVostochnyCards } from './checks.mjs';

const principalNames = (cards) => cards.principals.map((person) => person.name);

// Names that appear only in the page furniture of www/cms-article.html.
const CLUTTER_NAMES = ['Biden', 'Xi Jinping', 'Kishida', 'Trudeau', 'Modi', 'Hasina', 'Sánchez', 'Sunak', 'Erdogan',
  'Zelensky', 'Meloni', 'Tusk', 'Nehammer', 'Lula', 'Ramaphosa', 'Stoltenberg'];

test('cluttered CMS page: only the story is read, not its ads, captions, boxes, forms or hidden text', async (session) => {
  const page = await session.open(at.http('www/cms-article.html'));
  const cards = await cardsShown(page);
  assert.equal(cards.state, null, `cards, not a state (got "${cards.state}")`);
  assert.deepEqual(principalNames(cards), ['Emmanuel Macron', 'Olaf Scholz']);
  const report = await page.evaluate(() => document.querySelector('summit-cards').report);
  assert.notEqual(report.event.kind, 'multilateral', 'a two-leader meeting');
  const everything = JSON.stringify(report);
  for (const name of CLUTTER_NAMES) assert.ok(!everything.includes(name), `${name}, named only in the page furniture, is not in the report`);
  assert.ok(!/three hours|3 hours|PT3H/.test(everything), 'the hidden teaser\'s "three hours" is not a session');
  // The article's date, "on Tuesday", resolved against the page's RFC 1123 date.
  assert.match(cards.when ?? '', /7 May 2024/, `the date (got "${cards.when}")`);

  // Evidence still points at the right words of the page: each participant's highlight is
  // their name (or the words naming them).
  for (const name of ['Emmanuel Macron', 'Olaf Scholz', 'Annalena Baerbock']) {
    await page.locator('summit-cards .person', { hasText: name }).first().hover();
    const highlighted = await eventually(`the highlight of ${name}`, () => page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('summit-cards-evidence') ?? [])];
      return ranges.length ? ranges.map((range) => range.toString()) : null;
    }));
    assert.ok(highlighted.some((text) => text.includes(name.split(' ').pop())), `${name}: highlighted ${JSON.stringify(highlighted)}`);
  }
});

test('clutter: the exclude attribute, and a bad exclude selector explained', async (session) => {
  const page = await session.open(at.http('www/cms-article.html'));
  await cardsShown(page);
  const widget = page.locator('summit-cards');
  // Without exclude, the author's note is read (it has no class that says what it is).
  await widget.evaluate((element) => element.removeAttribute('exclude'));
  await eventually('the author note read', async () => JSON.stringify(await widget.evaluate((element) => element.report)).includes('Stoltenberg'));
  await widget.evaluate((element) => { element.exclude = '.author-note'; });
  await eventually('the author note left out again', async () => !JSON.stringify(await widget.evaluate((element) => element.report)).includes('Stoltenberg'));
  await widget.evaluate((element) => { element.exclude = '.author-note['; });
  const cards = await eventually('the bad selector explained', async () => {
    const shown = await readCards(page);
    return shown.stateIsError ? shown : null;
  });
  assert.match(cards.state, /could not be read.*\.author-note\[.*not a valid selector/);
});

test('SPA: the router replaces the article node, and the cards follow the new article', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/spa.html'));
  await eventually('the Hamburg cards', async () => principalNames(await readCards(page))[0] === 'Emmanuel Macron');
  const old = await page.evaluateHandle(() => document.getElementById('article-body'));
  await page.evaluate(() => window.spa.render('beijing'));
  await eventually('the Beijing cards', async () => principalNames(await readCards(page)).join() === 'Antony Blinken,Wang Yi');
  assert.equal(await old.evaluate((node) => node.isConnected), false, 'the old article node was replaced');
  // And edits of the new node are followed.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Chinese Vice Foreign Minister Ma Zhaoxu also took part in the talks.';
    document.getElementById('article-body').append(paragraph);
  });
  await eventually('the new participant', async () => (await readCards(page)).delegations.some((group) => group.members.some((member) => member.name === 'Ma Zhaoxu')));
  // Back to the first article, as a reader's back button would.
  await page.evaluate(() => window.spa.render('hamburg'));
  await eventually('the Hamburg cards again', async () => principalNames(await readCards(page))[0] === 'Emmanuel Macron');
});

test('SPA: an article created after the widget is found; one that never comes is said to be missing', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/spa.html?start=empty&after=1500'), { init: recordFrames });
  await eventually('the cards once the article exists', async () => principalNames(await readCards(page))[0] === 'Emmanuel Macron');
  // Waiting, not an error, while the app had not rendered the article yet.
  const frames = await page.evaluate(() => window.__frames);
  assert.deepEqual(frames.filter((shown) => shown !== 'nothing'), ['reading', 'cards'], `frames: ${frames}`);

  // An app that navigates away and never renders the next article: after a while the element
  // says so, and still shows the article if it comes after all.
  await page.evaluate(() => window.spa.clear());
  const missing = await eventually('the missing state', async () => {
    const shown = await readCards(page);
    return shown.stateIsError ? shown : null;
  }, 9000);
  assert.match(missing.state, /could not be found.*No element on this page matches source="#article-body"/);
  await page.evaluate(() => window.spa.render('beijing'));
  await eventually('the late article read', async () => principalNames(await readCards(page))[0] === 'Antony Blinken');
});

// What the widget shows at each frame, recorded by the page (each change once): "no summit",
// "cards", "reading" (the busy state), "error" or another "state".
function recordFrames() {
  window.__frames = [];
  const record = () => {
    const root = document.querySelector('summit-cards')?.shadowRoot;
    const state = root?.querySelector('.state');
    const shown = root?.querySelector('.card--empty') ? 'no summit' : root?.querySelector('.card') ? 'cards'
      : state?.classList.contains('state--error') ? 'error' : /^Reading the article/.test(state?.textContent ?? '') ? 'reading' : state ? 'state' : 'nothing';
    if (window.__frames.at(-1) !== shown) window.__frames.push(shown);
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
}

// A skeleton must never flash "No summit in this article" before the article arrives.
for (const [start, how] of [['busy-skeleton', 'aria-busy on the skeleton'], ['skeleton', 'a plain skeleton, within the grace period']]) {
  test(`SPA: a "Loading…" skeleton does not flash "No summit" (${how})`, async (session) => {
    const page = await session.open(at.http(`tests/pages/fixtures/spa.html?start=${start}&after=700`), { init: recordFrames });
    await eventually('the cards', async () => principalNames(await readCards(page))[0] === 'Emmanuel Macron');
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(!frames.includes('no summit'), `never "No summit" (frames: ${frames})`);
  });
}

test('SPA: an article without a summit is still said to have none, once the grace period is over', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/spa.html?start=skeleton&after=0'));
  const cards = await eventually('the empty card', async () => {
    const shown = await readCards(page);
    return shown.empty ? shown : null;
  });
  assert.match(cards.empty, /No summit in this article/);
});

test('dropped .wasm download: refresh(), a new widget and init() try again', async (session) => {
  for (const retry of ['refresh', 'new widget', 'init']) {
    let requests = 0;
    const page = await session.open(at.http('tests/pages/fixtures/module-load.html'), {
      allowConsole: [/net::ERR_FAILED/],
      // The first request for the .wasm is dropped, as a flaky mobile network does.
      route: (page) => page.route('**/*.wasm', (route) => (++requests === 1 ? route.abort('failed') : route.continue())),
    });
    const failed = await cardsShown(page);
    assert.match(failed.state, /could not load.*could not be downloaded/, `${retry}: the failure is shown first`);
    if (retry === 'refresh') {
      await page.evaluate(() => document.querySelector('summit-cards').refresh());
      assert.deepEqual(principalNames(await readCards(page)), ['Vladimir Putin', 'Kim Jong-un']);
    } else if (retry === 'new widget') {
      await page.evaluate(() => {
        const widget = document.createElement('summit-cards');
        widget.id = 'second';
        widget.text = 'U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi met on Friday in Beijing.';
        document.querySelector('aside').append(widget);
      });
      await eventually('the new widget\'s cards', async () => principalNames(await readCards(page, '#second')).join() === 'Antony Blinken,Wang Yi');
    } else {
      const version = await page.evaluate(async () => {
        const summitCards = await import('../../../www/pkg/summit-cards.js');
        await summitCards.init();
        return summitCards.version();
      });
      assert.match(version, /^\d+\.\d+\.\d+/);
    }
    assert.equal(requests, 2, `${retry}: one new request after the dropped one`);
  }
});

test('properties set before the element is defined are taken when it upgrades', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/pre-upgrade.html'));
  await eventually('both widgets\' cards', async () => principalNames(await readCards(page, '#by-text')).length > 0
    && principalNames(await readCards(page, '#by-source')).length > 0);
  assert.deepEqual(principalNames(await readCards(page, '#by-text')), ['Vladimir Putin', 'Kim Jong-un']);
  assert.deepEqual(principalNames(await readCards(page, '#by-source')), ['Antony Blinken', 'Wang Yi']);
  const properties = await page.evaluate(() => {
    const byText = document.getElementById('by-text');
    const bySource = document.getElementById('by-source');
    return {
      own: ['text', 'published', 'source'].filter((name) => Object.hasOwn(byText, name) || Object.hasOwn(bySource, name)),
      published: byText.getAttribute('published'),
      source: bySource.getAttribute('source'),
    };
  });
  assert.deepEqual(properties, { own: [], published: '2023-09-13', source: '#beijing' }, 'the properties went through the accessors');
  // "on Wednesday", published 13 September 2023.
  assert.match((await readCards(page, '#by-text')).when ?? '', /13 September 2023/);
});

test('publication dates as pages write them: RFC 1123 and spelled-out dates read, others left unresolved', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/dates.html'));
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.reload();
  for (const id of ['#from-meta', '#spelled']) {
    const cards = await cardsShown(page, id);
    assert.match(cards.when ?? '', /5 April 2023/, `${id}: "on Wednesday" is 5 April 2023 (got "${cards.when}")`);
  }
  for (const id of ['#numeric', '#unusable']) {
    const cards = await cardsShown(page, id);
    assert.equal(cards.state, null, `${id}: cards, not an error (got "${cards.state}")`);
    assert.deepEqual(principalNames(cards), ['Xi Jinping', 'Emmanuel Macron']);
    const codes = await page.evaluate((id) => document.querySelector(id).report.warnings.map((warning) => warning.code), id);
    assert.ok(codes.includes('date-unresolved'), `${id}: date-unresolved (got ${codes})`);
  }
  assert.ok(warnings.some((text) => /publication date "06\/04\/2023".*YYYY-MM-DD/.test(text)), `a console warning names the date (got ${warnings})`);
  assert.ok(warnings.some((text) => /"last Thursday"/.test(text)));
});

test('single-file build under a CSP without wasm-unsafe-eval: one violation for three widgets', async (session) => {
  const page = await session.open(at.csp('no-wasm/tests/pages/fixtures/csp-two-widgets.html'), {
    allowConsole: [/Content Security Policy|unsafe-eval/],
    init: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective));
    },
  });
  for (const id of ['#first', '#second', '#third']) {
    const cards = await cardsShown(page, id);
    assert.match(cards.state, /could not load.*Content-Security-Policy does not allow WebAssembly/, `${id}: explained`);
  }
  await page.evaluate(() => document.getElementById('first').refresh());
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__violations);
  assert.equal(violations.length, 1, `one violation (got ${JSON.stringify(violations)})`);
});

test('locale tags for lang, and init()\'s argument checked', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/api.html'));
  const results = await page.evaluate(async () => {
    const summitCards = await import('../../../www/pkg/summit-cards.js');
    const failure = async (input) => summitCards.init(input).then(() => 'resolved', (error) => `${error.name}: ${error.message}`);
    const bad = { number: await failure(42), null: await failure(null), object: await failure({ wasm: 'x' }) };
    await summitCards.init();
    const text = 'Russian President Vladimir Putin met North Korean leader Kim Jong-un on Wednesday at the Vostochny cosmodrome.';
    return {
      bad,
      british: summitCards.extract(text, { lang: 'en-GB' }).participants.map((person) => person.name),
      underscore: summitCards.extract(text, { lang: 'en_US' }).lang,
      mexican: summitCards.extract('El presidente de Francia se reunió con el primer ministro de la India en París.', { lang: 'es-MX' }).lang,
      canadian: summitCards.extract('Le président de la France a rencontré le Premier ministre de l\'Inde à Paris.', { lang: 'fr-CA' }).warnings.map((warning) => warning.code),
      malformed: (() => {
        try {
          summitCards.extract(text, { lang: 'en-US-x' });
          return 'accepted';
        } catch (error) {
          return error.message;
        }
      })(),
    };
  });
  assert.match(results.bad.number, /^TypeError: summit-cards: init\(input\) takes the \.wasm file's URL, a Response, its bytes or a WebAssembly\.Module, not a number$/);
  assert.match(results.bad.null, /not null$/);
  assert.match(results.bad.object, /not a object$/);
  assert.deepEqual(results.british.slice(0, 2), ['Vladimir Putin', 'Kim Jong-un']);
  assert.equal(results.underscore, 'en');
  assert.equal(results.mexican, 'es');
  assert.deepEqual(results.canadian, ['unsupported-language']);
  assert.match(results.malformed, /"en-us-x" is not a language code/);
});

test('typed events: a page listens on document for the element\'s events', async (session) => {
  // The TypeScript side is compiled by the TypeScript test (tests/pages/types/consumer.ts);
  // here, that the events reach document, as DocumentEventMap says.
  const page = await session.open(at.http('www/embed.html'), {
    init: () => {
      window.__events = [];
      for (const type of ['summit-cards-render', 'summit-cards-evidence']) document.addEventListener(type, (event) => window.__events.push(type));
    },
  });
  assertVostochnyCards(await cardsShown(page));
  await page.locator('summit-cards .person').first().hover();
  await eventually('both events on document', () => page.evaluate(() => ['summit-cards-render', 'summit-cards-evidence'].every((type) => window.__events.includes(type))));
});

test('the module build example opened from file://: the fallback says what to do', async (session) => {
  const page = await session.open(at.file('www/embed-module.html'), { allowConsole: [/CORS|Failed to load/] });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => customElements.get('summit-cards')), undefined);
  const fallback = await page.textContent('summit-cards .widget-fallback');
  assert.match(fallback, /opened this page from a file.*web server.*summit-cards\.standalone\.js/s);
  assert.equal(await page.isVisible('summit-cards .widget-fallback'), true);
  // Served over HTTP, the same page shows the cards and hides the fallback.
  const served = await session.open(at.http('www/embed-module.html'));
  assertVostochnyCards(await cardsShown(served));
  assert.equal(await served.isVisible('summit-cards .widget-fallback'), false);
});

// Long texts go to a worker running the widget's own script; where the page's policy refuses
// workers, the main thread reads them. The page counts the workers it starts.
function countWorkersAndViolations() {
  window.__workers = 0;
  window.__violations = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      window.__workers++;
    }
  };
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
}

async function readLongArticle(session, url, options = {}) {
  const page = await session.open(url, { init: countWorkersAndViolations, ...options });
  const detail = await page.evaluate(async () => {
    await customElements.whenDefined('summit-cards');
    window.longPages.article(120_000);
    return window.longPages.addWidget('#article-body');
  });
  const cards = await readCards(page);
  return { page, detail, cards, workers: await page.evaluate(() => window.__workers), violations: await page.evaluate(() => window.__violations) };
}

test('long texts in a worker: module build under the strict CSP, single-file build, and a policy that refuses workers', async (session) => {
  const moduleBuild = await readLongArticle(session, at.csp('tests/pages/fixtures/long-pages.html'));
  assert.equal(moduleBuild.workers, 1, 'module build: a worker');
  assert.deepEqual(moduleBuild.violations, [], 'module build: no CSP violation');
  const standalone = await readLongArticle(session, at.http('tests/pages/fixtures/long-pages-standalone.html'));
  assert.equal(standalone.workers, 1, 'single-file build: a worker');
  const refused = await readLongArticle(session, at.csp('no-worker/tests/pages/fixtures/long-pages.html'), { allowConsole: [/Content Security Policy|worker/i] });
  assert.equal(refused.violations.length, 1, `the worker refused, once (got ${refused.violations})`);
  assert.match(refused.violations[0], /^worker-src: .*summit-cards\.js$/);
  for (const { cards, detail } of [moduleBuild, standalone, refused]) {
    assert.equal(detail.kind, 'bilateral');
    assert.deepEqual(principalNames(cards), ['Emmanuel Macron', 'Olaf Scholz']);
  }
  assert.deepEqual(standalone.cards, moduleBuild.cards, 'the same cards from either build');
  assert.deepEqual(refused.cards, moduleBuild.cards, 'the same cards from the main thread');
});

test('long texts on a page opened from file://: no worker there, the main thread reads them', async (session) => {
  const page = await session.open(at.file('tests/pages/fixtures/long-pages-standalone.html'), { init: countWorkersAndViolations });
  const detail = await page.evaluate(async () => {
    await customElements.whenDefined('summit-cards');
    window.longPages.article(120_000);
    return window.longPages.addWidget('#article-body');
  });
  assert.equal(detail.kind, 'bilateral');
  assert.deepEqual(principalNames(await readCards(page)), ['Emmanuel Macron', 'Olaf Scholz']);
});
