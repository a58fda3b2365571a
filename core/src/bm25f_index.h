// BM25F (Robertson, Zaragoza & Taylor 2004): a term's frequencies in a document's fields are
// weighted and length-normalised per field, summed, then saturated once. Every (term, document)
// weight is computed at build time, so matching a posting is a sum over posting lists.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vocabulary.h"

namespace talentmatch::detail {

struct FieldSpec {
  const char* name;
  double weight;  // how much one occurrence here counts relative to a competency mention
  double b;       // length normalisation (0 = none, 1 = full)
};

class Bm25fIndex {
 public:
  // An occurrence is packed as one integer, (term id << kFieldBits) | field index (occurrence()).
  static constexpr unsigned kFieldBits = 3;
  static constexpr std::size_t kMaxFields = std::size_t{1} << kFieldBits;

  struct Posting {
    std::uint32_t doc = 0;
    std::uint32_t fields = 0;  // bit i set: the term occurs in field i
    double weight = 0;         // idf · saturated field-weighted frequency
  };

  // A document's terms (in order of first occurrence), each with its posting: the explanation reads a few
  // documents whole instead of searching every posting list.
  struct DocTerm {
    std::uint32_t term = 0;
    std::uint32_t posting = 0;  // index into the term's postings, see posting()
  };

  Bm25fIndex(std::vector<FieldSpec> fields, double k1) : fields_(std::move(fields)), k1_(k1) {}

  // Term ids stay far below 2^29 (the bundled catalogue has 14 000 terms; 2^29 would take
  // gigabytes of catalogue text).
  static std::uint32_t occurrence(std::uint32_t term, std::uint8_t field) { return (term << kFieldBits) | field; }

  // Building, one document at a time: start_document() opens the next one; its occurrence()s
  // (one per (term, field) occurrence, in text order) are appended to occurrences() and its
  // fields' lengths in tokens added to length(field). All documents share these two arrays: a
  // vector per document cost an allocation each and held memory reserved for the longest.
  void start_document();
  // Room for `documents` of about `occurrences_each` occurrences, so the shared arrays are not
  // copied as they grow.
  void reserve(std::size_t documents, std::size_t occurrences_each);
  std::vector<std::uint32_t>& occurrences() { return occurrences_; }
  std::uint32_t& length(std::uint8_t field) { return lengths_[lengths_.size() - fields_.size() + field]; }
  // Computes every weight; call once after the last document.
  void finish(std::size_t vocabulary_size);

  const Posting* begin(std::uint32_t term) const { return term + 1 < offsets_.size() ? &postings_[offsets_[term]] : nullptr; }
  const Posting* end(std::uint32_t term) const { return term + 1 < offsets_.size() ? &postings_[0] + offsets_[term + 1] : nullptr; }
  const DocTerm* doc_begin(std::uint32_t doc) const { return doc_terms_.data() + doc_offsets_[doc]; }
  const DocTerm* doc_end(std::uint32_t doc) const { return doc_terms_.data() + doc_offsets_[doc + 1]; }
  const Posting& posting(const DocTerm& t) const { return postings_[t.posting]; }
  // Documents containing the term (0 for terms after the vocabulary at finish()).
  std::uint32_t document_frequency(std::uint32_t term) const {
    return term + 1 < offsets_.size() ? offsets_[term + 1] - offsets_[term] : 0;
  }
  std::size_t document_count() const { return document_count_; }
  const std::vector<FieldSpec>& fields() const { return fields_; }
  double idf(std::uint32_t df) const;

 private:
  std::vector<FieldSpec> fields_;
  double k1_;
  std::size_t document_count_ = 0;
  // Until finish(): every document's occurrences, doc d's in [occurrence_offsets_[d],
  // occurrence_offsets_[d + 1]), and its field lengths at lengths_[d * fields + f].
  std::vector<std::uint32_t> occurrences_;
  std::vector<std::uint32_t> occurrence_offsets_;
  std::vector<std::uint32_t> lengths_;
  std::vector<std::uint32_t> offsets_;  // CSR: term → [offsets_[t], offsets_[t + 1]) in postings_
  std::vector<Posting> postings_;
  std::vector<std::uint32_t> doc_offsets_;  // CSR: doc → [doc_offsets_[d], doc_offsets_[d + 1]) in doc_terms_
  std::vector<DocTerm> doc_terms_;
};

}  // namespace talentmatch::detail
