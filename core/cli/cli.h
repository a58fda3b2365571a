// The native command-line tool: shared state and one function per command.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "talentmatch/catalogue.h"

namespace talentmatch::cli {

using Args = std::vector<std::string>;

// Options every command understands, parsed before the command's own arguments.
struct Context {
  std::string data_dir;  // --data DIR, $TALENTMATCH_DATA, or the bundled data/
  bool json = false;     // --json
  // Loads the catalogue from data_dir; prints every error to stderr and returns null on failure.
  std::shared_ptr<const Catalogue> load() const;
};

// Removes `--flag` from args; true if it was there.
bool take_flag(Args& args, const std::string& flag);
// Removes `--name VALUE` (or `--name=VALUE`) from args; false if absent. Exits 2 if VALUE is missing.
bool take_option(Args& args, const std::string& name, std::string& value);
// Prints "talentmatch: message" to stderr and returns exit code 2.
int usage_error(const std::string& message);

extern const char* const kIllustrativeNote;

// Five stars, the first n filled: ★★★☆☆.
std::string stars(int n);
// Which of a core field's ratings this project authored rather than the publication stated (for
// most fields both; for the two the publication names, the three dimensions). Unknown field: both.
struct AuthoredRatings {
  bool stars = true, dimensions = true;
  // "illustrative", "stars illustrative", "dimensions illustrative", or "" when none is.
  std::string label() const;
};
AuthoredRatings authored_ratings(const CoreField* field);

int cmd_stats(Context& ctx, Args args);
int cmd_validate(Context& ctx, Args args);
int cmd_show(Context& ctx, Args args);
int cmd_find(Context& ctx, Args args);
int cmd_match(Context& ctx, Args args);
int cmd_qual(Context& ctx, Args args);
int cmd_check(Context& ctx, Args args);

}  // namespace talentmatch::cli
