/** Shared by the CLI tests: a national-form workbook, a temp folder of inputs, stdout/stderr capture. */
import { createHash, randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/** One filled national-form table (DOMAIN.md layout), starting at A1. */
export function buildNationalWorkbook(projectName = "城乡居民医保政策宣传"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目1");
  const rows: (string | number | null)[][] = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", projectName],
    ["主管部门", "某县医疗保障局", null, null, "实施单位", "某县医疗保障事务中心"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 25, 25, 24.958, 10, null, null],
    [null, "其中：当年财政拨款", 25, 25, 24.958, "—", null, "—"],
    [null, "上年结转资金", null, null, null, "—", null, "—"],
    [null, "其他资金", null, null, null, "—", null, "—"],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, "开展医保政策宣传，提高群众知晓率", null, null, null, "已开展宣传14次，知晓率95%"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "宣传次数", "≥17次", 14, 50, null, null],
    [null, "效益指标", "社会效益指标", "政策知晓率", "≥90%", 0.95, 30, 30, null],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", 0.98, 10, 10, null],
    ["总分", null, null, null, null, null, 100, null, null],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      if (v !== null) cell.value = v;
      if (i >= 2) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    });
  });
  ws.mergeCells("A1:I1");
  ws.mergeCells("A2:I2");
  ws.mergeCells("B3:I3");
  ws.mergeCells("A5:A9");
  ws.mergeCells("A12:A15");
  ws.mergeCells("A16:F16");
  return wb;
}

export interface InputFolder {
  dir: string;
  valid: string;
  corrupt: string;
  nested: string;
  lock: string;
  oldOutput: string;
  cleanup(): Promise<void>;
}

/**
 * A temp folder: a.xlsx (valid), bad.xlsx (random bytes), sub/b.xlsx (valid), and two files a run
 * must skip: ~$x.xlsx (Excel lock file) and old.checked.xlsx (an earlier output).
 */
export async function makeInputFolder(): Promise<InputFolder> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-cli-"));
  const valid = path.join(dir, "a.xlsx");
  const corrupt = path.join(dir, "bad.xlsx");
  const nested = path.join(dir, "sub", "b.xlsx");
  const lock = path.join(dir, "~$x.xlsx");
  const oldOutput = path.join(dir, "old.checked.xlsx");
  await fs.mkdir(path.dirname(nested));
  await buildNationalWorkbook().xlsx.writeFile(valid);
  await buildNationalWorkbook("医疗救助资金").xlsx.writeFile(nested);
  await buildNationalWorkbook("旧的输出").xlsx.writeFile(oldOutput);
  await fs.writeFile(corrupt, randomBytes(4096));
  await fs.writeFile(lock, randomBytes(165));
  return { dir, valid, corrupt, nested, lock, oldOutput, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

export async function sha256(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls main() in-process with stdout and stderr captured. */
export async function run(args: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const capture = (append: (s: string) => void) =>
    ((chunk: string | Uint8Array, encodingOrCb?: unknown, cb?: unknown) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = typeof encodingOrCb === "function" ? encodingOrCb : cb;
      if (typeof done === "function") (done as () => void)();
      return true;
    }) as typeof process.stdout.write;
  const out = jest.spyOn(process.stdout, "write").mockImplementation(capture((s) => (stdout += s)));
  const err = jest.spyOn(process.stderr, "write").mockImplementation(capture((s) => (stderr += s)));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
