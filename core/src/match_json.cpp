// The result as JSON text, written directly (JsonTextWriter: byte-for-byte what nlohmann's dump()
// of the same object prints); match_json() parses it, so the CLI and the wasm API cannot differ.
// Catalogue text and token text are valid UTF-8 already and skip the validation posting text gets.
#include <cmath>
#include <cstring>

#include "json_text_writer.h"
#include "talentmatch/eligibility.h"
#include "talentmatch/match_result.h"
#include "talentmatch/text.h"

namespace talentmatch {
namespace {

using nlohmann::json;

const char* const kNotice =
    "Illustrative: the official catalogue tables are not public. Names, ratings and salary medians marked "
    "\"illustrative\" were authored by talentmatch, not by the Beijing bureau; only records marked "
    "\"publication\" are stated in the 2023-09-04 announcement.";

using Writer = detail::JsonTextWriter;

const char* salary_provenance(const Record& r) {
  return r.is_illustrative("salary_median") ? "illustrative" : "publication";
}

bool shows_illustrative(const Record& r) {
  return r.provenance == Provenance::illustrative || !r.illustrative_fields.empty();
}

// Spans are the most frequent object of a result (~100): written as one append.
void write_span(Writer& w, const TextSpan& s) {
  char buffer[160];
  char* p = buffer;
  auto put = [&](const char* text, std::size_t n) {
    std::memcpy(p, text, n);
    p += n;
  };
  auto number = [&](std::uint32_t v) { p = std::to_chars(p, p + 10, v).ptr; };  // ≤ 10 digits
  const std::size_t field_length = std::strlen(s.field);
  if (field_length > 48) {  // field names are short literals; anything else the general way
    w.begin_object();
    w.key("end").integer(s.end).key("end_u16").integer(s.end_u16).key("field").valid_string(s.field);
    w.key("start").integer(s.begin).key("start_u16").integer(s.begin_u16);
    w.end_object();
    return;
  }
  put("{\"end\":", 7);
  number(s.end);
  put(",\"end_u16\":", 11);
  number(s.end_u16);
  put(",\"field\":\"", 10);
  put(s.field, field_length);
  put("\",\"start\":", 10);
  number(s.begin);
  put(",\"start_u16\":", 13);
  number(s.begin_u16);
  *p++ = '}';
  w.raw_json(std::string_view(buffer, static_cast<std::size_t>(p - buffer)));
}

template <class Spans>
void write_spans(Writer& w, const Spans& spans) {
  w.begin_array();
  for (const auto& s : spans) write_span(w, s);
  w.end_array();
}

void write_best(Writer& w, const BestAnswer& b) {
  const bool some = b.kind != "none";
  w.begin_object();
  w.key("confidence").number(b.confidence);
  w.key("id").valid_string_or_null(some, b.id);
  w.key("kind").valid_string(b.kind);
  w.key("name_en").valid_string_or_null(some, b.name_en);
  w.key("name_zh").valid_string_or_null(some, b.name_zh);
  w.end_object();
}

// The members of a position's object after "confidence" up to "score", and after "score".
void write_position_head(Writer& w, const Position& p, const Direction& d, const CoreField& f, const Industry& i) {
  w.key("dimensions").begin_object();
  w.key("supply_demand").integer(f.dimensions.supply_demand);
  w.key("training").integer(f.dimensions.training);
  w.key("transfer").integer(f.dimensions.transfer);
  w.end_object();
  w.key("direction_en").valid_string(d.name_en);
  w.key("direction_id").valid_string(d.id);
  w.key("direction_zh").valid_string(d.name_zh);
  w.key("field_en").valid_string(f.name_en);
  w.key("field_id").valid_string(f.id);
  w.key("field_zh").valid_string(f.name_zh);
  w.key("id").valid_string(p.id);
  w.key("industry_en").valid_string(i.name_en);
  w.key("industry_id").valid_string(i.id);
  w.key("industry_zh").valid_string(i.name_zh);
  w.key("provenance").valid_string(to_string(p.provenance));
  w.key("salary_median").integer(p.salary_median);
  w.key("salary_provenance").valid_string(salary_provenance(p));
}

void write_position_tail(Writer& w, const Position& p, const CoreField& f) {
  w.key("stars").integer(f.stars);
  w.key("title_en").valid_string(p.title_en);
  w.key("title_zh").valid_string(p.title_zh);
}

// The members of an occupation's object after "confidence" up to "score", and after "score".
void write_occupation_head(Writer& w, const Occupation& o) {
  w.key("id").valid_string(o.id);
  w.key("name_en").valid_string(o.name_en);
  w.key("name_zh").valid_string(o.name_zh);
  w.key("new_in_2023").boolean(o.new_in_2023);
  w.key("provenance").valid_string(to_string(o.provenance));
  w.key("salary_median").integer(o.salary_median);
  w.key("salary_provenance").valid_string(salary_provenance(o));
}

void write_occupation_tail(Writer& w, const Catalogue& cat, const Occupation& o) {
  const UrgencyLevel* u = cat.urgency_level(o.urgency);
  w.key("urgency").integer(o.urgency);
  if (u) w.key("urgency_en").valid_string(u->name_en).key("urgency_zh").valid_string(u->name_zh);
}

// Index of `item` in `items` (candidates point into the catalogue's vectors).
template <class T>
std::size_t index_in(const std::vector<T>& items, const T* item) {
  return static_cast<std::size_t>(item - items.data());
}

// A candidate in RecordForm::reference: its record's index and its two numbers.
void write_reference(Writer& w, double confidence, std::size_t index, double score) {
  w.begin_object();
  w.key("confidence").number(confidence);
  w.key("ref").integer(index);
  w.key("score").number(score);
  w.end_object();
}

void write_position(Writer& w, const Catalogue& cat, const PositionCandidate& c, const MatchJsonCache* cache,
                    RecordForm form) {
  const Position& p = *c.position;
  if (form == RecordForm::reference) return write_reference(w, c.confidence, index_in(cat.key.positions, &p), c.score);
  w.begin_object();
  w.key("confidence").number(c.confidence);
  if (cache) w.raw_members(cache->position(index_in(cat.key.positions, &p)).head);
  else write_position_head(w, p, *c.direction, *c.field, *c.industry);
  w.key("score").number(c.score);
  if (cache) w.raw_members(cache->position(index_in(cat.key.positions, &p)).tail);
  else write_position_tail(w, p, *c.field);
  w.end_object();
}

void write_occupation(Writer& w, const Catalogue& cat, const OccupationCandidate& c, const MatchJsonCache* cache,
                      RecordForm form) {
  const Occupation& o = *c.occupation;
  if (form == RecordForm::reference)
    return write_reference(w, c.confidence, index_in(cat.skilled.occupations, &o), c.score);
  w.begin_object();
  w.key("category_id").valid_string(o.category_id);
  w.key("confidence").number(c.confidence);
  if (cache) w.raw_members(cache->occupation(index_in(cat.skilled.occupations, &o)).head);
  else write_occupation_head(w, o);
  w.key("score").number(c.score);
  if (cache) w.raw_members(cache->occupation(index_in(cat.skilled.occupations, &o)).tail);
  else write_occupation_tail(w, cat, o);
  w.end_object();
}

// The members a writer wrote into an object after one `null` member, as a fragment: a view of
// `scratch`, which is reused (no allocation per fragment).
template <std::size_t N, class Write>
std::string_view members_after(std::string& scratch, const char (&first_key)[N], Write write) {
  scratch.clear();
  Writer w(scratch);
  w.begin_object().key(first_key).null();
  write(w);
  return std::string_view(scratch).substr(1 + (N - 1 + 2) + 1 + 4 + 1);  // {"key":null,
}

void write_fallback(Writer& w, const std::optional<Fallback>& f) {
  if (!f) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("id").valid_string(f->id).key("level").valid_string(f->level);
  w.key("name_en").valid_string(f->name_en).key("name_zh").valid_string(f->name_zh);
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

// What holding it opens: holder_gains_json()'s object, written directly (the nlohmann tree of
// twelve services cost ~100 K instructions per mention).
void write_gains(Writer& w, const HolderGains& g) {
  w.begin_object();
  w.key("convenience").integer(g.convenience);
  w.key("qualification_id").valid_string(g.qualification ? g.qualification->id : "");
  w.key("services").begin_array();
  for (const HolderGain& s : g.services) {
    w.begin_object();
    w.key("conditions_en").valid_string(s.conditions_en).key("conditions_zh").valid_string(s.conditions_zh);
    w.key("discretionary").boolean(s.service->discretionary);
    w.key("id").valid_string(s.service->id);
    w.key("name_en").valid_string(s.service->name_en).key("name_zh").valid_string(s.service->name_zh);
    w.key("tier").valid_string(s.service->tier);
    w.end_object();
  }
  w.end_array();
  w.key("summary_en").valid_string(g.summary_en).key("summary_zh").valid_string(g.summary_zh);
  w.key("upgraded").integer(g.upgraded);
  w.end_object();
}

// Gains are computed per mention, not cached: few postings name a qualification, and the cache
// would cost every catalogue load.
void write_qualification(Writer& w, const Catalogue& cat, const QualificationMention& m) {
  const Qualification& q = *m.qualification;
  w.begin_object();
  w.key("abbr").valid_string(q.abbr);
  w.key("gains");
  write_gains(w, holder_gains(cat, q));
  w.key("id").valid_string(q.id);
  w.key("matched").valid_string(m.matched);
  w.key("name_en").valid_string(q.name_en).key("name_zh").valid_string(q.name_zh);
  w.key("offsets");
  write_spans(w, m.spans);
  w.key("provenance").valid_string(to_string(q.provenance));
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
  w.key("id").valid_string(x.id);
  w.key("terms").begin_array();
  for (const auto& t : x.terms) {
    w.begin_object();
    w.key("fields").begin_array();
    for (const char* f : t.fields) w.plain_string(f);
    w.end_array();
    w.key("in_title").boolean(t.in_title);
    w.key("kind").plain_string(t.kind);
    w.key("offsets");
    write_spans(w, t.spans);
    w.key("score").number(t.score);
    w.key("text").valid_string(t.text);
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
  w.key("confidence_model").valid_string("logistic on log(1+title score), log(1+body score), margin, title coverage, "
                                   "name match, log(1+body terms)");
  w.key("normalisations").begin_array();
  for (const auto& n : r.normalisations) w.valid_string(n);
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

// Two passes, sizes first: the fragments end up in one exact allocation per vector, so a catalogue
// replacement allocates a few large blocks rather than ~1 000 small ones (the wasm heap never
// shrinks, and many small blocks fragment it).
MatchJsonCache::MatchJsonCache(const Catalogue& cat) {
  std::string scratch;
  scratch.reserve(4096);
  for (int pass = 0; pass < 2; ++pass) {
    std::size_t size = 0;
    auto add = [&](std::vector<Piece>& to, std::string_view fragment) {
      if (pass == 0) {
        size += fragment.size();
        return;
      }
      to.push_back({static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(fragment.size())});
      text_ += fragment;
    };
    for (const Position& p : cat.key.positions) {
      const Direction& d = cat.direction_of(p);
      const CoreField& f = cat.field_of(d);
      const Industry& i = cat.industry_of(f);
      add(positions_, members_after(scratch, "confidence", [&](Writer& w) { write_position_head(w, p, d, f, i); }));
      add(positions_, members_after(scratch, "score", [&](Writer& w) { write_position_tail(w, p, f); }));
    }
    for (const Occupation& o : cat.skilled.occupations) {
      add(occupations_, members_after(scratch, "confidence", [&](Writer& w) { write_occupation_head(w, o); }));
      add(occupations_, members_after(scratch, "score", [&](Writer& w) { write_occupation_tail(w, cat, o); }));
    }
    if (pass == 0) {
      text_.reserve(size);
      positions_.reserve(2 * cat.key.positions.size());
      occupations_.reserve(2 * cat.skilled.occupations.size());
    }
  }
}

void append_match_json_text(std::string& out, const Catalogue& cat, const MatchResult& r, const json& id,
                            const MatchJsonCache* cache, RecordForm form) {
  Writer w(out);
  w.begin_object();
  w.key("best");
  write_best(w, r.best);
  w.key("explanation");
  write_explanation(w, r);
  w.key("fallback");
  write_fallback(w, r.fallback);
  w.key("id");
  if (id.is_string()) w.string(id.get_ref<const std::string&>());
  else if (id.is_number_unsigned()) w.integer(id.get<std::uint64_t>());
  else if (id.is_number_integer()) w.integer(id.get<std::int64_t>());
  else w.value(id);
  w.key("notice").string_or_null(any_illustrative(r), kNotice);
  w.key("occupations").begin_array();
  for (const auto& o : r.occupations) write_occupation(w, cat, o, cache, form);
  w.end_array();
  w.key("positions").begin_array();
  for (const auto& p : r.positions) write_position(w, cat, p, cache, form);
  w.end_array();
  w.key("qualifications").begin_array();
  for (const auto& q : r.qualifications) write_qualification(w, cat, q);
  w.end_array();
  w.key("salary");
  write_salary(w, r.salary);
  w.end_object();
}

// Each template is written by the writer a full result uses, for a candidate scoring 0, so the
// two cannot differ in members or their order.
void append_record_templates_json_text(std::string& out, const Catalogue& cat, const MatchJsonCache& cache) {
  Writer w(out);
  w.begin_object();
  w.key("occupations").begin_array();
  for (const Occupation& o : cat.skilled.occupations) {
    OccupationCandidate c;
    c.occupation = &o;
    write_occupation(w, cat, c, &cache, RecordForm::full);
  }
  w.end_array();
  w.key("positions").begin_array();
  for (const Position& p : cat.key.positions) {
    PositionCandidate c;
    c.position = &p;
    write_position(w, cat, c, &cache, RecordForm::full);
  }
  w.end_array();
  w.end_object();
}

std::string match_json_text(const Catalogue& cat, const MatchResult& r, const json& id) {
  std::string out;
  out.reserve(16 * 1024);
  append_match_json_text(out, cat, r, id);
  return out;
}

json match_json(const Catalogue& cat, const MatchResult& r, const json& id) {
  return json::parse(match_json_text(cat, r, id));
}

}  // namespace talentmatch
