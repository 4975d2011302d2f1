#!/usr/bin/env node
// Entry point of the headless command; the TypeScript sources compile to lib/ (npm run build:cli).
"use strict";
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
  process.stderr.write("selfeval：尚未编译，请先运行 npm run build:cli\n");
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`selfeval：内部错误：${err && err.message ? err.message : err}\n`);
    process.exit(2);
  }
);
