/**
 * Type-level proof that the real office.js object model satisfies the structural types of
 * src/hosts/excel/office-types.ts. Compiled (never run) by test/hosts/excel-office-types.test.ts
 * with the DOM library and @types/office-js, which the rest of the project does not load.
 */

/// <reference types="office-js" />

import type { ExcelContext, ExcelRun, WorksheetChangedArgs } from '../../../src/hosts/excel/office-types';

export const run: ExcelRun = Excel.run;
export const context = (c: Excel.RequestContext): ExcelContext => c;
export const changed = (a: Excel.WorksheetChangedEventArgs): WorksheetChangedArgs => a;
