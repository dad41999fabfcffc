/**
 * The one-step inflation of a zip part trusts nothing its header says: a part that holds more than it declares is
 * given up (the caller then streams it and counts its real bytes), after at most one chunk of wasted output.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { deflatedRun, withLyingPart } from '../../../bench/fuzz/workbook-shapes';
import { readZip } from '../../../src/export/zip/read-zip';
import { inflateExact } from '../../../src/hosts/file/xlsx/inflate-exact';

const sheet = strToU8(`<worksheet>${'<row><c><v>1</v></c></row>'.repeat(50_000)}</worksheet>`);
const zip = zipSync({ 'xl/worksheets/sheet1.xml': sheet, 'xl/styles.xml': strToU8('<styleSheet/>') });

test('a part whose header tells the truth is inflated exactly', () => {
  for (const entry of readZip(zip)) {
    const data = inflateExact(zip, entry);
    assert.ok(data, entry.name);
    assert.equal(data.length, entry.size);
  }
  const [part] = readZip(zip).filter((e) => e.name === 'xl/worksheets/sheet1.xml');
  assert.deepEqual(inflateExact(zip, part), sheet);
});

test('a part that inflates far past the size it declares is given up', () => {
  // 64 MB of spaces (about 64 KB compressed) declared as 200 bytes, 40 KB (shorter than the compressed data:
  // refused before inflating) and 1 MB (longer: inflated a chunk at a time until it passes 1 MB).
  const run = deflatedRun(64);
  for (const declared of [200, 40_000, 1_000_000]) {
    const lying = withLyingPart(zip, 'xl/sharedStrings.xml', run, declared);
    const [part] = readZip(lying).filter((e) => e.name === 'xl/sharedStrings.xml');
    assert.equal(part.size, declared);
    assert.equal(inflateExact(lying, part), null);
  }
});

test('a part declared larger than it is, or with a wrong CRC, is given up too', () => {
  const [part] = readZip(zip).filter((e) => e.name === 'xl/worksheets/sheet1.xml');
  assert.equal(inflateExact(zip, { ...part, size: part.size + 1 }), null);
  assert.equal(inflateExact(zip, { ...part, crc: (part.crc + 1) >>> 0 }), null);
});
