// The wasm boundary: one Embind class around the core Engine, with JSON-text-in / JSON-text-out
// calls. All logic lives in core/; this file only moves text across the boundary and turns C++
// exceptions into messages: nothing throws into JavaScript.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "talentmatch/engine.h"

namespace {

// A leak check needs an exact figure. The wasm Memory's size is not one: it steps up whenever
// fragmentation leaves no free block large enough, and where that happens depends on the whole
// history of the heap (js_soak once saw the step after 45 catalogue replacements instead of 6,
// with no leak). Nor is emmalloc's mallinfo(): it counts the headers of free blocks as used. A
// count of live blocks is exact: the same work from the same state leaves it the same, so one
// block leaked per call shows. libc++'s other forms of new and delete call these two.
std::size_t live_allocations = 0;

}  // namespace

// Not inlined: under LTO, malloc inlined beside a caller's memset becomes a call to calloc, which
// the link (emmalloc, outside LTO) no longer provides.
__attribute__((noinline)) void* operator new(std::size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (!p) throw std::bad_alloc();
  ++live_allocations;
  return p;
}

void operator delete(void* p) noexcept {
  if (!p) return;
  --live_allocations;
  std::free(p);
}

namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A Uint8Array over the string's bytes, in place: valid until the module next allocates, so
// JavaScript reads or fills it at once.
emscripten::val bytes_view(std::string& s) {
  return emscripten::val(emscripten::typed_memory_view(s.size(), reinterpret_cast<unsigned char*>(s.data())));
}

// Owns one Engine; JS holds it for the instance's lifetime and deletes it in dispose().
class WasmEngine {
 public:
  // Makes room for one catalogue source for the next load(): the name, and `text_bytes` bytes of
  // UTF-8 that JavaScript writes in place through the returned Uint8Array view (valid until the
  // module next allocates: JS fills it at once). No JSON wrapper around the sources (the text is
  // parsed once, by the loader) and one exact allocation per text: handing the text over as a
  // std::string would have Embind malloc a transient copy as large as the text first, and those
  // left emmalloc's free list fragmented (the heap grew during js_soak's catalogue replacements).
  emscripten::val addSource(std::string name, std::size_t text_bytes) {
    pending_.push_back({std::move(name), std::string(text_bytes, '\0')});
    return bytes_view(pending_.back().text);
  }

  // Loads the sources added since the last load. Returns a JSON array of error strings: empty
  // when the catalogue was replaced, otherwise the previous one stays in force.
  std::string load() {
    json errors = json::array();
    std::vector<talentmatch::Source> sources;
    sources.swap(pending_);
    try {
      if (sources.empty()) errors.push_back("load: expected at least one catalogue source");
      else
        for (const auto& err : engine_.load(sources)) errors.push_back(err.to_string());
    } catch (const std::exception& ex) {
      errors.push_back(std::string("load: ") + ex.what());
    }
    return dump(errors);
  }

  // Makes room for the next call's arguments: `bytes` bytes of UTF-8 JSON text that JavaScript
  // writes in place through the returned Uint8Array view (valid until the module next allocates:
  // JS fills it at once), as addSource does for catalogue text. Handing the text over as a
  // std::string argument instead would have Embind encode it in a JavaScript loop (the browser's
  // TextEncoder is several times faster) into a transient copy, then copy it again.
  emscripten::val args(std::size_t bytes) {
    args_.assign(bytes, '\0');
    return bytes_view(args_);
  }

  // Runs one call with the arguments written through args() and keeps its JSON text until the
  // next call. Returns a Uint8Array view of that text (valid until the module next allocates: JS
  // decodes it at once), or an empty view when the call failed, error() then giving the message
  // as a JSON string. Results can be megabytes (a batch): the view spares a copy, and result_
  // keeps its capacity from call to call, so results of similar size keep one heap block.
  emscripten::val call(const std::string& method) {
    result_.clear();
    error_.clear();
    try {
      json parsed = json::parse(args_, nullptr, false);
      std::string().swap(args_);  // freed before the engine runs (a batch request can be megabytes)
      if (parsed.is_discarded()) error_ = dump(method + ": arguments are not valid JSON (or not UTF-8)");
      else engine_.call_text(method, parsed, result_);
    } catch (const std::exception& ex) {
      error_ = dump(ex.what());
    }
    if (!error_.empty()) result_.clear();
    return bytes_view(result_);
  }

  // The message of the last failed call, as a JSON string; "" after a successful one.
  std::string error() const { return error_; }

  // Blocks allocated with operator new and not yet deleted (every allocation in the core and in
  // nlohmann/json goes through it). See live_allocations above.
  double liveAllocations() const { return static_cast<double>(live_allocations); }

 private:
  talentmatch::Engine engine_;
  std::vector<talentmatch::Source> pending_;  // sources given since the last load
  std::string args_;  // the next call's arguments (JSON text), written by JS through args()
  std::string result_, error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(talentmatch) {
  emscripten::class_<WasmEngine>("Engine")
      .constructor<>()
      .function("addSource", &WasmEngine::addSource)
      .function("load", &WasmEngine::load)
      .function("args", &WasmEngine::args)
      .function("call", &WasmEngine::call)
      .function("error", &WasmEngine::error)
      .function("liveAllocations", &WasmEngine::liveAllocations);
}
