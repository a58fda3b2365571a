// stats, validate, show, find: the catalogue itself.
#include <iostream>

#include "cli.h"
#include "talentmatch/catalogue_json.h"
#include "talentmatch/loader.h"
#include "talentmatch/name_index.h"

namespace talentmatch::cli {
namespace {

using nlohmann::json;

std::string dump(const json& j, int indent = 2) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

std::string provenance_label(const json& j) {
  return j.value("provenance", "") == "publication" ? "publication" : "illustrative (authored by talentmatch)";
}

void print_position(const Catalogue& cat, const json& p) {
  const json& f = p["field"];
  const std::string authored = authored_ratings(cat.core_field(f["id"].get<std::string>())).label();
  std::cout << p["id"].get<std::string>() << "  " << p["title_zh"].get<std::string>() << " / "
            << p["title_en"].get<std::string>() << "\n"
            << "  industry:     " << f["industry"]["name_zh"].get<std::string>() << " / "
            << f["industry"]["name_en"].get<std::string>() << "\n"
            << "  core field:   " << f["name_zh"].get<std::string>() << " " << stars(f["stars"].get<int>())
            << "  (supply-demand " << f["dimensions"]["supply_demand"] << ", training " << f["dimensions"]["training"]
            << ", transfer " << f["dimensions"]["transfer"] << "; " << (authored.empty() ? "publication" : authored)
            << ")\n"
            << "  direction:    " << p["direction"]["name_zh"].get<std::string>() << " / "
            << p["direction"]["name_en"].get<std::string>() << "\n";
  std::cout << "  also called:  ";
  bool first = true;
  for (const auto& key : {"aliases_zh", "aliases_en"})
    for (const auto& a : p[key]) std::cout << (first ? "" : ", ") << a.get<std::string>(), first = false;
  std::cout << "\n  competencies: " << p["competencies_zh"].get<std::string>() << "\n";
  if (!p["competencies_en"].get<std::string>().empty())
    std::cout << "                " << p["competencies_en"].get<std::string>() << "\n";
  std::cout << "  majors:       ";
  first = true;
  for (const auto& m : p["majors_zh"]) std::cout << (first ? "" : "、") << m.get<std::string>(), first = false;
  std::cout << "\n  salary median: " << p["salary_median"] << " CNY/year ("
            << (p["salary_provenance"] == "publication" ? "official" : "illustrative figure, not official") << ")\n"
            << "  provenance:   " << provenance_label(p) << "\n";
}

}  // namespace

int cmd_stats(Context& ctx, Args args) {
  if (!args.empty()) return usage_error("stats takes no arguments");
  auto cat = ctx.load();
  if (!cat) return 2;
  std::cout << dump(stats_json(*cat)) << "\n";
  return 0;
}

int cmd_validate(Context& ctx, Args args) {
  if (args.empty()) return usage_error("validate needs at least one FILE");
  std::vector<LoadError> errors;
  auto sources = read_sources(args, errors);
  auto more = validate_sources(sources);
  errors.insert(errors.end(), more.begin(), more.end());
  if (ctx.json) {
    json out = {{"ok", errors.empty()}, {"errors", json::array()}};
    for (const auto& e : errors) out["errors"].push_back({{"file", e.file}, {"path", e.path}, {"message", e.message}});
    std::cout << dump(out) << "\n";
  } else if (errors.empty()) {
    std::cout << "ok: " << args.size() << " file(s) valid\n";
  } else {
    for (const auto& e : errors) std::cerr << e.to_string() << "\n";
    std::cerr << errors.size() << " error(s); nothing was loaded\n";
  }
  return errors.empty() ? 0 : 1;
}

int cmd_show(Context& ctx, Args args) {
  if (args.size() != 1) return usage_error("show needs exactly one ID");
  auto cat = ctx.load();
  if (!cat) return 2;
  json r = record_json(*cat, args[0]);
  if (r.is_null()) {
    std::cerr << "talentmatch: no record with id '" << args[0] << "' (try: talentmatch find TEXT)\n";
    return 1;
  }
  if (ctx.json) {
    std::cout << dump(r) << "\n";
  } else if (r["kind"] == "position") {
    print_position(*cat, r);
  } else {
    std::cout << dump(r) << "\n";
  }
  if (!ctx.json && r.value("provenance", "") != "publication") std::cout << "\n" << kIllustrativeNote << "\n";
  return 0;
}

int cmd_find(Context& ctx, Args args) {
  std::string limit_text = "20";
  take_option(args, "--limit", limit_text);
  if (args.empty()) return usage_error("find needs TEXT");
  std::string text;
  for (const auto& a : args) text += (text.empty() ? "" : " ") + a;
  auto cat = ctx.load();
  if (!cat) return 2;
  NameIndex index(*cat);
  auto hits = index.find(text, static_cast<std::size_t>(std::max(1, std::atoi(limit_text.c_str()))));
  if (ctx.json) {
    json out = json::array();
    for (const auto& h : hits) {
      json r = record_json(*cat, h.id);
      out.push_back({{"id", h.id}, {"kind", h.kind}, {"matched", h.name}, {"exact", h.exact},
                     {"provenance", r.value("provenance", "")}});
    }
    std::cout << dump(out) << "\n";
  } else {
    for (const auto& h : hits) {
      json r = record_json(*cat, h.id);
      std::string name = r.contains("title_zh") ? r["title_zh"].get<std::string>() + " / " + r["title_en"].get<std::string>()
                                                : r.value("name_zh", "") + " / " + r.value("name_en", "");
      std::cout << h.id << "\t" << h.kind << "\t" << name << (h.exact ? "" : "\t(matched \"" + h.name + "\")")
                << "\t[" << r.value("provenance", "") << "]\n";
    }
    if (hits.empty()) std::cerr << "no record matches '" << text << "'\n";
  }
  return hits.empty() ? 1 : 0;
}

}  // namespace talentmatch::cli
