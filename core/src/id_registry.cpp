#include "document_readers.h"

namespace talentmatch::detail {

bool IdRegistry::define(const std::string& id, const std::string& path, JsonChecker& check) {
  if (id.empty()) return false;
  auto [it, inserted] = where_.emplace(id, path);
  if (!inserted) {
    check.error(join_path(path, "id"), "duplicate id \"" + id + "\" (first defined at " + it->second + ")");
    return false;
  }
  return true;
}

void IdRegistry::require(const std::string& id, const std::string& path, const char* what,
                         JsonChecker& check) const {
  if (id.empty() || has(id)) return;
  check.error(path, "\"" + id + "\" is not a known " + std::string(what) + " id");
}

void check_declared_count(const json& doc, const char* key, std::size_t actual, JsonChecker& check) {
  auto counts = doc.find("counts");
  if (counts == doc.end()) return;
  if (!counts->is_object()) {
    check.error("counts", "expected an object, got " + describe(*counts));
    return;
  }
  auto declared = counts->find(key);
  if (declared == counts->end()) return;
  if (!declared->is_number_unsigned() && !declared->is_number_integer()) {
    check.error(join_path("counts", key), "expected an integer, got " + describe(*declared));
  } else if (declared->get<std::int64_t>() != static_cast<std::int64_t>(actual)) {
    check.error(join_path("counts", key), "declares " + std::to_string(declared->get<std::int64_t>()) + " but the document has " +
                                              std::to_string(actual));
  }
}

}  // namespace talentmatch::detail
