#include "talentmatch/text.h"

namespace talentmatch {

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // s[cut] continues a sequence
  return s.substr(0, cut);
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t before = pos;
    char32_t c = next_code_point(s, pos);
    if (c == kReplacementChar && pos - before == 1 && static_cast<unsigned char>(s[before]) >= 0x80) return false;
  }
  return true;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = next_code_point(s, pos);
    if (c != 0) append_utf8(out, c);
  }
  return out;
}

char32_t fold_char(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII block
  else if (c == 0x3000) c = ' ';
  if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return c;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || is_ascii_letter(c); }

bool is_separator(char32_t c) {
  if (c < 0x80) return !is_ascii_alnum(c);
  if (c >= 0x2000 && c <= 0x2BFF) return true;   // general punctuation, arrows, symbols, bullets
  if (c >= 0x3000 && c <= 0x303F) return true;   // CJK symbols and punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return true;   // CJK compatibility forms
  if (c >= 0xFF00 && c <= 0xFF65) return true;   // full-width punctuation left after folding
  if (c == 0x00B7 || c == 0x00A0 || c == 0x30FB || c == kReplacementChar) return true;  // · nbsp ・ �
  if (c >= 0x1F000 && c <= 0x1FAFF) return true;  // emoji and pictographs
  if (c >= 0xFE00 && c <= 0xFE0F) return true;    // variation selectors
  return false;
}

std::string fold_key(std::string_view s) {
  std::string out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = fold_char(next_code_point(s, pos));
    if (!is_separator(c)) append_utf8(out, c);
  }
  return out;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0, pos = 0;
  while (pos < s.size()) {
    next_code_point(s, pos);
    ++n;
  }
  return n;
}

}  // namespace talentmatch
