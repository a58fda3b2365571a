// What the engine keeps per loaded catalogue: everything derived from it is built once at
// load and replaced together with it, so a failed load never leaves a mix.
#pragma once

#include <memory>

#include "talentmatch/catalogue.h"
#include "talentmatch/engine.h"
#include "talentmatch/match_result.h"
#include "talentmatch/matcher.h"
#include "talentmatch/name_index.h"
#include "talentmatch/qualification_search.h"

namespace talentmatch {

struct Engine::State {
  explicit State(std::shared_ptr<const Catalogue> c)
      : catalogue(std::move(c)), names(*catalogue), qualifications(*catalogue), matcher(catalogue),
        match_json(*catalogue) {}
  std::shared_ptr<const Catalogue> catalogue;
  NameIndex names;
  QualificationIndex qualifications;  // refers to *catalogue, which lives as long as this state
  Matcher matcher;
  MatchJsonCache match_json;  // the fixed JSON of every candidate record
};

}  // namespace talentmatch
