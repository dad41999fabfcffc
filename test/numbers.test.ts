import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { decimalsOf, parseAmount, parseCode } from '../src/core/numbers';
import { labelKey, stripOrdinal } from '../src/core/text';

test('amounts in every form found in real workbooks', () => {
  const cases: Array<[unknown, number, number]> = [
    ['1,049.22', 1049.22, 2],
    ['1, 049. 22', 1049.22, 2],
    ['１２.３４', 12.34, 2],
    [' 58.10 ', 58.1, 2],
    ['1，049.22', 1049.22, 2],
    ['953.20\n', 953.2, 2],
    [1049.22, 1049.22, 2],
    ['(12.50)', -12.5, 2],
    ['-3.00', -3, 2],
    [151.911, 151.911, 3],
  ];
  for (const [raw, value, decimals] of cases) {
    const p = parseAmount(raw as string);
    assert.equal(p.kind, 'number', String(raw));
    if (p.kind === 'number') {
      assert.equal(p.value, value, String(raw));
      assert.equal(p.decimals, decimals, String(raw));
    }
  }
});

test('blank, dashes and zero mean zero', () => {
  for (const raw of [null, '', '  ', '-', '—', '－', '--'])
    assert.equal(parseAmount(raw).kind, 'blank', String(raw));
  assert.deepEqual(parseAmount('0.00'), { kind: 'number', value: 0, decimals: 2 });
});

test('text that is not a number is reported as such, never thrown', () => {
  for (const raw of ['约10万', '12.3.4', 'N/A', '1,23', '#REF!', true]) {
    const p = parseAmount(raw as string);
    assert.equal(p.kind, 'invalid', String(raw));
  }
});

test('float noise from formulas is not taken for extra decimals', () => {
  assert.equal(decimalsOf(299.04999999999995), 2);
  assert.equal(decimalsOf(0.1 + 0.2), 1);
  assert.equal(decimalsOf(151.911), 3);
});

test('subject codes as numbers, as text, split by a space or a line break', () => {
  assert.equal(parseCode(2013202), '2013202');
  assert.equal(parseCode('2013202'), '2013202');
  assert.equal(parseCode('20132 99'), '2013299');
  assert.equal(parseCode('20132\n99'), '2013299');
  assert.equal(parseCode('２０８'), '208');
  assert.equal(parseCode('2080'), null);
  assert.equal(parseCode('合计'), null);
  assert.equal(parseCode(12.5), null);
});

test('labels compare alike across bracket widths, spaces and ordinals', () => {
  assert.equal(labelKey('退职（役）费'), labelKey('退职(役)费'));
  assert.equal(labelKey('功能分类\n科目编码'), '功能分类科目编码');
  assert.equal(stripOrdinal('一、一般公共服务支出'), '一般公共服务支出');
  assert.equal(stripOrdinal('二十六、抗疫特别国债安排的支出'), '抗疫特别国债安排的支出');
  assert.equal(stripOrdinal('（三）公务接待费'), '公务接待费');
  assert.equal(stripOrdinal('一般公共预算财政拨款'), '一般公共预算财政拨款');
});

test('an amount of absurd size (|v| ≥ 1e12 万元) is not a number: no sum ever prints 1e+21', () => {
  for (const raw of [1e21, -1e12, '1000000000000', '1,000,000,000,000.00'])
    assert.equal(parseAmount(raw).kind, 'invalid', String(raw));
  assert.deepEqual(parseAmount(987654321.12), { kind: 'number', value: 987654321.12, decimals: 2 });
});
