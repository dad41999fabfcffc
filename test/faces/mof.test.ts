import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { MOF_FACE } from '../../src/core/faces/mof';
import { matchTitle } from '../../src/core/recognition/titles';
import { TABLE_IDS, TABLE_TITLES } from '../../src/core/tables/model';
import { assertWellFormed } from './checks';

test('the 财政部 face: nine tables 公开01–09 in their own order, markers and 栏次', () => {
  assertWellFormed(MOF_FACE);
  assert.deepEqual(
    MOF_FACE.tables.map((t) => t.id),
    [...TABLE_IDS],
  );
  for (const t of MOF_FACE.tables) assert.equal(t.title, TABLE_TITLES[t.id]);
  assert.ok(MOF_FACE.markers);
  assert.deepEqual(MOF_FACE.codeLayouts, ['single']);
});

test('the 财政部 face reads titles with a marker or a 表N prefix, and not sentences', () => {
  assert.deepEqual(matchTitle('一般公共预算财政拨款支出决算表（公开05表）', MOF_FACE), {
    id: '公开05',
    title: '一般公共预算财政拨款支出决算表（公开05表）',
    numbered: 5,
  });
  assert.equal(matchTitle('表三：支出决算表', MOF_FACE)?.numbered, 3);
  assert.equal(matchTitle('本单位无支出，故不公开支出决算表', MOF_FACE), null);
});
