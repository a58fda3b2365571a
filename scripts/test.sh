#!/usr/bin/env bash
# Runs every talentmatch test: installs what is missing, builds native + wasm, then ctest
# (GoogleTest suites, CLI process tests, node:test suites for the wasm module, headless-Chromium tests).
# Usage: scripts/test.sh [ctest args...]   e.g. scripts/test.sh -R loader
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
cd build/native
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" --timeout 600 "$@"
