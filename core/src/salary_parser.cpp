// Finds the first salary expression in a posting with a single left-to-right pass over tokens.
// At each token that could begin one, a small grammar reads
//   [keywords] [currency] amount [separator amount] {currency | period | months | open end}
// with a bounded look-ahead, so the whole scan is linear in the input. Docs: docs/SALARY.md.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "salary_lexer.h"
#include "salary_vocabulary.h"
#include "talentmatch/salary.h"

namespace talentmatch {

namespace {

using detail::Currency;
using detail::PayBasis;
using detail::SalaryLexer;
using detail::SalaryToken;
using detail::SalaryTokenKind;

constexpr double kWorkingDaysPerMonth = 21.75;  // statutory monthly average of paid working days
constexpr double kWorkingHoursPerDay = 8;
constexpr double kMinPlausibleAnnual = 10'000;      // CNY; below this a figure is a fee or an allowance
constexpr double kMaxPlausibleAnnual = 20'000'000;  // CNY; above this it is revenue or funding
constexpr int kMaxKeywords = 4;  // 薪资待遇：税前月薪 ...
constexpr int kMaxFillers = 4;
constexpr int kMaxSuffixes = 8;

struct Amount {
  double number = 0;
  double magnitude = 1;  // 1000 for k/千, 10000 for 万/w
  bool has_magnitude = false;
};

// What one salary expression says, before it becomes an annual CNY range.
struct Draft {
  std::size_t begin = 0, end = 0;
  bool begin_set = false;
  bool keyword = false;  // 年薪, 薪资, salary ... led the expression
  PayBasis keyword_basis = PayBasis::kUnknown;
  PayBasis period = PayBasis::kUnknown;
  Currency currency = Currency::kUnknown;
  Amount lo, hi;
  bool range = false;
  std::optional<int> months;
  bool negotiable = false;
  std::size_t last_number_end = 0;

  void mark_begin(std::size_t at) {
    if (!begin_set) begin = at, begin_set = true;
  }
};

// What precedes a candidate start, from the last few non-space tokens.
struct StartContext {
  bool glued = false;                // directly after letters, digits or . / # ...: v2.0, H5, 985/211
  bool after_word_or_dash = false;   // non-negotiable
  bool not_pay = false;              // 餐补 20元/天, 融资5000万
  bool after_basis_keyword = false;  // the keyword-led parse already had its chance
};

enum class Verdict { kNone, kRejected, kAccepted };

struct Attempt {
  Verdict verdict = Verdict::kNone;
  Draft draft;
};

// The last few non-space tokens before a candidate start: enough to judge its context.
class History {
 public:
  void push(const SalaryToken& t) {
    third_ = before_last_;
    before_last_ = last_;
    last_ = {t.kind, t.ch, t.end};
  }

  StartContext context_for(const SalaryToken& start) const {
    StartContext ctx;
    bool adjacent = last_.kind != SalaryTokenKind::kEnd && last_.end == start.begin;
    if (adjacent) {
      ctx.glued = last_.kind == SalaryTokenKind::kWord || last_.kind == SalaryTokenKind::kNumber ||
                  (last_.kind == SalaryTokenKind::kSymbol && is_glue_symbol(last_.ch));
      ctx.after_word_or_dash = last_.kind == SalaryTokenKind::kWord || last_.is_symbol('-');
    }
    // Look through one colon: 餐补：20元/天.
    const Seen* last = &last_;
    const Seen* before = &before_last_;
    if (last->is_symbol(':')) last = &before_last_, before = &third_;
    if (last->kind == SalaryTokenKind::kHan) {
      char32_t before_ch = before->kind == SalaryTokenKind::kHan ? before->ch : 0;
      ctx.not_pay = detail::is_not_pay_context(before_ch, last->ch);
      ctx.after_basis_keyword = detail::is_basis_keyword(before_ch, last->ch);
    }
    return ctx;
  }

 private:
  struct Seen {
    SalaryTokenKind kind = SalaryTokenKind::kEnd;
    char32_t ch = 0;
    std::size_t end = 0;
    bool is_symbol(char32_t c) const { return kind == SalaryTokenKind::kSymbol && ch == c; }
  };

  static bool is_glue_symbol(char32_t c) {
    return c == '.' || c == '#' || c == '@' || c == '_' || c == '/' || c == '%' || c == '&' || c == '=' ||
           c == '+' || c == '$' || c == 0x00A5 || c == 0xFFE5 || c == 0x20AC || c == 0x00A3;
  }

  Seen last_, before_last_, third_;
};

// 年薪 / 薪资待遇： / salary: — keywords with fillers after each. Sets the text start at the
// first basis keyword (年薪...), never at a generic one (薪资...), which only adds evidence.
void read_keywords(SalaryLexer& lx, Draft& d, std::size_t& last_keyword_begin, std::size_t& last_keyword_end) {
  for (int i = 0; i < kMaxKeywords; ++i) {
    std::size_t at = lx.position();
    PayBasis basis = detail::read_basis_keyword(lx);
    if (basis != PayBasis::kUnknown) {
      d.mark_begin(at);
      if (d.keyword_basis == PayBasis::kUnknown) d.keyword_basis = basis;
    } else if (!detail::read_generic_keyword(lx)) {
      return;
    }
    d.keyword = true;
    last_keyword_begin = at;
    last_keyword_end = lx.position();
    int fillers = 0;
    while (fillers < kMaxFillers && detail::read_filler(lx)) ++fillers;
  }
}

// The spoken form 1万5 (15,000) or 8千5 (8,500): one digit right after the magnitude counts
// a tenth of it.
void read_trailing_digit(SalaryLexer& lx, Amount& amount, std::size_t& number_end) {
  SalaryLexer probe = lx;
  SalaryToken digit = probe.next();
  if (digit.kind != SalaryTokenKind::kNumber || !digit.integral || digit.end - digit.begin != 1) return;
  SalaryToken after = detail::peek_token(probe);
  bool unit_follows = after.kind == SalaryTokenKind::kHan && (detail::is_count_noun(after.ch) || detail::is_time_unit(after.ch));
  if (after.kind == SalaryTokenKind::kWord || unit_follows) return;
  amount.number += digit.value / 10;
  number_end = digit.end;
  lx = probe;
}

bool read_amount(SalaryLexer& lx, Amount& amount, std::size_t& number_end) {
  SalaryLexer probe = lx;
  SalaryToken n = probe.next();
  if (n.kind != SalaryTokenKind::kNumber || n.malformed) return false;
  amount.number = n.value;
  number_end = n.end;
  if (auto m = detail::read_magnitude(probe)) {
    amount.magnitude = *m;
    amount.has_magnitude = true;
    read_trailing_digit(probe, amount, number_end);
  }
  lx = probe;
  return true;
}

// "- 40k", "至$150k": the upper figure of a range, in the same currency if one is named.
bool read_upper_amount(SalaryLexer& lx, Draft& d) {
  SalaryLexer probe = lx;
  if (!detail::read_range_separator(probe)) return false;
  Currency c = detail::read_currency_prefix(probe);
  if (c != Currency::kUnknown && d.currency != Currency::kUnknown && c != d.currency) return false;
  if (!read_amount(probe, d.hi, d.last_number_end)) return false;
  if (c != Currency::kUnknown) d.currency = c;
  d.range = true;
  lx = probe;
  return true;
}

// Currency, period, months and open end, in any order, each at most once; false on a
// contradiction such as "USD ... RMB".
bool read_suffixes(SalaryLexer& lx, Draft& d) {
  bool open_end = false;
  for (int i = 0; i < kMaxSuffixes; ++i) {
    SalaryLexer probe = lx;
    detail::skip_spaces(probe);
    Currency c = detail::read_currency_suffix(probe);
    if (c != Currency::kUnknown) {
      if (d.currency != Currency::kUnknown && c != d.currency) return false;
      d.currency = c;
      lx = probe;
      continue;
    }
    if (d.period == PayBasis::kUnknown) {
      d.period = detail::read_period(lx);
      if (d.period != PayBasis::kUnknown) continue;
    }
    if (!d.months) {
      d.months = detail::read_months(lx);
      if (d.months) continue;
    }
    if (!open_end && detail::read_open_end(lx)) {
      open_end = true;
      continue;
    }
    break;
  }
  return true;
}

// The token after the expression turns it into something else: 50-100人, 3-5年, 4K60Hz.
bool continues_as_non_salary(const SalaryLexer& lx, const Draft& d) {
  SalaryToken next = detail::peek_token(lx);
  if (next.kind == SalaryTokenKind::kNumber || next.kind == SalaryTokenKind::kWord) return true;
  if (next.kind != SalaryTokenKind::kHan) return false;
  bool ends_with_bare_number = d.last_number_end == d.end;
  return detail::is_count_noun(next.ch) || (ends_with_bare_number && detail::is_time_unit(next.ch));
}

// A figure counts as pay only with evidence: a keyword, a currency, a period or a months
// count; or a range with a magnitude (25-40K, 2万-3万), which boards use for nothing else.
bool has_salary_evidence(const Draft& d) {
  bool stated = d.keyword || d.currency != Currency::kUnknown || d.period != PayBasis::kUnknown || d.months;
  return stated || (d.range && (d.lo.has_magnitude || d.hi.has_magnitude));
}

Attempt read_expression(SalaryLexer lx, const StartContext& ctx, bool allow_range) {
  Attempt a;
  Draft& d = a.draft;
  std::size_t keyword_begin = 0, keyword_end = 0;
  read_keywords(lx, d, keyword_begin, keyword_end);

  std::size_t at = lx.position();
  bool may_be_negotiable = d.keyword || !ctx.after_word_or_dash;
  if (may_be_negotiable && detail::read_negotiable(lx)) {
    d.negotiable = true;
    bool keyword_adjacent = d.keyword && keyword_end == at;
    d.mark_begin(keyword_adjacent ? keyword_begin : at);
    d.end = lx.position();
    a.verdict = Verdict::kAccepted;
    return a;
  }

  Currency currency = detail::read_currency_prefix(lx);
  if (currency != Currency::kUnknown) d.currency = currency, d.mark_begin(at);
  if (!d.keyword) {
    if (ctx.not_pay) return a;
    if (currency == Currency::kUnknown && (ctx.glued || ctx.after_basis_keyword)) return a;
  }

  std::size_t amount_begin = lx.position();
  if (!read_amount(lx, d.lo, d.last_number_end)) return a;
  d.mark_begin(amount_begin);
  d.hi = d.lo;
  if (allow_range) read_upper_amount(lx, d);
  bool consistent = read_suffixes(lx, d);
  d.end = lx.position();

  a.verdict = consistent && !continues_as_non_salary(lx, d) && has_salary_evidence(d) ? Verdict::kAccepted
                                                                                        : Verdict::kRejected;
  return a;
}

// When only one side of a range names its magnitude, the other shares it (25-40K, 1.5-2万)
// unless sharing would make it absurd (8000-1.2万 means 8,000 to 12,000).
std::pair<double, double> range_values(const Amount& lo, const Amount& hi) {
  double lo_value = lo.number * lo.magnitude;
  double hi_value = hi.number * hi.magnitude;
  if (lo.has_magnitude == hi.has_magnitude) return {lo_value, hi_value};
  if (!lo.has_magnitude) {
    double shared = lo.number * hi.magnitude;
    return {shared > 10 * hi_value ? lo_value : shared, hi_value};
  }
  double shared = hi.number * lo.magnitude;
  return {lo_value, shared > 10 * lo_value ? hi_value : shared};
}

// Without a stated period: boards write monthly pay in K and small 万 figures, annual pay in
// large 万 figures; US/EU pay is quoted per year, Hong Kong pay per month.
bool in_thousands(const Draft& d);

PayBasis default_basis(const Draft& d, Currency currency, double hi_value) {
  switch (currency) {
    case Currency::kCny:
      return in_thousands(d) || hi_value < 100'000 ? PayBasis::kMonthly : PayBasis::kAnnual;
    case Currency::kHkd:
      return hi_value < 200'000 ? PayBasis::kMonthly : PayBasis::kAnnual;
    default:
      return hi_value < 15'000 ? PayBasis::kMonthly : PayBasis::kAnnual;
  }
}

bool in_thousands(const Draft& d) {
  return (d.lo.has_magnitude && d.lo.magnitude == 1000) || (d.hi.has_magnitude && d.hi.magnitude == 1000);
}

// A stated period wins, then a months count on K figures (年薪 25-40K·14薪 is monthly pay
// over 14 months), then the keyword, then any months count, then the board conventions.
PayBasis resolve_basis(const Draft& d, Currency currency, double hi_value) {
  if (d.period != PayBasis::kUnknown) return d.period;
  if (d.months && in_thousands(d)) return PayBasis::kMonthly;
  if (d.keyword_basis != PayBasis::kUnknown) return d.keyword_basis;
  if (d.months) return PayBasis::kMonthly;
  return default_basis(d, currency, hi_value);
}

double cny_per_unit(Currency c) {
  switch (c) {
    case Currency::kUsd: return kCnyPerUsd;
    case Currency::kEur: return kCnyPerEur;
    case Currency::kHkd: return kCnyPerHkd;
    case Currency::kGbp: return kCnyPerGbp;
    default: return 1;
  }
}

const char* currency_code(Currency c) {
  switch (c) {
    case Currency::kUsd: return "USD";
    case Currency::kEur: return "EUR";
    case Currency::kHkd: return "HKD";
    case Currency::kGbp: return "GBP";
    default: return "CNY";
  }
}

const char* basis_name(PayBasis b) {
  switch (b) {
    case PayBasis::kAnnual: return "annual";
    case PayBasis::kDaily: return "daily";
    case PayBasis::kHourly: return "hourly";
    default: return "monthly";
  }
}

double periods_per_year(PayBasis basis, int months) {
  switch (basis) {
    case PayBasis::kAnnual: return 1;
    case PayBasis::kDaily: return kWorkingDaysPerMonth * 12;
    case PayBasis::kHourly: return kWorkingHoursPerDay * kWorkingDaysPerMonth * 12;
    default: return months;
  }
}

// The draft as an annual CNY offer, or nullopt when the figures are implausible as pay.
std::optional<SalaryOffer> to_offer(const Draft& d, std::string_view text) {
  SalaryOffer offer;
  offer.begin = d.begin;
  offer.end = d.end;
  offer.text = std::string(text.substr(d.begin, d.end - d.begin));
  if (d.months) offer.months = *d.months;
  if (d.negotiable) {
    offer.negotiable = true;
    return offer;
  }
  Currency currency = d.currency == Currency::kUnknown ? Currency::kCny : d.currency;
  auto [lo, hi] = range_values(d.lo, d.hi);
  if (lo > hi) std::swap(lo, hi);
  PayBasis basis = resolve_basis(d, currency, hi);
  double factor = periods_per_year(basis, offer.months) * cny_per_unit(currency);
  offer.annual_lo = lo * factor;
  offer.annual_hi = hi * factor;
  if (offer.annual_lo < kMinPlausibleAnnual || offer.annual_hi > kMaxPlausibleAnnual) return std::nullopt;
  offer.basis = basis_name(basis);
  offer.currency = currency_code(currency);
  return offer;
}

// Reads at one start, with a range first and then, if that is rejected, a single figure:
// 月薪25k-3年经验 is 月薪25k followed by something else.
Attempt read_at(const SalaryLexer& at, const StartContext& ctx, std::string_view text,
                std::optional<SalaryOffer>& offer) {
  Attempt ranged = read_expression(at, ctx, true);
  if (ranged.verdict == Verdict::kNone) return ranged;
  if (ranged.verdict == Verdict::kAccepted && (offer = to_offer(ranged.draft, text))) return ranged;
  if (ranged.draft.range && has_salary_evidence(ranged.draft)) {
    Attempt single = read_expression(at, ctx, false);
    if (single.verdict == Verdict::kAccepted && (offer = to_offer(single.draft, text))) return single;
  }
  ranged.verdict = Verdict::kRejected;
  return ranged;
}

}  // namespace

std::optional<SalaryOffer> parse_salary(std::string_view text) {
  detail::SalaryTokenCache cache;
  SalaryLexer lexer(text, cache);
  History history;
  std::size_t skip_until = 0;  // the end of the last rejected expression: no restarts inside it
  while (true) {
    SalaryLexer at = lexer;
    SalaryToken t = lexer.next();
    if (t.kind == SalaryTokenKind::kEnd) break;
    if (t.kind == SalaryTokenKind::kSpace) continue;
    if (t.begin >= skip_until && detail::may_begin_salary(t)) {
      std::optional<SalaryOffer> offer;
      Attempt a = read_at(at, history.context_for(t), text, offer);
      if (offer) return offer;
      if (a.verdict == Verdict::kRejected) skip_until = std::max(skip_until, a.draft.end);
    }
    history.push(t);
  }
  return std::nullopt;
}

}  // namespace talentmatch
