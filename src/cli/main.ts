/** Entry of the `selfeval` command: parse arguments, check each file, report, return the exit code. */
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { getProfile } from "../domain/profiles";
import type { RuleProfile } from "../domain/profiles/types";
import { CLI_TEXT, HELP_TEXT, IO_REASONS } from "../strings/cli";
import { BATCH_TEXT } from "../strings/report";
import { parseArgs, type CheckArgs } from "./args";
import { FATAL_FILE_CODES, type FileResult } from "./file-result";
import { collectInputs, outputPath, writeFileAtomic } from "./files";
import { progressOn } from "./progress";
import { exitCodeOf, summarise, type RunSummary } from "./summary";
import type { FileTask } from "./workers/protocol";

// Each command loads only what it uses: exceljs alone takes most of a second to load, and
// --version, --help or a usage error need none of it (nor does the main thread when workers check
// the files). Loaded once, then reused.
let poolModule: Promise<typeof import("./workers/pool")> | undefined;
let formatJsonModule: Promise<typeof import("./format-json")> | undefined;
let formatTextModule: Promise<typeof import("./format-text")> | undefined;

/** Runs the command with argv (without node and the script path) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        await writeOut(HELP_TEXT);
        return 0;
      case "version":
        await writeOut(CLI_TEXT.version(readVersion()) + "\n");
        return 0;
      case "usage-error":
        await writeErr(`${CLI_TEXT.programName}：${args.message}\n${CLI_TEXT.helpHint}\n`);
        return 2;
      case "check":
        return await runCheck(args);
      case "import-targets": {
        const { runImportTargets } = await import("./import-targets");
        return await runImportTargets(args, { out: writeOut, err: writeErr });
      }
    }
  } catch (err) {
    // Only a defect gets here; report it in one line, without a stack trace.
    await writeErr(`${CLI_TEXT.programName}：${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

async function runCheck(args: CheckArgs): Promise<number> {
  const profile = getProfile(args.profile);
  if (!profile) {
    await writeErr(`${CLI_TEXT.programName}：${CLI_TEXT.unknownProfile(args.profile, [])}\n`);
    return 2;
  }

  if (args.outDir !== undefined) {
    try {
      await fs.mkdir(args.outDir, { recursive: true });
    } catch (err) {
      const code = (err as { code?: string }).code;
      const reason = code && code in IO_REASONS ? IO_REASONS[code as keyof typeof IO_REASONS] : String(err);
      await writeErr(`${CLI_TEXT.programName}：${CLI_TEXT.cannotCreateOutDir(args.outDir, reason)}\n`);
      return 2;
    }
  }

  const inputs = await collectInputs(args.inputs, args.outDir);
  for (const p of inputs.missing) await writeErr(`${CLI_TEXT.programName}：${CLI_TEXT.pathNotFound(p)}\n`);
  for (const p of inputs.emptyFolders) await writeErr(`${CLI_TEXT.programName}：${CLI_TEXT.noXlsxInFolder(p)}\n`);

  // A folder walk does not pick up this run's own summary workbook (from an earlier run).
  const ownOutputs = new Set([args.summary, args.report].filter((p): p is string => p !== undefined).map((p) => path.resolve(p)));
  const files = inputs.files.filter((f) => f.root === undefined || !ownOutputs.has(path.resolve(f.path)));
  const used = new Set<string>(files.map((f) => path.resolve(f.path)));
  const tasks: FileTask[] = files.map((file) => ({
    file: file.path,
    output: args.write ? outputPath(file, args.outDir, used) : undefined,
    profile: profile.id,
    rateFormula: args.rateFormula,
    notes: args.notes,
    projectList: args.write && args.list !== false,
    draftExplanations: args.draftExplanations,
  }));
  const { checkFiles, compiledWorkerFile } = await (poolModule ??= import("./workers/pool"));
  const progress = progressOn(process.stderr, { json: args.json, files: tasks.length });
  const results: FileResult[] = await checkFiles(tasks, {
    jobs: args.jobs ?? os.availableParallelism(),
    workerFile: compiledWorkerFile(),
    onFileDone: (done, total) => progress.update(done, total),
  });
  progress.end();

  // A file that could not be read, checked or saved is also said on stderr: it decides exit code 2.
  for (const r of results) {
    for (const f of r.findings) {
      if (FATAL_FILE_CODES.has(f.code)) await writeErr(`${CLI_TEXT.programName}：${f.message}\n`);
    }
  }

  const summary = summarise(results);
  let code = exitCodeOf(results, inputs.missing.length);
  if (!(await writeReviewerOutputs(args, profile, results, summary, inputs.missing))) code = 2;
  if (args.json) {
    const { formatJson } = await (formatJsonModule ??= import("./format-json"));
    await writeOut(formatJson(profile.id, results, summary, inputs.missing, code));
  } else {
    const { formatText } = await (formatTextModule ??= import("./format-text"));
    await writeOut(formatText(results, summary, inputs.missing.length));
  }
  return code;
}

/** Writes --report and --summary when asked for; false when one of them could not be saved. */
async function writeReviewerOutputs(
  args: CheckArgs,
  profile: RuleProfile,
  results: FileResult[],
  summary: RunSummary,
  missingPaths: string[],
): Promise<boolean> {
  let ok = true;
  const save = async (target: string, write: () => Promise<void>, done: string) => {
    try {
      await write();
      await writeErr(`${done}\n`);
    } catch (err) {
      const code = (err as { code?: string }).code;
      const reason = code && code in IO_REASONS ? IO_REASONS[code as keyof typeof IO_REASONS] : err instanceof Error ? err.message : String(err);
      await writeErr(`${CLI_TEXT.programName}：${BATCH_TEXT.cannotWrite(target, reason)}\n`);
      ok = false;
    }
  };
  if (args.report !== undefined) {
    const target = args.report;
    await save(
      target,
      async () => {
        const { renderReport } = await import("./report/html");
        const html = renderReport({ files: results, summary, profile, missingPaths, generatedAt: new Date() });
        await writeFileAtomic(target, Buffer.from(html, "utf8"));
      },
      BATCH_TEXT.reportWritten(target),
    );
  }
  if (args.summary !== undefined) {
    const target = args.summary;
    await save(
      target,
      async () => {
        const { writeSummaryWorkbook } = await import("./summary-xlsx");
        await writeSummaryWorkbook(results, target);
      },
      BATCH_TEXT.summaryWritten(target),
    );
  }
  return ok;
}

function readVersion(): string {
  // lib/cli/main.js and src/cli/main.ts are both two levels below package.json.
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

function writeOut(text: string): Promise<void> {
  return writeTo(process.stdout, text);
}

function writeErr(text: string): Promise<void> {
  return writeTo(process.stderr, text);
}

/**
 * Writes and, when the stream still holds buffered data (pipes on some systems), waits until it is
 * flushed: the bin calls process.exit right after main returns.
 */
async function writeTo(stream: NodeJS.WriteStream, text: string): Promise<void> {
  stream.write(text);
  if (stream.writableLength > 0) {
    await new Promise<void>((resolve) => stream.write("", () => resolve()));
  }
}
