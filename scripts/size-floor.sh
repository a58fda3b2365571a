#!/usr/bin/env bash
# The size floor of the fixed design (issue #5): a module with only Embind and nlohmann's JSON
# parse and dump (wasm/size_floor.cpp), compiled and linked with the module's own flags, beside
# the module itself. Prints raw and gzip -9 bytes. Needs scripts/build-wasm.sh to have configured
# build/wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/wasm/build.ninja ] || bash scripts/build-wasm.sh >/dev/null
cmake --build build/wasm --target talentmatch_size_floor talentmatch_wasm >/dev/null
gz() { gzip -9c "$1" | wc -c; }
row() {  # label, wasm, glue
  local w g
  w=$(gz "$2") g=$(gz "$3")
  awk -v l="$1" -v w="$w" -v g="$g" 'BEGIN { printf "  %-44s %7d + %6d = %7d bytes gz (%.1f KB)\n", l, w, g, w + g, (w + g) / 1024 }'
}
echo "wasm + glue, gzip -9:"
row "Embind + nlohmann parse/dump only (floor)" build/wasm/wasm/talentmatch_size_floor.wasm build/wasm/wasm/talentmatch_size_floor.mjs
row "talentmatch module" build/wasm/wasm/talentmatch_core.wasm build/wasm/wasm/talentmatch_core.mjs
