// Everything the matcher builds from a catalogue at load: the word dictionary, the lexicon, the
// shared term vocabulary and two BM25F indexes (positions, skilled occupations).
#pragma once

#include <string_view>
#include <vector>

#include "bm25f_index.h"
#include "lexicon.h"
#include "talentmatch/catalogue.h"
#include "talentmatch/matcher.h"
#include "tokenizer.h"

namespace talentmatch {

// Field order of the position index; names appear in explanations.
enum PositionField : std::uint8_t { kPosTitle, kPosAliases, kPosDirection, kPosField, kPosCompetencies, kPosMajors };
enum OccupationField : std::uint8_t { kOccTitle, kOccAliases, kOccCategory, kOccTasks };

struct Matcher::Index {
  detail::WordDictionary words;
  detail::Lexicon lexicon;
  detail::Vocabulary vocabulary;
  detail::Bm25fIndex positions;
  detail::Bm25fIndex occupations;
  // A title or alias as terms, and its head: the last bigram or word before any bracket, which in
  // a Chinese or English job title names the role (养老护理员 → 理员, Design Engineer → engineer).
  struct Name {
    std::vector<std::uint32_t> terms;
    std::uint32_t head = 0;
  };
  // Per document: its names, for the name-match feature.
  using Names = std::vector<Name>;
  std::vector<Names> position_names, occupation_names;
  // Per occupation: the stems of its Chinese names (trade_stem), for a title that names it with
  // words between stem and suffix. Views into the catalogue, which outlives the index.
  std::vector<std::vector<std::string_view>> occupation_stems;
  // By term id: how many positions have a name ending in it (a role word when > 0).
  std::vector<std::uint16_t> position_heads;
  // Per position (catalogue order): its direction, core field and industry.
  std::vector<const Direction*> directions;
  std::vector<const CoreField*> fields;
  std::vector<const Industry*> industries;
  bool skip_nested_phrases = false;


  Index(const Catalogue& catalogue, const MatcherTuning& tuning);
  detail::Tokenizer query_tokenizer() const {
    detail::Tokenizer t(words, &lexicon);
    t.skip_nested_phrases = skip_nested_phrases;
    return t;
  }

 private:
  // The lexicon, the vocabulary and every document's occurrences and names, from the catalogue.
  void read_documents(const Catalogue& catalogue, const MatcherTuning& tuning);
};

namespace detail {
// Where a name's or title's qualifier starts: "护理主管(养老)" → the "("; also [, full-width （ and
// 【; npos when there is none. Heads are read before it on both sides, index and query.
std::size_t bracket_at(std::string_view text);
}  // namespace detail

}  // namespace talentmatch
