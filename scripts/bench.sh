#!/usr/bin/env bash
# Benchmark talentmatch (wasm) against MiniSearch, FlexSearch and Orama on the same catalogue and
# postings; builds what is missing or stale, prints the table, writes bench/results.json and
# bench/results.md (date, machine, command). Methods and the latest figures: docs/BENCHMARKS.md.
# Usage: scripts/bench.sh [--postings N] [--seed S] [--browser] [--runs N]
#   --browser  also the cold start in headless Chromium (median of --runs, default 10)
set -euo pipefail
cd "$(dirname "$0")/.."

postings=10000
seed=
browser=0
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --postings) postings="${2:?--postings needs a number}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a number}"; shift 2 ;;
    --browser) browser=1; shift ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
command_line="scripts/bench.sh --postings $postings${seed:+ --seed $seed}$(if [ "$browser" = 1 ]; then echo " --browser --runs $runs"; fi)"

# Build what is missing or older than its sources.
if [ ! -x build/native/talentmatch ]; then
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/native --target talentmatch >/dev/null
wasm=web/lib/talentmatch_core.wasm
if [ ! -f "$wasm" ] || [ ! -f web/lib/talentmatch.js ] || [ -n "$(find core wasm data -newer "$wasm" -type f -print -quit)" ]; then
  echo "bench: building the wasm module (scripts/build-wasm.sh)…" >&2
  scripts/build-wasm.sh >/dev/null
fi
if [ ! -d node_modules/minisearch ] || [ ! -d node_modules/flexsearch ] || [ ! -d node_modules/@orama/orama ]; then
  echo "bench: node_modules lacks the libraries; run npm ci" >&2
  exit 1
fi

mkdir -p bench
node scripts/bench.mjs --postings "$postings" ${seed:+--seed "$seed"} --out bench/results.json --no-table --command "$command_line"
if [ "$browser" = 1 ]; then
  node scripts/bench-browser.mjs --runs "$runs" --results bench/results.json >/dev/null
fi
node bench/js/report.mjs bench/results.json bench/results.md
