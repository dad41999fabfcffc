/**
 * The wording rules' shared text index (src/core/wording/passages.ts): each distinct cell text scanned once, hits
 * given for every cell holding it in reading order, a 情况说明 sheet read as the narrative and not as cells.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { checkWorkbook } from '../../src/core/check';
import { buildContext } from '../../src/core/rules/rule';
import { defaultCatalogs } from '../../src/core/catalog';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { eachHit, occurrences } from '../../src/core/wording/passages';

/** A 汇总's unit sheets: the same labels on every sheet, one template leftover among them. */
const unitSheet = (name: string): SheetSnapshot => ({
  name,
  originRow: 2,
  originCol: 1,
  merges: [],
  values: [
    ['收入支出决算总表', null, null],
    ['编制单位：XX局', null, '单位：万元'],
    ['项目', '决算数', 12.5],
    ['财政拨款收入增加（减少）', 3, '“说明'],
  ],
});

test('each distinct text is scanned once; its hits come for every cell holding it, sheet by sheet, row by row', () => {
  const sheets = [unitSheet('甲单位'), unitSheet('乙单位'), unitSheet('丙单位')];
  const ctx = buildContext([], 2024, defaultCatalogs(), '第一段。\n\n第二段XX局。', { sheets });
  const scanned: string[] = [];
  const seen: string[] = [];
  eachHit(
    ctx,
    (text, offset) => {
      scanned.push(`${offset ?? 'cell'} ${text}`);
      return text.includes('XX') ? [text.indexOf('XX')] : [];
    },
    (p, at, cell) =>
      seen.push(
        p.cell
          ? `${p.cell.sheet}!${p.cell.row},${p.cell.col} ${at} ${cell?.r},${cell?.c}`
          : `${p.offset} ${at}`,
      ),
  );
  // Paragraphs with their offsets, then the seven distinct Chinese texts of the cells (figures and 12.5 not).
  assert.deepEqual(scanned, [
    '0 第一段。',
    '6 第二段XX局。',
    'cell 收入支出决算总表',
    'cell 编制单位：XX局',
    'cell 单位：万元',
    'cell 项目',
    'cell 决算数',
    'cell 财政拨款收入增加（减少）',
    'cell “说明',
  ]);
  assert.deepEqual(seen, ['6 3', '甲单位!3,1 5 1,0', '乙单位!3,1 5 1,0', '丙单位!3,1 5 1,0']);
  // Counted with every cell holding the text.
  assert.equal(occurrences(ctx, '“'), 3);
  assert.equal(occurrences(ctx, 'XX'), 4);
});

test('the wording rules report a repeated leftover on every cell, in sheet order, as before the index', () => {
  const snapshot = { name: 'h.xlsx', sheets: [unitSheet('甲单位'), unitSheet('乙单位')] };
  const found = checkWorkbook(snapshot, { year: 2024 }).findings.filter(
    (f) => f.rule === 'text.template-residue',
  );
  assert.deepEqual(
    found.map((f) => `${f.sheet}!${f.cell} ${f.severity}`),
    ['甲单位!B4 warning', '甲单位!B6 warning', '乙单位!B4 warning', '乙单位!B6 warning'],
  );
  assert.match(found[1].message, /“增加（减少）”.*应按实际只留一种/);
});

test('a 情况说明 sheet whose text is the narrative is not read again as cells', () => {
  const note: SheetSnapshot = {
    name: '情况说明',
    originRow: 0,
    originCol: 0,
    merges: [],
    values: [['增加（减少）的原因。'], ['第二段。']],
  };
  const sheets = [unitSheet('甲单位'), note];
  const ctx = buildContext([], 2024, defaultCatalogs(), '增加（减少）的原因。\n第二段。', { sheets });
  const cells: string[] = [];
  eachHit(
    ctx,
    (t) => (t.includes('增加（减少）') ? [t] : []),
    (p) => cells.push(p.cell?.sheet ?? 'narrative'),
    'cells',
  );
  assert.deepEqual(cells, ['甲单位']);
  assert.equal(occurrences(ctx, '增加（减少）'), 2);
});
