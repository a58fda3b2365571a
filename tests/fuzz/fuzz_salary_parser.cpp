// Fuzzes parse_salary: any bytes, and the offer found must describe the text it came from —
// offsets inside the input and equal to `text`, a finite non-negative range lo <= hi, a known
// basis and currency unless negotiable (面议), months within what a posting can state.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "talentmatch/salary.h"

namespace core = talentmatch;

namespace {

void check_offer(std::string_view input, const core::SalaryOffer& offer) {
  using core::fuzz::require;
  require(offer.begin <= offer.end && offer.end <= input.size(), "offsets outside the input");
  require(input.substr(offer.begin, offer.end - offer.begin) == offer.text, "text differs from input[begin, end)");
  require(std::isfinite(offer.annual_lo) && std::isfinite(offer.annual_hi), "a range bound is not finite");
  require(offer.annual_lo >= 0 && offer.annual_lo <= offer.annual_hi, "the range is not 0 <= lo <= hi");
  require(offer.months >= 1 && offer.months <= 24, "months outside 1..24: " + std::to_string(offer.months));
  if (core::is_valid_utf8(input)) core::fuzz::require_utf8(offer.text, "the salary text of a valid UTF-8 input");
  if (offer.negotiable) {
    // 面议: no figure, so no basis or currency either.
    require(offer.annual_lo == 0 && offer.annual_hi == 0, "a negotiable offer has a figure");
    return;
  }
  require(offer.annual_hi > 0, "a figure-less offer that is not negotiable");
  require(offer.basis == "monthly" || offer.basis == "annual" || offer.basis == "daily" || offer.basis == "hourly",
          "unknown basis \"" + offer.basis + "\"");
  require(!offer.currency.empty(), "no currency");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto offer = core::parse_salary(input)) check_offer(input, *offer);
  return 0;
}
