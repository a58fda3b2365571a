// match: one posting (human-readable or --json), or a JSONL stream (--jsonl) in constant memory.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "talentmatch/matcher.h"
#include "talentmatch/posting.h"

namespace talentmatch::cli {
namespace {

using nlohmann::json;

// A JSONL line may be longer than the posting it carries (JSON escapes), up to this.
constexpr std::size_t kMaxLineBytes = 2 * kMaxPostingBytes;
constexpr std::size_t kReadBlock = 64 * 1024;
constexpr std::size_t kDefaultProgressEvery = 1000;

std::string dump(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

// Reads lines from a file descriptor without ever holding more than kMaxLineBytes; a longer line
// is reported as too long and skipped. `before_block` runs before each blocking read, so output
// can be flushed exactly when the producer may be waiting for it.
class LineReader {
 public:
  LineReader(int fd, std::function<void()> before_block) : fd_(fd), before_block_(std::move(before_block)) {}

  // False at the end of input.
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == len_) {
        if (eof_) return any;
        before_block_();
        ssize_t n;
        do n = ::read(fd_, buf_, sizeof buf_);
        while (n < 0 && errno == EINTR);
        if (n <= 0) {
          eof_ = true;
          if (n < 0) error_ = std::strerror(errno);
          return any;
        }
        pos_ = 0;
        len_ = static_cast<std::size_t>(n);
      }
      any = true;
      const char* start = buf_ + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : len_ - pos_;
      if (!too_long && line.size() + take <= kMaxLineBytes) line.append(start, take);
      else {
        too_long = true;
        line.clear();
      }
      pos_ += take;
      if (nl) {
        ++pos_;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return true;
      }
    }
  }
  const std::string& error() const { return error_; }

 private:
  int fd_;
  std::function<void()> before_block_;
  char buf_[kReadBlock];
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::string error_;
};

int open_input(const std::string& path) {
  if (path == "-") return 0;
  return ::open(path.c_str(), O_RDONLY);
}

// The whole of a file (or stdin) up to the posting limit; false with a message otherwise.
bool read_posting_file(const std::string& path, std::string& out, std::string& error) {
  int fd = open_input(path);
  if (fd < 0) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  char buf[kReadBlock];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = "cannot read " + path + ": " + std::strerror(errno);
      break;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > kMaxPostingBytes) {
      error = "posting too large (over " + std::to_string(kMaxPostingBytes / (1024 * 1024)) + " MB)";
      break;
    }
  }
  if (fd != 0) ::close(fd);
  return error.empty();
}

// A file holding one JSON object with "text" or "title" is read as a request; anything else is
// the posting's text.
std::string request_from_file(const std::string& content, PostingRequest& req) {
  std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] == '{') {
    json j = json::parse(content, nullptr, false);
    if (!j.is_discarded() && j.is_object()) return posting_from_json(j, req);
  }
  req = PostingRequest{};
  req.posting.text = content;
  if (!req.posting.has_content()) return "empty posting: no letters, digits or Chinese characters to match";
  return {};
}

std::string thousands(long long v) {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

std::string num(const json& v, int decimals = 2) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(decimals);
  s << v.get<double>();
  return s.str();
}

AuthoredRatings ratings_of(const Catalogue& cat, const json& position) {
  return authored_ratings(cat.core_field(position["field_id"].get<std::string>()));
}

// A candidate's stars, marked when this project authored them.
std::string candidate_stars(const Catalogue& cat, const json& position) {
  return stars(position["stars"].get<int>()) + (ratings_of(cat, position).stars ? " (illustrative)" : "");
}

void print_position_line(const Catalogue& cat, const json& p) {
  const std::string authored = ratings_of(cat, p).label();
  std::cout << "  " << p["industry_zh"].get<std::string>() << " › " << p["field_zh"].get<std::string>() << " "
            << stars(p["stars"].get<int>()) << " (supply-demand " << p["dimensions"]["supply_demand"] << ", training "
            << p["dimensions"]["training"] << ", transfer " << p["dimensions"]["transfer"]
            << (authored.empty() ? "" : "; " + authored) << ") › " << p["direction_zh"].get<std::string>() << "\n"
            << "  salary median " << thousands(p["salary_median"].get<long long>()) << " CNY/year ("
            << p["salary_provenance"].get<std::string>() << ")\n";
}

void print_terms(const json& explanation) {
  if (explanation.is_null() || explanation["terms"].empty()) return;
  std::cout << "  what matched: ";
  std::size_t shown = 0;
  for (const auto& t : explanation["terms"]) {
    if (shown == 8) break;
    std::string fields;
    for (const auto& f : t["fields"]) fields += (fields.empty() ? "" : ", ") + f.get<std::string>();
    std::cout << (shown ? "; " : "") << "\"" << t["text"].get<std::string>() << "\" (" << fields
              << (t["in_title"].get<bool>() ? "; in title" : "") << ")";
    ++shown;
  }
  std::cout << "\n";
}

// "; opens 6 convenience + 6 upgraded services" for a qualification's holder gains.
std::string gains_text(const json& gains) {
  if (!gains.is_object()) return "";
  int convenience = gains.value("convenience", 0), upgraded = gains.value("upgraded", 0);
  if (!convenience && !upgraded) return "";
  return "; opens " + std::to_string(convenience) + " convenience" +
         (upgraded ? " + " + std::to_string(upgraded) + " upgraded" : "") + " services";
}

void print_human(const Catalogue& cat, const json& r) {
  const json& best = r["best"];
  const json& ex = r["explanation"];
  const std::string kind = best["kind"];
  if (kind == "position") {
    const json& p = r["positions"][0];
    std::cout << "Best match: " << p["title_zh"].get<std::string>() << " / " << p["title_en"].get<std::string>()
              << "  [" << p["id"].get<std::string>() << "]  confidence " << num(best["confidence"]) << "\n";
    print_position_line(cat, p);
    if (!ex["positions"].empty()) print_terms(ex["positions"][0]);
  } else if (kind == "occupation") {
    const json& o = r["occupations"][0];
    std::cout << "Best match (skilled occupation): " << o["name_zh"].get<std::string>() << " / "
              << o["name_en"].get<std::string>() << "  [" << o["id"].get<std::string>() << "]  confidence "
              << num(best["confidence"]) << "\n  urgency: " << o.value("urgency_zh", "") << " (level "
              << o["urgency"] << " of 3); salary median " << thousands(o["salary_median"].get<long long>())
              << " CNY/year (" << o["salary_provenance"].get<std::string>() << ")\n";
    print_terms(ex["occupation"]);
  } else {
    std::cout << "No confident match: " << ex["reason"].get<std::string>() << ".\n";
    if (!r["fallback"].is_null()) {
      const json& f = r["fallback"];
      std::string level = f["level"] == "core_field" ? "core field" : f["level"].get<std::string>();
      std::cout << "  most likely " << level << ": " << f["name_zh"].get<std::string>() << " / "
                << f["name_en"].get<std::string>() << " [" << f["id"].get<std::string>() << "]\n";
    }
  }
  if (!r["salary"].is_null()) {
    const json& s = r["salary"];
    std::cout << "Salary offered: " << thousands(s["annual_cny"][0].get<long long>()) << "–"
              << thousands(s["annual_cny"][1].get<long long>()) << " CNY/year (\"" << s["text"].get<std::string>()
              << "\")";
    if (!s["verdict"].is_null())
      std::cout << " → " << s["verdict"].get<std::string>() << " the median " << thousands(s["median"].get<long long>())
                << " (ratio " << num(s["ratio_to_median"]) << ", median " << s["median_provenance"].get<std::string>()
                << ")";
    std::cout << "\n";
  } else if (!ex["salary_note"].is_null()) {
    std::cout << "Salary: " << ex["salary_note"].get<std::string>() << "\n";
  }
  const json& ps = r["positions"];
  if (ps.size() > (kind == "position" ? 1u : 0u)) {
    std::cout << (kind == "position" ? "Other candidates:\n" : "Candidates:\n");
    for (std::size_t i = kind == "position" ? 1 : 0; i < ps.size(); ++i)
      std::cout << "  " << i + 1 << ". " << ps[i]["id"].get<std::string>() << "  " << ps[i]["title_zh"].get<std::string>()
                << " / " << ps[i]["title_en"].get<std::string>() << "  " << candidate_stars(cat, ps[i])
                << "  confidence " << num(ps[i]["confidence"]) << "\n";
  }
  if (kind != "occupation" && !r["occupations"].empty() && r["occupations"][0]["confidence"].get<double>() >= 0.2) {
    const json& o = r["occupations"][0];
    std::cout << "Skilled occupation: " << o["name_zh"].get<std::string>() << " [" << o["id"].get<std::string>()
              << "] confidence " << num(o["confidence"]) << "\n";
  }
  for (const auto& q : r["qualifications"])
    std::cout << "Qualification named: \"" << q["matched"].get<std::string>() << "\" → " << q["id"].get<std::string>()
              << " " << q["name_zh"].get<std::string>() << " / " << q["name_en"].get<std::string>()
              << (q["urgent"].get<bool>() ? "  [urgent list]" : "") << gains_text(q["gains"]) << "\n";
  if (!ex["normalisations"].empty()) {
    std::cout << "Normalised: ";
    for (std::size_t i = 0; i < ex["normalisations"].size(); ++i)
      std::cout << (i ? ", " : "") << ex["normalisations"][i].get<std::string>();
    std::cout << "\n";
  }
  if (!r["notice"].is_null()) std::cout << "\n" << kIllustrativeNote << "\n";
}

int match_one(const Context& ctx, const Matcher& matcher, const std::string& path, const MatchOptions& options) {
  std::string content, error;
  PostingRequest req;
  if (read_posting_file(path, content, error)) error = request_from_file(content, req);
  if (!error.empty()) {
    if (ctx.json) std::cout << dump(json{{"id", req.id}, {"error", error}}, 2) << "\n";
    std::cerr << "talentmatch: " << error << "\n";
    return 1;
  }
  json r = match_json(matcher.catalogue(), matcher.match(req.posting, options), req.id);
  if (ctx.json) std::cout << dump(r, 2) << "\n";
  else print_human(matcher.catalogue(), r);
  return 0;
}

struct Progress {
  bool enabled;
  std::size_t every;
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  void report(std::size_t lines, std::size_t errors, bool final) const {
    if (!enabled) return;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << (isatty(2) ? "\r" : "") << "talentmatch: " << lines << " lines, " << errors << " errors, "
              << static_cast<long long>(seconds > 0 ? lines / seconds : 0) << " lines/s"
              << (final || !isatty(2) ? "\n" : "") << std::flush;
  }
};

int match_stream(const Matcher& matcher, const std::string& path, const MatchOptions& options, Progress progress) {
  int fd = open_input(path);
  if (fd < 0) {
    std::cerr << "talentmatch: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return 2;
  }
  LineReader reader(fd, [] { std::cout.flush(); });
  std::string line, out;  // reused: no allocation per line once they have grown
  const MatchJsonCache cache(matcher.catalogue());
  bool too_long = false;
  std::size_t n = 0, errors = 0;
  while (reader.next(line, too_long)) {
    ++n;
    std::string error;
    PostingRequest req;
    if (too_long) {
      error = "line too long (over " + std::to_string(kMaxLineBytes / (1024 * 1024)) + " MB)";
    } else {
      json in = json::parse(line, nullptr, false);
      if (in.is_discarded()) error = line.find_first_not_of(" \t") == std::string::npos ? "empty line" : "not valid JSON";
      else error = posting_from_json(in, req);
    }
    if (error.empty()) {
      out.clear();
      append_match_json_text(out, matcher.catalogue(), matcher.match(req.posting, options), req.id, &cache);
      out += '\n';
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    } else {
      ++errors;
      json out = {{"line", n}, {"error", error}};
      if (!req.id.is_null()) out["id"] = req.id;
      std::cout << dump(out, -1) << '\n';
    }
    if (progress.every && n % progress.every == 0) progress.report(n, errors, false);
  }
  std::cout.flush();
  if (fd != 0) ::close(fd);
  progress.report(n, errors, true);
  if (!reader.error().empty()) {
    std::cerr << "talentmatch: error reading " << path << ": " << reader.error() << "\n";
    return 2;
  }
  return errors ? 1 : 0;
}

}  // namespace

int cmd_match(Context& ctx, Args args) {
  MatchOptions options;
  std::string top, every_text;
  if (take_option(args, "--top", top)) {
    char* end = nullptr;
    long k = std::strtol(top.c_str(), &end, 10);
    if (top.empty() || *end || k < 1 || k > 50) return usage_error("--top needs a number from 1 to 50");
    options.top_k = static_cast<std::size_t>(k);
  }
  bool jsonl = take_flag(args, "--jsonl");
  if (take_flag(args, "--no-explain")) options.explain = false;
  Progress progress{take_flag(args, "--progress") || isatty(2), kDefaultProgressEvery};
  if (take_option(args, "--progress-every", every_text)) {
    progress.every = static_cast<std::size_t>(std::max(1L, std::strtol(every_text.c_str(), nullptr, 10)));
    progress.enabled = true;
  }
  MatcherTuning tuning;
  std::string setting;
  while (take_option(args, "--set", setting)) {
    auto eq = setting.find('=');
    char* end = nullptr;
    double value = eq == std::string::npos ? 0 : std::strtod(setting.c_str() + eq + 1, &end);
    if (eq == std::string::npos || *end || !tuning.set(setting.substr(0, eq), value))
      return usage_error("--set needs NAME=NUMBER with a MatcherTuning name, got '" + setting + "'");
  }
  if (!args.empty() && args[0] == "--") args.erase(args.begin());
  if (args.size() > 1 || (!jsonl && args.empty()))
    return usage_error(jsonl ? "match --jsonl takes at most one FILE (default: stdin)" : "match needs one FILE or -");
  std::string path = args.empty() ? "-" : args[0];
  if (!args.empty() && args[0].size() > 1 && args[0][0] == '-' && args[0] != "-")
    return usage_error("unknown option '" + args[0] + "' for match");
  auto catalogue = ctx.load();
  if (!catalogue) return 2;
  Matcher matcher(catalogue, tuning);
  if (jsonl) return match_stream(matcher, path, options, progress);
  return match_one(ctx, matcher, path, options);
}

}  // namespace talentmatch::cli
