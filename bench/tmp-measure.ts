import { readFileSync } from 'fs';
import { measurePdf } from '../src/hosts/pdf/bounds';
for (const f of ['long500.pdf', 'ops4m.pdf', 'bomb.pdf']) {
  const b = new Uint8Array(readFileSync('/tmp/s24/in/' + f));
  for (let i = 0; i < 3; i++) { const t = process.hrtime.bigint(); let r: unknown; try { r = measurePdf(b); } catch (e) { r = (e as Error).message; } console.log(f, Number(process.hrtime.bigint() - t) / 1e6, 'ms', JSON.stringify(r)); }
}
for (const f of ['swu2023-real.pdf', 'putuo2024-real.pdf', 'danfeng2024-standard.pdf']) { const b = new Uint8Array(readFileSync('test/fixtures/pdf/' + f)); const t = process.hrtime.bigint(); const r = measurePdf(b); console.log(f, Number(process.hrtime.bigint() - t) / 1e6, 'ms', JSON.stringify(r)); }
