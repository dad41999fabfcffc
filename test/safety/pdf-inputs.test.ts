/**
 * Hostile and damaged PDFs, built in the test: the work they ask for is measured before pdf.js reads them
 * (stream bombs, millions of operators, deep nesting), every failure is exit 2 with a Chinese message, and an
 * annotated copy is written only when it keeps the original's pages in order.
 */

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import {
  deepNestingPdf,
  encryptedOwnerOnly,
  manyOperatorsPdf,
  plainPdf,
  shiftXref,
  streamBombPdf,
  withOddPageNode,
} from '../../bench/fuzz/pdf-shapes';
import { assertPdfWithinBounds, measurePdf } from '../../src/hosts/pdf/bounds';
import { gouji, noInternalError, tempDir } from './helpers';

const TMP = tempDir('gouji-pdf-inputs-');
const REAL = readFileSync(path.join(__dirname, '..', 'fixtures', 'pdf', 'danfeng2024-standard.pdf'));

function file(name: string, bytes: Uint8Array): string {
  const f = path.join(TMP, name);
  writeFileSync(f, bytes);
  return f;
}

/** No English sentence from pdf.js, pdf-lib or node on the user's terminal. */
const english = /[A-Za-z]{4,}\s+[A-Za-z]{3,}|Error|at \S+:\d+/;

test('a real disclosure is far within the bounds; its operators and streams are counted', () => {
  const work = measurePdf(REAL);
  assert.ok(work.operators > 5_000 && work.operators < 100_000, String(work.operators));
  assert.ok(work.inflated > 100_000, String(work.inflated));
  assert.ok(work.nesting < 10);
});

test('a content stream inflating past the limit, declared small, is refused while it inflates', () => {
  assert.throws(
    () => assertPdfWithinBounds(streamBombPdf(40), '炸弹.pdf'),
    /“炸弹.pdf”其中一个数据流解压后超过 32 MB 的上限/,
  );
  // Under the limit it is only counted.
  assert.equal(measurePdf(streamBombPdf(2)).inflated, 2 * 1024 * 1024);
});

test('two million text operators in a few hundred KB are refused', () => {
  const pdf = manyOperatorsPdf(2_100_000);
  assert.ok(pdf.length < 1024 * 1024);
  assert.throws(() => assertPdfWithinBounds(pdf, '指令.pdf'), /绘制指令超过 2,000,000 条的上限/);
});

test('100,000 nested q, or nested arrays, are refused; ten levels are read', () => {
  assert.throws(() => assertPdfWithinBounds(deepNestingPdf(100_000), 'q.pdf'), /嵌套超过 256 层的上限/);
  assert.throws(
    () => assertPdfWithinBounds(deepNestingPdf(100_000, 'array'), 'a.pdf'),
    /嵌套超过 256 层的上限/,
  );
  assert.equal(measurePdf(deepNestingPdf(10)).nesting, 10);
});

test('the command line refuses a stream bomb with exit 2 and a Chinese message', () => {
  const r = gouji('check', file('炸弹.pdf', streamBombPdf(40)));
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /“炸弹.pdf”其中一个数据流解压后超过 32 MB 的上限/);
  assert.equal(r.stdout, '');
});

test('truncated at several points and with damaged xref offsets: exit 0, 1 or 2, never English or a crash', () => {
  const inputs = [
    file('截断-10.pdf', REAL.subarray(0, Math.floor(REAL.length * 0.1))),
    file('截断-97.pdf', REAL.subarray(0, Math.floor(REAL.length * 0.97))),
    file('偏移.pdf', shiftXref(REAL, 37)),
    file('无xref.pdf', Buffer.from(Buffer.from(REAL).toString('latin1').replace(/xref/g, 'xqef'), 'latin1')),
    file('纯文字.pdf', plainPdf()),
  ];
  for (const input of inputs) {
    const r = gouji('check', input);
    assert.ok([0, 1, 2].includes(r.status ?? -1), `${input}: ${r.status} ${r.stderr}`);
    if (r.status === 2) assert.match(r.stderr, new RegExp(`“${path.basename(input)}”`));
    assert.ok(noInternalError(r.stderr), r.stderr);
    assert.doesNotMatch(r.stderr, english, r.stderr);
  }
});

test('an owner-password-only PDF is checked; no copy is written, and the reason is given', async () => {
  const input = file('权限密码.pdf', await encryptedOwnerOnly(REAL));
  const out = path.join(TMP, '权限密码-标注.pdf');
  const r = gouji('check', input, '--out', out);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /识别到的表/);
  assert.match(r.stderr, /设置了权限密码（已加密，无须密码即可打开），勾稽不改写加密的文件，未写出标注副本/);
  assert.doesNotMatch(r.stderr, english, r.stderr);
  assert.equal(existsSync(out), false);
});

test('a page tree with a node of an odd type: no copy with shifted pages', async () => {
  const input = file('页面树.pdf', await withOddPageNode(REAL));
  const out = path.join(TMP, '页面树-标注.pdf');
  const r = gouji('check', input, '--out', out);
  assert.match(r.stdout, /识别到的表/);
  if (existsSync(out)) {
    // Written only when it has the pages pdf.js read, in order.
    const copy = await PDFDocument.load(readFileSync(out));
    const original = await PDFDocument.load(readFileSync(input));
    assert.equal(copy.getPageCount(), original.getPageCount());
  } else {
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /页面结构不规范（读取时为 \d+ 页，改写时为 \d+ 页或页序不同），为免标注到错误的页面，未写出标注副本/,
    );
  }
});

test('with shifted xref offsets the copy is written with every page, in order', async () => {
  const input = file('偏移2.pdf', shiftXref(REAL, 11));
  const out = path.join(TMP, '偏移2-标注.pdf');
  const r = gouji('check', input, '--out', out);
  assert.ok([0, 1].includes(r.status ?? -1), r.stderr);
  const copy = await PDFDocument.load(readFileSync(out));
  const original = await PDFDocument.load(REAL);
  assert.deepEqual(
    copy.getPages().map((p) => p.ref.toString()),
    original.getPages().map((p) => p.ref.toString()),
  );
});
