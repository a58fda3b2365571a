#include "trade_variants.h"

#include <algorithm>

#include "talentmatch/text.h"
#include "tokenizer.h"

namespace talentmatch::detail {

const TradeVariants::Suffix TradeVariants::kSuffixes[6] = {{"师傅", U'师', U'傅'}, {"技师", U'技', U'师'},
                                                           {"技工", U'技', U'工'}, {"工", U'工', 0},
                                                           {"员", U'员', 0},       {"师", U'师', 0}};

TradeVariants::Keys TradeVariants::Suffix::keys_after(char32_t last) const {
  Keys k;
  k[k.size++] = bigram_key(last, first);
  if (second) k[k.size++] = bigram_key(first, second);
  return k;
}

const TradeVariants::Suffix* TradeVariants::suffix_of(std::string_view text) {
  for (const Suffix& s : kSuffixes)
    if (text.size() > s.text.size() && text.substr(text.size() - s.text.size()) == s.text) return &s;
  return nullptr;
}

void TradeVariants::add(std::string_view text, Matcher::Index::Name name, Matcher::Index::Names& out) {
  const Suffix* suffix = suffix_of(text);
  if (!suffix) return;
  const std::string_view stem = text.substr(0, text.size() - suffix->text.size());
  char32_t last = 0, before_last = 0;  // the stem's last two characters must be Han
  for (std::size_t pos = 0; pos < stem.size();) before_last = last, last = next_code_point(stem, pos);
  if (!is_han(last) || !is_han(before_last)) return;
  // The name without its suffix's bigrams, then each other suffix's.
  const Keys own = suffix->keys_after(last);
  auto is_own = [&](std::uint32_t t) {
    const auto end = own.begin() + own.size;
    return std::find(own.begin(), end, vocabulary_.key(t)) != end;
  };
  name.terms.erase(std::remove_if(name.terms.begin(), name.terms.end(), is_own), name.terms.end());
  for (const Suffix& other : kSuffixes) {
    if (&other == suffix) continue;
    const Keys keys = other.keys_after(last);
    Matcher::Index::Name variant;
    variant.terms.reserve(name.terms.size() + keys.size);
    variant.terms.assign(name.terms.begin(), name.terms.end());
    for (std::size_t i = 0; i < keys.size; ++i) variant.terms.push_back(vocabulary_.insert(keys[i]));
    variant.head = variant.terms.back();
    out.push_back(std::move(variant));
  }
}

}  // namespace talentmatch::detail
