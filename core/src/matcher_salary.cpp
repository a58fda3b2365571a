#include <algorithm>

#include "matcher_decide.h"
#include "tokenizer_normalize.h"

namespace talentmatch::detail {
namespace {

// The pay is looked for in the first 64 KB of a field: no posting states it later than that.
constexpr std::size_t kSalaryScanBytes = 64 * 1024;

struct Found {
  SalaryOffer offer;
  const char* field;
  std::string_view text;
};

std::optional<Found> find_offer(const PostingInput& p) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"salary", &p.salary}, {"text", &p.text}, {"title", &p.title}, {"description", &p.description},
      {"requirements", &p.requirements}};
  for (const auto& [name, text] : fields) {
    if (text->empty()) continue;
    std::string_view head = std::string_view(*text).substr(0, kSalaryScanBytes);
    if (auto offer = parse_salary(head)) return Found{*offer, name, *text};
  }
  return std::nullopt;
}

}  // namespace

void compare_salary(const PostingInput& posting, MatchResult& r) {
  auto found = find_offer(posting);
  if (!found) return;
  if (found->offer.negotiable) {
    r.salary_negotiable = true;
    return;
  }
  SalaryComparison s;
  s.offer = found->offer;
  std::size_t begin = std::min(s.offer.begin, found->text.size()), end = std::min(s.offer.end, found->text.size());
  std::uint32_t begin_u16 = utf16_length(found->text.substr(0, begin));
  s.span = {found->field, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), begin_u16,
            begin_u16 + utf16_length(found->text.substr(begin, end - begin))};
  if (r.best.kind == "position") {
    const Position& p = *r.positions[0].position;
    s.reference_kind = "position";
    s.reference_id = p.id;
    s.median = p.salary_median;
    s.median_illustrative = p.is_illustrative("salary_median");
  } else if (r.best.kind == "occupation") {
    const Occupation& o = *r.occupations[0].occupation;
    s.reference_kind = "occupation";
    s.reference_id = o.id;
    s.median = o.salary_median;
    s.median_illustrative = o.is_illustrative("salary_median");
  }
  if (s.median > 0) {
    s.ratio = (s.offer.annual_lo + s.offer.annual_hi) / 2 / static_cast<double>(s.median);
    s.verdict = s.ratio < kBelowRatio ? "below" : s.ratio > kAboveRatio ? "above" : "around";
  }
  r.salary = std::move(s);
}

}  // namespace talentmatch::detail
