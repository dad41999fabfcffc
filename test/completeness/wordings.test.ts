/**
 * A topic covered in other words is not reported: each topic's passage from at least two real
 * disclosures, checked alone with its heading and again without it (the wording alone must carry).
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { readOutline } from '../../src/core/completeness/outline';
import { completeness, corpusText, publishedText } from './helpers';

const LJ = () => corpusText('liujiang2022.txt');
const DF = () => corpusText('danfeng2024.txt');
const LA = () => corpusText('longan2023.txt');
const P000 = () => publishedText('000_7039478323f8a84b.txt');
const P002 = () => publishedText('002_2fb42be3c1530c0d.txt');
const P003 = () => publishedText('003_801dc34b793b5deb.txt');

/** The last section with a body whose heading starts so: with its heading, and its body alone. */
function passage(text: string, heading: string): { whole: string; body: string } {
  const outline = readOutline(text);
  const h = outline.headings.filter((x) => x.hasContent && text.startsWith(heading, x.start)).pop();
  assert.ok(h, `no section “${heading}”`);
  return { whole: text.slice(h.start, h.bodyEnd), body: text.slice(h.end, h.bodyEnd) };
}

type Source = [() => string, string];
/** Per topic: the real passages, and whether the body alone (no heading) must still carry it. */
const WORDINGS: Array<[string, Source[], boolean]> = [
  [
    '部门职责',
    [
      [P000, '一、部门职责'],
      [P002, '一、主要职能'],
      [P003, '一、部门主要职责及内设机构'],
    ],
    false,
  ],
  [
    '总体增减原因',
    [
      [DF, '一、收入支出决算总体情况说明'],
      [LJ, '一、收入支出决算总体情况说明'],
      [LA, '一、收入支出决算总体情况说明'],
    ],
    true,
  ],
  [
    '项目说明',
    [
      [DF, '五、一般公共预算'],
      [LJ, '五、一般公共预算'],
      [LA, '五、一般公共预算'],
    ],
    true,
  ],
  [
    '人员公用经费',
    [
      [DF, '六、'],
      [LJ, '六、'],
      [LA, '六、'],
    ],
    true,
  ],
  [
    '机关运行经费',
    [
      [DF, '十、'],
      [LJ, '十、'],
      [LA, '十、'],
    ],
    true,
  ],
  [
    '政府采购',
    [
      [DF, '十一、'],
      [LJ, '十一、'],
      [LA, '十一、'],
    ],
    true,
  ],
  [
    '中小企业',
    [
      [LJ, '十一、'],
      [LA, '十一、'],
    ],
    true,
  ],
  [
    '国有资产',
    [
      [DF, '十二、'],
      [LJ, '十二、'],
      [LA, '十二、'],
    ],
    true,
  ],
  [
    '绩效',
    [
      [DF, '十三、'],
      [LJ, '十三、'],
      [LA, '十三、'],
    ],
    true,
  ],
  [
    '名词解释',
    [
      [LA, '第四部分'],
      [P002, '第四部分'],
      [P003, '第四部分'],
    ],
    true,
  ],
  [
    '三公分项',
    [
      [DF, '九、'],
      [LJ, '九、'],
      [LA, '九、'],
    ],
    true,
  ],
  [
    '三公增减原因',
    [
      [LJ, '九、'],
      [LA, '九、'],
    ],
    true,
  ],
];

for (const [topic, sources, bodyAlone] of WORDINGS) {
  test(`${topic}: covered in ${sources.length} real wordings, none is reported`, async () => {
    for (const [text, heading] of sources) {
      const p = passage(text(), heading);
      for (const [what, t] of bodyAlone
        ? [
            ['whole', p.whole],
            ['body', p.body],
          ]
        : [['whole', p.whole]]) {
        const on = (await completeness(t)).filter((f) => f.topic === topic);
        assert.deepEqual(
          on.map((f) => f.message),
          [],
          `${heading} (${what})`,
        );
      }
    }
  });
}

test('三公数量: the counts each wording gives are recognised, only the one it lacks is named', async () => {
  const full = passage(LA(), '九、').whole;
  assert.deepEqual(
    (await completeness(full)).filter((f) => f.topic === '三公数量'),
    [],
  );
  const lj = (await completeness(passage(LJ(), '九、').whole)).filter((f) => f.topic === '三公数量');
  assert.equal(lj.length, 1);
  assert.equal(lj[0].severity, 'info');
  assert.match(lj[0].message, /没有写公务用车购置数$/);
});

test('空表说明: “已公开空表” in the narrative and a note under the printed table both explain', async () => {
  const df = await completeness(passage(DF(), '七、').whole);
  assert.deepEqual(
    df.filter((f) => f.topic === '空表说明' && /公开07/.test(f.message)),
    [],
  );
  const notes = await completeness(P002());
  assert.deepEqual(
    notes.filter((f) => f.topic === '空表说明'),
    [],
  );
  const threeCostsNote = await completeness(P000());
  assert.deepEqual(
    threeCostsNote.filter((f) => f.topic === '空表说明' && /公开09/.test(f.message)),
    [],
  );
  assert.equal(
    threeCostsNote.filter((f) => f.topic === '空表说明').length,
    2,
    '公开07 and 公开08 are only 0',
  );
});
