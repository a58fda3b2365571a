#!/usr/bin/env bash
# The size floor of the fixed design (issue #5): a module with only Embind and nlohmann's JSON
# parse and dump (wasm/size_floor.cpp), compiled and linked with the module's own flags, beside
# the module itself, and the catalogue's text without its JSON structure. Prints gzip -9 bytes.
# Needs scripts/build-wasm.sh to have run (it does when build/wasm is missing).
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

# The catalogue's floor: its text alone, without JSON keys or structure, is what any encoding of
# the same content has to carry (docs/WASM.md, "The catalogue").
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node -e '
const fs = require("fs");
const [file, dir] = process.argv.slice(1);
const strings = [];
(function walk(v) {
  if (typeof v === "string") strings.push(v);
  else if (v && typeof v === "object") Object.values(v).forEach(walk);
})(JSON.parse(fs.readFileSync(file, "utf8")));
const han = /[\u4e00-\u9fff]/;
fs.writeFileSync(`${dir}/all`, strings.join("\n"));
fs.writeFileSync(`${dir}/zh`, strings.filter((s) => han.test(s)).join("\n"));
fs.writeFileSync(`${dir}/other`, strings.filter((s) => !han.test(s)).join("\n"));
' web/lib/catalogue.json "$tmp"
one() { awk -v l="$1" -v b="$2" 'BEGIN { printf "  %-44s %7d bytes gz (%.1f KB)\n", l, b, b / 1024 }'; }
echo "catalogue, gzip -9:"
one "catalogue.json as shipped" "$(gz web/lib/catalogue.json)"
one "its strings alone, no keys or structure" "$(gz "$tmp/all")"
one "  of which the strings with Chinese" "$(gz "$tmp/zh")"
one "  and the others (English, ids, codes)" "$(gz "$tmp/other")"
