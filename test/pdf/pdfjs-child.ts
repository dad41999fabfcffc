/**
 * pdf.js is ESM-only and Jest runs CommonJS: the tests read PDFs through this script in a child process, as the
 * command line does. `pages <file>`: the positioned text (PageText[]) as JSON; `annots <file>`: each page's annotations.
 */

import { promises as fs } from 'fs';
import path from 'path';
import { loadPdfJs } from '../../src/hosts/file/read-pdf-file';
import { readPdfText } from '../../src/hosts/pdf/read-pdf';

interface AnnotPage {
  getAnnotations(): Promise<Array<{ subtype: string; rect: number[]; contentsObj?: { str: string } }>>;
}
interface Doc {
  numPages: number;
  getPage(n: number): Promise<AnnotPage>;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const resources = {
    cMapUrl: path.join(root, 'cmaps') + '/',
    standardFontDataUrl: path.join(root, 'standard_fonts') + '/',
  };
  const bytes = new Uint8Array(await fs.readFile(file));
  const pdfjs = await loadPdfJs();
  if (mode === 'pages') {
    process.stdout.write(JSON.stringify(await readPdfText(pdfjs, bytes, path.basename(file), resources)));
    return;
  }
  const doc = await (pdfjs.getDocument({ data: bytes, ...resources }).promise as unknown as Promise<Doc>);
  const out: Array<{ page: number; subtype: string; rect: number[]; contents: string }> = [];
  for (let n = 1; n <= doc.numPages; n++)
    for (const a of await (await doc.getPage(n)).getAnnotations())
      out.push({ page: n, subtype: a.subtype, rect: a.rect, contents: a.contentsObj?.str ?? '' });
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err));
  process.exit(1);
});
