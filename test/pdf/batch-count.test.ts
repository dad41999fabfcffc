/** The batch summary counts PDFs as files, not as workbooks. */

import { expect, test } from '@jest/globals';
import type { JobResult } from '../../src/cli/batch/check-job';
import { formatBatchText } from '../../src/cli/batch/run-batch';

function unreadable(name: string): JobResult {
  return {
    job: { file: `/tmp/${name}`, name, narrative: null },
    reason: '文件已损坏',
    department: null,
    narrativeSource: null,
    report: null,
    annotated: null,
    coreMs: 0,
  };
}

test('workbooks only, PDFs only, and both counted', () => {
  const head = (names: string[]) => formatBatchText(names.map(unreadable), 1).split('\n')[0];
  expect(head(['a.xlsx', 'b.et'])).toBe('勾稽批量审核：共 2 个工作簿，1.0 秒');
  expect(head(['a.pdf', 'b.PDF'])).toBe('勾稽批量审核：共 2 个 PDF 文件，1.0 秒');
  expect(head(['a.pdf', 'b.xlsx', 'c.xlsx'])).toBe(
    '勾稽批量审核：共 3 个文件（工作簿 2 个，PDF 1 个），1.0 秒',
  );
});
