// Lookup of any catalogue record by id, name, abbreviation or alias — Chinese or English,
// case-, width- and spacing-insensitive (ＣＦＡ = cfa, "ACCA 资深会员" = "ACCA资深会员").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "talentmatch/catalogue.h"

namespace talentmatch {

struct NameHit {
  std::string id;
  std::string kind;  // industry, core_field, direction, position, skilled_category, occupation,
                     // qualification_field, region, qualification, service
  std::string name;  // the name, abbreviation or alias that matched
  bool exact = false;
};

class NameIndex {
 public:
  explicit NameIndex(const Catalogue& catalogue);

  // Exact matches (on the folded key) first, then names containing the query, shortest first.
  std::vector<NameHit> find(std::string_view text, std::size_t limit = 20) const;

 private:
  struct Entry {
    std::string key, id, kind, name;
  };
  void add(const std::string& id, const char* kind, const std::string& name);
  std::vector<Entry> entries_;
};

}  // namespace talentmatch
