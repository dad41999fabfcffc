/**
 * pdf.js is ESM-only and Jest runs CommonJS: the tests read PDFs through this script in a child process, as the
 * command line does. `pages <file>`: the positioned text (PageText[]) as JSON; `annots <file>`: each page's annotations.
 */

import { promises as fs } from 'fs';
import path from 'path';
import { loadPdfJs } from '../../src/hosts/file/pdfjs-node';
import { readPdfFile } from '../../src/hosts/file/read-pdf-file';
import { readPdfText, type PdfJsLib } from '../../src/hosts/pdf/read-pdf';

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
  if (mode === 'file') {
    // The command line's reader (pdf.js in its thread) under a limit of `seconds`.
    try {
      const loaded = await readPdfFile(file, Number(process.argv[4]));
      process.stdout.write(`read ${loaded.pageRefs.length} pages`);
    } catch (err) {
      process.stdout.write(`${(err as Error).name}: ${(err as Error).message}`);
    }
    return;
  }
  if (mode === 'hang') {
    // pdf.js itself, with page `page` never finishing its text (as a page pdf.js stalls on would): the reader
    // must stop at its deadline (`seconds`) with the input-error message instead of waiting for ever.
    const [page, seconds] = process.argv.slice(4).map(Number);
    const stalled: PdfJsLib = {
      OPS: pdfjs.OPS,
      getDocument(src) {
        const task = pdfjs.getDocument(src);
        const promise = task.promise.then((doc) => {
          const d = doc as unknown as { getPage(n: number): Promise<{ getTextContent(): Promise<unknown> }> };
          const getPage = d.getPage.bind(d);
          d.getPage = async (n) => {
            const p = await getPage(n);
            if (n === page) p.getTextContent = () => new Promise(() => undefined);
            return p;
          };
          return doc;
        });
        return { promise, destroy: () => task.destroy() };
      },
    };
    try {
      await readPdfText(stalled, bytes, path.basename(file), resources, undefined, { seconds });
      process.stdout.write('read');
    } catch (err) {
      process.stdout.write(`${(err as Error).name}: ${(err as Error).message}`);
    }
    return;
  }
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
