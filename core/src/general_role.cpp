#include "general_role.h"

#include <algorithm>

#include "talentmatch/text.h"

namespace talentmatch::detail {
namespace {

// Roles employers of every industry post, as titles end in them. Illustrative engine knowledge,
// not catalogue data: they only ever stop a position from being the answer.
constexpr std::string_view kChineseRoles[] = {
    // sales and account management
    "销售", "销售经理", "销售总监", "销售主管", "销售代表", "销售专员", "销售助理", "销售顾问", "销售工程师",
    "大客户经理", "客户经理", "渠道经理", "渠道销售", "电话销售", "电销", "商务经理", "商务专员", "BD经理",
    // customer service
    "客服", "客服专员", "客服主管", "客服经理", "客服代表", "售后客服", "客户服务专员", "话务员",
    // office and administration
    "行政", "行政专员", "行政主管", "行政经理", "行政助理", "行政文员", "前台", "文员", "秘书",
    "总经理助理", "总裁助理", "办公室主任", "人事行政",
    // human resources
    "人事", "人事专员", "人事主管", "人事经理", "招聘", "招聘专员", "招聘主管", "招聘经理", "HR",
    "人力资源专员", "人力资源主管", "人力资源经理",
    // bookkeeping
    "出纳", "会计", "总账会计", "成本会计", "财务会计", "会计助理", "记账会计",
    // school teaching (subjects and stages are added below)
    "班主任", "幼师", "幼儿教师", "幼儿园老师",
    // shops, delivery, premises
    "司机", "快递员", "配送员", "骑手", "外卖骑手", "保安", "保安员", "保洁", "保洁员", "收银员", "店员", "导购",
    "营业员", "服务员", "店长",
};

// Lower case; matched at the end of the role, after a non-letter.
constexpr std::string_view kEnglishRoles[] = {
    "sales manager", "sales director", "sales representative", "sales executive", "account manager",
    "key account manager", "account executive", "business development manager", "customer service",
    "customer service representative", "customer support", "office manager", "office administrator",
    "administrative assistant", "executive assistant", "receptionist", "hr business partner", "hrbp",
    "hr generalist", "hr manager", "recruiter", "accountant", "bookkeeper", "cashier", "delivery driver",
    "security guard",
};

// An ordinary school teacher: a subject or a stage, then 教师 or 老师.
constexpr std::string_view kSchoolSubjects[] = {
    "语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "道德与法治", "科学", "音乐", "美术",
    "体育", "信息技术", "小学", "初中", "高中", "中学", "幼儿园",
};
constexpr std::string_view kTeachers[] = {"教师", "老师"};

// Where a title's role stops: a bracket, a separator, a digit (pay, years), a pay or urgency word.
constexpr char32_t kStops[] = {U'（', U'(', U'【', U'[', U'〔', U'|', U'｜', U'丨', U'/', U'／', U'·',
                               U',', U'，', U'、', U';', U'；', U'–', U'—', U'\t', U'@'};
// What ends a label before the role: 招聘：…, 职位：…, Position: …
constexpr char32_t kLabelEnds[] = {U':', U'：'};
constexpr std::string_view kStopWords[] = {"年薪", "月薪", "底薪", "日薪", "时薪", "薪资", "急聘", "急招", "诚聘", "包吃住"};
constexpr std::string_view kEnglishStopWords[] = {"and", "of", "the", "for", "in"};
// A title's role is short. One that runs on this long without a stop is no role: it may be a
// title cut short (the matcher cuts a long first line at 60 characters), whose end is no ending.
constexpr std::size_t kMaxRoleChars = 48;

// A hyphen joining two Latin letters or digits (pre-sales, e-commerce) is inside a word.
bool is_inner_hyphen(std::string_view s, std::size_t i) {
  return s[i] == '-' && i > 0 && i + 1 < s.size() && is_ascii_alnum(s[i - 1]) && is_ascii_alnum(s[i + 1]);
}
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

const std::vector<std::string>& chinese_roles() {
  static const std::vector<std::string> roles = [] {
    std::vector<std::string> all;
    for (std::string_view g : kChineseRoles) all.push_back(lower_ascii(g));  // HR → hr: matched folded
    for (std::string_view subject : kSchoolSubjects)
      for (std::string_view teacher : kTeachers) all.push_back(std::string(subject) + std::string(teacher));
    return all;
  }();
  return roles;
}

// The title's role: [begin, end) after a leading tag such as 【急聘】, up to the first stop, with
// no trailing space.
std::pair<std::size_t, std::size_t> role_extent(std::string_view title) {
  std::size_t begin = 0;
  for (;;) {  // tags such as 【急聘】【五险一金】 before the role
    while (begin < title.size() && title[begin] == ' ') ++begin;
    if (title.substr(begin, 3) != "【") break;
    const std::size_t close = title.find("】", begin);
    if (close == std::string_view::npos) break;
    begin = close + 3;
  }
  std::size_t end = begin;
  bool space_before = false, labelled = false;
  std::size_t chars = 0;
  char previous = 0;  // the last byte read: a digit after a Latin letter or digit is inside a word
  for (std::size_t pos = begin; pos < title.size(); previous = title[pos - 1]) {
    if (++chars > kMaxRoleChars) return {begin, begin};
    const std::size_t at = pos;
    const char32_t c = next_code_point(title, pos);
    if (std::find(std::begin(kLabelEnds), std::end(kLabelEnds), c) != std::end(kLabelEnds)) {
      if (labelled) break;  // a second colon: the role ended before it
      labelled = true;
      begin = end = pos;  // what came before was the label
      space_before = false;
      while (begin < title.size() && title[begin] == ' ') end = ++begin;
      pos = begin;
      continue;
    }
    // A digit ends the role (pay, years, a place's number), unless it is inside a Latin word: B2B, K12.
    const bool digit = ((c >= U'0' && c <= U'9') && !is_ascii_alnum(static_cast<unsigned char>(previous))) ||
                       (c >= U'０' && c <= U'９');
    if (digit || std::find(std::begin(kStops), std::end(kStops), c) != std::end(kStops)) break;
    if (c == U' ' || c == 0x3000) {
      if (space_before) break;  // two spaces: what follows is a place or a note, not the role
      space_before = true;
      continue;
    }
    if (c == U'-' && space_before) break;  // "Office Manager - Consulting"
    const std::string_view rest = title.substr(at);
    if (std::any_of(std::begin(kStopWords), std::end(kStopWords), [&](std::string_view w) { return rest.substr(0, w.size()) == w; }))
      break;
    space_before = false;
    end = pos;
  }
  return {begin, end};
}

// The words of `s` that say what it names: its Han runs as two-character words, most Chinese
// words' length (国际学校学科 → 国际, 学校, 学科; an odd run's last pair overlaps: 高净值 → 高净,
// 净值; a run of one character is that character), and its Latin words (hyphens inside kept:
// pre-sales), not stop words.
std::vector<std::string> evidence_units(std::string_view s) {
  std::vector<std::string> units;
  std::vector<std::size_t> han;  // where each character of the current Han run begins
  auto end_han_run = [&](std::size_t end) {
    const std::size_t n = han.size();
    han.push_back(end);
    for (std::size_t i = 0; i + 1 < n; i += 2) units.emplace_back(s.substr(han[i], han[i + 2] - han[i]));
    if (n % 2 == 1) units.emplace_back(s.substr(han[n > 1 ? n - 2 : 0], end - han[n > 1 ? n - 2 : 0]));
    han.clear();
  };
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t at = pos;
    if (is_ascii_alnum(s[pos])) {
      end_han_run(at);
      while (pos < s.size() && (is_ascii_alnum(s[pos]) || is_inner_hyphen(s, pos))) ++pos;
      std::string word = lower_ascii(s.substr(at, pos - at));
      if (std::find(std::begin(kEnglishStopWords), std::end(kEnglishStopWords), word) == std::end(kEnglishStopWords))
        units.push_back(std::move(word));
      continue;
    }
    if (is_han(next_code_point(s, pos))) han.push_back(at);
    else end_han_run(at);
  }
  end_han_run(s.size());
  return units;
}

// Whether `unit` occurs in `text` (lower-cased); a Latin word only as a whole word (pre-sales
// holds no word "sales").
bool occurs(std::string_view text, std::string_view unit) {
  const bool latin = is_ascii_alnum(unit[0]);
  auto word_char = [&](std::size_t i) { return is_ascii_alnum(text[i]) || is_inner_hyphen(text, i); };
  for (std::size_t at = text.find(unit); at != std::string_view::npos; at = text.find(unit, at + 1)) {
    if (!latin) return true;
    const std::size_t end = at + unit.size();
    if ((at == 0 || !word_char(at - 1)) && (end == text.size() || !word_char(end))) return true;
  }
  return false;
}

// `name` without the role noun it shares with `role`, or nullopt when they share none: the common
// ending in whole Han characters (two or more; 老师 read as 教师), or in whole Latin words.
std::optional<std::string_view> before_shared_noun(std::string_view name, std::string_view role) {
  auto as_teacher = [](std::string_view s, std::string& buffer) -> std::string_view {
    if (!ends_with(s, "老师")) return s;
    buffer = std::string(s.substr(0, s.size() - 6)) + "教师";
    return buffer;
  };
  std::string name_buffer, role_buffer;
  const std::string name_lower = lower_ascii(name), role_lower = lower_ascii(role);
  const std::string_view n = as_teacher(name_lower, name_buffer), r = as_teacher(role_lower, role_buffer);
  std::size_t common = 0;
  while (common < n.size() && common < r.size() && n[n.size() - 1 - common] == r[r.size() - 1 - common]) ++common;
  // Back to a boundary both share: a whole character, and for Latin a whole word.
  const bool latin = !r.empty() && static_cast<unsigned char>(r.back()) < 0x80;
  auto boundary = [&](std::string_view s, std::size_t keep) {
    const std::size_t at = s.size() - keep;
    if (at == 0) return true;
    if (latin) return !is_ascii_alnum(s[at - 1]) || !is_ascii_alnum(s[at]);
    return (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;  // not inside a UTF-8 sequence
  };
  while (common > 0 && !(boundary(n, common) && boundary(r, common))) --common;
  if (latin) {
    const std::string_view shared = n.substr(n.size() - common);
    if (std::none_of(shared.begin(), shared.end(), is_ascii_alnum)) return std::nullopt;
  } else if (code_point_count(n.substr(n.size() - common)) < 2) {
    return std::nullopt;
  }
  // Byte counts of the prefix are the same in the folded and the written name (ASCII folds 1:1,
  // and 老师 → 教师 keeps 6 bytes).
  return name.substr(0, name.size() - common);
}

// `name` without its own role noun when that noun is a word of `role` though their endings
// differ: International Logistics Sales in Logistics Sales Manager (sales), 国际物流销售 in
// 空运销售经理 (销售). The noun is the name's last Latin word, or its last two Han characters.
std::optional<std::string_view> before_noun_in_role(std::string_view name, std::string_view role) {
  const std::string n = lower_ascii(name), r = lower_ascii(role);
  std::size_t start = n.size();
  if (!n.empty() && is_ascii_alnum(n.back())) {
    while (start > 0 && (is_ascii_alnum(n[start - 1]) || is_inner_hyphen(n, start - 1))) --start;
    const std::string_view noun = std::string_view(n).substr(start);
    if (!occurs(r, noun)) return std::nullopt;
  } else {
    for (int chars = 0; chars < 2 && start > 0; ++chars) {
      do --start;
      while (start > 0 && (static_cast<unsigned char>(n[start]) & 0xC0) == 0x80);
    }
    const std::string_view noun = std::string_view(n).substr(start);
    if (code_point_count(noun) < 2 || r.find(noun) == std::string::npos) return std::nullopt;
  }
  return name.substr(0, start);  // byte counts agree: ASCII folds 1:1
}

}  // namespace

std::optional<GeneralRole> general_role(std::string_view title) {
  const auto [begin, end] = role_extent(title);
  const std::string_view role = title.substr(begin, end - begin);
  if (role.empty()) return std::nullopt;
  // Matched with Latin letters lower-cased (hr, bd经理 too); a role starting with a Latin letter
  // must start a word: XHR is not HR, Pre-sales Manager is not Sales Manager.
  const std::string folded = lower_ascii(role);
  auto starts_word = [&](std::size_t at, std::string_view g) {
    return at == 0 || !is_ascii_letter(g[0]) || !(is_ascii_alnum(folded[at - 1]) || is_inner_hyphen(folded, at - 1));
  };
  std::string_view best;
  for (const std::string& g : chinese_roles())
    if (g.size() > best.size() && ends_with(folded, g) && starts_word(folded.size() - g.size(), g))
      best = role.substr(role.size() - g.size());
  for (std::string_view g : kEnglishRoles)
    if (g.size() > best.size() && ends_with(folded, g) && starts_word(folded.size() - g.size(), g))
      best = role.substr(role.size() - g.size());
  if (best.empty()) return std::nullopt;
  const std::size_t at = end - best.size();
  return GeneralRole{title.substr(at, best.size()), at, end};
}

bool names_beyond_role(const std::vector<const std::string*>& names, std::string_view title, const GeneralRole& role) {
  const std::string before = lower_ascii(title.substr(0, role.begin));
  const std::string after = lower_ascii(title.substr(role.end));
  for (const std::string* name : names) {
    std::optional<std::string_view> modifier = before_shared_noun(*name, role.text);
    if (!modifier) modifier = before_noun_in_role(*name, role.text);
    if (!modifier) continue;
    const std::vector<std::string> units = evidence_units(*modifier);
    if (units.empty()) return true;  // nothing before the noun: the role names the position whole
    // Half of them at least: one shared pair (学校 of 民办学校 and 国际学校学科教师) is chance.
    const auto found = std::count_if(units.begin(), units.end(),
                                     [&](const std::string& u) { return occurs(before, u) || occurs(after, u); });
    if (2 * static_cast<std::size_t>(found) >= units.size()) return true;
  }
  return false;
}

}  // namespace talentmatch::detail
