/** A real Shanghai narrative (普陀区委社会工作部 2024): its sections feed the same completeness topics. */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { FIXTURES } from '../helpers';

const NARRATIVE = readFileSync(path.join(FIXTURES, 'faces', 'putuo2024-narrative.txt'), 'utf8');

const completenessAlarms = (text: string, face?: 'shanghai' | 'mof') =>
  checkWorkbook(null, { narrative: text, face })
    .findings.filter((f) => f.rule.startsWith('completeness.') && f.severity !== 'info')
    .map((f) => `${f.topic} ${f.message}`);

test('十、预算绩效管理情况 and 十一、其他重要事项说明 (机关运行经费, 政府采购, 国有资产占用) are found', () => {
  assert.match(NARRATIVE, /十、预算绩效管理情况/);
  assert.match(NARRATIVE, /（三）国有资产占有使用情况说明/);
  assert.deepEqual(completenessAlarms(NARRATIVE, 'shanghai'), []);
  // The 政府采购 section gives its total as "政府采购金额…为 21.07 万元": not reported missing.
  const infos = checkWorkbook(null, { narrative: NARRATIVE, face: 'shanghai' }).findings.map(
    (f) => f.message,
  );
  assert.ok(!infos.some((m) => m.includes('没有写政府采购支出总额')), infos.join('\n'));
});

test('a section found only by the Shanghai heading words: 部门决算单位构成 is the 部门概况', () => {
  // Keep the 单位构成 part, drop 主要职能: only the Shanghai face knows that heading.
  const start = NARRATIVE.indexOf('一、主要职能');
  const end = NARRATIVE.indexOf('二、部门决算单位构成');
  const text = NARRATIVE.slice(0, start) + NARRATIVE.slice(end);
  assert.deepEqual(completenessAlarms(text, 'shanghai'), []);
  assert.ok(completenessAlarms(text, 'mof').some((m) => m.startsWith('部门职责')));
});
