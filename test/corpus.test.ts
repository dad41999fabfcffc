/** The labelled corpus (six real disclosures in three layouts), checked in-process as score.js does it. */

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import type { Finding } from '../src/core/report';
import { alarms, CASES, check, CORPUS, loadCase, SHANGHAI_CASES } from './helpers';

interface Label {
  class: string;
  at?: Array<{ sheet: string; cell: string }>;
}
const expected: { cases: Array<{ id: string; workbook: string | null; expect: Label[] }> } = JSON.parse(
  readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'),
);

function touches(f: Finding, sheet: string, cell: string): boolean {
  return (
    (f.sheet === sheet && f.cell === cell) ||
    (f.related ?? []).some((r) => r.sheet === sheet && r.cell === cell)
  );
}

/** The cases whose workbook is copied into the fixtures; D01–D05 with a planted error are tested apart. */
const present = expected.cases.filter(
  (x) =>
    x.workbook &&
    existsSync(path.join(CORPUS, x.workbook)) &&
    !x.expect.some((e) => e.class === 'flag' && e.at),
);

test('the corpus copy holds the standard, stacked, textnum and Shanghai-face cases', () => {
  assert.deepEqual(present.map((c) => c.id).sort(), [...CASES, ...SHANGHAI_CASES].sort());
});

for (const c of present) {
  test(`${c.id}: every labelled rounding tail is reported as info, and no table finding is an alarm`, async () => {
    const report = check(await loadCase(c.id));
    assert.equal(report.tables.length, 9, 'all nine tables recognised');
    const tails = c.expect.filter((e) => e.class === 'tail' && e.at);
    assert.ok(tails.length >= 10);
    for (const label of tails) {
      const { sheet, cell } = label.at![0];
      const hits = report.findings.filter((f) => touches(f, sheet, cell));
      assert.ok(hits.length > 0, `tail at ${sheet}!${cell} not reported`);
      assert.ok(
        hits.every((f) => f.severity === 'info'),
        `tail at ${sheet}!${cell} reported as ${hits.map((f) => f.severity)}`,
      );
    }
    assert.deepEqual(alarms(report.findings), []);
    // Findings beyond the labels are rounding tails too (the labels need not list every one) or completeness findings.
    const unlabelled = report.findings.filter(
      (f) =>
        f.cell &&
        !f.rule.startsWith('completeness.') &&
        !tails.some((l) => touches(f, l.at![0].sheet, l.at![0].cell)),
    );
    for (const f of unlabelled) assert.match(f.message, /尾差/, f.message);
  });
}

test('the three layouts of one disclosure give the same findings, cell for cell in their own layout', async () => {
  for (const unit of ['liujiang2022', 'danfeng2024']) {
    const counts = await Promise.all(
      ['standard', 'stacked', 'textnum'].map(async (l) => {
        const r = check(await loadCase(`${unit}-${l}`));
        return r.findings.map((f) => `${f.rule} ${f.severity}`).sort();
      }),
    );
    assert.deepEqual(counts[1], counts[0], `${unit} stacked`);
    assert.deepEqual(counts[2], counts[0], `${unit} textnum`);
  }
});

test('the Shanghai face of a disclosure gives the same findings as its standard layout', async () => {
  for (const unit of ['liujiang2022', 'danfeng2024']) {
    const [standard, shanghai] = await Promise.all(
      ['standard', 'shanghai'].map(async (l) => {
        const r = check(await loadCase(`${unit}-${l}`));
        return r.findings.map((f) => `${f.rule} ${f.severity}`).sort();
      }),
    );
    assert.deepEqual(shanghai, standard, unit);
  }
});

test('D03: the error planted in the Shanghai face is the one alarm among the table findings', async () => {
  const report = check(await loadCase('D03'));
  assert.equal(report.tables.length, 9);
  assert.ok(report.tables.every((t) => t.face === 'shanghai'));
  const tableAlarms = alarms(report.findings).filter((f) => f.cell && !f.rule.startsWith('completeness.'));
  assert.ok(tableAlarms.length > 0);
  assert.ok(
    tableAlarms.every((f) => touches(f, '支出决算表', 'F21')),
    tableAlarms.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).join('; '),
  );
});
