// The small test catalogue under tests/unit/fixtures/qualification_catalogue (all four
// documents) and, when present, the bundled catalogue under data/.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "talentmatch/loader.h"

namespace talentmatch::testing {

inline std::string qualification_fixture_dir() {
  return std::string(TALENTMATCH_TEST_DIR) + "/unit/fixtures/qualification_catalogue";
}

inline std::shared_ptr<const Catalogue> load_dir(const std::string& dir) {
  std::vector<LoadError> errors;
  auto sources = read_sources(bundled_files(dir), errors);
  if (!errors.empty()) return nullptr;
  LoadResult r = load_catalogue(sources);
  if (!r.ok()) {
    std::string all;
    for (const auto& e : r.errors) all += e.to_string() + "\n";
    throw std::runtime_error("cannot load " + dir + ":\n" + all);
  }
  return r.catalogue;
}

// Loaded once per test binary; the fixture must always load.
inline const Catalogue& qualification_fixture() {
  static std::shared_ptr<const Catalogue> cat = [] {
    auto c = load_dir(qualification_fixture_dir());
    if (!c) throw std::runtime_error("cannot read " + qualification_fixture_dir());
    return c;
  }();
  return *cat;
}

// Null while the bundled data is not there yet (tests on it are then skipped).
inline std::shared_ptr<const Catalogue> bundled_catalogue() {
  static std::shared_ptr<const Catalogue> cat = load_dir(TALENTMATCH_DATA_DIR);
  return cat;
}

}  // namespace talentmatch::testing
