/** A folder mixing published PDFs and workbooks, checked in one batch; each PDF gets a boxed PDF copy. */

import { beforeAll, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/core/report';
import { CORPUS, gouji } from '../helpers';
import { PDF_FIXTURES } from './pdf-helpers';

interface BatchJson {
  files: Array<{ file: string; error: string | null; report: Report | null }>;
}

const TMP = mkdtempSync(path.join(os.tmpdir(), 'gouji-pdf-batch-'));
let batch: BatchJson;
let status: number | null;

beforeAll(() => {
  const dir = path.join(TMP, 'mixed');
  mkdirSync(path.join(dir, '柳江'), { recursive: true });
  copyFileSync(
    path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf'),
    path.join(dir, '丹凤县医疗保障局2024.pdf'),
  );
  copyFileSync(path.join(PDF_FIXTURES, 'encrypted.pdf'), path.join(dir, '加密.pdf'));
  copyFileSync(
    path.join(CORPUS, 'cases', 'liujiang2022-stacked.xlsx'),
    path.join(dir, '柳江', '柳江2022.xlsx'),
  );
  const r = gouji('check', dir, '--format', 'json', '--out-dir', path.join(TMP, 'out'));
  status = r.status;
  batch = JSON.parse(r.stdout) as BatchJson;
}, 120000);

test('PDFs and workbooks of one folder are all checked; an unreadable PDF gets its reason', () => {
  expect(status).toBe(2);
  const byName = new Map(batch.files.map((f) => [path.basename(f.file), f]));
  expect([...byName.keys()].sort()).toEqual(['丹凤县医疗保障局2024.pdf', '加密.pdf', '柳江2022.xlsx'].sort());
  const pdf = byName.get('丹凤县医疗保障局2024.pdf')!;
  expect(pdf.report!.source).toBe('pdf');
  expect(pdf.report!.tables).toHaveLength(9);
  expect(pdf.report!.findings.filter((f) => f.sheet).every((f) => f.pdf && f.pdf.page > 0)).toBe(true);
  expect(byName.get('加密.pdf')!.error).toMatch(/设置了密码/);
  expect(byName.get('柳江2022.xlsx')!.report!.tables.length).toBeGreaterThan(0);
});

test('the annotated copy of a PDF is a PDF beside the workbooks’ copies', () => {
  expect(existsSync(path.join(TMP, 'out', '丹凤县医疗保障局2024-标注.pdf'))).toBe(true);
  expect(existsSync(path.join(TMP, 'out', '柳江', '柳江2022-标注.xlsx'))).toBe(true);
});
