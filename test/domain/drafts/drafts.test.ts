/**
 * Drafts of 偏差原因: one per deviation kind, quoting the figures the sheet shows, with the cause and
 * the measures left to the accountant; none without the wording; none for a deviation explained.
 */
import { checkWorkbook } from "../../../src/domain/engine";
import type { Finding } from "../../../src/domain/finding";
import type { Grid } from "../../../src/domain/grid";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { buildDraftPlan, draftRequests } from "../../../src/domain/drafts/plan";
import { refreshDraftRequests, refreshDrafts } from "../../../src/domain/drafts/refresh";
import { editedTable, withFunds, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const TAIL = "\n原因分析：【请填写】\n改进措施：【请填写】";
const PARTIAL = "部分达成预期指标并具有一定效果";

function findings(grid: Grid, wording = true): Finding[] {
  const report = checkWorkbook([grid], { profile: NATIONAL_PROFILE, drafts: wording ? DRAFT_WORDING : undefined });
  return report.projects.flatMap((p) => p.findings);
}
const drafted = (grid: Grid) => findings(grid).filter((f) => f.draft);

describe("a draft for every deviation kind", () => {
  it("not-met, less is better: the excess in the target's unit and in percent, and the points deducted", () => {
    const [f] = drafted(withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2 }, { totalScore: 92 }));
    expect(f.code).toBe("deviation-unexplained");
    expect(f.draft).toEqual({
      kind: "not-met",
      about: "办公成本",
      cell: "I16",
      append: false,
      text: `该指标年度指标值为≤5万元，实际完成值为9，比目标多4万元（高出目标80.00%），未达到年度指标值，得分2.00分（分值10分，扣8.00分）。${TAIL}`,
    });
  });

  it("not-met, more is better, with the score computed: the shortfall and the computed deduction", () => {
    // 7 of ≥8人 with weight 20: 20 × 7 / 8 = 17.50, so 2.50 deducted; 1 short is 12.50% of 8.
    const [f] = drafted(withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 }));
    expect(f.draft?.text).toBe(`该指标年度指标值为≥8人，实际完成值为7，比目标少1人（低于目标12.50%），未达到年度指标值，得分17.50分（分值20分，扣2.50分）。${TAIL}`);
  });

  it("not-met on a percent target: the gap in 个百分点, no percent of a percent", () => {
    const [f] = drafted(withIndicator(2, { actual: 90, score: null }, { totalScore: null }));
    expect(f.draft?.text).toBe(`该指标年度指标值为≥95%，实际完成值为90，比目标低5个百分点，未达到年度指标值，得分9.47分（分值10分，扣0.53分）。${TAIL}`);
  });

  it("not-met with decimals: the gap is exact (0.3 − 0.1 is 0.2, not a binary float)", () => {
    const [f] = drafted(withIndicator(3, { name: "培训经费", target: "≥0.3万元", actual: 0.1, score: null }, { totalScore: null }));
    expect(f.draft?.text).toContain("比目标少0.2万元（低于目标66.67%）");
  });

  it("lost-points: a met target scored below its weight", () => {
    const [f] = drafted(withIndicator(1, { score: 8 }, { totalScore: 98 }));
    expect(f.draft).toEqual({ kind: "lost-points", about: "改善职工伙食质量", cell: "I14", append: false, text: `该指标年度指标值为“明显改善”，实际完成值为“达成预期指标”，得分8.00分（分值10分，扣2.00分）。${TAIL}` });
  });

  it("over-achieved: the excess and the multiple of the target", () => {
    const [f] = drafted(withIndicator(0, { actual: 10 }));
    expect(f.severity).toBe("warning");
    expect(f.draft).toEqual({ kind: "over-achieved", about: "受益人数", cell: "I13", append: false, text: `该指标年度指标值为≥8人，实际完成值为10，比目标多2人（高出目标25.00%），为目标的1.25倍，远超年度指标值。${TAIL}` });
  });

  it("band: a qualitative indicator partly achieved", () => {
    const [f] = drafted(withIndicator(1, { actual: PARTIAL, score: 6 }, { totalScore: 96 }));
    expect(f.draft).toEqual({ kind: "band", about: "改善职工伙食质量", cell: "I14", append: false, text: `该指标年度指标值为“明显改善”，实际完成情况为“${PARTIAL}”，未完全达成，得分6.00分（分值10分，扣4.00分）。${TAIL}` });
  });

  it("execution-low: the amounts, the rate against the threshold, after the text of 实际完成情况", () => {
    // 85.2 of 100: 85.20%, score 8.52 (written by the plan), 1.48 deducted.
    const grid = withFunds(100, 85.2, { rate: null, score: null });
    const [f] = drafted(grid);
    expect(f.code).toBe("execution-low");
    expect(f.draft).toEqual({
      kind: "execution-low",
      about: "",
      cell: "F11",
      append: true,
      text: `预算执行情况：全年预算数100万元，全年执行数85.2万元，未执行14.8万元，预算执行率85.20%，低于90.00%，执行率得分8.52分（分值10分，扣1.48分）。${TAIL}`,
    });
  });

  it("execution-low with amounts in 元 says 元", () => {
    const grid = withFunds(50000, 40000, { rate: null, score: null });
    grid.values[4][0] = "项目资金（元）";
    const [f] = drafted(grid);
    expect(f.draft?.text).toContain("全年预算数50000元，全年执行数40000元，未执行10000元");
  });
});

describe("no draft where none is due", () => {
  it("leaves findings without a draft when the run has no wording", () => {
    const fs = findings(withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 }), false);
    expect(fs.some((f) => f.code === "deviation-unexplained")).toBe(true);
    expect(fs.some((f) => f.draft)).toBe(false);
  });

  it("drafts nothing on a table without deviations", () => {
    expect(drafted(tableGrid())).toEqual([]);
  });

  it("drafts nothing for an explained deviation", () => {
    expect(drafted(withIndicator(0, { actual: 7, score: 17.5, why: "2名职工调离" }, { totalScore: 97.5 }))).toEqual([]);
  });

  it("gives the draft but no cell where the form has no 偏差原因 column", () => {
    const grid = withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 });
    for (const row of grid.values) row.length = 8;
    const [f] = drafted(grid);
    expect(f.draft?.text).toContain("比目标少1人");
    expect(f.draft?.cell).toBeUndefined();
  });
});

describe("every sentence a draft ends with leaves the cause to the accountant", () => {
  it("never states a cause: each draft's last two lines are the placeholders", () => {
    const grids = [
      withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2 }, { totalScore: 92 }),
      withIndicator(1, { score: 8 }, { totalScore: 98 }),
      withIndicator(0, { actual: 10 }),
      withIndicator(1, { actual: PARTIAL, score: 6 }, { totalScore: 96 }),
      withFunds(100, 85.2, { rate: null, score: null }),
    ];
    const kinds = grids.flatMap(drafted).map((f) => f.draft!);
    expect(kinds.map((d) => d.kind).sort()).toEqual(["band", "execution-low", "lost-points", "not-met", "over-achieved"]);
    for (const d of kinds) {
      const lines = d.text.split("\n");
      expect(lines).toHaveLength(3);
      expect(lines.slice(1)).toEqual(["原因分析：【请填写】", "改进措施：【请填写】"]);
      expect(lines[0]).not.toMatch(/原因是|由于|因为/);
    }
  });
});

describe("figures on every scale the tables use", () => {
  const draftOf = (grid: Grid) => drafted(grid)[0]?.draft;

  it("a percent target with the actual written as a fraction (0.96 of ≥98%): 个百分点", () => {
    expect(draftOf(withIndicator(5, { actual: 0.96, score: null }, { totalScore: null }))?.text).toContain("比目标低2个百分点，未达到年度指标值");
  });

  it("a rate target written without % (≥98 on a 及时率) with the actual as a fraction (0.96): 个百分点", () => {
    const text = draftOf(withIndicator(2, { target: "≥98", actual: 0.96, score: null }, { totalScore: null }))?.text;
    expect(text).toContain("比目标低2个百分点，未达到年度指标值");
  });

  it("a per-mille target: 个千分点, not 个百分点", () => {
    const text = draftOf(withIndicator(2, { name: "差错率", target: "≤5‰", actual: "8‰", score: null }, { totalScore: null }))?.text;
    expect(text).toContain("比目标高3个千分点");
    expect(text).not.toContain("百分点");
  });

  it("a 万元 target with the actual in 元: the gap in 万元, exactly", () => {
    const text = draftOf(withIndicator(3, { name: "办公成本", target: "≤2万元", actual: "25000元", score: null }, { totalScore: null }))?.text;
    expect(text).toContain("比目标多0.5万元（高出目标25.00%）");
  });

  it("a target of 0: the gap, no percent of nothing", () => {
    const text = draftOf(withIndicator(3, { name: "安全事故", target: "=0次", actual: 1, score: 0 }, { totalScore: 90 }))?.text;
    expect(text).toContain("比目标多1次，未达到年度指标值");
    expect(text).not.toContain("高出目标");
  });

  it("an = target far exceeded is scored as ≥: the excess and the multiple", () => {
    expect(draftOf(withIndicator(3, { actual: 600 }))?.text).toContain("比目标多130元/月（高出目标27.66%），为目标的1.28倍，远超年度指标值");
  });

  it("no over-achieved draft (nor finding) for an actual on another scale than its target: unit-suspect says it", () => {
    const grid = withIndicator(3, { name: "项目资金", target: "≥50万元", actual: 600000 });
    expect(drafted(grid)).toEqual([]);
    expect(findings(grid).some((f) => f.code === "unit-suspect")).toBe(true);
  });

  it("a direction in doubt (受益人数 ≤8人) scored below its weight by the written reading: lost-points with that score", () => {
    const d = draftOf(withIndicator(0, { target: "≤8人", actual: 10, score: 15 }, { totalScore: 95 }));
    expect(d?.kind).toBe("lost-points");
    expect(d?.text).toContain("得分15.00分（分值20分，扣5.00分）");
  });

  it("leaves out a typed score the rule disagrees with (score-mismatch reports it)", () => {
    const d = draftOf(withIndicator(0, { actual: 7, score: 20 }));
    expect(d?.kind).toBe("not-met");
    expect(d?.text).not.toContain("得分");
    expect(d?.text).toContain("比目标少1人（低于目标12.50%），未达到年度指标值。");
  });

  it("leaves out a typed qualitative score outside its band", () => {
    const d = draftOf(withIndicator(1, { actual: PARTIAL, score: 9 }, { totalScore: 99 }));
    expect(d?.kind).toBe("band");
    expect(d?.text).not.toContain("得分");
  });
});

describe("refreshDrafts", () => {
  it("finds the sheet whatever its letter case now (renamed from sheet1 to Sheet1 since the check)", () => {
    const g = withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 });
    const asked = draftRequests(findings(g)).map((r) => ({ ...r, sheet: "sheet1" }));
    const { requests, skipped } = refreshDrafts(asked, [g], { profile: NATIONAL_PROFILE, wording: DRAFT_WORDING });
    expect(skipped).toEqual([]);
    expect(requests.map((r) => `${r.sheet}!${r.cell}`)).toEqual(["Sheet1!I13"]);
  });

  it("says what the cell holds rather than stale: text typed since the check", () => {
    const g = withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 });
    const asked = draftRequests(findings(g));
    const typed = withIndicator(0, { actual: 7, score: null, why: "2名职工调离" }, { totalScore: 97.5 });
    const { requests, skipped } = refreshDrafts(asked, [typed], { profile: NATIONAL_PROFILE, wording: DRAFT_WORDING });
    expect(requests).toEqual([]);
    expect(skipped).toEqual([{ sheet: "Sheet1", cell: "I13", reason: "not-empty" }]);
  });
});

describe("refreshDraftRequests", () => {
  const grid = () => withIndicator(0, { actual: 7, score: null }, { totalScore: 97.5 });
  const requestsOf = (g: Grid) => draftRequests(findings(g));

  it("keeps a request whose deviation is still at its cell, with today's figures", () => {
    const earlier = requestsOf(grid());
    const corrected = withIndicator(0, { actual: 6, score: null }, { totalScore: null });
    const { requests, skipped } = refreshDraftRequests(earlier, findings(corrected));
    expect(skipped).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0].text).toContain("实际完成值为6，比目标少2人");
  });

  it("calls a request stale when its cell now holds another indicator's row (a row inserted above)", () => {
    const earlier = requestsOf(grid());
    const moved = editedTable((rows) => {
      rows.splice(12, 0, [null, "产出指标(50分)", "数量指标", "新增指标", "≥1次", 0, 0, 0, null]);
    });
    const { requests, skipped } = refreshDraftRequests(earlier, findings(moved));
    expect(requests).toEqual([]);
    expect(skipped).toEqual([{ sheet: "Sheet1", cell: "I13", reason: "stale" }]);
  });

  it("calls a request stale when the deviation is gone", () => {
    const { requests, skipped } = refreshDraftRequests(requestsOf(grid()), findings(tableGrid()));
    expect(requests).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(["stale"]);
  });

  it("brings every draft of a merged 偏差原因 along with one of them", () => {
    const merged = editedTable((rows) => {
      rows[12][5] = 7;
      rows[12][7] = 17.5;
      rows[13][7] = 8;
      rows[18][7] = 95.5;
    });
    merged.merges.push({ top: 12, left: 8, bottom: 13, right: 8 });
    const all = requestsOf(merged);
    expect(all).toHaveLength(2);
    const { requests } = refreshDraftRequests([all[1]], findings(merged));
    expect(requests.map((r) => r.about)).toEqual(["受益人数", "改善职工伙食质量"]);
    const { plan } = buildDraftPlan(requests, [merged], "草稿");
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0].value).toContain("比目标少1人");
    expect(String(plan.writes[0].value).split("原因分析：【请填写】")).toHaveLength(3);
  });
});
