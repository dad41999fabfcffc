/** office.js errors reach the user in Chinese; the raw English text stays in 诊断. */

import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { HostError } from '../../src/hosts/host';
import { createExcelHost } from '../../src/hosts/excel';
import { excelFailure } from '../../src/hosts/excel/errors';
import { FakeExcel } from '../fakes/excel/fake-excel';
import { OfficeError } from '../fakes/excel/context';

describe('Excel errors in Chinese', () => {
  for (const code of [
    'RequestPayloadSizeLimitExceeded',
    'ResponsePayloadSizeLimitExceeded',
    'InvalidArgument',
    'GeneralException',
    'AccessDenied',
  ])
    it(`${code}: a Chinese message without the English text`, () => {
      const error = excelFailure(
        '标记单元格',
        new OfficeError(code, 'The response payload size has exceeded the limit.'),
      );
      assert.ok(error instanceof HostError);
      assert.doesNotMatch(error.message.replace(/Excel/g, ''), /[A-Za-z]{4,}/);
      assert.match(error.message, /^标记单元格时出错：/);
      assert.match(error.raw ?? '', new RegExp(code));
    });

  it('a failed select says what is wrong in Chinese and keeps the raw text in 诊断', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    const host = createExcelHost(fake.run, fake.env);
    const error = await host.select({ sheet: '不存在', cell: 'A1' }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof HostError);
    assert.doesNotMatch(error.message.replace(/Excel/g, ''), /[A-Za-z]{5,}/);
    assert.match(host.info.diagnostics?.join('\n') ?? '', /原始错误：ItemNotFound/);
  });
});
