// Texts numbered by content in order of first sight, for catalogue strings that repeat (majors):
// std::unordered_set<std::string_view> hashed them byte by byte and allocated a node for each.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "matcher_flat_map.h"
#include "text_hash.h"

namespace talentmatch::detail {

// Views only: the texts must outlive the table.
class TextTable {
 public:
  explicit TextTable(std::size_t expected = 16) : ids_(expected) {}

  // The text's number, and whether the text is new. Two different texts with the same 64-bit hash
  // (never seen) would only cost work: the later one gets a new number each time it is inserted.
  std::pair<std::uint32_t, bool> insert(std::string_view text) {
    const auto next = static_cast<std::uint32_t>(texts_.size());
    const std::uint32_t id = ids_.insert(text_hash(text), next);
    if (id != next && texts_[id] == text) return {id, false};
    texts_.push_back(text);
    return {next, true};
  }
  std::size_t size() const { return texts_.size(); }

 private:
  FlatMap ids_;
  std::vector<std::string_view> texts_;
};

}  // namespace talentmatch::detail
