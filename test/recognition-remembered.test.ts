import { describe, expect, it } from '@jest/globals';
import { isBoilerplate, isNoteText, isTotalLabel, remembered } from '../src/core/recognition/layout';

describe('remembered text tests (recognition asks the same words again and again)', () => {
  it('asks the test once per word and gives the same answer after', () => {
    const asked: string[] = [];
    const isClass = remembered((t) => {
      asked.push(t);
      return t.endsWith('支出');
    });
    expect([isClass('一般公共服务支出'), isClass('一般公共服务支出'), isClass('行政运行')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(asked).toEqual(['一般公共服务支出', '行政运行']);
  });

  it('asks again for empty text and figures, which are not worth remembering', () => {
    let calls = 0;
    const test = remembered(() => {
      calls++;
      return false;
    });
    test('');
    test('');
    test('1234.56');
    test('1234.56');
    expect(calls).toBe(4);
  });

  it('answers the layout tests as before, asked twice', () => {
    for (let round = 0; round < 2; round++) {
      expect(isNoteText('注：本表反映部门本年度的总收支和年末结转结余情况。')).toBe(true);
      expect(isNoteText('本单位无政府性基金预算财政拨款收入，故本表无数据')).toBe(true);
      expect(isNoteText('行政运行')).toBe(false);
      expect(isBoilerplate('单位：万元')).toBe(true);
      expect(isBoilerplate('公开01表')).toBe(true);
      expect(isBoilerplate('基本支出')).toBe(false);
      expect(isTotalLabel('合 计')).toBe(true);
      expect(isTotalLabel('合计')).toBe(true);
      expect(isTotalLabel('小计')).toBe(false);
      expect(isTotalLabel('')).toBe(false);
    }
  });
});
