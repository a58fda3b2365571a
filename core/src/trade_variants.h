// Skilled trades as employers name them: a trade's name with its agent suffix written another way.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "bm25f_index.h"
#include "matcher_index.h"

namespace talentmatch::detail {

// A trade's name with its agent suffix swapped for the others employers write: 空调维修工 is also
// named by 空调维修师傅, 空调维修技工 …, so that 中央空调维修师傅 names it. The role stays in the
// name (the bigram joining stem and suffix): 养老院护理部主管 still does not name 养老院护理员.
// Only where two Han characters or more come before the suffix (电工, 焊工 keep theirs). The
// variants are built from the name's own terms, without reading text again: the name's last
// bigrams are its suffix's, the variant's are the other suffix's.
class TradeVariants {
 public:
  explicit TradeVariants(Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Appends to `out` the variants of `text`, whose terms are `name` (a copy: `out` may hold it and
  // grows); none when `text` ends in no agent suffix or too little comes before it. New bigrams
  // go into the vocabulary, so that a posting's title can hold them.
  void add(std::string_view text, Matcher::Index::Name name, Matcher::Index::Names& out);

 private:
  struct Keys : std::array<std::uint64_t, 2> {
    std::size_t size = 0;
  };
  struct Suffix {
    std::string_view text;
    char32_t first, second;  // second 0 for a one-character suffix
    // The bigrams a name ending in `last` then this suffix has that its stem has not.
    Keys keys_after(char32_t last) const;
  };
  static const Suffix kSuffixes[6];
  static const Suffix* suffix_of(std::string_view text);

  Vocabulary& vocabulary_;
};

}  // namespace talentmatch::detail
