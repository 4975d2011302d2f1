import Decimal from "decimal.js";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles";
import { gradeOf } from "../../../src/domain/score";

const grade = (total: string) => gradeOf(new Decimal(total), NATIONAL_PROFILE);

describe("gradeOf (national)", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
    ["-5", "差"],
  ])("%s → %s", (total, expected) => {
    expect(grade(total)).toBe(expected);
  });

  it("compares exactly: 89.995 is still 良", () => {
    expect(grade("89.995")).toBe("良");
  });

  it("does not depend on the order the profile lists its bands in", () => {
    const shuffled: RuleProfile = {
      ...NATIONAL_PROFILE,
      gradeBands: [...NATIONAL_PROFILE.gradeBands].reverse(),
    };
    expect(gradeOf(new Decimal("85"), shuffled)).toBe("良");
    expect(gradeOf(new Decimal("95"), shuffled)).toBe("优");
  });
});
