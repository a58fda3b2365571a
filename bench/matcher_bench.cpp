// Matcher speed: index build at load, one ~600-character posting (with salary and qualification
// extraction and the explanation), the same plus the JSON contract, and a 10 MB posting.
// Run: build/native/bench/matcher_bench  (figures in docs/MATCHING.md).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "talentmatch/loader.h"
#include "talentmatch/matcher.h"
#include "talentmatch/text.h"

namespace {

using namespace talentmatch;

// A realistic posting: title line, metadata, duties, requirements, a qualification, pay.
const char* const kPosting =
    "高级数字IC设计工程师（SoC方向）\n"
    "北京·海淀区 | 5-10年 | 硕士 | 35-60K·15薪\n"
    "岗位职责：\n"
    "1. 负责高性能SoC芯片中CPU子系统、总线互联及高速接口模块的微架构设计与RTL实现；\n"
    "2. 使用Verilog/SystemVerilog完成模块级设计，编写设计文档，配合验证团队完成UVM验证计划与覆盖率收敛；\n"
    "3. 负责逻辑综合、时序约束（SDC）编写与STA时序分析，与后端团队协作完成时序收敛和低功耗设计（UPF）；\n"
    "4. 参与FPGA原型验证、芯片回片后的bring-up与量产问题定位。\n"
    "任职要求：\n"
    "1. 微电子、电子科学与技术、集成电路设计与集成系统等相关专业硕士及以上学历；\n"
    "2. 5年以上数字IC前端设计经验，熟悉AMBA AXI/AHB/APB总线协议，有PCIe、DDR或USB控制器设计经验者优先；\n"
    "3. 熟练使用VCS、Verdi、Design Compiler、PrimeTime等EDA工具，掌握Python/Perl/Tcl脚本；\n"
    "4. 具备良好的沟通能力和团队合作精神，持有PMP证书或IEEE Senior Member者优先。\n"
    "公司福利：五险一金、补充医疗、年度体检、股票期权、免费三餐。";

std::shared_ptr<const Catalogue> catalogue() {
  static std::shared_ptr<const Catalogue> c = [] {
    std::vector<LoadError> errors;
    auto r = load_catalogue(read_sources(bundled_files(TALENTMATCH_DATA_DIR), errors));
    if (!r.ok()) {
      std::cerr << "cannot load the catalogue from " << TALENTMATCH_DATA_DIR << "\n";
      std::exit(1);
    }
    return r.catalogue;
  }();
  return c;
}

const Matcher& matcher() {
  static Matcher m(catalogue());
  return m;
}

void BM_IndexBuild(benchmark::State& state) {
  auto c = catalogue();
  for (auto _ : state) {
    Matcher m(c);
    benchmark::DoNotOptimize(&m);
  }
  state.counters["positions"] = static_cast<double>(c->key.positions.size());
}
BENCHMARK(BM_IndexBuild)->Unit(benchmark::kMillisecond);

void BM_Match600(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p));
  MatchStats stats;
  matcher().match(p, {}, &stats);
  state.counters["chars"] = static_cast<double>(code_point_count(p.text));
  state.counters["tokens"] = static_cast<double>(stats.tokens);
  state.counters["postings"] = static_cast<double>(stats.postings_visited);
}
BENCHMARK(BM_Match600)->Unit(benchmark::kMicrosecond);

void BM_Match600WithoutExplanation(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  MatchOptions o;
  o.explain = false;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p, o));
}
BENCHMARK(BM_Match600WithoutExplanation)->Unit(benchmark::kMicrosecond);

// What `talentmatch match --jsonl` does per line after parsing it: match and write the JSON text.
void BM_Match600Json(benchmark::State& state) {
  PostingInput p;
  p.text = kPosting;
  const nlohmann::json id = "bench";
  for (auto _ : state) {
    std::string out = match_json_text(matcher().catalogue(), matcher().match(p), id);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_Match600Json)->Unit(benchmark::kMicrosecond);

void BM_Match10MB(benchmark::State& state) {
  PostingInput p;
  while (p.text.size() < 10u * 1024 * 1024) p.text += kPosting;
  for (auto _ : state) benchmark::DoNotOptimize(matcher().match(p));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(p.text.size()));
}
BENCHMARK(BM_Match10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
