#include "talentmatch/posting.h"

#include "talentmatch/text.h"

namespace talentmatch {
namespace {

using nlohmann::json;

const char* const kTextFields[] = {"text", "title", "description", "requirements", "salary", "location", "industry"};

std::string* field_of(PostingInput& p, const std::string& name) {
  if (name == "text") return &p.text;
  if (name == "title") return &p.title;
  if (name == "description") return &p.description;
  if (name == "requirements") return &p.requirements;
  if (name == "salary") return &p.salary;
  if (name == "location") return &p.location;
  if (name == "industry") return &p.industry;
  return nullptr;
}

// A string, or (for lists of duties and requirements) an array of strings joined by lines.
std::string read_text(const json& v, const std::string& name, std::string& error) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return {};
  if (v.is_array() && (name == "description" || name == "requirements" || name == "text")) {
    std::string out;
    for (const auto& item : v) {
      if (!item.is_string()) {
        error = "\"" + name + "\" must be a string or an array of strings";
        return {};
      }
      if (!out.empty()) out += '\n';
      out += item.get<std::string>();
    }
    return out;
  }
  error = "\"" + name + "\" must be a string, got " + std::string(v.type_name());
  return {};
}

bool has_content(const std::string& s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = fold_char(next_code_point(s, pos));
    if (c != kReplacementChar && c != 0 && !is_separator(c)) return true;
  }
  return false;
}

}  // namespace

std::size_t PostingInput::size() const {
  return text.size() + title.size() + description.size() + requirements.size() + salary.size() + location.size() +
         industry.size();
}

bool PostingInput::has_content() const {
  return talentmatch::has_content(text) || talentmatch::has_content(title) ||
         talentmatch::has_content(description) || talentmatch::has_content(requirements) ||
         talentmatch::has_content(industry) || talentmatch::has_content(salary);
}

std::string posting_from_json(const json& j, PostingRequest& out) {
  out = PostingRequest{};
  if (!j.is_object()) return std::string("expected a JSON object {\"id\", \"text\"}, got ") + j.type_name();
  if (auto id = j.find("id"); id != j.end()) out.id = *id;
  bool any = false;
  for (const char* name : kTextFields) {
    auto it = j.find(name);
    if (it == j.end()) continue;
    std::string error;
    std::string value = read_text(*it, name, error);
    if (!error.empty()) return error;
    *field_of(out.posting, name) = std::move(value);
    any = true;
  }
  if (!any) return "no posting text: expected \"text\" or structured fields (\"title\", \"description\", …)";
  if (out.posting.size() > kMaxPostingBytes)
    return "posting too large (" + std::to_string(out.posting.size() / (1024 * 1024)) + " MB; the limit is " +
           std::to_string(kMaxPostingBytes / (1024 * 1024)) + " MB)";
  if (!out.posting.has_content()) return "empty posting: no letters, digits or Chinese characters to match";
  return {};
}

}  // namespace talentmatch
