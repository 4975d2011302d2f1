import type { Finding, Severity } from "../finding";
import type { Grid } from "../grid";

const M = {
  empty: "工作表“{sheet}”是空的，已跳过。",
  notFound: "工作表“{sheet}”中没有找到项目支出绩效自评表（按“项目名称”“年度资金总额”“三级指标”等标签查找），已跳过。如果这是自评表，请检查这些标签是否写对。",
};

export const TABLE_NOT_FOUND = { code: "table-not-found", severity: "info" as const, description: "工作表中没有找到自评表（如项目清单、说明页），该表被跳过" };

/** table-not-found: a sheet without any self-evaluation table, reported as information, not as an error. */
export function tableNotFound(grid: Grid, severity: Severity = TABLE_NOT_FOUND.severity): Finding {
  const empty = grid.values.every((row) => row.every((v) => v === null || (typeof v === "string" && v.trim() === "")));
  return {
    code: TABLE_NOT_FOUND.code,
    severity,
    sheet: grid.sheet,
    message: (empty ? M.empty : M.notFound).replace("{sheet}", grid.sheet),
    data: { empty },
  };
}
