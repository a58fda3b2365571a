// Posting text → normalised characters, each remembering where it came from in the original.
// HTML tags become line breaks, entities are decoded, full-width forms folded to ASCII, Latin
// lower-cased; invalid UTF-8 and NUL bytes become separators. Nothing is ever dropped silently:
// what was applied is recorded as flags for the explanation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common_han.h"

namespace talentmatch::detail {

// Offsets into the original field text: UTF-8 bytes (for C++ and the CLI) and UTF-16 code units
// (for JavaScript's String.slice, which the web UI highlights with).
struct Span {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t begin_u16 = 0, end_u16 = 0;
};

// What the normaliser, tokenizer and ranking changed; names in normalisation_names().
enum Normalisation : std::uint32_t {
  kHtmlTags = 1u << 0,
  kHtmlEntities = 1u << 1,
  kFullWidth = 1u << 2,
  kLowerCase = 1u << 3,
  kStemmed = 1u << 4,
  kEmoji = 1u << 5,
  kBullets = 1u << 6,
  kInvalidUtf8 = 1u << 7,
  kNulBytes = 1u << 8,
  kTitleLabel = 1u << 9,
  kRoleWord = 1u << 10,  // positions not named with the title's role word were ranked down
  kTradeStem = 1u << 11,  // the top occupation is named by its stem and the title's own agent suffix
  kGeneralRole = 1u << 12,  // the title names a general role (销售经理, 客服) the catalogue does not list
};
std::vector<std::string> normalisation_names(std::uint32_t flags);

struct NormChar {
  char32_t c = 0;
  Span span;
};

class Normalizer {
 public:
  // Reads text[begin, end); `begin_u16` is the UTF-16 offset of `begin` in the whole text.
  Normalizer(std::string_view text, std::size_t begin, std::size_t end, std::uint32_t begin_u16);

  // The next normalised character; false at the end. Plain ASCII and common Han characters, most
  // of a posting, are read here, inline; everything else by next_other().
  bool next(NormChar& out) {
    if (pos_ >= end_) return false;
    const unsigned char b = static_cast<unsigned char>(text_[pos_]);
    if (b < 0x80 && b != '<' && b != '&' && b != 0) {
      char32_t c = b;
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
        flags_ |= kLowerCase;
      }
      out.c = c;
      out.span = {static_cast<std::uint32_t>(pos_), static_cast<std::uint32_t>(pos_ + 1), u16_, u16_ + 1};
      ++pos_;
      ++u16_;
      return true;
    }
    if (const char32_t c = common_han_at(text_, pos_, end_)) {
      out.c = c;
      out.span = {static_cast<std::uint32_t>(pos_), static_cast<std::uint32_t>(pos_ + 3), u16_, u16_ + 1};
      pos_ += 3;
      ++u16_;
      return true;
    }
    return next_other(out);
  }
  // Reads on through a run of ASCII letters and digits (the rest of a word whose first character
  // next() gave), lower-casing them into word[size, cap) and counting the ones cut off. Returns how
  // many characters it read; they end at end_byte() / u16(). One tight loop instead of a next()
  // and a character class per letter: most of an English text is such runs.
  std::size_t read_alnum_run(char* word, std::size_t& size, std::size_t cap, bool& has_letter) {
    const std::size_t start = pos_;
    while (pos_ < end_) {
      unsigned char b = static_cast<unsigned char>(text_[pos_]);
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
        flags_ |= kLowerCase;
      } else if (!((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))) {
        break;
      }
      if (b >= 'a') has_letter = true;
      if (size < cap) word[size++] = static_cast<char>(b);
      ++pos_;
    }
    const std::size_t n = pos_ - start;
    u16_ += static_cast<std::uint32_t>(n);
    return n;
  }
  std::uint32_t end_byte() const { return static_cast<std::uint32_t>(pos_); }
  std::uint32_t flags() const { return flags_; }
  // UTF-16 offset of the next character: after the last one, the end of the range.
  std::uint32_t u16() const { return u16_; }

 private:
  bool next_other(NormChar& out);
  bool read_tag(NormChar& out);
  bool read_entity(NormChar& out);
  char32_t decode(std::size_t& pos);

  std::string_view text_;
  std::size_t pos_, end_;
  std::uint32_t u16_;
  std::uint32_t flags_ = 0;
};

// UTF-16 length of a UTF-8 string (an invalid byte counts as one U+FFFD).
std::uint32_t utf16_length(std::string_view text);

}  // namespace talentmatch::detail
