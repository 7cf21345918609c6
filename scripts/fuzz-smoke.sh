#!/usr/bin/env bash
# A short fuzzing run of the `extract` target (fuzz/fuzz_targets/extract.rs): SECONDS_TO_RUN
# (default 60) of libFuzzer on one core with the dictionary fuzz/extract.dict, inputs up to
# 4 KB, any input slower than 10 s counted as a hang. Not part of scripts/test.sh. Installs
# cargo-fuzz when missing; needs the nightly toolchain. The corpus (fuzz/corpus/extract, not
# committed) is seeded with the evaluation articles when they are next to the repository, and
# grows from run to run; crashes land in fuzz/artifacts/extract/ and fail the script.
#
# For a long run, the same target with a run limit, at the lowest priority; a long timeout, as
# a starved low-priority worker would otherwise be reported as hung:
#   cd fuzz && nice -n 19 cargo +nightly fuzz run -s none -a extract -- -dict=extract.dict \
#     -max_len=1024 -timeout=120 -max_total_time=36000
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds=${SECONDS_TO_RUN:-60}

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz
fi

mkdir -p corpus/extract artifacts/extract
if [ -d ../../shared/corpus ] && [ -z "$(ls -A corpus/extract)" ]; then
  # Seeds: each article, once without and once with a publication date (the first byte of an
  # input chooses the options, see the target).
  node - <<'JS'
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const walk = (d) => fs.readdirSync(d).flatMap((n) => {
  const p = path.join(d, n);
  return fs.statSync(p).isDirectory() ? walk(p) : [p];
});
let n = 0;
for (const file of walk('../../shared/corpus').filter((p) => p.endsWith('.json'))) {
  const text = JSON.parse(fs.readFileSync(file, 'utf8')).text;
  if (typeof text !== 'string') continue;
  for (const flags of [0, 1]) {
    const seed = Buffer.concat([Buffer.from([flags]), Buffer.from(text, 'utf8')]);
    const name = crypto.createHash('sha1').update(seed).digest('hex').slice(0, 16);
    fs.writeFileSync(path.join('corpus/extract', `seed-${name}`), seed);
    n += 1;
  }
}
console.log(`seeded fuzz/corpus/extract with ${n} inputs`);
JS
fi

# -s none: the extractor is safe Rust, so AddressSanitizer would only slow it down; -a keeps
# debug assertions and overflow checks on.
cargo +nightly fuzz run -s none -a extract -- -dict="$PWD/extract.dict" \
  -max_len=4096 -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1
