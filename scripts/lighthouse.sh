#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12.2.3, Debian chromium) accessibility and best-practices scores of
# the web app's main views, served with the production CSP. Fails when a score is below 0.95.
# Usage: scripts/lighthouse.sh [--min 0.95] [--keep DIR] [path …]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/lighthouse ]; then
  echo "lighthouse: not installed; run npm ci (it is a devDependency)" >&2
  exit 1
fi
if [ ! -f web/lib/talentmatch_core.wasm ]; then
  echo "lighthouse: web/lib is not built; run scripts/build.sh first" >&2
  exit 1
fi
[ -f web/sw/precache.js ] || scripts/build-web.sh
exec node scripts/lighthouse.mjs "$@"
