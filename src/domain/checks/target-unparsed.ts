import { defineCheck } from "./types";

const WHAT = { "error-value": "错误值", boolean: "逻辑值", date: "日期" } as const;

/** target-unparsed: a 年度指标值 that is neither a readable quantity nor a qualitative target. */
export const targetUnparsed = defineCheck({
  code: "target-unparsed",
  severity: "warning",
  description: "年度指标值无法识别（如“见附件”、只有符号没有数值、错误值）",
  messages: {
    unparsed: "“{{name}}”的年度指标值“{{raw}}”无法识别：请写成“≥8人”“≤5万元”“＝100%”这样的比较符号加数值，或写明定性目标。",
    invalid: "“{{name}}”的年度指标值是{{what}}，不是指标值：请改填指标值。",
  },
  run({ project, report }) {
    for (const ind of project.indicators) {
      const t = ind.target;
      const cell = ind.row.target ?? ind.row.nameCell;
      if (t.kind === "unparsed") report({ cell, messageId: "unparsed", data: { name: ind.row.name, raw: t.raw.trim() }, details: { raw: t.raw, reason: t.reason } });
      else if (t.kind === "invalid") report({ cell, messageId: "invalid", data: { name: ind.row.name, what: WHAT[t.reason] }, details: { raw: t.raw, reason: t.reason } });
    }
  },
});
