#include "trade_title.h"

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

// 技工 and 技师 before 工: 电焊技工's stem is 电焊, not 电焊技.
constexpr std::string_view kNameSuffixes[] = {"师傅", "技工", "技师", "工", "员"};
constexpr std::string_view kRoleSuffixes[] = {"师傅", "技工", "技师", "学徒", "工", "员"};
constexpr std::string_view kOfficeRoles[] = {"专员", "研究员", "业务员", "文员"};
constexpr std::size_t kMaxRoleChars = 60;  // as a free-text title line; keeps the work per title bounded

std::size_t han_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size();) n += is_han(next_code_point(s, pos));
  return n;
}

bool is_white(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }

// Where the white space starting at `pos` ends.
std::size_t skip_white(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!is_white(next_code_point(s, next))) break;
    pos = next;
  }
  return pos;
}

// `prefix` without the agent suffix it ends in; nullopt when it ends in none, or in an office role.
std::optional<std::string_view> without_agent_suffix(std::string_view prefix) {
  for (std::string_view office : kOfficeRoles)
    if (ends_with(prefix, office)) return std::nullopt;
  for (std::string_view suffix : kRoleSuffixes)
    if (ends_with(prefix, suffix)) return prefix.substr(0, prefix.size() - suffix.size());
  return std::nullopt;
}

}  // namespace

std::string_view trade_stem(std::string_view name) {
  for (std::string_view suffix : kNameSuffixes)
    if (ends_with(name, suffix)) {
      std::string_view stem = name.substr(0, name.size() - suffix.size());
      std::size_t han = han_count(stem);
      return han >= 2 && han == code_point_count(stem) ? stem : std::string_view{};
    }
  return {};
}

std::string_view title_role(std::string_view title) {
  std::size_t begin = skip_white(title, 0);
  // A leading tag such as 【急聘】 or (急招) is not the role, unless nothing follows it.
  static constexpr std::string_view kTags[][2] = {{"【", "】"}, {"（", "）"}, {"(", ")"}, {"[", "]"}};
  for (const auto& tag : kTags)
    if (title.substr(begin, tag[0].size()) == tag[0]) {
      const std::size_t close = title.find(tag[1], begin);
      if (close != std::string_view::npos && skip_white(title, close + tag[1].size()) < title.size())
        begin = close + tag[1].size();
      else if (close != std::string_view::npos)
        begin += tag[0].size();  // 【消控室值机员】: the whole title is in the tag
      break;
    }
  begin = skip_white(title, begin);
  std::size_t pos = begin, end = begin, chars = 0;
  bool space_before = false;
  while (pos < title.size() && chars < kMaxRoleChars) {
    const char32_t c = next_code_point(title, pos);
    ++chars;
    if (is_han(c)) {
      end = pos;
      space_before = false;
    } else if (c == U' ' && end > begin && !space_before) {
      space_before = true;
    } else {
      break;
    }
  }
  return title.substr(begin, end - begin);
}

AgentRuns::AgentRuns(std::string_view role) {
  // Each run's end, first to last: "认知症照护专区 护理员" ends runs after 专区 and after 护理员.
  for (std::size_t end = role.find(' ');; end = role.find(' ', end + 1)) {
    if (auto before = without_agent_suffix(role.substr(0, end))) before_suffix_.push_back(*before);
    if (end == std::string_view::npos) return;
  }
}

std::optional<std::size_t> AgentRuns::gap(std::string_view stem, std::size_t max_gap) const {
  if (stem.empty()) return std::nullopt;
  for (std::string_view before : before_suffix_) {
    const std::size_t at = before.rfind(stem);  // the occurrence nearest the suffix
    if (at == std::string_view::npos) continue;
    const std::size_t gap = han_count(before.substr(at + stem.size()));
    if (gap <= max_gap) return gap;
  }
  return std::nullopt;
}

}  // namespace talentmatch::detail
