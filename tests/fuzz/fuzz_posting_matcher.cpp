// Fuzzes the posting path on the bundled catalogue: the normaliser and tokenizer on their own
// (spans inside the text, UTF-16 offsets that agree with the bytes, work linear in the length),
// then the whole match. First byte: 0 = free text, 1 = structured fields separated by 0x1E,
// 2 = a JSON request as the CLI and wasm read it.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "matcher_index.h"
#include "talentmatch/matcher.h"
#include "tokenizer.h"
#include "tokenizer_normalize.h"

namespace core = talentmatch;
namespace detail = talentmatch::detail;
using core::fuzz::require;
using nlohmann::json;

namespace {

const core::Matcher& matcher() {
  static const core::Matcher m(core::fuzz::bundled_catalogue());
  return m;
}

const core::Matcher::Index& index() {
  static const core::Matcher::Index ix(*core::fuzz::bundled_catalogue(), core::MatcherTuning{});
  return ix;
}

// UTF-16 offset of every character boundary of a text (as next_code_point walks it: an invalid
// byte is one U+FFFD), so each span is checked in O(1).
class Utf16Offsets {
 public:
  static constexpr std::uint32_t kInside = 0xFFFFFFFFu;  // a byte inside a character

  explicit Utf16Offsets(std::string_view text) : at_(text.size() + 1, kInside) {
    std::size_t pos = 0;
    std::uint32_t u16 = 0;
    while (pos < text.size()) {
      at_[pos] = u16;
      u16 += core::next_code_point(text, pos) >= 0x10000 ? 2 : 1;
    }
    at_[text.size()] = u16;
  }

  void check(std::uint32_t begin, std::uint32_t end, std::uint32_t begin_u16, std::uint32_t end_u16) const {
    require(begin <= end && end < at_.size(), "a span outside its text");
    require(at_[begin] != kInside && at_[end] != kInside, "a span that cuts a character");
    require(at_[begin] == begin_u16, "begin_u16 disagrees with the bytes");
    require(at_[end] == end_u16, "end_u16 disagrees with the bytes");
  }

 private:
  std::vector<std::uint32_t> at_;
};

class CheckingSink : public detail::TokenSink {
 public:
  explicit CheckingSink(const Utf16Offsets& offsets) : offsets_(offsets) {}
  void on_token(const detail::Token& t) override { check(t.span); }
  void on_tagged(std::uint32_t, bool, const detail::Span& span) override { check(span); }

 private:
  void check(const detail::Span& s) { offsets_.check(s.begin, s.end, s.begin_u16, s.end_u16); }
  const Utf16Offsets& offsets_;
};

void check_normaliser(std::string_view text, const Utf16Offsets& offsets) {
  detail::Normalizer norm(text, 0, text.size(), 0);
  detail::NormChar nc;
  std::size_t count = 0;
  std::uint32_t last_end = 0;
  while (norm.next(nc)) {
    require(++count <= text.size(), "more normalised characters than bytes");
    require(nc.span.begin >= last_end, "normalised characters out of order");
    offsets.check(nc.span.begin, nc.span.end, nc.span.begin_u16, nc.span.end_u16);
    last_end = nc.span.end;
  }
}

void check_tokenizer(std::string_view text, std::size_t title_end, const Utf16Offsets& offsets) {
  CheckingSink sink(offsets);
  detail::TokenizeStats stats;
  index().query_tokenizer().tokenize(text, 0, text.size(), std::min(title_end, text.size()), 0, sink, &stats);
  // Linear work: a bounded number of tokens and trie steps per character.
  require(stats.chars <= text.size(), "more characters than bytes");
  require(stats.tokens <= 8 * (stats.chars + 1), "tokens not linear in the text: " + std::to_string(stats.tokens));
  require(stats.lexicon_steps <= (detail::Lexicon::kMaxUnits + 1) * (stats.units + 1),
          "lexicon steps not linear in the text: " + std::to_string(stats.lexicon_steps));
}

// The UTF-16 offsets of each field of one posting, computed once.
class PostingOffsets {
 public:
  explicit PostingOffsets(const core::PostingInput& p)
      : text_(p.text), title_(p.title), description_(p.description), requirements_(p.requirements),
        salary_(p.salary), location_(p.location), industry_(p.industry) {}

  void check(const core::TextSpan& s) const { field(s.field).check(s.begin, s.end, s.begin_u16, s.end_u16); }

 private:
  const Utf16Offsets& field(const std::string& name) const {
    if (name == "text") return text_;
    if (name == "title") return title_;
    if (name == "description") return description_;
    if (name == "requirements") return requirements_;
    if (name == "salary") return salary_;
    if (name == "location") return location_;
    require(name == "industry", "a span names an unknown field \"" + name + "\"");
    return industry_;
  }
  Utf16Offsets text_, title_, description_, requirements_, salary_, location_, industry_;
};

void check_probability(double p, const char* what) {
  require(std::isfinite(p) && p >= 0 && p <= 1, std::string(what) + " is not a probability");
}

void check_result(const PostingOffsets& offsets, const core::MatchResult& r, std::size_t top_k) {
  require(r.positions.size() <= top_k && r.occupations.size() <= top_k, "more candidates than top_k");
  for (std::size_t i = 0; i < r.positions.size(); ++i) {
    require(r.positions[i].position && r.positions[i].field && r.positions[i].industry, "a position without its chain");
    require(std::isfinite(r.positions[i].score), "a position score is not finite");
    require(i == 0 || r.positions[i - 1].score >= r.positions[i].score, "positions not best first");
    check_probability(r.positions[i].confidence, "a position confidence");
  }
  for (const auto& o : r.occupations) {
    require(o.occupation != nullptr && std::isfinite(o.score), "a broken occupation candidate");
    check_probability(o.confidence, "an occupation confidence");
  }
  check_probability(r.best.confidence, "the best answer's confidence");
  if (r.title) offsets.check(*r.title);
  if (r.salary) offsets.check(r.salary->span);
  for (const auto& q : r.qualifications)
    for (const auto& s : q.spans) offsets.check(s);
  for (const auto& e : r.explanations) {
    for (const auto& t : e.terms)
      for (const auto& s : t.spans) offsets.check(s);
    for (const auto& s : e.highlights) offsets.check(s);
  }
}

bool all_utf8(const core::PostingInput& p) {
  for (const std::string* s : {&p.text, &p.title, &p.description, &p.requirements, &p.salary, &p.location, &p.industry})
    if (!core::is_valid_utf8(*s)) return false;
  return true;
}

void match_posting(const core::PostingInput& posting, std::size_t top_k) {
  PostingOffsets offsets(posting);
  for (const std::string* s : {&posting.text, &posting.title, &posting.description, &posting.requirements})
    if (!s->empty()) {
      Utf16Offsets field(*s);
      check_normaliser(*s, field);
      check_tokenizer(*s, s->find('\n'), field);
    }
  core::MatchOptions options;
  options.top_k = top_k;
  core::MatchResult r = matcher().match(posting, options);
  check_result(offsets, r, top_k);
  json j = core::match_json(matcher().catalogue(), r, json());
  // Valid UTF-8 in, valid UTF-8 out; invalid input may only be dumped with replacement.
  if (all_utf8(posting)) core::fuzz::strict_dump(j, "match_json");
  else j.dump(-1, ' ', false, json::error_handler_t::replace);
}

core::PostingInput structured(core::fuzz::Input& in) {
  core::PostingInput p;
  for (std::string* f : {&p.title, &p.description, &p.requirements, &p.salary, &p.location, &p.industry})
    *f = in.piece('\x1e');
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  core::fuzz::Input in(data, size);
  std::uint8_t mode = in.byte();
  std::size_t top_k = 1 + (mode >> 2) % 50;
  switch (mode % 3) {
    case 0: {
      core::PostingInput p;
      p.text = in.rest();
      match_posting(p, top_k);
      break;
    }
    case 1: match_posting(structured(in), top_k); break;
    default: {
      json request = json::parse(in.rest(), nullptr, false);
      if (request.is_discarded()) break;
      core::MatchOptions options;
      options.top_k = top_k;
      json j = matcher().match_request(request, options);
      core::fuzz::strict_dump(j, "match_request");
      break;
    }
  }
  return 0;
}
