// Reading the JSON arguments of an Engine call. Every reader throws CallError with a message
// that names the method and the argument: "find: argument 'limit' must be an integer from 1
// to 1000, got \"ten\"".
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace talentmatch::engine_args {

// Query texts (names, majors, ids) are short; this bounds the work and the message sizes.
constexpr std::size_t kMaxQueryBytes = 4096;

// The arguments of one call: the method name (for messages) and the JSON object.
class Args {
 public:
  // Throws unless `args` is an object whose keys are all in `known` or `internal`. Internal
  // arguments are the JS API's own (record_refs): accepted, but not offered in messages, which
  // reach the API's callers.
  Args(const std::string& method, const nlohmann::json& args, std::initializer_list<const char*> known,
       std::initializer_list<const char*> internal = {});

  const std::string& method() const { return method_; }
  bool has(const char* key) const;  // present and not null
  const nlohmann::json& at(const char* key) const;  // throws when missing or null

  // A string of at most `max_bytes`; required / optional.
  std::string text(const char* key, std::size_t max_bytes = kMaxQueryBytes) const;
  std::optional<std::string> optional_text(const char* key, std::size_t max_bytes = kMaxQueryBytes) const;
  // An integer in [min, max]; `fallback` when absent or null.
  std::size_t integer(const char* key, std::size_t fallback, std::size_t min, std::size_t max) const;
  bool flag(const char* key, bool fallback) const;
  const nlohmann::json& array(const char* key, std::size_t max_items) const;

  // CallError("method: argument 'key' <problem>").
  [[noreturn]] void fail(const char* key, const std::string& problem) const;

 private:
  const std::string& method_;
  const nlohmann::json& args_;
};

// A short, safe rendering of a JSON value for messages: `"ten"`, `-3`, `an array`, `an object`.
std::string shown(const nlohmann::json& value);

}  // namespace talentmatch::engine_args
