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
// Views into `competencies`.
std::vector<std::string_view> skill_terms(std::string_view competencies);

// The segments of catalogue strings already read, by the string's address, so the index need not
// read them again. All units live in two arrays, all ranges in one: no allocation per text.
class SegmentCache {
 public:
  struct Range {
    std::uint32_t begin, end;
  };
  struct Ranges {  // one text's segments
    const Range* first = nullptr;
    const Range* last = nullptr;
    const Range* begin() const { return first; }
    const Range* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
  };
  // Sized for a catalogue like the bundled one (21 466 units in 4 251 segments of 4 150 texts):
  // growing the arrays copied them again and again.
  SegmentCache() : texts_(1 << 13) {
    units_.reserve(1 << 15);
    keys_.reserve(1 << 15);
    ranges_.reserve(1 << 13);
  }
  // Reads `text` (once) and returns its segments.
  Ranges segments(const Tokenizer& tokenizer, const std::string& text);
  // The segments of a text read before, or false.
  bool find(const std::string& text, Ranges& out) const;
  const Unit* units(const Range& r) const { return units_.data() + r.begin; }
  const std::uint32_t* keys(const Range& r) const { return keys_.data() + r.begin; }
  // Emits a cached text's tokens, or tokenizes it if it was never read.
  template <class Sink>
  void emit(const Tokenizer& tokenizer, const std::string& text, Sink& sink) const {
    Ranges ranges;
    if (!find(text, ranges)) {
      tokenizer.tokenize(text, sink);
      return;
    }
    for (const auto& r : ranges) tokenizer.emit(units(r), keys(r), r.end - r.begin, sink);
  }

 private:
  Ranges ranges_of(std::uint32_t text) const {
    return {ranges_.data() + first_range_[text], ranges_.data() + first_range_[text + 1]};
  }
  FlatMap texts_;                          // the string's address → its number
  std::vector<std::uint32_t> first_range_{0};  // text number → its first range; one more at the end
  std::vector<Range> ranges_;
  std::vector<Unit> units_;
  std::vector<std::uint32_t> keys_;
};

// Fills `lexicon`; `tokenizer` must be in build mode (it adds the phrases' words). The segments
// of every catalogue string read go into `cache`.
void add_catalogue_phrases(const Catalogue& catalogue, const Tokenizer& tokenizer, Lexicon& lexicon,
                           bool with_skill_terms, SegmentCache& cache);

}  // namespace talentmatch::detail
