// Embind bindings: the core Engine behind two string-in / string-out calls. All logic lives in
// core/; this file only moves strings across the boundary and turns C++ exceptions into results.
#include <emscripten/bind.h>

#include <string>

#include "talentmatch/engine.h"

namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Owns one Engine; JS holds it for the module's lifetime and frees it in dispose().
class WasmEngine {
 public:
  // `sources_json`: [{"name": "...", "text": "..."}]. Returns a JSON array of error strings;
  // empty means the catalogue was replaced, otherwise the previous one stays in force.
  std::string load(const std::string& sources_json) {
    json errors = json::array();
    json parsed = json::parse(sources_json, nullptr, false);
    if (!parsed.is_array()) {
      errors.push_back("load: expected an array of {name, text} sources");
      return dump(errors);
    }
    std::vector<talentmatch::Source> sources;
    for (const auto& s : parsed) {
      if (!s.is_object() || !s.contains("text") || !s["text"].is_string()) {
        errors.push_back("load: every source needs a string 'text'");
        return dump(errors);
      }
      sources.push_back({s.value("name", "catalogue"), s["text"].get<std::string>()});
    }
    for (const auto& e : engine_.load(sources)) errors.push_back(e.to_string());
    return dump(errors);
  }

  // Returns {"ok": result} or {"error": "message"}; never throws into JS. The result arrives as
  // JSON text and is wrapped, not copied into a wrapper object: batch results can be megabytes.
  std::string call(const std::string& method, const std::string& args_json) {
    try {
      json args = json::parse(args_json, nullptr, false);
      if (args.is_discarded()) return dump({{"error", method + ": arguments are not valid JSON (or not UTF-8)"}});
      return "{\"ok\":" + engine_.call_text(method, args) + "}";
    } catch (const std::exception& e) {
      return dump({{"error", e.what()}});
    }
  }

 private:
  talentmatch::Engine engine_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(talentmatch) {
  emscripten::class_<WasmEngine>("Engine")
      .constructor<>()
      .function("load", &WasmEngine::load)
      .function("call", &WasmEngine::call);
}
