// Entry of the single-file build (summit-cards.standalone.js), a classic script: the
// WebAssembly is inlined as base64, so the file needs no other request. That is what lets a
// page opened from disk (file://, where fetching the .wasm is refused) and a page with a strict
// CSP (nothing but 'self' and 'wasm-unsafe-eval') both run it.
/* global createWasmBindgen, SUMMIT_CARDS_WASM_BASE64 -- defined around this code by the build */

import { markScriptStart } from './perf.js';
import {
  setEngineLoader, startEngineNow, loadEngine, extractWithEngine, engineVersion, explainLoadFailure, SummitCardsLoadError,
  setWorkerSource, serveExtractionsInWorker,
} from './engine.js';
import { defineSummitCards } from './element.js';

markScriptStart();

function decodeBase64(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Compiled once; kept so that a fresh instance after a failure costs no compilation.
let compiled = null;

function instantiate() {
  const glue = createWasmBindgen();
  glue.initSync({ module: compiled });
  return { extract: glue.extract, version: glue.version };
}

const INLINED = 'summit-cards.standalone.js (inlined)';

// `module`: the module compiled by the page, when this runs in the worker.
setEngineLoader(async (module) => {
  try {
    compiled ??= module instanceof WebAssembly.Module ? module : await WebAssembly.compile(decodeBase64(SUMMIT_CARDS_WASM_BASE64));
    return instantiate();
  } catch (error) {
    throw explainLoadFailure(error, INLINED);
  }
}, () => {
  // The module is in this file: compiling it on the spot (2 to 3 ms for this size) lets the
  // first widget draw its cards before the page's first paint, instead of a frame later.
  // Browsers may refuse to compile a large module synchronously; the loader above then runs.
  try {
    compiled ??= new WebAssembly.Module(decodeBase64(SUMMIT_CARDS_WASM_BASE64));
    return instantiate();
  } catch (error) {
    throw explainLoadFailure(error, INLINED);
  }
});

// Long articles are extracted in a worker running this script (read while it runs: later,
// document.currentScript is another script or none).
setWorkerSource(globalThis.document?.currentScript?.src, 'classic', () => compiled);
serveExtractionsInWorker();

// window.SummitCards: the same functions as the module build's exports.
globalThis.SummitCards = Object.freeze({
  init: async (input) => {
    if (input !== undefined) throw new TypeError('summit-cards: the single-file build carries its WebAssembly: call init() without an argument');
    await loadEngine();
  },
  extract: (text, options) => extractWithEngine(text, options),
  version: () => engineVersion(),
  SummitCardsElement: defineSummitCards(startEngineNow),
  SummitCardsLoadError,
});
