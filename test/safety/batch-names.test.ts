/**
 * Batch outputs: one copy per input whatever their names (x.xlsx and x.xlsm), a --summary never written over
 * one of the run's copies, a folder the user cannot write to told as such (not "ENOENT").
 */

import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { unzipSync } from 'fflate';
import { CORPUS } from '../helpers';
import { gouji, tempDir } from './helpers';

const TMP = tempDir('gouji-batch-names-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
const other = path.join(CORPUS, 'cases', 'liujiang2022-standard.xlsx');

function folder(name: string): string {
  const dir = path.join(TMP, name);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  return dir;
}

test('x.xlsx and x.xlsm get two copies, each summary row linking to its own', () => {
  const inputs = folder('same-stem/inputs');
  copyFileSync(sample, path.join(inputs, '甲.xlsx'));
  copyFileSync(other, path.join(inputs, '甲.xlsm'));
  const out = folder('same-stem/out');
  const r = gouji('check', inputs, '--out-dir', out, '--format', 'json', '--workers', '1');
  assert.ok([0, 1].includes(r.status ?? -1), r.stderr);
  const batch = JSON.parse(r.stdout) as { files: Array<{ file: string; annotated: string }> };
  const copies = batch.files.map((f) => f.annotated);
  assert.equal(new Set(copies).size, 2, copies.join(' '));
  for (const f of batch.files) {
    assert.ok(existsSync(f.annotated), f.annotated);
    // Each copy holds its own workbook's figures: the two sources differ, so do the copies' shared strings.
  }
  const strings = copies.map((c) =>
    Buffer.from(unzipSync(readFileSync(c))['xl/sharedStrings.xml']).toString(),
  );
  assert.notEqual(strings[0], strings[1]);
  assert.deepEqual(copies.map((c) => path.basename(c)).sort(), ['甲-xlsm-标注.xlsx', '甲-标注.xlsx']);
});

test('--summary aimed at one of the run’s own copies is refused before anything is written', () => {
  const inputs = folder('summary-copy/inputs');
  copyFileSync(sample, path.join(inputs, '乙.xlsx'));
  const out = folder('summary-copy/out');
  const r = gouji(
    'check',
    inputs,
    '--out-dir',
    out,
    '--summary',
    path.join(out, '乙-标注.xlsx'),
    '--workers',
    '1',
  );
  assert.equal(r.status, 2);
  assert.match(
    r.stderr,
    /--summary 汇总表“.*乙-标注.xlsx”与本次写出的标注副本“.*乙-标注.xlsx”是同一个文件，会覆盖该副本/,
  );
  assert.equal(existsSync(path.join(out, '乙-标注.xlsx')), false);
});

test('--out-dir below a read-only folder: the reason is the permission, not ENOENT', () => {
  const inputs = folder('ro-parent/inputs');
  copyFileSync(sample, path.join(inputs, '丙.xlsx'));
  const ro = folder('ro-parent/ro');
  chmodSync(ro, 0o555);
  const r = gouji('check', inputs, '--out-dir', path.join(ro, '新建', '标注'), '--workers', '1');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /无法写出“.*丙-标注.xlsx”：没有写入权限/);
  assert.doesNotMatch(r.stderr, /ENOENT/);
});
