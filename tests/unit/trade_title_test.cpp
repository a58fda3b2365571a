// A trade named by its stem and the title's own agent suffix (trade_title.h).
#include <gtest/gtest.h>

#include <string>

#include "trade_title.h"

namespace talentmatch::detail {
namespace {

TEST(trade_title_test, a_stem_is_the_name_without_its_agent_suffix) {
  EXPECT_EQ(trade_stem("消控员"), "消控");
  EXPECT_EQ(trade_stem("景泰蓝掐丝工"), "景泰蓝掐丝");
  EXPECT_EQ(trade_stem("空调维修师傅"), "空调维修");
  EXPECT_EQ(trade_stem("电焊技工"), "电焊");  // 技工 whole, not 工 after 电焊技
  EXPECT_EQ(trade_stem("焊工"), "");          // one character before the suffix
  EXPECT_EQ(trade_stem("导游"), "");          // no agent suffix
  EXPECT_EQ(trade_stem("CNC车工"), "");       // the stem must be Han
}

TEST(trade_title_test, the_role_is_the_titles_leading_han_run) {
  EXPECT_EQ(title_role("消控室值机员（持中级证） 5200-6000/月"), "消控室值机员");
  EXPECT_EQ(title_role("认知症照护专区 护理员 6500-8000元"), "认知症照护专区 护理员");
  EXPECT_EQ(title_role("【急聘】景泰蓝掐丝学徒 包午餐"), "景泰蓝掐丝学徒 包午餐");
  EXPECT_EQ(title_role(" \t\u3000【急聘】 消控室值机员"), "消控室值机员");  // white space of any width
  EXPECT_EQ(title_role("【消控室值机员】"), "消控室值机员");  // a title wholly in brackets is no tag
  EXPECT_EQ(title_role("景泰蓝掐丝学徒  3500元"), "景泰蓝掐丝学徒");  // two spaces end it
  EXPECT_EQ(title_role("Java开发工程师"), "");
  EXPECT_EQ(title_role("【急聘"), "");
  EXPECT_EQ(title_role(std::string(100, ' ')), "");
  EXPECT_EQ(title_role(std::string(3 * 1000, '\xe5')), "");  // invalid UTF-8
  std::string long_title;
  for (int i = 0; i < 1000; ++i) long_title += "消";
  EXPECT_EQ(title_role(long_title).size(), 60u * 3);  // at most 60 characters
}

TEST(trade_title_test, a_title_names_a_trade_when_its_stem_comes_shortly_before_an_agent_suffix) {
  EXPECT_EQ(AgentRuns("消控室值机员").gap("消控", 4), 3u);
  EXPECT_EQ(AgentRuns("固体制剂车间操作工").gap("制剂", 4), 4u);
  EXPECT_EQ(AgentRuns("景泰蓝掐丝学徒").gap("景泰蓝掐丝", 4), 0u);              // 学徒 is the title's own
  EXPECT_EQ(AgentRuns("认知症照护专区 护理员").gap("认知症照护", 4), 4u);       // spaces do not count
  EXPECT_EQ(AgentRuns("景泰蓝掐丝学徒 包午餐").gap("景泰蓝掐丝", 4), 0u);       // any run may end the role
  EXPECT_FALSE(AgentRuns("消控室值机员").gap("消控", 2));            // the gap is 3
  EXPECT_FALSE(AgentRuns("制剂研发工程师").gap("制剂", 4));          // 师 alone is no trade's
  EXPECT_FALSE(AgentRuns("护理质控专员").gap("护理", 4));            // an office role
  EXPECT_FALSE(AgentRuns("养老院护理部主管").gap("养老院护理", 4));  // no agent suffix
  EXPECT_FALSE(AgentRuns("消控员").gap("消控员", 4));                // nothing after the stem
  EXPECT_FALSE(AgentRuns("").gap("消控", 4));
}

}  // namespace
}  // namespace talentmatch::detail
