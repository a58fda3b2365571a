#include "matcher_decide.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include "matcher_math.h"

namespace talentmatch::detail {
namespace {

// x with two decimals ("0.85"), as printf("%.2f") would print round_to(x, 2), without printf.
std::string fixed2(double x) {
  const double hundredths = std::floor(std::fabs(round_to(x, 2)) * 100 + 0.5);  // exact: a small integer
  const auto n = static_cast<std::uint64_t>(hundredths);
  std::string s = std::signbit(x) && n != 0 ? "-" : "";
  s += std::to_string(n / 100);
  s += '.';
  s += static_cast<char>('0' + n / 10 % 10);
  s += static_cast<char>('0' + n % 10);
  return s;
}

// The level's share of the leading candidates' total score.
struct Share {
  std::string id;
  double score = 0;
};

template <class KeyOf>
Share leading_share(const std::vector<Ranked>& top, KeyOf key_of) {
  std::vector<Share> shares;
  for (const Ranked& r : top) {
    std::string id = key_of(r.doc);
    auto it = std::find_if(shares.begin(), shares.end(), [&](const Share& s) { return s.id == id; });
    if (it == shares.end()) shares.push_back({id, r.score});
    else it->score += r.score;
  }
  Share best;
  for (const Share& s : shares)
    if (s.score > best.score) best = s;  // first listed wins a tie: it holds the better candidate
  return best;
}

std::optional<Fallback> fallback(const MatcherTuning& tuning, const Matcher::Index& ix, const std::vector<Ranked>& top) {
  double total = 0;
  for (const Ranked& r : top) total += r.score;
  if (total <= 0) return std::nullopt;
  Share d = leading_share(top, [&](std::uint32_t doc) { return ix.directions[doc]->id; });
  if (d.score / total >= tuning.fallback_share) {
    for (const Ranked& r : top)
      if (ix.directions[r.doc]->id == d.id) {
        const Direction& x = *ix.directions[r.doc];
        return Fallback{"direction", x.id, x.name_zh, x.name_en, round_to(d.score / total, 4)};
      }
  }
  Share f = leading_share(top, [&](std::uint32_t doc) { return ix.fields[doc]->id; });
  if (f.score / total >= tuning.fallback_share) {
    for (const Ranked& r : top)
      if (ix.fields[r.doc]->id == f.id) {
        const CoreField& x = *ix.fields[r.doc];
        return Fallback{"core_field", x.id, x.name_zh, x.name_en, round_to(f.score / total, 4)};
      }
  }
  Share i = leading_share(top, [&](std::uint32_t doc) { return ix.industries[doc]->id; });
  if (i.score / total >= tuning.fallback_share) {
    for (const Ranked& r : top)
      if (ix.industries[r.doc]->id == i.id) {
        const Industry& x = *ix.industries[r.doc];
        return Fallback{"industry", x.id, x.name_zh, x.name_en, round_to(i.score / total, 4)};
      }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Ranked> rank(const std::vector<double>& scores, std::size_t k) {
  // Insertion into a sorted list of at most k: k is small and most documents fall out at once.
  std::vector<Ranked> top;
  top.reserve(k + 1);
  double floor = 0;  // what a document must beat: 0, then the last listed once k are (ties keep catalogue order)
  for (std::uint32_t d = 0; d < scores.size(); ++d) {
    const double s = scores[d];
    if (!(s > floor)) continue;
    auto at = top.end();
    while (at != top.begin() && (at - 1)->score < s) --at;
    top.insert(at, {d, s});
    if (top.size() > k) top.pop_back();
    if (top.size() == k) floor = top.back().score;
  }
  return top;
}

ConfidenceFeatures features_of(const Scores& s, const std::vector<Ranked>& top, std::size_t i, std::size_t title_terms) {
  ConfidenceFeatures f;
  const std::uint32_t doc = top[i].doc;
  f.title_score = s.title[doc];
  f.body_score = std::max(0.0, s.total[doc] - s.title[doc]);
  const double other = i == 0 ? (top.size() > 1 ? top[1].score : 0) : top[0].score;
  f.margin = top[i].score > 0 ? std::clamp((top[i].score - other) / top[i].score, -1.0, 1.0) : -1;
  f.title_coverage = title_terms ? std::min(1.0, static_cast<double>(s.title_hits[doc]) / title_terms) : 0;
  return f;
}

void decide(const MatcherTuning& tuning, const Matcher::Index& ix, const std::vector<Ranked>& top,
            const std::optional<std::string>& general_role, MatchResult& r) {
  const double pos = r.positions.empty() ? 0 : r.positions[0].confidence;
  const double occ = r.occupations.empty() ? 0 : r.occupations[0].confidence;
  // A title that is exactly a skilled occupation's name (and not the best position's) names that
  // occupation: "健康照护师" is the occupation even when a care supervisor's duties score higher.
  const bool occupation_named = !r.occupations.empty() && r.occupations[0].features.name_match >= 1.0 &&
                                (r.positions.empty() || r.positions[0].features.name_match < 1.0);
  const bool occupation_wins = occ >= tuning.occupation_threshold && (occ > pos || occupation_named);
  // Below sure_position a position must also lead: two candidates level on the evidence are a
  // guess between them, which the fallback to their shared level says better.
  const bool position_leads =
      !r.positions.empty() && (pos >= tuning.sure_position || r.positions[0].features.margin >= tuning.position_margin);
  if (pos >= tuning.position_threshold && position_leads && !occupation_wins && !general_role) {
    const Position& p = *r.positions[0].position;
    r.best = {"position", p.id, p.title_zh, p.title_en, pos};
    r.reason = "position confidence " + fixed2(pos) + " reaches the threshold " + fixed2(tuning.position_threshold);
    return;
  }
  if (occ >= tuning.occupation_threshold) {
    const Occupation& o = *r.occupations[0].occupation;
    r.best = {"occupation", o.id, o.name_zh, o.name_en, occ};
    r.reason = occupation_named && pos >= occ
                   ? "the title names the skilled occupation (position confidence " + fixed2(pos) + ", occupation " + fixed2(occ) + ")"
                   : "no confident position (best " + fixed2(pos) + "); skilled occupation confidence " + fixed2(occ);
    return;
  }
  r.best = BestAnswer{};
  // For "none": the probability that the best candidate is wrong.
  r.best.confidence = 1 - std::max(pos, occ);
  if (r.positions.empty()) {
    r.reason = "nothing in the posting matches the catalogue";
    return;
  }
  if (general_role) {
    // No fallback: the posting's industry is not the job's (a chip firm's sales manager).
    r.reason = "no catalogue position: the title names a general role (" + *general_role +
               "), which the catalogue does not list";
    return;
  }
  const ConfidenceFeatures& f = r.positions[0].features;
  r.reason = f.margin < 0.1            ? "no confident position: the top two candidates are close"
             : f.title_coverage == 0.0 ? "no confident position: the title matches no catalogue position"
                                       : "no confident position: the evidence is weak (confidence " + fixed2(pos) + ")";
  if (pos >= tuning.fallback_min_confidence) r.fallback = fallback(tuning, ix, top);
}

}  // namespace talentmatch::detail
