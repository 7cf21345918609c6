#!/usr/bin/env bash
# Page tests in headless Chromium (playwright-core driving Debian's /usr/bin/chromium): the
# demo page, the example news page, the element, the JS API, security, accessibility and the
# time to first card. Needs scripts/build-web.sh first. Starts two servers on free ports of
# 127.0.0.1 — python3's http.server for plain pages and tests/pages/csp-server.mjs for pages
# under a strict Content-Security-Policy — and stops them on exit.
#
#   scripts/test-pages.sh [substring of test names]
#
# Writes target/perf/first-card.json and docs/screenshots/*.png. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

for built in www/pkg/summit-cards.standalone.js www/pkg/summit-cards.js www/pkg/samples.js dist/package.json; do
  if [ ! -f "$built" ]; then
    echo "test-pages: $built is missing: run scripts/build-web.sh first" >&2
    exit 1
  fi
done

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Waits until the server at $1 answers, or fails after ~10 s.
wait_for() {
  for _ in $(seq 100); do
    if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "test-pages: no answer from $1" >&2
  return 1
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p target/perf
http_port=$(free_port)
python3 -m http.server "$http_port" --bind 127.0.0.1 --directory . >target/perf/http-server.log 2>&1 &
pids+=($!)
csp_port=$(free_port)
node tests/pages/csp-server.mjs "$csp_port" "$PWD" >target/perf/csp-server.log 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$http_port/www/index.html"
wait_for "http://127.0.0.1:$csp_port/www/index.html"

HTTP_ORIGIN="http://127.0.0.1:$http_port" CSP_ORIGIN="http://127.0.0.1:$csp_port" \
  node tests/pages/run.mjs "$@"
