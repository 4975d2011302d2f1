/**
 * Texts of the reviewers' batch outputs (`--report` HTML, `--summary` workbook), the per-file guards
 * and the progress line, in Simplified Chinese.
 */

/** Options and usage errors of --report, --summary and --jobs. */
export const BATCH_TEXT = {
  badJobs: (value: string) => `选项 --jobs 需要一个 1 到 64 之间的整数，而不是“${value}”。`,
  badReportName: (value: string) => `选项 --report 需要一个 .html 文件名，而不是“${value}”。`,
  badSummaryName: (value: string) => `选项 --summary 需要一个 .xlsx 文件名，而不是“${value}”。`,
  cannotWrite: (file: string, reason: string) => `无法保存“${file}”：${reason}`,
  reportWritten: (file: string) => `已保存汇总报告：${file}`,
  summaryWritten: (file: string) => `已保存汇总工作簿：${file}`,
  progress: (done: number, total: number) => `已检查 ${done}/${total} 个文件…`,
} as const;

/** File-level findings of the guards: a file too large, a sheet part too large, a file too slow. */
export const GUARD_TEXT = {
  fileTooLarge: (file: string, size: string, limit: string) =>
    `文件“${file}”有 ${size}，超过单个文件的上限 ${limit}，未检查。文件并未损坏：通常是表格下方或右侧粘贴了大量内容、嵌入了大图片；请删除多余内容后另存，再检查。`,
  partTooLarge: (file: string, part: string, size: string, limit: string) =>
    `文件“${file}”中的${part}解压后有 ${size}，超过上限 ${limit}，未检查。文件并未损坏：通常是工作表下方粘贴了数十万行内容或整列设置了格式；请删除多余的行列后另存，再检查。`,
  sheetPart: (sheet: string, path: string) => `工作表“${sheet}”（${path}）`,
  otherPart: (path: string) => `部件 ${path}`,
  timedOut: (file: string, seconds: number) =>
    `检查文件“${file}”超过 ${seconds} 秒仍未完成，已停止，其他文件照常检查。请在 Excel 中打开它，看是否有异常多的工作表或行，删除后再检查。`,
  workerFailed: (file: string, reason: string) => `检查文件“${file}”时工作线程异常退出（${reason}），其他文件照常检查。`,
} as const;

/** The HTML report. */
export const REPORT_TEXT = {
  title: "绩效自评检查汇总",
  generated: (when: string, profile: string) => `生成时间：${when}\u3000评分规则：${profile}`,
  totals: "总体情况",
  files: "文件",
  projects: "项目",
  errors: "错误",
  warnings: "警告",
  infos: "提示",
  filesUnchecked: (n: number) => `其中 ${n} 个文件未能检查`,
  gradeChart: "等级分布",
  noGrade: "无等级",
  gradeBand: (grade: string, min: string, below: string | null) =>
    below === null ? `${grade}（≥${min}）` : min === "0" ? `${grade}（<${below}）` : `${grade}（${min}–${below}）`,
  rateChart: "执行率分布",
  rateBin: (from: number, to: number) => `${from}–${to}`,
  rateOver: ">100",
  rateNone: "无",
  rateAxis: "执行率（%）；“无”：没有执行率（预算数或执行数缺失、不是数字）",
  threshold: (percent: string) => `门槛 ${percent}`,
  rateChartNote: (percent: string) => `虚线为规则方案的执行率门槛（${percent}）：低于它且未说明原因时报告 execution-low。`,
  chartCount: (label: string, n: number) => `${label}：${n} 个项目`,
  codesChart: "问题按代码统计",
  code: "代码",
  count: "个数",
  noFindings: "没有发现问题。",
  table: "项目明细",
  tableHint: "点击表头排序，点击一行展开该项目的问题及单元格地址。",
  filterUnit: "实施单位",
  filterGrade: "等级",
  filterCode: "问题代码",
  filterAll: "全部",
  shown: "显示",
  shownOf: (total: number) => `/ ${total} 个项目`,
  colFile: "文件",
  colSheet: "工作表",
  colUnit: "实施单位",
  colProject: "项目",
  colRate: "执行率",
  colTotal: "总分",
  colGrade: "等级",
  colErrors: "错误",
  colWarnings: "警告",
  unnamed: "（未填写项目名称）",
  fileRow: "（整个文件）",
  noUnit: "（未填写）",
  noFindingsRow: "该项目没有发现问题。",
  location: "位置",
  severity: "严重程度",
  message: "说明",
  fileFindings: "文件和工作表问题（不属于某个项目）",
  missingPaths: (n: number) => `另有 ${n} 个路径不存在，未检查。`,
  charts: "图表为内嵌 SVG，本文件不引用任何外部资源，可离线打开和打印（A4 横向）。",
} as const;

/** The summary workbook. */
export const SUMMARY_TEXT = {
  sheetName: "检查汇总",
  headers: {
    file: "文件",
    sheet: "工作表",
    unit: "实施单位",
    project: "项目名称",
    year: "年度",
    annual: "全年预算数",
    executed: "全年执行数",
    rate: "执行率",
    rateScore: "执行得分",
    total: "总分",
    grade: "等级",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
    codes: "问题代码",
    link: "打开文件",
  },
  link: "打开",
} as const;
