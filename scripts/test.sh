#!/usr/bin/env bash
# Runs every talentmatch test: installs what is missing, builds native + wasm, then ctest
# (GoogleTest suites, CLI process tests, node:test suites for the wasm module, headless-Chromium tests);
# then the GoogleTest suites again under AddressSanitizer + UndefinedBehaviorSanitizer (build/asan);
# then every libFuzzer target for FUZZ_SECONDS seconds each (scripts/fuzz.sh; default 60).
# Usage: scripts/test.sh [ctest args...]   e.g. scripts/test.sh -R loader
#   TALENTMATCH_ASAN=0 skips the sanitizer build; FUZZ_SECONDS=0 skips fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
started=$SECONDS
lap=$SECONDS
# CPU seconds (user + sys) of every finished child so far: on a shared machine wall time says
# little, CPU time says what the stage costs (a 2-core CI runner needs about CPU / 2 for builds).
# Read from /proc (cutime + cstime of this shell), as `times` in a pipeline sees a subshell.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($16 + $17) / hz }' "/proc/$$/stat"
}
cpu_lap=$(cpu_seconds)
# Prints how long the stage that just ended took (CI budgets are tight on 2 cores).
stage_done() {
  local cpu
  cpu=$(cpu_seconds)
  echo "test: $1 in $((SECONDS - lap)) s (CPU $((cpu - cpu_lap)) s)" >&2
  lap=$SECONDS
  cpu_lap=$cpu
}

scripts/setup.sh
scripts/build.sh
stage_done "setup and native + wasm build"
(cd build/native && ctest --output-on-failure -j "$jobs" --timeout 600 "$@")
stage_done "ctest (native, js, browser)"

# Any sanitizer report fails its test: ASan aborts, UBSan halts on the first error.
if [ "${TALENTMATCH_ASAN:-1}" != 0 ]; then
  echo "test: ASan + UBSan build of the GoogleTest suites (build/asan)" >&2
  # -O1 -g1 (line tables): what ASan recommends, stacks with lines, and 275 s of CPU for this
  # build instead of 572 s at -O2 -g — the CI budget is 20 minutes on 2 cores.
  cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALENTMATCH_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DTALENTMATCH_BENCHMARKS=OFF >/dev/null
  cmake --build build/asan -j "$jobs"
  stage_done "ASan + UBSan build"
  (cd build/asan && ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --output-on-failure -j "$jobs" --timeout 900 -E '^(js_|browser_)' "$@")
  stage_done "ctest (ASan + UBSan)"
fi

# Every fuzz target for ~60 s on each run (CI included): a finding fails the run and names the
# input to keep as a regression. FUZZ_SECONDS=0 skips it for a quick local run.
fuzz_seconds=${FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" != 0 ]; then
  scripts/fuzz.sh "$fuzz_seconds"
  stage_done "fuzzing (build + ${fuzz_seconds} s per target)"
fi
echo "test: all passed in $((SECONDS - started)) s (CPU $(cpu_seconds) s)" >&2
