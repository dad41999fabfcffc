/**
 * The one-step inflation of a zip part trusts nothing its header says: a part that holds more than it declares is
 * given up (the caller then streams it and counts its real bytes), after at most one chunk of wasted output.
 */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { inflateRawSync } from 'node:zlib';
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

/**
 * Raw deflate data of `runs` × 258 bytes of spaces and one more (fixed Huffman codes: one literal, then
 * <length 258, distance 1> repeated), about 13 bits for each 258 bytes: 6.4 MB holds 1 GiB.
 */
function spacesBomb(runs: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + runs * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  put(1, 1); // the final block
  put(1, 2); // fixed Huffman codes
  code(0x30 + 0x20, 8); // the literal ' '
  for (let i = 0; i < runs; i++) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out;
}

test('a part that would inflate to 1 GiB is refused after its declared size, not inflated whole', () => {
  const runs = Math.ceil(2 ** 30 / 258);
  const bomb = spacesBomb(runs);
  const declared = 8 * 1024 * 1024; // longer than the bomb's 6.5 MB, so it is inflated (and given up)
  const lying = withLyingPart(zip, 'xl/sharedStrings.xml', bomb, declared);
  const [part] = readZip(lying).filter((e) => e.name === 'xl/sharedStrings.xml');
  const before = process.resourceUsage().maxRSS;
  assert.equal(inflateExact(lying, part), null);
  // Inflated whole, the part would have taken 1 GiB at once (the highest RSS so far is far below that).
  assert.ok(process.resourceUsage().maxRSS - before < 256 * 1024, 'more than 256 MB was used');
});

test('the bomb of the test above is what it says: spaces, 258 a code', () => {
  const spaces = inflateRawSync(spacesBomb(1000));
  assert.equal(spaces.length, 1000 * 258 + 1);
  assert.ok(spaces.every((b) => b === 0x20));
});
