// The JSON contract the CLI and the wasm API return: keys, types, rounding, errors.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"

namespace talentmatch {
namespace {

using nlohmann::json;

const Matcher& matcher() {
  static Matcher m([] {
    std::vector<LoadError> errors;
    return load_catalogue(read_sources(bundled_files(std::string(TALENTMATCH_TEST_DIR) + "/unit/fixtures_matcher"), errors))
        .catalogue;
  }());
  return m;
}

const char* const kPosting =
    "数字IC设计工程师（北京）\n负责RTL设计，熟悉Verilog与时序分析；持有PMP或ACCA资深会员者优先。25-40K·14薪";

void expect_keys(const json& j, std::initializer_list<const char*> keys, const std::string& where) {
  ASSERT_TRUE(j.is_object()) << where;
  for (const char* k : keys) EXPECT_TRUE(j.contains(k)) << where << " lacks \"" << k << "\"";
}

void expect_offsets(const json& o, const std::string& where) {
  expect_keys(o, {"field", "start", "end", "start_u16", "end_u16"}, where);
  EXPECT_LE(o["start"].get<int>(), o["end"].get<int>()) << where;
  EXPECT_LE(o["start_u16"].get<int>(), o["end_u16"].get<int>()) << where;
}

TEST(match_json_test, a_result_has_every_key_of_the_contract) {
  json r = matcher().match_request({{"id", "job-1"}, {"text", kPosting}});
  expect_keys(r, {"id", "best", "positions", "fallback", "occupations", "salary", "qualifications", "explanation", "notice"},
              "result");
  EXPECT_EQ(r["id"], "job-1");
  expect_keys(r["best"], {"kind", "id", "name_zh", "name_en", "confidence"}, "best");
  EXPECT_EQ(r["best"]["kind"], "position");
  ASSERT_FALSE(r["positions"].empty());
  for (const auto& p : r["positions"])
    expect_keys(p, {"id", "title_zh", "title_en", "direction_id", "direction_zh", "direction_en", "field_id", "field_zh",
                    "field_en", "industry_id", "industry_zh", "industry_en", "stars", "dimensions", "salary_median",
                    "salary_provenance", "score", "confidence", "provenance"},
                "position");
  for (const auto& o : r["occupations"])
    expect_keys(o, {"id", "name_zh", "name_en", "urgency", "score", "confidence", "salary_median", "provenance"}, "occupation");
  expect_keys(r["salary"], {"annual_cny", "ratio_to_median", "verdict", "text", "offsets", "median", "median_provenance"},
              "salary");
  EXPECT_EQ(r["salary"]["annual_cny"], json::array({350000, 560000}));
  EXPECT_EQ(r["salary"]["verdict"], "around");
  EXPECT_EQ(r["salary"]["median_provenance"], "illustrative");
  expect_offsets(r["salary"]["offsets"], "salary offsets");
  ASSERT_EQ(r["qualifications"].size(), 2u);
  for (const auto& q : r["qualifications"]) {
    expect_keys(q, {"id", "abbr", "name_zh", "name_en", "urgent", "matched", "offsets", "gains"}, "qualification");
    expect_keys(q["gains"], {"convenience", "upgraded", "services"}, "qualification gains");
    for (const auto& o : q["offsets"]) expect_offsets(o, "qualification offsets");
  }
  const json& ex = r["explanation"];
  expect_keys(ex, {"reason", "title", "normalisations", "positions", "occupation", "salary_note"}, "explanation");
  ASSERT_FALSE(ex["positions"].empty());
  expect_keys(ex["positions"][0], {"id", "terms", "highlights", "features"}, "explained position");
  for (const auto& t : ex["positions"][0]["terms"]) {
    expect_keys(t, {"text", "kind", "fields", "in_title", "score", "offsets"}, "term");
    for (const auto& o : t["offsets"]) expect_offsets(o, "term offsets");
  }
  EXPECT_TRUE(r["notice"].is_string());
}

TEST(match_json_test, every_number_is_rounded_to_four_decimals) {
  json r = matcher().match_request({{"text", kPosting}});
  std::function<void(const json&)> check = [&](const json& j) {
    if (j.is_number_float()) {
      double scaled = j.get<double>() * 1e4;
      EXPECT_NEAR(scaled, std::round(scaled), 1e-6) << j;
    }
    if (j.is_structured())
      for (const auto& child : j) check(child);
  };
  check(r);
}

TEST(match_json_test, no_confident_answer_has_a_null_best_id) {
  json r = matcher().match_request({{"id", 3}, {"text", "夜班保安\n负责小区门岗值守与巡逻。"}});
  EXPECT_EQ(r["id"], 3);
  EXPECT_EQ(r["best"]["kind"], "none");
  EXPECT_TRUE(r["best"]["id"].is_null());
  EXPECT_TRUE(r["best"]["name_zh"].is_null());
  EXPECT_TRUE(r["explanation"]["reason"].is_string());
}

TEST(match_json_test, nothing_illustrative_shown_means_no_notice) {
  json r = matcher().match_request({{"text", "zzz qqq"}});
  EXPECT_TRUE(r["positions"].empty());
  EXPECT_TRUE(r["notice"].is_null());
}

TEST(match_json_test, structured_requests_are_read_field_by_field) {
  json r = matcher().match_request({{"id", "s"},
                                    {"title", "芯片验证工程师"},
                                    {"description", "搭建UVM验证平台"},
                                    {"requirements", json::array({"微电子专业", "熟悉SystemVerilog"})},
                                    {"salary", "30-45K"},
                                    {"location", "北京"},
                                    {"industry", "集成电路"}});
  ASSERT_FALSE(r.contains("error")) << r;
  EXPECT_EQ(r["positions"][0]["id"], "P002");
  EXPECT_EQ(r["salary"]["offsets"]["field"], "salary");
  EXPECT_EQ(r["explanation"]["title"]["field"], "title");
}

TEST(match_json_test, requests_that_are_not_postings_get_an_error_with_their_id) {
  for (const json& bad : {json::array({1, 2}), json{{"id", 9}}, json{{"id", 9}, {"text", 5}}, json{{"id", 9}, {"text", ""}},
                          json{{"id", 9}, {"text", "，。！？"}}, json{{"id", 9}, {"requirements", json::array({1})}}}) {
    json r = matcher().match_request(bad);
    ASSERT_TRUE(r.contains("error")) << bad;
    EXPECT_TRUE(r["error"].is_string());
    EXPECT_FALSE(r["error"].get<std::string>().empty());
    if (bad.is_object()) EXPECT_EQ(r["id"], 9) << bad;
  }
}

// The direct writer and nlohmann must agree byte for byte: key order, number format, escapes.
TEST(match_json_test, the_json_text_is_exactly_what_nlohmann_prints_for_every_eval_posting) {
  std::vector<json> requests = {{{"id", "quote\"s\\ and \n\t\u0001 controls"}, {"text", std::string(kPosting) + "\"\\\x01"}},
                                {{"id", nullptr}, {"text", "夜班保安"}}};
  for (const auto& entry : std::filesystem::directory_iterator(std::string(TALENTMATCH_TEST_DIR) + "/eval")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);)
      if (json j = json::parse(line, nullptr, false); j.is_object()) requests.push_back(j);
  }
  for (const auto& request : requests) {
    PostingRequest req;
    if (!posting_from_json(request, req).empty()) continue;
    MatchResult r = matcher().match(req.posting);
    std::string text = match_json_text(matcher().catalogue(), r, req.id);
    EXPECT_EQ(text, json::parse(text).dump(-1, ' ', false, json::error_handler_t::replace)) << request.value("id", "");
  }
}

// The cache of fixed record members (what the engine and the CLI use) changes no byte, and
// appending into a buffer that already holds text appends exactly the same result.
TEST(match_json_test, the_cached_writer_prints_the_same_bytes) {
  const MatchJsonCache cache(matcher().catalogue());
  for (const char* text : {kPosting, "夜班保安", "ACCA资深会员 财务经理\n持CFA证书优先", "药物制剂工 面议"}) {
    PostingInput p;
    p.text = text;
    MatchResult r = matcher().match(p);
    std::string plain = match_json_text(matcher().catalogue(), r, 7);
    std::string cached = "prefix";
    append_match_json_text(cached, matcher().catalogue(), r, 7, &cache);
    EXPECT_EQ(cached, "prefix" + plain) << text;
  }
}

// explain = false: every key is still there and equal, but for the per-record explanations.
TEST(match_json_test, without_explanation_only_the_per_record_explanations_are_left_out) {
  PostingInput p;
  p.text = kPosting;
  MatchOptions quick;
  quick.explain = false;
  json full = match_json(matcher().catalogue(), matcher().match(p), "x");
  json lean = match_json(matcher().catalogue(), matcher().match(p, quick), "x");
  EXPECT_FALSE(full["explanation"]["positions"].empty());
  EXPECT_EQ(lean["explanation"]["positions"], json::array());
  EXPECT_TRUE(lean["explanation"]["occupation"].is_null());
  json full_rest = full, lean_rest = lean;
  for (json* j : {&full_rest, &lean_rest}) {
    (*j)["explanation"].erase("positions");
    (*j)["explanation"].erase("occupation");
  }
  EXPECT_EQ(lean_rest, full_rest);
}

TEST(match_json_test, invalid_utf8_never_breaks_the_output) {
  PostingInput p;
  p.text = "数字IC设计工程师\xFF\xFE 负责RTL设计";
  std::string out = match_json(matcher().catalogue(), matcher().match(p), "u").dump(-1, ' ', false, json::error_handler_t::replace);
  EXPECT_FALSE(json::parse(out, nullptr, false).is_discarded());
}

}  // namespace
}  // namespace talentmatch
