#!/usr/bin/env bash
# Installs what building and testing summit-cards needs, skipping what is already there:
# the wasm32 Rust target, the wasm-bindgen CLI of the version Cargo.toml pins, Debian's
# Chromium and ChromeDriver (browser tests), and the npm packages of package-lock.json
# (wasm-opt from binaryen, playwright-core, axe-core, compromise, typescript).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

# npm ci wipes node_modules, so run it only when package-lock.json changed since the last one.
lock_stamp=node_modules/.summit-cards-lock.sha256
if [ ! -f "$lock_stamp" ] || [ "$(sha256sum package-lock.json | cut -d' ' -f1)" != "$(cat "$lock_stamp")" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json | cut -d' ' -f1 > "$lock_stamp"
fi
