#include "lexicon_catalogue.h"

#include <algorithm>

#include "talentmatch/text.h"

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

bool starts_with_at(std::string_view s, std::size_t pos, std::string_view prefix) {
  return s.size() - pos >= prefix.size() && s.compare(pos, prefix.size(), prefix) == 0;
}

bool is_phrase_joiner(char32_t c) { return c == '/' || c == '-' || c == '+' || c == '#' || c == '.' || c == ' '; }

void keep_if_skill(const std::string& chunk, std::vector<std::string>& out) {
  std::size_t han = 0, latin = 0, chars = 0, pos = 0;
  while (pos < chunk.size()) {
    char32_t c = next_code_point(chunk, pos);
    ++chars;
    if (is_han(c)) ++han;
    else if (is_ascii_alnum(c)) ++latin;
  }
  if (chars <= 12 && (han >= 3 || (han >= 2 && latin >= 1))) out.push_back(chunk);
}

// A phrase is worth indexing on its own if it is more than one bigram or one word.
bool worth_indexing(const std::vector<std::uint32_t>& keys) {
  if (keys.size() < 2) return false;
  bool all_han = std::all_of(keys.begin(), keys.end(), [](std::uint32_t k) { return k < kWordUnitBase; });
  return !(keys.size() == 2 && all_han);
}

void add_phrase(const Tokenizer& tokenizer, Lexicon& lexicon, const std::string& text) {
  for (auto& part : tokenizer.phrase_units(text))
    if (worth_indexing(part)) lexicon.add(part, true);
}

void add_phrases(const Tokenizer& tokenizer, Lexicon& lexicon, const std::vector<std::string>& texts) {
  for (const auto& t : texts) add_phrase(tokenizer, lexicon, t);
}

// A qualification's names, tagged with its index. A name with brackets ("… (FRSC)") is also
// found by its parts, but only parts of three units or more: "英国" alone names nothing.
void add_qualification(const Tokenizer& tokenizer, Lexicon& lexicon, const Qualification& q, std::uint32_t tag) {
  std::vector<std::string> names = {q.name_zh, q.name_en, q.abbr};
  names.insert(names.end(), q.aliases.begin(), q.aliases.end());
  for (const auto& name : names) {
    if (name.empty()) continue;
    auto parts = tokenizer.phrase_units(name);
    for (auto& part : parts) {
      if (parts.size() > 1 && part.size() < 3) continue;
      std::uint32_t entry = lexicon.add(part, worth_indexing(part));
      lexicon.add_tag(entry, tag);
    }
  }
}

}  // namespace

std::vector<std::string> skill_terms(std::string_view text) {
  std::vector<std::string> out;
  std::string chunk;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char* breaker = nullptr;
    for (const char* b : kSkillBreakers)
      if (starts_with_at(text, pos, b)) {
        breaker = b;
        break;
      }
    if (breaker) {
      keep_if_skill(chunk, out);
      chunk.clear();
      pos += std::char_traits<char>::length(breaker);
      continue;
    }
    std::size_t start = pos;
    char32_t c = next_code_point(text, pos);
    if (is_separator(c) && !is_phrase_joiner(c)) {
      keep_if_skill(chunk, out);
      chunk.clear();
    } else {
      chunk.append(text.substr(start, pos - start));
    }
  }
  keep_if_skill(chunk, out);
  return out;
}

void add_catalogue_phrases(const Catalogue& c, const Tokenizer& tokenizer, Lexicon& lexicon, bool with_skill_terms) {
  for (const auto& i : c.key.industries) add_phrases(tokenizer, lexicon, {i.name_zh, i.name_en});
  for (const auto& f : c.key.core_fields) add_phrases(tokenizer, lexicon, {f.name_zh, f.name_en});
  for (const auto& d : c.key.directions) add_phrases(tokenizer, lexicon, {d.name_zh, d.name_en});
  for (const auto& p : c.key.positions) {
    add_phrases(tokenizer, lexicon, {p.title_zh, p.title_en});
    add_phrases(tokenizer, lexicon, p.aliases_zh);
    add_phrases(tokenizer, lexicon, p.aliases_en);
    add_phrases(tokenizer, lexicon, p.majors_zh);
    add_phrases(tokenizer, lexicon, p.majors_en);
    if (with_skill_terms) add_phrases(tokenizer, lexicon, skill_terms(p.competencies_zh));
  }
  for (const auto& s : c.skilled.categories) add_phrases(tokenizer, lexicon, {s.name_zh, s.name_en});
  for (const auto& o : c.skilled.occupations) {
    add_phrases(tokenizer, lexicon, {o.name_zh, o.name_en});
    add_phrases(tokenizer, lexicon, o.aliases_zh);
    add_phrases(tokenizer, lexicon, o.aliases_en);
  }
  for (std::size_t i = 0; i < c.quals.qualifications.size(); ++i)
    add_qualification(tokenizer, lexicon, c.quals.qualifications[i], static_cast<std::uint32_t>(i));
}

}  // namespace talentmatch::detail
