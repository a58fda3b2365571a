#include "tokenizer_normalize.h"

#include <algorithm>
#include <cctype>

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

// A tag is at most this long; a '<' without a '>' this close is just a character.
constexpr std::size_t kMaxTagBytes = 256;
constexpr std::size_t kMaxEntityBytes = 10;

std::uint32_t utf16_units(char32_t c) { return c >= 0x10000 ? 2 : 1; }

bool is_emoji(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0x200D;
}

bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25CF || c == 0x25CB || c == 0x25A0 || c == 0x25AA ||
         c == 0x25C6 || c == 0x25C7 || c == 0x2605 || c == 0x2606 || c == 0x27A4 || c == 0x2192 || c == 0x25B6 ||
         (c >= 0x2460 && c <= 0x24FF);  // circled numbers ①②③
}

struct NamedEntity {
  const char* name;
  char32_t c;
};
const NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", ' '},      {"ensp", ' '},      {"emsp", ' '},      {"middot", 0xB7},  {"bull", 0x2022},
    {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"times", 0xD7},    {"yen", 0xA5},     {"copy", 0xA9},
    {"reg", 0xAE},      {"laquo", 0xAB},    {"raquo", 0xBB},
};

}  // namespace

std::vector<std::string> normalisation_names(std::uint32_t flags) {
  static const std::pair<std::uint32_t, const char*> kNames[] = {
      {kHtmlTags, "html_tags_stripped"},
      {kHtmlEntities, "html_entities_decoded"},
      {kFullWidth, "full_width_to_half_width"},
      {kLowerCase, "latin_lower_cased"},
      {kStemmed, "english_stemmed"},
      {kEmoji, "emoji_as_separators"},
      {kBullets, "bullets_as_separators"},
      {kInvalidUtf8, "invalid_utf8_replaced"},
      {kNulBytes, "nul_bytes_removed"},
      {kTitleLabel, "title_label_removed"},
      {kRoleWord, "title_role_word_preferred"},
      {kTradeStem, "trade_named_by_stem"},
      {kGeneralRole, "title_general_role"},
  };
  std::vector<std::string> out;
  for (const auto& [bit, name] : kNames)
    if (flags & bit) out.emplace_back(name);
  return out;
}

std::uint32_t utf16_length(std::string_view text) {
  std::uint32_t n = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    ++n;  // ASCII and common Han characters, most of a posting, are one unit each: no decoding
    if (static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
    else if (common_han_at(text, pos, text.size())) pos += 3;
    else n += utf16_units(next_code_point(text, pos)) - 1;
  }
  return n;
}

Normalizer::Normalizer(std::string_view text, std::size_t begin, std::size_t end, std::uint32_t begin_u16)
    : text_(text), pos_(begin), end_(end < text.size() ? end : text.size()), u16_(begin_u16) {}

char32_t Normalizer::decode(std::size_t& pos) {
  std::size_t before = pos;
  char32_t c = next_code_point(text_, pos);
  if (pos > end_) pos = end_;  // never read past the range (a split mid-character)
  if (c == kReplacementChar && pos - before == 1) flags_ |= kInvalidUtf8;
  return c;
}

// `<tag ...>` → a line break covering the whole tag.
bool Normalizer::read_tag(NormChar& out) {
  if (pos_ + 1 >= end_) return false;
  char next = text_[pos_ + 1];
  if (!is_ascii_letter(next) && next != '/' && next != '!') return false;
  std::size_t limit = std::min(end_, pos_ + kMaxTagBytes);
  std::size_t close = pos_ + 1;
  while (close < limit && text_[close] != '>' && text_[close] != '<') ++close;
  if (close >= limit || text_[close] != '>') return false;
  std::uint32_t units = 0;
  for (std::size_t p = pos_; p <= close;) units += utf16_units(next_code_point(text_, p));
  out.c = '\n';
  out.span = {static_cast<std::uint32_t>(pos_), static_cast<std::uint32_t>(close + 1), u16_, u16_ + units};
  pos_ = close + 1;
  u16_ += units;
  flags_ |= kHtmlTags;
  return true;
}

// `&amp;`, `&#12290;`, `&#x3002;` → the character; anything else stays a literal '&'.
bool Normalizer::read_entity(NormChar& out) {
  std::size_t limit = std::min(end_, pos_ + kMaxEntityBytes + 2);
  std::size_t semi = pos_ + 1;
  while (semi < limit && text_[semi] != ';' && (std::isalnum(static_cast<unsigned char>(text_[semi])) || text_[semi] == '#'))
    ++semi;
  if (semi >= limit || text_[semi] != ';' || semi == pos_ + 1) return false;
  std::string_view name = text_.substr(pos_ + 1, semi - pos_ - 1);
  char32_t c = 0;
  if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::size_t digits_at = hex ? 2 : 1;
    if (digits_at >= name.size()) return false;
    std::uint32_t v = 0;
    for (std::size_t i = digits_at; i < name.size(); ++i) {
      char d = name[i];
      int digit = d >= '0' && d <= '9' ? d - '0'
                  : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                  : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                                                : -1;
      if (digit < 0 || v > 0x10FFFF) return false;
      v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    }
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    c = v;
  } else {
    for (const auto& e : kEntities)
      if (name == e.name) c = e.c;
    if (!c) return false;
  }
  std::uint32_t units = static_cast<std::uint32_t>(semi + 1 - pos_);  // entities are ASCII
  out.c = fold_char(c);
  out.span = {static_cast<std::uint32_t>(pos_), static_cast<std::uint32_t>(semi + 1), u16_, u16_ + units};
  pos_ = semi + 1;
  u16_ += units;
  flags_ |= kHtmlEntities;
  return true;
}

// Everything but plain ASCII and common Han characters (next() in the header reads those).
bool Normalizer::next_other(NormChar& out) {
  const unsigned char b = static_cast<unsigned char>(text_[pos_]);
  if (b == '<' && read_tag(out)) return true;
  if (b == '&' && read_entity(out)) return true;
  std::size_t start = pos_;
  char32_t raw = decode(pos_);
  char32_t c = raw;
  if (raw == 0) {
    flags_ |= kNulBytes;
    c = ' ';
  } else if (raw >= 0x2000 && !(raw >= 0x4E00 && raw <= 0x9FFF)) {  // Han skips every check below
    c = fold_char(raw);
    if (raw >= 0xFF01 && raw <= 0xFF5E) {
      flags_ |= kFullWidth;
      if (raw >= 0xFF21 && raw <= 0xFF3A) flags_ |= kLowerCase;
    } else if (is_emoji(raw)) {
      flags_ |= kEmoji;
    } else if (is_bullet(raw)) {
      flags_ |= kBullets;
    }
  }
  std::uint32_t units = utf16_units(raw);
  out.c = c;
  out.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_), u16_, u16_ + units};
  u16_ += units;
  return true;
}

}  // namespace talentmatch::detail
