#include "document_readers.h"

namespace talentmatch::detail {
namespace {

Verification read_verification(const json& doc, JsonChecker& check) {
  Verification v;
  const json* o = check.member(doc, "", "verification", false);
  if (!o) return v;
  if (!o->is_object()) {
    check.error("verification", "expected an object, got " + describe(*o));
    return v;
  }
  const std::string p = "verification";
  v.free = check.boolean(*o, p, "free", false, true);
  v.platform_zh = check.text(*o, p, "platform_zh", false);
  v.platform_en = check.text(*o, p, "platform_en", false);
  v.uses_zh = check.text_list(*o, p, "uses_zh", false);
  v.uses_en = check.text_list(*o, p, "uses_en", false);
  v.stats_as_of = check.text(*o, p, "stats_as_of", false);
  v.visits = check.integer_in(*o, p, "visits", 0, INT64_MAX, false);
  v.verifications = check.integer_in(*o, p, "verifications", 0, INT64_MAX, false);
  v.employers_served = check.integer_in(*o, p, "employers_served", 0, INT64_MAX, false);
  v.professionals_introduced = check.integer_in(*o, p, "professionals_introduced_or_evaluated", 0, INT64_MAX, false);
  return v;
}

}  // namespace

Qualifications read_qualifications(const json& doc, JsonChecker& check) {
  Qualifications out;
  out.info = check.info(doc);
  IdRegistry fields, regions, quals;
  if (const json* arr = check.object_array(doc, "", "fields")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("fields", i);
      QualificationField r;
      check.record(o, p, r);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      fields.define(r.id, p, check);
      out.fields.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "regions")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("regions", i);
      Region r;
      check.record(o, p, r);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      r.international = check.boolean(o, p, "international", false, false);
      regions.define(r.id, p, check);
      out.regions.push_back(std::move(r));
    }
  }
  if (const json* arr = check.object_array(doc, "", "qualifications")) {
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json& o = (*arr)[i];
      std::string p = index_path("qualifications", i);
      Qualification r;
      check.record(o, p, r);
      r.field_id = check.text(o, p, "field_id");
      fields.require(r.field_id, join_path(p, "field_id"), "qualification field", check);
      r.name_zh = check.text(o, p, "name_zh");
      r.name_en = check.text(o, p, "name_en");
      r.abbr = check.text(o, p, "abbr", false);
      r.aliases = check.text_list(o, p, "aliases", false);
      r.issuer_zh = check.text(o, p, "issuer_zh", false);
      r.issuer_en = check.text(o, p, "issuer_en");
      r.region_id = check.text(o, p, "region_id");
      regions.require(r.region_id, join_path(p, "region_id"), "region", check);
      auto title = check.nullable_text(o, p, "title_equivalent");
      if (title && *title != "intermediate")
        check.error(join_path(p, "title_equivalent"), "expected \"intermediate\" or null, got \"" + *title + "\"");
      r.title_equivalent = title.has_value();
      r.urgent = check.boolean(o, p, "urgent");
      r.urgent_since = check.text(o, p, "urgent_since", false);
      if (!r.urgent && !r.urgent_since.empty())
        check.error(join_path(p, "urgent_since"), "set on a qualification that is not urgent");
      quals.define(r.id, p, check);
      out.qualifications.push_back(std::move(r));
    }
  }
  out.verification = read_verification(doc, check);
  check_declared_count(doc, "fields", out.fields.size(), check);
  check_declared_count(doc, "qualifications", out.qualifications.size(), check);
  return out;
}

}  // namespace talentmatch::detail
