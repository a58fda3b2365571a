// The ~600-character posting the native benchmarks match (matcher_bench, match_profile).
#pragma once

namespace talentmatch::bench {

// A realistic posting: title line, metadata, duties, requirements, a qualification, pay.
inline const char* const kPosting =
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

}  // namespace talentmatch::bench
