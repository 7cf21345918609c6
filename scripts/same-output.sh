#!/usr/bin/env bash
# Checks that a restructuring changed no output: builds the extractor at a base commit (default:
# main's first parent, HEAD~1) in a temporary worktree, runs both binaries over every article of
# ../shared/corpus/*/ (with its publication date) and over www/samples, and compares the reports
# byte for byte. Prints the articles whose reports differ and exits 1 if there is any.
#
#   scripts/same-output.sh [BASE]     # e.g. scripts/same-output.sh 2ca76f2
#   PROFILE=dev scripts/same-output.sh   # unoptimised builds: quicker to build, slower to run
#   SHARED=/path/to/shared scripts/same-output.sh   # the corpus elsewhere than ../shared (a worktree)
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:-HEAD~1}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --quiet --detach "$work/base" "$base"
profile=${PROFILE:-release}
dir=$([ "$profile" = dev ] && echo debug || echo "$profile")
echo "building $base and the work tree ($profile)"
(cd "$work/base" && CARGO_TARGET_DIR="$PWD/../target" cargo build --profile "$profile" --quiet)
cargo build --profile "$profile" --quiet

shared=${SHARED:-../shared}
if [ ! -d "$shared/corpus" ]; then
  echo "same-output: no corpus at $shared/corpus (set SHARED): only the samples would be compared" >&2
  exit 2
fi
python3 - "$work/target/$dir/summit-cards" "target/$dir/summit-cards" "$shared" <<'PY'
import glob, json, subprocess, sys

before, after, shared = sys.argv[1], sys.argv[2], sys.argv[3]

def report(binary, text, published):
    args = [binary] + (["--published", published] if published else []) + ["-"]
    run = subprocess.run(args, input=text.encode(), capture_output=True)
    return run.returncode, run.stdout, run.stderr

articles = []
for path in sorted(glob.glob(shared + "/corpus/*/*.json")):
    article = json.load(open(path, encoding="utf-8"))
    articles.append((path, article["text"], article.get("published")))
for path in sorted(glob.glob("www/samples/*.txt")):
    articles.append((path, open(path, encoding="utf-8").read(), None))

differ = [path for path, text, published in articles
          if report(before, text, published) != report(after, text, published)]
for path in differ:
    print("differs:", path)
print(f"{len(articles) - len(differ)} of {len(articles)} reports identical to the byte")
sys.exit(1 if differ else 0)
PY
