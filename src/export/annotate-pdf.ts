/** The annotated copy of a PDF: each finding's figure boxed in its severity colour, with a note carrying the message. */

import { PDFDocument, PDFHexString, rgb, type PDFPage } from 'pdf-lib';
import { SEVERITY_LABELS, type Finding, type Report, type Severity } from '../core/report';

/** The same colours as the workbook marks: red errors, amber warnings, blue tails. */
const COLORS: Record<Severity, [number, number, number]> = {
  error: [0.86, 0.15, 0.15],
  warning: [0.93, 0.6, 0.05],
  info: [0.15, 0.45, 0.85],
};

/** A square annotation on the box, carrying the finding as its note (shown on hover or in the comments list). */
function addNote(doc: PDFDocument, page: PDFPage, f: Finding, box: [number, number, number, number]): void {
  const [r, g, b] = COLORS[f.severity];
  const [x0, y0, x1, y1] = box;
  const note = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Square',
    Rect: [x0, y0, x1, y1],
    BS: { W: f.severity === 'info' ? 0.8 : 1.4 },
    Contents: PDFHexString.fromText(`【${SEVERITY_LABELS[f.severity]}】${f.message}`),
    T: PDFHexString.fromText('勾稽'),
    NM: PDFHexString.fromText(`gouji-${f.id ?? ''}`),
    C: [r, g, b],
    F: 4,
  });
  page.node.addAnnot(doc.context.register(note));
}

/** Every finding located on the PDF gets a box and a note; the input bytes are not changed. */
export async function annotatePdf(original: Uint8Array, report: Report): Promise<Uint8Array> {
  const doc = await PDFDocument.load(original.slice(), { updateMetadata: false });
  const pages = doc.getPages();
  for (const f of report.findings) {
    if (!f.pdf) continue;
    const page = pages[f.pdf.page - 1];
    if (!page) continue;
    const [x0, y0, x1, y1] = f.pdf.box;
    const pad = 1.5;
    const [r, g, b] = COLORS[f.severity];
    page.drawRectangle({
      x: x0 - pad,
      y: y0 - pad,
      width: x1 - x0 + 2 * pad,
      height: y1 - y0 + 2 * pad,
      borderColor: rgb(r, g, b),
      borderWidth: f.severity === 'info' ? 0.8 : 1.4,
      opacity: 0,
      borderOpacity: 1,
    });
    addNote(doc, page, f, [x0 - pad, y0 - pad, x1 + pad, y1 + pad]);
  }
  return doc.save({ useObjectStreams: false });
}
