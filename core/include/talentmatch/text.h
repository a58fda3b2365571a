// UTF-8 decoding and the character folding shared by lookup, search and matching.
#pragma once

#include <string>
#include <string_view>

namespace talentmatch {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes one code point at `pos` and advances it; an invalid or truncated sequence yields
// U+FFFD and advances by one byte, so every input decodes without error. Inline: the
// normaliser and the salary lexer call it for every character outside ASCII and common Han.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0, min = 0;
  if ((b0 & 0xE0) == 0xC0) len = 2, cp = b0 & 0x1F, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0) len = 3, cp = b0 & 0x0F, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0) len = 4, cp = b0 & 0x07, min = 0x10000;
  else {
    ++pos;
    return kReplacementChar;
  }
  if (pos + len > s.size()) {
    ++pos;
    return kReplacementChar;
  }
  for (std::size_t i = 1; i < len; ++i) {
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return kReplacementChar;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacementChar;
  }
  pos += len;
  return cp;
}

bool is_valid_utf8(std::string_view s);
void append_utf8(std::string& out, char32_t c);
// Replaces invalid sequences with U+FFFD and drops NUL bytes.
std::string sanitize_utf8(std::string_view s);
// The longest prefix of at most `max_bytes` that does not end inside a UTF-8 sequence, for
// shortening text shown in messages without making it invalid.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

// Full-width ASCII → ASCII, ideographic space → space, ASCII letters lower-cased.
char32_t fold_char(char32_t c);

bool is_han(char32_t c);
bool is_ascii_letter(char32_t c);
bool is_ascii_alnum(char32_t c);
// Spaces, ASCII and CJK punctuation, symbols and other separators.
bool is_separator(char32_t c);

// The key two spellings of a name share: folded, with separators removed.
// "ACCA 资深会员" and "ＡＣＣＡ资深会员" → "acca资深会员".
std::string fold_key(std::string_view s);

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Number of code points (invalid bytes count one each).
std::size_t code_point_count(std::string_view s);

}  // namespace talentmatch
