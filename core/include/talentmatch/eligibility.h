// Candidate self-check against the 6 convenience + 6 upgraded services of the overseas
// qualification catalogue 3.0. The rules come from the services document (requires +
// conditions with relaxed_if); nothing here is specific to one qualification or one service.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"

namespace talentmatch {

enum class Nationality { foreign, chinese };
const char* to_string(Nationality n);

// What the candidate and the employer say. An absent fact is unknown, never assumed.
struct Profile {
  std::vector<std::string> qualification_ids;  // catalogue ids, resolved and de-duplicated
  std::optional<Nationality> nationality;
  std::optional<int> age;                  // years, 16..100
  std::optional<bool> high_tech;           // employer in a 高精尖 (high-end, precision, advanced) field
  std::optional<bool> public_institution;  // employer is a public institution (事业单位)
};

constexpr int kMinAge = 16;
constexpr int kMaxAge = 100;
// More would be a mistake, and bounds the work per check.
constexpr std::size_t kMaxProfileQualifications = 50;

// One problem in a profile: `key` is the JSON key (`age`, `qualifications[1]`), `message` says
// what was expected and what was given.
struct ProfileError {
  std::string key;
  std::string message;
  std::string to_string() const;  // "age: expected an integer from 16 to 100, got 12"
};

struct ProfileResult {
  Profile profile;
  std::vector<ProfileError> errors;
  bool ok() const { return errors.empty(); }
};

// Reads {"qualifications": ["FCCA", "Q004", ...], "nationality": "foreign"|"chinese",
// "age": 16..100, "high_tech": bool, "public_institution": bool}. Every key is optional and
// null means "not given". Qualifications are ids, names, abbreviations or aliases (folded);
// an unknown one is an error that suggests the closest catalogue qualification. Unknown keys
// are rejected. Reports every problem, not only the first.
ProfileResult profile_from_json(const Catalogue& catalogue, const nlohmann::json& input);

// {"qualifications": [{id, abbr, name_zh, name_en, urgent, title_equivalent}], "nationality",
//  "age", "high_tech", "public_institution"}; unknown facts are null.
nlohmann::json profile_json(const Catalogue& catalogue, const Profile& profile);

enum class Status { applies, does_not_apply, needs_information };
const char* to_string(Status s);  // "applies", "does_not_apply", "needs_information"

struct ServiceCheck {
  const Service* service = nullptr;
  Status status = Status::needs_information;
  std::string reason_zh, reason_en;
  std::vector<std::string> missing;     // facts to ask for: qualifications, nationality, age, high_tech, ...
  std::vector<std::string> qualifying;  // held qualification ids that meet the service's requirement
};

// How an employer confirms a certificate. talentmatch only reads the catalogue: it never
// verifies a certificate itself.
struct VerificationAdvice {
  bool free = true;
  std::string platform_zh, platform_en;
  std::string statement_zh, statement_en;  // every catalogue qualification can be verified there
  std::vector<std::string> uses_zh, uses_en;
  std::vector<std::string> employer_needs_zh, employer_needs_en;  // what to ask the candidate for
  std::string offline_zh, offline_en;  // talentmatch cannot verify a certificate offline
  std::vector<std::string> qualification_ids;  // the profile's, each verifiable on the platform
};

struct CheckResult {
  std::vector<ServiceCheck> services;  // every service, in catalogue order
  VerificationAdvice verification;
};

// Evaluates every service of the catalogue for the profile. A service applies when a held
// qualification meets its requirement and every condition holds; does not apply when the
// requirement or a condition fails; needs information when a fact it depends on is not given.
CheckResult check(const Catalogue& catalogue, const Profile& profile);

VerificationAdvice verification_advice(const Catalogue& catalogue, const Profile& profile);

// {"profile": ..., "services": [{id, tier, name_zh, name_en, status, reason_zh, reason_en,
//  discretionary, notes_zh, notes_en, missing, qualifying}], "verification": {...}}.
nlohmann::json check_json(const Catalogue& catalogue, const Profile& profile, const CheckResult& result);
nlohmann::json verification_json(const VerificationAdvice& advice);

// What holding one qualification gives, before anything else about the candidate is known.
struct HolderGain {
  const Service* service = nullptr;
  std::string conditions_zh, conditions_en;  // "" when only the qualification counts
};

struct HolderGains {
  const Qualification* qualification = nullptr;
  std::vector<HolderGain> services;  // services whose qualification requirement it meets
  int convenience = 0, upgraded = 0;
  std::string summary_zh, summary_en;
};

HolderGains holder_gains(const Catalogue& catalogue, const Qualification& qualification);

// {qualification_id, convenience, upgraded, summary_zh, summary_en,
//  services: [{id, tier, name_zh, name_en, conditions_zh, conditions_en, discretionary}]}.
nlohmann::json holder_gains_json(const HolderGains& gains);

}  // namespace talentmatch
