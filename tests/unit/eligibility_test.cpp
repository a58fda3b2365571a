// The service rules at their boundaries, profile input errors, verification advice and what
// a holder gains — on the fixture catalogue, plus a few checks on the bundled data.
#include "talentmatch/eligibility.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "qualification_fixture.h"
#include "talentmatch/text.h"

using nlohmann::json;
using namespace talentmatch;
using talentmatch::testing::bundled_catalogue;
using talentmatch::testing::qualification_fixture;

namespace {

Profile profile_of(const json& input, const Catalogue& c = qualification_fixture()) {
  ProfileResult r = profile_from_json(c, input);
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].to_string());
  return r.profile;
}

ServiceCheck service_check(const json& input, const std::string& service_id,
                           const Catalogue& c = qualification_fixture()) {
  CheckResult result = check(c, profile_of(input, c));
  for (const auto& s : result.services)
    if (s.service->id == service_id) return s;
  ADD_FAILURE() << "no service " << service_id;
  return {};
}

std::vector<ProfileError> errors_of(const json& input) {
  return profile_from_json(qualification_fixture(), input).errors;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

json foreign_fcca(int age) { return {{"qualifications", {"FCCA"}}, {"nationality", "foreign"}, {"age", age}}; }

json with(json base, const char* key, const json& value) {
  base[key] = value;
  return base;
}

}  // namespace

// --- the work permit age limit: 65, relaxed to 70 in a 高精尖 field --------------------------

TEST(eligibility_test, work_permit_applies_at_65_without_high_tech) {
  auto s = service_check(with(foreign_fcca(65), "high_tech", false), "C1");
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_TRUE(contains(s.reason_en, "age limit 65; candidate is 65")) << s.reason_en;
}

TEST(eligibility_test, work_permit_does_not_apply_at_66_outside_high_tech_fields) {
  auto s = service_check(with(foreign_fcca(66), "high_tech", false), "C1");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_en, "70 only when the employer is in a 高精尖 field")) << s.reason_en;
  EXPECT_TRUE(contains(s.reason_en, "candidate is 66")) << s.reason_en;
}

TEST(eligibility_test, work_permit_at_65_does_not_ask_about_the_employer) {
  auto s = service_check(foreign_fcca(65), "C1");
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_TRUE(s.missing.empty());
}

TEST(eligibility_test, work_permit_at_66_needs_to_know_whether_the_employer_is_high_tech) {
  auto s = service_check(foreign_fcca(66), "C1");
  EXPECT_EQ(s.status, Status::needs_information);
  EXPECT_EQ(s.missing, std::vector<std::string>{"high_tech"});
  EXPECT_TRUE(contains(s.reason_en, "relaxed to 70 when the employer is in a 高精尖 field")) << s.reason_en;
}

TEST(eligibility_test, work_permit_age_limit_relaxed_to_70_in_high_tech_field) {
  auto s = service_check(with(foreign_fcca(68), "high_tech", true), "C1");
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_TRUE(contains(s.reason_en, "age limit relaxed to 70 because the employer is in a 高精尖 field; candidate is 68"))
      << s.reason_en;
  EXPECT_TRUE(contains(s.reason_zh, "年龄上限放宽至70周岁；候选人68周岁")) << s.reason_zh;
  EXPECT_EQ(service_check(with(foreign_fcca(70), "high_tech", true), "C1").status, Status::applies);
}

TEST(eligibility_test, work_permit_does_not_apply_at_71_even_in_high_tech_field) {
  auto s = service_check(with(foreign_fcca(71), "high_tech", true), "C1");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_en, "but the candidate is 71")) << s.reason_en;
}

TEST(eligibility_test, work_permit_at_71_does_not_apply_whatever_the_employer) {
  auto s = service_check(foreign_fcca(71), "C1");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(s.missing.empty());
}

TEST(eligibility_test, work_permit_needs_the_age_when_not_given) {
  auto s = service_check({{"qualifications", {"FCCA"}}, {"nationality", "foreign"}}, "C1");
  EXPECT_EQ(s.status, Status::needs_information);
  EXPECT_EQ(s.missing, std::vector<std::string>{"age"});
  EXPECT_TRUE(contains(s.reason_en, "the candidate's age")) << s.reason_en;
}

// --- nationality ------------------------------------------------------------------------------

TEST(eligibility_test, foreign_only_services_do_not_apply_to_chinese_nationals) {
  json chinese = {{"qualifications", {"FCCA"}}, {"nationality", "chinese"}, {"age", 40}};
  auto permit = service_check(chinese, "C1");
  EXPECT_EQ(permit.status, Status::does_not_apply);
  EXPECT_TRUE(contains(permit.reason_en, "only for foreign nationals; the candidate is a Chinese national"));
  EXPECT_EQ(service_check(chinese, "C2").status, Status::does_not_apply);
  EXPECT_EQ(service_check(chinese, "C3").status, Status::applies);
  EXPECT_EQ(service_check(chinese, "U4").status, Status::applies);
  EXPECT_EQ(service_check(chinese, "U3").status, Status::does_not_apply);
}

TEST(eligibility_test, chinese_only_services_do_not_apply_to_foreign_nationals) {
  auto s = service_check(foreign_fcca(40), "C3");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_zh, "仅限中国籍人员；候选人为外籍人员")) << s.reason_zh;
}

TEST(eligibility_test, missing_nationality_needs_information_only_where_it_matters) {
  json input = {{"qualifications", {"FCCA"}}, {"age", 40}};
  for (const char* id : {"C1", "C2", "C3", "U3", "U4"}) {
    auto s = service_check(input, id);
    EXPECT_EQ(s.status, Status::needs_information) << id;
    EXPECT_EQ(s.missing, std::vector<std::string>{"nationality"}) << id;
  }
  EXPECT_EQ(service_check(input, "C4").status, Status::applies);
}

// --- the qualification requirement: any, urgent, title-equivalent ---------------------------

TEST(eligibility_test, talent_visa_needs_an_urgent_list_qualification) {
  auto s = service_check({{"qualifications", {"CFA"}}, {"nationality", "foreign"}}, "U3");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_en, "Talent visa confirmation letter"));
  EXPECT_TRUE(contains(s.reason_en, "needs an urgent-list qualification; CFA is not on it")) << s.reason_en;
  EXPECT_TRUE(contains(s.reason_zh, "CFA 不在该目录内")) << s.reason_zh;
}

TEST(eligibility_test, urgent_list_qualification_unlocks_the_upgraded_services) {
  auto s = service_check(foreign_fcca(40), "U3");
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_EQ(s.qualifying, std::vector<std::string>{"Q001"});
  EXPECT_TRUE(contains(s.reason_en, "FCCA is on the urgent list")) << s.reason_en;
}

TEST(eligibility_test, any_catalogue_qualification_gives_the_convenience_services) {
  json input = {{"qualifications", {"CISSP"}}, {"nationality", "foreign"}, {"age", 40}};
  EXPECT_EQ(service_check(input, "C1").status, Status::applies);
  EXPECT_EQ(service_check(input, "C4").status, Status::applies);
  EXPECT_EQ(service_check(input, "U1").status, Status::does_not_apply);
}

TEST(eligibility_test, title_correspondence_needs_a_title_equivalent_qualification) {
  auto cissp = service_check({{"qualifications", {"CISSP"}}}, "C6");
  EXPECT_EQ(cissp.status, Status::does_not_apply);
  EXPECT_TRUE(contains(cissp.reason_en, "intermediate professional title (中级职称); CISSP does not")) << cissp.reason_en;
  EXPECT_EQ(service_check({{"qualifications", {"CFA"}}}, "C6").status, Status::applies);
  // Urgent but without title correspondence: the upgraded services apply, C6 does not.
  EXPECT_EQ(service_check({{"qualifications", {"IEEE Fellow"}}}, "C6").status, Status::does_not_apply);
  EXPECT_EQ(service_check({{"qualifications", {"IEEE Fellow"}}}, "U1").status, Status::applies);
}

TEST(eligibility_test, several_non_urgent_qualifications_are_all_named) {
  auto s = service_check({{"qualifications", {"CFA", "CISSP"}}, {"nationality", "foreign"}}, "U3");
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_en, "CFA and CISSP are not on it")) << s.reason_en;
}

TEST(eligibility_test, one_urgent_qualification_among_several_is_enough) {
  auto s = service_check({{"qualifications", {"CFA", "FCCA"}}, {"nationality", "foreign"}}, "U3");
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_EQ(s.qualifying, std::vector<std::string>{"Q001"});
}

TEST(eligibility_test, no_qualification_given_needs_the_qualifications) {
  auto s = service_check({{"nationality", "foreign"}}, "C4");
  EXPECT_EQ(s.status, Status::needs_information);
  EXPECT_EQ(s.missing, std::vector<std::string>{"qualifications"});
}

TEST(eligibility_test, a_failing_condition_outweighs_missing_information) {
  // Chinese national, qualifications unknown: C1 cannot apply whatever they hold.
  EXPECT_EQ(service_check({{"nationality", "chinese"}}, "C1").status, Status::does_not_apply);
}

// --- employer facts and other operators --------------------------------------------------------

TEST(eligibility_test, public_institution_condition_at_each_value) {
  json base = {{"qualifications", {"FCCA"}}};
  auto yes = service_check(with(base, "public_institution", true), "U2");
  EXPECT_EQ(yes.status, Status::applies);
  auto no = service_check(with(base, "public_institution", false), "U2");
  EXPECT_EQ(no.status, Status::does_not_apply);
  EXPECT_TRUE(contains(no.reason_en, "only when the employer is a public institution (事业单位)")) << no.reason_en;
  auto unknown = service_check(base, "U2");
  EXPECT_EQ(unknown.status, Status::needs_information);
  EXPECT_EQ(unknown.missing, std::vector<std::string>{"public_institution"});
}

TEST(eligibility_test, minimum_age_and_false_valued_conditions_come_from_the_data) {
  json base = {{"qualifications", {"CFA"}}, {"high_tech", false}};
  auto young = service_check(with(base, "age", 17), "X1");
  EXPECT_EQ(young.status, Status::does_not_apply);
  EXPECT_TRUE(contains(young.reason_en, "minimum age 18; candidate is 17")) << young.reason_en;
  EXPECT_EQ(service_check(with(base, "age", 18), "X1").status, Status::applies);
  EXPECT_EQ(service_check(with(with(base, "age", 18), "high_tech", true), "X1").status, Status::does_not_apply);
}

TEST(eligibility_test, discretionary_services_say_they_are_subject_to_assessment) {
  auto granted = service_check(foreign_fcca(40), "U1");
  EXPECT_EQ(granted.status, Status::applies);
  EXPECT_TRUE(contains(granted.reason_en, "subject to the authorities' assessment")) << granted.reason_en;
  EXPECT_TRUE(contains(granted.reason_zh, "须经有关部门评估认定")) << granted.reason_zh;
  auto refused = service_check({{"qualifications", {"CFA"}}}, "U1");
  EXPECT_FALSE(contains(refused.reason_en, "assessment")) << refused.reason_en;
  auto automatic = service_check(foreign_fcca(40), "U5");
  EXPECT_FALSE(contains(automatic.reason_en, "assessment")) << automatic.reason_en;
}

TEST(eligibility_test, every_service_is_evaluated_in_catalogue_order) {
  const Catalogue& c = qualification_fixture();
  CheckResult r = check(c, profile_of(foreign_fcca(40)));
  ASSERT_EQ(r.services.size(), c.services.services.size());
  for (std::size_t i = 0; i < r.services.size(); ++i) {
    EXPECT_EQ(r.services[i].service->id, c.services.services[i].id);
    EXPECT_FALSE(r.services[i].reason_zh.empty());
    EXPECT_FALSE(r.services[i].reason_en.empty());
  }
}

// --- profile input ------------------------------------------------------------------------------

TEST(eligibility_test, profile_reads_every_fact) {
  Profile p = profile_of({{"qualifications", {"FCCA"}}, {"nationality", "foreign"}, {"age", 68},
                          {"high_tech", true}, {"public_institution", false}});
  EXPECT_EQ(p.qualification_ids, std::vector<std::string>{"Q001"});
  EXPECT_EQ(p.nationality, Nationality::foreign);
  EXPECT_EQ(p.age, 68);
  EXPECT_EQ(p.high_tech, true);
  EXPECT_EQ(p.public_institution, false);
}

TEST(eligibility_test, profile_resolves_names_abbreviations_and_ids_once_each) {
  Profile p = profile_of({{"qualifications", {"ACCA 资深会员", "ＣＦＡ", "Q004", "fcca"}}});
  EXPECT_EQ(p.qualification_ids, (std::vector<std::string>{"Q001", "Q004"}));
}

TEST(eligibility_test, profile_null_means_not_given) {
  Profile p = profile_of({{"age", nullptr}, {"nationality", nullptr}, {"high_tech", nullptr}});
  EXPECT_FALSE(p.age);
  EXPECT_FALSE(p.nationality);
  EXPECT_FALSE(p.high_tech);
}

TEST(eligibility_test, profile_age_must_be_an_integer_from_16_to_100) {
  EXPECT_TRUE(errors_of({{"age", 16}}).empty());
  EXPECT_TRUE(errors_of({{"age", 100}}).empty());
  for (const json& bad : {json(15), json(101), json(-3), json("68"), json(68.5), json(true)}) {
    auto errors = errors_of({{"age", bad}});
    ASSERT_EQ(errors.size(), 1u) << bad.dump();
    EXPECT_EQ(errors[0].key, "age");
    EXPECT_TRUE(contains(errors[0].message, "expected an integer from 16 to 100")) << errors[0].message;
    EXPECT_TRUE(contains(errors[0].message, bad.dump())) << errors[0].message;
  }
}

TEST(eligibility_test, profile_nationality_is_foreign_or_chinese) {
  EXPECT_TRUE(errors_of({{"nationality", "Foreign"}}).empty());
  auto errors = errors_of({{"nationality", "martian"}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "nationality: expected \"foreign\" or \"chinese\", got \"martian\"");
}

// A long value is shortened in the message on a character boundary: cutting at a byte count split
// a Chinese character and made the message invalid UTF-8 (found by fuzz_engine_call).
TEST(eligibility_test, a_long_value_is_shortened_without_splitting_a_character) {
  const std::string value = "foreignqualificationCx计工程师熟悉外籍人员";  // byte 37 falls inside 熟
  auto errors = errors_of({{"nationality", value}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(is_valid_utf8(errors[0].message)) << errors[0].message;
  EXPECT_TRUE(contains(errors[0].message, "got \"foreignqualificationCx计工程师...")) << errors[0].message;
  EXPECT_TRUE(contains(errors[0].message, "...")) << errors[0].message;
}

TEST(eligibility_test, profile_flags_must_be_booleans) {
  auto errors = errors_of({{"high_tech", "yes"}, {"public_institution", 1}});
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].to_string(), "high_tech: expected true or false, got \"yes\"");
  EXPECT_EQ(errors[1].key, "public_institution");
}

TEST(eligibility_test, profile_rejects_unknown_keys) {
  auto errors = errors_of({{"salary", 100}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "salary");
  EXPECT_TRUE(contains(errors[0].message, "unknown key"));
}

TEST(eligibility_test, profile_unknown_qualification_suggests_the_closest) {
  auto errors = errors_of({{"qualifications", {"FCCA", "CISPP"}}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "qualifications[1]");
  EXPECT_TRUE(contains(errors[0].message, "unknown qualification \"CISPP\"")) << errors[0].message;
  EXPECT_TRUE(contains(errors[0].message, "did you mean \"CISSP\"")) << errors[0].message;
}

TEST(eligibility_test, profile_qualifications_must_be_a_list_of_strings) {
  auto not_list = errors_of({{"qualifications", "FCCA"}});
  ASSERT_EQ(not_list.size(), 1u);
  EXPECT_TRUE(contains(not_list[0].message, "expected an array")) << not_list[0].message;
  auto not_string = errors_of({{"qualifications", {42}}});
  ASSERT_EQ(not_string.size(), 1u);
  EXPECT_EQ(not_string[0].key, "qualifications[0]");
  json many = json::array();
  for (int i = 0; i < 51; ++i) many.push_back("FCCA");
  EXPECT_TRUE(contains(errors_of({{"qualifications", many}})[0].message, "at most 50"));
}

TEST(eligibility_test, profile_must_be_an_object_and_reports_every_problem) {
  EXPECT_EQ(errors_of(json::array()).size(), 1u);
  EXPECT_EQ(errors_of({{"age", 5}, {"nationality", "x"}, {"colour", "red"}}).size(), 3u);
}

// --- verification -----------------------------------------------------------------------------------

TEST(eligibility_test, verification_says_every_qualification_is_verifiable_free_on_the_platform) {
  const Catalogue& c = qualification_fixture();
  VerificationAdvice v = check(c, profile_of(foreign_fcca(40))).verification;
  EXPECT_TRUE(v.free);
  EXPECT_TRUE(contains(v.statement_en, "All 8 qualifications")) << v.statement_en;
  EXPECT_TRUE(contains(v.statement_en, "free of charge on the Beijing Overseas Professional Qualification")) << v.statement_en;
  EXPECT_TRUE(contains(v.statement_zh, "北京市境外职业资格查询验证服务平台免费查询验证")) << v.statement_zh;
  EXPECT_EQ(v.qualification_ids, std::vector<std::string>{"Q001"});
}

TEST(eligibility_test, verification_lists_what_the_employer_needs_and_never_claims_to_verify) {
  const Catalogue& c = qualification_fixture();
  VerificationAdvice foreign = verification_advice(c, profile_of(foreign_fcca(40)));
  ASSERT_EQ(foreign.employer_needs_en.size(), 3u);
  EXPECT_TRUE(contains(foreign.employer_needs_en[0], "certificate"));
  EXPECT_EQ(foreign.employer_needs_en[1], "the candidate's passport");
  EXPECT_TRUE(contains(foreign.employer_needs_en[2], "consent"));
  VerificationAdvice chinese = verification_advice(c, profile_of({{"nationality", "chinese"}}));
  EXPECT_EQ(chinese.employer_needs_en[1], "the candidate's ID card");
  EXPECT_TRUE(contains(foreign.offline_en, "cannot verify a certificate offline"));
  json j = verification_json(foreign);
  EXPECT_EQ(j["verified_by_talentmatch"], false);
}

// --- JSON shape -----------------------------------------------------------------------------------------

TEST(eligibility_test, check_json_has_profile_services_and_verification) {
  const Catalogue& c = qualification_fixture();
  Profile p = profile_of(with(foreign_fcca(68), "high_tech", true));
  json j = check_json(c, p, check(c, p));
  EXPECT_EQ(j["profile"]["age"], 68);
  EXPECT_EQ(j["profile"]["nationality"], "foreign");
  EXPECT_TRUE(j["profile"]["public_institution"].is_null());
  EXPECT_EQ(j["profile"]["qualifications"][0]["id"], "Q001");
  ASSERT_EQ(j["services"].size(), c.services.services.size());
  for (const auto& s : j["services"])
    for (const char* key : {"id", "tier", "name_zh", "name_en", "status", "reason_zh", "reason_en"})
      EXPECT_TRUE(s.contains(key)) << key;
  EXPECT_EQ(j["services"][0]["status"], "applies");
  EXPECT_TRUE(j["verification"].contains("employer_needs_en"));
}

// --- what a holder gains -------------------------------------------------------------------------------------

TEST(eligibility_test, holder_of_an_urgent_qualification_gains_both_tiers) {
  const Catalogue& c = qualification_fixture();
  HolderGains g = holder_gains(c, *c.qualification("Q001"));
  EXPECT_EQ(g.convenience, 7);  // C1–C6 and the fixture's X1
  EXPECT_EQ(g.upgraded, 6);
  auto c1 = std::find_if(g.services.begin(), g.services.end(), [](const HolderGain& s) { return s.service->id == "C1"; });
  ASSERT_NE(c1, g.services.end());
  EXPECT_EQ(c1->conditions_en, "foreign nationals only; age 65 or under (70 when the employer is in a 高精尖 field)");
  EXPECT_TRUE(contains(g.summary_en, "FCCA (urgent list): 7 convenience and 6 upgraded services")) << g.summary_en;
}

TEST(eligibility_test, holder_of_a_plain_qualification_gains_only_convenience_services) {
  const Catalogue& c = qualification_fixture();
  HolderGains g = holder_gains(c, *c.qualification("Q005"));  // CISSP: no title correspondence
  EXPECT_EQ(g.upgraded, 0);
  EXPECT_EQ(g.convenience, 6);
  for (const auto& s : g.services) EXPECT_NE(s.service->id, "C6");
  json j = holder_gains_json(g);
  EXPECT_EQ(j["qualification_id"], "Q005");
  EXPECT_EQ(j["services"].size(), 6u);
}

// --- the bundled catalogue -----------------------------------------------------------------------------------

TEST(eligibility_test, bundled_work_permit_for_a_68_year_old_fcca_in_a_high_tech_field) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  auto s = service_check(with(foreign_fcca(68), "high_tech", true), "C1", *c);
  EXPECT_EQ(s.status, Status::applies);
  EXPECT_TRUE(contains(s.reason_en, "age limit relaxed to 70 because the employer is in a 高精尖 field; candidate is 68"));
  EXPECT_EQ(service_check(with(foreign_fcca(66), "high_tech", false), "C1", *c).status, Status::does_not_apply);
}

TEST(eligibility_test, bundled_cfa_holder_gets_no_talent_visa_letter) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  auto s = service_check({{"qualifications", {"CFA"}}, {"nationality", "foreign"}}, "U3", *c);
  EXPECT_EQ(s.status, Status::does_not_apply);
  EXPECT_TRUE(contains(s.reason_en, "needs an urgent-list qualification; CFA is not on it")) << s.reason_en;
}

TEST(eligibility_test, bundled_check_covers_the_12_services_and_all_122_qualifications) {
  auto c = bundled_catalogue();
  if (!c) GTEST_SKIP() << "bundled data not present";
  CheckResult r = check(*c, profile_of({{"qualifications", {"FCCA"}}}, *c));
  EXPECT_EQ(r.services.size(), 12u);
  EXPECT_TRUE(contains(r.verification.statement_en, "All 122 qualifications")) << r.verification.statement_en;
  ASSERT_EQ(r.verification.qualification_ids.size(), 1u);
  HolderGains g = holder_gains(*c, *c->qualification(r.verification.qualification_ids[0]));
  EXPECT_EQ(g.convenience, 6);
  EXPECT_EQ(g.upgraded, 6);
}
