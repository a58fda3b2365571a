// Comparing what a user typed with a catalogue name, tolerant of case, width, spacing and
// small typos. Shared by the qualification search and the major search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace talentmatch::detail {

// Queries are cut to this many code points so the work per name stays bounded.
constexpr std::size_t kMaxQueryChars = 128;

// A name folded with fold_key, remembering where a match may start or end: anywhere next to a
// Han character or a dropped separator, but never inside a Latin word ("art" is not in
// "artificial intelligence", "微电子" is in "微电子科学与工程").
struct TolerantKey {
  std::string folded;
  std::u32string chars;        // the code points of `folded`
  std::vector<bool> boundary;  // size folded.size() + 1; boundary[i]: a match may start/end at byte i

  static TolerantKey make(std::string_view text, std::size_t max_chars = std::string::npos);
  bool empty() const { return folded.empty(); }
};

// How a query relates to a name, best first.
enum class Closeness { none, exact, query_in_name, name_in_query, typo };

struct Comparison {
  Closeness how = Closeness::none;
  int edits = 0;       // for typo
  double score = 0;    // 0..1, 1 = exact
};

// Compares a query with one name. Typos are considered for queries of 4+ code points:
// 1 edit up to 8 code points, 2 from 9.
Comparison compare(const TolerantKey& query, const TolerantKey& name);

// "exact", "contains", "contained", "typo" (as shown in results); "" for none.
const char* closeness_label(Closeness how);

// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), computed in
// a band of width `bound`; any distance above `bound` is reported as bound + 1.
int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int bound);

}  // namespace talentmatch::detail
