// A list of at most N values stored in place: for the explanation's short lists (a term's fields
// and spans), which would otherwise cost two heap allocations per explained term.
#pragma once

#include <array>
#include <cstddef>

namespace talentmatch {

template <class T, std::size_t N>
class FixedList {
 public:
  // Appends `value`; a full list keeps its first N values (callers never offer more).
  void push_back(const T& value) {
    if (size_ < N) items_[size_++] = value;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  static constexpr std::size_t capacity() { return N; }
  const T& operator[](std::size_t i) const { return items_[i]; }
  const T* begin() const { return items_.data(); }
  const T* end() const { return items_.data() + size_; }

 private:
  std::array<T, N> items_{};
  std::size_t size_ = 0;
};

}  // namespace talentmatch
