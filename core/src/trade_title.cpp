#include "trade_title.h"

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Longest first, so that 师傅 is read as itself and not as 傅 after 师.
constexpr std::string_view kNameSuffixes[] = {"师傅", "技工", "技师", "工", "员"};
constexpr std::string_view kRoleSuffixes[] = {"师傅", "技工", "技师", "学徒", "工", "员"};
constexpr std::string_view kOfficeRoles[] = {"专员", "研究员", "业务员", "文员"};

std::size_t han_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size();) n += is_han(next_code_point(s, pos));
  return n;
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
  std::size_t begin = 0;
  // A leading tag such as 【急聘】 or (急招) is not the role.
  static constexpr std::string_view kTags[][2] = {{"【", "】"}, {"（", "）"}, {"(", ")"}, {"[", "]"}};
  for (const auto& tag : kTags)
    if (title.substr(0, tag[0].size()) == tag[0]) {
      const std::size_t close = title.find(tag[1]);
      if (close != std::string_view::npos) begin = close + tag[1].size();
      break;
    }
  while (begin < title.size() && title[begin] == ' ') ++begin;
  std::size_t pos = begin, end = begin;
  bool space_before = false;
  while (pos < title.size()) {
    const char32_t c = next_code_point(title, pos);
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

bool names_trade_with_gap(std::string_view role, std::string_view stem, int max_gap) {
  if (stem.empty() || role.size() <= stem.size()) return false;
  for (std::string_view office : kOfficeRoles)
    if (ends_with(role, office)) return false;
  for (std::string_view suffix : kRoleSuffixes) {
    if (!ends_with(role, suffix)) continue;
    const std::string_view before = role.substr(0, role.size() - suffix.size());
    // The stem's last occurrence before the suffix, and what lies between.
    const std::size_t at = before.rfind(stem);
    if (at == std::string_view::npos) return false;
    return han_count(before.substr(at + stem.size())) <= static_cast<std::size_t>(max_gap);
  }
  return false;
}

}  // namespace talentmatch::detail
