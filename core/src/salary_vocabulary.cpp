#include "salary_vocabulary.h"

#include <algorithm>
#include <bitset>
#include <iterator>

namespace talentmatch::detail {

namespace {

// One vocabulary entry: a run of Han characters or one ASCII word (folded, lower case).
template <typename T>
struct Entry {
  std::u32string_view han;
  std::string_view word;
  T value;
};

template <typename T>
constexpr Entry<T> han(std::u32string_view chars, T value) {
  return {chars, {}, value};
}
template <typename T>
constexpr Entry<T> word(std::string_view w, T value) {
  return {{}, w, value};
}

constexpr Entry<PayBasis> kBasisKeywords[] = {
    han(U"年薪", PayBasis::kAnnual),  han(U"年包", PayBasis::kAnnual), han(U"月薪", PayBasis::kMonthly),
    han(U"底薪", PayBasis::kMonthly), han(U"日薪", PayBasis::kDaily),  han(U"时薪", PayBasis::kHourly),
};

constexpr Entry<bool> kGenericKeywords[] = {
    han(U"薪资", true),     han(U"薪酬", true), han(U"薪水", true),         han(U"薪金", true),
    han(U"工资", true),     han(U"待遇", true), han(U"税前", true),         word("salary", true),
    word("pay", true),      word("wage", true), word("compensation", true),
};

// Words between a keyword and its figure: 年薪可达50万, 薪资范围：25-40K.
constexpr Entry<bool> kFillers[] = {
    han(U"可达", true), han(U"高达", true), han(U"大约", true), han(U"范围", true), han(U"区间", true),
    han(U"为", true),   han(U"约", true),   han(U"是", true),   han(U"在", true),   han(U"达", true),
};

constexpr Entry<Currency> kCurrencyNames[] = {
    han(U"人民币", Currency::kCny), han(U"美元", Currency::kUsd),  han(U"美金", Currency::kUsd),
    han(U"港币", Currency::kHkd),   han(U"港元", Currency::kHkd),  han(U"欧元", Currency::kEur),
    han(U"英镑", Currency::kGbp),   word("rmb", Currency::kCny),   word("cny", Currency::kCny),
    word("usd", Currency::kUsd),    word("hkd", Currency::kHkd),   word("eur", Currency::kEur),
    word("gbp", Currency::kGbp),
};
// Only after a figure: 8000元, 5块.
constexpr Entry<Currency> kYuan[] = {han(U"元", Currency::kCny), han(U"块", Currency::kCny)};

constexpr Entry<PayBasis> kPeriodUnits[] = {
    han(U"小时", PayBasis::kHourly),  han(U"月", PayBasis::kMonthly),    han(U"年", PayBasis::kAnnual),
    han(U"天", PayBasis::kDaily),     han(U"日", PayBasis::kDaily),      han(U"时", PayBasis::kHourly),
    word("month", PayBasis::kMonthly), word("months", PayBasis::kMonthly), word("mo", PayBasis::kMonthly),
    word("mth", PayBasis::kMonthly),   word("year", PayBasis::kAnnual),    word("years", PayBasis::kAnnual),
    word("yr", PayBasis::kAnnual),     word("annum", PayBasis::kAnnual),   word("day", PayBasis::kDaily),
    word("hour", PayBasis::kHourly),   word("hr", PayBasis::kHourly),      word("h", PayBasis::kHourly),
};
// Words that name the period on their own: "30k monthly", "120k annually", "90k pa".
constexpr Entry<PayBasis> kPeriodWords[] = {
    word("monthly", PayBasis::kMonthly), word("annually", PayBasis::kAnnual), word("yearly", PayBasis::kAnnual),
    word("pa", PayBasis::kAnnual),       word("daily", PayBasis::kDaily),     word("hourly", PayBasis::kHourly),
};

constexpr Entry<double> kMagnitudes[] = {
    word("k", 1000.0), han(U"千", 1000.0), word("w", 10000.0), han(U"万", 10000.0),
};

constexpr Entry<bool> kOpenEnds[] = {
    han(U"以上", true), han(U"以下", true), han(U"以内", true), han(U"左右", true), han(U"上下", true), han(U"起", true),
};

constexpr Entry<bool> kNegotiable[] = {han(U"面议", true), word("negotiable", true)};

constexpr std::string_view kOtherStartWords[] = {"us", "hk", "negotiable"};  // US$, HK$

constexpr char32_t kRangeSymbols[] = {'-', '~', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x301C};
constexpr char32_t kMonthsSeparators[] = {0x00B7, 0x2022, 0x30FB, 0x2027, '*', 0x00D7, ',', 0x3001, '/'};

constexpr std::u32string_view kCountNouns =
    U"人名位个用户次台家条字份套件张篇辆册米吨座所间项倍岁号楼层室栋届亿粉分";
constexpr std::u32string_view kTimeUnits = U"年月日天时周";
constexpr std::u32string_view kStartCharacters = U"年月底日时薪工待税人美港欧英面";

// One character before the figure is enough for these: 培训费, 餐补, 津贴, 年终奖, 售价, 房租, 贷款, 销售额.
constexpr std::u32string_view kNotPaySingles = U"费补贴奖价租款额";
constexpr std::u32string_view kNotPayPairs[] = {
    U"补助", U"押金", U"资金", U"佣金", U"定金", U"订金", U"租金", U"基金", U"提成", U"分红", U"期权",
    U"股票", U"预算", U"融资", U"营收", U"资本", U"规模", U"估值", U"投资", U"业绩", U"流水", U"日活",
    U"月活", U"用户", U"粉丝", U"下载", U"播放", U"阅读", U"访问", U"流量", U"销量", U"收益", U"利润",
    U"市值", U"奖金",
};

bool contains(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

template <typename T, std::size_t N>
bool contains(const T (&list)[N], const T& value) {
  return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

// Reads the first entry of `table` spelled at the cursor; the next token is lexed once.
template <typename T, std::size_t N>
std::optional<T> read_entry(SalaryLexer& lx, const Entry<T> (&table)[N]) {
  SalaryLexer after = lx;
  SalaryToken first = after.next();
  // Every entry starts with a word or a Han character: a number, symbol or space is none of them.
  if (first.kind != SalaryTokenKind::kWord && first.kind != SalaryTokenKind::kHan) return std::nullopt;
  for (const auto& e : table) {
    if (!e.word.empty()) {
      if (!first.is_word(e.word)) continue;
      lx = after;
      return e.value;
    }
    if (!first.is_han(e.han[0])) continue;
    SalaryLexer probe = after;
    if (accept_han(probe, e.han.substr(1))) {
      lx = probe;
      return e.value;
    }
  }
  return std::nullopt;
}

template <typename T, std::size_t N>
bool has_word(const Entry<T> (&table)[N], std::string_view w) {
  return std::any_of(std::begin(table), std::end(table), [w](const Entry<T>& e) { return !e.word.empty() && e.word == w; });
}

// "p.a." spelled with dots.
bool read_per_annum_abbreviation(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  if (!accept_word(probe, "p") || !accept_symbol(probe, '.') || !accept_word(probe, "a")) return false;
  accept_symbol(probe, '.');
  lx = probe;
  return true;
}

// After optional spaces: "/月", "/ month", "每年", "per annum", "a year", "monthly", "p.a.".
std::optional<PayBasis> read_period_phrase(SalaryLexer& lx) {
  SalaryLexer after = lx;
  SalaryToken first = after.next();
  if (first.is_symbol('/')) {
    skip_spaces(after);
  } else if (first.is_han(U'每')) {
    // 每月, 每天: the unit follows directly
  } else if (first.is_word("per") || first.is_word("a") || first.is_word("an")) {
    if (!skip_spaces(after)) return std::nullopt;
  } else {
    if (auto basis = read_entry(lx, kPeriodWords)) return basis;
    if (read_per_annum_abbreviation(lx)) return PayBasis::kAnnual;
    return std::nullopt;
  }
  auto basis = read_entry(after, kPeriodUnits);
  if (basis) lx = after;
  return basis;
}

bool is_start_word(std::string_view w) {
  return has_word(kGenericKeywords, w) || has_word(kCurrencyNames, w) || contains(kOtherStartWords, w);
}

}  // namespace

SalaryToken peek_token(const SalaryLexer& lx) {
  SalaryLexer probe = lx;
  return probe.next();
}

bool accept_han(SalaryLexer& lx, std::u32string_view chars) {
  SalaryLexer probe = lx;
  for (char32_t c : chars) {
    if (!probe.next().is_han(c)) return false;
  }
  lx = probe;
  return true;
}

bool accept_word(SalaryLexer& lx, std::string_view w) {
  SalaryLexer probe = lx;
  if (!probe.next().is_word(w)) return false;
  lx = probe;
  return true;
}

bool accept_symbol(SalaryLexer& lx, char32_t c) {
  SalaryLexer probe = lx;
  if (!probe.next().is_symbol(c)) return false;
  lx = probe;
  return true;
}

bool skip_spaces(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  if (probe.next().kind != SalaryTokenKind::kSpace) return false;
  lx = probe;
  return true;
}

PayBasis read_basis_keyword(SalaryLexer& lx) { return read_entry(lx, kBasisKeywords).value_or(PayBasis::kUnknown); }

bool read_generic_keyword(SalaryLexer& lx) { return read_entry(lx, kGenericKeywords).has_value(); }

bool read_filler(SalaryLexer& lx) {
  return skip_spaces(lx) || accept_symbol(lx, ':') || read_entry(lx, kFillers).has_value();
}

Currency read_currency_prefix(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  SalaryToken t = probe.next();
  Currency c = Currency::kUnknown;
  if (t.is_symbol('$')) c = Currency::kUsd;
  else if (t.is_symbol(0x00A5) || t.is_symbol(0xFFE5)) c = Currency::kCny;  // ¥ ￥: CNY in a Chinese posting
  else if (t.is_symbol(0x20AC)) c = Currency::kEur;
  else if (t.is_symbol(0x00A3)) c = Currency::kGbp;
  else if (t.is_word("us") && accept_symbol(probe, '$')) c = Currency::kUsd;
  else if (t.is_word("hk") && accept_symbol(probe, '$')) c = Currency::kHkd;
  if (c == Currency::kUnknown) {
    probe = lx;
    c = read_entry(probe, kCurrencyNames).value_or(Currency::kUnknown);
    if (c == Currency::kUnknown) return c;
  }
  lx = probe;
  skip_spaces(lx);
  return c;
}

Currency read_currency_suffix(SalaryLexer& lx) {
  if (auto yuan = read_entry(lx, kYuan)) return *yuan;
  return read_entry(lx, kCurrencyNames).value_or(Currency::kUnknown);
}

PayBasis read_period(SalaryLexer& lx) {
  if (auto basis = read_entry(lx, kBasisKeywords)) return *basis;  // 30-50万年薪, written together
  SalaryLexer probe = lx;
  skip_spaces(probe);
  auto basis = read_period_phrase(probe);
  if (!basis) return PayBasis::kUnknown;
  lx = probe;
  return *basis;
}

std::optional<double> read_magnitude(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  skip_spaces(probe);  // 25 - 40 K
  auto magnitude = read_entry(probe, kMagnitudes);
  if (magnitude) lx = probe;
  return magnitude;
}

bool read_range_separator(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  skip_spaces(probe);
  SalaryToken t = probe.next();
  bool separator = t.is_han(U'至') || t.is_han(U'到') || (t.kind == SalaryTokenKind::kSymbol && contains(kRangeSymbols, t.ch));
  if (!separator) return false;
  skip_spaces(probe);
  lx = probe;
  return true;
}

std::optional<int> read_months(SalaryLexer& lx) {
  SalaryLexer probe = lx;
  skip_spaces(probe);
  SalaryLexer after_separator = probe;
  SalaryToken sep = after_separator.next();
  if ((sep.kind == SalaryTokenKind::kSymbol && contains(kMonthsSeparators, sep.ch)) || sep.is_word("x")) {
    probe = after_separator;
    skip_spaces(probe);
  }
  bool parenthesised = accept_symbol(probe, '(');
  SalaryToken n = probe.next();
  if (n.kind != SalaryTokenKind::kNumber || !n.integral || n.value < 12 || n.value > 24) return std::nullopt;
  if (!accept_han(probe, U"薪")) return std::nullopt;
  if (parenthesised && !accept_symbol(probe, ')')) return std::nullopt;
  lx = probe;
  return static_cast<int>(n.value);
}

bool read_open_end(SalaryLexer& lx) { return accept_symbol(lx, '+') || read_entry(lx, kOpenEnds).has_value(); }

bool read_negotiable(SalaryLexer& lx) { return read_entry(lx, kNegotiable).has_value(); }

// Asked of every Han character of a posting: one bit test instead of a scan of the list.
static bool is_start_character(char32_t c) {
  static const std::bitset<0x10000> kStarts = [] {
    std::bitset<0x10000> b;
    for (char32_t s : kStartCharacters) b.set(s);
    return b;
  }();
  return c < kStarts.size() && kStarts.test(c);
}

bool may_begin_salary(const SalaryToken& t) {
  switch (t.kind) {
    case SalaryTokenKind::kNumber:
      return !t.malformed;
    case SalaryTokenKind::kWord:
      return is_start_word(t.word());
    case SalaryTokenKind::kHan:
      return is_start_character(t.ch);
    case SalaryTokenKind::kSymbol:
      return t.ch == '$' || t.ch == 0x00A5 || t.ch == 0xFFE5 || t.ch == 0x20AC || t.ch == 0x00A3;
    default:
      return false;
  }
}

bool is_not_pay_context(char32_t before_last, char32_t last) {
  if (contains(kNotPaySingles, last)) return true;
  const char32_t pair[] = {before_last, last};
  return contains(kNotPayPairs, std::u32string_view(pair, 2));
}

bool is_basis_keyword(char32_t first, char32_t second) {
  return std::any_of(std::begin(kBasisKeywords), std::end(kBasisKeywords),
                     [&](const Entry<PayBasis>& k) { return k.han[0] == first && k.han[1] == second; });
}

bool is_count_noun(char32_t c) { return contains(kCountNouns, c); }
bool is_time_unit(char32_t c) { return contains(kTimeUnits, c); }

}  // namespace talentmatch::detail
