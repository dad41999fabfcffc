/**
 * The PDF time limit cuts one page's work too, not only between pages: a page whose text pdf.js never finishes
 * ends the read with the input-error message naming that page (pdf.js itself reads the file; only page 3's
 * getTextContent is made to never settle, through the reader's pdf.js argument).
 */

import { expect, test } from '@jest/globals';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { manyOperatorsPdf } from '../../bench/fuzz/pdf-shapes';
import { PDF_FIXTURES } from './pdf-helpers';

const CHILD = path.join(__dirname, 'pdfjs-child.ts');

test('a page that never finishes is cut at the whole file’s deadline, with the page named', () => {
  const file = path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf');
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'hang', file, '3', '5'], {
    encoding: 'utf8',
    // A guard, not a measure: without the cut the child would wait for ever.
    timeout: 60_000,
  });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /^InputError: 文件“danfeng2024-standard.pdf”读取超过 5 秒仍未读完（第 3 页未能读完，共 \d+ 页）/,
  );
});

test('with time left for the file, a page that never finishes is cut at the one-page limit (5 s)', () => {
  const file = path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf');
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'hang', file, '3', '60'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /^InputError: 文件“danfeng2024-standard.pdf”的第 3 页（共 \d+ 页）读取超过 5 秒仍未读完（正常的表格页不到 1 秒）/,
  );
});

test('the same file with no stalled page is read whole', () => {
  const file = path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf');
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'hang', file, '0', '60'], {
    encoding: 'utf8',
  });
  expect(r.stdout).toBe('read');
});

test('a page that keeps pdf.js busy (1.95 million operators, 390,000 text items under the bounds) ends in time', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-busy-page-'));
  const file = path.join(dir, '忙.pdf');
  writeFileSync(file, manyOperatorsPdf(390_000));
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'file', file, '5'], {
    encoding: 'utf8',
    // A guard, not a measure: the lines of 390,000 items on one baseline were once rebuilt quadratically
    // (minutes after pdf.js had answered).
    timeout: 120_000,
  });
  expect(r.signal).toBeNull();
  // Cut at the limit (5 s of CPU, or 15 s of wall when a loaded machine gives the worker less than a third of a
  // core), or read whole and laid out on a fast machine: which one depends on the machine and its load.
  expect(r.stdout).toMatch(
    /^(InputError: 文件“忙.pdf”读取超过 (5|15) 秒仍未读完（(第 1 页未能读完，共 1 页|尚未读完第 1 页)）|read 1 pages$)/,
  );
});

test('the command line’s reader reads a real PDF whole through its thread', () => {
  const file = path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf');
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'file', file, '60'], { encoding: 'utf8' });
  expect(r.stdout).toMatch(/^read \d+ pages$/);
});
