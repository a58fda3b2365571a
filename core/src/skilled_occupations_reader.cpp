#include <set>

#include "document_readers.h"

namespace talentmatch::detail {

SkilledOccupations read_skilled_occupations(const json& doc, JsonChecker& check) {
  SkilledOccupations out;
  out.info = check.info(doc);
  std::set<int> levels;
  if (const json* arr = check.object_array(doc, "", "urgency_levels")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("urgency_levels", i);
      UrgencyLevel u;
      u.level = static_cast<int>(check.integer_in(o, p, "level", 1, 3));
      u.name_zh = check.text(o, p, "name_zh");
      u.name_en = check.text(o, p, "name_en");
      u.provenance = check.provenance(o, p);
      if (!levels.insert(u.level).second) check.error(join_path(p, "level"), "duplicate level " + std::to_string(u.level));
      out.urgency_levels.push_back(std::move(u));
    }
  }
  IdRegistry categories, occupations;
  if (const json* arr = check.object_array(doc, "", "categories")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("categories", i);
      SkilledCategory r;
      check.record(o, p, r);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      categories.define(r.id, p, check);
      out.categories.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "occupations")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("occupations", i);
      Occupation r;
      check.record(o, p, r);
      r.category_id = check.text(o, p, "category_id");
      categories.require(r.category_id, join_path(p, "category_id"), "skilled category", check);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      r.code = check.nullable_text(o, p, "code");
      r.urgency = static_cast<int>(check.integer_in(o, p, "urgency", 1, 3));
      if (!levels.empty() && r.urgency && !levels.count(r.urgency))
        check.error(join_path(p, "urgency"), "level " + std::to_string(r.urgency) + " is not in urgency_levels");
      r.new_in_2023 = check.boolean(o, p, "new_in_2023", false, false);
      r.aliases_zh = check.text_list(o, p, "aliases_zh", false);
      r.aliases_en = check.text_list(o, p, "aliases_en", false);
      r.tasks_zh = check.text(o, p, "tasks_zh", false);
      r.tasks_en = check.text(o, p, "tasks_en", false);
      r.salary_median = check.positive_integer(o, p, "salary_median");
      occupations.define(r.id, p, check);
      out.occupations.push_back(std::move(r));
    }
  }
  check_declared_count(doc, "categories", out.categories.size(), check);
  check_declared_count(doc, "occupations", out.occupations.size(), check);
  return out;
}

}  // namespace talentmatch::detail
