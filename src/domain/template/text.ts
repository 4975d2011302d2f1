/** Every text the templates, the targets import and the list sheet put in front of users. */

/** Every label the national form prints; fixtures swap some of them for real-world variants. */
export interface NationalLabels {
  title: string;
  yearLine: (year: number) => string;
  name: string;
  dept: string;
  unit: string;
  funds: string;
  initial: string;
  annual: string;
  executed: string;
  fundWeight: string;
  rate: string;
  fundScore: string;
  totalLine: string;
  fiscalLine: string;
  carryoverLine: string;
  otherLine: string;
  goal: string;
  expected: string;
  actual: string;
  indicators: string;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actualValue: string;
  weight: string;
  score: string;
  explanation: string;
  totalScore: string;
}

/** The national form's labels as 财预〔2020〕10号 prints them. */
export const CANONICAL_LABELS: NationalLabels = {
  title: "项目支出绩效自评表",
  yearLine: (year) => `（${year}年度）`,
  name: "项目名称",
  dept: "主管部门",
  unit: "实施单位",
  funds: "项目资金（万元）",
  initial: "年初预算数",
  annual: "全年预算数",
  executed: "全年执行数",
  fundWeight: "分值",
  rate: "执行率",
  fundScore: "得分",
  totalLine: "年度资金总额：",
  fiscalLine: "其中：本年财政拨款",
  carryoverLine: "上年结转资金",
  otherLine: "其他资金",
  goal: "年度总体目标",
  expected: "预期目标",
  actual: "实际完成情况",
  indicators: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "年度指标值",
  actualValue: "实际完成值",
  weight: "分值",
  score: "得分",
  explanation: "偏差原因分析及改进措施",
  totalScore: "总分",
};

/** The Sichuan form (专项预算项目绩效目标完成情况自评表) as seed 003 prints it. */
export const SICHUAN_LABELS = {
  title: "专项预算项目绩效目标完成情况自评表",
  name: "项目名称",
  budgetUnit: "预算单位",
  projectType: "项目类型",
  overview: "项目概况",
  overviewLines: [
    "中长期规划（名称、文号，仅指常年项目）",
    "资金管理办法（名称、文号）",
    "绩效分配方式",
    "立项依据",
    "使用范围",
    "申报（补助）条件",
    "项目起止年限",
  ],
  funds: "项目资金（万元）",
  totalLine: "年度资金总额：",
  fiscalLine: "其中：财政拨款",
  /** Printed only when the project has money carried over (not on seed 003's form). */
  carryoverLine: "上年结转资金",
  otherLine: "其他资金",
  goal: "总体目标",
  goalYear: "年度目标",
  indicators: "绩效指标",
  heads: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成指标值"],
} as const;

/** The fixed value printed in the cells of a fund line that has no weight or score ("—"). */
export const NO_VALUE = "—";

/** A first-level indicator: the second levels offered in its drop-down list, and the rows of a blank template. */
export interface LevelVocabulary {
  level1: string;
  level2: string[];
  skeleton: string[];
}

/** First-level indicators and their usual second levels (财预〔2020〕10号 附件; seed 004 writes 满意度指标). */
export const NATIONAL_LEVELS: LevelVocabulary[] = [
  { level1: "产出指标", level2: ["数量指标", "质量指标", "时效指标", "成本指标"], skeleton: ["数量指标", "质量指标", "时效指标", "成本指标"] },
  {
    level1: "效益指标",
    level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    skeleton: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  },
  { level1: "满意度指标", level2: ["服务对象满意度指标", "满意度指标"], skeleton: ["服务对象满意度指标"] },
];

/** The Sichuan form has 成本指标 as a first level of its own (seed 003). */
export const SICHUAN_LEVELS: LevelVocabulary[] = [
  { level1: "产出指标", level2: ["数量指标", "质量指标", "时效指标"], skeleton: ["数量指标", "质量指标", "时效指标"] },
  { level1: "成本指标", level2: ["经济成本指标", "社会成本指标", "生态环境成本指标", "成本指标"], skeleton: ["经济成本指标"] },
  {
    level1: "效益指标",
    level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    skeleton: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  },
  { level1: "满意度指标", level2: ["服务对象满意度指标", "满意度指标"], skeleton: ["服务对象满意度指标"] },
];

/** 指标性质 values of the Sichuan form. */
export const SICHUAN_NATURES = ["≥", "≤", "＝", "＞", "＜", "定性"];

export const TEMPLATE_TEXT = {
  defaultSheetName: "新项目",
  level1Prompt: "请从列表中选择一级指标",
  level2Prompt: "请从列表中选择二级指标",
  naturePrompt: "≥ ≤ ＝ ＞ ＜ 或 定性",
  suggestedWeightsNote: (levels: string) =>
    `绩效自评助手按评分规则平均分配的建议分值（${levels}），请按本单位实际确认或修改；确认后可把底色改回白色。`,
  suggestedLevel: (level1: string, weight: string, count: number) => `${level1} ${weight} 分 ÷ ${count} 项`,
  levelWithoutIndicators: (level1: string, weight: string) => `${level1}没有指标，${weight} 分未分配`,
  inferredLevel1Note: (level2: string, level1: string) =>
    `目标表此行未写一级指标，按二级指标“${level2}”归入“${level1}”，请核对。`,
  unknownLevelNote: "无法判断此指标属于哪个一级指标，未分配建议分值，请手工填写。",
  budgetNote:
    "年初预算数取自绩效目标表的“年度资金总额”。全年预算数应为调整后的全年预算（含追加、调减），请据实填写。",
} as const;

/** Why a project name cannot be a sheet name. */
export const SHEET_NAME_TEXT = {
  empty: "工作表名称不能为空。",
  tooLong: (length: number) => `工作表名称最多 31 个字符，现在有 ${length} 个。`,
  badChar: (chars: string) => `工作表名称不能包含这些字符：${chars}`,
  apostrophe: "工作表名称不能以单引号（'）开头或结尾。",
  reserved: "“History”是 Excel 保留的名称，不能用作工作表名称。",
  duplicate: (name: string, suggestion: string) => `已有名为“${name}”的工作表，可以改用“${suggestion}”。`,
} as const;

/** The add-in's own list sheet. */
export const PROJECT_LIST_TEXT = {
  /** Preferred name; the alternative is used when a user's own sheet already has the preferred one. */
  sheetName: "项目清单（自动）",
  alternativeName: "项目清单（绩效自评助手）",
  /** A1 of the sheet: also how the add-in recognises the sheet as its own. */
  marker: "项目清单（由绩效自评助手自动生成，每次检查时整表重写，请勿在此表中填写）",
  headers: ["序号", "项目名称", "工作表", "全年预算数", "全年执行数", "执行率", "总分", "等级", "错误", "警告"],
  totalLabel: "合计",
  projectCount: (n: number) => `共 ${n} 个项目`,
  unnamed: "（未填写项目名称）",
} as const;

/** Why a field of the 新增项目 form cannot be used as typed (the project name's own texts are SHEET_NAME_TEXT). */
export const PROJECT_FORM_TEXT = {
  yearMissing: "请填写年度，例如 2024。",
  yearFormat: "年度应为 4 位数字，例如 2024。",
  yearRange: (min: number, max: number) => `年度应在 ${min} 年至 ${max} 年之间。`,
  amountFormat: "请填写数字（单位：万元），例如 25.14 或 1,200.5。",
  amountNegative: "预算数不能为负数。",
  amountCommas: "千分位逗号的位置不对，例如应写作 1,200.5。",
  amountDecimals: (places: number) => `小数最多 6 位（0.000001 万元即 1 分钱），现在有 ${places} 位。`,
  amountTooLarge: "数字位数过多，Excel 无法准确保存，请核对。",
} as const;
