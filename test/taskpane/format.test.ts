import { formatDateCompact, formatDateTime, formatPercent } from "../../src/taskpane/format";

describe("formatPercent", () => {
  it.each([
    ["0.947494033413", "94.75%"],
    ["0.9475", "94.75%"],
    ["0.94744999", "94.74%"],
    ["0.947450", "94.75%"],
    ["1", "100.00%"],
    ["1.25", "125.00%"],
    ["0", "0.00%"],
    ["0.00004", "0.00%"],
    ["0.00005", "0.01%"],
    ["-0.5", "-50.00%"],
    ["-0.00001", "0.00%"],
    ["12.3456789", "1234.57%"],
  ])("%s → %s (half up, like the engine)", (fraction, shown) => {
    expect(formatPercent(fraction)).toBe(shown);
  });

  it("refuses what is not a plain decimal", () => {
    expect(formatPercent("1e-7")).toBeUndefined();
    expect(formatPercent("abc")).toBeUndefined();
    expect(formatPercent("")).toBeUndefined();
  });
});

describe("dates", () => {
  it("formats local dates for file names and captions", () => {
    const date = new Date(2024, 0, 5, 8, 7);
    expect(formatDateCompact(date)).toBe("20240105");
    expect(formatDateTime(date)).toBe("2024-01-05 08:07");
  });
});
