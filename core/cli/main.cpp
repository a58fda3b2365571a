// talentmatch — check a job posting against Beijing's 2023 talent catalogues.
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli.h"
#include "talentmatch/loader.h"

namespace talentmatch::cli {
namespace {

struct Command {
  const char* name;
  int (*run)(Context&, Args);
  const char* summary;
};

const Command kCommands[] = {
    {"stats", cmd_stats, "counts of every catalogue level as one JSON object"},
    {"validate", cmd_validate, "FILE...  check catalogue files; prints every error, exit 1 if any"},
    {"show", cmd_show, "ID  one record (position, field, occupation, qualification, ...)"},
    {"find", cmd_find, "TEXT  records by name, abbreviation or alias"},
    {"match", cmd_match, "[--top K] [--no-explain] FILE|-  match a job posting; --jsonl [FILE|-] streams JSONL in and out"},
    {"qual", cmd_qual, "find TEXT [--field ID] [--region ID] [--urgent]  overseas qualifications, typo-tolerant"},
    {"check", cmd_check, "--qual FCCA [--nationality foreign|chinese] [--age N] [--high-tech]  which of the 12 services apply"},
};

void print_help() {
  std::cout << "usage: talentmatch [--data DIR] [--json] COMMAND [ARGS]\n\ncommands:\n";
  for (const auto& c : kCommands) std::cout << "  " << c.name << "  " << c.summary << "\n";
  std::cout << "\n" << kIllustrativeNote << "\n";
}

}  // namespace

const char* const kIllustrativeNote =
    "Note: the official catalogue tables are not public. Records marked \"illustrative\" (all salary figures,\n"
    "most names and ratings) were authored by the talentmatch project; only records marked \"publication\"\n"
    "are stated in the 2023-09-04 announcement.";

std::shared_ptr<const Catalogue> Context::load() const {
  std::vector<LoadError> errors;
  auto sources = read_sources(bundled_files(data_dir), errors);
  if (errors.empty()) {
    LoadResult r = load_catalogue(sources);
    if (r.ok()) return r.catalogue;
    errors = std::move(r.errors);
  }
  std::cerr << "talentmatch: cannot load the catalogue from " << data_dir << ":\n";
  for (const auto& e : errors) std::cerr << "  " << e.to_string() << "\n";
  return nullptr;
}

bool take_flag(Args& args, const std::string& flag) {
  for (auto it = args.begin(); it != args.end(); ++it) {
    if (*it == "--") break;
    if (*it == flag) {
      args.erase(it);
      return true;
    }
  }
  return false;
}

bool take_option(Args& args, const std::string& name, std::string& value) {
  for (auto it = args.begin(); it != args.end(); ++it) {
    if (*it == "--") break;
    if (*it == name) {
      if (it + 1 == args.end()) std::exit(usage_error(name + " needs a value"));
      value = *(it + 1);
      args.erase(it, it + 2);
      return true;
    }
    if (it->rfind(name + "=", 0) == 0) {
      value = it->substr(name.size() + 1);
      args.erase(it);
      return true;
    }
  }
  return false;
}

int usage_error(const std::string& message) {
  std::cerr << "talentmatch: " << message << " (see talentmatch --help)\n";
  return 2;
}

}  // namespace talentmatch::cli

int main(int argc, char** argv) {
  using namespace talentmatch::cli;
  Args args(argv + 1, argv + argc);
  Context ctx;
  if (const char* env = std::getenv("TALENTMATCH_DATA"); env && *env) ctx.data_dir = env;
  else ctx.data_dir = TALENTMATCH_DATA_DIR;
  take_option(args, "--data", ctx.data_dir);
  ctx.json = take_flag(args, "--json");
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help();
    return args.empty() ? 2 : 0;
  }
  std::string name = args[0];
  args.erase(args.begin());
  for (const auto& c : kCommands) {
    if (name == c.name) {
      try {
        return c.run(ctx, std::move(args));
      } catch (const std::exception& e) {
        std::cerr << "talentmatch: internal error: " << e.what() << "\n";
        return 3;
      }
    }
  }
  return usage_error("unknown command '" + name + "'");
}
