// A static file server for the page tests that sends a strict Content-Security-Policy with
// every response, as a news site hardened against injected scripts would:
//
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
//
// No inline script, no inline style, no eval: the widget has to work with scripts and styles
// from the page's own origin, WebAssembly, and constructable stylesheets. Under /no-wasm/ the
// same files come with the policy minus 'wasm-unsafe-eval', to test the element's explanation
// when WebAssembly is refused; under /trusted-types/ with the policy plus Trusted Types, under
// which the browser itself refuses any string assigned to an HTML sink such as innerHTML;
// under /no-worker/ with the policy plus worker-src 'none', which refuses every Web Worker.
//
//   node tests/pages/csp-server.mjs <port> <root directory>

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
const TRUSTED_TYPES = `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`;
const NO_WORKER = `${STRICT}; worker-src 'none'`;
const VARIANTS = { '/no-wasm/': NO_WASM, '/trusted-types/': TRUSTED_TYPES, '/no-worker/': NO_WORKER };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const [port, rootArgument] = process.argv.slice(2);
if (!port || !rootArgument) {
  console.error('usage: node tests/pages/csp-server.mjs <port> <root directory>');
  process.exit(2);
}
const root = normalize(rootArgument);

createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  let policy = STRICT;
  for (const [prefix, variant] of Object.entries(VARIANTS)) {
    if (path.startsWith(prefix)) {
      policy = variant;
      path = path.slice(prefix.length - 1);
    }
  }
  const file = normalize(join(root, path));
  response.setHeader('Content-Security-Policy', policy);
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    // Caching as a news site's CDN does: pages are revalidated on every load (the second load
    // gets a 304 and the browser's copy), while scripts, styles and the .wasm are kept for an
    // hour and reused without asking, compiled WebAssembly included.
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', extname(file) === '.html' ? 'no-cache' : 'max-age=3600');
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304).end();
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`csp-server: http://127.0.0.1:${port}/ serving ${root}`);
});
