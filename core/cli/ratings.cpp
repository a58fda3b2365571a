// How the CLI prints a core field's ratings: stars, and which ratings this project authored.
#include "cli.h"

namespace talentmatch::cli {

std::string stars(int n) {
  std::string s;
  for (int i = 0; i < 5; ++i) s += i < n ? "★" : "☆";
  return s;
}

AuthoredRatings authored_ratings(const CoreField* field) {
  return {!field || field->is_illustrative("stars"), !field || field->is_illustrative("dimensions")};
}

std::string AuthoredRatings::label() const {
  if (stars && dimensions) return "illustrative";
  if (stars) return "stars illustrative";
  if (dimensions) return "dimensions illustrative";
  return "";
}

}  // namespace talentmatch::cli
