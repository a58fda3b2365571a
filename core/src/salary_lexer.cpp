#include "salary_lexer.h"

#include "common_han.h"
#include "talentmatch/text.h"

namespace talentmatch::detail {

namespace {

constexpr char32_t kEndOfText = 0x110000;  // past the last code point

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t c) { return c >= 'a' && c <= 'z'; }

// Horizontal space only: a line break ends a salary expression.
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

// Letters that may follow the k of "30k" in one run and still mean 30 thousand: 30krmb, 30kx14薪.
bool is_unit_tail(std::string_view rest) {
  return rest == "rmb" || rest == "cny" || rest == "usd" || rest == "hkd" || rest == "eur" || rest == "gbp" ||
         rest == "x" || rest == "pa";
}

}  // namespace

SalaryLexer::Unit SalaryLexer::peek(std::size_t pos) const {
  if (pos >= text_.size()) return {kEndOfText, kEndOfText, pos};
  // Inline for what most of a posting is: ASCII, and Han characters (which fold to themselves).
  const auto b0 = static_cast<unsigned char>(text_[pos]);
  if (b0 < 0x80) {
    const char32_t folded = b0 >= 'A' && b0 <= 'Z' ? b0 + ('a' - 'A') : b0;
    return {folded, b0, pos + 1};
  }
  if (const char32_t c = common_han_at(text_, pos, text_.size())) return {c, c, pos + 3};
  std::size_t end = pos;
  char32_t raw = next_code_point(text_, end);
  return {fold_char(raw), raw, end};
}

std::size_t SalaryLexer::skip_digits(std::size_t pos, int& count, double* value, double* scale) const {
  for (Unit u = peek(pos); is_digit(u.folded); u = peek(pos)) {
    double digit = static_cast<double>(u.folded - '0');
    ++count;
    if (scale) {
      if (count <= 6) *value += digit * *scale, *scale /= 10;
    } else if (count <= kMaxSalaryIntegerDigits + 1) {
      *value = *value * 10 + digit;
    }
    pos = u.end;
  }
  return pos;
}

bool SalaryLexer::thousands_group_at(std::size_t pos) const {
  Unit comma = peek(pos);
  if (comma.raw != ',') return false;  // only ASCII: the full-width ， separates clauses
  pos = comma.end;
  for (int i = 0; i < 3; ++i) {
    Unit d = peek(pos);
    if (!is_digit(d.folded)) return false;
    pos = d.end;
  }
  return !is_digit(peek(pos).folded);
}

SalaryToken SalaryLexer::number(std::size_t begin) {
  SalaryToken t;
  t.kind = SalaryTokenKind::kNumber;
  t.begin = begin;
  t.integral = true;
  int digits = 0;
  std::size_t pos = skip_digits(begin, digits, &t.value, nullptr);
  if (digits <= 3) {
    while (thousands_group_at(pos)) {
      pos = skip_digits(peek(pos).end, digits, &t.value, nullptr);
      t.integral = false;
    }
  }
  t.malformed = digits > kMaxSalaryIntegerDigits;
  int decimal_groups = 0;
  for (Unit dot = peek(pos); dot.folded == '.' && is_digit(peek(dot.end).folded); dot = peek(pos)) {
    int decimals = 0;
    double scale = 0.1;
    double fraction = 0;
    pos = skip_digits(dot.end, decimals, &fraction, &scale);
    if (++decimal_groups == 1) t.value += fraction;
    t.integral = false;
  }
  if (decimal_groups > 1) t.malformed = true;  // 1.2.3 is a version, not an amount
  t.end = pos;
  return t;
}

SalaryToken SalaryLexer::word(std::size_t begin) {
  SalaryToken t;
  t.kind = SalaryTokenKind::kWord;
  t.begin = begin;
  std::size_t pos = begin;
  std::size_t first_end = 0;
  bool complete = true;
  for (Unit u = peek(pos); is_letter(u.folded); u = peek(pos)) {
    if (t.letter_count < kMaxSalaryWord) t.letters[t.letter_count++] = static_cast<char>(u.folded);
    else complete = false;
    if (pos == begin) first_end = u.end;
    pos = u.end;
  }
  t.end = pos;
  char first = t.letters[0];
  if (after_number_ && complete && t.letter_count > 1 && (first == 'k' || first == 'w') &&
      is_unit_tail(t.word().substr(1))) {
    t.letter_count = 1;
    t.end = first_end;
  }
  return t;
}

SalaryToken SalaryLexer::lex() {
  Unit u = peek(pos_);
  SalaryToken t;
  t.begin = t.end = pos_;
  if (u.folded == kEndOfText) return t;
  if (is_digit(u.folded)) {
    t = number(pos_);
  } else if (is_letter(u.folded)) {
    t = word(pos_);
  } else if (is_space(u.folded)) {
    t.kind = SalaryTokenKind::kSpace;
    std::size_t pos = pos_;
    for (Unit s = u; is_space(s.folded); s = peek(pos)) pos = s.end;
    t.end = pos;
  } else {
    t.kind = is_han(u.folded) ? SalaryTokenKind::kHan : SalaryTokenKind::kSymbol;
    t.ch = u.folded;
    t.end = u.end;
  }
  return t;
}

}  // namespace talentmatch::detail
