// Security: article text never becomes markup; the widget runs under a strict CSP; no page
// makes a request outside its own origin (checked for every test by the harness, and listed
// here page by page).
import assert from 'node:assert/strict';
import { test, at, readCards, cardsShown, eventually, renderedAfter } from './harness.mjs';
import { assertVostochnyCards } from './checks.mjs';

// Payloads a hostile or careless article could carry, as raw text. Each one that ran would set
// window.__pwned or open a dialog; each one that became an element would show up in the DOM.
const PAYLOADS = [
  '"<script>window.__pwned = \'script\'</script> is off the table," Putin said.',
  '"<img src=x onerror="window.__pwned = \'img\'"> we stand with you," Kim said.',
  'The leaders discussed <svg onload="window.__pwned = \'svg\'"></svg> cooperation, javascript:alert(1) and trade, the Kremlin said.',
  '"\'"><iframe src="javascript:alert(2)"></iframe><a href="javascript:alert(3)">link</a>" was all Putin said.',
  '"</blockquote><button onclick="alert(4)">x</button><style>*{display:none}</style>" Kim added.',
  '"\u202Etxt.exe\u202C with \u200Bzero\u200Dwidth \uFEFFmarks and \u{1D40F}\u{1D42E}\u{1D42D}\u{1D422}\u{1D427}" Kim said.',
];
const ARTICLE = `Russian President Vladimir Putin met North Korean leader Kim Jong-un on Wednesday at the Vostochny cosmodrome, the Kremlin said.\n\n${PAYLOADS.join('\n\n')}`;

// What may not be in a widget's shadow root: elements a payload would create, and any event
// handler attribute or javascript: URL.
function injected(page, selector) {
  return page.evaluate((selector) => {
    const shadow = document.querySelector(selector).shadowRoot;
    const elements = [...shadow.querySelectorAll('script, img, svg, iframe, object, embed, a, form, style, link, input, textarea')]
      .map((element) => element.localName);
    const attributes = [...shadow.querySelectorAll('*')].flatMap((element) => [...element.attributes]
      .filter((attribute) => /^on/i.test(attribute.name) || /javascript:/i.test(attribute.value))
      .map((attribute) => `${element.localName}[${attribute.name}]`));
    return [...elements, ...attributes];
  }, selector);
}

function documentElements(page) {
  return page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, object, embed, a, form, style, button').length);
}

async function hoverEverything(page, selector) {
  for (const item of await page.locator(`${selector} [data-evidence]`).all()) await item.hover();
}

test('XSS: markup and scripts in the article stay text (source element and text property)', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/xss.html'));
  await cardsShown(page, '#from-page');
  const elementsBefore = await documentElements(page);
  await page.evaluate((text) => { document.getElementById('from-property').text = text; }, ARTICLE);
  await eventually('cards from the payload text', async () => (await readCards(page, '#from-property')).principals.length > 0);
  await hoverEverything(page, '#from-page');
  await hoverEverything(page, '#from-property');

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  for (const selector of ['#from-page', '#from-property']) {
    assert.deepEqual(await injected(page, selector), [], `nothing injected into ${selector}`);
  }
  assert.equal(await documentElements(page), elementsBefore, 'nothing injected into the page');
  const shown = `${(await readCards(page, '#from-page')).all} ${(await readCards(page, '#from-property')).all}`;
  assert.match(shown, /window\.__pwned|<script>|<img|onerror|javascript:/, 'payloads the extractor kept are shown as text');
});

test('XSS: the demo editor and its evidence marks keep payloads as text', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  const cards = await renderedAfter(page, () => page.fill('#article', ARTICLE));
  assert.equal(cards.principals[0]?.name, 'Vladimir Putin');
  await hoverEverything(page, 'summit-cards');
  await page.locator('summit-cards .person').first().hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  assert.deepEqual(await injected(page, 'summit-cards'), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#backdrop *:not(mark)').length), 0, 'the marks layer holds only text and marks');
  assert.equal(await page.evaluate(() => JSON.parse(document.getElementById('json').textContent).schemaVersion), '1.1', 'the raw JSON is text too');
});

async function openUnderCsp(session, path, policy = /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'$/) {
  const page = await session.open(at.csp(path), {
    init: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    },
  });
  const response = await page.request.get(at.csp(path));
  assert.match(response.headers()['content-security-policy'], policy);
  return page;
}

async function noViolations(page) {
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
}

test('strict CSP: the example news page with the single-file build', async (session) => {
  const page = await openUnderCsp(session, 'www/embed.html');
  assertVostochnyCards(await cardsShown(page));
  await page.locator('summit-cards .person', { hasText: 'Sergei Lavrov' }).hover();
  await eventually('the evidence highlighted', () => page.evaluate(() => (CSS.highlights.get('summit-cards-evidence')?.size ?? 0) > 0));
  await noViolations(page);
});

test('strict CSP: the module build (dist/summit-cards.js)', async (session) => {
  const page = await openUnderCsp(session, 'tests/pages/fixtures/csp-module.html');
  assertVostochnyCards(await cardsShown(page));
  await noViolations(page);
});

test('strict CSP: the demo page', async (session) => {
  const page = await openUnderCsp(session, 'www/index.html');
  assertVostochnyCards(await cardsShown(page));
  await page.click('#json-toggle');
  await page.locator('summit-cards .person').first().hover();
  await noViolations(page);
});

test('Trusted Types: no HTML sink is ever given a string, on the news page and the demo', async (session) => {
  for (const path of ['trusted-types/www/embed.html', 'trusted-types/www/index.html']) {
    const page = await openUnderCsp(session, path, /require-trusted-types-for 'script'; trusted-types 'none'$/);
    assertVostochnyCards(await cardsShown(page));
    await hoverEverything(page, 'summit-cards');
    await noViolations(page);
  }
});

test('no request leaves the page: every page loads only its own files', async (session) => {
  const pages = [at.http('www/index.html'), at.http('www/embed.html'), at.file('www/index.html'), at.file('www/embed.html'),
    at.http('tests/pages/fixtures/two-widgets.html'), at.csp('tests/pages/fixtures/csp-module.html')];
  for (const url of pages) {
    const page = await session.open(url);
    await cardsShown(page);
    await page.locator('summit-cards [data-evidence]').first().hover();
  }
  // The harness fails the test on any request outside the page's origin; check it saw some.
  assert.ok(session.requests.length >= pages.length * 3, `requests were recorded (${session.requests.length})`);
  const origins = [...new Set(session.requests.map((url) => (url.startsWith('file:') ? 'file:' : new URL(url).origin)))];
  assert.equal(origins.length, 3, `only the two test servers and file: (got ${origins})`);
});
