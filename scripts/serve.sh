#!/usr/bin/env bash
# Serves web/ on http://127.0.0.1:8080 (--port N to change) without building.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f web/lib/talentmatch_core.wasm ]; then
  echo "serve: web/lib is not built yet; run scripts/run.sh (or scripts/build-wasm.sh) first" >&2
  exit 1
fi
exec node scripts/serve.mjs --root web "$@"
