// A job posting as the matcher reads it: free text as copied from a job board (title on the first
// line) or structured fields. Read from JSON by posting_from_json for the CLI, JSONL and wasm.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace talentmatch {

// Postings larger than this are refused with an error (a real posting is a few KB).
constexpr std::size_t kMaxPostingBytes = 16u * 1024u * 1024u;

struct PostingInput {
  std::string text;          // free text; its first non-empty line is the title
  std::string title;         // structured fields; any may be empty
  std::string description;
  std::string requirements;
  std::string salary;        // e.g. "25-40K·14薪"; read only for the pay offered
  std::string location;      // not used for matching
  std::string industry;      // the employer's industry, read like the description
  std::size_t size() const;  // bytes over all fields
  // Some field has a letter, digit or Chinese character (not only spaces and punctuation).
  bool has_content() const;
};

// The field names offsets refer to: "text", "title", "description", "requirements", "salary",
// "location", "industry".
struct PostingRequest {
  nlohmann::json id;  // echoed back as given (string, number or null)
  PostingInput posting;
};

// Reads {"id": …, "text": "…"} or {"id": …, "title": "…", "description": "…", …}
// ("description" and "requirements" may also be arrays of strings). Returns an empty string on
// success, else what is wrong ("no text: expected \"text\" or \"title\"/\"description\"", …).
std::string posting_from_json(const nlohmann::json& j, PostingRequest& out);

}  // namespace talentmatch
