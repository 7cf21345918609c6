// Entry of the ES module build (dist/summit-cards.js): the extractor's WebAssembly is fetched
// from summit_cards_bg.wasm next to this module, or from what is passed to init().
/* global createWasmBindgen -- defined by the wasm-bindgen glue the build puts before this code */

import { markScriptStart } from './perf.js';
import {
  setEngineLoader, loadEngine, extractWithEngine, engineVersion, compileResponse, explainLoadFailure, explainFetchFailure,
  SummitCardsLoadError,
} from './engine.js';
import { defineSummitCards } from './element.js';

markScriptStart();

function describeInput(input) {
  if (typeof input === 'string' || input instanceof URL) return String(input);
  if (typeof Response === 'function' && input instanceof Response) return input.url || 'the given response';
  return 'the given module';
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

async function instantiate(module) {
  const glue = createWasmBindgen();
  await glue({ module_or_path: module });
  return { extract: glue.extract, version: glue.version };
}

// Loads the extractor. Optional: the element calls it itself. `input` is where the .wasm is
// (a URL, a Response, its bytes or a compiled WebAssembly.Module), for bundlers that move it.
export function init(input) {
  return loadEngine(input).then(() => undefined);
}

// Reads an article and returns its summit report (see report.d.ts). Needs init() first.
export function extract(text, options) {
  return extractWithEngine(text, options);
}

// The extractor's version. Needs init() first.
export function version() {
  return engineVersion();
}

export const SummitCardsElement = defineSummitCards();

export { SummitCardsLoadError };
