#include "talentmatch/loader.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "document_readers.h"
#include "talentmatch/text.h"

namespace talentmatch {

std::string LoadError::to_string() const {
  std::string s = file;
  if (!path.empty()) s += (s.empty() ? "" : ": ") + path;
  return s + (s.empty() ? "" : ": ") + message;
}

namespace {

using detail::json;
using detail::JsonChecker;

const char* const kKinds[] = {"key_industries", "skilled_occupations", "qualifications", "services"};

// Everything read from the sources, before the catalogue is assembled.
struct Collected {
  std::map<std::string, std::string> where;  // kind → source name
  Catalogue catalogue;
  std::vector<LoadError> errors;
};

// "at line 3, column 5" for a byte offset, counted the way nlohmann counts (bytes, from 1).
std::string text_position(const std::string& text, std::size_t offset) {
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line, line_start = i + 1;
  return "at line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

bool parse_json(const Source& src, json& out, std::vector<LoadError>& errors) {
  if (src.text.size() > kMaxDocumentBytes) {
    errors.push_back({src.name, "", "file is too large (" + std::to_string(src.text.size() / (1024 * 1024)) +
                                        " MB; the limit is " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB)"});
    return false;
  }
  if (src.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    errors.push_back({src.name, "", "file is empty: expected a JSON catalogue document"});
    return false;
  }
  // nlohmann stops at a NUL byte as if the input ended there, which would silently drop the rest.
  if (auto nul = src.text.find('\0'); nul != std::string::npos) {
    errors.push_back({src.name, "", "malformed JSON " + text_position(src.text, nul) +
                                        ": a NUL byte (a catalogue is UTF-8 text)"});
    return false;
  }
  try {
    out = json::parse(src.text);
  } catch (const json::parse_error& e) {
    // nlohmann quotes the bytes it last read, which may be invalid UTF-8: messages must not be.
    std::string what = sanitize_utf8(e.what());
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." → keep from "line".
    auto at = what.find("at line");
    errors.push_back({src.name, "", "malformed JSON " + (at == std::string::npos ? what : what.substr(at))});
    return false;
  } catch (const json::out_of_range& e) {
    // A number beyond a double's range ("1e999"): nlohmann quotes the number but not where it
    // is, so it is looked up in the text (its first occurrence) to report the position.
    std::string what = sanitize_utf8(e.what());
    const auto open = what.find('\''), close = what.rfind('\'');
    const std::string number = open < close ? what.substr(open + 1, close - open - 1) : "";
    const auto where = number.empty() ? std::string::npos : src.text.find(number);
    errors.push_back({src.name, "",
                      "malformed JSON " + (where == std::string::npos ? std::string() : text_position(src.text, where) + ": ") +
                          "number out of range" + (number.empty() ? "" : " '" + number + "'")});
    return false;
  }
  if (!out.is_object()) {
    errors.push_back({src.name, "", "expected a JSON object at the top level, got " + detail::describe(out)});
    return false;
  }
  return true;
}

void read_document(const std::string& kind, const json& doc, const std::string& file, Collected& c) {
  JsonChecker check(file, c.errors);
  if (kind == "key_industries") c.catalogue.key = detail::read_key_industries(doc, check);
  else if (kind == "skilled_occupations") c.catalogue.skilled = detail::read_skilled_occupations(doc, check);
  else if (kind == "qualifications") c.catalogue.quals = detail::read_qualifications(doc, check);
  else c.catalogue.services = detail::read_services(doc, check);
}

bool known_kind(const std::string& k) {
  for (const char* kind : kKinds)
    if (k == kind) return true;
  return false;
}

void collect(const Source& src, Collected& c) {
  json doc;
  if (!parse_json(src, doc, c.errors)) return;
  std::vector<std::pair<std::string, const json*>> docs;
  auto tag = doc.find("catalogue");
  if (tag != doc.end()) {
    if (!tag->is_string() || !known_kind(tag->get<std::string>())) {
      c.errors.push_back({src.name, "catalogue",
                          "expected one of key_industries, skilled_occupations, qualifications, services, got " +
                              detail::describe(*tag)});
      return;
    }
    docs.emplace_back(tag->get<std::string>(), &doc);
  } else {
    // A bundle: {"key_industries": {...}, ...}.
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      if (!known_kind(it.key())) {
        c.errors.push_back({src.name, it.key(), "unknown catalogue document (expected key_industries, "
                                                "skilled_occupations, qualifications or services)"});
      } else if (!it->is_object()) {
        c.errors.push_back({src.name, it.key(), "expected an object, got " + detail::describe(*it)});
      } else {
        docs.emplace_back(it.key(), &*it);
      }
    }
    if (docs.empty() && c.errors.empty() == false) return;
    if (docs.empty()) {
      c.errors.push_back({src.name, "", "no \"catalogue\" key and no bundled documents: not a talentmatch catalogue"});
      return;
    }
  }
  for (auto& [kind, d] : docs) {
    std::string file = tag != doc.end() ? src.name : src.name + "#" + kind;
    auto [it, fresh] = c.where.emplace(kind, file);
    if (!fresh) {
      c.errors.push_back({file, "", "a second " + kind + " document (the first is " + it->second + ")"});
      continue;
    }
    read_document(kind, *d, file, c);
  }
}

// Ids must be unique across documents so a bare id names one record.
void check_global_ids(Collected& c) {
  std::map<std::string, std::string> seen;
  auto add = [&](const auto& items, const char* kind, const char* array) {
    auto doc = c.where.find(kind);
    std::string file = doc == c.where.end() ? kind : doc->second;
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string where = file + ": " + array + "[" + std::to_string(i) + "]";
      auto [it, fresh] = seen.emplace(items[i].id, where);
      if (!fresh && it->second.rfind(file + ":", 0) != 0)
        c.errors.push_back({file, std::string(array) + "[" + std::to_string(i) + "].id",
                            "id \"" + items[i].id + "\" is also used by " + it->second});
    }
  };
  const Catalogue& k = c.catalogue;
  add(k.key.industries, "key_industries", "industries");
  add(k.key.core_fields, "key_industries", "core_fields");
  add(k.key.directions, "key_industries", "directions");
  add(k.key.positions, "key_industries", "positions");
  add(k.skilled.categories, "skilled_occupations", "categories");
  add(k.skilled.occupations, "skilled_occupations", "occupations");
  add(k.quals.fields, "qualifications", "fields");
  add(k.quals.regions, "qualifications", "regions");
  add(k.quals.qualifications, "qualifications", "qualifications");
  add(k.services.services, "services", "services");
}

}  // namespace

std::vector<LoadError> validate_sources(const std::vector<Source>& sources) {
  Collected c;
  for (const auto& s : sources) collect(s, c);
  if (c.errors.empty()) check_global_ids(c);
  return c.errors;
}

LoadResult load_catalogue(const std::vector<Source>& sources) {
  Collected c;
  for (const auto& s : sources) collect(s, c);
  for (const char* kind : kKinds) {
    if (!c.where.count(kind) && c.errors.empty())
      c.errors.push_back({"catalogue", "", std::string("no ") + kind + " document was given"});
  }
  if (c.errors.empty()) check_global_ids(c);
  LoadResult r;
  r.errors = std::move(c.errors);
  if (r.errors.empty()) {
    auto cat = std::make_shared<Catalogue>(std::move(c.catalogue));
    cat->build_index();
    r.catalogue = std::move(cat);
  }
  return r;
}

std::vector<Source> read_sources(const std::vector<std::string>& paths, std::vector<LoadError>& errors) {
  std::vector<Source> out;
  for (const auto& path : paths) {
    // A directory opens as a stream on Linux and reports a nonsense size: say what it is.
    std::error_code not_found;
    if (std::filesystem::is_directory(path, not_found)) {
      errors.push_back({path, "", "is a directory, not a catalogue file (name the files, e.g. " + path + "/*.json)"});
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors.push_back({path, "", "cannot open file"});
      continue;
    }
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
    in.seekg(0);
    if (size > kMaxDocumentBytes) {
      errors.push_back({path, "", "file is too large (" + std::to_string(size / (1024 * 1024)) + " MB; the limit is " +
                                      std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB)"});
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back({path, ss.str()});
  }
  return out;
}

std::vector<std::string> bundled_files(const std::string& data_dir) {
  std::vector<std::string> out;
  for (const char* kind : kKinds) out.push_back(data_dir + "/" + kind + ".json");
  return out;
}

}  // namespace talentmatch
