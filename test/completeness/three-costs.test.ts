/** 三公 and 政府采购 sections: nothing spent, and one warning for an absent section. */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { readOutline } from '../../src/core/completeness/outline';
import { completeness, isAlarm, publishedText } from './helpers';

const SAMPLE = path.join(__dirname, '../../examples/丹凤县医疗保障局2024-情况说明.txt');
const sample = () => readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, '');
const THREE = ['三公分项', '三公增减原因', '三公数量'];

test('三公: a unit that spent nothing gets no split info, and the infos it gets say so', async () => {
  const text = sample();
  assert.ok(text.includes('本部门2024年度无财政拨款“三公”经费支出。'));
  // Without the four item paragraphs the section names no part: nothing spent, nothing to split.
  const cut = text.replace(/1\. 因公出国[\s\S]*?(?=（二）培训费)/, '');
  assert.notEqual(cut, text);
  for (const t of [text, cut]) {
    const f = (await completeness(t)).filter((x) => THREE.includes(x.topic!));
    assert.deepEqual(
      f.filter((x) => x.topic === '三公分项'),
      [],
    );
    assert.ok(
      f.every((x) => !isAlarm(x) && x.message.includes('写明无“三公”经费支出')),
      JSON.stringify(f),
    );
  }
  // A non-zero amount in the section: something was spent, the parts must be named.
  const spent = cut.replace(
    '本部门2024年度无财政拨款“三公”经费支出。',
    '本部门2024年度无财政拨款“三公”经费支出。公务接待费1.20万元。',
  );
  const split = (await completeness(spent)).filter((x) => x.topic === '三公分项');
  assert.equal(split.length, 1);
  assert.equal(split[0].severity, 'info');
  assert.match(split[0].message, /没有分项说明因公出国（境）费、公务用车购置费/);
});

/** The text without the last section (the body) whose heading starts so. */
function without(text: string, heading: string): string {
  const h = readOutline(text)
    .headings.filter((x) => x.hasContent && text.startsWith(heading, x.start))
    .pop();
  assert.ok(h, heading);
  return text.slice(0, h.start) + text.slice(h.bodyEnd);
}

test('an absent 三公 or 政府采购 section is one warning, not one per topic', async () => {
  const text = publishedText('000_7039478323f8a84b.txt');
  const noThree = (await completeness(without(text, '九、财政拨款“三公”经费'))).filter(isAlarm);
  assert.deepEqual(
    noThree.map((f) => `${f.rule} ${f.message}`),
    ['completeness.three-costs-split 情况说明中没有财政拨款“三公”经费支出的说明'],
  );
  const noProcurement = (await completeness(without(text, '十一、政府采购支出情况说明'))).filter(
    (f) => f.message.startsWith('情况说明中没有') || f.message.startsWith('情况说明没有'),
  );
  assert.deepEqual(
    noProcurement.map((f) => f.rule),
    ['completeness.procurement'],
  );
});
