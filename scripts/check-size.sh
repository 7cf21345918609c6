#!/usr/bin/env bash
# The size budget: everything a browser downloads for the widget (the .wasm, the JavaScript
# module and any stylesheet it loads), each compressed with gzip -9, must add up to at most
# BUDGET_KB (default 146, the product budget of a one-language build) kilobytes. Measures the distributed widget in dist/ when it is built
# (the ES module build: *.js except the single-file *.standalone.js, *.wasm, *.css), else the
# wasm-bindgen output in www/pkg/. The single-file build, with the .wasm inlined as base64, is
# printed for information: it is the alternative to the module build, not downloaded with it.
# Exits 1 over the budget, 2 when there is nothing to measure.
#
# The product decision of 2026-12-05: 146 KB for a one-language build, 175 KB for a build with
# two languages; 120 KB stays the direction the size work aims at. scripts/test.sh (and so CI)
# runs this script with a higher BUDGET_KB, a ceiling just above today's size, while the build
# is over the product budget: the script then says how far it is from 146 KB.
set -euo pipefail
cd "$(dirname "$0")/.."

direction_kb=120
product_budget_kb=146
budget_kb=${BUDGET_KB:-$product_budget_kb}
budget=$((budget_kb * 1024))

if compgen -G 'dist/*.wasm' >/dev/null; then
  dir=dist
elif compgen -G 'www/pkg/*.wasm' >/dev/null; then
  dir=www/pkg
else
  echo "check-size: no .wasm in dist/ or www/pkg/: run scripts/build-web.sh first" >&2
  exit 2
fi

files=()
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
  [ -f "$f" ] || continue
  case "$f" in
    *.standalone.js) continue ;;
    # www/pkg only: the demo page's samples are not part of the widget.
    */samples.js) continue ;;
  esac
  files+=("$f")
done
# In www/pkg both the bare wasm-bindgen glue and the widget bundle that contains it are present;
# the browser loads only one of them.
if [ "$dir" = www/pkg ] && [ -f www/pkg/summit-cards.js ]; then
  kept=()
  for f in "${files[@]}"; do [ "$f" = www/pkg/summit_cards.js ] || kept+=("$f"); done
  files=("${kept[@]}")
fi

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

printf '%-40s %12s %12s\n' "downloaded by the browser ($dir)" raw "gzip -9"
total_raw=0
total_gz=0
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  z=$(gz "$f")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + z))
  printf '%-40s %12s %12s\n' "$f" "$(kb "$raw")" "$(kb "$z")"
done
printf '%-40s %12s %12s\n' total "$(kb "$total_raw")" "$(kb "$total_gz")"

for f in "$dir"/*.standalone.js; do
  [ -f "$f" ] || continue
  printf '%-40s %12s %12s   (single-file build, for information)\n' "$f" "$(kb "$(wc -c <"$f")")" "$(kb "$(gz "$f")")"
done

product_budget=$((product_budget_kb * 1024))
if [ "$budget_kb" != "$product_budget_kb" ] && [ "$total_gz" -gt "$product_budget" ]; then
  echo "note: $(kb $((total_gz - product_budget))) over the product budget of $product_budget_kb KB for a one-language build (checked here against a ceiling of $budget_kb KB)"
fi
direction=$((direction_kb * 1024))
if [ "$total_gz" -gt "$direction" ]; then
  echo "note: $(kb $((total_gz - direction))) above the $direction_kb KB the size work aims at"
fi
if [ "$total_gz" -gt "$budget" ]; then
  echo "FAIL: $(kb "$total_gz") gzip is over the budget of $budget_kb KB by $(kb $((total_gz - budget)))"
  exit 1
fi
echo "ok: $(kb "$total_gz") gzip, within the budget of $budget_kb KB ($(kb $((budget - total_gz))) to spare)"
