#!/usr/bin/env bash
# Builds the native core, CLI and tests (build/native) and, when Emscripten is present,
# the WebAssembly module into web/lib (scripts/build-wasm.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

if [ -x scripts/build-wasm.sh ] && command -v emcmake >/dev/null; then
  scripts/build-wasm.sh
  if [ -x scripts/build-web.sh ]; then scripts/build-web.sh; fi
fi
