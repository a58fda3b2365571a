// Reads the pay a posting offers into an annual CNY range. Never invents a figure:
// no recognisable salary text → no offer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace talentmatch {

// Fixed conversion rates, documented in docs/SALARY.md (Salary parsing); CNY per unit.
constexpr double kCnyPerUsd = 7.2;
constexpr double kCnyPerEur = 7.8;
constexpr double kCnyPerHkd = 0.92;
constexpr double kCnyPerGbp = 9.1;

struct SalaryOffer {
  double annual_lo = 0;  // CNY per year
  double annual_hi = 0;  // == annual_lo for a single figure, also an open one (年薪40万以上)
  std::string basis;     // "monthly", "annual", "daily", "hourly"; empty when negotiable
  int months = 12;       // months paid per year (·14薪 → 14); 12 unless stated, for monthly pay
  std::string currency;  // "CNY", "USD", "EUR", "HKD", "GBP"; empty when negotiable
  std::size_t begin = 0, end = 0;  // byte offsets of the salary text in the input
  std::string text;      // the salary text as written
  bool negotiable = false;  // 面议 / negotiable: then annual_lo == annual_hi == 0
};

// The first salary expression in `text`, or nullopt. Recognises e.g. 25-40K·14薪, 2万-3万/月,
// 年薪30-50万, 30万-50万/年, 15k-25k, 日薪800, 面议 (negotiable), $120k-150k.
std::optional<SalaryOffer> parse_salary(std::string_view text);

}  // namespace talentmatch
