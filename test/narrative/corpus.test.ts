/** The labelled corpus: each narrative flag found as an alarm on its exact span, names as info, no other alarm. */

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { CORPUS } from '../helpers';
import { brief, corpusNarrative, isAlarm, narrativeFindings } from './helpers';

interface Label {
  class: string;
  text?: string;
  at?: unknown;
}
const expected: {
  cases: Array<{ id: string; workbook: string | null; narrative: string | null; expect: Label[] }>;
} = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'));

/** What each labelled narrative text must produce: the exact span and severity. */
const WANTED: Record<string, string> = {
  '占2.77%': 'error narrative.share «2.77%»',
  '行政事业养老支出（款）': 'info narrative.name «行政事业养老支出（款）»',
  '公务员医疗补助支出（项）': 'info narrative.name «公务员医疗补助支出（项）»',
  本部门无项目支出: 'warning narrative.none-claim «本部门无项目支出»',
  '年初预算为2311.99元': 'warning narrative.unit «年初预算为2311.99元»',
  '超出年初预算100%': 'warning narrative.zero-budget «超出年初预算100%»',
  // Bonus labels: the 部门整体支出绩效自评表 rows, reported on the row's figures from the labelled one.
  '883.32': 'warning narrative.self-evaluation «883.32\t883.32\t0.00\t883.32»',
  '1044.2': 'warning narrative.self-evaluation «1044.2\t1044.22\t0.00\t1044.22»',
};

// Cases whose workbook is in the fixtures (D01, D02, D04, D05 are not copied there).
const present = expected.cases.filter(
  (x) => x.narrative && (!x.workbook || existsSync(path.join(CORPUS, x.workbook))),
);

for (const c of present) {
  test(`${c.id}: labelled narrative findings on their spans, and no other narrative alarm`, async () => {
    const name = path.basename(c.narrative!, '.txt');
    const text = corpusNarrative(name);
    const findings = await narrativeFindings(
      text,
      c.workbook ? path.basename(c.workbook, '.xlsx') : undefined,
    );
    const labels = c.expect.filter((e) => !e.at && ['flag', 'name', 'bonus'].includes(e.class));
    assert.ok(labels.length > 0);
    for (const label of labels) {
      const want = WANTED[label.text!];
      assert.ok(want, `no expectation written for ${label.text}`);
      assert.ok(
        findings.map(brief).includes(want),
        `${want} missing; got ${findings.map(brief).join(' | ')}`,
      );
      const f = findings.find((x) => brief(x) === want)!;
      assert.equal(text.slice(f.narrative!.start, f.narrative!.end), f.narrative!.text);
      const at = text.indexOf(label.text!);
      if (label.class === 'bonus') assert.equal(f.narrative!.start, at);
      else assert.equal(f.narrative!.start, at + label.text!.indexOf(f.narrative!.text));
    }
    const unexpected = findings
      .filter(isAlarm)
      .filter((f) => !labels.some((l) => WANTED[l.text!] === brief(f)));
    assert.deepEqual(unexpected.map(brief), []);
  });
}

test('the none-claim on danfeng points at the 项目支出 cell of 公开03', async () => {
  const findings = await narrativeFindings(corpusNarrative('danfeng2024'), 'danfeng2024-standard');
  const f = findings.find((x) => x.rule === 'narrative.none-claim')!;
  assert.equal(f.table, '公开03');
  assert.equal(f.actual, 160.9);
  assert.ok(f.sheet && f.cell);
});

test('the same narrative gives the same narrative findings in all three layouts', async () => {
  for (const unit of ['liujiang2022', 'danfeng2024']) {
    const all = await Promise.all(
      ['standard', 'stacked', 'textnum'].map(async (l) =>
        (await narrativeFindings(corpusNarrative(unit), `${unit}-${l}`)).map(
          (f) => `${brief(f)} ${f.message}`,
        ),
      ),
    );
    assert.deepEqual(all[1], all[0]);
    assert.deepEqual(all[2], all[0]);
  }
});
