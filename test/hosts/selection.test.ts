/** The addresses Excel and WPS give for a selection, as the pane's 用当前选区 needs them. */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { parseQualifiedAddress, plainRange } from '../../src/hosts/selection';

describe('selection addresses', () => {
  it('reads Excel addresses with plain and quoted sheet names', () => {
    assert.deepEqual(parseQualifiedAddress('Sheet1!A1:C5'), { sheet: 'Sheet1', range: 'A1:C5' });
    assert.deepEqual(parseQualifiedAddress('公开01表!$B$3'), { sheet: '公开01表', range: 'B3' });
    assert.deepEqual(parseQualifiedAddress("'表 二'!$A$1:$C$5"), { sheet: '表 二', range: 'A1:C5' });
    assert.deepEqual(parseQualifiedAddress("'It''s!'!D4:E9"), { sheet: "It's!", range: 'D4:E9' });
    assert.deepEqual(parseQualifiedAddress('Sheet1!A:C'), { sheet: 'Sheet1', range: 'A1:C1048576' });
    assert.deepEqual(parseQualifiedAddress('Sheet1!2:4'), { sheet: 'Sheet1', range: 'A2:XFD4' });
  });

  it('gives null for several areas, no sheet, or not an address', () => {
    assert.equal(parseQualifiedAddress('Sheet1!A1:B2, Sheet1!D4'), null);
    assert.equal(parseQualifiedAddress("'表 二'!A1,'表 二'!C3"), null);
    assert.equal(parseQualifiedAddress('A1:B2'), null);
    assert.equal(parseQualifiedAddress("'未闭合!A1"), null);
    assert.equal(plainRange('$A$1:$B$2,$D$4'), null);
    assert.equal(plainRange('合计'), null);
    assert.equal(plainRange('$C$3:$C$3'), 'C3');
  });
});
