#!/usr/bin/env bash
# Prepares web/ for serving: generates the service worker's precache list (web/sw/precache.js)
# with a version hash of web/ and web/lib/. Run after scripts/build-wasm.sh (build.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f web/lib/talentmatch_core.wasm ]; then
  echo "build-web: web/lib is not built yet (run scripts/build-wasm.sh first)" >&2
  exit 1
fi
node scripts/build-web.mjs web
