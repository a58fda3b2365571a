// The matcher on a small fixture catalogue (ranking, explanation offsets, qualifications, salary,
// bad input, linear work) and on the bundled catalogue (its calibrated decisions).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lexicon.h"
#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"
#include "talentmatch/text.h"

namespace talentmatch {
namespace {

std::shared_ptr<const Catalogue> load(const std::string& dir) {
  std::vector<LoadError> errors;
  LoadResult r = load_catalogue(read_sources(bundled_files(dir), errors));
  for (const auto& e : errors) ADD_FAILURE() << e.to_string();
  for (const auto& e : r.errors) ADD_FAILURE() << e.to_string();
  return r.catalogue;
}

const Matcher& fixture() {
  static Matcher m(load(std::string(TALENTMATCH_TEST_DIR) + "/unit/fixtures_matcher"));
  return m;
}

std::shared_ptr<const Catalogue> bundled_catalogue() {
  static std::shared_ptr<const Catalogue> c = load(TALENTMATCH_DATA_DIR);
  return c;
}

const Matcher& bundled() {
  static Matcher m(bundled_catalogue());
  return m;
}

// The bundled catalogue with one tuning constant changed.
Matcher bundled_with(const char* name, double value) {
  MatcherTuning t;
  EXPECT_TRUE(t.set(name, value)) << name;
  return Matcher(bundled_catalogue(), t);
}

MatchResult match_text(const Matcher& m, const std::string& text) {
  PostingInput p;
  p.text = text;
  return m.match(p);
}

std::string slice(const std::string& text, const TextSpan& s) { return text.substr(s.begin, s.end - s.begin); }

std::u16string utf16(const std::string& s) {
  std::u16string out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = next_code_point(s, pos);
    if (c >= 0x10000) {
      out += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(c);
    }
  }
  return out;
}

std::vector<std::string> qualification_ids(const MatchResult& r) {
  std::vector<std::string> ids;
  for (const auto& q : r.qualifications) ids.push_back(q.qualification->id);
  return ids;
}

const char* const kDigitalIc =
    "高级数字IC设计工程师\n"
    "岗位职责：负责模块的RTL设计，使用Verilog完成编码，配合完成综合与时序分析。\n"
    "任职要求：微电子相关专业，25-40K·14薪。";

TEST(matcher_test, a_title_naming_a_position_ranks_it_first) {
  MatchResult r = match_text(fixture(), kDigitalIc);
  ASSERT_FALSE(r.positions.empty());
  EXPECT_EQ(r.positions[0].position->id, "P001");
  EXPECT_EQ(r.positions[0].field->id, "F01");
  EXPECT_EQ(r.positions[0].industry->id, "I01");
  EXPECT_GT(r.positions[0].score, r.positions[1].score);
}

TEST(matcher_test, the_title_line_weighs_more_than_the_body) {
  MatchResult r = match_text(fixture(), "量化研究员\n团队也招芯片设计工程师、芯片验证工程师，熟悉Verilog与UVM者可内推。");
  ASSERT_FALSE(r.positions.empty());
  EXPECT_EQ(r.positions[0].position->id, "P003");
}

TEST(matcher_test, explanation_offsets_point_at_the_matched_text_in_bytes_and_utf16_units) {
  const std::string text = std::string("🎨 ") + kDigitalIc;  // an emoji shifts UTF-16 and byte offsets apart
  MatchResult r = match_text(fixture(), text);
  ASSERT_FALSE(r.explanations.empty());
  const std::u16string u16 = utf16(text);
  const RecordExplanation& x = r.explanations[0];
  EXPECT_EQ(x.id, "P001");
  ASSERT_FALSE(x.terms.empty());
  for (const auto& t : x.terms) {
    ASSERT_FALSE(t.spans.empty());
    for (const auto& s : t.spans) {
      EXPECT_STREQ(s.field, "text");
      EXPECT_EQ(utf16(slice(text, s)), u16.substr(s.begin_u16, s.end_u16 - s.begin_u16));
    }
    EXPECT_EQ(slice(text, t.spans[0]), t.text);
    EXPECT_FALSE(t.fields.empty());
  }
  EXPECT_STREQ(x.terms[0].kind, "phrase");  // a catalogue phrase in the title counts most
  EXPECT_TRUE(x.terms[0].in_title);
  for (const auto& h : x.highlights) EXPECT_LT(h.begin, h.end);
  ASSERT_TRUE(r.title.has_value());
  EXPECT_EQ(slice(text, *r.title), "🎨 高级数字IC设计工程师");
}

TEST(matcher_test, structured_fields_are_matched_with_offsets_into_their_own_field) {
  PostingInput p;
  p.title = "芯片验证工程师";
  p.description = "基于UVM搭建验证平台，完成覆盖率收敛。";
  p.salary = "30-45K";
  MatchResult r = fixture().match(p);
  ASSERT_FALSE(r.positions.empty());
  EXPECT_EQ(r.positions[0].position->id, "P002");
  bool description_offset = false;
  for (const auto& t : r.explanations[0].terms)
    for (const auto& s : t.spans) {
      const std::string& field = std::string(s.field) == "title" ? p.title : p.description;
      EXPECT_EQ(slice(field, s), t.text);
      description_offset = description_offset || std::string(s.field) == "description";
    }
  EXPECT_TRUE(description_offset);
  ASSERT_TRUE(r.salary.has_value());
  EXPECT_STREQ(r.salary->span.field, "salary");
}

// The highlights are merged from the spans in the order the tokenizer met them (QueryTerms), which
// must be field by field in field order, each from its start: then they come out sorted, apart,
// and covering every span of the explained terms.
TEST(matcher_test, highlights_are_in_field_and_text_order_and_cover_the_explained_terms) {
  PostingInput p;
  p.text = "数字IC设计工程师\n负责RTL设计与时序分析，数字IC前端设计。";
  p.title = "高级数字IC设计工程师（芯片验证）";
  p.description = "<p>使用Verilog完成RTL设计与综合，时序分析与时序收敛；数字IC设计流程。</p>";
  p.requirements = "微电子、集成电路设计与集成系统专业；熟悉芯片验证与UVM，时序分析。";
  p.industry = "集成电路 芯片设计";
  const MatchResult r = bundled().match(p);
  ASSERT_FALSE(r.explanations.empty());
  const auto field_number = [](const char* field) {
    const std::string f = field;
    return f == "text" ? 0 : f == "title" ? 1 : f == "description" ? 2 : f == "requirements" ? 3 : 6;
  };
  for (const RecordExplanation& x : r.explanations) {
    ASSERT_FALSE(x.highlights.empty()) << x.id;
    for (std::size_t i = 1; i < x.highlights.size(); ++i) {
      const TextSpan& a = x.highlights[i - 1];
      const TextSpan& b = x.highlights[i];
      const int fa = field_number(a.field), fb = field_number(b.field);
      EXPECT_TRUE(fa < fb || (fa == fb && a.end < b.begin)) << x.id << " highlight " << i;
    }
    if (x.highlights.size() >= 24) continue;  // cut at 24: later spans may be left out
    for (const TermEvidence& t : x.terms)
      for (const TextSpan& s : t.spans) {
        const bool covered = std::any_of(x.highlights.begin(), x.highlights.end(), [&](const TextSpan& h) {
          return std::string(h.field) == s.field && h.begin <= s.begin && s.end <= h.end;
        });
        EXPECT_TRUE(covered) << x.id << " " << t.text << " in " << s.field;
      }
  }
}

TEST(matcher_test, qualifications_are_found_by_abbreviation_chinese_name_and_alias) {
  MatchResult r = match_text(fixture(), "财务分析经理\n持有CFA、特许金融分析师、FCCA或ACCA资深会员，PMP与IEEE Senior Member优先。");
  EXPECT_EQ(qualification_ids(r), (std::vector<std::string>{"Q002", "Q001", "Q003", "Q004"}));
  for (const auto& q : r.qualifications) EXPECT_EQ(q.qualification->urgent, q.qualification->id == "Q001" || q.qualification->id == "Q004");
  ASSERT_EQ(r.qualifications[0].spans.size(), 2u);  // CFA and 特许金融分析师
}

TEST(matcher_test, abbreviations_count_only_as_whole_words_in_capitals) {
  MatchResult r = match_text(fixture(), "财务分析经理\n熟悉ACFA、CFAX体系；cfa study group 成员；PMPX 不算。");
  EXPECT_TRUE(r.qualifications.empty());
}

TEST(matcher_test, the_offered_salary_is_compared_with_the_position_median) {
  MatchResult r = match_text(fixture(), kDigitalIc);  // 25-40K·14薪 → 350k–560k, midpoint 455k; median 450k
  ASSERT_EQ(r.best.kind, "position");
  ASSERT_TRUE(r.salary.has_value());
  EXPECT_EQ(r.salary->offer.annual_lo, 350000);
  EXPECT_EQ(r.salary->offer.annual_hi, 560000);
  EXPECT_EQ(r.salary->median, 450000);
  EXPECT_NEAR(r.salary->ratio, 455000.0 / 450000.0, 1e-12);
  EXPECT_EQ(r.salary->verdict, "around");
  EXPECT_TRUE(r.salary->median_illustrative);
  EXPECT_EQ(match_text(fixture(), "数字IC设计工程师\nRTL设计，Verilog。10-12K").salary->verdict, "below");
  EXPECT_EQ(match_text(fixture(), "数字IC设计工程师\nRTL设计，Verilog。年薪80-100万").salary->verdict, "above");
}

TEST(matcher_test, no_salary_is_invented) {
  MatchResult none = match_text(fixture(), "数字IC设计工程师\nRTL设计，Verilog。");
  EXPECT_FALSE(none.salary.has_value());
  EXPECT_FALSE(none.salary_negotiable);
  MatchResult negotiable = match_text(fixture(), "数字IC设计工程师\n薪资面议");
  EXPECT_FALSE(negotiable.salary.has_value());
  EXPECT_TRUE(negotiable.salary_negotiable);
}

TEST(matcher_test, bad_input_gets_an_answer_not_a_crash) {
  const std::string nul_and_invalid = std::string("数字IC\0设计\xFF\xFE工程师", 22);
  for (const std::string& text : {std::string(), std::string("！！？？……——"), std::string(5000, '\0'),
                                  std::string("\xC0\xAF\xED\xA0\x80\xF8"), nul_and_invalid,
                                  std::string("<<<<&&&&;;;;<a <b"), std::string(100000, 'a')}) {
    MatchResult r = match_text(fixture(), text);
    EXPECT_TRUE(r.best.kind == "none" || r.best.kind == "position") << text.size();
  }
  EXPECT_EQ(match_text(fixture(), nul_and_invalid).positions.at(0).position->id, "P001");
}

TEST(matcher_test, a_10_mb_posting_is_matched_like_its_content) {
  std::string big;
  while (big.size() < 10u * 1024 * 1024) big += std::string(kDigitalIc) + "\n";
  MatchResult r = match_text(fixture(), big);
  ASSERT_FALSE(r.positions.empty());
  EXPECT_EQ(r.positions[0].position->id, "P001");
}

TEST(matcher_test, the_same_posting_always_gets_the_same_result) {
  auto a = match_json(fixture().catalogue(), match_text(fixture(), kDigitalIc), "x").dump();
  auto b = match_json(fixture().catalogue(), match_text(fixture(), kDigitalIc), "x").dump();
  EXPECT_EQ(a, b);
}

// Adversarial, repetitive input must cost work proportional to its length: every character is
// read once, each position walks at most Lexicon::kMaxUnits trie steps, and the index entries
// summed are bounded by the distinct terms (each read once), not by the repeats.
TEST(matcher_test, work_stays_linear_in_the_input_for_repetitive_text) {
  for (const std::string unit : {"数字IC设计工程师", "设计", "a", "<a", "&amp;", "ＩＣ", "🎨"}) {
    MatchStats small, large;
    std::string a, b;
    for (int i = 0; i < 1000; ++i) a += unit;
    for (int i = 0; i < 100000; ++i) b += unit;
    PostingInput pa, pb;
    pa.text = a;
    pb.text = b;
    fixture().match(pa, {}, &small);
    fixture().match(pb, {}, &large);
    EXPECT_LE(large.lexicon_steps, detail::Lexicon::kMaxUnits * large.chars) << unit;
    EXPECT_LE(large.tokens, 3 * large.chars) << unit;
    EXPECT_LE(large.postings_visited, small.postings_visited + 100) << unit;  // repeats add no index work
    EXPECT_LE(large.chars, b.size()) << unit;
  }
}

// --- on the bundled catalogue: the calibrated decisions --------------------------------------

TEST(matcher_test, off_catalogue_postings_come_back_as_no_confident_match) {
  for (const char* text : {"超市收银员\n负责收银台结算、扫码收款，做好交接班对账。要求：吃苦耐劳。4500-5500元/月",
                           "外卖骑手\n负责区域内外卖订单配送，多劳多得，日结。要求：有电动车，熟悉路线。"}) {
    MatchResult r = match_text(bundled(), text);
    EXPECT_EQ(r.best.kind, "none") << text;
    EXPECT_FALSE(r.fallback.has_value()) << text;
  }
}

TEST(matcher_test, a_skilled_trade_posting_is_answered_with_its_occupation) {
  MatchResult r = match_text(bundled(), "电焊工（氩弧焊）\n负责不锈钢管道及钢结构件的氩弧焊、二保焊作业，能看懂图纸，持焊工证优先。8000-12000元/月");
  EXPECT_EQ(r.best.kind, "occupation");
  EXPECT_EQ(r.best.name_zh, "焊工");
  ASSERT_TRUE(r.salary.has_value());
  EXPECT_EQ(r.salary->reference_kind, "occupation");
}

// The elderly-care supervisor position shares the duties and can score a higher confidence than
// the occupation; a title that is exactly the occupation's name decides it (docs/MATCHING.md, Decision).
TEST(matcher_test, a_title_naming_a_skilled_occupation_exactly_is_that_occupation) {
  MatchResult r = match_text(bundled(), "养老护理员\n为养老院老人提供生活照料、康复护理与健康监测，协助护理主管完成照护计划。");
  EXPECT_EQ(r.best.kind, "occupation");
  EXPECT_EQ(r.best.name_zh, "养老护理员");
  ASSERT_FALSE(r.positions.empty());
  EXPECT_GE(r.positions[0].confidence, 0.5) << "the case the rule is for: a confident position too";
  EXPECT_GE(r.positions[0].confidence, r.occupations[0].confidence);
  EXPECT_NE(r.reason.find("names the skilled occupation"), std::string::npos) << r.reason;
  // A title naming a position is still the position, whatever occupation the body mentions.
  MatchResult p = match_text(bundled(), "养老护理主管\n带领养老护理员团队，负责照护质量管理与排班。");
  EXPECT_EQ(p.best.kind, "position") << p.reason;
}

TEST(matcher_test, a_vague_posting_falls_back_to_a_coarser_level) {
  MatchResult r = match_text(bundled(), "芯片工程师\n负责芯片相关工作。");
  EXPECT_EQ(r.best.kind, "none");
  ASSERT_TRUE(r.fallback.has_value());
  EXPECT_EQ(r.fallback->name_zh, "集成电路");
}

// Below sure_position a position must lead its runner-up: 芯片工程师 scores P003 6 % above P021
// (confidence 0.63 and 0.37, above the 0.35 threshold), which is a guess, not an answer.
TEST(matcher_test, a_position_below_sure_confidence_must_lead_its_runner_up) {
  const char* text = "芯片工程师\n负责芯片相关工作。";
  MatchResult r = match_text(bundled(), text);
  ASSERT_GE(r.positions.size(), 2u);
  EXPECT_GE(r.positions[0].confidence, bundled().tuning().position_threshold);
  EXPECT_LT(r.positions[0].confidence, bundled().tuning().sure_position);
  EXPECT_EQ(r.best.kind, "none") << r.reason;
  EXPECT_NE(r.reason.find("the top two candidates are close"), std::string::npos) << r.reason;
  EXPECT_EQ(match_text(bundled_with("position_margin", 0), text).best.kind, "position");
}

// Employers write a trade's suffix their own way: 数控车床技工 is 数控车工 (alias 数控车床操作工);
// the role word still counts, so a supervisor is not the trade.
TEST(matcher_test, a_trade_is_named_with_its_suffix_written_another_way) {
  const char* text = "数控车床技工（FANUC系统）\n负责数控车床编程、对刀与零件加工，看得懂图纸。";
  MatchResult r = match_text(bundled(), text);
  EXPECT_EQ(r.best.kind, "occupation") << r.reason;
  EXPECT_EQ(r.best.id, "S01");
  MatcherTuning exact_names_only;  // no suffix swaps, and no words between stem and suffix
  exact_names_only.trade_stems = 0;
  exact_names_only.trade_max_gap = 0;
  EXPECT_NE(match_text(Matcher(bundled_catalogue(), exact_names_only), text).best.id, "S01");
  MatchResult supervisor = match_text(bundled(), "养老院护理部主管\n负责护理部排班、护理质量检查和护理员培训。");
  EXPECT_NE(supervisor.best.kind, "occupation") << supervisor.reason;
}

// Employers put words between a trade's stem and its suffix: 消控室值机员 is 消防设施操作员 (alias
// 消控员), 暖通空调运维技术员 is 制冷空调系统安装维修工 (alias 暖通运维工).
TEST(matcher_test, a_trade_is_named_with_words_between_its_stem_and_suffix) {
  const char* fire = "消控室值机员 6000/月\n负责商场消防控制室24小时值守，监看火灾报警控制器，做好交接班记录。";
  const char* hvac = "暖通空调运维技术员\n负责医院后勤中央空调机组的日常运行与保养。";
  const MatchResult r = match_text(bundled(), fire);
  EXPECT_EQ(r.best.id, "S36");
  const auto& n = r.normalisations;  // the explanation names the rewrite
  EXPECT_NE(std::find(n.begin(), n.end(), "trade_named_by_stem"), n.end());
  EXPECT_EQ(match_text(bundled(), hvac).best.id, "S38");
  EXPECT_EQ(match_text(bundled_with("trade_max_gap", 0), fire).best.kind, "none");
  EXPECT_EQ(match_text(bundled_with("trade_max_gap", 0), hvac).best.kind, "none");
}

// A posting's duties are evidence for a trade through its work tasks: "机修师傅" alone could be any
// mechanic, but engines, chassis and a diagnostic tool at a 4S dealer are 汽车维修工's tasks; a
// domestic store's listings and 直通车 are 电子商务师's, not cross-border store operations'.
TEST(matcher_test, a_trade_is_recognised_by_its_work_tasks) {
  const char* mechanic = "机修师傅（大工）\n品牌4S店招聘，负责车辆保养维修，检修发动机、底盘和制动系统，会用诊断仪读故障码。";
  const char* store = "天猫/京东店铺运营\n负责店铺日常运营，商品上下架、详情页优化，直通车推广，报名618、双11大促。";
  const MatchResult r = match_text(bundled(), mechanic);
  EXPECT_EQ(r.best.kind, "occupation") << r.reason;
  EXPECT_EQ(r.best.id, "S40");
  const RecordExplanation& why = r.explanations.back();  // the top occupation's
  ASSERT_EQ(why.id, "S40");
  const bool tasks_matched = std::any_of(why.terms.begin(), why.terms.end(), [](const TermEvidence& t) {
    return std::any_of(t.fields.begin(), t.fields.end(), [](const char* f) { return std::string_view(f) == "tasks"; });
  });
  EXPECT_TRUE(tasks_matched);
  EXPECT_EQ(match_text(bundled(), store).best.id, "S17");
  EXPECT_NE(match_text(bundled_with("w_tasks", 0), mechanic).best.id, "S40");
  EXPECT_NE(match_text(bundled_with("w_tasks", 0), store).best.id, "S17");
}

// The title's role word decides between leading positions: an IB physics teacher shares more words
// with the IB coordinator's aliases (IB, DP, MYP), but is a teacher; 专任教师 is a teacher even when
// its bracket names industrial robots.
TEST(matcher_test, the_titles_role_word_decides_between_leading_positions) {
  const char* ib = "IB Physics Teacher (DP/MYP)\nTeach IB Diploma Physics to Grade 11-12 students.";
  auto says_so = [](const MatchResult& r) {  // the explanation names the rewrite
    const auto& n = r.normalisations;
    return std::find(n.begin(), n.end(), "title_role_word_preferred") != n.end();
  };
  MatchResult teacher = match_text(bundled(), ib), without = match_text(bundled_with("head_penalty", 0), ib);
  EXPECT_EQ(teacher.positions.at(0).position->id, "P248");
  EXPECT_TRUE(says_so(teacher));
  EXPECT_EQ(without.positions.at(0).position->id, "P249");
  EXPECT_FALSE(says_so(without));
  const char* vocational = "专任教师（工业机器人技术专业）\n承担专业课程教学。";
  EXPECT_EQ(match_text(bundled(), vocational).positions.at(0).position->id, "P254");
  EXPECT_EQ(match_text(bundled_with("head_penalty", 0), vocational).positions.at(0).position->id, "P141");
}

// A sales manager at a chip firm, a junior-school maths teacher, an office manager are general roles:
// no catalogue position, though BM25 finds one of the industry (logistics sales, the international
// school's teacher). A title that also says what the position adds is that position.
TEST(matcher_test, a_general_role_is_no_catalogue_position) {
  const char* sales = "大客户销售经理（芯片原厂）25-40K+提成\n负责国产MCU芯片的大客户开拓与维护，完成销售目标。";
  const char* teacher = "初中数学教师（民办学校）9-14K\n负责初二数学教学，批改作业，参与教研活动。";
  const char* office = "Office Manager | Shanghai\nRun the office: facilities, vendors, travel and front desk.";
  for (const char* text : {sales, teacher, office}) {
    const MatchResult r = match_text(bundled(), text);
    EXPECT_EQ(r.best.kind, "none") << text;
    EXPECT_FALSE(r.fallback.has_value()) << text;  // a chip firm's sales manager is not "most likely 芯片设计"
    EXPECT_NE(std::find(r.normalisations.begin(), r.normalisations.end(), "title_general_role"), r.normalisations.end());
    EXPECT_NE(r.reason.find("general role"), std::string::npos) << r.reason;
    EXPECT_FALSE(r.positions.empty()) << text;  // the candidates are still listed
  }
  EXPECT_EQ(match_text(bundled_with("general_roles", 0), sales).best.kind, "position");
  EXPECT_EQ(match_text(bundled_with("general_roles", 0), teacher).best.kind, "position");
  // Named beyond the role: 物流 of 物流销售经理, 国际学校 and IB of the international school's teacher.
  const char* logistics = "物流大客户销售经理\n负责国际海运、空运货代业务的大客户开发。";
  const char* ib = "国际学校数学教师（IB）\n教授IB DP数学，参与课程设计。";
  const MatchResult l = match_text(bundled(), logistics), i = match_text(bundled(), ib);
  EXPECT_EQ(l.best.id, "P274") << l.reason;
  EXPECT_EQ(i.best.id, "P248") << i.reason;
}

// A role word that ends many positions' names (工程师) says little about which one: it reorders
// nothing, so SoC芯片架构师 is not pushed down by 芯片工程师's 工程师.
TEST(matcher_test, a_common_role_word_reorders_nothing) {
  const char* text = "芯片工程师\n负责芯片相关工作。";
  EXPECT_EQ(match_text(bundled(), text).positions.at(0).position->id, "P003");
  EXPECT_EQ(match_text(bundled_with("head_max_share", 1), text).positions.at(0).position->id, "P021");
}

// Skill terms cut from the competencies are phrases only on request (they measured no gain and
// cost 13 % of the index build; docs/MATCHING.md, Method).
TEST(matcher_test, skill_terms_are_phrases_only_when_skill_phrases_is_set) {
  const char* text = "数字IC设计工程师\n负责SDC时序约束与DC综合。";
  auto has_phrase = [](const MatchResult& r, const std::string& phrase) {
    for (const auto& x : r.explanations)
      for (const auto& t : x.terms)
        if (std::string(t.kind) == "phrase" && t.text == phrase) return true;
    return false;
  };
  EXPECT_FALSE(has_phrase(match_text(bundled(), text), "SDC时序约束"));
  const Matcher with = bundled_with("skill_phrases", 1);
  EXPECT_TRUE(has_phrase(match_text(with, text), "SDC时序约束"));
}

TEST(matcher_test, candidate_confidences_read_as_a_ranking_and_sum_to_at_most_one) {
  for (const char* text : {"芯片工程师\n负责芯片相关工作。", kDigitalIc, "工程师\n负责技术工作。"}) {
    MatchResult r = match_text(bundled(), text);
    double sum = 0;
    for (std::size_t i = 0; i < r.positions.size(); ++i) {
      if (i) EXPECT_LE(r.positions[i].confidence, r.positions[i - 1].confidence) << text;
      sum += r.positions[i].confidence;
    }
    EXPECT_LE(sum, 1.0 + 1e-12) << text;
  }
}

TEST(matcher_test, a_clear_posting_gets_a_confident_position) {
  MatchResult r = match_text(bundled(), kDigitalIc);
  EXPECT_EQ(r.best.kind, "position");
  EXPECT_EQ(r.best.name_zh, "数字IC设计工程师");
  EXPECT_GE(r.best.confidence, 0.8);
}

}  // namespace
}  // namespace talentmatch
