#include "talentmatch/name_index.h"

#include <algorithm>
#include <unordered_set>

#include "talentmatch/text.h"

namespace talentmatch {

void NameIndex::add(const std::string& id, const char* kind, const std::string& name) {
  std::string key = fold_key(name);
  if (!key.empty()) entries_.push_back({std::move(key), id, kind, name});
}

NameIndex::NameIndex(const Catalogue& c) {
  for (const auto& r : c.key.industries) add(r.id, "industry", r.name_zh), add(r.id, "industry", r.name_en);
  for (const auto& r : c.key.core_fields) add(r.id, "core_field", r.name_zh), add(r.id, "core_field", r.name_en);
  for (const auto& r : c.key.directions) add(r.id, "direction", r.name_zh), add(r.id, "direction", r.name_en);
  for (const auto& r : c.key.positions) {
    add(r.id, "position", r.title_zh);
    add(r.id, "position", r.title_en);
    for (const auto& a : r.aliases_zh) add(r.id, "position", a);
    for (const auto& a : r.aliases_en) add(r.id, "position", a);
  }
  for (const auto& r : c.skilled.categories)
    add(r.id, "skilled_category", r.name_zh), add(r.id, "skilled_category", r.name_en);
  for (const auto& r : c.skilled.occupations) {
    add(r.id, "occupation", r.name_zh);
    add(r.id, "occupation", r.name_en);
    for (const auto& a : r.aliases_zh) add(r.id, "occupation", a);
    for (const auto& a : r.aliases_en) add(r.id, "occupation", a);
  }
  for (const auto& r : c.quals.fields)
    add(r.id, "qualification_field", r.name_zh), add(r.id, "qualification_field", r.name_en);
  for (const auto& r : c.quals.regions) add(r.id, "region", r.name_zh), add(r.id, "region", r.name_en);
  for (const auto& r : c.quals.qualifications) {
    add(r.id, "qualification", r.name_zh);
    add(r.id, "qualification", r.name_en);
    if (!r.abbr.empty()) add(r.id, "qualification", r.abbr);
    for (const auto& a : r.aliases) add(r.id, "qualification", a);
  }
  for (const auto& r : c.services.services) add(r.id, "service", r.name_zh), add(r.id, "service", r.name_en);
  // Ids last so a name that happens to equal an id still ranks by its name.
  auto add_ids = [this](const auto& items, const char* kind) {
    for (const auto& r : items) entries_.push_back({fold_key(r.id), r.id, kind, r.id});
  };
  add_ids(c.key.industries, "industry");
  add_ids(c.key.core_fields, "core_field");
  add_ids(c.key.directions, "direction");
  add_ids(c.key.positions, "position");
  add_ids(c.skilled.categories, "skilled_category");
  add_ids(c.skilled.occupations, "occupation");
  add_ids(c.quals.fields, "qualification_field");
  add_ids(c.quals.regions, "region");
  add_ids(c.quals.qualifications, "qualification");
  add_ids(c.services.services, "service");
}

std::vector<NameHit> NameIndex::find(std::string_view text, std::size_t limit) const {
  std::string key = fold_key(text);
  std::vector<NameHit> out;
  if (key.empty() || limit == 0) return out;
  std::unordered_set<std::string> seen;
  for (const auto& e : entries_) {
    if (e.key == key && seen.insert(e.id).second) out.push_back({e.id, e.kind, e.name, true});
  }
  std::vector<const Entry*> partial;
  for (const auto& e : entries_) {
    if (e.key != key && e.key.find(key) != std::string::npos && !seen.count(e.id)) partial.push_back(&e);
  }
  std::stable_sort(partial.begin(), partial.end(),
                   [](const Entry* a, const Entry* b) { return a->key.size() < b->key.size(); });
  for (const Entry* e : partial) {
    if (seen.insert(e->id).second) out.push_back({e->id, e->kind, e->name, false});
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace talentmatch
