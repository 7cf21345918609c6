// Throughput of summit-cards' WebAssembly build against compromise, the JavaScript NLP library a
// peer would use to build the same cards (people, places, organisations, dates, topics,
// quotations), in one Node process over the same articles.
//
//   node bench/peer.mjs [--pkg DIR] [--seconds S] [--json]
//
// Articles: every ../shared/corpus/**/*.json (field "text") next to the repository, else
// www/samples/* (.txt, or .json with a "text" field). DIR holds the wasm-bindgen output
// (default dist/ when it has a .wasm, else www/pkg); the distributed module summit-cards.js is
// used when present, else the bare glue. Each side warms up, then runs for S seconds of wall
// time (default 5) cycling through the articles; the numbers are articles/s and MB/s of UTF-8.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const seconds = Number(option('--seconds', '5'));
const asJson = args.includes('--json');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function articles() {
  const corpus = resolve(root, '../shared/corpus');
  if (existsSync(corpus)) {
    const texts = walk(corpus)
      .filter((p) => p.endsWith('.json'))
      .sort()
      .map((p) => JSON.parse(readFileSync(p, 'utf8')).text)
      .filter((t) => typeof t === 'string' && t.trim());
    if (texts.length) return { from: corpus, texts };
  }
  const samples = join(root, 'www/samples');
  if (existsSync(samples)) {
    const texts = walk(samples)
      .sort()
      .flatMap((p) => {
        if (p.endsWith('.txt')) return [readFileSync(p, 'utf8')];
        if (p.endsWith('.json')) return [JSON.parse(readFileSync(p, 'utf8')).text];
        return [];
      })
      .filter((t) => typeof t === 'string' && t.trim());
    if (texts.length) return { from: samples, texts };
  }
  throw new Error('no articles: neither ../shared/corpus nor www/samples has any');
}

/** The directory of the wasm-bindgen output: --pkg, else dist/ when it has one, else www/pkg. */
function packageDir() {
  const given = option('--pkg', null);
  if (given) return resolve(given);
  const dist = join(root, 'dist');
  if (existsSync(dist) && readdirSync(dist).some((f) => f.endsWith('_bg.wasm'))) return dist;
  return join(root, 'www/pkg');
}

/**
 * The extractor from `dir`: the distributed module (summit-cards.js, with init() and extract())
 * when it is there, else the bare wasm-bindgen glue next to the .wasm.
 */
async function loadWasm(dir) {
  const wasm = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  if (!wasm) throw new Error(`no *_bg.wasm in ${dir}: run scripts/build-web.sh`);
  const bytes = readFileSync(join(dir, wasm));
  const widget = join(dir, 'summit-cards.js');
  if (existsSync(widget)) {
    const mod = await import(pathToFileURL(widget).href);
    await mod.init(bytes);
    return { mod, file: widget };
  }
  const glue = join(dir, basename(wasm, '_bg.wasm') + '.js');
  const mod = await import(pathToFileURL(glue).href);
  mod.initSync({ module: bytes });
  return { mod, file: glue };
}

/** What a peer calls on compromise to fill the same cards. */
function peerExtract(text) {
  const doc = nlp(text);
  return {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    // Core compromise has no date parser (that is the compromise-dates plugin); use it when
    // present so the peer does all the work it can.
    dates: typeof doc.dates === 'function' ? doc.dates().out('array') : [],
    topics: doc.topics().out('array'),
    quotes: typeof doc.quotations === 'function' ? doc.quotations().out('array') : [],
  };
}

/** Runs `fn` over the texts, cycling, for `budget` seconds; returns articles/s and MB/s. */
function measure(fn, texts, bytes, budget) {
  let sink = 0;
  let done = 0;
  let volume = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(budget * 1e9));
  let now = start;
  while (now < until) {
    const i = done % texts.length;
    sink ^= Object.keys(fn(texts[i])).length;
    volume += bytes[i];
    done += 1;
    now = process.hrtime.bigint();
  }
  const elapsed = Number(now - start) / 1e9;
  if (sink < 0) console.log(sink); // keeps the results alive
  return { articles: done, seconds: elapsed, perSecond: done / elapsed, mbPerSecond: volume / elapsed / 1e6 };
}

const { from, texts } = articles();
const bytes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
const dir = packageDir();
const { mod: summit, file: loaded } = await loadWasm(dir);
const ours = (text) => summit.extract(text, {});

// Warm-up: JIT for compromise and the glue, lazy tables on both sides.
measure(ours, texts, bytes, Math.min(1, seconds / 5));
measure(peerExtract, texts, bytes, Math.min(1, seconds / 5));

const result = {
  articles: texts.length,
  from,
  module: loaded,
  totalBytes: bytes.reduce((a, b) => a + b, 0),
  summitCards: measure(ours, texts, bytes, seconds),
  compromise: measure(peerExtract, texts, bytes, seconds),
};
result.ratio = result.summitCards.perSecond / result.compromise.perSecond;

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const line = (name, r) =>
    `${name.padEnd(14)} ${r.perSecond.toFixed(1).padStart(9)} articles/s ${r.mbPerSecond.toFixed(2).padStart(8)} MB/s  (${r.articles} runs in ${r.seconds.toFixed(1)} s)`;
  console.log(`${texts.length} articles, ${(result.totalBytes / 1024).toFixed(1)} KB, from ${from}`);
  console.log(`wasm build: ${loaded}`);
  console.log(line('summit-cards', result.summitCards));
  console.log(line('compromise', result.compromise));
  console.log(`ratio          ${result.ratio.toFixed(1)}x compromise's throughput (target: at least 20x)`);
}
