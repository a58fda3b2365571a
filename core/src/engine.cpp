#include "talentmatch/engine.h"

#include <vector>


#include "engine_args.h"
#include "engine_state.h"
#include "talentmatch/catalogue_json.h"
#include "talentmatch/eligibility.h"
#include "talentmatch/major_search.h"
#include "talentmatch/match_result.h"
#include "talentmatch/matcher.h"
#include "talentmatch/posting.h"
#include "talentmatch/qualification_search.h"
#include "talentmatch/text.h"

namespace talentmatch {

using engine_args::Args;
using nlohmann::json;

namespace {

// --- browsing --------------------------------------------------------------------------------

json no_args(const std::string& m, const json& a) {
  Args(m, a, {});
  return nullptr;
}

json call_stats(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return stats_json(*s.catalogue);
}

json call_info(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return info_json(*s.catalogue);
}

json call_tree(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return tree_json(*s.catalogue);
}

json call_occupations(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return occupations_tree_json(*s.catalogue);
}

json call_qualifications(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return qualifications_list_json(*s.catalogue);
}

json call_services(const Engine::State& s, const std::string& m, const json& a) {
  no_args(m, a);
  return services_list_json(*s.catalogue);
}

json call_record(const Engine::State& s, const std::string& m, const json& a) {
  return record_json(*s.catalogue, Args(m, a, {"id"}).text("id"));
}

json call_find(const Engine::State& s, const std::string& m, const json& a) {
  Args args(m, a, {"text", "limit"});
  json out = json::array();
  for (const auto& h : s.names.find(args.text("text"), args.integer("limit", 20, 1, 1000)))
    out.push_back({{"id", h.id}, {"kind", h.kind}, {"matched", h.name}, {"exact", h.exact}});
  return out;
}

// --- qualifications, services, majors --------------------------------------------------------

template <class T>
std::string known_ids(const std::vector<T>& items) {
  std::string out;
  for (const auto& r : items) out += (out.empty() ? "" : ", ") + r.id;
  return out;
}

json call_find_qualification(const Engine::State& s, const std::string& m, const json& a) {
  Args args(m, a, {"text", "field", "region", "urgent", "limit"});
  const Catalogue& c = *s.catalogue;
  QualificationQuery query;
  query.text = args.optional_text("text").value_or("");
  query.urgent_only = args.flag("urgent", false);
  query.limit = args.integer("limit", 20, 1, 1000);
  if (auto field = args.optional_text("field")) {
    const QualificationField* f = find_qualification_field(c, *field);
    if (!f) args.fail("field", "names no qualification field: " + engine_args::shown(json(*field)) + " (known: " +
                                   known_ids(c.quals.fields) + ")");
    query.field_id = f->id;
  }
  if (auto region = args.optional_text("region")) {
    const Region* r = find_region(c, *region);
    if (!r) args.fail("region", "names no country or region: " + engine_args::shown(json(*region)) + " (known: " +
                                    known_ids(c.quals.regions) + ")");
    query.region_id = r->id;
  }
  bool filtered = !query.field_id.empty() || !query.region_id.empty() || query.urgent_only;
  if (query.text.find_first_not_of(" \t\r\n") == std::string::npos && !filtered)
    args.fail("text", "is needed (a name, abbreviation or alias) unless a filter (field, region, urgent) is given");
  json out = json::array();
  for (const auto& hit : s.qualifications.find(query)) {
    json j = qualification_hit_json(c, hit);
    j["gains"] = holder_gains_json(holder_gains(c, *hit.qualification));
    out.push_back(std::move(j));
  }
  return out;
}

json call_check(const Engine::State& s, const std::string& m, const json& a) {
  Args args(m, a, {"profile"});
  ProfileResult r = profile_from_json(*s.catalogue, args.at("profile"));
  if (!r.ok()) {
    std::string problems;
    for (const auto& e : r.errors) problems += (problems.empty() ? "" : "; ") + e.to_string();
    args.fail("profile", "is not valid: " + problems);
  }
  return check_json(*s.catalogue, r.profile, check(*s.catalogue, r.profile));
}

json call_positions_for_major(const Engine::State& s, const std::string& m, const json& a) {
  Args args(m, a, {"text", "limit"});
  std::string text = args.text("text");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) args.fail("text", "is empty; give a major such as 微电子");
  std::size_t limit = args.integer("limit", 50, 1, 1000);
  json out = json::array();
  for (const auto& hit : positions_for_major(*s.catalogue, text)) {
    if (out.size() == limit) break;
    out.push_back(major_hit_json(*s.catalogue, hit));
  }
  return out;
}

// --- matching ------------------------------------------------------------------------------

// More per call would hold the whole batch's results in memory at once; callers chunk.
constexpr std::size_t kMaxBatch = 10000;
constexpr std::size_t kMaxTop = 50;
constexpr std::size_t kMaxOffset = 0x7fffffff;  // size_t is 32 bits in wasm

MatchOptions match_options(const Args& args) {
  MatchOptions options;
  options.top_k = args.integer("top", options.top_k, 1, kMaxTop);
  options.explain = args.flag("explain", options.explain);
  return options;
}

// `record_refs: true` (the wasm JS API's transport): candidates as {confidence, ref, score}, filled
// in from record_templates.
RecordForm record_form(const Args& args) {
  return args.flag("record_refs", false) ? RecordForm::reference : RecordForm::full;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// `out` may be a buffer reused across calls (the wasm bindings keep one): grow it to a power of
// two, so the next result a little larger than this one still fits in the same heap block.
void reserve_headroom(std::string& out, std::size_t needed) {
  if (out.capacity() >= needed) return;
  std::size_t capacity = 4096;
  while (capacity < needed && capacity <= out.max_size() / 2) capacity *= 2;
  out.reserve(capacity < needed ? needed : capacity);
}

void append(std::string& out, const std::string& text) {
  reserve_headroom(out, out.size() + text.size());
  out += text;
}

const char* const kPostingShape = "a string or an object {text} / {title, description, ...}";

// Results are a few KB to ~15 KB: room for one before writing it, so `out` grows in powers of two.
constexpr std::size_t kResultHeadroom = 32 * 1024;
// A batch reserves this much per posting at once (a full result is ~13 KB, one without the
// explanation ~6 KB), so a batch's reply buffer is one block taken once, not a doubling series
// that leaves freed blocks of every size behind in the (never shrinking) wasm heap.
constexpr std::size_t kBatchBytesPerPosting = 16 * 1024, kBatchBytesPerLeanPosting = 8 * 1024;

// Appends one posting's result as compact JSON text (the bytes the CLI prints), or sets `error`
// and appends nothing when the posting is not usable.
void append_match(const Engine::State& s, const json& posting, const MatchOptions& options, RecordForm form,
                  std::string& out, std::string& error, json& id) {
  if (!posting.is_string() && !posting.is_object()) {
    error = std::string("expected a posting as ") + kPostingShape + ", got " + engine_args::shown(posting);
    return;
  }
  PostingRequest request;
  error = posting_from_json(posting.is_string() ? json{{"text", posting}} : posting, request);
  id = request.id;
  if (!error.empty()) return;
  MatchResult result = s.matcher.match(request.posting, options);
  reserve_headroom(out, out.size() + kResultHeadroom);
  append_match_json_text(out, *s.catalogue, result, request.id, &s.match_json, form);
}

void call_match(const Engine::State& s, const std::string& m, const json& a, std::string& out) {
  Args args(m, a, {"posting", "top", "explain"}, {"record_refs"});
  const json& posting = args.at("posting");
  if (!posting.is_string() && !posting.is_object())
    args.fail("posting", std::string("must be ") + kPostingShape + ", got " + engine_args::shown(posting));
  std::string error;
  json id;
  append_match(s, posting, match_options(args), record_form(args), out, error, id);
  if (!error.empty()) args.fail("posting", "is not usable: " + error);
}

// One result per posting, in order; a bad posting gets {index, id, error} in its place and the
// batch goes on. Results are appended straight into `out` (no string per result).
void call_match_many(const Engine::State& s, const std::string& m, const json& a, std::string& out) {
  Args args(m, a, {"postings", "top", "offset", "explain"}, {"record_refs"});
  const json& postings = args.array("postings", kMaxBatch);
  MatchOptions options = match_options(args);
  const RecordForm form = record_form(args);
  std::size_t offset = args.integer("offset", 0, 0, kMaxOffset);
  reserve_headroom(out, out.size() + 2 + postings.size() * (options.explain ? kBatchBytesPerPosting : kBatchBytesPerLeanPosting));
  out += '[';
  for (std::size_t i = 0; i < postings.size(); ++i) {
    if (i) out += ',';
    const std::size_t start = out.size();
    std::string error;
    json id;
    try {
      append_match(s, postings[i], options, form, out, error, id);
    } catch (const std::exception& e) {
      error = e.what();
    }
    if (!error.empty()) {
      out.resize(start);
      append(out, dump({{"index", offset + i}, {"id", id}, {"error", error}}));
    }
  }
  out += ']';
}

void call_record_templates(const Engine::State& s, const std::string& m, const json& a, std::string& out) {
  Args args(m, a, {});
  append_record_templates_json_text(out, *s.catalogue, s.match_json);
}

// --- dispatch --------------------------------------------------------------------------------

using Handler = json (*)(const Engine::State&, const std::string&, const json&);
// Methods whose results are large write JSON text directly (no nlohmann tree on the way).
using TextHandler = void (*)(const Engine::State&, const std::string&, const json&, std::string& out);

struct Method {
  const char* name;
  Handler handler;
  TextHandler text_handler = nullptr;
};

const Method kMethods[] = {
    {"stats", call_stats},
    {"info", call_info},
    {"tree", call_tree},
    {"occupations", call_occupations},
    {"qualifications", call_qualifications},
    {"services", call_services},
    {"record", call_record},
    {"find", call_find},
    {"find_qualification", call_find_qualification},
    {"check", call_check},
    {"positions_for_major", call_positions_for_major},
    {"match", nullptr, call_match},
    {"match_many", nullptr, call_match_many},
    {"record_templates", nullptr, call_record_templates},
};

const Method* find_method(const std::string& name) {
  for (const Method& m : kMethods)
    if (name == m.name) return &m;
  return nullptr;
}

std::string method_names();

const Method& callable(const std::string& method, bool loaded) {
  const Method* m = find_method(method);
  if (!m) {
    std::string shown = method.size() > 40 ? std::string(utf8_prefix(method, 40)) + "…" : method;
    throw CallError("unknown method " + engine_args::shown(json(shown)) + " (known: " + method_names() + ")");
  }
  if (!loaded) throw CallError(method + ": no catalogue is loaded");
  return *m;
}

std::string method_names() {
  std::string out;
  for (const Method& m : kMethods) out += (out.empty() ? "" : ", ") + std::string(m.name);
  return out;
}

}  // namespace

Engine::Engine() = default;
Engine::~Engine() = default;

std::vector<LoadError> Engine::load(const std::vector<Source>& sources) {
  LoadResult r = load_catalogue(sources);
  if (r.ok()) state_ = std::make_shared<const State>(r.catalogue);
  return r.errors;
}

bool Engine::loaded() const { return state_ != nullptr; }

const Catalogue& Engine::catalogue() const {
  if (!state_) throw CallError("no catalogue is loaded");
  return *state_->catalogue;
}


json Engine::call(const std::string& method, const json& args) const {
  const Method& m = callable(method, state_ != nullptr);
  if (m.handler) return m.handler(*state_, method, args);
  std::string text;
  m.text_handler(*state_, method, args, text);
  return json::parse(text);
}

std::string Engine::call_text(const std::string& method, const json& args) const {
  std::string out;
  call_text(method, args, out);
  return out;
}

void Engine::call_text(const std::string& method, const json& args, std::string& out) const {
  const Method& m = callable(method, state_ != nullptr);
  if (m.text_handler) m.text_handler(*state_, method, args, out);
  else append(out, dump(m.handler(*state_, method, args)));
}

}  // namespace talentmatch
