import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { check, CORPUS, loadCase, marks } from '../helpers';

const danfengNarrative = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');

test('table.empty-note: empty 公开07/08 with “故本表无数据” under them pass', async () => {
  assert.deepEqual(marks(check(await loadCase('liujiang2022-standard')), 'table.empty-note'), []);
});

test('table.empty-note: no note under the empty tables — the narrative explains them', async () => {
  const snapshot = await loadCase('danfeng2024-standard');
  assert.deepEqual(marks(check(snapshot), 'table.empty-note'), [
    'info 公开07表!A1',
    'info 公开08表!A1',
    'info 公开09表!A1',
  ]);
  assert.deepEqual(marks(check(snapshot, { narrative: danfengNarrative }), 'table.empty-note'), []);
  const silent = danfengNarrative.replace(/本部门2024年度无政府性基金预算财政拨款收支，已公开空表。/, '');
  assert.deepEqual(marks(check(snapshot, { narrative: silent }), 'table.empty-note'), [
    'warning 公开07表!A1',
  ]);
});
