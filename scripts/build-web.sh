#!/usr/bin/env bash
# Builds the WebAssembly module and its JavaScript glue into www/pkg/: cargo (release,
# size-optimised), wasm-bindgen (ES module target), then wasm-opt -Oz from npm's binaryen.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --lib --target wasm32-unknown-unknown --profile wasm --quiet
rm -rf www/pkg
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir www/pkg target/wasm32-unknown-unknown/wasm/summit_cards.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/summit_cards_bg.wasm -o www/pkg/summit_cards_bg.wasm
