/** Command-line arguments of `selfeval`, parsed into a command or a usage error. */
import { type ParseArgsConfig, parseArgs as nodeParseArgs } from "util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;
import { DEFAULT_PROFILE_ID, PROFILES } from "../domain/profiles";
import { CLI_TEXT, IMPORT_TEXT } from "../strings/cli";
import { BATCH_TEXT } from "../strings/report";

export interface CheckArgs {
  command: "check";
  json: boolean;
  write: boolean;
  outDir?: string;
  profile: string;
  rateFormula: boolean;
  notes: boolean;
  /** false with --no-list: --write adds no 项目清单（自动） sheet. Absent means true. */
  list?: boolean;
  /** --report NAME.html: the reviewers' self-contained HTML report. */
  report?: string;
  /** --summary NAME.xlsx: the reviewers' summary workbook. */
  summary?: string;
  /** --jobs N: worker threads; absent means the number of cores. */
  jobs?: number;
  /** --draft-explanations (with --write): drafts of 偏差原因 go into the checked copy. */
  draftExplanations: boolean;
  inputs: string[];
}

/** `import-targets TARGETS.xlsx [--out NEW.xlsx] [--profile …] [--year …]` */
export interface ImportTargetsArgs {
  command: "import-targets";
  input: string;
  /** Default: beside the input, "NAME.自评表.xlsx". */
  out?: string;
  profile: string;
  year?: number;
}

export type ParsedArgs =
  | CheckArgs
  | ImportTargetsArgs
  | { command: "help" }
  | { command: "version" }
  | { command: "usage-error"; message: string };

/** Flags of `check` (no value) and the options that take one, as util.parseArgs declares them. */
const CHECK_OPTIONS = {
  json: { type: "boolean" },
  write: { type: "boolean" },
  "rate-formula": { type: "boolean" },
  "no-notes": { type: "boolean" },
  "no-list": { type: "boolean" },
  "draft-explanations": { type: "boolean" },
  out: { type: "string" },
  profile: { type: "string" },
  report: { type: "string" },
  summary: { type: "string" },
  jobs: { type: "string" },
} as const satisfies ParseArgsOptionsConfig;

const IMPORT_OPTIONS = {
  out: { type: "string" },
  profile: { type: "string" },
  year: { type: "string" },
} as const satisfies ParseArgsOptionsConfig;

/** Parses argv (without node and script): `check [options] paths…`, `import-targets …`, `help`, `--help`, `--version`. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.some((a) => a === "--help" || a === "-h")) return { command: "help" };
  const [first, ...rest] = argv;
  if (first === undefined) return usage(CLI_TEXT.noCommand);
  if (first === "help") return { command: "help" };
  if (first === "--version" || first === "-v") return { command: "version" };
  if (first === "import-targets") return parseImportTargets(rest);
  if (first !== "check") {
    return usage(first.startsWith("-") ? CLI_TEXT.unknownOption(first) : CLI_TEXT.unknownCommand(first));
  }
  return parseCheck(rest);
}

type Options<T extends ParseArgsOptionsConfig> = { [K in keyof T]?: T[K]["type"] extends "boolean" ? true : string };

/**
 * util.parseArgs in its lenient mode, with tokens, so that each mistake gets its own Chinese message
 * (strict mode throws English errors): an unknown option, a value given to a flag, a missing or empty
 * value ("--out --json" is a missing value, not an output folder named "--json").
 */
function readOptions<T extends ParseArgsOptionsConfig>(argv: string[], config: T): { options: Options<T>; positionals: string[] } | { error: string } {
  const { tokens } = nodeParseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    if (token.rawName === "--version" || token.rawName === "-v") return { error: "version" };
    const spec = Object.prototype.hasOwnProperty.call(config, token.name) ? config[token.name] : undefined;
    if (!spec || !token.rawName.startsWith("--")) return { error: CLI_TEXT.unknownOption(token.rawName) };
    if (spec.type === "boolean") {
      if (token.value !== undefined) return { error: CLI_TEXT.optionTakesNoValue(token.rawName) };
      options[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("--") && value.length > 2)) {
      return { error: CLI_TEXT.optionNeedsValue(token.rawName) };
    }
    options[token.name] = value;
  }
  return { options: options as Options<T>, positionals };
}

function parseCheck(argv: string[]): ParsedArgs {
  const read = readOptions(argv, CHECK_OPTIONS);
  if ("error" in read) return read.error === "version" ? { command: "version" } : usage(read.error);
  const o = read.options;
  const args: CheckArgs = {
    command: "check",
    json: o.json === true,
    write: o.write === true,
    profile: o.profile ?? DEFAULT_PROFILE_ID,
    rateFormula: o["rate-formula"] === true,
    notes: o["no-notes"] !== true,
    draftExplanations: o["draft-explanations"] === true,
    inputs: read.positionals,
  };
  if (o["no-list"]) args.list = false;
  if (o.out !== undefined) args.outDir = o.out;
  if (o.report !== undefined) {
    if (!/\.html?$/i.test(o.report)) return usage(BATCH_TEXT.badReportName(o.report));
    args.report = o.report;
  }
  if (o.summary !== undefined) {
    if (!/\.xlsx$/i.test(o.summary)) return usage(BATCH_TEXT.badSummaryName(o.summary));
    args.summary = o.summary;
  }
  if (o.jobs !== undefined) {
    const jobs = /^\d{1,2}$/.test(o.jobs) ? Number(o.jobs) : NaN;
    if (!(jobs >= 1 && jobs <= 64)) return usage(BATCH_TEXT.badJobs(o.jobs));
    args.jobs = jobs;
  }
  if (!Object.prototype.hasOwnProperty.call(PROFILES, args.profile)) {
    return usage(CLI_TEXT.unknownProfile(args.profile, Object.keys(PROFILES)));
  }
  if (args.outDir !== undefined && !args.write) return usage(CLI_TEXT.outWithoutWrite);
  // Drafts go into the checked copy only, never into the original: there is no copy without --write.
  if (args.draftExplanations && !args.write) return usage(CLI_TEXT.draftsWithoutWrite);
  if (args.inputs.length === 0) return usage(CLI_TEXT.noInputs);
  return args;
}

function parseImportTargets(argv: string[]): ParsedArgs {
  const read = readOptions(argv, IMPORT_OPTIONS);
  if ("error" in read) return usage(read.error === "version" ? CLI_TEXT.unknownOption("--version") : read.error);
  const o = read.options;
  const args: ImportTargetsArgs = { command: "import-targets", input: "", profile: o.profile ?? DEFAULT_PROFILE_ID };
  if (o.out !== undefined) args.out = o.out;
  if (o.year !== undefined) {
    const year = /^\d{4}$/.test(o.year) ? Number(o.year) : NaN;
    if (!(year >= 1990 && year <= 2100)) return usage(IMPORT_TEXT.badYear(o.year));
    args.year = year;
  }
  if (!Object.prototype.hasOwnProperty.call(PROFILES, args.profile)) {
    return usage(CLI_TEXT.unknownProfile(args.profile, Object.keys(PROFILES)));
  }
  if (read.positionals.length === 0) return usage(IMPORT_TEXT.noInput);
  if (read.positionals.length > 1) return usage(IMPORT_TEXT.oneInput);
  args.input = read.positionals[0];
  return args;
}

function usage(message: string): ParsedArgs {
  return { command: "usage-error", message };
}
