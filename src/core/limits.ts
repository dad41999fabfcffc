/**
 * Every limit 勾稽 puts on its input, in one place. Real 部门决算 disclosures are far below each of them
 * (well under 1 MB, a few hundred rows, twenty columns); the limits keep a damaged or hostile file from
 * taking the memory or the time of the machine. Past a limit the user gets a message in Chinese, never an
 * abort.
 */

/** The .xlsx file on disk or uploaded (a 200-unit 汇总 stays under a few MB). */
export const MAX_WORKBOOK_BYTES = 40 * 1024 * 1024;
/** One part of the .xlsx package once decompressed (a sheet's XML, the shared strings). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All the parts read from the package, decompressed. */
export const MAX_PACKAGE_BYTES = 256 * 1024 * 1024;
/** Rows and columns read from a sheet: a stray value far away is left out with a notice. */
export const MAX_ROWS = 5000;
export const MAX_COLUMNS = 200;
/** Non-empty cells in a whole workbook. */
export const MAX_CELLS = 1_000_000;
/** Cells covered by the merged ranges of one sheet (each merged cell is a cell to the reader). */
export const MAX_MERGED_CELLS = 200_000;
/** The narrative file on disk (.txt or .docx), and its text once read. */
export const MAX_NARRATIVE_BYTES = 20 * 1024 * 1024;
export const MAX_NARRATIVE_CHARS = 2_000_000;
/** One XML part of a .docx narrative, decompressed (its text is read whole into memory). */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
/** One workbook of a batch: past this it is a row with its reason and the batch goes on. */
export const BATCH_FILE_SECONDS = 120;
/**
 * An amount of this size or more (in the table's unit) is not a figure: no disclosure holds 1 万亿 万元, so
 * such a cell is a slip or garbage (and past it a difference would print as 1e+21).
 */
export const MAX_AMOUNT = 1e12;

/** A PDF disclosure: past these it is not a disclosure (the largest real ones are a few MB, 30–60 pages). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export const MAX_PDF_PAGES = 500;
/**
 * One page's drawing operators read for its table borders, and the border segments kept: a real table page
 * draws a few thousand. Past either the page's tables are read from the positions of their text alone.
 */
export const MAX_PDF_PAGE_OPERATORS = 500_000;
export const MAX_PDF_PAGE_RULES = 50_000;
/**
 * A PDF's streams once decompressed, counted while they inflate (the file may declare anything): one stream,
 * and all of them. Real disclosures hold a few MB (fonts included).
 */
export const MAX_PDF_STREAM_BYTES = 32 * 1024 * 1024;
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/** Drawing operators in all the content streams of a PDF (a real 30-page disclosure has about 40,000). */
export const MAX_PDF_OPERATORS = 2_000_000;
/** Nesting of saved graphics states (`q`) or arrays in a content stream (real files: under 10). */
export const MAX_PDF_NESTING = 256;
/** Text items pdf.js reads from all the pages (a real 30-page disclosure has about 10,000). */
export const MAX_PDF_TEXT_ITEMS = 400_000;
/** Time pdf.js may take to read the text of all the pages (CPU time where the host can count it). */
export const MAX_PDF_SECONDS = 60;
/**
 * Time pdf.js may take for one page (CPU time where the host can count it; a real table page takes about
 * 0.05 s, the first with its fonts under 1 s): past it the page is damaged or built to keep the reader busy, and
 * the read stops naming that page.
 */
export const MAX_PDF_PAGE_SECONDS = 5;

export const MB = 1024 * 1024;
