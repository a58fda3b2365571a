// One loaded catalogue and the services built on it, behind a JSON-in / JSON-out call
// interface. The wasm bindings expose exactly this, so the browser, Node and the native
// tests all go through the same code and get the same objects back.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"
#include "talentmatch/loader.h"

namespace talentmatch {

// A call that cannot be answered: bad arguments or no catalogue. `what()` says what and where.
class CallError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Validates the sources and, only if all is well, replaces the current catalogue.
  // Returns the errors; on any error the previous catalogue stays in force.
  std::vector<LoadError> load(const std::vector<Source>& sources);
  bool loaded() const;
  const Catalogue& catalogue() const;  // throws CallError when nothing is loaded

  // Dispatches `method` with JSON `args` (an object); throws CallError on bad input.
  // Methods (arguments in braces, all optional but the first of each):
  //   stats, info, tree, occupations, qualifications, services, record {id}, find {text, limit},
  //   find_qualification {text, field, region, urgent, limit}, check {profile},
  //   positions_for_major {text, limit}, match {posting, top, explain, record_refs},
  //   match_many {postings, top, offset, explain, record_refs}, record_templates.
  // record_refs: true lists candidates as {confidence, ref, score} (RecordForm::reference in
  // match_result.h); record_templates gives what they leave out, once per catalogue.
  // Unknown arguments are errors, so a misspelt option never goes unnoticed.
  nlohmann::json call(const std::string& method, const nlohmann::json& args) const;
  // The same result as compact JSON text (call(...).dump() with invalid UTF-8 replaced). Match
  // results are written directly, without building a JSON tree: the bytes `talentmatch match
  // --jsonl` prints, several times faster. The wasm bindings use this.
  std::string call_text(const std::string& method, const nlohmann::json& args) const;
  // Appends the same text to `out`, which may be a buffer reused across calls: it grows in
  // powers of two, so results of similar size keep using one heap block (wasm memory never
  // shrinks, and fresh large blocks would fragment it). On error `out` may hold a partial result.
  void call_text(const std::string& method, const nlohmann::json& args, std::string& out) const;

  struct State;  // the catalogue with its indexes; swapped as a whole on load

 private:
  std::shared_ptr<const State> state_;
};

}  // namespace talentmatch
