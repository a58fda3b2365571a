#include "matcher_query.h"

#include <algorithm>

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

constexpr std::size_t kMaxTitleChars = 60;
constexpr std::size_t kMaxExplainedTerms = 10;
constexpr std::size_t kMaxHighlights = 24;
constexpr std::size_t kMaxMentions = 64;
constexpr std::size_t kMaxUnknownTitleKeys = 256;

enum : std::uint8_t { kText, kTitle, kDescription, kRequirements, kSalary, kLocation, kIndustry, kFieldCount };
static_assert(kFieldCount == QueryTerms::kFields, "one text per field");
const char* const kFieldNames[kFieldCount] = {"text",   "title",    "description", "requirements",
                                              "salary", "location", "industry"};

struct TitleRange {
  std::size_t begin = 0, end = 0;
  bool labelled = false;
};

bool is_clause_break(char32_t c) {
  return c == ',' || c == ';' || c == '|' || c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0xFF5C || c == '!' ||
         c == '?';
}

// "职位名称：数据分析师" → the title starts after the label.
std::size_t skip_title_label(std::string_view text, std::size_t begin, std::size_t end) {
  static const char* const kLabels[] = {"职位名称", "岗位名称", "招聘职位", "招聘岗位", "职位", "岗位",
                                        "job title", "position", "title", "role"};
  for (const char* label : kLabels) {
    std::size_t n = std::char_traits<char>::length(label);
    if (end - begin < n) continue;
    bool same = true;
    for (std::size_t i = 0; i < n && same; ++i) {
      char a = text[begin + i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      same = a == label[i];
    }
    if (!same) continue;
    std::size_t p = begin + n;
    while (p < end && text[p] == ' ') ++p;
    if (p < end && text[p] == ':') ++p;
    else if (end - p >= 3 && text.compare(p, 3, "\xEF\xBC\x9A") == 0) p += 3;  // ：
    else continue;
    while (p < end && text[p] == ' ') ++p;
    if (p < end) return p;
  }
  return begin;
}

// Where the title in [begin, end) has its first bracket (bracket_at), or `end`.
std::size_t first_bracket(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t at = bracket_at(text.substr(begin, end - begin));
  return at == std::string_view::npos ? end : begin + at;
}

// The free text's title: its first non-empty line (HTML blocks count as lines), without a
// "职位名称：" label, cut at a clause break when longer than kMaxTitleChars characters.
TitleRange find_title(std::string_view text) {
  Normalizer n(text, 0, text.size(), 0);
  NormChar nc;
  const std::size_t none = std::string_view::npos;
  std::size_t begin = none, end = none, clause = none, chars = 0;
  while (n.next(nc)) {
    bool line_break = nc.c == '\n' || nc.c == '\r';
    if (begin == none) {
      if (line_break || nc.c == ' ' || nc.c == '\t') continue;
      begin = nc.span.begin;
    }
    if (line_break) break;
    if (++chars > kMaxTitleChars) {
      end = clause != none ? clause : nc.span.begin;
      break;
    }
    if (clause == none && chars > 2 && is_clause_break(nc.c)) clause = nc.span.begin;
    end = nc.span.end;
  }
  if (begin == none) return {};
  TitleRange t{begin, end, false};
  std::size_t after_label = skip_title_label(text, begin, end);
  if (after_label != begin) t = {after_label, end, true};
  return t;
}

}  // namespace

const char* posting_field_name(std::uint8_t field) { return field < kFieldCount ? kFieldNames[field] : "text"; }

QueryTerms::QueryTerms(const Matcher::Index& index, const Catalogue& catalogue, Scratch& scratch)
    : index_(index), catalogue_(catalogue), tokenizer_(index.query_tokenizer()), slots_(scratch.slots),
      in_title_(scratch.in_title), terms_(scratch.terms), scratch_(scratch),
      unknown_title_keys_(scratch.unknown_title_keys), mentions_(scratch.mentions) {
  for (const Term& t : terms_) {  // only the last posting's slots are set
    slots_[t.term] = FlatMap::kMissing;
    in_title_[t.term] = 0;
  }
  terms_.clear();
  unknown_title_keys_.clear();
  mentions_.clear();
  scratch.spans_in_order.clear();
  if (slots_.size() < index.vocabulary.size()) {
    slots_.resize(index.vocabulary.size(), FlatMap::kMissing);
    in_title_.resize(index.vocabulary.size(), 0);
  }
  tokenizer_.use_segment(&scratch.segment);
}

void QueryTerms::read(const PostingInput& p) {
  if (!p.text.empty()) read_field(kText, p.text, true);
  if (!p.title.empty()) {
    read_field(kTitle, p.title, false);
    title_ = TextSpan{"title", 0, static_cast<std::uint32_t>(p.title.size()), 0, utf16_length(p.title)};
  }
  read_field(kDescription, p.description, false);
  read_field(kRequirements, p.requirements, false);
  read_field(kIndustry, p.industry, false);
  texts_[kSalary] = p.salary;
  texts_[kLocation] = p.location;
}

void QueryTerms::tokenize(std::size_t begin, std::size_t end, bool in_title) {
  if (begin >= end) return;
  std::string_view text = texts_[field_];
  flags_ |= tokenizer_.tokenize(text, begin, end, in_title, u16_base_, *this, &stats_, &u16_base_);
}

void QueryTerms::read_field(std::uint8_t field, std::string_view text, bool first_line_is_title) {
  if (text.empty()) return;
  texts_[field] = text;
  field_ = field;
  u16_base_ = 0;
  if (field == kTitle) {
    title_bracket_ = first_bracket(text, 0, text.size());
    title_text_ = text;
    tokenize(0, text.size(), true);
    return;
  }
  if (!first_line_is_title) {
    tokenize(0, text.size(), false);
    return;
  }
  TitleRange t = find_title(text);
  if (t.labelled) flags_ |= kTitleLabel;
  tokenize(0, t.begin, false);
  std::uint32_t title_u16 = u16_base_;
  title_bracket_ = first_bracket(text, t.begin, t.end);
  tokenize(t.begin, t.end, true);
  if (t.end > t.begin && !title_) {
    title_text_ = text.substr(t.begin, t.end - t.begin);
    title_ = TextSpan{kFieldNames[field], static_cast<std::uint32_t>(t.begin), static_cast<std::uint32_t>(t.end),
                      title_u16, u16_base_};
  }
  tokenize(t.end, text.size(), false);
}

[[gnu::always_inline]] inline void QueryTerms::on_token(const Token& t) {  // inlined in the emit loop
  const std::uint32_t term = index_.vocabulary.find(t.key);
  const bool title_term = t.in_title && kind_of(t.key) != TermKind::phrase;
  if (!t.in_title && kind_of(t.key) != TermKind::phrase) ++body_terms_;
  if (term == FlatMap::kMissing) {
    if (title_term && unknown_title_keys_.size() < kMaxUnknownTitleKeys &&
        std::find(unknown_title_keys_.begin(), unknown_title_keys_.end(), t.key) == unknown_title_keys_.end())
      unknown_title_keys_.push_back(t.key);
    return;
  }
  if (title_term && t.span.begin < title_bracket_ && index_.position_heads[term]) title_head_ = term;
  std::uint32_t& slot = slots_[term];
  if (slot == FlatMap::kMissing) {
    slot = static_cast<std::uint32_t>(terms_.size());
    terms_.emplace_back();
    terms_.back().term = term;
  }
  Term& q = terms_[slot];
  if (t.in_title) {
    if (q.title_count == 0 && title_term) ++title_terms_;
    ++q.title_count;
    in_title_[term] = 1;
  } else {
    ++q.body_count;
  }
  if (q.spans < kSpansPerTerm) {
    scratch_.spans_in_order.push_back(slot * kSpansPerTerm + q.spans);
    q.at[q.spans++] = {field_, t.span};
  }
}

void QueryTerms::on_tagged(std::uint32_t entry, bool /*in_title*/, const Span& span) {
  const Lexicon::Entry& e = index_.lexicon.entry(entry);
  if (e.units == 1) {
    // A bare abbreviation counts only in capitals: "CFA", "ＣＦＡ", not "cfa" in running text.
    std::string_view raw = texts_[field_].substr(span.begin, span.end - span.begin);
    if (std::any_of(raw.begin(), raw.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return;
  }
  for (std::uint32_t q : e.tags) {
    auto it = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.qualification == q; });
    if (it == mentions_.end()) {
      if (mentions_.size() >= kMaxMentions) continue;
      mentions_.push_back({q, {}});
      it = mentions_.end() - 1;
    }
    if (it->at.size() < kSpansPerTerm) it->at.push_back({field_, span});
  }
}

std::vector<QualificationMention> QueryTerms::qualifications() const {
  // A name inside a longer name found at the same place ("ACCA" in "ACCA资深会员") is not a mention.
  auto inside_another = [&](const Mention& m) {
    const Occurrence& a = m.at[0];
    for (const Mention& other : mentions_)
      for (const Occurrence& b : other.at)
        if (&other != &m && b.field == a.field && b.span.begin <= a.span.begin && a.span.end <= b.span.end &&
            b.span.end - b.span.begin > a.span.end - a.span.begin)
          return true;
    return false;
  };
  std::vector<QualificationMention> out;
  out.reserve(mentions_.size());
  for (const Mention& m : mentions_) {
    if (inside_another(m)) continue;
    QualificationMention q;
    q.qualification = &catalogue_.quals.qualifications[m.qualification];
    q.matched = std::string(text_of(m.at[0]));
    q.spans.reserve(m.at.size());
    for (const Occurrence& o : m.at) q.spans.push_back(text_span(o));
    out.push_back(std::move(q));
  }
  return out;
}

double QueryTerms::name_match(const Matcher::Index::Names& names) const {
  const std::uint8_t* in_title = in_title_.data();
  double best = 0;
  for (const auto& name : names) {
    std::size_t found = 0;
    for (std::uint32_t term : name.terms) found += in_title[term];
    if (found == 0) continue;  // a share of 0 never beats best
    double share = static_cast<double>(found) / static_cast<double>(name.terms.size());
    if (!in_title[name.head]) share /= 2;  // 养老院护理员 is not 养老院护理部主管
    best = std::max(best, share);
    if (best >= 1) break;  // a whole name in the title: no share is larger
  }
  return best;
}

double QueryTerms::query_weight(const Term& t, bool phrase, const MatcherTuning& tuning) {
  const double boost = phrase ? tuning.phrase_boost : 1;
  const double title = t.title_count ? tuning.query_title : 0;
  // BM25's query-term saturation: one mention counts query_body, repeats approach (1 + k3)×.
  const double k3 = tuning.body_saturation;
  const double body = t.body_count ? tuning.query_body * t.body_count * (1 + k3) / (t.body_count + k3) : 0;
  return (title + body) * boost;
}

void QueryTerms::weigh(const MatcherTuning& tuning) {
  for (Term& t : terms_) {
    const bool phrase = kind_of(index_.vocabulary.key(t.term)) == TermKind::phrase;
    t.weight = query_weight(t, phrase, tuning);
    t.title_weight = t.title_count ? tuning.query_title * (phrase ? tuning.phrase_boost : 1) : 0;
    t.title_hit = t.title_count && !phrase;
  }
}

std::size_t QueryTerms::score(const Bm25fIndex& index, Scores& out) const {
  std::size_t visited = 0;
  for (const Term& t : terms_) {
    const Bm25fIndex::Posting* p = index.begin(t.term);
    const Bm25fIndex::Posting* end = index.end(t.term);
    if (p == end) continue;
    const double q = t.weight, q_title = t.title_weight;
    const bool title_hit = t.title_hit;
    visited += static_cast<std::size_t>(end - p);
    if (!title_hit && q_title == 0) {  // a body term: only the total changes
      for (; p != end; ++p) out.total[p->doc] += q * p->weight;
      continue;
    }
    for (; p != end; ++p) {
      out.total[p->doc] += q * p->weight;
      out.title[p->doc] += q_title * p->weight;
      out.title_hits[p->doc] += title_hit;
    }
  }
  return visited;
}

TextSpan QueryTerms::text_span(const Occurrence& o) const {
  return {kFieldNames[o.field], o.span.begin, o.span.end, o.span.begin_u16, o.span.end_u16};
}

// A token's text is whole characters (invalid bytes are separators and never inside one).
std::string_view QueryTerms::text_of(const Occurrence& o) const {
  return texts_[o.field].substr(o.span.begin, o.span.end - o.span.begin);
}

void QueryTerms::explain(const Bm25fIndex& index, const std::vector<std::uint32_t>& docs,
                         const std::vector<const std::string*>& ids, std::vector<RecordExplanation>& out) const {
  std::vector<QueryEvidence>& ev = scratch_.evidence;
  std::vector<std::uint8_t>& marked = scratch_.marked;
  marked.assign(terms_.size(), 0);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    collect_evidence(index, docs[i], ev);
    RecordExplanation& x = out.emplace_back();
    x.id = *ids[i];
    x.terms = strongest_terms(index, ev);
    for (const QueryEvidence& e : ev) marked[e.slot] = 1;
    x.highlights = merged_highlights(marked);
    for (const QueryEvidence& e : ev) marked[e.slot] = 0;
  }
}

// The document's terms that the posting has, read from its forward list, each with its score there.
// (Every term of the index has a slot: slots_ covers the vocabulary.)
void QueryTerms::collect_evidence(const Bm25fIndex& index, std::uint32_t doc, std::vector<QueryEvidence>& ev) const {
  ev.clear();
  for (const auto* d = index.doc_begin(doc); d != index.doc_end(doc); ++d) {
    const std::uint32_t slot = slots_[d->term];
    if (slot == FlatMap::kMissing) continue;
    const Bm25fIndex::Posting& p = index.posting(*d);
    ev.push_back({slot, p.fields, terms_[slot].weight * p.weight});
  }
}

// The kMaxExplainedTerms strongest of `ev`: strongest first, equal scores in slot order (the order
// the posting named the terms). The order is total (slots differ), so selecting the strongest and
// sorting only them lists what a sort of all would.
std::vector<TermEvidence> QueryTerms::strongest_terms(const Bm25fIndex& index, std::vector<QueryEvidence>& ev) const {
  const auto stronger = [](const QueryEvidence& a, const QueryEvidence& b) {
    return a.score > b.score || (!(b.score > a.score) && a.slot < b.slot);
  };
  const std::size_t n = std::min(ev.size(), kMaxExplainedTerms);
  if (ev.size() > n) std::nth_element(ev.begin(), ev.begin() + n, ev.end(), stronger);
  std::sort(ev.begin(), ev.begin() + n, stronger);
  std::vector<TermEvidence> out(n);
  for (std::size_t j = 0; j < n; ++j) {
    const Term& t = terms_[ev[j].slot];
    TermEvidence& te = out[j];
    te.text.assign(text_of(t.at[0]));  // into the string in place: no temporary
    TermKind kind = kind_of(index_.vocabulary.key(t.term));
    te.kind = kind == TermKind::phrase ? "phrase" : kind == TermKind::word ? "word" : "bigram";
    for (std::uint32_t m = ev[j].fields; m != 0; m &= m - 1)  // the fields it occurs in, in field order
      te.fields.push_back(index.fields()[static_cast<unsigned>(__builtin_ctz(m))].name);  // GCC and Clang (Emscripten)
    te.in_title = t.title_count > 0;
    te.score = ev[j].score;
    for (std::uint8_t s = 0; s < t.spans; ++s) te.spans.push_back(text_span(t.at[s]));
  }
  return out;
}

// Every matched stretch of the terms `marked` (by slot), overlapping ones merged ("时序"+"序分"+"分析"
// → "时序分析"), in text order. The spans are walked in the order the tokenizer met them, already
// by field and start: no sort. Spans starting at the same place merge alike in any order.
std::vector<TextSpan> QueryTerms::merged_highlights(const std::vector<std::uint8_t>& marked) const {
  std::vector<TextSpan> out;
  std::uint8_t field = 0;
  for (const std::uint32_t entry : scratch_.spans_in_order) {
    const std::uint32_t slot = entry / kSpansPerTerm;
    if (!marked[slot]) continue;
    const Occurrence& o = terms_[slot].at[entry % kSpansPerTerm];
    if (!out.empty() && field == o.field && o.span.begin <= out.back().end) {
      TextSpan& h = out.back();
      if (o.span.end > h.end) h.end = o.span.end, h.end_u16 = o.span.end_u16;
      continue;
    }
    if (out.size() >= kMaxHighlights) break;
    if (out.empty()) out.reserve(kMaxHighlights);
    out.push_back(text_span(o));
    field = o.field;
  }
  return out;
}

}  // namespace talentmatch::detail
