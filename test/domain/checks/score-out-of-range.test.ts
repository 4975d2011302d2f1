import { describeCheck, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "score-out-of-range";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "a score equal to its weight (10 of 10)", grid: withIndicator(5, { score: 10 }) },
    { name: "a score of 0", grid: withIndicator(5, { actual: 0, score: 0, why: "未开展调查" }, { totalScore: 90 }) },
    { name: "an empty score", grid: withIndicator(5, { score: null }) },
    { name: "a score with an unreadable weight (no range to check)", grid: withIndicator(5, { weight: "十分", score: 12 }) },
    { name: "an execution score equal to its weight", grid: tableGrid({ funds: { score: 10 } }) },
  ],
  invalid: [
    {
      name: "DOMAIN: a score of 12 on weight 10",
      grid: withIndicator(5, { score: 12 }, { totalScore: 102 }),
      findings: [{ messageId: "indicator", cell: "H18", severity: "error", data: { score: "12", weight: "10" } }],
    },
    {
      name: "a negative score",
      grid: withIndicator(5, { score: -1, why: "x" }, { totalScore: 89 }),
      findings: [{ messageId: "indicator", cell: "H18", data: { score: "-1", weight: "10" } }],
    },
    {
      name: "a score just above its weight (20.01 of 20)",
      grid: withIndicator(0, { score: 20.01 }, { totalScore: 100.01 }),
      findings: [{ messageId: "indicator", cell: "H13", data: { score: "20.01", weight: "20" } }],
    },
    {
      name: "an execution score of 12 on weight 10",
      grid: tableGrid({ funds: { score: 12 }, totalScore: 102 }),
      findings: [{ messageId: "execution", cell: "I6", severity: "error", data: { score: "12", weight: "10" } }],
    },
    {
      name: "a negative execution score",
      grid: tableGrid({ funds: { score: -1 }, totalScore: 89 }),
      findings: [{ messageId: "execution", cell: "I6", data: { score: "-1", weight: "10" } }],
    },
  ],
});
