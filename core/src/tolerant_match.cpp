#include "tolerant_match.h"

#include <algorithm>
#include <cstdlib>

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

// Shorter fragments match too much to be useful ("会", "ai").
constexpr std::size_t kMinContainedQueryChars = 2;
constexpr std::size_t kMinContainedNameChars = 3;
constexpr std::size_t kMinTypoQueryChars = 4;

int typo_budget(std::size_t query_chars) {
  if (query_chars < kMinTypoQueryChars) return 0;
  return query_chars >= 9 ? 2 : 1;
}

// True when `needle` occurs in `hay` starting and ending at match boundaries.
bool contains_at_boundaries(const TolerantKey& hay, const std::string& needle) {
  if (needle.empty() || needle.size() > hay.folded.size()) return false;
  for (std::size_t at = hay.folded.find(needle); at != std::string::npos; at = hay.folded.find(needle, at + 1)) {
    if (hay.boundary[at] && hay.boundary[at + needle.size()]) return true;
  }
  return false;
}

}  // namespace

TolerantKey TolerantKey::make(std::string_view text, std::size_t max_chars) {
  TolerantKey key;
  key.boundary.push_back(true);
  bool separator_since_last = false;
  char32_t last = 0;
  std::size_t pos = 0;
  while (pos < text.size() && key.chars.size() < max_chars) {
    char32_t c = fold_char(next_code_point(text, pos));
    if (is_separator(c)) {
      separator_since_last = true;
      continue;
    }
    // A boundary before c unless c continues a Latin word (letters/digits with nothing between).
    bool inside_word = !separator_since_last && is_ascii_alnum(last) && is_ascii_alnum(c);
    key.boundary.back() = key.chars.empty() || !inside_word;
    append_utf8(key.folded, c);
    key.chars.push_back(c);
    // Continuation bytes of c can never start or end a match of valid UTF-8.
    key.boundary.resize(key.folded.size() + 1, false);
    last = c;
    separator_since_last = false;
  }
  key.boundary.back() = true;
  return key;
}

int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int bound) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (bound < 0) return 0;
  if (std::abs(n - m) > bound) return bound + 1;
  const int kFar = bound + 1;
  // Three rows for the swap rule; cells outside the band stay "far".
  std::vector<int> before(m + 1, kFar), prev(m + 1, kFar), cur(m + 1, kFar);
  for (int j = 0; j <= std::min(m, bound); ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    std::fill(cur.begin(), cur.end(), kFar);
    if (i <= bound) cur[0] = i;
    int row_best = cur[0];
    for (int j = std::max(1, i - bound); j <= std::min(m, i + bound); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, before[j - 2] + 1);
      cur[j] = std::min(v, kFar);
      row_best = std::min(row_best, cur[j]);
    }
    if (row_best > bound) return kFar;
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], kFar);
}

Comparison compare(const TolerantKey& query, const TolerantKey& name) {
  Comparison out;
  if (query.empty() || name.empty()) return out;
  const double q = static_cast<double>(query.chars.size()), n = static_cast<double>(name.chars.size());
  if (query.folded == name.folded) return {Closeness::exact, 0, 1.0};
  if (query.chars.size() >= kMinContainedQueryChars && contains_at_boundaries(name, query.folded))
    return {Closeness::query_in_name, 0, 0.5 + 0.4 * q / n};
  if (name.chars.size() >= kMinContainedNameChars && contains_at_boundaries(query, name.folded))
    return {Closeness::name_in_query, 0, 0.35 + 0.3 * n / q};
  int budget = typo_budget(query.chars.size());
  if (budget > 0) {
    int edits = bounded_edit_distance(query.chars, name.chars, budget);
    if (edits <= budget) return {Closeness::typo, edits, 0.75 - 0.15 * edits};
  }
  return out;
}

const char* closeness_label(Closeness how) {
  switch (how) {
    case Closeness::exact: return "exact";
    case Closeness::query_in_name: return "contains";
    case Closeness::name_in_query: return "contained";
    case Closeness::typo: return "typo";
    case Closeness::none: break;
  }
  return "";
}

}  // namespace talentmatch::detail
