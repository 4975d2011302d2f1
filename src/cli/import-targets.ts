/** `selfeval import-targets`: a new self-evaluation workbook from a 项目支出绩效目标表 workbook. */
import { defaultProjectYear } from "../domain/template/project-form";
import { promises as fs } from "fs";
import * as path from "path";
import { getProfile } from "../domain/profiles";
import { CLI_TEXT, IMPORT_TEXT, IO_REASONS } from "../strings/cli";
import { importTargetsFile, type ImportTargetsResult } from "../xlsx/import-targets";
import type { ImportTargetsArgs } from "./args";
import { writeFileAtomic } from "./files";

export interface ImportOutput {
  out: (text: string) => Promise<void>;
  err: (text: string) => Promise<void>;
}

/** Default output: beside the input, "NAME.自评表.xlsx". */
export function defaultImportOutput(input: string): string {
  const ext = path.extname(input);
  return `${ext ? input.slice(0, -ext.length) : input}.自评表.xlsx`;
}

function reasonOf(err: unknown): string {
  const code = err && typeof err === "object" && "code" in err ? (err as { code: unknown }).code : undefined;
  if (typeof code === "string" && code in IO_REASONS) return IO_REASONS[code as keyof typeof IO_REASONS];
  return err instanceof Error ? err.message : String(err);
}

/** Runs the command; exit code 0 written, 1 no targets table in the file, 2 usage or file errors. */
export async function runImportTargets(args: ImportTargetsArgs, io: ImportOutput): Promise<number> {
  const fail = async (message: string, code = 2) => {
    await io.err(`${CLI_TEXT.programName}：${message}\n`);
    return code;
  };
  const profile = getProfile(args.profile);
  if (!profile) return fail(CLI_TEXT.unknownProfile(args.profile, []));
  const out = args.out ?? defaultImportOutput(args.input);
  if (path.resolve(out) === path.resolve(args.input)) return fail(IMPORT_TEXT.sameAsInput(out));
  try {
    const stat = await fs.stat(args.input);
    if (stat.isDirectory()) return fail(CLI_TEXT.fileNotXlsx(args.input));
  } catch {
    return fail(CLI_TEXT.pathNotFound(args.input));
  }

  let result: ImportTargetsResult;
  try {
    // A targets file without a year line: the year the 新增项目 form would start with.
    result = await importTargetsFile(args.input, profile, { year: args.year, defaultYear: defaultProjectYear(new Date()) });
  } catch {
    const notXlsx = path.extname(args.input).toLowerCase() !== ".xlsx";
    return fail(notXlsx ? CLI_TEXT.fileNotXlsx(args.input) : CLI_TEXT.fileUnreadable(args.input));
  }
  if (result.tables.length === 0) return fail(IMPORT_TEXT.noTables(args.input), 1);

  try {
    const bytes = await result.workbook.xlsx.writeBuffer();
    await writeFileAtomic(out, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer));
  } catch (err) {
    return fail(CLI_TEXT.writeFailed(out, reasonOf(err)));
  }

  const lines = [IMPORT_TEXT.header(args.input, result.tables.length, result.year)];
  result.tables.forEach((t, i) => {
    const budget = t.funds.total === null ? IMPORT_TEXT.unknownBudget : String(t.funds.total);
    lines.push(IMPORT_TEXT.project(i + 1, t.name, result.sheets[i].name, t.indicators.length, budget));
    const inferred = t.indicators.filter((x) => x.level1Inferred).length;
    if (inferred > 0) lines.push(IMPORT_TEXT.inferred(inferred));
  });
  lines.push(IMPORT_TEXT.written(out), IMPORT_TEXT.nextSteps);
  await io.out(lines.join("\n") + "\n");
  return 0;
}
