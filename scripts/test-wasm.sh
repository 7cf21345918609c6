#!/usr/bin/env bash
# Runs the WebAssembly tests (tests/wasm_browser.rs) in headless Chromium: cargo builds them for
# wasm32, wasm-bindgen-test-runner (.cargo/config.toml) serves them and drives Chromium
# through ChromeDriver with the flags in webdriver.json.
set -euo pipefail
cd "$(dirname "$0")/.."

export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
cargo test --target wasm32-unknown-unknown --test wasm_browser
