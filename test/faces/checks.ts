/** What every face data file must satisfy, checked by each face's own test. */

import assert from 'node:assert/strict';
import type { Face } from '../../src/core/faces';
import { matchTitle } from '../../src/core/recognition/titles';
import { TABLE_IDS } from '../../src/core/tables/model';

export function assertWellFormed(face: Face): void {
  // Numbers 1..n in the printed order, each table once, every id one of the model's.
  assert.deepEqual(
    face.tables.map((t) => t.number),
    face.tables.map((_, i) => i + 1),
  );
  assert.equal(new Set(face.tables.map((t) => t.id)).size, face.tables.length);
  for (const t of face.tables) assert.ok((TABLE_IDS as readonly string[]).includes(t.id));
  // Every table's usual title, alone or with a unit and a year before it, is read as that table.
  assert.deepEqual([...face.titleOrder].sort(), face.tables.map((t) => t.id).sort());
  for (const t of face.tables) {
    assert.equal(matchTitle(t.title, face)?.id, t.id, t.title);
    assert.equal(matchTitle(`某某单位2024年度${t.title}`, face)?.id, t.id, t.title);
  }
  // Every coded table of the face has its value columns.
  for (const t of face.tables)
    if (['公开02', '公开03', '公开05', '公开07', '公开08'].includes(t.id))
      assert.ok((face.codedColumns[t.id]?.length ?? 0) >= 3, t.id);
}
