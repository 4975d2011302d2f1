/** Writes a SheetSpec (the domain's description of a sheet the add-in owns) into an exceljs workbook. */
import ExcelJS from "exceljs";
import { parseAddress, parseRange } from "../domain/grid";
import { ROLE_FILLS as ROLE_COLORS, fontOf, hyperlinkFormula } from "../domain/template/role-style";
import type { CellRole, CellSpec, SheetSpec } from "../domain/template/types";

export { hyperlinkFormula };

/** "#RRGGBB" as exceljs's opaque ARGB ("FFRRGGBB"). */
const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** Fills by cell role as exceljs takes them (ARGB), from the one definition in the domain. */
export const ROLE_FILLS: Record<CellRole, string | null> = Object.fromEntries(
  Object.entries(ROLE_COLORS).map(([role, color]) => [role, color === null ? null : argb(color)]),
) as Record<CellRole, string | null>;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * Adds a worksheet built from the spec, after the last tab; the workbook must not already hold a
 * sheet of that name.
 */
export function writeSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name);
  spec.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const h of spec.rowHeights) ws.getRow(h.row).height = h.height;
  for (const range of spec.merges) ws.mergeCells(range);

  const areas = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const range of spec.merges) {
    const a = parseRange(range);
    if (a) areas.set(`${a.top},${a.left}`, a);
  }
  for (const c of spec.cells) {
    const p = parseAddress(c.address);
    const area = areas.get(`${p.row},${p.col}`) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
    const style = styleOf(c);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let col = area.left; col <= area.right; col++) ws.getCell(r + 1, col + 1).style = { ...style };
    }
    const cell = ws.getCell(p.row + 1, p.col + 1);
    if (c.link) {
      cell.value = { formula: hyperlinkFormula(c.link, c.value), result: c.value ?? "" } as ExcelJS.CellFormulaValue;
    } else if (c.value !== null && c.value !== "") {
      cell.value = c.value;
    }
    if (c.note) cell.note = c.note;
  }
  for (const range of spec.borders) {
    const a = parseRange(range);
    if (!a) continue;
    for (let r = a.top; r <= a.bottom; r++) {
      for (let col = a.left; col <= a.right; col++) {
        const cell = ws.getCell(r + 1, col + 1);
        cell.style = { ...cell.style, border: THIN };
      }
    }
  }
  for (const v of spec.validations) {
    const a = parseRange(v.range);
    if (!a) continue;
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      // A value outside the list (a unit's own wording) is allowed after a warning.
      errorStyle: "warning",
      showInputMessage: v.prompt !== undefined,
    };
    if (v.prompt) validation.prompt = v.prompt;
    for (let r = a.top; r <= a.bottom; r++) {
      for (let col = a.left; col <= a.right; col++) ws.getCell(r + 1, col + 1).dataValidation = { ...validation };
    }
  }
  return ws;
}

function styleOf(c: CellSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    alignment: { vertical: "middle", horizontal: c.align ?? "center", wrapText: true },
  };
  const fill = ROLE_FILLS[c.role];
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  const font = fontOf(c);
  if (font.color) style.font = { color: { argb: argb(font.color) }, underline: font.underline === true };
  else if (font.size) style.font = { bold: font.bold, size: font.size };
  else if (font.bold) style.font = { bold: true };
  if (c.numFmt) style.numFmt = c.numFmt;
  return style;
}
