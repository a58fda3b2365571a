#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build/fuzz) and runs each for SECONDS
# (default 60), as many at once as there are cores. Each target runs on a scratch corpus,
# build/fuzz/corpus/<target>, seeded from the checked-in corpus (tests/fuzz/corpus/<target>) and
# the crashing inputs kept as regressions (tests/fuzz/regressions/<target>): libFuzzer adds,
# shrinks and deletes files only there, so tests/fuzz stays as committed.
# Fails if any target crashes, leaks, runs one input for over 30 s or exceeds 2 GB, naming the
# target and the input (kept in build/fuzz/crashes/<target>/) — once fixed, copy it to
# tests/fuzz/regressions/<target>/ and add a test to tests/unit/regression_test.cpp.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)
build=build/fuzz

# Largest input per target: big enough for the seeds, small enough for many runs per second
# (the 10 MB posting and the 100 000-line CSV are unit tests and benchmarks).
max_len() {
  case "$1" in
    fuzz_salary_parser) echo 256 ;;
    fuzz_qualification_search) echo 1024 ;;
    fuzz_engine_call) echo 4096 ;;
    fuzz_posting_matcher) echo 8192 ;;
    *) echo 32768 ;;
  esac
}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DTALENTMATCH_FUZZ=ON -DTALENTMATCH_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_all -j "$jobs"

if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for f in "$build"/tests/fuzz/fuzz_*; do
    [ -x "$f" ] && targets+=("$(basename "$f")")
  done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

run_target() {
  local t=$1
  local work="$build/corpus/$t" crashes="$build/crashes/$t" log="$build/logs/$t.log"
  mkdir -p "$work" "$crashes" "$build/logs"
  # Seed files are named by content hash like libFuzzer's own, so repeated runs add no duplicates.
  local f
  for f in "tests/fuzz/corpus/$t"/* "tests/fuzz/regressions/$t"/*; do
    [ -f "$f" ] && cp "$f" "$work/seed-$(sha1sum <"$f" | cut -c1-40)"
  done
  local dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=("-dict=tests/fuzz/$t.dict")
  # The per-input timeout is wall time: a valid catalogue costs ~0.5 s of CPU here (load, matcher
  # index, every browse call, under ASan) and took over 10 s on a loaded 2-core machine, so 30 s
  # keeps shared runners from failing while a real hang is still caught.
  "$build/tests/fuzz/$t" "$work" "${dict[@]}" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
}

# One line per target: executions, speed, coverage, verdict.
summarise() {
  local t=$1 rc=$2 log="$build/logs/$1.log"
  local execs speed cov
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" 2>/dev/null | awk '{print $2}' | tail -1 || true)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" 2>/dev/null | awk '{print $2}' | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" 2>/dev/null | awk '{print $2}' | tail -1 || true)
  local verdict=ok
  [ "$rc" -ne 0 ] && verdict="FAILED (exit $rc)"
  printf "  %-28s %10s execs %8s exec/s  cov %6s  %s\n" "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" "$verdict"
  if [ "$rc" -ne 0 ]; then
    # libFuzzer names the input it kept ("Test unit written to PATH"); show it and how to replay it.
    local input
    input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    if [ -n "$input" ]; then
      echo "    finding in $t: $input"
      echo "    replay: $build/tests/fuzz/$t $input"
    else
      echo "    $t failed without keeping an input; last lines of $log:"
    fi
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|fuzz invariant broken' "$log" | sed 's/^/    /' || true
    [ -n "$input" ] || tail -5 "$log" | sed 's/^/    /'
    echo "    log: $log"
  fi
}

# The checked-in corpora must come out as they went in (compared, so local edits are allowed).
fuzz_tree_state() { git status --porcelain --untracked-files=all -- tests/fuzz 2>/dev/null || true; }
tree_before=$(fuzz_tree_state)

echo "fuzz: ${#targets[@]} targets × ${seconds} s, $jobs at a time"
declare -A pid_of=()
status=0
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_target "$t" &
  pid_of[$t]=$!
done
for t in "${targets[@]}"; do
  rc=0
  wait "${pid_of[$t]}" || rc=$?
  summarise "$t" "$rc"
  [ "$rc" -ne 0 ] && status=1
done
if [ "$(fuzz_tree_state)" != "$tree_before" ]; then
  echo "fuzz: FAILED: the run changed tests/fuzz (git status below); fuzzers must write only to $build" >&2
  fuzz_tree_state >&2
  status=1
fi
[ "$status" -eq 0 ] || echo "fuzz: FAILED — see the findings above" >&2
exit $status
