import { noticeClosesText, noticeText, noticeUrl } from "../../src/commands/notify";

const BASE = "https://localhost:3000/commands.html";

function textOf(url: string): string {
  return noticeText(new URL(url).search);
}

describe("notice", () => {
  it("says the check's outcome in one line", () => {
    const url = noticeUrl({ kind: "checkDone", projects: 10, error: 3, warning: 5, info: 1 }, BASE);
    expect(url.startsWith("https://localhost:3000/notice.html?")).toBe(true);
    expect(textOf(url)).toMatch(/^已检查 10 个项目：错误 3 个，警告 5 个，提示 1 个。/);
  });

  it("passes the adapter's Chinese error message, after a fixed prefix", () => {
    const url = noticeUrl({ kind: "checkFailed", detail: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。" }, BASE);
    expect(textOf(url)).toBe("检查未完成：Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。");
  });

  it("tells a check still running at the guard what to do: the pane has no time limit", () => {
    const url = noticeUrl({ kind: "checkSlow", minutes: 4 }, BASE, 25);
    const text = textOf(url);
    expect(text).toMatch(/^检查已进行 4 分钟仍未完成。/);
    expect(text).toContain("5 分钟");
    expect(text).toContain("打开面板");
    expect(text).toContain("撤销本次检查");
    expect(noticeClosesText(new URL(url).search)).toBe("本提示 25 秒后自动关闭。");
    expect(textOf(`${BASE}?message=checkSlow&minutes=x`)).toBe("出现了一条无法识别的提示。");
  });

  it("says when it closes by itself, only with a plain number of seconds", () => {
    expect(noticeClosesText(new URL(noticeUrl({ kind: "checkCrashed" }, BASE, 59.6)).search)).toBe("本提示 59 秒后自动关闭。");
    expect(noticeClosesText(new URL(noticeUrl({ kind: "checkCrashed" }, BASE)).search)).toBe("");
    expect(noticeClosesText("?closes=<b>")).toBe("");
  });

  it("no longer knows 新增项目 (its button opens the pane now): an old link gives the generic text", () => {
    expect(textOf(`${BASE}?message=addProject`)).toBe("出现了一条无法识别的提示。");
  });

  it("does not trust the query: non-numeric counts and unknown kinds give the generic text", () => {
    expect(textOf(`${BASE}?message=checkDone&projects=10&error=x&warning=1&info=0`)).toBe("出现了一条无法识别的提示。");
    expect(textOf(`${BASE}?message=evil`)).toBe("出现了一条无法识别的提示。");
    expect(textOf(`${BASE}?text=hello`)).toBe("出现了一条无法识别的提示。");
  });
});
