// Term keys (tokenizer.h) → dense term ids shared by every index built over the same catalogue.
#pragma once

#include <cstdint>
#include <vector>

#include "matcher_flat_map.h"

namespace talentmatch::detail {

// A word or phrase key carries a small dense number of its own (the word's id, the lexicon
// entry), so its term id sits in a plain array at that number; only bigram keys go through the
// hash table. The index build asks once per catalogue token, and most of the time went to cache
// misses in one table holding every term.
class Vocabulary {
 public:
  // Sized for the bundled catalogue (9 063 bigrams, 15 617 terms in all) so that building it
  // never rehashes or copies the keys.
  Vocabulary() : ids_(1 << 14) { keys_.reserve(1 << 14); }
  std::uint32_t find(std::uint64_t key) const {
    if ((key >> 60) == kBigram) return ids_.find(key);  // the common case first: a posting's tokens are mostly bigrams
    if (const std::vector<std::uint32_t>* direct = direct_table(key)) {
      const std::uint64_t number = key & kNumberMask;
      return number < direct->size() ? (*direct)[number] : FlatMap::kMissing;
    }
    return ids_.find(key);
  }
  std::uint32_t insert(std::uint64_t key) {
    const auto next = static_cast<std::uint32_t>(keys_.size());
    std::uint32_t id;
    if (std::vector<std::uint32_t>* direct = direct_table(key)) {
      const std::uint64_t number = key & kNumberMask;
      if (number >= direct->size()) direct->resize(number + 1, FlatMap::kMissing);
      std::uint32_t& slot = (*direct)[number];
      if (slot == FlatMap::kMissing) slot = next;
      id = slot;
    } else {
      id = ids_.insert(key, next);
    }
    if (id == next) keys_.push_back(key);
    return id;
  }
  std::uint64_t key(std::uint32_t id) const { return keys_[id]; }
  std::size_t size() const { return keys_.size(); }

 private:
  // The kind sits in the key's top four bits (tokenizer.h): 1 a bigram, 2 a word, 3 a phrase.
  static constexpr std::uint64_t kBigram = 1, kWord = 2, kPhrase = 3;
  static constexpr std::uint64_t kNumberMask = (1ull << 60) - 1;
  static constexpr std::uint64_t kMaxDirect = 1ull << 24;  // larger numbers (none in practice) go to the table
  const std::vector<std::uint32_t>* direct_table(std::uint64_t key) const {
    if ((key & kNumberMask) >= kMaxDirect) return nullptr;
    const std::uint64_t kind = key >> 60;
    return kind == kWord ? &words_ : kind == kPhrase ? &phrases_ : nullptr;
  }
  std::vector<std::uint32_t>* direct_table(std::uint64_t key) {
    return const_cast<std::vector<std::uint32_t>*>(static_cast<const Vocabulary*>(this)->direct_table(key));
  }

  FlatMap ids_;                                   // bigrams (and any other key)
  std::vector<std::uint32_t> words_, phrases_;    // by word id / lexicon entry: term id or kMissing
  std::vector<std::uint64_t> keys_;
};

}  // namespace talentmatch::detail
