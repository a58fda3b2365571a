#include "lexicon.h"

#include <algorithm>

namespace talentmatch::detail {

// Unit keys the tokenizer gives to characters no phrase can contain.
constexpr std::uint32_t kNoUnitKey = 0xFFFFFFFFu;

// Edges sized for a catalogue like the bundled one (18 778 edges), so building never rehashes.
Lexicon::Lexicon() : root_han_(kHanLast - kHanFirst + 1, FlatMap::kMissing), edges_(1 << 15) {
  node_entry_.push_back(kNone);
}

std::uint32_t* Lexicon::root_slot(std::uint32_t key) {
  if (key >= kHanFirst && key <= kHanLast) return &root_han_[key - kHanFirst];
  if (key >= kWordBase && key - kWordBase < (1u << 24)) {
    if (key - kWordBase >= root_words_.size()) root_words_.resize(key - kWordBase + 1, FlatMap::kMissing);
    return &root_words_[key - kWordBase];
  }
  return nullptr;
}

std::uint32_t Lexicon::add(const std::uint32_t* keys, std::size_t n, bool phrase_term) {
  if (n == 0 || n > kMaxUnits) return kNone;
  std::uint32_t node = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t key = keys[k];
    if (key == kNoUnitKey) return kNone;
    std::uint32_t next = child(node, key);
    if (next == FlatMap::kMissing) {
      next = static_cast<std::uint32_t>(node_entry_.size());
      node_entry_.push_back(kNone);
      std::uint32_t* slot = node == 0 ? root_slot(key) : nullptr;
      if (slot) *slot = next;
      else edges_.insert((static_cast<std::uint64_t>(node) << 32) | key, next);
    }
    node = next;
  }
  std::uint32_t& id = node_entry_[node];
  if (id == kNone) {
    id = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back({static_cast<std::uint32_t>(n), false, {}});
  }
  entries_[id].phrase_term = entries_[id].phrase_term || phrase_term;
  return id;
}

void Lexicon::add_tag(std::uint32_t entry, std::uint32_t tag) {
  if (entry == kNone) return;
  auto& tags = entries_[entry].tags;
  for (std::uint32_t t : tags)
    if (t == tag) return;
  tags.push_back(tag);
}

}  // namespace talentmatch::detail
