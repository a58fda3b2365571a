// The three 2023 catalogues and the qualification services, as plain data.
// Loaded and validated by loader.h; every record says where it comes from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace talentmatch {

// "publication": stated in the 2023-09-04 announcement. "illustrative": authored by this project.
enum class Provenance { publication, illustrative };
const char* to_string(Provenance p);

struct Record {
  std::string id;
  Provenance provenance = Provenance::illustrative;
  // For a publication record: the attributes this project had to author.
  std::vector<std::string> illustrative_fields;
  bool is_illustrative(const std::string& field) const;
};

struct CatalogueInfo {
  std::string title_zh, title_en, edition, published, publisher_zh, publisher_en;
};

// --- 重点产业领域人力资源开发目录 ------------------------------------------------
struct Industry : Record {
  std::string name_zh, name_en;
};

// 供需匹配难度, 培养难度, 转岗难度: each 1..5.
struct Dimensions {
  int supply_demand = 0, training = 0, transfer = 0;
};

struct CoreField : Record {
  std::string industry_id, name_zh, name_en;
  int stars = 0;  // 1..5, 5 = scarcest
  Dimensions dimensions;
};

struct Direction : Record {
  std::string field_id, name_zh, name_en;
};

struct Position : Record {
  std::string direction_id, title_zh, title_en;
  std::vector<std::string> aliases_zh, aliases_en;
  std::string competencies_zh, competencies_en;
  std::vector<std::string> majors_zh, majors_en;
  std::int64_t salary_median = 0;  // CNY per year
};

struct KeyIndustries {
  CatalogueInfo info;
  std::vector<Industry> industries;
  std::vector<CoreField> core_fields;
  std::vector<Direction> directions;
  std::vector<Position> positions;
};

// --- 技能人才急需紧缺职业(工种)目录 --------------------------------------------
struct UrgencyLevel {
  int level = 0;  // 3 = 非常急需紧缺
  std::string name_zh, name_en;
  Provenance provenance = Provenance::illustrative;
};

struct SkilledCategory : Record {
  std::string name_zh, name_en;
};

struct Occupation : Record {
  std::string category_id, name_zh, name_en;
  std::optional<std::string> code;  // 职业分类大典 code
  int urgency = 0;
  bool new_in_2023 = false;
  std::vector<std::string> aliases_zh, aliases_en;
  std::string tasks_zh, tasks_en;  // main work tasks (as 职业分类大典 lists them); optional
  std::int64_t salary_median = 0;
};

struct SkilledOccupations {
  CatalogueInfo info;
  std::vector<UrgencyLevel> urgency_levels;
  std::vector<SkilledCategory> categories;
  std::vector<Occupation> occupations;
};

// --- 北京市境外职业资格认可目录(3.0版) ------------------------------------------
struct QualificationField : Record {
  std::string name_zh, name_en;
};

struct Region : Record {
  std::string name_zh, name_en;
  bool international = false;  // international organisations, not a country/region
};

struct Qualification : Record {
  std::string field_id, name_zh, name_en, abbr;
  std::vector<std::string> aliases;
  std::string issuer_zh, issuer_en, region_id;
  bool title_equivalent = false;  // may correspond to an intermediate professional title
  bool urgent = false;            // on the 急需紧缺目录
  std::string urgent_since;       // "2.0" or "3.0" for urgent ones
};

struct Verification {
  bool free = true;
  std::string platform_zh, platform_en;
  std::vector<std::string> uses_zh, uses_en;
  std::string stats_as_of;
  std::int64_t visits = 0, verifications = 0, employers_served = 0, professionals_introduced = 0;
};

struct Qualifications {
  CatalogueInfo info;
  std::vector<QualificationField> fields;
  std::vector<Region> regions;
  std::vector<Qualification> qualifications;
  Verification verification;
};

// --- the 6 convenience + 6 upgraded services ----------------------------------
// A profile fact compared with a value; `le` limits may be relaxed when another fact is true.
struct Condition {
  std::string fact;  // nationality | age | high_tech | public_institution
  std::string op;    // eq | le | ge
  std::string text_value;      // for nationality
  double number_value = 0;     // for age
  bool bool_value = false;     // for high_tech / public_institution
  std::string relaxed_fact;    // empty when not relaxable
  double relaxed_value = 0;
};

struct Service : Record {
  std::string tier;      // convenience | upgraded
  std::string requires;  // any_qualification | urgent_qualification | title_equivalent_qualification
  std::string name_zh, name_en, text_zh, text_en, notes_zh, notes_en;
  std::vector<std::string> grants_zh, grants_en;
  std::vector<Condition> conditions;
  bool discretionary = false;  // granted to "eligible" people after an authority's assessment
};

struct Services {
  CatalogueInfo info;
  std::vector<Service> services;
};

// All four documents, validated together.
struct Catalogue {
  KeyIndustries key;
  SkilledOccupations skilled;
  Qualifications quals;
  Services services;

  const Industry* industry(const std::string& id) const;
  const CoreField* core_field(const std::string& id) const;
  const Direction* direction(const std::string& id) const;
  const Position* position(const std::string& id) const;
  const SkilledCategory* skilled_category(const std::string& id) const;
  const Occupation* occupation(const std::string& id) const;
  const QualificationField* qualification_field(const std::string& id) const;
  const Region* region(const std::string& id) const;
  const Qualification* qualification(const std::string& id) const;
  const Service* service(const std::string& id) const;
  const UrgencyLevel* urgency_level(int level) const;

  // The chain position → direction → field → industry; all resolve after a successful load.
  const Direction& direction_of(const Position& p) const;
  const CoreField& field_of(const Direction& d) const;
  const Industry& industry_of(const CoreField& f) const;

  // Rebuilds the id index; the loader calls it once the documents are validated.
  void build_index();

 private:
  // id → position in the vector of its kind (ids are unique across all documents).
  std::unordered_map<std::string, std::size_t> index_;
  template <class T>
  const T* find_in(const std::vector<T>& items, const std::string& id) const;
};

}  // namespace talentmatch
