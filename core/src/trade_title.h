// A skilled trade named by its stem and an agent suffix that is not its name's own, as employers
// write it: 消控室值机员 names 消控员 (stem 消控, then 室值机, then 员); 景泰蓝掐丝学徒 names
// 景泰蓝掐丝工; 固体制剂车间操作工 names 制剂工. The exact name and the swaps between 工, 员, 师,
// 师傅, 技师, 技工 are TradeVariants'.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "talentmatch/fixed_list.h"

namespace talentmatch::detail {

// The stem of a trade's Chinese name: the name without its agent suffix (工, 员, 师傅, 技工,
// 技师) when two Han characters or more come before it; empty otherwise (焊工, or no suffix).
std::string_view trade_stem(std::string_view name);

// The role a posting's title names: its leading Han characters, runs separated by one space kept
// ("认知症照护专区 护理员 6500元" → "认知症照护专区 护理员"), up to anything else (a bracket,
// a digit, a second space) and at most 60 characters, after leading white space and a tag such as
// 【急聘】. Empty when no Han character comes first.
std::string_view title_role(std::string_view title);

// A title's role read once for every trade's stem: each of its runs that ends in an agent suffix
// (工, 员, 师傅, 技工, 技师, 学徒; not 专员, 研究员, 业务员, 文员, which are office roles), without
// that suffix and with the runs before it.
class AgentRuns {
 public:
  explicit AgentRuns(std::string_view role);
  // How many Han characters lie between `stem` and the suffix of the first run that holds it (in
  // that run or an earlier one) at most `max_gap` characters before the suffix; nullopt when no
  // run names the trade so.
  std::optional<std::size_t> gap(std::string_view stem, std::size_t max_gap) const;

 private:
  // A role has at most 60 characters, so at most 30 runs.
  FixedList<std::string_view, 32> before_suffix_;
};

}  // namespace talentmatch::detail
