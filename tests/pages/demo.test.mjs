// The demo page (www/index.html), over HTTP and opened from disk.
import assert from 'node:assert/strict';
import { test, at, readCards, cardsShown, eventually } from './harness.mjs';
import { assertVostochnyCards } from './checks.mjs';
import { samples } from './samples.mjs';

async function checkDemo(page) {
  assertVostochnyCards(await cardsShown(page));
  const options = await page.locator('#sample option').allTextContents();
  assert.equal(options.length, Object.keys(samples).length, 'one choice per sample article');
  assert.equal(await page.inputValue('#published'), '2023-09-13');
  assert.equal(await page.inputValue('#article'), samples.vostochny.text);
  await eventually('the extractor version', async () => /^Extractor \d+\.\d+\.\d+/.test(await page.textContent('#version')));
}

test('demo over HTTP: the Vostochny sample gives its three cards', async (session) => {
  await checkDemo(await session.open(at.http('www/index.html')));
});

test('demo from file://: the same page works opened from disk', async (session) => {
  await checkDemo(await session.open(at.file('www/index.html')));
});

test('demo: editing the article updates the cards, once the typing pauses', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  await page.evaluate(() => {
    window.renders = 0;
    document.getElementById('cards').addEventListener('summit-cards-render', () => window.renders++);
  });
  await page.fill('#article', '');
  await page.locator('#article').pressSequentially(samples['beijing-ministers'].text.slice(0, 160), { delay: 5 });
  const cards = await eventually('the cards of the typed text', async () => {
    const shown = await readCards(page);
    return shown.principals.some((person) => person.name === 'Antony Blinken') ? shown : null;
  });
  assert.deepEqual(cards.principals.map((person) => person.name), ['Antony Blinken', 'Wang Yi']);
  await page.waitForTimeout(500);
  const renders = await page.evaluate(() => window.renders);
  assert.ok(renders <= 3, `160 keystrokes gave ${renders} renders: extraction waits for a pause in the typing`);
});

test('demo: picking a sample and changing the date', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  await page.selectOption('#sample', 'african-union');
  const cards = await eventually('the African Union cards', async () => {
    const shown = await readCards(page);
    return shown.eyebrow?.startsWith('Multilateral summit') ? shown : null;
  });
  assert.ok(cards.principals.length >= 3, 'a multilateral summit has several principals');
  assert.match(page.url(), /#african-union$/, 'the address names the sample');
  assert.equal(await page.inputValue('#published'), '2024-02-17');

  await page.selectOption('#sample', 'vostochny');
  await eventually('the Vostochny date', async () => (await readCards(page)).when?.startsWith('Wednesday, 13 September 2023'));
  await page.fill('#published', '');
  await page.dispatchEvent('#published', 'change');
  const undated = await eventually('the date as written only', async () => {
    const shown = await readCards(page);
    return shown.when && !/2023/.test(shown.when) ? shown : null;
  });
  assert.match(undated.when, /Wednesday/i, 'without a publication date the card shows the date as the article gives it');
});

test('demo: the raw JSON toggle shows the report', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  assert.equal(await page.isVisible('#json'), false);
  await page.click('#json-toggle');
  assert.equal(await page.getAttribute('#json-toggle', 'aria-pressed'), 'true');
  assert.equal(await page.isVisible('#json'), true);
  const report = JSON.parse(await page.textContent('#json'));
  assert.equal(report.schemaVersion, '1.1');
  assert.equal(report.participants[0].name, 'Vladimir Putin');
  await page.click('#json-toggle');
  assert.equal(await page.isVisible('#json'), false);
});

test('demo: pointing at a card item marks its evidence in the editor', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  await page.locator('summit-cards .person', { hasText: 'Sergei Lavrov' }).hover();
  const marked = await eventually('marks in the editor', async () => {
    const marks = await page.locator('#backdrop mark').allTextContents();
    return marks.length ? marks : null;
  });
  assert.ok(marked.some((text) => text.includes('Sergei Lavrov')), `a mark covers the name (got ${JSON.stringify(marked)})`);
  assert.equal(await page.textContent('#backdrop'), `${await page.inputValue('#article')} `, 'the marks layer holds the same text as the editor');

  await page.locator('summit-cards .chip').first().click();
  const topic = (await page.locator('summit-cards .chip span').first().textContent()).trim();
  await eventually('the topic marked', async () => (await page.locator('#backdrop mark').allTextContents()).some((text) => text.includes(topic)));
  // The clicked topic keeps focus, and with it its marks, until the reader moves on.
  await page.mouse.move(5, 5);
  assert.ok(await page.locator('#backdrop mark').count() > 0, 'the focused topic stays marked');
  await page.click('#article-title');
  await eventually('the marks cleared', async () => (await page.locator('#backdrop mark').count()) === 0);
});

test('demo: a text about no meeting gives the honest empty card', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  await page.fill('#article', 'Manchester City beat Arsenal 2-1 on Sunday. Erling Haaland scored twice in the second half, and the coach Pep Guardiola praised his players for their patience.');
  const cards = await eventually('the empty card', async () => {
    const shown = await readCards(page);
    return shown.empty ? shown : null;
  });
  assert.deepEqual(cards.cardTitles, ['No summit in this article']);
  assert.equal(cards.principals.length, 0);
});

test('demo sample: the storm article (no meeting) gives the empty card [extractor]', async (session) => {
  const page = await session.open(at.http('www/index.html#storm-ciaran'));
  const cards = await cardsShown(page);
  assert.deepEqual(cards.cardTitles, ['No summit in this article'],
    `a storm report is not a summit, but the extractor saw ${cards.eyebrow} with ${cards.principals.map((person) => person.name)}`);
});
