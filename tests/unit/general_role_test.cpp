// General roles in a posting's title, and whether a position's names go beyond them (general_role.h).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "general_role.h"

namespace talentmatch::detail {
namespace {

std::string role_of(std::string_view title) {
  const std::optional<GeneralRole> g = general_role(title);
  return g ? std::string(g->text) : std::string("-");
}

bool names_beyond(std::vector<std::string> names, std::string_view title) {
  const std::optional<GeneralRole> g = general_role(title);
  if (!g) ADD_FAILURE() << "no general role in " << title;
  std::vector<const std::string*> pointers;
  for (const std::string& n : names) pointers.push_back(&n);
  return g && names_beyond_role(pointers, title, *g);
}

TEST(general_role_test, the_role_is_read_up_to_a_bracket_digit_separator_or_pay_word) {
  EXPECT_EQ(role_of("大客户销售经理（芯片原厂）25-40K+提成 深圳·南山"), "销售经理");
  EXPECT_EQ(role_of("华北区大客户经理"), "大客户经理");  // the longest, not 客户经理
  EXPECT_EQ(role_of("初中数学教师 年薪12-18万 郑州"), "数学教师");
  EXPECT_EQ(role_of("小学语文老师 8-12K"), "语文老师");
  EXPECT_EQ(role_of("跨境电商客服（英语）6-8K"), "客服");
  EXPECT_EQ(role_of("会计/出纳 6-8K"), "会计");
  EXPECT_EQ(role_of("【急聘】前台"), "前台");
  EXPECT_EQ(role_of("Office Manager – Management Consulting Firm"), "Office Manager");
  EXPECT_EQ(role_of("HR Business Partner | Shanghai"), "HR Business Partner");
  EXPECT_EQ(role_of("Sales Manager 大客户销售经理（消费电子）"), "销售经理");
  EXPECT_EQ(role_of("Senior Key Account Manager - EV Charging"), "Key Account Manager");
  EXPECT_EQ(role_of("【急聘】【五险一金】销售经理"), "销售经理");  // every leading tag
  EXPECT_EQ(role_of("B2B Sales Manager"), "Sales Manager");    // a digit inside a Latin word
  EXPECT_EQ(role_of("K12数学老师"), "数学老师");
  EXPECT_EQ(role_of("招聘hr"), "hr");                           // Latin roles in any case
  EXPECT_EQ(role_of("bd经理"), "bd经理");
}

TEST(general_role_test, a_specialist_title_has_no_general_role) {
  EXPECT_EQ(role_of("智能客服 算法工程师"), "-");   // the role is the last word: 工程师
  EXPECT_EQ(role_of("数字IC设计工程师"), "-");
  EXPECT_EQ(role_of("就业指导老师"), "-");          // not a school subject
  EXPECT_EQ(role_of("Linux Kernel Driver Engineer"), "-");
  EXPECT_EQ(role_of("XHR"), "-");                   // a Latin role must start a word
  EXPECT_EQ(role_of("Cloud Pre-sales Manager"), "-");  // pre-sales is one word
  EXPECT_EQ(role_of("Tax Accountant"), "Accountant");  // a role; whether a position says more is names_beyond_role's
  // A label before a colon is not the role: 招聘：… is hiring for what follows.
  EXPECT_EQ(role_of("招聘：高职院校机电一体化技术专业专任教师（人事代理）"), "-");
  EXPECT_EQ(role_of("职位：前台"), "前台");
  EXPECT_EQ(role_of(""), "-");
  EXPECT_EQ(role_of("（）"), "-");
  EXPECT_EQ(role_of(std::string(3 * 1000, '\xe5')), "-");  // invalid UTF-8
  // A role runs 48 characters at most: one longer with no stop may be a title cut short, whose
  // end is no ending (the matcher cuts a first line at 60); a 10 000-character line is not read.
  std::string cut;
  for (int i = 0; i < 29; ++i) cut += "高级";
  EXPECT_EQ(role_of(cut + "销售"), "-");
  EXPECT_EQ(role_of(std::string(10000, 'x') + " Sales Manager"), "-");
  EXPECT_EQ(role_of(std::string(30, 'x') + " Sales Manager"), "Sales Manager");
}

TEST(general_role_test, a_name_goes_beyond_the_role_when_the_title_says_what_it_adds) {
  // 物流销售经理 adds 物流; the title must say it outside 销售经理.
  EXPECT_TRUE(names_beyond({"物流销售经理"}, "物流大客户销售经理"));
  EXPECT_TRUE(names_beyond({"物流销售经理"}, "销售经理（国际物流）"));
  EXPECT_FALSE(names_beyond({"物流销售经理"}, "大客户销售经理（芯片原厂）"));
  // 国际学校学科教师 adds 国际, 学校, 学科: half of them at least; 学校 alone is chance.
  EXPECT_TRUE(names_beyond({"国际学校学科教师"}, "国际学校数学教师"));
  EXPECT_FALSE(names_beyond({"国际学校学科教师"}, "初中数学教师（民办学校）"));
  EXPECT_TRUE(names_beyond({"IB教师"}, "IB数学老师"));  // 老师 is 教师; Latin words count whole
  EXPECT_FALSE(names_beyond({"IB教师"}, "数学老师（LIBRARY）"));
  // A name with another role noun does not name a sales manager, whatever it shares.
  EXPECT_FALSE(names_beyond({"机器人应用工程师", "机器人集成工程师"}, "大客户销售经理（工业机器人）"));
  // English: the shared noun is whole words.
  EXPECT_TRUE(names_beyond({"Tax Accountant"}, "Tax Accountant"));
  EXPECT_FALSE(names_beyond({"Finance Business Partner"}, "HR Business Partner – Technology"));
  EXPECT_TRUE(names_beyond({"Finance Business Partner"}, "Finance HR Business Partner"));
  // A name that is the role itself is named by the title.
  EXPECT_TRUE(names_beyond({"客服"}, "跨境电商客服"));
}

TEST(general_role_test, what_a_name_adds_is_read_from_its_own_noun_not_from_what_it_happens_to_share) {
  // What a name adds is more than the characters it shares with the role: 税务会计 and 财务会计
  // share 务会计, and 税 must still be in the title; M&A Manager adds M and A.
  EXPECT_FALSE(names_beyond({"税务会计"}, "财务会计"));
  EXPECT_TRUE(names_beyond({"税务会计"}, "财务会计（税务方向）"));
  EXPECT_FALSE(names_beyond({"M&A Manager"}, "Sales Manager"));
  EXPECT_FALSE(names_beyond({"寻源经理"}, "人力资源经理"));
  // A name whose own noun is a word of the role: Logistics Sales Manager is International
  // Logistics Sales' (half of international, logistics); a chip firm's sales manager is not.
  EXPECT_TRUE(names_beyond({"International Logistics Sales"}, "Logistics Sales Manager"));
  EXPECT_FALSE(names_beyond({"International Logistics Sales"}, "Sales Manager (MCU)"));
  EXPECT_TRUE(names_beyond({"国际物流销售"}, "物流销售经理（海运）"));
  EXPECT_FALSE(names_beyond({"国际物流销售"}, "大客户销售经理（芯片）"));
}

}  // namespace
}  // namespace talentmatch::detail
