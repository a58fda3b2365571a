// JsonTextWriter prints what nlohmann's dump() prints: nesting and commas, escapes, and the
// short path for decimals (format_decimal) against nlohmann's dtoa.
#include <gtest/gtest.h>

#include "json_text_writer.h"

namespace talentmatch::detail {
namespace {

using nlohmann::json;

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

TEST(json_text_writer_test, nested_values_print_as_nlohmann_prints_them) {
  std::string out;
  JsonTextWriter w(out);
  w.begin_object();
  w.key("a").begin_array().integer(1).integer(-2).number(0.5).null().boolean(true).end_array();
  w.key("b").begin_object().end_object();
  w.key("c").string("q\"\\\n\x01 中文\xFF");
  w.key("d").begin_array().begin_array().end_array().plain_string("x").end_array();
  w.end_object();
  json expected = {{"a", {1, -2, 0.5, nullptr, true}}, {"b", json::object()}, {"c", "q\"\\\n\x01 中文\xFF"},
                   {"d", {json::array(), "x"}}};
  EXPECT_EQ(out, dumped(expected));
}

// Every value with at most 4 decimals below 10^4 in magnitude takes the short path; this checks
// a dense sample of them (all of [-100, 100] and a stride over the rest; the whole range was
// checked once when the short path was written) against nlohmann's digits.
TEST(json_text_writer_test, decimals_print_exactly_as_nlohmann_prints_them) {
  auto check = [](long long m) {
    const double v = round_to(static_cast<double>(m) / 10000.0, JsonTextWriter::kDecimals);
    char a[64], b[64];
    char* end_a = JsonTextWriter::format_decimal(a, v);
    char* end_b = nlohmann::detail::to_chars(b, b + sizeof b, v);
    ASSERT_NE(end_a, nullptr) << m;
    ASSERT_EQ(std::string(a, end_a), std::string(b, end_b)) << m;
  };
  for (long long m = -1000000; m <= 1000000; ++m) check(m);
  for (long long m = -99999999; m <= 99999999; m += 997) check(m);
  char buffer[64];
  EXPECT_EQ(JsonTextWriter::format_decimal(buffer, 10000.0), nullptr);  // out of range: nlohmann's path
  EXPECT_EQ(JsonTextWriter::format_decimal(buffer, -0.0), nullptr);
}

}  // namespace
}  // namespace talentmatch::detail
