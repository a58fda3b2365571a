#!/usr/bin/env bash
# Evaluates the matcher on the labelled postings in tests/eval/ and prints the table quoted in
# docs/MATCHING.md, next to a baseline (MiniSearch 7, plain BM25 over concatenated text with
# CJK bigrams). Builds the native CLI first if needed. Extra arguments go to scripts/eval.mjs:
#   scripts/eval.sh                 the table
#   scripts/eval.sh --fit           refit the confidence model (5-fold cross-validated)
#   scripts/eval.sh --errors        also list the postings the matcher gets wrong
#   scripts/eval.sh --set k1=1.5    try a different MatcherTuning constant
#   scripts/eval.sh --cli PATH      evaluate another build's CLI (e.g. an older commit's)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/native/talentmatch
if [ ! -x "$cli" ] || [ -n "$(find core -newer "$cli" -name '*.[ch]*' -print -quit)" ]; then
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native --target talentmatch >/dev/null
fi
# A --cli of the caller's (another build, to compare) wins over the default.
for a in "$@"; do [ "$a" = --cli ] && exec node scripts/eval.mjs "$@"; done
exec node scripts/eval.mjs --cli "$cli" "$@"
