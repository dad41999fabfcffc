/**
 * Removing one section of a real disclosure makes exactly that section's topics missing on the
 * checklist, with one warning per absent section (the 三公 section's three topics share one).
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { readOutline } from '../../src/core/completeness/outline';
import { checkWorkbook } from '../../src/core/check';
import { completenessChecklist } from '../../src/core/completeness/checklist';
import { alarmTopics, completenessOf, publishedText } from './helpers';

/** Topics a single rule reports absent for the others judged from the same section. */
const SHARED: Record<string, string[]> = { 三公分项: ['三公增减原因', '三公数量'], 政府采购: ['中小企业'] };

/** Sections by the start of their heading line (the body, not the table of contents), and their topics. */
const SECTIONS: Array<[string, string[]]> = [
  ['第一部分', ['部门职责']],
  ['一、收入支出决算总体情况说明', ['总体增减原因']],
  ['五、一般公共预算财政拨款支出决算情况说明', ['项目说明']],
  ['六、一般公共预算财政拨款基本支出决算情况说明', ['人员公用经费']],
  ['七、政府性基金预算财政拨款', ['空表说明']],
  ['八、国有资本经营预算财政拨款支出决算情况说明', ['空表说明']],
  ['九、财政拨款“三公”经费', ['三公分项', '三公增减原因', '三公数量']],
  ['十、机关运行经费支出情况说明', ['机关运行经费']],
  ['十一、政府采购支出情况说明', ['中小企业', '政府采购']],
  ['十二、国有资产占用', ['国有资产']],
  ['十三、预算绩效情况说明', ['绩效']],
  ['第四部分', ['名词解释']],
];

/** The text without the last section (the body, after any table of contents) whose heading starts so. */
function without(text: string, heading: string): string {
  const outline = readOutline(text);
  const h = outline.headings.filter((x) => x.hasContent && text.startsWith(heading, x.start)).pop();
  assert.ok(h, `no section “${heading}”`);
  return text.slice(0, h.start) + text.slice(h.bodyEnd);
}

/** Where a document says it elsewhere: 003 lists its empty tables (本部门不涉及故公开空表) with the tables. */
const STILL_SAID: Record<string, string[]> = {
  '000_7039478323f8a84b.txt': [],
  '003_801dc34b793b5deb.txt': ['七、政府性基金预算财政拨款', '八、国有资本经营预算财政拨款支出决算情况说明'],
};

for (const [file, stillSaid] of Object.entries(STILL_SAID)) {
  test(`${file}: each section removed in turn is reported as its own topic, and nothing else`, async () => {
    const text = publishedText(file);
    const missing = (narrative: string) =>
      completenessChecklist(checkWorkbook(null, { narrative }))
        .filter((e) => e.status === 'missing')
        .map((e) => e.topic as string)
        .sort();
    assert.deepEqual(missing(text), [], 'the whole document has every section');
    for (const [heading, sectionTopics] of SECTIONS) {
      const topics = stillSaid.includes(heading) ? [] : sectionTopics;
      const cut = without(text, heading);
      assert.deepEqual(missing(cut), [...topics].sort(), `without “${heading}”`);
      // An absent section is one warning, not one per topic judged from it.
      const absent = completenessOf(checkWorkbook(null, { narrative: cut })).filter(
        (f) => f.message.startsWith('情况说明中没有') && !f.narrative,
      );
      const shared = topics.flatMap((t) => SHARED[t] ?? []);
      for (const f of absent) assert.ok(!shared.includes(f.topic!), `without “${heading}”: ${f.message}`);
      const alarms = alarmTopics(completenessOf(checkWorkbook(null, { narrative: cut })));
      assert.ok(
        topics.every((t) => alarms.includes(t) || shared.includes(t)),
        `without “${heading}”`,
      );
    }
  });
}
