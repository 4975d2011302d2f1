/** Peak RSS of a whole `selfeval check --json` run, and of a bare exceljs read, in child processes. */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

function peakRssMb(script: string, file: string): number {
  const child = spawnSync(process.execPath, ["-e", script, file], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 20 });
  const out = child.stderr.toString();
  const m = /RSS=(\d+)/.exec(out);
  if (!m) throw new Error(`no RSS reported: ${out}`);
  return Number(m[1]) / 1024; // resourceUsage().maxRSS is in KiB
}

export function measureMemory(file: string): { checkPeakRssMb: number; bareReadPeakRssMb: number } {
  const check = `require("./lib/cli/main.js").main(["check","--json",process.argv[1]]).then(()=>process.stderr.write("RSS="+process.resourceUsage().maxRSS))`;
  const bare = `new (require("exceljs").Workbook)().xlsx.readFile(process.argv[1]).then(()=>process.stderr.write("RSS="+process.resourceUsage().maxRSS))`;
  return { checkPeakRssMb: peakRssMb(check, file), bareReadPeakRssMb: peakRssMb(bare, file) };
}
