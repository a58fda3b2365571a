#include "engine_args.h"

#include "talentmatch/engine.h"
#include "talentmatch/text.h"

namespace talentmatch::engine_args {

using nlohmann::json;

namespace {

std::string known_list(std::initializer_list<const char*> known) {
  std::string out;
  for (const char* k : known) out += (out.empty() ? "" : ", ") + std::string(k);
  return out.empty() ? "none" : out;
}

}  // namespace

std::string shown(const json& value) {
  switch (value.type()) {
    case json::value_t::string: {
      const auto& s = value.get_ref<const std::string&>();
      if (s.size() > 40) return "a string of " + std::to_string(s.size()) + " bytes";
      return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    }
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::discarded: return "invalid JSON";
    default: return value.dump();
  }
}

Args::Args(const std::string& method, const json& args, std::initializer_list<const char*> known,
           std::initializer_list<const char*> internal)
    : method_(method), args_(args) {
  if (!args.is_object())
    throw CallError(method + ": expected an object of arguments, got " + shown(args));
  for (auto it = args.begin(); it != args.end(); ++it) {
    bool ok = false;
    for (const char* k : known) ok = ok || it.key() == k;
    for (const char* k : internal) ok = ok || it.key() == k;
    if (!ok) {
      std::string key = it.key().size() > 40 ? std::string(utf8_prefix(it.key(), 40)) + "…" : it.key();
      throw CallError(method + ": unknown argument " + shown(json(key)) + " (expected " + known_list(known) + ")");
    }
  }
}

void Args::fail(const char* key, const std::string& problem) const {
  throw CallError(method_ + ": argument '" + key + "' " + problem);
}

bool Args::has(const char* key) const {
  auto it = args_.find(key);
  return it != args_.end() && !it->is_null();
}

const json& Args::at(const char* key) const {
  if (!has(key)) fail(key, "is missing");
  return *args_.find(key);
}

std::string Args::text(const char* key, std::size_t max_bytes) const {
  const json& v = at(key);
  if (!v.is_string()) fail(key, "must be a string, got " + shown(v));
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() > max_bytes)
    fail(key, "is too long: " + std::to_string(s.size()) + " bytes, at most " + std::to_string(max_bytes));
  return s;
}

std::optional<std::string> Args::optional_text(const char* key, std::size_t max_bytes) const {
  if (!has(key)) return std::nullopt;
  return text(key, max_bytes);
}

std::size_t Args::integer(const char* key, std::size_t fallback, std::size_t min, std::size_t max) const {
  if (!has(key)) return fallback;
  const json& v = at(key);
  bool in_range = v.is_number_unsigned() ? v.get<std::uint64_t>() >= min && v.get<std::uint64_t>() <= max
                  : v.is_number_integer() ? v.get<std::int64_t>() >= static_cast<std::int64_t>(min) &&
                                                v.get<std::int64_t>() <= static_cast<std::int64_t>(max)
                                          : false;
  if (!in_range)
    fail(key, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + shown(v));
  return static_cast<std::size_t>(v.get<std::uint64_t>());
}

bool Args::flag(const char* key, bool fallback) const {
  if (!has(key)) return fallback;
  const json& v = at(key);
  if (!v.is_boolean()) fail(key, "must be true or false, got " + shown(v));
  return v.get<bool>();
}

const json& Args::array(const char* key, std::size_t max_items) const {
  const json& v = at(key);
  if (!v.is_array()) fail(key, "must be an array, got " + shown(v));
  if (v.size() > max_items)
    fail(key, "has " + std::to_string(v.size()) + " items, at most " + std::to_string(max_items) + " per call");
  return v;
}

}  // namespace talentmatch::engine_args
