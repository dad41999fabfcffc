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

/** What JSON.stringify leaves raw but a terminal would obey: C1 controls, DEL, bidirectional overrides. */
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls only; every C1 control (U+0080–U+009F,
 * U+009B is a CSI), DEL and bidirectional override is written as its \u escape too. The value is unchanged.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
