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
  /** Each _xlnm.Print_Area defined name: the sheet index it is local to, and its text. */
  printAreas: { localSheetId?: number; text: string }[];
}

/** xl/workbook.xml: the <sheet> entries of <sheets>, in order, the 1904 date system and the print areas. */
export function readWorkbookPart(xml: string): WorkbookPart {
  let sheets: SheetEntry[] = [];
  let date1904 = false;
  const printAreas: WorkbookPart["printAreas"] = [];
  let inSheets = false;
  let root = false;
  let definedName: { name?: string; localSheetId?: number; text: string } | null = null;
  scanXml(xml, {
    open(name, a) {
      if (!root) {
        if (name !== "workbook") throw new FastReadUnsupported(`workbook root ${name}`);
        root = true;
      }
      if (name === "sheets") {
        // A list written twice starts again, as in exceljs.
        sheets = [];
        inSheets = true;
      } else if (name === "sheet" && inSheets) {
        if (a.name === undefined) throw new FastReadUnsupported("sheet without a name");
        const entry: SheetEntry = { name: excelUtils.xmlDecode(a.name), id: parseInt(a.sheetId, 10) };
        if (a.state !== undefined) entry.state = a.state;
        if (a["r:id"] !== undefined) entry.rId = a["r:id"];
        sheets.push(entry);
      } else if (name === "workbookPr") date1904 = a.date1904 === "1";
      else if (name === "definedName") {
        definedName = { name: a.name, text: "" };
        if (a.localSheetId !== undefined) definedName.localSheetId = parseInt(a.localSheetId, 10);
      }
    },
    close(name) {
      if (name === "sheets") inSheets = false;
      else if (name === "definedName" && definedName) {
        if (definedName.name === "_xlnm.Print_Area") printAreas.push({ localSheetId: definedName.localSheetId, text: definedName.text });
        definedName = null;
      }
      return name !== "workbook";
    },
    text(t) {
      if (definedName) definedName.text += t;
    },
  });
  return { sheets, date1904, printAreas };
}

/**
 * The zip path of a worksheet from its relationship target, as exceljs resolves it: under xl/, a
 * leading "/xl/" (or white space) dropped, nothing else ("../" or "./" are not resolved).
 */
export function worksheetPath(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
}

export interface Relationship {
  type?: string;
  target?: string;
}

/**
 * A .rels part: relationship id → type and target. exceljs's reader takes <Relationships> as the
 * root and fails on any other element outside a <Relationship>.
 */
export function readRelationships(xml: string): Map<string, Relationship> {
  let rels = new Map<string, Relationship>();
  let inRelationship = 0;
  scanXml(xml, {
    open(name, a) {
      if (inRelationship > 0) {
        inRelationship++;
        return;
      }
      if (name === "Relationships") rels = new Map();
      else if (name === "Relationship") {
        inRelationship = 1;
        if (a.Id !== undefined) rels.set(a.Id, { type: a.Type, target: a.Target });
      } else throw new FastReadUnsupported(`<${name}> in relationships`);
    },
    close(name) {
      if (inRelationship > 0) {
        inRelationship--;
        return true;
      }
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

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
}

/**
 * xl/styles.xml: custom number formats (<numFmts>) and the cell formats (<cellXfs>). exceljs builds a
 * cell's style from its <xf> the first time a cell uses it, and fails when the <xf> names a font,
 * fill or border and the style sheet has no such list.
 */
export function readStyles(xml: string): Styles {
  let custom = new Map<number, string>();
  let xfs: Xf[] = [];
  let dxfs = 0;
  const lists = { fonts: 0, fills: 0, borders: 0 };
  // Like exceljs: only the lists at the top of the style sheet count, not a <numFmt> inside <dxfs>
  // or an <xf> of <cellStyleXfs>; a list written twice starts again.
  let list: string | null = null;
  let depth = 0;
  scanXml(xml, {
    open(name, a) {
      depth++;
      if (depth === 1) {
        if (name !== "styleSheet") throw new FastReadUnsupported(`styles root ${name}`);
      } else if (depth === 2) {
        list = name;
        if (name === "numFmts") custom = new Map();
        else if (name === "cellXfs") xfs = [];
        else if (name === "dxfs") dxfs = 0;
        else if (name === "fonts" || name === "fills" || name === "borders") lists[name] = 0;
      } else if (depth === 3 && list === "numFmts" && name === "numFmt") {
        if (a.formatCode === undefined) throw new FastReadUnsupported("numFmt without formatCode");
        custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
      } else if (depth === 3 && list === "cellXfs" && name === "xf") {
        xfs.push({ numFmtId: parseInt(a.numFmtId, 10), fontId: parseInt(a.fontId, 10), fillId: parseInt(a.fillId, 10), borderId: parseInt(a.borderId, 10) });
      } else if (depth === 3 && list === "dxfs" && name === "dxf") {
        dxfs++;
      } else if (depth === 3 && (list === "fonts" || list === "fills" || list === "borders")) {
        lists[list]++;
      }
    },
    close(name) {
      depth--;
      if (depth === 1) list = null;
      return name !== "styleSheet";
    },
    text() {},
  });
  const codes = xfs.map(({ numFmtId: id }) => (id ? custom.get(id) || defaultNumFormats[id]?.f : undefined) || undefined);
  const names = (id: number) => !Number.isNaN(id);
  return {
    hasStyles: xfs.length > 0,
    hasDxfs: dxfs > 0,
    numFmtOf: (styleId) => {
      const xf = xfs[styleId];
      if ((names(xf.fontId) && lists.fonts === 0) || (names(xf.fillId) && lists.fills === 0) || (names(xf.borderId) && lists.borders === 0)) {
        throw new FastReadUnsupported("a cell format naming a font, fill or border list the style sheet lacks");
      }
      return codes[styleId];
    },
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
        // exceljs's reader knows only <si> in <sst>, and fails on anything else there.
        if (name !== "si") throw new FastReadUnsupported(`<${name}> in shared strings`);
        inSi = true;
        current = null;
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
