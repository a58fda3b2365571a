// Shared by the libFuzzer targets: the bundled catalogue (loaded once per process), a reader that
// splits the fuzzer's bytes into a few typed pieces, and checks that abort on a broken invariant
// (libFuzzer then keeps the input as a crash).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/loader.h"
#include "talentmatch/text.h"

namespace talentmatch::fuzz {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const char* const kKinds[] = {"key_industries", "skilled_occupations", "qualifications", "services"};

// The bundled documents as sources: name "<kind>.json", text as on disk.
inline const std::vector<Source>& bundled_sources() {
  static const std::vector<Source> sources = [] {
    std::vector<Source> out;
    for (const char* kind : kKinds)
      out.push_back({std::string(kind) + ".json", read_file(std::string(TALENTMATCH_DATA_DIR) + "/" + kind + ".json")});
    return out;
  }();
  return sources;
}

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

inline void require(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

inline std::shared_ptr<const Catalogue> bundled_catalogue() {
  static const std::shared_ptr<const Catalogue> catalogue = [] {
    LoadResult r = load_catalogue(bundled_sources());
    if (!r.ok()) fail("the bundled catalogue does not load: " + r.errors.front().to_string());
    return r.catalogue;
  }();
  return catalogue;
}

// Everything the core hands to JSON or to JavaScript must be valid UTF-8: a strict dump throws
// otherwise, and the CLI or a JS caller would show mojibake.
inline void require_utf8(std::string_view s, const char* what) {
  if (!is_valid_utf8(s)) fail(std::string(what) + " is not valid UTF-8");
}

inline std::string strict_dump(const nlohmann::json& j, const char* what) {
  try {
    return j.dump();
  } catch (const nlohmann::json::type_error& e) {
    fail(std::string(what) + ": " + e.what());
  }
}

// Splits the fuzzer's bytes: a few leading control bytes, then text pieces separated by a
// delimiter byte, the last piece taking the rest.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : rest_(reinterpret_cast<const char*>(data), size) {}

  std::uint8_t byte() {
    if (rest_.empty()) return 0;
    auto b = static_cast<std::uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    return b;
  }

  std::string piece(char delimiter = '\n') {
    auto at = rest_.find(delimiter);
    std::string out(rest_.substr(0, at));
    rest_.remove_prefix(at == std::string_view::npos ? rest_.size() : at + 1);
    return out;
  }

  std::string rest() {
    std::string out(rest_);
    rest_ = {};
    return out;
  }

 private:
  std::string_view rest_;
};

}  // namespace talentmatch::fuzz
