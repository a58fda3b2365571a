// Inputs the fuzzers (tests/fuzz) found mishandled, kept so the fixes stay fixed. Each test
// names the fuzz target; the raw input is also under tests/fuzz/regressions/<target>/.
#include <gtest/gtest.h>

#include <string>

#include "talentmatch/engine.h"
#include "talentmatch/loader.h"
#include "talentmatch/text.h"
#include "test_support.h"

namespace talentmatch {
namespace {

using testing::read_text;

std::string regression_input(const std::string& target, const std::string& name) {
  return read_text(std::string(TALENTMATCH_TEST_DIR) + "/fuzz/regressions/" + target + "/" + name);
}

void expect_utf8_messages(const std::vector<LoadError>& errors) {
  ASSERT_FALSE(errors.empty());
  for (const auto& e : errors) EXPECT_TRUE(is_valid_utf8(e.to_string())) << e.to_string();
}

// fuzz_catalogue_loader: nlohmann's parse error quotes the raw bytes it last read, here stray
// 0xB3 bytes; the message reached the CLI and JS as invalid UTF-8.
TEST(regression_test, malformed_json_message_with_invalid_bytes_is_valid_utf8) {
  std::string input = regression_input("fuzz_catalogue_loader", "malformed_json_quotes_invalid_utf8");
  ASSERT_FALSE(input.empty());
  auto errors = validate_sources({{"upload.json", input.substr(1)}});  // byte 0 picks the fuzz mode
  expect_utf8_messages(errors);
  EXPECT_NE(errors[0].message.find("malformed JSON at line 3"), std::string::npos) << errors[0].message;
}

// Found while fixing the above: a long Chinese value of the wrong type was cut mid-character
// when quoted in the message.
TEST(regression_test, long_chinese_value_of_wrong_type_is_quoted_on_a_character_boundary) {
  // 0, 1 and 2 ASCII letters first: one of the three puts byte 37 inside a character.
  for (std::string lead : {"", "a", "ab"}) {
    std::string doc = R"({"catalogue": "skilled_occupations", "occupations": [{"id": "S01", "urgency": ")" + lead +
                      "非常急需紧缺非常急需紧缺非常急需紧缺非常急需紧缺" + R"("}]})";
    expect_utf8_messages(validate_sources({{"skilled.json", doc}}));
  }
}

// fuzz_catalogue_loader: a number too large for a double ("2e1111…", after a UTF-8 BOM) made
// nlohmann throw out_of_range, which the loader did not catch: the CLI said "internal error".
TEST(regression_test, a_number_out_of_range_is_a_load_error_not_an_exception) {
  std::string input = regression_input("fuzz_catalogue_loader", "number_overflow_escaped_as_an_exception");
  ASSERT_FALSE(input.empty());
  std::vector<LoadError> errors;
  EXPECT_NO_THROW(errors = validate_sources({{"upload.json", input.substr(1)}}));  // byte 0 picks the fuzz mode
  expect_utf8_messages(errors);
  EXPECT_NE(errors[0].message.find("malformed JSON at line 1, column 4: number out of range '2e1"), std::string::npos)
      << errors[0].message;
}

// fuzz_engine_call: a profile value of over 40 bytes was cut at byte 37 when quoted in the error
// ("nationality: expected \"foreign\" or \"chinese\", got …"), here inside a Chinese character,
// so the CallError the JS API shows was invalid UTF-8.
TEST(regression_test, a_long_profile_value_is_quoted_on_a_character_boundary) {
  std::string input = regression_input("fuzz_engine_call", "profile_value_cut_inside_a_character");
  const std::size_t line_end = input.find('\n');
  ASSERT_NE(line_end, std::string::npos);
  Engine engine;
  ASSERT_TRUE(engine.load(testing::bundled_sources()).empty());
  try {
    engine.call(input.substr(0, line_end), nlohmann::json::parse(input.substr(line_end + 1)));
    ADD_FAILURE() << "the profile should be refused";
  } catch (const CallError& e) {
    EXPECT_TRUE(is_valid_utf8(e.what())) << e.what();
    EXPECT_NE(std::string(e.what()).find("nationality: expected"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace talentmatch
