/**
 * compact() answers from the whole text's key, made once: on a real narrative and on text holding every kind
 * of unit it folds or drops (full-width forms, the ideographic space, quotes, brackets, line breaks, a lone
 * surrogate), every passage's key and offsets equal those of walking the passage unit by unit.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { compact, compactKey, compactWalk } from '../../src/core/narrative/compact';

const NARRATIVE = readFileSync(
  path.join(__dirname, '..', '..', 'examples', '丹凤县医疗保障局2024-情况说明.txt'),
  'utf8',
);
const ODD =
  '一、【收入】　１２３．４５万元，“较上年”增长\r\n\n(二) [支出]\u00a0\u200b‘’「」『』ＡＢｃ \ud800尾';

test('every passage of a text full of folded and dropped units', () => {
  for (let start = 0; start <= ODD.length; start++)
    for (let end = start; end <= ODD.length; end++) {
      assert.deepEqual(compact(ODD, start, end), compactWalk(ODD, start, end), `${start}–${end}`);
      assert.equal(compactKey(ODD, start, end), compactWalk(ODD, start, end).key);
    }
  assert.equal(compact(ODD).key, '一、(收入)123.45万元,较上年增长(二)(支出)ABc\ud800尾');
});

test('the sentences and paragraphs of a real narrative, and the whole of it', () => {
  const cuts = [0, ...[...NARRATIVE.matchAll(/[。\n]/g)].map((m) => m.index + 1), NARRATIVE.length];
  for (let i = 1; i < cuts.length; i++) {
    assert.deepEqual(compact(NARRATIVE, cuts[i - 1], cuts[i]), compactWalk(NARRATIVE, cuts[i - 1], cuts[i]));
    if (i > 3)
      assert.deepEqual(
        compact(NARRATIVE, cuts[i - 4], cuts[i]),
        compactWalk(NARRATIVE, cuts[i - 4], cuts[i]),
      );
  }
  assert.deepEqual(compact(NARRATIVE), compactWalk(NARRATIVE, 0, NARRATIVE.length));
});

test('a range past either end of the text is walked as before', () => {
  for (const [start, end] of [
    [-2, 5],
    [3, ODD.length + 2],
    [6, 2],
  ])
    assert.deepEqual(compact(ODD, start, end), compactWalk(ODD, start, end));
});
