#!/usr/bin/env bash
# Runs every test of summit-cards, after installing what is missing (scripts/setup.sh):
# formatting and lints, native unit, integration and doc tests, the WebAssembly build and
# its tests in headless Chromium, the page tests, the size budget and, when the evaluation
# corpus is next to the repository, the extraction-quality gate.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "set-up"
scripts/setup.sh

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests (unit, integration, doc)"
cargo test --quiet

step "WebAssembly build"
scripts/build-web.sh

step "WebAssembly tests in headless Chromium"
scripts/test-wasm.sh

step "page tests in headless Chromium"
scripts/test-pages.sh

step "size budget"
# Ceilings just above today's builds (English and Spanish 224.2 KB, English only 191.5 KB,
# Spanish only 197.4 KB), not the product budgets (175 KB for two languages, 146 KB for one,
# decided on 2026-12-05), which the builds with the extraction rules of issues #12 and #13 do not
# meet yet (docs/performance.md, "The budget and the builds"): the download must not grow
# unnoticed, and the script says how far each build is from its budget.
TWO_LANGUAGES_KB=226 ONE_LANGUAGE_KB=200 scripts/check-size.sh

step "extraction quality on ../shared/corpus"
scripts/check-quality.sh
