// `talentmatch qual find` and `talentmatch check` as a user runs them: exit codes, output and JSON keys.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "qualification_fixture.h"

using nlohmann::json;

namespace {

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout, or stderr when asked for
};

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) q += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return q + "'";
}

// Runs the CLI on the fixture catalogue (or the bundled data); captures stdout, or stderr.
CliRun run(const std::vector<std::string>& args, bool capture_stderr = false, bool bundled = false) {
  std::string cmd = shell_quote(TALENTMATCH_CLI);
  cmd += " --data " + shell_quote(bundled ? std::string(TALENTMATCH_DATA_DIR) : talentmatch::testing::qualification_fixture_dir());
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += capture_stderr ? " 2>&1 >/dev/null" : " 2>/dev/null";
  CliRun r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

json parse(const CliRun& r) { return json::parse(r.out, nullptr, false); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(qualification_cli_test, qual_find_json_lists_the_match_with_its_details) {
  CliRun r = run({"qual", "find", "FCCA", "--json"});
  ASSERT_EQ(r.exit_code, 0);
  json j = parse(r);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  ASSERT_FALSE(j["results"].empty());
  const json& top = j["results"][0];
  EXPECT_EQ(top["id"], "Q001");
  for (const char* key : {"issuer_zh", "issuer_en", "region", "field", "title_equivalent", "urgent", "provenance",
                          "score", "why", "gains"})
    EXPECT_TRUE(top.contains(key)) << key;
  EXPECT_EQ(top["gains"]["upgraded"], 6);
}

TEST(qualification_cli_test, qual_find_human_output_shows_issuer_and_urgency) {
  CliRun r = run({"qual", "find", "ACCA", "资深会员"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "Q001  ACCA资深会员")) << r.out;
  EXPECT_TRUE(contains(r.out, "英国特许公认会计师公会"));
  EXPECT_TRUE(contains(r.out, "urgent list"));
}

TEST(qualification_cli_test, qual_find_with_filters_only) {
  CliRun r = run({"qual", "find", "--urgent", "--region", "英国", "--json"});
  ASSERT_EQ(r.exit_code, 0);
  json j = parse(r);
  ASSERT_EQ(j["results"].size(), 2u);
  EXPECT_EQ(j["query"]["region"], "GB");
}

TEST(qualification_cli_test, qual_find_without_a_match_exits_1) {
  EXPECT_EQ(run({"qual", "find", "zzzzzzzz"}).exit_code, 1);
}

TEST(qualification_cli_test, qual_bad_input_exits_2_with_a_message) {
  CliRun field = run({"qual", "find", "CFA", "--field", "QF99"}, true);
  EXPECT_EQ(field.exit_code, 2);
  EXPECT_TRUE(contains(field.out, "--field: unknown qualification field 'QF99'")) << field.out;
  EXPECT_EQ(run({"qual"}).exit_code, 2);
  EXPECT_EQ(run({"qual", "search", "CFA"}).exit_code, 2);
  EXPECT_EQ(run({"qual", "find"}).exit_code, 2);
  EXPECT_EQ(run({"qual", "find", "CFA", "--limit", "many"}).exit_code, 2);
}

TEST(qualification_cli_test, check_json_gives_profile_services_and_verification) {
  CliRun r = run({"check", "--qual", "FCCA", "--nationality", "foreign", "--age", "68", "--high-tech", "--json"});
  ASSERT_EQ(r.exit_code, 0);
  json j = parse(r);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["profile"]["age"], 68);
  EXPECT_EQ(j["profile"]["high_tech"], true);
  ASSERT_EQ(j["services"].size(), 13u);  // the fixture's 12 services plus X1
  for (const auto& s : j["services"])
    for (const char* key : {"id", "name_zh", "name_en", "status", "reason_zh", "reason_en"}) EXPECT_TRUE(s.contains(key));
  EXPECT_EQ(j["services"][0]["id"], "C1");
  EXPECT_EQ(j["services"][0]["status"], "applies");
  EXPECT_TRUE(j["verification"].contains("offline_en"));
  EXPECT_EQ(j["verification"]["verified_by_talentmatch"], false);
}

TEST(qualification_cli_test, check_human_output_marks_each_service) {
  CliRun r = run({"check", "--qual", "CFA", "--nationality", "chinese", "--no-high-tech"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "✘ C1")) << r.out;
  EXPECT_TRUE(contains(r.out, "✔ C3")) << r.out;
  EXPECT_TRUE(contains(r.out, "✘ U3")) << r.out;
  EXPECT_TRUE(contains(r.out, "CFA is not on it")) << r.out;
  EXPECT_TRUE(contains(r.out, "cannot verify a certificate offline")) << r.out;
}

TEST(qualification_cli_test, check_bad_age_exits_2_naming_the_flag) {
  for (const char* age : {"12", "101", "abc", "68.5"}) {
    CliRun r = run({"check", "--qual", "FCCA", "--age", age}, true);
    EXPECT_EQ(r.exit_code, 2) << age;
    EXPECT_TRUE(contains(r.out, "--age: expected an integer from 16 to 100")) << r.out;
  }
}

TEST(qualification_cli_test, check_bad_input_exits_2) {
  CliRun nationality = run({"check", "--qual", "FCCA", "--nationality", "martian"}, true);
  EXPECT_EQ(nationality.exit_code, 2);
  EXPECT_TRUE(contains(nationality.out, "--nationality: expected \"foreign\" or \"chinese\"")) << nationality.out;
  CliRun typo = run({"check", "--qual", "CISPP"}, true);
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_TRUE(contains(typo.out, "did you mean \"CISSP\"")) << typo.out;
  EXPECT_EQ(run({"check", "--age", "40"}).exit_code, 2);  // no --qual
  EXPECT_EQ(run({"check", "--qual", "FCCA", "--high-tech", "--no-high-tech"}).exit_code, 2);
  EXPECT_EQ(run({"check", "--qual", "FCCA", "extra"}).exit_code, 2);
  EXPECT_EQ(run({"check", "--qual"}).exit_code, 2);
}

TEST(qualification_cli_test, check_on_the_bundled_data) {
  if (!talentmatch::testing::bundled_catalogue()) GTEST_SKIP() << "bundled data not present";
  CliRun r = run({"check", "--qual", "FCCA", "--nationality", "foreign", "--age", "68", "--high-tech", "--json"}, false, true);
  ASSERT_EQ(r.exit_code, 0);
  json j = parse(r);
  ASSERT_EQ(j["services"].size(), 12u);
  EXPECT_EQ(j["services"][0]["status"], "applies");
  EXPECT_TRUE(contains(j["services"][0]["reason_en"].get<std::string>(), "age limit relaxed to 70"));
}
