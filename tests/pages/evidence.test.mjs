// Evidence: pointing at or focusing an item of the cards highlights where the article says it.
import assert from 'node:assert/strict';
import { test, at, cardsShown, eventually } from './harness.mjs';

// The highlighted stretches of the article: CSS Custom Highlight ranges, or <mark> elements
// where the fallback is in use. `inside` tells whether each is within #article-body.
function highlighted(page) {
  return page.evaluate(() => {
    const body = document.getElementById('article-body');
    const ranges = typeof CSS !== 'undefined' && CSS.highlights ? [...(CSS.highlights.get('summit-cards-evidence') ?? [])] : [];
    const marks = [...document.querySelectorAll('mark[data-summit-cards-evidence]')];
    return [...ranges.map((range) => ({ text: range.toString(), inside: body.contains(range.commonAncestorContainer) })),
      ...marks.map((mark) => ({ text: mark.textContent, inside: body.contains(mark) }))];
  });
}

async function expectHighlight(page, what, words) {
  const stretches = await eventually(`the evidence of ${what}`, async () => {
    const found = await highlighted(page);
    return found.length ? found : null;
  });
  assert.ok(stretches.every((stretch) => stretch.inside), `${what}: every highlight is in the article`);
  assert.ok(stretches.some((stretch) => stretch.text.includes(words)),
    `${what}: "${words}" is highlighted (got ${JSON.stringify(stretches.map((stretch) => stretch.text))})`);
}

async function expectNoHighlight(page) {
  await eventually('the highlight cleared', async () => (await highlighted(page)).length === 0);
}

async function pointAtEverything(page) {
  await page.locator('summit-cards .person', { hasText: 'Sergei Lavrov' }).hover();
  await expectHighlight(page, 'a participant', 'Sergei Lavrov');
  await page.locator('summit-cards .place').hover();
  await expectHighlight(page, 'the place', 'Vostochny cosmodrome');
  await page.locator('summit-cards .date').hover();
  await expectHighlight(page, 'the date', 'Wednesday');
  const chip = page.locator('summit-cards .chip').first();
  const topic = (await chip.locator('span').first().textContent()).trim();
  await chip.hover();
  await expectHighlight(page, 'an agenda chip', topic);
  await page.mouse.move(2, 2);
  await expectNoHighlight(page);
}

test('evidence: hovering participants, place, date and topics highlights the article (CSS Custom Highlight API)', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  const before = await page.textContent('#article-body');
  await pointAtEverything(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article-body mark').length), 0, 'the Highlight API changes no DOM');
  assert.equal(await page.textContent('#article-body'), before);
});

test('evidence: keyboard focus highlights too, and leaving the item clears it', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  await page.locator('summit-cards .person', { hasText: 'Kim Jong-un' }).first().focus();
  await expectHighlight(page, 'a focused participant', 'Kim');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.querySelector('summit-cards').shadowRoot.activeElement?.getAttribute('data-evidence'));
  assert.ok(focused, 'Tab moves to the next item of the cards');
  await page.evaluate(() => document.querySelector('summit-cards').shadowRoot.activeElement.blur());
  await expectNoHighlight(page);
});

test('evidence without the Highlight API: <mark> fallback, the article left as it was', async (session) => {
  const page = await session.open(at.http('www/embed.html'), {
    // An older browser: no CSS Custom Highlight API.
    init: () => { delete window.Highlight; },
  });
  await cardsShown(page);
  await page.evaluate(() => {
    window.renders = 0;
    document.querySelector('summit-cards').addEventListener('summit-cards-render', () => window.renders++);
  });
  const before = await page.evaluate(() => {
    const body = document.getElementById('article-body');
    return { text: body.textContent, html: body.innerHTML };
  });
  await pointAtEverything(page);
  await page.waitForTimeout(400);
  const after = await page.evaluate(() => {
    const body = document.getElementById('article-body');
    return { text: body.textContent, html: body.innerHTML };
  });
  assert.deepEqual(after, before, 'the marks are gone and the text nodes joined again');
  assert.equal(await page.evaluate(() => window.renders), 0, 'adding and removing marks does not re-extract');
});

test('evidence: clicking an item scrolls the article to it', async (session) => {
  const page = await session.open(at.http('www/embed.html'), { viewport: { width: 360, height: 640 } });
  await cardsShown(page);
  const item = page.locator('summit-cards .person', { hasText: 'Sergei Shoigu' });
  await item.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => scrollY);
  await item.click();
  await eventually('the article scrolled to the name', () => page.evaluate(() => {
    const range = [...CSS.highlights.get('summit-cards-evidence') ?? []][0];
    if (!range) return false;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }));
  assert.ok(await page.evaluate(() => scrollY) < scrolledTo, 'the page scrolled up to the article');
});
