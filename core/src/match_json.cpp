#include <cmath>

#include "matcher_math.h"
#include "talentmatch/match_result.h"

namespace talentmatch {
namespace {

using nlohmann::json;

constexpr int kDecimals = 4;

double rounded(double x) { return detail::round_to(x, kDecimals); }

const char* const kNotice =
    "Illustrative: the official catalogue tables are not public. Names, ratings and salary medians marked "
    "\"illustrative\" were authored by talentmatch, not by the Beijing bureau; only records marked "
    "\"publication\" are stated in the 2023-09-04 announcement.";

json span_json(const TextSpan& s) {
  return {{"field", s.field}, {"start", s.begin}, {"end", s.end}, {"start_u16", s.begin_u16}, {"end_u16", s.end_u16}};
}

json spans_json(const std::vector<TextSpan>& spans) {
  json out = json::array();
  for (const auto& s : spans) out.push_back(span_json(s));
  return out;
}

const char* salary_provenance(const Record& r) {
  return r.is_illustrative("salary_median") ? "illustrative" : "publication";
}

bool shows_illustrative(const Record& r) {
  return r.provenance == Provenance::illustrative || !r.illustrative_fields.empty();
}

json position_json(const PositionCandidate& c) {
  const Position& p = *c.position;
  const CoreField& f = *c.field;
  return {{"id", p.id},
          {"title_zh", p.title_zh},
          {"title_en", p.title_en},
          {"direction_id", c.direction->id},
          {"direction_zh", c.direction->name_zh},
          {"direction_en", c.direction->name_en},
          {"field_id", f.id},
          {"field_zh", f.name_zh},
          {"field_en", f.name_en},
          {"industry_id", c.industry->id},
          {"industry_zh", c.industry->name_zh},
          {"industry_en", c.industry->name_en},
          {"stars", f.stars},
          {"dimensions",
           {{"supply_demand", f.dimensions.supply_demand},
            {"training", f.dimensions.training},
            {"transfer", f.dimensions.transfer}}},
          {"salary_median", p.salary_median},
          {"salary_provenance", salary_provenance(p)},
          {"score", rounded(c.score)},
          {"confidence", rounded(c.confidence)},
          {"provenance", to_string(p.provenance)}};
}

json occupation_json(const Catalogue& cat, const OccupationCandidate& c) {
  const Occupation& o = *c.occupation;
  json j = {{"id", o.id},
            {"name_zh", o.name_zh},
            {"name_en", o.name_en},
            {"urgency", o.urgency},
            {"category_id", o.category_id},
            {"new_in_2023", o.new_in_2023},
            {"salary_median", o.salary_median},
            {"salary_provenance", salary_provenance(o)},
            {"score", rounded(c.score)},
            {"confidence", rounded(c.confidence)},
            {"provenance", to_string(o.provenance)}};
  if (const UrgencyLevel* u = cat.urgency_level(o.urgency)) {
    j["urgency_zh"] = u->name_zh;
    j["urgency_en"] = u->name_en;
  }
  return j;
}

json features_json(const ConfidenceFeatures& f) {
  return {{"title_score", rounded(f.title_score)},
          {"body_score", rounded(f.body_score)},
          {"margin", rounded(f.margin)},
          {"title_coverage", rounded(f.title_coverage)},
          {"name_match", rounded(f.name_match)},
          {"body_terms", f.body_terms}};
}

json salary_json(const SalaryComparison& s) {
  const bool compared = s.median > 0;
  return {{"annual_cny", {std::llround(s.offer.annual_lo), std::llround(s.offer.annual_hi)}},
          {"basis", s.offer.basis},
          {"months", s.offer.months},
          {"currency", s.offer.currency},
          {"text", s.offer.text},
          {"offsets", span_json(s.span)},
          {"reference", compared ? json{{"kind", s.reference_kind}, {"id", s.reference_id}} : json(nullptr)},
          {"median", compared ? json(s.median) : json(nullptr)},
          {"ratio_to_median", compared ? json(rounded(s.ratio)) : json(nullptr)},
          {"verdict", compared ? json(s.verdict) : json(nullptr)},
          {"median_provenance", compared ? json(s.median_illustrative ? "illustrative" : "publication") : json(nullptr)}};
}

json qualification_json(const QualificationMention& m) {
  const Qualification& q = *m.qualification;
  return {{"id", q.id},
          {"abbr", q.abbr},
          {"name_zh", q.name_zh},
          {"name_en", q.name_en},
          {"urgent", q.urgent},
          {"title_equivalent", q.title_equivalent},
          {"matched", m.matched},
          {"offsets", spans_json(m.spans)},
          {"provenance", to_string(q.provenance)},
          {"gains", nullptr}};
}

json record_explanation_json(const RecordExplanation& x, const ConfidenceFeatures* features) {
  json terms = json::array();
  for (const auto& t : x.terms)
    terms.push_back({{"text", t.text},
                     {"kind", t.kind},
                     {"fields", t.fields},
                     {"in_title", t.in_title},
                     {"score", rounded(t.score)},
                     {"offsets", spans_json(t.spans)}});
  json j = {{"id", x.id}, {"terms", terms}, {"highlights", spans_json(x.highlights)}};
  if (features) j["features"] = features_json(*features);
  return j;
}

json explanation_json(const MatchResult& r) {
  json positions = json::array();
  json occupation = nullptr;
  for (const auto& x : r.explanations) {
    const ConfidenceFeatures* f = nullptr;
    for (const auto& p : r.positions)
      if (p.position->id == x.id) f = &p.features;
    for (const auto& o : r.occupations)
      if (o.occupation->id == x.id) f = &o.features;
    bool is_occupation = !r.occupations.empty() && r.occupations[0].occupation->id == x.id;
    if (is_occupation) occupation = record_explanation_json(x, f);
    else positions.push_back(record_explanation_json(x, f));
  }
  json title = nullptr;
  if (r.title) title = span_json(*r.title);
  return {{"reason", r.reason},
          {"title", title},
          {"normalisations", r.normalisations},
          {"salary_note", r.salary_negotiable ? json("negotiable (面议): no figure to compare") : json(nullptr)},
          {"positions", positions},
          {"occupation", occupation},
          {"confidence_model", "logistic on log(1+title score), log(1+body score), margin, title coverage, name match, log(1+body terms)"}};
}

}  // namespace

json match_json(const Catalogue& cat, const MatchResult& r, const json& id) {
  json out;
  out["id"] = id;
  json best = {{"kind", r.best.kind}, {"confidence", rounded(r.best.confidence)}};
  best["id"] = r.best.kind == "none" ? json(nullptr) : json(r.best.id);
  best["name_zh"] = r.best.kind == "none" ? json(nullptr) : json(r.best.name_zh);
  best["name_en"] = r.best.kind == "none" ? json(nullptr) : json(r.best.name_en);
  out["best"] = best;

  bool illustrative = false;
  out["positions"] = json::array();
  for (const auto& p : r.positions) {
    out["positions"].push_back(position_json(p));
    illustrative = illustrative || shows_illustrative(*p.position) || shows_illustrative(*p.field);
  }
  out["fallback"] = r.fallback ? json{{"level", r.fallback->level},
                                      {"id", r.fallback->id},
                                      {"name_zh", r.fallback->name_zh},
                                      {"name_en", r.fallback->name_en},
                                      {"share", rounded(r.fallback->share)}}
                               : json(nullptr);
  out["occupations"] = json::array();
  for (const auto& o : r.occupations) {
    out["occupations"].push_back(occupation_json(cat, o));
    illustrative = illustrative || shows_illustrative(*o.occupation);
  }
  out["salary"] = r.salary ? salary_json(*r.salary) : json(nullptr);
  if (r.salary && r.salary->median > 0 && r.salary->median_illustrative) illustrative = true;
  out["qualifications"] = json::array();
  for (const auto& q : r.qualifications) {
    out["qualifications"].push_back(qualification_json(q));
    illustrative = illustrative || shows_illustrative(*q.qualification);
  }
  out["explanation"] = explanation_json(r);
  out["notice"] = illustrative ? json(kNotice) : json(nullptr);
  return out;
}

}  // namespace talentmatch
