#include "json_checker.h"

#include <cmath>

#include "talentmatch/text.h"

namespace talentmatch::detail {

std::string describe(const json& value) {
  switch (value.type()) {
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::null: return "null";
    default: break;
  }
  std::string s = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() <= 40) return s;
  return std::string(utf8_prefix(s, 37)) + "...";  // cut on a character boundary: valid UTF-8
}

std::string join_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

std::string index_path(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

void JsonChecker::error(const std::string& path, const std::string& message) {
  errors_.push_back(LoadError{file_, path, message});
}

const json* JsonChecker::member(const json& obj, const std::string& path, const char* key, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) error(join_path(path, key), "missing (required)");
    return nullptr;
  }
  return &*it;
}

std::string JsonChecker::text(const json& obj, const std::string& path, const char* key, bool required) {
  const json* v = member(obj, path, key, required);
  if (!v) return {};
  if (!v->is_string()) {
    error(join_path(path, key), "expected a string, got " + describe(*v));
    return {};
  }
  std::string s = v->get<std::string>();
  if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    error(join_path(path, key), "expected a non-empty string, got \"\"");
  }
  return s;
}

std::optional<std::string> JsonChecker::nullable_text(const json& obj, const std::string& path, const char* key) {
  const json* v = member(obj, path, key, false);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) {
    error(join_path(path, key), "expected a string or null, got " + describe(*v));
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::int64_t JsonChecker::positive_integer(const json& obj, const std::string& path, const char* key) {
  const json* v = member(obj, path, key);
  if (!v) return 0;
  if (v->is_number_integer() && v->get<std::int64_t>() > 0) return v->get<std::int64_t>();
  if (v->is_number_unsigned() && v->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->get<std::uint64_t>());
  if (v->is_number_float() && v->get<double>() > 0 && std::floor(v->get<double>()) == v->get<double>() &&
      v->get<double>() < 9e15)
    return static_cast<std::int64_t>(v->get<double>());
  error(join_path(path, key), "expected a positive integer, got " + describe(*v));
  return 0;
}

std::int64_t JsonChecker::integer_in(const json& obj, const std::string& path, const char* key, std::int64_t lo,
                                     std::int64_t hi, bool required, std::int64_t fallback) {
  const json* v = member(obj, path, key, required);
  if (!v) return fallback;
  if ((v->is_number_integer() || v->is_number_unsigned()) && v->get<std::int64_t>() >= lo && v->get<std::int64_t>() <= hi)
    return v->get<std::int64_t>();
  error(join_path(path, key),
        "expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " + describe(*v));
  return fallback;
}

double JsonChecker::number(const json& obj, const std::string& path, const char* key) {
  const json* v = member(obj, path, key);
  if (!v) return 0;
  if (!v->is_number()) {
    error(join_path(path, key), "expected a number, got " + describe(*v));
    return 0;
  }
  return v->get<double>();
}

bool JsonChecker::boolean(const json& obj, const std::string& path, const char* key, bool required, bool fallback) {
  const json* v = member(obj, path, key, required);
  if (!v) return fallback;
  if (!v->is_boolean()) {
    error(join_path(path, key), "expected true or false, got " + describe(*v));
    return fallback;
  }
  return v->get<bool>();
}

std::vector<std::string> JsonChecker::text_list(const json& obj, const std::string& path, const char* key,
                                                bool required) {
  std::vector<std::string> out;
  const json* v = member(obj, path, key, required);
  if (!v) return out;
  if (!v->is_array()) {
    error(join_path(path, key), "expected an array of strings, got " + describe(*v));
    return out;
  }
  out.reserve(v->size());
  for (std::size_t i = 0; i < v->size(); ++i) {
    const json& e = (*v)[i];
    // get_ref: a view of the parsed string; only the kept copy allocates
    if (!e.is_string() || e.get_ref<const std::string&>().empty()) {
      error(index_path(join_path(path, key), i), "expected a non-empty string, got " + describe(e));
      continue;
    }
    out.push_back(e.get_ref<const std::string&>());
  }
  return out;
}

const json* JsonChecker::object_array(const json& obj, const std::string& path, const char* key, bool required) {
  const json* v = member(obj, path, key, required);
  if (!v) return nullptr;
  if (!v->is_array()) {
    error(join_path(path, key), "expected an array of objects, got " + describe(*v));
    return nullptr;
  }
  bool all_objects = true;
  for (std::size_t i = 0; i < v->size(); ++i) {
    if (!(*v)[i].is_object()) {
      error(index_path(join_path(path, key), i), "expected an object, got " + describe((*v)[i]));
      all_objects = false;
    }
  }
  return all_objects ? v : nullptr;
}

Provenance JsonChecker::provenance(const json& obj, const std::string& path) {
  std::string p = text(obj, path, "provenance");
  if (p == "publication") return Provenance::publication;
  if (p != "illustrative" && !p.empty())
    error(join_path(path, "provenance"), "expected \"publication\" or \"illustrative\", got \"" + p + "\"");
  return Provenance::illustrative;
}

void JsonChecker::record(const json& obj, const std::string& path, Record& out) {
  out.id = text(obj, path, "id");
  out.provenance = provenance(obj, path);
  out.illustrative_fields = text_list(obj, path, "illustrative_fields", false);
  if (out.provenance == Provenance::illustrative && !out.illustrative_fields.empty())
    error(join_path(path, "illustrative_fields"), "only a \"publication\" record lists illustrative fields");
}

CatalogueInfo JsonChecker::info(const json& doc) {
  CatalogueInfo i;
  i.title_zh = text(doc, "", "title_zh", false);
  i.title_en = text(doc, "", "title_en", false);
  i.edition = text(doc, "", "edition");
  i.published = text(doc, "", "published");
  i.publisher_zh = text(doc, "", "publisher_zh", false);
  i.publisher_en = text(doc, "", "publisher_en", false);
  return i;
}

}  // namespace talentmatch::detail
