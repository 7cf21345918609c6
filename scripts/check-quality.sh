#!/usr/bin/env bash
# The extraction-quality gate: scores the CLI on the evaluation corpus next to the repository
# (../shared/corpus/en, scored by ../shared/eval/score.py) and fails below the thresholds in
# scripts/quality-thresholds.json. Skips, saying so, where the corpus is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

scorer=../shared/eval/score.py
corpus=../shared/corpus/en
if [ ! -f "$scorer" ] || [ ! -d "$corpus" ]; then
  echo "no evaluation corpus at $corpus: quality gate skipped"
  exit 0
fi
cargo build --release --quiet
python3 "$scorer" "$corpus" --cmd "target/release/summit-cards --published {published} -" --json > target/quality.json
python3 - target/quality.json scripts/quality-thresholds.json <<'PY'
import json, sys
scores = json.load(open(sys.argv[1]))
limits = json.load(open(sys.argv[2]))
def value(key):
    v = scores[key]
    return v["f1"] if isinstance(v, dict) else v
failed = False
for key, minimum in limits.items():
    got = value(key)
    ok = got is not None and got >= minimum
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} {key:15s} {got!s:>6} (at least {minimum})")
if scores["errors"]:
    print(f"FAIL {scores['errors']} articles ended in an error")
    failed = True
sys.exit(1 if failed else 0)
PY
