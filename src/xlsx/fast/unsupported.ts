/**
 * Thrown by the fast reader for anything it does not model exactly as exceljs reads it; the caller
 * then reads the file with exceljs, so such a file gets the answer it always got.
 */
export class FastReadUnsupported extends Error {
  constructor(what: string) {
    super(`fast reader: ${what}`);
    this.name = "FastReadUnsupported";
  }
}
