import { describeCheck, editedTable, findingsOf, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";

const CODE = "deviation-unexplained";
const PARTIAL = "部分达成预期指标并具有一定效果";

describeCheck(CODE, {
  valid: [
    { name: "every target met at full score", grid: tableGrid() },
    { name: "≥8人 missed (7, 17.50) but explained", grid: withIndicator(0, { actual: 7, score: 17.5, why: "2名职工调离" }, { totalScore: 97.5 }) },
    { name: "≤5万元 exceeded (9, 2.00) and explained", grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2, why: "物价上涨，已压缩其他开支" }, { totalScore: 92 }) },
    { name: "just under the far-over ratio (119 of ≥100人, 1.19×)", grid: withIndicator(0, { target: "≥100人", actual: 119 }) },
    { name: "far over (10 of ≥8人) but explained", grid: withIndicator(0, { actual: 10, why: "新增职工2名" }) },
    { name: "a partial band explained", grid: withIndicator(1, { actual: PARTIAL, score: 7, why: "部分窗口未改造" }, { totalScore: 97 }) },
    { name: "a qualitative target whose words are repeated as the actual", grid: withIndicator(1, { actual: "明显改善" }) },
    { name: "达成 with the score left empty (computed at the top of its band)", grid: withIndicator(1, { score: null }) },
    // Any real sentence explains, however short.
    { name: "a short real sentence (无偏差原因：人员调离) explains", grid: withIndicator(0, { actual: 7, score: 17.5, why: "2人调离" }, { totalScore: 97.5 }) },
    { name: "traditional characters explain too", grid: withIndicator(0, { actual: 7, score: 17.5, why: "職工調離" }, { totalScore: 97.5 }) },
    // Full marks withheld on a met target: one mistake, which score-mismatch reports (with the
    // request for a reason); not a second error here.
    { name: "a target met (8 of ≥8人) but scored 15 of 20: score-mismatch's alone", grid: withIndicator(0, { score: 15 }, { totalScore: 95 }) },
    {
      name: "`≤2万元` → `5000`: not-met is left to unit-suspect when the score is kept",
      grid: withIndicator(3, { name: "办公成本", target: "≤2万元", actual: 5000 }),
    },
  ],
  invalid: [
    {
      name: "DOMAIN: a `≤5万元` cost with actual 9 scored 2 and no explanation (not met)",
      grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2 }, { totalScore: 92 }),
      findings: [{ messageId: "notMet", cell: "I16", severity: "error", data: { reason: "not-met" } }],
    },
    {
      name: "≥8人 missed with the score left empty",
      grid: withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "无 in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "无" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "/ in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "/" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "— in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "—" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "0 in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "0" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "无偏差 in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "无偏差" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "—— in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "——" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "无。 in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "无。" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "－ in 偏差原因 is no explanation: the missed target is still reported",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "－" }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "white space only counts as no explanation",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: "  \n " }, { totalScore: 97.5 }),
      findings: [{ messageId: "notMet", cell: "I13", data: { reason: "not-met" } }],
    },
    {
      name: "a `=0次` target with 1 accident (a target of 0 is met only by ≤ 0)",
      grid: withIndicator(3, { name: "安全事故", target: "=0次", actual: 1, score: 0 }, { totalScore: 90 }),
      findings: [{ messageId: "notMet", cell: "I16", data: { reason: "not-met" } }],
    },
    {
      name: "达成 but scored 8 of 10",
      grid: withIndicator(1, { score: 8 }, { totalScore: 98 }),
      findings: [{ messageId: "lostPoints", cell: "I14", data: { reason: "lost-points" } }],
    },
    {
      name: "an unrecognised actual with points lost",
      grid: withIndicator(1, { actual: "规定时间内", score: 5 }, { totalScore: 95 }),
      findings: [{ messageId: "lostPoints", cell: "I14", data: { reason: "lost-points" } }],
    },
    {
      name: "部分达成 scored inside its band, no explanation",
      grid: withIndicator(1, { actual: PARTIAL, score: 6 }, { totalScore: 96 }),
      findings: [{ messageId: "band", cell: "I14", severity: "error", data: { reason: "band" } }],
    },
    {
      name: "未达成 with the score left empty",
      grid: withIndicator(1, { actual: "未完成预期指标且效果较差", score: null }, { totalScore: null }),
      findings: [{ messageId: "band", cell: "I14", data: { reason: "band" } }],
    },
    {
      name: "DOMAIN: far over target (10 of ≥8人, 1.25×): a warning",
      grid: withIndicator(0, { actual: 10 }),
      findings: [{ messageId: "overAchieved", cell: "I13", severity: "warning", data: { reason: "over-achieved" } }],
    },
    {
      name: "far over exactly at the ratio (120 of ≥100人)",
      grid: withIndicator(0, { target: "≥100人", actual: 120 }),
      findings: [{ messageId: "overAchieved", cell: "I13", severity: "warning", data: { reason: "over-achieved" } }],
    },
    {
      name: "an `=` target is scored as `≥`, so far over counts too (600 of ＝470元/月)",
      grid: withIndicator(3, { actual: 600 }),
      findings: [{ messageId: "overAchieved", cell: "I16", severity: "warning", data: { reason: "over-achieved" } }],
    },
    {
      name: "no 偏差原因 column: reported at the actual cell",
      grid: editedTable((rows) => (rows[11][8] = null), { indicators: [{ l1: "产出指标", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 7, weight: 90, score: 78.75 }], totalScore: 88.75 }),
      findings: [{ messageId: "notMet", cell: "F13", data: { reason: "not-met" } }],
    },
    {
      name: "a profile severity override applies to every sub-case, over-achieved included",
      grid: withIndicator(0, { actual: 10 }),
      profile: { ...NATIONAL_PROFILE, severities: { [CODE]: "info" } },
      findings: [{ messageId: "overAchieved", cell: "I13", severity: "info", data: { reason: "over-achieved" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // score-mismatch skips a unit-suspect row because "the literal score would mislead", and reasonOf
  // skips not-met for it; but with the score cell empty the literal score (0 for 5000 against ≤2)
  // becomes the effective score and lost-points fires on it (total-mismatch uses it too: 90 ≠ 100).
  it("does not ask to explain points lost only by the literal reading of a unit-suspect actual", () => {
    const grid = withIndicator(3, { name: "办公成本", target: "≤2万元", actual: 5000, score: null });
    expect(findingsOf(CODE, grid)).toEqual([]);
  });
});

describe(`${CODE}: full marks withheld on a met target is reported once`, () => {
  it("score-mismatch says it and asks for a reason; no lost-points error beside it", () => {
    const grid = withIndicator(0, { score: 15 }, { totalScore: 95 });
    expect(findingsOf(CODE, grid)).toEqual([]);
    const mismatch = findingsOf("score-mismatch", grid);
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].message).toContain("如确需扣分");
  });
});

describe(`${CODE}: a 偏差原因 merged down over several rows explains each of them`, () => {
  it("takes the merged text for the second row too (no false alarm)", () => {
    const grid = editedTable(
      (rows) => {
        rows[12][5] = 7; // 受益人数 7 of ≥8人
        rows[12][7] = 17.5;
        rows[13][7] = 8; // 改善职工伙食质量 8 of 10
        rows[12][8] = "2名职工调离；伙食质量评价略低于预期，已更换供应商。";
        rows[18][7] = 95.5;
      },
    );
    grid.merges.push({ top: 12, left: 8, bottom: 13, right: 8 });
    expect(findingsOf("deviation-unexplained", grid)).toEqual([]);
  });

  it("reports an empty merged area at its first cell, where the draft goes", () => {
    const grid = editedTable((rows) => {
      rows[13][7] = 8;
      rows[18][7] = 98;
    });
    grid.merges.push({ top: 12, left: 8, bottom: 13, right: 8 });
    const found = findingsOf("deviation-unexplained", grid);
    expect(found.map((f) => f.cell)).toEqual(["I13"]);
  });
});

describe(`${CODE}: the 偏差原因 header merged down into the first indicator row`, () => {
  it("is a label, not an explanation: the first row's deviation is still reported", () => {
    const grid = editedTable((rows) => {
      rows[12][5] = 7;
      rows[12][7] = 17.5;
      rows[18][7] = 97.5;
    });
    grid.merges.push({ top: 11, left: 8, bottom: 12, right: 8 });
    expect(findingsOf(CODE, grid).map((f) => f.cell)).toEqual(["I13"]);
  });
});
