/** PDFs that cannot be checked: a clear Chinese message, exit 2, never a crash. */

import { beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { gouji } from '../helpers';
import { PDF_FIXTURES } from './pdf-helpers';

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gouji-bad-pdf-'));
  // A scan: pages with only drawn shapes, no text.
  const scan = await PDFDocument.create();
  scan.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  await fs.writeFile(path.join(dir, '扫描件.pdf'), await scan.save());
  // A PDF with text that is not a disclosure.
  const letter = await PDFDocument.create();
  const font = await letter.embedFont(StandardFonts.Helvetica);
  letter.addPage([595, 842]).drawText('Meeting notes, 12 March', { x: 50, y: 780, size: 12, font });
  await fs.writeFile(path.join(dir, '会议纪要.pdf'), await letter.save());
  // Truncated in transfer: the first 40 KB of a real one.
  const whole = await fs.readFile(path.join(PDF_FIXTURES, 'danfeng2024-standard.pdf'));
  await fs.writeFile(path.join(dir, '下载一半.pdf'), whole.subarray(0, 40000));
  await fs.writeFile(path.join(dir, '改了扩展名.pdf'), '项目,金额\n合计,100\n');
});

describe.each([
  ['扫描件.pdf', /没有文字层.*扫描件.*不含文字识别（OCR）/],
  ['会议纪要.pdf', /没有识别到任何部门决算公开表.*不像一份部门决算公开文件/],
  ['下载一半.pdf', /不是有效的 PDF，或文件不完整、已损坏/],
  ['改了扩展名.pdf', /不是 PDF（文件开头没有 PDF 标记）/],
])('%s', (name, message) => {
  test('is refused with a message naming the file and what is wrong, exit 2', () => {
    const r = gouji('check', path.join(dir, name));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.stdout).toBe('');
  });
});

test('an encrypted PDF (opening password) is refused as such', () => {
  const r = gouji('check', path.join(PDF_FIXTURES, 'encrypted.pdf'));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/“encrypted.pdf”设置了密码（已加密）/);
});
