// The Engine's JSON call interface: the one entry point the wasm module, the worker and Node use.
#include <gtest/gtest.h>

#include "talentmatch/engine.h"
#include "test_support.h"

namespace talentmatch {
namespace {

using nlohmann::json;
using testing::bundled_sources;

// Runs `call` and returns the CallError message, or "" when it did not throw.
template <class F>
std::string error_of(F&& call) {
  try {
    call();
  } catch (const CallError& e) {
    return e.what();
  }
  return "";
}

class engine_test : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(engine.load(bundled_sources()).empty()); }
  std::string error(const std::string& method, const json& args) {
    return error_of([&] { engine.call(method, args); });
  }
  Engine engine;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(engine_without_catalogue_test, calls_fail_until_a_catalogue_is_loaded) {
  Engine engine;
  EXPECT_FALSE(engine.loaded());
  EXPECT_EQ(error_of([&] { engine.call("stats", json::object()); }), "stats: no catalogue is loaded");
}

TEST(engine_without_catalogue_test, failed_first_load_leaves_nothing_loaded) {
  Engine engine;
  EXPECT_FALSE(engine.load(bundled_sources("services", "{ not json")).empty());
  EXPECT_FALSE(engine.loaded());
}

TEST_F(engine_test, stats_count_the_bundled_catalogue) {
  json stats = engine.call("stats", json::object());
  EXPECT_EQ(stats["industries"], 15);
  EXPECT_EQ(stats["qualifications"], 122);
}

TEST_F(engine_test, load_failure_keeps_the_previous_catalogue_in_force) {
  json before = engine.call("stats", json::object());
  json services = testing::bundled_document("services");
  services["services"][0]["id"] = 42;
  std::vector<LoadError> errors = engine.load(bundled_sources("services", services.dump()));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(engine.call("stats", json::object()), before);
  EXPECT_EQ(engine.call("check", {{"profile", {{"qualifications", {"CFA"}}}}})["services"].size(), 12u);
}

TEST_F(engine_test, successful_load_replaces_the_catalogue) {
  json quals = testing::bundled_document("qualifications");
  quals["qualifications"][0]["name_en"] = "Renamed for the engine test";
  std::string id = quals["qualifications"][0]["id"];
  ASSERT_TRUE(engine.load(bundled_sources("qualifications", quals.dump())).empty());
  EXPECT_EQ(engine.call("record", {{"id", id}})["name_en"], "Renamed for the engine test");
}

TEST_F(engine_test, unknown_method_is_named_with_the_known_ones) {
  std::string message = error("matchh", json::object());
  EXPECT_TRUE(contains(message, "unknown method \"matchh\"")) << message;
  EXPECT_TRUE(contains(message, "find_qualification")) << message;
}

TEST_F(engine_test, arguments_must_be_an_object) {
  EXPECT_EQ(error("find", json::array()), "find: expected an object of arguments, got an array");
  EXPECT_EQ(error("stats", 42), "stats: expected an object of arguments, got 42");
}

TEST_F(engine_test, unknown_argument_is_named_with_the_expected_ones) {
  EXPECT_EQ(error("find", {{"text", "CFA"}, {"limt", 3}}), "find: unknown argument \"limt\" (expected text, limit)");
  EXPECT_EQ(error("stats", {{"x", 1}}), "stats: unknown argument \"x\" (expected none)");
}

TEST_F(engine_test, missing_and_mistyped_arguments_name_the_argument) {
  EXPECT_EQ(error("find", json::object()), "find: argument 'text' is missing");
  EXPECT_EQ(error("find", {{"text", 7}}), "find: argument 'text' must be a string, got 7");
  EXPECT_EQ(error("record", {{"id", nullptr}}), "record: argument 'id' is missing");
  EXPECT_EQ(error("find", {{"text", "CFA"}, {"limit", 0}}),
            "find: argument 'limit' must be an integer from 1 to 1000, got 0");
  EXPECT_EQ(error("find", {{"text", "CFA"}, {"limit", 2.5}}),
            "find: argument 'limit' must be an integer from 1 to 1000, got 2.5");
  EXPECT_EQ(error("find_qualification", {{"text", "CFA"}, {"urgent", "yes"}}),
            "find_qualification: argument 'urgent' must be true or false, got \"yes\"");
}

TEST_F(engine_test, huge_text_is_rejected_with_its_size) {
  std::string huge(10u * 1024u * 1024u, 'a');
  EXPECT_EQ(error("find", {{"text", huge}}), "find: argument 'text' is too long: 10485760 bytes, at most 4096");
  EXPECT_TRUE(contains(error("positions_for_major", {{"text", huge}}), "is too long"));
}

TEST_F(engine_test, find_qualification_finds_by_abbreviation_with_gains) {
  json hits = engine.call("find_qualification", {{"text", "CFA"}});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0]["abbr"], "CFA");
  EXPECT_EQ(hits[0]["match"], "exact");
  EXPECT_TRUE(hits[0].contains("gains"));
}

TEST_F(engine_test, find_qualification_filters_alone_list_every_urgent_qualification) {
  json hits = engine.call("find_qualification", {{"urgent", true}, {"limit", 1000}});
  EXPECT_EQ(hits.size(), engine.call("stats", json::object())["urgent_qualifications"].get<std::size_t>());
  for (const auto& h : hits) EXPECT_TRUE(h["urgent"].get<bool>()) << h.dump();
}

TEST_F(engine_test, find_qualification_needs_text_or_a_filter) {
  EXPECT_TRUE(contains(error("find_qualification", {{"text", "  "}}), "argument 'text' is needed"));
}

TEST_F(engine_test, find_qualification_names_an_unknown_field_and_lists_known_ids) {
  std::string message = error("find_qualification", {{"text", "CFA"}, {"field", "astrology"}});
  EXPECT_TRUE(contains(message, "find_qualification: argument 'field' names no qualification field: \"astrology\""))
      << message;
  EXPECT_TRUE(contains(message, "QF01")) << message;
  EXPECT_TRUE(contains(error("find_qualification", {{"text", "CFA"}, {"region", "Atlantis"}}), "argument 'region'"));
}

TEST_F(engine_test, check_evaluates_every_service_for_a_profile) {
  json result = engine.call("check", {{"profile", {{"qualifications", {"CFA"}}, {"nationality", "foreign"}}}});
  EXPECT_EQ(result["services"].size(), 12u);
  EXPECT_EQ(result["profile"]["nationality"], "foreign");
}

TEST_F(engine_test, check_reports_every_problem_of_a_profile) {
  std::string message = error("check", {{"profile", {{"age", 12}, {"nationality", "martian"}}}});
  EXPECT_TRUE(contains(message, "check: argument 'profile' is not valid: ")) << message;
  EXPECT_TRUE(contains(message, "age")) << message;
  EXPECT_TRUE(contains(message, "nationality")) << message;
  EXPECT_EQ(error("check", json::object()), "check: argument 'profile' is missing");
}

TEST_F(engine_test, positions_for_major_finds_positions_and_honours_the_limit) {
  json hits = engine.call("positions_for_major", {{"text", "微电子"}});
  ASSERT_FALSE(hits.empty());
  EXPECT_TRUE(contains(hits[0]["matched_major"].get<std::string>(), "微电子")) << hits[0].dump();
  EXPECT_EQ(engine.call("positions_for_major", {{"text", "微电子"}, {"limit", 1}}).size(), 1u);
  EXPECT_TRUE(contains(error("positions_for_major", {{"text", ""}}), "argument 'text' is empty"));
}

TEST_F(engine_test, match_accepts_a_posting_text_or_object_and_honours_top) {
  json by_text = engine.call("match", {{"posting", "数字IC设计工程师\n负责RTL设计与验证"}, {"top", 3}});
  EXPECT_EQ(by_text["best"]["id"], "P001");
  EXPECT_LE(by_text["positions"].size(), 3u);
  json by_object = engine.call("match", {{"posting", {{"id", 7}, {"text", "数字IC设计工程师\n负责RTL设计与验证"}}}, {"top", 3}});
  EXPECT_EQ(by_object["id"], 7);
  EXPECT_EQ(by_object["positions"], by_text["positions"]);
}

TEST_F(engine_test, match_names_a_bad_posting_and_a_bad_top) {
  EXPECT_TRUE(contains(error("match", {{"posting", 42}}), "match: argument 'posting' must be a string or an object"));
  EXPECT_TRUE(contains(error("match", {{"posting", {{"id", 1}}}}), "match: argument 'posting' is not usable: "));
  EXPECT_EQ(error("match", {{"posting", "x"}, {"top", 51}}), "match: argument 'top' must be an integer from 1 to 50, got 51");
  EXPECT_EQ(error("match", json::object()), "match: argument 'posting' is missing");
}

TEST_F(engine_test, match_many_keeps_order_and_puts_errors_in_place_with_the_batch_index) {
  json postings = {"数字IC设计工程师\n负责RTL设计", 42, {{"id", "x"}}, {{"id", "y"}, {"text", "药物制剂工"}}};
  json results = engine.call("match_many", {{"postings", postings}, {"offset", 100}});
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0]["best"]["id"], "P001");
  EXPECT_EQ(results[1]["index"], 101);
  EXPECT_TRUE(contains(results[1]["error"].get<std::string>(), "got 42"));
  EXPECT_EQ(results[2]["index"], 102);
  EXPECT_EQ(results[2]["id"], "x");
  EXPECT_TRUE(results[2].contains("error"));
  EXPECT_EQ(results[3]["id"], "y");
  EXPECT_FALSE(results[3].contains("error"));
}

TEST_F(engine_test, match_many_gives_the_same_results_as_match) {
  json postings = {"数字IC设计工程师\n负责RTL设计", "药物制剂工\n负责片剂生产"};
  json results = engine.call("match_many", {{"postings", postings}, {"top", 2}});
  for (std::size_t i = 0; i < postings.size(); ++i)
    EXPECT_EQ(results[i], engine.call("match", {{"posting", postings[i]}, {"top", 2}}));
}

TEST_F(engine_test, match_many_needs_an_array) {
  EXPECT_EQ(error("match_many", {{"postings", "text"}}), "match_many: argument 'postings' must be an array, got \"text\"");
}

TEST_F(engine_test, call_text_is_the_compact_text_of_call_for_every_kind_of_result) {
  const std::vector<std::pair<std::string, json>> calls = {
      {"stats", json::object()},
      {"record", {{"id", "P001"}}},
      {"find_qualification", {{"text", "CISPP"}}},
      {"match", {{"posting", "数字IC设计工程师\n负责RTL设计，25-40K·14薪，CFA优先"}}},
      {"match_many", {{"postings", {"药物制剂工", 42, {{"id", 3}, {"title", "Java开发工程师"}}}}, {"top", 2}}},
  };
  for (const auto& [method, args] : calls)
    EXPECT_EQ(engine.call_text(method, args), engine.call(method, args).dump()) << method;
}

// What the wasm JS API does with a record_refs result: each {confidence, ref, score} becomes its
// record's template with those two numbers set.
json filled_in(json result, const json& templates) {
  for (const char* list : {"positions", "occupations"})
    for (json& entry : result[list]) {
      json full = templates[list].at(entry["ref"].get<std::size_t>());
      full["confidence"] = entry["confidence"];
      full["score"] = entry["score"];
      entry = full;
    }
  return result;
}

TEST_F(engine_test, record_refs_results_filled_in_from_the_templates_are_the_full_results) {
  const json templates = engine.call("record_templates", json::object());
  ASSERT_EQ(templates["positions"].size(), 278u);
  ASSERT_EQ(templates["occupations"].size(), 58u);
  const json postings = {"数字IC设计工程师\n负责RTL设计，25-40K·14薪，CFA优先", "焊工\n熟练氩弧焊，持证上岗", "收银员\n超市收银",
                         {{"id", 7}, {"title", "Senior Data Engineer"}, {"description", "Spark, Flink, PMP preferred"}}};
  int positions = 0, occupations = 0;  // entries compared
  for (bool explain : {true, false}) {
    const json many = engine.call("match_many", {{"postings", postings}, {"explain", explain}, {"record_refs", true}});
    const json full_many = engine.call("match_many", {{"postings", postings}, {"explain", explain}});
    ASSERT_EQ(many.size(), postings.size());
    for (std::size_t i = 0; i < postings.size(); ++i) {
      const json one = engine.call("match", {{"posting", postings[i]}, {"explain", explain}, {"record_refs", true}});
      EXPECT_EQ(one, many[i]);
      for (const char* list : {"positions", "occupations"})
        for (const json& entry : one[list]) {
          EXPECT_EQ(entry.size(), 3u) << entry;  // confidence, ref, score: nothing else crosses
          EXPECT_TRUE(entry["ref"].is_number_unsigned()) << entry;
          ++(std::string(list) == "positions" ? positions : occupations);
        }
      EXPECT_EQ(filled_in(one, templates), full_many[i]) << postings[i];
    }
  }
  EXPECT_GE(positions, 10);
  EXPECT_GE(occupations, 10);
}

TEST_F(engine_test, record_templates_follow_the_loaded_catalogue_and_take_no_arguments) {
  const json templates = engine.call("record_templates", json::object());
  EXPECT_EQ(templates["positions"][0]["id"], "P001");
  EXPECT_EQ(templates["positions"][0]["confidence"], 0);
  EXPECT_EQ(templates["occupations"][0]["score"], 0);
  EXPECT_EQ(error("record_templates", {{"limit", 3}}), "record_templates: unknown argument \"limit\" (expected none)");
}

TEST_F(engine_test, call_text_reports_errors_like_call) {
  EXPECT_EQ(error_of([&] { engine.call_text("match", {{"posting", 1}}); }), error("match", {{"posting", 1}}));
  EXPECT_EQ(error_of([&] { engine.call_text("nope", json::object()); }), error("nope", json::object()));
}

}  // namespace
}  // namespace talentmatch
