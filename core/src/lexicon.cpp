#include "lexicon.h"

#include <algorithm>

namespace talentmatch::detail {

// Unit keys the tokenizer gives to characters no phrase can contain.
constexpr std::uint32_t kNoUnitKey = 0xFFFFFFFFu;

// Nodes and entries reserved for a catalogue like the bundled one (16 406 nodes, 4 299 entries),
// so that adding never copies them.
Lexicon::Lexicon() : root_han_(kHanLast - kHanFirst + 1, kNoNode) {
  node_entry_.reserve(kExpectedNodes);
  list_.reserve(kExpectedNodes);
  entries_.reserve(kExpectedEntries);
  add_node(0);
}

std::uint32_t* Lexicon::root_slot(std::uint32_t key) {
  if (key >= kHanFirst && key <= kHanLast) return &root_han_[key - kHanFirst];
  if (key >= kWordBase && key - kWordBase < (1u << 24)) {
    if (key - kWordBase >= root_words_.size()) root_words_.resize(key - kWordBase + 1, kNoNode);
    return &root_words_[key - kWordBase];
  }
  return nullptr;
}

std::uint32_t Lexicon::add_node(std::uint32_t key) {
  const auto node = static_cast<std::uint32_t>(node_entry_.size());
  node_entry_.push_back(kNone);
  list_.push_back({key, kNoNode, kNoNode});
  return node;
}

void Lexicon::freeze() {
  if (frozen_) return;
  // The lists are sorted already: each node's run is its list, in node order.
  const auto nodes = static_cast<std::uint32_t>(node_entry_.size());
  first_edge_.resize(nodes + 1);
  edges_by_node_.resize(nodes);  // at most one edge into each node: written by index, then cut
  std::uint32_t edges = 0;
  for (std::uint32_t node = 0; node < nodes; ++node) {
    first_edge_[node] = edges;
    for (std::uint32_t c = list_[node].first_child; c != kNoNode; c = list_[c].next_sibling)
      edges_by_node_[edges++] = {list_[c].key, c};
  }
  first_edge_[nodes] = edges;
  edges_by_node_.resize(edges);
  std::vector<ListNode>().swap(list_);
  frozen_ = true;
}

std::uint32_t Lexicon::add(const std::uint32_t* keys, std::size_t n, bool phrase_term) {
  if (n == 0 || n > kMaxUnits) return kNone;
  if (frozen_) {  // back to the lists
    const std::size_t nodes = node_entry_.size();
    list_.assign(nodes, {kNoUnitKey, kNoNode, kNoNode});  // the root's direct children are never in a list
    for (std::uint32_t parent = 0; parent < nodes; ++parent)
      for (std::uint32_t e = first_edge_[parent + 1]; e-- > first_edge_[parent];) {  // last first: pushed at the front
        const Edge& edge = edges_by_node_[e];
        list_[edge.node].key = edge.key;
        list_[edge.node].next_sibling = list_[parent].first_child;
        list_[parent].first_child = edge.node;
      }
    first_edge_.clear();
    edges_by_node_.clear();
    frozen_ = false;
  }
  std::uint32_t node = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t key = keys[k];
    if (key == kNoUnitKey) return kNone;
    if (std::uint32_t* slot = node == 0 ? root_slot(key) : nullptr) {
      if (*slot == kNoNode) *slot = add_node(key);
      node = *slot;
      continue;
    }
    // Find the child in the sorted list, or insert it where it belongs.
    std::uint32_t before = kNoNode, c = list_[node].first_child;
    for (; c != kNoNode && list_[c].key < key; c = list_[c].next_sibling) before = c;
    if (c == kNoNode || list_[c].key != key) {
      const std::uint32_t fresh = add_node(key);
      list_[fresh].next_sibling = c;
      (before == kNoNode ? list_[node].first_child : list_[before].next_sibling) = fresh;
      c = fresh;
    }
    node = c;
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
