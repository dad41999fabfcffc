/**
 * The command line's process guards (fuzz run 1, inputs 5228 5486 5821 7061 9841: pdf.js left XRefEntryException
 * and FormatError rejections that nobody awaits, which end a process without the guards with exit 1): such a
 * rejection does not end the run, and an exception thrown outside any caller ends it with exit 2 and the
 * Chinese 内部错误 line (which the fuzz run counts as a failure) instead of node's bare trace.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from '@jest/globals';

const ROOT = path.join(__dirname, '..', '..');

function withGuards(body: string): { status: number | null; stdout: string; stderr: string } {
  const script = `require(${JSON.stringify(path.join(ROOT, 'src/cli/main.ts'))}).guardProcess();\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TSX_DISABLE_CACHE: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a rejection nobody awaits (as pdf.js leaves on a damaged xref) does not end the run', () => {
  const r = withGuards(
    `Promise.reject(Object.assign(new Error('Bad (uncompressed) XRef entry: 12R'), { name: 'XRefEntryException' }));\n` +
      `setTimeout(() => process.stdout.write('完成'), 20);`,
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '完成');
  assert.equal(r.stderr, '');
});

test('an exception thrown in a timer ends the run with exit 2 and the Chinese 内部错误 line (the fuzz counts it)', () => {
  const r = withGuards(`setTimeout(() => { throw new TypeError('boom in a callback'); }, 5);`);
  assert.equal(r.status, 2, r.stderr);
  assert.match(
    r.stderr,
    /^gouji：内部错误（读取输入文件时意外中断，未能完成审核），请将此信息反馈给开发者：TypeError: boom in a callback\n/,
  );
});
