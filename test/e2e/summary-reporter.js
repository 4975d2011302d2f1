/**
 * Ends the e2e output with one line a person (or CI log search) can read: "E2E PASS …" or "E2E FAIL …",
 * with the failed test names. Jest itself sets the exit code.
 *
 * Jest always adds its own summary reporter after the custom ones, so the line is written when the
 * process exits, after everything Jest prints.
 */
const { writeSync } = require("node:fs");
const path = require("node:path");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = [];
    for (const file of results.testResults) {
      if (file.testExecError) failed.push(`${path.basename(file.testFilePath)}: ${file.testExecError.message.split("\n")[0]}`);
      for (const t of file.testResults) if (t.status === "failed") failed.push(t.fullName);
    }
    const artifacts = "artifacts/e2e/";
    const ok = results.numFailedTests === 0 && results.numFailedTestSuites === 0 && results.numRuntimeErrorTestSuites === 0 && results.numTotalTests > 0;
    const skipped = results.numPendingTests + results.numTodoTests;
    const counts = `${results.numPassedTests}/${results.numTotalTests} tests passed${skipped ? ` (${skipped} skipped)` : ""}`;
    const list = failed.length ? `; failed: ${failed.join(" | ")}` : results.numTotalTests === 0 ? "; no tests ran" : "";
    const line = ok ? `E2E PASS: ${counts} (screenshots and metrics in ${artifacts})` : `E2E FAIL: ${counts}${list} (see ${artifacts})`;
    process.once("exit", () => writeSync(1, `\n${line}\n`));
  }
}

module.exports = SummaryReporter;
