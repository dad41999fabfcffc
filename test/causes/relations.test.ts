/** The relations the rules register say what their findings say: broken exactly where a rule reports an error. */

import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { quantitiesOf, statusOf, type Relation } from '../../src/core/causes/relation';
import { defaultCatalogs } from '../../src/core/catalog';
import { NARRATIVE_RULES } from '../../src/core/narrative';
import { recognizeWorkbook } from '../../src/core/recognition';
import { TABLE_RULES } from '../../src/core/rules';
import { buildContext, type FindingDraft, type Reporter } from '../../src/core/rules/rule';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { CASES, loadCase, withCells } from '../helpers';
import { corpusNarrative } from '../narrative/helpers';

interface Registered {
  rule: string;
  relation: Relation;
  finding?: FindingDraft;
}

function registered(snapshot: WorkbookSnapshot, narrative: string | null): Registered[] {
  const { tables, year } = recognizeWorkbook(snapshot);
  const ctx = buildContext(tables, year, defaultCatalogs(), narrative);
  const out: Registered[] = [];
  for (const rule of [...TABLE_RULES, ...NARRATIVE_RULES]) {
    const report: Reporter = () => undefined;
    report.relation = (relation, finding) => out.push({ rule: rule.id, relation, finding });
    rule.check(ctx, report);
  }
  return out;
}

function status(r: Registered) {
  return statusOf(
    r.relation,
    quantitiesOf(r.relation).map((q) => q.value),
  );
}

function assertAgrees(list: Registered[]): void {
  for (const r of list) {
    const s = status(r);
    const severity = r.finding?.severity ?? 'error';
    if (!r.finding) assert.notEqual(s, 'error', `${r.rule}: a relation without a finding holds`);
    else if (severity === 'info') assert.equal(s, 'tail', `${r.rule}: ${r.finding.message}`);
    else assert.equal(s, 'error', `${r.rule}: ${r.finding.message}`);
  }
}

describe('registered relations', () => {
  test.each(CASES)('%s: every relation agrees with its finding', async (id) => {
    const unit = id.split('-')[0];
    const list = registered(await loadCase(id), corpusNarrative(unit));
    assert.ok(list.length > 100);
    assertAgrees(list);
  });

  test('every rule that checks a linear relation registers it', async () => {
    const rules = new Set(
      registered(await loadCase('liujiang2022-standard'), corpusNarrative('liujiang2022')).map((r) => r.rule),
    );
    for (const id of [
      'sum.row',
      'sum.hierarchy',
      'summary.totals',
      'summary.fund-split',
      'economic.sum',
      'three-costs.sum',
      'cross.summary-detail',
      'cross.income-sources',
      'cross.fiscal-tables',
      'cross.basic-expense',
      'cross.fiscal-only',
      'cross.fiscal-summary',
      'cross.three-costs-bounds',
      'narrative.table-figure',
      'narrative.share',
      'narrative.parts',
      'narrative.growth',
      'narrative.completion',
    ])
      assert.ok(rules.has(id), id);
  });

  test('planted errors: broken relations and error findings still coincide', async () => {
    const snapshot = withCells(await loadCase('liujiang2022-standard'), [
      ['公开05表', 'C14', 34.71],
      ['公开01表', 'F15', 672.68],
      ['公开06表', 'C8', 909.8],
      ['公开09表', 'L8', 0.9],
    ]);
    const list = registered(snapshot, corpusNarrative('liujiang2022'));
    assert.ok(list.filter((r) => status(r) === 'error').length >= 8);
    assertAgrees(list);
  });
});
