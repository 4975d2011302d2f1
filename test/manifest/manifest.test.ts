/**
 * Offline checks of manifest.xml: the XML schema (xmllint), the ribbon the brief asks for, and the
 * icon files it points at. xmllint is required: CI installs Debian's libxml2-utils.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const XSD_DIR = process.env.OFFICE_XSD_DIR ?? resolve(ROOT, "..", "shared", "office-xsd");
const XSD = join(XSD_DIR, "OfficeAppManifestV1_1.xsd");
const DEV_ORIGIN = "https://localhost:3000/";

type XmllintResult = { status: number; stdout: string; stderr: string };

function xmllint(args: string[]): XmllintResult {
  const run = spawnSync("xmllint", args, { encoding: "utf8" });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT"
        ? "xmllint not found: install it (Debian/Ubuntu: apt-get install -y libxml2-utils). The manifest check cannot be skipped."
        : `xmllint could not run: ${run.error.message}`,
    );
  }
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function validate(file: string): XmllintResult {
  return xmllint(["--noout", "--schema", XSD, file]);
}

/** Evaluates an XPath 1.0 string expression on manifest.xml; use local-name() to ignore namespaces. */
function xpathString(expression: string, file = MANIFEST): string {
  const result = xmllint(["--xpath", `string(${expression})`, file]);
  return result.status === 0 ? result.stdout.trim() : "";
}

function el(name: string): string {
  return `*[local-name()='${name}']`;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetPathFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return join(ROOT, url.slice(DEV_ORIGIN.length));
}

function resourceUrl(resid: string): string {
  return xpathString(`//${el("Resources")}/${el("Images")}/${el("Image")}[@id='${resid}']/@DefaultValue`);
}

describe("manifest.xml schema", () => {
  let scratch: string;

  beforeAll(() => {
    if (!existsSync(XSD)) {
      throw new Error(`Office manifest schema not found at ${XSD}; set OFFICE_XSD_DIR to the office-xsd folder.`);
    }
    scratch = mkdtempSync(join(tmpdir(), "selfeval-manifest-"));
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("validates against OfficeAppManifestV1_1.xsd", () => {
    const result = validate(MANIFEST);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("rejects a copy without the required <Id>", () => {
    const broken = join(scratch, "no-id.xml");
    const source = readFileSync(MANIFEST, "utf8");
    const withoutId = source.replace(/\s*<Id>[^<]*<\/Id>/, "");
    expect(withoutId).not.toBe(source);
    writeFileSync(broken, withoutId);
    const result = validate(broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/fails to validate/);
  });

  it("rejects a copy with an unknown element", () => {
    const broken = join(scratch, "unknown-element.xml");
    copyFileSync(MANIFEST, broken);
    writeFileSync(broken, readFileSync(broken, "utf8").replace("<Permissions>", "<Runtimes/>\n  <Permissions>"));
    const result = validate(broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Runtimes.*not expected/);
  });
});

describe("manifest.xml content", () => {
  it("is an Excel task-pane add-in in zh-CN with a GUID id", () => {
    expect(xpathString(`/${el("OfficeApp")}/@*[local-name()='type']`)).toBe("TaskPaneApp");
    expect(xpathString(`/${el("OfficeApp")}/${el("Id")}`)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(xpathString(`/${el("OfficeApp")}/${el("DefaultLocale")}`)).toBe("zh-CN");
    expect(xpathString(`/${el("OfficeApp")}/${el("DisplayName")}/@DefaultValue`)).toBe("绩效自评助手");
    expect(xpathString(`/${el("OfficeApp")}/${el("Hosts")}/${el("Host")}/@Name`)).toBe("Workbook");
    expect(xpathString(`/${el("OfficeApp")}/${el("Permissions")}`)).toBe("ReadWriteDocument");
  });

  it("asks only for ExcelApi 1.1 (higher sets are feature-detected at run time)", () => {
    const sets = `/${el("OfficeApp")}/${el("Requirements")}/${el("Sets")}`;
    expect(xpathString(`${sets}/@DefaultMinVersion`)).toBe("1.1");
    expect(xpathString(`count(${sets}/${el("Set")})`)).toBe("1");
    expect(xpathString(`${sets}/${el("Set")}/@Name`)).toBe("ExcelApi");
    expect(xpathString(`${sets}/${el("Set")}/@MinVersion`)).toBe("1.1");
  });

  it("has the 绩效自评 group on the Home tab with the three buttons", () => {
    const tab = `//${el("ExtensionPoint")}/${el("OfficeTab")}`;
    expect(xpathString(`${tab}/@id`)).toBe("TabHome");
    const shortString = (resid: string) =>
      xpathString(`//${el("ShortStrings")}/${el("String")}[@id='${resid}']/@DefaultValue`);
    expect(shortString(xpathString(`${tab}/${el("Group")}/${el("Label")}/@resid`))).toBe("绩效自评");

    const controls = `${tab}/${el("Group")}/${el("Control")}`;
    expect(xpathString(`count(${controls})`)).toBe("3");
    const buttons = [1, 2, 3].map((i) => {
      const control = `(${controls})[${i}]`;
      const action = `${control}/${el("Action")}`;
      return {
        label: shortString(xpathString(`${control}/${el("Label")}/@resid`)),
        action: xpathString(`${action}/@*[local-name()='type']`),
        functionName: xpathString(`${action}/${el("FunctionName")}`),
        taskpaneId: xpathString(`${action}/${el("TaskpaneId")}`),
        supertip: xpathString(
          `//${el("LongStrings")}/${el("String")}[@id=${control}/${el("Supertip")}/${el("Description")}/@resid]/@DefaultValue`,
        ),
      };
    });
    expect(buttons.map(({ supertip: _supertip, ...rest }) => rest)).toEqual([
      { label: "检查并评分", action: "ExecuteFunction", functionName: "checkAndScore", taskpaneId: "" },
      { label: "打开面板", action: "ShowTaskpane", functionName: "", taskpaneId: "ButtonId1" },
      // The same pane as 打开面板, opened on its 新增项目 tab (see the URLs below).
      { label: "新增项目", action: "ShowTaskpane", functionName: "", taskpaneId: "ButtonId1" },
    ]);
    for (const { supertip } of buttons) expect(supertip).toMatch(/[\u4e00-\u9fff]/);
  });

  it("points the function file and the pane at commands.html and taskpane.html, 新增项目 at its tab", () => {
    const url = (resid: string) => xpathString(`//${el("Urls")}/${el("Url")}[@id='${resid}']/@DefaultValue`);
    const paneUrl = (controlId: string) =>
      url(xpathString(`//${el("Control")}[@id='${controlId}']/${el("Action")}/${el("SourceLocation")}/@resid`));
    expect(url(xpathString(`//${el("FunctionFile")}/@resid`))).toBe(`${DEV_ORIGIN}commands.html`);
    expect(paneUrl("SelfEval.OpenPane")).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(paneUrl("SelfEval.AddProject")).toBe(`${DEV_ORIGIN}taskpane.html?view=add`);
    expect(xpathString(`/${el("OfficeApp")}/${el("DefaultSettings")}/${el("SourceLocation")}/@DefaultValue`)).toBe(
      `${DEV_ORIGIN}taskpane.html`,
    );
  });

  it("defines every resid it references (the schema does not check this)", () => {
    const source = readFileSync(MANIFEST, "utf8");
    const referenced = new Set([...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...source.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect(referenced.size).toBeGreaterThan(5);
    expect([...referenced].filter((id) => !defined.has(id))).toEqual([]);
  });

  it("references icon files that exist with the declared pixel sizes", () => {
    const icons = `//${el("Icon")}/${el("Image")}`;
    const count = Number(xpathString(`count(${icons})`));
    expect(count).toBe(12); // the group and three buttons, each at 16, 32 and 80 px
    for (let i = 1; i <= count; i += 1) {
      const size = Number(xpathString(`(${icons})[${i}]/@size`));
      const file = assetPathFor(resourceUrl(xpathString(`(${icons})[${i}]/@resid`)));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const topLevel: Array<[string, number]> = [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ];
    for (const [element, size] of topLevel) {
      const file = assetPathFor(xpathString(`/${el("OfficeApp")}/${el(element)}/@DefaultValue`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("ships the 128 px logo with the icons", () => {
    expect(pngSize(join(ROOT, "assets", "logo-128.png"))).toEqual({ width: 128, height: 128 });
  });
});
