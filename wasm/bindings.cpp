// The wasm boundary: plain C exports around the core Engine (no Embind: its runtime was about a
// third of the glue and its registration code ran at every start; docs/WASM.md has the sizes).
// Text crosses as UTF-8 bytes in buffers JavaScript allocates with malloc and frees; replies stay
// in a buffer owned here, lent to JavaScript as (pointer, length) until the next call.
// All logic lives in core/; nothing throws into JavaScript.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "talentmatch/engine.h"

namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Owns one Engine; JS holds the pointer for the instance's lifetime and frees it in dispose().
struct WasmEngine {
  talentmatch::Engine engine;
  std::vector<talentmatch::Source> pending;  // sources given since the last load
  // The last reply (result_ reused from call to call: its capacity stays, so results of similar
  // size keep one heap block) and the last failure as a JSON string ("" after a success).
  std::string result, error;
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE WasmEngine* tm_engine_new() { return new WasmEngine(); }

EMSCRIPTEN_KEEPALIVE void tm_engine_delete(WasmEngine* e) { delete e; }

// Makes room for one more catalogue source for the next tm_load: `name_len` and `text_len` UTF-8
// bytes, which JavaScript writes in place (name at the returned pointer, text at
// tm_source_text()). One exact allocation per text, no transient copy: the heap never shrinks.
EMSCRIPTEN_KEEPALIVE char* tm_add_source(WasmEngine* e, std::size_t name_len, std::size_t text_len) {
  e->pending.push_back({std::string(name_len, '\0'), std::string(text_len, '\0')});
  return e->pending.back().name.data();
}

EMSCRIPTEN_KEEPALIVE char* tm_source_text(WasmEngine* e) { return e->pending.back().text.data(); }

// Loads the sources added since the last load. The reply (tm_result) is a JSON array of error
// strings: empty when the catalogue was replaced, otherwise the previous one stays in force.
EMSCRIPTEN_KEEPALIVE std::size_t tm_load(WasmEngine* e) {
  json errors = json::array();
  std::vector<talentmatch::Source> sources;
  sources.swap(e->pending);
  try {
    if (sources.empty()) errors.push_back("load: expected at least one catalogue source");
    else
      for (const auto& err : e->engine.load(sources)) errors.push_back(err.to_string());
  } catch (const std::exception& ex) {
    errors.push_back(std::string("load: ") + ex.what());
  }
  e->result.clear();
  e->result = dump(errors);
  return e->result.size();
}

// Runs one call (method name and JSON arguments as UTF-8). Returns the reply's length, 0 when the
// call failed (tm_error then holds the message as a JSON string). Results can be megabytes (a
// batch): JS decodes them straight out of the buffer, no copy on this side.
EMSCRIPTEN_KEEPALIVE std::size_t tm_call(WasmEngine* e, const char* method_ptr, std::size_t method_len,
                                         const char* args_ptr, std::size_t args_len) {
  e->result.clear();
  e->error.clear();
  std::string method(method_ptr, method_len);
  try {
    // Parsed from a std::string like everywhere else: a (pointer, pointer) range would make
    // nlohmann instantiate a second parser.
    json args = json::parse(std::string(args_ptr, args_len), nullptr, false);
    if (args.is_discarded()) e->error = dump(method + ": arguments are not valid JSON (or not UTF-8)");
    else e->engine.call_text(method, args, e->result);
  } catch (const std::exception& ex) {
    e->error = dump(ex.what());
  }
  if (!e->error.empty()) e->result.clear();
  return e->result.size();
}

EMSCRIPTEN_KEEPALIVE const char* tm_result(const WasmEngine* e) { return e->result.data(); }

EMSCRIPTEN_KEEPALIVE const char* tm_error(const WasmEngine* e) { return e->error.data(); }

EMSCRIPTEN_KEEPALIVE std::size_t tm_error_length(const WasmEngine* e) { return e->error.size(); }

}  // extern "C"
