/**
 * What a table is called, as its face calls it. The model's ids (公开01…09) are the 财政部 numbering; a face
 * that prints its tables as "表1：高等学校收支决算总表" or without 公开NN markers names them by its own number
 * and title. Every place a user reads a table's name (messages, the text output, 审核结果, the pane) goes
 * through `tableName`, so that one table has one name everywhere.
 */

import type { Report } from '../report';
import { TABLE_IDS, TABLE_TITLES, type TableId } from '../tables/model';
import type { FaceId } from './choices';
import type { Face } from './face';
import { faceById, isFaceId } from './index';
import { MOF_FACE } from './mof';

function resolve(face: Face | FaceId | string | null | undefined): Face {
  if (!face) return MOF_FACE;
  if (typeof face === 'string') return isFaceId(face) ? faceById(face) : MOF_FACE;
  return face;
}

function isTableId(id: string): id is TableId {
  return (TABLE_IDS as readonly string[]).includes(id);
}

/**
 * The table's display name: "公开02 收入决算表" in a face that marks its tables 公开NN (财政部), "表2 收入决算表"
 * in a face that numbers them its own way (central units' four tables, Shanghai). A table the face does not
 * have keeps its 财政部 name; anything else (情况说明) is returned as it is.
 */
export function tableName(id: string, face?: Face | FaceId | string | null): string {
  if (!isTableId(id)) return id;
  const f = resolve(face);
  const t = f.tables.find((x) => x.id === id);
  if (!t || f.markers) return `${id} ${t?.title ?? TABLE_TITLES[id]}`;
  return `表${t.number} ${t.title}`;
}

/** How a message refers to the table: "公开02" where the face marks its tables so, else its display name. */
export function tableRef(id: string, face?: Face | FaceId | string | null): string {
  if (!isTableId(id)) return id;
  const f = resolve(face);
  const t = f.tables.find((x) => x.id === id);
  return !t || f.markers ? id : tableName(id, f);
}

/** The table with its title in a sentence: "公开05（一般公共预算财政拨款支出决算表）", "表4 财政拨款支出决算表". */
export function faceTableName(face: Face | FaceId | string | null | undefined, id: string): string {
  const f = resolve(face);
  const t = f.tables.find((x) => x.id === id);
  if (isTableId(id) && (!t || f.markers)) return `${id}（${t?.title ?? TABLE_TITLES[id]}）`;
  return tableName(id, f);
}

/** Quoted text (“…”) is the user's own and is never renamed. */
const QUOTED = /“[^”]*”/g;
const TABLE_MENTION = /公开0([1-9])(?![\d表])/g;

/**
 * A message with each "公开NN" its rule wrote replaced by the table's name in its face (`faceOf` says which
 * face each table was read in); text inside “” quotes is left as written.
 */
export function renameTables(message: string, faceOf: (id: TableId) => Face | FaceId | undefined): string {
  if (!message.includes('公开0')) return message;
  const rename = (s: string) =>
    s.replace(TABLE_MENTION, (m, n: string) => {
      const id = `公开0${n}` as TableId;
      return tableRef(id, faceOf(id));
    });
  let out = '';
  let last = 0;
  for (const q of message.matchAll(QUOTED)) {
    out += rename(message.slice(last, q.index)) + q[0];
    last = q.index + q[0].length;
  }
  return out + rename(message.slice(last));
}

/** A table's name in a report: its `tables[].name`, else the name in the face the report's tables were read in. */
export function reportTableName(report: Pick<Report, 'tables'>, id: string): string {
  const t = report.tables.find((x) => x.id === id);
  return t?.name ?? tableName(id, report.tables[0]?.face);
}

/** How a report's table is referred to in a column of findings: "公开05" in the 财政部 face, else its name. */
export function reportTableRef(report: Pick<Report, 'tables'>, id: string): string {
  const t = report.tables.find((x) => x.id === id);
  return tableRef(id, t ? t.face : report.tables[0]?.face);
}
