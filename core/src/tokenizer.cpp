#include "tokenizer.h"

#include <algorithm>

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

enum class CharClass { han, alnum, space, joiner, hard, other };

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if (is_ascii_alnum(c)) return CharClass::alnum;
    if (c == ' ' || c == '\t') return CharClass::space;
    // Joiners link the parts of one name: UI/UX, S/4HANA, Node.js, R&D, ACCA·资深会员.
    if (c == '/' || c == '-' || c == '_' || c == '&' || c == '+' || c == '.' || c == '\'' || c == '#')
      return CharClass::joiner;
    return CharClass::hard;
  }
  if (is_han(c)) return CharClass::han;
  if (c == 0xA0 || c == 0xB7 || c == 0x30FB || c == 0x2019 || c == 0x2027) return CharClass::joiner;
  if (is_separator(c)) return CharClass::hard;
  return CharClass::other;
}

bool all_letters(const std::string& w) {
  for (char ch : w)
    if (ch < 'a' || ch > 'z') return false;
  return true;
}

bool has_vowel(const std::string& w, std::size_t length) {
  for (std::size_t i = 0; i < length && i < w.size(); ++i)
    if (std::string_view("aeiouy").find(w[i]) != std::string_view::npos) return true;
  return false;
}

bool ends_with(const std::string& w, const char* suffix) {
  std::size_t n = std::char_traits<char>::length(suffix);
  return w.size() >= n && w.compare(w.size() - n, n, suffix) == 0;
}

enum class UnitKind : std::uint8_t { han, word, other };

struct Unit {
  std::uint32_t key = kNoUnitKey;  // trie key
  std::uint32_t word = WordDictionary::kUnknown;
  char32_t c = 0;
  UnitKind kind = UnitKind::other;
  bool gap_before = false;  // a space or joiner separates it from the previous unit
  bool term = false;        // a word worth indexing
  Span span;
};

// A run of units between hard separators (or cut at kMaxSegmentUnits).
struct Segment {
  std::vector<Unit> units;
  std::vector<std::uint32_t> keys;
  void clear() {
    units.clear();
    keys.clear();
  }
};

// Normalised characters → units (Han characters, whole Latin words), segment by segment.
class UnitReader {
 public:
  UnitReader(const WordDictionary& words, WordDictionary* grow, std::string_view text, std::size_t begin,
             std::size_t end, std::uint32_t begin_u16)
      : words_(words), grow_(grow), norm_(text, begin, end, begin_u16) {}

  bool next(Segment& seg) {
    seg.clear();
    NormChar nc;
    while (norm_.next(nc)) {
      ++chars_;
      if (!take(nc, seg)) return true;
      if (seg.units.size() >= Tokenizer::kMaxSegmentUnits) return true;
    }
    finish_word(seg);
    return !seg.units.empty();
  }

  std::uint32_t flags() const { return norm_.flags() | flags_; }
  std::size_t chars() const { return chars_; }

 private:
  // Takes one character; false when it ends a non-empty segment.
  bool take(const NormChar& nc, Segment& seg) {
    char32_t c = nc.c;
    switch (classify(c)) {
      case CharClass::alnum:
        if (word_closed_) finish_word(seg);
        add_to_word(c, nc.span);
        return true;
      case CharClass::han:
        finish_word(seg);
        push(seg, make_char_unit(c, c, UnitKind::han, nc.span));
        return true;
      case CharClass::other:
        finish_word(seg);
        push(seg, make_char_unit(c, kNoUnitKey, UnitKind::other, nc.span));
        return true;
      case CharClass::joiner:
        if ((c == '+' || c == '#') && extends_word(c)) {
          add_to_word(c, nc.span);
          word_closed_ = true;  // c++ and c# end there
          return true;
        }
        finish_word(seg);
        gap_ = true;
        return true;
      case CharClass::space:
        finish_word(seg);
        gap_ = true;
        return true;
      case CharClass::hard:
        finish_word(seg);
        gap_ = false;
        return seg.units.empty();
    }
    return true;
  }

  // C++, C#, F#: a one-letter word (or "c+") followed by + or #.
  bool extends_word(char32_t c) const {
    if (word_.empty() || word_.size() > 2) return false;
    char last = word_.back();
    bool letter_start = word_[0] >= 'a' && word_[0] <= 'z';
    return letter_start && (last == '+' ? c == '+' : (last >= 'a' && last <= 'z'));
  }

  void add_to_word(char32_t c, const Span& span) {
    if (!word_open_) word_span_ = span;
    if (word_.size() < Tokenizer::kMaxWordChars) word_ += static_cast<char>(c);
    if (c >= 'a' && c <= 'z') word_has_letter_ = true;
    word_span_.end = span.end;
    word_span_.end_u16 = span.end_u16;
    word_open_ = true;
  }

  Unit make_char_unit(char32_t c, std::uint32_t key, UnitKind kind, const Span& span) {
    Unit u;
    u.c = c;
    u.key = key;
    u.kind = kind;
    u.span = span;
    return u;
  }

  void finish_word(Segment& seg) {
    if (!word_open_) return;
    Unit u;
    u.kind = UnitKind::word;
    u.span = word_span_;
    bool stop = is_english_stop_word(word_);
    if (!stop && all_letters(word_) && stem_english(word_)) flags_ |= kStemmed;
    u.word = grow_ ? grow_->insert(word_) : words_.find(word_);
    u.key = u.word == WordDictionary::kUnknown ? kNoUnitKey : kWordUnitBase + u.word;
    u.term = word_has_letter_ && !stop && u.word != WordDictionary::kUnknown;
    push(seg, u);
    word_.clear();
    word_span_ = Span{};
    word_has_letter_ = word_closed_ = word_open_ = false;
  }

  void push(Segment& seg, Unit u) {
    u.gap_before = gap_;
    gap_ = false;
    seg.units.push_back(u);
    seg.keys.push_back(u.key);
  }

  const WordDictionary& words_;
  WordDictionary* grow_;
  Normalizer norm_;
  bool gap_ = false;
  std::string word_;
  Span word_span_;
  bool word_open_ = false, word_has_letter_ = false, word_closed_ = false;
  std::uint32_t flags_ = 0;
  std::size_t chars_ = 0;
};

Span join(const Span& a, const Span& b) { return {a.begin, b.end, a.begin_u16, b.end_u16}; }

}  // namespace

std::uint32_t WordDictionary::find(const std::string& word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknown : it->second;
}

std::uint32_t WordDictionary::insert(const std::string& word) {
  auto [it, fresh] = ids_.emplace(word, static_cast<std::uint32_t>(words_.size()));
  if (fresh) words_.push_back(word);
  return it->second;
}

bool stem_english(std::string& w) {
  if (w.size() < 4) return false;
  std::string before = w;
  if (ends_with(w, "ies") && w.size() > 4) w.replace(w.size() - 3, 3, "y");
  else if (ends_with(w, "sses")) w.erase(w.size() - 2);
  else if (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "xes")) w.erase(w.size() - 2);
  else if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) w.pop_back();
  if (ends_with(w, "ing") && w.size() >= 6 && has_vowel(w, w.size() - 3)) {
    w.erase(w.size() - 3);
    // modelling → model, programming → program
    if (w.size() >= 4 && w[w.size() - 1] == w[w.size() - 2] && w.back() != 's' && w.back() != 'l') w.pop_back();
    else if (ends_with(w, "ll") && w.size() >= 5) w.pop_back();
  } else if (ends_with(w, "ment") && w.size() >= 8) {
    w.erase(w.size() - 4);
  }
  return w != before;
}

bool is_english_stop_word(const std::string& w) {
  static const char* const kStop[] = {
      "a",    "an",   "and",  "are",  "as",   "at",    "be",   "by",   "for",  "from", "has",  "have",
      "in",   "is",   "it",   "its",  "of",   "on",    "or",   "our",  "that", "the",  "this", "to",
      "was",  "we",   "will", "with", "you",  "your",  "who",  "can",  "may",  "all",  "any",  "etc",
      "such", "into", "per",  "plus", "able", "within", "their", "they", "us",   "via",  "e",    "g",
      "i",    "ie",   "eg",   "s",
  };
  for (const char* s : kStop)
    if (w == s) return true;
  return false;
}

Tokenizer::Tokenizer(const WordDictionary& words, const Lexicon* lexicon) : words_(words), lexicon_(lexicon) {}

Tokenizer::Tokenizer(WordDictionary& words, const Lexicon* lexicon, bool grow)
    : words_(words), grow_(grow ? &words : nullptr), lexicon_(lexicon) {}

std::uint32_t Tokenizer::tokenize(std::string_view text, std::size_t begin, std::size_t end, bool in_title,
                                  std::uint32_t begin_u16, TokenSink& sink, TokenizeStats* stats) const {
  UnitReader reader(words_, grow_, text, begin, end, begin_u16);
  Segment seg;
  seg.units.reserve(kMaxSegmentUnits);
  seg.keys.reserve(kMaxSegmentUnits);
  std::size_t units = 0, tokens = 0, steps = 0;
  while (reader.next(seg)) {
    const auto& u = seg.units;
    const std::size_t n = u.size();
    units += n;
    std::size_t covered = 0;  // units up to here are inside a phrase already emitted
    for (std::size_t i = 0; i < n; ++i) {
      Token t;
      t.in_title = in_title;
      if (u[i].kind == UnitKind::word && u[i].term) {
        t.key = word_key(u[i].word);
        t.span = u[i].span;
        sink.on_token(t), ++tokens;
      } else if (u[i].kind == UnitKind::han && i + 1 < n && u[i + 1].kind == UnitKind::han && !u[i + 1].gap_before) {
        t.key = bigram_key(u[i].c, u[i + 1].c);
        t.span = join(u[i].span, u[i + 1].span);
        sink.on_token(t), ++tokens;
      }
      if (!lexicon_ || u[i].key == kNoUnitKey) continue;
      Lexicon::Hit phrase, tagged;
      lexicon_->longest_at(seg.keys.data(), n, i, phrase, tagged, steps);
      if (phrase.entry != Lexicon::kNone && !(skip_nested_phrases && i + phrase.units <= covered)) {
        t.key = phrase_key(phrase.entry);
        t.span = join(u[i].span, u[i + phrase.units - 1].span);
        sink.on_token(t), ++tokens;
        covered = std::max(covered, i + phrase.units);
      }
      if (tagged.entry != Lexicon::kNone)
        sink.on_tagged(tagged.entry, in_title, join(u[i].span, u[i + tagged.units - 1].span));
    }
  }
  if (stats) {
    stats->chars += reader.chars();
    stats->units += units;
    stats->tokens += tokens;
    stats->lexicon_steps += steps;
  }
  return reader.flags();
}

std::vector<std::vector<std::uint32_t>> Tokenizer::phrase_units(std::string_view phrase) const {
  UnitReader reader(words_, grow_, phrase, 0, phrase.size(), 0);
  std::vector<std::vector<std::uint32_t>> out;
  Segment seg;
  while (reader.next(seg)) out.push_back(seg.keys);
  return out;
}

}  // namespace talentmatch::detail
