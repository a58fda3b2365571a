// The bundled data holds every count and named fact of the 2023-09-04 publication
// (shared/source/facts.md), and claims nothing else as official.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "talentmatch/catalogue.h"
#include "talentmatch/loader.h"
#include "test_support.h"

namespace talentmatch {
namespace {

class facts_test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadResult r = load_catalogue(testing::bundled_sources());
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].to_string());
    catalogue_ = r.catalogue;
  }
  static const Catalogue& c() { return *catalogue_; }

  template <class T, class F>
  static const T* find(const std::vector<T>& items, F pred) {
    auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? nullptr : &*it;
  }
  static const CoreField* field_named(const std::string& zh) {
    return find(c().key.core_fields, [&](const CoreField& f) { return f.name_zh == zh; });
  }
  static const Occupation* occupation_named(const std::string& zh) {
    return find(c().skilled.occupations, [&](const Occupation& o) { return o.name_zh == zh; });
  }
  static const Qualification* qualification_named(const std::string& zh) {
    return find(c().quals.qualifications, [&](const Qualification& q) { return q.name_zh == zh; });
  }

  static std::shared_ptr<const Catalogue> catalogue_;
};
std::shared_ptr<const Catalogue> facts_test::catalogue_;

TEST_F(facts_test, key_industry_catalogue_has_15_industries_52_fields_130_directions_278_positions) {
  EXPECT_EQ(c().key.industries.size(), 15u);
  EXPECT_EQ(c().key.core_fields.size(), 52u);
  EXPECT_EQ(c().key.directions.size(), 130u);
  EXPECT_EQ(c().key.positions.size(), 278u);
}

TEST_F(facts_test, exactly_15_core_fields_have_five_stars_among_them_chip_design_and_fintech_services) {
  auto five = std::count_if(c().key.core_fields.begin(), c().key.core_fields.end(), [](const CoreField& f) { return f.stars == 5; });
  EXPECT_EQ(five, 15);
  for (const char* name : {"芯片设计", "金融科技服务"}) {
    const CoreField* f = field_named(name);
    ASSERT_NE(f, nullptr) << name;
    EXPECT_EQ(f->stars, 5) << name;
    EXPECT_EQ(f->provenance, Provenance::publication) << name;
    EXPECT_TRUE(f->is_illustrative("dimensions")) << name << ": the publication gives no dimension ratings";
  }
}

TEST_F(facts_test, every_position_has_competencies_background_and_a_salary_median) {
  for (const auto& p : c().key.positions) {
    EXPECT_FALSE(p.competencies_zh.empty()) << p.id;
    EXPECT_FALSE(p.majors_zh.empty()) << p.id << ": 专业背景 is new in the 2023 edition";
    EXPECT_GT(p.salary_median, 0) << p.id;
  }
}

TEST_F(facts_test, skilled_catalogue_has_7_categories_58_occupations_18_very_urgent) {
  EXPECT_EQ(c().skilled.categories.size(), 7u);
  EXPECT_EQ(c().skilled.occupations.size(), 58u);
  auto very = std::count_if(c().skilled.occupations.begin(), c().skilled.occupations.end(),
                            [](const Occupation& o) { return o.urgency == 3; });
  EXPECT_EQ(very, 18);
  const UrgencyLevel* top = c().urgency_level(3);
  ASSERT_NE(top, nullptr);
  EXPECT_EQ(top->name_zh, "非常急需紧缺");
  EXPECT_EQ(top->provenance, Provenance::publication);
}

TEST_F(facts_test, pharmaceutical_preparation_and_optical_instrument_inspection_are_very_urgent) {
  for (const char* name : {"药物制剂工", "光学仪器检查工"}) {
    const Occupation* o = occupation_named(name);
    ASSERT_NE(o, nullptr) << name;
    EXPECT_EQ(o->urgency, 3) << name;
    EXPECT_EQ(o->provenance, Provenance::publication) << name;
  }
}

TEST_F(facts_test, digital_solution_designer_metal_heat_treatment_and_health_care_attendant_are_new_in_2023) {
  for (const char* name : {"数字化解决方案设计师", "金属热处理工", "健康照护师"}) {
    const Occupation* o = occupation_named(name);
    ASSERT_NE(o, nullptr) << name;
    EXPECT_TRUE(o->new_in_2023) << name;
    EXPECT_EQ(o->provenance, Provenance::publication) << name;
  }
}

TEST_F(facts_test, qualification_catalogue_3_0_has_122_qualifications_in_12_fields_from_15_countries_and_regions) {
  EXPECT_EQ(c().quals.qualifications.size(), 122u);
  EXPECT_EQ(c().quals.fields.size(), 12u);
  EXPECT_EQ(c().quals.info.edition, "3.0");
  std::set<std::string> regions;
  for (const auto& q : c().quals.qualifications) {
    const Region* r = c().region(q.region_id);
    ASSERT_NE(r, nullptr);
    if (!r->international) regions.insert(r->id);
  }
  EXPECT_EQ(regions.size(), 15u);
  EXPECT_TRUE(regions.count("GB")) << "the publication names the UK";
  EXPECT_TRUE(regions.count("US")) << "the publication names the US";
  EXPECT_TRUE(std::any_of(c().quals.qualifications.begin(), c().quals.qualifications.end(), [&](const Qualification& q) {
    return c().region(q.region_id)->international;
  })) << "international organisations issue some qualifications too";
}

TEST_F(facts_test, science_finance_and_next_generation_it_are_qualification_fields) {
  for (const char* name : {"科技", "金融", "新一代信息技术"}) {
    auto f = find(c().quals.fields, [&](const QualificationField& x) { return x.name_zh == name; });
    ASSERT_NE(f, nullptr) << name;
    EXPECT_EQ(f->provenance, Provenance::publication) << name;
  }
}

TEST_F(facts_test, urgent_list_is_exactly_the_seven_named_qualifications) {
  const std::set<std::string> kept = {"IEEE会士", "IEEE高级会员", "LEED会士", "ACCA资深会员"};
  const std::set<std::string> added = {"ACM会士", "ACM杰出会员", "英国皇家化学会会士"};
  std::set<std::string> urgent;
  for (const auto& q : c().quals.qualifications)
    if (q.urgent) urgent.insert(q.name_zh);
  std::set<std::string> expected = kept;
  expected.insert(added.begin(), added.end());
  EXPECT_EQ(urgent, expected);
  for (const auto& name : kept) EXPECT_EQ(qualification_named(name)->urgent_since, "2.0") << name;
  for (const auto& name : added) EXPECT_EQ(qualification_named(name)->urgent_since, "3.0") << name;
  for (const auto& name : expected) EXPECT_EQ(qualification_named(name)->provenance, Provenance::publication) << name;
  EXPECT_EQ(qualification_named("ACCA资深会员")->abbr, "FCCA");
  EXPECT_EQ(qualification_named("英国皇家化学会会士")->abbr, "FRSC");
}

TEST_F(facts_test, verification_platform_figures_to_end_of_august_2023) {
  const Verification& v = c().quals.verification;
  EXPECT_TRUE(v.free);
  EXPECT_EQ(v.visits, 240000);
  EXPECT_EQ(v.verifications, 1702);
  EXPECT_EQ(v.employers_served, 723);
  EXPECT_EQ(v.professionals_introduced, 190);
}

TEST_F(facts_test, six_convenience_and_six_upgraded_services_from_the_publication) {
  int convenience = 0, upgraded = 0;
  for (const auto& s : c().services.services) {
    EXPECT_EQ(s.provenance, Provenance::publication) << s.id;
    if (s.tier == "convenience") {
      ++convenience;
      EXPECT_NE(s.requires, "urgent_qualification") << s.id;
    } else {
      ++upgraded;
      EXPECT_EQ(s.requires, "urgent_qualification") << s.id;
    }
  }
  EXPECT_EQ(convenience, 6);
  EXPECT_EQ(upgraded, 6);
}

TEST_F(facts_test, work_permit_age_limit_is_65_relaxed_to_70_in_high_end_precision_advanced_fields) {
  bool found = false;
  for (const auto& s : c().services.services)
    for (const auto& cond : s.conditions)
      if (cond.fact == "age") {
        found = true;
        EXPECT_EQ(cond.op, "le");
        EXPECT_EQ(cond.number_value, 65);
        EXPECT_EQ(cond.relaxed_fact, "high_tech");
        EXPECT_EQ(cond.relaxed_value, 70);
      }
  EXPECT_TRUE(found);
}

TEST_F(facts_test, catalogues_are_dated_4_september_2023) {
  EXPECT_EQ(c().key.info.published, "2023-09-04");
  EXPECT_EQ(c().key.info.edition, "2023");
  EXPECT_EQ(c().skilled.info.published, "2023-09-04");
  EXPECT_EQ(c().quals.info.published, "2023-09-04");
  EXPECT_EQ(c().key.info.title_zh, "重点产业领域人力资源开发目录");
  EXPECT_EQ(c().skilled.info.title_zh, "技能人才急需紧缺职业(工种)目录");
  EXPECT_EQ(c().quals.info.title_zh, "北京市境外职业资格认可目录(3.0版)");
}

TEST_F(facts_test, no_salary_figure_is_presented_as_official) {
  for (const auto& p : c().key.positions) EXPECT_TRUE(p.is_illustrative("salary_median")) << p.id;
  for (const auto& o : c().skilled.occupations) EXPECT_TRUE(o.is_illustrative("salary_median")) << o.id;
}

TEST_F(facts_test, only_records_the_publication_names_claim_publication_provenance) {
  const std::set<std::string> named_fields = {"芯片设计", "金融科技服务"};
  for (const auto& f : c().key.core_fields)
    EXPECT_EQ(f.provenance == Provenance::publication, named_fields.count(f.name_zh) == 1) << f.id << " " << f.name_zh;
  for (const auto& p : c().key.positions) EXPECT_EQ(p.provenance, Provenance::illustrative) << p.id;
  for (const auto& d : c().key.directions) EXPECT_EQ(d.provenance, Provenance::illustrative) << d.id;
  const std::set<std::string> named_occupations = {"药物制剂工", "光学仪器检查工", "数字化解决方案设计师", "金属热处理工", "健康照护师"};
  for (const auto& o : c().skilled.occupations)
    EXPECT_EQ(o.provenance == Provenance::publication, named_occupations.count(o.name_zh) == 1) << o.id << " " << o.name_zh;
  for (const auto& q : c().quals.qualifications)
    EXPECT_EQ(q.provenance == Provenance::publication, q.urgent) << q.id << " " << q.name_zh;
}

// An authoring rule for our illustrative ratings (the bureau's formula is not published).
TEST_F(facts_test, illustrative_star_ratings_are_the_rounded_mean_of_their_three_dimensions) {
  for (const auto& f : c().key.core_fields) {
    const Dimensions& d = f.dimensions;
    int rounded = static_cast<int>(std::floor((d.supply_demand + d.training + d.transfer) / 3.0 + 0.5));
    if (f.provenance == Provenance::illustrative) EXPECT_EQ(f.stars, rounded) << f.id;
  }
}

}  // namespace
}  // namespace talentmatch
