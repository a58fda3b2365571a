// The matcher's lexicon, built from the catalogue: every title, alias, direction, field and
// industry name, major, occupation and qualification name, and skill terms cut out of the
// competency descriptions ("RTL设计", "时序分析"). Qualification names carry their qualification
// index as a tag so the tokenizer reports where a posting names one.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "talentmatch/catalogue.h"
#include "tokenizer.h"

namespace talentmatch::detail {

// Skill terms in a Chinese competency text: the stretches between punctuation and verbs such as
// 熟悉/掌握/使用, kept when they hold at least three Han characters (or two and a Latin word).
std::vector<std::string> skill_terms(std::string_view competencies);

// The segments of catalogue strings already read, by the string's address, so the index need not
// read them again. All units live in two arrays; a text is a list of (begin, end) ranges.
class SegmentCache {
 public:
  struct Range {
    std::uint32_t begin, end;
  };
  // Reads `text` (once) and returns its segments.
  const std::vector<Range>& segments(const Tokenizer& tokenizer, const std::string& text);
  const std::vector<Range>* find(const std::string& text) const;
  const Unit* units(const Range& r) const { return units_.data() + r.begin; }
  const std::uint32_t* keys(const Range& r) const { return keys_.data() + r.begin; }
  // Emits a cached text's tokens, or tokenizes it if it was never read.
  void emit(const Tokenizer& tokenizer, const std::string& text, TokenSink& sink) const;

 private:
  std::unordered_map<const std::string*, std::vector<Range>> texts_;
  std::vector<Unit> units_;
  std::vector<std::uint32_t> keys_;
};

// Fills `lexicon`; `tokenizer` must be in build mode (it adds the phrases' words). The segments
// of every catalogue string read go into `cache`.
void add_catalogue_phrases(const Catalogue& catalogue, const Tokenizer& tokenizer, Lexicon& lexicon,
                           bool with_skill_terms, SegmentCache& cache);

}  // namespace talentmatch::detail
