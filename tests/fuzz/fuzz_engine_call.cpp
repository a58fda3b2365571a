// Fuzzes Engine::call the way the wasm API reaches it: the first line is the method, the rest the
// JSON arguments. A call either answers with JSON that serialises strictly (valid UTF-8) or
// throws CallError with a valid UTF-8 message; any other exception or crash is a bug.
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "talentmatch/engine.h"

namespace core = talentmatch;
using nlohmann::json;

namespace {

const core::Engine& engine() {
  static const core::Engine* loaded = [] {
    auto* e = new core::Engine();
    auto errors = e->load(core::fuzz::bundled_sources());
    if (!errors.empty()) core::fuzz::fail("the bundled catalogue does not load: " + errors.front().to_string());
    return e;
  }();
  return *loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  core::fuzz::Input in(data, size);
  std::string method = in.piece();
  // Arguments arrive as JSON text from JavaScript; text that does not parse never reaches call().
  json args = json::parse(in.rest(), nullptr, false);
  if (args.is_discarded()) return 0;
  try {
    json result = engine().call(method, args);
    core::fuzz::strict_dump(result, ("the result of " + core::sanitize_utf8(method)).c_str());
  } catch (const core::CallError& e) {
    if (core::is_valid_utf8(method)) core::fuzz::require_utf8(e.what(), "a CallError message");
  }
  return 0;
}
