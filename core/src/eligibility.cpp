#include "talentmatch/eligibility.h"

#include <algorithm>
#include <cmath>

#include "json_checker.h"
#include "talentmatch/qualification_search.h"
#include "talentmatch/text.h"

namespace talentmatch {

using nlohmann::json;

const char* to_string(Nationality n) { return n == Nationality::foreign ? "foreign" : "chinese"; }

const char* to_string(Status s) {
  switch (s) {
    case Status::applies: return "applies";
    case Status::does_not_apply: return "does_not_apply";
    case Status::needs_information: return "needs_information";
  }
  return "needs_information";
}

std::string ProfileError::to_string() const { return key.empty() ? message : key + ": " + message; }

// --- reading a profile ---------------------------------------------------------------------
namespace {

const char* const kProfileKeys[] = {"qualifications", "nationality", "age", "high_tech", "public_institution"};

// A short rendering of a JSON value for messages.

std::string qualification_label(const Qualification& q) { return q.abbr.empty() ? q.name_en : q.abbr; }
std::string qualification_label_zh(const Qualification& q) { return q.abbr.empty() ? q.name_zh : q.abbr; }

std::string unknown_qualification_message(const QualificationIndex& index, const Catalogue& c, const std::string& text) {
  std::string msg = "unknown qualification \"" + text + "\": not in the overseas qualification catalogue " +
                    c.quals.info.edition;
  QualificationQuery query;
  query.text = text;
  query.limit = 1;
  auto hits = index.find(query);
  if (!hits.empty()) {
    const Qualification& q = *hits[0].qualification;
    msg += "; did you mean \"" + qualification_label(q) + "\" (" + q.name_zh + " / " + q.name_en + ", " + q.id + ")?";
  }
  return msg;
}

void read_qualifications(const Catalogue& c, const json& v, ProfileResult& out) {
  if (!v.is_array()) {
    out.errors.push_back({"qualifications", "expected an array of qualification ids, names or abbreviations, got " + detail::describe(v)});
    return;
  }
  if (v.size() > kMaxProfileQualifications) {
    out.errors.push_back({"qualifications", "at most " + std::to_string(kMaxProfileQualifications) +
                                                " qualifications, got " + std::to_string(v.size())});
    return;
  }
  QualificationIndex index(c);
  for (std::size_t i = 0; i < v.size(); ++i) {
    std::string key = "qualifications[" + std::to_string(i) + "]";
    if (!v[i].is_string()) {
      out.errors.push_back({key, "expected a qualification id, name or abbreviation (a string), got " + detail::describe(v[i])});
      continue;
    }
    std::string text = sanitize_utf8(v[i].get<std::string>());
    auto found = index.resolve(text);
    if (found.empty()) {
      out.errors.push_back({key, unknown_qualification_message(index, c, text)});
    } else if (found.size() > 1) {
      std::string msg = "\"" + text + "\" names several qualifications:";
      for (const Qualification* q : found) msg += " " + q->id + " (" + q->name_en + ")";
      out.errors.push_back({key, msg + "; give the id"});
    } else {
      auto& ids = out.profile.qualification_ids;
      if (std::find(ids.begin(), ids.end(), found[0]->id) == ids.end()) ids.push_back(found[0]->id);
    }
  }
}

void read_nationality(const json& v, ProfileResult& out) {
  std::string folded = v.is_string() ? fold_key(v.get<std::string>()) : "";
  if (folded == "foreign") out.profile.nationality = Nationality::foreign;
  else if (folded == "chinese") out.profile.nationality = Nationality::chinese;
  else out.errors.push_back({"nationality", "expected \"foreign\" or \"chinese\", got " + detail::describe(v)});
}

void read_age(const json& v, ProfileResult& out) {
  bool in_range = (v.is_number_integer() || v.is_number_unsigned()) && v.get<std::int64_t>() >= kMinAge &&
                  v.get<std::int64_t>() <= kMaxAge;
  if (in_range) out.profile.age = static_cast<int>(v.get<std::int64_t>());
  else
    out.errors.push_back({"age", "expected an integer from " + std::to_string(kMinAge) + " to " +
                                     std::to_string(kMaxAge) + " (years), got " + detail::describe(v)});
}

void read_flag(const json& v, const char* key, std::optional<bool>& slot, ProfileResult& out) {
  if (v.is_boolean()) slot = v.get<bool>();
  else out.errors.push_back({key, "expected true or false, got " + detail::describe(v)});
}

}  // namespace

ProfileResult profile_from_json(const Catalogue& catalogue, const json& input) {
  ProfileResult out;
  if (!input.is_object()) {
    out.errors.push_back({"", "expected a JSON object with qualifications, nationality, age, high_tech, "
                              "public_institution; got " + detail::describe(input)});
    return out;
  }
  for (auto it = input.begin(); it != input.end(); ++it) {
    const std::string& key = it.key();
    const json& v = *it;
    bool known = std::any_of(std::begin(kProfileKeys), std::end(kProfileKeys), [&](const char* k) { return key == k; });
    if (!known) {
      out.errors.push_back({sanitize_utf8(key), "unknown key; expected qualifications, nationality, age, high_tech "
                                                "or public_institution"});
      continue;
    }
    if (v.is_null()) continue;  // explicitly not given
    if (key == "qualifications") read_qualifications(catalogue, v, out);
    else if (key == "nationality") read_nationality(v, out);
    else if (key == "age") read_age(v, out);
    else if (key == "high_tech") read_flag(v, "high_tech", out.profile.high_tech, out);
    else read_flag(v, "public_institution", out.profile.public_institution, out);
  }
  return out;
}

json profile_json(const Catalogue& catalogue, const Profile& p) {
  json quals = json::array();
  for (const auto& id : p.qualification_ids) {
    const Qualification* q = catalogue.qualification(id);
    if (!q) continue;
    quals.push_back({{"id", q->id}, {"abbr", q->abbr}, {"name_zh", q->name_zh}, {"name_en", q->name_en},
                     {"urgent", q->urgent}, {"title_equivalent", q->title_equivalent ? json("intermediate") : json()}});
  }
  auto optional = [](const auto& o) { return o ? json(*o) : json(); };
  return {{"qualifications", quals},
          {"nationality", p.nationality ? json(to_string(*p.nationality)) : json()},
          {"age", optional(p.age)},
          {"high_tech", optional(p.high_tech)},
          {"public_institution", optional(p.public_institution)}};
}

// --- evaluating the rules ----------------------------------------------------------------------
namespace {

enum class Truth { yes, no, unknown };

// One finding about one requirement or condition, in both languages.
struct Finding {
  Truth truth = Truth::unknown;
  std::string zh, en;
  std::vector<std::string> missing;
};

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e9) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string join_en(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

std::string join_zh(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : "、") + items[i];
  return out;
}

// --- facts in words ---
struct FactWords {
  std::string need_zh, need_en;  // what to ask for
};

FactWords fact_words(const std::string& fact) {
  if (fact == "nationality") return {"候选人国籍（外籍或中国籍）", "the candidate's nationality (foreign or Chinese)"};
  if (fact == "age") return {"候选人年龄", "the candidate's age"};
  if (fact == "high_tech")
    return {"用人单位是否属于高精尖产业领域", "whether the employer is in a 高精尖 (high-end, precision, advanced) field"};
  if (fact == "public_institution")
    return {"用人单位是否为事业单位", "whether the employer is a public institution (事业单位)"};
  if (fact == "qualifications") return {"候选人持有的境外职业资格", "the candidate's catalogue qualifications"};
  return {fact, fact};
}

// "the employer is in a 高精尖 field" / "the employer is not a public institution".
std::pair<std::string, std::string> employer_statement(const std::string& fact, bool value) {
  if (fact == "high_tech")
    return value ? std::make_pair("用人单位属于高精尖产业领域", "the employer is in a 高精尖 field")
                 : std::make_pair("用人单位不属于高精尖产业领域", "the employer is not in a 高精尖 field");
  if (fact == "public_institution")
    return value ? std::make_pair("用人单位为事业单位", "the employer is a public institution (事业单位)")
                 : std::make_pair("用人单位不是事业单位", "the employer is not a public institution");
  return {fact + (value ? "" : " = false"), fact + (value ? "" : " is false")};
}

std::optional<bool> flag_fact(const Profile& p, const std::string& fact) {
  if (fact == "high_tech") return p.high_tech;
  if (fact == "public_institution") return p.public_institution;
  return std::nullopt;
}

Finding missing_fact(const std::string& fact) {
  FactWords w = fact_words(fact);
  return {Truth::unknown, "需说明" + w.need_zh, "needs to know " + w.need_en, {fact}};
}

// --- conditions ---
Finding nationality_condition(const Condition& c, const Profile& p) {
  if (!p.nationality) return missing_fact("nationality");
  bool wanted_foreign = c.text_value == "foreign";
  bool is_foreign = *p.nationality == Nationality::foreign;
  std::string who_zh = is_foreign ? "候选人为外籍人员" : "候选人为中国籍", who_en = is_foreign ? "the candidate is a foreign national" : "the candidate is a Chinese national";
  if (wanted_foreign == is_foreign) return {Truth::yes, who_zh, who_en, {}};
  return {Truth::no, std::string(wanted_foreign ? "仅限外籍人员；" : "仅限中国籍人员；") + who_zh,
          std::string(wanted_foreign ? "only for foreign nationals; " : "only for Chinese nationals; ") + who_en, {}};
}

Finding relaxed_age_limit(const Condition& c, int age, const Profile& p) {
  const std::string limit = number_text(c.number_value), relaxed = number_text(c.relaxed_value),
                    years = std::to_string(age);
  auto [when_zh, when_en] = employer_statement(c.relaxed_fact, true);
  std::optional<bool> relax = flag_fact(p, c.relaxed_fact);
  bool within_relaxed = age <= c.relaxed_value;
  if (relax && *relax) {
    if (within_relaxed)
      return {Truth::yes, "因" + when_zh + "，年龄上限放宽至" + relaxed + "周岁；候选人" + years + "周岁",
              "age limit relaxed to " + relaxed + " because " + when_en + "; candidate is " + years, {}};
    return {Truth::no, "因" + when_zh + "，年龄上限放宽至" + relaxed + "周岁，但候选人" + years + "周岁",
            "age limit relaxed to " + relaxed + " because " + when_en + ", but the candidate is " + years, {}};
  }
  if (relax) {
    auto [not_zh, not_en] = employer_statement(c.relaxed_fact, false);
    return {Truth::no,
            "年龄上限" + limit + "周岁（仅当" + when_zh + "时放宽至" + relaxed + "周岁，而" + not_zh + "）；候选人" + years + "周岁",
            "age limit " + limit + " (" + relaxed + " only when " + when_en + ", and " + not_en + "); candidate is " + years,
            {}};
  }
  if (!within_relaxed)
    return {Truth::no, "年龄上限" + limit + "周岁（" + when_zh + "时放宽至" + relaxed + "周岁）；候选人" + years + "周岁",
            "age limit " + limit + ", or " + relaxed + " when " + when_en + "; candidate is " + years, {}};
  FactWords w = fact_words(c.relaxed_fact);
  return {Truth::unknown,
          "候选人" + years + "周岁，超过年龄上限" + limit + "周岁；" + when_zh + "时放宽至" + relaxed + "周岁——需说明" + w.need_zh,
          "candidate is " + years + ", over the age limit of " + limit + "; the limit is relaxed to " + relaxed + " when " +
              when_en + " — needs to know " + w.need_en,
          {c.relaxed_fact}};
}

Finding age_condition(const Condition& c, const Profile& p) {
  if (!p.age) return missing_fact("age");
  const int age = *p.age;
  const std::string bound = number_text(c.number_value), years = std::to_string(age);
  if (c.op == "ge") {
    Truth t = age >= c.number_value ? Truth::yes : Truth::no;
    return {t, "最低年龄" + bound + "周岁；候选人" + years + "周岁", "minimum age " + bound + "; candidate is " + years, {}};
  }
  if (c.op == "eq") {
    Truth t = age == c.number_value ? Truth::yes : Truth::no;
    return {t, "限" + bound + "周岁；候选人" + years + "周岁", "only at age " + bound + "; candidate is " + years, {}};
  }
  // le: a limit, possibly relaxed when another fact is true.
  if (age <= c.number_value)
    return {Truth::yes, "年龄上限" + bound + "周岁；候选人" + years + "周岁", "age limit " + bound + "; candidate is " + years, {}};
  if (c.relaxed_fact.empty())
    return {Truth::no, "超过年龄上限" + bound + "周岁；候选人" + years + "周岁",
            "over the age limit of " + bound + "; candidate is " + years, {}};
  return relaxed_age_limit(c, age, p);
}

Finding employer_condition(const Condition& c, const Profile& p) {
  std::optional<bool> value = flag_fact(p, c.fact);
  if (!value) return missing_fact(c.fact);
  auto [is_zh, is_en] = employer_statement(c.fact, *value);
  if (*value == c.bool_value) return {Truth::yes, is_zh, is_en, {}};
  auto [want_zh, want_en] = employer_statement(c.fact, c.bool_value);
  return {Truth::no, "仅限" + want_zh + "；" + is_zh, "only when " + want_en + "; " + is_en, {}};
}

Finding condition_finding(const Condition& c, const Profile& p) {
  if (c.fact == "nationality") return nationality_condition(c, p);
  if (c.fact == "age") return age_condition(c, p);
  if (c.fact == "high_tech" || c.fact == "public_institution") return employer_condition(c, p);
  return missing_fact(c.fact);
}

// --- the qualification requirement ---
bool meets(const Qualification& q, const std::string& requires) {
  if (requires == "urgent_qualification") return q.urgent;
  if (requires == "title_equivalent_qualification") return q.title_equivalent;
  return true;  // any_qualification
}

std::vector<const Qualification*> held_qualifications(const Catalogue& c, const Profile& p) {
  std::vector<const Qualification*> held;
  for (const auto& id : p.qualification_ids)
    if (const Qualification* q = c.qualification(id)) held.push_back(q);
  return held;
}

std::string catalogue_name_zh(const Catalogue& c) {
  return c.quals.info.title_zh.empty() ? "境外职业资格认可目录" : c.quals.info.title_zh;
}

Finding requirement_finding(const Catalogue& c, const Service& s, const std::vector<const Qualification*>& held,
                            std::vector<std::string>& qualifying) {
  if (held.empty()) return missing_fact("qualifications");
  std::vector<std::string> yes_zh, yes_en, no_zh, no_en;
  for (const Qualification* q : held) {
    bool ok = meets(*q, s.requires);
    (ok ? yes_zh : no_zh).push_back(qualification_label_zh(*q));
    (ok ? yes_en : no_en).push_back(qualification_label(*q));
    if (ok) qualifying.push_back(q->id);
  }
  const bool plural_no = no_en.size() > 1, plural_yes = yes_en.size() > 1;
  if (s.requires == "urgent_qualification") {
    if (!yes_en.empty())
      return {Truth::yes, join_zh(yes_zh) + (plural_yes ? " 均" : " ") + "在急需紧缺目录内",
              join_en(yes_en) + (plural_yes ? " are" : " is") + " on the urgent list (急需紧缺目录)", {}};
    return {Truth::no, "需持有急需紧缺目录内的境外职业资格；" + join_zh(no_zh) + (plural_no ? " 均" : " ") + "不在该目录内",
            "needs an urgent-list qualification; " + join_en(no_en) + (plural_no ? " are" : " is") + " not on it", {}};
  }
  if (s.requires == "title_equivalent_qualification") {
    if (!yes_en.empty())
      return {Truth::yes, join_zh(yes_zh) + " 可对应中级职称",
              join_en(yes_en) + (plural_yes ? " correspond" : " corresponds") +
                  " to an intermediate professional title (中级职称)",
              {}};
    return {Truth::no, "需持有可对应中级职称的境外职业资格；" + join_zh(no_zh) + " 不对应中级职称",
            "needs a qualification that corresponds to an intermediate professional title (中级职称); " + join_en(no_en) +
                (plural_no ? " do not" : " does not"),
            {}};
  }
  return {Truth::yes, join_zh(yes_zh) + " 属于《" + catalogue_name_zh(c) + "》",
          join_en(yes_en) + (plural_yes ? " are" : " is") + " in the overseas qualification catalogue " +
              c.quals.info.edition,
          {}};
}

// Joins the findings that decided the status into the service's reason.
void write_reason(ServiceCheck& out, const std::vector<Finding>& findings, Truth deciding) {
  std::string zh, en;
  for (const Finding& f : findings) {
    if (deciding != Truth::yes && f.truth != deciding) continue;
    zh += (zh.empty() ? "" : "；") + f.zh;
    en += (en.empty() ? "" : "; ") + f.en;
    for (const auto& m : f.missing)
      if (std::find(out.missing.begin(), out.missing.end(), m) == out.missing.end()) out.missing.push_back(m);
  }
  if (out.service->discretionary && out.status != Status::does_not_apply) {
    zh += "；须经有关部门评估认定";
    en += "; subject to the authorities' assessment";
  }
  out.reason_zh = out.service->name_zh + "：" + zh + "。";
  out.reason_en = out.service->name_en + ": " + en + ".";
}

ServiceCheck check_service(const Catalogue& c, const Service& s, const std::vector<const Qualification*>& held,
                           const Profile& p) {
  ServiceCheck out;
  out.service = &s;
  std::vector<Finding> findings;
  findings.push_back(requirement_finding(c, s, held, out.qualifying));
  for (const Condition& cond : s.conditions) findings.push_back(condition_finding(cond, p));
  auto any = [&](Truth t) { return std::any_of(findings.begin(), findings.end(), [t](const Finding& f) { return f.truth == t; }); };
  Truth deciding = any(Truth::no) ? Truth::no : any(Truth::unknown) ? Truth::unknown : Truth::yes;
  out.status = deciding == Truth::no        ? Status::does_not_apply
               : deciding == Truth::unknown ? Status::needs_information
                                            : Status::applies;
  write_reason(out, findings, deciding);
  return out;
}

}  // namespace

CheckResult check(const Catalogue& catalogue, const Profile& profile) {
  CheckResult result;
  auto held = held_qualifications(catalogue, profile);
  for (const Service& s : catalogue.services.services) result.services.push_back(check_service(catalogue, s, held, profile));
  result.verification = verification_advice(catalogue, profile);
  return result;
}

// --- verification --------------------------------------------------------------------------------
VerificationAdvice verification_advice(const Catalogue& catalogue, const Profile& profile) {
  const Verification& v = catalogue.quals.verification;
  VerificationAdvice a;
  a.free = v.free;
  a.platform_zh = v.platform_zh.empty() ? "境外职业资格查询验证服务平台" : v.platform_zh;
  a.platform_en = v.platform_en.empty() ? "Overseas Professional Qualification Query and Verification Service Platform"
                                        : v.platform_en;
  const std::string where_zh = (a.platform_zh.find("北京") == std::string::npos ? "北京市" : "") + a.platform_zh;
  const std::string where_en = (a.platform_en.find("Beijing") == std::string::npos ? "the Beijing " : "the ") + a.platform_en;
  const std::string count = std::to_string(catalogue.quals.qualifications.size());
  a.statement_zh = "《" + catalogue_name_zh(catalogue) + "》所列全部" + count + "项境外职业资格均可在" + where_zh +
                   (a.free ? "免费" : "") + "查询验证。";
  a.statement_en = "All " + count + " qualifications in the overseas qualification catalogue " +
                   catalogue.quals.info.edition + " can be verified" + (a.free ? " free of charge" : "") + " on " +
                   where_en + ".";
  a.uses_zh = v.uses_zh;
  a.uses_en = v.uses_en;
  a.employer_needs_zh.push_back("证书或会员资格证明的复印件，以及证书（会员）编号");
  a.employer_needs_en.push_back("a copy of the certificate or membership record, with its certificate or membership number");
  bool foreign = profile.nationality && *profile.nationality == Nationality::foreign;
  bool chinese = profile.nationality && *profile.nationality == Nationality::chinese;
  a.employer_needs_zh.push_back(foreign ? "候选人护照" : chinese ? "候选人身份证" : "候选人护照（外籍人员）或身份证（中国籍人员）");
  a.employer_needs_en.push_back(foreign   ? "the candidate's passport"
                                : chinese ? "the candidate's ID card"
                                          : "the candidate's passport (foreign nationals) or ID card (Chinese nationals)");
  a.employer_needs_zh.push_back("候选人同意查询验证其职业资格的书面授权");
  a.employer_needs_en.push_back("the candidate's written consent to have the qualification verified");
  a.offline_zh = "talentmatch 无法离线核验证书：它只说明目录对某项资格的规定，候选人是否确实持有须在" + a.platform_zh + "上查询验证。";
  a.offline_en = "talentmatch cannot verify a certificate offline: it only tells what the catalogue says about a "
                 "qualification. Whether the candidate really holds it must be checked on the " + a.platform_en + ".";
  a.qualification_ids = profile.qualification_ids;
  return a;
}

json verification_json(const VerificationAdvice& a) {
  return {{"free", a.free},
          {"platform_zh", a.platform_zh},
          {"platform_en", a.platform_en},
          {"statement_zh", a.statement_zh},
          {"statement_en", a.statement_en},
          {"uses_zh", a.uses_zh},
          {"uses_en", a.uses_en},
          {"employer_needs_zh", a.employer_needs_zh},
          {"employer_needs_en", a.employer_needs_en},
          {"offline_zh", a.offline_zh},
          {"offline_en", a.offline_en},
          {"verified_by_talentmatch", false},
          {"qualifications", a.qualification_ids}};
}

json check_json(const Catalogue& catalogue, const Profile& profile, const CheckResult& result) {
  json services = json::array();
  for (const ServiceCheck& s : result.services) {
    services.push_back({{"id", s.service->id},
                        {"tier", s.service->tier},
                        {"name_zh", s.service->name_zh},
                        {"name_en", s.service->name_en},
                        {"status", to_string(s.status)},
                        {"reason_zh", s.reason_zh},
                        {"reason_en", s.reason_en},
                        {"discretionary", s.service->discretionary},
                        {"notes_zh", s.service->notes_zh},
                        {"notes_en", s.service->notes_en},
                        {"missing", s.missing},
                        {"qualifying", s.qualifying}});
  }
  return {{"profile", profile_json(catalogue, profile)},
          {"services", services},
          {"verification", verification_json(result.verification)}};
}

// --- what a holder gains ----------------------------------------------------------------------------
namespace {

// A condition as a clause: "foreign nationals only", "age 65 or under (70 when the employer is in a 高精尖 field)".
std::pair<std::string, std::string> condition_clause(const Condition& c) {
  if (c.fact == "nationality")
    return c.text_value == "foreign" ? std::make_pair("限外籍人员", "foreign nationals only")
                                     : std::make_pair("限中国籍人员", "Chinese nationals only");
  if (c.fact == "age") {
    const std::string v = number_text(c.number_value);
    if (c.op == "ge") return {"年满" + v + "周岁", "age " + v + " or over"};
    if (c.op == "eq") return {"限" + v + "周岁", "age " + v + " only"};
    std::pair<std::string, std::string> out = {"年龄不超过" + v + "周岁", "age " + v + " or under"};
    if (!c.relaxed_fact.empty()) {
      auto [when_zh, when_en] = employer_statement(c.relaxed_fact, true);
      const std::string r = number_text(c.relaxed_value);
      out.first += "（" + when_zh + "的放宽至" + r + "周岁）";
      out.second += " (" + r + " when " + when_en + ")";
    }
    return out;
  }
  auto [zh, en] = employer_statement(c.fact, c.bool_value);
  return {"限" + zh, "only when " + en};
}

}  // namespace

HolderGains holder_gains(const Catalogue& catalogue, const Qualification& q) {
  HolderGains g;
  g.qualification = &q;
  int conditional = 0;
  for (const Service& s : catalogue.services.services) {
    if (!meets(q, s.requires)) continue;
    HolderGain gain;
    gain.service = &s;
    for (const Condition& c : s.conditions) {
      auto [zh, en] = condition_clause(c);
      gain.conditions_zh += (gain.conditions_zh.empty() ? "" : "；") + zh;
      gain.conditions_en += (gain.conditions_en.empty() ? "" : "; ") + en;
    }
    conditional += !s.conditions.empty();
    (s.tier == "upgraded" ? g.upgraded : g.convenience) += 1;
    g.services.push_back(std::move(gain));
  }
  const std::string conv = std::to_string(g.convenience), up = std::to_string(g.upgraded);
  const std::string n_cond = std::to_string(conditional);
  g.summary_zh = qualification_label_zh(q) + (q.urgent ? "（急需紧缺目录）" : "（境外职业资格认可目录）") + "：可享" + conv +
                 "项便利服务、" + up + "项升级服务" + (conditional ? "，其中" + n_cond + "项还取决于国籍、年龄或用人单位" : "") + "。";
  g.summary_en = qualification_label(q) + (q.urgent ? " (urgent list)" : " (catalogue qualification)") + ": " + conv +
                 " convenience and " + up + " upgraded services" +
                 (conditional ? "; " + n_cond + " of them also depend on nationality, age or the employer" : "") + ".";
  return g;
}

json holder_gains_json(const HolderGains& g) {
  json services = json::array();
  for (const HolderGain& s : g.services) {
    services.push_back({{"id", s.service->id},
                        {"tier", s.service->tier},
                        {"name_zh", s.service->name_zh},
                        {"name_en", s.service->name_en},
                        {"conditions_zh", s.conditions_zh},
                        {"conditions_en", s.conditions_en},
                        {"discretionary", s.service->discretionary}});
  }
  return {{"qualification_id", g.qualification ? g.qualification->id : ""},
          {"convenience", g.convenience},
          {"upgraded", g.upgraded},
          {"summary_zh", g.summary_zh},
          {"summary_en", g.summary_en},
          {"services", services}};
}

}  // namespace talentmatch
