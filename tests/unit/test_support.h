// Helpers shared by the GoogleTest suites: reading the bundled catalogue and running the CLI.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/loader.h"

namespace talentmatch::testing {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string data_path(const std::string& kind) { return std::string(TALENTMATCH_DATA_DIR) + "/" + kind + ".json"; }

inline nlohmann::json bundled_document(const std::string& kind) { return nlohmann::json::parse(read_text(data_path(kind))); }

// The four bundled documents as sources, with `kind` replaced by `replacement` when given.
inline std::vector<Source> bundled_sources(const std::string& kind = "", const std::string& replacement = "") {
  std::vector<Source> out;
  for (const char* k : {"key_industries", "skilled_occupations", "qualifications", "services"}) {
    std::string name = std::string(k) + ".json";
    out.push_back({name, k == kind ? replacement : read_text(data_path(k))});
  }
  return out;
}

struct ProcessResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `command` through the shell with optional stdin text; captures stdout and stderr.
inline ProcessResult run(const std::string& command, const std::string& input = "") {
  static int counter = 0;
  std::string base = ::testing::TempDir() + "tm_proc_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  write_text(base + ".in", input);
  std::string full = command + " < " + base + ".in > " + base + ".out 2> " + base + ".err";
  int status = std::system(full.c_str());
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_text(base + ".out");
  r.err = read_text(base + ".err");
  std::remove((base + ".in").c_str());
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

inline std::string cli() { return std::string("'") + TALENTMATCH_CLI + "'"; }

}  // namespace talentmatch::testing
