// Fuzzes the overseas-qualification search and the eligibility profile reader on the bundled
// catalogue. First byte: 0 = a search (filters from the next bytes, query text = the rest),
// 1 = a profile as JSON text, 2 = a profile assembled from the bytes (so most inputs reach the
// rules, not only the JSON parser).
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "talentmatch/eligibility.h"
#include "talentmatch/qualification_search.h"

namespace core = talentmatch;
using nlohmann::json;

namespace {

const core::Catalogue& catalogue() { return *core::fuzz::bundled_catalogue(); }

const core::QualificationIndex& index() {
  static const core::QualificationIndex idx(catalogue());
  return idx;
}

void check_hits(const core::QualificationQuery& query, const std::vector<core::QualificationHit>& hits, bool utf8_query) {
  using core::fuzz::require;
  require(hits.size() <= query.limit, "more hits than the limit");
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const auto& h = hits[i];
    require(h.qualification != nullptr, "a hit without a qualification");
    require(h.score >= 0 && h.score <= 1, "a score outside 0..1");
    require(i == 0 || hits[i - 1].score >= h.score, "hits not best first");
    require(query.field_id.empty() || h.qualification->field_id == query.field_id, "field filter ignored");
    require(query.region_id.empty() || h.qualification->region_id == query.region_id, "region filter ignored");
    require(!query.urgent_only || h.qualification->urgent, "urgent filter ignored");
    json j = core::qualification_hit_json(catalogue(), h);
    if (utf8_query) core::fuzz::strict_dump(j, "qualification_hit_json");
  }
}

void search(core::fuzz::Input& in) {
  const core::Catalogue& c = catalogue();
  std::uint8_t filters = in.byte();
  core::QualificationQuery query;
  query.urgent_only = filters & 1;
  if ((filters & 2) && !c.quals.fields.empty()) query.field_id = c.quals.fields[in.byte() % c.quals.fields.size()].id;
  if ((filters & 4) && !c.quals.regions.empty()) query.region_id = c.quals.regions[in.byte() % c.quals.regions.size()].id;
  query.limit = 1 + in.byte() % 50;
  query.text = in.rest();
  bool utf8 = core::is_valid_utf8(query.text);
  check_hits(query, index().find(query), utf8);
  for (const core::Qualification* q : index().resolve(query.text)) core::fuzz::require(q != nullptr, "resolve gave null");
  core::find_qualification_field(c, query.text);
  core::find_region(c, query.text);
}

void check_profile(const json& input) {
  const core::Catalogue& c = catalogue();
  core::ProfileResult r = core::profile_from_json(c, input);
  for (const auto& e : r.errors) core::fuzz::require_utf8(e.to_string(), "a profile error message");
  if (!r.ok()) return;
  const core::Profile& p = r.profile;
  core::fuzz::require(!p.age || (*p.age >= core::kMinAge && *p.age <= core::kMaxAge), "an age out of range was accepted");
  core::fuzz::require(p.qualification_ids.size() <= core::kMaxProfileQualifications, "too many qualifications accepted");
  core::CheckResult result = core::check(c, p);
  core::fuzz::require(result.services.size() == c.services.services.size(), "a service was not evaluated");
  core::fuzz::strict_dump(core::check_json(c, p, result), "check_json");
  for (const auto& id : p.qualification_ids) {
    const core::Qualification* q = c.qualification(id);
    core::fuzz::require(q != nullptr, "the profile holds an unknown id");
    core::fuzz::strict_dump(core::holder_gains_json(core::holder_gains(c, *q)), "holder_gains_json");
  }
}

// {"qualifications": [pieces…], "nationality", "age", "high_tech", "public_institution"}, each
// key present, null or of a wrong type as the control bytes say.
json assembled_profile(core::fuzz::Input& in) {
  std::uint8_t present = in.byte();
  json profile = json::object();
  auto pick = [&](const char* key, int bit, json value) {
    if (present & (1 << bit)) profile[key] = (present & (1 << (bit + 4))) ? json() : std::move(value);
  };
  std::uint8_t age = in.byte(), flags = in.byte();
  pick("age", 0, json(static_cast<int>(age) - 20));
  pick("nationality", 1, json(flags & 1 ? "foreign" : flags & 2 ? "Chinese" : "martian"));
  pick("high_tech", 2, flags & 4 ? json(true) : flags & 8 ? json(false) : json("yes"));
  pick("public_institution", 3, json(static_cast<bool>(flags & 16)));
  json quals = json::array();
  for (int i = 0; i < 8; ++i) {
    std::string piece = in.piece();
    if (piece.empty()) break;
    quals.push_back(piece);  // may hold invalid UTF-8: the reader must cope
  }
  profile["qualifications"] = quals;
  return profile;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  core::fuzz::Input in(data, size);
  switch (in.byte() % 3) {
    case 0: search(in); break;
    case 1: {
      json input = json::parse(in.rest(), nullptr, false);
      if (!input.is_discarded()) check_profile(input);
      break;
    }
    default: check_profile(assembled_profile(in)); break;
  }
  return 0;
}
