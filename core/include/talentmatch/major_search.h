// 专业背景 → positions: every position of the key industry catalogue whose professional
// background lists a matching major, in Chinese (majors_zh) or English (majors_en).
// Tolerant like the qualification search: "微电子" finds 微电子科学与工程,
// "computer science" finds 计算机科学与技术 through "Computer Science and Technology".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"

namespace talentmatch {

struct MajorHit {
  const Position* position = nullptr;
  std::string matched_major;  // the major as the catalogue writes it
  std::string language;       // "zh" (majors_zh) or "en" (majors_en)
  std::string match;          // "exact", "contains", "contained" or "typo"
  int edits = 0;              // for "typo"
  double score = 0;           // 0..1; 1 = the major exactly
};

// Every matching position, one hit each (its best-matching major): best match first, then
// scarcer core fields (more stars), then higher salary median, then id. Typo matches are a
// fallback, listed only when nothing matches exactly or by containment.
std::vector<MajorHit> positions_for_major(const Catalogue& catalogue, std::string_view major);

// {position_id, title_zh, title_en, field: {id, name_zh, name_en, stars}, salary_median,
//  salary_provenance, matched_major, language, match, score}.
nlohmann::json major_hit_json(const Catalogue& catalogue, const MajorHit& hit);

}  // namespace talentmatch
