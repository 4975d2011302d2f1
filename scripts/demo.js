#!/usr/bin/env node
// `npm run demo`: checks the bundled sample workbook and writes a checked copy. The sample keeps
// the real tables' mistakes on purpose, so findings of severity "error" are the expected outcome
// here: only a usage or file problem (exit code 2) fails the demo.
"use strict";
const path = require("path");
const { main } = require("../lib/cli/main.js");

const root = path.resolve(__dirname, "..");
const sample = path.join("samples", "2023年度项目支出绩效自评表-样例.xlsx");
const out = path.join("samples", "checked");
process.chdir(root);
main(["check", "--write", "--out", out, sample]).then((code) => {
  if (code === 2) process.exit(2);
  process.stdout.write(
    `\n演示完成：样例保留了原表中的真实错误，所以上面列出了需要修改的地方。\n` +
      `检查后的副本（已填入执行率、得分、总分，并标出问题单元格和批注）：${path.join(out, path.basename(sample))}\n`,
  );
  process.exit(0);
});
