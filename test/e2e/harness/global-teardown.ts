/** Jest global teardown of the e2e run: removes the temporary folders global-setup.ts built into. */
import { rmSync } from "node:fs";
import { TEMPORARY_DIRS } from "./global-setup";

export default function globalTeardown(): void {
  const dirs = JSON.parse(process.env[TEMPORARY_DIRS] ?? "[]") as string[];
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
