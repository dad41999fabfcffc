/**
 * No figure is dropped silently: every number printed inside a table's area on any PDF we have lands in a cell
 * of the rebuilt sheet (where the check sees it, or reports it unreadable), whatever the print's layout.
 */

import { describe, expect, test } from '@jest/globals';
import fs from 'fs';
import path from 'path';
import { layoutDocument } from '../../src/hosts/pdf/geometry/layout';
import { PDF_FIXTURES, pdfPages } from './pdf-helpers';
import { unplacedFigures } from './silent-loss';

const PDFS = fs
  .readdirSync(PDF_FIXTURES)
  .filter((f) => f.endsWith('.pdf') && f !== 'encrypted.pdf')
  .sort();

describe('every printed figure lands in a cell', () => {
  test('there are prints of every kind: corpus, styled and real', () => {
    expect(PDFS.filter((f) => f.includes('.wrap')).length).toBeGreaterThanOrEqual(3);
    expect(PDFS.filter((f) => f.includes('-real')).length).toBeGreaterThanOrEqual(2);
  });

  test.each(PDFS)(
    '%s',
    (file) => {
      const pages = pdfPages(path.join(PDF_FIXTURES, file));
      const layout = layoutDocument(pages, file);
      expect(layout.snapshot.sheets.length).toBeGreaterThan(0);
      expect(unplacedFigures(pages, layout)).toEqual([]);
    },
    60000,
  );
});
