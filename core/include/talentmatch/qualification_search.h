// Finding overseas qualifications (北京市境外职业资格认可目录 3.0) the way people write them:
// Chinese or English name, abbreviation, alias or id; case-, width- and spacing-insensitive
// ("ＣＦＡ" = "CFA", "ACCA 资深会员" = "ACCA资深会员"), and tolerant of small typos ("CISPP" → CISSP).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"

namespace talentmatch {

struct QualificationQuery {
  // Name, abbreviation, alias or id. May be empty when a filter is set: then every qualification
  // passing the filters is listed.
  std::string text;
  std::string field_id;      // only this qualification field (e.g. "QF02"); empty = any
  std::string region_id;     // only this issuing country/region (e.g. "GB", "INTL"); empty = any
  bool urgent_only = false;  // only the 急需紧缺目录 (urgent list)
  std::size_t limit = 20;
};

struct QualificationHit {
  const Qualification* qualification = nullptr;
  double score = 0;       // 0..1; 1 = exact name, abbreviation, alias or id
  std::string match;      // "exact", "contains", "contained", "typo", or "filter" for a filter-only listing
  std::string matched;    // the name, abbreviation or alias that matched, as the catalogue writes it
  std::string matched_on; // "id", "abbr", "name_zh", "name_en" or "alias"
  int edits = 0;          // for "typo": how many characters differ
  std::string why;        // e.g. `abbreviation "CISSP" is 1 edit from "CISPP"`
};

// Searches the qualifications of one catalogue. Holds a reference: the catalogue must outlive it.
class QualificationIndex {
 public:
  explicit QualificationIndex(const Catalogue& catalogue);

  // Best first (score, then id). Typo matches are a fallback: they are listed only when nothing
  // matches exactly or by containment.
  std::vector<QualificationHit> find(const QualificationQuery& query) const;

  // The qualifications `text` names exactly (id, abbreviation, name or alias after folding);
  // more than one only if the catalogue shares the name.
  std::vector<const Qualification*> resolve(std::string_view text) const;

 private:
  struct Names;  // the folded names, private to the implementation
  const Catalogue& catalogue_;
  std::shared_ptr<const Names> names_;
};

// One-off convenience: builds an index and searches.
std::vector<QualificationHit> search_qualifications(const Catalogue& catalogue, const QualificationQuery& query);

// A qualification field or region given by id or by name (any language, folded); null if unknown.
const QualificationField* find_qualification_field(const Catalogue& catalogue, std::string_view id_or_name);
const Region* find_region(const Catalogue& catalogue, std::string_view id_or_name);

// qualification_json (issuer, region, field, title correspondence, urgent flag, provenance)
// plus {score, match, matched, matched_on, edits, why}.
nlohmann::json qualification_hit_json(const Catalogue& catalogue, const QualificationHit& hit);

}  // namespace talentmatch
