#include "tokenizer.h"

#include <algorithm>
#include <array>

#include "talentmatch/text.h"
#include "text_hash.h"

namespace talentmatch::detail {
namespace {

enum class CharClass { han, alnum, space, joiner, hard, other };

CharClass classify(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return CharClass::han;  // the common case first
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return CharClass::alnum;  // folded: no capitals
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

bool ends_with(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  const char* tail = w.data() + (w.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i)  // suffixes are 1–4 letters: no memcmp call
    if (tail[i] != suffix[i]) return false;
  return true;
}

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
      if (nc.c >= 0x4E00 && nc.c <= 0x9FFF) {  // most characters of a Chinese posting
        if (word_open_) finish_word(seg);
        push(seg, make_char_unit(nc.c, UnitKind::han, nc.span));
      } else if (!take(nc, seg)) {
        return true;
      }
      if (seg.size >= kMaxSegmentUnits) return true;
    }
    finish_word(seg);
    return seg.size != 0;
  }

  std::uint32_t flags() const { return norm_.flags() | flags_; }
  std::uint32_t u16() const { return norm_.u16(); }
  std::size_t chars() const { return chars_; }

 private:
  // Takes one character; false when it ends a non-empty segment.
  bool take(const NormChar& nc, Segment& seg) {
    char32_t c = nc.c;
    switch (classify(c)) {
      case CharClass::alnum:
        if (word_closed_) finish_word(seg);
        add_to_word(c, nc.span);
        extend_word();
        return true;
      case CharClass::han:
        finish_word(seg);
        push(seg, make_char_unit(c, UnitKind::han, nc.span));
        return true;
      case CharClass::other:
        finish_word(seg);
        push(seg, make_char_unit(kNoUnitKey, UnitKind::other, nc.span));
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
        return seg.size == 0;
    }
    return true;
  }

  // The rest of an ASCII word in one go: what add_to_word() would do for each of its characters.
  void extend_word() {
    if (std::size_t n = norm_.read_alnum_run(word_, word_size_, Tokenizer::kMaxWordChars, word_has_letter_)) {
      chars_ += n;
      word_span_.end = norm_.end_byte();
      word_span_.end_u16 = norm_.u16();
    }
  }

  // C++, C#, F#: a one-letter word (or "c+") followed by + or #.
  bool extends_word(char32_t c) const {
    if (word_size_ == 0 || word_size_ > 2) return false;
    char last = word_[word_size_ - 1];
    bool letter_start = word_[0] >= 'a' && word_[0] <= 'z';
    return letter_start && (last == '+' ? c == '+' : (last >= 'a' && last <= 'z'));
  }

  void add_to_word(char32_t c, const Span& span) {
    if (!word_open_) word_span_ = span;
    if (word_size_ < Tokenizer::kMaxWordChars) word_[word_size_++] = static_cast<char>(c);
    if (c >= 'a' && c <= 'z') word_has_letter_ = true;
    word_span_.end = span.end;
    word_span_.end_u16 = span.end_u16;
    word_open_ = true;
  }

  Unit make_char_unit(std::uint32_t key, UnitKind kind, const Span& span) {
    Unit u;
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
    WordDictionary::Surface a = analyse(std::string_view(word_, word_size_));
    if (a.stemmed) flags_ |= kStemmed;
    u.key = a.word == WordDictionary::kUnknown ? kNoUnitKey : kWordUnitBase + a.word;
    u.term = word_has_letter_ && !a.stop && a.word != WordDictionary::kUnknown;
    push(seg, u);
    word_size_ = 0;
    word_span_ = Span{};
    word_has_letter_ = word_closed_ = word_open_ = false;
  }

  // Stop word? Stem? Id? Cached per surface form in the dictionary.
  WordDictionary::Surface analyse(std::string_view form) {
    if (const WordDictionary::Surface* known = words_.find_surface(form)) return *known;
    WordDictionary::Surface a;
    std::string stem(form);
    a.stop = is_english_stop_word(stem);
    a.stemmed = !a.stop && all_letters(stem) && stem_english(stem);
    a.word = grow_ ? grow_->insert(stem) : words_.find(stem);
    if (grow_) grow_->add_surface(form, a);
    return a;
  }

  void push(Segment& seg, Unit u) {
    u.gap_before = gap_;
    gap_ = false;
    seg.push(u);
  }

  const WordDictionary& words_;
  WordDictionary* grow_;
  Normalizer norm_;
  bool gap_ = false;
  char word_[Tokenizer::kMaxWordChars];  // the word being read, lower-cased, cut at kMaxWordChars
  std::size_t word_size_ = 0;
  Span word_span_;
  bool word_open_ = false, word_has_letter_ = false, word_closed_ = false;
  std::uint32_t flags_ = 0;
  std::size_t chars_ = 0;
};

}  // namespace

std::uint32_t WordDictionary::find(std::string_view word) const {
  std::uint32_t id = ids_.find(text_hash(word));
  return id != FlatMap::kMissing && words_[id] == word ? id : kUnknown;
}

std::uint32_t WordDictionary::insert(std::string_view word) {
  std::uint32_t id = ids_.insert(text_hash(word), static_cast<std::uint32_t>(words_.size()));
  if (id == words_.size()) words_.emplace_back(word);
  return words_[id] == word ? id : kUnknown;  // a 64-bit hash collision: the later word stays unknown
}

const WordDictionary::Surface* WordDictionary::find_surface(std::string_view form) const {
  std::uint32_t i = surface_ids_.find(text_hash(form));
  return i != FlatMap::kMissing && surfaces_[i].first == form ? &surfaces_[i].second : nullptr;
}

void WordDictionary::add_surface(std::string_view form, const Surface& analysis) {
  std::uint32_t i = surface_ids_.insert(text_hash(form), static_cast<std::uint32_t>(surfaces_.size()));
  if (i == surfaces_.size()) surfaces_.emplace_back(std::string(form), analysis);
}

bool stem_english(std::string& w) {
  if (w.size() < 4) return false;
  const std::size_t size_before = w.size();
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
  return w.size() != size_before;  // every rule shortens the word
}

// A word of at most 8 bytes as one integer (zero-padded), so a stop word is found with integer
// compares rather than string compares: the check runs for every new word form.
constexpr std::uint64_t pack_short_word(std::string_view w) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < w.size() && i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

bool is_english_stop_word(const std::string& w) {
  static constexpr std::string_view kStop[] = {
      "a",   "able", "all",  "an",   "and",   "any",   "are",  "as",    "at",   "be",   "by",   "can",
      "e",   "eg",   "etc",  "for",  "from",  "g",     "has",  "have",  "i",    "ie",   "in",   "into",
      "is",  "it",   "its",  "may",  "of",    "on",    "or",   "our",   "per",  "plus", "s",    "such",
      "that", "the", "their", "they", "this", "to",    "us",   "via",   "was",  "we",   "who",  "will",
      "with", "within", "you", "your",
  };
  static constexpr std::size_t kCount = sizeof(kStop) / sizeof(kStop[0]);
  // Packed and sorted once (every stop word has at most 6 letters, so packing loses nothing).
  static const std::array<std::uint64_t, kCount> packed = [] {
    std::array<std::uint64_t, kCount> p{};
    for (std::size_t i = 0; i < kCount; ++i) p[i] = pack_short_word(kStop[i]);
    std::sort(p.begin(), p.end());
    return p;
  }();
  if (w.empty() || w.size() > 6) return false;
  return std::binary_search(packed.begin(), packed.end(), pack_short_word(w));
}

Tokenizer::Tokenizer(const WordDictionary& words, const Lexicon* lexicon) : words_(words), lexicon_(lexicon) {}

Tokenizer::Tokenizer(WordDictionary& words, const Lexicon* lexicon, bool grow)
    : words_(words), grow_(grow ? &words : nullptr), lexicon_(lexicon) {}

Tokenizer::ReadSummary Tokenizer::read_segments(std::string_view text, std::size_t begin, std::size_t end,
                                                std::uint32_t begin_u16, Segment& segment,
                                                SegmentHandler& handler) const {
  UnitReader reader(words_, grow_, text, begin, end, begin_u16);
  while (reader.next(segment)) handler.on_segment(segment);
  return {reader.flags(), reader.chars(), reader.u16()};
}

void Tokenizer::for_each_segment(std::string_view text, const SegmentVisitor& visit) const {
  UnitReader reader(words_, grow_, text, 0, text.size(), 0);
  while (reader.next(scratch_)) visit(scratch_.units.data(), scratch_.keys.data(), scratch_.size);
}

}  // namespace talentmatch::detail
