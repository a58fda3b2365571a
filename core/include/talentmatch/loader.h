// Loads and validates catalogue documents. A document with any error is rejected whole.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "talentmatch/catalogue.h"

namespace talentmatch {

// One problem: `file: path: message`, e.g.
// `data/key_industries.json: positions[17].salary_median: expected a positive integer, got "abc"`.
struct LoadError {
  std::string file;
  std::string path;     // JSON path; empty for whole-file problems
  std::string message;
  std::string to_string() const;
};

// A document's text and a name for messages (a path, a URL, "upload").
struct Source {
  std::string name;
  std::string text;
};

struct LoadResult {
  std::shared_ptr<const Catalogue> catalogue;  // null when errors is not empty
  std::vector<LoadError> errors;
  bool ok() const { return catalogue != nullptr; }
};

// Largest document accepted; the bundled catalogue is well under 1 MB.
constexpr std::size_t kMaxDocumentBytes = 16u * 1024u * 1024u;

// Validates every source (each a single document or a bundle of documents) and builds the
// catalogue when all four kinds are present exactly once and nothing is wrong.
LoadResult load_catalogue(const std::vector<Source>& sources);

// Validates documents on their own (no need for all four); returns every error found.
std::vector<LoadError> validate_sources(const std::vector<Source>& sources);

// Reads files into sources; unreadable files become errors.
std::vector<Source> read_sources(const std::vector<std::string>& paths, std::vector<LoadError>& errors);

// The four bundled files under a data directory.
std::vector<std::string> bundled_files(const std::string& data_dir);

}  // namespace talentmatch
