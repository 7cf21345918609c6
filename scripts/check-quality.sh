#!/usr/bin/env bash
# The extraction-quality gate: scores the CLI on each language's evaluation corpus next to the
# repository (../shared/corpus/<lang>, scored by ../shared/eval/score.py) and fails below that
# language's thresholds in scripts/quality-thresholds.json. Skips, saying so, where a corpus is
# absent.
set -euo pipefail
cd "$(dirname "$0")/.."

scorer=../shared/eval/score.py
if [ ! -f "$scorer" ]; then
  echo "no evaluation scorer at $scorer: quality gate skipped"
  exit 0
fi
cargo build --release --quiet
failed=0
for lang in $(python3 -c 'import json; print(" ".join(json.load(open("scripts/quality-thresholds.json"))))'); do
  corpus=../shared/corpus/$lang
  if [ ! -d "$corpus" ]; then
    echo "no evaluation corpus at $corpus: its gate skipped"
    continue
  fi
  echo "-- $lang ($corpus)"
  python3 "$scorer" "$corpus" --cmd "target/release/summit-cards --published {published} -" --json > "target/quality-$lang.json"
  python3 - "target/quality-$lang.json" scripts/quality-thresholds.json "$lang" <<'PY' || failed=1
import json, sys
scores = json.load(open(sys.argv[1]))
limits = json.load(open(sys.argv[2]))[sys.argv[3]]
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
done
exit $failed
