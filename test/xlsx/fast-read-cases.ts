/**
 * Hand-made .xlsx workbooks for the fast reader's parity test: a small builder that writes every
 * part's XML exactly as given (so a case controls the raw markup the readers see), and helpers for
 * the parts most cases need.
 */
import JSZip from "jszip";
import type { Grid } from "../../src/domain/grid";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const HYPERLINK_TYPE = `${REL_NS}/hyperlink`;
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const CHARTSHEET_TYPE = `${REL_NS}/chartsheet`;

export interface SheetSpec {
  /** The name attribute exactly as written in workbook.xml (escape it yourself). */
  name: string;
  /** The whole worksheet part (see `worksheet`). */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** Zip path of the part; default xl/worksheets/sheetN.xml (N = position in `sheets`, from 1). */
  path?: string;
  /** Relationship Target in workbook.xml.rels; default the path relative to xl/. */
  target?: string;
  /** The part's own rels XML (see `relationships`); written next to the part. */
  rels?: string;
  /** A chartsheet instead of a worksheet. */
  chart?: boolean;
  /** sheetId in workbook.xml; default the position in `sheets`, from 1. */
  sheetId?: number;
}

export interface BookSpec {
  /** In workbook.xml (tab) order. */
  sheets: SheetSpec[];
  /** The whole xl/sharedStrings.xml (see `sharedStrings`); no part when absent. */
  sharedStrings?: string;
  /** The whole xl/styles.xml (see `styles`); no part when absent. */
  styles?: string;
  /** Markup placed before <sheets> in workbook.xml, e.g. `<workbookPr date1904="1"/>`. */
  workbookPr?: string;
  /** Extra parts, path → content, written as given. */
  files?: Record<string, string>;
  compression?: "STORE" | "DEFLATE";
  /** Write sizes in data descriptors after each entry (general-purpose flag bit 3). */
  streamFiles?: boolean;
  /** Zip file comment. */
  comment?: string;
}

/**
 * A worksheet part around `sheetData` rows, with optional <cols>, merges, `after` (raw markup such as
 * <conditionalFormatting>) and hyperlinks, in schema order.
 */
export function worksheet(rows: string, opts: { cols?: string; merges?: string[]; hyperlinks?: string; root?: string; after?: string } = {}): string {
  const cols = opts.cols ? `<cols>${opts.cols}</cols>` : "";
  const merges = opts.merges?.length
    ? `<mergeCells count="${opts.merges.length}">${opts.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
    : "";
  const hyperlinks = opts.hyperlinks ? `<hyperlinks>${opts.hyperlinks}</hyperlinks>` : "";
  const root = opts.root ?? `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  return `${XML_DECL}${root}${cols}<sheetData>${rows}</sheetData>${merges}${opts.after ?? ""}${hyperlinks}</worksheet>`;
}

/** xl/sharedStrings.xml from the inner markup of each <si>. */
export function sharedStrings(...items: string[]): string {
  const body = items.map((si) => (si === "" ? "<si/>" : `<si>${si}</si>`)).join("");
  return `${XML_DECL}<sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${body}</sst>`;
}

export interface StylesSpec {
  /** Custom number formats: [numFmtId, formatCode as raw attribute text]. */
  numFmts?: [number, string][];
  /** One <xf> per entry of cellXfs, by its numFmtId. */
  xfs: number[];
  /** Raw markup placed between <cellStyleXfs> tags (before cellXfs, as Excel writes it). */
  cellStyleXfs?: string;
  /** Raw markup placed between <dxfs> tags. */
  dxfs?: string;
}

/** A minimal but complete xl/styles.xml. */
export function styles(spec: StylesSpec): string {
  const numFmts = spec.numFmts?.length
    ? `<numFmts count="${spec.numFmts.length}">${spec.numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join("")}</numFmts>`
    : "";
  const xf = (id: number) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`;
  const styleXfs = spec.cellStyleXfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
  const dxfs = spec.dxfs === undefined ? '<dxfs count="0"/>' : `<dxfs count="1">${spec.dxfs}</dxfs>`;
  return (
    `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">${numFmts}` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    `<cellStyleXfs count="1">${styleXfs}</cellStyleXfs>` +
    `<cellXfs count="${spec.xfs.length}">${spec.xfs.map(xf).join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    `${dxfs}</styleSheet>`
  );
}

/** A rels part: [Id, Type, Target, extra attributes]. */
export function relationships(...rels: [string, string, string, string?][]): string {
  const body = rels.map(([id, type, target, extra]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${extra ? ` ${extra}` : ""}/>`).join("");
  return `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${body}</Relationships>`;
}

/** Sheet rels holding external hyperlinks: [Id, URL]. */
export function hyperlinkRels(...links: [string, string][]): string {
  return relationships(...links.map(([id, url]): [string, string, string, string] => [id, HYPERLINK_TYPE, url, 'TargetMode="External"']));
}

/** The .xlsx bytes of a book: every part written exactly as specified. */
/** The bytes with one part's text rewritten. */
export async function rewritePart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, edit((await zip.file(name)?.async("string")) as string));
  return zip.generateAsync({ type: "uint8array" });
}

export async function buildXlsx(book: BookSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheets = book.sheets.map((s, i) => {
    const kind = s.chart ? "chartsheets" : "worksheets";
    const path = s.path ?? `xl/${kind}/sheet${i + 1}.xml`;
    return { ...s, rid: `rId${i + 1}`, path, target: s.target ?? path.replace(/^xl\//, "") };
  });
  const n = sheets.length;

  const overrides = [
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ...sheets.map((s) => [`/${s.path}`, `application/vnd.openxmlformats-officedocument.spreadsheetml.${s.chart ? "chartsheet" : "worksheet"}+xml`]),
    ...(book.sharedStrings ? [["/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"]] : []),
    ...(book.styles ? [["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"]] : []),
  ];
  zip.file(
    "[Content_Types].xml",
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
      "</Types>",
  );
  zip.file("_rels/.rels", relationships(["rId1", `${REL_NS}/officeDocument`, "xl/workbook.xml"]));
  zip.file(
    "xl/workbook.xml",
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${book.workbookPr ?? ""}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="${s.rid}"/>`).join("") +
      "</sheets></workbook>",
  );
  const bookRels: [string, string, string][] = sheets.map((s) => [s.rid, s.chart ? CHARTSHEET_TYPE : WORKSHEET_TYPE, s.target]);
  if (book.styles) bookRels.push([`rId${n + 1}`, `${REL_NS}/styles`, "styles.xml"]);
  if (book.sharedStrings) bookRels.push([`rId${n + 2}`, `${REL_NS}/sharedStrings`, "sharedStrings.xml"]);
  zip.file("xl/_rels/workbook.xml.rels", relationships(...bookRels));
  for (const s of sheets) {
    zip.file(s.path, s.xml);
    if (s.rels) zip.file(s.path.replace(/([^/]+)$/, "_rels/$1.rels"), s.rels);
  }
  if (book.sharedStrings) zip.file("xl/sharedStrings.xml", book.sharedStrings);
  if (book.styles) zip.file("xl/styles.xml", book.styles);
  for (const [path, content] of Object.entries(book.files ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: book.compression ?? "DEFLATE", streamFiles: book.streamFiles, comment: book.comment });
}

/** A one-sheet book named "S". */
export function oneSheet(xml: string, more: Omit<BookSpec, "sheets"> & { rels?: string } = {}): BookSpec {
  const { rels, ...rest } = more;
  return { sheets: [{ name: "S", xml, rels }], ...rest };
}

// ---------------------------------------------------------------------------------------------
// The edge cases

export interface EdgeCase {
  name: string;
  book: BookSpec;
  /**
   * "parity" (default): readGridsFast deep-equals exceljs, or throws when exceljs throws.
   * "fallback": readGridsFast must throw FastReadUnsupported (exceljs's result is only noted).
   * "parity-or-fallback": either of the two (exceljs's result is an accident not worth mirroring).
   */
  mode?: "parity" | "fallback" | "parity-or-fallback";
  /**
   * What exceljs (through read.ts) gives for the case: checked first, so a case that silently stops
   * exercising its quirk (a builder slip, an exceljs upgrade) fails instead of comparing two empties.
   * A RegExp: exceljs throws a matching error.
   */
  reference: ((grids: Grid[]) => void) | RegExp;
  /** Changes the built bytes (the zip itself, or a part rewritten) before both readers see them. */
  patch?: (bytes: Uint8Array) => Promise<Uint8Array> | Uint8Array;
}

/** A <row> with its cells. */
export function row(r: number, cells: string, attrs = ""): string {
  return `<row r="${r}"${attrs ? ` ${attrs}` : ""}>${cells}</row>`;
}

/**
 * The styles most cases share; cellXfs index → number format:
 * 0 General, 1 id 14 (date), 2 id 9 (0%), 3 id 10 (0.00%), 4 yyyy"年"m"月"d"日", 5 0.00\%,
 * 6 [$-F800]dddd…, 7 [Red]0.00, 8 id 2 (0.00), 9 0\h (backslash-escaped h), 10 id 31 (an East Asian
 * built-in date exceljs has no code for), 11 id 22 (m/d/yy h:mm).
 */
const STYLES_SPEC: StylesSpec = {
  numFmts: [
    [164, "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"],
    [165, "0.00\\%"],
    [166, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"],
    [167, "[Red]0.00"],
    [168, "0\\h"],
  ],
  xfs: [0, 14, 9, 10, 164, 165, 166, 167, 2, 168, 31, 22],
};
export const STYLES = styles(STYLES_SPEC);
export const S = { general: 0, date: 1, pct: 2, pct2: 3, cnDate: 4, escPct: 5, longDate: 6, red: 7, fixed: 8, escH: 9, eastAsian: 10, dateTime: 11 };

/** exceljs's grids match these (toMatchObject: the properties given, arrays in full). */
function sheets(...expected: Partial<Grid>[]): (grids: Grid[]) => void {
  return (grids) => expect(grids).toMatchObject(expected);
}
const D = (iso: string): Date => new Date(iso);
/** An invalid Date (equal to another invalid Date under the test's equality tester). */
const INVALID = new Date(NaN);
const nulls = (n: number): null[] => new Array<null>(n).fill(null);
const blankRows = (rows: number, cols: number): null[][] => Array.from({ length: rows }, () => nulls(cols));

const WS_NS = `xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"`;

export const EDGE_CASES: EdgeCase[] = [
  // ----- cell types
  {
    name: 'numbers: plain, negative, exponent, t="n"',
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>42</v></c><c r="B1"><v>-1.5E-3</v></c><c r="C1" t="n"><v>7</v></c><c r="D1"><v>1E+20</v></c>'))),
    reference: sheets({ sheet: "S", values: [[42, -0.0015, 7, 100000000000000000000]] }),
  },
  {
    name: 'shared string cells (t="s")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c>')), { sharedStrings: sharedStrings("<t>零</t>", "<t>one</t>") }),
    reference: sheets({ sheet: "S", values: [["one", "零"]] }),
  },
  {
    name: 'formula-less string cell (t="str")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>plain text</v></c>'))),
    reference: sheets({ sheet: "S", values: [["plain text"]] }),
  },
  {
    name: 'inline string (t="inlineStr")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="inlineStr"><is><t>inline</t></is></c>'))),
    reference: sheets({ sheet: "S", values: [["inline"]] }),
  },
  {
    name: "inline rich text",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>a</t></r><r><t>b</t></r></is></c>'))),
    reference: sheets({ sheet: "S", values: [["ab"]] }),
  },
  {
    name: 'booleans (t="b")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="b"><v>0</v></c><c r="B1" t="b"><v>1</v></c>'))),
    reference: sheets({ sheet: "S", values: [[false, true]] }),
  },
  {
    name: 'errors (t="e")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><v>#DIV/0!</v></c>'))),
    reference: sheets({ sheet: "S", values: [[{ error: "#N/A" }, { error: "#DIV/0!" }]] }),
  },
  {
    name: 'ISO date text (t="d")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="d"><v>2023-01-15T00:00:00Z</v></c><c r="B1" t="d" s="1"><v>2023-01-15</v></c>')), { styles: STYLES }),
    // exceljs parses the text with parseFloat: 2023, or (date format) 2023 as a serial, 1905-07-15.
    reference: sheets({ sheet: "S", values: [[2023, D("1905-07-15T00:00:00.000Z")]], formats: [[null, "date"]] }),
  },
  {
    name: 'style-only cell (s="3") inside and outside the used range',
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c><c r="B1" s="3"/><c r="C1"><v>2</v></c><c r="D1" s="3"/>') + row(2, '<c r="A2" s="1"/>')), {
      styles: STYLES,
    }),
    reference: sheets({ sheet: "S", values: [[1, null, 2]], formats: [[null, "percent", null]] }),
  },
  {
    name: 'bare cell <c r="B2"/> with no style and no value',
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>') + row(2, '<c r="B2"/>') + row(3, '<c r="C3"></c>'))),
    // exceljs drops such a cell (it types it Merge), so it widens nothing.
    reference: sheets({ sheet: "S", values: [[1]] }),
  },
  {
    name: 'cell with s="0" and no value',
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>') + row(3, '<c r="D3" s="0"/>')), { styles: STYLES }),
    // exceljs drops it too: s="0" is falsy to its parser, so the cell is typed Merge.
    reference: sheets({ sheet: "S", values: [[1]] }),
  },

  {
    name: 'cellXfs[0] with a percent format: s="0" and unstyled cells',
    book: oneSheet(worksheet(row(1, '<c r="A1" s="0"><v>0.5</v></c><c r="B1"><v>0.5</v></c><c r="C1" s="0"/><c r="D1" s="1"><v>0.5</v></c>')), {
      styles: styles({ xfs: [9, 10] }),
    }),
    // exceljs ignores style 0 (falsy id) and gives unstyled cells no style: only D1 is a percent.
    reference: sheets({ sheet: "S", values: [[0.5, 0.5, null, 0.5]], formats: [[null, null, null, "percent"]] }),
  },
  {
    name: "number text quirks in <v>",
    book: oneSheet(
      worksheet(
        row(
          1,
          '<c r="A1"><v>12abc</v></c><c r="B1"><v> 7 </v></c><c r="C1"><v>abc</v></c><c r="D1"><v>0x10</v></c><c r="E1"><v>Infinity</v></c><c r="G1"><v>.5e1</v></c><c r="H1"><v>1e400</v></c>',
        ),
      ),
    ),
    // exceljs uses parseFloat: 12abc → 12, 0x10 → 0, .5e1 → 5; NaN and ±Infinity become null in read.ts.
    reference: sheets({ sheet: "S", values: [[12, 7, null, 0, null, null, 5, null]] }),
  },
  {
    name: "inlineStr with a <v> instead of <is>",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="inlineStr"><v>vee</v></c><c r="B1" t="inlineStr"><is><t>a&amp;amp;b</t></is></c>'))),
    // exceljs takes the <v> text; inline text is not xmlDecoded a second time (a&amp;b stays).
    reference: sheets({ sheet: "S", values: [["vee", "a&amp;b"]] }),
  },

  // ----- text encodings
  {
    name: "shared strings with rich runs",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')), {
      sharedStrings: sharedStrings('<r><rPr><b/><sz val="11"/></rPr><t>年度</t></r><r><t xml:space="preserve"> 资金</t></r>'),
    }),
    reference: sheets({ sheet: "S", values: [["年度 资金"]] }),
  },
  {
    name: "shared strings with phonetic runs after the text",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>')), {
      sharedStrings: sharedStrings('<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>', '<r><t>a</t></r><rPh sb="0" eb="1"><t>x</t></rPh>'),
    }),
    reference: sheets({ sheet: "S", values: [["漢字", "a"]] }),
  },
  {
    name: "_x000D_ escapes, upper- and lower-case hex",
    book: oneSheet(
      worksheet(
        row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>') +
          row(
            2,
            '<c r="A2" t="inlineStr"><is><t>in_x000D_line</t></is></c><c r="B2" t="str"><v>st_x000D_r</v></c><c r="C2" t="inlineStr"><is><r><t>ri_x000D_ch</t></r></is></c>',
          ),
      ),
      { sharedStrings: sharedStrings("<t>up_x000D_per</t>", "<t>low_x000d_er</t>", "<r><t>run_x000A_x</t></r>") },
    ),
    // exceljs expands _xHHHH_ (upper-case hex only) in shared strings and rich runs, not in plain inline or str text.
    reference: sheets({
      sheet: "S",
      values: [
        ["up\rper", "low_x000d_er", "run\nx"],
        ["in_x000D_line", "st_x000D_r", "ri\rch"],
      ],
    }),
  },
  {
    name: 'xml:space="preserve" leading and trailing spaces',
    book: oneSheet(
      worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">  in  </t></is></c><c r="C1" t="s"><v>1</v></c>')),
      {
        sharedStrings: sharedStrings('<t xml:space="preserve">  both  </t>', "<t>  unmarked  </t>"),
      },
    ),
    reference: sheets({ sheet: "S", values: [["  both  ", "  in  ", "  unmarked  "]] }),
  },
  {
    name: "empty <si/> shared string",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>')), { sharedStrings: sharedStrings("", "<t/>") }),
    // exceljs: <si/> is an empty object, read as null; <si><t/></si> is "".
    reference: sheets({ sheet: "S", values: [[null, ""]] }),
  },
  {
    name: "double-escaped entities (&amp;lt;)",
    book: oneSheet(
      worksheet(
        row(
          1,
          '<c r="A1" t="str"><v>a &amp;lt;b&amp;gt; &amp;amp; &amp;quot;c&amp;quot;</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>&amp;lt;i&amp;gt;</t></is></c>',
        ),
      ),
      { sharedStrings: sharedStrings("<t>&amp;lt;br&amp;gt;</t>") },
    ),
    // exceljs xmlDecodes t="str" text a second time (&lt; → <), but not shared or inline strings.
    reference: sheets({ sheet: "S", values: [['a <b> & "c"', "&lt;br&gt;", "&lt;i&gt;"]] }),
  },
  {
    name: "numeric character references",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>&#20013;&#x4E2D;</v></c><c r="B1" t="s"><v>0</v></c>')), {
      sharedStrings: sharedStrings("<t>&#20013;&#x4e2d;&#10;</t>"),
    }),
    reference: sheets({ sheet: "S", values: [["中中", "中中\n"]] }),
  },
  {
    name: "CDATA sections",
    book: oneSheet(
      worksheet(row(1, '<c r="A1"><v><![CDATA[5]]></v></c><c r="B1" t="str"><v><![CDATA[<x>]]></v></c><c r="C1" t="s"><v>0</v></c><c r="D1"><v>1</v></c>')),
      {
        sharedStrings: sharedStrings("<t><![CDATA[a&b]]></t>"),
      },
    ),
    // exceljs ignores CDATA: a CDATA <v> is no value (the cell is dropped), a CDATA <t> is "".
    reference: sheets({ sheet: "S", top: 0, left: 2, values: [["", 1]] }),
  },
  {
    name: "CRLF line ends inside text",
    book: oneSheet(
      worksheet(
        row(
          1,
          '<c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v>x\r\ny</v></c><c r="C1" t="inlineStr"><is><t>p\r\nq\rr</t></is></c><c r="D1" t="str"><v>cr&#13;&#10;lf</v></c>',
        ),
      ),
      {
        sharedStrings: sharedStrings("<t>line1\r\nline2</t>"),
      },
    ),
    // The XML parser turns a literal CRLF or CR into LF; &#13; stays a CR.
    reference: sheets({ sheet: "S", values: [["line1\nline2", "x\ny", "p\nq\nr", "cr\r\nlf"]] }),
  },

  {
    name: "shared strings with <phoneticPr> (as Chinese and Japanese Excel writes them)",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>')), {
      sharedStrings: sharedStrings(
        '<t>项目名称</t><phoneticPr fontId="1" type="noConversion"/>',
        '<r><t>年度</t></r><r><rPr><b/></rPr><t>资金</t></r><phoneticPr fontId="1" type="noConversion"/>',
      ),
    }),
    reference: sheets({ sheet: "S", values: [["项目名称", "年度资金"]] }),
  },
  {
    name: "inline string with a phonetic run",
    book: oneSheet(
      worksheet(
        row(1, '<c r="A1" t="inlineStr"><is><t>in</t><rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="B1"><v>2</v></c>') + row(2, '<c r="A2"><v>3</v></c>'),
      ),
    ),
    // exceljs's cell parser does not know <rPh> in a cell: its state breaks and the cells after it are lost.
    mode: "parity-or-fallback",
    reference: sheets({ sheet: "S", values: [[null]] }),
  },
  {
    name: "unknown element inside <c> (extLst)",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v><extLst/></c><c r="B1"><v>2</v></c>') + row(2, '<c r="A2"><v>3</v></c>'))),
    // Same breakage as <rPh>: exceljs loses A1's value.
    mode: "parity-or-fallback",
    reference: sheets({
      sheet: "S",
      values: [
        [null, 2],
        [3, null],
      ],
    }),
  },

  // ----- formulas
  {
    name: "plain formula with a cached number",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c><c r="B1"><f>SUM(A1:A2)</f><v>3</v></c>'))),
    reference: sheets({ sheet: "S", values: [[1, 3]], formulas: [[null, "=SUM(A1:A2)"]] }),
  },
  {
    name: "formula with _xlfn. and _xlws. prefixes",
    book: oneSheet(worksheet(row(1, '<c r="A1"><f>_xlfn.IFS(B1&gt;0,1)</f><v>1</v></c><c r="B1"><f>_xlfn._xlws.SORT(C1:C2)</f><v>2</v></c>'))),
    reference: sheets({ sheet: "S", values: [[1, 2]], formulas: [["=IFS(B1>0,1)", "=SORT(C1:C2)"]] }),
  },
  {
    name: 'formula with a string result (t="str")',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><f>IF(1,"是","否")</f><v>是</v></c><c r="B1" t="str"><f>"a"&amp;"&amp;amp;"</f><v>a&amp;amp;</v></c>'))),
    // exceljs xmlDecodes a string result a second time (a&amp;amp; → a&) but not the formula text.
    reference: sheets({ sheet: "S", values: [["是", "a&"]], formulas: [['=IF(1,"是","否")', '="a"&"&amp;"']] }),
  },
  {
    name: "formula with a boolean result",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="b"><f>1&gt;0</f><v>1</v></c><c r="B1" t="b"><f>1&lt;0</f><v>0</v></c>'))),
    reference: sheets({ sheet: "S", values: [[true, false]], formulas: [["=1>0", "=1<0"]] }),
  },
  {
    name: "formula with an error result",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'))),
    reference: sheets({ sheet: "S", values: [[{ error: "#DIV/0!" }]], formulas: [["=1/0"]] }),
  },
  {
    name: "formula with an empty or absent cached value",
    book: oneSheet(
      worksheet(row(1, '<c r="A1"><f>B1</f><v></v></c><c r="B1"><f>C1</f></c><c r="C1" t="str"><f>D1</f><v></v></c><c r="D1"><f>E1</f><v>0</v></c>')),
    ),
    reference: sheets({ sheet: "S", values: [[null, null, null, 0]], formulas: [["=B1", "=C1", "=D1", "=E1"]] }),
  },
  {
    name: "shared formulas (master and slaves)",
    book: oneSheet(
      worksheet(
        row(1, '<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c>') +
          row(2, '<c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>') +
          row(
            3,
            '<c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" ref="C3:D3" si="1">$A$1+B3</f><v>7</v></c><c r="D3"><f t="shared" si="1"/><v>7</v></c>',
          ),
      ),
    ),
    reference: sheets({
      sheet: "S",
      values: [
        [1, 2, null, null],
        [2, 4, null, null],
        [3, 6, 7, 7],
      ],
      formulas: [
        [null, "=A1*2", null, null],
        [null, "=A2*2", null, null],
        [null, "=A3*2", "=$A$1+B3", "=$A$1+C3"],
      ],
    }),
  },
  {
    name: "shared-formula slave with an unknown si",
    book: oneSheet(worksheet(row(1, '<c r="A1"><f t="shared" si="7"/><v>5</v></c>'))),
    // exceljs keeps the cached value and no formula.
    reference: sheets({ sheet: "S", values: [[5]] }),
  },
  {
    name: "array formula",
    book: oneSheet(
      worksheet(
        row(1, '<c r="A1"><v>1</v></c><c r="C1"><f t="array" ref="C1">SUM(A1:A2*2)</f><v>2</v></c><c r="D1"><f t="array" ref="D1:D2">A1:A2</f><v>1</v></c>') +
          row(2, '<c r="D2"><v>0</v></c>'),
      ),
    ),
    reference: sheets({
      sheet: "S",
      values: [
        [1, null, 2, 1],
        [null, null, null, 0],
      ],
      formulas: [
        [null, null, "=SUM(A1:A2*2)", "=A1:A2"],
        [null, null, null, null],
      ],
    }),
  },

  // ----- number formats
  {
    name: "built-in date format id 14 and date-time id 22",
    book: oneSheet(
      worksheet(
        row(
          1,
          `<c r="A1" s="${S.date}"><v>44941</v></c><c r="B1" s="${S.dateTime}"><v>44941.5</v></c><c r="C1" s="${S.date}" t="s"><v>0</v></c><c r="D1" s="${S.date}" t="b"><v>1</v></c><c r="E1" s="${S.date}"><v>0</v></c>`,
        ),
      ),
      {
        styles: STYLES,
        sharedStrings: sharedStrings("<t>not a number</t>"),
      },
    ),
    reference: sheets({
      sheet: "S",
      values: [[D("2023-01-15T00:00:00.000Z"), D("2023-01-15T12:00:00.000Z"), "not a number", true, D("1899-12-30T00:00:00.000Z")]],
      formats: [["date", "date", "date", "date", "date"]],
    }),
  },
  {
    name: "custom Chinese date format",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.cnDate}"><v>44941</v></c>`)), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[D("2023-01-15T00:00:00.000Z")]], formats: [["date"]] }),
  },
  {
    name: "custom code with backslash escapes (0.00\\% and 0\\h)",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.escPct}"><v>95</v></c><c r="B1" s="${S.escH}"><v>3</v></c>`)), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[95, D("1900-01-02T00:00:00.000Z")]], formats: [["percent", "date"]] }),
  },
  {
    name: "percent formats id 9 and 10",
    book: oneSheet(
      worksheet(row(1, `<c r="A1" s="${S.pct}"><v>0.5</v></c><c r="B1" s="${S.pct2}"><v>0.9475</v></c><c r="C1" s="${S.pct}" t="s"><v>0</v></c>`)),
      {
        styles: STYLES,
        sharedStrings: sharedStrings("<t>text in a percent cell</t>"),
      },
    ),
    reference: sheets({ sheet: "S", values: [[0.5, 0.9475, "text in a percent cell"]], formats: [["percent", "percent", "percent"]] }),
  },
  {
    name: "long date format [$-F800]dddd…",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.longDate}"><v>44941</v></c>`)), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[D("2023-01-15T00:00:00.000Z")]], formats: [["date"]] }),
  },
  {
    name: "[Red]0.00 and id 2 (not dates)",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.red}"><v>44941</v></c><c r="B1" s="${S.fixed}"><v>1.5</v></c>`)), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[44941, 1.5]] }),
  },
  {
    name: "East Asian built-in date id 31 without a format code",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.eastAsian}"><v>44941</v></c>`)), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[44941]] }),
  },
  {
    name: "date-formatted formula result",
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.date}"><f>DATE(2023,1,15)</f><v>44941</v></c><c r="B1" s="${S.date}" t="str"><f>"x"</f><v>x</v></c>`)), {
      styles: STYLES,
    }),
    // A date-formatted string result becomes an invalid Date in exceljs; read.ts cannot restore it (not a number).
    reference: sheets({
      sheet: "S",
      values: [[D("2023-01-15T00:00:00.000Z"), INVALID]],
      formulas: [["=DATE(2023,1,15)", '="x"']],
      formats: [["date", "date"]],
    }),
  },
  {
    name: "date-formatted huge number 1E+20",
    book: oneSheet(
      worksheet(row(1, `<c r="A1" s="${S.date}"><v>1E+20</v></c><c r="B1" s="${S.date}"><f>A1</f><v>1E+20</v></c><c r="C1" s="${S.date}"><v>-1E+20</v></c>`)),
      { styles: STYLES },
    ),
    reference: sheets({
      sheet: "S",
      values: [[100000000000000000000, 100000000000000000000, -100000000000000000000]],
      formulas: [[null, "=A1", null]],
      formats: [["date", "date", "date"]],
    }),
  },
  {
    name: "date-formatted text that is not a number",
    book: oneSheet(
      worksheet(row(1, `<c r="A1" s="${S.date}"><v>abc</v></c><c r="B1" s="${S.date}"><v>1e400</v></c><c r="C1" s="${S.date}"><f>"x"</f><v>x</v></c>`)),
      { styles: STYLES },
    ),
    // exceljs: invalid Dates that read.ts cannot restore (abc, 1e400 → Infinity, a string result).
    reference: sheets({ sheet: "S", values: [[INVALID, INVALID, INVALID]], formulas: [[null, null, '="x"']], formats: [["date", "date", "date"]] }),
  },
  {
    name: "date-formatted 1E+20 in cells without r",
    book: oneSheet(worksheet(row(1, `<c r="A1"><v>1</v></c><c s="${S.date}"><v>1E+20</v></c>`)), { styles: STYLES }),
    // read.ts finds a cell's XML by its r attribute: without one the invalid Date stays.
    reference: sheets({ sheet: "S", values: [[1, INVALID]], formats: [[null, "date"]] }),
  },
  {
    name: "date-formatted 1E+20 in a sheet named with an entity",
    book: { sheets: [{ name: "a&amp;b", xml: worksheet(row(1, `<c r="A1" s="${S.date}"><v>1E+20</v></c>`)) }], styles: STYLES },
    reference: sheets({ sheet: "a&b", values: [[100000000000000000000]], formats: [["date"]] }),
  },
  {
    name: '1904 date system, date1904="1"',
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.date}"><v>43479</v></c>`)), { styles: STYLES, workbookPr: '<workbookPr date1904="1"/>' }),
    reference: sheets({ sheet: "S", values: [[D("2023-01-15T00:00:00.000Z")]], formats: [["date"]] }),
  },
  {
    name: '1904 date system, date1904="true"',
    book: oneSheet(worksheet(row(1, `<c r="A1" s="${S.date}"><v>43479</v></c>`)), { styles: STYLES, workbookPr: '<workbookPr date1904="true"/>' }),
    // exceljs reads only date1904="1": "true" stays in the 1900 system.
    reference: sheets({ sheet: "S", values: [[D("2019-01-14T00:00:00.000Z")]], formats: [["date"]] }),
  },

  // ----- styles
  {
    name: "several cellXfs picked by index",
    book: oneSheet(
      worksheet(row(1, [S.general, S.date, S.pct, S.pct2, S.cnDate, S.red].map((s, i) => `<c r="${"ABCDEF"[i]}1" s="${s}"><v>0.25</v></c>`).join(""))),
      { styles: STYLES },
    ),
    reference: sheets({
      sheet: "S",
      values: [[0.25, D("1899-12-30T06:00:00.000Z"), 0.25, 0.25, D("1899-12-30T06:00:00.000Z"), 0.25]],
      formats: [[null, "date", "percent", "percent", "date", null]],
    }),
  },
  {
    name: "dxfs with their own <numFmt> do not leak",
    book: oneSheet(worksheet(row(1, '<c r="A1" s="1"><v>44941</v></c><c r="B1" s="2"><v>0.5</v></c>')), {
      styles: styles({
        numFmts: [[164, "0.0"]],
        xfs: [0, 164, 165],
        dxfs: '<dxf><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></dxf><dxf><numFmt numFmtId="165" formatCode="0%"/></dxf>',
      }),
    }),
    reference: sheets({ sheet: "S", values: [[44941, 0.5]] }),
  },
  {
    name: "cellStyleXfs before cellXfs are not used",
    book: oneSheet(worksheet(row(1, '<c r="A1" s="1"><v>44941</v></c><c r="B1"><v>44941</v></c>')), {
      styles: styles({
        xfs: [0, 2],
        cellStyleXfs: '<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0"/>',
      }),
    }),
    reference: sheets({ sheet: "S", values: [[44941, 44941]] }),
  },
  {
    name: "cell style index beyond cellXfs",
    book: oneSheet(worksheet(row(1, '<c r="A1" s="99"><v>44941</v></c><c r="B1" s="99"/>')), { styles: STYLES }),
    reference: sheets({ sheet: "S", values: [[44941]] }),
  },
  {
    name: "no styles.xml at all",
    book: oneSheet(worksheet(row(1, '<c r="A1" s="1"><v>44941</v></c><c r="B1" s="2"/>'))),
    reference: sheets({ sheet: "S", values: [[44941]] }),
  },

  // ----- merges
  {
    name: "2×2 merge whose covered cells are absent",
    book: oneSheet(worksheet(row(2, '<c r="B2" t="str"><v>合并</v></c>'), { merges: ["B2:C3"] })),
    reference: sheets({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["合并", null],
        [null, null],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 2 }],
    }),
  },
  {
    name: "merge whose covered cells exist with styles and values",
    book: oneSheet(
      worksheet(
        row(1, `<c r="A1"><v>1</v></c><c r="B1" s="${S.pct}"><v>0.5</v></c>`) +
          row(2, `<c r="A2" s="${S.date}"><v>44941</v></c><c r="B2" t="str"><v>hidden</v></c>`),
        { merges: ["A1:B2"] },
      ),
      {
        styles: STYLES,
      },
    ),
    // exceljs drops the covered cells' values but keeps their own formats.
    reference: sheets({
      sheet: "S",
      values: [
        [1, null],
        [null, null],
      ],
      formats: [
        [null, "percent"],
        ["date", null],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    }),
  },
  {
    name: "single-cell merges A1:A1 and A1",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c><c r="C1"><v>3</v></c>'), { merges: ["A1:A1", "C1"] })),
    reference: sheets({
      sheet: "S",
      values: [[1, null, 3]],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 0 },
        { top: 0, left: 2, bottom: 0, right: 2 },
      ],
    }),
  },
  {
    name: "merge beyond the last row and column",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { merges: ["D5:F9"] })),
    reference: sheets({ sheet: "S", values: [[1, ...nulls(5)], ...blankRows(8, 6)], merges: [{ top: 4, left: 3, bottom: 8, right: 5 }] }),
  },
  {
    name: "row and column styles reach merged cells absent from the XML",
    book: oneSheet(
      worksheet(
        row(5, `<c r="A5" t="str"><v>row styled</v></c>`, `s="${S.pct}" customFormat="1"`) +
          row(6, '<c r="B6"><v>1</v></c>', `s="${S.pct2}"`) +
          row(7, '<c r="D7"><v>2</v></c>'),
        {
          cols: `<col min="1" max="3" width="9" style="${S.date}"/><col min="4" max="5" width="9" style="${S.pct2}"/>`,
          merges: ["A5:C5", "B6:C6", "D7:E8"],
        },
      ),
      { styles: STYLES },
    ),
    // Cells exceljs creates for a merge take the row's style, else the column's (row 6 has no customFormat and still counts).
    reference: sheets({
      sheet: "S",
      top: 4,
      left: 0,
      values: [
        ["row styled", null, null, null, null],
        [null, 1, null, null, null],
        [null, null, null, 2, null],
        [null, null, null, null, null],
      ],
      formats: [
        [null, "percent", "percent", null, null],
        [null, null, "percent", null, null],
        [null, null, null, null, "percent"],
        [null, null, null, "percent", "percent"],
      ],
      merges: [
        { top: 4, left: 0, bottom: 4, right: 2 },
        { top: 5, left: 1, bottom: 5, right: 2 },
        { top: 6, left: 3, bottom: 7, right: 4 },
      ],
    }),
  },
  {
    name: "overlapping merges",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { merges: ["A1:B2", "B2:C3"] })),
    // exceljs throws.
    reference: /Cannot merge already merged cells/,
  },
  {
    name: "merge ref written bottom-right first",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { merges: ["B2:A1"] })),
    reference: sheets({
      sheet: "S",
      values: [
        [1, null],
        [null, null],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    }),
  },

  // ----- hyperlinks
  {
    name: "hyperlink on a string cell",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>政策文件</v></c>'), { hyperlinks: '<hyperlink ref="A1" r:id="rId1"/>' }), {
      rels: hyperlinkRels(["rId1", "https://example.org/a"]),
    }),
    reference: sheets({ sheet: "S", values: [["政策文件"]] }),
  },
  {
    name: "hyperlink on a number cell",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>42</v></c>'), { hyperlinks: '<hyperlink ref="A1" r:id="rId1"/>' }), {
      rels: hyperlinkRels(["rId1", "https://example.org/n"]),
    }),
    // exceljs makes it a hyperlink value with the number as text; read.ts keeps only string text, so the URL.
    reference: sheets({ sheet: "S", values: [["https://example.org/n"]] }),
  },
  {
    name: "hyperlink on a formula cell and on a rich-text cell",
    book: oneSheet(
      worksheet(
        row(1, '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c><c r="C1" t="str"><f>"s"</f><v>s</v></c>'),
        {
          hyperlinks: '<hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/>',
        },
      ),
      { rels: hyperlinkRels(["rId1", "https://example.org/f"]) },
    ),
    // A hyperlinked formula loses its formula in exceljs; a number result gives the URL, a string result the string.
    reference: sheets({ sheet: "S", values: [["https://example.org/f", "rich", "s"]] }),
  },
  {
    name: "hyperlink on a styled empty cell",
    book: oneSheet(worksheet(row(1, `<c r="A1"><v>1</v></c><c r="B1" s="${S.pct}"/>`), { hyperlinks: '<hyperlink ref="B1" r:id="rId1"/>' }), {
      styles: STYLES,
      rels: hyperlinkRels(["rId1", "https://example.org/e"]),
    }),
    // exceljs: a hyperlink value without text, read as the URL.
    reference: sheets({ sheet: "S", values: [[1, "https://example.org/e"]], formats: [[null, "percent"]] }),
  },
  {
    name: "hyperlink with location only",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>go</v></c>'), { hyperlinks: '<hyperlink ref="A1" location="\'S\'!B2" display="go"/>' })),
    // exceljs ignores hyperlinks without r:id.
    reference: sheets({ sheet: "S", values: [["go"]] }),
  },
  {
    name: "hyperlink over a range",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>a</v></c><c r="B1"><v>2</v></c>'), { hyperlinks: '<hyperlink ref="A1:B1" r:id="rId1"/>' }), {
      rels: hyperlinkRels(["rId1", "https://example.org/r"]),
    }),
    // exceljs looks hyperlinks up by exact cell address: a range ref matches no cell.
    reference: sheets({ sheet: "S", values: [["a", 2]] }),
  },
  {
    name: "hyperlink whose r:id is missing from the rels",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>x</v></c>'), { hyperlinks: '<hyperlink ref="A1" r:id="rId9"/>' }), {
      rels: hyperlinkRels(["rId1", "https://example.org/m"]),
    }),
    // exceljs throws (rels[rId].Target of undefined).
    reference: /reading 'Target'/,
  },
  {
    name: "hyperlink with an r:id but no sheet rels part",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="str"><v>x</v></c>'), { hyperlinks: '<hyperlink ref="A1" r:id="rId1"/>' })),
    // exceljs throws, as for a missing r:id.
    reference: /reading 'Target'/,
  },

  // ----- workbook
  {
    name: "hidden and veryHidden sheets",
    book: {
      sheets: [
        { name: "visible", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "hidden", state: "hidden", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
        { name: "very", state: "veryHidden", xml: worksheet(row(1, '<c r="A1"><v>3</v></c>')) },
        { name: "explicit", state: "visible" as "hidden", xml: worksheet(row(1, '<c r="A1"><v>4</v></c>')) },
      ],
    },
    reference: sheets(
      { sheet: "visible", values: [[1]] },
      { sheet: "hidden", hidden: true, values: [[2]] },
      { sheet: "very", hidden: true, values: [[3]] },
      { sheet: "explicit", values: [[4]] },
    ),
  },
  {
    name: "tab order differs from part numbering",
    book: {
      sheets: [
        { name: "first", path: "xl/worksheets/sheet3.xml", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "second", path: "xl/worksheets/sheet1.xml", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
        { name: "third", path: "xl/worksheets/sheet2.xml", xml: worksheet(row(1, '<c r="A1"><v>3</v></c>')) },
      ],
    },
    reference: sheets({ sheet: "first", values: [[1]] }, { sheet: "second", values: [[2]] }, { sheet: "third", values: [[3]] }),
  },
  {
    name: "sheetIds out of tab order",
    book: {
      sheets: [
        { name: "one", sheetId: 3, xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "two", sheetId: 1, xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
        { name: "three", sheetId: 2, xml: worksheet(row(1, '<c r="A1"><v>3</v></c>')) },
      ],
    },
    reference: sheets({ sheet: "one", values: [[1]] }, { sheet: "two", values: [[2]] }, { sheet: "three", values: [[3]] }),
  },
  {
    name: "duplicate sheetId",
    book: {
      sheets: [
        { name: "one", sheetId: 1, xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "two", sheetId: 1, xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    // exceljs keys sheets by sheetId: the later sheet replaces the earlier one.
    reference: sheets({ sheet: "two", values: [[2]] }),
  },
  {
    name: "chartsheet among worksheets",
    book: {
      sheets: [
        { name: "data", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        {
          name: "chart",
          chart: true,
          path: "xl/chartsheets/sheet1.xml",
          xml: `${XML_DECL}<chartsheet ${WS_NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
        },
        { name: "more", xml: worksheet(row(1, '<c r="A1"><v>3</v></c>')) },
      ],
    },
    // exceljs skips chartsheets.
    reference: sheets({ sheet: "data", values: [[1]] }, { sheet: "more", values: [[3]] }),
  },
  {
    name: "sheet part named Sheet1.xml (capital S)",
    book: {
      sheets: [
        { name: "capital", path: "xl/worksheets/Sheet1.xml", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "lower", path: "xl/worksheets/sheet2.xml", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    // exceljs reads only parts matching worksheets/sheet<N>.xml: the capital-S sheet is skipped.
    reference: sheets({ sheet: "lower", values: [[2]] }),
  },
  {
    name: "sheet part without a number (worksheets/data.xml)",
    book: {
      sheets: [
        { name: "named", path: "xl/worksheets/data.xml", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "numbered", path: "xl/worksheets/sheet2.xml", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    // exceljs skips it, as the capital-S part.
    reference: sheets({ sheet: "numbered", values: [[2]] }),
  },
  {
    name: "sheet name with an entity (&amp;)",
    book: { sheets: [{ name: "R&amp;D &lt;1&gt; &quot;q&quot;", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }] },
    reference: sheets({ sheet: 'R&D <1> "q"', values: [[1]] }),
  },
  {
    name: "32-character sheet name",
    book: { sheets: [{ name: "abcdefghijklmnopqrstuvwxyz012345", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }] },
    // exceljs throws: it sets the name twice, truncating to 31 characters, and the second time finds the sheet itself.
    reference: /Worksheet name already exists: abcdefghijklmnopqrstuvwxyz01234$/,
  },
  {
    name: "sheet names equal but for case",
    book: {
      sheets: [
        { name: "Data", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "DATA", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    // exceljs throws.
    reference: /Worksheet name already exists: DATA/,
  },
  {
    name: "rel Target with a leading /xl/",
    book: {
      sheets: [
        { name: "abs", target: "/xl/worksheets/sheet1.xml", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "rel", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    reference: sheets({ sheet: "abs", values: [[1]] }, { sheet: "rel", values: [[2]] }),
  },
  {
    name: "rel Target with a leading ./",
    book: {
      sheets: [
        { name: "dot", target: "./worksheets/sheet1.xml", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "plain", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) },
      ],
    },
    // exceljs looks up xl/./worksheets/sheet1.xml, finds no part and skips the sheet.
    reference: sheets({ sheet: "plain", values: [[2]] }),
  },
  {
    name: "sheet whose part is missing from the zip",
    book: {
      sheets: [
        { name: "present", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "ghost", target: "worksheets/sheet9.xml", path: "xl/worksheets/unused.xml", xml: "<junk/>" },
      ],
    },
    // exceljs skips the sheet.
    reference: sheets({ sheet: "present", values: [[1]] }),
  },
  {
    name: 't="s" cell in a workbook without sharedStrings.xml',
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c>'))),
    // exceljs keeps the index as a number.
    reference: sheets({ sheet: "S", values: [[0, 2]] }),
  },
  {
    name: "shared-string index beyond the table",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>5</v></c><c r="B1"><v>2</v></c>')), { sharedStrings: sharedStrings("<t>only</t>") }),
    // exceljs throws.
    reference: /reading 'richText'/,
  },

  // ----- structure
  {
    name: "rows out of order",
    book: oneSheet(worksheet(row(3, '<c r="A3"><v>3</v></c>') + row(1, '<c r="B1"><v>1</v></c>') + row(2, '<c r="A2"><v>2</v></c>'))),
    reference: sheets({
      sheet: "S",
      values: [
        [null, 1],
        [2, null],
        [3, null],
      ],
    }),
  },
  {
    name: "cells out of order within a row",
    book: oneSheet(worksheet(row(1, '<c r="C1"><v>3</v></c><c r="A1"><v>1</v></c>'))),
    reference: sheets({ sheet: "S", values: [[1, null, 3]] }),
  },
  {
    name: "cell whose r names another row",
    book: oneSheet(worksheet(row(2, '<c r="A2"><v>2</v></c><c r="B7"><v>7</v></c>'))),
    // exceljs files the cell under its <row> (B7 lands in row 2, column B).
    reference: sheets({ sheet: "S", top: 1, left: 0, values: [[2, 7]] }),
  },
  {
    name: "single cell far from A1",
    book: oneSheet(worksheet(row(100, '<c r="AB100"><v>1</v></c>'))),
    reference: sheets({ sheet: "S", top: 99, left: 27, values: [[1]] }),
  },
  {
    name: "dimension element disagreeing with the cells",
    book: oneSheet(worksheet(row(2, '<c r="B2"><v>1</v></c>'), { root: `<worksheet ${WS_NS}><dimension ref="A1:Z99"/>` })),
    reference: sheets({ sheet: "S", top: 1, left: 1, values: [[1]] }),
  },
  {
    name: "cells without an r attribute",
    book: oneSheet(worksheet(row(1, '<c r="B1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c>'))),
    // exceljs places a cell without r just right of the previous one.
    reference: sheets({ sheet: "S", top: 0, left: 1, values: [[1, 2, 3]] }),
  },
  {
    name: "duplicate rows",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>') + row(1, '<c r="B1"><v>2</v></c>'))),
    // The later <row r="1"> replaces the earlier one in exceljs.
    reference: sheets({ sheet: "S", top: 0, left: 1, values: [[2]] }),
  },
  {
    name: "namespace-prefixed cell element <x:c>",
    book: oneSheet(worksheet(row(1, `<c r="A1"><v>1</v></c><x:c xmlns:x="${MAIN_NS}" r="B1"><x:v>2</x:v></x:c>`))),
    // exceljs matches element names literally: <x:c> is ignored, but its close tag ends the row's
    // reader early and every later row of the sheet is lost. The fast reader does not model that.
    reference: sheets({ sheet: "S", values: [[1]] }),
    mode: "parity-or-fallback",
  },
  {
    name: "fully namespace-prefixed worksheet",
    book: oneSheet(`${XML_DECL}<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`),
    // exceljs throws: with no <worksheet> element it parses no model.
    reference: /setting 'sheetNo'/,
  },
  {
    name: "zip entries stored without compression",
    book: oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c>')), {
      sharedStrings: sharedStrings("<t>stored</t>"),
      compression: "STORE",
    }),
    reference: sheets({ sheet: "S", values: [["stored", 2]] }),
  },
  {
    name: "zip written with data descriptors",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>')), { streamFiles: true }),
    reference: sheets({ sheet: "S", values: [[1]] }),
  },
  {
    name: "zip with a file comment",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>')), { comment: "检查后的副本 / checked copy" }),
    reference: sheets({ sheet: "S", values: [[1]] }),
  },
  {
    name: "zip comment containing an end-of-central-directory signature",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>')), { comment: "fake PK\u0005\u0006 record" }),
    // jszip takes the fake record in the comment for the real one and throws.
    reference: /End of data reached/,
  },
  {
    name: "UTF-8 byte-order mark before the XML declaration",
    book: oneSheet(`\ufeff${worksheet(row(1, '<c r="A1" t="str"><v>bom</v></c>'))}`),
    reference: sheets({ sheet: "S", values: [["bom"]] }),
  },

  {
    name: "worksheet as Excel writes it (mc:Ignorable, x14ac attributes, views, phoneticPr, extLst)",
    book: oneSheet(
      `${XML_DECL}<worksheet ${WS_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" ` +
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">' +
        '<sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:C2"/>' +
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.15"/><cols><col min="1" max="1" width="20.625" customWidth="1"/></cols>' +
        '<sheetData><row r="1" spans="1:3" ht="20.25" customHeight="1" x14ac:dyDescent="0.15"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>0.96</v></c><c r="C1" s="1"><v>44941</v></c></row>' +
        '<row r="2" spans="1:3" x14ac:dyDescent="0.15"><c r="A2" t="str"><f>A1&amp;"x"</f><v>项目x</v></c><c r="B2" s="3"/></row></sheetData>' +
        '<phoneticPr fontId="1" type="noConversion"/><conditionalFormatting sqref="B1:B2"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.9</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2"><formula1>"是,否"</formula1></dataValidation></dataValidations>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>' +
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst></worksheet>',
      { styles: styles({ ...STYLES_SPEC, dxfs: '<dxf><font><color rgb="FF9C0006"/></font></dxf>' }), sharedStrings: sharedStrings("<t>项目</t>") },
    ),
    reference: sheets({
      sheet: "S",
      values: [
        ["项目", 0.96, D("2023-01-15T00:00:00.000Z")],
        ["项目x", null, null],
      ],
      formulas: [
        [null, null, null],
        ['=A1&"x"', null, null],
      ],
      formats: [
        [null, "percent", "date"],
        [null, "percent", null],
      ],
    }),
  },

  {
    name: "conditional formatting whose dxfId is missing (empty <dxfs/>)",
    book: oneSheet(
      worksheet(row(1, '<c r="A1"><v>1</v></c>'), {
        after:
          '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.9</formula></cfRule></conditionalFormatting>',
      }),
      { styles: STYLES },
    ),
    reference: /reading '0'/,
  },

  // ----- empty sheets
  {
    name: "empty sheet",
    book: {
      sheets: [
        { name: "empty", xml: worksheet("") },
        { name: "no sheetData", xml: `${XML_DECL}<worksheet ${WS_NS}/>` },
      ],
    },
    reference: sheets({ sheet: "empty", values: [] }, { sheet: "no sheetData", values: [] }),
  },
  {
    name: "sheet with only styled blanks",
    book: oneSheet(
      worksheet(row(2, `<c r="B2" s="${S.pct}"/><c r="C2" s="${S.date}"/>`) + row(4, "", `s="${S.pct}" customFormat="1"`), {
        cols: `<col min="1" max="2" style="${S.pct}"/>`,
      }),
      { styles: STYLES },
    ),
    reference: sheets({ sheet: "S", values: [] }),
  },
  // ---- Cases from the review of the fast reader: each once read differently (A) or leniently (B).
  {
    name: "review A1: date-formatted 1.5E8 with rels written Type, Target, Id (openpyxl, .NET)",
    book: { sheets: [{ name: "S", xml: worksheet(row(1, `<c r="A1" s="${S.date}"><v>150000000</v></c>`)) }], styles: STYLES },
    patch: (bytes) => rewritePart(bytes, "xl/_rels/workbook.xml.rels", (x) => x.replace(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/g, '<Relationship Type="$2" Target="/xl/$3" Id="$1"/>')),
    // read.ts gives the number back from the XML, whatever the attribute order.
    reference: sheets({ sheet: "S", values: [[150000000]] }),
  },
  {
    name: "review A1: date-formatted 1.5E8 in <v xml:space>, sheet named by character references",
    book: { sheets: [{ name: "&#39033;", xml: worksheet(row(1, `<c r="A1" s="${S.date}"><v xml:space="preserve">150000000</v></c>`)) }], styles: STYLES },
    reference: sheets({ sheet: "项", values: [[150000000]] }),
  },
  {
    name: "review A2: two <mergeCells> lists (the second replaces the first)",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>') + row(2, '<c r="A2"><v>2</v></c>'), { after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>' })),
    reference: (grids) => expect(grids[0].merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]),
  },
  {
    name: "review A2: two <cellXfs> lists (the second replaces the first)",
    book: { ...oneSheet(worksheet(row(1, '<c r="A1" s="1"><v>45000</v></c>'))), styles: STYLES.replace("<cellXfs", '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0"/></cellXfs><cellXfs') },
    reference: (grids) => expect(grids[0].values[0][0]).toBeInstanceOf(Date),
  },
  {
    name: "review A3: XML 1.1 shared strings (line ends differ)",
    book: { ...oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>'))), sharedStrings: sharedStrings("<t>a\u2028b\u0085c</t>").replace('version="1.0"', 'version="1.1"') },
    reference: sheets({ sheet: "S", values: [["a\nb\nc"]] }),
    mode: "fallback",
  },
  {
    name: "review A4: end record counting one entry too few",
    book: { sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: "b", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] },
    patch: (bytes) => {
      const b = Buffer.from(bytes);
      const e = b.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
      b.writeUInt16LE(b.readUInt16LE(e + 10) - 1, e + 10);
      b.writeUInt16LE(b.readUInt16LE(e + 8) - 1, e + 8);
      return b;
    },
    reference: (grids) => expect(grids.map((g) => g.sheet)).toEqual(["a", "b"]),
    mode: "fallback",
  },
  {
    name: "review A4: a local header naming another part than the directory",
    book: { sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: "b", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] },
    patch: (bytes) => {
      const b = Buffer.from(bytes);
      b.write("xl/worksheets/sheetX.xml", b.indexOf("xl/worksheets/sheet2.xml"));
      return b;
    },
    reference: (grids) => expect(grids.map((g) => g.sheet)).toEqual(["a"]),
    mode: "fallback",
  },
  {
    name: "review A4: a sheet entry with the DOS folder attribute",
    book: { sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: "b", xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] },
    patch: (bytes) => {
      const b = Buffer.from(bytes);
      b.writeUInt32LE(0x10, b.lastIndexOf("xl/worksheets/sheet2.xml") - 46 + 38);
      return b;
    },
    reference: (grids) => expect(grids.map((g) => g.sheet)).toEqual(["a"]),
    mode: "fallback",
  },
  {
    name: "review A5: sheetId 4294967295 (no array index in exceljs: the sheet is dropped)",
    book: { sheets: [{ name: "a", sheetId: 4294967295, xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: "b", sheetId: 2, xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }] },
    reference: (grids) => expect(grids.map((g) => g.sheet)).toEqual(["b"]),
  },
  { name: "review B1: a raw U+000B in a shared string", book: { ...oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>'))), sharedStrings: sharedStrings("<t>a\u000bb</t>") }, reference: /disallowed character/ },
  { name: "review B1: a reference to U+0001", book: oneSheet(worksheet(row(1, '<c r="A1" t="inlineStr"><is><t>a&#x1;b</t></is></c>'))), reference: /malformed character entity/ },
  { name: "review B2: white space before the XML declaration", book: oneSheet(`\n${worksheet(row(1, '<c r="A1"><v>1</v></c>'))}`), reference: /XML declaration must be at the start/ },
  { name: "review B2: a NUL after the root element", book: oneSheet(`${worksheet(row(1, '<c r="A1"><v>1</v></c>'))}\u0000`), reference: /./ },
  { name: "review B3: an attribute given twice", book: oneSheet(worksheet('<row r="1"><c r="A1" s="1" s="0"><v>1</v></c></row>')), reference: /duplicate attribute/ },
  { name: "review B3: attributes not set off by white space", book: oneSheet(worksheet('<row r="1"><c r="A1"t="n"><v>1</v></c></row>')), reference: /no whitespace between attributes/ },
  { name: "review B4: styles.xml without <fonts>", book: { ...oneSheet(worksheet(row(1, '<c r="A1" s="1"><v>45000</v></c>'))), styles: STYLES.replace(/<fonts[^]*?<\/fonts>/, "") }, reference: /reading '0'/ },
  { name: "review B5: <extLst> in sharedStrings.xml", book: { ...oneSheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>'))), sharedStrings: sharedStrings("<t>x</t>").replace("</sst>", "<extLst/></sst>") }, reference: /Unexpected xml node/ },
  {
    name: "review B6: comments behind an absolute relationship target",
    book: { ...oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>')), { rels: relationships(["rId1", `${REL_NS}/comments`, "/xl/comments1.xml"]) }), files: { "xl/comments1.xml": `<comments xmlns="${MAIN_NS}"><authors><author>a</author></authors><commentList/></comments>` } },
    reference: /reading 'comments'/,
  },
  {
    name: "review B6: a table part behind an absolute relationship target",
    book: {
      ...oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { after: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' }), { rels: relationships(["rId1", `${REL_NS}/table`, "/xl/tables/table1.xml"]) }),
      files: { "xl/tables/table1.xml": `<table xmlns="${MAIN_NS}" id="1" name="T" displayName="T" ref="A1:A1"><tableColumns count="1"><tableColumn id="1" name="1"/></tableColumns></table>` },
    },
    reference: /reading 'name'/,
  },
  {
    name: "review B7: a data validation without sqref",
    book: oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { after: '<dataValidations count="1"><dataValidation type="list"><formula1>"a"</formula1></dataValidation></dataValidations>' })),
    reference: /reading 'split'/,
  },
  {
    name: "review B8: a worksheet part no sheet names, with broken XML",
    book: { sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }], files: { "xl/worksheets/sheet9.xml": "<worksheet><sheetData><row r='1'><c></row></sheetData></worksheet>" } },
    reference: /unexpected close tag/,
  },
  {
    name: "review B9: prefixed workbook relationships",
    book: {
      sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }],
      files: { "xl/_rels/workbook.xml.rels": `<pr:Relationships xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"><pr:Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></pr:Relationships>` },
    },
    reference: /Unexpected xml node/,
  },
  {
    name: "review B10: an end record giving the wrong directory size",
    book: { sheets: [{ name: "a", xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }] },
    patch: (bytes) => {
      const b = Buffer.from(bytes);
      const e = b.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
      b.writeUInt32LE(b.readUInt32LE(e + 12) + 10, e + 12);
      return b;
    },
    reference: /Corrupted zip/,
  },
  {
    name: "review B11: an empty print area",
    book: { ...oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'))), workbookPr: '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0"></definedName></definedNames>' },
    reference: /reading 'match'/,
  },
  {
    name: "review: a normal print area and a data validation read as usual",
    book: {
      ...oneSheet(worksheet(row(1, '<c r="A1"><v>1</v></c>'), { after: '<dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"a"</formula1></dataValidation></dataValidations>' })),
      workbookPr: "<definedNames><definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">S!$A$1:$B$2</definedName></definedNames>",
    },
    reference: sheets({ sheet: "S", values: [[1]] }),
  },
];
