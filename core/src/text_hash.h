// A 64-bit hash of a short text (a word, a catalogue name) for FlatMap keys; equal hashes are
// checked against the text itself by every table that uses it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace talentmatch::detail {

// Eight bytes a step: most words take one or two (byte-wise FNV-1a took five instructions a byte,
// a sizeable part of reading English text). The last step reads the last bytes again rather than
// one at a time; the length, in the seed, tells apart texts whose chunks are the same.
inline std::uint64_t text_hash(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  auto load = [p](std::size_t at, std::size_t bytes) {
    std::uint64_t v = 0;
    std::memcpy(&v, p + at, bytes);
    return v;
  };
  std::uint64_t h = (n + 1) * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](std::uint64_t chunk) {
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) mix(load(i, 8));
    mix(load(n - 8, 8));
  } else if (n >= 4) {
    mix(load(0, 4) | load(n - 4, 4) << 32);
  } else {
    mix(n ? load(0, 1) | load(n / 2, 1) << 8 | load(n - 1, 1) << 16 : 0);
  }
  return h == ~0ull ? 0 : h;  // ~0 marks an empty FlatMap slot
}

}  // namespace talentmatch::detail
