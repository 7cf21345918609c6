// Entry of the ES module build (dist/summit-cards.js): the extractor's WebAssembly is fetched
// from summit_cards_bg.wasm next to this module, or from what is passed to init().
/* global createWasmBindgen -- defined by the wasm-bindgen glue the build puts before this code */

import { markScriptStart } from './perf.js';
import {
  setEngineLoader, loadEngine, extractWithEngine, engineVersion, compileResponse, explainLoadFailure, explainFetchFailure,
  SummitCardsLoadError, setWorkerSource, serveExtractionsInWorker,
} from './engine.js';
import { defineSummitCards } from './element.js';

markScriptStart();

function isFetchable(input) {
  return typeof input === 'string' || input instanceof URL || (typeof Response === 'function' && input instanceof Response);
}

function describeInput(input) {
  return isFetchable(input) ? input.url || String(input) : 'the given module';
}

// init()'s argument, checked before anything is fetched, so that a mistake says what init takes.
function checkInput(input) {
  if (input === undefined || isFetchable(input) || input instanceof WebAssembly.Module
    || input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return;
  throw new TypeError(`summit-cards: init(input) takes the .wasm file's URL, a Response, its bytes or a WebAssembly.Module, not ${input === null ? 'null' : `a ${typeof input}`}`);
}

// The compiled module, kept so that a fresh instance after a failure costs no download nor
// compilation.
let compiled = null;

setEngineLoader(async (input) => {
  if (compiled && input === undefined) return instantiate(compiled);
  // Written as new URL('./…', import.meta.url), the pattern bundlers follow to copy the file.
  const source = input ?? new URL('./summit_cards_bg.wasm', import.meta.url);
  const url = describeInput(source);
  try {
    let module;
    if (source instanceof WebAssembly.Module) {
      module = source;
    } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
      module = await WebAssembly.compile(source);
    } else {
      let response = source;
      if (!(typeof Response === 'function' && source instanceof Response)) {
        try {
          response = await fetch(source);
        } catch (error) {
          throw explainFetchFailure(error, url);
        }
      }
      module = await compileResponse(response, url);
    }
    compiled = module;
    return await instantiate(module);
  } catch (error) {
    throw explainLoadFailure(error, url);
  }
});

function instantiate(module) {
  const glue = createWasmBindgen();
  glue.initSync({ module });
  return { extract: glue.extract, version: glue.version };
}

// Loads the extractor. Optional: the element calls it itself. `input` is where the .wasm is
// (a URL, a Response, its bytes or a compiled WebAssembly.Module, or a promise of one), for
// bundlers that move it.
export async function init(input) {
  input = await input;
  checkInput(input);
  await loadEngine(input);
}

// Reads an article and returns its summit report (see report.d.ts). Needs init() first.
export function extract(text, options) {
  return extractWithEngine(text, options);
}

// The extractor's version. Needs init() first.
export function version() {
  return engineVersion();
}

// Long articles are extracted in a worker running this module.
setWorkerSource(import.meta.url, 'module', () => compiled);
serveExtractionsInWorker();

export const SummitCardsElement = defineSummitCards();

export { SummitCardsLoadError };
