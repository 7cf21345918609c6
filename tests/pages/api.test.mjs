// The JavaScript API in the browser (and in Node): init, extract, version, errors, offsets.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { test, at, root } from './harness.mjs';
import { samples } from './samples.mjs';

// Emoji (two UTF-16 code units each) and lone surrogates before and between the names: the
// report's offsets are UTF-16 code units, so JavaScript's slice must give the names back.
const UNICODE_TEXT = '\u{1F389}\u{1F30D} Crowds waved flags.\uD800 Russian President Vladimir Putin met '
  + 'Chinese President Xi Jinping \u{1F91D} in Beijing on Tuesday.\uDC00 Putin and Xi discussed trade \u{1F4C8} and energy.';

function evidenceNames(report, text) {
  return report.participants.map((person) => ({
    name: person.name,
    spans: [person.evidence, ...person.mentions].map((span) => text.slice(span.start, span.end)),
  }));
}

test('JS API (module build): init, extract, version', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/api.html'));
  const result = await page.evaluate(async ({ text, published }) => {
    const api = await import('/dist/summit-cards.js');
    let beforeInit;
    try {
      api.extract(text);
    } catch (error) {
      beforeInit = { isError: error instanceof Error, message: error.message };
    }
    await api.init();
    return { beforeInit, version: api.version(), report: api.extract(text, { publishedAt: published }) };
  }, samples.vostochny);
  assert.deepEqual(result.beforeInit, { isError: true, message: 'summit-cards: the extractor is not loaded yet; await init() before calling extract()' });
  assert.match(result.version, /^\d+\.\d+\.\d+/);
  const { report } = result;
  assert.equal(report.schemaVersion, '1.1');
  assert.equal(report.extractorVersion, result.version);
  assert.equal(report.event.kind, 'bilateral');
  assert.equal(report.event.date?.iso, '2023-09-13');
  assert.deepEqual(report.participants.filter((person) => person.principal).map((person) => [person.name, person.country]),
    [['Vladimir Putin', 'Russia'], ['Kim Jong-un', 'North Korea']]);
});

test('JS API: bad input throws a JS Error with a clear message', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/api.html'));
  const errors = await page.evaluate(async () => {
    const api = await import('/dist/summit-cards.js');
    await api.init();
    const attempt = (...args) => {
      try {
        api.extract(...args);
        return 'no error';
      } catch (error) {
        return { isError: error instanceof Error, message: error.message };
      }
    };
    return {
      notAString: attempt(42),
      empty: attempt(''),
      badDate: attempt('Putin met Kim.', { publishedAt: '13/09/2023' }),
      badLanguage: attempt('Putin met Kim.', { lang: 'xx' }),
      badOptions: attempt('Putin met Kim.', 5),
      tooLong: attempt('Putin met Kim in Moscow on Monday.', { maxBytes: 10 }),
    };
  });
  for (const [what, error] of Object.entries(errors)) {
    assert.equal(error.isError, true, `${what}: an Error is thrown (got ${JSON.stringify(error)})`);
  }
  assert.match(errors.notAString.message, /text must be a string/);
  assert.match(errors.empty.message, /empty/);
  assert.match(errors.badDate.message, /13\/09\/2023.*YYYY-MM-DD/);
  assert.match(errors.badLanguage.message, /"xx" is not a language code/);
  assert.match(errors.badOptions.message, /bad options/);
  assert.match(errors.tooLong.message, /over the limit of 10 bytes/);
});

test('JS API: offsets are UTF-16, right across emoji and lone surrogates', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/api.html'));
  const report = await page.evaluate(async (text) => {
    const api = await import('/dist/summit-cards.js');
    await api.init();
    return api.extract(text);
  }, UNICODE_TEXT);
  const names = evidenceNames(report, UNICODE_TEXT);
  for (const expected of ['Vladimir Putin', 'Xi Jinping']) {
    const person = names.find((entry) => entry.name === expected);
    assert.ok(person, `${expected} is a participant (got ${names.map((entry) => entry.name)})`);
    assert.ok(person.spans.includes(expected), `a span of ${expected} slices to the name (got ${JSON.stringify(person.spans)})`);
    assert.ok(person.spans.every((span) => expected.split(' ').some((word) => span.includes(word))),
      `every span of ${expected} names them (got ${JSON.stringify(person.spans)})`);
  }
});

test('JS API (single-file build): window.SummitCards gives the same report as Node', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/inputs.html'));
  const inBrowser = await page.evaluate(async ({ text, published }) => {
    await window.SummitCards.init();
    return window.SummitCards.extract(text, { publishedAt: published });
  }, samples['washington-state-visit']);
  // The same WebAssembly through wasm-bindgen's own ES module glue, in Node.
  const glue = await import(pathToFileURL(join(root, 'www/pkg/summit_cards.js')).href);
  glue.initSync({ module: readFileSync(join(root, 'www/pkg/summit_cards_bg.wasm')) });
  const inNode = glue.extract(samples['washington-state-visit'].text, { publishedAt: samples['washington-state-visit'].published });
  assert.deepEqual(inBrowser, inNode);
});

// No article is known to make the extractor trap (the fuzzer's finds are fixed), so the engine
// runs here with a stand-in instance whose extract traps on one input, as a Rust panic would.
test('a trap of the extractor drops its instance, and a fresh one reads the next article', async (session) => {
  const page = await session.open(at.http('tests/pages/fixtures/api.html'));
  const result = await page.evaluate(async () => {
    const engine = await import('/www/src/engine.js');
    let instances = 0;
    engine.setEngineLoader(async () => {
      const instance = ++instances;
      return {
        extract(text) {
          if (text === 'trap') throw new WebAssembly.RuntimeError('unreachable');
          if (text === '') throw new Error('the article text is empty');
          return { instance, text };
        },
        version: () => `instance ${instance}`,
      };
    });
    const caught = (run) => {
      try {
        run();
        return null;
      } catch (error) {
        return { message: error.message, trapCause: error.cause instanceof WebAssembly.RuntimeError };
      }
    };
    const first = await engine.loadEngine();
    const before = engine.extractWithEngine('an article');
    const ordinaryError = caught(() => engine.extractWithEngine(''));
    const keptAfterOrdinaryError = engine.readyEngine() === first;
    const trap = caught(() => engine.extractWithEngine('trap'));
    const second = await engine.loadEngine();
    return {
      before,
      ordinaryError,
      keptAfterOrdinaryError,
      trap,
      fresh: second !== first,
      after: engine.extractWithEngine('the next article'),
      version: engine.engineVersion(),
      instances,
    };
  });
  assert.deepEqual(result.before, { instance: 1, text: 'an article' });
  assert.deepEqual(result.ordinaryError, { message: 'the article text is empty', trapCause: false });
  assert.ok(result.keptAfterOrdinaryError, 'an error the extractor reports keeps the instance');
  assert.match(result.trap.message, /failed on this article .*restarts for the next one/);
  assert.ok(result.trap.trapCause, 'the trap is kept as the cause');
  assert.ok(result.fresh, 'a new instance after the trap');
  assert.deepEqual(result.after, { instance: 2, text: 'the next article' });
  assert.equal(result.version, 'instance 2');
  assert.equal(result.instances, 2);
});

test('npm package: exports resolve, and Node can import it and extract', async () => {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/package.json'), 'utf8'));
  assert.equal(manifest.name, 'summit-cards');
  assert.equal(manifest.type, 'module');
  const targets = Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
  for (const target of [...targets, ...manifest.files.map((file) => `./${file}`)]) {
    assert.ok(existsSync(join(root, 'dist', target)), `dist/${target} exists`);
  }
  const api = await import(pathToFileURL(join(root, 'dist/summit-cards.js')).href);
  assert.equal(api.SummitCardsElement, undefined, 'no element class without a DOM');
  await api.init(readFileSync(join(root, 'dist/summit_cards_bg.wasm')));
  const report = api.extract(samples.vostochny.text, { publishedAt: samples.vostochny.published });
  assert.equal(report.participants[0].name, 'Vladimir Putin');
});

test('TypeScript: the package\'s types compile in a consumer', async () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '--project', join(root, 'tests/pages/types/tsconfig.json')], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});
