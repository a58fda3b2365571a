#include "talentmatch/major_search.h"

#include <algorithm>

#include "tolerant_match.h"

namespace talentmatch {
namespace {

using detail::Closeness;
using detail::TolerantKey;

// Keeps the better of the position's current hit and a new comparison with one of its majors.
void consider(MajorHit& slot, const Position& p, const std::string& major, const char* language,
              const TolerantKey& query) {
  detail::Comparison c = detail::compare(query, TolerantKey::make(major));
  if (c.how == Closeness::none || (slot.position && slot.score >= c.score)) return;
  slot = {&p, major, language, detail::closeness_label(c.how), c.edits, c.score};
}

int stars_of(const Catalogue& c, const Position& p) { return c.field_of(c.direction_of(p)).stars; }

}  // namespace

std::vector<MajorHit> positions_for_major(const Catalogue& catalogue, std::string_view major) {
  TolerantKey query = TolerantKey::make(major, detail::kMaxQueryChars);
  std::vector<MajorHit> hits;
  if (query.empty()) return hits;
  for (const Position& p : catalogue.key.positions) {
    MajorHit hit;
    for (const auto& m : p.majors_zh) consider(hit, p, m, "zh", query);
    for (const auto& m : p.majors_en) consider(hit, p, m, "en", query);
    if (hit.position) hits.push_back(std::move(hit));
  }
  bool any_direct = std::any_of(hits.begin(), hits.end(), [](const MajorHit& h) { return h.match != "typo"; });
  if (any_direct)
    hits.erase(std::remove_if(hits.begin(), hits.end(), [](const MajorHit& h) { return h.match == "typo"; }),
               hits.end());
  std::stable_sort(hits.begin(), hits.end(), [&](const MajorHit& a, const MajorHit& b) {
    if (a.score != b.score) return a.score > b.score;
    int sa = stars_of(catalogue, *a.position), sb = stars_of(catalogue, *b.position);
    if (sa != sb) return sa > sb;
    if (a.position->salary_median != b.position->salary_median)
      return a.position->salary_median > b.position->salary_median;
    return a.position->id < b.position->id;
  });
  return hits;
}

nlohmann::json major_hit_json(const Catalogue& catalogue, const MajorHit& hit) {
  const Position& p = *hit.position;
  const CoreField& f = catalogue.field_of(catalogue.direction_of(p));
  nlohmann::json j;
  j["position_id"] = p.id;
  j["title_zh"] = p.title_zh;
  j["title_en"] = p.title_en;
  j["field"] = {{"id", f.id}, {"name_zh", f.name_zh}, {"name_en", f.name_en}, {"stars", f.stars}};
  j["salary_median"] = p.salary_median;
  j["salary_provenance"] = p.is_illustrative("salary_median") ? "illustrative" : "publication";
  j["matched_major"] = hit.matched_major;
  j["language"] = hit.language;
  j["match"] = hit.match;
  if (hit.match == "typo") j["edits"] = hit.edits;
  j["score"] = static_cast<double>(static_cast<int>(hit.score * 1000 + 0.5)) / 1000;
  return j;
}

}  // namespace talentmatch
