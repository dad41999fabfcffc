/**
 * Type-level proof, in `npm run typecheck`, that WPS's own typings (npm et-jsapi-declare, loaded by
 * tsconfig.test.json) satisfy the structural types of src/hosts/wps/et.ts: every member the WPS host
 * uses is declared by WPS with a compatible shape (Cells is a property with Item, Address a method…).
 * Never run; the Excel host is checked the same way against @types/office-js (test/hosts/office-types).
 */

import type {
  EtApiEvent,
  EtApplication,
  EtComment,
  EtInterior,
  EtPluginStorage,
  EtRange,
  EtSheets,
  EtWorkbook,
  EtWorksheet,
} from '../../src/hosts/wps/et';

export const application = (): EtApplication => Application;
export const viaWps = (): EtApplication => wps;
export const workbook = (w: Et.Workbook): EtWorkbook => w;
export const sheets = (s: Et.Sheets): EtSheets => s;
export const worksheet = (s: Et.Worksheet): EtWorksheet => s;
export const range = (r: Et.Range): EtRange => r;
export const interior = (i: Et.Interior): EtInterior => i;
export const comment = (c: Et.Comment): EtComment => c;
export const apiEvent = (e: WPS.EtApiEvent): EtApiEvent => e;
export const pluginStorage = (p: WPS.PluginStorage): EtPluginStorage => p;
