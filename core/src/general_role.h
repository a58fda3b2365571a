// General roles: jobs every industry hires that the catalogue does not list as positions — a sales
// manager at a chip firm, customer service at a cross-border shop, a junior-school maths teacher,
// an office manager at a consultancy. Their postings share an industry's vocabulary, so BM25 finds
// a position of that industry; full-coverage occupation coders (CASCOT, the ONS tool) avoid that
// by knowing the general titles too. This is that knowledge, kept small: the title's role is
// read, and when it ends in a general role the best position must be named by more than its role
// noun for the posting to be that position.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace talentmatch::detail {

// The general role a title's role ends in, where it sits in the title (bytes).
struct GeneralRole {
  std::string_view text;  // as written in the title: 销售经理, 数学教师, Office Manager
  std::size_t begin = 0, end = 0;
};

// The general role the title's role ends in (the longest: 华北区大客户经理 → 大客户经理, not
// 客户经理); nullopt when it ends in none. The role is the title's text after tags (【急聘】) and a
// label (招聘：), up to a bracket, a digit outside a Latin word, a separator such as | or ·, two
// spaces or a pay word such as 年薪; one running past 48 characters is no role (a cut title).
std::optional<GeneralRole> general_role(std::string_view title);

// Whether one of `names` (a position's titles and aliases) names the posting beyond the general
// role. The name must end in the role's noun (经理; 教师, with 老师 read as 教师; Manager), or its
// own last word must be a word of the role (International Logistics Sales, in Logistics Sales
// Manager). Then at least half of what it says before that noun must be in the title outside the
// role: 物流 of 物流销售经理, 国际学校 of 国际学校学科教师, IB of IB教师. So 物流大客户销售经理
// names 物流销售经理, and 大客户销售经理（芯片原厂） does not. Nor does that title name
// 机器人应用工程师, whose noun differs.
bool names_beyond_role(const std::vector<const std::string*>& names, std::string_view title, const GeneralRole& role);

}  // namespace talentmatch::detail
