// Fuzzes the catalogue loader: the input is one document replacing one of the four bundled ones
// (first byte 0–3 picks which), or (first byte 4) a whole catalogue in one source, e.g. a bundle
// {"key_industries": {...}, ...}. Every input must end in a catalogue or in errors, never both;
// every message must be valid UTF-8; a catalogue that loads must serve every browse call.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "talentmatch/engine.h"

namespace core = talentmatch;
using nlohmann::json;

namespace {

void check_errors(const std::vector<core::LoadError>& errors) {
  for (const auto& e : errors) core::fuzz::require_utf8(e.to_string(), "a load error message");
}

// A few ids and names of each kind the loaded catalogue has, for record / find calls.
std::vector<std::string> sample_keys(const core::Catalogue& c) {
  std::vector<std::string> keys;
  auto take = [&](const auto& items) {
    for (std::size_t i = 0; i < items.size() && i < 3; ++i) keys.push_back(items[i].id);
  };
  take(c.key.industries);
  take(c.key.core_fields);
  take(c.key.directions);
  take(c.key.positions);
  take(c.skilled.categories);
  take(c.skilled.occupations);
  take(c.quals.fields);
  take(c.quals.regions);
  take(c.quals.qualifications);
  take(c.services.services);
  for (std::size_t i = 0; i < c.key.positions.size() && i < 3; ++i) keys.push_back(c.key.positions[i].title_zh);
  for (std::size_t i = 0; i < c.quals.qualifications.size() && i < 3; ++i) keys.push_back(c.quals.qualifications[i].abbr);
  return keys;
}

// Loads the sources into an engine and, if they are valid, runs every browse call on them.
void load_and_browse(const std::vector<core::Source>& sources) {
  core::Engine engine;
  auto errors = engine.load(sources);
  check_errors(errors);
  core::fuzz::require(errors.empty() == engine.loaded(), "a load returned errors and a catalogue, or neither");
  if (!engine.loaded()) return;
  for (const char* method : {"stats", "info", "tree", "occupations", "qualifications", "services"})
    core::fuzz::strict_dump(engine.call(method, json::object()), method);
  for (const auto& key : sample_keys(engine.catalogue())) {
    try {
      core::fuzz::strict_dump(engine.call("record", {{"id", key}}), "record");
      core::fuzz::strict_dump(engine.call("find", {{"text", key}}), "find");
    } catch (const core::CallError&) {
      // A name longer than a query may be is refused, which is fine.
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  core::fuzz::Input in(data, size);
  unsigned mode = in.byte() % 5;
  core::Source upload{"upload.json", in.rest()};

  if (mode == 4) {
    // A whole catalogue in one source: only a complete bundle loads.
    core::LoadResult r = core::load_catalogue({upload});
    check_errors(r.errors);
    core::fuzz::require(r.ok() == r.errors.empty(), "a load returned errors and a catalogue, or neither");
    if (r.ok()) load_and_browse({upload});
    return 0;
  }

  // Validating the document alone is cheap; the full load (re-reading the other three bundled
  // documents) only runs for a document that is valid on its own.
  auto errors = core::validate_sources({upload});
  check_errors(errors);
  if (!errors.empty()) return 0;
  std::vector<core::Source> sources = core::fuzz::bundled_sources();
  sources[mode] = upload;
  load_and_browse(sources);
  return 0;
}
