// The CLI as a user runs it: a separate process, its stdout, stderr and exit code.
#include <gtest/gtest.h>

#include "test_support.h"

namespace talentmatch {
namespace {

using nlohmann::json;
using testing::cli;
using testing::run;

TEST(cli_test, stats_prints_the_publication_counts_as_one_json_object) {
  auto r = run(cli() + " stats");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["industries"], 15);
  EXPECT_EQ(s["core_fields"], 52);
  EXPECT_EQ(s["five_star_fields"], 15);
  EXPECT_EQ(s["directions"], 130);
  EXPECT_EQ(s["positions"], 278);
  EXPECT_EQ(s["skilled_categories"], 7);
  EXPECT_EQ(s["occupations"], 58);
  EXPECT_EQ(s["very_urgent_occupations"], 18);
  EXPECT_EQ(s["qualification_fields"], 12);
  EXPECT_EQ(s["qualifications"], 122);
  EXPECT_EQ(s["urgent_qualifications"], 7);
  EXPECT_EQ(s["issuer_regions"], 15);
  EXPECT_GT(s["provenance"]["key_industries"]["illustrative"].get<int>(), 0);
  EXPECT_EQ(s["provenance"]["services"]["publication"], 12);
  EXPECT_EQ(s.size(), 13u) << "exactly the twelve count keys plus provenance";
}

TEST(cli_test, validate_accepts_the_bundled_files) {
  std::string data = TALENTMATCH_DATA_DIR;
  auto r = run(cli() + " validate " + data + "/key_industries.json " + data + "/services.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ok: 2 file(s) valid"), std::string::npos);
}

TEST(cli_test, validate_lists_every_error_and_exits_1) {
  json doc = testing::bundled_document("key_industries");
  doc["positions"][17]["salary_median"] = "abc";
  doc["core_fields"][1]["industry_id"] = "I99";
  std::string path = ::testing::TempDir() + "bad_key_industries.json";
  testing::write_text(path, doc.dump());
  auto r = run(cli() + " validate " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(path + ": positions[17].salary_median: expected a positive integer, got \"abc\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ": core_fields[1].industry_id: \"I99\" is not a known industry id"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 error(s); nothing was loaded"), std::string::npos) << r.err;
}

TEST(cli_test, validate_json_output_lists_errors_with_file_and_path) {
  std::string path = ::testing::TempDir() + "empty.json";
  testing::write_text(path, "");
  auto r = run(cli() + " --json validate " + path);
  EXPECT_EQ(r.exit_code, 1);
  json out = json::parse(r.out);
  EXPECT_EQ(out["ok"], false);
  ASSERT_EQ(out["errors"].size(), 1u);
  EXPECT_EQ(out["errors"][0]["file"], path);
  EXPECT_NE(out["errors"][0]["message"].get<std::string>().find("empty"), std::string::npos);
}

TEST(cli_test, validate_survives_binary_garbage) {
  std::string path = ::testing::TempDir() + "garbage.json";
  testing::write_text(path, std::string("\x00\xff\xfe{\"a\":", 8));
  auto r = run(cli() + " validate " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("malformed JSON"), std::string::npos) << r.err;
}

TEST(cli_test, show_prints_a_position_with_its_chain_and_marks_illustrative_salary) {
  auto r = run(cli() + " show P001");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("core field:"), std::string::npos);
  EXPECT_NE(r.out.find("illustrative figure, not official"), std::string::npos) << r.out;
}

// The publication states chip design's five stars but not its three dimension ratings; most
// fields' ratings are authored throughout.
TEST(cli_test, show_marks_which_core_field_ratings_are_illustrative) {
  auto chip = run(cli() + " show P001");
  ASSERT_EQ(chip.exit_code, 0) << chip.err;
  EXPECT_NE(chip.out.find("transfer 5; dimensions illustrative)"), std::string::npos) << chip.out;
  auto java = run(cli() + " show P074");
  ASSERT_EQ(java.exit_code, 0) << java.err;
  EXPECT_NE(java.out.find("; illustrative)"), std::string::npos) << java.out;
}

TEST(cli_test, show_json_has_the_position_chain) {
  auto r = run(cli() + " --json show P001");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json p = json::parse(r.out);
  EXPECT_EQ(p["kind"], "position");
  EXPECT_TRUE(p["field"]["stars"].is_number());
  EXPECT_TRUE(p["field"]["industry"]["name_zh"].is_string());
  EXPECT_EQ(p["salary_provenance"], "illustrative");
}

TEST(cli_test, show_unknown_id_exits_1_with_a_hint) {
  auto r = run(cli() + " show NOPE");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no record with id 'NOPE'"), std::string::npos);
}

TEST(cli_test, find_is_width_and_case_insensitive) {
  auto a = run(cli() + " --json find ＣＦＡ");
  auto b = run(cli() + " --json find cfa");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  json hits = json::parse(a.out);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0]["kind"], "qualification");
  EXPECT_EQ(hits[0]["exact"], true);
}

TEST(cli_test, find_chinese_name_finds_the_five_star_field) {
  auto r = run(cli() + " --json find 芯片设计");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json hits = json::parse(r.out);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0]["kind"], "core_field");
  EXPECT_EQ(hits[0]["provenance"], "publication");
}

TEST(cli_test, unknown_command_and_missing_arguments_exit_2) {
  EXPECT_EQ(run(cli() + " frobnicate").exit_code, 2);
  EXPECT_EQ(run(cli()).exit_code, 2);
  EXPECT_EQ(run(cli() + " show").exit_code, 2);
  EXPECT_EQ(run(cli() + " validate").exit_code, 2);
  EXPECT_EQ(run(cli() + " --data").exit_code, 2);
}

TEST(cli_test, unreadable_data_directory_is_reported_not_crashed) {
  auto r = run(cli() + " --data /nonexistent stats");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot load the catalogue from /nonexistent"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/key_industries.json: cannot open file"), std::string::npos) << r.err;
}

TEST(cli_test, help_says_which_figures_are_illustrative) {
  auto r = run(cli() + " --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("illustrative"), std::string::npos);
}

}  // namespace
}  // namespace talentmatch
