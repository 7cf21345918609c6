#!/usr/bin/env bash
# Builds everything the browser needs:
#   www/pkg/  the extractor as WebAssembly with its ES module glue (wasm-bindgen --target web),
#             the widget's two builds (summit-cards.js, summit-cards.standalone.js) and the
#             demo's samples script;
#   dist/     the npm package (package.json, both builds, the .wasm, TypeScript types).
# cargo (release, size-optimised), wasm-bindgen, wasm-opt -Oz from npm's binaryen, then
# scripts/build-dist.mjs for the bundles and the package.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --lib --target wasm32-unknown-unknown --profile wasm --quiet
rm -rf www/pkg
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir www/pkg target/wasm32-unknown-unknown/wasm/summit_cards.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/summit_cards_bg.wasm -o www/pkg/summit_cards_bg.wasm

# The widget's bundles use the no-modules glue, which also works in a classic script; its
# .wasm is the same file as the web target's, so only the glue is kept.
glue_dir=target/wasm-glue-no-modules
rm -rf "$glue_dir"
wasm-bindgen --target no-modules --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$glue_dir" target/wasm32-unknown-unknown/wasm/summit_cards.wasm
node scripts/build-dist.mjs "$glue_dir/summit_cards.js"
