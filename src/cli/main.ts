/** Entry of the `selfeval` command: parse arguments, check each file, report, return the exit code. */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { getProfile } from "../domain/profiles";
import { CLI_TEXT, HELP_TEXT, IO_REASONS } from "../strings/cli";
import { parseArgs, type CheckArgs } from "./args";
import { FATAL_FILE_CODES, type FileResult } from "./file-result";
import { collectInputs, outputPath } from "./files";
import { exitCodeOf, summarise } from "./summary";

// Each command loads only what it uses: exceljs alone takes most of a second to load, and
// --version, --help or a usage error need none of it. Loaded once, then reused.
let runFileModule: Promise<typeof import("./run-file")> | undefined;
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

  const { runFile } = await (runFileModule ??= import("./run-file"));
  const used = new Set<string>(inputs.files.map((f) => path.resolve(f.path)));
  const results: FileResult[] = [];
  for (const file of inputs.files) {
    const output = args.write ? outputPath(file, args.outDir, used) : undefined;
    results.push(
      await runFile(file.path, {
        check: { profile, rateAsFormula: args.rateFormula, addNotes: args.notes, projectList: args.write && args.list !== false },
        output,
        notes: args.notes,
      }),
    );
  }

  // A file that could not be read, checked or saved is also said on stderr: it decides exit code 2.
  for (const r of results) {
    for (const f of r.findings) {
      if (FATAL_FILE_CODES.has(f.code)) await writeErr(`${CLI_TEXT.programName}：${f.message}\n`);
    }
  }

  const summary = summarise(results);
  const code = exitCodeOf(results, inputs.missing.length);
  if (args.json) {
    const { formatJson } = await (formatJsonModule ??= import("./format-json"));
    await writeOut(formatJson(profile.id, results, summary, inputs.missing, code));
  } else {
    const { formatText } = await (formatTextModule ??= import("./format-text"));
    await writeOut(formatText(results, summary, inputs.missing.length));
  }
  return code;
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
