// The fast path of UTF-8 decoding for Chinese text: most characters of a posting are common Han
// characters, three bytes each. The tokenizer's normaliser and the salary lexer both read them here.
#pragma once

#include <cstddef>
#include <string_view>

namespace talentmatch::detail {

// The common Han character (U+4E00–U+9FFF) spelled in three well-formed UTF-8 bytes at
// text[pos], all before `end`; 0 for anything else (the caller decodes that the slow way).
inline char32_t common_han_at(std::string_view text, std::size_t pos, std::size_t end) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if ((b0 & 0xF0) != 0xE0 || pos + 2 >= end) return 0;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]), b2 = static_cast<unsigned char>(text[pos + 2]);
  const char32_t c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  return (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x4E00 && c <= 0x9FFF ? c : 0;
}

}  // namespace talentmatch::detail
