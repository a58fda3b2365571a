// Embind bindings: the core Engine behind string-in / JSON-text-out calls. All logic lives in
// core/; this file only moves text across the boundary and turns C++ exceptions into messages.
#include <emscripten/bind.h>
#include <emscripten/val.h>

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

  // Runs one call and keeps its JSON text until the next call. Returns a Uint8Array view of that
  // text (valid until the module next allocates: JS decodes it at once), or an empty view when
  // the call failed, error() then giving the message as a JSON string. Never throws into JS.
  // Results can be megabytes (a batch): the view spares a copy, and result_ keeps its capacity
  // from call to call, so the heap does not need a fresh large block each time.
  emscripten::val call(const std::string& method, const std::string& args_json) {
    result_.clear();
    error_.clear();
    try {
      json args = json::parse(args_json, nullptr, false);
      if (args.is_discarded()) error_ = dump(method + ": arguments are not valid JSON (or not UTF-8)");
      else engine_.call_text(method, args, result_);
    } catch (const std::exception& e) {
      error_ = dump(e.what());
    }
    if (!error_.empty()) result_.clear();
    return emscripten::val(emscripten::typed_memory_view(result_.size(), reinterpret_cast<const unsigned char*>(result_.data())));
  }

  // The message of the last failed call, as a JSON string; "" after a successful one.
  std::string error() const { return error_; }

 private:
  talentmatch::Engine engine_;
  std::string result_, error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(talentmatch) {
  emscripten::class_<WasmEngine>("Engine")
      .constructor<>()
      .function("load", &WasmEngine::load)
      .function("call", &WasmEngine::call)
      .function("error", &WasmEngine::error);
}
