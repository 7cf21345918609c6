// The extractor's WebAssembly instance: loaded once per page (and again after a failure, see
// guarded()) and shared by every <summit-cards> and by the exported functions. Each build
// supplies its own loader (fetch the .wasm next to the module, or decode the copy inlined in
// the single file); this module keeps the one load in flight and turns load failures into
// explanations a page author can act on.

let engineLoader = null;
let engineStarter = null;
let engineLoading = null;
let engine = null;

// `loader(input)` resolves to { extract, version }. `starter()`, optional, returns the same at
// once, or throws when it cannot: a build whose WebAssembly is at hand (the single-file build)
// compiles it synchronously, so that the first cards need not wait for a task.
export function setEngineLoader(loader, starter = null) {
  engineLoader = loader;
  engineStarter = starter;
}

// Starts the extractor synchronously if the build can and no load is under way; returns
// whether it is ready. A failure here is left to loadEngine(), which explains it.
export function startEngineNow() {
  if (engine) return true;
  if (!engineStarter || engineLoading) return false;
  try {
    engine = guarded(engineStarter());
  } catch {
    return false;
  }
  engineLoading = Promise.resolve(engine);
  return true;
}

// Starts the load on first call; later calls get the same promise, whatever their input.
// Resolves to { extract, version }.
export function loadEngine(input) {
  if (!engineLoading) {
    engineLoading = engineLoader(input).then((loaded) => {
      engine = guarded(loaded);
      return engine;
    });
  }
  return engineLoading;
}

// A trap of the WebAssembly (a panic of the extractor: a bug) leaves the instance in an unknown
// state, its memory perhaps holding half-built structures. So the instance is dropped, the
// caller gets an error that says what happened, and the next load starts a fresh instance from
// the compiled module: one bad article does not break the widgets for the next one.
function guarded(loaded) {
  const self = {
    extract(text, options) {
      try {
        return loaded.extract(text, options);
      } catch (error) {
        if (!(error instanceof WebAssembly.RuntimeError)) throw error;
        if (engine === self) {
          engine = null;
          engineLoading = null;
          // The fresh instance starts now, so that it is ready by the next article.
          loadEngine().catch(() => {});
        }
        throw new Error('summit-cards: the extractor failed on this article (a bug: please report it with the text); it restarts for the next one', { cause: error });
      }
    },
    version: () => loaded.version(),
  };
  return self;
}

export function readyEngine() {
  return engine;
}

// The API functions of every build: they run the extractor once it is loaded, and say what to
// do when it is not (instead of failing inside the WebAssembly glue).
export function extractWithEngine(text, options) {
  if (!engine) {
    throw new Error(engineLoading
      ? 'summit-cards: the extractor is still starting; await init() before calling extract()'
      : 'summit-cards: the extractor is not loaded yet; await init() before calling extract()');
  }
  return engine.extract(text, options);
}

export function engineVersion() {
  if (!engine) throw new Error('summit-cards: the extractor is not loaded yet; await init() before calling version()');
  return engine.version();
}

// A load failure with what went wrong (`reason`), for whom (`message`) and what to do (`hint`).
export class SummitCardsLoadError extends Error {
  constructor(reason, message, hint, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SummitCardsLoadError';
    this.reason = reason;
    this.hint = hint;
  }
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

export function isWasm(bytes) {
  const view = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 4));
  return WASM_MAGIC.every((byte, index) => view[index] === byte);
}

// Explains why the WebAssembly module could not be loaded from `url`.
export function explainLoadFailure(error, url) {
  if (error instanceof SummitCardsLoadError) return error;
  if (typeof WebAssembly !== 'object') {
    return new SummitCardsLoadError('unsupported', 'This browser cannot run WebAssembly, which the extractor needs.',
      'Use a current version of Chrome, Edge, Firefox or Safari; some locked-down browsers switch WebAssembly off.', error);
  }
  const message = String(error?.message ?? error);
  if (/Content.Security.Policy|unsafe-eval/i.test(message)) {
    return new SummitCardsLoadError('csp',
      'The page\'s Content-Security-Policy does not allow WebAssembly to run.',
      'Add \'wasm-unsafe-eval\' to the script-src directive of the policy.', error);
  }
  if (error instanceof WebAssembly.CompileError) {
    return new SummitCardsLoadError('invalid-wasm',
      `The file at ${url} is not a WebAssembly module this browser can compile.`,
      'Check that the .wasm file was published unmodified, from the same build as summit-cards.js.', error);
  }
  return new SummitCardsLoadError('unknown', `The extractor could not start: ${message}`,
    'Reload the page; if it persists, report it with the browser\'s console output.', error);
}

// Explains a fetch() of `url` that got no response at all: the network, an address the page's
// policy refuses, or a page opened from disk.
export function explainFetchFailure(error, url) {
  if (typeof location !== 'undefined' && location.protocol === 'file:') {
    return new SummitCardsLoadError('file-protocol',
      'This page was opened from a file (file://), and browsers do not let such a page fetch the WebAssembly file.',
      'Serve the page over http(s), or use the single-file build summit-cards.standalone.js, which carries the WebAssembly inside.',
      error);
  }
  return new SummitCardsLoadError('network',
    `The WebAssembly file could not be downloaded from ${url}.`,
    'Check the network connection, and that the page\'s connect-src policy allows that address.', error);
}

// Compiles the module from a fetch response, explaining bad statuses and bodies that are not
// WebAssembly (a server's HTML error page, typically). A module served with another MIME type
// than application/wasm still works, compiled from its bytes instead of streamed.
export async function compileResponse(response, url) {
  if (!response.ok) {
    throw new SummitCardsLoadError('http-status',
      `The WebAssembly file could not be downloaded: the server answered ${response.status} ${response.statusText} for ${url}.`,
      'Publish summit_cards_bg.wasm next to summit-cards.js, or pass its address to init().');
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  const bytes = await response.arrayBuffer();
  if (!isWasm(bytes)) {
    throw new SummitCardsLoadError('not-wasm',
      `The file at ${url} is not WebAssembly: the server sent ${type || 'a file without a type'}.`,
      'The address probably leads to an error page; check the path, and serve .wasm files as application/wasm.');
  }
  console.warn(`summit-cards: ${url} is served as "${type}"; serve it as application/wasm to compile it while it downloads.`);
  return WebAssembly.compile(bytes);
}
