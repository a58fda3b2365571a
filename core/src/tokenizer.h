// Normalised text → index terms: Chinese character bigrams, lightly stemmed Latin words, and the
// longest catalogue phrase starting at each position (Lexicon). The same code tokenizes the
// catalogue (growing the word dictionary) and postings (lookup only), so both sides agree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "tokenizer_normalize.h"

namespace talentmatch::detail {

// Latin words and digit runs seen in the catalogue, numbered from 0.
class WordDictionary {
 public:
  static constexpr std::uint32_t kUnknown = 0xFFFFFFFFu;
  std::uint32_t find(const std::string& word) const;
  std::uint32_t insert(const std::string& word);
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> words_;
};

// Trie keys of units: a Han character is its code point, a word 0x200000 + its id.
constexpr std::uint32_t kWordUnitBase = 0x200000;
constexpr std::uint32_t kNoUnitKey = 0xFFFFFFFFu;

enum class TermKind : std::uint8_t { bigram, word, phrase };

inline std::uint64_t bigram_key(char32_t a, char32_t b) {
  return (1ull << 60) | (static_cast<std::uint64_t>(a) << 21) | static_cast<std::uint64_t>(b);
}
inline std::uint64_t word_key(std::uint32_t id) { return (2ull << 60) | id; }
inline std::uint64_t phrase_key(std::uint32_t entry) { return (3ull << 60) | entry; }
inline TermKind kind_of(std::uint64_t key) {
  return (key >> 60) == 1 ? TermKind::bigram : (key >> 60) == 2 ? TermKind::word : TermKind::phrase;
}

struct Token {
  std::uint64_t key = 0;
  bool in_title = false;
  Span span;
};

class TokenSink {
 public:
  virtual ~TokenSink() = default;
  virtual void on_token(const Token& token) = 0;
  // A lexicon entry with tags (a qualification name) found in the text.
  virtual void on_tagged(std::uint32_t /*entry*/, bool /*in_title*/, const Span& /*span*/) {}
};

// Work done, for the linear-time guarantee (tests assert these stay within c·n).
struct TokenizeStats {
  std::size_t chars = 0, units = 0, tokens = 0, lexicon_steps = 0;
};

// The light English stemmer: plural -s/-es/-ies, -ing, -ment. True if the word changed.
bool stem_english(std::string& word);
bool is_english_stop_word(const std::string& word);

class Tokenizer {
 public:
  // Longest text run between separators the tokenizer holds at once; longer runs are cut here,
  // which keeps memory constant for any input.
  static constexpr std::size_t kMaxSegmentUnits = 256;
  static constexpr std::size_t kMaxWordChars = 48;

  // Query mode: unknown words match nothing.
  Tokenizer(const WordDictionary& words, const Lexicon* lexicon);
  // Build mode: unseen words are added to `words`.
  Tokenizer(WordDictionary& words, const Lexicon* lexicon, bool grow);

  // Tokenizes text[begin, end), all of it title or all body; `begin_u16` is the UTF-16 offset
  // of `begin` in text, so spans are offsets into the whole text. Returns normalisation flags.
  std::uint32_t tokenize(std::string_view text, std::size_t begin, std::size_t end, bool in_title,
                         std::uint32_t begin_u16, TokenSink& sink, TokenizeStats* stats = nullptr) const;
  std::uint32_t tokenize(std::string_view text, TokenSink& sink) const {
    return tokenize(text, 0, text.size(), false, 0, sink);
  }

  // Unit keys of a phrase, one list per run between separators (a name with brackets or
  // commas has several), for building the lexicon.
  std::vector<std::vector<std::uint32_t>> phrase_units(std::string_view phrase) const;

  // If set, a phrase inside a longer phrase found earlier is not emitted again.
  bool skip_nested_phrases = false;

 private:
  const WordDictionary& words_;
  WordDictionary* grow_ = nullptr;
  const Lexicon* lexicon_;
};

}  // namespace talentmatch::detail
