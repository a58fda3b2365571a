#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "talentmatch/salary.h"

namespace talentmatch {
namespace {

constexpr double kWorkingDaysPerYear = 21.75 * 12;

// Parses a posting that must contain a salary, and checks the reported span is `expected_text`
// at its first occurrence in the posting.
SalaryOffer parse_expecting(std::string_view posting, std::string_view expected_text) {
  auto offer = parse_salary(posting);
  EXPECT_TRUE(offer.has_value()) << "no salary found in: " << posting;
  if (!offer) return {};
  std::size_t begin = posting.find(expected_text);
  EXPECT_NE(begin, std::string_view::npos) << "test bug: " << expected_text << " not in posting";
  EXPECT_EQ(offer->text, expected_text);
  EXPECT_EQ(offer->begin, begin);
  EXPECT_EQ(offer->end, begin + expected_text.size());
  EXPECT_EQ(posting.substr(offer->begin, offer->end - offer->begin), offer->text);
  return *offer;
}

void expect_annual(const SalaryOffer& offer, double lo, double hi) {
  EXPECT_NEAR(offer.annual_lo, lo, 0.01);
  EXPECT_NEAR(offer.annual_hi, hi, 0.01);
}

// --- Monthly pay ---------------------------------------------------------------------------

TEST(salary_parser_test, monthly_k_with_14_months) {
  auto offer = parse_expecting("高级后端工程师 25-40K·14薪 五险一金 弹性工作", "25-40K·14薪");
  EXPECT_EQ(offer.basis, "monthly");
  EXPECT_EQ(offer.months, 14);
  EXPECT_EQ(offer.currency, "CNY");
  EXPECT_FALSE(offer.negotiable);
  expect_annual(offer, 25000 * 14, 40000 * 14);
}

TEST(salary_parser_test, lower_case_k_on_both_figures_defaults_to_12_months) {
  auto offer = parse_expecting("薪资25k-40k，双休，不打卡", "25k-40k");
  EXPECT_EQ(offer.basis, "monthly");
  EXPECT_EQ(offer.months, 12);
  expect_annual(offer, 300000, 480000);
}

TEST(salary_parser_test, k_range_per_month) {
  auto offer = parse_expecting("本岗位提供15K-25K/月的薪资。", "15K-25K/月");
  EXPECT_EQ(offer.basis, "monthly");
  expect_annual(offer, 180000, 300000);
}

TEST(salary_parser_test, wan_range_per_month) {
  expect_annual(parse_expecting("待遇优厚：2万-3万/月，另有项目奖金", "2万-3万/月"), 240000, 360000);
}

TEST(salary_parser_test, decimal_lower_figure_shares_the_wan_of_the_upper) {
  expect_annual(parse_expecting("产品经理，1.5-2万/月，朝阳区", "1.5-2万/月"), 180000, 240000);
}

TEST(salary_parser_test, yuan_per_month) {
  expect_annual(parse_expecting("客服专员 8000-12000元/月 包午餐", "8000-12000元/月"), 96000, 144000);
}

TEST(salary_parser_test, qian_to_wan_mixed_magnitudes) {
  auto offer = parse_expecting("行政助理 8千-1.2万 双休", "8千-1.2万");
  EXPECT_EQ(offer.basis, "monthly");
  expect_annual(offer, 96000, 144000);
}

TEST(salary_parser_test, monthly_keyword_with_single_figure_gives_equal_bounds) {
  auto offer = parse_expecting("本科以上学历，月薪2万，试用期不打折", "月薪2万");
  EXPECT_EQ(offer.basis, "monthly");
  expect_annual(offer, 240000, 240000);
}

TEST(salary_parser_test, asterisk_15_months) {
  auto offer = parse_expecting("算法工程师 20-30K*15薪", "20-30K*15薪");
  EXPECT_EQ(offer.months, 15);
  expect_annual(offer, 300000, 450000);
}

TEST(salary_parser_test, months_13_and_16_multiply_the_monthly_figures) {
  expect_annual(parse_expecting("测试工程师 25-40K·13薪", "25-40K·13薪"), 325000, 520000);
  expect_annual(parse_expecting("架构师 50-80K·16薪", "50-80K·16薪"), 800000, 1280000);
}

TEST(salary_parser_test, months_in_parentheses_or_after_a_comma) {
  EXPECT_EQ(parse_expecting("运维 25-40K(14薪)", "25-40K(14薪)").months, 14);
  EXPECT_EQ(parse_expecting("薪资待遇：月薪2万，14薪，双休", "月薪2万，14薪").months, 14);
}

TEST(salary_parser_test, w_abbreviates_wan_and_spoken_1wan5_is_15000) {
  expect_annual(parse_expecting("月薪8k-1.2w", "月薪8k-1.2w"), 96000, 144000);
  expect_annual(parse_expecting("税前月薪1万5，按时发放", "月薪1万5"), 180000, 180000);
}

// --- Annual pay ----------------------------------------------------------------------------

TEST(salary_parser_test, annual_keyword_with_wan_range) {
  auto offer = parse_expecting("投资经理，年薪30-50万，上不封顶", "年薪30-50万");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 300000, 500000);
}

TEST(salary_parser_test, wan_range_per_year) {
  auto offer = parse_expecting("薪资：30万-50万/年", "30万-50万/年");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 300000, 500000);
}

TEST(salary_parser_test, annual_w) {
  expect_annual(parse_expecting("资深顾问 年薪50W 可谈", "年薪50W"), 500000, 500000);
}

TEST(salary_parser_test, open_ended_annual_figure_keeps_the_floor_as_both_bounds) {
  auto offer = parse_expecting("合伙人，年薪40万以上。", "年薪40万以上");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 400000, 400000);
}

TEST(salary_parser_test, annual_package) {
  auto offer = parse_expecting("总监 年包60-80万", "年包60-80万");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 600000, 800000);
}

TEST(salary_parser_test, large_wan_range_without_period_is_annual_small_one_is_monthly) {
  EXPECT_EQ(parse_expecting("研究员 30-50万", "30-50万").basis, "annual");
  EXPECT_EQ(parse_expecting("研究员 2万-3万", "2万-3万").basis, "monthly");
}

TEST(salary_parser_test, annual_keyword_after_the_figure) {
  auto offer = parse_expecting("提供30万年薪", "30万年薪");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 300000, 300000);
}

TEST(salary_parser_test, months_count_on_k_figures_overrides_an_annual_keyword) {
  auto offer = parse_expecting("年薪 25-40K·14薪", "年薪 25-40K·14薪");
  EXPECT_EQ(offer.basis, "monthly");
  expect_annual(offer, 350000, 560000);
}

// --- Daily and hourly pay --------------------------------------------------------------------

TEST(salary_parser_test, daily_keyword_uses_21_75_working_days_a_month) {
  auto offer = parse_expecting("实习生日薪800，每周到岗4天", "日薪800");
  EXPECT_EQ(offer.basis, "daily");
  expect_annual(offer, 800 * kWorkingDaysPerYear, 800 * kWorkingDaysPerYear);
}

TEST(salary_parser_test, daily_yuan_range) {
  auto offer = parse_expecting("兼职翻译 300-500元/天", "300-500元/天");
  EXPECT_EQ(offer.basis, "daily");
  expect_annual(offer, 300 * kWorkingDaysPerYear, 500 * kWorkingDaysPerYear);
}

TEST(salary_parser_test, hourly_keyword_uses_8_hour_days) {
  auto offer = parse_expecting("助教 时薪50", "时薪50");
  EXPECT_EQ(offer.basis, "hourly");
  expect_annual(offer, 50 * 8 * kWorkingDaysPerYear, 50 * 8 * kWorkingDaysPerYear);
}

TEST(salary_parser_test, hourly_yuan) {
  auto offer = parse_expecting("周末兼职，40元/小时，日结", "40元/小时");
  EXPECT_EQ(offer.basis, "hourly");
  expect_annual(offer, 40 * 8 * kWorkingDaysPerYear, 40 * 8 * kWorkingDaysPerYear);
}

// --- Negotiable ----------------------------------------------------------------------------

TEST(salary_parser_test, salary_negotiable_phrase_is_negotiable_with_zero_figures) {
  auto offer = parse_expecting("岗位：销售总监；薪资面议；地点：上海", "薪资面议");
  EXPECT_TRUE(offer.negotiable);
  expect_annual(offer, 0, 0);
}

TEST(salary_parser_test, bare_mianyi_is_negotiable) {
  EXPECT_TRUE(parse_expecting("待遇：面议", "面议").negotiable);
}

TEST(salary_parser_test, english_negotiable) {
  EXPECT_TRUE(parse_expecting("Salary: negotiable, depending on experience", "negotiable").negotiable);
}

TEST(salary_parser_test, non_negotiable_is_not_a_salary) {
  EXPECT_FALSE(parse_salary("Five years of C++ is non-negotiable.").has_value());
}

TEST(salary_parser_test, the_first_expression_wins_even_when_negotiable) {
  EXPECT_TRUE(parse_expecting("薪资面议（参考月薪2万）", "薪资面议").negotiable);
}

// --- Foreign currencies and English forms -----------------------------------------------------

TEST(salary_parser_test, dollar_k_range_is_annual_usd_converted_to_cny) {
  auto offer = parse_expecting("Senior SRE, $120k-150k, remote", "$120k-150k");
  EXPECT_EQ(offer.currency, "USD");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 120000 * kCnyPerUsd, 150000 * kCnyPerUsd);
}

TEST(salary_parser_test, usd_with_thousands_commas_per_year) {
  auto offer = parse_expecting("Compensation USD 120,000 - 150,000 per year plus equity",
                               "USD 120,000 - 150,000 per year");
  EXPECT_EQ(offer.currency, "USD");
  expect_annual(offer, 120000 * kCnyPerUsd, 150000 * kCnyPerUsd);
}

TEST(salary_parser_test, hkd_per_month) {
  auto offer = parse_expecting("Analyst (Hong Kong), HKD 50k/month", "HKD 50k/month");
  EXPECT_EQ(offer.currency, "HKD");
  EXPECT_EQ(offer.basis, "monthly");
  expect_annual(offer, 50000 * 12 * kCnyPerHkd, 50000 * 12 * kCnyPerHkd);
}

TEST(salary_parser_test, euro_sign_single_figure_is_annual) {
  auto offer = parse_expecting("Berlin office: €60k", "€60k");
  EXPECT_EQ(offer.currency, "EUR");
  expect_annual(offer, 60000 * kCnyPerEur, 60000 * kCnyPerEur);
}

TEST(salary_parser_test, pound_range_per_annum_abbreviated) {
  auto offer = parse_expecting("London: £40k-£50k p.a.", "£40k-£50k p.a.");
  EXPECT_EQ(offer.currency, "GBP");
  expect_annual(offer, 40000 * kCnyPerGbp, 50000 * kCnyPerGbp);
}

TEST(salary_parser_test, rmb_after_the_figures_per_month) {
  auto offer = parse_expecting("We pay 25k-40k RMB/month.", "25k-40k RMB/month");
  EXPECT_EQ(offer.currency, "CNY");
  expect_annual(offer, 300000, 480000);
}

TEST(salary_parser_test, rmb_before_the_figures_per_annum) {
  auto offer = parse_expecting("Package: RMB 300,000-500,000 per annum", "RMB 300,000-500,000 per annum");
  EXPECT_EQ(offer.basis, "annual");
  expect_annual(offer, 300000, 500000);
}

TEST(salary_parser_test, cny_k_per_month) {
  expect_annual(parse_expecting("Base CNY 30k/month", "CNY 30k/month"), 360000, 360000);
}

TEST(salary_parser_test, mixed_currencies_in_one_expression_are_rejected) {
  EXPECT_FALSE(parse_salary("USD 100k RMB").has_value());
}

// --- Full-width characters, separators and spaces --------------------------------------------

TEST(salary_parser_test, full_width_digits_and_letters_with_byte_offsets) {
  std::string posting = "工程师：２５-４０Ｋ";
  auto offer = parse_expecting(posting, "２５-４０Ｋ");
  EXPECT_EQ(offer.begin, std::string("工程师：").size());
  EXPECT_EQ(offer.end, posting.size());
  expect_annual(offer, 300000, 480000);
}

TEST(salary_parser_test, full_width_dash_and_katakana_middle_dot) {
  auto offer = parse_expecting("２５－４０Ｋ・１４薪", "２５－４０Ｋ・１４薪");
  EXPECT_EQ(offer.months, 14);
  expect_annual(offer, 350000, 560000);
}

TEST(salary_parser_test, every_range_separator_reads_the_same_range) {
  for (std::string separator : {"-", "~", "～", "至", "—", "－", "到", "–"}) {
    std::string expression = "25" + separator + "40K";
    auto offer = parse_expecting("薪资 " + expression + " 双休", expression);
    expect_annual(offer, 300000, 480000);
  }
}

TEST(salary_parser_test, spaces_inside_the_expression) {
  expect_annual(parse_expecting("薪资范围 15 ~ 25 k / 月", "15 ~ 25 k / 月"), 180000, 300000);
}

// --- Things that are not salaries ----------------------------------------------------------

TEST(salary_parser_test, phone_numbers_are_not_salaries) {
  EXPECT_FALSE(parse_salary("联系电话：13812345678，座机010-12345678，+86 138-0013-8000").has_value());
}

TEST(salary_parser_test, years_and_experience_are_not_salaries) {
  EXPECT_FALSE(parse_salary("公司成立于2023年，要求5年以上经验，3-5年优先").has_value());
}

TEST(salary_parser_test, team_sizes_are_not_salaries) {
  EXPECT_FALSE(parse_salary("团队规模50-100人，全公司５０-１００人").has_value());
}

TEST(salary_parser_test, school_tiers_addresses_and_durations_are_not_salaries) {
  EXPECT_FALSE(parse_salary("985/211院校毕业；地址：北京市海淀区中关村大街27号1101室；试用期1-3个月").has_value());
}

TEST(salary_parser_test, percentages_and_version_numbers_are_not_salaries) {
  EXPECT_FALSE(parse_salary("绩效奖金为10%-20%，熟悉Python 3.10.2、Vue 2.0 和 v8").has_value());
}

TEST(salary_parser_test, allowances_and_company_figures_are_not_salaries) {
  EXPECT_FALSE(parse_salary("餐补20元/天，交通补贴1000元/月，公司已融资5000万，服务10-20万用户").has_value());
}

TEST(salary_parser_test, implausible_annual_figures_are_rejected) {
  EXPECT_FALSE(parse_salary("年薪1000-5000元").has_value());  // below 10,000 CNY a year
  EXPECT_FALSE(parse_salary("年薪5000万").has_value());       // above 20,000,000 CNY a year
  EXPECT_FALSE(parse_salary("售价99元").has_value());
}

TEST(salary_parser_test, no_salary_and_empty_text_give_nothing) {
  EXPECT_FALSE(parse_salary("").has_value());
  EXPECT_FALSE(parse_salary("我们正在寻找热爱技术的你，欢迎投递简历！").has_value());
  EXPECT_FALSE(parse_salary("4K显示器，支持4K-8K分辨率").has_value());
}

// --- Ranges, positions and robustness -------------------------------------------------------

TEST(salary_parser_test, reversed_range_is_swapped) {
  expect_annual(parse_expecting("40-25K", "40-25K"), 300000, 480000);
}

TEST(salary_parser_test, salary_after_many_non_salary_numbers_is_found_with_offsets) {
  std::string posting =
      "岗位职责：负责2023年Q3的项目，要求3-5年经验，团队规模50-100人，电话13812345678，"
      "薪资范围：25-40K·14薪，地址：北京市朝阳区建国路88号";
  auto offer = parse_expecting(posting, "25-40K·14薪");
  expect_annual(offer, 350000, 560000);
}

TEST(salary_parser_test, a_range_broken_by_an_unrelated_number_falls_back_to_the_single_figure) {
  expect_annual(parse_expecting("月薪25k-3年经验优先", "月薪25k"), 300000, 300000);
}

TEST(salary_parser_test, invalid_utf8_and_nul_bytes_are_skipped) {
  std::string posting = std::string("a\xff\xfe ", 4) + std::string(1, '\0') + "\xc3 25-4" + std::string(1, '\0') +
                        "0K 月薪3万";
  auto offer = parse_expecting(posting, "月薪3万");
  expect_annual(offer, 360000, 360000);
}

TEST(salary_parser_test, ten_megabytes_of_text_are_scanned_to_the_end) {
  std::string posting;
  const std::string filler = "负责2023年的项目，3-5年经验，团队50-100人，电话13812345678，1-1-1，年薪";
  while (posting.size() < 10'000'000) posting += filler;
  posting += "。月薪2万";
  auto offer = parse_salary(posting);
  ASSERT_TRUE(offer.has_value());
  EXPECT_EQ(offer->text, "月薪2万");
  EXPECT_EQ(offer->end, posting.size());
}

}  // namespace
}  // namespace talentmatch
