// Finding qualifications the way people write them, on the fixture catalogue and the bundled data.
#include "talentmatch/qualification_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "qualification_fixture.h"

using namespace talentmatch;
using talentmatch::testing::bundled_catalogue;
using talentmatch::testing::qualification_fixture;

namespace {

std::vector<QualificationHit> find(const std::string& text, const Catalogue& c = qualification_fixture()) {
  QualificationQuery q;
  q.text = text;
  return search_qualifications(c, q);
}

std::string top_id(const std::string& text) {
  auto hits = find(text);
  return hits.empty() ? "" : hits[0].qualification->id;
}

std::vector<std::string> ids(const std::vector<QualificationHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.qualification->id);
  return out;
}

}  // namespace

TEST(qualification_search_test, abbreviation_finds_the_qualification_exactly) {
  auto hits = find("FCCA");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].qualification->id, "Q001");
  EXPECT_EQ(hits[0].match, "exact");
  EXPECT_EQ(hits[0].matched_on, "abbr");
  EXPECT_DOUBLE_EQ(hits[0].score, 1.0);
  EXPECT_EQ(hits[0].why, "exact abbreviation \"FCCA\"");
}

TEST(qualification_search_test, chinese_name_with_a_space_ranks_the_fellow_above_the_member) {
  auto hits = find("ACCA 资深会员");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits[0].qualification->id, "Q001");
  EXPECT_EQ(hits[0].match, "exact");
  EXPECT_EQ(hits[1].qualification->id, "Q007");  // ACCA会员: the text contains its abbreviation
  EXPECT_LT(hits[1].score, hits[0].score);
}

TEST(qualification_search_test, english_name_in_lower_case) { EXPECT_EQ(top_id("ieee senior member"), "Q003"); }

TEST(qualification_search_test, chinese_name) { EXPECT_EQ(top_id("特许金融分析师"), "Q004"); }

TEST(qualification_search_test, full_width_abbreviation) { EXPECT_EQ(top_id("ＣＦＡ"), "Q004"); }

TEST(qualification_search_test, alias) { EXPECT_EQ(top_id("cfa charterholder"), "Q004"); }

TEST(qualification_search_test, one_letter_typo_finds_cissp) {
  auto hits = find("CISPP");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].qualification->id, "Q005");
  EXPECT_EQ(hits[0].match, "typo");
  EXPECT_EQ(hits[0].edits, 1);
  EXPECT_EQ(hits[0].why, "abbreviation \"CISSP\" is 1 edit from \"CISPP\"");
}

TEST(qualification_search_test, swapped_letters_count_as_one_edit) {
  EXPECT_EQ(top_id("ieee senoir member"), "Q003");
}

TEST(qualification_search_test, typos_are_only_a_fallback) {
  // "FCCA" is one letter from "ACCA", but an exact match exists, so ACCA会员 is not listed.
  EXPECT_EQ(ids(find("FCCA")), std::vector<std::string>{"Q001"});
}

TEST(qualification_search_test, part_of_a_name_finds_every_qualification_containing_it) {
  auto hits = find("IEEE");
  EXPECT_EQ(ids(hits), (std::vector<std::string>{"Q002", "Q003"}));
  EXPECT_EQ(hits[0].match, "contains");
}

TEST(qualification_search_test, part_of_a_latin_word_does_not_match) {
  EXPECT_TRUE(find("chem").empty());  // not "chemistry"
  EXPECT_FALSE(find("chemistry").empty());
}

TEST(qualification_search_test, short_or_empty_queries_find_nothing_by_themselves) {
  EXPECT_TRUE(find("").empty());
  EXPECT_TRUE(find("  ·  ").empty());
  EXPECT_TRUE(find("会").empty());
}

TEST(qualification_search_test, urgent_filter_drops_non_urgent_qualifications) {
  QualificationQuery q;
  q.text = "ACCA";
  q.urgent_only = true;
  EXPECT_EQ(ids(search_qualifications(qualification_fixture(), q)), std::vector<std::string>{"Q001"});
}

TEST(qualification_search_test, filters_alone_list_every_qualification_passing_them) {
  QualificationQuery q;
  q.field_id = "QF02";
  auto hits = search_qualifications(qualification_fixture(), q);
  EXPECT_EQ(ids(hits), (std::vector<std::string>{"Q001", "Q004", "Q007", "Q008"}));
  EXPECT_EQ(hits[0].match, "filter");
  q.field_id.clear();
  q.region_id = "INTL";
  EXPECT_EQ(ids(search_qualifications(qualification_fixture(), q)), std::vector<std::string>{"Q008"});
  q.region_id = "GB";
  q.urgent_only = true;
  EXPECT_EQ(ids(search_qualifications(qualification_fixture(), q)), (std::vector<std::string>{"Q001", "Q006"}));
}

TEST(qualification_search_test, limit_caps_the_results) {
  QualificationQuery q;
  q.field_id = "QF02";
  q.limit = 2;
  EXPECT_EQ(search_qualifications(qualification_fixture(), q).size(), 2u);
}

TEST(qualification_search_test, resolve_accepts_only_exact_names) {
  QualificationIndex index(qualification_fixture());
  ASSERT_EQ(index.resolve("Q004").size(), 1u);
  EXPECT_EQ(index.resolve("ＣＦＡ")[0]->id, "Q004");
  EXPECT_EQ(index.resolve("ACCA Fellow")[0]->id, "Q001");
  EXPECT_TRUE(index.resolve("CISPP").empty());
  EXPECT_TRUE(index.resolve("").empty());
}

TEST(qualification_search_test, fields_and_regions_by_id_or_name) {
  const Catalogue& c = qualification_fixture();
  EXPECT_EQ(find_qualification_field(c, "QF02")->id, "QF02");
  EXPECT_EQ(find_qualification_field(c, "金融")->id, "QF02");
  EXPECT_EQ(find_region(c, "gb")->id, "GB");
  EXPECT_EQ(find_region(c, "英国")->id, "GB");
  EXPECT_EQ(find_region(c, "United  Kingdom")->id, "GB");
  EXPECT_EQ(find_region(c, "Atlantis"), nullptr);
}

TEST(qualification_search_test, hit_json_shows_issuer_region_field_title_urgency_and_provenance) {
  const Catalogue& c = qualification_fixture();
  nlohmann::json j = qualification_hit_json(c, find("FCCA")[0]);
  EXPECT_EQ(j["issuer_en"], "Association of Chartered Certified Accountants");
  EXPECT_EQ(j["region"]["id"], "GB");
  EXPECT_EQ(j["field"]["id"], "QF02");
  EXPECT_EQ(j["title_equivalent"], "intermediate");
  EXPECT_EQ(j["urgent"], true);
  EXPECT_EQ(j["provenance"], "publication");
  EXPECT_EQ(j["match"], "exact");
  EXPECT_EQ(j["why"], "exact abbreviation \"FCCA\"");
}

TEST(qualification_search_test, huge_and_malformed_input_is_handled_quickly) {
  std::string huge(200000, 'x');
  huge += "FCCA";
  std::string broken = "\xE5\x8A\xFF\xC0\x80 FCCA \xF4\x90\x80\x80";
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(find(huge).empty());  // cut to its first 128 characters
  EXPECT_EQ(top_id(broken), "Q001");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

// --- the bundled catalogue ------------------------------------------------------------------

TEST(qualification_search_test, bundled_urgent_list_has_the_seven_named_qualifications) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  const char* names[][2] = {{"IEEE Fellow", "IEEE会士"},   {"IEEE Senior Member", "IEEE高级会员"},
                            {"LEED Fellow", "LEED会士"},   {"FCCA", "ACCA资深会员"},
                            {"ACM Fellow", "ACM会士"},     {"ACM Distinguished Member", "ACM杰出会员"},
                            {"FRSC", "英国皇家化学会会士"}};
  std::vector<std::string> found;
  for (const auto& pair : names) {
    for (const char* name : pair) {
      auto hits = find(name, *c);
      ASSERT_FALSE(hits.empty()) << name;
      EXPECT_EQ(hits[0].match, "exact") << name;
      EXPECT_TRUE(hits[0].qualification->urgent) << name;
    }
    found.push_back(find(pair[0], *c)[0].qualification->id);
    EXPECT_EQ(found.back(), find(pair[1], *c)[0].qualification->id) << pair[0];
  }
  QualificationQuery urgent;
  urgent.urgent_only = true;
  std::vector<std::string> all = ids(search_qualifications(*c, urgent));
  std::sort(all.begin(), all.end());
  std::sort(found.begin(), found.end());
  EXPECT_EQ(all, found);
}

TEST(qualification_search_test, bundled_tolerance_cases) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  auto top = [&](const std::string& text) { return find(text, *c).at(0).qualification; };
  EXPECT_EQ(top("ACCA 资深会员")->abbr, "FCCA");
  EXPECT_EQ(top("ieee senior member")->name_zh, "IEEE高级会员");
  EXPECT_EQ(top("特许金融分析师")->abbr, "CFA");
  EXPECT_EQ(top("ＣＦＡ")->abbr, "CFA");
  EXPECT_EQ(top("CISPP")->abbr, "CISSP");
}
