// A fixed amount of matcher work, for instruction counts under callgrind (repeatable on a loaded
// machine, unlike wall time). One posting is Ir ÷ 100 of
//   valgrind --tool=callgrind --toggle-collect='talentmatch::Matcher::match*' build/native/bench/match_profile explain 100
// and one index build Ir ÷ 5 of the same with --toggle-collect='talentmatch::Matcher::Matcher*' and `build 5`.
// Modes: explain (the default match), plain (explain: false), build (index build at load).
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "bench_posting.h"
#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"

int main(int argc, char** argv) {
  using namespace talentmatch;
  const char* mode = argc > 1 ? argv[1] : "explain";
  const int n = argc > 2 ? std::atoi(argv[2]) : 100;
  std::vector<LoadError> errors;
  auto loaded = load_catalogue(read_sources(bundled_files(TALENTMATCH_DATA_DIR), errors));
  if (!loaded.ok()) {
    std::cerr << "cannot load the catalogue from " << TALENTMATCH_DATA_DIR << "\n";
    return 1;
  }
  if (std::strcmp(mode, "build") == 0) {
    for (int i = 0; i < n; ++i) Matcher m(loaded.catalogue);
    return 0;
  }
  if (std::strcmp(mode, "explain") != 0 && std::strcmp(mode, "plain") != 0) {
    std::cerr << "usage: match_profile [explain|plain|build] [N]\n";
    return 2;
  }
  const Matcher m(loaded.catalogue);
  PostingInput p;
  p.text = bench::kPosting;
  MatchOptions o;
  o.explain = std::strcmp(mode, "explain") == 0;
  std::size_t listed = 0;
  for (int i = 0; i < n; ++i) listed += m.match(p, o).positions.size();
  std::cout << listed << " candidates listed\n";
  return 0;
}
