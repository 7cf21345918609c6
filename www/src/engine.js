// The extractor's WebAssembly instance: loaded once per page (and again after a failure, see
// guarded()) and shared by every <summit-cards> and by the exported functions. Each build
// supplies its own loader (fetch the .wasm next to the module, or decode the copy inlined in
// the single file); this module keeps the one load in flight and turns load failures into
// explanations a page author can act on.

import { messagesFor } from './messages/messages.js';

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

// A load failure that trying again would only repeat: the page's policy or the browser refuses
// WebAssembly. It is kept, so that each widget does not make the browser report another
// violation; any other failure (a dropped download) is not.
function isLasting(error) {
  return error.reason === 'csp' || error.reason === 'unsupported';
}

// Starts the extractor synchronously if the build can and no load is under way; returns
// whether it is ready. A failure here is left to loadEngine(), which explains it, unless it is
// lasting: then it is the outcome of the load.
export function startEngineNow() {
  if (engine) return true;
  if (!engineStarter || engineLoading) return false;
  try {
    engine = guarded(engineStarter());
  } catch (error) {
    if (isLasting(error)) (engineLoading = Promise.reject(error)).catch(() => {});
    return false;
  }
  engineLoading = Promise.resolve(engine);
  return true;
}

// Starts the load on first call; later calls get the same promise, whatever their input, unless
// it failed in a way that is not lasting: then the next call (a refresh(), a new widget,
// init()) tries again. Resolves to { extract, version }.
export function loadEngine(input) {
  if (!engineLoading) {
    const loading = engineLoader(input).then((loaded) => {
      engine = guarded(loaded);
      return engine;
    }, (error) => {
      if (engineLoading === loading && !isLasting(error)) engineLoading = null;
      throw error;
    });
    engineLoading = loading;
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
        throw new Error(messagesFor('en').text('crashed'), { cause: error });
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
    throw new Error('summit-cards: the extractor is not loaded yet; await init() before calling extract()');
  }
  return engine.extract(text, options);
}

export function engineVersion() {
  if (!engine) throw new Error('summit-cards: the extractor is not loaded yet; await init() before calling version()');
  return engine.version();
}

// Long texts, extracted off the main thread.
//
// A long article (a live blog, a 1 MB page) takes the extractor a tenth of a second or more,
// which would freeze the page: it is extracted in a Worker. The worker runs this same script,
// started under a name that tells it to serve extractions, and gets the module the page has
// already compiled. Where no worker can start (a page opened from disk, a policy that refuses
// it, a bundle this script was merged into), the main thread extracts, as for short texts.

export const OFF_THREAD_CHARS = 30000;
const WORKER_NAME = 'summit-cards-extractor';
let workerSource = null;
// The worker, null before the first long text, false where none can run.
let worker = null;
// What to do for each request the worker has not answered, should it fail to start.
const unanswered = new Set();

// The worker's script: `url` of this script, of `type` 'module' or 'classic', and a function
// that gives the compiled module. Only the widget's own file: merged into a site's bundle, the
// whole bundle would run in the worker.
export function setWorkerSource(url, type, compiledModule) {
  if (url && /\/summit-cards[^/]*\.js$/.test(new URL(url).pathname)) workerSource = { url, type, compiledModule };
}

function startWorker() {
  const started = new Worker(workerSource.url, { type: workerSource.type, name: WORKER_NAME });
  started.onerror = (event) => {
    event.preventDefault();
    started.terminate();
    worker = false;
    for (const onMainThread of unanswered) onMainThread();
  };
  return started;
}

// Extracts a text of OFF_THREAD_CHARS or more in the worker; resolves to the report. Called
// once the extractor is loaded on the page, which is where it falls back to.
export function extractOffMainThread(text, options) {
  try {
    worker ??= workerSource && startWorker();
  } catch {
    worker = false;
  }
  if (!worker) return extractWithEngine(text, options);
  return new Promise((resolve, reject) => {
    const onMainThread = () => {
      unanswered.delete(onMainThread);
      resolve(new Promise((extracted) => extracted(extractWithEngine(text, options))));
    };
    unanswered.add(onMainThread);
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = ({ data }) => {
      unanswered.delete(onMainThread);
      if (data.report) resolve(data.report);
      else if (data.error) reject(new Error(data.error));
      else onMainThread();
    };
    worker.postMessage({ text, options, module: workerSource.compiledModule() }, [port2]);
  });
}

// In the worker: serves extractions, answering on the port each request brings. An answer
// with neither a report nor an error tells the page to extract on its main thread: the
// extractor could not start here.
export function serveExtractionsInWorker() {
  if (typeof WorkerGlobalScope === 'undefined' || self.name !== WORKER_NAME) return;
  self.onmessage = async ({ data: { text, options, module }, ports: [port] }) => {
    const answer = {};
    try {
      const extractor = await loadEngine(module);
      try {
        answer.report = extractor.extract(text, options);
      } catch (error) {
        answer.error = error.message;
      }
    } catch {
      // Answered without either.
    }
    port.postMessage(answer);
  };
}

// A load failure with what went wrong (`reason`), for whom (`message`) and what to do (`hint`),
// in English; the element shows them in its language from the message tables (loadErrors and
// loadHints, the `values` filled in).
export class SummitCardsLoadError extends Error {
  constructor(reason, values, cause) {
    const error = { reason, values };
    const [message, hint] = messagesFor('en').loadFailure(error);
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SummitCardsLoadError';
    this.reason = reason;
    this.hint = hint;
    this.values = values;
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
    return new SummitCardsLoadError('unsupported', {}, error);
  }
  const message = String(error?.message ?? error);
  if (/Content.Security.Policy|unsafe-eval/i.test(message)) {
    return new SummitCardsLoadError('csp', {}, error);
  }
  if (error instanceof WebAssembly.CompileError) {
    return new SummitCardsLoadError('invalid-wasm', { url }, error);
  }
  return new SummitCardsLoadError('unknown', { message }, error);
}

// Explains a fetch() of `url` that got no response at all: the network, an address the page's
// policy refuses, or a page opened from disk.
export function explainFetchFailure(error, url) {
  if (typeof location !== 'undefined' && location.protocol === 'file:') {
    return new SummitCardsLoadError('file-protocol', {}, error);
  }
  return new SummitCardsLoadError('network', { url }, error);
}

// Compiles the module from a fetch response, explaining bad statuses and bodies that are not
// WebAssembly (a server's HTML error page, typically). A module served with another MIME type
// than application/wasm still works, compiled from its bytes instead of streamed.
export async function compileResponse(response, url) {
  if (!response.ok) {
    throw new SummitCardsLoadError('http-status', { status: response.status, statusText: response.statusText, url });
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  const bytes = await response.arrayBuffer();
  if (!isWasm(bytes)) {
    // An empty type is the table's `untyped`.
    throw new SummitCardsLoadError('not-wasm', { url, type });
  }
  console.warn(`summit-cards: ${url} is served as "${type}"; serve it as application/wasm to compile it while it downloads.`);
  return WebAssembly.compile(bytes);
}
