/** Command-line arguments of `selfeval`, parsed into a command or a usage error. */
import { DEFAULT_PROFILE_ID, PROFILES } from "../domain/profiles";
import { CLI_TEXT, IMPORT_TEXT } from "../strings/cli";

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

const FLAGS = new Set(["--json", "--write", "--rate-formula", "--no-notes", "--no-list"]);
const VALUED = new Set(["--out", "--profile"]);

/** Parses argv (without node and script): `check [options] paths…`, `help`, `--help`, `--version`. */
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

function parseCheck(argv: string[]): ParsedArgs {
  const args: CheckArgs = {
    command: "check",
    json: false,
    write: false,
    profile: DEFAULT_PROFILE_ID,
    rateFormula: false,
    notes: true,
    inputs: [],
  };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith("-") || arg === "-") {
      args.inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (FLAGS.has(name)) {
      if (value !== undefined) return usage(CLI_TEXT.optionTakesNoValue(name));
      if (name === "--json") args.json = true;
      else if (name === "--write") args.write = true;
      else if (name === "--rate-formula") args.rateFormula = true;
      else if (name === "--no-list") args.list = false;
      else args.notes = false;
      continue;
    }
    if (name === "--version" || name === "-v") return { command: "version" };
    if (!VALUED.has(name)) return usage(CLI_TEXT.unknownOption(name));
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        return usage(CLI_TEXT.optionNeedsValue(name));
      }
      value = next;
      i++;
    }
    if (value === "") return usage(CLI_TEXT.optionNeedsValue(name));
    if (name === "--out") args.outDir = value;
    else args.profile = value;
  }
  if (!Object.prototype.hasOwnProperty.call(PROFILES, args.profile)) {
    return usage(CLI_TEXT.unknownProfile(args.profile, Object.keys(PROFILES)));
  }
  if (args.outDir !== undefined && !args.write) return usage(CLI_TEXT.outWithoutWrite);
  if (args.inputs.length === 0) return usage(CLI_TEXT.noInputs);
  return args;
}

const IMPORT_VALUED = new Set(["--out", "--profile", "--year"]);

function parseImportTargets(argv: string[]): ParsedArgs {
  const args: ImportTargetsArgs = { command: "import-targets", input: "", profile: DEFAULT_PROFILE_ID };
  const inputs: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith("-") || arg === "-") {
      inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (!IMPORT_VALUED.has(name)) return usage(CLI_TEXT.unknownOption(name));
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) return usage(CLI_TEXT.optionNeedsValue(name));
      value = next;
      i++;
    }
    if (value === "") return usage(CLI_TEXT.optionNeedsValue(name));
    if (name === "--out") args.out = value;
    else if (name === "--profile") args.profile = value;
    else {
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      if (!(year >= 1990 && year <= 2100)) return usage(IMPORT_TEXT.badYear(value));
      args.year = year;
    }
  }
  if (!Object.prototype.hasOwnProperty.call(PROFILES, args.profile)) {
    return usage(CLI_TEXT.unknownProfile(args.profile, Object.keys(PROFILES)));
  }
  if (inputs.length === 0) return usage(IMPORT_TEXT.noInput);
  if (inputs.length > 1) return usage(IMPORT_TEXT.oneInput);
  args.input = inputs[0];
  return args;
}

function usage(message: string): ParsedArgs {
  return { command: "usage-error", message };
}
