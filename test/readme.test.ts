import * as fs from "fs";
import * as path from "path";
import { FINDING_CODES } from "../src/domain/checks";

const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));

describe("README", () => {
  it("documents every finding code reviewers can filter on", () => {
    const fileLevel = ["file-unreadable", "write-failed", "formula-kept"];
    for (const code of [...FINDING_CODES.map((c) => c.code), ...fileLevel]) expect(readme).toContain(`\`${code}\``);
  });

  it("gives the two quick-start commands, and they exist as npm scripts", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm test");
    expect(pkg.scripts.demo).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  it("is what .ci/run runs", () => {
    const ci = fs.readFileSync(path.join(__dirname, "..", ".ci", "run"), "utf8");
    expect(ci).toMatch(/^npm test$/m);
  });
});
