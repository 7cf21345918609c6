// Time to first card, and the screenshots of docs/screenshots/ (looked at by people: they are
// written on every run so that they always show the current design).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, at, readCards, cardsShown, eventually, root } from './harness.mjs';
import { saveScreenshot } from './checks.mjs';

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

test('screenshots: light, dark, narrow and the demo (docs/screenshots)', async (session) => {
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

// Long pages (issue #14): a 1 MB article, a 2.5 MB page over the limit and a 300 KB live
// blog updated entry by entry, on the module build. The page records its long tasks (over
// 50 ms on the main thread) and the workers it starts; Chromium's own counter of the main
// thread's busy time (TaskDuration) gives the work of one live blog update.
function watchMainThread() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__workers = 0;
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      window.__workers++;
    }
  };
}

// Adds a widget reading `selector` and waits for its first render (or, with `state`, for a
// state message); returns the time it took, the longest task meanwhile and the render's detail.
function addWidget(page, selector, state = null) {
  return page.evaluate(async ([selector, state]) => {
    const start = performance.now();
    let detail = null;
    if (state) {
      window.longPages.addWidget(selector);
      await new Promise((resolve) => {
        const poll = () => (document.querySelector('summit-cards').shadowRoot.querySelector('.state--error') ? resolve() : setTimeout(poll, 5));
        poll();
      });
    } else {
      detail = await window.longPages.addWidget(selector);
    }
    const shownMs = performance.now() - start;
    // Long task entries arrive a little after their task; the one that added the widget
    // started before `start`, and is counted.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tasks = window.__longTasks.filter((task) => task.start + task.duration > start);
    return { shownMs, detail, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)), workers: window.__workers };
  }, [selector, state]);
}

async function longPage(session, build, chars, init = watchMainThread) {
  const page = await session.open(at.http('tests/pages/fixtures/long-pages.html'), { init });
  await page.evaluate(() => customElements.whenDefined('summit-cards'));
  const built = await page.evaluate(([build, chars]) => window.longPages[build](chars), [build, chars]);
  // Building the page is the page's own long task: let it pass before measuring.
  await page.waitForTimeout(500);
  return { page, built };
}

test('long pages: a 1 MB article, a 2.5 MB page and a 300 KB live blog without long tasks; saved to target/perf/long-pages.json', async (session) => {
  const results = { measuredAt: new Date().toISOString(), browser: session.browser.version() };

  const article = await longPage(session, 'article', 1_000_000);
  const articleRun = await addWidget(article.page, '#article-body');
  results.article = { chars: article.built, cardsMs: Math.round(articleRun.shownMs), extractMs: Math.round(articleRun.detail.extractMs), longestTaskMs: Math.round(articleRun.longestTaskMs), workers: articleRun.workers };
  assert.equal(articleRun.detail.kind, 'bilateral', 'the long article is read as the meeting it reports');
  assert.equal(articleRun.workers, 1, 'extracted in a worker');
  await article.page.context().close();

  const tooLong = await longPage(session, 'article', 2_500_000);
  const tooLongRun = await addWidget(tooLong.page, '#article-body', 'error');
  const tooLongState = (await readCards(tooLong.page)).state;
  assert.match(tooLongState, /longer than 2 MB/);
  results.tooLong = { chars: tooLong.built, errorShownMs: Math.round(tooLongRun.shownMs), longestTaskMs: Math.round(tooLongRun.longestTaskMs) };
  await tooLong.page.context().close();

  // The live blog: seven updates before the widget is added, the page's own work (layout of
  // the new entry), then seven with it; the widget's share is the difference of the medians.
  const blog = await longPage(session, 'liveBlog', 300_000);
  const cdp = await blog.page.context().newCDPSession(blog.page);
  await cdp.send('Performance.enable');
  const busySeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const update = async (withWidget) => {
    const before = await busySeconds();
    const run = await blog.page.evaluate(async (withWidget) => {
      const start = performance.now();
      await new Promise((resolve) => {
        if (withWidget) document.querySelector('summit-cards').addEventListener('summit-cards-render', resolve, { once: true });
        else setTimeout(resolve, 600);
        window.longPages.addEntry();
      });
      const cardsMs = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { cardsMs, longestTaskMs: Math.max(0, ...window.__longTasks.filter((task) => task.start + task.duration > start).map((task) => task.duration)) };
    }, withWidget);
    return { mainThreadMs: Math.round((await busySeconds() - before) * 1000), cardsMs: Math.round(run.cardsMs), longestTaskMs: Math.round(run.longestTaskMs) };
  };
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const withoutWidget = [];
  for (let count = 0; count < 7; count++) withoutWidget.push(await update(false));
  const blogRun = await addWidget(blog.page, '#live-blog');
  results.liveBlog = { chars: blog.built, cardsMs: Math.round(blogRun.shownMs), extractMs: Math.round(blogRun.detail.extractMs), longestTaskMs: Math.round(blogRun.longestTaskMs) };
  const updates = [];
  for (let count = 0; count < 7; count++) updates.push(await update(true));
  results.liveBlog.updates = updates;
  results.liveBlog.updatesWithoutWidget = withoutWidget;
  results.liveBlog.widgetMainThreadMs = median(updates.map((run) => run.mainThreadMs)) - median(withoutWidget.map((run) => run.mainThreadMs));
  await blog.page.context().close();

  // Where no worker can start, the main thread extracts: the same cards, later.
  const fallback = await longPage(session, 'liveBlog', 300_000, () => { window.Worker = undefined; window.__longTasks = []; });
  const fallbackRun = await fallback.page.evaluate(async () => {
    const start = performance.now();
    const detail = await window.longPages.addWidget('#live-blog');
    return { cardsMs: performance.now() - start, detail, participants: document.querySelector('summit-cards').report.participants.map((person) => person.name) };
  });
  assert.equal(fallbackRun.detail.kind, blogRun.detail.kind);
  assert.ok(fallbackRun.participants.includes('Emmanuel Macron'), 'the main thread reads it too');
  results.liveBlogWithoutWorker = { cardsMs: Math.round(fallbackRun.cardsMs), extractMs: Math.round(fallbackRun.detail.extractMs) };

  mkdirSync(join(root, 'target/perf'), { recursive: true });
  writeFileSync(join(root, 'target/perf/long-pages.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`      1 MB article: cards in ${results.article.cardsMs} ms (extraction ${results.article.extractMs} ms, in a worker), longest main-thread task ${results.article.longestTaskMs} ms; `
    + `2.5 MB page: "too long" in ${results.tooLong.errorShownMs} ms, longest task ${results.tooLong.longestTaskMs} ms; `
    + `300 KB live blog: cards in ${results.liveBlog.cardsMs} ms, an update ${updates.map((run) => run.mainThreadMs).join(', ')} ms of main-thread work with the widget, ${withoutWidget.map((run) => run.mainThreadMs).join(', ')} ms without (the widget's share ${results.liveBlog.widgetMainThreadMs} ms; longest task ${Math.max(...updates.map((run) => run.longestTaskMs))} ms); `
    + `without a worker ${results.liveBlogWithoutWorker.cardsMs} ms`);
  // The targets (no task over 200 ms for the 1 MB article, under 100 ms of the widget's work for
  // a live blog update) are measured on a quiet machine and written in docs/performance.md; a
  // timed test on a shared 2-core machine can only hold a bound that the old behaviour broke by
  // far (a 6.4 s task for the 1 MB article, 1.2 s for every live blog update, 33 s before "too long").
  assert.ok(results.article.longestTaskMs < 1000, `1 MB article: no task over 1 s (longest ${results.article.longestTaskMs} ms)`);
  assert.ok(results.tooLong.errorShownMs < 2000, `2.5 MB page: "too long" within 2 s (${results.tooLong.errorShownMs} ms)`);
  assert.ok(results.liveBlog.widgetMainThreadMs < 500, `live blog: the widget's work for an update under 500 ms (${results.liveBlog.widgetMainThreadMs} ms)`);
  assert.ok(Math.max(...updates.map((run) => run.longestTaskMs)) < 1000, 'live blog: no task over 1 s');
});
