// Normalised text → index terms: Chinese character bigrams, lightly stemmed Latin words, and the
// longest catalogue phrase starting at each position (Lexicon). The same code tokenizes the
// catalogue (growing the word dictionary) and postings (lookup only), so both sides agree.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "matcher_flat_map.h"
#include "tokenizer_normalize.h"

namespace talentmatch::detail {

// Latin words and digit runs seen in the catalogue (stemmed), numbered from 0, and a cache of
// every lower-cased form seen with its analysis, so a posting's words need one hash lookup.
class WordDictionary {
 public:
  static constexpr std::uint32_t kUnknown = 0xFFFFFFFFu;
  struct Surface {
    std::uint32_t word = kUnknown;  // the stemmed word's id
    bool stop = false;
    bool stemmed = false;  // the stem differs from the surface form
  };

  WordDictionary() {
    words_.reserve(kExpected);
    surfaces_.reserve(kExpected);
  }

  std::uint32_t find(std::string_view word) const;
  std::uint32_t insert(std::string_view word);
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

  const Surface* find_surface(std::string_view form) const;
  void add_surface(std::string_view form, const Surface& analysis);

 private:
  // text_hash() → index (the string is compared too); sized for a catalogue like the bundled one
  // (2 775 words, about 3 000 surface forms) so that building it never rehashes.
  static constexpr std::size_t kExpected = 4096;
  FlatMap ids_{kExpected}, surface_ids_{kExpected};
  std::vector<std::string> words_;
  std::vector<std::pair<std::string, Surface>> surfaces_;
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

enum class UnitKind : std::uint8_t { han, word, other };

struct Unit {
  std::uint32_t key = kNoUnitKey;  // trie key: a Han character itself, a word kWordUnitBase + its id
  UnitKind kind = UnitKind::other;
  bool gap_before = false;  // a space or joiner separates it from the previous unit
  bool term = false;        // a word worth indexing
  Span span;
};

// Longest text run between separators the tokenizer holds at once; longer runs are cut here,
// which keeps memory constant for any input.
constexpr std::size_t kMaxSegmentUnits = 256;

// A run of units between hard separators (or cut at kMaxSegmentUnits). The arrays are allocated
// once at their full size and written by index: a push is two stores, not a capacity check.
struct Segment {
  // One character can finish a word and add itself after the check at kMaxSegmentUnits.
  static constexpr std::size_t kCapacity = kMaxSegmentUnits + 2;
  std::vector<Unit> units;
  std::vector<std::uint32_t> keys;
  std::size_t size = 0;
  void clear() {
    if (units.size() < kCapacity) units.resize(kCapacity), keys.resize(kCapacity);
    size = 0;
  }
  void push(const Unit& u) {
    units[size] = u;
    keys[size] = u.key;
    ++size;
  }
};

// Work done, for the linear-time guarantee (tests assert these stay within c·n).
struct TokenizeStats {
  std::size_t chars = 0, units = 0, tokens = 0, lexicon_steps = 0;
};

// The light English stemmer: plural -s/-es/-ies, -ing, -ment. True if the word changed.
bool stem_english(std::string& word);
bool is_english_stop_word(const std::string& word);

inline Span joined_span(const Span& a, const Span& b) { return {a.begin, b.end, a.begin_u16, b.end_u16}; }

// Tokenizing and emitting are templates over the sink: a TokenSink is called virtually, while a
// sink whose on_token is not virtual or is final and inline (the query's, the index build's) is
// called directly and inlined: a posting emits ~250 tokens and a build ~35 000, and a call cost ~20 instructions.
class Tokenizer {
 public:
  static constexpr std::size_t kMaxSegmentUnits = detail::kMaxSegmentUnits;
  static constexpr std::size_t kMaxWordChars = 48;

  // Query mode: unknown words match nothing.
  Tokenizer(const WordDictionary& words, const Lexicon* lexicon);
  // Build mode: unseen words are added to `words`.
  Tokenizer(WordDictionary& words, const Lexicon* lexicon, bool grow);

  // Tokenizes text[begin, end), all of it title or all body; `begin_u16` is the UTF-16 offset
  // of `begin` in text, so spans are offsets into the whole text. Returns normalisation flags;
  // `end_u16`, if given, receives the UTF-16 offset of `end`.
  template <class Sink>
  std::uint32_t tokenize(std::string_view text, std::size_t begin, std::size_t end, bool in_title,
                         std::uint32_t begin_u16, Sink& sink, TokenizeStats* stats = nullptr,
                         std::uint32_t* end_u16 = nullptr) const;
  template <class Sink>
  std::uint32_t tokenize(std::string_view text, Sink& sink) const {
    return tokenize(text, 0, text.size(), false, 0, sink);
  }

  // Calls `f(units, keys, n)` for each segment of text: the catalogue's names are read once,
  // kept (SegmentCache), and emitted later as catalogue text with emit().
  using SegmentVisitor = std::function<void(const Unit* units, const std::uint32_t* keys, std::size_t n)>;
  void for_each_segment(std::string_view text, const SegmentVisitor& visit) const;
  template <class Sink>
  void emit(const Unit* units, const std::uint32_t* keys, std::size_t n, Sink& sink) const {
    TokenizeStats ignored;
    emit(units, keys, n, false, sink, ignored);
  }

  // If set, a phrase inside a longer phrase found earlier is not emitted again.
  bool skip_nested_phrases = false;

  // Reads segments into `segment` (kept by the caller between tokenizers) instead of its own.
  void use_segment(Segment* segment) { segment_ = segment; }

 private:
  template <class Sink>
  void emit(const Unit* units, const std::uint32_t* keys, std::size_t n, bool in_title, Sink& sink,
            TokenizeStats& stats) const;

  // Called back once per segment read (a few per line of text: this call costs little).
  struct SegmentHandler {
    virtual void on_segment(const Segment& segment) = 0;

   protected:
    ~SegmentHandler() = default;
  };
  // What reading a range found: its normalisation flags, characters, and UTF-16 end offset.
  struct ReadSummary {
    std::uint32_t flags = 0;
    std::size_t chars = 0;
    std::uint32_t end_u16 = 0;
  };
  // Reads text[begin, end) into `segment`, one segment at a time, handing each to `handler`.
  ReadSummary read_segments(std::string_view text, std::size_t begin, std::size_t end, std::uint32_t begin_u16,
                            Segment& segment, SegmentHandler& handler) const;

  Segment& segment() const { return segment_ ? *segment_ : scratch_; }

  mutable Segment scratch_;  // reused between calls: a tokenizer serves one thread
  Segment* segment_ = nullptr;
  const WordDictionary& words_;
  WordDictionary* grow_ = nullptr;
  const Lexicon* lexicon_;
};

template <class Sink>
void Tokenizer::emit(const Unit* u, const std::uint32_t* keys, std::size_t n, bool in_title, Sink& sink,
                     TokenizeStats& stats) const {
  stats.units += n;
  std::size_t covered = 0;  // units up to here are inside a phrase already emitted
  Token t;  // one for the segment: each token sets its key and span (a fresh one per unit cost stores)
  t.in_title = in_title;
  for (std::size_t i = 0; i < n; ++i) {
    if (u[i].kind == UnitKind::word && u[i].term) {
      t.key = word_key(u[i].key - kWordUnitBase);
      t.span = u[i].span;
      sink.on_token(t), ++stats.tokens;
    } else if (u[i].kind == UnitKind::han && i + 1 < n && u[i + 1].kind == UnitKind::han && !u[i + 1].gap_before) {
      t.key = bigram_key(u[i].key, u[i + 1].key);
      t.span = joined_span(u[i].span, u[i + 1].span);
      sink.on_token(t), ++stats.tokens;
    }
    if (!lexicon_ || u[i].key == kNoUnitKey) continue;
    const auto [phrase, tagged] = lexicon_->longest_at(keys, n, i, stats.lexicon_steps);
    if (phrase.entry != Lexicon::kNone && !(skip_nested_phrases && i + phrase.units <= covered)) {
      t.key = phrase_key(phrase.entry);
      t.span = joined_span(u[i].span, u[i + phrase.units - 1].span);
      sink.on_token(t), ++stats.tokens;
      covered = std::max(covered, i + phrase.units);
    }
    if (tagged.entry != Lexicon::kNone)
      sink.on_tagged(tagged.entry, in_title, joined_span(u[i].span, u[i + tagged.units - 1].span));
  }
}

template <class Sink>
std::uint32_t Tokenizer::tokenize(std::string_view text, std::size_t begin, std::size_t end, bool in_title,
                                  std::uint32_t begin_u16, Sink& sink, TokenizeStats* stats,
                                  std::uint32_t* end_u16) const {
  struct Emitter final : SegmentHandler {
    Emitter(const Tokenizer& tokenizer, bool in_title, Sink& sink) : tokenizer(tokenizer), in_title(in_title), sink(sink) {}
    void on_segment(const Segment& s) override { tokenizer.emit(s.units.data(), s.keys.data(), s.size, in_title, sink, counts); }
    const Tokenizer& tokenizer;
    bool in_title;
    Sink& sink;
    TokenizeStats counts;
  } emitter(*this, in_title, sink);
  const ReadSummary read = read_segments(text, begin, end, begin_u16, segment(), emitter);
  if (end_u16) *end_u16 = read.end_u16;
  if (stats) {
    stats->chars += read.chars;
    stats->units += emitter.counts.units;
    stats->tokens += emitter.counts.tokens;
    stats->lexicon_steps += emitter.counts.lexicon_steps;
  }
  return read.flags;
}

}  // namespace talentmatch::detail
