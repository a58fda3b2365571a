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

void Lexicon::freeze() {
  if (frozen_) return;
  first_edge_.assign(node_entry_.size() + 1, 0);
  for (const auto& [parent, edge] : added_edges_) ++first_edge_[parent + 1];
  for (std::size_t i = 1; i < first_edge_.size(); ++i) first_edge_[i] += first_edge_[i - 1];
  edges_by_node_.resize(added_edges_.size());
  std::vector<std::uint32_t> fill(first_edge_.begin(), first_edge_.end() - 1);
  for (const auto& [parent, edge] : added_edges_) edges_by_node_[fill[parent]++] = edge;
  for (std::size_t node = 0; node + 1 < first_edge_.size(); ++node)
    if (first_edge_[node + 1] - first_edge_[node] > 1)  // most nodes have one child
      std::sort(edges_by_node_.begin() + first_edge_[node], edges_by_node_.begin() + first_edge_[node + 1],
                [](const Edge& a, const Edge& b) { return a.key < b.key; });
  edges_ = FlatMap();
  added_edges_.clear();
  added_edges_.shrink_to_fit();
  frozen_ = true;
}

std::uint32_t Lexicon::add(const std::uint32_t* keys, std::size_t n, bool phrase_term) {
  if (n == 0 || n > kMaxUnits) return kNone;
  if (frozen_) {  // back to the hash table
    edges_ = FlatMap(edges_by_node_.size());
    for (std::uint32_t parent = 0; parent + 1 < first_edge_.size(); ++parent)
      for (std::uint32_t e = first_edge_[parent]; e < first_edge_[parent + 1]; ++e) {
        edges_.insert(edge_key(parent, edges_by_node_[e].key), edges_by_node_[e].node);
        added_edges_.push_back({parent, edges_by_node_[e]});
      }
    first_edge_.clear();
    edges_by_node_.clear();
    frozen_ = false;
  }
  // Each step finds the child or adds it in one probe: insert() returns the existing node if any.
  std::uint32_t node = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t key = keys[k];
    if (key == kNoUnitKey) return kNone;
    const auto fresh = static_cast<std::uint32_t>(node_entry_.size());
    std::uint32_t next;
    if (std::uint32_t* slot = node == 0 ? root_slot(key) : nullptr) {
      if (*slot == FlatMap::kMissing) *slot = fresh;
      next = *slot;
    } else {
      next = edges_.insert(edge_key(node, key), fresh);
      if (next == fresh) added_edges_.push_back({node, {key, fresh}});
    }
    if (next == fresh) node_entry_.push_back(kNone);
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
