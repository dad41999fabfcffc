import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from '@jest/globals';
import { CORPUS, gouji } from '../helpers';

const SHANGHAI = path.join(CORPUS, 'cases', 'danfeng2024-shanghai.xlsx');

test('gouji check names the face it read; --face picks one; an unknown face is refused in Chinese', () => {
  const detected = gouji('check', SHANGHAI);
  assert.equal(detected.status, 0, detected.stderr);
  assert.match(detected.stdout, /识别到的表（上海格式（九张表））/);

  const json = gouji('check', SHANGHAI, '--face', 'mof', '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  const report = JSON.parse(json.stdout) as { tables: Array<{ face: string }> };
  assert.ok(report.tables.length === 9 && report.tables.every((t) => t.face === 'mof'));

  const bad = gouji('check', SHANGHAI, '--face', 'beijing');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /未知的格式“beijing”：--face 只能是 mof/);
});
