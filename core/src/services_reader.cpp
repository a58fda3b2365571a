#include "document_readers.h"

namespace talentmatch::detail {
namespace {

bool is_bool_fact(const std::string& f) { return f == "high_tech" || f == "public_institution"; }

Condition read_condition(const json& o, const std::string& p, JsonChecker& check) {
  Condition c;
  c.fact = check.text(o, p, "fact");
  c.op = check.text(o, p, "op");
  if (!c.op.empty() && c.op != "eq" && c.op != "le" && c.op != "ge")
    check.error(join_path(p, "op"), "expected \"eq\", \"le\" or \"ge\", got \"" + c.op + "\"");
  const json* v = check.member(o, p, "value");
  if (c.fact == "nationality") {
    c.text_value = check.text(o, p, "value");
    if (c.op != "eq") check.error(join_path(p, "op"), "nationality can only be compared with \"eq\"");
    if (!c.text_value.empty() && c.text_value != "foreign" && c.text_value != "chinese")
      check.error(join_path(p, "value"), "expected \"foreign\" or \"chinese\", got \"" + c.text_value + "\"");
  } else if (c.fact == "age") {
    if (v && !v->is_number()) check.error(join_path(p, "value"), "expected a number of years, got " + describe(*v));
    else if (v) c.number_value = v->get<double>();
  } else if (is_bool_fact(c.fact)) {
    if (v && !v->is_boolean()) check.error(join_path(p, "value"), "expected true or false, got " + describe(*v));
    else if (v) c.bool_value = v->get<bool>();
    if (c.op != "eq") check.error(join_path(p, "op"), c.fact + " can only be compared with \"eq\"");
  } else if (!c.fact.empty()) {
    check.error(join_path(p, "fact"),
                "expected one of nationality, age, high_tech, public_institution, got \"" + c.fact + "\"");
  }
  if (const json* r = check.member(o, p, "relaxed_if", false)) {
    std::string rp = join_path(p, "relaxed_if");
    if (!r->is_object()) {
      check.error(rp, "expected an object {fact, value}, got " + describe(*r));
    } else {
      c.relaxed_fact = check.text(*r, rp, "fact");
      c.relaxed_value = check.number(*r, rp, "value");
      if (!c.relaxed_fact.empty() && !is_bool_fact(c.relaxed_fact))
        check.error(join_path(rp, "fact"), "expected high_tech or public_institution, got \"" + c.relaxed_fact + "\"");
      if (c.op != "le") check.error(rp, "only an \"le\" limit can be relaxed");
    }
  }
  return c;
}

}  // namespace

Services read_services(const json& doc, JsonChecker& check) {
  Services out;
  out.info = check.info(doc);
  IdRegistry ids;
  const json* arr = check.object_array(doc, "", "services");
  if (!arr) return out;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const json& o = (*arr)[i];
    std::string p = index_path("services", i);
    Service s;
    check.record(o, p, s);
    s.tier = check.text(o, p, "tier");
    if (!s.tier.empty() && s.tier != "convenience" && s.tier != "upgraded")
      check.error(join_path(p, "tier"), "expected \"convenience\" or \"upgraded\", got \"" + s.tier + "\"");
    s.requires = check.text(o, p, "requires");
    if (!s.requires.empty() && s.requires != "any_qualification" && s.requires != "urgent_qualification" &&
        s.requires != "title_equivalent_qualification")
      check.error(join_path(p, "requires"),
                  "expected any_qualification, urgent_qualification or title_equivalent_qualification, got \"" +
                      s.requires + "\"");
    s.name_zh = check.text(o, p, "name_zh");
    s.name_en = check.text(o, p, "name_en");
    s.text_zh = check.text(o, p, "text_zh");
    s.text_en = check.text(o, p, "text_en");
    s.notes_zh = check.text(o, p, "notes_zh", false);
    s.notes_en = check.text(o, p, "notes_en", false);
    s.grants_zh = check.text_list(o, p, "grants_zh", false);
    s.grants_en = check.text_list(o, p, "grants_en", false);
    s.discretionary = check.boolean(o, p, "discretionary", false, false);
    if (const json* conds = check.object_array(o, p, "conditions", false)) {
      for (std::size_t j = 0; j < conds->size(); ++j)
        s.conditions.push_back(read_condition((*conds)[j], index_path(join_path(p, "conditions"), j), check));
    }
    ids.define(s.id, p, check);
    out.services.push_back(std::move(s));
  }
  return out;
}

}  // namespace talentmatch::detail
