// Time to first card, and the screenshots of docs/screenshots/ (looked at by people: they are
// written on every run so that they always show the current design).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, at, cardsShown, eventually, root } from './harness.mjs';

// Loads `url`, then reloads it nine times and returns the median timings of the reloads: the
// script (and, for the module build, the .wasm and its compiled code) then come from the
// browser's cache, as for a reader's second article on a site.
const RELOADS = 9;

async function firstCard(session, url) {
  const page = await session.open(url);
  await cardsShown(page);
  const samples = [];
  for (let load = 0; load < RELOADS; load++) {
    await page.reload({ waitUntil: 'load' });
    // The page is left alone while it starts: Playwright's first query of a new document runs
    // its own helper script in the page (some 10 ms of the main thread), which would otherwise
    // land inside the interval measured.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await cardsShown(page);
    samples.push(await eventually('the time-to-first-card measure', () => page.evaluate(() => {
      const measure = performance.getEntriesByName('summit-cards:time-to-first-card')[0];
      const mark = performance.getEntriesByName('summit-cards:first-card')[0];
      return measure && mark ? { sinceScriptStart: measure.duration, sinceNavigation: mark.startTime } : null;
    })));
  }
  // Closed before the next measure, so that its page does not share the machine with it.
  await page.context().close();
  // The median, so that one slow frame on a busy machine does not decide.
  const median = (key) => samples.map((sample) => sample[key]).sort((a, b) => a - b)[RELOADS >> 1];
  return {
    sinceScriptStartMs: Math.round(median('sinceScriptStart')),
    sinceNavigationMs: Math.round(median('sinceNavigation')),
    // Every reload, for the spread on a busy machine.
    reloadsSinceScriptStartMs: samples.map((sample) => Math.round(sample.sinceScriptStart)).sort((a, b) => a - b),
  };
}

test('time to first card (warm cache), saved to target/perf/first-card.json', async (session) => {
  const results = {
    measuredAt: new Date().toISOString(),
    browser: session.browser.version(),
    note: 'median of nine reloads after a first load; sinceScriptStart: from the widget script starting to the first cards painted',
    standalone: await firstCard(session, at.http('www/embed.html')),
    module: await firstCard(session, at.csp('tests/pages/fixtures/csp-module.html')),
  };
  mkdirSync(join(root, 'target/perf'), { recursive: true });
  writeFileSync(join(root, 'target/perf/first-card.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`      time to first card: single-file build ${results.standalone.sinceScriptStartMs} ms from script start (${results.standalone.sinceNavigationMs} ms from navigation); `
    + `module build ${results.module.sinceScriptStartMs} ms (${results.module.sinceNavigationMs} ms)`);
  for (const build of ['standalone', 'module']) {
    assert.ok(results[build].sinceScriptStartMs < 2000, `${build}: first card within 2 s of the script starting on this 2-core machine`);
  }
});

const SHOTS = join(root, 'docs/screenshots');

// How many pixels differ between two PNG images (Infinity if their sizes differ), counted in
// the browser, which decodes PNG.
function pixelsChanged(page, before, after) {
  return page.evaluate(async ([before, after]) => {
    const pixels = async (base64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [a, b] = [await pixels(before), await pixels(after)];
    if (a.width !== b.width || a.height !== b.height) return Infinity;
    let changed = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) changed++;
    }
    return changed;
  }, [before.toString('base64'), after.toString('base64')]);
}

// Native form controls are not anti-aliased identically on every run; a screenshot that differs
// from the committed one by a few such pixels is not written, so that a test run leaves the
// repository clean unless the design changed.
async function saveScreenshot(page, file, png) {
  const path = join(SHOTS, file);
  if (existsSync(path) && await pixelsChanged(page, readFileSync(path), png) <= 100) return;
  writeFileSync(path, png);
}

test('screenshots: light, dark, narrow and the demo (docs/screenshots)', async (session) => {
  mkdirSync(SHOTS, { recursive: true });
  const shots = [
    // Pointing at the place: the article shows where the cards found it.
    { file: 'light.png', path: 'www/embed.html', viewport: { width: 1200, height: 1100 }, colorScheme: 'light', hover: 'summit-cards .place' },
    { file: 'dark.png', path: 'www/embed.html', viewport: { width: 1200, height: 1100 }, colorScheme: 'dark' },
    { file: 'narrow.png', path: 'www/embed.html', viewport: { width: 320, height: 1400 }, colorScheme: 'light', widget: true },
    { file: 'demo.png', path: 'www/index.html', viewport: { width: 1200, height: 1000 }, colorScheme: 'light' },
  ];
  for (const shot of shots) {
    const page = await session.open(at.http(shot.path), { viewport: shot.viewport, colorScheme: shot.colorScheme });
    await cardsShown(page);
    // The demo's extraction time changes from run to run; without it, the committed image
    // changes only when the design does.
    await page.evaluate(() => document.getElementById('timing')?.replaceChildren());
    if (shot.hover) await page.locator(shot.hover).hover();
    await page.waitForTimeout(200);
    // For the narrow layout, the cards alone, as a phone reader scrolls to them under the article.
    const png = await (shot.widget ? page.locator('summit-cards') : page).screenshot({ animations: 'disabled' });
    await saveScreenshot(page, shot.file, png);
  }
});
