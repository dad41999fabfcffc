/** The recognised tables: what every rule reads. Built once per check by the recognisers. */

import type { FaceId } from '../faces/choices';
import type { AmountParse } from '../numbers';

export const TABLE_IDS = [
  '公开01',
  '公开02',
  '公开03',
  '公开04',
  '公开05',
  '公开06',
  '公开07',
  '公开08',
  '公开09',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const TABLE_TITLES: Record<TableId, string> = {
  公开01: '收入支出决算总表',
  公开02: '收入决算表',
  公开03: '支出决算表',
  公开04: '财政拨款收入支出决算总表',
  公开05: '一般公共预算财政拨款支出决算表',
  公开06: '一般公共预算财政拨款基本支出决算明细表',
  公开07: '政府性基金预算财政拨款收入支出决算表',
  公开08: '国有资本经营预算财政拨款支出决算表',
  公开09: '财政拨款“三公”经费支出决算表',
};

/** A cell in sheet coordinates, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** One figure of a table: where it is, what was written, and its value (0 for blanks and non-numbers). */
export interface Figure {
  ref: CellRef;
  parse: AmountParse;
  value: number;
}

interface TableBase {
  id: TableId;
  title: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  titleRef: CellRef;
  /** Text of the note rows (注：…) and of any explanation inside or just below the table. */
  notes: string[];
  /** Every value cell read, for the rules on number formats. */
  figures: Figure[];
  /** The face the table was read in ("mof", "shanghai", "central-4"); set by recognition. */
  face?: FaceId;
  /** Parts of the table that were not understood and so were left unchecked (rule table.unreadable). */
  unread?: UnreadPart[];
}

/** A part of a table not understood: what it is, in Chinese, and where. */
export interface UnreadPart {
  what: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The part makes the table's relations unreliable (a value column of text): the table is not checked. */
  blocking?: boolean;
}

export interface ValueColumn {
  key: string;
  header: string;
  col: number;
  /** A "其中" column: the key of the column it is part of (not an addend of the row's total). */
  partOf?: string;
}

export interface CodedRow {
  code: string;
  name: string;
  row: number;
  codeRef: CellRef;
  nameRef: CellRef;
  values: Record<string, Figure>;
}

/** 公开02/03/05/07/08: rows by 功能分类科目 with a 合计 row. */
export interface CodedTable extends TableBase {
  kind: 'coded';
  columns: ValueColumn[];
  total: { row: number; values: Record<string, Figure> } | null;
  rows: CodedRow[];
}

export interface SummaryLine {
  /** A stable key: 'class' for a 类 row, else e.g. 'gpIncome', 'totalIncome', 'grandTotal'. */
  key: string;
  label: string;
  row: number;
  labelRef: CellRef;
  values: Record<string, Figure>;
}

/** 公开01/04: the two halves, 收入 and 支出. */
export interface SummaryTable extends TableBase {
  kind: 'summary';
  incomeColumns: ValueColumn[];
  expenseColumns: ValueColumn[];
  income: SummaryLine[];
  expense: SummaryLine[];
}

export interface EconomicEntry {
  code: string;
  name: string;
  codeRef: CellRef;
  nameRef: CellRef;
  figure: Figure;
}

/** 公开06: 经济分类 in column groups, with 人员经费合计 and 公用经费合计. */
export interface EconomicTable extends TableBase {
  kind: 'economic';
  entries: EconomicEntry[];
  personnelTotal: Figure | null;
  publicTotal: Figure | null;
}

export const THREE_COST_KEYS = [
  'total',
  'abroad',
  'carSubtotal',
  'carPurchase',
  'carRunning',
  'reception',
  'meeting',
  'training',
] as const;
export type ThreeCostKey = (typeof THREE_COST_KEYS)[number];

export const THREE_COST_LABELS: Record<ThreeCostKey, string> = {
  total: '合计',
  abroad: '因公出国(境)费',
  carSubtotal: '公务用车购置及运行维护费',
  carPurchase: '公务用车购置费',
  carRunning: '公务用车运行维护费',
  reception: '公务接待费',
  meeting: '会议费',
  training: '培训费',
};

/** 公开09: 预算数 and 决算数 of the 三公 items, in either layout. */
export interface ThreeCostsTable extends TableBase {
  kind: 'threeCosts';
  budget: Partial<Record<ThreeCostKey, Figure>>;
  actual: Partial<Record<ThreeCostKey, Figure>>;
}

export type Table = CodedTable | SummaryTable | EconomicTable | ThreeCostsTable;

export function isEmptyTable(t: Table): boolean {
  return t.figures.every((f) => f.value === 0);
}
