#!/usr/bin/env node
// Bundles the widget (www/src) with the wasm-bindgen glue into its two bundles, for each build of
// the extractor (the languages it reads), writes the demo's samples script, and assembles the npm
// package in dist/. Run by scripts/build-web.sh after wasm-bindgen and wasm-opt:
//
//   node scripts/build-dist.mjs en,es:DIR en:DIR es:DIR
//
// each DIR holding a build's summit_cards_bg.wasm and its wasm-bindgen --target no-modules glue
// (summit_cards.js); the bundles keep the message tables of the build's languages only.
// Outputs of the first (default) build, in www/pkg/ (served with the pages) and copied to dist/,
// and of each other build in dist/<languages>/:
//   summit-cards.js             ES module: the element and init/extract/version; fetches the
//                               summit_cards_bg.wasm next to it.
//   summit-cards.standalone.js  classic script, the WebAssembly inlined as base64: one file that
//                               works from file:// and under a CSP without 'unsafe-inline'.
//
// www/src holds a few ES modules written so that bundling is concatenation ("scope hoisting"):
// imports are named imports of modules of www/src (its folders cards/ and messages/ included,
// by relative paths such as './format.js' or '../format.js'), exports are `export` before a top-level
// declaration (or, in an entry, an `export { … }` list), and no two modules declare the same
// top-level name. This script checks that convention and fails the build when a module breaks
// it, which keeps the build free of a bundler dependency. Both builds are then minified with
// terser (the widget's download is part of the size budget in docs/performance.md); the readable
// code is www/src, and SUMMIT_CARDS_DEBUG_BUILD=1 skips the minification to debug a build.

import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify as terserMinify } from 'terser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'www/src');
const pkg = join(root, 'www/pkg');
const dist = join(root, 'dist');

function fail(message) {
  console.error(`build-dist: ${message}`);
  process.exit(1);
}

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'(\.\.?\/[\w./-]+\.js)';[ \t]*\n?/gm;
const DECLARATION = /^(export\s+)?(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/gm;
const EXPORTED_LINE = /^export\s+(?:(?:async\s+)?(?:function\*?|class|const|let|var)\s|\{)/;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;

function names(list) {
  return list.split(',').map((name) => name.trim()).filter(Boolean);
}

// The stylesheet's text, written readably in www/src/styles.js, without its comments and the
// white space CSS ignores (terser leaves the insides of template literals alone).
// Also dropped: the space after a colon (declarations, media features), around a child or
// sibling combinator (not around the + of calc(), which needs it) and a slash ("1 / -1"), at
// the ends of the literal, and the zero of "0.5"; "#ffffff" is written "#fff". The stylesheet
// has no string with a colon, a slash or a plus in it. The quotes go around an attribute
// selector's value that is a name ([theme=dark]) and around a font family's name in a list
// ("Segoe UI" between commas), which need none; not around other strings (grid areas, content).
function minifiedCss(literal) {
  return literal
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>/])\s*/g, '$1')
    .replace(/ \+ (?=[.#:a-z])/g, '+')
    .replace(/^` | `$/g, '`')
    .replace(/: /g, ':')
    .replace(/([^\d.])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/\[([\w-]+)="([A-Za-z][\w-]*)"\]/g, '[$1=$2]')
    .replace(/,"([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)*)"(?=[,)])/g, ',$1')
    .replace(/;}/g, '}');
}

// The stylesheet's own custom properties (--_accent, --_tint-strong…: the theming API is the
// --summit-cards-* ones, which the host page sets) get names of one letter (--_a), the most used
// the first letters.
function withShortCustomProperties(code) {
  const uses = new Map();
  for (const [name] of code.matchAll(/--_[\w-]+/g)) uses.set(name, (uses.get(name) ?? 0) + 1);
  const names = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a));
  if (names.length > 52) fail('www/src/styles.js: more than 52 custom properties of its own');
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = new Map(names.map((name, index) => [name, `--_${letters[index]}`]));
  return code.replace(/--_[\w-]+/g, (name) => short.get(name));
}

// The module an import names, as a path inside www/src ('cards/glance.js' imports
// '../format.js': 'format.js').
function resolveImport(file, specifier) {
  const resolved = posix.join(posix.dirname(file), specifier);
  if (resolved.startsWith('../')) fail(`www/src/${file} imports ${specifier}, which is outside www/src`);
  return resolved;
}

// Reads one module of www/src: its imports, exports, top-level names and code.
function parseModule(file) {
  const path = join(src, file);
  let code;
  try {
    code = readFileSync(path, 'utf8');
  } catch {
    fail(`www/src/${file} is imported but does not exist`);
  }
  if (file === 'styles.js' && process.env.SUMMIT_CARDS_DEBUG_BUILD !== '1') {
    code = withShortCustomProperties(code.replace(/`[^`]*`/g, minifiedCss));
  }
  // The highlight's style in the host page (www/src/highlight.js), minified the same way.
  if (file === 'highlight.js' && process.env.SUMMIT_CARDS_DEBUG_BUILD !== '1') {
    const minifiedHostCss = code.replace(/(?<=^const HOST_DOCUMENT_CSS = )`[^`]*`/m, minifiedCss);
    if (minifiedHostCss === code) fail('www/src/highlight.js: no `const HOST_DOCUMENT_CSS = `…`` to minify');
    code = minifiedHostCss;
  }
  const imports = [...code.matchAll(IMPORT)].map((match) => ({ names: names(match[1]), from: resolveImport(file, match[2]) }));
  const declared = [...code.matchAll(DECLARATION)].map((match) => ({ name: match[2], exported: Boolean(match[1]) }));
  const listed = [...code.matchAll(EXPORT_LIST)].flatMap((match) => names(match[1]));
  const withoutImports = code.replace(IMPORT, '');
  const stray = withoutImports.split('\n').find((line) =>
    /^import[\s{*]/.test(line) || (/^export\b/.test(line) && !EXPORTED_LINE.test(line)));
  if (stray) fail(`www/src/${file}: unsupported module syntax: ${stray}`);
  return {
    file,
    imports,
    declared: declared.map((d) => d.name),
    exports: [...declared.filter((d) => d.exported).map((d) => d.name), ...listed],
    hasExportList: listed.length > 0,
    code: withoutImports,
  };
}

// Modules the bundles start with (with what they import), before the entry's own imports: the
// stylesheet, then the message tables. Of the orders tried, the one that compresses best: the
// order of the imports alone (the stylesheet just before the element) gives 140 bytes more
// gzip in each module build.
const BUNDLE_START = ['styles.js', 'messages/messages.js'];

// The modules an entry needs, dependencies first, checked against the convention.
function collect(entry) {
  const ordered = [];
  const state = new Map();
  const visit = (file, chain) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') fail(`import cycle: ${[...chain, file].join(' → ')}`);
    state.set(file, 'visiting');
    const module = parseModule(file);
    for (const dependency of module.imports) visit(dependency.from, [...chain, file]);
    state.set(file, 'done');
    ordered.push(module);
  };
  for (const file of BUNDLE_START) visit(file, []);
  visit(entry, []);
  const byFile = new Map(ordered.map((module) => [module.file, module]));
  // The names the build itself declares around the modules.
  const owners = new Map([['createWasmBindgen', 'the wasm-bindgen glue'], ['SUMMIT_CARDS_WASM_BASE64', 'the single-file build']]);
  for (const module of ordered) {
    for (const { names: imported, from } of module.imports) {
      for (const name of imported) {
        if (!byFile.get(from).exports.includes(name)) fail(`www/src/${module.file} imports ${name}, which ${from} does not export`);
      }
    }
    for (const name of module.declared) {
      if (owners.has(name)) fail(`top-level name ${name} is declared by both ${owners.get(name)} and ${module.file}`);
      owners.set(name, module.file);
    }
    if (module.file !== entry && module.hasExportList) fail(`www/src/${module.file}: only an entry may use an export list`);
  }
  return ordered;
}

// The modules' code, one after the other; the exports of all but `keepExportsOf` are dropped.
function concatenate(modules, keepExportsOf) {
  return modules.map((module) => {
    const code = module.file === keepExportsOf ? module.code : module.code.replace(/^export\s+(?=(?:async\s+)?(?:function|class|const|let|var)\b)/gm, '');
    return `// ---- www/src/${module.file}\n${code.trim()}\n`;
  }).join('\n');
}

// The builds: `languages:dir` pairs, dir holding the build's .wasm and its no-modules glue
// (summit_cards_bg.wasm, summit_cards.js). The first is the default build (www/pkg/ and the
// package's root); each other one goes to the package's folder of its language (dist/en/).
const builds = process.argv.slice(2).map((arg) => {
  const [languages, dir] = arg.split(':');
  if (!languages || !dir) fail('usage: node scripts/build-dist.mjs <languages>:<dir> … (en,es:target/web/en-es en:target/web/en)');
  return { languages: languages.split(','), dir };
});
if (!builds.length) fail('usage: node scripts/build-dist.mjs <languages>:<dir> …');

// The functions the WebAssembly imports, which the glue gives under their names
// (__wbg_Error_208446807d0d1e30: function…, most with a hash), are given in the order of the
// module's imports instead, a list the glue matches with WebAssembly.Module.imports of the
// compiled module (which lists them in that order): the names are not in the bundle.
function withImportsInOrder(glueBody, gluePath) {
  const wasm = new WebAssembly.Module(readFileSync(join(dirname(gluePath), 'summit_cards_bg.wasm')));
  const importObject = /\n {8}const import0 = \{\n {12}__proto__: null,\n([\s\S]*?),?\n {8}\};\n {8}return \{\n {12}__proto__: null,\n {12}"\.\/summit_cards_bg\.js": import0,\n {8}\};\n/.exec(glueBody);
  const call = 'const imports = __wbg_get_imports();\n        const instance = new WebAssembly.Instance(module, imports);';
  if (!importObject || !glueBody.includes(call)) fail(`${gluePath}: the glue's imports are not written as this build expects; review withImportsInOrder`);
  // The entries `            name: function…`, each up to the next one.
  const entries = new Map(importObject[1].split(/,\n(?= {12}[\w$]+: )/).map((entry) => {
    const [, name, value] = /^ {12}([\w$]+): ([\s\S]*)$/.exec(entry);
    return [name, value];
  }));
  const imported = WebAssembly.Module.imports(wasm);
  for (const { module, name, kind } of imported) {
    if (module !== './summit_cards_bg.js' || kind !== 'function' || !entries.has(name)) fail(`${gluePath}: the glue gives no function for the import ${module} ${name}`);
  }
  if (entries.size !== imported.length) fail(`${gluePath}: the glue gives functions the WebAssembly does not import`);
  return glueBody
    .replace(importObject[0], () => `
        const inOrder = [
${imported.map(({ name }) => `            ${entries.get(name)}`).join(',\n')}
        ];
        const imports = {};
        WebAssembly.Module.imports(module).forEach(({ module, name }, index) => {
            (imports[module] ??= {})[name] = inOrder[index];
        });
        return imports;
`)
    .replace('function __wbg_get_imports() {', 'function __wbg_get_imports(module) {')
    .replace(call, call.replace('__wbg_get_imports()', '__wbg_get_imports(module)'));
}

// The glue of one build, as a factory.
function glueFactoryOf(gluePath) {
const glue = readFileSync(gluePath, 'utf8').replace(/^\/\*\s*@ts-self-types=.*\*\/\n/m, '').trim();
if (!/^let wasm_bindgen = /m.test(glue)) fail(`${gluePath} is not wasm-bindgen --target no-modules output`);
// The glue as a factory: each call gives a glue of its own, so that the engine can start a
// fresh WebAssembly instance after a failed one (www/src/engine.js).
const glueStart = 'let wasm_bindgen = (function(exports) {';
const glueEnd = '})({ __proto__: null });';
if (glue.indexOf(glueStart) !== 0 || !glue.endsWith(glueEnd)) fail(`${gluePath}: the glue is not the one function expression this build expects`);
// The glue is cut down to what the entries use, for the size budget. They always call
// initSync({ module }) with a compiled module, once per glue: its asynchronous init (fetching
// the .wasm next to the script, streaming compilation), its handling of older arguments and of
// bytes, and its guard against a second call go, and the minifier drops the functions only
// those used. Also gone: the fallbacks for browsers without TextEncoder.encodeInto (all that
// run this build have it) and for calls without realloc (the glue always passes one); and the
// memory view is renewed when the memory's buffer is another one, which is what its detached
// checks come to; the module and the instance it keeps and never reads go too. Every edit must
// apply: a new wasm-bindgen needs a review of them.
const GLUE_EDITS = [
  [/\n {4}let script_src;\n {4}if \(typeof document !== 'undefined' && document\.currentScript !== null\) \{\n[^\n]*\n {4}\}\n/, '\n'],
  ['return Object.assign(__wbg_init, { initSync }, exports);', 'return Object.assign(exports, { initSync });'],
  [/\n {8}if \(module !== undefined\) \{\n {12}if \(Object\.getPrototypeOf\(module\) === Object\.prototype\) \{\n {16}\(\{module\} = module\)\n {12}\} else \{\n[^\n]*\n {12}\}\n {8}\}\n/, '\n        ({ module } = module);\n'],
  ['        if (wasm !== undefined) return wasm;\n\n\n        ({ module } = module);', '        ({ module } = module);'],
  [/\n {8}if \(!\(module instanceof WebAssembly\.Module\)\) \{\n {12}module = new WebAssembly\.Module\(module\);\n {8}\}\n/, '\n'],
  [/\n {4}if \(!\('encodeInto' in cachedTextEncoder\)\) \{\n[\s\S]*?\n {4}\}\n/, '\n'],
  [/\n {8}if \(realloc === undefined\) \{\n[\s\S]*?\n {8}\}\n/, '\n'],
  ['let wasmModule, wasmInstance, wasm;', 'let wasm;'],
  ['        wasmInstance = instance;\n', ''],
  ['        wasmModule = module;\n', ''],
  ['cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)',
    'cachedDataViewMemory0.buffer !== wasm.memory.buffer'],
];
let glueBody = glue.slice(glueStart.length, -glueEnd.length);
for (const [from, to] of GLUE_EDITS) {
  const edited = glueBody.replace(from, to);
  if (edited === glueBody) fail(`${gluePath}: the glue has changed (no ${from}); review GLUE_EDITS for this wasm-bindgen version`);
  glueBody = edited;
}
glueBody = withImportsInOrder(glueBody, gluePath);
return `function createWasmBindgen() {\n  return (function(exports) {${glueBody}})({ __proto__: null });\n}`;
}
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))?.[1];
if (!version) fail('no version in Cargo.toml');

// The message tables (www/src/messages/<lang>.js) a build with `languages` keeps: the others are
// left out, and messages.js names the kept ones only.
const TABLES_LINE = /^const MESSAGE_TABLES = \{([^}]*)\};$/m;
function keepLanguages(modules, languages) {
  const table = /^messages\/([a-z]{2,3})\.js$/;
  const kept = modules.filter((module) => !table.test(module.file) || languages.includes(table.exec(module.file)[1]));
  return kept.map((module) => {
    if (module.file !== 'messages/messages.js') return module;
    const listed = TABLES_LINE.exec(module.code);
    if (!listed) fail('www/src/messages/messages.js: no `const MESSAGE_TABLES = { … };` line');
    const missing = languages.filter((lang) => !names(listed[1]).includes(lang));
    if (missing.length) fail(`no message table for ${missing.join(', ')} in www/src/messages/messages.js`);
    return { ...module, code: module.code.replace(TABLES_LINE, `const MESSAGE_TABLES = { ${languages.join(', ')} };`) };
  });
}

// The modules an entry needs, then the glue, then the entry, which starts by marking the start of
// the script (the glue and the modules before it only declare functions and constants).
function build(entry, keepExports, { languages, dir }) {
  const modules = keepLanguages(collect(entry), languages);
  if (!keepExports) {
    const user = modules.find((module) => /\bimport\.meta\b/.test(module.code));
    if (user) fail(`www/src/${user.file} uses import.meta, which a classic script cannot`);
  }
  const rest = concatenate(modules.filter((module) => module.file !== entry), null);
  const glueFactory = glueFactoryOf(join(dir, 'summit_cards.js'));
  const entryModule = modules.find((module) => module.file === entry);
  const entryCode = concatenate([entryModule], keepExports ? entry : null);
  return `${rest}\n// ---- wasm-bindgen glue (--target no-modules), as a factory\n${glueFactory}\n\n${entryCode}`;
}

// One short line, as it is part of the download (the two lines before, which also named the
// script that makes the file, cost 70 bytes of gzip more): what the file is and its license.
const banner = (what) => `/*! summit-cards ${version}, ${what} | MIT License | generated, do not edit */\n`;

// Property names that only www/src uses, among its own modules (methods and fields of the cards'
// CardView and of Messages, option names, the parts of an input read or of a state shown), which
// the minifier may shorten as it does local names: 163 bytes of gzip. Not a name of the report,
// of the message tables or of the public API: the build fails when one is left in the minified
// code (in a string) or is a name in the public types. Some are also names of DOM or built-in
// properties (messages, table, node, origin…), which terser leaves alone unless told
// (`builtins`): none of these objects is a DOM or built-in one. The shortened names stay clear
// of every property name the code uses.
const INTERNAL_PROPERTIES = [
  'evidenceButton', 'sectionTitle', 'peopleInSteps', 'personButton', 'inSteps', 'personName', 'loadFailure',
  'capitalize', 'interactive', 'moreKey', 'withCountry', 'headingLevel', 'problem', 'pieces', 'compiledModule', 'shows',
  'countryName', 'countryCodes', 'messages', 'table', 'regions', 'numbers', 'plurals', 'lines', 'step', 'node',
  'tree', 'limit', 'origin',
];
const PUBLIC_TYPES = ['types/report.d.ts', 'www/src/summit-cards.d.ts', 'www/src/summit-cards.standalone.d.ts']
  .map((file) => readFileSync(join(root, file), 'utf8'));

// The camelCase keys of the message tables ('glanceTitle', 'moreQuotes', 'loadErrors'…), which
// www/src writes as property names in the tables and as quoted strings in the code, always whole
// (messages.text('glanceTitle'), moreKey: 'moreQuotes'): the minifier shortens them in both
// places, the strings marked with terser's /*@__KEY__*/ annotation: 134 to 172 bytes of gzip.
// Only camelCase ones: the class names, card kinds and values of the report that www/src also
// writes as strings are lower case (people, one-on-one). A key that is a name of the public
// types, or whose word is elsewhere in the minified code, is left as it is; so is one that is the
// name of a DOM or built-in property (terser's list of them and the names of JavaScript's own
// objects), which the minifier, told to shorten it, would shorten wherever the code uses it.
const BUILT_IN_NAMES = new Set([
  ...(await import(pathToFileURL(join(root, 'node_modules/terser/tools/domprops.js')).href)).domprops,
  ...[globalThis, Object, Array, String, Number, Promise, Map, Set, Intl, Reflect, JSON, Math, Date, RegExp, Error, WebAssembly]
    .flatMap((object) => [...Object.getOwnPropertyNames(object), ...Object.getOwnPropertyNames(object.prototype ?? {})]),
]);
const MESSAGE_KEYS = [...new Set((await Promise.all(readdirSync(join(src, 'messages'))
  .filter((file) => /^[a-z]{2,3}\.js$/.test(file))
  .map(async (file) => Object.values(await import(pathToFileURL(join(src, 'messages', file)).href))[0])))
  .flatMap((table) => Object.keys(table)))]
  .filter((key) => /^[a-z]+[A-Z]\w*$/.test(key) && !BUILT_IN_NAMES.has(key)
    && !PUBLIC_TYPES.some((types) => new RegExp(`\\b${key}\\b`).test(types)));

function annotatedMessageKeys(code) {
  const keys = new Set(MESSAGE_KEYS);
  return code.replace(/'([a-z]+[A-Z]\w*)'/g, (literal, name) => (keys.has(name) ? `/*@__KEY__*/${literal}` : literal));
}

function minify(code, module, shortened) {
  return terserMinify(code, {
    module,
    ecma: 2020,
    compress: { passes: 3, inline: 1 },
    mangle: { properties: { builtins: true, regex: new RegExp(`^(${shortened.join('|')})$`) } },
    format: { comments: /^!/ },
  });
}

const wordIn = (name, code) => new RegExp(`\\b${name}\\b`).test(code);

// Minified, keeping the license banner (`/*!`). The module build keeps its exports' names; the
// single-file build is one function scope, so every name in it may be shortened. Measured on the
// module build (gzip -9): three passes save 21 bytes over two (more save nothing), and inlining
// only simple functions (inline: 1) 13 more than inlining all, whose wrapped copies compress
// worse; terser's `unsafe` options save under 30 bytes and are not taken.
async function minified(code, module) {
  if (process.env.SUMMIT_CARDS_DEBUG_BUILD === '1') return code;
  code = annotatedMessageKeys(code);
  let result = await minify(code, module, [...INTERNAL_PROPERTIES, ...MESSAGE_KEYS]);
  // A name left in the minified code is in a string (a message key, an attribute…), which the
  // shortened property would no longer match.
  for (const name of INTERNAL_PROPERTIES) {
    if (wordIn(name, result.code) || PUBLIC_TYPES.some((types) => wordIn(name, types))) {
      fail(`${name} is in a string of the code or in the public types: remove it from INTERNAL_PROPERTIES`);
    }
  }
  const kept = MESSAGE_KEYS.filter((key) => wordIn(key, result.code));
  if (kept.length) {
    const shortened = MESSAGE_KEYS.filter((key) => !kept.includes(key));
    result = await minify(code, module, [...INTERNAL_PROPERTIES, ...shortened]);
    const left = shortened.filter((key) => wordIn(key, result.code));
    if (left.length) fail(`message keys ${left.join(', ')} are both shortened and left in the minified code`);
  }
  return result.code.endsWith('\n') ? result.code : `${result.code}\n`;
}

// The two bundles of a build: the ES module and the single-file script.
async function bundles(target) {
  const wasm = readFileSync(join(target.dir, 'summit_cards_bg.wasm'));
  const moduleBuild = await minified(`${banner('ES module build')}${build('entry-module.js', true, target)}`, true);
  // The WebAssembly comes first: the entry may compile it while the script still runs (a widget
  // already in the page connects when the element is defined).
  const standaloneBuild = await minified(`${banner('single-file build')}(function () {
'use strict';

// ---- the WebAssembly module (summit_cards_bg.wasm, ${wasm.length} bytes)
const SUMMIT_CARDS_WASM_BASE64 = '${wasm.toString('base64')}';

${build('entry-standalone.js', false, target)}
})();
`, false);
  return { wasm, moduleBuild, standaloneBuild };
}

// The demo's samples as a classic script, so that the demo also works from file://, where a
// page may not fetch a JSON file next to it.
function samplesScript() {
  const dir = join(root, 'www/samples');
  const samples = readdirSync(dir).filter((name) => /^\d+-[\w-]+\.txt$/.test(name)).sort((a, b) => parseInt(a) - parseInt(b)).map((name) => {
    const raw = readFileSync(join(dir, name), 'utf8');
    const split = raw.indexOf('\n\n');
    if (split < 0) fail(`www/samples/${name}: a header, a blank line, then the article`);
    const header = Object.fromEntries(raw.slice(0, split).split('\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }));
    if (!header.title || !/^\d{4}-\d{2}-\d{2}$/.test(header.published ?? '')) fail(`www/samples/${name}: needs title: and published: YYYY-MM-DD`);
    // The language of the title and the text (lang: es), English when the header names none.
    const lang = header.lang ?? 'en';
    if (!/^[a-z]{2,3}$/.test(lang)) fail(`www/samples/${name}: lang: is a language code (es)`);
    return { id: name.replace(/^\d+-|\.txt$/g, ''), title: header.title, published: header.published, lang, text: raw.slice(split + 2).trim() };
  });
  return `// Generated by scripts/build-dist.mjs from www/samples/*.txt; do not edit.\nglobalThis.SUMMIT_CARDS_SAMPLES = ${JSON.stringify(samples, null, 2)};\n`;
}

// Writes a build's bundles and .wasm to `dir`.
function writeBuild(dir, { wasm, moduleBuild, standaloneBuild }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summit-cards.js'), moduleBuild);
  writeFileSync(join(dir, 'summit-cards.standalone.js'), standaloneBuild);
  writeFileSync(join(dir, 'summit_cards_bg.wasm'), wasm);
}

const [defaultBuild, ...languageBuilds] = builds;
const defaultBundles = await bundles(defaultBuild);
writeBuild(pkg, defaultBundles);
writeFileSync(join(pkg, 'samples.js'), samplesScript());

// The npm package: the default build at its root, each one-language build in the folder of its
// language (dist/en/, dist/es/), the types and the embedding guide as its README.
rmSync(dist, { recursive: true, force: true });
writeBuild(dist, defaultBundles);
const languageFolders = [];
for (const target of languageBuilds) {
  const folder = target.languages.join('-');
  writeBuild(join(dist, folder), await bundles(target));
  languageFolders.push(folder);
}
copyFileSync(join(src, 'summit-cards.d.ts'), join(dist, 'summit-cards.d.ts'));
copyFileSync(join(src, 'summit-cards.standalone.d.ts'), join(dist, 'summit-cards.standalone.d.ts'));
copyFileSync(join(root, 'types/report.d.ts'), join(dist, 'report.d.ts'));
copyFileSync(join(root, 'docs/embedding.md'), join(dist, 'README.md'));
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const manifest = {
  name: 'summit-cards',
  version,
  description: /^description\s*=\s*"([^"]+)"/m.exec(cargo)?.[1],
  license: /^license\s*=\s*"([^"]+)"/m.exec(cargo)?.[1],
  type: 'module',
  main: './summit-cards.js',
  module: './summit-cards.js',
  types: './summit-cards.d.ts',
  exports: {
    '.': { types: './summit-cards.d.ts', default: './summit-cards.js' },
    './standalone': { types: './summit-cards.standalone.d.ts', default: './summit-cards.standalone.js' },
    './summit_cards_bg.wasm': './summit_cards_bg.wasm',
    ...Object.fromEntries(languageFolders.flatMap((folder) => [
      [`./${folder}`, { types: './summit-cards.d.ts', default: `./${folder}/summit-cards.js` }],
      [`./${folder}/standalone`, { types: './summit-cards.standalone.d.ts', default: `./${folder}/summit-cards.standalone.js` }],
      [`./${folder}/summit_cards_bg.wasm`, `./${folder}/summit_cards_bg.wasm`],
    ])),
    './package.json': './package.json',
  },
  files: ['summit-cards.js', 'summit-cards.d.ts', 'summit-cards.standalone.js', 'summit-cards.standalone.d.ts', 'summit_cards_bg.wasm', 'report.d.ts', 'README.md', ...languageFolders.map((folder) => `${folder}/`)],
  // Importing any build defines <summit-cards>: bundlers must keep them.
  sideEffects: ['./summit-cards.js', './summit-cards.standalone.js', ...languageFolders.flatMap((folder) => [`./${folder}/summit-cards.js`, `./${folder}/summit-cards.standalone.js`])],
  keywords: ['web-component', 'custom-element', 'webassembly', 'news', 'summit', 'information-extraction'],
};
writeFileSync(join(dist, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const size = (file) => `${(readFileSync(file).length / 1024).toFixed(0)} KB`;
for (const folder of ['', ...languageFolders]) {
  for (const file of ['summit-cards.js', 'summit-cards.standalone.js', 'summit_cards_bg.wasm']) {
    console.log(`  ${relative(root, join(dist, folder, file)).padEnd(36)} ${size(join(dist, folder, file))}`);
  }
}
