// qual find, check: the overseas qualification catalogue and the candidate self-check.
#include <algorithm>
#include <iostream>

#include "cli.h"
#include "talentmatch/eligibility.h"
#include "talentmatch/qualification_search.h"

namespace talentmatch::cli {
namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace); }

std::string joined(const Args& args) {
  std::string text;
  for (const auto& a : args) text += (text.empty() ? "" : " ") + a;
  return text;
}

// --- qual find -------------------------------------------------------------------------------

template <class T>
std::string known_list(const std::vector<T>& items) {
  std::string out;
  for (const auto& r : items) out += (out.empty() ? "" : ", ") + r.id + " " + r.name_zh;
  return out;
}

void print_qualification(const Catalogue& c, const QualificationHit& hit) {
  const Qualification& q = *hit.qualification;
  bool show_abbr = !q.abbr.empty() && q.abbr != q.name_en;
  std::cout << q.id << "  " << q.name_zh << " / " << q.name_en << (show_abbr ? " (" + q.abbr + ")" : "") << "\n";
  std::cout << "      issuer:  " << (q.issuer_zh.empty() ? "" : q.issuer_zh + " / ") << q.issuer_en << "\n";
  const Region* r = c.region(q.region_id);
  const QualificationField* f = c.qualification_field(q.field_id);
  std::cout << "      region:  " << (r ? r->name_zh + " / " + r->name_en : q.region_id) << "    field: "
            << (f ? f->name_zh + " / " + f->name_en : q.field_id) << "\n";
  std::cout << "      title:   "
            << (q.title_equivalent ? "may correspond to an intermediate professional title (中级职称)"
                                   : "no professional title correspondence")
            << "\n";
  std::cout << "      urgent:  "
            << (q.urgent ? "yes, on the urgent list (急需紧缺目录) since " + q.urgent_since : std::string("no")) << "\n";
  std::cout << "      gains:   " << holder_gains(c, q).summary_en << "\n";
  std::cout << "      match:   " << hit.why << "\n";
  std::cout << "      source:  " << to_string(q.provenance);
  if (q.provenance == Provenance::illustrative) std::cout << " (authored by talentmatch, not official)";
  else if (!q.illustrative_fields.empty()) {
    std::cout << " (authored by talentmatch:";
    for (const auto& field : q.illustrative_fields) std::cout << " " << field;
    std::cout << ")";
  }
  std::cout << "\n";
}

int qual_find(Context& ctx, Args args) {
  QualificationQuery query;
  std::string field, region, limit = "20";
  bool has_field = take_option(args, "--field", field);
  bool has_region = take_option(args, "--region", region);
  query.urgent_only = take_flag(args, "--urgent");
  take_option(args, "--limit", limit);
  for (const auto& a : args)
    if (a.rfind("--", 0) == 0) return usage_error("qual find: unknown option '" + a + "'");
  if (limit.empty() || limit.size() > 4 || limit.find_first_not_of("0123456789") != std::string::npos || std::stoi(limit) < 1)
    return usage_error("--limit: expected a whole number from 1 to 9999, got '" + limit + "'");
  query.limit = static_cast<std::size_t>(std::stoi(limit));
  query.text = joined(args);
  if (query.text.find_first_not_of(" \t") == std::string::npos && !has_field && !has_region && !query.urgent_only)
    return usage_error("qual find needs TEXT (a name, abbreviation or alias) or a filter (--field, --region, --urgent)");
  auto cat = ctx.load();
  if (!cat) return 2;
  if (has_field) {
    const QualificationField* f = find_qualification_field(*cat, field);
    if (!f) return usage_error("--field: unknown qualification field '" + field + "' (known: " + known_list(cat->quals.fields) + ")");
    query.field_id = f->id;
  }
  if (has_region) {
    const Region* r = find_region(*cat, region);
    if (!r) return usage_error("--region: unknown country/region '" + region + "' (known: " + known_list(cat->quals.regions) + ")");
    query.region_id = r->id;
  }
  auto hits = QualificationIndex(*cat).find(query);
  if (ctx.json) {
    json results = json::array();
    for (const auto& h : hits) {
      json j = qualification_hit_json(*cat, h);
      j["gains"] = holder_gains_json(holder_gains(*cat, *h.qualification));
      results.push_back(std::move(j));
    }
    json q = {{"text", query.text}, {"field", query.field_id}, {"region", query.region_id}, {"urgent", query.urgent_only}};
    std::cout << dump({{"query", q}, {"results", results}}) << "\n";
  } else {
    for (const auto& h : hits) print_qualification(*cat, h);
    if (hits.empty()) std::cerr << "no qualification matches '" << query.text << "'\n";
  }
  return hits.empty() ? 1 : 0;
}

// --- check -----------------------------------------------------------------------------------

// The command-line flag a profile key came from, for messages.
std::string flag_for(const std::string& key) {
  if (key.rfind("qualifications", 0) == 0) return "--qual";
  if (key == "nationality") return "--nationality";
  if (key == "age") return "--age";
  if (key == "high_tech") return "--high-tech";
  if (key == "public_institution") return "--public-institution";
  return key;
}

// --age N as a JSON number when it is one, else as text so the profile reader names the problem.
json age_value(const std::string& text) {
  bool digits = !text.empty() && text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
  return digits ? json(std::stoi(text)) : json(text);
}

// --yes / --no-yes into a JSON boolean; exits 2 when both are given.
bool take_switch(Args& args, const std::string& name, json& profile, const char* key, int& error) {
  bool yes = take_flag(args, "--" + name), no = take_flag(args, "--no-" + name);
  if (yes && no) {
    error = usage_error("--" + name + " and --no-" + name + " contradict each other");
    return false;
  }
  if (yes || no) profile[key] = yes;
  return true;
}

const char* status_mark(Status s) {
  switch (s) {
    case Status::applies: return "✔";
    case Status::does_not_apply: return "✘";
    case Status::needs_information: return "?";
  }
  return "?";
}

std::string describe_profile(const Catalogue& c, const Profile& p) {
  std::string out;
  for (const auto& id : p.qualification_ids) {
    const Qualification* q = c.qualification(id);
    if (!q) continue;
    out += (out.empty() ? "" : ", ") + (q->abbr.empty() ? q->name_en : q->abbr) + " (" + q->name_zh +
           (q->urgent ? ", urgent list" : "") + ")";
  }
  out += "; nationality: " + std::string(p.nationality ? to_string(*p.nationality) : "not given");
  out += "; age: " + (p.age ? std::to_string(*p.age) : std::string("not given"));
  auto flag = [](const std::optional<bool>& v) { return v ? (*v ? "yes" : "no") : "not given"; };
  out += "; employer in a 高精尖 field: " + std::string(flag(p.high_tech));
  out += "; public institution: " + std::string(flag(p.public_institution));
  return out;
}

void print_tier_heading(const std::string& tier) {
  if (tier == "convenience") std::cout << "\n便利服务 Convenience services (any catalogue qualification)\n";
  else if (tier == "upgraded") std::cout << "\n升级服务 Upgraded services (urgent-list qualification)\n";
  else std::cout << "\n" << tier << "\n";
}

void print_verification(const VerificationAdvice& v) {
  std::cout << "\n查询验证 Verification\n  " << v.statement_en << "\n  " << v.statement_zh << "\n"
            << "  The employer needs from the candidate:\n";
  for (std::size_t i = 0; i < v.employer_needs_en.size(); ++i)
    std::cout << "    - " << v.employer_needs_en[i] << " / " << v.employer_needs_zh[i] << "\n";
  std::cout << "  " << v.offline_en << "\n  " << v.offline_zh << "\n";
}

void print_service(const ServiceCheck& s) {
  std::cout << "  " << status_mark(s.status) << " " << s.service->id << "  " << s.service->name_zh << " / "
            << s.service->name_en << "\n      " << s.reason_en << "\n      " << s.reason_zh << "\n";
  if (s.status != Status::does_not_apply && !s.service->notes_en.empty())
    std::cout << "      note: " << s.service->notes_en << "\n";
}

void print_check(const Catalogue& c, const Profile& p, const CheckResult& r) {
  std::cout << "Profile: " << describe_profile(c, p) << "\n";
  // Tiers in order of first appearance, each tier's services together.
  std::vector<std::string> tiers;
  for (const ServiceCheck& s : r.services)
    if (std::find(tiers.begin(), tiers.end(), s.service->tier) == tiers.end()) tiers.push_back(s.service->tier);
  int counts[3] = {0, 0, 0};
  for (const auto& tier : tiers) {
    print_tier_heading(tier);
    for (const ServiceCheck& s : r.services) {
      if (s.service->tier != tier) continue;
      print_service(s);
      ++counts[static_cast<int>(s.status)];
    }
  }
  std::cout << "\n" << counts[0] << " apply, " << counts[1] << " do not apply, " << counts[2] << " need information\n";
  print_verification(r.verification);
}

}  // namespace

int cmd_qual(Context& ctx, Args args) {
  if (args.empty()) return usage_error("qual needs a subcommand: qual find TEXT [--field ID] [--region ID] [--urgent]");
  std::string sub = args[0];
  args.erase(args.begin());
  if (sub == "find") return qual_find(ctx, std::move(args));
  return usage_error("unknown qual subcommand '" + sub + "' (expected: find)");
}

int cmd_check(Context& ctx, Args args) {
  json input = json::object();
  std::string value;
  while (take_option(args, "--qual", value)) input["qualifications"].push_back(value);
  if (!input.contains("qualifications"))
    return usage_error("check needs at least one --qual (an id, name or abbreviation such as FCCA)");
  if (take_option(args, "--nationality", value)) input["nationality"] = value;
  if (take_option(args, "--age", value)) input["age"] = age_value(value);
  int error = 0;
  if (!take_switch(args, "high-tech", input, "high_tech", error)) return error;
  if (!take_switch(args, "public-institution", input, "public_institution", error)) return error;
  if (!args.empty()) return usage_error("check: unexpected argument '" + args[0] + "'");
  auto cat = ctx.load();
  if (!cat) return 2;
  ProfileResult parsed = profile_from_json(*cat, input);
  if (!parsed.ok()) {
    for (const auto& e : parsed.errors) std::cerr << "talentmatch: " << flag_for(e.key) << ": " << e.message << "\n";
    return 2;
  }
  CheckResult result = check(*cat, parsed.profile);
  if (ctx.json) std::cout << dump(check_json(*cat, parsed.profile, result)) << "\n";
  else print_check(*cat, parsed.profile, result);
  return 0;
}

}  // namespace talentmatch::cli
