// Catalogue records and counts as JSON — the shapes the CLI prints and the wasm API returns.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"

namespace talentmatch {

// Counts with exactly the keys tools rely on (industries, core_fields, five_star_fields, …)
// plus `provenance`: per catalogue, how many records are publication / illustrative.
nlohmann::json stats_json(const Catalogue& c);

// Any record by id with a "kind" key and, for tree records, its parents; null if unknown.
nlohmann::json record_json(const Catalogue& c, const std::string& id);

nlohmann::json position_json(const Catalogue& c, const Position& p);
nlohmann::json occupation_json(const Catalogue& c, const Occupation& o);
nlohmann::json qualification_json(const Catalogue& c, const Qualification& q);
nlohmann::json core_field_json(const Catalogue& c, const CoreField& f);

// Browsing: industries → core fields → directions → position summaries.
nlohmann::json tree_json(const Catalogue& c);
// Skilled categories with their occupations.
nlohmann::json occupations_tree_json(const Catalogue& c);
// Every qualification with its field and region, plus the field and region lists.
nlohmann::json qualifications_list_json(const Catalogue& c);
// The 12 services with their texts and rules' plain descriptions.
nlohmann::json services_list_json(const Catalogue& c);

// Catalogue title, edition, publisher and date for each document.
nlohmann::json info_json(const Catalogue& c);

}  // namespace talentmatch
