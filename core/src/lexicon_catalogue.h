// The matcher's lexicon, built from the catalogue: every title, alias, direction, field and
// industry name, major, occupation and qualification name, and skill terms cut out of the
// competency descriptions ("RTL设计", "时序分析"). Qualification names carry their qualification
// index as a tag so the tokenizer reports where a posting names one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "talentmatch/catalogue.h"
#include "tokenizer.h"

namespace talentmatch::detail {

// Skill terms in a Chinese competency text: the stretches between punctuation and verbs such as
// 熟悉/掌握/使用, kept when they hold at least three Han characters (or two and a Latin word).
std::vector<std::string> skill_terms(std::string_view competencies);

// Fills `lexicon`; `tokenizer` must be in build mode (it adds the phrases' words).
void add_catalogue_phrases(const Catalogue& catalogue, const Tokenizer& tokenizer, Lexicon& lexicon,
                           bool with_skill_terms);

}  // namespace talentmatch::detail
