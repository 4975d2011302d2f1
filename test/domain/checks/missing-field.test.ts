import { describeCheck, editedTable, withFunds, withIndicator } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, gridOf, tableGrid, tableMerges, tableRows } from "../../helpers/grids";

const CODE = "missing-field";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "an empty 年初预算数 (not required)", grid: tableGrid({ funds: { initial: null }, subLines: [[null, 4.5, 4.5], [null, 0, 0], [null, 0, 0]] }) },
    { name: "a not-applicable indicator (target “/”, actual and weight empty)", grid: withIndicator(1, { name: "无", target: "/", actual: null, weight: 10, score: 0 }) },
    { name: "a not-applicable target with an empty actual", grid: withIndicator(1, { target: "不适用", actual: null, why: "本年度无此项" }) },
    // The form's unused 二级 slots: silent, however the unit marked them.
    ...[
      ["blank, its 二级 label only", { name: null, target: null, actual: null, weight: null, score: null }],
      ["分值 0, the rest blank", { name: null, target: null, actual: null, weight: 0, score: null }],
      ["不适用 in 三级, 指标值 and 完成值, no 分值", { name: "不适用", target: "不适用", actual: "不适用", weight: null, score: null }],
      ["无 everywhere", { name: "无", target: "无", actual: "无", weight: null, score: null }],
      ["— everywhere", { name: "—", target: "—", actual: "—", weight: null, score: null }],
      ["0 as 分值 and 得分, the rest blank", { name: null, target: null, actual: null, weight: 0, score: 0 }],
      ["/ in 指标值 and 完成值 only", { name: null, target: "/", actual: "/", weight: null, score: null }],
      ["未涉及 as the name, the rest blank", { name: "未涉及", target: null, actual: null, weight: null, score: null }],
      ["本项目不涉及 as the name, the rest blank", { name: "本项目不涉及", target: null, actual: null, weight: null, score: null }],
      ["a bare 指标1： (the form's spare row)", { name: "指标1：", target: null, actual: null, weight: null, score: null }],
      ["无此指标 | 无 | 无 | 无 | 无", { name: "无此指标", target: "无", actual: "无", weight: "无", score: "无" }],
    ].map(([what, slot]) => ({ name: `an unused 生态效益指标 slot: ${what as string}`, grid: tableGrid({ indicators: [...DEFAULT_INDICATORS, { l2: "生态效益指标", ...(slot as object) } as (typeof DEFAULT_INDICATORS)[number]] }) })),
    // Cells covered by a merged area are merge-across's to report, once.
    { name: "target and actual cells covered by a merge (E13:F14)", grid: gridOf((() => { const r = tableRows(); r[12][5] = r[13][4] = r[13][5] = null; return r; })(), { merges: [...tableMerges(6), "E13:F14"] }) },
    // The total line by its place under the funds header (total-line-assumed says so): not missing.
    { name: "the 年度资金总额 label blank, its figures there", grid: editedTable((rows) => (rows[5][1] = null)) },
    { name: "the 年度资金总额 label worded past recognition (项目总投入)", grid: editedTable((rows) => (rows[5][1] = "项目总投入")) },
        { name: "the project name written in the label cell (项目名称：食堂经费)", grid: editedTable((rows) => { rows[2][0] = "项目名称：食堂经费"; rows[2][1] = null; }) },
  ],
  invalid: [
    {
      name: "DOMAIN: missing project name (an error)",
      grid: tableGrid({ name: null }),
      findings: [{ messageId: "name", cell: "B3", severity: "error", data: { field: "name" } }],
    },
    {
      name: "a project name of white space only",
      grid: tableGrid({ name: "   " }),
      findings: [{ messageId: "name", cell: "B3", severity: "error", data: { field: "name" } }],
    },
    {
      name: "DOMAIN: missing budget (全年预算数)",
      grid: withFunds(null, 4.5, { initial: 4.5, rate: null, score: null }, { subLines: [[4.5, null, 4.5], [0, null, 0], [0, null, 0]], totalScore: null }),
      findings: [{ messageId: "annual", cell: "E6", severity: "error", data: { field: "annual" } }],
    },
    {
      name: "a dash in 全年预算数 reads as empty",
      grid: withFunds("—", 4.5, { initial: 4.5, rate: null, score: null }, { subLines: [[4.5, null, 4.5], [0, null, 0], [0, null, 0]], totalScore: null }),
      findings: [{ messageId: "annual", cell: "E6", severity: "error", data: { field: "annual" } }],
    },
    {
      name: "missing 全年执行数",
      grid: withFunds(4.5, null, { rate: null, score: null }, { subLines: [[4.5, 4.5, null], [0, 0, null], [0, 0, null]], totalScore: null }),
      findings: [{ messageId: "executed", cell: "F6", severity: "error", data: { field: "executed" } }],
    },
    {
      name: "no 年度资金总额 line at all (neither its label nor its figures)",
      grid: editedTable((rows) => (rows[5] = rows[5].map(() => null))),
      findings: [{ messageId: "fundsLine", cell: "A5", severity: "error", data: { field: "funds" } }],
    },
    {
      name: "DOMAIN: missing goal (预期目标), and 实际完成情况 of white space (warnings)",
      grid: tableGrid({ expected: null, actual: "  " }),
      findings: [
        { messageId: "expected", cell: "B11", severity: "warning", data: { field: "expectedGoal" } },
        { messageId: "actualGoal", cell: "F11", severity: "warning", data: { field: "actualGoal" } },
      ],
    },
    {
      name: "no indicator block: at the table's corner",
      grid: gridOf(tableRows().slice(0, 11)),
      findings: [{ messageId: "noIndicators", cell: "A1", severity: "error", data: { field: "indicators" } }],
    },
    {
      name: "a slot with a weight but nothing else is incomplete, not unused",
      grid: tableGrid({ indicators: [...DEFAULT_INDICATORS, { l2: "生态效益指标", name: null, target: null, actual: null, weight: 5, score: null }], totalWeight: 105 }),
      findings: [
        { messageId: "indicatorName", cell: "D19", data: { field: "indicatorName" } },
        { messageId: "target", cell: "E19", data: { field: "target" } },
        { messageId: "actual", cell: "F19", data: { field: "actual" } },
      ],
    },
    {
      name: "a slot with a name but no target or actual is incomplete",
      grid: tableGrid({ indicators: [...DEFAULT_INDICATORS, { l2: "生态效益指标", name: "植被恢复面积", target: null, actual: null, weight: 0, score: null }] }),
      findings: [
        { messageId: "target", cell: "E19", data: { field: "target" } },
        { messageId: "actual", cell: "F19", data: { field: "actual" } },
      ],
    },
    {
      name: "an indicator row without a 三级指标 name",
      grid: withIndicator(0, { name: null }),
      findings: [{ messageId: "indicatorName", cell: "D13", severity: "warning", data: { field: "indicatorName" } }],
    },
    {
      name: "DOMAIN: missing indicator target",
      grid: withIndicator(0, { target: null }),
      findings: [{ messageId: "target", cell: "E13", severity: "warning", data: { field: "target" } }],
    },
    {
      name: "missing indicator actual",
      grid: withIndicator(0, { actual: null }),
      findings: [{ messageId: "actual", cell: "F13", severity: "warning", data: { field: "actual" } }],
    },
    {
      name: "a row with name, target and actual all empty but a weight: three findings",
      grid: withIndicator(1, { name: null, target: null, actual: null, score: null }, { totalScore: null }),
      findings: [
        { messageId: "indicatorName", cell: "D14", data: { field: "indicatorName" } },
        { messageId: "target", cell: "E14", data: { field: "target" } },
        { messageId: "actual", cell: "F14", data: { field: "actual" } },
      ],
    },
  ],
});
