#include <gtest/gtest.h>

#include <algorithm>

#include "talentmatch/loader.h"
#include "test_support.h"

namespace talentmatch {
namespace {

using nlohmann::json;
using testing::bundled_document;
using testing::bundled_sources;

std::string all_messages(const std::vector<LoadError>& errors) {
  std::string s;
  for (const auto& e : errors) s += e.to_string() + "\n";
  return s;
}

bool has_error(const std::vector<LoadError>& errors, const std::string& text) {
  return std::any_of(errors.begin(), errors.end(), [&](const LoadError& e) { return e.to_string().find(text) != std::string::npos; });
}

LoadResult load_with(const std::string& kind, const json& doc) { return load_catalogue(bundled_sources(kind, doc.dump())); }
LoadResult load_with_text(const std::string& kind, const std::string& text) { return load_catalogue(bundled_sources(kind, text)); }

TEST(loader_test, bundled_catalogue_loads_without_errors) {
  LoadResult r = load_catalogue(bundled_sources());
  EXPECT_TRUE(r.ok()) << all_messages(r.errors);
}

TEST(loader_test, bundle_of_all_four_documents_in_one_object_loads) {
  json bundle;
  for (const char* k : {"key_industries", "skilled_occupations", "qualifications", "services"}) bundle[k] = bundled_document(k);
  LoadResult r = load_catalogue({{"bundle.json", bundle.dump()}});
  ASSERT_TRUE(r.ok()) << all_messages(r.errors);
  EXPECT_EQ(r.catalogue->key.positions.size(), bundled_document("key_industries")["positions"].size());
}

TEST(loader_test, wrong_type_names_file_json_path_and_value) {
  json doc = bundled_document("key_industries");
  doc["positions"][17]["salary_median"] = "abc";
  LoadResult r = load_with("key_industries", doc);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u) << all_messages(r.errors);
  EXPECT_EQ(r.errors[0].to_string(),
            "key_industries.json: positions[17].salary_median: expected a positive integer, got \"abc\"");
}

TEST(loader_test, every_error_in_a_file_is_reported_not_just_the_first) {
  json doc = bundled_document("key_industries");
  doc["positions"][3]["salary_median"] = -5;
  doc["core_fields"][0]["stars"] = 6;
  doc["positions"][9].erase("title_zh");
  LoadResult r = load_with("key_industries", doc);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "positions[3].salary_median: expected a positive integer, got -5"));
  EXPECT_TRUE(has_error(r.errors, "core_fields[0].stars: expected an integer from 1 to 5, got 6"));
  EXPECT_TRUE(has_error(r.errors, "positions[9].title_zh: missing (required)"));
  EXPECT_EQ(r.errors.size(), 3u) << all_messages(r.errors);
}

TEST(loader_test, duplicate_id_points_at_the_first_definition) {
  json doc = bundled_document("key_industries");
  std::string first = doc["positions"][0]["id"];
  doc["positions"][5]["id"] = first;
  LoadResult r = load_with("key_industries", doc);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "positions[5].id: duplicate id \"" + first + "\" (first defined at positions[0])"))
      << all_messages(r.errors);
}

TEST(loader_test, dangling_reference_is_rejected) {
  json doc = bundled_document("key_industries");
  doc["positions"][2]["direction_id"] = "D999";
  LoadResult r = load_with("key_industries", doc);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "positions[2].direction_id: \"D999\" is not a known direction id")) << all_messages(r.errors);
}

TEST(loader_test, out_of_range_dimension_is_rejected) {
  json doc = bundled_document("key_industries");
  doc["core_fields"][4]["dimensions"]["training"] = 0;
  LoadResult r = load_with("key_industries", doc);
  EXPECT_TRUE(has_error(r.errors, "core_fields[4].dimensions.training: expected an integer from 1 to 5, got 0"))
      << all_messages(r.errors);
}

TEST(loader_test, qualification_referring_to_unknown_region_is_rejected) {
  json doc = bundled_document("qualifications");
  doc["qualifications"][0]["region_id"] = "XX";
  LoadResult r = load_with("qualifications", doc);
  EXPECT_TRUE(has_error(r.errors, "qualifications.json: qualifications[0].region_id: \"XX\" is not a known region id"))
      << all_messages(r.errors);
}

TEST(loader_test, service_condition_with_unknown_fact_is_rejected) {
  json doc = bundled_document("services");
  doc["services"][0]["conditions"] = json::array({{{"fact", "height"}, {"op", "le"}, {"value", 190}}});
  LoadResult r = load_with("services", doc);
  EXPECT_TRUE(has_error(r.errors, "services[0].conditions[0].fact: expected one of nationality, age, high_tech, public_institution"))
      << all_messages(r.errors);
}

TEST(loader_test, malformed_json_reports_line_and_column) {
  LoadResult r = load_with_text("services", "{\n  \"catalogue\": \"services\",\n  \"services\": [\n");
  EXPECT_FALSE(r.ok());
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].to_string().find("services.json: malformed JSON at line 4"), std::string::npos)
      << all_messages(r.errors);
}

TEST(loader_test, a_number_beyond_a_double_is_malformed_json_at_its_position) {
  LoadResult r = load_with_text("services", "{\n  \"catalogue\": \"services\",\n  \"x\": 1e999\n}");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u) << all_messages(r.errors);
  EXPECT_EQ(r.errors[0].to_string(), "services.json: malformed JSON at line 3, column 8: number out of range '1e999'");
}

TEST(loader_test, truncated_document_is_rejected_whole) {
  std::string text = testing::read_text(testing::data_path("key_industries"));
  LoadResult r = load_with_text("key_industries", text.substr(0, text.size() / 2));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.catalogue, nullptr);
  EXPECT_TRUE(has_error(r.errors, "malformed JSON"));
}

TEST(loader_test, empty_file_says_it_is_empty) {
  LoadResult r = load_with_text("skilled_occupations", "  \n");
  EXPECT_TRUE(has_error(r.errors, "skilled_occupations.json: file is empty")) << all_messages(r.errors);
}

TEST(loader_test, invalid_utf8_is_reported_as_malformed) {
  std::string text = testing::read_text(testing::data_path("services"));
  auto at = text.find("\"name_zh\": \"");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 12, "\xC3\x28");
  LoadResult r = load_with_text("services", text);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "malformed JSON")) << all_messages(r.errors);
  EXPECT_TRUE(has_error(r.errors, "UTF-8")) << all_messages(r.errors);
}

TEST(loader_test, utf8_byte_order_mark_is_accepted) {
  std::string text = "\xEF\xBB\xBF" + testing::read_text(testing::data_path("services"));
  LoadResult r = load_with_text("services", text);
  EXPECT_TRUE(r.ok()) << all_messages(r.errors);
}

TEST(loader_test, fifty_megabyte_file_is_refused_with_its_size) {
  std::string big = "{\"catalogue\": \"key_industries\", \"pad\": \"" + std::string(50u * 1024u * 1024u, 'x') + "\"}";
  LoadResult r = load_with_text("key_industries", big);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r.errors, "file is too large (50 MB; the limit is 16 MB)")) << all_messages(r.errors);
}

TEST(loader_test, top_level_array_is_rejected) {
  LoadResult r = load_with_text("services", "[1, 2]");
  EXPECT_TRUE(has_error(r.errors, "expected a JSON object at the top level, got an array"));
}

TEST(loader_test, unknown_catalogue_kind_is_named) {
  LoadResult r = load_with_text("services", R"({"catalogue": "recipes"})");
  EXPECT_TRUE(has_error(r.errors, "catalogue: expected one of key_industries, skilled_occupations, qualifications, services, got \"recipes\""))
      << all_messages(r.errors);
}

TEST(loader_test, missing_document_is_reported) {
  auto sources = bundled_sources();
  sources.pop_back();
  LoadResult r = load_catalogue(sources);
  EXPECT_TRUE(has_error(r.errors, "no services document was given"));
}

TEST(loader_test, ids_must_be_unique_across_documents) {
  json doc = bundled_document("skilled_occupations");
  std::string position_id = bundled_document("key_industries")["positions"][0]["id"];
  doc["occupations"][0]["id"] = position_id;
  LoadResult r = load_with("skilled_occupations", doc);
  EXPECT_TRUE(has_error(r.errors, "id \"" + position_id + "\" is also used by key_industries.json: positions[0]"))
      << all_messages(r.errors);
}

// Work tasks are optional (older tables have none), but present they must be text.
TEST(loader_test, an_occupations_tasks_are_optional_text) {
  json doc = bundled_document("skilled_occupations");
  doc["occupations"][0].erase("tasks_zh");
  doc["occupations"][0].erase("tasks_en");
  LoadResult without = load_with("skilled_occupations", doc);
  EXPECT_TRUE(without.errors.empty()) << all_messages(without.errors);
  doc["occupations"][1]["tasks_zh"] = 42;
  LoadResult r = load_with("skilled_occupations", doc);
  EXPECT_TRUE(has_error(r.errors, "occupations[1].tasks_zh: expected a string, got")) << all_messages(r.errors);
}

TEST(loader_test, declared_counts_must_match_the_records) {
  json doc = bundled_document("key_industries");
  doc["counts"] = {{"positions", 999}};
  LoadResult r = load_with("key_industries", doc);
  EXPECT_TRUE(has_error(r.errors, "counts.positions: declares 999 but the document has"));
}

TEST(loader_test, direction_without_positions_is_a_dead_end) {
  json doc = bundled_document("key_industries");
  std::string d = doc["directions"][0]["id"];
  json kept = json::array();
  for (auto& p : doc["positions"])
    if (p["direction_id"] != d) kept.push_back(p);
  doc["positions"] = kept;
  LoadResult r = load_with("key_industries", doc);
  EXPECT_TRUE(has_error(r.errors, "directions[0]: \"" + d + "\" has no position")) << all_messages(r.errors);
}

TEST(loader_test, unreadable_file_is_an_error_not_a_crash) {
  std::vector<LoadError> errors;
  auto sources = read_sources({"/nonexistent/catalogue.json"}, errors);
  EXPECT_TRUE(sources.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "/nonexistent/catalogue.json: cannot open file");
}

TEST(loader_test, a_directory_given_as_a_file_is_named_as_one) {
  std::vector<LoadError> errors;
  const std::string dir = TALENTMATCH_DATA_DIR;
  auto sources = read_sources({dir}, errors);
  EXPECT_TRUE(sources.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), dir + ": is a directory, not a catalogue file (name the files, e.g. " + dir + "/*.json)");
}

TEST(loader_test, validating_one_document_alone_needs_no_others) {
  auto errors = validate_sources({{"q.json", testing::read_text(testing::data_path("qualifications"))}});
  EXPECT_TRUE(errors.empty()) << all_messages(errors);
}

}  // namespace
}  // namespace talentmatch
