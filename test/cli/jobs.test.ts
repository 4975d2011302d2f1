/**
 * Parallel workers through the real command: bin/selfeval.js on the CLI compiled as `npm run
 * build:cli` does (compiled-cli.ts), so the worker threads run lib/cli/workers/check-worker.js.
 * --jobs 2 gives byte for byte what --jobs 1 gives, and what the in-process run gives; a file too
 * large to read gets the size finding while the others are checked; a file over the time limit is
 * stopped and its worker replaced.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { compiledCli } from "./compiled-cli";
import { crc32, deflateRawSync } from "zlib";
import JSZip from "jszip";
import { run } from "./helpers";

// The module object the compiled pool reads `Worker` from (an `import * as` copy would not do).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerThreads = require("worker_threads") as typeof import("worker_threads");
const RealWorker = workerThreads.Worker;

const ROOT = path.resolve(__dirname, "..", "..");
let build: string;
let dir: string;
let inputs: string[];

async function xlsxIn(d: string): Promise<string[]> {
  return (await fs.readdir(path.join(ROOT, d))).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(ROOT, d, n));
}

/**
 * A real .xlsx whose first sheet, once unzipped, is `bytes` long: the seed workbook with 凭证 rows
 * pasted below its table. Written with a small zip writer of its own (zlib does the deflating), as
 * jszip would take minutes on a part this large.
 */
async function hugeWorkbook(file: string, bytes: number): Promise<void> {
  const source = await JSZip.loadAsync(await fs.readFile(path.join(ROOT, "test/fixtures/seed000-national.xlsx")));
  const entries: { name: string; data: Buffer }[] = [];
  for (const name of Object.keys(source.files)) {
    if (source.files[name].dir) continue;
    entries.push({ name, data: await source.files[name].async("nodebuffer") });
  }
  const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml") as { name: string; data: Buffer };
  const xml = sheet.data.toString("utf8");
  const close = xml.indexOf("</sheetData>");
  const row = '<row><c t="inlineStr"><is><t>记账凭证 第0001号</t></is></c></row>';
  const head = Buffer.from(xml.slice(0, close), "utf8");
  const tail = Buffer.from(xml.slice(close), "utf8");
  const rowBytes = Buffer.byteLength(row);
  const fill = Buffer.alloc(Math.ceil((bytes - head.length - tail.length) / rowBytes) * rowBytes, row);
  sheet.data = Buffer.concat([head, fill, tail]);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = deflateRawSync(e.data, { level: 1 });
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(packed.length, 20);
    ch.writeUInt32LE(e.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    local.push(lh, name, packed);
    central.push(ch, name);
    offset += lh.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  await fs.writeFile(file, Buffer.concat([...local, cd, end]));
}

beforeAll(async () => {
  build = await compiledCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-jobs-in-"));
  await fs.writeFile(path.join(dir, "broken.xlsx"), "PK\u0003\u0004 not really");
  inputs = [...(await xlsxIn("test/fixtures")), ...(await xlsxIn("samples")), ...(await xlsxIn("test/fixtures/bad")), path.join(dir, "broken.xlsx")];
}, 180_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function selfeval(args: string[]) {
  return spawnSync(process.execPath, [path.join(build, "bin", "selfeval.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
    timeout: 240_000,
    maxBuffer: 64 * 2 ** 20,
  });
}

describe("--jobs", () => {
  it("gives the same text and JSON, in input order, with 1 and 2 workers and in-process", async () => {
    for (const mode of [[], ["--json"]]) {
      const one = selfeval(["check", ...mode, "--jobs", "1", ...inputs]);
      const two = selfeval(["check", ...mode, "--jobs", "2", ...inputs]);
      const inProcess = await run(["check", ...mode, ...inputs]);
      expect(one.status).toBe(2);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.status).toBe(one.status);
      expect(one.stdout).toBe(inProcess.stdout);
      expect(one.stderr).toBe(inProcess.stderr);
      // Not a terminal: no progress line.
      expect(two.stderr).not.toContain("已检查");
    }
  }, 240_000);

  it("reports a too-large sheet by its size and checks the other files", async () => {
    const huge = path.join(dir, "凭证粘贴.xlsx");
    await hugeWorkbook(huge, 210 * 2 ** 20);
    const r = selfeval(["check", "--json", "--jobs", "2", path.join(ROOT, "samples", "2023年度项目支出绩效自评表-样例.xlsx"), huge, path.join(ROOT, "test/fixtures/seed000-national.xlsx")]);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout) as { files: { file: string; checked: boolean; projects: unknown[]; findings: { code: string; message: string }[] }[] };
    expect(doc.files.map((f) => f.file)).toEqual([expect.stringContaining("样例"), huge, expect.stringContaining("seed000-national")]);
    const [sample, big, seed] = doc.files;
    expect(big.checked).toBe(false);
    expect(big.findings).toHaveLength(1);
    expect(big.findings[0].code).toBe("file-too-large");
    expect(big.findings[0].message).toMatch(/解压后有 210\.\d MB，超过上限 200\.0 MB/);
    expect(big.findings[0].message).toContain("xl/worksheets/sheet1.xml");
    expect(big.findings[0].message).not.toContain("已损坏、已加密");
    expect(sample.projects.length).toBeGreaterThan(0);
    expect(seed.projects.length).toBeGreaterThan(0);
    expect(r.stderr).toContain("超过上限");
  }, 120_000);

  it("gives the in-process results, in input order, with two workers from the start", async () => {
    // On two cores the command starts one worker (growth.ts); here two run from the start.
    const { checkFiles } = (await import(path.join(build, "lib", "cli", "workers", "pool.js"))) as typeof import("../../src/cli/workers/pool");
    const { runTask } = await import("../../src/cli/workers/task");
    const task = (file: string) => ({ file, profile: "national", rateFormula: false, notes: true, projectList: false });
    const files = inputs.slice(0, 8);
    const here = [];
    for (const f of files) here.push(await runTask(task(f)));
    const started = jest.spyOn(workerThreads, "Worker").mockImplementation((file, opts) => new RealWorker(file, opts));
    try {
      const two = await checkFiles(files.map(task), { jobs: 2, startWorkers: 2, workerFile: path.join(build, "lib", "cli", "workers", "check-worker.js") });
      expect(started).toHaveBeenCalledTimes(2);
      expect(JSON.stringify(two)).toBe(JSON.stringify(here));
      // A file running long earns one more worker, up to --jobs, so the others are not held up
      // (here every file counts as slow at once).
      started.mockClear();
      const rescued = await checkFiles(files.map(task), { jobs: 3, startWorkers: 1, slowFileMs: 0, workerFile: path.join(build, "lib", "cli", "workers", "check-worker.js") });
      expect(started).toHaveBeenCalledTimes(3);
      expect(JSON.stringify(rescued)).toBe(JSON.stringify(here));
    } finally {
      started.mockRestore();
    }
  }, 120_000);

  it("stops a file over the time limit, names the cause, and goes on with a new worker", async () => {
    const { checkFiles } = (await import(path.join(build, "lib", "cli", "workers", "pool.js"))) as typeof import("../../src/cli/workers/pool");
    const task = (file: string) => ({ file, profile: "national", rateFormula: false, notes: true, projectList: false, units: false });
    const files = inputs.slice(0, 3);
    const slow = await checkFiles(files.map(task), { jobs: 2, workerFile: path.join(build, "lib", "cli", "workers", "check-worker.js"), timeoutMs: 1 });
    expect(slow.map((r) => r.findings.map((f) => f.code))).toEqual(files.map(() => ["file-timeout"]));
    expect(slow[0].findings[0].message).toMatch(/超过 0 秒仍未完成，已停止/);
    const done: number[] = [];
    const ok = await checkFiles(files.map(task), { jobs: 2, workerFile: path.join(build, "lib", "cli", "workers", "check-worker.js"), onFileDone: (n) => done.push(n) });
    expect(ok.map((r) => r.file)).toEqual(files);
    expect(ok.every((r) => r.findings.every((f) => f.code !== "file-timeout"))).toBe(true);
    expect(done).toEqual([1, 2, 3]);
  }, 120_000);
});
