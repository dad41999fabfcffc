/**
 * Coverage of the three published narratives: every sentence that quotes a figure present in the
 * tables is checked (one of its figures feeds a claim) or listed here as skipped, with the reason.
 * 000 (龙安区 2023) has no workbook in the fixtures: there every sentence quoting a non-zero 万元 figure counts.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { parseNarrative, type NarrativeDoc } from '../../src/core/narrative';
import { compact } from '../../src/core/narrative/compact';
import { recognizeWorkbook } from '../../src/core/recognition';
import { loadCase } from '../helpers';
import { isAlarm, narrativeFindings, publishedNarrative } from './helpers';

interface Skip {
  pattern: RegExp;
  reason: string;
}

const SKIPPED: Record<string, Skip[]> = {
  '000_7039478323f8a84b.txt': [
    {
      pattern: /^2023年期末,我单位共有车辆0辆/,
      reason: '“单价100万元（含）以上设备”中的100万元是门槛，不是金额',
    },
    {
      pattern: /整体支出预算总额5711\.8万元,决算总额5108\.27万元/,
      reason: '绩效自评的整体支出预算，含社保基金配套资金，公开表中没有',
    },
    {
      pattern: /^预算情况指标设定及完成情况/,
      reason: '绩效自评的整体支出预算，含社保基金配套资金，公开表中没有',
    },
    {
      pattern: /部门决算资金共264\.4万元,占2023年所有项目支出总额的9\.34%/,
      reason: '占比的基数（所有项目支出总额）说明中未给出',
    },
  ],
  '002_2fb42be3c1530c0d.txt': [
    {
      pattern: /^公务用车购置及运行费支出决算减少0万元,下降0%;公务接待费支出决算增加0\.09万元/,
      reason: '三公分项的增减：上年数不在句中，无从计算增减率',
    },
    { pattern: /^国内公务接待支出0\.09万元/, reason: '国内/外宾接待是公务接待费的细分，公开09 无此栏' },
    { pattern: /城乡医疗救助经费.*1284\.67万元/, reason: '绩效指标值，与公开表数字只是巧合相同' },
  ],
  '003_801dc34b793b5deb.txt': [
    { pattern: /^单价100万元及以上的设备/, reason: '100万元是资产门槛，不是金额' },
    { pattern: /^2024年当年购置车辆0辆;购置单价100万元以上的设备/, reason: '100万元是资产门槛，不是金额' },
  ],
};

const WORKBOOK: Record<string, string | undefined> = {
  '000_7039478323f8a84b.txt': undefined,
  '002_2fb42be3c1530c0d.txt': 'liujiang2022-standard',
  '003_801dc34b793b5deb.txt': 'danfeng2024-standard',
};

function claimedAmounts(doc: NarrativeDoc): Set<number> {
  const c = doc.claims;
  const out = new Set<number>();
  for (const s of c.shares) [s.part, s.whole, s.percent].forEach((a) => out.add(a.index));
  for (const g of c.growths) [g.current, g.change].forEach((a) => out.add(a.index));
  for (const x of c.completions) [x.budget, x.actual].forEach((a) => out.add(a.index));
  for (const p of c.parts) [p.whole, ...p.parts].forEach((a) => out.add(a.index));
  for (const f of c.figures) out.add(f.amount.index);
  return out;
}

for (const [file, caseId] of Object.entries(WORKBOOK)) {
  test(`${file}: every sentence quoting a table figure is checked or deliberately skipped`, async () => {
    const text = publishedNarrative(file);
    const doc = parseNarrative(text);
    const tableValues = new Set<number>();
    if (caseId)
      for (const t of recognizeWorkbook(await loadCase(caseId)).tables)
        for (const f of t.figures) if (f.value !== 0) tableValues.add(Math.round(f.value * 100));
    const quotesTable = (v: number) => (caseId ? tableValues.has(Math.round(v * 100)) : v !== 0);
    const claimed = claimedAmounts(doc);
    const skips = SKIPPED[file];
    const used = new Set<Skip>();
    const unchecked: string[] = [];
    let checked = 0;
    for (const s of doc.sentences) {
      const figures = doc.amounts.filter(
        (a) => a.sentence === s.index && a.unit && a.unit !== '%' && quotesTable(a.value),
      );
      if (figures.length === 0) continue;
      if (figures.some((a) => claimed.has(a.index))) {
        checked++;
        continue;
      }
      const key = compact(text, s.start, s.end).key;
      const skip = skips.find((x) => x.pattern.test(key));
      if (skip) used.add(skip);
      else unchecked.push(key.slice(0, 80));
    }
    assert.deepEqual(unchecked, [], 'sentences neither checked nor listed as skipped');
    assert.deepEqual(
      skips.filter((x) => !used.has(x)).map((x) => x.reason),
      [],
      'stale skip entries',
    );
    assert.ok(checked >= 20, `only ${checked} sentences checked`);
    for (const skip of skips) assert.ok(skip.reason.length > 0);
  });
}

test('the published narratives raise only the known alarms', async () => {
  const alarmsOf = async (file: string) =>
    (await narrativeFindings(publishedNarrative(file), WORKBOOK[file]))
      .filter(isAlarm)
      .map((f) => f.narrative!.text);
  assert.deepEqual(await alarmsOf('000_7039478323f8a84b.txt'), ['超出年初预算100%', '年初预算为2311.99元']);
  assert.deepEqual(await alarmsOf('002_2fb42be3c1530c0d.txt'), ['2.77%']);
  assert.deepEqual(await alarmsOf('003_801dc34b793b5deb.txt'), [
    '本部门无项目支出',
    '883.32\t883.32\t0.00\t883.32',
    '1044.2\t1044.22\t0.00\t1044.22',
  ]);
});
