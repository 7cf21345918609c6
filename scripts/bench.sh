#!/usr/bin/env bash
# Runs every benchmark of summit-cards and prints its numbers (docs/performance.md records
# them for this machine):
#   1. native: benches/extract.rs (divan): extract over the corpus, and the scaling table
#      (time per KB at 1 KB ... 1 MB of article text and of pathological inputs);
#   2. batch: `summit-cards --jsonl` over BATCH_LINES (default 3000) corpus articles, with one
#      thread and with all cores, in articles/s;
#   3. WebAssembly against compromise in one Node process (bench/peer.mjs), PEER_SECONDS
#      (default 5) of wall time each.
# Articles come from ../shared/corpus next to the repository, else www/samples. The benchmarks
# run one after another, never two at once: on a 2-core machine they would measure each other.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native: cargo bench --bench extract"
# Its own target directory, built with panic = "unwind": with the release profile's "abort",
# cargo builds the library twice under one file name for a bench and the link fails (cargo
# issue 6313).
CARGO_TARGET_DIR=target/bench CARGO_PROFILE_RELEASE_PANIC=unwind \
  cargo bench --quiet --bench extract 2>&1 | grep -v -e '^warning: output filename collision' -e '^  = ' -e '^  |'

step "batch: summit-cards --jsonl"
cargo build --release --quiet
lines=${BATCH_LINES:-3000}
input=target/bench-batch.jsonl
node - "$lines" "$input" <<'JS'
// Corpus articles repeated to the requested number of lines of {"id","text","published"}.
const fs = require('fs');
const path = require('path');
const [lines, out] = [Number(process.argv[2]), process.argv[3]];
const walk = (d) => fs.readdirSync(d).flatMap((n) => {
  const p = path.join(d, n);
  return fs.statSync(p).isDirectory() ? walk(p) : [p];
});
let articles = [];
for (const dir of ['../shared/corpus', 'www/samples']) {
  if (!fs.existsSync(dir)) continue;
  articles = walk(dir).sort().flatMap((p) => {
    if (p.endsWith('.json')) {
      const a = JSON.parse(fs.readFileSync(p, 'utf8'));
      return typeof a.text === 'string' ? [{ text: a.text, published: a.published ?? null }] : [];
    }
    return p.endsWith('.txt') ? [{ text: fs.readFileSync(p, 'utf8'), published: null }] : [];
  });
  if (articles.length) break;
}
if (!articles.length) throw new Error('no articles in ../shared/corpus or www/samples');
const rows = [];
for (let i = 0; i < lines; i++) rows.push(JSON.stringify({ id: i, ...articles[i % articles.length] }));
fs.writeFileSync(out, rows.join('\n') + '\n');
console.log(`${lines} lines from ${articles.length} articles, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);
JS
cores=$(nproc)
for threads in 1 "$cores"; do
  start=$(date +%s.%N)
  target/release/summit-cards --jsonl --threads "$threads" <"$input" >target/bench-batch.out
  end=$(date +%s.%N)
  got=$(wc -l <target/bench-batch.out)
  [ "$got" -eq "$lines" ] || { echo "expected $lines output lines, got $got" >&2; exit 1; }
  awk -v n="$lines" -v s="$start" -v e="$end" -v t="$threads" \
    'BEGIN { printf "--threads %-3s %8.0f articles/s  (%d articles in %.2f s)\n", t, n / (e - s), n, e - s }'
done

step "WebAssembly against compromise: bench/peer.mjs"
if ! compgen -G 'www/pkg/*_bg.wasm' >/dev/null && ! compgen -G 'dist/*_bg.wasm' >/dev/null; then
  scripts/build-web.sh
fi
node bench/peer.mjs --seconds "${PEER_SECONDS:-5}"
