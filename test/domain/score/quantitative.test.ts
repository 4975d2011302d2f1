import Decimal from "decimal.js";
import type { Operator } from "../../../src/domain/parse/types";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles";
import { formatFixed, scoreQuantitative } from "../../../src/domain/score";

const d = (s: string | number) => new Decimal(s);
const score = (op: Operator, target: string | number, actual: string | number, weight: string | number = 10) =>
  scoreQuantitative(op, d(target), d(actual), d(weight), NATIONAL_PROFILE);

describe("more is better (≥, >)", () => {
  it.each<Operator>([">=", ">"])("%s: met at or above the target scores the full weight", (op) => {
    expect(score(op, 8, 8)).toEqual({ score: d(10), met: true, overAchieved: false });
    expect(score(op, 8, 9).met).toBe(true);
    expect(score(op, 8, 9).score.toString()).toBe("10");
  });

  it("scores 14 of a target of 17 with weight 10 as 8.24", () => {
    const r = score(">=", 17, 14);
    expect(formatFixed(r.score, 2)).toBe("8.24");
    expect(r.met).toBe(false);
    expect(r.overAchieved).toBe(false);
  });

  it("scores a shortfall proportionally with half-up rounding", () => {
    // 10 × 91.8 / 96.7 = 9.4933… → 9.49 (渠县 参保人数)
    expect(score(">=", "96.7", "91.8").score.toString()).toBe("9.49");
    // 10 × 1 / 8 = 1.25; weight 3 × 1 / 8 = 0.375 → 0.38
    expect(score(">=", 8, 1, 3).score.toString()).toBe("0.38");
  });

  it("never goes below 0", () => {
    expect(score(">=", 10, -5).score.toString()).toBe("0");
    expect(score(">", 10, 0).score.toString()).toBe("0");
  });
});

describe("less is better (≤, <)", () => {
  it.each<Operator>(["<=", "<"])("%s: met at or below the target", (op) => {
    expect(score(op, 5, 5)).toEqual({ score: d(10), met: true, overAchieved: false });
    expect(score(op, 5, 3).met).toBe(true);
    expect(score(op, 5, -1).score.toString()).toBe("10");
  });

  it("scores a ≤5万元 cost with actual 9 as 2.00 (1 − 4/5 = 0.2)", () => {
    const r = score("<=", 5, 9);
    expect(formatFixed(r.score, 2)).toBe("2.00");
    expect(r.met).toBe(false);
  });

  it("scores 0 at twice the target and beyond", () => {
    expect(score("<=", 5, 10)).toEqual({ score: d(0), met: false, overAchieved: false });
    expect(score("<=", 5, 11).score.toString()).toBe("0");
    expect(score("<", 5, 1000).score.toString()).toBe("0");
  });

  it("scores just over the target almost fully", () => {
    // 10 × (1 − 0.01/5) = 9.98
    expect(score("<=", 5, "5.01").score.toString()).toBe("9.98");
    // 10 × (1 − 1/3) = 6.666… → 6.67
    expect(score("<", 3, 4).score.toString()).toBe("6.67");
  });
});

describe("= is scored as ≥", () => {
  it("is met at or above the target and proportional below it", () => {
    expect(score("=", 100, 100).met).toBe(true);
    expect(score("=", 100, 101).score.toString()).toBe("10");
    expect(score("=", 17, 14).score.toString()).toBe("8.24");
  });

  it("with a target of 0 is met only by an actual ≤ 0", () => {
    expect(score("=", 0, 0)).toEqual({ score: d(10), met: true, overAchieved: false });
    expect(score("=", 0, -1).met).toBe(true);
    expect(score("=", 0, 1)).toEqual({ score: d(0), met: false, overAchieved: false });
  });
});

describe("target 0 on other operators", () => {
  it("≥ 0 is met only by an actual ≤ 0", () => {
    expect(score(">=", 0, 0).met).toBe(true);
    expect(score(">=", 0, 3)).toEqual({ score: d(0), met: false, overAchieved: false });
  });

  it("≤ 0 (检查人员被投诉次数 ≤ 0 次) with an actual above 0 scores 0", () => {
    expect(score("<=", 0, 0).score.toString()).toBe("10");
    expect(score("<=", 0, 1)).toEqual({ score: d(0), met: false, overAchieved: false });
    expect(score("<", 0, "0.01").score.toString()).toBe("0");
  });
});

describe("overAchieved", () => {
  it("is set at exactly 1.2 × target on ≥, > and =", () => {
    for (const op of [">=", ">", "="] as Operator[]) {
      expect(score(op, 100, 120).overAchieved).toBe(true);
      expect(score(op, 100, "119.99").overAchieved).toBe(false);
      expect(score(op, 100, 120).score.toString()).toBe("10");
    }
  });

  it("is exact on targets whose 1.2 × is not a float (1.2 × 0.1 = 0.12)", () => {
    expect(score(">=", "0.1", "0.12").overAchieved).toBe(true);
  });

  it("is never set on ≤ / < or a target of 0", () => {
    expect(score("<=", 100, 1000).overAchieved).toBe(false);
    expect(score("<", 100, 10).overAchieved).toBe(false);
    expect(score(">=", 0, -5).overAchieved).toBe(false);
  });

  it("follows the profile's ratio", () => {
    const strict: RuleProfile = { ...NATIONAL_PROFILE, overAchievementRatio: "1.5" };
    expect(scoreQuantitative(">=", d(100), d(120), d(10), strict).overAchieved).toBe(false);
    expect(scoreQuantitative(">=", d(100), d(150), d(10), strict).overAchieved).toBe(true);
  });
});

describe("weights", () => {
  it("treats a negative weight as 0", () => {
    expect(score(">=", 10, 10, -5).score.toString()).toBe("0");
    expect(score(">=", 10, 5, -5).score.toString()).toBe("0");
  });

  it("scores against fractional weights", () => {
    expect(score(">=", 17, 14, "2.5").score.toString()).toBe("2.06");
  });
});

describe("property: 0 ≤ score ≤ weight", () => {
  const ops: Operator[] = [">=", ">", "<=", "<", "="];
  const targets = ["-10", "-1", "0", "0.001", "0.1", "1", "3", "5", "17", "96.7", "100", "1072389"];
  const actuals = ["-1000", "-1", "0", "0.0005", "0.1", "1", "2.5", "4.999", "5", "9", "10", "14", "20", "120", "1e6"];
  const weights = ["-5", "0", "0.01", "1", "2.5", "3.335", "5", "10", "20", "30"];

  it("holds on a grid of every operator, target, actual and weight", () => {
    let cases = 0;
    for (const op of ops) {
      for (const t of targets) {
        for (const a of actuals) {
          for (const w of weights) {
            const weight = d(w);
            const upper = Decimal.max(weight, 0);
            const r = scoreQuantitative(op, d(t), d(a), weight, NATIONAL_PROFILE);
            const where = `${op} ${t} / ${a} / ${w} → ${r.score.toString()}`;
            expect([where, r.score.greaterThanOrEqualTo(0)]).toEqual([where, true]);
            expect([where, r.score.lessThanOrEqualTo(upper)]).toEqual([where, true]);
            expect([where, r.score.decimalPlaces() <= 2]).toEqual([where, true]);
            if (r.met) expect([where, r.score.toString()]).toEqual([where, upper.toDecimalPlaces(2, Decimal.ROUND_DOWN).toString()]);
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(ops.length * targets.length * actuals.length * weights.length);
  });

  it("is monotone in the actual on ≥ and antitone on ≤", () => {
    for (const t of ["1", "5", "17", "100"]) {
      let prevUp = d(-1);
      let prevDown = d(11);
      for (let i = 0; i <= 400; i++) {
        const a = d(i).div(2);
        const up = score(">=", t, a.toString()).score;
        const down = score("<=", t, a.toString()).score;
        expect(up.greaterThanOrEqualTo(prevUp)).toBe(true);
        expect(down.lessThanOrEqualTo(prevDown)).toBe(true);
        prevUp = up;
        prevDown = down;
      }
    }
  });
});
