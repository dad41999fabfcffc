/** completenessChecklist(report): the task pane's list, one entry per topic, read from real reports. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { COMPLETENESS_TOPICS, completenessChecklist } from '../../src/core/completeness';
import { loadCase } from '../helpers';
import { corpusLabels, corpusText } from './helpers';

test('checklist of each corpus narrative alone: every topic in the state its label gives', () => {
  for (const [file, labels] of Object.entries(corpusLabels().narratives)) {
    const list = completenessChecklist(checkWorkbook(null, { narrative: corpusText(file) }));
    assert.deepEqual(
      list.map((e) => e.topic),
      [...COMPLETENESS_TOPICS],
    );
    for (const e of list) {
      assert.equal(e.status, labels[e.topic].state, `${file} ${e.topic}`);
      assert.equal(!!e.finding, e.status === 'missing' || e.status === 'weak');
    }
  }
});

test('checklist of a workbook alone: table topics judged, narrative topics n/a', async () => {
  const list = completenessChecklist(checkWorkbook(await loadCase('danfeng2024-standard')));
  const by = Object.fromEntries(list.map((e) => [e.topic, e]));
  assert.equal(by['九张表'].status, 'present');
  assert.equal(by['细化到项'].status, 'present');
  assert.equal(
    by['空表说明'].status,
    'weak',
    'empty 公开07/08/09 with no note: to be checked with the narrative',
  );
  assert.equal(by['空表说明'].finding?.cell, 'A1');
  for (const t of ['部门职责', '名词解释', '三公数量', '绩效']) assert.equal(by[t].status, 'n/a', t);
});

test('checklist of a workbook with its narrative: the narrative explains the empty tables', async () => {
  const report = checkWorkbook(await loadCase('danfeng2024-standard'), {
    narrative: corpusText('danfeng2024.txt'),
  });
  const by = Object.fromEntries(completenessChecklist(report).map((e) => [e.topic, e.status]));
  assert.deepEqual(
    Object.entries(by).filter(([, s]) => s !== 'present'),
    [
      ['三公增减原因', 'weak'],
      ['三公数量', 'weak'],
      ['部门职责', 'missing'],
      ['中小企业', 'weak'],
      ['名词解释', 'missing'],
    ],
  );
});

test('gouji rules lists the completeness rules with their topics', () => {
  const root = path.join(__dirname, '..', '..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'rules'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^completeness\.glossary\twarning\t缺少名词解释$/m);
  const listed = new Set([...r.stdout.matchAll(/^\t主题：(.+)$/gm)].flatMap((m) => m[1].split('、')));
  assert.deepEqual([...listed].sort(), [...COMPLETENESS_TOPICS].sort());
});
