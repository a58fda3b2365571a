// One reader per catalogue document kind. Each records every problem in the checker and
// returns what it could read; the caller discards the result if any error was recorded.
#pragma once

#include <string>
#include <unordered_map>

#include "json_checker.h"

namespace talentmatch::detail {

KeyIndustries read_key_industries(const json& doc, JsonChecker& check);
SkilledOccupations read_skilled_occupations(const json& doc, JsonChecker& check);
Qualifications read_qualifications(const json& doc, JsonChecker& check);
Services read_services(const json& doc, JsonChecker& check);

// Ids seen so far in a document, with where each was first defined.
class IdRegistry {
 public:
  // False (and an error) when the id was already defined.
  bool define(const std::string& id, const std::string& path, JsonChecker& check);
  bool has(const std::string& id) const { return where_.count(id) != 0; }
  // Records an error unless `id` was defined; `what` names the kind, e.g. "industry".
  void require(const std::string& id, const std::string& path, const char* what, JsonChecker& check) const;

 private:
  std::unordered_map<std::string, std::string> where_;
};

// Checks the optional "counts" object of a document against what was read.
void check_declared_count(const json& doc, const char* key, std::size_t actual, JsonChecker& check);

}  // namespace talentmatch::detail
