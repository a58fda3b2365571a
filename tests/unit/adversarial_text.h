// Postings built to make a matcher slow: one character or fragment repeated to any size. Shared
// by linear_work_test (operation counts) and bench/adversarial_bench (time).
#pragma once

#include <string>
#include <vector>

#include "talentmatch/catalogue.h"

namespace talentmatch::adversarial {

struct Pattern {
  std::string name;
  std::string unit;  // repeated to the requested size
};

inline std::string repeat(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

// The longest position title or alias without its last character: a phrase the lexicon's trie
// follows almost to the end at every position and never completes.
inline std::string unfinished_longest_phrase(const Catalogue& c) {
  std::string longest;
  auto consider = [&](const std::string& s) {
    if (s.size() > longest.size()) longest = s;
  };
  for (const auto& p : c.key.positions) {
    consider(p.title_zh);
    for (const auto& a : p.aliases_zh) consider(a);
  }
  // Drop the last UTF-8 character.
  std::size_t cut = longest.size();
  while (cut > 0 && (static_cast<unsigned char>(longest[cut - 1]) & 0xC0) == 0x80) --cut;
  return longest.substr(0, cut > 0 ? cut - 1 : 0);
}

inline std::vector<Pattern> patterns(const Catalogue& c) {
  return {
      {"one_han_character", "工"},
      {"one_bigram", "工程"},
      {"unfinished_catalogue_phrase", unfinished_longest_phrase(c)},
      {"catalogue_title_without_separators", c.key.positions.empty() ? "工程师" : c.key.positions[0].title_zh},
      {"single_latin_token", "a"},
      {"repeated_english_word", "engineer "},
      {"digits", "7"},
      {"salary_fragments", "25-40K·"},
      {"unclosed_html_tags", "<a " + std::string(200, 'x')},
      {"unterminated_entities", "&amp"},
      {"emoji", "\xF0\x9F\x98\x80"},
      {"cjk_punctuation", "，"},
      {"nul_and_invalid_bytes", std::string("\0\xFF", 2)},
      {"encoded_lone_surrogate", "\xED\xA0\x80"},
      {"newlines", "\n"},
  };
}

}  // namespace talentmatch::adversarial
