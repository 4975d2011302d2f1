/**
 * End-to-end tests (npm run test:e2e): the built pane in Debian's Chromium with the Office.js
 * stand-in. Separate from jest.config.js, whose unit run ignores test/e2e/.
 */
const path = require("node:path");
const unit = require("../../jest.config.js");

module.exports = {
  ...unit,
  rootDir: path.resolve(__dirname, "..", ".."),
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testPathIgnorePatterns: [],
  // One browser per file, one build for all: run the files in band, and give Chromium time.
  maxWorkers: 1,
  // Builds the pane and the Office.js stand-in once for every file (a production build takes a minute).
  globalSetup: "<rootDir>/test/e2e/harness/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/harness/global-teardown.ts",
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/e2e/summary-reporter.js"],
};
