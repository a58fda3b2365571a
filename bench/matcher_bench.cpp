// Matcher speed: index build at load, one ~600-character posting (with salary and qualification
// extraction and the explanation), the same plus the JSON contract, and a 10 MB posting.
// Run: build/native/bench/matcher_bench  (figures in docs/MATCHING.md).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"
#include "talentmatch/text.h"
#include "bench_posting.h"

namespace {

using namespace talentmatch;
using talentmatch::bench::kPosting;

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

void BM_IndexBuild(benchmark::State& state) {
  auto c = catalogue();
  for (auto _ : state) {
    Matcher m(c);
    benchmark::DoNotOptimize(&m);
  }
  state.counters["positions"] = static_cast<double>(c->key.positions.size());
}
BENCHMARK(BM_IndexBuild)->Unit(benchmark::kMillisecond);

void BM_Match600(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p));
  MatchStats stats;
  matcher().match(p, {}, &stats);
  state.counters["chars"] = static_cast<double>(code_point_count(p.text));
  state.counters["tokens"] = static_cast<double>(stats.tokens);
  state.counters["postings"] = static_cast<double>(stats.postings_visited);
}
BENCHMARK(BM_Match600)->Unit(benchmark::kMicrosecond);

void BM_Match600WithoutExplanation(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  MatchOptions o;
  o.explain = false;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p, o));
}
BENCHMARK(BM_Match600WithoutExplanation)->Unit(benchmark::kMicrosecond);

// What `talentmatch match --jsonl` does per line after parsing it: match and write the JSON text.
void BM_Match600Json(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  const nlohmann::json id = "bench";
  for (auto _ : state) {
    std::string out = match_json_text(matcher().catalogue(), matcher().match(p), id);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_Match600Json)->Unit(benchmark::kMicrosecond);

// The path the CLI and the wasm module take: the catalogue's fixed members written once
// (MatchJsonCache) and one output buffer reused across postings.
void BM_Match600JsonCached(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  const nlohmann::json id = "bench";
  const MatchJsonCache cache(matcher().catalogue());
  std::string out;
  for (auto _ : state) {
    out.clear();
    append_match_json_text(out, matcher().catalogue(), matcher().match(p), id, &cache);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_Match600JsonCached)->Unit(benchmark::kMicrosecond);

void BM_Match10MB(benchmark::State& state) {
  PostingInput p;
  while (p.text.size() < 10u * 1024 * 1024) p.text += kPosting;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(p.text.size()));
}
BENCHMARK(BM_Match10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
