/**
 * The XML of an .xlsx part walked with saxes, the parser ExcelJS itself uses (same options: no namespaces),
 * so names, attributes and text reach the reader exactly as they reach ExcelJS. Anything that is not plain,
 * well-formed XML (an error anywhere, CDATA, a DOCTYPE, a byte-order mark) declines: the package is then
 * read by ExcelJS, which gives it today's verdict.
 */

import { SaxesParser } from 'saxes';

/** The fast reader does not handle this package: read it with ExcelJS instead. Never shown to a user. */
export class Decline extends Error {}

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

export function walkXml(xml: string, handlers: XmlHandlers): void {
  if (xml.charCodeAt(0) === 0xfeff) throw new Decline('byte-order mark');
  const parser = new SaxesParser();
  let failed = '';
  parser.on('error', (err) => {
    failed ||= err.message;
  });
  parser.on('cdata', () => {
    failed ||= 'cdata';
  });
  parser.on('doctype', () => {
    failed ||= 'doctype';
  });
  parser.on('opentag', (tag) => handlers.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text(text));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  parser.write(xml).close();
  if (failed) throw new Decline(failed);
}

/** Only the XML's well-formedness matters (a part ExcelJS parses and the snapshot does not need). */
export function assertWellFormed(xml: string): void {
  walkXml(xml, { open: () => undefined, text: () => undefined, close: () => undefined });
}
