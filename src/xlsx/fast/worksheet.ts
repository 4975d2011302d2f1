/**
 * One worksheet part (xl/worksheets/sheetN.xml) as exceljs 4.4 reads it: the cells of <sheetData>,
 * <mergeCells>, <hyperlinks> and the column styles of <cols>. Only the raw XML model here; what
 * exceljs then makes of it (types, dates, merges) is in cells.ts.
 */
import { FastReadUnsupported } from "./unsupported";
import { expandEscapes } from "./parts";
import { scanXml } from "./xml-scan";

export interface RawCell {
  /** The r attribute (A1 style); undefined when the cell has none. */
  address?: string;
  /** The `s` attribute when present and not empty (exceljs: parseInt). */
  styleId?: number;
  /** The `t` attribute. */
  t?: string;
  /** Text of <f>. */
  formula?: string;
  /** <f t="…"> (shared, array). */
  shareType?: string;
  si?: string;
  ref?: string;
  /** Text of <v>, or of a <t> outside a run (inline strings). */
  value?: string;
  /** Rich runs of an inline string: each run's <t> text, undefined for a run without one. */
  runs?: (string | undefined)[];
}

export interface RawRow {
  number: number;
  styleId?: number;
  cells: RawCell[];
}

export interface RawColumns {
  min: number;
  max: number;
  styleId?: number;
}

export interface RawSheet {
  rows: RawRow[];
  cols: RawColumns[];
  /** `ref` of each <mergeCell>, in order. */
  merges: string[];
  /** <hyperlink> with an r:id (exceljs ignores those with a location only). */
  hyperlinks: { ref: string; rId: string }[];
  /** A conditional format refers to a differential style (exceljs then needs styles.xml's <dxfs>). */
  usesDxf?: boolean;
  /** r:id of <drawing> and of each <tablePart>: exceljs follows them through the sheet's relationships. */
  drawingRId?: string;
  tableRIds: string[];
}

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** Reads one worksheet part; throws FastReadUnsupported for the shapes exceljs would misread or fail on. */
export function readWorksheetPart(xml: string): RawSheet {
  const sheet: RawSheet = { rows: [], cols: [], merges: [], hyperlinks: [], tableRIds: [] };
  // The list being read (sheetData, cols, mergeCells, hyperlinks), and where inside it.
  let list: string | null = null;
  let row: RawRow | null = null;
  let cell: RawCell | null = null;
  // Inside a cell: where its text goes ("f", "v", "t"), and a rich run being read.
  let textTo: "f" | "v" | "t" | null = null;
  let runDepth = 0;
  let runText: string[] | null = null;
  let run: { text?: string } | null = null;
  const unsupported = (what: string): never => {
    throw new FastReadUnsupported(what);
  };

  const openCell = (name: string, a: Record<string, string>) => {
    const c = cell as RawCell;
    if (runDepth > 0) {
      runDepth++;
      if (name === "t" && runDepth === 2) runText = [];
      return;
    }
    switch (name) {
      case "f":
        textTo = "f";
        if (a.si !== undefined) c.si = a.si;
        if (a.t !== undefined) c.shareType = a.t;
        if (a.ref !== undefined) c.ref = a.ref;
        return;
      case "v":
      case "t":
        textTo = name;
        return;
      case "r":
        if (c.value !== undefined) unsupported("a run after text in a cell");
        runDepth = 1;
        run = {};
        return;
      case "is":
        return;
      default:
        // exceljs's cell reader would end the cell at this element's close tag.
        unsupported(`<${name}> in a cell`);
    }
  };

  let root = false;
  scanXml(xml, {
    open(name, a) {
      if (!root) {
        // exceljs reads no model from a part whose root is not <worksheet> (a prefixed <x:worksheet>) and fails.
        if (name !== "worksheet") unsupported(`worksheet root ${name}`);
        root = true;
        return;
      }
      if (cell) return openCell(name, a);
      if (list === null) {
        if (name === "cfRule" && a.dxfId !== undefined) sheet.usesDxf = true;
        // exceljs splits a data validation's sqref, and fails without one.
        else if (name === "dataValidation" && a.sqref === undefined) unsupported("a data validation without sqref");
        else if (name === "drawing") sheet.drawingRId = a["r:id"] ?? "";
        else if (name === "tablePart") sheet.tableRIds.push(a["r:id"] ?? "");
        else if (name === "sheetData" || name === "cols" || name === "mergeCells" || name === "hyperlinks") {
          // A list written twice starts again, as exceljs's list reader does.
          list = name;
          if (name === "sheetData") sheet.rows = [];
          else if (name === "cols") sheet.cols = [];
          else if (name === "mergeCells") sheet.merges = [];
          else sheet.hyperlinks = [];
        }
        return;
      }
      if (list === "sheetData") {
        if (row === null) {
          if (name !== "row") unsupported(`<${name}> in sheetData`);
          const number = parseInt(a.r, 10);
          if (!(number >= 1)) unsupported("a row without a number");
          row = { number, cells: [] };
          if (a.s) row.styleId = parseInt(a.s, 10);
          return;
        }
        if (name !== "c") unsupported(`<${name}> in a row`);
        // Its place is settled in cells.ts: exceljs places it once it knows the cell is kept.
        if (a.r !== undefined && !ADDRESS.test(a.r)) unsupported(`cell address ${a.r}`);
        cell = a.r === undefined ? {} : { address: a.r };
        if (a.s) cell.styleId = parseInt(a.s, 10);
        if (a.t !== undefined) cell.t = a.t;
        return;
      }
      if (list === "cols" && name === "col") {
        const col: RawColumns = { min: parseInt(a.min || "0", 10), max: parseInt(a.max || "0", 10) };
        if (a.style) col.styleId = parseInt(a.style, 10);
        sheet.cols.push(col);
      } else if (list === "mergeCells" && name === "mergeCell") {
        if (a.ref === undefined) unsupported("mergeCell without ref");
        sheet.merges.push(a.ref);
      } else if (list === "hyperlinks" && name === "hyperlink") {
        if (a["r:id"]) sheet.hyperlinks.push({ ref: a.ref ?? "", rId: a["r:id"] });
      } else {
        unsupported(`<${name}> in ${list}`);
      }
    },
    close(name) {
      if (cell) {
        if (runDepth > 0) {
          runDepth--;
          if (name === "t" && runDepth === 1 && runText && run) {
            run.text = expandEscapes(runText.join(""));
            runText = null;
          }
          if (runDepth === 0) {
            (cell.runs ??= []).push(run?.text);
            run = null;
          }
          return true;
        }
        if (name === "c") {
          (row as RawRow).cells.push(cell);
          cell = null;
          textTo = null;
        } else {
          textTo = null;
        }
        return true;
      }
      if (row && name === "row") {
        sheet.rows.push(row);
        row = null;
      } else if (list === name) {
        list = null;
      }
      return name !== "worksheet";
    },
    text(t) {
      if (!cell) return;
      if (runDepth > 0) {
        if (runText) runText.push(t);
        return;
      }
      if (textTo === "f") cell.formula = (cell.formula ?? "") + t;
      else if (textTo !== null) {
        // exceljs drops text that follows rich runs (it lands on the run array); it is not modelled here.
        if (cell.runs) unsupported("text after a run in a cell");
        cell.value = (cell.value ?? "") + t;
      }
    },
  });
  return sheet;
}
