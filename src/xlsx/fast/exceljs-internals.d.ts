// Types for the few small modules of exceljs the fast reader shares with it, so that both read a
// workbook the same way (built-in number formats, shared formulas, dates, entity decoding).
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<string, { f: string } | undefined>;
  export = formats;
}
declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
declare module "exceljs/lib/utils/utils" {
  const utils: {
    excelToDate(v: unknown, date1904: boolean | undefined): Date;
    isDateFmt(fmt: string | undefined): boolean;
    xmlDecode(text: string): string;
  };
  export = utils;
}
declare module "exceljs/lib/utils/col-cache" {
  const colCache: { decodeEx(value: string): unknown };
  export = colCache;
}
