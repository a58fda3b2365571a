// A skilled trade named with words between its stem and its agent suffix, as employers write it:
// 消控室值机员 names 消控员 (stem 消控, then 室值机, then 员); 景泰蓝掐丝学徒 names 景泰蓝掐丝工;
// 固体制剂车间操作工 names 制剂工. The exact name and the suffix swaps are TradeVariants'.
#pragma once

#include <string_view>

namespace talentmatch::detail {

// The stem of a trade's Chinese name: the name without its agent suffix (工, 员, 师傅, 技工,
// 技师) when two Han characters or more come before it; empty otherwise (焊工, or no suffix).
std::string_view trade_stem(std::string_view name);

// The role a posting's title names: its leading Han characters, single spaces between runs kept
// ("认知症照护专区 护理员 6500元" → "认知症照护专区 护理员"), up to anything else (a bracket,
// a digit, a second space), after a leading tag such as 【急聘】. Empty when no Han character
// comes first.
std::string_view title_role(std::string_view title);

// Whether `role` ends in a trade's agent suffix (工, 员, 师傅, 技工, 技师, 学徒; not 专员 or 研究员,
// which are office roles) and holds `stem` ending at most `max_gap` Han characters before it.
bool names_trade_with_gap(std::string_view role, std::string_view stem, int max_gap);

}  // namespace talentmatch::detail
