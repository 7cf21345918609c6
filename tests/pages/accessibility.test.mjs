// Accessibility and layout: axe-core (which reads into shadow roots), keyboard access and a
// visible focus, dark mode, contrast, and no horizontal overflow from 280 px up.
import assert from 'node:assert/strict';
import { test, at, readCards, cardsShown, eventually } from './harness.mjs';
import { expectNoAxeViolations } from './checks.mjs';

for (const [what, path, options] of [
  ['the demo page', 'www/index.html', {}],
  ['the demo page in dark mode', 'www/index.html', { colorScheme: 'dark' }],
  ['the example news page', 'www/embed.html', {}],
  ['the example news page in dark mode', 'www/embed.html', { colorScheme: 'dark' }],
  ['two widgets, one compact and dark', 'tests/pages/fixtures/two-widgets.html', {}],
  ['the empty and error states', 'tests/pages/fixtures/inputs.html', {}],
]) {
  test(`axe-core: no violations on ${what}`, async (session) => {
    const page = await session.open(at.http(path), options);
    await cardsShown(page);
    await page.waitForTimeout(200);
    await expectNoAxeViolations(page, what);
  });
}

test('axe-core: no violations on the empty card', async (session) => {
  const page = await session.open(at.http('www/index.html'));
  await cardsShown(page);
  await page.fill('#article', 'Heavy rain flooded the lower town on Monday, and the fire brigade pumped out dozens of cellars.');
  await eventually('the empty card', async () => Boolean((await readCards(page)).empty));
  await expectNoAxeViolations(page, 'the empty card');
});

test('keyboard: every item of the cards is reachable with Tab and shows a visible focus', async (session) => {
  const page = await session.open(at.http('www/embed.html'));
  await cardsShown(page);
  const expected = await page.evaluate(() => [...document.querySelector('summit-cards').shadowRoot.querySelectorAll('[data-evidence]')]
    .map((item) => item.getAttribute('data-evidence')));
  assert.ok(expected.length > 10, 'the cards have interactive items');
  const reached = [];
  for (let step = 0; step < expected.length + 20 && reached.length < expected.length; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const item = document.querySelector('summit-cards').shadowRoot.activeElement;
      if (!item) return null;
      const style = getComputedStyle(item);
      return { key: item.getAttribute('data-evidence'), role: item.localName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    if (focus?.key) {
      assert.equal(focus.role, 'button', `${focus.key} is a button`);
      assert.match(focus.outline, /^solid [2-9]/, `${focus.key} shows a focus ring (got ${focus.outline})`);
      reached.push(focus.key);
    }
  }
  assert.deepEqual(reached, expected, 'Tab visits every item, in reading order');
  for (const kind of ['person-', 'place', 'date', 'topic-']) {
    assert.ok(reached.some((key) => key.startsWith(kind)), `${kind} items are focusable`);
  }
});

// Colours of the first card as the reader sees them, with the contrast of its text.
function cardColours(page, selector = 'summit-cards') {
  return page.evaluate((selector) => {
    const shadow = document.querySelector(selector).shadowRoot;
    const rgb = (value) => value.match(/[\d.]+/g).slice(0, 3).map(Number);
    const luminance = (value) => {
      const [r, g, b] = rgb(value).map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const background = getComputedStyle(shadow.querySelector('.card')).backgroundColor;
    const text = (query) => getComputedStyle(shadow.querySelector(query)).color;
    return {
      background: luminance(background),
      title: contrast(text('.card__title'), background),
      muted: contrast(text('.person__role'), background),
      accent: contrast(text('.card__eyebrow'), background),
    };
  }, selector);
}

test('dark mode: follows prefers-color-scheme, and the theme attribute overrides it', async (session) => {
  const dark = await session.open(at.http('www/embed.html'), { colorScheme: 'dark' });
  await cardsShown(dark);
  const darkColours = await cardColours(dark);
  assert.ok(darkColours.background < 0.05, `a dark card background (luminance ${darkColours.background})`);
  for (const [what, ratio] of Object.entries({ title: darkColours.title, muted: darkColours.muted, accent: darkColours.accent })) {
    assert.ok(ratio >= 4.5, `dark theme: ${what} text contrast ${ratio.toFixed(2)} ≥ 4.5`);
  }
  await dark.evaluate(() => document.querySelector('summit-cards').setAttribute('theme', 'light'));
  const forcedLight = await cardColours(dark);
  assert.ok(forcedLight.background > 0.8, 'theme="light" wins over a dark preference');

  const light = await session.open(at.http('tests/pages/fixtures/two-widgets.html'), { colorScheme: 'light' });
  await cardsShown(light, '#second');
  const lightColours = await cardColours(light, '#first');
  assert.ok(lightColours.background > 0.8, 'a light card background by default');
  for (const [what, ratio] of Object.entries({ title: lightColours.title, muted: lightColours.muted, accent: lightColours.accent })) {
    assert.ok(ratio >= 4.5, `light theme: ${what} text contrast ${ratio.toFixed(2)} ≥ 4.5`);
  }
  assert.ok((await cardColours(light, '#second')).background < 0.05, 'theme="dark" wins over a light preference');
});

// Whether anything is wider than the viewport, on the page or inside the cards.
function overflow(page) {
  return page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > innerWidth) problems.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const widget of document.querySelectorAll('summit-cards')) {
      const width = widget.getBoundingClientRect().width;
      for (const element of widget.shadowRoot.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        const host = widget.getBoundingClientRect();
        if (box.width && (box.right > host.right + 0.5 || box.left < host.left - 0.5)) {
          problems.push(`${widget.id || 'widget'} .${element.className}: ${Math.round(box.left - host.left)}–${Math.round(box.right - host.left)} of ${Math.round(width)}px`);
        }
      }
    }
    return problems;
  });
}

for (const [what, path] of [['the demo page', 'www/index.html'], ['the example news page', 'www/embed.html'], ['two widgets', 'tests/pages/fixtures/two-widgets.html']]) {
  test(`320 px viewport: no horizontal overflow on ${what}`, async (session) => {
    const page = await session.open(at.http(path), { viewport: { width: 320, height: 640 } });
    await cardsShown(page);
    assert.deepEqual(await overflow(page), []);
  });
}

test('a 280 px wide widget fits its cards', async (session) => {
  const page = await session.open(at.http('www/embed.html'), { viewport: { width: 1000, height: 800 } });
  await cardsShown(page);
  await page.evaluate(() => {
    const widget = document.querySelector('summit-cards');
    widget.style.setProperty('width', '280px');
    widget.style.setProperty('display', 'block');
  });
  await page.waitForTimeout(100);
  assert.deepEqual(await overflow(page), []);
  const width = await page.evaluate(() => document.querySelector('summit-cards').getBoundingClientRect().width);
  assert.equal(Math.round(width), 280);
});
