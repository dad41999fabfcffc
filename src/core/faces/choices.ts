/**
 * The faces a user can pick (a setting in the pane, --face on the command line) and the user's own
 * corrections to table recognition. The faces themselves are data files beside this one.
 */

import type { TableId } from '../tables/model';

/** "mof": the 财政部 standard nine tables; "shanghai": Shanghai's template; "central-4": 四张表的中央单位. */
export type FaceId = 'mof' | 'shanghai' | 'central-4';

export const FACE_CHOICES: ReadonlyArray<{ id: FaceId; name: string }> = [
  { id: 'mof', name: '财政部格式（九张表）' },
  { id: 'shanghai', name: '上海格式（九张表）' },
  { id: 'central-4', name: '中央单位（四张表）' },
];

/** The user's correction: this sheet (or this range of it, "A1:H40") is this table. */
export interface TableAssignment {
  table: TableId;
  sheet: string;
  range?: string;
}
