// Trade names with their agent suffix written another way (trade_variants.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "talentmatch/text.h"
#include "tokenizer.h"
#include "trade_variants.h"

namespace talentmatch::detail {
namespace {

// A Han name as the index holds it: its bigrams as terms, the last one its head.
Matcher::Index::Name name_of(Vocabulary& v, const std::string& text) {
  std::vector<char32_t> chars;
  for (std::size_t pos = 0; pos < text.size();) chars.push_back(next_code_point(text, pos));
  Matcher::Index::Name n;
  for (std::size_t i = 0; i + 1 < chars.size(); ++i) n.terms.push_back(v.insert(bigram_key(chars[i], chars[i + 1])));
  n.head = n.terms.back();
  return n;
}

TEST(trade_variants_test, a_trade_name_gets_one_variant_per_other_suffix_that_ends_in_it) {
  Vocabulary v;
  TradeVariants variants(v);
  Matcher::Index::Names out;
  variants.add("空调维修工", name_of(v, "空调维修工"), out);
  ASSERT_EQ(out.size(), 5u);  // 师傅, 技师, 技工, 员, 师
  for (const auto& variant : out) {
    // A variant is the name of the same text with the other suffix.
    EXPECT_EQ(variant.terms.front(), v.find(bigram_key(U'空', U'调')));
    EXPECT_EQ(variant.head, variant.terms.back());
  }
  const Matcher::Index::Name master = name_of(v, "空调维修师傅");
  EXPECT_EQ(out[0].terms, master.terms);
  EXPECT_EQ(out[0].head, master.head);
  EXPECT_EQ(out[3].terms, name_of(v, "空调维修员").terms);
}

TEST(trade_variants_test, only_names_with_two_han_characters_before_a_suffix_get_variants) {
  Vocabulary v;
  TradeVariants variants(v);
  Matcher::Index::Names out;
  variants.add("电工", name_of(v, "电工"), out);  // one character before the suffix: none
  EXPECT_EQ(out.size(), 0u);
  variants.add("导游", name_of(v, "导游"), out);  // no agent suffix: none
  EXPECT_EQ(out.size(), 0u);
  variants.add("维修工", name_of(v, "维修工"), out);  // two before it: one per other suffix
  EXPECT_EQ(out.size(), 5u);
  variants.add("焊工师傅", name_of(v, "焊工师傅"), out);  // 焊工 before 师傅
  EXPECT_EQ(out.size(), 10u);
}

}  // namespace
}  // namespace talentmatch::detail
