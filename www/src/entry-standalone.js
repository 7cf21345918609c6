// Entry of the single-file build (summit-cards.standalone.js), a classic script: the
// WebAssembly is inlined as base64, so the file needs no other request. That is what lets a
// page opened from disk (file://, where fetching the .wasm is refused) and a page with a strict
// CSP (nothing but 'self' and 'wasm-unsafe-eval') both run it.
/* global createWasmBindgen, SUMMIT_CARDS_WASM_BASE64 -- defined around this code by the build */

import { markScriptStart } from './perf.js';
import {
  setEngineLoader, loadEngine, extractWithEngine, engineVersion, explainLoadFailure, SummitCardsLoadError,
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

function engineOf(glue) {
  return { extract: glue.extract, version: glue.version };
}

setEngineLoader(async () => {
  try {
    compiled ??= await WebAssembly.compile(decodeBase64(SUMMIT_CARDS_WASM_BASE64));
    const glue = createWasmBindgen();
    await glue({ module_or_path: compiled });
    return engineOf(glue);
  } catch (error) {
    throw explainLoadFailure(error, 'summit-cards.standalone.js (inlined)');
  }
}, () => {
  // The module is in this file: compiling it on the spot (2 to 3 ms for this size) lets the
  // first widget draw its cards before the page's first paint, instead of a frame later.
  // Browsers may refuse to compile a large module synchronously; the loader above then runs.
  compiled ??= new WebAssembly.Module(decodeBase64(SUMMIT_CARDS_WASM_BASE64));
  const glue = createWasmBindgen();
  glue.initSync({ module: compiled });
  return engineOf(glue);
});

// window.SummitCards: the same functions as the module build's exports.
globalThis.SummitCards = Object.freeze({
  init: () => loadEngine().then(() => undefined),
  extract: (text, options) => extractWithEngine(text, options),
  version: () => engineVersion(),
  SummitCardsElement: defineSummitCards(),
  SummitCardsLoadError,
});
