/** The check's year and the narrative rules' year are the same: disclosureYear, else a year in the text. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { yearOfNarrative } from '../../src/core/check';
import { disclosureYear } from '../../src/core/narrative/years';
import { corpusText } from '../completeness/helpers';

test('yearOfNarrative picks the disclosure year the narrative rules use', () => {
  for (const name of ['danfeng2024.txt', 'liujiang2022.txt', 'longan2023.txt']) {
    const text = corpusText(name);
    assert.equal(yearOfNarrative(text), disclosureYear(text), name);
  }
  const text = corpusText('danfeng2024.txt');
  // A tie goes to the later year; a year broken from 年度 by a line break does not count.
  const tie = '2023年度决算。\n2024年度决算。\n2023\n年度';
  assert.equal(disclosureYear(tie), 2024);
  assert.equal(yearOfNarrative(tie), 2024);
  assert.equal(yearOfNarrative(text), 2024);
  // No "20XX年度": any year in the text.
  assert.equal(yearOfNarrative('2024年部门决算'), 2024);
  assert.equal(yearOfNarrative(''), null);
});
