// Reads typed values out of parsed JSON, recording an error with its JSON path for every
// value that is missing or of the wrong type or range, instead of stopping at the first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"
#include "talentmatch/loader.h"

namespace talentmatch::detail {

using nlohmann::json;

// A short rendering of a JSON value for messages: `"abc"`, `42`, `an object`.
std::string describe(const json& value);

// `positions[17]` + `salary_median` -> `positions[17].salary_median`.
std::string join_path(const std::string& path, const std::string& key);
std::string index_path(const std::string& path, std::size_t index);

class JsonChecker {
 public:
  JsonChecker(std::string file, std::vector<LoadError>& errors) : file_(std::move(file)), errors_(errors) {}

  void error(const std::string& path, const std::string& message);
  std::size_t error_count() const { return errors_.size(); }
  const std::string& file() const { return file_; }

  // The member, or null (and an error when required) if missing.
  const json* member(const json& obj, const std::string& path, const char* key, bool required = true);
  std::string text(const json& obj, const std::string& path, const char* key, bool required = true);
  std::optional<std::string> nullable_text(const json& obj, const std::string& path, const char* key);
  std::int64_t positive_integer(const json& obj, const std::string& path, const char* key);
  std::int64_t integer_in(const json& obj, const std::string& path, const char* key, std::int64_t lo, std::int64_t hi,
                          bool required = true, std::int64_t fallback = 0);
  double number(const json& obj, const std::string& path, const char* key);
  bool boolean(const json& obj, const std::string& path, const char* key, bool required = true, bool fallback = false);
  std::vector<std::string> text_list(const json& obj, const std::string& path, const char* key, bool required = true);
  // An array whose elements are all objects; null when missing or not an array.
  const json* object_array(const json& obj, const std::string& path, const char* key, bool required = true);
  // `provenance` and `illustrative_fields` of any record.
  void record(const json& obj, const std::string& path, Record& out);
  Provenance provenance(const json& obj, const std::string& path);
  CatalogueInfo info(const json& doc);

 private:
  std::string file_;
  std::vector<LoadError>& errors_;
};

}  // namespace talentmatch::detail
