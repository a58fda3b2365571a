// A small open-addressing hash map from 64-bit keys to 32-bit values. The matcher looks up every
// character bigram of a posting; std::unordered_map's node chasing would dominate the time.
#pragma once

#include <cstdint>
#include <vector>

namespace talentmatch::detail {

class FlatMap {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

  explicit FlatMap(std::size_t expected = 16) { rehash(capacity_for(expected)); }

  std::uint32_t find(std::uint64_t key) const {
    std::size_t i = slot(key);
    while (true) {
      const Entry& e = entries_[i];
      if (e.key == key) return e.value;
      if (e.key == kEmpty) return kMissing;
      i = (i + 1) & mask_;
    }
  }

  // The value for `key`, inserting `value` first if the key is new.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value) {
    if (size_ >= grow_at_) rehash(entries_.size() * 2);  // more than half full
    std::size_t i = slot(key);
    while (true) {
      Entry& e = entries_[i];
      if (e.key == key) return e.value;
      if (e.key == kEmpty) {
        e.key = key;
        e.value = value;
        ++size_;
        return value;
      }
      i = (i + 1) & mask_;
    }
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint64_t kEmpty = ~0ull;  // never a real key: the top bits encode a kind
  struct Entry {
    std::uint64_t key = kEmpty;
    std::uint32_t value = 0;
  };

  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < n * 2) c *= 2;
    return c;
  }
  std::size_t slot(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void rehash(std::size_t capacity) {
    std::vector<Entry> old;
    old.swap(entries_);
    entries_.assign(capacity, Entry{});
    mask_ = capacity - 1;
    grow_at_ = capacity / 2;
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (const Entry& e : old)
      if (e.key != kEmpty) insert(e.key, e.value);
  }

  std::vector<Entry> entries_;
  std::size_t mask_ = 0;
  std::size_t grow_at_ = 0;  // the size at which the next insert() doubles the table
  unsigned shift_ = 60;
  std::size_t size_ = 0;
};

}  // namespace talentmatch::detail
