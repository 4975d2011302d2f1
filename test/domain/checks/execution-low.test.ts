import { describeCheck, findingsOf, withFunds } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, tableGrid } from "../../helpers/grids";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";

const CODE = "execution-low";
const low = (spec: Parameters<typeof withFunds>[3] = {}) => withFunds(10, 8, { rate: 0.8, score: 8 }, { totalScore: 98, ...spec });

describeCheck(CODE, {
  valid: [
    { name: "100% executed", grid: tableGrid() },
    { name: "exactly at the 90% threshold", grid: withFunds(10, 9, { rate: 0.9, score: 9 }, { totalScore: 99 }) },
    { name: "DOMAIN: 80% with 实际完成情况 mentioning 结余", grid: low({ actual: "年末结余2万元，已按规定收回。" }) },
    { name: "80% explained in an indicator's 偏差原因 (尚未支出)", grid: low({ indicators: DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, why: "部分款项尚未支出" } : d)) }) },
    { name: "80% explained with 结转", grid: low({ actual: "剩余款项结转下年使用。" }) },
    { name: "no rate can be computed (budget 0)", grid: withFunds(0, 0, { rate: null, score: null }, { totalScore: null }) },
    { name: "no rate can be computed (budget empty)", grid: withFunds(null, 8, { rate: null, score: null }, { totalScore: null }) },
    { name: "80% under a profile with a lower threshold (0.75)", grid: low(), profile: { ...NATIONAL_PROFILE, executionExplainBelow: "0.75" } },
  ],
  invalid: [
    {
      name: "DOMAIN: 80% executed and no explanation anywhere",
      grid: low(),
      findings: [{ messageId: "low", cell: "H6", severity: "warning", data: { rate: "0.8", threshold: "0.9" } }],
    },
    {
      name: "89.99%, just below the threshold",
      grid: withFunds(10000, 8999, { rate: 0.8999, score: 9 }, { totalScore: 99 }),
      findings: [{ messageId: "low", cell: "H6", data: { rate: "0.8999", threshold: "0.9" } }],
    },
    {
      name: "nothing spent (0%), rate cell empty: still at the rate cell",
      grid: withFunds(10, 0, { rate: null, score: null }, { totalScore: null }),
      findings: [{ messageId: "low", cell: "H6", data: { rate: "0", threshold: "0.9" } }],
    },
    {
      name: "an explanation unrelated to the money does not count",
      grid: low({ actual: "完成率100%，达到了预期目标。", indicators: DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, why: "人员调整" } : d)) }),
      findings: [{ messageId: "low", cell: "H6", data: { rate: "0.8" } }],
    },
    {
      name: "the profile's threshold decides (95% under a 0.96 threshold)",
      grid: withFunds(20, 19, { rate: 0.95, score: 9.5 }, { totalScore: 99.5 }),
      profile: { ...NATIONAL_PROFILE, executionExplainBelow: "0.96" },
      findings: [{ messageId: "low", cell: "H6", data: { rate: "0.95", threshold: "0.96" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // EXPLAINS_SPENDING matches 资金 / 预算 anywhere, so any goal text that names the money
  // ("补助资金已发放到位") silences the warning although nothing explains the unspent 20%.
  it("is not silenced by 资金 merely named in 实际完成情况", () => {
    expect(findingsOf(CODE, low({ actual: "食堂补助资金已发放到位。" }))).toHaveLength(1);
  });

  it("also fires on a negative rate (a data error budget-inconsistent reports), with the exact rate in data", () => {
    const [f] = findingsOf(CODE, withFunds(9, -1, { rate: null, score: 0 }, { totalScore: 90 }));
    expect(f).toMatchObject({ cell: "H6" });
    // data.rate is the unrounded quotient: 64 significant digits for −1/9.
    expect(String(f.data?.rate).startsWith("-0.1111111111")).toBe(true);
  });
});
