// What the engine keeps per loaded catalogue: everything derived from it is built once at
// load and replaced together with it, so a failed load never leaves a mix.
#pragma once

#include <memory>

#include "talentmatch/catalogue.h"
#include "talentmatch/engine.h"
#include "talentmatch/name_index.h"

namespace talentmatch {

struct Engine::State {
  explicit State(std::shared_ptr<const Catalogue> c) : catalogue(std::move(c)), names(*catalogue) {}
  std::shared_ptr<const Catalogue> catalogue;
  NameIndex names;
};

}  // namespace talentmatch
