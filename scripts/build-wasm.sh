#!/usr/bin/env bash
# Builds the WebAssembly module with Debian's Emscripten and assembles web/lib/:
# module + glue, the JS API (wasm/js/), its .d.ts, the worker and the bundled catalogue.
# Prints raw and gzipped sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build build/wasm -j "$jobs"

mkdir -p web/lib
cp build/wasm/wasm/talentmatch_core.mjs build/wasm/wasm/talentmatch_core.wasm web/lib/
if [ -d wasm/js ]; then cp wasm/js/* web/lib/; fi
node scripts/bundle-catalogue.mjs data web/lib/catalogue.json

# Sizes at every build (docs/WASM.md): raw and gzip -9, against the budget
# wasm + glue <= 60 KB gz and catalogue <= 60 KB gz. Over budget is reported, not hidden.
gz() { gzip -9c "$1" | wc -c; }
echo "sizes (bytes, raw / gzip -9):"
for f in web/lib/talentmatch_core.wasm web/lib/talentmatch_core.mjs web/lib/talentmatch.js \
         web/lib/talentmatch-worker.js web/lib/talentmatch.worker.js web/lib/catalogue.json; do
  printf "  %-32s %8d / %8d\n" "$(basename "$f")" "$(stat -c %s "$f")" "$(gz "$f")"
done
budget() {  # label, gzipped bytes
  local verdict="within"
  [ "$2" -gt 61440 ] && verdict="OVER"
  awk -v l="$1" -v b="$2" -v v="$verdict" 'BEGIN { printf "  %-32s %8.1f KB gz  (budget 60 KB: %s)\n", l, b / 1024, v }'
}
budget "wasm + glue" $(( $(gz web/lib/talentmatch_core.wasm) + $(gz web/lib/talentmatch_core.mjs) ))
budget "catalogue" "$(gz web/lib/catalogue.json)"
