/**
 * The work a PDF asks for, measured before pdf.js is given it: every compressed stream inflated here with its
 * real bytes counted as they come (a 1 MB file may hold a stream of 1 GiB), and the content operators and their
 * nesting counted on the way (4 million text operators fit in 300 KB; 100,000 nested `q` stall pdf.js). Past
 * a limit of src/core/limits.ts the file is refused with a Chinese message naming what is too large.
 * Encrypted streams cannot be measured here (their bytes are not deflate data) and are left to the time
 * and text-item bounds of the reader.
 */

import { Inflate, Unzlib } from 'fflate';
import { InputError } from '../../core/errors';
import {
  MAX_PDF_INFLATED_BYTES,
  MAX_PDF_NESTING,
  MAX_PDF_OPERATORS,
  MAX_PDF_STREAM_BYTES,
  MB,
} from '../../core/limits';

/** What the scan found: decompressed bytes, content operators, deepest q or array nesting. */
export interface PdfWork {
  inflated: number;
  operators: number;
  nesting: number;
}

class TooMuch extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 34;

/** Counts operators and q / array nesting of content streams, chunk by chunk (state kept across chunks). */
class OperatorCounter {
  operators = 0;
  nesting = 0;
  private q = 0;
  private arrays = 0;
  /** 0 between tokens, 1 in an operator, 2 in another token, 3 in a string, 4 in a comment, 5 in a hex string. */
  private state = 0;
  private parens = 0;
  private escape = false;
  private op = '';

  constructor(private readonly work: PdfWork) {}

  private endOperator(): void {
    const op = this.op;
    this.operators++;
    this.work.operators++;
    if (op === 'q') this.q++;
    else if (op === 'Q') this.q = Math.max(0, this.q - 1);
    this.deepest(this.q);
    if (this.work.operators > MAX_PDF_OPERATORS) throw new TooMuch('operators');
  }

  private deepest(depth: number): void {
    if (depth > this.nesting) this.nesting = depth;
    if (depth > this.work.nesting) this.work.nesting = depth;
    if (depth > MAX_PDF_NESTING) throw new TooMuch('nesting');
  }

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      switch (this.state) {
        case 3:
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === 40) this.parens++;
          else if (c === 41 && --this.parens === 0) this.state = 0;
          continue;
        case 4:
          if (c === 10 || c === 13) this.state = 0;
          continue;
        case 5:
          if (c === 62) this.state = 0;
          continue;
        case 1:
          if (!WHITE[c] && !DELIM[c]) {
            if (this.op.length < 4) this.op += String.fromCharCode(c);
            continue;
          }
          this.endOperator();
          this.state = 0;
          break;
        case 2:
          if (!WHITE[c] && !DELIM[c]) continue;
          this.state = 0;
          break;
      }
      // Between tokens.
      if (WHITE[c]) continue;
      if (c === 40) {
        this.state = 3;
        this.parens = 1;
      } else if (c === 37) this.state = 4;
      else if (c === 60) {
        // "<<" is a dictionary, "<" a hex string.
        if (chunk[i + 1] === 60) i++;
        else this.state = 5;
      } else if (c === 91) this.deepest(++this.arrays);
      else if (c === 93) this.arrays = Math.max(0, this.arrays - 1);
      else if (DELIM[c]) {
        if (c === 47) this.state = 2; // a name
      } else if (isLetter(c)) {
        this.state = 1;
        this.op = String.fromCharCode(c);
      } else this.state = 2;
    }
  }

  end(): void {
    if (this.state === 1) this.endOperator();
    this.state = 0;
  }
}

const latin1 = new TextDecoder('latin1');
const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"

function indexOf(bytes: Uint8Array, word: number[], from: number): number {
  const first = word[0];
  for (
    let i = bytes.indexOf(first, from);
    i >= 0 && i + word.length <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < word.length && bytes[i + k] === word[k]) k++;
    if (k === word.length) return i;
  }
  return -1;
}

/** The dictionary text before a `stream` keyword: back to its object's `obj`, at most 4 KB. */
function dictionaryBefore(bytes: Uint8Array, at: number): string {
  const text = latin1.decode(bytes.subarray(Math.max(0, at - 4096), at));
  const obj = text.lastIndexOf('obj');
  return obj >= 0 ? text.slice(obj) : text;
}

const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d];

/** Where the stream's data ends: its direct /Length when `endstream` follows it, else the next `endstream`. */
function dataEnd(bytes: Uint8Array, start: number, dict: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    const end = start + Number(length[1]);
    if (end <= bytes.length && /^\s*endstream/.test(latin1.decode(bytes.subarray(end, end + 20)))) return end;
  }
  const next = indexOf(bytes, ENDSTREAM, start);
  return next < 0 ? bytes.length : next;
}

/** Streams that are not content (fonts, images, object streams, metadata): inflated and counted, not parsed. */
const NOT_CONTENT =
  /\/Length[123]\b|\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Type\s*\/(?:ObjStm|XRef|Metadata|EmbeddedFile|XObject\s*\/Subtype\s*\/Image)\b|\/(?:FunctionType|ShadingType)\b/;
const FLATE_FIRST = /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/;

function inflate(data: Uint8Array, cap: number, work: PdfWork, sink: ((c: Uint8Array) => void) | null): void {
  let size = 0;
  const onChunk = (chunk: Uint8Array) => {
    size += chunk.length;
    work.inflated += chunk.length;
    if (size > cap) throw new TooMuch('stream');
    if (work.inflated > MAX_PDF_INFLATED_BYTES) throw new TooMuch('inflated');
    sink?.(chunk);
  };
  const STEP = 16 * 1024;
  const run = (stream: Inflate | Unzlib, input: Uint8Array) => {
    for (let i = 0; i < input.length; i += STEP)
      stream.push(input.subarray(i, Math.min(input.length, i + STEP)), i + STEP >= input.length);
  };
  try {
    run(new Unzlib(onChunk), data);
  } catch (err) {
    if (err instanceof TooMuch) throw err;
    // A stream with a damaged zlib header is read by pdf.js as raw deflate; one that fails midway ends there.
    if (size === 0)
      try {
        run(new Inflate(onChunk), data.subarray(2));
      } catch (again) {
        if (again instanceof TooMuch) throw again;
      }
  }
}

/** Measures every stream of the file; throws TooMuch past a limit. */
export function measurePdf(bytes: Uint8Array): PdfWork {
  const work: PdfWork = { inflated: 0, operators: 0, nesting: 0 };
  for (let at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + 6)) {
    if (at >= 3 && bytes[at - 1] === 0x64 && bytes[at - 2] === 0x6e && bytes[at - 3] === 0x65) continue; // endstream
    let start = at + 6;
    if (bytes[start] === 13) start++;
    if (bytes[start] === 10) start++;
    else if (bytes[start - 1] !== 13) continue; // "stream" in a string or a name, not the keyword
    const dict = dictionaryBefore(bytes, at);
    if (/\/Encrypt\b/.test(dict)) continue;
    const end = dataEnd(bytes, start, dict);
    const data = bytes.subarray(start, end);
    const content = !NOT_CONTENT.test(dict);
    const counter = content ? new OperatorCounter(work) : null;
    if (FLATE_FIRST.test(dict))
      inflate(data, MAX_PDF_STREAM_BYTES, work, counter && ((c) => counter.push(c)));
    else if (!/\/Filter\b/.test(dict)) counter?.push(data);
    counter?.end();
    at = Math.max(at, end - 6);
  }
  return work;
}

/** Refuses, in Chinese, a PDF whose streams or content are past the limits; `name` is the file's name. */
export function assertPdfWithinBounds(bytes: Uint8Array, name: string): PdfWork {
  try {
    return measurePdf(bytes);
  } catch (err) {
    if (!(err instanceof TooMuch)) throw err;
    const what: Record<string, string> = {
      stream: `其中一个数据流解压后超过 ${MAX_PDF_STREAM_BYTES / MB} MB 的上限`,
      inflated: `全部数据流解压后超过 ${MAX_PDF_INFLATED_BYTES / MB} MB 的上限`,
      operators: `页面内容的绘制指令超过 ${MAX_PDF_OPERATORS.toLocaleString('en-US')} 条的上限`,
      nesting: `页面内容的嵌套超过 ${MAX_PDF_NESTING} 层的上限`,
    };
    throw new InputError(
      `文件“${name}”${what[err.what]}，不像一份部门决算公开文件（可能已损坏或是恶意构造的文件）`,
    );
  }
}
