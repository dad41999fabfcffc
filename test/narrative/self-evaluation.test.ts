/** narrative.self-evaluation on 丹凤 2024's 部门整体支出绩效自评表 (the two bonus labels of the corpus) and its corrected copy. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { brief, corpusNarrative, narrativeFindings, publishedNarrative } from './helpers';

const RULE = 'narrative.self-evaluation';
const DANFENG = corpusNarrative('danfeng2024');

async function selfEvaluation(text: string, caseId?: string) {
  return (await narrativeFindings(text, caseId)).filter((f) => f.rule === RULE);
}

test('丹凤: 金额合计 1044.2 / 1044.22 against 全年预算数、执行数 1,049.22, and 任务1 against 基本支出 888.32', async () => {
  for (const caseId of [undefined, 'danfeng2024-standard']) {
    const found = await selfEvaluation(DANFENG, caseId);
    assert.deepEqual(found.map(brief), [
      'warning narrative.self-evaluation «883.32\t883.32\t0.00\t883.32»',
      'warning narrative.self-evaluation «1044.2\t1044.22\t0.00\t1044.22»',
    ]);
    const [task, total] = found;
    assert.equal(task.narrative!.start, DANFENG.indexOf('883.32'));
    assert.equal(total.narrative!.start, DANFENG.indexOf('1044.2'));
    assert.equal(task.expected, 888.32);
    assert.match(
      task.message,
      /任务2 专项经费.*与项目支出相符，此项应为基本支出 888\.32 万元（相差 5\.00 万元）/,
    );
    assert.match(
      total.message,
      /全年预算数 1044\.2 万元，与情况说明“全年预算数1,049\.22万元”相差 5\.02 万元/,
    );
    assert.match(total.message, /全年执行数 1044\.22 万元，与情况说明“执行数1,049\.22万元”相差 5\.00 万元/);
  }
});

test('the corrected table passes', async () => {
  const fixed = DANFENG.replace(/883\.32/g, '888.32').replace(
    /1044\.2\t1044\.22\t0\.00\t1044\.22\t1044\.22/,
    '1049.22\t1049.22\t0.00\t1049.22\t1049.22',
  );
  assert.notEqual(fixed, DANFENG);
  assert.deepEqual(await selfEvaluation(fixed), []);
  // A total that agrees with the sentence leaves the tasks alone.
  const totalOnly = DANFENG.replace(
    /1044\.2\t1044\.22\t0\.00\t1044\.22\t1044\.22/,
    '1049.22\t1049.22\t0.00\t1049.22\t1049.22',
  );
  assert.deepEqual(await selfEvaluation(totalOnly), []);
});

test('only the total is told when neither task equals 基本支出 or 项目支出', async () => {
  const text = DANFENG.replace(
    /\t160\.9\t160\.9\t0\.00\t160\.9\t160\.9/,
    '\t150.9\t150.9\t0.00\t150.9\t150.9',
  ).replace(/1044\.2\t1044\.22\t0\.00\t1044\.22\t1044\.22/, '1034.22\t1034.22\t0.00\t1034.22\t1034.22');
  assert.deepEqual((await selfEvaluation(text)).map(brief), [
    'warning narrative.self-evaluation «1034.22\t1034.22\t0.00\t1034.22»',
  ]);
});

test('other self-evaluation tables raise nothing', async () => {
  // 柳江 2022's 部门整体绩效自评表 has another layout (实际支出数 950.138, truncated to 950.13 in the text).
  assert.deepEqual(await selfEvaluation(corpusNarrative('liujiang2022'), 'liujiang2022-standard'), []);
  assert.deepEqual(await selfEvaluation(publishedNarrative('000_7039478323f8a84b.txt')), []);
  // Without the sentence stating 部门整体支出 全年预算数/执行数 there is nothing to hold the table to.
  const noSentence = DANFENG.replace(/全年预算数1,049\.22万元，执行数1,049\.22万元，/, '');
  assert.deepEqual(await selfEvaluation(noSentence), []);
});
