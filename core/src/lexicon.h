// Phrases the catalogue itself uses — titles, aliases, majors, direction and field names,
// qualification names, skill terms — as a trie over tokenizer units (Han characters and whole
// Latin words), so a phrase matches only on unit boundaries: "cfa" never inside another word.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "matcher_flat_map.h"

namespace talentmatch::detail {

class Lexicon {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  // Longer phrases are not added: it bounds the work at each text position.
  static constexpr std::size_t kMaxUnits = 24;

  struct Entry {
    std::uint32_t units = 0;
    bool phrase_term = false;          // indexed as a term of its own
    std::vector<std::uint32_t> tags;   // e.g. the qualifications this phrase names
  };
  struct Hit {
    std::uint32_t entry = kNone;
    std::uint32_t units = 0;
  };
  struct Hits {
    Hit phrase;  // the longest phrase-term entry
    Hit tagged;  // the longest tagged entry
  };

  Lexicon();

  // Adds a phrase given as unit keys; returns its entry (the existing one if already known),
  // or kNone if it is empty, too long or contains an unknown unit.
  std::uint32_t add(const std::uint32_t* keys, std::size_t n, bool phrase_term);
  std::uint32_t add(const std::vector<std::uint32_t>& keys, bool phrase_term) {
    return add(keys.data(), keys.size(), phrase_term);
  }
  void add_tag(std::uint32_t entry, std::uint32_t tag);

  // From keys[start]: the longest phrase-term entry and the longest tagged entry. `steps`
  // counts trie transitions (bounded by kMaxUnits per start).
  // Inline, returning by value (kept in registers): the tokenizer asks at every unit of a
  // posting, and most stop at the first step.
  Hits longest_at(const std::uint32_t* keys, std::size_t n, std::size_t start, std::size_t& steps) const {
    Hits found;
    std::uint32_t node = 0;
    const std::size_t limit = n < start + kMaxUnits ? n : start + kMaxUnits;
    std::size_t i = start;
    while (i < limit) {
      node = child(node, keys[i++]);
      if (node == FlatMap::kMissing) break;
      const std::uint32_t id = node_entry_[node];
      if (id == kNone) continue;
      const Entry& e = entries_[id];
      if (e.phrase_term) found.phrase = {id, e.units};
      if (!e.tags.empty()) found.tagged = {id, e.units};
    }
    steps += i - start;  // every step taken, the failed one too
    return found;
  }

  const Entry& entry(std::uint32_t id) const { return entries_[id]; }
  std::size_t size() const { return entries_.size(); }

  // Call after the last add(): each node's children move into one sorted run of a compact array,
  // so a lookup reads one or two cache lines. (An add() after it rebuilds the lists first.)
  void freeze();

 private:
  // The root's children sit in direct arrays (common Han characters, words by id): the first step
  // is taken at every text position and most phrases stop there.
  static constexpr std::uint32_t kHanFirst = 0x4E00, kHanLast = 0x9FFF, kWordBase = 0x200000;
  static constexpr std::uint32_t kNoNode = FlatMap::kMissing;
  static constexpr std::size_t kExpectedNodes = 20000, kExpectedEntries = 6000;
  std::uint32_t* root_slot(std::uint32_t key);
  std::uint32_t add_node(std::uint32_t key);  // a new node with no children; returns its number
  std::uint32_t child(std::uint32_t node, std::uint32_t key) const {
    if (node == 0) {
      if (key >= kHanFirst && key <= kHanLast) return root_han_[key - kHanFirst];
      if (key >= kWordBase && key - kWordBase < root_words_.size()) return root_words_[key - kWordBase];
    }
    if (!frozen_) {
      for (std::uint32_t c = list_[node].first_child; c != kNoNode && list_[c].key <= key; c = list_[c].next_sibling)
        if (list_[c].key == key) return c;
      return kNoNode;
    }
    const Edge* e = edges_by_node_.data() + first_edge_[node];
    const Edge* end = edges_by_node_.data() + first_edge_[node + 1];
    if (end - e > 8) e = std::lower_bound(e, end, key, [](const Edge& x, std::uint32_t k) { return x.key < k; });
    for (; e != end && e->key <= key; ++e)
      if (e->key == key) return e->node;
    return kNoNode;
  }
  struct Edge {
    std::uint32_t key, node;  // the unit key and the child node it leads to
  };
  std::vector<std::uint32_t> root_han_, root_words_;
  // Below the root, while adding: each node's children as a list sorted by key, walked to find or
  // insert one (below the first character most nodes have a child or two). The lists take a sixth
  // of the memory of the hash table of edges they replace, which had to be cleared and paged in
  // for every matcher, and freeze() reads them off in order. After freeze(), each node's edges in
  // edges_by_node_[first_edge_[node], first_edge_[node + 1]).
  struct ListNode {
    std::uint32_t key;  // the unit key of the edge into the node
    std::uint32_t first_child, next_sibling;
  };
  std::vector<ListNode> list_;  // by node
  bool frozen_ = false;
  std::vector<std::uint32_t> first_edge_;
  std::vector<Edge> edges_by_node_;
  std::vector<std::uint32_t> node_entry_;  // per trie node: the entry ending there, or kNone
  std::vector<Entry> entries_;
};

}  // namespace talentmatch::detail
