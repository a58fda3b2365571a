// 专业背景 → positions, on the fixture catalogue and the bundled data.
#include "talentmatch/major_search.h"

#include <gtest/gtest.h>

#include "qualification_fixture.h"

using namespace talentmatch;
using talentmatch::testing::bundled_catalogue;
using talentmatch::testing::qualification_fixture;

namespace {

std::vector<std::string> position_ids(const std::vector<MajorHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.position->id);
  return out;
}

std::vector<std::string> positions_for(const std::string& major) {
  return position_ids(positions_for_major(qualification_fixture(), major));
}

}  // namespace

TEST(major_search_test, part_of_a_chinese_major_finds_the_position) {
  auto hits = positions_for_major(qualification_fixture(), "微电子");
  ASSERT_EQ(position_ids(hits), std::vector<std::string>{"P001"});
  EXPECT_EQ(hits[0].matched_major, "微电子科学与工程");
  EXPECT_EQ(hits[0].language, "zh");
  EXPECT_EQ(hits[0].match, "contains");
}

TEST(major_search_test, english_major_finds_positions_through_majors_en) {
  auto hits = positions_for_major(qualification_fixture(), "computer science");
  EXPECT_EQ(position_ids(hits), (std::vector<std::string>{"P002", "P003"}));
  EXPECT_EQ(hits[0].matched_major, "Computer Science and Technology");
  EXPECT_EQ(hits[0].language, "en");
}

TEST(major_search_test, equal_matches_rank_scarcer_fields_first) {
  // Both list 计算机科学与技术 exactly; P002 is in a 5-star field, P003 in a 4-star one.
  auto hits = positions_for_major(qualification_fixture(), "计算机科学与技术");
  EXPECT_EQ(position_ids(hits), (std::vector<std::string>{"P002", "P003"}));
  EXPECT_EQ(hits[0].match, "exact");
}

TEST(major_search_test, a_longer_description_containing_the_major_matches) {
  EXPECT_EQ(positions_for("人工智能专业本科"), std::vector<std::string>{"P004"});
}

TEST(major_search_test, case_width_and_spacing_do_not_matter) {
  EXPECT_EQ(positions_for("Ｃｏｍｐｕｔｅｒ  SCIENCE"), (std::vector<std::string>{"P002", "P003"}));
}

TEST(major_search_test, part_of_a_latin_word_does_not_match) {
  EXPECT_TRUE(positions_for("art").empty());  // not "Artificial Intelligence"
}

TEST(major_search_test, small_typo_is_a_fallback) {
  auto hits = positions_for_major(qualification_fixture(), "Acounting");
  ASSERT_EQ(position_ids(hits), std::vector<std::string>{"P005"});
  EXPECT_EQ(hits[0].match, "typo");
  EXPECT_EQ(hits[0].edits, 1);
}

TEST(major_search_test, empty_or_single_character_finds_nothing) {
  EXPECT_TRUE(positions_for("").empty());
  EXPECT_TRUE(positions_for("学").empty());
}

TEST(major_search_test, hit_json_has_position_field_stars_and_salary_provenance) {
  const Catalogue& c = qualification_fixture();
  auto hits = positions_for_major(c, "金融工程");
  ASSERT_EQ(position_ids(hits), std::vector<std::string>{"P003"});
  nlohmann::json j = major_hit_json(c, hits[0]);
  EXPECT_EQ(j["position_id"], "P003");
  EXPECT_EQ(j["title_zh"], "量化开发工程师");
  EXPECT_EQ(j["title_en"], "Quant Developer");
  EXPECT_EQ(j["field"]["stars"], 4);
  EXPECT_EQ(j["salary_median"], 500000);
  EXPECT_EQ(j["salary_provenance"], "illustrative");  // a publication record whose salary is authored
  EXPECT_EQ(j["matched_major"], "金融工程");
}

TEST(major_search_test, bundled_microelectronics_and_computer_science) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  auto micro = positions_for_major(*c, "微电子");
  ASSERT_FALSE(micro.empty());
  for (const auto& h : micro) EXPECT_NE(h.matched_major.find("微电子"), std::string::npos) << h.matched_major;
  auto cs = positions_for_major(*c, "computer science");
  ASSERT_FALSE(cs.empty());
  bool lists_cs_in_chinese = false;
  for (const auto& m : cs[0].position->majors_zh) lists_cs_in_chinese |= m == "计算机科学与技术";
  EXPECT_TRUE(lists_cs_in_chinese);
}
