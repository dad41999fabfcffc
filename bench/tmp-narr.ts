import { writeFileSync, readFileSync, mkdirSync, copyFileSync } from 'fs';
import path from 'path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { narrativeOf } from '../test/years/pairs';
const OUT = '/tmp/s24/in';
const base = narrativeOf('danfeng2024');
const upTo = (n: number) => { let s = ''; while (s.length < n) s += base + '\n'; return s.slice(0, n); };
writeFileSync(path.join(OUT, 'narr100k.txt'), upTo(100_000));
writeFileSync(path.join(OUT, 'narr160k.txt'), upTo(160_000));
writeFileSync(path.join(OUT, 'narr1500k.txt'), upTo(1_500_000));
const trad = '本年收入合計1,049.22萬元，本年支出合計1,006.19萬元。';
const dec = new TextDecoder('big5'); const table = new Map<string, number[]>();
for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) { const c = dec.decode(new Uint8Array([a, b])); if (c.length === 1 && !table.has(c)) table.set(c, [a, b]); }
const big5 = [...trad.repeat(20)].flatMap((c) => (c.charCodeAt(0) < 128 ? [c.charCodeAt(0)] : table.get(c) ?? [0x3f]));
writeFileSync(path.join(OUT, 'big5.txt'), Buffer.from(big5));
const u32 = Buffer.alloc(4 * (base.length + 1)); u32.writeUInt32LE(0xfeff, 0); [...base].forEach((c, i) => u32.writeUInt32LE(c.codePointAt(0)!, 4 * (i + 1)));
writeFileSync(path.join(OUT, 'utf32.txt'), u32);
writeFileSync(path.join(OUT, 'c1.txt'), base + '\n说明\u0085\u0090\u009b结束。');
// batch: x.xlsx and x.xlsm
const wb = readFileSync('test/fixtures/corpus/cases/danfeng2024-standard.xlsx');
mkdirSync(path.join(OUT, 'batchx'), { recursive: true });
copyFileSync('test/fixtures/corpus/cases/danfeng2024-standard.xlsx', path.join(OUT, 'batchx', 'x.xlsx'));
copyFileSync('test/fixtures/corpus/cases/danfeng2024-standard.xlsx', path.join(OUT, 'batchx', 'x.xlsm'));
// comments without authors / text, ../ entry
const rich = unzipSync(readFileSync('test/fixtures/rich/rich.xlsx'));
const edit = (f: (n: string, t: string) => string | null, add: Record<string, string> = {}) => { const o: Record<string, Uint8Array> = {}; for (const [n, d] of Object.entries(rich)) { const c = /\.(xml|rels)$/.test(n) ? f(n, strFromU8(d)) : null; o[n] = c === null ? d : strToU8(c); } for (const [n, t] of Object.entries(add)) o[n] = strToU8(t); return zipSync(o); };
writeFileSync(path.join(OUT, 'noauthors.xlsx'), edit((n, t) => (n === 'xl/comments1.xml' ? t.replace(/<authors>[\s\S]*?<\/authors>/, '') : null)));
writeFileSync(path.join(OUT, 'notext.xlsx'), edit((n, t) => (n === 'xl/comments1.xml' ? t.replace(/<text>[\s\S]*?<\/text>/, '') : null)));
writeFileSync(path.join(OUT, 'dotdot.xlsx'), edit(() => null, { '../../evil.txt': 'x' }));
