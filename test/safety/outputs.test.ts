/** Outputs never overwrite an input, and a failed write loses neither the results nor a previous good file. */

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { CORPUS } from '../helpers';
import { gouji, noInternalError, tempDir } from './helpers';

const TMP = tempDir('gouji-outputs-');
const sample = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
const narrative = path.join(CORPUS, 'narratives', 'danfeng2024.txt');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function folder(name: string): string {
  const dir = path.join(TMP, name);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  return dir;
}

test('--out through a symbolic link to the input is refused and the input kept', () => {
  const dir = folder('symlink');
  const input = path.join(dir, '甲.xlsx');
  copyFileSync(sample, input);
  const link = path.join(dir, '链接.xlsx');
  symlinkSync(input, link);
  const before = sha(input);
  const r = gouji('check', input, '--out', link);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /是同一个文件/);
  assert.equal(sha(input), before);
});

test('--out through a hard link to the input is refused', () => {
  const dir = folder('hardlink');
  const input = path.join(dir, '甲.xlsx');
  copyFileSync(sample, input);
  const link = path.join(dir, '硬链接.xlsx');
  linkSync(input, link);
  const before = sha(input);
  const r = gouji('check', input, '--out', link);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /是同一个文件/);
  assert.equal(sha(input), before);
});

test('--out equal to the --narrative file is refused', () => {
  const dir = folder('narrative');
  const text = path.join(dir, '说明.txt');
  copyFileSync(narrative, text);
  const before = sha(text);
  const r = gouji('check', sample, '--narrative', text, '--out', text);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /是同一个文件/);
  assert.equal(sha(text), before);
});

test('a batch --summary naming one of the inputs is refused', () => {
  const dir = folder('summary-input');
  const input = path.join(dir, '甲.xlsx');
  copyFileSync(sample, input);
  copyFileSync(sample, path.join(dir, '乙.xlsx'));
  const before = sha(input);
  const r = gouji('check', dir, '--summary', input, '--workers', '1');
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /汇总表.*是同一个文件/);
  assert.equal(sha(input), before);
});

test('--out-dir equal to the input folder is refused when a copy would overwrite an input (甲-标注.xlsx)', () => {
  const dir = folder('outdir-input');
  copyFileSync(sample, path.join(dir, '甲.xlsx'));
  const marked = path.join(dir, '甲-标注.xlsx');
  copyFileSync(sample, marked);
  const before = sha(marked);
  const r = gouji('check', dir, '--out-dir', dir, '--workers', '1');
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /标注副本.*甲-标注.xlsx.*是同一个文件/);
  assert.equal(sha(marked), before);
});

test('--out in a read-only folder: the results are printed, the failure told in Chinese, nothing left behind', () => {
  const dir = folder('readonly');
  chmodSync(dir, 0o555);
  const r = gouji('check', sample, '--out', path.join(dir, '标注.xlsx'));
  assert.equal(r.status, 2);
  assert.match(r.stdout, /共 \d+ 条：错误 0/, 'the results come first');
  assert.match(r.stderr, /无法写出“.*标注.xlsx”：没有写入权限/);
  assert.ok(noInternalError(r.stderr), r.stderr);
  assert.equal(readdirSync(dir).length, 0);
});

test('--out under a file (not a folder): the failure is told in Chinese after the results', () => {
  const dir = folder('underfile');
  const file = path.join(dir, '普通文件');
  writeFileSync(file, 'x');
  const r = gouji('check', sample, '--format', 'json', '--out', path.join(file, '标注.xlsx'));
  assert.equal(r.status, 2);
  assert.equal(JSON.parse(r.stdout).schema, 'gouji.report/1');
  assert.match(r.stderr, /无法写出.*路径中有一段是文件而不是文件夹/);
  assert.ok(noInternalError(r.stderr), r.stderr);
});

test('a failed summary write keeps the previous good 汇总.xlsx and every result', () => {
  const dir = folder('summary-fail');
  const inputs = folder('summary-fail/inputs');
  copyFileSync(sample, path.join(inputs, '甲.xlsx'));
  const out = folder('summary-fail/out');
  const summary = path.join(out, '汇总.xlsx');
  const first = gouji('check', inputs, '--summary', summary, '--workers', '1');
  assert.equal(first.status, 0, first.stderr);
  const good = sha(summary);
  chmodSync(out, 0o555);
  const r = gouji('check', inputs, '--summary', summary, '--workers', '1');
  assert.equal(r.status, 2);
  assert.match(r.stdout, /错误 0 {2}警告 \d+ {2}提示 \d+ {2}甲.xlsx/);
  assert.match(r.stderr, /无法写出“.*汇总.xlsx”：没有写入权限/);
  assert.equal(sha(summary), good, 'the previous summary is intact');
  assert.ok(existsSync(dir));
});

test('a read-only --out-dir keeps every file’s findings', () => {
  const inputs = folder('outdir-ro/inputs');
  copyFileSync(sample, path.join(inputs, '甲.xlsx'));
  const out = folder('outdir-ro/out');
  chmodSync(out, 0o555);
  const r = gouji('check', inputs, '--out-dir', out, '--format', 'json', '--workers', '1');
  assert.equal(r.status, 2);
  const batch = JSON.parse(r.stdout) as {
    files: Array<{ error: string | null; report: unknown; writeError: string }>;
  };
  assert.equal(batch.files[0].error, null);
  assert.ok(batch.files[0].report, 'the findings are kept');
  assert.match(batch.files[0].writeError, /没有写入权限/);
  assert.match(r.stderr, /无法写出.*甲-标注.xlsx/);
});

test('a batch runs again into an output folder and a summary inside the input folder', () => {
  const dir = folder('rerun');
  copyFileSync(sample, path.join(dir, '甲.xlsx'));
  const outDir = folder('rerun/标注');
  const summary = path.join(dir, '汇总.xlsx');
  for (const run of [1, 2]) {
    const r = gouji('check', dir, '--out-dir', outDir, '--summary', summary, '--workers', '1');
    assert.equal(r.status, 0, `run ${run}: ${r.stderr}`);
    assert.match(r.stdout, /共 1 个工作簿/);
  }
  assert.ok(existsSync(path.join(outDir, '甲-标注.xlsx')));
});
