import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { faceTableName } from '../../src/core/faces/names';
import { SHANGHAI_FACE } from '../../src/core/faces/shanghai';
import { matchTitle } from '../../src/core/recognition/titles';
import { assertWellFormed } from './checks';

test('the Shanghai face: 三公 seventh, 政府性基金 eighth, 国有资本经营 ninth, no markers', () => {
  assertWellFormed(SHANGHAI_FACE);
  assert.deepEqual(
    SHANGHAI_FACE.tables.map((t) => `${t.number} ${t.id}`),
    [
      '1 公开01',
      '2 公开02',
      '3 公开03',
      '4 公开04',
      '5 公开05',
      '6 公开06',
      '7 公开09',
      '8 公开07',
      '9 公开08',
    ],
  );
  assert.equal(SHANGHAI_FACE.markers, false);
  assert.ok(SHANGHAI_FACE.codeLayouts.includes('split') && SHANGHAI_FACE.codeLayouts.includes('wrapped'));
  assert.equal(faceTableName(SHANGHAI_FACE, '公开07'), '表8 政府性基金预算财政拨款收入支出决算表');
});

test('the Shanghai titles and synonyms of the template and of real disclosures', () => {
  const titles: Array<[string, string]> = [
    ['财政拨款“三公”经费支出决算表', '公开09'],
    ['财政拨款“三公”经费及会议费、培训费支出决算表', '公开09'],
    ['一般公共预算财政拨款基本支出决算表', '公开06'],
    ['国有资本经营预算财政拨款收入支出决算表', '公开08'],
    ['政府性基金预算财政拨款收入支出决算表', '公开07'],
  ];
  for (const [title, id] of titles) assert.equal(matchTitle(title, SHANGHAI_FACE)?.id, id, title);
});

test('the Shanghai empty-table note and narrative sections', () => {
  assert.match(
    '说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
    SHANGHAI_FACE.emptyNote,
  );
  assert.match('十、预算绩效管理情况', SHANGHAI_FACE.sections.绩效!);
  assert.match('（三）国有资产占用情况', SHANGHAI_FACE.sections.国有资产!);
});
