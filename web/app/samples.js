// Postings to try with one click: a scarce chip role with a salary, a fintech role naming
// qualifications, a skilled trade, an English posting, and an off-catalogue job the engine
// should refuse to force into a position.
export const SAMPLES = [
  {
    id: 'ic',
    label_zh: '数字IC设计', label_en: 'Digital IC design',
    text: `数字IC设计工程师
25-40K·14薪 | 北京·海淀 | 3-5年 | 硕士
职位描述：
1. 负责SoC中CPU子系统、总线互联等模块的微架构与RTL设计（Verilog/SystemVerilog）；
2. 完成Lint、CDC检查与逻辑综合，编写时序约束，配合后端完成时序收敛；
3. 参与芯片流片与回片调试。
任职要求：
微电子科学与工程、集成电路设计与集成系统等相关专业硕士及以上学历，熟悉AMBA总线协议。`,
  },
  {
    id: 'fintech',
    label_zh: '量化风控（CFA）', label_en: 'Risk quant (CFA)',
    text: `市场风险管理经理
年薪40-60万
岗位职责：
1. 负责交易账簿的市场风险计量，搭建VaR、压力测试与风险限额体系；
2. 监控利率、汇率及权益类风险敞口，撰写风险报告；
任职要求：
金融工程、数学、统计等专业硕士；持有CFA或FRM证书优先，ACCA资深会员（FCCA）亦可。`,
  },
  {
    id: 'welder',
    label_zh: '焊工（技能岗）', label_en: 'Welder (skilled trade)',
    text: `焊工
月薪9000-13000元
工作内容：负责压力容器、钢结构的氩弧焊、二氧化碳保护焊作业，按图纸完成焊接并自检焊缝质量。
要求：持焊工职业资格证书，3年以上焊接经验，能适应倒班。`,
  },
  {
    id: 'care',
    label_zh: '健康照护师', label_en: 'Health care attendant',
    text: `健康照护师（养老社区）
6000-8000元/月
为社区老人提供生活照护、健康监测、康复训练协助与心理慰藉，记录照护日志。
持健康照护师或养老护理员证书者优先。`,
  },
  {
    id: 'en',
    label_zh: '英文职位：机器学习平台', label_en: 'English: ML platform',
    text: `Machine Learning Platform Engineer
$120k-150k
We are building the training and inference platform for large models: distributed training on GPU clusters, Kubernetes-based scheduling, model serving and monitoring.
Requirements: strong Python and Go, experience with PyTorch, Ray or Kubeflow; degree in computer science or related field.`,
  },
  {
    id: 'cashier',
    label_zh: '超市收银员（目录外）', label_en: 'Cashier (off-catalogue)',
    text: `超市收银员
4000-5000元/月
负责门店收银、商品扫码、找零与小票核对，保持收银台整洁，配合店长完成盘点。
要求：高中及以上学历，做事细心，能接受早晚班。`,
  },
];
