// Matching time stays linear in the posting: no input makes it quadratic. Time is measured by
// the matcher's own operation counts (MatchStats), which are deterministic, so the bounds hold on
// any machine and under sanitizers. Wall-clock figures are in bench/adversarial_bench.cpp.
#include <gtest/gtest.h>

#include <string>

#include "adversarial_text.h"
#include "lexicon.h"
#include "qualification_fixture.h"
#include "talentmatch/matcher.h"

namespace talentmatch {
namespace {

constexpr std::size_t kSmall = 64 * 1024;
constexpr std::size_t kLarge = 8 * kSmall;

// Operations per posting byte that any text may cost: every byte is at most one character and one
// unit; each unit starts at most one bigram, one word and one phrase token, and walks the trie at
// most Lexicon::kMaxUnits steps.
constexpr double kMaxWorkPerByte = 1 + 3 + detail::Lexicon::kMaxUnits;

std::size_t work(const MatchStats& s) { return s.chars + s.tokens + s.lexicon_steps + s.postings_visited; }

const Matcher& matcher() {
  static const Matcher m(testing::bundled_catalogue());
  return m;
}

MatchStats stats_for(const std::string& text) {
  PostingInput p;
  p.text = text;
  MatchStats stats;
  matcher().match(p, {}, &stats);
  return stats;
}

TEST(linear_work_test, every_adversarial_pattern_costs_work_proportional_to_its_length) {
  ASSERT_NE(testing::bundled_catalogue(), nullptr);
  for (const auto& pattern : adversarial::patterns(*testing::bundled_catalogue())) {
    SCOPED_TRACE(pattern.name);
    std::size_t small = work(stats_for(adversarial::repeat(pattern.unit, kSmall)));
    std::size_t large = work(stats_for(adversarial::repeat(pattern.unit, kLarge)));
    // 8× the text may cost 8× the work (plus a little for the index), never 64×.
    EXPECT_LE(large, 8 * small + small / 10 + 1000) << "small " << small << ", large " << large;
    EXPECT_LE(static_cast<double>(large), kMaxWorkPerByte * kLarge) << "work " << large;
  }
}

TEST(linear_work_test, trie_steps_per_unit_never_exceed_the_longest_phrase) {
  for (const auto& pattern : adversarial::patterns(*testing::bundled_catalogue())) {
    SCOPED_TRACE(pattern.name);
    std::string text = adversarial::repeat(pattern.unit, kSmall);
    MatchStats s = stats_for(text);
    EXPECT_LE(s.lexicon_steps, detail::Lexicon::kMaxUnits * s.chars);
    EXPECT_LE(s.chars, text.size()) << "more characters than bytes";
  }
}

// Index work depends on the distinct terms, not on how often they repeat.
TEST(linear_work_test, index_entries_visited_do_not_grow_with_repetition) {
  const std::string posting = "数字IC设计工程师 负责RTL设计 Verilog SystemVerilog 芯片验证 UVM ";
  MatchStats once = stats_for(posting);
  MatchStats many = stats_for(adversarial::repeat(posting, kLarge));
  EXPECT_GT(once.postings_visited, 0u);
  EXPECT_EQ(many.postings_visited, once.postings_visited);
}

// The same posting 10 MB long still ranks the same position first, with linear work.
TEST(linear_work_test, ten_megabyte_posting_is_matched_with_linear_work) {
  PostingInput once;
  once.text = "高级数字IC设计工程师（SoC方向）负责RTL设计与验证，熟悉Verilog/SystemVerilog，35-60K·15薪。\n";
  PostingInput big;
  big.text = adversarial::repeat(once.text, 10u * 1024 * 1024);
  MatchStats stats;
  MatchResult r = matcher().match(big, {}, &stats);
  ASSERT_FALSE(r.positions.empty());
  EXPECT_EQ(r.positions[0].position->id, matcher().match(once).positions.at(0).position->id);
  EXPECT_LE(static_cast<double>(work(stats)), kMaxWorkPerByte * big.text.size());
}

}  // namespace
}  // namespace talentmatch
