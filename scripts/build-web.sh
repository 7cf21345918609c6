#!/usr/bin/env bash
# Builds everything the browser needs:
#   www/pkg/  the extractor as WebAssembly with its ES module glue (wasm-bindgen --target web),
#             the widget's two bundles (summit-cards.js, summit-cards.standalone.js) and the
#             demo's samples script: the default build, which reads English and Spanish;
#   dist/     the npm package: the default build at its root, and the builds that read one
#             language in dist/en/ and dist/es/ (package.json, the .wasm, TypeScript types).
# For each build: cargo (release, size-optimised, the build's language features), wasm-bindgen,
# wasm-opt -Oz from npm's binaryen (large one-caller functions kept apart); then
# scripts/build-dist.mjs for the bundles and the package.
set -euo pipefail
cd "$(dirname "$0")/.."

# Builds the extractor with the cargo features $1 into the folder $2: the optimised .wasm and
# the no-modules glue the bundles wrap (its .wasm is the same file as the web target's).
build_wasm() {
  local features=$1 out=$2 target=target/web-features/$1
  rm -rf "$out"
  mkdir -p "$out"
  CARGO_TARGET_DIR=$target cargo build --lib --target wasm32-unknown-unknown --profile wasm --quiet \
    --no-default-features --features "$features"
  local wasm=$target/wasm32-unknown-unknown/wasm/summit_cards.wasm
  wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir "$out/web" "$wasm"
  # A function with one caller stays a function of its own unless it is tiny: wasm-opt inlines
  # every such function by default, which makes the module a little smaller raw but larger
  # compressed (docs/performance.md, "The budget and the builds (2026-12-06, 14:30)").
  node_modules/.bin/wasm-opt -Oz --one-caller-inline-max-function-size=5 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/web/summit_cards_bg.wasm" -o "$out/summit_cards_bg.wasm"
  wasm-bindgen --target no-modules --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$out/no-modules" "$wasm"
  cp "$out/no-modules/summit_cards.js" "$out/summit_cards.js"
}

builds=target/web-builds
build_wasm en,es "$builds/en-es"
build_wasm en "$builds/en"
build_wasm es "$builds/es"

# www/pkg: the default build's web-target output (its glue, types and optimised .wasm), which
# the wasm tests and pages import directly, beside the bundles.
rm -rf www/pkg
cp -r "$builds/en-es/web" www/pkg
cp "$builds/en-es/summit_cards_bg.wasm" www/pkg/summit_cards_bg.wasm
node scripts/build-dist.mjs "en,es:$builds/en-es" "en:$builds/en" "es:$builds/es"
