// The result as JSON text, written directly (the nlohmann object tree costs ~10× more for a
// result of ~10 KB). Keys are written in sorted order and numbers formatted by nlohmann's own
// routine, so the text is byte-for-byte what nlohmann's dump() of the same object prints;
// match_json() parses it, so the CLI and the wasm API cannot differ.
#include <cmath>

#include "matcher_math.h"
#include "talentmatch/eligibility.h"
#include "talentmatch/match_result.h"
#include "talentmatch/text.h"

namespace talentmatch {
namespace {

using nlohmann::json;

constexpr int kDecimals = 4;

const char* const kNotice =
    "Illustrative: the official catalogue tables are not public. Names, ratings and salary medians marked "
    "\"illustrative\" were authored by talentmatch, not by the Beijing bureau; only records marked "
    "\"publication\" are stated in the 2023-09-04 announcement.";

// Compact JSON with nlohmann's formatting. Keys must be given in sorted (byte) order.
class Writer {
 public:
  Writer() { out_.reserve(16 * 1024); }
  std::string take() { return std::move(out_); }

  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }

  Writer& key(const char* k) {
    comma();
    out_ += '"';
    out_ += k;
    out_ += "\":";
    after_key_ = true;
    return *this;
  }
  Writer& null() { return raw("null"); }
  Writer& boolean(bool b) { return raw(b ? "true" : "false"); }
  Writer& integer(long long v) { return raw(std::to_string(v)); }
  Writer& number(double v) {  // rounded for output, then as nlohmann prints a double
    v = detail::round_to(v, kDecimals);
    if (!std::isfinite(v)) return raw("null");
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    return raw(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
  }
  Writer& string(std::string_view s) {
    comma();
    if (!is_valid_utf8(s)) {  // nlohmann's replacement of invalid bytes, exactly
      out_ += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
      return *this;
    }
    out_ += '"';
    std::size_t run = 0;  // characters needing no escape are copied in runs
    for (std::size_t i = 0; i < s.size(); ++i) {
      const unsigned char ch = static_cast<unsigned char>(s[i]);
      if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
      out_.append(s.data() + run, i - run);
      escape(s[i]);
      run = i + 1;
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
    return *this;
  }
  Writer& value(const json& j) { return raw(j.dump(-1, ' ', false, json::error_handler_t::replace)); }
  Writer& string_or_null(bool present, std::string_view s) { return present ? string(s) : null(); }

 private:
  Writer& open(char c) {
    comma();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  Writer& close(char c) {
    out_ += c;
    first_.pop_back();
    return *this;
  }
  Writer& raw(std::string_view text) {
    comma();
    out_ += text;
    return *this;
  }
  void comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
  void escape(char ch) {
    switch (ch) {
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      case '\b': out_ += "\\b"; return;
      case '\f': out_ += "\\f"; return;
      case '\n': out_ += "\\n"; return;
      case '\r': out_ += "\\r"; return;
      case '\t': out_ += "\\t"; return;
      default:
        if (static_cast<unsigned char>(ch) < 0x20) {
          static const char* const kHex = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[(ch >> 4) & 0xF];
          out_ += kHex[ch & 0xF];
        } else {
          out_ += ch;
        }
    }
  }

  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

const char* salary_provenance(const Record& r) {
  return r.is_illustrative("salary_median") ? "illustrative" : "publication";
}

bool shows_illustrative(const Record& r) {
  return r.provenance == Provenance::illustrative || !r.illustrative_fields.empty();
}

void write_span(Writer& w, const TextSpan& s) {
  w.begin_object();
  w.key("end").integer(s.end).key("end_u16").integer(s.end_u16).key("field").string(s.field);
  w.key("start").integer(s.begin).key("start_u16").integer(s.begin_u16);
  w.end_object();
}

void write_spans(Writer& w, const std::vector<TextSpan>& spans) {
  w.begin_array();
  for (const auto& s : spans) write_span(w, s);
  w.end_array();
}

void write_best(Writer& w, const BestAnswer& b) {
  const bool some = b.kind != "none";
  w.begin_object();
  w.key("confidence").number(b.confidence);
  w.key("id").string_or_null(some, b.id);
  w.key("kind").string(b.kind);
  w.key("name_en").string_or_null(some, b.name_en);
  w.key("name_zh").string_or_null(some, b.name_zh);
  w.end_object();
}

void write_position(Writer& w, const PositionCandidate& c) {
  const Position& p = *c.position;
  const CoreField& f = *c.field;
  w.begin_object();
  w.key("confidence").number(c.confidence);
  w.key("dimensions").begin_object();
  w.key("supply_demand").integer(f.dimensions.supply_demand);
  w.key("training").integer(f.dimensions.training);
  w.key("transfer").integer(f.dimensions.transfer);
  w.end_object();
  w.key("direction_en").string(c.direction->name_en);
  w.key("direction_id").string(c.direction->id);
  w.key("direction_zh").string(c.direction->name_zh);
  w.key("field_en").string(f.name_en);
  w.key("field_id").string(f.id);
  w.key("field_zh").string(f.name_zh);
  w.key("id").string(p.id);
  w.key("industry_en").string(c.industry->name_en);
  w.key("industry_id").string(c.industry->id);
  w.key("industry_zh").string(c.industry->name_zh);
  w.key("provenance").string(to_string(p.provenance));
  w.key("salary_median").integer(p.salary_median);
  w.key("salary_provenance").string(salary_provenance(p));
  w.key("score").number(c.score);
  w.key("stars").integer(f.stars);
  w.key("title_en").string(p.title_en);
  w.key("title_zh").string(p.title_zh);
  w.end_object();
}

void write_occupation(Writer& w, const Catalogue& cat, const OccupationCandidate& c) {
  const Occupation& o = *c.occupation;
  const UrgencyLevel* u = cat.urgency_level(o.urgency);
  w.begin_object();
  w.key("category_id").string(o.category_id);
  w.key("confidence").number(c.confidence);
  w.key("id").string(o.id);
  w.key("name_en").string(o.name_en);
  w.key("name_zh").string(o.name_zh);
  w.key("new_in_2023").boolean(o.new_in_2023);
  w.key("provenance").string(to_string(o.provenance));
  w.key("salary_median").integer(o.salary_median);
  w.key("salary_provenance").string(salary_provenance(o));
  w.key("score").number(c.score);
  w.key("urgency").integer(o.urgency);
  if (u) w.key("urgency_en").string(u->name_en).key("urgency_zh").string(u->name_zh);
  w.end_object();
}

void write_fallback(Writer& w, const std::optional<Fallback>& f) {
  if (!f) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("id").string(f->id).key("level").string(f->level);
  w.key("name_en").string(f->name_en).key("name_zh").string(f->name_zh);
  w.key("share").number(f->share);
  w.end_object();
}

void write_salary(Writer& w, const std::optional<SalaryComparison>& s) {
  if (!s) {
    w.null();
    return;
  }
  const bool compared = s->median > 0;
  w.begin_object();
  w.key("annual_cny").begin_array().integer(std::llround(s->offer.annual_lo)).integer(std::llround(s->offer.annual_hi)).end_array();
  w.key("basis").string(s->offer.basis);
  w.key("currency").string(s->offer.currency);
  w.key("median");
  compared ? w.integer(s->median) : w.null();
  w.key("median_provenance").string_or_null(compared, s->median_illustrative ? "illustrative" : "publication");
  w.key("months").integer(s->offer.months);
  w.key("offsets");
  write_span(w, s->span);
  w.key("ratio_to_median");
  compared ? w.number(s->ratio) : w.null();
  w.key("reference");
  if (compared) w.begin_object().key("id").string(s->reference_id).key("kind").string(s->reference_kind).end_object();
  else w.null();
  w.key("text").string(s->offer.text);
  w.key("verdict").string_or_null(compared, s->verdict);
  w.end_object();
}

// Gains are computed here, per mention, rather than cached: a cache filled lazily would grow the
// (never shrinking) wasm heap after warm-up, and few postings name a qualification.
void write_qualification(Writer& w, const Catalogue& cat, const QualificationMention& m) {
  const Qualification& q = *m.qualification;
  w.begin_object();
  w.key("abbr").string(q.abbr);
  w.key("gains").value(holder_gains_json(holder_gains(cat, q)));  // the services holding it opens
  w.key("id").string(q.id);
  w.key("matched").string(m.matched);
  w.key("name_en").string(q.name_en).key("name_zh").string(q.name_zh);
  w.key("offsets");
  write_spans(w, m.spans);
  w.key("provenance").string(to_string(q.provenance));
  w.key("title_equivalent").boolean(q.title_equivalent);
  w.key("urgent").boolean(q.urgent);
  w.end_object();
}

void write_features(Writer& w, const ConfidenceFeatures& f) {
  w.begin_object();
  w.key("body_score").number(f.body_score).key("body_terms").number(f.body_terms);
  w.key("margin").number(f.margin).key("name_match").number(f.name_match);
  w.key("title_coverage").number(f.title_coverage).key("title_score").number(f.title_score);
  w.end_object();
}

void write_record_explanation(Writer& w, const RecordExplanation& x, const ConfidenceFeatures* features) {
  w.begin_object();
  if (features) {
    w.key("features");
    write_features(w, *features);
  }
  w.key("highlights");
  write_spans(w, x.highlights);
  w.key("id").string(x.id);
  w.key("terms").begin_array();
  for (const auto& t : x.terms) {
    w.begin_object();
    w.key("fields").begin_array();
    for (const char* f : t.fields) w.string(f);
    w.end_array();
    w.key("in_title").boolean(t.in_title);
    w.key("kind").string(t.kind);
    w.key("offsets");
    write_spans(w, t.spans);
    w.key("score").number(t.score);
    w.key("text").string(t.text);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_explanation(Writer& w, const MatchResult& r) {
  const RecordExplanation* occupation = nullptr;
  std::vector<std::pair<const RecordExplanation*, const ConfidenceFeatures*>> positions;
  for (const auto& x : r.explanations) {
    if (!r.occupations.empty() && r.occupations[0].occupation->id == x.id) {
      occupation = &x;
      continue;
    }
    const ConfidenceFeatures* f = nullptr;
    for (const auto& p : r.positions)
      if (p.position->id == x.id) f = &p.features;
    positions.emplace_back(&x, f);
  }
  w.begin_object();
  w.key("confidence_model").string("logistic on log(1+title score), log(1+body score), margin, title coverage, "
                                   "name match, log(1+body terms)");
  w.key("normalisations").begin_array();
  for (const auto& n : r.normalisations) w.string(n);
  w.end_array();
  w.key("occupation");
  if (occupation) write_record_explanation(w, *occupation, &r.occupations[0].features);
  else w.null();
  w.key("positions").begin_array();
  for (const auto& [x, f] : positions) write_record_explanation(w, *x, f);
  w.end_array();
  w.key("reason").string(r.reason);
  w.key("salary_note").string_or_null(r.salary_negotiable, "negotiable (面议): no figure to compare");
  w.key("title");
  if (r.title) write_span(w, *r.title);
  else w.null();
  w.end_object();
}

bool any_illustrative(const MatchResult& r) {
  for (const auto& p : r.positions)
    if (shows_illustrative(*p.position) || shows_illustrative(*p.field)) return true;
  for (const auto& o : r.occupations)
    if (shows_illustrative(*o.occupation)) return true;
  for (const auto& q : r.qualifications)
    if (shows_illustrative(*q.qualification)) return true;
  return r.salary && r.salary->median > 0 && r.salary->median_illustrative;
}

}  // namespace

std::string match_json_text(const Catalogue& cat, const MatchResult& r, const json& id) {
  Writer w;
  w.begin_object();
  w.key("best");
  write_best(w, r.best);
  w.key("explanation");
  write_explanation(w, r);
  w.key("fallback");
  write_fallback(w, r.fallback);
  w.key("id").value(id);
  w.key("notice").string_or_null(any_illustrative(r), kNotice);
  w.key("occupations").begin_array();
  for (const auto& o : r.occupations) write_occupation(w, cat, o);
  w.end_array();
  w.key("positions").begin_array();
  for (const auto& p : r.positions) write_position(w, p);
  w.end_array();
  w.key("qualifications").begin_array();
  for (const auto& q : r.qualifications) write_qualification(w, cat, q);
  w.end_array();
  w.key("salary");
  write_salary(w, r.salary);
  w.end_object();
  return w.take();
}

json match_json(const Catalogue& cat, const MatchResult& r, const json& id) {
  return json::parse(match_json_text(cat, r, id));
}

}  // namespace talentmatch
