#include "talentmatch/catalogue.h"

#include <algorithm>

namespace talentmatch {

const char* to_string(Provenance p) { return p == Provenance::publication ? "publication" : "illustrative"; }

bool Record::is_illustrative(const std::string& field) const {
  return provenance == Provenance::illustrative ||
         std::find(illustrative_fields.begin(), illustrative_fields.end(), field) != illustrative_fields.end();
}

template <class T>
const T* Catalogue::find_in(const std::vector<T>& items, const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end() || it->second >= items.size() || items[it->second].id != id) return nullptr;
  return &items[it->second];
}

const Industry* Catalogue::industry(const std::string& id) const { return find_in(key.industries, id); }
const CoreField* Catalogue::core_field(const std::string& id) const { return find_in(key.core_fields, id); }
const Direction* Catalogue::direction(const std::string& id) const { return find_in(key.directions, id); }
const Position* Catalogue::position(const std::string& id) const { return find_in(key.positions, id); }
const SkilledCategory* Catalogue::skilled_category(const std::string& id) const {
  return find_in(skilled.categories, id);
}
const Occupation* Catalogue::occupation(const std::string& id) const { return find_in(skilled.occupations, id); }
const QualificationField* Catalogue::qualification_field(const std::string& id) const {
  return find_in(quals.fields, id);
}
const Region* Catalogue::region(const std::string& id) const { return find_in(quals.regions, id); }
const Qualification* Catalogue::qualification(const std::string& id) const {
  return find_in(quals.qualifications, id);
}
const Service* Catalogue::service(const std::string& id) const { return find_in(services.services, id); }

const UrgencyLevel* Catalogue::urgency_level(int level) const {
  for (const auto& u : skilled.urgency_levels)
    if (u.level == level) return &u;
  return nullptr;
}

const Direction& Catalogue::direction_of(const Position& p) const { return *direction(p.direction_id); }
const CoreField& Catalogue::field_of(const Direction& d) const { return *core_field(d.field_id); }
const Industry& Catalogue::industry_of(const CoreField& f) const { return *industry(f.industry_id); }

void Catalogue::build_index() {
  index_.clear();
  auto add = [this](const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) index_.emplace(items[i].id, i);
  };
  add(key.industries);
  add(key.core_fields);
  add(key.directions);
  add(key.positions);
  add(skilled.categories);
  add(skilled.occupations);
  add(quals.fields);
  add(quals.regions);
  add(quals.qualifications);
  add(services.services);
}

}  // namespace talentmatch
