// What each class of bad input gets (docs/BAD_INPUT.md), for the rows the loader, engine, salary
// and CLI suites do not already cover: postings through the Engine (the path the wasm API takes)
// and the CLI, and catalogues that must never replace the working one.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "talentmatch/engine.h"
#include "talentmatch/matcher.h"
#include "talentmatch/text.h"
#include "qualification_fixture.h"
#include "test_support.h"

namespace talentmatch {
namespace {

using nlohmann::json;
using testing::bundled_document;
using testing::bundled_sources;

constexpr std::size_t kMB = 1024 * 1024;

const std::string kPosting =
    "数字IC设计工程师\n负责SoC模块的RTL设计，熟悉Verilog/SystemVerilog与UVM验证，微电子相关专业，25-40K·14薪。";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class bad_input_test : public ::testing::Test {
 protected:
  static Engine& engine() {
    static Engine* e = [] {
      auto* loaded = new Engine();
      if (!loaded->load(bundled_sources()).empty()) throw std::runtime_error("the bundled catalogue does not load");
      return loaded;
    }();
    return *e;
  }
  static json match(const json& posting) { return engine().call("match", {{"posting", posting}}); }
  static std::string best_id(const json& result) { return result["best"].value("id", ""); }
  static std::string top_position(const json& result) {
    return result["positions"].empty() ? "" : result["positions"][0]["id"].get<std::string>();
  }
  // The CallError message of a call, or "" if it succeeded.
  static std::string call_error(const std::string& method, const json& args) {
    try {
      engine().call(method, args);
    } catch (const CallError& e) {
      return e.what();
    }
    return "";
  }
  static bool has_normalisation(const json& result, const std::string& name) {
    for (const auto& n : result["explanation"].value("normalisations", json::array()))
      if (n == name) return true;
    return false;
  }
};

// --- catalogues: a bad import never replaces the working catalogue --------------------------------

TEST_F(bad_input_test, every_kind_of_bad_catalogue_is_rejected_and_the_working_one_stays) {
  json services = bundled_document("services");
  json key = bundled_document("key_industries");
  json quals = bundled_document("qualifications");
  json dangling = key, out_of_range = key, duplicate = quals, wrong_type = services;
  dangling["positions"][0]["direction_id"] = "D999";
  out_of_range["core_fields"][0]["stars"] = 6;
  duplicate["qualifications"][1]["id"] = duplicate["qualifications"][0]["id"];
  wrong_type["services"][0]["conditions"] = "age <= 65";
  const std::string text = services.dump();
  const std::vector<std::pair<std::string, std::vector<Source>>> bad = {
      {"malformed JSON", bundled_sources("services", "{\"catalogue\": \"services\", \"services\": [")},
      {"truncated JSON", bundled_sources("services", text.substr(0, text.size() / 2))},
      {"wrong type", bundled_sources("services", wrong_type.dump())},
      {"duplicate id", bundled_sources("qualifications", duplicate.dump())},
      {"dangling reference", bundled_sources("key_industries", dangling.dump())},
      {"value out of range", bundled_sources("key_industries", out_of_range.dump())},
      {"invalid UTF-8", bundled_sources("services", text.substr(0, 100) + "\xFF\xFE" + text.substr(100))},
      {"raw NUL byte", bundled_sources("services", text.substr(0, 100) + std::string(1, '\0') + text.substr(100))},
      {"escaped lone surrogate", bundled_sources("services", R"({"catalogue": "services", "services": [{"id": "\ud800"}]})")},
      {"only whitespace", bundled_sources("services", " \n\t ")},
      {"a JSON array", bundled_sources("services", "[]")},
  };
  Engine working;
  ASSERT_TRUE(working.load(bundled_sources()).empty());
  const json before = working.call("stats", json::object());
  for (const auto& [what, sources] : bad) {
    SCOPED_TRACE(what);
    std::vector<LoadError> errors = working.load(sources);
    EXPECT_FALSE(errors.empty());
    for (const auto& e : errors) EXPECT_TRUE(is_valid_utf8(e.to_string())) << e.to_string();
    EXPECT_EQ(working.call("stats", json::object()), before);
  }
}

// nlohmann's parser treats a NUL byte as the end of the input: without the loader's check, a
// valid document followed by NUL and garbage would load and the garbage be silently ignored.
TEST_F(bad_input_test, raw_nul_byte_in_a_catalogue_is_malformed_json_with_its_position) {
  std::string doc = bundled_document("services").dump(2);
  std::string with_nul = doc + std::string(1, '\0') + "trailing garbage";
  auto errors = validate_sources({{"services.json", with_nul}});
  ASSERT_EQ(errors.size(), 1u);
  std::size_t lines = static_cast<std::size_t>(std::count(doc.begin(), doc.end(), '\n')) + 1;
  EXPECT_EQ(errors[0].message, "malformed JSON at line " + std::to_string(lines) +
                                   ", column 2: a NUL byte (a catalogue is UTF-8 text)");
}

TEST_F(bad_input_test, escaped_lone_surrogate_in_a_catalogue_is_malformed_json) {
  auto errors = validate_sources({{"services.json", R"({"catalogue": "services", "services": [{"id": "\udc00"}]})"}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(contains(errors[0].message, "malformed JSON")) << errors[0].message;
  EXPECT_TRUE(contains(errors[0].message, "surrogate")) << errors[0].message;
}

// --- postings through the Engine (the wasm path) --------------------------------------------------

TEST_F(bad_input_test, byte_order_mark_before_a_posting_changes_nothing) {
  json plain = match(kPosting);
  json with_bom = match("\xEF\xBB\xBF" + kPosting);
  EXPECT_EQ(best_id(with_bom), best_id(plain));
  EXPECT_EQ(with_bom["best"]["confidence"], plain["best"]["confidence"]);
}

TEST_F(bad_input_test, only_whitespace_is_refused_as_an_empty_posting) {
  for (const std::string text : {"", " ", "\n\n\t  \r\n", "\xE3\x80\x80\xE3\x80\x80"}) {  // incl. ideographic spaces
    std::string message = call_error("match", {{"posting", text}});
    EXPECT_TRUE(contains(message, "empty posting")) << "'" << text << "': " << message;
  }
}

TEST_F(bad_input_test, only_emoji_is_refused_as_an_empty_posting) {
  std::string message = call_error("match", {{"posting", "😀🚀👩‍💻✨🎉"}});
  EXPECT_TRUE(contains(message, "empty posting: no letters, digits or Chinese characters")) << message;
}

TEST_F(bad_input_test, emoji_around_a_real_posting_are_separators) {
  json result = match("🚀🚀 " + kPosting + " 🎉✨");
  EXPECT_EQ(best_id(result), best_id(match(kPosting)));
  EXPECT_TRUE(has_normalisation(result, "emoji_as_separators")) << result["explanation"].dump();
}

TEST_F(bad_input_test, html_and_script_are_stripped_and_never_echoed) {
  json result = match("<script>alert('x')</script><h1>数字IC设计工程师</h1><p>负责SoC模块的RTL设计，熟悉Verilog/SystemVerilog与"
                      "UVM验证，微电子相关专业，25-40K·14薪。</p><img src=x onerror=alert(1)>");
  EXPECT_EQ(top_position(result), top_position(match(kPosting)));
  EXPECT_TRUE(has_normalisation(result, "html_tags_stripped"));
  std::string out = result.dump();
  EXPECT_FALSE(contains(out, "<script")) << out;
  EXPECT_FALSE(contains(out, "onerror")) << out;
}

TEST_F(bad_input_test, sql_looking_text_is_only_text) {
  const json before = engine().call("stats", json::object());
  json result = match(kPosting + "\n'; DROP TABLE positions; -- \" OR 1=1; DELETE FROM catalogue WHERE '1'='1");
  EXPECT_EQ(top_position(result), top_position(match(kPosting)));
  EXPECT_EQ(engine().call("stats", json::object()), before);
}

TEST_F(bad_input_test, extremely_long_single_token_matches_nothing_without_error) {
  json result = match(std::string(kMB, 'a'));
  EXPECT_EQ(result["best"]["kind"], "none");
  EXPECT_TRUE(result["positions"].empty() || result["positions"][0]["confidence"].get<double>() < 0.5);
}

TEST_F(bad_input_test, ten_megabyte_posting_is_matched) {
  std::string big;
  while (big.size() < 10 * kMB) big += kPosting + "\n";
  json result = match(big);
  EXPECT_EQ(top_position(result), top_position(match(kPosting)));
}

TEST_F(bad_input_test, hundred_megabyte_posting_is_refused_with_its_size) {
  std::string message = call_error("match", {{"posting", std::string(100 * kMB, 'x')}});
  EXPECT_TRUE(contains(message, "posting too large (100 MB; the limit is 16 MB)")) << message;
  EXPECT_EQ(top_position(match(kPosting)), "P001") << "the engine still works afterwards";
}

TEST_F(bad_input_test, wrong_types_and_out_of_range_arguments_name_the_argument) {
  EXPECT_TRUE(contains(call_error("match", {{"posting", 42}}), "argument 'posting' must be a string or an object"));
  EXPECT_TRUE(contains(call_error("match", {{"posting", kPosting}, {"top", "5"}}), "argument 'top'"));
  EXPECT_TRUE(contains(call_error("match", {{"posting", kPosting}, {"top", 0}}), "argument 'top'"));
  EXPECT_TRUE(contains(call_error("match", {{"posting", kPosting}, {"top", 51}}), "argument 'top'"));
  EXPECT_TRUE(contains(call_error("check", {{"profile", {{"age", 12}}}}), "age: expected an integer from 16 to 100"));
  EXPECT_TRUE(contains(call_error("match", {{"posting", {{"title", json::array({1, 2})}}}}), "\"title\" must be a string"));
}

// --- postings through the native matcher and the CLI (files may hold any bytes) ------------------

TEST_F(bad_input_test, invalid_utf8_in_a_posting_is_replaced_and_reported) {
  Matcher matcher(testing::bundled_catalogue());
  PostingInput p;
  p.text = "\xFF\xFE" + kPosting.substr(0, 9) + "\xC3\x28" + kPosting.substr(9) + "\xED\xA0\x80";  // incl. an encoded surrogate
  MatchResult r = matcher.match(p);
  json j = match_json(matcher.catalogue(), r, json());
  EXPECT_NO_THROW(j.dump()) << "the result must be valid UTF-8";
  EXPECT_EQ(r.positions.at(0).position->id, "P001");
  EXPECT_NE(std::find(r.normalisations.begin(), r.normalisations.end(), "invalid_utf8_replaced"), r.normalisations.end());
}

class bad_input_cli_test : public ::testing::Test {
 protected:
  std::string file(const std::string& name, const std::string& content) {
    std::string path = ::testing::TempDir() + "bad_input_" + name;
    testing::write_text(path, content);
    paths_.push_back(path);
    return path;
  }
  void TearDown() override {
    for (const auto& p : paths_) std::remove(p.c_str());
  }
  std::vector<std::string> paths_;
};

TEST_F(bad_input_cli_test, nul_bytes_and_invalid_utf8_in_a_file_are_matched_and_reported) {
  std::string posting = kPosting;
  posting.insert(6, std::string("\0\0", 2));
  posting.insert(0, "\xFF");
  auto r = testing::run(testing::cli() + " --json match '" + file("nul.txt", posting) + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json out = json::parse(r.out);  // throws on invalid UTF-8
  EXPECT_EQ(out["best"]["id"], "P001");
  std::string flags = out["explanation"]["normalisations"].dump();
  EXPECT_TRUE(contains(flags, "nul_bytes_removed")) << flags;
  EXPECT_TRUE(contains(flags, "invalid_utf8_replaced")) << flags;
}

TEST_F(bad_input_cli_test, whitespace_only_file_is_an_empty_posting) {
  auto r = testing::run(testing::cli() + " match '" + file("blank.txt", " \n\t\n") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "empty posting")) << r.err;
}

TEST_F(bad_input_cli_test, hundred_megabyte_file_is_refused_without_reading_it_all) {
  std::string path = ::testing::TempDir() + "bad_input_100mb.txt";
  paths_.push_back(path);
  {
    std::ofstream out(path, std::ios::binary);
    std::string block(kMB, 'x');
    for (int i = 0; i < 100; ++i) out << block;
  }
  auto r = testing::run(testing::cli() + " match '" + path + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "posting too large (over 16 MB)")) << r.err;
}

TEST_F(bad_input_cli_test, jsonl_with_bad_lines_reports_each_and_matches_the_rest) {
  std::string input = json{{"id", 1}, {"text", kPosting}}.dump() + "\n" +
                      "{not json\n" +
                      "\n" +
                      json{{"id", 4}, {"text", 42}}.dump() + "\n" +
                      json{{"id", 5}, {"text", "   "}}.dump() + "\n" +
                      json{{"id", 6}, {"title", "数字IC设计工程师"}}.dump() + "\n";
  auto r = testing::run(testing::cli() + " match --jsonl -", input);
  EXPECT_EQ(r.exit_code, 1) << "some lines had errors";
  std::vector<json> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(json::parse(r.out.substr(start, nl - start)));
  ASSERT_EQ(lines.size(), 6u) << r.out;
  EXPECT_EQ(lines[0]["best"]["id"], "P001");
  EXPECT_EQ(lines[1]["error"], "not valid JSON");
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[2]["error"], "empty line");
  EXPECT_TRUE(contains(lines[3]["error"].get<std::string>(), "\"text\" must be a string")) << lines[3];
  EXPECT_TRUE(contains(lines[4]["error"].get<std::string>(), "empty posting")) << lines[4];
  EXPECT_EQ(lines[5]["positions"][0]["id"], "P001");
}

}  // namespace
}  // namespace talentmatch
