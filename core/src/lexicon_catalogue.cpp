#include "lexicon_catalogue.h"

#include <algorithm>
#include <bitset>
#include <cstdint>

#include "talentmatch/text.h"
#include "text_table.h"

namespace talentmatch::detail {
namespace {

// Words that end a skill term: verbs of ability and function words. Longest first, so 熟练掌握
// is cut as a whole before 熟练 is tried.
const char* const kSkillBreakers[] = {
    "熟练掌握", "熟练使用", "熟练运用", "能够独立", "具有较强", "具备较强",
    "熟练", "熟悉", "掌握", "了解", "理解", "使用", "运用", "进行", "具备", "具有", "能够", "负责",
    "以及", "及其", "包括", "相关", "经验", "能力", "优先", "基础", "良好", "扎实", "精通", "至少",
    "一种", "以上", "从事", "开展", "完成", "参与", "主导", "推动", "根据", "基于", "通过", "知识",
    "技能", "工作", "方面", "领域", "常用", "主流", "各类", "各种", "独立", "较强", "一定",
    "等", "和", "与", "及", "或", "的", "并", "对", "在", "有", "能", "会", "将", "如",
};

// The breakers by first character, longest first, for one lookup per character; and which
// characters start one at all, so most characters are passed over with one bit test.
struct BreakerTable {
  std::vector<std::pair<char32_t, std::vector<std::string_view>>> by_first;
  std::bitset<0x10000> starts;  // every breaker starts with a BMP character
};

const BreakerTable& breakers() {
  static const BreakerTable table = [] {
    BreakerTable t;
    for (const char* b : kSkillBreakers) {
      std::string_view s(b);
      std::size_t pos = 0;
      char32_t first = next_code_point(s, pos);
      t.starts.set(first);
      auto it = std::find_if(t.by_first.begin(), t.by_first.end(), [&](const auto& e) { return e.first == first; });
      if (it == t.by_first.end()) t.by_first.push_back({first, {s}});
      else it->second.push_back(s);
    }
    for (auto& e : t.by_first)
      std::stable_sort(e.second.begin(), e.second.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::sort(t.by_first.begin(), t.by_first.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return t;
  }();
  return table;
}

// The breaker starting at text[pos] (whose first character is c), or an empty view.
std::string_view breaker_at(std::string_view text, std::size_t pos, char32_t c) {
  const BreakerTable& table = breakers();
  if (c >= table.starts.size() || !table.starts.test(c)) return {};
  auto it = std::lower_bound(table.by_first.begin(), table.by_first.end(), c,
                             [](const auto& e, char32_t x) { return e.first < x; });
  if (it == table.by_first.end() || it->first != c) return {};
  for (std::string_view b : it->second)
    if (text.compare(pos, b.size(), b) == 0) return b;
  return {};
}

bool is_phrase_joiner(char32_t c) { return c == '/' || c == '-' || c == '+' || c == '#' || c == '.' || c == ' '; }

// The characters of the chunk being read, counted as skill_terms() passes over them.
struct ChunkCounts {
  std::size_t han = 0, latin = 0, chars = 0;
  void count(char32_t c) {
    ++chars;
    if (is_han(c)) ++han;
    else if (is_ascii_alnum(c)) ++latin;
  }
};

void keep_if_skill(std::string_view chunk, const ChunkCounts& n, std::vector<std::string_view>& out) {
  if (n.chars <= 12 && (n.han >= 3 || (n.han >= 2 && n.latin >= 1))) out.push_back(chunk);
}

// A phrase is worth indexing on its own if it is more than one bigram or one word.
bool worth_indexing(const std::uint32_t* keys, std::size_t n) {
  if (n < 2) return false;
  bool all_han = std::all_of(keys, keys + n, [](std::uint32_t k) { return k < kWordUnitBase; });
  return !(n == 2 && all_han);
}

// Adds catalogue phrases, reading each string once and keeping its segments for the index.
class PhraseAdder {
 public:
  PhraseAdder(const Tokenizer& tokenizer, Lexicon& lexicon, SegmentCache& cache)
      : tokenizer_(tokenizer), lexicon_(lexicon), cache_(cache) {}

  void add(const std::string& text) {
    for (const auto& r : cache_.segments(tokenizer_, text)) {
      const std::size_t n = r.end - r.begin;
      if (worth_indexing(cache_.keys(r), n)) lexicon_.add(cache_.keys(r), n, true);
    }
  }
  void add(const std::vector<std::string>& texts) {
    for (const auto& t : texts) add(t);
  }
  // Majors repeat across positions (912 names, 163 distinct, in each language): each is read once.
  void add_majors(const std::vector<std::string>& texts) {
    for (const auto& t : texts)
      if (majors_seen_.insert(t).second) add(t);
  }
  // Not cached: a derived string (a skill term) has no stable address in the catalogue.
  void add_derived(std::string_view text) {
    tokenizer_.for_each_segment(text, [&](const Unit*, const std::uint32_t* keys, std::size_t n) {
      if (worth_indexing(keys, n)) lexicon_.add(keys, n, true);
    });
  }
  // A qualification's names, tagged with its index. A name with brackets ("… (FRSC)") is also
  // found by its parts, but only parts of three units or more: "英国" alone names nothing.
  void add_qualification(const Qualification& q, std::uint32_t tag) {
    std::vector<const std::string*> names = {&q.name_zh, &q.name_en, &q.abbr};
    for (const auto& a : q.aliases) names.push_back(&a);
    for (const std::string* name : names) {
      if (name->empty()) continue;
      const auto parts = cache_.segments(tokenizer_, *name);
      for (const auto& r : parts) {
        const std::size_t n = r.end - r.begin;
        if (parts.size() > 1 && n < 3) continue;
        lexicon_.add_tag(lexicon_.add(cache_.keys(r), n, worth_indexing(cache_.keys(r), n)), tag);
      }
    }
  }

 private:
  const Tokenizer& tokenizer_;
  Lexicon& lexicon_;
  SegmentCache& cache_;
  TextTable majors_seen_{1024};  // views of the catalogue's strings
};

}  // namespace

SegmentCache::Ranges SegmentCache::segments(const Tokenizer& tokenizer, const std::string& text) {
  const auto number = static_cast<std::uint32_t>(first_range_.size() - 1);
  const std::uint32_t found = texts_.insert(reinterpret_cast<std::uintptr_t>(&text), number);
  if (found != number) return ranges_of(found);
  tokenizer.for_each_segment(text, [&](const Unit* units, const std::uint32_t* keys, std::size_t n) {
    const auto begin = static_cast<std::uint32_t>(units_.size());
    units_.insert(units_.end(), units, units + n);
    keys_.insert(keys_.end(), keys, keys + n);
    ranges_.push_back({begin, static_cast<std::uint32_t>(units_.size())});
  });
  first_range_.push_back(static_cast<std::uint32_t>(ranges_.size()));
  return ranges_of(number);
}

bool SegmentCache::find(const std::string& text, Ranges& out) const {
  const std::uint32_t number = texts_.find(reinterpret_cast<std::uintptr_t>(&text));
  if (number == FlatMap::kMissing) return false;
  out = ranges_of(number);
  return true;
}

std::vector<std::string_view> skill_terms(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t chunk = 0;  // the chunk is text[chunk, start): cuts are the only characters left out
  std::size_t pos = 0;
  ChunkCounts counts;  // of text[chunk, start), counted on the way: one pass over the text
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = next_code_point(text, pos);
    if (std::string_view b = breaker_at(text, start, c); !b.empty()) {
      keep_if_skill(text.substr(chunk, start - chunk), counts, out);
      counts = {};
      pos = chunk = start + b.size();
      continue;
    }
    if (is_separator(c) && !is_phrase_joiner(c)) {
      keep_if_skill(text.substr(chunk, start - chunk), counts, out);
      counts = {};
      chunk = pos;
      continue;
    }
    counts.count(c);
  }
  keep_if_skill(text.substr(chunk), counts, out);
  return out;
}

void add_catalogue_phrases(const Catalogue& c, const Tokenizer& tokenizer, Lexicon& lexicon, bool with_skill_terms,
                           SegmentCache& cache) {
  PhraseAdder add(tokenizer, lexicon, cache);
  for (const auto& i : c.key.industries) add.add(i.name_zh), add.add(i.name_en);
  for (const auto& f : c.key.core_fields) add.add(f.name_zh), add.add(f.name_en);
  for (const auto& d : c.key.directions) add.add(d.name_zh), add.add(d.name_en);
  for (const auto& p : c.key.positions) {
    add.add(p.title_zh), add.add(p.title_en);
    add.add(p.aliases_zh), add.add(p.aliases_en);
    add.add_majors(p.majors_zh), add.add_majors(p.majors_en);
    if (with_skill_terms)
      for (const auto& term : skill_terms(p.competencies_zh)) add.add_derived(term);
  }
  for (const auto& s : c.skilled.categories) add.add(s.name_zh), add.add(s.name_en);
  for (const auto& o : c.skilled.occupations) {
    add.add(o.name_zh), add.add(o.name_en);
    add.add(o.aliases_zh), add.add(o.aliases_en);
  }
  for (std::size_t i = 0; i < c.quals.qualifications.size(); ++i)
    add.add_qualification(c.quals.qualifications[i], static_cast<std::uint32_t>(i));
}

}  // namespace talentmatch::detail
