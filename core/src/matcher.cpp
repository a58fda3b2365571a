#include "talentmatch/matcher.h"

#include <algorithm>

#include "confidence.h"
#include "general_role.h"
#include "matcher_decide.h"
#include "matcher_index.h"
#include "matcher_query.h"
#include "trade_title.h"

namespace talentmatch {
namespace {

// Whether the title's role names a trade by one of its stems and an agent suffix of the title's
// own (trade_title.h).
bool named_by_stem(const detail::AgentRuns& runs, const std::vector<std::string_view>& stems, std::size_t max_gap) {
  for (std::string_view stem : stems)
    if (runs.gap(stem, max_gap)) return true;
  return false;
}

// The model is calibrated on the top candidate. Below it, a candidate's confidence is capped by
// the one above and by what probability is left, so the list reads as ranked and sums to ≤ 1.
template <class Candidates>
void make_coherent(Candidates& list) {
  double used = 0, above = 1;
  for (auto& c : list) {
    c.confidence = std::max(0.0, std::min({c.confidence, above, 1 - used}));
    used += c.confidence;
    above = c.confidence;
  }
}

// Whether one of the names ends in `head`.
bool has_head(const Matcher::Index::Names& names, std::uint32_t head) {
  return std::any_of(names.begin(), names.end(), [&](const Matcher::Index::Name& n) { return n.head == head; });
}

// "IB Physics Teacher (DP/MYP)" is a teacher, not the IB coordinator whose aliases share more of
// its words: when some leading position is named with the title's role word, the leading ones
// (the first `candidates` of `ranked`, the ranking of `scores`) that are not lose `penalty` of
// their score. Returns whether any did.
bool prefer_the_titles_role(const Matcher::Index& ix, std::uint32_t head, const MatcherTuning& tuning,
                            const std::vector<detail::Ranked>& ranked, std::size_t candidates,
                            detail::Scores& scores) {
  const double penalty = tuning.head_penalty;
  if (penalty <= 0 || head == detail::FlatMap::kMissing ||
      ix.position_heads[head] > tuning.head_max_share * static_cast<double>(ix.position_names.size()))
    return false;
  const std::size_t n = std::min(candidates, ranked.size());
  std::vector<bool> named(n);
  for (std::size_t i = 0; i < n; ++i) named[i] = has_head(ix.position_names[ranked[i].doc], head);
  if (std::find(named.begin(), named.end(), true) == named.end()) return false;
  bool any = false;
  for (std::size_t i = 0; i < n; ++i)
    if (!named[i]) {
      scores.total[ranked[i].doc] *= 1 - penalty;
      scores.title[ranked[i].doc] *= 1 - penalty;
      any = true;
    }
  return any;
}

// The general role the title ends in (general_role.h), when the best position is named no further
// than by that role: 大客户销售经理（芯片原厂） is a sales manager, not 物流销售经理.
std::optional<std::string> unnamed_general_role(const PositionCandidate& best, std::string_view title) {
  if (best.features.name_match >= 1) return std::nullopt;  // a whole name of it is in the title
  const std::optional<detail::GeneralRole> role = detail::general_role(title);
  if (!role) return std::nullopt;
  const Position& p = *best.position;
  std::vector<const std::string*> names{&p.title_zh, &p.title_en};
  for (const std::string& a : p.aliases_zh) names.push_back(&a);
  for (const std::string& a : p.aliases_en) names.push_back(&a);
  if (detail::names_beyond_role(names, title, *role)) return std::nullopt;
  return std::string(role->text);
}

constexpr std::size_t kMaxTopK = 50;
// The fallback weighs the shares of this many leading positions.
constexpr std::size_t kFallbackCandidates = 10;

}  // namespace

bool MatcherTuning::set(const std::string& name, double value) {
  struct Named {
    const char* name;
    double MatcherTuning::*member;
  };
  static const Named kAll[] = {
      {"w_title", &MatcherTuning::w_title},
      {"w_aliases", &MatcherTuning::w_aliases},
      {"w_direction", &MatcherTuning::w_direction},
      {"w_field", &MatcherTuning::w_field},
      {"w_competencies", &MatcherTuning::w_competencies},
      {"w_majors", &MatcherTuning::w_majors},
      {"b_title", &MatcherTuning::b_title},
      {"b_aliases", &MatcherTuning::b_aliases},
      {"b_direction", &MatcherTuning::b_direction},
      {"b_field", &MatcherTuning::b_field},
      {"b_competencies", &MatcherTuning::b_competencies},
      {"b_majors", &MatcherTuning::b_majors},
      {"w_tasks", &MatcherTuning::w_tasks},
      {"b_tasks", &MatcherTuning::b_tasks},
      {"k1", &MatcherTuning::k1},
      {"query_title", &MatcherTuning::query_title},
      {"query_body", &MatcherTuning::query_body},
      {"body_saturation", &MatcherTuning::body_saturation},
      {"phrase_boost", &MatcherTuning::phrase_boost},
      {"skill_phrases", &MatcherTuning::skill_phrases},
      {"skip_nested_phrases", &MatcherTuning::skip_nested_phrases},
      {"position_threshold", &MatcherTuning::position_threshold},
      {"sure_position", &MatcherTuning::sure_position},
      {"trade_stems", &MatcherTuning::trade_stems},
      {"trade_gap_match", &MatcherTuning::trade_gap_match},
      {"trade_max_gap", &MatcherTuning::trade_max_gap},
      {"head_penalty", &MatcherTuning::head_penalty},
      {"head_max_share", &MatcherTuning::head_max_share},
      {"general_roles", &MatcherTuning::general_roles},
      {"position_margin", &MatcherTuning::position_margin},
      {"occupation_threshold", &MatcherTuning::occupation_threshold},
      {"fallback_share", &MatcherTuning::fallback_share},
      {"fallback_min_confidence", &MatcherTuning::fallback_min_confidence},
  };
  for (const auto& n : kAll)
    if (name == n.name) {
      this->*n.member = value;
      return true;
    }
  return false;
}

Matcher::Matcher(std::shared_ptr<const Catalogue> catalogue, const MatcherTuning& tuning)
    : catalogue_(std::move(catalogue)), tuning_(tuning), index_(std::make_unique<Index>(*catalogue_, tuning_)) {}

Matcher::~Matcher() = default;

const Catalogue& Matcher::catalogue() const { return *catalogue_; }

MatchResult Matcher::match(const PostingInput& posting, const MatchOptions& options, MatchStats* stats) const {
  using namespace detail;
  const Catalogue& c = *catalogue_;
  const Index& ix = *index_;
  const std::size_t k = std::clamp<std::size_t>(options.top_k, 1, kMaxTopK);
  MatchResult r;

  // The per-posting tables, reused: match() stays const and thread-safe (one scratch per thread).
  thread_local QueryTerms::Scratch scratch;
  QueryTerms query(ix, c, scratch);
  query.read(posting);
  query.weigh(tuning_);
  r.title = query.title_span();
  r.qualifications = query.qualifications();

  Scores& pos_scores = scratch.positions;
  Scores& occ_scores = scratch.occupations;
  pos_scores.reset(ix.positions.document_count());
  occ_scores.reset(ix.occupations.document_count());
  std::size_t visited = query.score(ix.positions, pos_scores) + query.score(ix.occupations, occ_scores);

  // The leading candidates of a ranking are the ranking of as many: one ranking serves the
  // role-word rule and the list, unless the rule changed scores.
  const std::size_t listed = std::max(k, kFallbackCandidates);
  std::vector<Ranked> top = rank(pos_scores.total, listed);
  const bool role_word = prefer_the_titles_role(ix, query.title_head(), tuning_, top, kFallbackCandidates, pos_scores);
  if (role_word) top = rank(pos_scores.total, listed);
  std::uint32_t rewrites = role_word ? kRoleWord : 0u;
  r.positions.reserve(std::min(top.size(), k));
  for (std::size_t i = 0; i < top.size() && i < k; ++i) {
    PositionCandidate pc;
    pc.position = &c.key.positions[top[i].doc];
    pc.direction = ix.directions[top[i].doc];
    pc.field = ix.fields[top[i].doc];
    pc.industry = ix.industries[top[i].doc];
    pc.score = top[i].score;
    pc.features = features_of(pos_scores, top, i, query.title_term_count());
    pc.features.name_match = query.name_match(ix.position_names[top[i].doc]);
    pc.features.body_terms = static_cast<double>(query.body_term_count());
    pc.confidence = logistic_confidence(kPositionModel, pc.features);
    r.positions.push_back(pc);
  }
  std::vector<Ranked> top_occ = rank(occ_scores.total, k);
  // NaN and huge values from --set must not reach an integer cast.
  const std::size_t max_gap = tuning_.trade_max_gap > 0 ? static_cast<std::size_t>(std::min(tuning_.trade_max_gap, 16.0)) : 0;
  const detail::AgentRuns runs(max_gap > 0 ? title_role(query.title_text()) : std::string_view{});
  r.occupations.reserve(top_occ.size());
  for (std::size_t i = 0; i < top_occ.size(); ++i) {
    OccupationCandidate oc;
    oc.occupation = &c.skilled.occupations[top_occ[i].doc];
    oc.score = top_occ[i].score;
    oc.features = features_of(occ_scores, top_occ, i, query.title_term_count());
    oc.features.name_match = query.name_match(ix.occupation_names[top_occ[i].doc]);
    if (named_by_stem(runs, ix.occupation_stems[top_occ[i].doc], max_gap) &&
        tuning_.trade_gap_match > oc.features.name_match) {
      oc.features.name_match = tuning_.trade_gap_match;
      if (i == 0) rewrites |= kTradeStem;
    }
    oc.features.body_terms = static_cast<double>(query.body_term_count());
    oc.confidence = logistic_confidence(kOccupationModel, oc.features);
    r.occupations.push_back(oc);
  }

  make_coherent(r.positions);
  make_coherent(r.occupations);
  const std::optional<std::string> general = tuning_.general_roles > 0 && !r.positions.empty()
                                                 ? unnamed_general_role(r.positions[0], query.title_text())
                                                 : std::nullopt;
  if (general) rewrites |= kGeneralRole;
  r.normalisations = normalisation_names(query.flags() | rewrites);
  decide(tuning_, ix, top, general, r);
  compare_salary(posting, r);
  if (options.explain) {
    const std::size_t n = std::min(r.positions.size(), options.explain_k);
    std::vector<std::uint32_t> docs(n);
    std::vector<const std::string*> ids(n);
    for (std::size_t i = 0; i < n; ++i) {
      docs[i] = top[i].doc;
      ids[i] = &r.positions[i].position->id;
    }
    r.explanations.reserve(n + 1);
    query.explain(ix.positions, docs, ids, r.explanations);
    if (!top_occ.empty())
      query.explain(ix.occupations, {top_occ[0].doc}, {&r.occupations[0].occupation->id}, r.explanations);
  }
  if (stats) {
    const TokenizeStats& ts = query.stats();
    stats->chars += ts.chars;
    stats->tokens += ts.tokens;
    stats->lexicon_steps += ts.lexicon_steps;
    stats->postings_visited += visited;
  }
  return r;
}

nlohmann::json Matcher::match_request(const nlohmann::json& request, const MatchOptions& options) const {
  PostingRequest req;
  std::string error = posting_from_json(request, req);
  if (!error.empty()) return {{"id", req.id}, {"error", error}};
  return match_json(*catalogue_, match(req.posting, options), req.id);
}

}  // namespace talentmatch
