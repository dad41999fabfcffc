/** Every face the reader knows, by id. Adding a region: a data file beside these and a line here. */

import { CENTRAL_4_FACE } from './central-4';
import type { FaceId } from './choices';
import type { Face } from './face';
import { MOF_FACE } from './mof';
import { SHANGHAI_FACE } from './shanghai';

/** In order of preference when detection cannot tell them apart. */
export const FACES: readonly Face[] = [MOF_FACE, SHANGHAI_FACE, CENTRAL_4_FACE];

export function faceById(id: FaceId): Face {
  return FACES.find((f) => f.id === id) ?? MOF_FACE;
}

export function isFaceId(s: unknown): s is FaceId {
  return FACES.some((f) => f.id === s);
}

/** The table as this face calls it: "公开05（一般公共预算财政拨款支出决算表）", or "第4张表（…）" outside 财政部. */
export function faceTableName(face: Face, id: string): string {
  const t = face.tables.find((x) => x.id === id);
  if (!t) return id;
  return face.markers ? `${id}（${t.title}）` : `第${t.number}张表（${t.title}）`;
}

export type { Face, FaceTable, ColumnSpec, CodeLayout } from './face';
