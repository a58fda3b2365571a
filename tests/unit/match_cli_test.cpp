// `talentmatch match` as a process: one posting (human-readable and --json), JSONL streams with
// bad lines, progress lines and exit codes.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "test_support.h"

namespace talentmatch {
namespace {

using nlohmann::json;
using testing::run;

std::string cli() {
  return std::string(TALENTMATCH_CLI) + " --data " + TALENTMATCH_TEST_DIR + "/unit/fixtures_matcher";
}

std::string temp_file(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + "match_cli_" + name;
  testing::write_text(path, text);
  return path;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const char* const kPosting = "数字IC设计工程师\n负责RTL设计，熟悉Verilog；持有PMP者优先。25-40K·14薪\n";

TEST(match_cli_test, one_posting_is_explained_in_plain_words) {
  auto r = run(cli() + " match " + temp_file("one.txt", kPosting));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Best match: 数字IC设计工程师"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("what matched:"), std::string::npos);
  EXPECT_NE(r.out.find("Salary offered: 350,000–560,000 CNY/year"), std::string::npos);
  EXPECT_NE(r.out.find("Qualification named: \"PMP\""), std::string::npos);
  EXPECT_NE(r.out.find("illustrative"), std::string::npos);
}

// Authored ratings are marked where they are printed, not only in the closing note: the best
// position's line and every candidate's stars.
TEST(match_cli_test, authored_ratings_are_marked_illustrative_where_printed) {
  auto chip = run(cli() + " match " + temp_file("chip.txt", kPosting));
  ASSERT_EQ(chip.exit_code, 0) << chip.err;
  EXPECT_NE(chip.out.find("transfer 5; dimensions illustrative) ›"), std::string::npos) << chip.out;
  auto finance = run(cli() + " match -", "财务分析经理\n负责财务分析与预算管理，编制经营分析报告。\n");
  ASSERT_EQ(finance.exit_code, 0) << finance.err;
  EXPECT_NE(finance.out.find("; illustrative) ›"), std::string::npos) << finance.out;
  EXPECT_NE(chip.out.find("☆ (illustrative)  confidence"), std::string::npos) << chip.out;
}

TEST(match_cli_test, json_prints_the_contract_for_a_file_or_stdin) {
  auto from_file = run(cli() + " --json match " + temp_file("json.txt", kPosting));
  auto from_stdin = run(cli() + " match --json -", kPosting);
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  EXPECT_EQ(from_file.out, from_stdin.out);
  json j = json::parse(from_file.out);
  EXPECT_EQ(j["best"]["id"], "P001");
  EXPECT_EQ(j["positions"].size(), 5u);
  auto top2 = run(cli() + " --json match --top 2 -", kPosting);
  EXPECT_EQ(json::parse(top2.out)["positions"].size(), 2u);
}

TEST(match_cli_test, a_json_request_file_is_read_as_structured_fields) {
  auto r = run(cli() + " --json match " +
               temp_file("request.json", R"({"id": "r1", "title": "芯片验证工程师", "description": "UVM验证平台"})"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["id"], "r1");
  EXPECT_EQ(j["positions"][0]["id"], "P002");
}

TEST(match_cli_test, jsonl_answers_every_line_in_order_and_reports_bad_lines_in_place) {
  std::string input = json{{"id", "a"}, {"text", kPosting}}.dump() + "\n" +
                      "this is not json\n" +
                      json{{"id", "no-text"}}.dump() + "\n" +
                      "\n" +
                      json{{"id", 5}, {"title", "量化研究员"}}.dump() + "\n";
  auto r = run(cli() + " match --jsonl", input);
  EXPECT_EQ(r.exit_code, 1);  // some lines had errors; all were answered
  auto out = lines(r.out);
  ASSERT_EQ(out.size(), 5u) << r.out;
  json first = json::parse(out[0]), second = json::parse(out[1]), third = json::parse(out[2]),
       fourth = json::parse(out[3]), fifth = json::parse(out[4]);
  EXPECT_EQ(first["id"], "a");
  EXPECT_EQ(first["best"]["id"], "P001");
  EXPECT_EQ(second["line"], 2);
  EXPECT_TRUE(second["error"].is_string());
  EXPECT_EQ(third["line"], 3);
  EXPECT_EQ(third["id"], "no-text");
  EXPECT_EQ(fourth["line"], 4);
  EXPECT_EQ(fifth["id"], 5);
  EXPECT_EQ(fifth["positions"][0]["id"], "P003");
}

TEST(match_cli_test, jsonl_output_lines_equal_the_single_posting_json) {
  json request = {{"id", "same"}, {"text", kPosting}};
  auto stream = run(cli() + " match --jsonl", request.dump() + "\n");
  auto single = run(cli() + " --json match " + temp_file("same.json", request.dump()));
  ASSERT_EQ(stream.exit_code, 0) << stream.err;
  EXPECT_EQ(json::parse(stream.out), json::parse(single.out));
}

TEST(match_cli_test, a_clean_jsonl_stream_exits_zero_and_may_report_progress) {
  std::string input;
  for (int i = 0; i < 5; ++i) input += json{{"id", i}, {"text", kPosting}}.dump() + "\n";
  auto r = run(cli() + " match --jsonl --progress --progress-every 2 -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out).size(), 5u);
  EXPECT_NE(r.err.find("talentmatch: 2 lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("talentmatch: 5 lines, 0 errors"), std::string::npos) << r.err;
  auto quiet = run(cli() + " match --jsonl", input);
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;  // stderr is not a terminal here
}

TEST(match_cli_test, bad_postings_and_bad_arguments_get_clear_errors_and_exit_codes) {
  auto empty = run(cli() + " match " + temp_file("empty.txt", ""));
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("empty posting"), std::string::npos) << empty.err;
  auto punctuation = run(cli() + " match -", "！？。，……\n");
  EXPECT_EQ(punctuation.exit_code, 1);
  auto missing = run(cli() + " match /nonexistent/posting.txt");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("cannot open"), std::string::npos);
  EXPECT_EQ(run(cli() + " match").exit_code, 2);
  EXPECT_EQ(run(cli() + " match --top 0 -", kPosting).exit_code, 2);
  EXPECT_EQ(run(cli() + " match --set nonsense=1 -", kPosting).exit_code, 2);
}

TEST(match_cli_test, invalid_utf8_and_nul_bytes_in_a_posting_still_get_an_answer) {
  std::string text = std::string("数字IC设计工程师\n\xFF\xFE") + std::string(1, '\0') + "负责RTL设计";
  auto r = run(cli() + " --json match " + temp_file("binary.txt", text));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["positions"][0]["id"], "P001");
  auto names = j["explanation"]["normalisations"];
  EXPECT_NE(std::find(names.begin(), names.end(), "invalid_utf8_replaced"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "nul_bytes_removed"), names.end());
}

}  // namespace
}  // namespace talentmatch
