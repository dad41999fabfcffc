/**
 * Text for a terminal: control characters (C0 but newline and tab, DEL, C1) and bidirectional overrides are
 * removed, so a cell holding an escape sequence (ExcelJS decodes "_x001B_" into ESC) can neither retitle a
 * reviewer's terminal nor move the cursor to hide a finding.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '');
}
