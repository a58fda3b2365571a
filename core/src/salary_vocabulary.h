// The words salary expressions are built from (年薪, /月, ·14薪, RMB, 面议 ...), read off a
// SalaryLexer. Every reader either consumes what it recognises or leaves the lexer unchanged.
#pragma once

#include <optional>
#include <string_view>

#include "salary_lexer.h"

namespace talentmatch::detail {

enum class PayBasis { kUnknown, kMonthly, kAnnual, kDaily, kHourly };
enum class Currency { kUnknown, kCny, kUsd, kEur, kHkd, kGbp };

// Token-level helpers: consume the next token(s) when they match.
bool accept_han(SalaryLexer& lx, std::u32string_view chars);  // adjacent Han characters
bool accept_word(SalaryLexer& lx, std::string_view word);
bool accept_symbol(SalaryLexer& lx, char32_t c);
bool skip_spaces(SalaryLexer& lx);
SalaryToken peek_token(const SalaryLexer& lx);

PayBasis read_basis_keyword(SalaryLexer& lx);  // 年薪 年包 月薪 底薪 日薪 时薪
bool read_generic_keyword(SalaryLexer& lx);    // 薪资 工资 待遇 salary ...
bool read_filler(SalaryLexer& lx);             // spaces, ： 为 约 可达 ... between a keyword and the figure
Currency read_currency_prefix(SalaryLexer& lx);  // $ ¥ € £ USD RMB HK$ 人民币 ...
Currency read_currency_suffix(SalaryLexer& lx);  // 元 RMB 美元 港币 ...
PayBasis read_period(SalaryLexer& lx);           // /月 每年 per annum /hr p.a. 年薪 ...
std::optional<double> read_magnitude(SalaryLexer& lx);  // k 千 → 1000, w 万 → 10000
bool read_range_separator(SalaryLexer& lx);             // - ~ 至 到 — and spaces around
std::optional<int> read_months(SalaryLexer& lx);        // ·14薪 *15薪 (13薪)
bool read_open_end(SalaryLexer& lx);                    // 以上 起 左右 +
bool read_negotiable(SalaryLexer& lx);                  // 面议 negotiable

// A token that could begin a salary expression (cheap filter before a full parse).
bool may_begin_salary(const SalaryToken& t);
// Han characters right before a figure that make it something other than pay (餐补, 融资, 日活 ...).
bool is_not_pay_context(char32_t before_last, char32_t last);
bool is_basis_keyword(char32_t first, char32_t second);
// Characters that, right after a figure, make it a count or a date: 50-100人, 2023年.
bool is_count_noun(char32_t c);
bool is_time_unit(char32_t c);

}  // namespace talentmatch::detail
