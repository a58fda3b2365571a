#include "bm25f_index.h"

#include <algorithm>

#include "matcher_math.h"

namespace talentmatch::detail {

void Bm25fIndex::add_document(std::vector<std::pair<std::uint32_t, std::uint8_t>> occurrences,
                              const std::vector<std::uint32_t>& field_lengths) {
  std::sort(occurrences.begin(), occurrences.end());
  docs_.push_back({std::move(occurrences), field_lengths});
  docs_.back().lengths.resize(fields_.size(), 0);
}

double Bm25fIndex::idf(std::uint32_t df) const {
  const double n = static_cast<double>(docs_.size());
  return det_log(1 + (n - df + 0.5) / (df + 0.5));
}

void Bm25fIndex::finish(std::size_t vocabulary_size) {
  const std::size_t nf = fields_.size();
  std::vector<double> average(nf, 0);
  for (const Doc& d : docs_)
    for (std::size_t f = 0; f < nf; ++f) average[f] += d.lengths[f];
  for (double& a : average) a = docs_.empty() ? 1 : std::max(1.0, a / static_cast<double>(docs_.size()));

  // Document frequencies: occurrences are sorted by term, so each new term in a doc counts once.
  std::vector<std::uint32_t> df(vocabulary_size, 0);
  for (const Doc& d : docs_)
    for (std::size_t i = 0; i < d.occurrences.size(); ++i)
      if (i == 0 || d.occurrences[i].first != d.occurrences[i - 1].first) ++df[d.occurrences[i].first];
  offsets_.assign(vocabulary_size + 1, 0);
  for (std::size_t t = 0; t < vocabulary_size; ++t) offsets_[t + 1] = offsets_[t] + df[t];
  postings_.assign(offsets_.back(), Posting{});
  std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);

  std::vector<double> idf_by_df(docs_.size() + 1);  // few distinct frequencies: one log each
  for (std::uint32_t f = 0; f <= docs_.size(); ++f) idf_by_df[f] = idf(f);
  doc_offsets_.assign(1, 0);
  doc_offsets_.reserve(docs_.size() + 1);
  doc_terms_.reserve(postings_.size());
  for (std::uint32_t doc = 0; doc < docs_.size(); ++doc) {
    const Doc& d = docs_[doc];
    std::vector<double> norm(nf);
    for (std::size_t f = 0; f < nf; ++f) norm[f] = 1 - fields_[f].b + fields_[f].b * d.lengths[f] / average[f];
    for (std::size_t i = 0; i < d.occurrences.size();) {
      const std::uint32_t term = d.occurrences[i].first;
      double tf[kMaxFields] = {};
      std::uint32_t mask = 0;
      for (; i < d.occurrences.size() && d.occurrences[i].first == term; ++i) {
        std::uint8_t f = d.occurrences[i].second;
        tf[f] += 1;
        mask |= 1u << f;
      }
      double weighted = 0;
      for (std::size_t f = 0; f < nf; ++f)
        if (tf[f] > 0) weighted += fields_[f].weight * tf[f] / norm[f];
      double w = idf_by_df[df[term]] * weighted * (k1_ + 1) / (k1_ + weighted);
      doc_terms_.push_back({term, fill[term]});
      postings_[fill[term]++] = {doc, mask, w};
    }
    doc_offsets_.push_back(static_cast<std::uint32_t>(doc_terms_.size()));
  }
  docs_.shrink_to_fit();
  for (Doc& d : docs_) {
    d.occurrences.clear();
    d.occurrences.shrink_to_fit();
  }
}

}  // namespace talentmatch::detail
