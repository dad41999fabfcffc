/** The text output folds each cause's consequences under it and counts causes, not consequences. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { formatText } from '../../src/core/format/text';
import { planted } from '../helpers';

test('a cause is printed with its consequences under it, and they are not printed again', async () => {
  const r = await planted('liujiang2022-standard', [['公开05表', 'C14', 34.71]]);
  const text = formatText(r);
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('应为 43.71'));
  assert.ok(at > 0);
  assert.match(lines[at], /^ {2}错误 {2}公开05表!C14 {2}公开05表!C14 2080505/);
  assert.equal(lines[at + 1], '      由此引起的 3 条：');
  for (const l of lines.slice(at + 2, at + 5)) assert.match(l, /^ {6}└ 错误 {2}公开05表!C1[24] /);
  // Each consequence appears once, folded.
  assert.equal(lines.filter((l) => l.includes('基本支出、项目支出之和 43.71')).length, 1);
  const s = r.summary;
  assert.equal(s.error, 4);
  assert.match(
    lines[lines.length - 1],
    new RegExp(
      `^共 ${r.findings.length - 3} 条（另有 3 条由上列根源引起，已归在根源之下）：错误 1，警告 ${s.warning}，提示 ${s.info}`,
    ),
  );
});

test('without a cause the text is as before: every finding in its table, all counted', async () => {
  const r = await planted('liujiang2022-standard', [['公开06表', 'C8', 909.8]]);
  const text = formatText(r);
  assert.doesNotMatch(text, /由此引起/);
  assert.match(text, new RegExp(`共 ${r.findings.length} 条：错误 ${r.summary.error}，`));
});
