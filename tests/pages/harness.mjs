// A small test runner for the page tests: one headless Chromium, a fresh browser context per
// test, and checks every test gets for free — no request leaves the page's own origin (or its
// files, for file:// pages), no uncaught exception, no console error unless the test expects it.

import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const HTTP_ORIGIN = process.env.HTTP_ORIGIN;
const CSP_ORIGIN = process.env.CSP_ORIGIN;

// Debian's Chromium, with the flags that keep it off the network it may not reach here.
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const registered = [];

export function test(name, body) {
  registered.push({ name, body });
}

// Addresses of the pages under test.
export const at = {
  http: (path) => `${HTTP_ORIGIN}/${path}`,
  csp: (path) => `${CSP_ORIGIN}/${path}`,
  file: (path) => pathToFileURL(join(root, path)).href,
};

function sameSite(url, pageUrl) {
  const target = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(target.protocol)) return true;
  const page = new URL(pageUrl);
  if (page.protocol === 'file:') return target.protocol === 'file:';
  return target.origin === page.origin;
}

// One test's browser context. `open` loads a page and watches it.
class Session {
  constructor(browser) {
    this.browser = browser;
    this.contexts = [];
    this.problems = [];
    this.requests = [];
  }

  // Opens `url` in a new context. Options: viewport, colorScheme, reducedMotion, javaScriptEnabled;
  // allowConsole: regexes of console errors the test expects; init: a function run in the
  // page before its scripts; wait: 'load' (default) or false to return before navigation.
  async open(url, options = {}) {
    const context = await this.browser.newContext({
      viewport: options.viewport ?? { width: 1200, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'reduce',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    const allowed = options.allowConsole ?? [];
    page.on('request', (request) => {
      this.requests.push(request.url());
      if (!sameSite(request.url(), url)) this.problems.push(`request outside the page's origin: ${request.url()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught exception in ${url}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text()))) {
        this.problems.push(`console error in ${url}: ${message.text()}`);
      }
    });
    page.on('dialog', (dialog) => {
      this.problems.push(`a dialog opened in ${url}: ${dialog.type()} "${dialog.message()}"`);
      dialog.dismiss().catch(() => {});
    });
    if (options.init) await page.addInitScript(options.init);
    if (options.route) await options.route(page);
    if (options.wait !== false) await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async close() {
    for (const context of this.contexts) await context.close();
  }
}

export async function run(filter) {
  if (!HTTP_ORIGIN || !CSP_ORIGIN) throw new Error('HTTP_ORIGIN and CSP_ORIGIN must be set: run scripts/test-pages.sh');
  const browser = await chromium.launch(LAUNCH);
  const selected = registered.filter((entry) => !filter || entry.name.includes(filter));
  const failures = [];
  console.log(`page tests in Chromium ${browser.version()}: ${selected.length} tests`);
  for (const { name, body } of selected) {
    const session = new Session(browser);
    const started = Date.now();
    let error = null;
    try {
      await body(session);
      if (session.problems.length) throw new Error(session.problems.join('\n'));
    } catch (caught) {
      error = caught;
    } finally {
      await session.close().catch(() => {});
    }
    const time = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (error) {
      failures.push(name);
      console.log(`  \u2717 ${name} (${time})\n${String(error.stack ?? error).replace(/^/gm, '      ')}`);
    } else {
      console.log(`  \u2713 ${name} (${time})`);
    }
  }
  await browser.close();
  console.log(failures.length
    ? `\n${failures.length} of ${selected.length} page tests failed:\n${failures.map((name) => `  - ${name}`).join('\n')}`
    : `\nall ${selected.length} page tests passed`);
  return failures.length === 0;
}

// Polls `condition` (a function of nothing) until it returns a truthy value; fails with
// `what` after `timeout` ms. Returns the value.
export async function eventually(what, condition, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await condition();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// What a reader sees in a <summit-cards>: collected from its shadow root.
export function readCards(page, selector = 'summit-cards') {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    const shadow = element?.shadowRoot;
    if (!shadow) return null;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const person = (node) => ({
      name: text(node.querySelector('.person__name')),
      role: text(node.querySelector('.person__role')),
      principal: Boolean(node.querySelector('.badge')),
      flag: text(node.querySelector('.flag')),
    });
    return {
      state: text(shadow.querySelector('.state')),
      stateIsError: Boolean(shadow.querySelector('.state--error')),
      cardTitles: [...shadow.querySelectorAll('.card__title')].map(text),
      eyebrow: text(shadow.querySelector('.card--glance .card__eyebrow')),
      principals: [...shadow.querySelectorAll('.card--glance .person')].map(person),
      where: text(shadow.querySelector('.place')),
      when: text(shadow.querySelector('.date')),
      sessions: [...shadow.querySelectorAll('.session')].map(text),
      delegations: [...shadow.querySelectorAll('.delegation')].map((group) => ({
        title: text(group.querySelector('.delegation__title span:not(.flag):not(.delegation__count)')),
        members: [...group.querySelectorAll('.person')].map(person),
      })),
      topics: [...shadow.querySelectorAll('.chip')].map(text),
      interests: [...shadow.querySelectorAll('.interest')].map(text),
      quotes: [...shadow.querySelectorAll('.quote')].map(text),
      sources: [...shadow.querySelectorAll('.source')].map(text),
      empty: text(shadow.querySelector('.card--empty')),
      all: text(shadow),
    };
  }, selector);
}

// Waits for the cards (or a state message) of the widget at `selector` to be shown.
export function cardsShown(page, selector = 'summit-cards') {
  return eventually(`the cards of ${selector}`, async () => {
    const cards = await readCards(page, selector);
    return cards && (cards.cardTitles.length || (cards.state && !/^Reading the article/.test(cards.state))) ? cards : null;
  });
}

// Runs `action` and waits for the next render of the widget at `selector`; returns its cards.
export async function renderedAfter(page, action, selector = 'summit-cards') {
  await page.evaluate((selector) => {
    window.__nextRender = new Promise((resolve, reject) => {
      document.querySelector(selector).addEventListener('summit-cards-render', resolve, { once: true });
      setTimeout(() => reject(new Error(`no render of ${selector} within 10 s`)), 10000);
    });
  }, selector);
  await action();
  await page.evaluate(() => window.__nextRender.then(() => undefined));
  return readCards(page, selector);
}
