/** Whether a path names a PDF, told without loading the PDF reader. */

import path from 'path';

export function isPdfPath(file: string): boolean {
  return path.extname(file).toLowerCase() === '.pdf';
}
