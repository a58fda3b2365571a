// Splits posting text into the tokens salary expressions are made of: numbers, ASCII words,
// single Han characters, space runs and single symbols. Every token is folded (full-width →
// ASCII, letters lower-cased) but keeps the byte offsets of the original text. Never fails:
// invalid UTF-8 bytes and NULs come out as one-byte symbols.
#pragma once

#include <cstddef>
#include <string_view>

namespace talentmatch::detail {

constexpr std::size_t kMaxSalaryWord = 15;
constexpr int kMaxSalaryIntegerDigits = 9;  // 20,000,000 CNY a year has 8; phone numbers have 11

enum class SalaryTokenKind : unsigned char { kEnd, kNumber, kWord, kHan, kSpace, kSymbol };

struct SalaryToken {
  SalaryTokenKind kind = SalaryTokenKind::kEnd;
  bool integral = false;           // kNumber: plain digits, no thousands commas or decimals
  bool malformed = false;          // kNumber: too many digits for pay, or dotted like 1.2.3
  unsigned char letter_count = 0;  // kWord
  char32_t ch = 0;                 // kHan, kSymbol: the folded code point
  std::size_t begin = 0, end = 0;  // byte offsets in the input
  double value = 0;                // kNumber
  // kWord: folded letters, cut at kMaxSalaryWord (no word of the vocabulary is longer). A
  // plain array keeps tokens small and trivially copyable: the grammar copies them freely.
  char letters[kMaxSalaryWord] = {};

  std::string_view word() const { return {letters, letter_count}; }
  bool is_han(char32_t c) const { return kind == SalaryTokenKind::kHan && ch == c; }
  bool is_symbol(char32_t c) const { return kind == SalaryTokenKind::kSymbol && ch == c; }
  bool is_word(std::string_view w) const { return kind == SalaryTokenKind::kWord && word() == w; }
};

// Recently lexed tokens by position. The grammar looks at the same few tokens many times
// (is it 元? 万? /月?); copies of one lexer share a cache so each is decoded about once.
class SalaryTokenCache {
 public:
  struct Slot {
    std::size_t pos = static_cast<std::size_t>(-1);
    bool after_number = false;
    SalaryToken token;
  };
  Slot& slot(std::size_t pos) { return slots_[pos % kSlots]; }

 private:
  static constexpr std::size_t kSlots = 64;
  Slot slots_[kSlots];
};

// A copyable cursor: copy it to look ahead, assign the copy back to backtrack.
class SalaryLexer {
 public:
  SalaryLexer(std::string_view text, SalaryTokenCache& cache) : text_(text), cache_(&cache) {}

  // Inline: the grammar asks for the next token ~4 times per token it reads, mostly from the cache.
  SalaryToken next() {
    SalaryTokenCache::Slot& slot = cache_->slot(pos_);
    if (slot.pos != pos_ || slot.after_number != after_number_) {
      slot.pos = pos_;
      slot.after_number = after_number_;
      slot.token = lex();
    }
    pos_ = slot.token.end;
    after_number_ = slot.token.kind == SalaryTokenKind::kNumber;
    return slot.token;
  }
  std::size_t position() const { return pos_; }

 private:
  struct Unit {
    char32_t folded = 0, raw = 0;
    std::size_t end = 0;
  };
  Unit peek(std::size_t pos) const;
  SalaryToken lex();
  SalaryToken number(std::size_t begin);
  SalaryToken word(std::size_t begin);
  std::size_t skip_digits(std::size_t pos, int& count, double* value, double* scale) const;
  bool thousands_group_at(std::size_t pos) const;

  std::string_view text_;
  SalaryTokenCache* cache_;
  std::size_t pos_ = 0;
  bool after_number_ = false;  // the previous token was a number ending right here: 30krmb → 30 k rmb
};

}  // namespace talentmatch::detail
