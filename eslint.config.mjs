// Flat config (ESLint 9): typescript-eslint recommended + the Office add-in rules.
//
// eslint-plugin-office-addins 4 exports flat configs, but its `recommended` also registers its own
// older copy of @typescript-eslint (a plugin-redefinition clash with ours), forces Prettier formatting
// and only matches .ts, not .tsx. So only its rules are taken here, at its recommended severities.
// They guess Office.js proxies from names (`cell`, `.load`), so they run only where Office.js is
// allowed: on exceljs code in src/xlsx they report false positives.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "lib/", "node_modules/", "coverage/", "artifacts/", "samples/checked/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/office/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}", "src/services/**/*.{ts,tsx}", "test/excel/**/*.{ts,tsx}", "test/office-standin/**/*.{ts,tsx}"],
    plugins: { "office-addins": { rules: officeAddins.rules } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      // A sync inside a loop is a round trip per iteration: the house style forbids it outright.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The domain core is plain TypeScript: it runs the same in Node (selfeval), in the pane and in a
    // worker. Neither Office.js, React, exceljs nor a Node API may reach it, nor may the adapters.
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...["fs", "path", "os", "util", "url", "crypto", "buffer", "stream", "events", "child_process", "worker_threads", "zlib", "process"].map((name) => ({
              name,
              message: "src/domain stays free of Node APIs: pass the data in from src/cli or src/xlsx.",
            })),
            { name: "exceljs", message: "src/domain stays free of exceljs: src/xlsx reads and writes workbooks." },
            { name: "jszip", message: "src/domain stays free of file formats: src/xlsx reads workbooks." },
            { name: "react", message: "src/domain stays free of React: the pane lives in src/taskpane." },
            { name: "react-dom", message: "src/domain stays free of React: the pane lives in src/taskpane." },
          ],
          patterns: [
            { group: ["node:*"], message: "src/domain stays free of Node APIs." },
            { group: ["@fluentui/*", "react/*", "react-dom/*"], message: "src/domain stays free of React and Fluent UI." },
            { group: ["@microsoft/office-js*", "office-js*", "@types/office-js"], message: "src/domain stays free of Office.js: src/excel is its only door." },
            {
              group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "**/commands/**", "**/services/**", "**/office/**", "**/strings/**"],
              message: "src/domain depends on nothing outside it: the adapters and the pane depend on the domain, not the other way.",
            },
          ],
        },
      ],
      // Office.js's globals (Excel, Office, OfficeExtension) are declared by @types/office-js for the
      // whole program, so an import rule cannot see them: name them here.
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension", "window", "document", "process", "Buffer", "require", "__dirname"].map((name) => ({
          name,
          message: "src/domain stays free of Office.js, the browser and Node: take the value as a parameter.",
        })),
      ],
    },
  },
  {
    // CommonJS build and tool configs run in Node.
    files: ["**/*.{js,cjs}"],
    ignores: ["src/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Plain scripts under src/ run in the pane's browser, before the bundle (legacy-check.js, ES5 for
    // IE11): classic scripts with the browser's globals. Declared here rather than taken from the
    // `globals` package, which is only a transitive dependency of ESLint, not one of ours.
    files: ["src/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", navigator: "readonly" },
    },
  },
);
