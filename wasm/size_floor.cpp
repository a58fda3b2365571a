// The smallest module the fixed design allows: one Embind function that parses JSON with nlohmann
// and writes it back. Built with the module's flags (wasm/CMakeLists.txt) by scripts/size-floor.sh,
// to show how much of the 60 KB gz budget (issue #5) the required dependencies take before any
// talentmatch code.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <string>

std::string roundtrip(const std::string& text) {
  try {
    return nlohmann::json::parse(text).dump();
  } catch (const std::exception& e) {
    return e.what();
  }
}

EMSCRIPTEN_BINDINGS(size_floor) { emscripten::function("roundtrip", &roundtrip); }
