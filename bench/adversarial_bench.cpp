// Matching time on adversarial postings: one character or fragment repeated to 1 MB and 10 MB
// (tests/unit/adversarial_text.h), and the salary scan over the same texts. Linear time shows as
// the same MB/s at both sizes; the figure to read is "10 MB in < 1 s" for every pattern.
// Run: build/native/bench/adversarial_bench  (figures in docs/BAD_INPUT.md).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "../tests/unit/adversarial_text.h"
#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"
#include "talentmatch/salary.h"

namespace {

using namespace talentmatch;

constexpr std::size_t kMB = 1024 * 1024;

std::shared_ptr<const Catalogue> catalogue() {
  static std::shared_ptr<const Catalogue> c = [] {
    std::vector<LoadError> errors;
    auto r = load_catalogue(read_sources(bundled_files(TALENTMATCH_DATA_DIR), errors));
    if (!r.ok()) {
      std::cerr << "cannot load the catalogue from " << TALENTMATCH_DATA_DIR << "\n";
      std::exit(1);
    }
    return r.catalogue;
  }();
  return c;
}

const Matcher& matcher() {
  static Matcher m(catalogue());
  return m;
}

void report_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}

void match_pattern(benchmark::State& state, const std::string& unit, std::size_t bytes) {
  PostingInput p;
  p.text = adversarial::repeat(unit, bytes);
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p));
  MatchStats stats;
  matcher().match(p, {}, &stats);
  double work = static_cast<double>(stats.chars + stats.tokens + stats.lexicon_steps + stats.postings_visited);
  state.counters["work_per_byte"] = work / static_cast<double>(p.text.size());
  report_bytes(state, p.text.size());
}

void scan_salary(benchmark::State& state, const std::string& unit, std::size_t bytes) {
  std::string text = adversarial::repeat(unit, bytes);
  for (auto _ : state) benchmark::DoNotOptimize(parse_salary(text));
  report_bytes(state, text.size());
}

void register_all() {
  for (const auto& pattern : adversarial::patterns(*catalogue())) {
    for (std::size_t mb : {1, 10}) {
      std::string size = "/" + std::to_string(mb) + "MB";
      benchmark::RegisterBenchmark(("BM_MatchAdversarial/" + pattern.name + size).c_str(), match_pattern,
                                   pattern.unit, mb * kMB)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(mb == 1 ? 10 : 3);
      benchmark::RegisterBenchmark(("BM_SalaryScanAdversarial/" + pattern.name + size).c_str(), scan_salary,
                                   pattern.unit, mb * kMB)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(mb == 1 ? 10 : 3);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
