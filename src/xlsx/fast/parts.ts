/**
 * The workbook-level parts the fast reader needs, read as exceljs 4.4 reads them: the sheet list
 * (xl/workbook.xml), relationships, number formats of the cell styles (xl/styles.xml) and the
 * shared strings. Where exceljs would fail or do something this reader does not model, it throws
 * FastReadUnsupported.
 */
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";
import excelUtils from "exceljs/lib/utils/utils";
import { FastReadUnsupported } from "./unsupported";
import { scanXml } from "./xml-scan";

export interface SheetEntry {
  /** Name as exceljs gives it (references expanded twice, as its sheet reader does). */
  name: string;
  id: number;
  state?: string;
  rId?: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** xl/workbook.xml: the <sheet> entries of <sheets>, in order, and the 1904 date system. */
export function readWorkbookPart(xml: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  let root = false;
  scanXml(xml, {
    open(name, a) {
      if (!root) {
        if (name !== "workbook") throw new FastReadUnsupported(`workbook root ${name}`);
        root = true;
      }
      if (name === "sheets") inSheets = true;
      else if (name === "sheet" && inSheets) {
        if (a.name === undefined) throw new FastReadUnsupported("sheet without a name");
        const entry: SheetEntry = { name: excelUtils.xmlDecode(a.name), id: parseInt(a.sheetId, 10) };
        if (a.state !== undefined) entry.state = a.state;
        if (a["r:id"] !== undefined) entry.rId = a["r:id"];
        sheets.push(entry);
      } else if (name === "workbookPr") date1904 = a.date1904 === "1";
    },
    close(name) {
      if (name === "sheets") inSheets = false;
      return name !== "workbook";
    },
    text() {},
  });
  return { sheets, date1904 };
}

export interface Relationship {
  type?: string;
  target?: string;
}

/** A .rels part: relationship id → type and target. */
export function readRelationships(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  scanXml(xml, {
    open(name, a) {
      if (name === "Relationship" && a.Id !== undefined) rels.set(a.Id, { type: a.Type, target: a.Target });
    },
    close(name) {
      return name !== "Relationships";
    },
    text() {},
  });
  return rels;
}

/** The number format code of each cell style (cellXfs index), undefined where it has none. */
export interface Styles {
  /** False when styles.xml has no cellXfs: exceljs then fails on any styled cell. */
  hasStyles: boolean;
  numFmtOf(styleId: number): string | undefined;
  /** Whether the style index exists (exceljs gives no style at all for one that does not). */
  exists(styleId: number): boolean;
  /** <dxfs> has at least one entry (exceljs fails on a conditional format's style otherwise). */
  hasDxfs: boolean;
}

/** xl/styles.xml: custom number formats (<numFmts>) and the cell formats (<cellXfs>). */
export function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let dxfs = 0;
  // Like exceljs: only the lists at the top of the style sheet count, not a <numFmt> inside <dxfs>
  // or an <xf> of <cellStyleXfs>.
  let list: string | null = null;
  let depth = 0;
  scanXml(xml, {
    open(name, a) {
      depth++;
      if (depth === 2) list = name;
      else if (depth === 3 && list === "numFmts" && name === "numFmt") {
        if (a.formatCode === undefined) throw new FastReadUnsupported("numFmt without formatCode");
        custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
      } else if (depth === 3 && list === "cellXfs" && name === "xf") {
        xfNumFmtIds.push(parseInt(a.numFmtId, 10));
      } else if (depth === 3 && list === "dxfs" && name === "dxf") {
        dxfs++;
      } else if (depth === 1 && name !== "styleSheet") {
        throw new FastReadUnsupported(`styles root ${name}`);
      }
    },
    close(name) {
      depth--;
      if (depth === 1) list = null;
      return name !== "styleSheet";
    },
    text() {},
  });
  const codes = xfNumFmtIds.map((id) => (id ? custom.get(id) || defaultNumFormats[id]?.f : undefined) || undefined);
  return {
    hasStyles: xfNumFmtIds.length > 0,
    hasDxfs: dxfs > 0,
    numFmtOf: (styleId) => codes[styleId],
    exists: (styleId) => styleId >= 0 && styleId < codes.length,
  };
}

/** A shared string: plain text, rich runs (text of each run, undefined for a run without <t>), or nothing. */
export type SharedString = string | { runs: (string | undefined)[] } | null;

/** The `_xHHHH_` escapes exceljs expands in a <t> it reads through its text reader (upper-case hex only). */
export function expandEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * xl/sharedStrings.xml, each <si> as exceljs models it. Like its reader, by element name, not by
 * depth: inside an <si>, a <t> gives the text, an <r> adds a run, an <rPh> (phonetic guide) is
 * skipped whole, and any other element (<phoneticPr>, which Chinese Excel writes in many strings) is
 * ignored while its children are read as if they stood in the <si>.
 */
export function readSharedStrings(xml: string): SharedString[] {
  const values: SharedString[] = [];
  let inSi = false;
  let current: SharedString = null;
  // What is being read inside the <si>: a plain <t>, a run (and whether inside its <t>), or a phonetic guide.
  let reading: "t" | "r" | "rPh" | null = null;
  let runText: string[] | null = null;
  let run: { text?: string } | null = null;
  let text: string[] = [];
  let root = false;
  scanXml(xml, {
    open(name) {
      if (!root) {
        if (name !== "sst") throw new FastReadUnsupported(`shared strings root ${name}`);
        root = true;
        return;
      }
      if (!inSi) {
        if (name === "si") {
          inSi = true;
          current = null;
        }
        return;
      }
      if (reading === "r") {
        if (name === "t") runText = [];
        return;
      }
      if (reading !== null) return;
      if (name === "t") {
        reading = "t";
        text = [];
      } else if (name === "r") {
        reading = "r";
        run = {};
      } else if (name === "rPh") reading = "rPh";
    },
    close(name) {
      if (!inSi) return name !== "sst";
      switch (reading) {
        case "t":
          // exceljs's text reader ends at the first close tag, whatever its name.
          current = expandEscapes(text.join(""));
          reading = null;
          return true;
        case "r":
          if (name === "t" && runText && run) {
            run.text = expandEscapes(runText.join(""));
            runText = null;
          } else if (name === "r") {
            // exceljs adds runs to the model object; after a plain <t> that object is a string and fails.
            if (typeof current === "string") throw new FastReadUnsupported("run after text in a shared string");
            if (current === null) current = { runs: [] };
            current.runs.push(run?.text);
            run = null;
            reading = null;
          }
          return true;
        case "rPh":
          if (name === "rPh") reading = null;
          return true;
        default:
          if (name === "si") {
            values.push(current);
            inSi = false;
          }
          return true;
      }
    },
    text(t) {
      if (reading === "t") text.push(t);
      else if (reading === "r" && runText) runText.push(t);
    },
  });
  return values;
}
