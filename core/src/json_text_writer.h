// Compact JSON text appended straight into a caller's string, printed exactly as nlohmann's
// dump() prints the same value (numbers by nlohmann's own routine, invalid UTF-8 replaced the
// same way). Keys must be given in sorted (byte) order, as nlohmann's std::map keeps them.
// Why not nlohmann: a match result is ~1 000 keys; building a tree for it costs ~10× more, and
// each key/number here is one append (the result writer is the hottest code after matching).
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "matcher_math.h"
#include "talentmatch/text.h"

namespace talentmatch::detail {

class JsonTextWriter {
 public:
  static constexpr int kDecimals = 4;  // every double is rounded to this many decimals

  explicit JsonTextWriter(std::string& out) : out_(out) {}

  JsonTextWriter& begin_object() { return open('{'); }
  JsonTextWriter& end_object() { return close('}'); }
  JsonTextWriter& begin_array() { return open('['); }
  JsonTextWriter& end_array() { return close(']'); }

  // `k` is a literal without characters needing escapes.
  template <std::size_t N>
  JsonTextWriter& key(const char (&k)[N]) {
    static_assert(N < 60, "key too long for the stack buffer");
    char buffer[N + 4];
    std::size_t n = 0;
    if (need_comma()) buffer[n++] = ',';
    buffer[n++] = '"';
    std::memcpy(buffer + n, k, N - 1);
    n += N - 1;
    buffer[n++] = '"';
    buffer[n++] = ':';
    out_.append(buffer, n);
    after_key_ = true;
    return *this;
  }
  JsonTextWriter& null() { return raw("null", 4); }
  JsonTextWriter& boolean(bool b) { return b ? raw("true", 4) : raw("false", 5); }
  template <class Int>
  JsonTextWriter& integer(Int v) {
    char buffer[24];
    std::size_t n = 0;
    if (need_comma()) buffer[n++] = ',';
    char* end = std::to_chars(buffer + n, buffer + sizeof buffer, v).ptr;
    out_.append(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
  }
  JsonTextWriter& number(double v) {  // rounded for output, then as nlohmann prints a double
    v = round_to(v, kDecimals);
    if (!std::isfinite(v)) return null();
    char buffer[64];
    std::size_t n = 0;
    if (need_comma()) buffer[n++] = ',';
    char* end = format_decimal(buffer + n, v);
    if (!end) end = nlohmann::detail::to_chars(buffer + n, buffer + sizeof buffer, v);
    out_.append(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
  }
  // Text that needs neither validation nor escapes: field names and other literals.
  JsonTextWriter& plain_string(std::string_view s) {
    if (need_comma()) out_ += ',';
    out_ += '"';
    out_.append(s.data(), s.size());
    out_ += '"';
    return *this;
  }
  // Text from the posting (may hold invalid UTF-8).
  JsonTextWriter& string(std::string_view s) {
    if (!is_valid_utf8(s)) {  // nlohmann's replacement of invalid bytes, exactly
      if (need_comma()) out_ += ',';
      out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return *this;
    }
    return valid_string(s);
  }
  // Text known to be valid UTF-8: catalogue text (the loader's JSON parser rejects anything
  // else), token text (whole characters) and literals.
  JsonTextWriter& valid_string(std::string_view s) {
    if (need_comma()) out_ += ',';
    out_ += '"';
    std::size_t run = 0;  // characters needing no escape are copied in runs
    for (std::size_t i = 0; i < s.size(); ++i) {
      const unsigned char ch = static_cast<unsigned char>(s[i]);
      if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
      out_.append(s.data() + run, i - run);
      escape(s[i]);
      run = i + 1;
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
    return *this;
  }
  JsonTextWriter& value(const nlohmann::json& j) {
    if (need_comma()) out_ += ',';
    out_ += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return *this;
  }
  // JSON text written earlier by a writer like this one (a cached fragment).
  JsonTextWriter& raw_json(std::string_view text) { return raw(text.data(), text.size()); }
  // Members for the current object, which has members already (a cached fragment of them).
  JsonTextWriter& raw_members(std::string_view text) {
    out_ += ',';
    out_.append(text.data(), text.size());
    return *this;
  }
  JsonTextWriter& string_or_null(bool present, std::string_view s) { return present ? string(s) : null(); }
  JsonTextWriter& valid_string_or_null(bool present, std::string_view s) { return present ? valid_string(s) : null(); }

  // A value already rounded to kDecimals printed as nlohmann prints it (shortest round trip,
  // fixed notation, at least one decimal), without its general-purpose dtoa: the shortest form
  // of m / 10^4 is that decimal itself while |v| < 10^4 (checked for every such m when this was
  // written; tests/unit/json_text_writer_test.cpp checks a dense sample). nullptr outside that range.
  static char* format_decimal(char* p, double v) {
    constexpr double kScale = 10000, kLimit = 10000;
    if (!(v > -kLimit && v < kLimit)) return nullptr;
    long long m = static_cast<long long>(std::floor(v * kScale + 0.5));
    if (m < 0) *p++ = '-', m = -m;
    else if (std::signbit(v)) return nullptr;  // -0.0: leave to nlohmann
    p = std::to_chars(p, p + 8, m / 10000).ptr;
    *p++ = '.';
    int fraction = static_cast<int>(m % 10000), digits = 4;
    while (digits > 1 && fraction % 10 == 0) fraction /= 10, --digits;
    for (int i = digits - 1; i >= 0; --i, fraction /= 10) p[i] = static_cast<char>('0' + fraction % 10);
    return p + digits;
  }

 private:
  JsonTextWriter& open(char c) {
    if (need_comma()) out_ += ',';
    out_ += c;
    ++depth_;
    first_ |= bit();
    return *this;
  }
  JsonTextWriter& close(char c) {
    out_ += c;
    first_ &= ~bit();
    --depth_;
    return *this;
  }
  JsonTextWriter& raw(const char* text, std::size_t n) {
    if (need_comma()) out_ += ',';
    out_.append(text, n);
    return *this;
  }
  std::uint64_t bit() const { return std::uint64_t{1} << (depth_ & 63); }
  // Whether a value written now needs a comma before it, marking the container non-empty.
  bool need_comma() {
    if (after_key_) {
      after_key_ = false;
      return false;
    }
    if (depth_ == 0) return false;
    if (first_ & bit()) {
      first_ &= ~bit();
      return false;
    }
    return true;
  }
  void escape(char ch) {
    switch (ch) {
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      case '\b': out_ += "\\b"; return;
      case '\f': out_ += "\\f"; return;
      case '\n': out_ += "\\n"; return;
      case '\r': out_ += "\\r"; return;
      case '\t': out_ += "\\t"; return;
      default: {
        static const char* const kHex = "0123456789abcdef";
        const char code[6] = {'\\', 'u', '0', '0', kHex[(ch >> 4) & 0xF], kHex[ch & 0xF]};
        out_.append(code, sizeof code);
      }
    }
  }

  std::string& out_;
  std::uint64_t first_ = 0;  // bit d: the container at depth d has no element yet
  int depth_ = 0;            // nesting deeper than 63 is never written (results are ~6 deep)
  bool after_key_ = false;
};

}  // namespace talentmatch::detail
