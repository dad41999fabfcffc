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

export type { Face, FaceTable, ColumnSpec, CodeLayout } from './face';
