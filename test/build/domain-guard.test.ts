/**
 * The guard that keeps src/domain pure (eslint.config.mjs, no-restricted-imports and
 * no-restricted-globals): it refuses each kind of forbidden dependency, accepts the domain's own
 * imports, and the domain as it stands passes it.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

interface Sample {
  code: string;
  file: string;
}

/**
 * Lints every sample (as if it were the file named) and src/domain itself in one Node process: the
 * ESLint API loads the flat config with a dynamic import, which jest's module system does not run.
 */
function lint(samples: Sample[]): { samples: string[][]; domain: string[] } {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const pick = (r) => r.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals");
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const samples = JSON.parse(process.argv[1]);
      const out = { samples: [], domain: [] };
      for (const s of samples) {
        const [r] = await eslint.lintText(s.code, { filePath: path.join(process.cwd(), s.file) });
        out.samples.push(pick(r).map((m) => m.message));
      }
      for (const r of await eslint.lintFiles(["src/domain"])) {
        for (const m of pick(r)) out.domain.push(path.relative(process.cwd(), r.filePath) + ":" + m.line + " " + m.message);
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(samples)], { cwd: ROOT, encoding: "utf8" }));
}

const DOMAIN_FILE = "src/domain/guard-sample.ts";
const REFUSED: [code: string, says: string][] = [
  ['import * as fs from "fs";\nexport const x = fs;', "Node"],
  ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;', "Node"],
  ['import ExcelJS from "exceljs";\nexport const x = ExcelJS;', "exceljs"],
  ['import { useState } from "react";\nexport const x = useState;', "React"],
  ['import { Button } from "@fluentui/react-components";\nexport const x = Button;', "Fluent"],
  ['import { excelStrings } from "../strings/excel";\nexport const x = excelStrings;', "depends on nothing outside it"],
  ['import { applyPlan } from "../excel";\nexport const x = applyPlan;', "depends on nothing outside it"],
  ['import { applyPlan } from "../xlsx/apply";\nexport const x = applyPlan;', "depends on nothing outside it"],
  ["export const x = () => Excel.run(async () => undefined);", "Office.js"],
  ["export const x = () => process.env.HOME;", "Node"],
];
const ACCEPTED: Sample[] = [
  { code: 'import Decimal from "decimal.js";\nimport { cellAddress } from "./grid";\nexport const x = [Decimal, cellAddress];', file: DOMAIN_FILE },
  // The guard is the domain's only: an adapter may import exceljs.
  { code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;', file: "src/xlsx/guard-sample.ts" },
];

let result: ReturnType<typeof lint>;
beforeAll(() => {
  result = lint([...REFUSED.map(([code]) => ({ code, file: DOMAIN_FILE })), ...ACCEPTED]);
}, 60000);

describe("the domain guard", () => {
  it.each(REFUSED.map(([code, says], i) => [code, says, i] as const))("refuses %s", (_code, says, i) => {
    expect(result.samples[i]).toHaveLength(1);
    expect(result.samples[i][0]).toContain(says);
  });

  it("accepts the domain's own imports and decimal.js, and exceljs in an adapter", () => {
    expect(result.samples.slice(REFUSED.length)).toEqual([[], []]);
  });

  it("finds nothing in src/domain as it stands", () => {
    expect(result.domain).toEqual([]);
  });
});
