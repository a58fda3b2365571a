// The tokenizer: character bigrams, stemmed words, longest catalogue phrases, and offsets back
// into the original text (UTF-8 bytes and UTF-16 units) through HTML, full-width forms and emoji.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "lexicon_catalogue.h"
#include "tokenizer.h"

namespace talentmatch::detail {
namespace {

struct Collected : TokenSink {
  std::vector<Token> tokens;
  std::vector<std::pair<std::uint32_t, Span>> tagged;
  void on_token(const Token& t) override { tokens.push_back(t); }
  void on_tagged(std::uint32_t entry, bool, const Span& span) override { tagged.push_back({entry, span}); }
};

// Unit keys of a phrase, one list per run between separators, as the lexicon takes them.
std::vector<std::vector<std::uint32_t>> phrase_units(const Tokenizer& builder, std::string_view phrase) {
  std::vector<std::vector<std::uint32_t>> out;
  builder.for_each_segment(phrase,
                           [&](const Unit*, const std::uint32_t* keys, std::size_t n) { out.emplace_back(keys, keys + n); });
  return out;
}

// A dictionary, lexicon and tokenizer built from a few phrases, as the matcher builds its own.
class Fixture {
 public:
  explicit Fixture(const std::vector<std::string>& phrases, const std::vector<std::string>& tagged = {}) {
    Tokenizer builder(words, nullptr, true);
    for (const auto& p : phrases)
      for (const auto& keys : phrase_units(builder, p)) lexicon.add(keys, true);
    for (const auto& p : tagged)
      for (const auto& keys : phrase_units(builder, p)) lexicon.add_tag(lexicon.add(keys, false), 7);
    // Words the texts below use, as if the catalogue had them.
    for (const char* w : {"engineer", "test", "model", "data", "c++", "c#", "verilog", "ic", "senior", "member"})
      words.insert(w);
  }
  Collected run(const std::string& text, bool skip_nested = false) {
    Tokenizer t(words, &lexicon);
    t.skip_nested_phrases = skip_nested;
    Collected c;
    flags = t.tokenize(text, c);
    return c;
  }
  // The text of each token of a kind, as written in `text`.
  static std::vector<std::string> texts(const std::string& text, const Collected& c, TermKind kind) {
    std::vector<std::string> out;
    for (const auto& t : c.tokens)
      if (kind_of(t.key) == kind) out.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
    return out;
  }
  WordDictionary words;
  Lexicon lexicon;
  std::uint32_t flags = 0;
};

using Strings = std::vector<std::string>;

TEST(tokenizer_test, chinese_text_becomes_overlapping_character_bigrams) {
  Fixture f({});
  std::string text = "数据分析";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::bigram), (Strings{"数据", "据分", "分析"}));
}

TEST(tokenizer_test, bigrams_do_not_cross_spaces_punctuation_or_latin_words) {
  Fixture f({});
  std::string text = "数据 分析，工程IC设计";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::bigram), (Strings{"数据", "分析", "工程", "设计"}));
}

TEST(tokenizer_test, latin_words_are_lower_cased_and_lightly_stemmed) {
  std::string w = "engineers";
  EXPECT_TRUE(stem_english(w));
  EXPECT_EQ(w, "engineer");
  for (auto [in, out] : std::vector<std::pair<std::string, std::string>>{
           {"testing", "test"}, {"modelling", "model"}, {"programming", "program"}, {"companies", "company"},
           {"management", "manage"}, {"analysis", "analysis"}, {"business", "business"}, {"data", "data"}}) {
    stem_english(in);
    EXPECT_EQ(in, out);
  }
  Fixture f({});
  Collected c = f.run("Senior ENGINEERS Testing");
  ASSERT_EQ(c.tokens.size(), 3u);
  EXPECT_EQ(c.tokens[1].key, word_key(f.words.find("engineer")));
  EXPECT_EQ(c.tokens[2].key, word_key(f.words.find("test")));
  EXPECT_TRUE(f.flags & kStemmed);
  EXPECT_TRUE(f.flags & kLowerCase);
}

// ASCII letters and digits are read a run at a time: the word, its span and its flags must be
// what reading them one character at a time gives, where a run meets a full-width letter, an
// upper-case letter, the word-length cut and the end of the range.
TEST(tokenizer_test, a_latin_word_read_in_runs_keeps_its_span_across_full_width_letters_and_cuts) {
  Fixture f({});
  std::string text = "数据Verilog２Test，IC";  // ２ is full-width: folded, and part of the same word
  Collected c = f.run(text);
  std::vector<std::string> words;
  for (const auto& t : c.tokens)
    if (kind_of(t.key) == TermKind::word) words.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  // "verilog2test" is not in the dictionary (no term), "ic" is: its span is the original "IC".
  EXPECT_EQ(words, (Strings{"IC"}));
  EXPECT_TRUE(f.flags & kLowerCase);
  EXPECT_TRUE(f.flags & kFullWidth);

  // A 60-letter run is one word cut at kMaxWordChars, whose span still covers all 60 letters.
  f.words.insert(std::string(Tokenizer::kMaxWordChars, 'a'));
  std::string long_word = "x " + std::string(60, 'A') + " y";
  Collected cut = f.run(long_word);
  ASSERT_EQ(cut.tokens.size(), 1u);
  EXPECT_EQ(cut.tokens[0].key, word_key(f.words.find(std::string(Tokenizer::kMaxWordChars, 'a'))));
  EXPECT_EQ(cut.tokens[0].span.begin, 2u);
  EXPECT_EQ(cut.tokens[0].span.end, 62u);
  EXPECT_EQ(cut.tokens[0].span.end_u16, 62u);

  // A range that ends inside a word ends the word there.
  Tokenizer t(f.words, &f.lexicon);
  Collected part;
  std::string model = "model data";
  t.tokenize(model, 0, 5, false, 0, part);  // "model"
  ASSERT_EQ(part.tokens.size(), 1u);
  EXPECT_EQ(part.tokens[0].key, word_key(f.words.find("model")));
  EXPECT_EQ(part.tokens[0].span.end, 5u);
  Collected prefix;
  t.tokenize(model, 0, 3, false, 0, prefix);  // "mod": not a known word
  EXPECT_TRUE(prefix.tokens.empty());
}

TEST(tokenizer_test, english_stop_words_are_not_terms) {
  EXPECT_TRUE(is_english_stop_word("the"));
  EXPECT_TRUE(is_english_stop_word("with"));
  EXPECT_FALSE(is_english_stop_word("verilog"));
  // Words are compared whole, as packed integers: the longest and shortest stop words, and
  // prefixes and near misses of them.
  for (const char* stop : {"a", "within", "your", "their", "plus", "s"}) EXPECT_TRUE(is_english_stop_word(stop)) << stop;
  for (const char* other : {"", "wit", "withi", "withinx", "thes", "yo", "aa", "b", "sql"})
    EXPECT_FALSE(is_english_stop_word(other)) << other;
  Fixture f({});
  f.words.insert("the");
  EXPECT_TRUE(f.run("the").tokens.empty());
}

TEST(tokenizer_test, c_plus_plus_and_c_sharp_are_words_of_their_own) {
  Fixture f({});
  std::string text = "C/C++、C#";
  Collected c = f.run(text);
  std::vector<std::uint64_t> keys;
  for (const auto& t : c.tokens) keys.push_back(t.key);
  EXPECT_EQ(keys, (std::vector<std::uint64_t>{word_key(f.words.find("c++")), word_key(f.words.find("c#"))}));
}

TEST(tokenizer_test, lexicon_gives_the_longest_phrase_starting_at_each_position) {
  Fixture f({"数字IC设计工程师", "IC设计工程师", "设计工程师", "设计"});
  std::string text = "高级数字IC设计工程师（北京）";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::phrase),
            (Strings{"数字IC设计工程师", "IC设计工程师", "设计工程师"}));
}

TEST(tokenizer_test, a_frozen_lexicon_finds_the_same_phrases_and_still_takes_new_ones) {
  // Many children under one node (设计…) exercise the binary search of a frozen node's edges.
  Fixture f({"数字IC设计工程师", "IC设计工程师", "设计工程师", "设计", "设计师", "设计院", "设计部", "设计岗", "设计类",
             "设计组", "设计科", "设计员", "设计室", "设计所"});
  const std::string text = "高级数字IC设计工程师，设计院设计室设计所";
  const Strings before = Fixture::texts(text, f.run(text), TermKind::phrase);
  f.lexicon.freeze();
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::phrase), before);
  EXPECT_EQ(before, (Strings{"数字IC设计工程师", "IC设计工程师", "设计工程师", "设计院", "设计室", "设计所"}));

  Tokenizer builder(f.words, nullptr, true);
  for (const auto& keys : phrase_units(builder, "高级数字")) f.lexicon.add(keys, true);  // after freeze()
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::phrase).front(), "高级数字");
  f.lexicon.freeze();
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::phrase).size(), before.size() + 1);
}

TEST(tokenizer_test, nested_phrases_can_be_skipped) {
  Fixture f({"数字IC设计工程师", "IC设计工程师", "设计工程师"});
  std::string text = "数字IC设计工程师";
  EXPECT_EQ(Fixture::texts(text, f.run(text, true), TermKind::phrase), (Strings{"数字IC设计工程师"}));
}

TEST(tokenizer_test, phrases_match_across_spaces_and_joiners_like_the_catalogue_writes_them) {
  Fixture f({"IC设计工程师", "UI/UX设计师"});
  std::string text = "IC 设计工程师 与 UI-UX设计师";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::phrase), (Strings{"IC 设计工程师", "UI-UX设计师"}));
}

TEST(tokenizer_test, abbreviations_match_whole_words_only) {
  Fixture f({}, {"CFA", "IEEE Senior Member"});
  std::string text = "CFA持证人优先；ACFA、CFAX不算；IEEE Senior Member";
  Collected c = f.run(text);
  ASSERT_EQ(c.tagged.size(), 2u);
  EXPECT_EQ(text.substr(c.tagged[0].second.begin, c.tagged[0].second.end - c.tagged[0].second.begin), "CFA");
  EXPECT_EQ(text.substr(c.tagged[1].second.begin, c.tagged[1].second.end - c.tagged[1].second.begin),
            "IEEE Senior Member");
}

TEST(tokenizer_test, offsets_lead_back_to_bytes_and_utf16_units_through_full_width_and_emoji) {
  Fixture f({});
  std::string text = "🎨ＩＣ设计";  // 🎨: 4 bytes, 2 UTF-16 units; Ｉ, Ｃ, 设, 计: 3 bytes, 1 unit each
  Collected c = f.run(text);
  ASSERT_EQ(c.tokens.size(), 2u);
  EXPECT_EQ(c.tokens[0].key, word_key(f.words.find("ic")));
  EXPECT_EQ(c.tokens[0].span.begin, 4u);
  EXPECT_EQ(c.tokens[0].span.end, 10u);
  EXPECT_EQ(c.tokens[0].span.begin_u16, 2u);
  EXPECT_EQ(c.tokens[0].span.end_u16, 4u);
  EXPECT_EQ(c.tokens[1].span.begin, 10u);
  EXPECT_EQ(c.tokens[1].span.end, 16u);
  EXPECT_EQ(c.tokens[1].span.begin_u16, 4u);
  EXPECT_EQ(c.tokens[1].span.end_u16, 6u);
  EXPECT_TRUE(f.flags & kFullWidth);
  EXPECT_TRUE(f.flags & kEmoji);
}

TEST(tokenizer_test, html_tags_and_entities_are_removed_but_offsets_still_point_into_the_html) {
  Fixture f({});
  std::string text = "<p>数据&amp;分析</p><br/>工程";
  Collected c = f.run(text);
  EXPECT_EQ(Fixture::texts(text, c, TermKind::bigram), (Strings{"数据", "分析", "工程"}));
  EXPECT_TRUE(f.flags & kHtmlTags);
  EXPECT_TRUE(f.flags & kHtmlEntities);
  EXPECT_EQ(c.tokens[0].span.begin, 3u);
  EXPECT_EQ(c.tokens[0].span.begin_u16, 3u);
}

TEST(tokenizer_test, a_less_than_sign_that_opens_no_tag_is_just_a_separator) {
  Fixture f({});
  std::string text = "经验<3年，数据分析";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::bigram), (Strings{"经验", "数据", "据分", "分析"}));
  EXPECT_FALSE(f.flags & kHtmlTags);
}

TEST(tokenizer_test, invalid_utf8_and_nul_bytes_separate_terms_and_are_reported) {
  Fixture f({});
  std::string text = std::string("数据\xFF分析") + '\0' + "工程";
  EXPECT_EQ(Fixture::texts(text, f.run(text), TermKind::bigram), (Strings{"数据", "分析", "工程"}));
  EXPECT_TRUE(f.flags & kInvalidUtf8);
  EXPECT_TRUE(f.flags & kNulBytes);
}

TEST(tokenizer_test, a_long_run_without_separators_is_read_in_bounded_segments) {
  Fixture f({"设计工程师"});
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "设计工程师";
  Tokenizer t(f.words, &f.lexicon);
  Collected c;
  TokenizeStats stats;
  t.tokenize(text, 0, text.size(), false, 0, c, &stats);
  EXPECT_EQ(stats.chars, 100000u);
  // One bigram per adjacent pair, less one per cut; each phrase found where it starts whole.
  EXPECT_GT(stats.tokens, 100000u + 19000u);
  EXPECT_LE(stats.lexicon_steps, Lexicon::kMaxUnits * stats.units);
}

TEST(tokenizer_test, skill_terms_are_cut_out_of_competencies_at_verbs_and_punctuation) {
  auto terms = skill_terms("熟练使用Verilog/SystemVerilog进行RTL设计，熟悉综合与时序分析；了解低功耗设计方法");
  EXPECT_NE(std::find(terms.begin(), terms.end(), "RTL设计"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "时序分析"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "低功耗设计方法"), terms.end());
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "综合"), terms.end());  // two characters: a bigram already
}

// A chunk is kept at up to 12 characters, joiners (/ - + # . space) counted, with three Han
// characters or two and a Latin letter or digit; the counts are of the chunk alone.
TEST(tokenizer_test, skill_terms_keep_chunks_of_at_most_twelve_characters_counting_joiners) {
  auto has = [](const std::vector<std::string_view>& terms, std::string_view t) {
    return std::find(terms.begin(), terms.end(), t) != terms.end();
  };
  auto terms = skill_terms("熟悉C/C++开发；半导体器件物理工艺集成流；半导体器件物理工艺集成流程；了解AB测试；熟悉测试；"
                           "熟悉A/B/C/D/E/F测试");
  EXPECT_TRUE(has(terms, "C/C++开发"));                  // 7 characters: 2 Han, Latin, joiners
  EXPECT_TRUE(has(terms, "半导体器件物理工艺集成流"));    // 12 Han characters
  EXPECT_FALSE(has(terms, "半导体器件物理工艺集成流程"));  // 13: too long
  EXPECT_TRUE(has(terms, "AB测试"));                     // 2 Han and Latin letters
  EXPECT_FALSE(has(terms, "测试"));                      // 2 Han alone: a bigram already
  EXPECT_FALSE(has(terms, "A/B/C/D/E/F测试"));            // 13 with its joiners: too long
}

}  // namespace
}  // namespace talentmatch::detail
