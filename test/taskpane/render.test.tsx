/**
 * The pane's DOM contract (test ids, data attributes, text), checked on server-rendered markup: no
 * browser, no Excel. Results come from a real run of the adapter over a fixture, through the fake Excel.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { toStoredResults, type StoredResults } from "../../src/commands/results-store";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { checkAndScore } from "../../src/excel/run";
import { App } from "../../src/taskpane/App";
import type { Addin } from "../../src/taskpane/addin";
import { collectFindings, ALL_SEVERITIES } from "../../src/taskpane/findings";
import { FindingsList } from "../../src/taskpane/FindingsList";
import { MessageList } from "../../src/taskpane/MessageList";
import type { PaneStore } from "../../src/taskpane/pane-store";
import { ProjectSummaries } from "../../src/taskpane/ProjectSummaries";
import { SettingsSection } from "../../src/taskpane/SettingsSection";
import { DEFAULT_SETTINGS } from "../../src/commands/settings-store";
import { CAPS, fixtureSpecs } from "../excel/book";
import { FakeBook, fakeExcelRun } from "../excel/fake-excel";

let results: StoredResults;

beforeAll(async () => {
  const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
  const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
  if (!outcome.ok) throw new Error(outcome.message);
  results = toStoredResults(outcome, "pane", new Date(2024, 4, 6, 9, 30));
});

/** Elements (opening tags) carrying `data-testid="id"`. */
function tagsWith(html: string, id: string): string[] {
  return html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${id}"[^>]*>`, "g")) ?? [];
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

const noop = () => undefined;

describe("pane markup", () => {
  it("summarises each project with sheet, rate, total and grade", () => {
    const html = renderToStaticMarkup(<ProjectSummaries projects={results.report.projects} />);
    const summaries = tagsWith(html, "project-summary");
    expect(summaries).toHaveLength(results.report.projects.length);
    expect(summaries.map((tag) => attr(tag, "data-sheet"))).toEqual(results.report.projects.map((p) => p.sheet));
    // Seed 000 table 8: 23.82 / 25.14 → 94.75%, total 99.47 (README).
    const eighth = html.slice(html.indexOf('data-sheet="8.城乡医保筹资经费"'));
    const card = eighth.slice(0, eighth.indexOf("</li>"));
    expect(card).toContain("城乡医保筹资经费");
    expect(card).toContain("94.75%");
    expect(card).toContain(">99.47<");
    expect(card).toMatch(/>(优|良|中|差)</);
  });

  it("renders every finding as a button with code, severity, sheet and cell", () => {
    const items = collectFindings(results.report);
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    const findings = tagsWith(html, "finding");
    expect(findings).toHaveLength(items.length);
    expect(items.some((f) => f.cell === undefined)).toBe(true);
    for (const tag of findings) {
      expect(tag.startsWith("<button ")).toBe(true);
      expect(["error", "warning", "info"]).toContain(attr(tag, "data-severity"));
      expect(attr(tag, "data-code")).toMatch(/^[a-z-]+$/);
      expect(attr(tag, "data-sheet")).toBeTruthy();
      expect(attr(tag, "data-cell")).toMatch(/^([A-Z]+\d+)?$/);
    }
    expect(findings.filter((tag) => attr(tag, "data-cell") === "")).toHaveLength(items.filter((f) => !f.cell).length);
    expect(tagsWith(html, "severity-filter")).toHaveLength(1);
    expect(tagsWith(html, "code-filter")).toHaveLength(1);
  });

  it("filters by severity", () => {
    const items = collectFindings(results.report);
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={{ error: true, warning: false, info: false }} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    const shown = tagsWith(html, "finding");
    expect(shown.length).toBe(items.filter((f) => f.severity === "error").length);
    expect(shown.every((tag) => attr(tag, "data-severity") === "error")).toBe(true);
  });

  it("shows messages as MessageBars with their intent", () => {
    const html = renderToStaticMarkup(<MessageList messages={[{ id: 1, intent: "error", text: "Excel 拒绝了本次修改" }]} />);
    const [tag] = tagsWith(html, "message");
    expect(attr(tag, "data-intent")).toBe("error");
    expect(html).toContain("Excel 拒绝了本次修改");
  });

  it("renders workbook text as text, never as markup", () => {
    const items = collectFindings(results.report).slice(0, 1).map((f) => ({ ...f, message: '<img src=x onerror="alert(1)">' }));
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });

  it("marks the total of a project with errors as provisional, and only that", () => {
    // The fixture's projects, plus one made to have errors (so the marker is surely exercised).
    const [first] = results.report.projects;
    const projects = [...results.report.projects, { ...first, sheet: "错误项目", counts: { error: 2, warning: 0, info: 0 } }];
    expect(first.total).not.toBeNull();
    const html = renderToStaticMarkup(<ProjectSummaries projects={projects} />);
    const cards = html.split("</li>").slice(0, -1);
    expect(cards).toHaveLength(projects.length);
    expect(cards[cards.length - 1]).toContain("有 2 个错误待改正");
    projects.forEach((project, i) => {
      const provisional = project.counts.error > 0 && project.total !== null;
      expect({ sheet: project.sheet, provisional: cards[i].includes("暂定") }).toEqual({ sheet: project.sheet, provisional });
      if (provisional) expect(cards[i]).toContain(`有 ${project.counts.error} 个错误待改正`);
      if (project.total !== null) expect(cards[i]).toContain(`>${project.total}<`);
    });
  });

  it("shows which severities are on (aria-pressed) and which finding is the current one", () => {
    const items = collectFindings(results.report);
    const current = items.filter((f) => f.severity !== "warning")[1];
    const html = renderToStaticMarkup(
      <FindingsList
        items={items}
        severities={{ error: true, warning: false, info: true }}
        code=""
        selectedId={current.id}
        onToggleSeverity={noop}
        onChooseCode={noop}
        onSelect={noop}
      />,
    );
    expect(html).toContain("显示：");
    const toggles = html.match(/<button [^>]*data-severity="[a-z]+"[^>]*>/g)?.filter((tag) => tag.includes("aria-pressed")) ?? [];
    expect(toggles.map((tag) => [attr(tag, "data-severity"), attr(tag, "aria-pressed")])).toEqual([
      ["error", "true"],
      ["warning", "false"],
      ["info", "true"],
    ]);
    const marked = tagsWith(html, "finding").filter((tag) => attr(tag, "aria-current") === "true");
    expect(marked.map((tag) => [attr(tag, "data-sheet"), attr(tag, "data-cell")])).toEqual([[current.sheet, current.cell ?? ""]]);
  });

  it("disables the notes switch, off, with a hint when this Excel cannot add notes", () => {
    const render = (notesUnsupported: boolean) =>
      renderToStaticMarkup(
        <SettingsSection settings={DEFAULT_SETTINGS} disabled={false} notesUnsupported={notesUnsupported} open onOpenChange={noop} onChange={noop} />,
      );
    const input = (html: string) => tagsWith(html, "add-notes")[0] ?? "";
    expect(DEFAULT_SETTINGS.addNotes).toBe(true);
    const supported = render(false);
    expect(input(supported)).toContain("checked");
    expect(input(supported)).not.toContain("disabled");
    expect(supported).not.toContain("不支持");
    const unsupported = render(true);
    expect(input(unsupported)).not.toMatch(/ checked/);
    expect(input(unsupported)).toContain("disabled");
    expect(unsupported).toContain("本版本 Excel 不支持");
    for (const id of ["profile", "rate-formula", "add-notes"]) expect(tagsWith(supported, id)).toHaveLength(1);
  });

  it("renders the whole pane with a fake adapter: the buttons, and the settings folded with their summary", () => {
    const addin: Addin = {
      capabilities: CAPS["1.18"],
      checkAndScore: () => Promise.reject(new Error("not called")),
      undo: () => Promise.reject(new Error("not called")),
      clearMarks: () => Promise.reject(new Error("not called")),
      selectCell: () => Promise.resolve({ ok: true }),
    };
    const store: PaneStore = {
      loadSettings: () => new Promise(noop),
      saveSettings: () => Promise.resolve("local"),
      loadResults: () => new Promise(noop),
      saveResults: () => Promise.resolve(),
      subscribeResults: () => noop,
    };
    const html = renderToStaticMarkup(<App addin={addin} store={store} />);
    for (const name of ["检查并评分", "撤销本次检查", "清除标记", "导出检查结果", "复制检查结果"]) expect(html).toMatch(new RegExp(`<button[^>]*>${name}</button>`));
    // Folded: the header says what is chosen; the controls appear when it is opened.
    expect(html).toContain("全国通用 · 执行率写数值 · 添加批注");
    for (const id of ["profile", "rate-formula", "add-notes"]) expect(tagsWith(html, id)).toHaveLength(0);
    expect(tagsWith(html, "progress")).toHaveLength(0);
  });
});
