#include "talentmatch/qualification_search.h"

#include <algorithm>

#include "talentmatch/catalogue_json.h"
#include "talentmatch/text.h"
#include "tolerant_match.h"

namespace talentmatch {

using detail::Closeness;
using detail::TolerantKey;

// Every way a qualification can be named, folded once.
struct QualificationIndex::Names {
  struct Entry {
    TolerantKey key;
    std::size_t qualification;  // index into catalogue.quals.qualifications
    std::string text;           // as the catalogue writes it
    const char* on;             // id, abbr, name_zh, name_en, alias
  };
  std::vector<Entry> entries;

  void add(std::size_t q, const std::string& text, const char* on) {
    TolerantKey key = TolerantKey::make(text);
    if (!key.empty()) entries.push_back({std::move(key), q, text, on});
  }
};

namespace {

const char* describe_name(const std::string& on) {
  if (on == "id") return "id";
  if (on == "abbr") return "abbreviation";
  if (on == "name_zh") return "Chinese name";
  if (on == "name_en") return "English name";
  return "alias";
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string explain(const QualificationHit& hit, const std::string& query) {
  std::string name = std::string(describe_name(hit.matched_on)) + " " + quoted(hit.matched);
  if (hit.match == "exact") return "exact " + name;
  if (hit.match == "contains") return name + " contains " + quoted(query);
  if (hit.match == "contained") return "the text contains the " + name;
  if (hit.match == "typo")
    return name + " is " + std::to_string(hit.edits) + (hit.edits == 1 ? " edit" : " edits") + " from " + quoted(query);
  return "matches the filters";
}

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

bool passes_filters(const Qualification& q, const QualificationQuery& query) {
  if (!query.field_id.empty() && q.field_id != query.field_id) return false;
  if (!query.region_id.empty() && q.region_id != query.region_id) return false;
  if (query.urgent_only && !q.urgent) return false;
  return true;
}

bool has_filter(const QualificationQuery& query) {
  return !query.field_id.empty() || !query.region_id.empty() || query.urgent_only;
}

}  // namespace

QualificationIndex::QualificationIndex(const Catalogue& catalogue) : catalogue_(catalogue) {
  auto names = std::make_shared<Names>();
  const auto& quals = catalogue.quals.qualifications;
  for (std::size_t i = 0; i < quals.size(); ++i) {
    const Qualification& q = quals[i];
    names->add(i, q.id, "id");
    if (!q.abbr.empty()) names->add(i, q.abbr, "abbr");
    names->add(i, q.name_zh, "name_zh");
    names->add(i, q.name_en, "name_en");
    for (const auto& a : q.aliases) names->add(i, a, "alias");
  }
  names_ = std::move(names);
}

std::vector<QualificationHit> QualificationIndex::find(const QualificationQuery& query) const {
  const auto& quals = catalogue_.quals.qualifications;
  std::vector<QualificationHit> best(quals.size());
  std::vector<std::size_t> order;  // catalogue index of each hit, for a stable tie-break
  TolerantKey key = TolerantKey::make(query.text, detail::kMaxQueryChars);
  if (key.empty()) {
    if (!has_filter(query)) return {};
    for (std::size_t i = 0; i < quals.size(); ++i) {
      if (passes_filters(quals[i], query)) best[i] = {&quals[i], 0, "filter", "", "", 0, "matches the filters"};
    }
  } else {
    for (const auto& e : names_->entries) {
      const Qualification& q = quals[e.qualification];
      if (!passes_filters(q, query)) continue;
      detail::Comparison c = detail::compare(key, e.key);
      if (c.how == Closeness::typo && std::string(e.on) == "id") continue;  // "Q010" is not a typo of "Q001"
      QualificationHit& slot = best[e.qualification];
      if (c.how == Closeness::none || (slot.qualification && slot.score >= c.score)) continue;
      slot = {&q, c.score, detail::closeness_label(c.how), e.text, e.on, c.edits, ""};
    }
  }
  bool any_direct = std::any_of(best.begin(), best.end(),
                                [](const QualificationHit& h) { return h.qualification && h.match != "typo"; });
  for (std::size_t i = 0; i < best.size(); ++i) {
    if (best[i].qualification && !(any_direct && best[i].match == "typo")) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return best[a].score > best[b].score; });
  if (order.size() > query.limit) order.resize(query.limit);
  std::vector<QualificationHit> out;
  const std::string shown_query = trimmed(query.text);
  for (std::size_t i : order) {
    QualificationHit hit = std::move(best[i]);
    hit.why = explain(hit, shown_query);
    out.push_back(std::move(hit));
  }
  return out;
}

std::vector<const Qualification*> QualificationIndex::resolve(std::string_view text) const {
  std::string key = fold_key(text);
  std::vector<const Qualification*> out;
  if (key.empty()) return out;
  const auto& quals = catalogue_.quals.qualifications;
  for (const auto& e : names_->entries) {
    const Qualification* q = &quals[e.qualification];
    if (e.key.folded == key && std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
  }
  return out;
}

std::vector<QualificationHit> search_qualifications(const Catalogue& catalogue, const QualificationQuery& query) {
  return QualificationIndex(catalogue).find(query);
}

namespace {

template <class T>
const T* find_by_id_or_name(const std::vector<T>& items, std::string_view id_or_name) {
  std::string key = fold_key(id_or_name);
  if (key.empty()) return nullptr;
  for (const auto& r : items)
    if (r.id == id_or_name) return &r;
  for (const auto& r : items)
    if (fold_key(r.id) == key || fold_key(r.name_zh) == key || fold_key(r.name_en) == key) return &r;
  return nullptr;
}

}  // namespace

const QualificationField* find_qualification_field(const Catalogue& catalogue, std::string_view id_or_name) {
  return find_by_id_or_name(catalogue.quals.fields, id_or_name);
}

const Region* find_region(const Catalogue& catalogue, std::string_view id_or_name) {
  return find_by_id_or_name(catalogue.quals.regions, id_or_name);
}

nlohmann::json qualification_hit_json(const Catalogue& catalogue, const QualificationHit& hit) {
  nlohmann::json j = qualification_json(catalogue, *hit.qualification);
  j["score"] = static_cast<double>(static_cast<int>(hit.score * 1000 + 0.5)) / 1000;
  j["match"] = hit.match;
  j["matched"] = hit.matched;
  j["matched_on"] = hit.matched_on;
  if (hit.match == "typo") j["edits"] = hit.edits;
  j["why"] = hit.why;
  return j;
}

}  // namespace talentmatch
