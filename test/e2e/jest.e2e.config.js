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
  // One browser, one server: run the files (there is one) in band, and give Chromium time.
  maxWorkers: 1,
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/e2e/summary-reporter.js"],
};
