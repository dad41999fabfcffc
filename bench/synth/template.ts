/** The layout of the synthetic workbooks: the real corpus workbook 丹凤县医疗保障局2024 (one table a sheet). */

import path from 'node:path';
import type { CellRange, CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { TABLE_IDS, type TableId } from '../../src/core/tables/model';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook';

export const TEMPLATE_FILE = path.join(
  __dirname,
  '..',
  '..',
  'test',
  'fixtures',
  'corpus',
  'cases',
  'danfeng2024-standard.xlsx',
);

export interface TableTemplate {
  id: TableId;
  rows: CellValue[][];
  merges: CellRange[];
}

export interface Template {
  tables: Map<TableId, TableTemplate>;
  /** 公开06 款 codes by their 类, as laid out in the template. */
  economicCodes: Map<string, string[]>;
}

function fromSnapshot(snapshot: WorkbookSnapshot): Template {
  const tables = new Map<TableId, TableTemplate>();
  for (const id of TABLE_IDS) {
    const sheet = snapshot.sheets.find((s) => s.name === `${id}表`);
    if (!sheet) throw new Error(`模板工作簿缺少工作表“${id}表”`);
    tables.set(id, { id, rows: sheet.values.map((r) => [...r]), merges: sheet.merges });
  }
  const economicCodes = new Map<string, string[]>();
  for (const row of tables.get('公开06')!.rows)
    for (const c of [0, 3, 6]) {
      const code = row[c];
      if (typeof code !== 'string' || !/^\d{5}$/.test(code)) continue;
      const list = economicCodes.get(code.slice(0, 3)) ?? [];
      list.push(code);
      economicCodes.set(code.slice(0, 3), list);
    }
  return { tables, economicCodes };
}

let cached: Promise<Template> | null = null;

export function loadTemplate(): Promise<Template> {
  if (!cached) cached = readWorkbookFile(TEMPLATE_FILE).then((l) => fromSnapshot(l.snapshot));
  return cached;
}
