/** Recognising the nine tables in any workbook: one table per sheet, all stacked, or anything between. */

import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import type { Table, TableId } from '../tables/model';
import { readCodedTable } from './coded';
import { readEconomicTable } from './economic';
import { lastUsedRow } from './layout';
import type { Region } from './region';
import { readSummaryTable } from './summary';
import { readThreeCostsTable } from './three-costs';
import { findTitles, yearOfText } from './titles';

type Reader = (grid: SheetGrid, id: TableId, region: Region) => Table | null;

const READERS: Record<TableId, Reader> = {
  公开01: readSummaryTable,
  公开02: readCodedTable,
  公开03: readCodedTable,
  公开04: readSummaryTable,
  公开05: readCodedTable,
  公开06: readEconomicTable,
  公开07: readCodedTable,
  公开08: readCodedTable,
  公开09: readThreeCostsTable,
};

export interface Recognition {
  tables: Table[];
  /** The year found in table titles or sheet headings, when one is printed. */
  year: number | null;
}

export function recognizeWorkbook(workbook: WorkbookSnapshot): Recognition {
  const tables: Table[] = [];
  const years: number[] = [];
  for (const sheet of workbook.sheets) {
    const grid = new SheetGrid(sheet);
    const titles = findTitles(grid);
    titles.forEach((hit, i) => {
      const nextTop = i + 1 < titles.length ? titles[i + 1].row : grid.rowCount;
      const region: Region = {
        top: hit.row,
        bottom: lastUsedRow(grid, hit.row, nextTop - 1),
        left: grid.firstCol,
        right: grid.colCount - 1,
        titleCol: hit.col,
      };
      const table = READERS[hit.id](grid, hit.id, region);
      if (!table) return;
      tables.push(table);
      const year = yearOfText(hit.title);
      if (year) years.push(year);
    });
  }
  return { tables, year: mostFrequent(years) };
}

function mostFrequent(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
