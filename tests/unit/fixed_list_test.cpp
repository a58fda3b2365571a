// FixedList: the explanation's in-place short lists (a term's fields and spans).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "talentmatch/fixed_list.h"

namespace talentmatch {
namespace {

TEST(fixed_list_test, keeps_values_in_order_like_a_vector) {
  FixedList<int, 4> list;
  EXPECT_TRUE(list.empty());
  list.push_back(3);
  list.push_back(1);
  list.push_back(2);
  EXPECT_EQ(list.size(), 3u);
  EXPECT_EQ(std::vector<int>(list.begin(), list.end()), (std::vector<int>{3, 1, 2}));
  EXPECT_EQ(list[1], 1);
}

TEST(fixed_list_test, a_full_list_keeps_its_first_values) {
  FixedList<std::string, 2> list;
  for (const char* s : {"title", "aliases", "competencies"}) list.push_back(s);
  EXPECT_EQ(list.size(), 2u);
  EXPECT_EQ(list.capacity(), 2u);
  EXPECT_EQ(std::vector<std::string>(list.begin(), list.end()), (std::vector<std::string>{"title", "aliases"}));
}

}  // namespace
}  // namespace talentmatch
