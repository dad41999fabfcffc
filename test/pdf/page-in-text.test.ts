/** Issue 15, pane part: in the text output a finding on a PDF names the page its figure is printed on. */

import { describe, expect, test } from '@jest/globals';
import path from 'path';
import { gouji } from '../helpers';
import { PDF_FIXTURES } from './pdf-helpers';

describe('gouji check 决算.pdf (text)', () => {
  test('each finding on a rebuilt table is one line that names its page', () => {
    const r = gouji('check', path.join(PDF_FIXTURES, 'putuo2024-real.pdf'));
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    // 公开06 302 商品和服务支出 10.23 against its items 10.22, printed on page 13.
    const tail = lines.filter((l) => l.includes('302 商品和服务支出 10.23'));
    expect(tail).toHaveLength(1);
    // The Shanghai face prints it sixth, without a 公开06 marker: named as it does.
    expect(tail[0]).toMatch(
      /^ {2}提示 {2}第13页!\w+\d+（第 13 页） {2}表6 一般公共预算财政拨款基本支出决算表 302/,
    );
    // On a table read over two pages, the page is the one the figure is on, not the sheet's range.
    const onTwoPages = lines.filter((l) => /第6-7页!\w+\d+（第 [67] 页）/.test(l));
    expect(onTwoPages.length).toBeGreaterThan(0);
  }, 60000);

  test('a workbook finding has no page', () => {
    const r = gouji('check', path.join(PDF_FIXTURES, 'danfeng2024-shanghai.xlsx'));
    expect(r.stdout).toMatch(/!\w+\d+ {2}/);
    expect(r.stdout).not.toMatch(/（第 \d+ 页）/);
  }, 60000);
});
