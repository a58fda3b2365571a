#include <unordered_set>

#include "document_readers.h"

namespace talentmatch::detail {
namespace {

Dimensions read_dimensions(const json& obj, const std::string& path, JsonChecker& check) {
  Dimensions d;
  const json* v = check.member(obj, path, "dimensions");
  if (!v) return d;
  std::string p = join_path(path, "dimensions");
  if (!v->is_object()) {
    check.error(p, "expected an object {supply_demand, training, transfer}, got " + describe(*v));
    return d;
  }
  d.supply_demand = static_cast<int>(check.integer_in(*v, p, "supply_demand", 1, 5));
  d.training = static_cast<int>(check.integer_in(*v, p, "training", 1, 5));
  d.transfer = static_cast<int>(check.integer_in(*v, p, "transfer", 1, 5));
  return d;
}

// Every parent must have at least one child, or the tree has a dead end.
template <class Parent>
void require_children(const std::vector<Parent>& parents, const std::unordered_set<std::string>& with_children,
                      const char* array, const char* child_kind, JsonChecker& check) {
  for (std::size_t i = 0; i < parents.size(); ++i) {
    if (!parents[i].id.empty() && !with_children.count(parents[i].id))
      check.error(index_path(array, i), "\"" + parents[i].id + "\" has no " + child_kind);
  }
}

}  // namespace

KeyIndustries read_key_industries(const json& doc, JsonChecker& check) {
  KeyIndustries out;
  out.info = check.info(doc);
  IdRegistry industries, fields, directions, positions;
  std::unordered_set<std::string> industries_used, fields_used, directions_used;

  if (const json* arr = check.object_array(doc, "", "industries")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("industries", i);
      Industry r;
      check.record(o, p, r);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      industries.define(r.id, p, check);
      out.industries.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "core_fields")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("core_fields", i);
      CoreField r;
      check.record(o, p, r);
      r.industry_id = check.text(o, p, "industry_id");
      industries.require(r.industry_id, join_path(p, "industry_id"), "industry", check);
      industries_used.insert(r.industry_id);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      r.stars = static_cast<int>(check.integer_in(o, p, "stars", 1, 5));
      r.dimensions = read_dimensions(o, p, check);
      fields.define(r.id, p, check);
      out.core_fields.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "directions")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("directions", i);
      Direction r;
      check.record(o, p, r);
      r.field_id = check.text(o, p, "field_id");
      fields.require(r.field_id, join_path(p, "field_id"), "core field", check);
      fields_used.insert(r.field_id);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      directions.define(r.id, p, check);
      out.directions.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "positions")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("positions", i);
      Position r;
      check.record(o, p, r);
      r.direction_id = check.text(o, p, "direction_id");
      directions.require(r.direction_id, join_path(p, "direction_id"), "direction", check);
      directions_used.insert(r.direction_id);
      r.title_zh = check.text(o, p, "title_zh");
      r.title_en = check.text(o, p, "title_en");
      r.aliases_zh = check.text_list(o, p, "aliases_zh", false);
      r.aliases_en = check.text_list(o, p, "aliases_en", false);
      r.competencies_zh = check.text(o, p, "competencies_zh");
      r.competencies_en = check.text(o, p, "competencies_en", false);
      r.majors_zh = check.text_list(o, p, "majors_zh");
      r.majors_en = check.text_list(o, p, "majors_en", false);
      r.salary_median = check.positive_integer(o, p, "salary_median");
      positions.define(r.id, p, check);
      out.positions.push_back(std::move(r));
    }
  }
  require_children(out.industries, industries_used, "industries", "core field", check);
  require_children(out.core_fields, fields_used, "core_fields", "direction", check);
  require_children(out.directions, directions_used, "directions", "position", check);
  check_declared_count(doc, "industries", out.industries.size(), check);
  check_declared_count(doc, "core_fields", out.core_fields.size(), check);
  check_declared_count(doc, "directions", out.directions.size(), check);
  check_declared_count(doc, "positions", out.positions.size(), check);
  return out;
}

}  // namespace talentmatch::detail
