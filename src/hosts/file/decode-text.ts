/**
 * Text files of unknown encoding (narratives, catalogue CSVs): byte-order marks first, then UTF-16 without
 * one, UTF-8, and GB18030 only when the bytes are valid GB18030 and not valid UTF-8. When the encoding cannot
 * be told, the text is read in the likeliest one and a notice in Chinese says which.
 */

export type TextEncodingName =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Set when the encoding was a guess or some bytes were not valid: what was done, in Chinese. */
  notice: string | null;
}

const LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16（Unicode）',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32',
  'utf-32be': 'UTF-32 BE',
  gb18030: 'GB18030（GBK）',
  big5: 'Big5（繁体中文）',
};

/** UTF-32 (TextDecoder has none): a code point per four bytes; one past U+10FFFF or a surrogate is U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const c = view.getUint32(i, littleEndian);
    chunk.push(c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? 0xfffd : c);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  if (bytes.length % 4) parts.push('\ufffd');
  return parts.join('');
}

/** UTF-32 by its byte-order mark, or without one when every code unit is a plausible character. */
function utf32(bytes: Uint8Array): { littleEndian: boolean; bom: boolean } | null {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { littleEndian: true, bom: true };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { littleEndian: false, bom: true };
  if (b.length < 8 || b.length % 4 !== 0) return null;
  for (const littleEndian of [true, false]) {
    let ok = true;
    // Each unit of a BMP text has two zero bytes at its high end (the 0x10 plane at most in the third).
    for (let i = 0; i < b.length && ok; i += 4)
      ok = littleEndian ? b[i + 3] === 0 && b[i + 2] <= 0x10 : b[i] === 0 && b[i + 1] <= 0x10;
    if (ok) return { littleEndian, bom: false };
  }
  return null;
}

/** Characters frequent in 决算 narratives, simplified and traditional: Big5 read as GB18030 has few of them. */
const COMMON = new Set(
  '的年支出收入元万萬决決算预預项項目财財政拨撥款本部门門基金经經费費合计計公用人员員增加减減少主要原因其中为為一般共务務运運行机機关關和比上下度情况況明说說'.split(
    '',
  ),
);

function commonShare(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return text.length ? n / text.length : 0;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The share of characters a Chinese narrative is made of: CJK, ASCII text, Chinese and general punctuation. */
function plausibility(text: string): number {
  if (text.length === 0) return 1;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      c === 0xa0 ||
      c === 0xb7
    )
      good++;
  }
  return good / text.length;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

/** UTF-16 without a byte-order mark: even length, and the text read so is plainly Chinese or ASCII. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decode(bytes, encoding, true);
    if (text !== null && plausibility(text) >= 0.9) return { text, encoding, notice: null };
  }
  return null;
}

export function decodeTextDetailed(bytes: Uint8Array, name = '文件'): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = decode(body, 'utf-8', true);
    if (strict !== null) return { text: strict, encoding: 'utf-8', notice: null };
    const text = decode(body, 'utf-8', false)!;
    return {
      text,
      encoding: 'utf-8',
      notice: `${name}标明为 UTF-8，但有 ${countReplacements(text)} 处字节不是有效的 UTF-8，已按 UTF-8 读取（无效处以“�”代替），请核对原文件`,
    };
  }
  const u32 = utf32(bytes);
  if (u32) {
    const encoding = u32.littleEndian ? 'utf-32le' : 'utf-32be';
    const text = decode(bytes.subarray(u32.bom ? 4 : 0), encoding, false)!;
    return {
      text,
      encoding,
      notice: `${name}是 ${LABELS[encoding]} 编码（少见），已按 ${LABELS[encoding]} 读取。建议另存为 UTF-8`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decode(bytes.subarray(2), encoding, false)!;
    const bad = countReplacements(text);
    return {
      text,
      encoding,
      notice: bad ? `${name}有 ${bad} 处内容不是有效的 ${LABELS[encoding]}，已以“�”代替，请核对原文件` : null,
    };
  }
  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null && !utf8.includes('\u0000')) return { text: utf8, encoding: 'utf-8', notice: null };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  // UTF-8 with a few stray bytes (a truncated copy, one bad character) is still UTF-8.
  const loose = decode(bytes, 'utf-8', false)!;
  const bad = countReplacements(loose);
  const mostlyUtf8 = bad > 0 && nonAscii(loose) - bad >= 20 * bad;
  if (mostlyUtf8)
    return {
      text: loose,
      encoding: 'utf-8',
      notice: `${name}是 UTF-8 编码，但有 ${bad} 处字节不是有效的 UTF-8，已按 UTF-8 读取（无效处以“�”代替），请核对原文件`,
    };
  const gb = decode(bytes, 'gb18030', true);
  const big5 = decode(bytes, 'big5', true);
  // Big5 bytes are mostly valid GB18030 too: the decoding with the narrative's usual words wins.
  if (big5 !== null && !big5.includes('\u0000') && commonShare(big5) > 2 * commonShare(gb ?? '') + 0.02)
    return {
      text: big5,
      encoding: 'big5',
      notice: `${name}是 ${LABELS.big5}编码，已按 Big5 读取；繁体字的说明可能对不上表中的科目名称，建议转为简体并另存为 UTF-8 后再审核`,
    };
  if (gb !== null && !gb.includes('\u0000')) return { text: gb, encoding: 'gb18030', notice: null };
  // Neither: the likelier of the two, said so.
  const gbLoose = decode(bytes, 'gb18030', false)!;
  const useGb = plausibility(gbLoose) > plausibility(loose);
  const encoding: TextEncodingName = useGb ? 'gb18030' : 'utf-8';
  return {
    text: useGb ? gbLoose : loose,
    encoding,
    notice: `无法判断${name}的文字编码（既不是有效的 UTF-8，也不是有效的 GB18030 或 UTF-16），已按 ${LABELS[encoding]} 读取，部分文字可能是乱码。请在记事本或 WPS 中另存为 UTF-8 后再审核`,
  };
}

/** The text alone (catalogue CSVs): see decodeTextDetailed. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextDetailed(bytes).text;
}
