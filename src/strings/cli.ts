/** Every text the command line and the .xlsx adapter show to users, in Simplified Chinese. */
import type { DraftSkipReason } from "../domain/drafts/types";

/** Why a draft was not written into a cell (--draft-explanations). */
export const DRAFT_SKIP_REASONS: Record<DraftSkipReason, string> = {
  "not-empty": "单元格已有内容，草稿不会覆盖它（如只写了“无”，请删去后再填入草稿）",
  "already-drafted": "单元格中已有一份未改完的草稿",
  "formula-cell": "单元格含有公式，未写入",
  "sheet-not-found": "找不到工作表",
  "bad-address": "单元格地址无效",
  "empty-goal": "“实际完成情况”还是空的：请先写实际完成情况，执行率的说明草稿接在它后面",
  "too-long": "接上草稿后会超过一个单元格最多容纳的 32767 个字符",
  stale: "检查之后表格有了改动，这个偏差已不在该单元格：请重新检查后再填入",
};

/** Plain reasons for common file-system errors, by Node error code. */
export const IO_REASONS = {
  EACCES: "没有访问权限",
  EPERM: "没有访问权限",
  EBUSY: "文件被占用（可能已在 Excel 中打开）",
  ENOSPC: "磁盘空间不足",
  ENOENT: "路径不存在",
  ENOTDIR: "路径中有一部分不是文件夹",
  EISDIR: "这是一个文件夹",
  EROFS: "磁盘为只读",
} as const;

export const HELP_TEXT = `绩效自评助手 selfeval：检查并评分项目支出绩效自评表（.xlsx）

用法：
  selfeval check [选项] 文件或文件夹...
  selfeval import-targets 绩效目标表.xlsx [--out 新自评表.xlsx] [--profile 规则] [--year 年度]
  selfeval help | --help      显示本帮助
  selfeval --version          显示版本号

给出文件夹时，检查其中（含子文件夹）的全部 .xlsx 文件，
跳过 Excel 临时文件（~$*.xlsx）和本工具生成的 *.checked.xlsx。

选项：
  --json                 以 JSON 格式输出结果（标准输出只有一个 JSON 文档）
  --write                写出标注后的副本：执行率、得分、高亮和批注；
                         默认保存为原文件旁的“文件名.checked.xlsx”，原文件不会被修改
  --out 文件夹           与 --write 一起使用：把副本以原文件名保存到该文件夹（不存在时自动创建）
  --profile 规则         评分规则：national（全国通用，默认）或 sichuan（四川）
  --rate-formula         执行率写为公式（=全年执行数/全年预算数），而不是数值
  --no-notes             不添加批注
  --no-list              与 --write 一起使用：不添加“项目清单（自动）”工作表
                         （默认在副本最后添加，列出各项目的预算、执行、得分和问题数）
  --draft-explanations   与 --write 一起使用：在副本中为未说明的偏差填入说明草稿
                         （写明目标、实际、差距和扣分，原因和改进措施留作“【请填写】”；
                         只填入空白的“偏差原因分析及改进措施”，执行率说明接在“实际完成情况”之后；
                         再次检查时，未改完的草稿会报告为错误 draft-unedited）
  --report 文件.html     另外写出一份汇总报告（单个 HTML 文件，离线可打开、可打印）：
                         总数、等级分布、执行率分布、问题按代码统计、可排序筛选的项目明细
  --summary 文件.xlsx    另外写出汇总工作簿：每个项目一行，带数字格式、筛选和原文件链接
  --jobs N               同时检查 N 个文件（工作线程，默认为 CPU 核数）；结果顺序不变
  -h, --help             显示本帮助
  -v, --version          显示版本号

import-targets：把项目支出绩效目标表（年初的绩效目标）转成自评表
  读取目标表中的每一张表（可以堆叠在一页上，也可以一表一页；公开清单会被跳过），
  写出一个新的工作簿：每个项目一张自评表，带入项目名称、主管部门、实施单位、
  年度资金总额（作为年初预算数）、年度目标（作为预期目标）和全部绩效指标及指标值。
  分值按评分规则平均分配，标为黄色，是建议值，请确认后再用。
  全年预算数、全年执行数、实际完成值留空，请据实填写后运行 selfeval check。
  原目标表不会被修改。
  --out 文件             新工作簿的路径（默认在原文件旁，名为“文件名.自评表.xlsx”）
  --profile 规则         national（全国通用表样，默认）或 sichuan（四川表样）
  --year 年度            自评年度（默认取目标表上印的年度）

退出码：
  0  没有发现错误
  1  发现了错误（警告和提示不影响退出码）
  2  用法错误、路径不存在、文件无法读取或无法保存
  （import-targets：0 已写出新工作簿；1 文件中没有找到绩效目标表；2 同上）

示例：
  selfeval check 2023年度自评表.xlsx
  selfeval check --write --out 已检查 ./自评表
  selfeval check --write --draft-explanations 2023年度自评表.xlsx
  selfeval check --json --profile sichuan 自评表.xlsx > 结果.json
  selfeval check --report 汇总.html --summary 汇总.xlsx ./各单位自评表
  selfeval import-targets 2024年绩效目标表.xlsx --out 2024年度自评表.xlsx
`;

export const CLI_TEXT = {
  programName: "selfeval",
  version: (v: string) => `selfeval ${v}`,
  helpHint: "运行 selfeval --help 查看用法。",

  // Usage errors
  noCommand: "缺少命令。",
  unknownCommand: (cmd: string) => `未知命令：${cmd}`,
  unknownOption: (opt: string) => `未知选项：${opt}`,
  optionNeedsValue: (opt: string) => `选项 ${opt} 需要一个值。`,
  optionTakesNoValue: (opt: string) => `选项 ${opt} 不接受值。`,
  unknownProfile: (id: string, known: string[]) => `未知的评分规则：${id}（可用：${known.join("、")}）`,
  noInputs: "请给出要检查的文件或文件夹。",
  outWithoutWrite: "选项 --out 需要与 --write 一起使用。",
  draftsWithoutWrite: "选项 --draft-explanations 需要与 --write 一起使用：草稿只写入检查后的副本，不改动原文件。",
  pathNotFound: (p: string) => `找不到文件或文件夹：${p}`,
  noXlsxInFolder: (p: string) => `文件夹中没有 .xlsx 文件：${p}`,
  cannotCreateOutDir: (p: string, reason: string) => `无法创建输出文件夹：${p}（${reason}）`,

  // File-level findings
  fileUnreadable: (file: string) => `无法读取文件“${file}”：它不是有效的 .xlsx 工作簿，或已损坏、已加密。`,
  fileNotXlsx: (file: string) => `无法读取文件“${file}”：只支持 .xlsx 格式，请在 Excel 中另存为 .xlsx 后再检查。`,
  internalError: (file: string, reason: string) => `检查文件“${file}”时发生内部错误：${reason}`,
  writeFailed: (file: string, reason: string) => `无法保存“${file}”：${reason}`,
  formulaKept: (ref: string) => `${ref} 含有公式，已保留公式，未写入计算结果。`,

  // Human report
  fileHeader: (file: string) => `文件：${file}`,
  hiddenSheet: "（隐藏）",
  projectHeader: (name: string, sheet: string, range: string) => `  项目「${name}」 工作表 ${sheet}，区域 ${range}`,
  projectFigures: (rate: string, rateScore: string, total: string, grade: string) =>
    `    执行率 ${rate}，执行得分 ${rateScore}，总分 ${total}，等级 ${grade}`,
  projectCounts: (error: number, warning: number, info: number) =>
    `    错误 ${error} 个，警告 ${warning} 个，提示 ${info} 个`,
  unnamedProject: "（未填写项目名称）",
  missing: "—",
  noProjects: "  未找到绩效自评表。",
  fileFindings: "  文件问题：",
  findingLine: (severity: string, ref: string, message: string) => `    ${severity}  ${ref}  ${message}`,
  findingLineNoRef: (severity: string, message: string) => `    ${severity}  ${message}`,
  written: (out: string, cells: number, marks: number, notes: number) =>
    `  已保存：${out}（写入 ${cells} 个单元格，标记 ${marks} 处，批注 ${notes} 条）`,
  draftsWritten: (n: number) => `  已在副本中填入 ${n} 条说明草稿：请把其中的“【请填写】”换成实际的原因分析和改进措施。`,
  draftSkipped: (ref: string, reason: DraftSkipReason) => `    未填入草稿  ${ref}  ${DRAFT_SKIP_REASONS[reason]}`,
  summary: (files: number, projects: number, error: number, warning: number, info: number) =>
    `共检查 ${files} 个文件、${projects} 个项目：错误 ${error} 个，警告 ${warning} 个，提示 ${info} 个`,
  missingSummary: (n: number) => `另有 ${n} 个路径不存在，未检查。`,
} as const;

/** Texts of `selfeval import-targets`. */
export const IMPORT_TEXT = {
  noInput: "请给出绩效目标表文件（.xlsx）。",
  oneInput: "import-targets 一次只读取一个绩效目标表文件。",
  badYear: (value: string) => `年度应为四位数字，例如 2024，而不是“${value}”。`,
  sameAsInput: (p: string) => `输出文件不能与绩效目标表是同一个文件：${p}`,
  noTables: (file: string) => `在“${file}”中没有找到项目支出绩效目标表（需要有“项目名称”和“一级指标 / 二级指标 / 三级指标 / 指标值”表头）。`,
  header: (file: string, count: number, year: number) => `从“${file}”读取了 ${count} 张绩效目标表，生成 ${year} 年度自评表：`,
  project: (no: number, name: string, sheet: string, indicators: number, budget: string) =>
    `  ${no}. ${name} → 工作表「${sheet}」：${indicators} 个指标，年初预算数 ${budget} 万元`,
  inferred: (n: number) => `     其中 ${n} 个指标的一级指标是按二级指标推断的（已加批注，请核对）`,
  written: (out: string) => `已保存：${out}`,
  nextSteps:
    "分值是按评分规则平均分配的建议值（黄色底纹），请确认；全年预算数、全年执行数、实际完成值等待填写。填好后运行 selfeval check 检查并评分。",
  unknownBudget: "—",
} as const;
