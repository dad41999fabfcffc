/** Narratives in every encoding Chinese Windows saves: BOMs, UTF-16 without one, GB18030, broken UTF-8. */

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import type { Report } from '../../src/core/report';
import { decodeTextDetailed } from '../../src/hosts/file/decode-text';
import { CORPUS, FIXTURES } from '../helpers';
import { gouji, tempDir } from './helpers';

const TMP = tempDir('gouji-encodings-');
const workbook = path.join(CORPUS, 'cases', 'danfeng2024-standard.xlsx');
const text = readFileSync(path.join(CORPUS, 'narratives', 'danfeng2024.txt'), 'utf8');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

const encodings: Array<[string, Buffer, string]> = [
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
  [
    'UTF-16 LE with BOM',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'utf-16le',
  ],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
  ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
  ['UTF-16 BE without BOM', utf16be(text), 'utf-16be'],
  ['GB18030', readFileSync(path.join(FIXTURES, 'encodings', 'danfeng2024-gb18030.txt')), 'gb18030'],
];

test.each(encodings)('%s is read exactly, without a notice', (_name, bytes, encoding) => {
  const decoded = decodeTextDetailed(bytes);
  assert.equal(decoded.encoding, encoding);
  assert.equal(decoded.notice, null);
  assert.equal(decoded.text, text);
});

function findings(file: string): { status: number | null; report: Report } {
  const r = gouji('check', workbook, '--narrative', file, '--format', 'json');
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}

const messages = (report: Report, skipNotices = true) =>
  report.findings.filter((f) => !skipNotices || f.rule !== 'input.notice').map((f) => f.message);

test('a Notepad "Unicode" narrative gives the same findings as its UTF-8 original', () => {
  const utf8 = path.join(TMP, 'utf8.txt');
  writeFileSync(utf8, text);
  const unicode = path.join(TMP, 'unicode.txt');
  writeFileSync(unicode, encodings[1][1]);
  const a = findings(utf8);
  const b = findings(unicode);
  assert.equal(b.status, a.status);
  assert.deepEqual(messages(b.report, false), messages(a.report, false));
});

test('UTF-8 with one stray byte stays UTF-8, and a notice says so', () => {
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.indexOf(0x0a, 300);
  const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
  const decoded = decodeTextDetailed(broken, '情况说明');
  assert.equal(decoded.encoding, 'utf-8');
  assert.match(decoded.notice ?? '', /情况说明是 UTF-8 编码，但有 1 处字节不是有效的 UTF-8/);
  const file = path.join(TMP, 'stray.txt');
  writeFileSync(file, broken);
  const utf8 = path.join(TMP, 'utf8-2.txt');
  writeFileSync(utf8, text);
  const clean = findings(utf8).report;
  const r = findings(file).report;
  const notices = r.findings.filter((f) => f.rule === 'input.notice');
  assert.equal(notices.length, 1);
  assert.match(notices[0].message, /“stray.txt”是 UTF-8 编码/);
  // The stray byte reads as U+FFFD: the one finding more is the wording rule pointing at that character.
  const garbled = r.findings.filter(
    (f) => f.rule === 'text.punctuation' && f.narrative?.text.includes('\uFFFD'),
  );
  assert.equal(garbled.length, 1);
  assert.equal(messages(r).length, messages(clean).length + 1);
});

test('bytes that are no text encoding at all: read in the likelier one, and said so in Chinese', () => {
  let seed = 7;
  const noise = Buffer.from(
    Array.from({ length: 4001 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
  );
  const decoded = decodeTextDetailed(noise, '情况说明');
  assert.match(decoded.notice ?? '', /无法判断情况说明的文字编码.*已按 (UTF-8|GB18030（GBK）) 读取/);
});

/** Big5 bytes of a text (every character of it must exist in Big5), from the Big5 decoder's own table. */
function big5(s: string): Uint8Array {
  const dec = new TextDecoder('big5');
  const table = new Map<string, number[]>();
  for (let a = 0xa1; a <= 0xf9; a++)
    for (const b of [...Array(63).keys()]
      .map((i) => 0x40 + i)
      .concat([...Array(94).keys()].map((i) => 0xa1 + i))) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}

test('a Big5 narrative is read as Big5, with a notice (not GB18030 garbage in silence)', () => {
  const traditional =
    '二、收入支出決算總體情況說明\n本年度收入總計1,049.22萬元，支出總計1,049.22萬元。其中基本支出為800.00萬元，項目支出為249.22萬元，主要原因是人員經費增加。';
  const decoded = decodeTextDetailed(big5(traditional), '情况说明');
  assert.equal(decoded.encoding, 'big5');
  assert.equal(decoded.text, traditional);
  assert.match(decoded.notice ?? '', /情况说明是 Big5（繁体中文）编码，已按 Big5 读取/);
});

test('UTF-32 with and without its BOM is decoded, with a notice', () => {
  const sample = text.slice(0, 3000);
  const le = Buffer.alloc(sample.length * 4);
  let n = 0;
  for (const ch of sample) n = le.writeUInt32LE(ch.codePointAt(0)!, n);
  for (const bytes of [
    le.subarray(0, n),
    Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le.subarray(0, n)]),
  ]) {
    const decoded = decodeTextDetailed(bytes, '情况说明');
    assert.equal(decoded.encoding, 'utf-32le');
    assert.equal(decoded.text, sample);
    assert.match(decoded.notice ?? '', /UTF-32/);
  }
});

test('JSON output escapes C1 controls (a CSI, U+009B, in the file name) as JSON.stringify does not', () => {
  const file = path.join(TMP, '甲\u009b2J\u0085.xlsx');
  writeFileSync(file, readFileSync(workbook));
  const r = gouji('check', file, '--format', 'json');
  assert.ok([0, 1].includes(r.status ?? -1), r.stderr);
  assert.doesNotMatch(r.stdout, /[\u0080-\u009f]/);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.workbook, '甲\u009b2J\u0085.xlsx');
  assert.match(r.stdout, /"workbook": "甲\\u009b2J\\u0085.xlsx"/);
});
