// xlsx-populate ships no types; the tests use it only to write a password-protected workbook.
declare module 'xlsx-populate' {
  interface Cell {
    value(v: string | number): Cell;
  }
  interface Sheet {
    cell(address: string): Cell;
  }
  interface Workbook {
    sheet(index: number): Sheet;
    toFileAsync(path: string, options?: { password?: string }): Promise<void>;
  }
  const XlsxPopulate: { fromBlankAsync(): Promise<Workbook> };
  export default XlsxPopulate;
}
