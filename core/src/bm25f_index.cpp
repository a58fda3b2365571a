#include "bm25f_index.h"

#include <algorithm>

#include "matcher_math.h"

namespace talentmatch::detail {

void Bm25fIndex::start_document() {
  occurrence_offsets_.push_back(static_cast<std::uint32_t>(occurrences_.size()));
  lengths_.resize(lengths_.size() + fields_.size(), 0);
  ++document_count_;
}

void Bm25fIndex::reserve(std::size_t documents, std::size_t occurrences_each) {
  occurrences_.reserve(documents * occurrences_each);
  occurrence_offsets_.reserve(documents + 1);
  lengths_.reserve(documents * fields_.size());
}

double Bm25fIndex::idf(std::uint32_t df) const {
  const double n = static_cast<double>(document_count_);
  return det_log(1 + (n - df + 0.5) / (df + 0.5));
}

void Bm25fIndex::finish(std::size_t vocabulary_size) {
  const std::size_t nf = fields_.size();
  const std::uint32_t docs = static_cast<std::uint32_t>(document_count_);
  occurrence_offsets_.push_back(static_cast<std::uint32_t>(occurrences_.size()));  // the last document's end
  auto occurrences_of = [this](std::uint32_t doc) {
    struct Range {
      const std::uint32_t *first, *last;
      const std::uint32_t* begin() const { return first; }
      const std::uint32_t* end() const { return last; }
    };
    return Range{occurrences_.data() + occurrence_offsets_[doc], occurrences_.data() + occurrence_offsets_[doc + 1]};
  };
  std::vector<double> average(nf, 0);
  for (std::uint32_t doc = 0; doc < docs; ++doc)
    for (std::size_t f = 0; f < nf; ++f) average[f] += lengths_[doc * nf + f];
  for (double& a : average) a = docs == 0 ? 1 : std::max(1.0, a / static_cast<double>(docs));

  // Occurrences are grouped by term with a per-term stamp (the last document that saw it) rather
  // than sorted: sorting was the largest cost of the build. Document frequencies first.
  constexpr std::uint32_t kNoDoc = 0xFFFFFFFFu;
  std::vector<std::uint32_t> df(vocabulary_size, 0), stamp(vocabulary_size, kNoDoc), group_of(vocabulary_size);
  for (std::uint32_t doc = 0; doc < docs; ++doc)
    for (std::uint32_t o : occurrences_of(doc))
      if (stamp[o >> kFieldBits] != doc) stamp[o >> kFieldBits] = doc, ++df[o >> kFieldBits];
  offsets_.assign(vocabulary_size + 1, 0);
  for (std::size_t t = 0; t < vocabulary_size; ++t) offsets_[t + 1] = offsets_[t] + df[t];
  postings_.assign(offsets_.back(), Posting{});
  std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);

  std::vector<double> idf_by_df(docs + 1);  // few distinct frequencies: one log each
  for (std::uint32_t f = 0; f <= docs; ++f) idf_by_df[f] = idf(f);
  // Every array below is sized up front and written by index: push_back's capacity checks were a
  // sizeable share of this loop.
  doc_offsets_.assign(docs + 1, 0);
  doc_terms_.resize(postings_.size());
  struct Group {  // one term's occurrences in the document
    std::uint32_t term, mask;
    std::uint32_t tf[kMaxFields];  // all 0 between documents: a group clears the counts it used
  };
  std::size_t most_occurrences = 0;
  for (std::uint32_t doc = 0; doc < docs; ++doc)
    most_occurrences = std::max<std::size_t>(most_occurrences, occurrence_offsets_[doc + 1] - occurrence_offsets_[doc]);
  std::vector<Group> groups(most_occurrences);
  std::fill(stamp.begin(), stamp.end(), kNoDoc);
  // Locals, not members: the compiler cannot tell the posting stores below from them and would
  // load them again for every term. (The same values, so the same weights to the last bit.)
  double norm[kMaxFields], weight[kMaxFields];
  for (std::size_t f = 0; f < nf; ++f) weight[f] = fields_[f].weight;
  const double k1 = k1_;
  std::uint32_t written = 0;  // doc_terms_ so far
  for (std::uint32_t doc = 0; doc < docs; ++doc) {
    const std::uint32_t* lengths = &lengths_[doc * nf];
    for (std::size_t f = 0; f < nf; ++f) norm[f] = 1 - fields_[f].b + fields_[f].b * lengths[f] / average[f];
    std::uint32_t group_count = 0;
    for (std::uint32_t o : occurrences_of(doc)) {
      const std::uint32_t term = o >> kFieldBits, field = o & (kMaxFields - 1);
      if (stamp[term] != doc) {
        stamp[term] = doc;
        group_of[term] = group_count;
        groups[group_count].term = term;
        groups[group_count++].mask = 0;
      }
      Group& g = groups[group_of[term]];
      ++g.tf[field];
      g.mask |= 1u << field;
    }
    for (std::uint32_t k = 0; k < group_count; ++k) {  // in order of first occurrence
      Group& g = groups[k];
      double weighted = 0;
      for (std::uint32_t m = g.mask; m != 0; m &= m - 1) {  // the fields it occurs in, in field order
        const unsigned f = static_cast<unsigned>(__builtin_ctz(m));  // GCC and Clang (Emscripten)
        weighted += weight[f] * static_cast<double>(g.tf[f]) / norm[f];
        g.tf[f] = 0;
      }
      double w = idf_by_df[df[g.term]] * weighted * (k1 + 1) / (k1 + weighted);
      doc_terms_[written++] = {g.term, fill[g.term]};
      postings_[fill[g.term]++] = {doc, g.mask, w};
    }
    doc_offsets_[doc + 1] = written;
  }
  // Only the weights are kept.
  std::vector<std::uint32_t>().swap(occurrences_);
  std::vector<std::uint32_t>().swap(occurrence_offsets_);
  std::vector<std::uint32_t>().swap(lengths_);
}

}  // namespace talentmatch::detail
