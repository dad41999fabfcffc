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
  assert.equal(messages(r).length, messages(clean).length);
});

test('bytes that are no text encoding at all: read in the likelier one, and said so in Chinese', () => {
  let seed = 7;
  const noise = Buffer.from(
    Array.from({ length: 4001 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
  );
  const decoded = decodeTextDetailed(noise, '情况说明');
  assert.match(decoded.notice ?? '', /无法判断情况说明的文字编码.*已按 (UTF-8|GB18030（GBK）) 读取/);
});
